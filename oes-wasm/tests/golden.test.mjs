// The golden fixtures of tests/fixtures/ (shared with the Rust and Python test suites), through the npm package
// built and packed by build.sh and installed into node_modules by run_tests.sh (the nodejs build).

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { test } from "node:test";

import * as oes from "oes-wasm";

import { assertSubset, entries, metricOptions, readJson, reportOptions } from "./helpers.mjs";

const compute = {
  nps: (values, options) => oes.nps(values, options),
  csat: (values, options) => oes.csat(values, options),
  ces: (values, options) => oes.ces(values, options),
  ces_effort: (values, options) => oes.cesEffort(values, options),
  rating: (values, options) => oes.rating(values, options),
  yes_no: (values, options) => oes.yesNo(values, options),
};

/** An accumulator of the fixture's metric, fed one answer at a time. */
function accumulate(fixture) {
  const scale = fixture.scale ? { scale: fixture.scale } : undefined;
  const threshold = fixture.options?.threshold;
  const acc = {
    nps: () => new oes.NpsAccumulator(),
    csat: () => new oes.CsatAccumulator({ ...scale, threshold }),
    ces: () => new oes.CesAccumulator(scale),
    ces_effort: () => new oes.CesEffortAccumulator(scale),
    rating: () => new oes.RatingAccumulator(scale),
    yes_no: () => new oes.YesNoAccumulator(),
  }[fixture.metric];
  return acc;
}

const metricFiles = entries("metrics");

test("there are metric fixtures", () => assert.ok(metricFiles.length >= 20, `${metricFiles.length}`));

for (const path of metricFiles) {
  const name = basename(path);
  test(`metric fixture ${name}`, () => {
    const fixture = readJson(path);
    const options = metricOptions(fixture);
    const result = compute[fixture.metric](fixture.values, options);
    assertSubset(fixture.expected, result, name);

    // The same figures from accumulators: one per half of the values, merged after a trip through JSON.
    const make = accumulate(fixture);
    const [a, b] = [make(), make()];
    fixture.values.forEach((v, i) => {
      const acc = i % 2 === 0 ? a : b;
      const w = fixture.weights?.[i];
      if (v === null) acc.addSkipped(w);
      else acc.add(v, w);
    });
    const restored = a.constructor.fromJSON(JSON.stringify(b));
    restored.merge(a);
    const resultOptions = { ...options };
    for (const key of ["weights", "scale", "threshold"]) delete resultOptions[key];
    assert.deepEqual(restored.result(resultOptions), result, `${name}: accumulated`);
    assert.equal(restored.answered + restored.skipped, fixture.values.length);
    for (const acc of [a, b, restored]) acc.free();
  });
}

const reportDirs = entries("reports");
// `oes report --format json`, built by run_tests.sh (cargo build -p oes-cli); OES_CLI overrides its path.
const cli = process.env.OES_CLI;

test("there are report fixtures", () => assert.ok(reportDirs.length >= 5));

for (const dir of reportDirs) {
  const name = basename(dir);
  test(`report fixture ${name}`, () => {
    const survey = oes.Survey.fromJson(readFileSync(join(dir, "survey.json"), "utf8"));
    const jsonl = readFileSync(join(dir, "responses.jsonl"), "utf8");
    const responses = oes.readJsonl(survey, jsonl);
    const rawOptions = readJson(join(dir, "options.json"));
    const options = reportOptions(rawOptions);
    const got = oes.report(survey, responses, options);
    assertSubset(readJson(join(dir, "expected.json")), got, name);

    // Responses in reverse order, as records, and two accumulators merged after a trip through JSON: identical.
    const records = jsonl.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
    const reversed = oes.readRecords(survey, [...records].reverse());
    assert.deepEqual(oes.report(survey, reversed, options), got, `${name}: reversed`);

    const { by, every, ...resultOptions } = options;
    const [a, b] = [new oes.ReportAccumulator(survey, { by, every }), new oes.ReportAccumulator(survey, { by, every })];
    records.forEach((r, i) => (i % 3 === 0 ? a : b).add(r));
    const restored = oes.ReportAccumulator.fromJSON(survey, JSON.stringify(b));
    restored.merge(a);
    assert.deepEqual(restored.result(resultOptions), got, `${name}: merged accumulators`);

    const all = new oes.ReportAccumulator(survey, { by, every });
    all.addAll(responses);
    assert.deepEqual(all.result(resultOptions), got, `${name}: addAll`);

    // The same JSON as the command line, to the last bit of every number.
    if (cli) {
      const args = ["report", "--survey", join(dir, "survey.json"), "--responses", join(dir, "responses.jsonl")];
      args.push("--format", "json", "--min-group-size", String(rawOptions.min_group_size ?? 5));
      if (rawOptions.by?.length) args.push("--by", rawOptions.by.join(","));
      if (rawOptions.every) args.push("--every", rawOptions.every);
      if (rawOptions.confidence !== undefined) args.push("--confidence", String(rawOptions.confidence));
      if (rawOptions.interval) args.push("--interval", rawOptions.interval.replace("_", "-"));
      if (rawOptions.denominator) args.push("--denominator", rawOptions.denominator);
      const printed = JSON.parse(execFileSync(cli, args, { encoding: "utf8" }));
      assert.deepEqual(got, printed, `${name}: differs from oes report --format json`);
    }
  });
}

