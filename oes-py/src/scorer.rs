//! The Overall Experience Score model: `Scorer` wraps the core's native scorer ([`oes_core::oes::Scorer`], ONNX
//! Runtime through `ort`), `OesScore` its result.
//!
//! ONNX Runtime is loaded at run time. Where from: `runtime=`, else `ORT_DYLIB_PATH`, else the shared library of the
//! `onnxruntime` package of the running interpreter (found with `importlib.util.find_spec`, without importing it),
//! which is what a Python user has after `pip install onnxruntime`. The first runtime loaded serves the whole process.
//!
//! The model directory: `model_dir=`, else `OES_MODEL_DIR`, else the `models/` folder of the source tree the package
//! was built from (the core's [`default_model_dir`]).
//!
//! Scoring runs without the GIL; a `Scorer` can be shared by threads (the core serialises the model runs).

use std::path::{Path, PathBuf};

use oes_core::oes::{
    default_model_dir, find_runtime, runtime_in_package, PerPerspective, Reasons, Scorer as CoreScorer,
};
use oes_core::Error;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use crate::errors::{parameter, to_py_err};
use crate::json::Json;
use crate::metrics::{result_class, Field};
use crate::survey::{Response, Responses, Survey};

result_class! {
    /// The Overall Experience Score of one response, from `Scorer.score` and `Scorer.score_batch`: four scores on
    /// 0-10, the model's confidence in each (0-1), and the reasons.
    ///
    /// The reasons are `{"answers": [{"question", "effect"}], "themes": [{"theme", "question", "polarity",
    /// "probability"}]}`. An answer's `effect` is how many points (on 0-10) each score moves when that answer alone is
    /// removed and the response scored again; themes are listed from the calibrated threshold stored with the model
    /// and both miss mentions and list wrong ones. Read the caveats in `docs/python-guide.md` ("What the reasons mean") before acting on them.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> survey = oes.Survey.from_json({"id": "pulse", "questions": [
    /// ...     {"id": "nps", "kind": "nps", "text": "How likely are you to recommend us?"},
    /// ...     {"id": "comment", "kind": "text", "text": "Anything else?"}]})
    /// >>> score = oes.Scorer().score(survey, {"id": "r1", "submitted_at": "2025-03-01T09:00:00Z",
    /// ...     "answers": {"nps": 9, "comment": "Fast delivery, friendly staff."}})
    /// >>> score.id, round(score.recommendation)
    /// ('r1', 9)
    /// >>> all(0 <= c <= 1 for c in score.confidence.values())
    /// True
    /// >>> [a["question"] for a in score.reasons["answers"]]
    /// ['nps', 'comment']
    OesScore(oes_core::oes::OesScore) {
        /// The response id.
        id: String,
        /// Satisfaction, on 0-10.
        satisfaction: f64,
        /// Likelihood to recommend, on 0-10.
        recommendation: f64,
        /// Ease (low effort), on 0-10.
        ease: f64,
        /// Loyalty (intent to stay or buy again), on 0-10.
        loyalty: f64,
        /// The model's confidence in each score, `{perspective: probability}` on 0-1: its estimate of the chance
        /// that the score is within 1 point of the truth (calibrated on hand-labelled responses; see
        /// `models/head/CARD.md`).
        confidence: Json<PerPerspective>,
        /// Why: `{"answers": [...], "themes": [...]}`. `answers`: per answer (the question id, `"ticket"` for the
        /// support ticket) its `effect` on each score in points on 0-10 (positive: it pushed the score up), largest
        /// first, effects under 0.05 points left out. `themes`: the themes its comments mention (`theme`,
        /// `question`, `polarity` from -1 to 1, `probability` 0-1), from the threshold of the model's calibration,
        /// most probable first.
        reasons: Json<Reasons>,
    }
}

