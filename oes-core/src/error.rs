//! The one error type of the crate.

use std::fmt;

/// Everything that can go wrong in `oes-core`.
///
/// Bad input is always reported as an error that names where it is (the line, the response id, the question id) and
/// what is wrong with it; nothing in this crate panics on bad input.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A survey definition is invalid: a duplicate question id, a scale that is not `min < max`, a choice question
    /// without options, malformed JSON, ...
    #[error("invalid survey{}: {message}", question_suffix(.question))]
    Survey {
        /// The question at fault, when the problem is about one question.
        question: Option<String>,
        /// What is wrong.
        message: String,
    },

    /// A response is invalid: malformed JSON, a missing id, a bad timestamp or weight, an answer off its scale or of
    /// the wrong type, an unknown question id, ...
    #[error("{}", ResponseLocation { line: *line, response: response.as_deref(), question: question.as_deref(), message })]
    Response {
        /// The 1-based line (JSONL) or row (CSV, header excluded) of the input, when read from a file.
        line: Option<u64>,
        /// The response id, when it could be read.
        response: Option<String>,
        /// The question id, when the problem is about one answer.
        question: Option<String>,
        /// What is wrong.
        message: String,
    },

    /// A parameter is out of its domain: a confidence level outside (0, 1), a weight that is not a positive finite
    /// number, a value off the scale of a metric, mismatched lengths, an unknown segment or period name, ...
    #[error("invalid {name}: {message}")]
    InvalidParameter {
        /// The parameter's name (`confidence`, `weights`, `scores`, ...).
        name: &'static str,
        /// What is wrong.
        message: String,
    },

    /// Two accumulators cannot be merged because they were built for different scales or options.
    #[error("cannot merge: {0}")]
    Incompatible(String),

    /// The OES model could not be loaded or run: ONNX Runtime is missing or too old, a model file is missing,
    /// corrupt (checksum mismatch) or does not have the expected inputs and outputs.
    #[error("OES model: {0}")]
    Model(String),

    /// An input or a setting is over one of the [`crate::Limits`] that keep memory and time bounded: a line or a
    /// text too long, a report with too many periods or cells, too many threads. The message names the limit, its
    /// value and how to raise it.
    #[error("{}", limit_text(limit, *value, message))]
    Limit {
        /// The limit's name, as the command line spells it (`line-bytes`, `text-bytes`, `periods`, `cells`,
        /// `threads`).
        limit: &'static str,
        /// The limit in force.
        value: u64,
        /// What was over it.
        message: String,
    },

    /// Reading a file failed.
    #[error("cannot read {path}: {message}")]
    Io {
        /// The file.
        path: String,
        /// The operating system's message.
        message: String,
    },
}

/// The result type of the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

fn question_suffix(question: &Option<String>) -> String {
    match question {
        Some(q) => format!(", question {q:?}"),
        None => String::new(),
    }
}

/// The text of a limit error: what was over which limit, and how to raise it.
pub(crate) fn limit_text(limit: &str, value: u64, message: &str) -> String {
    let field = limit.replace('-', "_");
    format!(
        "{message}: over the limit {limit} = {value}; raise it with `--limit {limit}=N` on the command line, or the \
         `{field}` entry of `limits` in the library"
    )
}

struct ResponseLocation<'a> {
    line: Option<u64>,
    response: Option<&'a str>,
    question: Option<&'a str>,
    message: &'a str,
}

impl fmt::Display for ResponseLocation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid response")?;
        if let Some(line) = self.line {
            write!(f, " at line {line}")?;
        }
        if let Some(id) = self.response {
            write!(f, " {id:?}")?;
        }
        if let Some(q) = self.question {
            write!(f, ", question {q:?}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl Error {
    pub(crate) fn survey(question: Option<&str>, message: impl Into<String>) -> Self {
        Error::Survey { question: question.map(str::to_owned), message: message.into() }
    }

    pub(crate) fn param(name: &'static str, message: impl Into<String>) -> Self {
        Error::InvalidParameter { name, message: message.into() }
    }

    /// Sets the line of a [`Error::Response`] (other variants are returned unchanged).
    pub(crate) fn at_line(mut self, at: u64) -> Self {
        if let Error::Response { line, .. } = &mut self {
            *line = Some(at);
        }
        self
    }
}
