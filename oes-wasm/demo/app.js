// The kiosk demo: a touch-screen survey (NPS, CSAT, a comment) whose submissions stay in this page's memory, and a
// live dashboard computed by oes-wasm (the web build, served from ../pkg/ after build.sh). The metrics come from the
// small metrics module and are ready at once; the Overall Experience Score comes from the scorer module and the model
// files (/models/), loaded afterwards in a worker (oes-worker.js). Without them, everything but the OES panel works.

import init, {
  CsatAccumulator,
  NpsAccumulator,
  Survey,
  nps,
  readRecords,
  report,
  version,
} from "../pkg/metrics/web/oes_metrics.js";

const SURVEY = {
  id: "kiosk",
  questions: [
    { id: "nps", kind: "nps", text: "How likely are you to recommend us to a friend or colleague?" },
    { id: "csat", kind: "csat", text: "How satisfied are you with your visit?", scale: { min: 1, max: 5 } },
    { id: "comment", kind: "text", text: "Anything you would like to tell us?" },
  ],
};
const FACES = ["Very unhappy", "Unhappy", "Neutral", "Happy", "Very happy"];
const FACE_COLOURS = ["#ef4444", "#f97316", "#eab308", "#84cc16", "#10b981"];
const BATCH = 5;
const MAX_GROUPS = 12;

const $ = (id) => document.getElementById(id);
const state = { nps: null, csat: null, submissions: [], nextId: 1, mode: "batch" };
/** The OES model: its worker, its state (loading, ready, unavailable), the scores by response id, what waits. */
const oes = { worker: null, state: "loading", message: "", scores: new Map(), queue: [], busy: false, calls: new Map(), nextCall: 1 };
let survey;
let npsAcc;
let csatAcc;

/** `+40`, `−12.5`, `0`: one decimal at most, a real minus sign. */
function formatScore(x) {
  const rounded = Math.round(x * 10) / 10;
  const text = Math.abs(rounded).toFixed(Number.isInteger(rounded) ? 0 : 1);
  return rounded > 0 ? `+${text}` : rounded < 0 ? `\u2212${text}` : text;
}
const percent = (x) => `${Math.round(x)}%`;

function faceSvg(value) {
  const mouth = (value - 3) * 4.5; // frown (negative) to smile (positive)
  const brow = value === 1
    ? '<path d="M12 14.5l5 2M36 14.5l-5 2" stroke="#1f2937" stroke-width="2.2" stroke-linecap="round"/>'
    : "";
  return `<svg viewBox="0 0 48 48" aria-hidden="true">
    <circle cx="24" cy="24" r="21" fill="${FACE_COLOURS[value - 1]}"/>
    <circle cx="24" cy="24" r="21" fill="url(#shine)" opacity=".35"/>
    ${brow}<circle cx="17" cy="20" r="2.8" fill="#1f2937"/><circle cx="31" cy="20" r="2.8" fill="#1f2937"/>
    <path d="M14.5 31 Q24 ${31 + mouth} 33.5 31" fill="none" stroke="#1f2937" stroke-width="3" stroke-linecap="round"/>
  </svg>`;
}

function buildKiosk() {
  const npsBox = $("nps-buttons");
  for (let v = 0; v <= 10; v++) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = `nps-btn ${v <= 6 ? "det" : v <= 8 ? "pas" : "pro"}`;
    b.textContent = String(v);
    b.dataset.value = String(v);
    b.setAttribute("role", "radio");
    b.setAttribute("aria-checked", "false");
    b.setAttribute("aria-label", `${v} out of 10`);
    b.addEventListener("click", () => choose("nps", v));
    npsBox.append(b);
  }
  const faces = $("csat-buttons");
  const defs = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  defs.setAttribute("width", "0");
  defs.setAttribute("height", "0");
  defs.style.position = "absolute";
  defs.innerHTML = `<defs><radialGradient id="shine" cx=".35" cy=".3" r=".7">
    <stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#fff" stop-opacity="0"/>
  </radialGradient></defs>`;
  faces.append(defs);
  FACES.forEach((label, i) => {
    const v = i + 1;
    const b = document.createElement("button");
    b.type = "button";
    b.className = "face";
    b.dataset.value = String(v);
    b.setAttribute("role", "radio");
    b.setAttribute("aria-checked", "false");
    b.setAttribute("aria-label", `${label} (${v} of 5)`);
    b.innerHTML = `${faceSvg(v)}<span>${label}</span>`;
    b.addEventListener("click", () => choose("csat", v));
    faces.append(b);
  });
  $("comment").addEventListener("input", updateSubmit);
  $("submit").addEventListener("click", guarded(submit));
  $("sample").addEventListener("click", guarded(addSamples));
  $("export").addEventListener("click", guarded(exportReport));
  $("clear").addEventListener("click", guarded(clearAll));
  for (const b of document.querySelectorAll(".segmented button")) {
    b.addEventListener("click", guarded(() => {
      state.mode = b.dataset.mode;
      for (const other of document.querySelectorAll(".segmented button")) {
        other.setAttribute("aria-checked", String(other === b));
      }
      renderTrend();
    }));
  }
}