impl crate::metrics::Repr for oes_core::oes::OesScore {
    /// Short: the id, the four scores to one decimal and the confidences to two, and how many reasons.
    fn repr(&self, py: Python<'_>, name: &str) -> PyResult<String> {
        let c = &self.confidence;
        let (answers, themes) = (self.reasons.answers.len(), self.reasons.themes.len());
        Ok(format!(
            "{name}(id={}, satisfaction={:.1}, recommendation={:.1}, ease={:.1}, loyalty={:.1}, \
             confidence=({:.2}, {:.2}, {:.2}, {:.2}), reasons=({answers} answer{}, {themes} theme{}))",
            PyString::new(py, &self.id).repr()?,
            self.satisfaction,
            self.recommendation,
            self.ease,
            self.loyalty,
            c.satisfaction,
            c.recommendation,
            c.ease,
            c.loyalty,
            if answers == 1 { "" } else { "s" },
            if themes == 1 { "" } else { "s" },
        ))
    }
}

impl Field<Json<PerPerspective>> for PerPerspective {
    fn field(&self) -> Json<PerPerspective> {
        Json(*self)
    }
}

impl Field<Json<Reasons>> for Reasons {
    fn field(&self) -> Json<Reasons> {
        Json(self.clone())
    }
}

/// The shared library of the `onnxruntime` package of this interpreter, if it is installed, found on `sys.path`
/// without its working-directory entries (`""`, `"."` or the current folder itself), so that a folder
/// `./onnxruntime/` where the interpreter happens to run is never taken for the package.
fn installed_runtime(py: Python<'_>) -> PyResult<Option<PathBuf>> {
    // `sys.modules["onnxruntime"] = None` blocks the import, as Python's own import system honours it.
    if py.import("sys")?.getattr("modules")?.get_item("onnxruntime").is_ok_and(|m| m.is_none()) {
        return Ok(None);
    }
    let cwd = std::env::current_dir().ok().and_then(|d| d.canonicalize().ok());
    let mut search = Vec::new();
    for entry in py.import("sys")?.getattr("path")?.try_iter()? {
        let Ok(entry) = entry?.extract::<String>() else { continue };
        let here = entry.is_empty()
            || entry == "."
            || cwd.as_ref().is_some_and(|cwd| Path::new(&entry).canonicalize().is_ok_and(|p| &p == cwd));
        if !here {
            search.push(entry);
        }
    }
    let finder = py.import("importlib.machinery")?.getattr("PathFinder")?;
    let spec = finder.call_method1("find_spec", ("onnxruntime", search))?;
    if spec.is_none() {
        return Ok(None);
    }
    let locations = spec.getattr("submodule_search_locations")?;
    if locations.is_none() {
        return Ok(None);
    }
    let dirs = locations.try_iter()?.map(|l| l?.extract::<String>()).collect::<PyResult<Vec<String>>>()?;
    Ok(runtime_in_package(dirs.into_iter().filter(|d| Path::new(d).is_absolute())))
}

/// ONNX Runtime's shared library: `runtime`, else `ORT_DYLIB_PATH` (both checked by the core), else the library of
/// the `onnxruntime` package of this interpreter.
fn runtime_of(py: Python<'_>, runtime: Option<PathBuf>) -> PyResult<PathBuf> {
    if runtime.is_some() || std::env::var_os("ORT_DYLIB_PATH").is_some_and(|p| !p.is_empty()) {
        return find_runtime(runtime.as_deref()).map_err(to_py_err);
    }
    match installed_runtime(py)? {
        Some(lib) => Ok(lib),
        None => {
            let python: String = py.import("sys")?.getattr("executable")?.extract()?;
            Err(to_py_err(Error::Model(format!(
                "ONNX Runtime was not found: install it into this Python ({python}) with `pip install onnxruntime` \
                 (1.24 or newer), or pass Scorer(runtime=...) or set ORT_DYLIB_PATH to the path of \
                 libonnxruntime.so / onnxruntime.dll / libonnxruntime.dylib"
            ))))
        }
    }
}

/// The model directory: `model_dir`, else `OES_MODEL_DIR`, else the `models/` folder of the source tree this package
/// was built from (the library itself looks nowhere but `OES_MODEL_DIR`).
fn model_dir_of(model_dir: Option<PathBuf>) -> PyResult<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    match model_dir {
        Some(dir) => Ok(dir),
        None => default_model_dir().or_else(|_| {
            let source = manifest.parent().unwrap_or(manifest).join("models");
            if source.join("encoder.onnx").is_file() {
                Ok(source)
            } else {
                Err(to_py_err(Error::Model(
                    "no model directory: pass Scorer(model_dir=...) or set OES_MODEL_DIR (the models/ folder of the \
                     source tree this package was built from is not there)"
                        .into(),
                )))
            }
        }),
    }
}

