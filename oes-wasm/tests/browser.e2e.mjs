// End to end: the kiosk demo (demo/) served on 127.0.0.1 by demo/serve.mjs, driven in headless Chromium (Debian's
// /usr/bin/chromium through playwright-core) with touch and with the mouse. The dashboard must show what the Node
// build computes for the same answers, and the OES panel the four scores of the model run in the page (the scorer
// module and models/, in a worker); without the model files every metric still works. Screenshots go to
// build/screenshots/ (git-ignored).
//
//   node --test tests/browser.e2e.mjs        (after build.sh and npm ci; run_tests.sh does all of it)

import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import * as oes from "oes-wasm";
import { chromium } from "playwright-core";

import { serve } from "../demo/serve.mjs";
import { wasmDir } from "./helpers.mjs";

const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const shots = process.env.OES_SCREENSHOTS ?? join(wasmDir, "build", "screenshots");

/** The answers of the test's respondents: [nps, csat, comment], null where the question is left out. */
const answers = [
  [10, 5, "Lovely staff"],
  [6, 2, ""],
  [9, null, ""],
  [null, 4, ""],
  [3, 3, "The queue was too long"],
  [8, 4, ""],
  [10, 5, ""],
];

const PERSPECTIVES = ["satisfaction", "recommendation", "ease", "loyalty"];

/** A page of a fresh context that records console errors, page errors and any request off the local server. */
async function openPage(browser, base, problems) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, hasTouch: true, acceptDownloads: true });
  const page = await context.newPage();
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  // Everything comes from the local server: no CDN, no network.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    problems.push(`external request: ${url}`);
    return route.abort();
  });
  return { context, page };
}

/**
 * Serves the demo (`serveOptions` for demo/serve.mjs), opens it in headless Chromium once it says it is ready, runs
 * `body({ page, problems })`, then closes everything.
 */
