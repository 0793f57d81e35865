// The JavaScript API beyond the golden fixtures: argument checking, errors, accumulators, reading, the generated
// TypeScript declarations, and that no input makes the module trap.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { test } from "node:test";

import * as oes from "oes-wasm";

import { interfaceFields, readJson, wasmDir } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve("oes-wasm/package.json"));

/** Asserts that `fn` throws an OesError of `kind` whose message contains every fragment. */
function throwsOes(fn, kind, ...fragments) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof Error, "not an Error");
    assert.equal(e.name, "OesError", e.message);
    assert.equal(e.kind, kind, e.message);
    for (const f of fragments) assert.ok(e.message.includes(f), `${JSON.stringify(e.message)} lacks ${JSON.stringify(f)}`);
    return true;
  });
}

const survey = oes.Survey.fromJson({
  id: "kiosk",
  questions: [
    { id: "nps", kind: "nps", text: "Recommend?" },
    { id: "csat", kind: "csat", text: "Satisfied?" },
    { id: "solved", kind: "yes_no" },
    { id: "plan", kind: "single_choice", options: ["basic", "pro"] },
    { id: "comment", kind: "text" },
  ],
});

test("the package version is the crate version", () => {
  assert.equal(oes.version(), readJson(join(packageDir, "package.json")).version);
  const cargo = readFileSync(join(wasmDir, "..", "Cargo.toml"), "utf8");
  assert.match(cargo, new RegExp(`version = "${oes.version().replace(/\./g, "\\.")}"`));
});

test("nps: textbook values, options and typed arrays", () => {
  const r = oes.nps([10, 9, 8, 6, 10]);
  assert.equal(r.score, 40);
  assert.deepEqual([r.promoters, r.passives, r.detractors, r.n], [3, 1, 1, 5]);
  assert.equal(r.interval, "adjusted_wald");
  assert.deepEqual(oes.nps(Int8Array.from([10, 9, 8, 6, 10])), r);
  assert.deepEqual(oes.nps([10, 9, 8, 6, 10], { weights: new Float64Array(5).fill(1) }), r);
  const wald = oes.nps([10, 9, 8, 6, 10], { interval: "wald", confidence: 0.9 });
  assert.equal(wald.interval, "wald");
  assert.equal(wald.confidence, 0.9);
  const shown = oes.nps([10, null, undefined, 0], { denominator: "shown" });
  assert.deepEqual([shown.n, shown.skipped, shown.score], [4, 2, 0]);
  const empty = oes.nps([]);
  assert.deepEqual([empty.score, empty.ci, empty.n], [null, null, 0]);
});

test("other metrics: defaults and required scales", () => {
  assert.deepEqual(oes.csat([5, 4, 3]).scale, { min: 1, max: 5 });
  assert.equal(oes.csat([5, 4, 3]).threshold, 4);
  assert.equal(oes.csat([5, 4, 3], { threshold: 5 }).percent, 100 / 3);
  assert.deepEqual(oes.ces([7, 1]).scale, { min: 1, max: 7 });
  assert.deepEqual(oes.cesEffort([1, 5]).scale, { min: 1, max: 5 });
  assert.equal(oes.rating([1, 10], { scale: { min: 1, max: 10 } }).mean, 5.5);
  throwsOes(() => oes.rating([1, 10], {}), "invalid_parameter", "invalid scale", "required");
  throwsOes(() => oes.rating([1, 10]), "invalid_parameter", "required");
  assert.equal(oes.yesNo([true, false, null, true]).percent_yes, 200 / 3);
});