/// One response: a `Response` (read with `survey`), or a dict in the JSONL format.
fn response_of(py: Python<'_>, survey: &Survey, obj: &Bound<'_, PyAny>) -> PyResult<oes_core::Response> {
    // A response read with another survey is refused by the core, which knows the survey each was read against.
    if let Ok(r) = obj.cast::<Response>() {
        return Ok(r.get().inner.clone());
    }
    if obj.is_instance_of::<PyDict>() || obj.hasattr("keys")? {
        let kwargs = PyDict::new(py);
        kwargs.set_item("allow_nan", false)?;
        kwargs.set_item("ensure_ascii", false)?;
        let text: String = py.import("json")?.getattr("dumps")?.call((obj,), Some(&kwargs))?.extract()?;
        return oes_core::Response::from_json(&survey.inner, &text).map_err(to_py_err);
    }
    Err(PyTypeError::new_err(format!(
        "expected a Response or a dict in the JSONL format, got {}",
        obj.get_type().name()?
    )))
}

/// Responses to score: read ones (borrowed from a `Responses`) or collected ones.
enum Batch<'py> {
    Read(Bound<'py, Responses>),
    Collected(Vec<oes_core::Response>),
}

impl Batch<'_> {
    fn responses(&self) -> &[oes_core::Response] {
        match self {
            Batch::Read(r) => &r.get().inner.responses,
            Batch::Collected(v) => v,
        }
    }
}

/// The `responses` argument of `score_batch`: a `Responses`, a path (JSONL or CSV), a pandas or polars DataFrame
/// (as `report` takes them), or an iterable of `Response` objects and JSONL-format dicts.
fn batch_of<'py>(survey: &Bound<'py, Survey>, obj: &Bound<'py, PyAny>) -> PyResult<Batch<'py>> {
    let py = survey.py();
    if let Ok(read) = obj.cast::<Responses>() {
        return Ok(Batch::Read(read.clone()));
    }
    let listed = obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>();
    if !listed && (obj.is_instance_of::<PyString>() || obj.hasattr("__fspath__")? || obj.hasattr("columns")?) {
        return Ok(Batch::Read(crate::report::responses_of(survey, obj, &oes_core::Limits::default(), &[])?));
    }
    let mut out = Vec::new();
    for item in obj.try_iter()? {
        out.push(response_of(py, survey.get(), &item?)?);
    }
    Ok(Batch::Collected(out))
}

/// Scores responses with the Overall Experience Score model (the text encoder run by ONNX Runtime, the head computed
/// from `head.onnx`'s weights). Loading takes a moment: create one and reuse it (it keeps the sessions and the
/// embeddings of question wordings). Thread-safe. What the scores and their reasons mean, and do not mean:
/// `docs/python-guide.md`; the model's measured accuracy: `models/README.md` and `models/head/CARD.md`.
///
/// Parameters
/// ----------
/// model_dir : str or os.PathLike, optional
///     The folder with `encoder.onnx`, `tokenizer.json`, `head.onnx` and `checksums.sha256` (default:
///     `OES_MODEL_DIR`, else the `models/` folder of the source tree the package was built from).
/// runtime : str or os.PathLike, optional
///     ONNX Runtime's shared library (default: `ORT_DYLIB_PATH`, else the one of the installed `onnxruntime`
///     package).
/// threads : int, optional
///     Threads per model run (default: the available cores; at most 256 unless `limits` raises it).
/// batch_size : int, default 32
///     Texts per encoder run.
/// verify_checksums : bool, default True
///     Check the files against `checksums.sha256`.
/// native_head : bool, default True
///     Compute the head from `head.onnx`'s weights with its per-text parts once per text (much faster without
///     comments), or run `head.onnx` through ONNX Runtime (`False`); the scores agree to about 1e-6.
/// limits : dict, optional
///     `{"threads": N}` raises the most threads allowed.
/// clause_themes : bool, default False
///     Read the themes of comments clause by clause as well as whole: finds more of the themes a comment names at the
///     same precision, at up to about twice the encoder's work for comments of several clauses; the scores do not
///     change (`Scorer::with_clause_themes` in the Rust documentation).
///
/// Raises
/// ------
/// ModelError
///     The runtime or a file is missing, or a file does not match its checksum, or `clause_themes` is asked of a
///     head file without a fit for it.
/// LimitError
///     `threads` is over its limit.
///
/// Examples
/// --------
/// >>> import oes
/// >>> survey = oes.Survey.from_json({"id": "pulse", "questions": [
/// ...     {"id": "nps", "kind": "nps", "text": "How likely are you to recommend us?"},
/// ...     {"id": "comment", "kind": "text", "text": "Anything else?"}]})
/// >>> scorer = oes.Scorer(threads=1)
/// >>> happy = scorer.score(survey, {"id": "r1", "submitted_at": "2025-03-01T09:00:00Z",
/// ...     "answers": {"nps": 9, "comment": "Fast delivery, friendly staff."}})
/// >>> unhappy = scorer.score(survey, {"id": "r2", "submitted_at": "2025-03-01T09:00:00Z",
/// ...     "answers": {"nps": 2, "comment": "The delivery was late and nobody answered my emails."}})
/// >>> happy.satisfaction > unhappy.satisfaction
/// True
/// >>> [t["theme"] for t in happy.reasons["themes"]]
/// ['waiting_time', 'staff']
#[pyclass(module = "oes._oes", frozen)]
#[derive(Debug)]
pub struct Scorer {
    pub(crate) inner: CoreScorer,
    model_dir: PathBuf,
    batch_size: usize,
    /// The other arguments it was made with, for pickling (a pickled scorer is loaded again from `model_dir`).
    args: ScorerArgs,
}

