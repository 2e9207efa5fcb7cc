//! A partner's detail and the shortlist: opening a card, saving, reordering, stored lists.

use partner_matcher::i18n::shortlist as words;
use partner_matcher::i18n::ui;
use partner_matcher::web::widget::shortlist;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::{blob_url, click, fresh, mount, type_into, until, Mounted, CATALOGUE};

#[wasm_bindgen_test]
async fn a_detail_shows_agreements_deadlines_and_requirements() {
    fresh();
    let w = mount(&blob_url(CATALOGUE), &[]);
    w.ready().await;
    type_into(&w.get("input[type=search]"), "Rietveld");
    until("Rietveld first", || {
        w.titles().first().map(String::as_str) == Some("Gerrit Rietveld Academie")
    })
    .await;
    let button = w.get(".pm-card .pm-details");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    click(&button);
    until("the detail", || w.find(".pm-detail").is_some()).await;
    // The card says when one can go next and how many days are left to apply.
    let next = w.text_of(".pm-card .pm-next");
    assert!(
        next.starts_with("Next: ") && next.contains("apply at your school by"),
        "{next}"
    );
    assert!(w.find(".pm-card .pm-next .pm-pill").is_some(), "{next}");
    // What decides, on the card whatever the filters: levels, months, languages asked.
    let decide = w.text_of(".pm-card .pm-decide");
    assert!(
        decide == "Bachelor only · 5 months · English B2 or Dutch B1",
        "{decide}"
    );
    // What the distance band decides, on the card: the monthly grant.
    assert_eq!(w.text_of(".pm-card .pm-band"), "Erasmus+ ≈ €540 a month");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let detail = w.text_of(".pm-detail");
    for expected in [
        "Agreements",
        "Study exchange",
        "Photography",
        "2 places per year",
        "5 months",
        "English B2 or Dutch B1",
        // A term's label starts with a capital only where it starts the list.
        "Autumn semester and spring semester",
        "Erasmus+",
        "2021/2022 – 2027/2028",
        // Each term's next stay with its deadlines and their years, whatever today is.
        "When you can apply",
        "apply at your school by 1 February 20",
        "(the partner's deadline: 31 March 20",
        "What you need to apply",
        "Motivation letter",
        "rietveldacademie.nl",
        // The Erasmus+ estimate from the demo catalogue's 2026/2027 amounts (the Netherlands
        // is in the middle group), and the office's page.
        "Erasmus+ estimate (amounts of 2026/2027; travel: Programme Guide 2024)",
        "Grant: €540 a month, €2,700 for 5 months",
        "Travelling green: €50 more and up to 4 extra days",
        "Grants: what the international office says",
    ] {
        assert!(detail.contains(expected), "{expected} in {detail}");
    }
    let link = w.get(".pm-detail a");
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    let select = w.events("select");
    assert_eq!(select.len(), 1, "a select event");
    let id = js_sys::Reflect::get(&select[0], &"id".into()).unwrap_or_default();
    assert_eq!(id.as_string().as_deref(), Some("rietveld"));
    click(&button);
    until("closed", || w.find(".pm-detail").is_none()).await;

    // A BIP: dates, credits, host and partners, apply-by with the days left.
    type_into(&w.get("input[type=search]"), "archive as material");
    until("the photography BIP", || {
        w.titles().first().map(String::as_str) == Some("The Archive as Material")
    })
    .await;
    let card = w.get(".pm-card").text_content().unwrap_or_default();
    assert!(
        card.contains("5–9 July 2027") || card.contains("July 2027"),
        "{card}"
    );
    assert!(card.contains("ECTS"), "{card}");
    assert!(card.contains("Host"), "{card}");
    assert!(card.contains("15 March 2027"), "{card}");
    let days = partner_matcher::i18n::days_until("2027-03-15", &partner_matcher::web::today())
        .expect("days");
    assert!(
        card.contains(&ui::days_left(days, partner_matcher::Locale::En)),
        "{card}"
    );
    w.destroy();
}

#[wasm_bindgen_test]
async fn the_shortlist_is_kept_ordered_and_survives_a_reload() {
    fresh();
    let url = blob_url(CATALOGUE);
    let w = mount(&url, &[]);
    w.ready().await;
    let titles = w.titles();
    let saves = w.all(".pm-card .pm-save");
    click(&saves[0]);
    click(&saves[1]);
    until("two saved", || w.all(".pm-sl-item").len() == 2).await;
    // A saved result's button removes it, with "Saved" beside it.
    assert!(saves[0]
        .text_content()
        .unwrap_or_default()
        .starts_with(words::REMOVE_SHORT.en));
    assert!(w.find(".pm-card .pm-saved").is_some());
    // The status region says what happened: the list, the place in it and its size
    // ("… saved in “Exchanges in Europe”, place 2 of 3.").
    until("the save announced", || {
        let said = w.text_of(".pm-live");
        said.contains(" saved in “") && said.contains("”, place ")
    })
    .await;
    let names = |w: &Mounted| {
        w.all(".pm-sl-name")
            .iter()
            .map(|e| e.text_content().unwrap_or_default())
            .collect::<Vec<_>>()
    };
    let before = names(&w);
    // Move the first one down, by keyboard-operable button; focus follows it.
    w.click(".pm-sl-item .pm-down");
    until("reordered", || {
        names(&w) == vec![before[1].clone(), before[0].clone()]
    })
    .await;
    let active = gloo::utils::document().active_element().expect("focus");
    assert!(
        active.class_name().contains("pm-up"),
        "focus stays on the moved item"
    );
    let moved = format!("{} is now place 2 of 2.", before[0]);
    until("the move announced", || w.text_of(".pm-live") == moved).await;
    w.destroy();

    // "Reload": the same catalogue again.
    let again = mount(&url, &[]);
    again.ready().await;
    until("the kept shortlist", || {
        names(&again) == vec![before[1].clone(), before[0].clone()]
    })
    .await;
    assert_eq!(again.titles(), titles);
    // Remove one from the shortlist itself.
    again.click(".pm-sl-item .pm-remove");
    until("one left", || again.all(".pm-sl-item").len() == 1).await;
    let removed = format!("{} removed from your shortlist.", before[1]);
    until("the removal announced", || {
        again.text_of(".pm-live") == removed
    })
    .await;
    again.destroy();
}

#[wasm_bindgen_test]
async fn unreadable_storage_is_ignored() {
    fresh();
    let url = blob_url(CATALOGUE);
    let storage = gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .expect("localStorage");
    let key = shortlist::storage_key(&url, None);
    storage.set_item(&key, "{not json").expect("set");
    let w = mount(&url, &[]);
    w.ready().await;
    assert!(w.all(".pm-sl-item").is_empty());
    assert!(w.text().contains(words::SHORTLIST_EMPTY.en));
    w.destroy();
    // Partly sensible: what makes sense is kept.
    storage
        .set_item(
            &key,
            r#"["institution:rietveld", "nonsense", "bip:", "institution:rietveld"]"#,
        )
        .expect("set");
    let w = mount(&url, &[]);
    w.ready().await;
    // (The shortlist shows full names.)
    until("Rietveld kept", || {
        w.text_of(".pm-sl-name").contains("Rietveld Academie")
    })
    .await;
    assert_eq!(w.all(".pm-sl-item").len(), 1);
    w.destroy();
}
