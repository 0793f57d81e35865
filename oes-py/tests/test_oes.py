"""The Overall Experience Score model through `oes.Scorer`: the golden outputs of `tests/fixtures/oes/scores.json`
(computed in Python through onnxruntime, compared as `oes-core/tests/model.rs` does), the inputs `score` and
`score_batch` take, the shape of `OesScore`, DataFrames, threads, and the errors.

Needs the `onnxruntime` package (`run_tests.sh` installs it) and the committed model in `models/`.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import pandas as pd
import polars as pl
import pytest

import oes
from conftest import EXAMPLES, FIXTURES, REPO, assert_same_but_oes, oes_command, read_json

SCORES = read_json(FIXTURES / "oes" / "scores.json")
PERSPECTIVES = ("satisfaction", "recommendation", "ease", "loyalty")

# As in oes-core/tests/model.rs: Rust and Python batch the texts identically, so they agree closely.
TOLERANCE = 1e-3
# The encoder quantises weights only (activations float32), so a score in a batch equals the score of the response
# alone up to float rounding (the fixture's `batching_sensitivity`: 5e-7).
ACROSS_BATCHES = 1e-3


@pytest.fixture(scope="module")
def fixture_scorer() -> Iterator[oes.Scorer]:
    """A scorer for the fixture cases only: each case is scored on its own with the default batch size (32), and no
    other survey's wordings reach its cache, which is how the fixture was computed."""
    yield oes.Scorer(threads=2)


@pytest.fixture(scope="module")
def scorer() -> Iterator[oes.Scorer]:
    yield oes.Scorer(threads=2)


@pytest.fixture(scope="module")
def survey() -> oes.Survey:
    return oes.Survey.from_file(EXAMPLES / "survey.json")


def example_lines(n: int) -> List[str]:
    return (EXAMPLES / "responses.jsonl").read_text(encoding="utf-8").splitlines()[:n]


def case_inputs(case: Dict[str, Any]) -> Tuple[oes.Survey, oes.Response]:
    survey = oes.Survey.from_json(json.dumps(case["survey"]))
    return survey, oes.Response.from_json(survey, json.dumps(case["response"]))


def test_the_fixture_has_cases() -> None:
    assert len(SCORES["cases"]) >= 5


@pytest.mark.parametrize("case", SCORES["cases"], ids=lambda c: c["name"])
def test_scores_match_onnxruntime_in_python(case: Dict[str, Any], fixture_scorer: oes.Scorer) -> None:
    survey, response = case_inputs(case)
    got = fixture_scorer.score(survey, response)
    want = case["expected"]
    name = case["name"]
    assert got.id == case["response"]["id"]
    for p in PERSPECTIVES:
        value = getattr(got, p)
        assert 0.0 <= value <= 10.0, f"{name}: {p} {value}"
        assert abs(value - want[p]) <= TOLERANCE, f"{name}: {p} {value} vs {want[p]}"
        confidence = got.confidence[p]
        assert abs(confidence - want["confidence"][p]) <= TOLERANCE, f"{name}: confidence {p} {confidence}"
    # A batch of one is the same computation; a dict in the JSONL format is the same response.
    assert fixture_scorer.score_batch(survey, [response]) == [got]
    assert fixture_scorer.score(survey, case["response"]) == got


@pytest.fixture(scope="module")
def clause_scorer() -> Iterator[oes.Scorer]:
    """A scorer that reads the themes of comments clause by clause, for the fixture cases only."""
    yield oes.Scorer(threads=2, clause_themes=True)


