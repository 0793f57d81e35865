//! JavaScript values in and out.
//!
//! **Out:** every record (results, reports, accumulator states) is serialised by the core's serde code with
//! `serde_json` and handed to `JSON.parse`, exactly what `oes report --format json` prints. Numbers round-trip
//! exactly (serde_json writes the shortest representation that parses back to the same `f64`), `u128` sums are
//! strings already, and a non-finite float becomes `null` as it does on the command line.
//!
//! **In:** arguments are read by hand rather than through serde, so that every problem is reported in the core's
//! words with the argument's name and index (`invalid scores: 7.5 at index 2 is not an integer`) and nothing is
//! coerced silently (`"7"` is not `7`, `7.5` is not `7`, `true` is not `1`). `null`, `undefined` and `NaN` are an
//! answer shown and skipped, as `None`, NaN and a masked element are in Python: a `Float64Array` has no other way to
//! hold a missing answer, and pandas has none either.

use std::collections::BTreeMap;

use js_sys::{Array, ArrayBuffer, Object, Reflect};
use oes_core::{Denominator, Every, Interval, MetricOptions, Scale};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::error::{invalid, Result};

/// The largest integer a JavaScript number holds exactly.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// Serialises `value` with the core's serde code and parses it into a JavaScript value.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue> {
    let json = serde_json::to_string(value).map_err(|e| invalid("output", format!("not representable: {e}")))?;
    from_json_text(&json)
}

/// `JSON.parse(text)` for text this crate produced.
pub fn from_json_text(text: &str) -> Result<JsValue> {
    js_sys::JSON::parse(text).map_err(|_| invalid("output", "not valid JSON"))
}

/// A JSON text from a string, or from any other value through `JSON.stringify`.
pub fn json_text(value: &JsValue, name: &'static str) -> Result<String> {
    if let Some(s) = value.as_string() {
        return Ok(s);
    }
    if value.is_undefined() || value.is_function() || value.is_symbol() {
        return Err(invalid(name, format!("expected a JSON string or an object, got {}", describe(value))));
    }
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| invalid(name, format!("cannot be converted to JSON: {}", describe(value))))
}

/// A short description of a value for error messages: `"7"`, `true`, `an object`, `undefined`, ...
pub fn describe(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        let short: String = s.chars().take(40).collect();
        return format!("the string {short:?}");
    }
    if let Some(n) = value.as_f64() {
        return format!("the number {n}");
    }
    if let Some(b) = value.as_bool() {
        return b.to_string();
    }
    if value.is_null() {
        return "null".into();
    }
    if value.is_undefined() {
        return "undefined".into();
    }
    if value.is_bigint() {
        return "a bigint".into();
    }
    if Array::is_array(value) {
        return "an array".into();
    }
    format!("a value of type {}", value.js_typeof().as_string().unwrap_or_default())
}

fn is_nullish(value: &JsValue) -> bool {
    value.is_null() || value.is_undefined()
}

/// The elements of an array or typed array (any other value is an error naming `name`).
fn elements(value: &JsValue, name: &'static str) -> Result<Array> {
    if Array::is_array(value) {
        return Ok(value.clone().unchecked_into());
    }
    if ArrayBuffer::is_view(value) && !value.is_instance_of::<js_sys::DataView>() {
        return Ok(Array::from(value));
    }
    Err(invalid(name, format!("expected an array, got {}", describe(value))))
}

/// An integer from a number, or an error naming `name` and `at`.
fn integer(x: f64, name: &'static str, at: &str) -> Result<i64> {
    if x.fract() != 0.0 || !x.is_finite() || x.abs() > MAX_SAFE_INTEGER {
        return Err(invalid(name, format!("{x}{at} is not an integer")));
    }
    Ok(x as i64)
}

