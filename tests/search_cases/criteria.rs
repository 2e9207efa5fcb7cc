//! The table's cases of the other criteria: programme resolution, hard filters and soft
//! preferences.

use partner_matcher::reference::countries;
use partner_matcher::search::{Kind, NoteCode};
use serde_json::{json, Value};

use super::{absent, all, count, country, first, has, hit, refused, top, well_ordered, Check};

pub fn programmes() -> Vec<(&'static str, Value, Check)> {
    vec![
        // Programme resolution: ids, names in both languages, aliases, typos
        (
            "programme by Dutch name",
            json!({"programme": "fotografie", "kinds": ["institution"]}),
            all("with a photography agreement", |h| {
                has(&h.reasons, NoteCode::Programme, "photography")
                    || has(&h.warnings, NoteCode::RelatedField, "")
            }),
        ),
        (
            "programme by alias",
            json!({"programme": "foto", "limit": 1}),
            all("a photography match", |h| {
                has(&h.reasons, NoteCode::Programme, "photography")
            }),
        ),
        (
            "programme with a typo",
            json!({"programme": "photgraphy", "kinds": ["bip"]}),
            first("bip-photography-2027"),
        ),
        (
            "interieur means Interior Design",
            json!({"programme": "interieur", "kinds": ["bip"]}),
            first("bip-interior-2027"),
        ),
        (
            "klasieke muziek with a typo",
            json!({"programme": "klasieke muziek", "countries": ["FR"]}),
            first("cnsmd-lyon"),
        ),
        (
            "jazz alias",
            json!({"programme": "jazz", "kinds": ["bip"]}),
            first("bip-jazz-pop-2027"),
        ),
        (
            "an unknown programme is refused with suggestions",
            json!({"programme": "astrophysics"}),
            refused("did you mean"),
        ),
        (
            "exact programme before related field",
            json!({"programme": "photography"}),
            well_ordered(),
        ),
        (
            "related: same detailed field, another programme (Film for Photography)",
            json!({"programme": "photography", "countries": ["DE"]}),
            hit("filmakademie-bw", |h| {
                h.related && has(&h.warnings, NoteCode::RelatedField, "0211")
            }),
        ),
        (
            "the same narrow field only (music 0215 for graphic design 0212) is no result",
            json!({"programme": "graphic-design", "countries": ["EE"]}),
            absent("eamt"),
        ),
        (
            "photography results are all in 0211",
            json!({"programme": "photography"}),
            all("in ISCED 0211", |h| {
                has(&h.reasons, NoteCode::Programme, "photography")
                    || has(&h.warnings, NoteCode::RelatedField, "0211")
            }),
        ),
        (
            "a master-only Photography agreement is no bachelor result, not even a related one",
            json!({"programme": "photography", "level": "bachelor"}),
            absent("angewandte"),
        ),
        (
            "nor at Porto",
            json!({"programme": "photography", "level": "bachelor"}),
            absent("fbaup"),
        ),
        (
            "but a master student finds it",
            json!({"programme": "photography", "level": "master"}),
            hit("angewandte", |h| {
                !h.related && has(&h.reasons, NoteCode::Programme, "photography")
            }),
        ),
        (
            "a bachelor Film agreement beside a master-only Photography one is related",
            json!({"programme": "photography", "level": "bachelor"}),
            hit("aalto-arts", |h| h.related),
        ),
    ]
}