@pytest.mark.parametrize("case", SCORES["cases"], ids=lambda c: c["name"])
def test_clause_themes_match_onnxruntime_in_python(case: Dict[str, Any], clause_scorer: oes.Scorer,
                                                   fixture_scorer: oes.Scorer) -> None:
    survey, response = case_inputs(case)
    got, whole = clause_scorer.score(survey, response), fixture_scorer.score(survey, response)
    name = case["name"]
    mentions = sorted(got.reasons["themes"], key=lambda m: (m["question"], m["theme"]))
    want = case["expected"]["clause_themes"]
    assert [(m["question"], m["theme"]) for m in mentions] == [(w["question"], w["theme"]) for w in want], name
    for m, w in zip(mentions, want):
        assert abs(m["probability"] - w["probability"]) <= TOLERANCE, f"{name}: {m} vs {w}"
        assert abs(m["polarity"] - w["polarity"]) <= TOLERANCE, f"{name}: {m} vs {w}"
        assert m["probability"] >= SCORES["clause_theme_threshold"]
    # only the themes change
    assert [getattr(got, p) for p in PERSPECTIVES] == [getattr(whole, p) for p in PERSPECTIVES], name
    assert (got.confidence, got.reasons["answers"]) == (whole.confidence, whole.reasons["answers"]), name


def test_clause_themes_are_a_setting_of_the_scorer(clause_scorer: oes.Scorer, fixture_scorer: oes.Scorer) -> None:
    assert clause_scorer.clause_themes and not fixture_scorer.clause_themes
    assert pickle.loads(pickle.dumps(clause_scorer)).clause_themes
    # the fixture exercises the mode: some cases report other themes read clause by clause
    changed = [c["name"] for c in SCORES["cases"]
               if {(t["question"], t["theme"]) for t in c["expected"]["clause_themes"]}
               != {(t["question"], t["theme"]) for t in c["expected"]["themes"]}]
    assert len(changed) >= 2, changed


def test_an_oes_score_mirrors_the_rust_json(scorer: oes.Scorer, survey: oes.Survey) -> None:
    line = example_lines(1)[0]
    score = scorer.score(survey, oes.Response.from_json(survey, line))
    data = score.to_dict()
    assert list(data) == ["id", "satisfaction", "recommendation", "ease", "loyalty", "confidence", "reasons"]
    assert data["id"] == json.loads(line)["id"]
    assert list(data["confidence"]) == list(PERSPECTIVES)
    assert all(0.0 <= data["confidence"][p] <= 1.0 for p in PERSPECTIVES)
    assert list(data["reasons"]) == ["answers", "themes"]
    answered = {q for q, v in json.loads(line)["answers"].items() if v is not None}
    for effect in data["reasons"]["answers"]:
        assert list(effect) == ["question", "effect"]
        assert effect["question"] in answered | {"ticket"}
        assert list(effect["effect"]) == list(PERSPECTIVES)
    for theme in data["reasons"]["themes"]:
        assert list(theme) == ["theme", "question", "polarity", "probability"]
    for key, value in data.items():
        assert getattr(score, key) == value, key

    assert oes.OesScore.from_json(score.to_json()) == score
    assert pickle.loads(pickle.dumps(score)) == score
    assert json.loads(score.to_json()) == data
    assert repr(score).startswith(f"OesScore(id={data['id']!r}, satisfaction=")


def test_reasons_name_the_answers_that_moved_the_scores(scorer: oes.Scorer) -> None:
    s = oes.Survey.from_json(
        json.dumps(
            {
                "id": "s",
                "questions": [
                    {"id": "nps", "kind": "nps", "text": "How likely are you to recommend us to a friend?"},
                    {"id": "why", "kind": "text", "text": "What is the main reason for your score?"},
                ],
            }
        )
    )
    record = {"id": "r1", "submitted_at": "2025-03-01T10:00:00Z", "answers": {"nps": 10, "why": "Great service!"}}
    score = scorer.score(s, record)
    assert any(a["question"] == "nps" and a["effect"]["recommendation"] > 0 for a in score.reasons["answers"])