/** Runs a handler and shows (and logs) anything it throws: a bug in this page or an OesError from the library. */
function guarded(fn) {
  return (...args) => {
    try {
      fn(...args);
    } catch (e) {
      console.error(e);
      const status = $("status");
      status.textContent = `Error: ${e.message}`;
      status.classList.add("error");
    }
  };
}

function choose(question, value) {
  state[question] = value;
  const box = question === "nps" ? $("nps-buttons") : $("csat-buttons");
  for (const b of box.querySelectorAll("button")) {
    b.setAttribute("aria-checked", String(Number(b.dataset.value) === value));
  }
  updateSubmit();
}

function updateSubmit() {
  const ready = state.nps !== null || state.csat !== null;
  $("submit").disabled = !ready;
  const hint = $("hint");
  if (ready || !hint.classList.contains("thanks")) {
    hint.classList.remove("thanks");
    hint.textContent = ready ? "Ready when you are" : "Choose a score to continue";
  }
}

function record(nps, csat, comment, at) {
  const id = `k${String(state.nextId++).padStart(4, "0")}`;
  // A question on screen but not answered is `null` (shown, skipped), as in the JSONL the `oes` command reads.
  return { id, submitted_at: at.toISOString(), answers: { nps, csat, comment: comment || null } };
}

function add(r) {
  state.submissions.push(r);
  if (oes.state !== "unavailable") oes.queue.push(r);
  const { nps: n, csat: c } = r.answers;
  if (n === null) npsAcc.addSkipped();
  else npsAcc.add(n);
  if (c === null) csatAcc.addSkipped();
  else csatAcc.add(c);
}

function submit() {
  add(record(state.nps, state.csat, $("comment").value.trim(), new Date()));
  state.nps = null;
  state.csat = null;
  $("comment").value = "";
  for (const b of document.querySelectorAll(".kiosk [role=radio]")) b.setAttribute("aria-checked", "false");
  const hint = $("hint");
  hint.classList.add("thanks");
  hint.textContent = "Thank you! Your answers were recorded.";
  updateSubmit();
  clearTimeout(submit.timer);
  submit.timer = setTimeout(() => {
    hint.classList.remove("thanks");
    updateSubmit();
  }, 2500);
  render();
  pumpOes();
}

const SAMPLE_COMMENTS = ["Friendly staff", "", "Long queue at the till", "", "Great selection", "", "Could be cleaner",
  "", "", "Quick and easy", "Parking was hard", ""];

function addSamples() {
  let seed = 7 + state.nextId;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const start = Date.now() - 20 * 60_000;
  for (let i = 0; i < 20; i++) {
    const mood = random();
    const n = mood < 0.08 ? null : Math.min(10, Math.max(0, Math.round(4 + mood * 7 + (random() - 0.5) * 3)));
    const c = random() < 0.1 ? null : Math.min(5, Math.max(1, Math.round(1.5 + mood * 3.6 + (random() - 0.5))));
    const at = new Date(start + i * 60_000 + Math.floor(random() * 50_000));
    add(record(n, c, SAMPLE_COMMENTS[Math.floor(random() * SAMPLE_COMMENTS.length)], at));
  }
  render();
  pumpOes();
}

function clearAll() {
  state.submissions = [];
  oes.scores.clear();
  oes.queue = [];
  npsAcc.free();
  csatAcc.free();
  npsAcc = new NpsAccumulator();
  csatAcc = new CsatAccumulator({ scale: { min: 1, max: 5 } });
  render();
}