#[derive(Debug, Clone)]
struct ScorerArgs {
    runtime: Option<PathBuf>,
    threads: Option<usize>,
    verify_checksums: bool,
    native_head: bool,
    limits: Option<std::collections::BTreeMap<String, u64>>,
    clause_themes: bool,
}

/// Responses scored per model call between two checks for Ctrl-C and two progress reports.
const CHUNK: usize = 256;

/// How `score_batch` and `report` show their progress: not at all, as a line on standard error (when it is a
/// terminal), or by calling a function with `(done, total)`.
pub(crate) enum Progress<'py> {
    Off,
    Bar,
    Callback(Bound<'py, PyAny>),
}

impl<'py> Progress<'py> {
    /// From the `progress` argument: `False`/`None`, `True`, or a callable.
    pub(crate) fn of(progress: Option<&Bound<'py, PyAny>>) -> PyResult<Self> {
        let Some(p) = progress.filter(|p| !p.is_none()) else { return Ok(Progress::Off) };
        if p.is_callable() {
            return Ok(Progress::Callback(p.clone()));
        }
        if p.extract::<bool>()? {
            let stderr = p.py().import("sys")?.getattr("stderr")?;
            let tty = stderr.call_method0("isatty").and_then(|t| t.extract::<bool>()).unwrap_or(false);
            return Ok(if tty { Progress::Bar } else { Progress::Off });
        }
        Ok(Progress::Off)
    }

    fn report(&self, py: Python<'py>, done: usize, total: usize) -> PyResult<()> {
        match self {
            Progress::Off => Ok(()),
            Progress::Callback(f) => f.call1((done, total)).map(drop),
            Progress::Bar => {
                let percent = (done * 100).checked_div(total).unwrap_or(100);
                let end = if done == total { "\n" } else { "" };
                let line = format!("\rscoring {done}/{total} responses ({percent}%){end}");
                let stderr = py.import("sys")?.getattr("stderr")?;
                stderr.call_method1("write", (line,))?;
                stderr.call_method0("flush").map(drop)
            }
        }
    }
}

/// Scores `responses` in chunks without the GIL, checking for Ctrl-C (`KeyboardInterrupt`) and reporting progress
/// between chunks. How the responses are cut moves the scores by float rounding at most (`Scorer::score_batch`).
pub(crate) fn score_in_chunks(
    py: Python<'_>,
    scorer: &CoreScorer,
    survey: &oes_core::Survey,
    responses: &[oes_core::Response],
    progress: &Progress<'_>,
) -> PyResult<Vec<oes_core::oes::OesScore>> {
    let mut scores = Vec::with_capacity(responses.len());
    progress.report(py, 0, responses.len())?;
    for chunk in responses.chunks(CHUNK) {
        py.check_signals()?;
        scores.extend(py.detach(|| scorer.score_batch(survey, chunk)).map_err(to_py_err)?);
        progress.report(py, scores.len(), responses.len())?;
    }
    Ok(scores)
}