def test_every_form_of_responses_gives_the_same_batch(
    scorer: oes.Scorer, survey: oes.Survey, tmp_path: Path
) -> None:
    lines = example_lines(12)
    read = oes.Responses.from_jsonl(survey, "\n".join(lines))
    expected = scorer.score_batch(survey, read)
    assert [s.id for s in expected] == [json.loads(line)["id"] for line in lines]

    path = tmp_path / "some.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    objects = [oes.Response.from_json(survey, line) for line in lines]
    assert scorer.score_batch(survey, path) == expected
    assert scorer.score_batch(survey, str(path)) == expected
    assert scorer.score_batch(survey, list(read)) == expected  # Responses iterate as dicts
    assert scorer.score_batch(survey, objects) == expected
    assert scorer.score_batch(survey, tuple(objects)) == expected
    assert scorer.score_batch(survey, (r for r in objects)) == expected
    assert scorer.score_batch(survey, objects[:6] + list(read)[6:]) == expected
    assert scorer.score_batch(survey, []) == []


def test_a_dataframe_is_read_as_report_reads_it(scorer: oes.Scorer, survey: oes.Survey) -> None:
    df = pd.read_csv(EXAMPLES / "responses.csv").head(10)
    df["submitted_at"] = pd.to_datetime(df["submitted_at"], utc=True, format="ISO8601")
    expected = scorer.score_batch(survey, oes.read_dataframe(survey, df))
    assert len(expected) == 10
    assert scorer.score_batch(survey, df) == expected
    frame = pl.read_csv(EXAMPLES / "responses.csv").head(10)
    assert scorer.score_batch(survey, frame) == scorer.score_batch(survey, oes.read_dataframe(survey, frame))


def test_score_batch_keeps_the_order_and_agrees_with_score(scorer: oes.Scorer, survey: oes.Survey) -> None:
    objects = [oes.Response.from_json(survey, line) for line in example_lines(16)]
    batch = scorer.score_batch(survey, objects)
    single = [scorer.score(survey, r) for r in objects]
    assert [s.id for s in batch] == [r.id for r in objects] == [s.id for s in single]
    for b, s in zip(batch, single):
        for p in PERSPECTIVES:
            assert abs(getattr(b, p) - getattr(s, p)) <= ACROSS_BATCHES, f"{b.id}: {p}"
    # The same batch again gives the same scores, to the bit.
    assert scorer.score_batch(survey, objects) == batch


def test_scores_are_those_of_the_command_line(scorer: oes.Scorer, survey: oes.Survey, tmp_path: Path) -> None:
    """`oes score` prints one JSON line per response: the JSON of `OesScore`, for the same batch."""
    path = tmp_path / "some.jsonl"
    path.write_text("\n".join(example_lines(12)), encoding="utf-8")
    expected = [s.to_dict() for s in scorer.score_batch(survey, path)]
    command = oes_command()
    env = dict(os.environ)
    env.setdefault("ORT_DYLIB_PATH", str(oes_runtime()))
    out = subprocess.run(
        [str(command), "score", "--survey", str(EXAMPLES / "survey.json"), "--responses", str(path), "--threads", "2"],
        check=True, capture_output=True, text=True, env=env,
    ).stdout
    assert [json.loads(line) for line in out.splitlines()] == expected


def oes_runtime() -> Path:
    """ONNX Runtime's shared library in the onnxruntime package of this interpreter."""
    import importlib.util

    spec = importlib.util.find_spec("onnxruntime")
    assert spec is not None and spec.submodule_search_locations
    capi = Path(list(spec.submodule_search_locations)[0]) / "capi"
    return sorted(capi.glob("libonnxruntime.so*"))[0]


