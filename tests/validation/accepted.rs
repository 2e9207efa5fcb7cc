//! What loads: the fixture and the demo catalogue, and problems that are only warnings.

use partner_matcher::catalogue::{load, Severity};
use serde_json::json;

use super::{edit, small, SMALL};

#[test]
fn the_fixture_and_the_demo_catalogue_are_valid() {
    let fixture = load(SMALL).map_err(|r| r.to_string());
    assert!(
        fixture.as_ref().is_ok_and(|c| c.warnings.is_empty()),
        "{fixture:?}"
    );
    let demo = load(include_str!("../../www/catalogue.json")).map_err(|r| r.to_string());
    assert!(
        demo.as_ref().is_ok_and(|c| c.warnings.is_empty()),
        "{:?}",
        demo.map(|c| c.warnings)
    );
}

#[test]
fn unknown_fields_and_unreachable_agreements_are_warnings() {
    let mut doc = small();
    edit(
        &mut doc,
        "/institutions/0/agreements/0/placse",
        Some(json!(3)),
    );
    edit(
        &mut doc,
        "/institutions/1/agreements/0/isced",
        Some(json!("0731")),
    );
    edit(&mut doc, "/institutions/1/agreements/0/programmes", None);
    edit(&mut doc, "/colour", Some(json!("blue")));
    let checked = load(&doc.to_string()).expect("warnings do not refuse");
    let warnings: Vec<String> = checked.warnings.iter().map(|w| w.to_string()).collect();
    assert!(checked
        .warnings
        .iter()
        .all(|w| w.severity == Severity::Warning));
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("institutions[0].agreements[0].placse: unknown field")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("colour: unknown field")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w
                .starts_with("institutions[1].agreements[0].isced: no programme has ISCED 0731")),
        "{warnings:?}"
    );
}
