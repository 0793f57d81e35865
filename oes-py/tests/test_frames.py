"""DataFrames in (`read_dataframe`, `report(survey, df)`) and out (`Report.to_pandas`, `Report.to_polars`)."""

from __future__ import annotations

import datetime as dt
import json
import math
import warnings
import subprocess

import numpy as np
import pandas as pd
import polars as pl
import pytest

import oes
from conftest import EXAMPLES, oes_command
from pathlib import Path

SURVEY = oes.Survey.from_file(EXAMPLES / "survey.json")
CSV = EXAMPLES / "responses.csv"


def csv_report(**kwargs: object) -> dict:
    return oes.report(SURVEY, oes.read_responses(SURVEY, CSV), **kwargs).to_dict()  # type: ignore[arg-type]


def test_pandas_round_trip_equals_the_csv_reader() -> None:
    df = pd.read_csv(CSV)
    responses = oes.read_dataframe(SURVEY, df, weight="weight")
    from_file = oes.read_responses(SURVEY, CSV)
    assert responses.to_list() == from_file.to_list()
    assert oes.report(SURVEY, df, by=["store"], every="month").to_dict() == csv_report(by=["store"], every="month")


def test_pandas_datetimes_are_converted_to_utc() -> None:
    df = pd.read_csv(CSV)
    df["submitted_at"] = pd.to_datetime(df["submitted_at"], utc=True, format="ISO8601")
    responses = oes.read_dataframe(SURVEY, df)
    assert responses[1]["submitted_at"] == "2025-01-03T09:48:34Z"  # 11:48:34+02:00
    # Reports bucket by the UTC day, so the report is unchanged.
    assert oes.report(SURVEY, df, by="region", every="week").to_dict() == csv_report(by="region", every="week")
    naive = df.assign(submitted_at=df["submitted_at"].dt.tz_localize(None))
    assert oes.read_dataframe(SURVEY, naive).to_list() == responses.to_list()
    as_numpy = df.assign(submitted_at=naive["submitted_at"].to_numpy())
    assert oes.read_dataframe(SURVEY, as_numpy).to_list() == responses.to_list()


def test_polars_round_trip_equals_the_csv_reader() -> None:
    df = pl.read_csv(CSV, infer_schema_length=None)
    assert df.schema["nps"].is_integer()
    assert oes.read_dataframe(SURVEY, df).to_list() == oes.read_responses(SURVEY, CSV).to_list()
    with_times = df.with_columns(pl.col("submitted_at").str.to_datetime(time_zone="UTC"))
    assert with_times.schema["submitted_at"] == pl.Datetime("us", "UTC")
    assert oes.report(SURVEY, with_times, by="channel", every="quarter").to_dict() == csv_report(
        by="channel", every="quarter"
    )


def test_cells_of_every_kind() -> None:
    df = pd.DataFrame(
        {
            "id": [1, 2, 3],
            "submitted_at": [dt.datetime(2025, 3, 1, 12, 0, 0, 250000), "2025-03-02T10:00:00+01:00", dt.date(2025, 3, 3)],
            "nps": [10.0, np.nan, 7.0],
            "return_intent": [True, 0, "No"],
            "liked": [["Prices", "Fast checkout"], "Prices; Click & collect", None],
            "contact_reason": ["Loyalty card", None, ""],
            "comment": ["Gut", None, "  "],
            "w": [2.0, None, 0.5],
            "store": ["Berlin", "Berlin", None],
        }
    )
    rs = oes.read_dataframe(SURVEY, df, weight="w", segments=["store"])
    first, second, third = rs.to_list()
    assert first["id"] == "1" and first["submitted_at"] == "2025-03-01T12:00:00.25Z" and first["weight"] == 2.0
    assert first["answers"] == {
        "nps": 10, "return_intent": True, "contact_reason": "Loyalty card",
        "liked": ["Prices", "Fast checkout"], "comment": "Gut",
    }
    assert second["answers"] == {"return_intent": False, "liked": ["Prices", "Click & collect"]}
    assert "weight" not in second and second["segments"] == {"store": "Berlin"}
    assert third["submitted_at"] == "2025-03-03T00:00:00Z" and third["segments"] == {}
    assert third["answers"] == {"nps": 7, "return_intent": False}


def test_bad_rows_name_the_row() -> None:
    df = pd.DataFrame({"id": ["a", "b"], "submitted_at": ["2025-01-01T00:00:00Z"] * 2, "nps": [9, 11]})
    with pytest.raises(oes.ResponseError) as info:
        oes.read_dataframe(SURVEY, df)
    assert str(info.value) == 'invalid response at line 2 "b", question "nps": 11 is off the scale 0-10'
    lenient = oes.read_dataframe(SURVEY, df, lenient=True)
    assert len(lenient) == 1 and len(lenient.rejected) == 1
    with pytest.raises(oes.ParameterError, match="the DataFrame has no column 'when'"):
        oes.read_dataframe(SURVEY, df, submitted_at="when")
    with pytest.raises(TypeError, match="expected a pandas or polars DataFrame"):
        oes.read_dataframe(SURVEY, {"id": [1]})