def test_the_head_in_onnx_runtime_gives_the_same_scores(scorer: oes.Scorer, survey: oes.Survey) -> None:
    """`native_head=False` runs head.onnx through ONNX Runtime instead of computing it from the file's weights."""
    runtime_head = oes.Scorer(threads=2, native_head=False)
    objects = [oes.Response.from_json(survey, line) for line in example_lines(24)]
    for a, b in zip(scorer.score_batch(survey, objects), runtime_head.score_batch(survey, objects)):
        assert a.id == b.id
        for p in PERSPECTIVES:
            assert abs(getattr(a, p) - getattr(b, p)) <= 1e-5, f"{a.id}: {p}"
            assert abs(a.confidence[p] - b.confidence[p]) <= 1e-5, f"{a.id}: confidence {p}"
        assert [r["question"] for r in a.reasons["answers"]] == [
            r["question"] for r in b.reasons["answers"]
        ]


def test_score_frame(scorer: oes.Scorer, survey: oes.Survey) -> None:
    objects = [oes.Response.from_json(survey, line) for line in example_lines(5)]
    scores = scorer.score_batch(survey, objects)
    df = scorer.score_frame(survey, objects)
    assert isinstance(df, pd.DataFrame)
    perspectives = ["satisfaction", "recommendation", "ease", "loyalty"]
    assert list(df.columns[:5]) == ["id", *perspectives]
    assert list(df.columns[-5:]) == ["submitted_at", "weight", "channel", "region", "store"]
    assert list(df["id"]) == [s.id for s in scores]
    assert list(df["loyalty"]) == [s.loyalty for s in scores]
    assert str(df["ease"].dtype) == "float64"
    records = [r.to_dict() for r in objects]
    assert list(df["store"]) == [r["segments"]["store"] for r in records]
    assert list(df["submitted_at"]) == [pd.Timestamp(r["submitted_at"]).tz_convert("UTC") for r in records]
    assert [None if pd.isna(w) else w for w in df["weight"]] == [r.get("weight") for r in records]
    for row, score in zip(df.itertuples(), scores):
        for p in perspectives:
            assert getattr(row, f"confidence_{p}") == score.confidence[p]
            # The top answer is the one with the largest absolute effect on that perspective.
            effects = {a["question"]: a["effect"][p] for a in score.reasons["answers"]}
            top = getattr(row, f"top_{p}")
            assert abs(effects[top]) == max(abs(e) for e in effects.values())
            assert getattr(row, f"top_{p}_effect") == effects[top]
        assert row.reasons == score.reasons["answers"] and row.themes == score.reasons["themes"]
    frame = scorer.score_frame(survey, objects, library="polars")
    assert isinstance(frame, pl.DataFrame)
    assert frame.columns == list(df.columns)
    assert frame["satisfaction"].to_list() == [s.satisfaction for s in scores]
    assert frame["reasons"].to_list() == list(df["reasons"]) and frame["themes"].to_list() == list(df["themes"])
    assert frame["submitted_at"].to_list() == [t.to_pydatetime() for t in df["submitted_at"]]
    # A comment's themes reach the frame.
    commented = [oes.Response.from_json(survey, line) for line in example_lines(200) if '"comment": "' in line][:3]
    themed = scorer.score_frame(survey, commented)
    assert list(themed["themes"]) == [s.reasons["themes"] for s in scorer.score_batch(survey, commented)]
    with pytest.raises(oes.ParameterError, match="invalid library"):
        scorer.score_frame(survey, objects, library="arrow")  # type: ignore[arg-type]


def test_threads_share_a_scorer(scorer: oes.Scorer) -> None:
    inputs = [case_inputs(c) for c in SCORES["cases"]]
    sequential = [scorer.score(s, r) for s, r in inputs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda sr: scorer.score(*sr), inputs * 2))
    assert threaded == sequential * 2


