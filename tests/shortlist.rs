//! The shortlist as a value: stored tokens, what is shown against a catalogue, the lists the
//! application asks for and their limits, and a link merged into a kept list.
#![cfg(not(target_arch = "wasm32"))]

use partner_matcher::catalogue::Application;
use partner_matcher::search::{Kind, Matcher};
use partner_matcher::shortlist::{
    Group, Key, Limits, Shortlist, Toggled, SHORTLIST_MAX, STORED_MAX,
};

fn institution(id: &str) -> Key {
    Key::new(Kind::Institution, id)
}

fn ids(list: &Shortlist) -> Vec<&str> {
    list.shown().iter().map(|(k, _)| k.id.as_str()).collect()
}

/// A catalogue that has only these institutions, all in Europe.
fn only(ids: &'static [&'static str]) -> impl Fn(&Key) -> Option<bool> {
    move |k: &Key| (k.kind == Kind::Institution && ids.contains(&k.id.as_str())).then_some(true)
}

fn all(_: &Key) -> Option<bool> {
    Some(true)
}

const ONE_LIST: Limits = Limits { split: None };
const THREE_AND_THREE: Limits = Limits {
    split: Some(Application {
        europe: 3,
        outside_europe: 3,
    }),
};

#[test]
fn tokens_that_name_nothing_and_repeats_are_dropped() {
    let list = Shortlist::from_tokens([
        "institution:rietveld",
        "nonsense",
        "bip:",
        "institution:Rietveld",
        "institution:rietveld",
        "bip:bip-1",
        "place:x",
    ]);
    let list = list.against(ONE_LIST, all);
    assert_eq!(ids(&list), ["rietveld", "bip-1"]);
    assert_eq!(list.shown()[1], (Key::new(Kind::Bip, "bip-1"), Group::Bips));
}

#[test]
fn nothing_is_shown_before_the_catalogue_is_known() {
    let list = Shortlist::from_tokens(["institution:a"]);
    assert!(list.is_empty());
    assert_eq!(list.tokens(), ["institution:a"]);
}

#[test]
fn entries_the_catalogue_lacks_are_neither_shown_nor_counted() {
    // Six stored, all removed from the catalogue: the list is empty, not full.
    let stale = ["a", "b", "c", "d", "e", "f"].map(|id| format!("institution:{id}"));
    let mut list = Shortlist::from_tokens(&stale).against(ONE_LIST, only(&["x", "y"]));
    assert!(list.is_empty());
    assert!(!list.is_full(Group::Exchanges));
    assert_eq!(
        list.toggle(institution("x"), true),
        Toggled::Saved(Group::Exchanges, 1)
    );
    assert_eq!(ids(&list), ["x"]);
    // They stay in storage, after what is shown.
    assert_eq!(list.tokens()[0], "institution:x");
    assert_eq!(list.tokens()[1..], stale);
}

#[test]
fn an_entry_comes_back_with_its_catalogue_in_its_place() {
    let list = Shortlist::from_tokens(["institution:a", "institution:b", "institution:c"]);
    let without_b = list.against(ONE_LIST, only(&["a", "c"]));
    assert_eq!(ids(&without_b), ["a", "c"]);
    let with_b = without_b.against(ONE_LIST, only(&["a", "b", "c"]));
    assert_eq!(ids(&with_b), ["a", "c", "b"]);
    assert_eq!(with_b.tokens(), without_b.tokens());
}

#[test]
fn without_an_application_exchanges_are_six_in_one_list_and_bips_six_apart() {
    let mut list = Shortlist::from_tokens(["institution:gone"]).against(ONE_LIST, |k: &Key| {
        (k.id != "gone").then_some(k.id.starts_with('e'))
    });
    for i in 0..8 {
        list.toggle(institution(&format!("i{i}")), i % 2 == 0);
    }
    assert_eq!(list.count(Group::Exchanges), SHORTLIST_MAX);
    assert!(list.is_full(Group::Exchanges));
    assert_eq!(
        list.toggle(institution("i7"), true),
        Toggled::Full(Group::Exchanges),
        "no seventh"
    );
    assert_eq!(
        list.toggle(Key::new(Kind::Bip, "b"), true),
        Toggled::Saved(Group::Bips, 1),
        "BIPs have their own list"
    );
    assert_eq!(list.toggle(institution("i0"), true), Toggled::Removed);
    assert!(!list.is_full(Group::Exchanges));
    assert!(list.tokens().contains(&"institution:gone".to_owned()));
}