/// Integers, `null` or `undefined` (shown but skipped).
pub fn integers_or_null(value: &JsValue, name: &'static str) -> Result<Vec<Option<i64>>> {
    let array = elements(value, name)?;
    let mut out = Vec::with_capacity(array.length() as usize);
    for (i, v) in array.iter().enumerate() {
        if is_nullish(&v) || v.as_f64().is_some_and(f64::is_nan) {
            out.push(None);
            continue;
        }
        let x = v
            .as_f64()
            .ok_or_else(|| invalid(name, format!("expected an integer or null at index {i}, got {}", describe(&v))))?;
        out.push(Some(integer(x, name, &format!(" at index {i}"))?));
    }
    Ok(out)
}

/// Booleans, `null` or `undefined` (shown but skipped).
pub fn booleans_or_null(value: &JsValue, name: &'static str) -> Result<Vec<Option<bool>>> {
    let array = elements(value, name)?;
    let mut out = Vec::with_capacity(array.length() as usize);
    for (i, v) in array.iter().enumerate() {
        if is_nullish(&v) {
            out.push(None);
            continue;
        }
        let b = v
            .as_bool()
            .ok_or_else(|| invalid(name, format!("expected true, false or null at index {i}, got {}", describe(&v))))?;
        out.push(Some(b));
    }
    Ok(out)
}

/// Numbers (no `null`s).
pub fn numbers(value: &JsValue, name: &'static str) -> Result<Vec<f64>> {
    if let Some(f) = value.dyn_ref::<js_sys::Float64Array>() {
        return Ok(f.to_vec());
    }
    let array = elements(value, name)?;
    let mut out = Vec::with_capacity(array.length() as usize);
    for (i, v) in array.iter().enumerate() {
        out.push(
            v.as_f64().ok_or_else(|| invalid(name, format!("expected a number at index {i}, got {}", describe(&v))))?,
        );
    }
    Ok(out)
}

/// An integer argument (not `7.5`, not `"7"`).
pub fn integer_arg(value: &JsValue, name: &'static str) -> Result<i64> {
    let x = value.as_f64().ok_or_else(|| invalid(name, format!("expected an integer, got {}", describe(value))))?;
    integer(x, name, "")
}

/// An optional weight argument (`undefined` or `null` is 1).
pub fn weight_arg(weight: Option<f64>) -> Result<oes_core::Weight> {
    Ok(match weight {
        None => oes_core::Weight::ONE,
        Some(w) => oes_core::Weight::new(w)?,
    })
}

/// An options object: `undefined` or `null` for all defaults, otherwise a plain object whose keys must all be in
/// `allowed` (a misspelt option is an error, not silently ignored).
pub struct Options {
    object: Option<Object>,
}

impl Options {
    /// Reads `value` as an options object with these keys.
    pub fn new(value: Option<JsValue>, allowed: &[&str]) -> Result<Options> {
        let Some(value) = value.filter(|v| !is_nullish(v)) else {
            return Ok(Options { object: None });
        };
        if !value.is_object() || Array::is_array(&value) || value.is_function() {
            return Err(invalid("options", format!("expected an object, got {}", describe(&value))));
        }
        let object: Object = value.unchecked_into();
        for key in Object::keys(&object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !allowed.contains(&key.as_str()) {
                return Err(invalid(
                    "options",
                    format!("unknown option {key:?} (expected one of {})", allowed.join(", ")),
                ));
            }
        }
        Ok(Options { object: Some(object) })
    }

    /// The value of `key`, `None` when absent, `undefined` or `null`.
    pub fn get(&self, key: &str) -> Option<JsValue> {
        let object = self.object.as_ref()?;
        Reflect::get(object, &JsValue::from_str(key)).ok().filter(|v| !is_nullish(v))
    }

    /// A number option.
    pub fn number(&self, key: &str, name: &'static str) -> Result<Option<f64>> {
        self.get(key)
            .map(|v| v.as_f64().ok_or_else(|| invalid(name, format!("expected a number, got {}", describe(&v)))))
            .transpose()
    }

    /// An integer option.
    pub fn integer(&self, key: &str, name: &'static str) -> Result<Option<i64>> {
        self.get(key).map(|v| integer_arg(&v, name)).transpose()
    }

