"""`oes.dask` on a real `dask.distributed.LocalCluster` (two worker processes): every report and metric equals the
one-pass result of `oes` on the same rows."""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap
from typing import Any, Iterator

import pandas as pd
import pytest

import oes
from conftest import EXAMPLES, assert_same_but_oes

dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")
import oes.dask  # noqa: E402

SURVEY = oes.Survey.from_file(EXAMPLES / "survey.json")
CSV = EXAMPLES / "responses.csv"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """Two worker processes, one thread each: every partition's accumulator travels pickled to the merges."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def csv_frame() -> pd.DataFrame:
    return pd.read_csv(CSV)


@pytest.fixture(scope="module")
def csv_ddf(client: Any) -> Any:
    ddf = dd.read_csv(CSV, blocksize=12_000, assume_missing=True)
    assert ddf.npartitions >= 4
    return ddf


@pytest.fixture(scope="module")
def typed_frame() -> pd.DataFrame:
    """Datetimes (UTC), weights, booleans and lists: the frame `Responses.to_pandas` makes."""
    frame = oes.read_responses(SURVEY, EXAMPLES / "responses.jsonl").to_pandas()
    frame["weight"] = [1.0 + (i % 4) * 0.25 for i in range(len(frame))]
    return frame


@pytest.mark.parametrize(
    "by, every", [(None, None), ("store", "month"), (["store", "channel"], "week"), ("region", "quarter")]
)
def test_report_of_a_csv_equals_one_pass(csv_ddf: Any, csv_frame: pd.DataFrame, by: Any, every: Any) -> None:
    distributed_report = oes.dask.report(csv_ddf, SURVEY, by=by, every=every, split_every=2)
    one_pass = oes.report(SURVEY, csv_frame, by=by, every=every)
    assert distributed_report.to_dict() == one_pass.to_dict()
    assert distributed_report == one_pass
    assert one_pass.respondents == len(csv_frame)


def test_report_options_are_the_one_call_report_options(csv_ddf: Any, csv_frame: pd.DataFrame) -> None:
    options = dict(
        confidence=0.9, min_group_size=12, interval="wald", denominator="shown", csat_thresholds={"csat": 5}
    )
    got = oes.dask.report(csv_ddf, SURVEY, by="store", every="month", **options)
    assert got.to_dict() == oes.report(SURVEY, csv_frame, by="store", every="month", **options).to_dict()
    assert (got.confidence, got.min_group_size, got.interval) == (0.9, 12, "wald")


def test_report_of_datetimes_lists_and_weights(client: Any, typed_frame: pd.DataFrame) -> None:
    # Dask turns object columns into strings by default, which would write the lists of the multi-choice column as
    # text: keep them as they are.
    with dask.config.set({"dataframe.convert-string": False}):
        ddf = dd.from_pandas(typed_frame, npartitions=5)
    got = oes.dask.report(ddf, SURVEY, by=["store", "channel"], every="week", weight="weight")
    one_pass = oes.report(SURVEY, typed_frame, by=["store", "channel"], every="week")
    assert got == one_pass
    assert got.to_dict()["groups"][0]["periods"][0]["questions"]["liked"]["choice"]["n"] > 0


def test_accumulate_returns_an_accumulator_that_merges(csv_ddf: Any, csv_frame: pd.DataFrame) -> None:
    first, second = csv_ddf.partitions[:2], csv_ddf.partitions[2:]
    parts = [oes.dask.accumulate(p, SURVEY, by="store", every="month") for p in (first, second)]
    assert all(isinstance(p, oes.ReportAccumulator) for p in parts)
    whole = oes.report(SURVEY, csv_frame, by="store", every="month")
    assert sum(parts).finish() == whole
    assert (parts[1] + parts[0]).finish() == whole
    assert pickle.loads(pickle.dumps(parts[0])) == parts[0]


def test_report_with_the_oes_scored_on_the_workers(csv_frame: pd.DataFrame, client: Any) -> None:
    pytest.importorskip("onnxruntime")
    scorer = oes.Scorer(threads=1)
    rows = csv_frame.iloc[:90]
    got = oes.dask.report(dd.from_pandas(rows, npartitions=3), SURVEY, by="store", every="month", scorer=scorer)
    one_pass = oes.report(SURVEY, rows, by="store", every="month", scorer=scorer)
    assert got.to_dict()["groups"][0]["periods"][0]["oes"]["loyalty"]["n"] > 0
    # scored in other batches on the workers: the same report but for the OES means' float rounding
    assert_same_but_oes(got.to_dict(), one_pass.to_dict())
    with pytest.raises(TypeError, match="oes.Scorer"):
        oes.dask.report(dd.from_pandas(rows, npartitions=1), SURVEY, scorer="models")


def test_a_response_in_two_partitions_is_refused(client: Any, csv_frame: pd.DataFrame) -> None:
    rows = pd.concat([csv_frame.iloc[:50], csv_frame.iloc[40:60]], ignore_index=True)
    doubled = dd.from_pandas(rows, chunksize=50, sort=False)  # rows 40-49 in both partitions
    assert doubled.npartitions == 2
    with pytest.raises(oes.IncompatibleError):
        oes.dask.report(doubled, SURVEY, by="store")
    with pytest.raises(oes.ResponseError):
        oes.report(SURVEY, doubled.compute(), by="store")


@pytest.mark.parametrize(
    "name, column, kwargs",
    [
        ("nps", "nps", {}),
        ("nps", "nps", {"interval": "wald", "confidence": 0.9, "denominator": "shown"}),
        ("csat", "csat", {"scale": (1, 5), "threshold": 5}),
        ("ces", "ces", {}),
        ("ces_effort", "effort", {}),
        ("rating", "csat", {"scale": (1, 5)}),
    ],
)
def test_metric_helpers_equal_one_pass(
    csv_ddf: Any, csv_frame: pd.DataFrame, name: str, column: str, kwargs: Any
) -> None:
    got = getattr(oes.dask, name)(csv_ddf[column], **kwargs)
    assert got == getattr(oes, name)(csv_frame[column], **kwargs)


def test_weighted_metrics_and_yes_no(client: Any, typed_frame: pd.DataFrame) -> None:
    with dask.config.set({"dataframe.convert-string": False}):
        ddf = dd.from_pandas(typed_frame, npartitions=6)
    assert oes.dask.nps(ddf["nps"], weights=ddf["weight"]) == oes.nps(typed_frame["nps"], weights=typed_frame["weight"])
    assert oes.dask.yes_no(ddf["return_intent"], weights=ddf["weight"], split_every=3) == oes.yes_no(
        typed_frame["return_intent"], weights=typed_frame["weight"]
    )


def test_errors_are_raised_on_the_client(csv_ddf: Any, csv_frame: pd.DataFrame) -> None:
    with pytest.raises(oes.ParameterError, match="every"):
        oes.dask.report(csv_ddf, SURVEY, every="fortnight")
    with pytest.raises(oes.ParameterError, match="split_every"):
        oes.dask.report(csv_ddf, SURVEY, split_every=1)
    with pytest.raises(oes.ParameterError, match="threshold"):
        oes.dask.csat(csv_ddf["csat"], scale=(1, 5), threshold=9)
    with pytest.raises(TypeError, match="dask DataFrame"):
        oes.dask.report(csv_frame, SURVEY)
    with pytest.raises(oes.ParameterError, match="weights"):
        oes.dask.nps(csv_ddf["nps"], weights=dd.from_pandas(csv_frame["weight"], npartitions=1))
    # A bad answer in a partition is the error of the one-pass read.
    bad = csv_frame.copy()
    bad.loc[7, "nps"] = 11
    with pytest.raises(oes.ResponseError, match="nps"):
        oes.dask.report(dd.from_pandas(bad, npartitions=3), SURVEY)


def test_without_dask_the_error_names_the_extra() -> None:
    code = textwrap.dedent(
        """
        import sys
        sys.modules["dask"] = None
        import oes
        try:
            import oes.dask
        except ImportError as e:
            print(e)
        """
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 'pip install "oes[dask]"' in run.stdout
