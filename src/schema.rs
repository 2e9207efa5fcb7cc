//! JSON Schemas of catalogue format v1 and of search criteria, generated from the same types
//! the loader and matcher use, so the schema cannot drift from the code.

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;

use crate::catalogue::Catalogue;
use crate::search::Criteria;

/// The JSON Schema (draft 2020-12) of catalogue format v1.
pub fn catalogue_schema() -> serde_json::Value {
    let mut schema = schema_of::<Catalogue>(
        "https://kask-conservatorium.github.io/partner-matcher/catalogue-1.schema.json",
        "partner-matcher catalogue, format version 1",
    );
    // A date is a day that exists, as the loader checks: "2027-02-30" has the pattern, and an
    // editor that validates formats flags it as `check` does.
    if let Some(date) = schema.pointer_mut("/$defs/Date") {
        date["format"] = "date".into();
    }
    schema
}

/// The JSON Schema of search criteria.
pub fn criteria_schema() -> serde_json::Value {
    schema_of::<Criteria>(
        "https://kask-conservatorium.github.io/partner-matcher/criteria.schema.json",
        "partner-matcher search criteria",
    )
}

fn schema_of<T: JsonSchema>(id: &str, title: &str) -> serde_json::Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<T>();
    schema.insert("$id".into(), id.into());
    schema.insert("title".into(), title.into());
    schema.to_value()
}
