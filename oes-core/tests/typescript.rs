//! The TypeScript declarations of the npm package's result types are generated from the Rust types: their JSON
//! Schemas (`schemars`, with the `schema` feature, which reads the serde attributes and the doc comments) are turned
//! into TypeScript here and compared with `oes-wasm/src/generated.d.ts`, which the package includes. A change to a
//! result type that is not carried into the declarations fails this test; to regenerate them:
//!
//! ```sh
//! OES_WRITE_TS=1 cargo test -p oes-core --features schema --test typescript
//! ```
#![cfg(feature = "schema")]

use std::fmt::Write;

use schemars::generate::SchemaSettings;
use serde_json::{Map, Value};

const GENERATED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../oes-wasm/src/generated.d.ts");

/// The JSON Schemas of every type the npm package returns, by name (the types they refer to included).
fn definitions() -> Map<String, Value> {
    let mut g = SchemaSettings::draft2020_12().for_serialize().into_generator();
    g.subschema_for::<oes_core::Report>();
    g.subschema_for::<oes_core::Survey>();
    g.subschema_for::<oes_core::io::Rejected>();
    g.subschema_for::<oes_core::oes::OesScore>();
    g.take_definitions(true)
}

/// A doc comment from a schema's description, indented by `indent`.
fn doc(out: &mut String, schema: &Value, indent: &str) {
    let Some(text) = schema.get("description").and_then(Value::as_str) else { return };
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() == 1 {
        let _ = writeln!(out, "{indent}/** {} */", lines[0]);
    } else {
        let _ = writeln!(out, "{indent}/**");
        for line in lines {
            let _ = writeln!(out, "{}", format!("{indent} * {line}").trim_end());
        }
        let _ = writeln!(out, "{indent} */");
    }
}

fn reference(r: &str) -> String {
    r.rsplit('/').next().unwrap_or(r).to_owned()
}

/// The TypeScript type of a schema; `null` is left out where `optional` (a field serde skips when it is `None`).
fn ts(schema: &Value, optional: bool, indent: &str) -> String {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        return reference(r);
    }
    if let Some(c) = schema.get("const") {
        return c.to_string();
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        return values.iter().map(Value::to_string).collect::<Vec<_>>().join(" | ");
    }
    for union in ["anyOf", "oneOf"] {
        if let Some(variants) = schema.get(union).and_then(Value::as_array) {
            if schema.get("properties").is_none() {
                let parts: Vec<String> = variants
                    .iter()
                    .filter(|v| !(optional && v.get("type") == Some(&Value::from("null"))))
                    .map(|v| ts(v, false, indent))
                    .collect();
                return parts.join(" | ");
            }
        }
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    let mut parts = Vec::new();
    for t in types {
        let part = match t {
            "null" if optional => continue,
            "null" => "null".to_owned(),
            "string" => "string".to_owned(),
            "integer" | "number" => "number".to_owned(),
            "boolean" => "boolean".to_owned(),
            "array" => array(schema, indent),
            "object" => object(schema, indent),
            other => panic!("no TypeScript for JSON Schema type {other}: {schema}"),
        };
        parts.push(part);
    }
    assert!(!parts.is_empty(), "no TypeScript for {schema}");
    parts.join(" | ")
}

fn array(schema: &Value, indent: &str) -> String {
    let item = schema.get("items").map_or("unknown".to_owned(), |i| ts(i, false, indent));
    let (min, max) = (schema.get("minItems"), schema.get("maxItems"));
    match (min.and_then(Value::as_u64), max.and_then(Value::as_u64)) {
        (Some(a), Some(b)) if a == b && a <= 4 => format!("[{}]", vec![item; a as usize].join(", ")),
        _ if item.contains(' ') => format!("({item})[]"),
        _ => format!("{item}[]"),
    }
}

/// An object's type: its fields (inline), a record for a map, or its fields and a union of the variants of a
/// flattened enum.
fn object(schema: &Value, indent: &str) -> String {
    let fields = schema.get("properties").and_then(Value::as_object);
    let variants = schema.get("oneOf").or(schema.get("anyOf")).and_then(Value::as_array);
    match (fields, schema.get("additionalProperties")) {
        (None, Some(values)) if values.is_object() => format!("Record<string, {}>", ts(values, false, indent)),
        (None, _) if variants.is_none() => "Record<string, unknown>".to_owned(),
        _ => {
            let body = fields_of(schema, &format!("{indent}  "));
            let own = format!("{{\n{body}{indent}}}");
            match variants {
                None => own,
                Some(variants) => {
                    let options: Vec<String> = variants.iter().map(|v| ts(v, false, indent)).collect();
                    let own = if fields.is_some_and(|f| !f.is_empty()) { format!("{own} & ") } else { String::new() };
                    format!("{own}({})", options.join(" | "))
                }
            }
        }
    }
}

fn fields_of(schema: &Value, indent: &str) -> String {
    let mut out = String::new();
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if let Some(fields) = schema.get("properties").and_then(Value::as_object) {
        for (name, field) in fields {
            let optional = !required.contains(&name.as_str());
            doc(&mut out, field, indent);
            let mark = if optional { "?" } else { "" };
            let _ = writeln!(out, "{indent}{name}{mark}: {};", ts(field, optional, indent));
        }
    }
    out
}

/// The declarations: one per schema, in name order.
fn declarations() -> String {
    let mut out = String::from(
        "// Generated from the Rust types by oes-core/tests/typescript.rs: do not edit by hand.\n\
         // OES_WRITE_TS=1 cargo test -p oes-core --features schema --test typescript\n",
    );
    for (name, schema) in definitions() {
        out.push('\n');
        doc(&mut out, &schema, "");
        let is_plain_object = schema.get("type") == Some(&Value::from("object"))
            && schema.get("properties").is_some()
            && schema.get("oneOf").is_none()
            && schema.get("anyOf").is_none();
        let variants = schema.get("oneOf").or(schema.get("anyOf")).and_then(Value::as_array);
        if is_plain_object {
            let _ = write!(out, "export interface {name} {{\n{}}}\n", fields_of(&schema, "  "));
        } else if let (Some(variants), Some(_)) = (variants, schema.get("properties")) {
            // Fields and a flattened enum: the fields as `{name}Common`, and the type as them and one variant.
            let options: Vec<String> = variants.iter().map(|v| ts(v, false, "")).collect();
            let _ = writeln!(out, "export type {name} = {name}Common & ({});", options.join(" | "));
            let _ = writeln!(out, "/** The fields of every {name}. */");
            let _ = write!(out, "export interface {name}Common {{\n{}}}\n", fields_of(&schema, "  "));
        } else {
            let _ = writeln!(out, "export type {name} = {};", ts(&schema, false, ""));
        }
    }
    out
}

#[test]
fn the_typescript_declarations_are_generated_from_the_rust_types() {
    let generated = declarations();
    if std::env::var_os("OES_WRITE_TS").is_some() {
        std::fs::write(GENERATED, &generated).expect("write oes-wasm/src/generated.d.ts");
    }
    let committed = std::fs::read_to_string(GENERATED).unwrap_or_default();
    assert!(
        committed == generated,
        "oes-wasm/src/generated.d.ts is not what the Rust types give: run \
         `OES_WRITE_TS=1 cargo test -p oes-core --features schema --test typescript` and commit the file"
    );
}