test("bad arguments are OesErrors with the parameter named", () => {
  throwsOes(() => oes.nps([11]), "invalid_parameter", "invalid scores: 11 at index 0 is off the scale 0-10");
  throwsOes(() => oes.nps([7.5]), "invalid_parameter", "invalid scores: 7.5 at index 0 is not an integer");
  throwsOes(() => oes.nps(["7"]), "invalid_parameter", 'expected an integer or null at index 0, got the string "7"');
  // NaN is a skipped answer, as in Python (a Float64Array has no null).
  assert.deepEqual(oes.nps(new Float64Array([10, NaN, 0])), oes.nps([10, null, 0]));
  throwsOes(() => oes.nps([Infinity]), "invalid_parameter", "invalid scores: inf at index 0 is not an integer");
  throwsOes(() => oes.nps([true]), "invalid_parameter", "expected an integer or null at index 0, got true");
  throwsOes(() => oes.nps("10"), "invalid_parameter", "invalid scores: expected an array");
  throwsOes(() => oes.nps([1], { wieghts: [1] }), "invalid_parameter", 'unknown option "wieghts"');
  throwsOes(() => oes.nps([1], { scale: { min: 0, max: 10 } }), "invalid_parameter", 'unknown option "scale"');
  throwsOes(() => oes.nps([1], { weights: [1, 2] }), "invalid_parameter", "invalid weights", "lengths must match");
  throwsOes(() => oes.nps([1], { weights: [0] }), "invalid_parameter", "invalid weights");
  throwsOes(() => oes.nps([1], { weights: [NaN] }), "invalid_parameter", "invalid weights", "the weight is missing (NaN)");
  throwsOes(() => oes.nps([1], { confidence: 1 }), "invalid_parameter", "invalid confidence");
  throwsOes(() => oes.nps([1], { interval: "exact" }), "invalid_parameter", "invalid interval");
  throwsOes(() => oes.nps([1], { denominator: "all" }), "invalid_parameter", "invalid denominator");
  throwsOes(() => oes.nps([1], "wald"), "invalid_parameter", "invalid options: expected an object");
  throwsOes(() => oes.csat([1], { scale: { min: 5, max: 1 } }), "invalid_parameter", "invalid scale");
  throwsOes(() => oes.csat([1], { threshold: 6 }), "invalid_parameter", "invalid threshold");
  throwsOes(() => oes.yesNo([1]), "invalid_parameter", "expected true, false or null at index 0");
  const e = (() => {
    try {
      oes.nps([1], { confidence: 2 });
    } catch (error) {
      return error;
    }
  })();
  assert.equal(e.parameter, "confidence");
  assert.ok(e.stack.includes("OesError"));
});

test("accumulators: add, merge, serialise, check", () => {
  const a = new oes.NpsAccumulator();
  a.add(10);
  a.add(3, 2.5);
  a.addSkipped();
  const state = a.toJSON();
  assert.deepEqual(Object.keys(state), ["scale", "counts", "weights", "weight_sq", "skipped", "skipped_weight", "skipped_weight_sq"]);
  assert.equal(state.weights[3], "2500000");
  assert.equal(JSON.stringify(a), JSON.stringify(state));
  const b = oes.NpsAccumulator.fromJSON(state);
  b.merge(a);
  assert.deepEqual([b.answered, b.skipped], [4, 2]);
  assert.equal(b.result({ denominator: "shown" }).n, 6);
  throwsOes(() => a.add(11), "invalid_parameter", "off the scale 0-10");
  throwsOes(() => a.add(-1), "invalid_parameter", "off the scale 0-10");
  throwsOes(() => a.add(1, 0), "invalid_parameter", "invalid weight");
  throwsOes(() => a.result({ weights: [1] }), "invalid_parameter", 'unknown option "weights"');
  throwsOes(() => oes.NpsAccumulator.fromJSON("{}"), "invalid_parameter", "invalid json");
  const broken = { ...state, weights: state.weights.map(() => "0") };
  throwsOes(() => oes.NpsAccumulator.fromJSON(broken), "invalid_parameter", "inconsistent");
  const csat7 = oes.CesAccumulator.fromJSON(new oes.CesAccumulator({ scale: { min: 1, max: 5 } }).toJSON());
  throwsOes(() => csat7.merge(new oes.CesAccumulator()), "incompatible", "cannot merge");
  throwsOes(() => oes.NpsAccumulator.fromJSON(csat7.toJSON()), "invalid_parameter", "0-10");
  throwsOes(() => oes.YesNoAccumulator.fromJSON(csat7.toJSON()), "invalid_parameter", "0-1");

  const c = new oes.CsatAccumulator({ threshold: 5 });
  c.add(5);
  c.add(4);
  assert.equal(c.result().percent, 50);
  throwsOes(() => c.merge(new oes.CsatAccumulator()), "incompatible", "threshold 5 vs 4");
  assert.equal(oes.CsatAccumulator.fromJSON(JSON.stringify(c)).result().threshold, 5);
  const badThreshold = { ...c.toJSON(), threshold: 9 };
  throwsOes(() => oes.CsatAccumulator.fromJSON(badThreshold), "invalid_parameter", "invalid threshold");

  const y = new oes.YesNoAccumulator();
  y.add(true);
  y.add(false, 3);
  assert.equal(y.result().percent_yes, 25);
  throwsOes(() => y.add(1), "invalid_parameter", "expected true or false");
  throwsOes(() => new oes.RatingAccumulator({}), "invalid_parameter", "required");
  const r = new oes.RatingAccumulator({ scale: { min: 0, max: 100 } });
  r.add(100);
  r.add(50);
  assert.equal(r.result().mean, 75);
});

