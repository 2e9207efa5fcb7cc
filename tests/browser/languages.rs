//! English and Dutch: the interface switched to Dutch, names of languages and countries.

use partner_matcher::i18n::shortlist as words;
use partner_matcher::i18n::{choose, ui, Text};
use partner_matcher::search::{Kind, Matcher, Sort};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlSelectElement;

use crate::{blob_url, click, fresh, mount, options, until, CATALOGUE};

/// English strings of the interface that differ from their Dutch versions, as fragments
/// (without `{}` placeholders) long enough to mean something.
fn english_fragments(texts: &[Text]) -> Vec<&'static str> {
    texts
        .iter()
        .filter(|t| t.en != t.nl)
        .flat_map(|t| t.en.split("{}"))
        .map(str::trim)
        .filter(|f| f.len() >= 4)
        .collect()
}

#[wasm_bindgen_test]
async fn switching_to_dutch_leaves_no_english() {
    fresh();
    let url = blob_url(CATALOGUE);
    let mut w = mount(&url, &[("programme", "photography".into())]);
    w.ready().await;
    assert!(w.text().contains(ui::PROGRAMME.en));
    // Open a partner school's detail, so that its labels are on screen too (BIPs open for
    // applications may come first).
    w.click(".pm-card:not(.pm-card-bip) .pm-details");
    click(&w.all("input[type=radio]")[0]);
    w.click(".pm-add-lang");
    w.handle
        .update(options(&[
            ("catalogue", url.as_str().into()),
            ("programme", "photography".into()),
            ("lang", "nl".into()),
            ("urlState", JsValue::FALSE),
        ]))
        .expect("update");
    until("Dutch labels", || w.text().contains(ui::PROGRAMME.nl)).await;
    assert_eq!(w.get(".pm").get_attribute("lang").as_deref(), Some("nl"));
    let text = w.text();
    for dutch in [
        "Soort uitwisseling",
        "Studie-uitwisseling",
        "Talen die je spreekt",
        "Waarom het past",
        "Akkoorden",
        "Jouw keuzelijst",
        "resultaten",
        "Toon er nog",
    ] {
        assert!(text.contains(dutch), "{dutch} in the Dutch interface");
    }
    // No English label, visible or for assistive technology.
    let mut shown = text.clone();
    for e in w.all("[aria-label], [placeholder]") {
        for attribute in ["aria-label", "placeholder"] {
            if let Some(value) = e.get_attribute(attribute) {
                shown.push('\n');
                shown.push_str(&value);
            }
        }
    }
    let labels = [
        ui::TITLE,
        ui::PROGRAMME,
        ui::ANY_PROGRAMME,
        ui::SEARCH,
        ui::SEARCH_PLACEHOLDER,
        ui::SEARCH_FORM,
        ui::SHOW,
        ui::EVERYTHING,
        ui::MOBILITY,
        ui::STUDIES,
        ui::LEVEL,
        ui::ANY_LEVEL,
        ui::ANY_TERM,
        ui::WHERE,
        ui::REGION,
        ui::ANYWHERE,
        ui::DISTANCE,
        ui::ANY_DISTANCE,
        ui::COUNTRIES,
        ui::LANGUAGES,
        ui::LANGUAGES_HINT,
        ui::LANGUAGE,
        ui::ADD_LANGUAGE,
        ui::REMOVE_LANGUAGE,
        ui::CLEAR_ALL,
        ui::SHOWING,
        ui::SHOW_MORE,
        ui::PARTNER,
        ui::WHEN_TO_APPLY,
        ui::GRANTS,
        ui::WHY,
        ui::WHY_NOT,
        words::SAVE,
        ui::AGREEMENTS,
        ui::FOR,
        ui::PLACES,
        ui::LENGTH,
        ui::WHEN,
        ui::LEVELS,
        ui::FUNDING,
        ui::VALID,
        ui::REQUIREMENTS,
        ui::WEBSITE,
        ui::NEW_TAB,
        words::SHORTLIST,
        words::SHORTLIST_EMPTY,
        ui::UPDATED,
        partner_matcher::i18n::mobility_label(partner_matcher::catalogue::Mobility::Study),
        partner_matcher::i18n::mobility_label(partner_matcher::catalogue::Mobility::StaffTeaching),
        partner_matcher::i18n::kind_label(Kind::Institution),
        partner_matcher::i18n::cefr_label(partner_matcher::catalogue::Cefr::B2),
        choose::SORT_BY,
        choose::sort_label(Sort::BestFit),
        choose::sort_label(Sort::Distance),
        choose::sort_label(Sort::Deadline),
        choose::sort_label(Sort::Name),
        choose::FIND_COUNTRY,
        choose::CHOOSE_LANGUAGE,
    ];
    // "Showreel" (a requirement some film schools list) is Dutch as well: not the label "Show".
    let shown = shown.replace("Showreel", "");
    for english in english_fragments(&labels) {
        assert!(
            !shown.contains(english),
            "English “{english}” in the Dutch interface"
        );
    }
    for english in [
        " results",
        "places per year",
        " months",
        "Offers:",
        "Agreement for",
    ] {
        assert!(
            !shown.contains(english),
            "English “{english}” in the Dutch interface"
        );
    }
    // Dates in Dutch.
    assert!(text.contains("1 oktober 2026"), "Dutch date: updated on");

    // A new programme attribute presets the picker again (by its Dutch name).
    w.handle
        .update(options(&[
            ("catalogue", url.as_str().into()),
            ("programme", "Animatiefilm".into()),
            ("lang", "nl".into()),
            ("urlState", JsValue::FALSE),
        ]))
        .expect("update");
    until("animation film", || {
        w.get(".pm-programme select")
            .dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default()
            == "animation-film"
    })
    .await;
    w.destroy();
}

