"""`oes.spark` on Spark in local mode (two cores): every report and metric equals the one-pass result of `oes` on the
same rows. Needs a Java runtime (`run_tests.sh` installs one where it can); without one the module is skipped with
the reason."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from typing import Any, Iterator

import pandas as pd
import pytest

import oes
from conftest import EXAMPLES


def _java_problem() -> str:
    java = shutil.which("java", path=os.path.join(os.environ["JAVA_HOME"], "bin")) if os.environ.get("JAVA_HOME") else None
    java = java or shutil.which("java")
    if java is None:
        return "no Java runtime (java is not on PATH and JAVA_HOME is not set): Spark cannot start"
    run = subprocess.run([java, "-version"], capture_output=True, text=True)
    if run.returncode != 0:
        return f"`java -version` failed: {run.stderr.strip()}"
    return ""


if _java_problem():
    pytest.skip(_java_problem(), allow_module_level=True)

pytest.importorskip("pyspark")
import oes.spark  # noqa: E402
from pyspark.sql import SparkSession  # noqa: E402

# PySpark warns that it does not fully support pandas 3 yet; what these tests use works (they check it).
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")

SURVEY = oes.Survey.from_file(EXAMPLES / "survey.json")
CSV = EXAMPLES / "responses.csv"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    # The Python workers run this interpreter (the one with `oes` installed).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("oes-tests")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        # Not UTC, so that timestamps must keep their instant on the way to the Python workers.
        .config("spark.sql.session.timeZone", "America/New_York")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def csv_frame() -> pd.DataFrame:
    return pd.read_csv(CSV)


@pytest.fixture(scope="module")
def csv_df(spark: Any, csv_frame: pd.DataFrame) -> Any:
    return spark.createDataFrame(csv_frame).repartition(5)


@pytest.fixture(scope="module")
def typed_frame() -> pd.DataFrame:
    """Datetimes (UTC), weights, booleans and lists: the frame `Responses.to_pandas` makes."""
    frame = oes.read_responses(SURVEY, EXAMPLES / "responses.jsonl").to_pandas()
    frame["weight"] = [1.0 + (i % 4) * 0.25 for i in range(len(frame))]
    return frame


@pytest.mark.parametrize("by, every", [(None, None), ("store", "month"), (["store", "channel"], "week")])
def test_report_of_a_csv_equals_one_pass(csv_df: Any, csv_frame: pd.DataFrame, by: Any, every: Any) -> None:
    got = oes.spark.report(csv_df, SURVEY, by=by, every=every)
    one_pass = oes.report(SURVEY, csv_frame, by=by, every=every)
    assert got.to_dict() == one_pass.to_dict()
    assert got == one_pass


def test_report_of_timestamps_arrays_and_weights(spark: Any, typed_frame: pd.DataFrame) -> None:
    df = spark.createDataFrame(typed_frame).repartition(4)
    kinds = {f.name: f.dataType.typeName() for f in df.schema.fields}
    assert (kinds["submitted_at"], kinds["liked"], kinds["return_intent"]) == ("timestamp", "array", "boolean")
    options = dict(by=["store", "channel"], every="day", confidence=0.9, min_group_size=2, denominator="shown")
    got = oes.spark.report(df, SURVEY, weight="weight", depth=3, **options)
    assert got == oes.report(SURVEY, typed_frame, **options)


def test_accumulate_returns_an_accumulator_that_merges(csv_df: Any, csv_frame: pd.DataFrame) -> None:
    first, second = csv_df.where("id < 'r0300'"), csv_df.where("id >= 'r0300'")
    parts = [oes.spark.accumulate(p, SURVEY, by="region", every="month") for p in (first, second)]
    assert sum(parts).finish() == oes.report(SURVEY, csv_frame, by="region", every="month")


def test_report_with_the_oes_scored_on_the_executors(spark: Any, csv_frame: pd.DataFrame) -> None:
    pytest.importorskip("onnxruntime")
    scorer = oes.Scorer(threads=1)
    rows = csv_frame.iloc[:60]
    got = oes.spark.report(spark.createDataFrame(rows).repartition(2), SURVEY, every="month", scorer=scorer)
    assert got.to_dict()["groups"][0]["periods"][0]["oes"]["ease"]["n"] > 0
    assert got == oes.report(SURVEY, rows, every="month", scorer=scorer)


def test_a_response_in_two_partitions_is_refused(spark: Any, csv_frame: pd.DataFrame) -> None:
    df = spark.createDataFrame(csv_frame.iloc[:50]).union(spark.createDataFrame(csv_frame.iloc[40:60]))
    with pytest.raises(Exception, match="IncompatibleError|cannot merge|used twice"):
        oes.spark.report(df, SURVEY)


@pytest.mark.parametrize(
    "name, column, kwargs",
    [
        ("nps", "nps", {}),
        ("nps", "nps", {"interval": "wald", "confidence": 0.9}),
        ("csat", "csat", {"scale": (1, 5), "threshold": 4}),
        ("ces", "ces", {"denominator": "shown"}),
        ("ces_effort", "effort", {}),
        ("rating", "csat", {"scale": (1, 5)}),
    ],
)
def test_metric_helpers_equal_one_pass(
    csv_df: Any, csv_frame: pd.DataFrame, name: str, column: str, kwargs: Any
) -> None:
    got = getattr(oes.spark, name)(csv_df, column, **kwargs)
    assert got == getattr(oes, name)(csv_frame[column], **kwargs)


def test_weighted_metrics_and_yes_no(spark: Any, typed_frame: pd.DataFrame) -> None:
    df = spark.createDataFrame(typed_frame).repartition(3)
    assert oes.spark.nps(df, "nps", weights="weight") == oes.nps(typed_frame["nps"], weights=typed_frame["weight"])
    assert oes.spark.yes_no(df, "return_intent", weights="weight") == oes.yes_no(
        typed_frame["return_intent"], weights=typed_frame["weight"]
    )


def test_errors_are_raised_on_the_driver(csv_df: Any, csv_frame: pd.DataFrame) -> None:
    with pytest.raises(oes.ParameterError, match="every"):
        oes.spark.report(csv_df, SURVEY, every="fortnight")
    with pytest.raises(oes.ParameterError, match="depth"):
        oes.spark.report(csv_df, SURVEY, depth=0)
    with pytest.raises(oes.ParameterError, match="no column 'score'"):
        oes.spark.nps(csv_df, "score")
    with pytest.raises(TypeError, match="PySpark DataFrame"):
        oes.spark.report(csv_frame, SURVEY)


def test_without_pyspark_the_error_names_the_extra() -> None:
    code = textwrap.dedent(
        """
        import sys
        sys.modules["pyspark"] = None
        import oes
        try:
            import oes.spark
        except ImportError as e:
            print(e)
        """
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 'pip install "oes[spark]"' in run.stdout