test("support tickets: accumulator and report option", () => {
  const ticket = { opened_at: "2025-01-01T00:00:00Z", first_reply_at: new Date(Date.UTC(2025, 0, 1, 1)), resolved_at: "2025-01-02T00:00:01Z", contacts: 2, reopened: true };
  const a = new oes.SupportAccumulator();
  a.add(ticket);
  a.add({ opened_at: "2025-01-01T00:00:00Z", resolved_at: "2025-01-01T12:00:00+01:00" });
  const r = a.result();
  assert.deepEqual([r.tickets, r.resolved, r.target_hours, r.percent_within_target], [2, 2, 24, 50]);
  assert.ok(Math.abs(r.ttr.median_hours - (24 + 1 / 3600 + 11) / 2) < 1e-12);
  assert.equal(r.first_reply.mean_hours, 1);
  const b = oes.SupportAccumulator.fromJSON(JSON.stringify(a));
  b.merge(a);
  assert.equal(b.tickets, 4);
  assert.equal(b.result({ confidence: 0.9 }).percent_within_target, 50);
  const wide = new oes.SupportAccumulator({ targetSeconds: 2 * 86400 });
  throwsOes(() => wide.merge(a), "incompatible", "resolution target");
  throwsOes(() => a.add({ opened_at: "2025-01-02T00:00:00Z", resolved_at: "2025-01-01T00:00:00Z" }), "invalid_parameter", "before opened_at");
  throwsOes(() => a.add({ resolved_at: "2025-01-01T00:00:00Z" }), "invalid_parameter", "opened_at is missing");
  throwsOes(() => a.add({ opened_at: "2025-01-01T00:00:00Z", contacts: 2.5 }), "invalid_parameter", "non-negative integer");
  throwsOes(() => new oes.SupportAccumulator({ targetSeconds: -1 }), "invalid_parameter", "resolution_target_seconds");
  throwsOes(() => new oes.SupportAccumulator({ targetHours: 1 }), "invalid_parameter", 'unknown option "targetHours"');

  const s = oes.Survey.fromJson({ id: "t", questions: [{ id: "csat", kind: "csat" }] });
  const records = [1, 2, 3, 4].map((i) => ({
    id: `t${i}`, submitted_at: "2025-01-05T00:00:00Z", answers: { csat: 6 - i },
    ticket: { opened_at: "2025-01-01T00:00:00Z", resolved_at: `2025-01-0${i + 1}T00:00:00Z` },
  }));
  const responses = oes.readRecords(s, records);
  const day = oes.report(s, responses, { minGroupSize: 1 });
  assert.equal(day.groups[0].periods[0].support.percent_within_target, 25);
  assert.equal(day.groups[0].periods[0].questions.csat.ttr_correlation.r, -1);
  const week = oes.report(s, responses, { minGroupSize: 1, resolutionTargetSeconds: 7 * 86400 });
  assert.equal(week.groups[0].periods[0].support.percent_within_target, 100);
  const acc = new oes.ReportAccumulator(s, { resolutionTargetSeconds: 7 * 86400 });
  acc.addAll(responses);
  const restored = oes.ReportAccumulator.fromJSON(s, JSON.stringify(acc));
  assert.deepEqual(restored.result({ minGroupSize: 1 }), week);
  throwsOes(() => restored.merge(new oes.ReportAccumulator(s)), "incompatible");
  throwsOes(() => oes.report(s, responses, { resolutionTargetSeconds: 1.5 }), "invalid_parameter", "not an integer");
});

