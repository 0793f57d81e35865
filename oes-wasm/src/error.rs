//! The one place where an [`oes_core::Error`] becomes a JavaScript `Error`.
//!
//! Every exported function returns [`Result<T>`](Result); `?` turns a core error into [`Thrown`], and wasm-bindgen
//! throws it through `From<Thrown> for JsValue`, which calls [`to_js_error`]. Problems with the JavaScript input
//! itself (a string where a number belongs, an unknown option) are reported as core errors too
//! ([`oes_core::Error::InvalidParameter`]), so a caller sees one kind of error with one shape.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;

/// The result type of every exported function.
pub type Result<T, E = Thrown> = std::result::Result<T, E>;

/// A core error on its way to JavaScript.
#[derive(Debug)]
pub struct Thrown(oes_core::Error);

impl From<oes_core::Error> for Thrown {
    fn from(e: oes_core::Error) -> Self {
        Thrown(e)
    }
}

impl From<Thrown> for JsValue {
    fn from(t: Thrown) -> JsValue {
        to_js_error(&t.0)
    }
}

/// An [`oes_core::Error::InvalidParameter`] about the JavaScript argument `name`.
pub fn invalid(name: &'static str, message: impl Into<String>) -> Thrown {
    Thrown(oes_core::Error::InvalidParameter { name, message: message.into() })
}

#[wasm_bindgen(typescript_custom_section)]
const TS_ERROR: &'static str = r#"
/**
 * What every function of this module throws: a JavaScript `Error` whose `message` is the Rust core's message
 * (the same text as the `oes` command and the Python binding print), with the details as properties.
 */
export interface OesError extends Error {
  name: "OesError";
  /** `survey`: a bad survey definition; `response`: a bad response; `invalid_parameter`: an argument or option out
   *  of its domain; `incompatible`: accumulators that cannot be merged; `io`: reading failed; `model`: the OES model
   *  files cannot be loaded or run (`oes-wasm/scorer` only); `limit`: an input over one of the resource limits. */
  kind: "survey" | "response" | "invalid_parameter" | "incompatible" | "io" | "model" | "limit" | "other";
  /** The 1-based line (JSONL, records) or row (CSV, header excluded) of a bad response. */
  line?: number;
  /** The id of a bad response, when it could be read. */
  response?: string;
  /** The question at fault. */
  question?: string;
  /** The parameter at fault (`confidence`, `weights`, `scores`, `options`, ...). */
  parameter?: string;
  /** The resource limit that was exceeded (`periods`, `cells`, ...), with `kind` `limit`. */
  limit?: string;
}
"#;

/// Maps a core error to a JavaScript `Error` named `OesError`: `message` is the core's message, and `kind`, `line`,
/// `response`, `question` and `parameter` carry its fields (see the `OesError` TypeScript interface).
pub fn to_js_error(error: &oes_core::Error) -> JsValue {
    use oes_core::Error as E;
    let js = js_sys::Error::new(&error.to_string());
    js.set_name("OesError");
    let set = |key: &str, value: JsValue| {
        // Setting a property on a fresh, extensible Error object cannot fail.
        let _ = Reflect::set(&js, &JsValue::from_str(key), &value);
    };
    let kind = match error {
        E::Survey { question, .. } => {
            if let Some(q) = question {
                set("question", q.into());
            }
            "survey"
        }
        E::Response { line, response, question, .. } => {
            if let Some(l) = line {
                set("line", JsValue::from_f64(*l as f64));
            }
            if let Some(r) = response {
                set("response", r.into());
            }
            if let Some(q) = question {
                set("question", q.into());
            }
            "response"
        }
        E::InvalidParameter { name, .. } => {
            set("parameter", (*name).into());
            "invalid_parameter"
        }
        E::Incompatible(_) => "incompatible",
        E::Limit { limit, .. } => {
            set("limit", (*limit).into());
            "limit"
        }
        E::Io { .. } => "io",
        // Only the scorer module loads a model (the metrics module has no such error to map).
        #[cfg(feature = "scorer")]
        E::Model(_) => "model",
        _ => "other",
    };
    set("kind", kind.into());
    js.into()
}