/// Language names come from the browser (Intl.DisplayNames) in both languages.
#[wasm_bindgen_test]
fn language_names_come_from_the_browser_in_both_languages() {
    use partner_matcher::i18n::{language_level, language_name};
    use partner_matcher::Locale;
    assert_eq!(language_name("fr", Locale::En), "French");
    assert_eq!(language_name("fr", Locale::Nl), "Frans");
    assert_eq!(language_name("de", Locale::Nl), "Duits");
    let it_b2 = partner_matcher::catalogue::LanguageRequirement {
        lang: partner_matcher::catalogue::LanguageCode("it".into()),
        cefr: partner_matcher::catalogue::Cefr::B2,
    };
    assert_eq!(language_level(&it_b2, Locale::Nl), "Italiaans B2");
    // An unknown code is shown as it is.
    assert_eq!(language_name("xx", Locale::En), "xx");
}

/// Country names come from the browser (Intl.DisplayNames) in both languages; the command
/// line's table holds what this browser gave (`tools/country-names.mjs`), so the names the
/// demo's partner schools are in read the same in both; every country has a name; the
/// everyday names students type are still found.
#[wasm_bindgen_test]
fn country_names_come_from_the_browser_as_the_table_has_them() {
    use partner_matcher::reference::countries::{all, by_code, find};
    use partner_matcher::Locale;
    let table: serde_json::Value =
        serde_json::from_str(include_str!("../../tools/country-names.json")).expect("the table");
    let demo = Matcher::from_json(include_str!("../../www/catalogue.json")).expect("the demo");
    let mut seen = 0;
    for institution in &demo.catalogue().institutions {
        let code = institution.country.as_str();
        let country = by_code(code).expect("a known country");
        let names = &table["names"][code];
        assert_eq!(country.name(Locale::En), names[0], "{code}");
        assert_eq!(country.name(Locale::Nl), names[1], "{code}");
        seen += 1;
    }
    assert!(seen > 40);
    assert_eq!(all().len(), 249);
    for country in all() {
        assert!(country.en != country.code && country.nl != country.code);
    }
    assert_eq!(by_code("BE").map(|c| c.name(Locale::Nl)), Some("België"));
    for typed in [
        "Turkey",
        "Turkije",
        "Türkiye",
        "DR Congo",
        "Congo - Kinshasa",
    ] {
        assert!(find(typed).is_some(), "{typed}");
    }
}