#[pymethods]
impl Scorer {
    /// Loads the model (the parameters are documented on the class).
    #[new]
    #[pyo3(signature = (model_dir=None, runtime=None, threads=None, batch_size=32, verify_checksums=true,
                        native_head=true, limits=None, clause_themes=false))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        model_dir: Option<PathBuf>,
        runtime: Option<PathBuf>,
        threads: Option<usize>,
        batch_size: usize,
        verify_checksums: bool,
        native_head: bool,
        limits: Option<std::collections::BTreeMap<String, u64>>,
        clause_themes: bool,
    ) -> PyResult<Self> {
        let args = ScorerArgs {
            runtime: runtime.clone(),
            threads,
            verify_checksums,
            native_head,
            limits: limits.clone(),
            clause_themes,
        };
        let limits = crate::errors::limits_of(limits)?;
        let model_dir = model_dir_of(model_dir)?;
        let runtime = runtime_of(py, runtime)?;
        let mut builder = CoreScorer::builder()
            .limits(limits)
            .model_dir(&model_dir)
            .runtime(runtime)
            .batch_size(batch_size)
            .verify_checksums(verify_checksums)
            .native_head(native_head)
            .clause_themes(clause_themes);
        if let Some(threads) = threads {
            builder = builder.threads(threads);
        }
        let inner = py.detach(|| builder.build()).map_err(to_py_err)?;
        Ok(Scorer { inner, model_dir, batch_size: batch_size.max(1), args })
    }

    /// The Overall Experience Score of one response.
    ///
    /// Parameters
    /// ----------
    /// survey : Survey
    ///     The survey the response answers.
    /// response : Response or dict
    ///     A `Response` read with `survey`, or a dict in the JSONL format (as `Responses` iterate).
    ///
    /// Returns
    /// -------
    /// OesScore
    ///     Four scores on 0-10, their confidences (0-1) and the reasons.
    ///
    /// Raises
    /// ------
    /// ResponseError
    ///     The dict is not a valid response to `survey`.
    /// IncompatibleError
    ///     The `Response` was read with another survey.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> survey = oes.Survey.from_json({"id": "s", "questions": [{"id": "nps", "kind": "nps"}]})
    /// >>> score = oes.Scorer(threads=1).score(survey, {"id": "r1", "submitted_at": "2025-03-01T09:00:00Z",
    /// ...     "answers": {"nps": 10}})
    /// >>> score.id, score.recommendation > 5, score.reasons["answers"][0]["question"]
    /// ('r1', True, 'nps')
    fn score(&self, py: Python<'_>, survey: &Survey, response: &Bound<'_, PyAny>) -> PyResult<OesScore> {
        let response = response_of(py, survey, response)?;
        let inner = py.detach(|| self.inner.score(&survey.inner, &response)).map_err(to_py_err)?;
        Ok(OesScore { inner })
    }

    /// The Overall Experience Scores of many responses, in their order.
    ///
    /// Texts are embedded in batches across responses; the scores equal those of `score()` one response at a time
    /// (to float rounding). Scoring runs in chunks of 256 responses: Ctrl-C stops it between two
    /// (`KeyboardInterrupt`).
    ///
    /// Parameters
    /// ----------
    /// survey : Survey
    ///     The survey the responses answer.
    /// responses : Responses, path, DataFrame or iterable
    ///     A `Responses`, a path (JSONL or CSV), a pandas or polars DataFrame (as `report` takes them), or an
    ///     iterable of `Response` objects and JSONL-format dicts.
    /// progress : bool or callable, optional
    ///     `True` writes a line on standard error when that is a terminal; a function is called with
    ///     `(done, total)` before the first chunk and after each.
    ///
    /// Returns
    /// -------
    /// list of OesScore
    ///     One per response, in input order.
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> survey = oes.Survey.from_json({"id": "s", "questions": [{"id": "nps", "kind": "nps"}]})
    /// >>> rows = [{"id": f"r{i}", "submitted_at": "2025-03-01T09:00:00Z", "answers": {"nps": i}}
    /// ...         for i in range(11)]
    /// >>> done = []
    /// >>> scores = oes.Scorer(threads=1).score_batch(survey, rows, progress=lambda n, total: done.append(n))
    /// >>> len(scores), done
    /// (11, [0, 11])
    /// >>> scores[10].recommendation > scores[0].recommendation
    /// True
    #[pyo3(signature = (survey, responses, progress=None))]
    fn score_batch<'py>(
        &self,
        py: Python<'py>,
        survey: &Bound<'py, Survey>,
        responses: &Bound<'py, PyAny>,
        progress: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Vec<OesScore>> {
        let progress = Progress::of(progress)?;
        let batch = batch_of(survey, responses)?;
        let scores = score_in_chunks(py, &self.inner, &survey.get().inner, batch.responses(), &progress)?;
        Ok(scores.into_iter().map(|inner| OesScore { inner }).collect())
    }

    /// `score_batch` as a DataFrame: one row per response with its scores, their confidences, the answer that moved
    /// each score most, the answers' effects and the comments' themes (nested columns), and the response's time,
    /// weight and segments.
    ///
    /// Parameters
    /// ----------
    /// survey : Survey
    ///     The survey the responses answer.
    /// responses : Responses, path, DataFrame or iterable
    ///     As `score_batch` takes them.
    /// library : {"pandas", "polars"}, default "pandas"
    ///     The DataFrame library.
    /// progress : bool or callable, optional
    ///     As in `score_batch`.
    ///
    /// Returns
    /// -------
    /// pandas.DataFrame or polars.DataFrame
    ///     The columns are listed in `oes._tidy.scores_frame`; they start with `id`, `satisfaction`,
    ///     `recommendation`, `ease` and `loyalty` (scores on 0-10).
    ///
    /// Examples
    /// --------
    /// >>> import oes
    /// >>> survey = oes.Survey.from_json({"id": "s", "questions": [{"id": "nps", "kind": "nps"}]})
    /// >>> rows = [{"id": "a", "submitted_at": "2025-03-01T09:00:00Z", "answers": {"nps": 3}},
    /// ...         {"id": "b", "submitted_at": "2025-03-01T10:00:00Z", "answers": {"nps": 10}}]
    /// >>> table = oes.Scorer(threads=1).score_frame(survey, rows)
    /// >>> list(table.columns[:5]), list(table["id"])
    /// (['id', 'satisfaction', 'recommendation', 'ease', 'loyalty'], ['a', 'b'])
    #[pyo3(signature = (survey, responses, library="pandas", progress=None))]
    fn score_frame<'py>(
        &self,
        py: Python<'py>,
        survey: &Bound<'py, Survey>,
        responses: &Bound<'py, PyAny>,
        library: &str,
        progress: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let tidy = py.import("oes._tidy")?;
        tidy.call_method1("check_library", (library,))?;
        let progress = Progress::of(progress)?;
        let batch = batch_of(survey, responses)?;
        let scores = score_in_chunks(py, &self.inner, &survey.get().inner, batch.responses(), &progress)?;
        let scores: Vec<OesScore> = scores.into_iter().map(|inner| OesScore { inner }).collect();
        // Each response's time (RFC 3339, UTC), weight (None: counts as 1) and segments.
        let about: Vec<serde_json::Value> = batch
            .responses()
            .iter()
            .map(|r| {
                serde_json::json!({
                    "submitted_at": r.submitted_at().to_string(),
                    "weight": r.weight().map(|w| w.get()),
                    "segments": r.segments(),
                })
            })
            .collect();
        tidy.call_method1("scores_frame", (scores, library, crate::json::to_py(py, &about)?))
    }

    /// The model directory in use.
    #[getter]
    fn model_dir(&self) -> PathBuf {
        self.model_dir.clone()
    }

    /// Texts per encoder run (at least 1).
    #[getter]
    fn batch_size(&self) -> usize {
        self.batch_size
    }

    /// Whether the themes of comments are read clause by clause (the `clause_themes` argument).
    #[getter]
    fn clause_themes(&self) -> bool {
        self.inner.clause_themes()
    }

    /// Pickles as the arguments it was made with: unpickling loads the model again from `model_dir` (an absolute
    /// path when it was found by default), so the folder must be readable where it is unpickled.
    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(
        Bound<'py, PyAny>,
        (
            PathBuf,
            Option<PathBuf>,
            Option<usize>,
            usize,
            bool,
            bool,
            Option<std::collections::BTreeMap<String, u64>>,
            bool,
        ),
    )> {
        let this = slf.get();
        let a = &this.args;
        let absolute = |p: &PathBuf| std::path::absolute(p).unwrap_or_else(|_| p.clone());
        let args = (
            absolute(&this.model_dir),
            a.runtime.as_ref().map(absolute),
            a.threads,
            this.batch_size,
            a.verify_checksums,
            a.native_head,
            a.limits.clone(),
            a.clause_themes,
        );
        Ok((slf.get_type().into_any(), args))
    }

    fn __repr__(&self) -> String {
        format!("Scorer(model_dir={:?}, batch_size={})", self.model_dir.display().to_string(), self.batch_size)
    }
}