    /// A string option.
    pub fn string(&self, key: &str, name: &'static str) -> Result<Option<String>> {
        self.get(key)
            .map(|v| v.as_string().ok_or_else(|| invalid(name, format!("expected a string, got {}", describe(&v)))))
            .transpose()
    }

    /// A boolean option.
    pub fn boolean(&self, key: &str, name: &'static str) -> Result<Option<bool>> {
        self.get(key)
            .map(|v| v.as_bool().ok_or_else(|| invalid(name, format!("expected true or false, got {}", describe(&v)))))
            .transpose()
    }

    /// An array-of-strings option.
    pub fn strings(&self, key: &str, name: &'static str) -> Result<Option<Vec<String>>> {
        let Some(v) = self.get(key) else { return Ok(None) };
        // One name stands for a list of one, as in Python (`by: "store"`).
        if let Some(one) = v.as_string() {
            return Ok(Some(vec![one]));
        }
        let array = elements(&v, name)?;
        let mut out = Vec::with_capacity(array.length() as usize);
        for (i, item) in array.iter().enumerate() {
            out.push(
                item.as_string()
                    .ok_or_else(|| invalid(name, format!("expected a string at index {i}, got {}", describe(&item))))?,
            );
        }
        Ok(Some(out))
    }

    /// A `{min, max}` scale option, checked by the core.
    pub fn scale(&self, key: &str) -> Result<Option<Scale>> {
        let Some(v) = self.get(key) else { return Ok(None) };
        let part = |k: &str| -> Result<i32> {
            let x = Reflect::get(&v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
            let n = x.as_f64().ok_or_else(|| {
                invalid("scale", format!("expected {{min, max}} with integer {k}, got {} for {k}", describe(&x)))
            })?;
            let n = integer(n, "scale", &format!(" ({k})"))?;
            i32::try_from(n).map_err(|_| invalid("scale", format!("{k} {n} is out of range")))
        };
        if !v.is_object() {
            return Err(invalid("scale", format!("expected {{min, max}}, got {}", describe(&v))));
        }
        Ok(Some(Scale::new(part("min")?, part("max")?)?))
    }

    /// An object-of-integers option (`{question: value}`).
    pub fn integer_map(&self, key: &str, name: &'static str) -> Result<Option<BTreeMap<String, i32>>> {
        let Some(v) = self.get(key) else { return Ok(None) };
        if !v.is_object() || Array::is_array(&v) {
            return Err(invalid(name, format!("expected an object of name: integer, got {}", describe(&v))));
        }
        let mut out = BTreeMap::new();
        for entry in Object::entries(v.unchecked_ref()).iter() {
            let pair: Array = entry.unchecked_into();
            let k = pair.get(0).as_string().unwrap_or_default();
            let value = integer_arg(&pair.get(1), name)
                .map_err(|_| invalid(name, format!("expected an integer for {k:?}, got {}", describe(&pair.get(1)))))?;
            let value =
                i32::try_from(value).map_err(|_| invalid(name, format!("{value} for {k:?} is out of range")))?;
            out.insert(k, value);
        }
        Ok(Some(out))
    }

    /// `confidence`, `interval` and `denominator` (the keys present among them).
    pub fn metric_options(&self) -> Result<MetricOptions> {
        let mut options = MetricOptions::default();
        if let Some(c) = self.number("confidence", "confidence")? {
            options = options.with_confidence(c)?;
        }
        if let Some(i) = self.string("interval", "interval")? {
            options = options.with_interval(i.parse::<Interval>()?);
        }
        if let Some(d) = self.string("denominator", "denominator")? {
            options = options.with_denominator(d.parse::<Denominator>()?);
        }
        Ok(options)
    }

    /// `every`: `day`, `week`, `month`, `quarter`, `year`, or absent/`null` for all time.
    pub fn every(&self) -> Result<Option<Every>> {
        Ok(self.string("every", "every")?.map(|s| s.parse::<Every>()).transpose()?)
    }
}
