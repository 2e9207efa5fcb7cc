//! The format version: a newer one is refused in words, a minor one read, by the strict and
//! the lenient reading alike.

use partner_matcher::catalogue::{load, load_bytes, BadRecords, Checked, Rejected};

use super::{edit, small, SMALL};

#[test]
fn format_versions_are_checked() {
    for load in [load, lenient] {
        format_versions_are_checked_by(load);
    }
}

fn lenient(text: &str) -> Result<Checked, Rejected> {
    load_bytes(text.as_bytes(), BadRecords::LeaveOut)
}

fn format_versions_are_checked_by(load: fn(&str) -> Result<Checked, Rejected>) {
    let future = SMALL.replace("catalogue@1\"", "catalogue@2\"");
    let message = load(&future).expect_err("refused").to_string();
    assert!(
        message.contains("format version 2") && message.contains("newer partner-matcher"),
        "{message}"
    );
    // A future version with a changed structure still gets the version message.
    let future = r#"{"format": "partner-matcher/catalogue@3", "partners": []}"#;
    assert!(load(future)
        .expect_err("refused")
        .to_string()
        .contains("format version 3"));
    let minor = SMALL.replace("catalogue@1\"", "catalogue@1.4\"");
    assert!(load(&minor).is_ok(), "a minor version is read");
    let other = SMALL.replace("partner-matcher/catalogue@1", "something-else");
    assert!(load(&other)
        .expect_err("refused")
        .to_string()
        .contains("not a partner-matcher catalogue format"));
    let mut missing = small();
    edit(&mut missing, "/format", None);
    assert!(load(&missing.to_string())
        .expect_err("refused")
        .to_string()
        .starts_with("format: missing"));
}