const jsonl = [
  { id: "r1", submitted_at: "2025-03-01T09:00:00Z", segments: { kiosk: "A" }, answers: { nps: 10, csat: 5, solved: true, plan: "pro", comment: "Great" } },
  { id: "r2", submitted_at: "2025-03-01T09:05:00+01:00", segments: { kiosk: "B" }, answers: { nps: 3, csat: 2, solved: false } },
  { id: "r3", submitted_at: new Date(Date.UTC(2025, 2, 2, 10)), segments: { kiosk: "A" }, weight: 2, answers: { nps: null, csat: 4 } },
];

test("reading JSONL, CSV and records", () => {
  const text = jsonl.map((r) => JSON.stringify(r)).join("\n") + "\n\n";
  const fromText = oes.readJsonl(survey, text);
  const fromRecords = oes.readRecords(survey, jsonl);
  assert.equal(fromText.length, 3);
  assert.deepEqual(fromRecords.toJSON(), fromText.toJSON());
  assert.deepEqual(fromText.rejected, []);
  const record = fromText.toJSON()[2];
  assert.equal(record.submitted_at, "2025-03-02T10:00:00Z");
  assert.equal(record.weight, 2);
  assert.equal(record.survey, "kiosk");

  const csv = "id,submitted_at,weight,kiosk,nps,csat,solved,plan,comment\n" +
    'r1,2025-03-01T09:00:00Z,,A,10,5,yes,pro,"Great"\n' +
    "r2,2025-03-01T08:05:00Z,,B,3,2,no,,\n";
  const fromCsv = oes.readCsv(survey, csv);
  assert.equal(fromCsv.length, 2);
  // Rows of a table, their cells read by the CSV rules: the same responses as the CSV text.
  const rows = [
    { id: "r1", submitted_at: "2025-03-01T09:00:00Z", segments: { kiosk: "A" }, answers: { nps: "10", csat: 5, solved: "yes", plan: "pro", comment: "Great" } },
    { id: "r2", submitted_at: "2025-03-01T08:05:00Z", segments: { kiosk: "B" }, answers: { nps: " 3", csat: "2", solved: 0, plan: "", comment: null } },
  ];
  assert.deepEqual(oes.readRecords(survey, rows, { cells: true }).toJSON(), fromCsv.toJSON());
  throwsOes(() => oes.readRecords(survey, rows), "response", '"r1"', '"nps"', "expected an integer");
  throwsOes(() => oes.readRecords(survey, [{ ...rows[0], answers: { solved: "maybe" } }], { cells: true }), "response", "yes/no");
  assert.equal(oes.report(survey, fromCsv, { minGroupSize: 1 }).groups[0].periods[0].questions.nps.nps.score, 0);

  const bad = [...jsonl, { id: "r4", submitted_at: "2025-03-02T10:00:00Z", answers: { nps: 12 } }, { id: "r1", submitted_at: "2025-03-02T10:00:00Z" }, 42, undefined];
  throwsOes(() => oes.readRecords(survey, bad), "response", "line 4", '"r4"', '"nps"', "off the scale");
  const lenient = oes.readRecords(survey, bad, { lenient: true });
  assert.equal(lenient.length, 3);
  assert.deepEqual(lenient.rejected.map((r) => [r.line, r.response]), [[4, "r4"], [5, "r1"], [6, null], [7, null]]);
  assert.match(lenient.rejected[1].error, /used twice \(first at line 1\)/);
  throwsOes(() => oes.readRecords(survey, {}), "invalid_parameter", "invalid records: expected an array");
  throwsOes(() => oes.readJsonl(survey, "{}", { strict: true }), "invalid_parameter", 'unknown option "strict"');
  throwsOes(() => oes.Survey.fromJson("{"), "survey", "invalid survey");
  throwsOes(() => oes.Survey.fromJson({ id: "s", questions: [{ id: "q", kind: "nps" }, { id: "q", kind: "csat" }] }), "survey");
  assert.equal(survey.id, "kiosk");
  assert.deepEqual(survey.questions[1].scale, { min: 1, max: 5 });
  assert.deepEqual(oes.Survey.fromJson(JSON.stringify(survey)).toJSON(), survey.toJSON());
});