def test_scoring_releases_the_gil(scorer: oes.Scorer, survey: oes.Survey) -> None:
    """A Python thread keeps running while a batch is scored: the longest pause it sees is far shorter than the
    call (with the GIL held, it would not run at all during the call)."""
    objects = [oes.Response.from_json(survey, line) for line in example_lines(40)]
    stamps: List[float] = []
    stop = threading.Event()

    def spin() -> None:
        while not stop.is_set():
            stamps.append(time.perf_counter())

    thread = threading.Thread(target=spin)
    thread.start()
    try:
        time.sleep(0.02)
        start = time.perf_counter()
        scorer.score_batch(survey, objects)
        end = time.perf_counter()
    finally:
        stop.set()
        thread.join()
    during = [t for t in stamps if start <= t <= end]
    assert end - start > 0.1, "the batch is too small to tell"
    gaps = [b - a for a, b in zip([start] + during, during + [end])]
    assert max(gaps) < 0.5 * (end - start), f"longest pause {max(gaps):.3f} s of a {end - start:.3f} s call"


def test_attributes(scorer: oes.Scorer) -> None:
    assert scorer.model_dir == REPO / "models"
    assert scorer.batch_size == 32
    assert repr(scorer) == f'Scorer(model_dir="{REPO / "models"}", batch_size=32)'


# Errors ---------------------------------------------------------------------------------------------------------


def test_a_response_of_another_survey_is_refused(scorer: oes.Scorer, survey: oes.Survey) -> None:
    other = oes.Survey.from_json('{"id": "other", "questions": [{"id": "nps", "kind": "nps"}]}')
    response = oes.Response.from_json(other, '{"id": "x1", "submitted_at": "2025-01-01T00:00:00Z", "answers": {}}')
    with pytest.raises(oes.IncompatibleError, match='response "x1" was read with another survey than "retail-cx-2025"'):
        scorer.score(survey, response)
    with pytest.raises(oes.IncompatibleError, match="read with another survey"):
        scorer.score_batch(survey, [response])
    read = oes.Responses.from_jsonl(other, '{"id": "x1", "submitted_at": "2025-01-01T00:00:00Z", "answers": {}}')
    with pytest.raises(oes.IncompatibleError, match='response "x1" was read with another survey than "retail-cx-2025"'):
        scorer.score_batch(survey, read)
    # A dict is read with the survey given, with the usual errors.
    with pytest.raises(oes.ResponseError, match="unknown question") as info:
        scorer.score(survey, {"id": "x2", "submitted_at": "2025-01-01T00:00:00Z", "answers": {"nope": 1}})
    assert info.value.response == "x2"
    with pytest.raises(TypeError, match="expected a Response or a dict"):
        scorer.score(survey, 42)  # type: ignore[arg-type]


def test_a_missing_model_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(oes.ModelError, match="cannot read .*encoder.onnx") as info:
        oes.Scorer(model_dir=tmp_path)
    assert isinstance(info.value, oes.OesError) and isinstance(info.value, RuntimeError)
    assert str(tmp_path) in str(info.value)
    monkeypatch.setenv("OES_MODEL_DIR", str(tmp_path / "elsewhere"))
    with pytest.raises(oes.ModelError, match="elsewhere"):
        oes.Scorer()


def test_a_corrupt_model_file_is_refused_unless_checks_are_off(tmp_path: Path) -> None:
    models = REPO / "models"
    for name in ("encoder.onnx", "tokenizer.json", "head.onnx"):
        (tmp_path / name).symlink_to(models / name)
    sums = (models / "checksums.sha256").read_text(encoding="utf-8").splitlines()
    bad = [("0" * 64 + "  head.onnx") if line.split()[-1].lstrip("*") == "head.onnx" else line for line in sums]
    (tmp_path / "checksums.sha256").write_text("\n".join(bad) + "\n", encoding="utf-8")
    with pytest.raises(oes.ModelError, match="head.onnx does not match its checksum"):
        oes.Scorer(model_dir=tmp_path)
    unchecked = oes.Scorer(model_dir=tmp_path, verify_checksums=False, threads=1, batch_size=8)
    assert unchecked.batch_size == 8 and unchecked.model_dir == tmp_path


def test_a_missing_runtime_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ORT_DYLIB_PATH", raising=False)
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # find_spec now finds nothing
    with pytest.raises(oes.ModelError, match="pip install onnxruntime") as info:
        oes.Scorer()
    assert "ONNX Runtime was not found" in str(info.value) and sys.executable in str(info.value)