/// Aggregates Overall Experience Scores exactly: per perspective the weighted mean, standard deviation and Student t
/// interval, as a report's `oes` figures (each score is rounded to millionths of a point, so the sums are integers
/// and any order or split of the scores gives the same result). Mergeable and picklable, like the metric
/// accumulators.
///
/// Examples
/// --------
/// >>> import oes
/// >>> survey = oes.Survey.from_json({"id": "s", "questions": [{"id": "nps", "kind": "nps"}]})
/// >>> rows = [{"id": f"r{i}", "submitted_at": "2025-03-01T09:00:00Z", "answers": {"nps": i}} for i in (2, 9, 10)]
/// >>> scores = oes.Scorer(threads=1).score_batch(survey, rows)
/// >>> acc = oes.OesAccumulator()
/// >>> acc.add(scores[:2])
/// >>> rest = oes.OesAccumulator()
/// >>> rest.add(scores[2], weights=2.0)
/// >>> total = acc + rest
/// >>> total.count, total.result()["recommendation"]["n"]
/// (3, 3)
#[pyclass(module = "oes._oes", eq)]
#[derive(Debug, Clone, PartialEq)]
pub struct OesAccumulator {
    inner: oes_core::oes::aggregate::OesAccumulator,
}

#[pymethods]
impl OesAccumulator {
    #[new]
    fn new() -> Self {
        OesAccumulator { inner: Default::default() }
    }

