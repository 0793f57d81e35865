// How the package is used from TypeScript. `tsc -p tests` type-checks it against the generated declarations (both
// builds), and run_tests.sh runs the compiled file under Node, so it must also be right at run time.

import {
  CsatAccumulator,
  NpsAccumulator,
  RatingAccumulator,
  ReportAccumulator,
  SupportAccumulator,
  Survey,
  csat,
  nps,
  rating,
  readCsv,
  readJsonl,
  readRecords,
  report,
  version,
  yesNo,
} from "oes-wasm";
import type {
  NpsResult,
  OesError,
  PeriodReport,
  QuestionReport,
  Report,
  ReportOptions,
  ResponseRecord,
  TallyJSON,
} from "oes-wasm";
// The browser build has the same API plus its initialiser; only its types are used here.
import type * as web from "oes-wasm/metrics/web";
// The OES scorer: a second module (the metrics API plus `Scorer`), loaded only where the model is needed.
import * as scorerModule from "oes-wasm/scorer";
import type { OesScore } from "oes-wasm/scorer";

// (No @types/node here: a tiny check instead of node:assert.)
function same(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

// One-shot metrics: plain arrays or typed arrays, `null` for a skipped answer.
const score: NpsResult = nps([10, 9, 8, 6, 10, null], { interval: "wald", confidence: 0.9 });
const pct: number | null = csat(Uint8Array.from([5, 4, 3]), { scale: { min: 1, max: 5 }, threshold: 4 }).percent;
same(score.score, 40, "score.score");
same(pct, 200 / 3, "pct");
same(yesNo([true, false, null], { denominator: "shown" }).n, 3, "yesNo([true, false, null], { denominator: \"shown\" }).n");

// Errors are OesErrors with the core's message.
let thrown: OesError | undefined;
try {
  nps([11]);
} catch (e) {
  thrown = e as OesError;
}
{
  const error = thrown ?? ({} as OesError);
  same(error.kind, "invalid_parameter", "error.kind");
  same(error.parameter, "scores", "error.parameter");
}

// Accumulators: add one at a time, merge partial states from anywhere, keep them as JSON.
const today = new NpsAccumulator();
for (const s of [10, 9, 3]) today.add(s);
today.addSkipped();
const saved: TallyJSON = today.toJSON();
const total = NpsAccumulator.fromJSON(JSON.stringify(saved));
total.merge(today);
same(total.answered, 6, "total.answered");
const ci: [number, number] | null = total.result({ confidence: 0.95 }).ci;
same(ci !== null && ci[0] < ci[1], true, "ci is an interval");
const c = new CsatAccumulator({ scale: { min: 1, max: 5 } });
c.add(5, 2.5);
same(c.result().percent, 100, "c.result().percent");

// Reports: the same structure as `oes report --format json`, typed per question kind.
const survey = Survey.fromJson({
  id: "kiosk",
  questions: [
    { id: "nps", kind: "nps", text: "How likely are you to recommend us?" },
    { id: "csat", kind: "csat", text: "How satisfied are you?", scale: { min: 1, max: 5 } },
  ],
});
const records: ResponseRecord[] = [
  { id: "r1", submitted_at: new Date(Date.UTC(2025, 0, 14, 9, 30)), segments: { store: "Berlin" }, answers: { nps: 10, csat: 5 } },
  { id: "r2", submitted_at: "2025-01-20T17:02:00+01:00", segments: { store: "Berlin" }, answers: { nps: 6, csat: 3 } },
  { id: "r3", submitted_at: "2025-02-02T11:00:00Z", segments: { store: "Warsaw" }, answers: { nps: 9 },
    ticket: { opened_at: "2025-02-01T11:00:00Z", resolved_at: "2025-02-01T15:00:00Z" } },
];
const responses = readRecords(survey, records, { lenient: false });
const options: ReportOptions = { by: ["store"], every: "month", minGroupSize: 1 };
const r: Report = report(survey, responses, options);
const january: PeriodReport | undefined = r.groups[0]?.periods[0];
const q: QuestionReport | undefined = january?.questions?.["nps"];
if (q?.kind === "nps") {
  same(q.nps.score, 0, "q.nps.score");
  same(q.vs_rest, null, "q.vs_rest");
} else {
  throw new Error("no nps question in January");
}
same(r.groups[0]?.periods[1]?.support?.tickets, 1, "r.groups[0]?.periods[1]?.support?.tickets");

const jsonl = records.map((x) => JSON.stringify(x)).join("\n");
same(readJsonl(survey, jsonl).toJSON(), responses.toJSON(), "readJsonl(survey, jsonl).toJSON()");
const csvResponses = readCsv(survey, "id,submitted_at,store,nps,csat\nr1,2025-01-14T09:30:00Z,Berlin,10,5\n");
same(csvResponses.length, 1, "csvResponses.length");

const acc = new ReportAccumulator(survey, { by: ["store"], every: "month" });
acc.addAll(responses);
const restored = ReportAccumulator.fromJSON(survey, acc.toJSON());
same(restored.result({ minGroupSize: 1 }), r, "restored.result({ minGroupSize: 1 })");

const support = new SupportAccumulator({ targetSeconds: 3600 });
support.add({ opened_at: "2025-02-01T11:00:00Z", resolved_at: "2025-02-01T11:30:00Z", reopened: false });
same(support.result().percent_within_target, 100, "support.result().percent_within_target");

// Mistakes the declarations catch (compiled, never called): tsc fails if one of them type-checks.
export function mistakes(): void {
  // @ts-expect-error: a misspelt option
  nps([1], { wieghts: [1] });
  // @ts-expect-error: records are read first (readRecords, readJsonl, readCsv)
  report(survey, records);
  // @ts-expect-error: a rating needs its scale
  rating([1, 2]);
  // @ts-expect-error: so does its accumulator
  new RatingAccumulator();
  // @ts-expect-error: records keep the snake_case keys of the JSON
  score.promotersPct;
  // @ts-expect-error: an unknown interval method
  nps([1], { interval: "exact" });
}

// In a browser: `await init()` once (it fetches oes_metrics_bg.wasm next to the module), then the same calls.
export async function inBrowser(module: typeof web): Promise<number | null> {
  await module.default();
  return module.nps([10, 9, 8]).score;
}

// The OES model, from the bytes of models/encoder.onnx and head.onnx and the text of tokenizer.json (fetched, or read
// from disk). Type-checked here; tests/scorer.test.mjs runs the same calls on the committed model.
export async function overallExperience(encoder: Uint8Array, head: Uint8Array, tokenizer: string): Promise<number[]> {
  const scorer: scorerModule.Scorer = await scorerModule.Scorer.load(encoder, head, tokenizer);
  const byClause = await scorerModule.Scorer.load(encoder, head, tokenizer, { clauseThemes: true });
  const readsClauses: boolean = byClause.clauseThemes && !scorer.clauseThemes;
  // Surveys and responses of the scorer module (classes do not cross between the two modules).
  const kiosk = scorerModule.Survey.fromJson({
    id: "kiosk",
    questions: [
      { id: "nps", kind: "nps", text: "How likely are you to recommend us?" },
      { id: "why", kind: "text", text: "What is the main reason for your score?" },
    ],
  });
  const one: OesScore = scorer.score(kiosk, { id: "r1", submitted_at: "2025-03-01T10:00:00Z", answers: { nps: 9, why: "Lovely staff" } });
  const reasons: string[] = one.reasons.answers.map((a) => `${a.question}: ${a.effect.recommendation.toFixed(2)}`);
  const themes = one.reasons.themes.filter((t) => t.theme === "staff" && t.polarity > 0);
  const many: OesScore[] = scorer.scoreBatch(kiosk, scorerModule.readJsonl(kiosk, '{"id":"r2","submitted_at":"2025-03-01T11:00:00Z","answers":{"nps":3}}'));
  const embedding: Float32Array | undefined = scorer.embed(["Lovely staff"])[0];
  // OES in reports: scored by the scorer, or scores added to accumulators.
  const read = scorerModule.readJsonl(kiosk, '{"id":"r3","submitted_at":"2025-03-01T11:00:00Z","answers":{"nps":8}}');
  const withOes: scorerModule.Report = scorer.report(kiosk, read, { minGroupSize: 1, progress: (done: number) => void done });
  const mean: number | null | undefined = withOes.groups[0]?.periods[0]?.oes?.ease.mean;
  const oes = new scorerModule.OesAccumulator();
  oes.addAll(many, [1.5]);
  oes.add(one);
  const summary: scorerModule.OesSummary = oes.result({ confidence: 0.9 });
  const acc = new scorerModule.ReportAccumulator(kiosk);
  acc.addScored(read, scorer.scoreBatch(kiosk, read));
  scorer.free();
  byClause.free();
  return [one.satisfaction, one.confidence.ease, many.length, reasons.length, themes.length, embedding?.length ?? 0,
          mean ?? 0, summary.loyalty.n, oes.count, Number(readsClauses)];
}

// Mistakes the scorer's declarations catch (compiled, never called).
export async function scorerMistakes(scorer: scorerModule.Scorer, kiosk: scorerModule.Survey): Promise<void> {
  // @ts-expect-error: the model files are bytes, not paths
  await scorerModule.Scorer.load("models/encoder.onnx", "models/head.onnx", "{}");
  // @ts-expect-error: clauseThemes is a boolean
  await scorerModule.Scorer.load(new Uint8Array(), new Uint8Array(), "{}", { clauseThemes: "yes" });
  // @ts-expect-error: batches take responses read with the survey (readRecords, readJsonl, readCsv)
  scorer.scoreBatch(kiosk, [{ id: "r", submitted_at: "2025-03-01T10:00:00Z" }]);
  // @ts-expect-error: scores are numbers, not per-perspective records
  const wrong: OesScore["confidence"] = scorer.score(kiosk, "{}").satisfaction;
  void wrong;
}

console.log(`oes-wasm ${version()}: usage.ts ran`);