test("reports: options, accumulators and errors", () => {
  const responses = oes.readRecords(survey, jsonl);
  const r = oes.report(survey, responses, { by: ["kiosk"], every: "day", minGroupSize: 1, confidence: 0.9, csatThresholds: { csat: 5 } });
  assert.deepEqual(Object.keys(r), ["survey", "confidence", "interval", "denominator", "by", "every", "min_group_size", "respondents", "withheld", "groups"]);
  assert.deepEqual(r.groups.map((g) => g.segment), [{}, { kiosk: "A" }, { kiosk: "B" }]);
  assert.deepEqual(r.groups[0].periods.map((p) => p.period), ["2025-03-01", "2025-03-02"]);
  assert.equal(r.groups[0].periods[0].questions.csat.csat.threshold, 5);
  assert.equal(r.groups[0].periods[0].questions.plan.kind, "single_choice");
  assert.equal(r.groups[0].periods[0].questions.comment.text.n, 1);
  assert.equal(oes.report(survey, responses).groups[0].periods[0].withheld, true);
  // The survey's audience sets the default minimum group size; the report counts what it withheld and says why.
  const unsaid = oes.report(survey, responses, { by: "kiosk", every: "day" }).withheld;
  assert.equal(unsaid.rule, "default");
  assert.equal(unsaid.periods, unsaid.of);
  assert.match(unsaid.reason, /group-periods have fewer than 5 respondents/);
  const customers = oes.Survey.fromJson({ ...survey.toJSON(), audience: "customer" });
  const shown = oes.report(customers, oes.readRecords(customers, jsonl), { by: "kiosk", every: "day" });
  assert.equal(customers.toJSON().audience, "customer");
  assert.deepEqual([shown.min_group_size, shown.withheld.periods, shown.withheld.rule], [0, 0, "audience"]);
  assert.ok(shown.groups.every((g) => g.periods.every((p) => !p.withheld)));
  throwsOes(() => oes.Survey.fromJson({ ...survey.toJSON(), audience: "public" }), "survey", "unknown variant");
  // One segment name may be a string, as in Python.
  assert.deepEqual(oes.report(survey, responses, { by: "kiosk", minGroupSize: 1 }), oes.report(survey, responses, { by: ["kiosk"], minGroupSize: 1 }));

  throwsOes(() => oes.report(survey, responses, { by: ["store"] }), "invalid_parameter", 'no response has a segment "store"');
  throwsOes(() => oes.report(survey, responses, { every: "hour" }), "invalid_parameter", "invalid every");
  throwsOes(() => oes.report(survey, responses, { min_group_size: 1 }), "invalid_parameter", 'unknown option "min_group_size"');
  throwsOes(() => oes.report(survey, responses, { minGroupSize: -1 }), "invalid_parameter", "min_group_size");
  throwsOes(() => oes.report(survey, responses, { csatThresholds: { nps: 9 } }), "invalid_parameter", "not a csat question");
  assert.throws(() => oes.report(survey, jsonl), /Responses/);

  const acc = new oes.ReportAccumulator(survey, { by: ["kiosk"] });
  throwsOes(() => acc.add({ id: "x", submitted_at: "2025-03-01T00:00:00Z", answers: { csat: 9 } }), "response", '"x"', '"csat"');
  throwsOes(() => acc.result({ by: ["kiosk"] }), "invalid_parameter", 'unknown option "by"');
  throwsOes(() => new oes.ReportAccumulator(survey, { by: ["kiosk"], minGroupSize: 1 }), "invalid_parameter", 'unknown option "minGroupSize"');
  acc.addAll(responses);
  const other = oes.Survey.fromJson({ id: "other", questions: [{ id: "nps", kind: "nps" }] });
  const foreign = new oes.ReportAccumulator(other, { by: ["kiosk"] });
  throwsOes(() => acc.merge(foreign), "incompatible");
  throwsOes(() => oes.ReportAccumulator.fromJSON(other, acc.toJSON()).result(), "incompatible");
  throwsOes(() => acc.addAll(oes.readRecords(other, [{ id: "o", submitted_at: "2025-03-01T00:00:00Z" }])), "incompatible");
  assert.deepEqual(acc.result({ minGroupSize: 1 }), oes.report(survey, responses, { by: ["kiosk"], minGroupSize: 1 }));
});