test("the command line is there to compare with", { skip: !cli && "OES_CLI is not set" }, () => {
  assert.ok(existsSync(cli), cli);
});

// Format 4 of tests/fixtures/support/README.md: tickets into a SupportAccumulator.
const supportFiles = entries("support").filter((p) => p.endsWith(".json"));

test("there are support fixtures", () => assert.ok(supportFiles.length >= 5));

for (const path of supportFiles) {
  const name = basename(path);
  test(`support fixture ${name}`, () => {
    const fixture = readJson(path);
    const targetSeconds = Math.round((fixture.target_hours ?? 24) * 3600);
    const confidence = fixture.confidence ?? 0.95;
    const [a, b] = [new oes.SupportAccumulator({ targetSeconds }), new oes.SupportAccumulator({ targetSeconds })];
    fixture.tickets.forEach((t, i) => (i % 2 === 0 ? a : b).add(t));
    const whole = new oes.SupportAccumulator({ targetSeconds });
    for (const t of fixture.tickets) whole.add(t);
    const result = whole.result({ confidence });
    assertSubset(fixture.expected, result, name);
    const restored = oes.SupportAccumulator.fromJSON(JSON.stringify(b));
    restored.merge(a);
    assert.deepEqual(restored.result({ confidence }), result, `${name}: merged`);
  });
}

const errorFiles = [...entries("errors"), ...entries("support/errors")];

test("there are error fixtures", () => assert.ok(errorFiles.length >= 10));

for (const path of errorFiles) {
  const name = basename(path);
  test(`error fixture ${name}`, () => {
    const fixture = readJson(path);
    const survey = oes.Survey.fromJson(fixture.survey);
    const check = (error) => {
      assert.ok(error instanceof Error, `${name}: not an Error`);
      assert.equal(error.name, "OesError");
      assert.equal(error.kind, "response");
      assert.equal(error.line, 1);
      if (fixture.response !== null) {
        assert.ok(error.message.includes(JSON.stringify(fixture.response)), `${name}: ${error.message}`);
        assert.equal(error.response, fixture.response);
      }
      if (fixture.question !== null) {
        assert.ok(error.message.includes(JSON.stringify(fixture.question)), `${name}: ${error.message}`);
        assert.equal(error.question, fixture.question);
      }
      for (const fragment of fixture.message_contains) {
        assert.ok(error.message.toLowerCase().includes(fragment.toLowerCase()), `${name}: ${error.message} lacks ${fragment}`);
      }
      return true;
    };
    assert.throws(() => oes.readJsonl(survey, fixture.line), check);
    assert.throws(() => oes.readRecords(survey, [JSON.parse(fixture.line)]), check);
    // Lenient reading skips the response; a read in which every response was skipped is an error quoting the first.
    let strict = null;
    try {
      oes.readJsonl(survey, fixture.line);
    } catch (e) {
      strict = e.message;
    }
    assert.throws(() => oes.readJsonl(survey, fixture.line, { lenient: true }),
      (e) => e.kind === "invalid_parameter" && e.message === `invalid responses: none of the 1 responses is valid; the first error: ${strict}`);
  });
}
