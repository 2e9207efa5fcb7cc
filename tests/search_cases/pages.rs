//! A page of results: its hits, the total, the country counts, the filters to loosen and the
//! query words left out.

use partner_matcher::search::Filter;
use serde_json::json;

use super::{matcher, parse, TODAY};

#[test]
fn a_query_word_that_matches_nothing_is_left_out_and_named() {
    let page = |query: &str| {
        let c = parse(json!({"query": query, "today": TODAY}));
        matcher()
            .page(&c, 0..5, |_| true)
            .unwrap_or_else(|e| panic!("{query}: {e}"))
    };
    let p = page("summer photography");
    assert_eq!(p.ignored_words, ["summer"]);
    assert!(p.total > 10, "the photography results: {}", p.total);
    assert_eq!(p.hits.first().map(|h| h.id.as_str()), Some("ensp-arles"));
    // As typed, accents and case kept.
    assert_eq!(
        page("Sommerakademie Tsjechië").ignored_words,
        ["Sommerakademie"]
    );
    // Words that match, but never together: the rarest is left out.
    let p = page("lyon photography");
    assert_eq!(p.ignored_words.len(), 1, "{:?}", p.ignored_words);
    assert!(p.total > 0);
    // Nothing left out when everything matches, nor when nothing does.
    assert!(page("photography arles").ignored_words.is_empty());
    let nonsense = page("xyzzy qwerty");
    assert!(nonsense.ignored_words.is_empty());
    assert_eq!(nonsense.total, 0);
    // Stop words of both languages are no words to leave out.
    assert!(page("de fotografie van het in the")
        .ignored_words
        .is_empty());
}

#[test]
fn facets_and_loosening() {
    let m = matcher();
    let criteria = parse(json!({"programme": "photography", "countries": ["JP"], "today": TODAY}));
    let counts = m.country_counts(&criteria).expect("country counts");
    assert!(
        counts.iter().any(|(code, n)| code == "FR" && *n > 0),
        "country counts ignore the country filter itself: {counts:?}"
    );
    let narrow = parse(
        json!({"programme": "classical-music", "countries": ["IS"], "query": "Lyon", "today": TODAY}),
    );
    assert!(m.search(&narrow).is_ok_and(|h| h.is_empty()));
    let loosen = m.loosenings(&narrow).expect("loosenings");
    assert!(!loosen.is_empty(), "some filter must be worth dropping");
    assert!(
        loosen.windows(2).all(|w| w[0].results >= w[1].results),
        "most results first"
    );
}

#[test]
fn a_page_is_its_hits_with_the_total_the_country_counts_and_the_filters_to_loosen() {
    let m = matcher();
    let criteria = parse(json!({"programme": "photography", "countries": ["FR"], "today": TODAY}));
    let all = m.search(&criteria).expect("the search runs");
    assert!(all.len() > 3, "{}", all.len());
    let page = m.page(&criteria, 2..4, |_| true).expect("the page is made");
    // The total counts those that fit; the related ones follow them.
    assert_eq!(page.total, all.iter().filter(|h| !h.related).count());
    assert_eq!(page.total + page.related, all.len());
    assert!(page.related > 0, "Film and Animation agreements in France");
    assert_eq!(page.hits, all[2..4]);
    assert_eq!(
        page.country_counts,
        m.country_counts(&criteria).expect("counts")
    );
    assert!(
        page.loosenings.is_empty(),
        "nothing to loosen when there are results"
    );
    let past_the_end = m
        .page(&criteria, 100..200, |_| true)
        .expect("the page is made");
    assert!(past_the_end.hits.is_empty());
    assert_eq!(past_the_end.total, page.total);
    // No results: the filters to drop, only those the student may drop.
    let narrow = parse(
        json!({"programme": "fine-arts", "countries": ["IS"], "mobility": ["traineeship"], "today": TODAY}),
    );
    let page = m.page(&narrow, 0..10, |_| true).expect("the page is made");
    assert_eq!(page.total, 0);
    assert_eq!(page.loosenings, m.loosenings(&narrow).expect("loosenings"));
    assert!(page
        .loosenings
        .iter()
        .any(|l| l.filter == Filter::Countries));
    let own = m
        .page(&narrow, 0..10, |f| f != Filter::Countries)
        .expect("the page is made");
    assert!(!own.loosenings.is_empty());
    assert!(own.loosenings.iter().all(|l| l.filter != Filter::Countries));
}