def test_a_wrong_runtime_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "libonnxruntime.so"
    with pytest.raises(oes.ModelError, match="is not a file.*pip install onnxruntime"):
        oes.Scorer(runtime=missing)
    monkeypatch.setenv("ORT_DYLIB_PATH", str(missing))
    with pytest.raises(oes.ModelError, match="ORT_DYLIB_PATH"):
        oes.Scorer()


def test_long_scoring_reports_progress_and_stops_on_ctrl_c(scorer: oes.Scorer, survey: oes.Survey) -> None:
    responses = oes.Responses.from_jsonl(survey, "\n".join(example_lines(300)))
    seen: List[Tuple[int, int]] = []
    scores = scorer.score_batch(survey, responses, progress=lambda done, total: seen.append((done, total)))
    # Chunks of 256 responses: a report before the first and after each; the same scores as one call without.
    assert seen == [(0, 300), (256, 300), (300, 300)]
    assert scores == scorer.score_batch(survey, responses)
    # Progress on a terminal only: with standard error captured (not a terminal), True shows nothing and works.
    assert scorer.score_batch(survey, responses[:3], progress=True) == scores[:3]

    # Ctrl-C while scoring: the interrupt is seen between two chunks, as KeyboardInterrupt.
    import _thread

    def interrupt(done: int, total: int) -> None:
        if done == 0:
            _thread.interrupt_main()

    # Python's own SIGINT handler, whatever another library of this test session (Dask, Spark) installed.
    import signal

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            scorer.score_batch(survey, responses, progress=interrupt)
    finally:
        signal.signal(signal.SIGINT, previous)


def test_reports_carry_the_oes_as_the_command_line_does(scorer: oes.Scorer, survey: oes.Survey, tmp_path: Path) -> None:
    path = tmp_path / "some.jsonl"
    path.write_text("\n".join(example_lines(40)), encoding="utf-8")
    report = oes.report(survey, path, by="store", min_group_size=1, scorer=scorer).to_dict()
    period = report["groups"][0]["periods"][0]
    assert period["oes"]["satisfaction"]["n"] == 40 and period["oes"]["satisfaction"]["mean"] is not None
    # Without a scorer, no OES; with one, the command's `report --oes` JSON exactly.
    assert "oes" not in oes.report(survey, path, by="store", min_group_size=1).to_dict()["groups"][0]["periods"][0]
    env = dict(os.environ)
    env.setdefault("ORT_DYLIB_PATH", str(oes_runtime()))
    out = subprocess.run(
        [str(oes_command()), "report", "--survey", str(EXAMPLES / "survey.json"), "--responses", str(path), "--by",
         "store", "--min-group-size", "1", "--oes", "--threads", "2", "--format", "json"],
        check=True, capture_output=True, text=True, env=env,
    ).stdout
    assert json.loads(out) == report


def _score_in_a_worker(scorer: oes.Scorer, survey: oes.Survey, lines: List[str]) -> List[oes.OesScore]:
    return scorer.score_batch(survey, oes.Responses.from_jsonl(survey, "\n".join(lines)))


def test_a_scorer_pickles_by_its_model_directory(scorer: oes.Scorer, survey: oes.Survey, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    copy = pickle.loads(pickle.dumps(scorer))
    assert isinstance(copy, oes.Scorer) and copy is not scorer
    assert (copy.model_dir, copy.batch_size) == (scorer.model_dir.resolve(), scorer.batch_size)
    lines = example_lines(12)
    assert _score_in_a_worker(copy, survey, lines) == _score_in_a_worker(scorer, survey, lines)

    # A relative model directory is pickled as an absolute path: it loads from another working directory.
    monkeypatch.chdir(REPO)
    relative = oes.Scorer("models", threads=1, batch_size=8, verify_checksums=False)
    blob = pickle.dumps(relative)
    monkeypatch.chdir(tmp_path)
    moved = pickle.loads(blob)
    assert moved.model_dir == REPO / "models" and moved.batch_size == 8

    # In a worker process, as a process pool or a cluster sends it.
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1) as pool:
        remote = pool.submit(_score_in_a_worker, scorer, survey, lines).result()
    assert remote == _score_in_a_worker(scorer, survey, lines)


