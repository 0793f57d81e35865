// The OES model of the kiosk demo, in a worker so that loading it and scoring never block the page: the scorer
// module of oes-wasm (../pkg/scorer/web/) and the model files served under /models/ (demo/serve.mjs).
//
// Messages in:  { id, type: "load", survey, models }      models: the URL of the directory with the files
//               { id, type: "score", records }           response records of the survey, scored together
// Messages out: { id, ok: true, ...result } or { id, ok: false, error }

import init, { Scorer, Survey, readRecords, version } from "../pkg/scorer/web/oes_scorer.js";

const FILES = ["encoder.onnx", "head.onnx", "tokenizer.json"];
let scorer;
let survey;

/** The expected sha256 of each file, from checksums.sha256 (`sha256sum` format). */
function parseChecksums(text) {
  const sums = new Map();
  for (const line of text.split("\n")) {
    const [sum, name] = line.trim().split(/\s+/);
    if (sum && name && !sum.startsWith("#")) sums.set(name.replace(/^\*/, ""), sum.toLowerCase());
  }
  return sums;
}

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.split("/").pop()} is not available (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

async function load({ survey: definition, models }) {
  const started = performance.now();
  const [, sums, ...files] = await Promise.all([
    init(),
    fetch(new URL("checksums.sha256", models)).then((r) => (r.ok ? r.text() : "")),
    ...FILES.map((name) => fetchBytes(new URL(name, models).href)),
  ]);
  const expected = parseChecksums(sums);
  for (const [i, name] of FILES.entries()) {
    if (!expected.has(name)) throw new Error(`checksums.sha256 has no line for ${name}`);
    if ((await sha256(files[i])) !== expected.get(name)) throw new Error(`${name} does not match its checksum`);
  }
  const [encoder, head, tokenizer] = files;
  scorer = await Scorer.load(encoder, head, tokenizer);
  survey = Survey.fromJson(definition);
  const bytes = files.reduce((n, f) => n + f.byteLength, 0);
  return { version: version(), bytes, seconds: (performance.now() - started) / 1000 };
}

function score({ records }) {
  const responses = readRecords(survey, records);
  try {
    const started = performance.now();
    const scores = scorer.scoreBatch(survey, responses);
    return { scores, seconds: (performance.now() - started) / 1000 };
  } finally {
    responses.free();
  }
}

self.onmessage = async ({ data }) => {
  try {
    const result = data.type === "load" ? await load(data) : score(data);
    self.postMessage({ id: data.id, ok: true, ...result });
  } catch (e) {
    self.postMessage({ id: data.id, ok: false, error: e?.message ?? String(e) });
  }
};