def _close(a: object, b: object) -> bool:
    if a is None or (isinstance(a, float) and math.isnan(a)):
        return b is None or (isinstance(b, float) and math.isnan(b)) or b is pd.NA
    return a == b


def test_tidy_tables_match_the_report() -> None:
    report = oes.report(SURVEY, oes.read_responses(SURVEY, EXAMPLES / "responses.jsonl"), by=["store"],
                        every="month", min_group_size=30)
    data = report.to_dict()
    table = report.to_pandas()
    groups, periods = len(data["groups"]), len(data["groups"][0]["periods"])
    assert len(table) == groups * periods * len(SURVEY.question_ids)
    assert list(table.columns[:3]) == ["group", "store", "period"]
    polars_table = report.to_polars()
    assert polars_table.columns == list(table.columns)
    assert polars_table.shape == table.shape
    assert str(polars_table.schema["vs_rest_significant"]) == "Boolean"

    for g, group in enumerate(data["groups"]):
        for p, period in enumerate(group["periods"]):
            rows = table[(table.group == report.group_labels[g]) & (table.period == period["period"])]
            nps_row = rows[rows.question == "nps"].iloc[0]
            assert bool(nps_row.withheld) == period["withheld"]
            if period["withheld"]:
                assert pd.isna(nps_row.value)
                continue
            q = period["questions"]["nps"]
            assert nps_row.figure == "score"
            assert nps_row.value == q["nps"]["score"]
            assert (nps_row.ci_low, nps_row.ci_high) == tuple(q["nps"]["ci"])
            assert nps_row.n == q["nps"]["n"]
            if q["vs_rest"]:
                assert nps_row.vs_rest_diff == q["vs_rest"]["diff"]
                assert bool(nps_row.vs_rest_significant) == q["vs_rest"]["significant"]
            ces_row = rows[rows.question == "ces"].iloc[0]
            ces = period["questions"]["ces"]["ces"]
            assert ces_row.figure == "mean" and ces_row.value == ces["mean"]
            if ces["mean_ci"]:
                assert (ces_row.ci_low, ces_row.ci_high) == tuple(ces["mean_ci"])

    # The polars table holds the same values.
    as_records = polars_table.to_dicts()
    for record, (_, row) in zip(as_records, table.iterrows()):
        for key, value in record.items():
            assert _close(value, row[key]), key


def test_report_json_is_the_command_line_json() -> None:
    report = oes.report(SURVEY, CSV, by="store", every="month", csat_thresholds={"csat": 5}, interval="wald")
    assert json.loads(report.to_json(pretty=True)) == report.to_dict()
    assert report.to_json(pretty=True).startswith('{\n  "survey": "retail-cx-2025"')
    command = oes_command()
    out = subprocess.run(
        [str(command), "report", "--survey", str(EXAMPLES / "survey.json"), "--responses", str(CSV), "--by", "store",
         "--every", "month", "--csat-threshold", "csat=5", "--interval", "wald", "--format", "json"],
        check=True, capture_output=True, text=True,
    ).stdout
    assert out == report.to_json(pretty=True) + "\n"
    assert json.loads(out) == report.to_dict()


def test_cells_are_read_by_the_core_as_csv_cells() -> None:
    # Every column as text, as a spreadsheet export gives it: the core's cell reader gives the CSV reader's responses.
    df = pd.read_csv(CSV, dtype=str, keep_default_na=False)
    assert oes.read_dataframe(SURVEY, df, weight="weight").to_list() == oes.read_responses(SURVEY, CSV).to_list()
    survey = oes.Survey.from_json(
        '{"id": "s", "questions": [{"id": "ok", "kind": "yes_no"}, {"id": "m", "kind": "multi_choice",'
        ' "options": ["a", "b"]}]}'
    )
    rows = {"id": ["r1", "r2", "r3"], "submitted_at": ["2025-01-01T00:00:00Z"] * 3}
    rows |= {"ok": ["Yes", np.int64(0), True], "m": ["b; a", np.array(["a"]), None]}
    read = oes.read_dataframe(survey, pd.DataFrame(rows))
    assert [r["answers"] for r in read.to_list()] == [{"ok": True, "m": ["a", "b"]}, {"ok": False, "m": ["a"]}, {"ok": True}]
    with pytest.raises(oes.ResponseError, match=r'question "ok": expected true or false \(yes/no\), got "maybe"'):
        oes.read_dataframe(survey, pd.DataFrame({**rows, "ok": ["maybe", 1, 0]}))
    assert oes._oes._headlines()["nps"] == ("nps", "score", "ci")