async function withDemo(serveOptions, body) {
  const server = await serve({ port: 0, ...serveOptions });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const problems = [];
    const { context, page } = await openPage(browser, base, problems);
    await page.goto(`${base}/`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    await body({ page, problems });
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
}

/** Waits until the OES panel has scored `n` responses (or the model failed to load), then checks what it shows. */
async function oesPanelShows(page, n) {
  await page.waitForFunction(
    (n) => {
      const tile = document.getElementById("tile-oes");
      return tile.dataset.state === "unavailable" || (tile.dataset.state === "ready" && tile.dataset.scored === String(n));
    },
    n,
    { timeout: 600_000, polling: 250 },
  );
  const { state, message, scores } = await page.evaluate(() => window.oesDemo.oes());
  assert.equal(state, "ready", `the OES model loads in the page: ${message}`);
  assert.equal(scores.length, n);
  for (const s of scores) {
    assert.ok(s, "every submission is scored");
    for (const p of PERSPECTIVES) {
      assert.ok(s[p] >= 0 && s[p] <= 10, `${s.id}: ${p} ${s[p]}`);
      assert.ok(s.confidence[p] > 0 && s.confidence[p] < 1, `${s.id}: confidence ${p}`);
    }
  }
  for (const p of PERSPECTIVES) {
    const mean = scores.reduce((sum, s) => sum + s[p], 0) / n;
    const value = page.locator(`#tile-oes .oes-cell[data-p="${p}"] .oes-value`);
    assert.equal(Number(await value.getAttribute("data-value")), mean, p);
    assert.equal(await value.textContent(), mean.toFixed(1), p);
    assert.match(await page.textContent(`#tile-oes .oes-cell[data-p="${p}"] .oes-latest`), /^latest \d+\.\d · confidence \d+%$/);
  }
  assert.match(await page.textContent("#oes-status"), new RegExp(`On-device model · ${n} scored`));
  return scores;
}

test("the kiosk demo in headless Chromium", { timeout: 900_000 }, async () => {
  mkdirSync(shots, { recursive: true });
  await withDemo({}, async ({ page, problems }) => {
    assert.match(await page.textContent("#status"), /Ready · oes-wasm \d+\.\d+\.\d+/);
    assert.equal(await page.isDisabled("#submit"), true);
    assert.equal(await page.textContent("#count"), "No responses yet");
    assert.equal(await page.textContent("#nps-score"), "–");

    for (const [i, [n, c, comment]] of answers.entries()) {
      // Alternate touch taps and mouse clicks.
      const press = (selector) => (i % 2 === 0 ? page.tap(selector) : page.click(selector));
      if (n !== null) await press(`#nps-buttons [data-value="${n}"]`);
      if (c !== null) await press(`#csat-buttons [data-value="${c}"]`);
      if (n !== null) assert.equal(await page.getAttribute(`#nps-buttons [data-value="${n}"]`, "aria-checked"), "true");
      if (comment) await page.fill("#comment", comment);
      assert.equal(await page.isDisabled("#submit"), false);
      await press("#submit");
      assert.equal(await page.isDisabled("#submit"), true, "the form resets after a submission");
    }
    assert.equal(await page.textContent("#hint.thanks"), "Thank you! Your answers were recorded.");

    // The dashboard shows what the Node build computes from the same answers.
    const expectedNps = oes.nps(answers.map((a) => a[0]));
    const expectedCsat = oes.csat(answers.map((a) => a[1]), { scale: { min: 1, max: 5 } });
    assert.equal(Number(await page.getAttribute("#nps-score", "data-value")), expectedNps.score);
    assert.equal(await page.textContent("#nps-score"), "+16.7");
    assert.deepEqual(JSON.parse(await page.getAttribute("#nps-ci", "data-ci")), expectedNps.ci);
    assert.match(await page.textContent("#nps-ci"), /^95% CI .+ to .+ · n = 6$/);
    assert.equal(Number(await page.getAttribute("#csat-score", "data-value")), expectedCsat.percent);
    assert.equal(await page.textContent("#csat-score"), "67%");
    assert.equal(await page.textContent("#count"), "7 responses · 2 comments");
    assert.equal(await page.locator("#trend circle.point").count(), 2, "two batches of up to 5 responses");

    // The OES panel: the four scores of every submission, from the model run in this page.
    const scores = await oesPanelShows(page, answers.length);
    assert.deepEqual(scores.map((s) => s.id), (await page.evaluate(() => window.oesDemo.submissions())).map((r) => r.id));
    const [lovely, , , , queue] = scores;
    assert.ok(lovely.satisfaction > queue.satisfaction, "10/5 and 'Lovely staff' beat 3/3 and a long queue");
    assert.ok(lovely.recommendation > queue.recommendation);
    await page.screenshot({ path: join(shots, "demo-oes.png"), fullPage: true });

    // The page's report is the Node build's report of the page's records (and what `oes report` prints for them).
    const { survey: definition, records, pageReport } = await page.evaluate(() => ({
      survey: window.oesDemo.survey,
      records: window.oesDemo.submissions(),
      pageReport: window.oesDemo.report(),
    }));
    assert.equal(records.length, answers.length);
    const survey = oes.Survey.fromJson(definition);
    const nodeReport = oes.report(survey, oes.readRecords(survey, records), { every: "day", minGroupSize: 1 });
    assert.deepEqual(pageReport, nodeReport);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
    assert.equal(download.suggestedFilename(), "oes-report.json");
    assert.deepEqual(JSON.parse(readFileSync(await download.path(), "utf8")), nodeReport);

    await page.click('.segmented [data-mode="minute"]');
    assert.ok((await page.locator("#trend circle.point").count()) >= 1);
    await page.click('.segmented [data-mode="batch"]');
    await page.tap('#nps-buttons [data-value="9"]');
    await page.screenshot({ path: join(shots, "demo-live.png"), fullPage: true });

    await page.click("#sample");
    assert.equal(await page.textContent("#count"), `${answers.length + 20} responses · ${await page.evaluate(() => window.oesDemo.submissions().filter((s) => s.answers.comment).length)} comments`);
    assert.equal(await page.locator("#trend circle.point").count(), 6);
    const all = await page.evaluate(() => window.oesDemo.submissions());
    assert.equal(Number(await page.getAttribute("#nps-score", "data-value")), oes.nps(all.map((s) => s.answers.nps)).score);
    await oesPanelShows(page, answers.length + 20);
    await page.screenshot({ path: join(shots, "demo-sample.png"), fullPage: true });

    await page.setViewportSize({ width: 800, height: 1200 });
    await page.screenshot({ path: join(shots, "demo-narrow.png"), fullPage: true });

    await page.click("#clear");
    assert.equal(await page.textContent("#count"), "No responses yet");
    assert.equal(await page.textContent("#nps-score"), "–");
    assert.equal(await page.getAttribute("#tile-oes", "data-scored"), "0");
    assert.equal(await page.textContent('#tile-oes .oes-cell[data-p="ease"] .oes-value'), "–");
    assert.deepEqual(problems, []);
  });
});

test("without the model files, the demo computes every metric and says the OES is not available", { timeout: 120_000 }, async () => {
  await withDemo({ models: null }, async ({ page, problems }) => {
    await page.waitForSelector('#tile-oes[data-state="unavailable"]', { timeout: 60_000 });
    assert.equal(await page.textContent("#oes-status"), "Model not available");
    assert.match(await page.textContent("#oes-note"), /could not be loaded \(.*HTTP 404.*\)/);
    await page.click('#nps-buttons [data-value="10"]');
    await page.click("#submit");
    assert.equal(await page.textContent("#nps-score"), "+100");
    assert.equal(await page.textContent("#count"), "1 response · 0 comments");
    assert.equal(await page.textContent('#tile-oes .oes-cell[data-p="loyalty"] .oes-value'), "–");
    await page.screenshot({ path: join(shots, "demo-no-model.png"), fullPage: true });
    // The only problems: the browser's log lines for the missing files.
    assert.deepEqual(problems.filter((p) => !/status of 404/.test(p)), []);
  });
});