pub fn hard_filters() -> Vec<(&'static str, Value, Check)> {
    vec![
        // Hard filters
        (
            "countries by code",
            json!({"programme": "photography", "countries": ["IT", "es"]}),
            all("in Italy or Spain", |h| ["IT", "ES"].contains(&country(h))),
        ),
        (
            "countries by Dutch name",
            json!({"countries": ["Estland"]}),
            all("in Estonia", |h| country(h) == "EE"),
        ),
        (
            "an unknown country is refused",
            json!({"countries": ["Atlantis"]}),
            refused("country \"Atlantis\""),
        ),
        (
            "outside Europe",
            json!({"programme": "photography", "region": "outside-europe"}),
            all("outside Europe", |h| {
                countries::by_code(country(h)).is_some_and(|c| !c.europe)
            }),
        ),
        (
            "Europe is Europe in the region table",
            json!({"programme": "photography", "region": "europe"}),
            all("in Europe", |h| {
                countries::by_code(country(h)).is_some_and(|c| c.europe)
            }),
        ),
        (
            "Europe includes Turkey",
            json!({"region": "europe", "query": "Istanbul"}),
            all("in Turkey", |h| country(h) == "TR"),
        ),
        (
            "maximum distance",
            json!({"programme": "film", "max_distance_km": 500}),
            all("within 500 km", |h| h.distance_km.is_some_and(|d| d <= 500)),
        ),
        (
            "BIPs only",
            json!({"kinds": ["bip"]}),
            all("a BIP", |h| h.kind == Kind::Bip),
        ),
        (
            "staff mobility",
            json!({"mobility": ["staff-teaching"]}),
            all("an institution with staff teaching", |h| {
                h.kind == Kind::Institution && has(&h.reasons, NoteCode::Mobility, "staff-teaching")
            }),
        ),
        (
            "level",
            json!({"programme": "composition", "level": "master", "query": "lyon"}),
            first("cnsmd-lyon"),
        ),
        (
            "spring term excludes autumn BIPs",
            json!({"kinds": ["bip"], "term": "spring"}),
            absent("bip-animation-2027"),
        ),
        (
            "autumn term keeps autumn BIPs",
            json!({"kinds": ["bip"], "term": "autumn"}),
            top(4, "bip-animation-2027"),
        ),
        (
            "BIPs that are over are gone",
            json!({"kinds": ["bip"], "today": "2027-03-20"}),
            absent("bip-interior-2027"),
        ),
    ]
}

pub fn soft_preferences() -> Vec<(&'static str, Value, Check)> {
    vec![
        // Soft preferences: warnings, never hidden
        (
            "unmet language requirement warns, not hides",
            json!({"programme": "photography", "mobility": ["study"], "query": "Arles", "languages": [{"lang": "en", "cefr": "B2"}]}),
            hit("ensp-arles", |h| has(&h.warnings, NoteCode::Language, "fr")),
        ),
        (
            "met language requirement is a reason",
            json!({"programme": "classical-music", "query": "lyon", "languages": [{"lang": "fr", "cefr": "C1"}]}),
            hit("cnsmd-lyon", |h| {
                has(&h.reasons, NoteCode::Language, "fr") && h.warnings.is_empty()
            }),
        ),
        (
            "passed BIP deadline warns",
            json!({"kinds": ["bip"], "programme": "film"}),
            hit("bip-documentary-2027", |h| {
                has(&h.warnings, NoteCode::DeadlinePassed, "2026-10-15")
            }),
        ),
        (
            "upcoming BIP deadline is a reason",
            json!({"kinds": ["bip"], "programme": "interior-design"}),
            hit("bip-interior-2027", |h| {
                has(&h.reasons, NoteCode::ApplyBy, "2026-12-15")
            }),
        ),
        (
            "a closed spring term warns and names next year's spring",
            json!({"programme": "classical-music", "query": "lyon", "term": "spring"}),
            hit("cnsmd-lyon", |h| {
                h.warnings.iter().any(|w| w.code == NoteCode::TermClosed)
                    && h.reasons.iter().any(|r| {
                        r.code == NoteCode::NextMobility
                            && r.detail.to_string().starts_with("spring 2028,")
                    })
            }),
        ),
        (
            "distance and band",
            json!({"query": "lyon"}),
            hit("cnsmd-lyon", |h| {
                h.distance_band.map(|b| b.as_str()) == Some("500-1999")
                    && h.distance_km.is_some_and(|d| (590..=600).contains(&d))
            }),
        ),
        (
            "limit",
            json!({"programme": "photography", "limit": 3}),
            count(3),
        ),
        (
            "bad criteria name the field",
            json!({"query": "x", "max_distance_km": -5}),
            refused("max_distance_km"),
        ),
    ]
}