def test_a_report_with_the_oes_pickles(scorer: oes.Scorer, survey: oes.Survey) -> None:
    responses = oes.Responses.from_jsonl(survey, "\n".join(example_lines(30)))
    report = oes.report(survey, responses, every="month", min_group_size=1, scorer=scorer)
    assert "oes" in report.to_dict()["groups"][0]["periods"][0]
    copy = pickle.loads(pickle.dumps(report))
    assert copy == report and copy.to_json() == report.to_json()


def test_a_report_accumulator_counts_scored_responses_all_or_nothing(scorer: oes.Scorer, survey: oes.Survey) -> None:
    responses = oes.Responses.from_jsonl(survey, "\n".join(example_lines(40)))
    acc = oes.ReportAccumulator(survey, by="store", every="month")
    acc.add(responses[:25], scorer=scorer)
    rest = oes.ReportAccumulator(survey, by="store", every="month")
    rest.add(responses[25:], scorer=scorer, progress=lambda done, total: None)
    one_pass = oes.report(survey, responses, by="store", every="month", min_group_size=1, scorer=scorer)
    # scored in two calls: the same report but for the OES means' float rounding
    assert_same_but_oes((acc + rest).finish(min_group_size=1).to_dict(), one_pass.to_dict())

    before = acc.copy()
    with pytest.raises(oes.IncompatibleError):
        acc.add(responses[20:30], scorer=scorer)  # responses 20-24 are counted already
    assert acc == before


def test_oes_accumulator_is_the_reports_oes(scorer: oes.Scorer, survey: oes.Survey) -> None:
    responses = oes.read_responses(survey, EXAMPLES / "responses.jsonl")[:60]
    scores = scorer.score_batch(survey, responses)
    weights = [r.get("weight", 1.0) for r in responses.to_list()]
    report = oes.report(survey, responses, scorer=scorer)
    expected = report.to_dict()["groups"][0]["periods"][0]["oes"]

    acc = oes.OesAccumulator()
    acc.add(scores, weights=weights)
    assert acc.count == 60 and acc.result() == expected
    # Any split, merged in any order, pickled on the way, gives the same figures.
    parts = [oes.OesAccumulator() for _ in range(3)]
    for i, (s, w) in enumerate(zip(scores, weights)):
        parts[i % 3].add(s, w)
    parts = [pickle.loads(pickle.dumps(p)) for p in parts]
    assert sum(parts).result() == expected
    assert (parts[2] + parts[0] + parts[1]).result() == expected
    merged = parts[1].copy()
    assert merged.merge(parts[0]).merge(parts[2]) is merged and merged == acc
    assert oes.OesAccumulator.from_json(acc.to_json()) == acc
    assert acc.result(confidence=0.99)["ease"]["ci"] != expected["ease"]["ci"]
    assert repr(acc) == "OesAccumulator(count=60)"

    empty = oes.OesAccumulator().result()
    assert empty["satisfaction"] == {"n": 0, "mean": None, "sd": None, "ci": None}
    with pytest.raises(oes.ParameterError, match="2 weights for 3 scores"):
        acc.add(scores[:3], weights=[1.0, 2.0])
    with pytest.raises(oes.ParameterError, match="weight #2"):
        acc.add(scores[:3], weights=[1.0, -2.0, 1.0])
    with pytest.raises(TypeError, match="OesScore"):
        acc.add([scores[0], "r1"])
    assert acc.count == 60, "a refused add adds nothing"