test("hostile input: limits, responses counted once, keys twice, strict CSV", () => {
  const far = oes.readRecords(survey, [
    { id: "a", submitted_at: "0001-01-01T00:00:00Z", answers: { nps: 9 } },
    { id: "b", submitted_at: "9999-12-31T00:00:00Z", answers: { nps: 9 } },
  ]);
  throwsOes(() => oes.report(survey, far, { every: "day" }), "limit", "3652059 periods", "over the limit periods = 10000");
  try {
    oes.report(survey, far, { every: "day" });
  } catch (e) {
    assert.equal(e.limit, "periods");
  }
  assert.equal(oes.report(survey, far, { every: "year", limits: { periods: 20000 } }).groups[0].periods.length, 9999);
  throwsOes(() => oes.report(survey, far, { limits: { rows: 1 } }), "invalid_parameter", 'unknown limit "rows"');

  const acc = new oes.ReportAccumulator(survey);
  acc.addAll(far);
  const before = acc.toJSON();
  throwsOes(() => acc.addAll(far), "incompatible", 'response "a" was already counted');
  assert.deepEqual(acc.toJSON(), before, "a refused addAll adds nothing");
  const twice = new oes.ReportAccumulator(survey);
  twice.addAll(far);
  throwsOes(() => acc.merge(twice), "incompatible", "counted in both accumulators");

  throwsOes(() => oes.readJsonl(survey, '{"id": "r", "submitted_at": "2025-01-01T00:00:00Z", "answers": {"nps": 9, "nps": 0}}'),
    "response", 'the key "nps" appears twice');
  throwsOes(() => oes.readCsv(survey, 'id,submitted_at,nps\nr1,2025-01-01T00:00:00Z,"9\n'), "response", "never closed");
});

test("the TypeScript interfaces list exactly the fields of the records", () => {
  const fields = interfaceFields(readFileSync(join(packageDir, "metrics", "node", "oes_metrics.d.ts"), "utf8"));
  const check = (name, ...samples) => {
    const declared = fields.get(name);
    assert.ok(declared, `interface ${name} is missing`);
    for (const sample of samples) {
      const keys = Object.keys(sample);
      const names = declared.map((f) => f.name);
      if (!declared.open) assert.deepEqual(keys.filter((k) => !names.includes(k)), [], `${name}: undeclared fields`);
      const required = declared.filter((f) => !f.optional).map((f) => f.name);
      assert.deepEqual(required.filter((k) => !keys.includes(k)), [], `${name}: declared but absent`);
    }
  };
  check("NpsResult", oes.nps([1, 9]));
  check("CsatResult", oes.csat([1, 5]));
  check("CesResult", oes.ces([1, 7]));
  check("CesEffortResult", oes.cesEffort([1, 5]));
  check("RatingResult", oes.rating([1, 5], { scale: { min: 1, max: 5 } }));
  check("YesNoResult", oes.yesNo([true]));
  check("TallyJSON", new oes.NpsAccumulator().toJSON());
  check("CsatAccumulatorJSON", new oes.CsatAccumulator().toJSON());
  check("Scale", { min: 1, max: 5 });
  check("SurveyJSON", survey.toJSON());
  check("QuestionJSON", ...survey.questions);
  check("ResponseRecord", ...oes.readRecords(survey, jsonl).toJSON());
  check("Rejected", ...oes.readRecords(survey, [...jsonl, {}], { lenient: true }).rejected);

  const fixtures = join(wasmDir, "..", "tests", "fixtures", "reports", "two_stores_two_months");
  const s = oes.Survey.fromJson(readFileSync(join(fixtures, "survey.json"), "utf8"));
  const report = oes.report(s, oes.readJsonl(s, readFileSync(join(fixtures, "responses.jsonl"), "utf8")), {
    by: ["store"], every: "month", minGroupSize: 5,
  });
  check("Report", report);
  check("GroupReport", ...report.groups);
  const periods = report.groups.flatMap((g) => g.periods);
  check("PeriodReport", ...periods);
  const questions = periods.flatMap((p) => Object.values(p.questions ?? {}));
  const comparisons = questions.flatMap((q) => [q.vs_previous, q.vs_rest]).filter((c) => c !== null);
  assert.ok(comparisons.some((c) => c.df !== undefined) && comparisons.some((c) => c.df === undefined));
  check("Comparison", ...comparisons);
  const metricKey = (q) => (q.kind.endsWith("_choice") ? "choice" : q.kind);
  const common = (q) => Object.fromEntries(Object.entries(q).filter(([k]) => k !== metricKey(q)));
  assert.ok(questions.every((q) => q[metricKey(q)] !== undefined));
  check("QuestionReportCommon", ...questions.map(common));
  check("ReportAccumulatorJSON", new oes.ReportAccumulator(s).toJSON());
  const w = oes.Survey.fromJson(readFileSync(join(fixtures, "..", "weighted_all_time", "survey.json"), "utf8"));
  const wr = oes.report(w, oes.readJsonl(w, readFileSync(join(fixtures, "..", "weighted_all_time", "responses.jsonl"), "utf8")), { minGroupSize: 1 });
  const wq = wr.groups[0].periods[0].questions;
  check("ChoiceResult", wq.q_plan.choice, wq.q_features.choice);
  check("TextResult", wq.q_note.text);

  const t = oes.Survey.fromJson(readFileSync(join(fixtures, "..", "support_tickets", "survey.json"), "utf8"));
  const tr = oes.readJsonl(t, readFileSync(join(fixtures, "..", "support_tickets", "responses.jsonl"), "utf8"));
  const tp = oes.report(t, tr, { every: "month" }).groups[0].periods;
  check("PeriodReport", ...tp);
  check("SupportResult", ...tp.map((p) => p.support));
  check("DurationStats", ...tp.flatMap((p) => [p.support.ttr, p.support.first_reply]));
  const tq = tp.flatMap((p) => Object.values(p.questions));
  check("Correlation", ...tq.map((q) => q.ttr_correlation).filter((c) => c));
  check("QuestionReportCommon", ...tq.map(common));
  check("TicketRecord", ...tr.toJSON().map((r) => r.ticket).filter((x) => x));
  check("ResponseRecord", ...tr.toJSON());
  check("SupportAccumulatorJSON", new oes.SupportAccumulator().toJSON());
});

