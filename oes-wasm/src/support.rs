//! Support tickets: `SupportAccumulator` (time to resolution, first reply, within target, reopen rate).

use oes_core::metrics::support::SupportAccumulator as CoreSupport;
use oes_core::{Confidence, Ticket};
use wasm_bindgen::prelude::*;

use crate::convert::{json_text, to_js, Options};
use crate::error::{invalid, Result};

#[wasm_bindgen(typescript_custom_section)]
const TS_SUPPORT: &'static str = r#"
/** The support ticket a response is about (the `ticket` of a response record); times are RFC 3339 or `Date`s. */
export interface TicketRecord {
  opened_at: string | Date;
  first_reply_at?: string | Date | null;
  resolved_at?: string | Date | null;
  /** Contacts until resolution (a non-negative integer). */
  contacts?: number | null;
  /** Times reopened (a non-negative integer, or a boolean). */
  reopened?: number | boolean | null;
  channel?: string | null;
}
/** The exact state of a `SupportAccumulator` (the Rust core's serde form). */
export interface SupportAccumulatorJSON { target_seconds: number; tickets: number; [key: string]: unknown; }
"#;

/// Reads a non-negative resolution target in seconds from `key` of `options` (default 24 hours).
pub(crate) fn target_seconds(options: &Options, key: &str) -> Result<u64> {
    match options.integer(key, "resolution_target_seconds")? {
        None => Ok(oes_core::metrics::support::DEFAULT_TARGET_SECONDS),
        Some(s) => u64::try_from(s).map_err(|_| invalid("resolution_target_seconds", format!("{s} is negative"))),
    }
}

/// Accumulates support tickets exactly (quantiles exact up to 10,000 distinct durations, then 0.5 % accurate);
/// mergeable and serialisable.
#[wasm_bindgen]
pub struct SupportAccumulator {
    inner: CoreSupport,
}

#[wasm_bindgen]
impl SupportAccumulator {
    /// An empty accumulator; `targetSeconds` is the resolution target (default 86400, 24 hours).
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "{ targetSeconds?: number }")] options: Option<JsValue>,
    ) -> Result<SupportAccumulator> {
        let options = Options::new(options, &["targetSeconds"])?;
        Ok(SupportAccumulator { inner: CoreSupport::new(target_seconds(&options, "targetSeconds")?) })
    }

    /// Adds a ticket (checked: times in order, counts non-negative integers).
    pub fn add(&mut self, #[wasm_bindgen(unchecked_param_type = "TicketRecord")] ticket: JsValue) -> Result<()> {
        let text = json_text(&ticket, "ticket")?;
        let value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| invalid("ticket", format!("not JSON: {e}")))?;
        let ticket = Ticket::from_value(&value).map_err(|message| invalid("ticket", message))?;
        self.inner.add(&ticket);
        Ok(())
    }

    /// Adds another accumulator with the same target (throws otherwise).
    pub fn merge(&mut self, other: &SupportAccumulator) -> Result<()> {
        Ok(self.inner.merge(&other.inner)?)
    }

    /// Number of tickets.
    #[wasm_bindgen(getter)]
    pub fn tickets(&self) -> f64 {
        self.inner.tickets() as f64
    }

    /// The figures.
    #[wasm_bindgen(unchecked_return_type = "SupportResult")]
    pub fn result(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "{ confidence?: number }")] options: Option<JsValue>,
    ) -> Result<JsValue> {
        let options = Options::new(options, &["confidence"])?;
        let confidence = match options.number("confidence", "confidence")? {
            Some(c) => Confidence::new(c)?,
            None => Confidence::default(),
        };
        to_js(&self.inner.result(confidence))
    }

    /// The exact state as a plain object.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "SupportAccumulatorJSON")]
    pub fn to_json(&self) -> Result<JsValue> {
        to_js(&self.inner)
    }

    /// An accumulator from a state written by `toJSON`.
    #[wasm_bindgen(js_name = fromJSON)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "SupportAccumulatorJSON | string")] json: JsValue,
    ) -> Result<SupportAccumulator> {
        let text = json_text(&json, "json")?;
        let inner = serde_json::from_str(&text).map_err(|e| invalid("json", format!("not a support state: {e}")))?;
        Ok(SupportAccumulator { inner })
    }
}