#[test]
fn the_application_splits_exchanges_by_region_each_with_its_limit() {
    let mut list = Shortlist::default().against(THREE_AND_THREE, all);
    for (id, europe) in [("a", true), ("b", true), ("x", false), ("c", true)] {
        list.toggle(institution(id), europe);
    }
    assert_eq!(
        list.toggle(institution("d"), true),
        Toggled::Full(Group::Europe)
    );
    assert_eq!(
        list.toggle(institution("y"), false),
        Toggled::Saved(Group::OutsideEurope, 2)
    );
    assert_eq!(list.rank(&institution("c")), Some((Group::Europe, 3)));
    let europe: Vec<&str> = list
        .list(Group::Europe)
        .iter()
        .map(|(_, k)| k.id.as_str())
        .collect();
    assert_eq!(europe, ["a", "b", "c"]);
    assert_eq!(
        THREE_AND_THREE.groups(),
        [Group::Europe, Group::OutsideEurope, Group::Bips]
    );
}

#[test]
fn more_than_a_list_takes_shows_the_first_and_keeps_the_rest() {
    let tokens: Vec<String> = (0..8).map(|i| format!("institution:i{i}")).collect();
    let list = Shortlist::from_tokens(&tokens).against(ONE_LIST, all);
    assert_eq!(list.len(), SHORTLIST_MAX);
    assert_eq!(list.tokens(), tokens, "the rest is kept, in order");
    // Saving one that was kept beyond the limit does not store it twice.
    let mut list = list;
    list.toggle(institution("i0"), true);
    list.toggle(institution("i7"), true);
    let stored = list.tokens();
    let sevens = stored.iter().filter(|t| *t == "institution:i7").count();
    assert_eq!(sevens, 1);
}

#[test]
fn storage_keeps_at_most_the_stored_maximum() {
    let tokens: Vec<String> = (0..100).map(|i| format!("institution:i{i}")).collect();
    let list = Shortlist::from_tokens(&tokens);
    assert_eq!(list.tokens().len(), STORED_MAX);
    let mut list = list.against(ONE_LIST, |k: &Key| {
        (k.id == "i99" || k.id == "i0").then_some(true)
    });
    assert_eq!(ids(&list), ["i0"], "only what was read is known");
    list.toggle(institution("new"), true);
    assert_eq!(list.tokens().len(), STORED_MAX);
    assert_eq!(list.tokens()[..2], ["institution:i0", "institution:new"]);
}

#[test]
fn moves_stay_within_an_entrys_own_list() {
    let tokens = ["institution:a", "bip:b", "institution:c", "institution:d"];
    let mut list = Shortlist::from_tokens(tokens).against(ONE_LIST, all);
    // c moves up past the BIP, to a's place.
    assert_eq!(list.move_by(2, -1), Some(0));
    assert_eq!(ids(&list), ["c", "b", "a", "d"]);
    assert_eq!(list.move_by(0, -1), None, "not past the top");
    assert_eq!(list.move_by(3, 1), None, "not past the end");
    assert_eq!(list.move_by(1, 1), None, "the only BIP stays");
    assert_eq!(list.move_by(9, -1), None);
    assert_eq!(list.remove(4), None);
    assert_eq!(list.remove(0), Some(institution("c")));
    assert_eq!(ids(&list), ["b", "a", "d"]);
}

#[test]
fn a_link_merged_into_a_kept_list_comes_first() {
    let kept = Shortlist::from_tokens(["institution:mine", "institution:both"]);
    let link = [institution("both"), institution("theirs")];
    let merged = kept.merged(&link).against(ONE_LIST, all);
    assert_eq!(ids(&merged), ["both", "theirs", "mine"]);
    let empty = Shortlist::default().merged(&link).against(ONE_LIST, all);
    assert_eq!(ids(&empty), ["both", "theirs"]);
}

#[test]
fn the_catalogues_application_sets_the_limits() {
    let m = Matcher::from_json(include_str!("../www/catalogue.json")).expect("demo loads");
    let limits = Limits::of(m.catalogue());
    assert_eq!(limits.limit(Group::Europe), 3);
    assert_eq!(limits.limit(Group::OutsideEurope), 3);
    assert_eq!(limits.limit(Group::Bips), SHORTLIST_MAX);
}

#[test]
fn ids_are_read_as_catalogues_write_them() {
    assert_eq!(
        Key::parse("bip:bip-interior-2027"),
        Some(Key::new(Kind::Bip, "bip-interior-2027"))
    );
    assert_eq!(Key::parse("institution:a b"), None);
    assert_eq!(Key::parse(&format!("institution:{}", "a".repeat(65))), None);
    assert_eq!(Key::parse("institution"), None);
}