    /// Adds scores with their weights; either all are added or, on an error, none.
    ///
    /// Parameters
    /// ----------
    /// scores : OesScore or iterable of OesScore
    ///     One score or many (from `Scorer.score_batch`).
    /// weights : float or sequence of float, optional
    ///     One weight for all, or one per score; default 1.
    ///
    /// Raises
    /// ------
    /// ParameterError
    ///     A weight is out of range, or the numbers of weights and scores differ.
    #[pyo3(signature = (scores, weights=None))]
    fn add(&mut self, scores: &Bound<'_, PyAny>, weights: Option<&Bound<'_, PyAny>>) -> PyResult<()> {
        let scores: Vec<oes_core::oes::OesScore> = match scores.cast::<OesScore>() {
            Ok(one) => vec![one.get().inner.clone()],
            Err(_) => {
                let mut out = Vec::new();
                for item in scores.try_iter().map_err(|_| not_scores(scores))? {
                    let item = item?;
                    out.push(item.cast::<OesScore>().map_err(|_| not_scores(&item))?.get().inner.clone());
                }
                out
            }
        };
        let weights: Vec<f64> = match weights {
            None => vec![1.0; scores.len()],
            Some(w) if w.is_none() => vec![1.0; scores.len()],
            Some(w) => match w.extract::<f64>() {
                Ok(one) => vec![one; scores.len()],
                Err(_) => w.extract::<Vec<f64>>().map_err(|_| {
                    PyTypeError::new_err(format!(
                        "weights must be a number or a sequence of numbers, got {}",
                        w.get_type()
                    ))
                })?,
            },
        };
        if weights.len() != scores.len() {
            return Err(parameter("weights", format!("{} weights for {} scores", weights.len(), scores.len())));
        }
        let weights = weights
            .into_iter()
            .enumerate()
            .map(|(i, w)| {
                oes_core::Weight::new(w).map_err(|e| parameter("weights", format!("weight #{} ({w}): {e}", i + 1)))
            })
            .collect::<PyResult<Vec<_>>>()?;
        for (score, weight) in scores.iter().zip(weights) {
            self.inner.add(score, weight);
        }
        Ok(())
    }

