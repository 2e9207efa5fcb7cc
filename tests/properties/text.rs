//! Text: folding is idempotent and plain, and the search index's prefilter never drops a
//! match.

use partner_matcher::text::{fold, match_word, WordShape};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_index_prefilter_never_drops_a_match(query in "[a-zéł0-9]{1,12}", word in "[a-zéł0-9]{1,14}") {
        let (q, w) = (fold(&query), fold(&word));
        if let Some(m) = match_word(&q, &w) {
            let (qs, ws) = (WordShape::of(&q), WordShape::of(&w));
            let found_without_prefilter = w.starts_with(&q)
                || (q.chars().count() >= 5 && w.contains(&q) && qs.may_be_inside(&ws));
            prop_assert!(
                found_without_prefilter || qs.may_match_typo(&ws),
                "{q} matches {w} ({m:?}) but the prefilter skips it"
            );
        }
    }

    #[test]
    fn folding_is_idempotent_and_plain(text in any::<String>()) {
        let once = fold(&text);
        prop_assert_eq!(fold(&once), once.clone());
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "));
        prop_assert!(once.chars().all(|c| c == ' ' || c.is_alphanumeric()));
    }
}
