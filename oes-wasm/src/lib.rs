//! WebAssembly bindings of oes-core: exact survey metrics (NPS, CSAT, CES, ratings, yes/no) and segment/trend
//! reports in the browser and in Node.js.
//!
//! ```js
//! import init, { nps, Survey, readJsonl, report } from "oes-wasm";   // browsers: `await init()` first
//!
//! nps([10, 9, 8, 6, 10, null]).score;                                  // 40
//! const survey = Survey.fromJson({ id: "pulse", questions: [{ id: "nps", kind: "nps" }] });
//! const responses = readJsonl(survey, jsonlText, { lenient: true });
//! const r = report(survey, responses, { by: ["store"], every: "month", minGroupSize: 1 });
//! r.groups[0].periods[0].questions.nps.nps.ci;                         // [low, high]
//! ```
//!
//! The JavaScript API mirrors the Rust one in camelCase (`cesEffort`, `yesNo`, `readJsonl`, `addSkipped`,
//! `minGroupSize`), while every **record** it returns — results, reports, accumulator states — is the core's serde
//! form with its snake_case keys (`promoters_pct`, `vs_previous`, `min_group_size`), so the JSON is the same from
//! Rust, Python, JavaScript and `oes report --format json`. Records are serialised with `serde_json` and handed to
//! `JSON.parse`: every number round-trips exactly (see [`convert`]).
//!
//! Every error is thrown as a JavaScript `Error` named `OesError` carrying the core's message, converted in one
//! function ([`error::to_js_error`]). Bad input never panics; a panic would be a bug, and the panic hook installed
//! at start-up prints it on the console.
//!
//! This crate is the *metrics* module of the npm package (`pkg/metrics/`); the OES model scorer will be a second
//! module loaded separately, so that pages that only count answers do not download a model.
//!
//! Build and test everything with `oes-wasm/run_tests.sh`; see `oes-wasm/README.md`.

#![forbid(unsafe_code)]

pub mod convert;
pub mod error;
pub mod metrics;
pub mod report;
#[cfg(feature = "scorer")]
pub mod scorer;
pub mod support;
pub mod survey;

use wasm_bindgen::prelude::*;

/// The declarations of every result type, generated from the Rust types (`oes-core/tests/typescript.rs` checks that
/// the file is what they give).
#[wasm_bindgen(typescript_custom_section)]
const TS_GENERATED: &'static str = include_str!("generated.d.ts");

/// Runs when the module is instantiated: a panic (a bug) is printed on the console with its message.
#[wasm_bindgen(start, private)]
fn start() {
    console_error_panic_hook::set_once();
}

/// The version of the oes-wasm package (and of oes-core it was built from).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
