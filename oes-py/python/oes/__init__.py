"""Exact survey metrics: NPS and eNPS, CSAT, CES (2.0 and legacy), ratings and yes/no questions, with respondent
weights, confidence intervals, significance tests, and reports by segment and time bucket; support ticket metrics;
and the Overall Experience Score model (``Scorer``, with ``pip install onnxruntime``).

Over Dask and PySpark DataFrames: ``oes.dask`` and ``oes.spark`` (``import oes.dask``; ``pip install "oes[dask]"`` or
``"oes[spark]"``), equal to the one-pass results.

A thin layer over the Rust library ``oes-core`` (the extension module ``oes._oes``): every figure, check and error
message comes from it. Definitions: ``docs/metrics.md`` in the repository; a walk-through, with what the OES
model's reasons do and do not mean: ``docs/python-guide.md``. Every public function and class has a docstring with
examples (``help(oes.report)``).

>>> import oes
>>> oes.nps([10, 9, 8, 6, 10]).score
40.0
"""

from ._oes import (
    CesAccumulator,
    CesEffortAccumulator,
    CesEffortResult,
    CesResult,
    Comparison,
    CsatAccumulator,
    CsatResult,
    DurationStats,
    IncompatibleError,
    LimitError,
    ModelError,
    NpsAccumulator,
    NpsResult,
    OesAccumulator,
    OesError,
    OesScore,
    ParameterError,
    RatingAccumulator,
    RatingResult,
    ReadError,
    Report,
    ReportAccumulator,
    Response,
    ResponseError,
    Responses,
    Scorer,
    SupportAccumulator,
    SupportResult,
    Survey,
    SurveyError,
    YesNoAccumulator,
    YesNoResult,
    __version__,
    ces,
    ces_effort,
    compare_nps,
    csat,
    nps,
    rating,
    read_responses,
    report,
    yes_no,
)
from ._frames import read_dataframe

__all__ = [
    "CesAccumulator",
    "CesEffortAccumulator",
    "CesEffortResult",
    "CesResult",
    "Comparison",
    "CsatAccumulator",
    "CsatResult",
    "DurationStats",
    "IncompatibleError",
    "LimitError",
    "ModelError",
    "NpsAccumulator",
    "NpsResult",
    "OesAccumulator",
    "OesError",
    "OesScore",
    "ParameterError",
    "RatingAccumulator",
    "RatingResult",
    "ReadError",
    "Report",
    "ReportAccumulator",
    "Response",
    "ResponseError",
    "Responses",
    "Scorer",
    "SupportAccumulator",
    "SupportResult",
    "Survey",
    "SurveyError",
    "YesNoAccumulator",
    "YesNoResult",
    "__version__",
    "ces",
    "ces_effort",
    "compare_nps",
    "csat",
    "nps",
    "rating",
    "read_dataframe",
    "read_responses",
    "report",
    "yes_no",
]