def test_responses_slice_and_become_frames_that_read_back() -> None:
    responses = oes.read_responses(SURVEY, CSV)
    part = responses[10:20:3]
    assert isinstance(part, oes.Responses) and len(part) == 4
    assert part.to_list() == responses.to_list()[10:20:3] and part[0] == responses[10]
    assert len(responses[-5:]) == 5 and len(responses[5:2]) == 0
    df = responses.to_pandas()
    assert list(df.columns[:3]) == ["id", "submitted_at", "weight"] and len(df) == len(responses)
    assert str(df["submitted_at"].dtype).startswith("datetime64[") and str(df["submitted_at"].dt.tz) == "UTC"
    # The same responses (timestamps now in UTC, the same instants): the same report.
    def same(back: oes.Responses) -> None:
        strip = lambda rs: [{k: v for k, v in r.items() if k != "submitted_at"} for r in rs.to_list()]  # noqa: E731
        assert strip(back) == strip(responses)
        kwargs = {"by": "store", "every": "day"}
        assert oes.report(SURVEY, back, **kwargs).to_dict() == oes.report(SURVEY, responses, **kwargs).to_dict()

    same(oes.read_dataframe(SURVEY, df, weight="weight"))
    pl_df = responses.to_polars()
    assert pl_df.height == len(responses)
    same(oes.read_dataframe(SURVEY, pl_df, weight="weight"))


def test_tidy_tables_carry_time_types_and_every_figure() -> None:
    report = oes.report(SURVEY, oes.read_responses(SURVEY, EXAMPLES / "responses.jsonl"), by="store", every="month")
    data = report.to_dict()
    table = report.to_pandas()
    # Periods are an ordered category in time order; start and end are UTC datetimes.
    labels = [p["period"] for p in data["groups"][0]["periods"]]
    assert list(table.period.cat.categories) == labels and table.period.cat.ordered
    assert str(table.start.dtype) == "datetime64[us, UTC]" or str(table.start.dtype).endswith(", UTC]")
    first = table.iloc[0]
    assert first.start == pd.Timestamp(data["groups"][0]["periods"][0]["start"], tz="UTC")
    assert first.end == pd.Timestamp(data["groups"][0]["periods"][0]["end"], tz="UTC")
    assert table.sort_values("period").period.tolist() == sorted(table.period.tolist(), key=labels.index)
    polars_table = report.to_polars()
    assert str(polars_table.schema["period"]).startswith("Enum")
    assert str(polars_table.schema["start"]) == "Datetime(time_unit='us', time_zone='UTC')"

    # figures="all": every scalar figure of every result, named <result>.<figure>, intervals split in two.
    wide = report.to_pandas(figures="all")
    assert list(wide.columns[: len(table.columns)]) == list(table.columns)
    for name in ["nps.promoters_pct", "nps.promoters", "csat.mean", "csat.mean_ci_low", "ces.net_easy",
                 "ces.net_easy_ci_high", "ces_effort.percent_low_effort", "yes_no.effective_n"]:
        assert name in wide.columns, name
    assert str(wide["nps.promoters"].dtype) == "Int64" and str(wide["csat.mean"].dtype) == "float64"
    for g, group in enumerate(data["groups"]):
        for period in group["periods"]:
            if period["withheld"]:
                continue
            rows = wide[(wide.group == report.group_labels[g]) & (wide.period == period["period"])]
            for qid, q in period["questions"].items():
                row = rows[rows.question == qid].iloc[0]
                key = {"single_choice": "choice", "multi_choice": "choice"}.get(q["kind"], q["kind"])
                for figure, value in q[key].items():
                    if isinstance(value, (int, float)) and figure not in ("n", "confidence"):
                        assert _close(value, row[f"{key}.{figure}"]), (qid, figure)
                    elif isinstance(value, list) and len(value) == 2 and figure.endswith("ci"):
                        assert (row[f"{key}.{figure}_low"], row[f"{key}.{figure}_high"]) == tuple(value)
                # Figures of other kinds are missing on this row.
                other = "csat.mean" if key != "csat" else "nps.promoters_pct"
                assert pd.isna(row[other])
    wide_polars = report.to_polars(figures="all")
    assert wide_polars.columns == list(wide.columns)
    assert str(wide_polars.schema["ces.agree"]) == "Int64"
    with pytest.raises(oes.ParameterError, match="expected 'headline' or 'all'"):
        report.to_pandas(figures="everything")