test("no input makes the module trap, and it keeps working", () => {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const atoms = [0, -1, 1.5, 10, 11, 1e308, -0, NaN, Infinity, 2 ** 53, "", "x", "7", true, false, null, undefined,
    10n, Symbol("s"), () => 1, new Date(0), [], {}, [null], new Int32Array(3), new Uint8Array(0)];
  const value = (depth = 0) => {
    const r = random();
    if (depth > 2 || r < 0.5) return atoms[Math.floor(random() * atoms.length)];
    if (r < 0.75) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    const keys = ["weights", "scale", "min", "max", "threshold", "confidence", "interval", "denominator", "by", "every",
      "minGroupSize", "csatThresholds", "lenient", "id", "submitted_at", "answers", "nps", "segments", "weight"];
    return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [keys[Math.floor(random() * keys.length)], value(depth + 1)]));
  };
  const calls = [
    (a, b) => oes.nps(a, b), (a, b) => oes.csat(a, b), (a, b) => oes.ces(a, b), (a, b) => oes.cesEffort(a, b),
    (a, b) => oes.rating(a, b), (a, b) => oes.yesNo(a, b), (a) => oes.Survey.fromJson(a),
    (a, b) => oes.readRecords(survey, a, b), (a, b) => oes.report(survey, oes.readRecords(survey, [], b), a),
    (a, b) => new oes.NpsAccumulator().add(a, b), (a, b) => new oes.CsatAccumulator(a).add(b),
    (a) => new oes.RatingAccumulator(a), (a) => oes.NpsAccumulator.fromJSON(a), (a) => oes.CsatAccumulator.fromJSON(a),
    (a) => new oes.ReportAccumulator(survey, a), (a) => new oes.ReportAccumulator(survey).add(a),
    (a) => oes.ReportAccumulator.fromJSON(survey, a), (a) => new oes.NpsAccumulator().result(a),
  ];
  const consoleError = console.error;
  const logged = [];
  console.error = (...args) => logged.push(args.join(" "));
  try {
    for (let i = 0; i < 3000; i++) {
      const call = calls[i % calls.length];
      try {
        call(value(), value());
      } catch (e) {
        assert.ok(!(e instanceof WebAssembly.RuntimeError), `trap: ${e.stack}`);
        assert.ok(e instanceof Error, `${e}`);
        if (e.name !== "OesError") {
          // wasm-bindgen's glue rejects what cannot cross into Rust at all (a symbol or bigint for a number, ...).
          assert.ok(e instanceof TypeError || /expected|convert/i.test(e.message), `${e.name}: ${e.message}`);
        }
      }
    }
  } finally {
    console.error = consoleError;
  }
  assert.deepEqual(logged, [], "a panic was reported");
  assert.equal(oes.nps([10, 9, 8, 6, 10]).score, 40);
});
