//! Staff mobility results: staff terms and contacts, never a student's facts or deadlines;
//! agreement contacts read, checked at their place, and shown first.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/search.rs"]
mod search;

use partner_matcher::i18n::{deciding_facts, staff_facts, staff_rules};
use partner_matcher::locale::Locale;
use partner_matcher::search::Hit;
use partner_matcher::staff::staff_terms;
use partner_matcher::{load, Matcher};
use serde_json::json;

const DEMO: &str = include_str!("../www/catalogue.json");

fn hit<'h>(hits: &'h [Hit], id: &str) -> &'h Hit {
    match hits.iter().find(|h| h.id == id) {
        Some(hit) => hit,
        None => panic!("{id} is a result: {hits:?}"),
    }
}

#[test]
fn a_staff_result_shows_staff_terms_and_its_contact_in_both_languages() {
    let asked = json!({"query": "lyon", "mobility": ["staff-teaching"], "today": "2026-12-02"});
    let (hits, matcher) = search::search(DEMO, asked);
    let lyon = hit(&hits, "cnsmd-lyon");
    let terms = staff_terms(&matcher, lyon).unwrap_or_else(|| panic!("a staff result"));
    // None of a student's facts on its card: its terms in brief.
    assert_eq!(
        deciding_facts(&matcher, lyon, Locale::En),
        staff_facts(&terms, Locale::En)
    );
    assert_eq!(
        staff_facts(&terms, Locale::En),
        [
            "Staff: teaching",
            "2–60 days",
            "1 place per year",
            "Contact: Claire Dumas"
        ]
    );
    let dutch = staff_facts(&terms, Locale::Nl);
    assert_eq!(dutch[0], "Personeel: lesgeven", "{dutch:?}");
    assert_eq!(dutch[1], "2–60 dagen", "{dutch:?}");
    // The agreement's own person first, then the institution's office.
    let names: Vec<&str> = terms.contacts.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Claire Dumas", "International relations office"]);
    let rules = staff_rules(&terms, Locale::En);
    assert!(
        rules[0].contains("at least 8 teaching hours a week"),
        "{rules:?}"
    );
    // A student's nomination deadlines do not apply to staff.
    let codes: Vec<String> = lyon
        .reasons
        .iter()
        .chain(&lyon.warnings)
        .map(|n| format!("{:?}", n.code))
        .collect();
    assert!(
        !codes
            .iter()
            .any(|c| c == "NextMobility" || c == "TermClosed"),
        "{codes:?}"
    );
}

#[test]
fn a_student_result_keeps_the_students_facts_and_deadlines() {
    let asked = json!({"query": "lyon", "mobility": ["study"], "today": "2026-12-02"});
    let (hits, matcher) = search::search(DEMO, asked);
    let lyon = hit(&hits, "cnsmd-lyon");
    assert!(staff_terms(&matcher, lyon).is_none());
    let facts = deciding_facts(&matcher, lyon, Locale::En);
    assert!(facts.iter().all(|f| !f.starts_with("Contact")), "{facts:?}");
    assert!(
        lyon.reasons
            .iter()
            .any(|n| format!("{:?}", n.code) == "NextMobility"),
        "{:?}",
        lyon.reasons
    );
}

#[test]
fn an_agreement_contact_is_checked_at_its_place() {
    let mut catalogue: serde_json::Value =
        serde_json::from_str(DEMO).unwrap_or_else(|e| panic!("demo: {e}"));
    let problems = |contacts: serde_json::Value| {
        let mut catalogue = catalogue.clone();
        catalogue["institutions"][0]["agreements"][0]["contacts"] = contacts;
        match load(&catalogue.to_string()) {
            Ok(_) => panic!("a bad contact is an error"),
            Err(e) => e.to_string(),
        }
    };
    let said = problems(json!([{"name": "Anna", "email": "not an address"}]));
    assert!(
        said.contains("institutions[0].agreements[0].contacts[0].email"),
        "{said}"
    );
    let said = problems(json!([{"name": "Anna"}, {"role": "no name"}]));
    assert!(
        said.contains("institutions[0].agreements[0].contacts[1]: missing `name`"),
        "{said}"
    );
    // And a good one loads and stays with its agreement.
    catalogue["institutions"][0]["agreements"][0]["contacts"] =
        json!([{"name": "Anna", "role": "staff", "email": "anna@example.org"}]);
    let matcher = Matcher::from_json(&catalogue.to_string())
        .unwrap_or_else(|e| panic!("a good contact loads: {e}"));
    let first = &matcher.catalogue().institutions[0].agreements[0];
    assert_eq!(first.contacts[0].email.as_deref(), Some("anna@example.org"));
}