/** The report of everything submitted, by day: exactly what `oes report --format json` prints for the same JSONL. */
function currentReport(options = { every: "day", minGroupSize: 1 }) {
  const responses = readRecords(survey, state.submissions);
  try {
    return report(survey, responses, options);
  } finally {
    responses.free();
  }
}

function exportReport() {
  const blob = new Blob([JSON.stringify(currentReport(), null, 2) + "\n"], { type: "application/json" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = "oes-report.json";
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function render() {
  const n = state.submissions.length;
  const comments = state.submissions.filter((s) => s.answers.comment).length;
  $("count").textContent = n === 0
    ? "No responses yet"
    : `${n} response${n === 1 ? "" : "s"} · ${comments} comment${comments === 1 ? "" : "s"}`;
  $("export").disabled = n === 0;
  $("clear").disabled = n === 0;

  const r = npsAcc.result();
  const score = $("nps-score");
  score.dataset.value = String(r.score);
  if (r.score === null) {
    score.textContent = "–";
    score.className = "big";
    $("nps-ci").textContent = n === 0 ? "Waiting for answers" : "No NPS answers yet";
  } else {
    score.textContent = formatScore(r.score);
    score.className = `big ${r.score >= 30 ? "good" : r.score >= 0 ? "ok" : "bad"}`;
    $("nps-ci").textContent = `95% CI ${formatScore(r.ci[0])} to ${formatScore(r.ci[1])} · n = ${r.n}`;
    $("nps-ci").dataset.ci = JSON.stringify(r.ci);
  }
  const bar = $("nps-bar").children;
  const shares = [r.detractors_pct, r.passives_pct, r.promoters_pct].map((x) => x ?? 0);
  shares.forEach((x, i) => (bar[i].style.width = `${x}%`));
  for (const b of $("nps-legend").querySelectorAll("b")) {
    const k = b.dataset.k;
    b.textContent = r.n === 0 ? "–" : `${percent(r[`${k}_pct`])} (${r[k]})`;
  }

  const c = csatAcc.result();
  const csat = $("csat-score");
  csat.dataset.value = String(c.percent);
  if (c.percent === null) {
    csat.textContent = "–";
    csat.className = "big";
    $("csat-ci").textContent = n === 0 ? "Waiting for answers" : "No CSAT answers yet";
    $("csat-mean").textContent = "";
  } else {
    csat.textContent = percent(c.percent);
    csat.className = `big ${c.percent >= 80 ? "good" : c.percent >= 60 ? "ok" : "bad"}`;
    $("csat-ci").textContent = `95% CI ${percent(c.ci[0])} to ${percent(c.ci[1])} · n = ${c.n}`;
    const meanCi = c.mean_ci ? ` (${c.mean_ci[0].toFixed(2)}–${c.mean_ci[1].toFixed(2)})` : "";
    $("csat-mean").textContent = `Mean ${c.mean.toFixed(2)} of 5${meanCi}`;
  }
  const most = Math.max(1, ...c.distribution);
  $("csat-dist").innerHTML = c.distribution
    .map((count, i) => {
      const fill = `height:${(100 * count) / most}%;background:${FACE_COLOURS[i]}`;
      return `<div class="col" title="${FACES[i]}: ${count}"><div class="fill" style="${fill}"></div>` +
        `<span>${count}</span><small>${i + 1}</small></div>`;
    })
    .join("");
  renderTrend();
  renderOes();
}

/** Calls the OES worker; resolves to its answer, rejects with its error. */
function oesCall(type, payload) {
  const id = oes.nextCall++;
  return new Promise((resolve, reject) => {
    oes.calls.set(id, { resolve, reject });
    oes.worker.postMessage({ id, type, ...payload });
  });
}

function oesUnavailable(message) {
  oes.state = "unavailable";
  oes.message = message;
  oes.queue = [];
  for (const { reject } of oes.calls.values()) reject(new Error(message));
  oes.calls.clear();
  oes.worker?.terminate();
  renderOes();
}

/** Starts the worker and loads the model; the submissions made meanwhile are scored once it is ready. */
function startOes() {
  try {
    oes.worker = new Worker(new URL("./oes-worker.js", import.meta.url), { type: "module" });
  } catch (e) {
    oesUnavailable(`workers are not available (${e.message})`);
    return;
  }
  oes.worker.onmessage = ({ data }) => {
    const call = oes.calls.get(data.id);
    oes.calls.delete(data.id);
    if (data.ok) call?.resolve(data);
    else call?.reject(new Error(data.error));
  };
  oes.worker.onerror = (e) => {
    e.preventDefault();
    oesUnavailable(e.message || "the scorer module could not be loaded");
  };
  oesCall("load", { survey: SURVEY, models: new URL("/models/", location.href).href })
    .then(({ seconds, bytes }) => {
      oes.state = "ready";
      oes.message = `model loaded in ${seconds.toFixed(1)} s (${(bytes / 1e6).toFixed(1)} MB)`;
      renderOes();
      pumpOes();
    })
    .catch((e) => oesUnavailable(e.message));
}

/** Scores what waits (everything submitted since the last call, in one batch), then what arrived meanwhile. */
async function pumpOes() {
  if (oes.state !== "ready" || oes.busy || oes.queue.length === 0) return;
  oes.busy = true;
  const records = oes.queue.splice(0);
  renderOes();
  try {
    const { scores, seconds } = await oesCall("score", { records });
    for (const s of scores) oes.scores.set(s.id, s);
    oes.message = `last ${records.length === 1 ? "response" : `${records.length} responses`} scored in ` +
      `${seconds.toFixed(2)} s`;
  } catch (e) {
    // A response the model cannot score (a bug) is reported and skipped; the model stays loaded.
    console.error(e);
    oes.message = `could not score: ${e.message}`;
  } finally {
    oes.busy = false;
  }
  renderOes();
  pumpOes();
}

const PERSPECTIVES = ["satisfaction", "recommendation", "ease", "loyalty"];

function renderOes() {
  const tile = $("tile-oes");
  const scored = state.submissions.map((s) => oes.scores.get(s.id)).filter(Boolean);
  tile.dataset.state = oes.state;
  tile.dataset.scored = String(scored.length);
  tile.classList.toggle("pending", scored.length === 0);
  const waiting = state.submissions.length - scored.length;
  $("oes-status").textContent = {
    loading: "Loading the on-device model…",
    unavailable: "Model not available",
    ready: waiting > 0 ? `Scoring ${waiting}…` : `On-device model · ${scored.length} scored`,
  }[oes.state];
  const latest = scored.at(-1);
  for (const p of PERSPECTIVES) {
    const cell = tile.querySelector(`.oes-cell[data-p="${p}"]`);
    const value = cell.querySelector(".oes-value");
    if (scored.length === 0) {
      value.textContent = "–";
      value.className = "oes-value";
      delete value.dataset.value;
      cell.querySelector(".oes-latest").textContent = "";
      continue;
    }
    const mean = scored.reduce((sum, s) => sum + s[p], 0) / scored.length;
    value.textContent = mean.toFixed(1);
    value.dataset.value = String(mean);
    value.className = `oes-value ${mean >= 7 ? "good" : mean >= 5 ? "ok" : "bad"}`;
    cell.querySelector(".oes-latest").textContent = `latest ${latest[p].toFixed(1)} · confidence ` +
      `${Math.round(latest.confidence[p] * 100)}%`;
  }
  const note = $("oes-note");
  if (oes.state === "unavailable") {
    note.textContent = `The OES model could not be loaded (${oes.message}); every other figure on this page is ` +
      "unaffected. Serve the model files under /models/ (node demo/serve.mjs does) to see the scores.";
  } else if (latest) {
    const themes = latest.reasons.themes.map((t) => `${t.theme.replace("_", " ")} (${t.polarity >= 0 ? "+" : "−"})`);
    const top = latest.reasons.answers[0];
    const moved = top ? `; the answer that moved the scores most: ${top.question}` : "";
    note.textContent = `Latest response ${latest.id}: ${themes.length ? `themes ${themes.join(", ")}` : "no theme"}` +
      `${moved}. Computed on this device; ${oes.message}.`;
  } else if (oes.state === "ready") {
    note.textContent = `The model runs on this device (${oes.message}): each submission is scored as it arrives.`;
  }
}

/** NPS of each group of responses (of BATCH in submission order, or of each minute), with its interval. */
function trendGroups() {
  const groups = [];
  if (state.mode === "batch") {
    for (let i = 0; i < state.submissions.length; i += BATCH) {
      const part = state.submissions.slice(i, i + BATCH);
      groups.push({ label: `${i + 1}–${i + part.length}`, part });
    }
  } else {
    const byMinute = new Map();
    for (const s of [...state.submissions].sort((a, b) => a.submitted_at.localeCompare(b.submitted_at))) {
      const d = new Date(s.submitted_at);
      const key = `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
      if (!byMinute.has(key)) byMinute.set(key, []);
      byMinute.get(key).push(s);
    }
    for (const [label, part] of byMinute) groups.push({ label, part });
  }
  return groups.slice(-MAX_GROUPS).map(({ label, part }) => {
    const r = nps(part.map((s) => s.answers.nps));
    return { label, score: r.score, ci: r.ci, n: r.n };
  });
}

function renderTrend() {
  const svg = $("trend");
  const [W, H, L, R, T, B] = [640, 220, 46, 30, 14, 34];
  const y = (v) => T + ((100 - v) / 200) * (H - T - B);
  const groups = trendGroups();
  const step = groups.length > 1 ? (W - L - R) / (groups.length - 1) : 0;
  const x = (i) => (groups.length > 1 ? L + i * step : (L + W - R) / 2);
  let out = "";
  for (const v of [-100, -50, 0, 50, 100]) {
    out += `<line class="grid${v === 0 ? " zero" : ""}" x1="${L}" x2="${W - R}" y1="${y(v)}" y2="${y(v)}"/>`;
    out += `<text class="axis" x="${L - 8}" y="${y(v) + 4}" text-anchor="end">${v > 0 ? "+" : ""}${v}</text>`;
  }
  const points = groups.map((g, i) => ({ ...g, i })).filter((g) => g.score !== null);
  if (points.length === 0) {
    out += `<text class="empty" x="${(L + W - R) / 2}" y="${H / 2 - 6}" text-anchor="middle">` +
      "The trend appears with the first answers</text>";
  } else {
    const upper = points.map((p) => `${x(p.i)},${y(p.ci[1])}`);
    const lower = [...points].reverse().map((p) => `${x(p.i)},${y(p.ci[0])}`);
    const band = [...upper, ...lower];
    if (points.length > 1) out += `<polygon class="band" points="${band.join(" ")}"/>`;
    for (const p of points) {
      out += `<line class="whisker" x1="${x(p.i)}" x2="${x(p.i)}" y1="${y(p.ci[0])}" y2="${y(p.ci[1])}"/>`;
    }
    if (points.length > 1) {
      out += `<polyline class="line" points="${points.map((p) => `${x(p.i)},${y(p.score)}`).join(" ")}"/>`;
    }
    for (const p of points) {
      const tip = `${p.label}: NPS ${formatScore(p.score)} (95% CI ${formatScore(p.ci[0])} to ` +
        `${formatScore(p.ci[1])}), n = ${p.n}`;
      out += `<circle class="point" cx="${x(p.i)}" cy="${y(p.score)}" r="5"><title>${tip}</title></circle>`;
    }
  }
  const every = Math.ceil(groups.length / 8);
  groups.forEach((g, i) => {
    if (i % every === 0 || i === groups.length - 1) {
      out += `<text class="axis" x="${x(i)}" y="${H - 12}" text-anchor="middle">${g.label}</text>`;
    }
  });
  svg.innerHTML = out;
}

async function main() {
  const status = $("status");
  try {
    await init();
    survey = Survey.fromJson(SURVEY);
    npsAcc = new NpsAccumulator();
    csatAcc = new CsatAccumulator({ scale: { min: 1, max: 5 } });
    buildKiosk();
    render();
    $("version").textContent = version();
    status.textContent = `Ready · oes-wasm ${version()} · computed on this device`;
    status.classList.add("ok");
    // For the browser test (and curious visitors): the submissions and the report, from the console.
    window.oesDemo = {
      survey: SURVEY,
      submissions: () => structuredClone(state.submissions),
      report: currentReport,
      nps: () => npsAcc.result(),
      csat: () => csatAcc.result(),
      oes: () => ({ state: oes.state, message: oes.message, scores: state.submissions.map((s) => oes.scores.get(s.id) ?? null) }),
    };
    document.body.dataset.ready = "true";
    startOes();
  } catch (e) {
    console.error(e);
    status.textContent = `Could not start: ${e.message}. Build the package first (oes-wasm/build.sh).`;
    status.classList.add("error");
  }
}

main();
