//! The JSON Schema of the wire format, generated from the types.
//!
//! One document: every input and output type under `$defs`, and under
//! `commands` the input and output of each command, as references. The
//! shipped copy is `schema/thidua.schema.json`; a test checks that it is
//! what this generates.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Value, json};

use crate::commands::{Case, CatalogueEntry, CheckOutput, Checks};
use crate::population::{PopulationFile, ReviewReport};

/// A date as the input accepts it.
pub(crate) struct DateText;

impl JsonSchema for DateText {
    fn schema_name() -> Cow<'static, str> {
        "DateText".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        date_schema()
    }
}

fn date_schema() -> Schema {
    json_schema!({
        "type": "string",
        "description": "A date: YYYY-MM-DD or DD/MM/YYYY (written YYYY-MM-DD).",
        "pattern": "^([0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4})$"
    })
}

/// A decimal figure as the input accepts it.
pub(crate) struct DecimalText;

impl JsonSchema for DecimalText {
    fn schema_name() -> Cow<'static, str> {
        "DecimalText".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A decimal: a string (\"2501.1\", or as reports print it, \"2.501,1\") or an integer; never a JSON number with a fraction.",
            "anyOf": [{ "type": "string" }, { "type": "integer" }]
        })
    }
}

/// Replaces every `{"type": "string", "format": "date"}` by the date the
/// input accepts (both forms).
fn lenient_dates(v: &mut Value) {
    match v {
        Value::Object(map) => {
            let is_date = map.get("format").and_then(Value::as_str) == Some("date");
            if is_date {
                map.remove("format");
                if let Value::Object(d) = date_schema().to_value() {
                    for (k, x) in d {
                        map.entry(k).or_insert(x);
                    }
                }
            }
            for x in map.values_mut() {
                lenient_dates(x);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(lenient_dates),
        _ => {}
    }
}

/// The whole document.
pub(crate) fn generate() -> Value {
    let mut g = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let r = |s: Schema| s.to_value();
    let case = r(g.subschema_for::<Case>());
    let verdict = r(g.subschema_for::<thidua::Verdict>());
    let population = r(g.subschema_for::<PopulationFile>());
    let review = r(g.subschema_for::<ReviewReport>());
    let decision = r(g.subschema_for::<thidua::Decision>());
    let money = r(g.subschema_for::<thidua::decision::DecisionMoney>());
    let fund = r(g.subschema_for::<thidua::Fund>());
    let report = r(g.subschema_for::<thidua::fund::FundReport>());
    let checks = r(g.subschema_for::<Checks>());
    let check_out = r(g.subschema_for::<Vec<CheckOutput>>());
    let catalogue = r(g.subschema_for::<Vec<CatalogueEntry>>());
    let person = r(g.subschema_for::<thidua::Person>());
    let collective = r(g.subschema_for::<thidua::Collective>());
    let error = json!({
        "type": "object",
        "description": "What the program writes to standard error.",
        "properties": {
            "error": {
                "type": "object",
                "properties": {
                    "kind": {
                        "description": "usage (exit code 2), io (3), or the id of the library's ErrorKind (1).",
                        "enum": std::iter::once("usage").chain(std::iter::once("io"))
                            .chain(thidua::ErrorKind::ALL.iter().map(|k| k.id()))
                            .collect::<Vec<_>>()
                    },
                    "message": { "type": "string", "description": "The message in English." },
                    "message_vi": { "type": "string", "description": "The message in Vietnamese." },
                    "path": { "type": ["string", "null"], "description": "The key path of the bad value in the input (records[0].rating)." },
                    "file": { "type": "string", "description": "The file that could not be read (io)." }
                },
                "required": ["kind", "message", "message_vi", "path"]
            }
        },
        "required": ["error"]
    });
    let defs: serde_json::Map<String, Value> = g.take_definitions(true).into_iter().collect();
    let mut doc = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "thidua wire format",
        "description": "The JSON that the thidua library and its command-line program read and write. Validate an input against the schema of its command (commands.judge.input …). Names (awards, ratings, categories …) are accepted in any spelling, dates as YYYY-MM-DD or DD/MM/YYYY, money as a decimal string, an integer or as offices write it (\"1.538.875.000\"); output is canonical: ids, YYYY-MM-DD, decimal strings. Unknown keys are refused at every depth.",
        "version": env!("CARGO_PKG_VERSION"),
        "commands": {
            "judge": { "input": case, "output": { "oneOf": [verdict.clone(), { "type": "array", "items": verdict }] } },
            "review": { "input": population.clone(), "output": review, "to_json": population },
            "price": { "input": decision, "output": money },
            "fund": { "input": fund, "output": report },
            "indicators": { "input": checks, "output": check_out },
            "catalogue": { "output": catalogue },
            "error": error
        },
        "entities": { "person": person, "collective": collective },
        "$defs": defs
    });
    lenient_dates(&mut doc);
    doc
}
