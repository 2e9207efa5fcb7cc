//! The demo catalogue, loaded once per fuzzing process, for the targets that search it.

use std::sync::OnceLock;

use partner_matcher::Matcher;

pub fn matcher() -> &'static Matcher {
    static MATCHER: OnceLock<Matcher> = OnceLock::new();
    MATCHER.get_or_init(|| {
        Matcher::from_json(include_str!("../../www/catalogue.json"))
            .expect("the demo catalogue loads")
    })
}