    /// Adds the scores of another accumulator (exact: any order and grouping gives the same result).
    ///
    /// Parameters
    /// ----------
    /// other : OesAccumulator
    ///     Unchanged.
    ///
    /// Returns
    /// -------
    /// OesAccumulator
    ///     This accumulator.
    fn merge<'py>(slf: &Bound<'py, Self>, other: &Bound<'py, Self>) -> PyResult<Bound<'py, Self>> {
        let other = other.borrow().inner;
        slf.borrow_mut().inner.merge(&other).map_err(to_py_err)?;
        Ok(slf.clone())
    }

    /// A new accumulator holding both (the operands are unchanged); `sum(parts)` works too.
    fn __add__(&self, other: &Bound<'_, Self>) -> PyResult<Self> {
        let mut out = self.clone();
        out.inner.merge(&other.borrow().inner).map_err(to_py_err)?;
        Ok(out)
    }

    fn __radd__(&self, other: &Bound<'_, PyAny>) -> PyResult<Self> {
        if other.extract::<i64>().is_ok_and(|n| n == 0) {
            return Ok(self.clone());
        }
        Err(PyTypeError::new_err(format!("cannot add {} and OesAccumulator", other.get_type())))
    }

    /// A copy.
    ///
    /// Returns
    /// -------
    /// OesAccumulator
    ///     An independent accumulator with the same scores.
    fn copy(&self) -> Self {
        self.clone()
    }

    /// Number of scores added.
    #[getter]
    fn count(&self) -> u64 {
        self.inner.count()
    }

    /// The figures, as a report's `oes`.
    ///
    /// Parameters
    /// ----------
    /// confidence : float, default 0.95
    ///     Confidence level of the intervals, in (0, 1).
    ///
    /// Returns
    /// -------
    /// dict
    ///     `{"satisfaction": {"n", "mean", "sd", "ci"}, "recommendation": ..., "ease": ..., "loyalty": ...}`:
    ///     weighted means, standard deviations and Student t intervals on 0-10 (`sd` and `ci` are None below two
    ///     scores).
    #[pyo3(signature = (confidence=0.95))]
    fn result<'py>(&self, py: Python<'py>, confidence: f64) -> PyResult<Bound<'py, PyAny>> {
        let confidence = oes_core::Confidence::new(confidence).map_err(to_py_err)?;
        crate::json::to_py(py, &self.inner.result(confidence))
    }

    /// The exact state as JSON.
    ///
    /// Returns
    /// -------
    /// str
    ///     JSON that `from_json` reads back into an equal accumulator.
    fn to_json(&self) -> PyResult<String> {
        crate::json::state(&self.inner)
    }

    /// An accumulator from `to_json()`.
    ///
    /// Parameters
    /// ----------
    /// text : str
    ///     The JSON `to_json()` wrote.
    ///
    /// Returns
    /// -------
    /// OesAccumulator
    ///     Equal to the accumulator that wrote `text`.
    ///
    /// Raises
    /// ------
    /// ParameterError
    ///     `text` is not the state of an OES accumulator.
    #[staticmethod]
    pub(crate) fn from_json(text: &str) -> PyResult<Self> {
        Ok(OesAccumulator { inner: crate::json::from_state("OesAccumulator", text)? })
    }

    fn __repr__(&self) -> String {
        format!("OesAccumulator(count={})", self.inner.count())
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (&'static str, String))> {
        crate::json::reduce(py, "OesAccumulator", crate::json::state(&self.inner)?)
    }
}

fn not_scores(obj: &Bound<'_, PyAny>) -> PyErr {
    PyTypeError::new_err(format!(
        "scores must be an OesScore or an iterable of OesScore (from Scorer.score_batch), got {}",
        obj.get_type()
    ))
}