def test_inferred_segments_that_look_like_free_text_are_named() -> None:
    survey = oes.Survey.from_json({"id": "s", "questions": [{"id": "nps", "kind": "nps"}]})
    n = 40
    df = pd.DataFrame({"id": [f"r{i}" for i in range(n)], "submitted_at": ["2025-01-01T00:00:00Z"] * n,
                       "nps": [i % 11 for i in range(n)], "store": ["A", "B"] * (n // 2),
                       "note": [f"called on day {i}" for i in range(n)]})
    with pytest.warns(UserWarning, match=r"column 'note' is read as a segment .* 40 distinct values in 40 rows"):
        read = oes.read_dataframe(survey, df)
    assert read.to_list()[0]["segments"] == {"note": "called on day 0", "store": "A"}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        read = oes.read_dataframe(survey, df, segments=["store"])
        assert read.to_list()[0]["segments"] == {"store": "A"}
        oes.read_dataframe(survey, df.drop(columns="note"))  # a store column is a segment, silently
    # The same from polars, and from the report of the frame (its bulk path decides by the distinct count).
    for frame in (pl.from_pandas(df), df.assign(note=df["note"].astype("string[pyarrow]")),
                  df.assign(note=_in_chunks(df["note"]), store=_in_chunks(df["store"]))):
        with pytest.warns(UserWarning, match=r"column 'note' is read as a segment .* 40 distinct values in 40 rows"):
            oes.report(survey, frame)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            oes.report(survey, frame.drop("note") if isinstance(frame, pl.DataFrame) else frame.drop(columns="note"))
            # A column the report groups by is the caller's choice: not warned about.
            grouped = oes.report(survey, frame, by=["note"], min_group_size=1)
            assert len(grouped.to_dict()["groups"]) == n + 1
    # The same where the report reads the rows one by one (ids of two types: only the row reader reads them).
    numbered = df.assign(id=[i if i % 2 else f"r{i}" for i in range(n)])
    with pytest.warns(UserWarning, match=r"column 'note' is read as a segment"):
        oes.report(survey, numbered)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(oes.report(survey, numbered, by="note", min_group_size=1).to_dict()["groups"]) == n + 1
    # And a partition's accumulator of `oes.dask` and `oes.spark`, column by column and row by row.
    from oes import _parts

    read = _parts.read_options("id", "submitted_at", None, None, False)
    for frame in (df, numbered):
        with pytest.warns(UserWarning, match=r"column 'note' is read as a segment"):
            _parts.report_part([frame], survey, _parts.grouping(None, None, 86400), read)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            part = _parts.report_part([frame], survey, _parts.grouping("note", None, 86400), read)
            assert len(part.finish(min_group_size=1).to_dict()["groups"]) == n + 1


def _records(survey: oes.Survey, df: pd.DataFrame, segments: list) -> list:
    """The rows of `df` as records of the response format, cell by cell (the reference the columnar reader must
    match: what `read_dataframe` built before it read columns)."""
    from oes import _frames

    out = []
    for _, row in df.iterrows():
        answers = {q: _frames._cell(row[q]) for q in survey.question_ids if q in df and not _frames._is_missing(row[q])}
        record = {"answers": answers}
        if not _frames._is_missing(row["id"]):
            record["id"] = str(_frames._integral(row["id"]))
        stamp = _frames._timestamp(row["submitted_at"])
        if stamp is not None:
            record["submitted_at"] = stamp
        record["segments"] = {s: _frames._label(row[s]) for s in segments if not _frames._is_missing(row[s])}
        if "weight" in df and not _frames._is_missing(row["weight"]):
            record["weight"] = float(row["weight"])
        out.append(record)
    return out


def test_the_columnar_reader_reads_what_the_records_say() -> None:
    survey = oes.Survey.from_json({"id": "s", "questions": [
        {"id": "n", "kind": "nps"}, {"id": "c", "kind": "csat"}, {"id": "y", "kind": "yes_no"},
        {"id": "m", "kind": "multi_choice", "options": ["a", "b", "c"]}, {"id": "t", "kind": "text"}]})
    rng = np.random.default_rng(11)
    n = 300
    times = pd.Series(pd.date_range("2025-01-01", periods=n, freq="7h", tz="Europe/Warsaw"))
    df = pd.DataFrame({
        "id": [f"r{i}" for i in range(n)],
        "submitted_at": times,
        "weight": np.where(rng.random(n) < 0.2, np.nan, rng.integers(1, 300, n) / 100),
        "n": pd.array([None if x < 0 else x for x in rng.integers(-2, 11, n)], dtype="Int64"),
        "c": np.where(rng.random(n) < 0.3, np.nan, rng.integers(1, 6, n)).astype("float64"),
        "y": pd.array([None if x == 2 else bool(x) for x in rng.integers(0, 3, n)], dtype="boolean"),
        "m": [["a", "c"], "b; a", None, np.array(["c"]), ("a",), ""] * (n // 6),
        "t": ["fine", None, "  ", "très bien", "", "ok"] * (n // 6),
        "store": pd.Categorical(rng.choice(["A", "B", None], n)),
        "flag": [True, False, None] * (n // 3),
        "code": [1.0, 2.0, np.nan, 10.0, 4.5, 7.0] * (n // 6),
    })
    segments = ["store", "flag", "code"]
    expected = oes.Responses.from_dicts(survey, _records(survey, df, segments), cells=True).to_list()
    assert oes.read_dataframe(survey, df, segments=segments).to_list() == expected
    # Plain NumPy columns (int64, int8, bool), read in place, give what their cells say too.
    numeric = df.assign(n=rng.integers(0, 11, n), c=rng.integers(1, 6, n).astype(np.int8), y=rng.random(n) < 0.5)
    assert str(numeric.y.dtype) == "bool" and str(numeric.n.dtype) == "int64"
    assert oes.read_dataframe(survey, numeric, segments=segments).to_list() == oes.Responses.from_dicts(
        survey, _records(survey, numeric, segments), cells=True).to_list()
    # The same frame with the times as naive UTC datetimes, as RFC 3339 text, and from polars.
    naive = df.assign(submitted_at=times.dt.tz_convert("UTC").dt.tz_localize(None))
    assert oes.read_dataframe(survey, naive, segments=segments).to_list() == expected
    text = df.assign(submitted_at=times.dt.tz_convert("UTC").dt.strftime("%Y-%m-%dT%H:%M:%SZ"))
    assert oes.read_dataframe(survey, text, segments=segments).to_list() == expected
    plain = df.drop(columns=["m", "flag"])
    polars = pl.DataFrame({
        name: ([None if pd.isna(v) else v.to_pydatetime() for v in plain[name]] if name == "submitted_at" else
               [None if pd.isna(v) else v for v in plain[name].astype(object)])
        for name in plain.columns
    }, strict=False)
    assert str(polars.schema["submitted_at"]).startswith("Datetime")
    assert [r for r in oes.read_dataframe(survey, polars, segments=["store", "code"]).to_list()] == [
        dict(r, answers={k: v for k, v in r["answers"].items() if k != "m"},
             segments={k: v for k, v in r["segments"].items() if k != "flag"}) for r in expected]

    # Errors and lenient reads say the same as the record reader, with the row as the line.
    bad = df.copy()
    bad.loc[7, "c"] = 9.0
    bad.loc[12, "id"] = None
    with pytest.raises(oes.ResponseError) as columnar:
        oes.read_dataframe(survey, bad, segments=segments)
    with pytest.raises(oes.ResponseError) as records:
        oes.Responses.from_dicts(survey, _records(survey, bad, segments), cells=True)
    assert str(columnar.value) == str(records.value) and columnar.value.line == 8
    lenient = oes.read_dataframe(survey, bad, segments=segments, lenient=True)
    reference = oes.Responses.from_dicts(survey, _records(survey, bad, segments), lenient=True, cells=True)
    assert lenient.rejected == reference.rejected and len(lenient.rejected) == 2
    assert lenient.to_list() == reference.to_list()


def test_a_report_of_a_file_reads_it_one_response_at_a_time(tmp_path: Path) -> None:
    # The same report as from the responses read first, and the same errors, from JSONL and CSV.
    for path in (EXAMPLES / "responses.jsonl", CSV):
        options = dict(by=["store", "channel"], every="week", confidence=0.9, min_group_size=3)
        assert oes.report(SURVEY, path, **options) == oes.report(SURVEY, oes.read_responses(SURVEY, path), **options)
        assert oes.report(SURVEY, str(path)) == oes.report(SURVEY, oes.read_responses(SURVEY, path))
    lines = (EXAMPLES / "responses.jsonl").read_text(encoding="utf-8").splitlines()
    for name, text in [("twice.jsonl", "\n".join(lines[:5] + lines[2:3])), ("bad.jsonl", "\n".join(lines[:3] + ["{"]))]:
        bad = tmp_path / name
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(oes.ResponseError) as streamed:
            oes.report(SURVEY, bad)
        with pytest.raises(oes.ResponseError) as collected:
            oes.read_responses(SURVEY, bad)
        assert str(streamed.value) == str(collected.value) and streamed.value.line == collected.value.line


def _mixed_frame(n: int = 300) -> pd.DataFrame:
    rng = np.random.default_rng(5)
    times = pd.Series(pd.date_range("2025-01-01", periods=n, freq="7h", tz="Europe/Warsaw"))
    return pd.DataFrame({
        "id": [f"r{i}" for i in range(n)],
        "submitted_at": times,
        "weight": np.where(rng.random(n) < 0.2, np.nan, rng.integers(1, 300, n) / 100),
        "n": pd.array([None if x < 0 else x for x in rng.integers(-2, 11, n)], dtype="Int64"),
        "c": np.where(rng.random(n) < 0.3, np.nan, rng.integers(1, 6, n)).astype("float64"),
        "y": pd.array([None if x == 2 else bool(x) for x in rng.integers(0, 3, n)], dtype="boolean"),
        "one": pd.Categorical(rng.choice(["a", "b", None], n)),
        "m": ["a; c", "b; a", None, "c", "a", ""] * (n // 6),
        "t": ["fine", None, "  ", "très bien", "", "ok"] * (n // 6),
        "store": pd.Categorical(rng.choice(["A", "B", None], n)),
        "channel": rng.choice(["web", "kiosk", " ", "app"], n).astype(object),
        "flag": [True, False, None] * (n // 3),
        "code": [1.0, 2.0, np.nan, 10.0, 4.5, 7.0] * (n // 6),
    })


def _in_chunks(s: pd.Series) -> pd.Series:
    """The text cells of ``s`` as Arrow text in three chunks of uneven length, two of them slices (offset into their
    buffers), as ``read_csv`` makes a column of several chunks."""
    import pyarrow as pa

    a = pa.array(s.astype(object), type=pa.large_string())
    return pd.Series(pd.arrays.ArrowStringArray(pa.chunked_array([a[:7], a[7:30], a[30:]])), index=s.index)


MIXED = oes.Survey.from_json({"id": "s", "questions": [
    {"id": "n", "kind": "nps"}, {"id": "c", "kind": "csat"}, {"id": "y", "kind": "yes_no"},
    {"id": "one", "kind": "single_choice", "options": ["a", "b"]},
    {"id": "m", "kind": "multi_choice", "options": ["a", "b", "c"]}, {"id": "t", "kind": "text"}]})


def test_the_report_of_a_dataframe_counts_its_columns_as_its_rows_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # `oes.report(survey, df)` counts the columns (each distinct cell and label read once) without making a response
    # per row; it must give the report of the rows `read_dataframe` reads, for every kind of column.
    df = _mixed_frame()
    times = df["submitted_at"]
    frames = {
        "pandas": df,
        "naive UTC times": df.assign(submitted_at=times.dt.tz_convert("UTC").dt.tz_localize(None)),
        "text times": df.assign(submitted_at=times.dt.tz_convert("UTC").dt.strftime("%Y-%m-%dT%H:%M:%SZ")),
        "Arrow text": df.assign(
            id=df["id"].astype("string[pyarrow]"), channel=df["channel"].astype("string[pyarrow]"),
            submitted_at=times.dt.strftime("%Y-%m-%dT%H:%M:%S%z").str.replace(r"(\d\d)$", r":\1", regex=True)
            .astype("string[pyarrow]")),
        "Arrow text in chunks": df.assign(
            id=_in_chunks(df["id"]), channel=_in_chunks(df["channel"]),
            submitted_at=_in_chunks(times.dt.tz_convert("UTC").dt.strftime("%Y-%m-%dT%H:%M:%SZ"))),
        "integer ids": df.assign(id=np.arange(len(df)) * 7),
        "numbers in NumPy": df.assign(n=np.arange(len(df)) % 11, c=(np.arange(len(df)) % 5 + 1).astype(np.int8),
                                      y=np.arange(len(df)) % 3 == 0),
        "multi-choice lists": df.assign(m=[["a", "c"], ("b",), None, np.array(["c"]), [], "a"] * (len(df) // 6)),
        "polars": pl.from_pandas(df.drop(columns=["flag"]).assign(one=df["one"].astype(object))),
    }
    rows = {name: oes.read_dataframe(MIXED, frame) for name, frame in frames.items()}
    options = [dict(by=["store"], every="month"), dict(by=["channel", "store", "code"], every="week"),
               dict(by="flag"), dict()]
    for name, frame in frames.items():
        for o in options:
            if name == "polars" and o.get("by") == "flag":
                continue
            expected = oes.report(MIXED, rows[name], min_group_size=1, **o)  # type: ignore[arg-type]
            with monkeypatch.context() as m:
                # Counted in bulk: the rows are never read.
                m.setattr(oes._frames, "read_dataframe", lambda *a, **k: pytest.fail(f"{name}: read row by row"))
                assert oes.report(MIXED, frame, min_group_size=1, **o) == expected, (name, o)  # type: ignore[arg-type]


def _invalid_frames(df: pd.DataFrame) -> dict:
    """``df`` with one invalid row, in each way a cell can be invalid."""
    return {
        "a csat off its scale": df.assign(c=df["c"].where(df.index != 7, 9.0)),
        "a missing id": df.assign(id=df["id"].where(df.index != 12, None)),
        "an id used twice": df.assign(id=df["id"].where(df.index != 30, "r3")),
        "a blank id": df.assign(id=df["id"].where(df.index != 5, "  ")),
        "a missing time": df.assign(submitted_at=df["submitted_at"].where(df.index != 9, pd.NaT)),
        "a bad time": df.assign(submitted_at=df["submitted_at"].astype(str).where(df.index != 3, "yesterday")),
        "an unknown option": df.assign(one=df["one"].astype(object).where(df.index != 40, "z")),
        "a zero weight": df.assign(weight=df["weight"].where(df.index != 2, 0.0)),
        "a yes/no that is not": df.assign(y=df["y"].astype(object).where(df.index != 4, "maybe")),
        "an nps of 4.5": df.assign(n=df["n"].astype("float64").where(df.index != 8, 4.5)),
    }


def test_a_dataframe_with_an_invalid_row_reports_the_rows_error() -> None:
    cases = _invalid_frames(_mixed_frame())
    for name, frame in cases.items():
        with pytest.raises((oes.ResponseError, oes.ParameterError)) as reported:
            oes.report(MIXED, frame, by="store")
        with pytest.raises((oes.ResponseError, oes.ParameterError)) as read:
            oes.report(MIXED, oes.read_dataframe(MIXED, frame), by="store")
        assert str(reported.value) == str(read.value), name


def test_an_accumulator_counts_a_valid_frame_by_column_and_refuses_an_invalid_one_whole() -> None:
    df = _mixed_frame()
    renamed = df.rename(columns={"id": "key", "submitted_at": "at", "weight": "w"})
    read = dict(id="key", submitted_at="at", weight="w", segments=["store", "channel"])
    acc = oes.ReportAccumulator(MIXED, by="store", every="month")
    assert acc._add_frame(renamed, **read)
    expected = oes.ReportAccumulator(MIXED, by="store", every="month")
    expected.add(oes.read_dataframe(MIXED, renamed, **read))  # type: ignore[arg-type]
    assert acc.finish(min_group_size=1) == expected.finish(min_group_size=1)
    # Counted already: the ids are refused, and nothing is added; an invalid row leaves it to the row reader too.
    assert not acc._add_frame(renamed, **read)
    bad = renamed.assign(c=renamed["c"].where(renamed.index != 3, 0.0))
    other = oes.ReportAccumulator(MIXED, by="store", every="month")
    assert not other._add_frame(bad, **read)
    assert acc.finish(min_group_size=1) == expected.finish(min_group_size=1)


def test_arrow_frames_are_read_as_their_pandas_frames(monkeypatch: pytest.MonkeyPatch) -> None:
    # A polars DataFrame or a pyarrow Table is read by the core's Arrow reader (its record batches), a pandas frame
    # cell by cell by its Python values: two readers of one table, which must agree, rows, reports and errors.
    pa = pytest.importorskip("pyarrow")
    pl = pytest.importorskip("polars")
    df = _mixed_frame()
    times = df["submitted_at"]
    n = len(df)
    frames = {
        "mixed": df,
        "naive UTC times": df.assign(submitted_at=times.dt.tz_convert("UTC").dt.tz_localize(None)),
        "millisecond times": df.assign(submitted_at=times.astype("datetime64[ms, Europe/Warsaw]")),
        "text times": df.assign(submitted_at=times.dt.tz_convert("UTC").dt.strftime("%Y-%m-%dT%H:%M:%SZ")),
        "dates": df.assign(submitted_at=times.dt.date),
        # Beyond the nanoseconds' range (1677-2262): read as the instant, never wrapped around.
        "seconds, one in the year 3000": df.assign(submitted_at=times.dt.tz_convert(None).astype("datetime64[s]").where(
            df.index != 6, np.datetime64("3000-01-01T00:00:00", "s"))),
        "integer ids": df.assign(id=np.arange(n) * 7),
        "float ids and segments": df.assign(id=np.arange(n) * 1.0, channel=np.arange(n) % 4 * 0.5),
        "numbers": df.assign(n=np.arange(n) % 11, c=(np.arange(n) % 5 + 1).astype(np.int8), y=np.arange(n) % 3 == 0),
        "multi-choice lists": df.assign(m=[["a", "c"], ["b"], None, ["c"], [], ["a"]] * (n // 6)),
        "columns of nothing": df.assign(t=[None] * n, channel=[None] * n, c=[None] * n),
        "text weights and integer segments": df.assign(weight=[None, "2", " 1.5 "] * (n // 3), flag=np.arange(n) % 3),
    }
    options = [dict(by=["store", "code", "flag"], every="week"), dict(by="store", every="month")]
    far = oes.read_dataframe(MIXED, frames["seconds, one in the year 3000"])[6]
    assert far["submitted_at"] == "3000-01-01T00:00:00Z"
    for name, frame in frames.items():
        expected = oes.read_dataframe(MIXED, frame).to_list()
        table = pa.Table.from_pandas(frame, preserve_index=False)
        arrow = {"pyarrow": table, "record batch": table.combine_chunks().to_batches()[0], "polars": pl.from_arrow(table)}
        for kind, t in arrow.items():
            assert oes.read_dataframe(MIXED, t).to_list() == expected, (name, kind)
            # (Weeks from 2025 to 3000 are more periods than a report may have: years there.)
            for o in [dict(by="store", every="year")] if "3000" in name else options:
                want = oes.report(MIXED, frame, min_group_size=1, **o)  # type: ignore[arg-type]
                with monkeypatch.context() as m:
                    # Counted from the record batches: the rows are never read.
                    m.setattr(oes._frames, "read_dataframe", lambda *a, **k: pytest.fail(f"{name}: read row by row"))
                    assert oes.report(MIXED, t, min_group_size=1, **o) == want, (name, kind, o)  # type: ignore[arg-type]
    # Invalid rows: the same error strictly, the same rejections leniently.
    cases = _invalid_frames(df)
    compared = 0
    for name, frame in cases.items():
        with pytest.raises((oes.ResponseError, oes.ParameterError)) as pandas_error:
            oes.read_dataframe(MIXED, frame)
        lenient = oes.read_dataframe(MIXED, frame, lenient=True)
        try:
            table = pa.Table.from_pandas(frame, preserve_index=False)
        except pa.ArrowInvalid:  # a column of mixed Python types (True and "maybe") has no Arrow type
            continue
        compared += 1
        for kind, t in {"pyarrow": table, "polars": pl.from_arrow(table)}.items():
            for read in (lambda: oes.read_dataframe(MIXED, t), lambda: oes.report(MIXED, t, by="store")):
                with pytest.raises((oes.ResponseError, oes.ParameterError)) as arrow_error:
                    read()
                assert str(arrow_error.value) == str(pandas_error.value), (name, kind)
            got = oes.read_dataframe(MIXED, t, lenient=True)
            assert got.to_list() == lenient.to_list(), (name, kind)
            assert [str(e) for e in got.rejected] == [str(e) for e in lenient.rejected], (name, kind)
    assert compared == len(cases) - 1


def test_an_arrow_frame_names_its_columns_and_refuses_unreadable_ones() -> None:
    pa = pytest.importorskip("pyarrow")
    pl = pytest.importorskip("polars")
    df = _mixed_frame()
    renamed = pl.from_pandas(df.rename(columns={"id": "key", "submitted_at": "at", "weight": "w"}))
    read = dict(id="key", submitted_at="at", weight="w", segments=["store"])
    got = oes.read_dataframe(MIXED, renamed, **read)  # type: ignore[arg-type]
    assert got.to_list() == oes.read_dataframe(MIXED, df, segments=["store"]).to_list()
    acc = oes.ReportAccumulator(MIXED, by="store", every="month")
    assert acc._add_frame(renamed, **read)
    assert not acc._add_frame(renamed, **read)  # the same ids again: nothing added
    assert acc.finish(min_group_size=1) == oes.report(MIXED, df, by="store", every="month", min_group_size=1)
    with pytest.raises(oes.ParameterError, match="the DataFrame has no column 'when'"):
        oes.read_dataframe(MIXED, renamed, id="key", submitted_at="when")
    # polars columns of nothing (its Null type, lists of nothing but empty lists and gaps) read as missing cells and
    # empty lists, as pandas reads them.
    empty = df.assign(t=[None] * len(df), m=[[], None] * (len(df) // 2))
    as_polars = pl.from_pandas(empty).with_columns(pl.col("t").cast(pl.Null), pl.col("m").cast(pl.List(pl.Null)))
    assert as_polars.schema["t"] == pl.Null and as_polars.schema["m"] == pl.List(pl.Null)
    assert oes.read_dataframe(MIXED, as_polars).to_list() == oes.read_dataframe(MIXED, empty).to_list()
    # A column of a type the reader does not take is an error naming the column and its type.
    durations = pl.from_pandas(df).with_columns(pl.duration(days=pl.lit(1)).alias("n"))
    with pytest.raises(oes.ResponseError, match="n: .*Duration"):
        oes.read_dataframe(MIXED, durations)
    with pytest.raises(oes.ResponseError, match="n: .*Duration"):
        oes.report(MIXED, durations)
    # A table of no rows reads as no responses, as a pandas frame does; its report counts no one.
    empty = pa.Table.from_pandas(df.iloc[:0], preserve_index=False)
    assert len(oes.read_dataframe(MIXED, df.iloc[:0])) == len(oes.read_dataframe(MIXED, empty)) == 0
    assert oes.report(MIXED, empty) == oes.report(MIXED, df.iloc[:0])
    assert oes.report(MIXED, empty).respondents == 0


def test_the_command_reads_a_parquet_file_as_python_reads_its_table(tmp_path: Path) -> None:
    # `oes report --responses x.parquet` (the core's Arrow reader) and `oes.report(survey, pyarrow table)` (the table
    # read as its pandas frame) are two readings of one file: they must agree.
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    df = _mixed_frame()
    survey_path = tmp_path / "survey.json"
    survey_path.write_text(MIXED.to_json(), encoding="utf-8")
    for name, frame in [("mixed", df), ("text times", df.assign(
            submitted_at=df["submitted_at"].dt.tz_convert("UTC").dt.strftime("%Y-%m-%dT%H:%M:%SZ")))]:
        path = tmp_path / f"{name.replace(' ', '_')}.parquet"
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), path)
        for options, flags in [(dict(by=["store", "code", "flag"], every="week"),
                                ["--by", "store", "--by", "code", "--by", "flag", "--every", "week"]),
                               (dict(by="channel"), ["--by", "channel"])]:
            expected = oes.report(MIXED, pq.read_table(path), min_group_size=1, **options)  # type: ignore[arg-type]
            out = subprocess.run(
                [str(oes_command()), "report", "--survey", str(survey_path), "--responses", str(path),
                 "--min-group-size", "1", "--format", "json", *flags],
                check=True, capture_output=True, text=True).stdout
            assert json.loads(out) == expected.to_dict(), (name, options)
    # An invalid row: the same error, its line the row number.
    bad = tmp_path / "bad.parquet"
    pq.write_table(pa.Table.from_pandas(df.assign(c=df["c"].where(df.index != 7, 9.0)), preserve_index=False), bad)
    run = subprocess.run([str(oes_command()), "report", "--survey", str(survey_path), "--responses", str(bad)],
                         capture_output=True, text=True)
    with pytest.raises(oes.ResponseError) as python:
        oes.report(MIXED, pq.read_table(bad))
    assert run.returncode != 0 and str(python.value) in run.stderr, run.stderr
