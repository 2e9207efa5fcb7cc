//! The home institution's office contact and application counts are checked.

use serde_json::json;

use super::errors_after;

#[test]
fn the_office_contact_and_the_application_counts_are_checked() {
    let good =
        json!({"email": "international@kask.be", "url": "https://www.kask.be/en/international"});
    assert!(errors_after("/home/contact", Some(good)).is_empty());
    let two = json!({"europe": 3, "outside_europe": 3});
    assert!(errors_after("/home/application", Some(two)).is_empty());
    let cases = [
        (
            "/home/contact",
            json!({"email": "kask.be"}),
            "home.contact.email: `email` must be an e-mail address",
        ),
        (
            "/home/contact",
            json!({"url": "ftp://kask.be"}),
            "home.contact.url: `url` must be a web address",
        ),
        (
            "/home/contact",
            json!({"email": 7}),
            "home.contact.email: `email` must be an e-mail address such as \"iro@example.org\", found 7",
        ),
        (
            "/home/application",
            json!({"europe": 30, "outside_europe": 3}),
            "home.application.europe: `europe` must be a whole number from 0 to 20, found 30",
        ),
        (
            "/home/application",
            json!({"europe": 0, "outside_europe": 0}),
            "home.application: the application ranks no exchange at all",
        ),
        (
            "/home/application",
            json!({"europe": 3}),
            "home.application: missing `outside_europe`",
        ),
    ];
    for (pointer, value, expected) in cases {
        let errors = errors_after(pointer, Some(value.clone()));
        assert!(
            errors.iter().any(|e| e.starts_with(expected)),
            "{pointer} = {value}: {errors:?}"
        );
    }
}
