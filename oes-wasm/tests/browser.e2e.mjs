// End to end: the kiosk demo (demo/) served on 127.0.0.1 by demo/serve.mjs, driven in headless Chromium (Debian's
// /usr/bin/chromium through playwright-core) with touch and with the mouse. The dashboard must show what the Node
// build computes for the same answers. Screenshots go to build/screenshots/ (git-ignored).
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

test("the kiosk demo in headless Chromium", { timeout: 120_000 }, async () => {
  mkdirSync(shots, { recursive: true });
  const server = await serve({ port: 0 });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, hasTouch: true, acceptDownloads: true });
    const page = await context.newPage();
    const problems = [];
    page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    // Everything comes from the local server: no CDN, no network.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
      problems.push(`external request: ${url}`);
      return route.abort();
    });

    await page.goto(`${base}/`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
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
    const oesText = await page.textContent("#tile-oes");
    assert.match(oesText, /On-device model not loaded yet/);
    assert.doesNotMatch(oesText.replace(/\d+ ?%|OES/g, ""), /\b\d+(\.\d+)?\b/, "no OES scores are shown");

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
    await page.screenshot({ path: join(shots, "demo-sample.png"), fullPage: true });

    await page.setViewportSize({ width: 800, height: 1200 });
    await page.screenshot({ path: join(shots, "demo-narrow.png"), fullPage: true });

    await page.click("#clear");
    assert.equal(await page.textContent("#count"), "No responses yet");
    assert.equal(await page.textContent("#nps-score"), "–");
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
});
