//! A result's card: its name and place, the facts that decide (levels, months, languages),
//! the next stay with its days left, why it fits and what does not, the estimate, and the
//! buttons for its details and the shortlist; a BIP's dates, host and partners.

use yew::prelude::*;

use super::detail::{self, apply_by};
use super::markup::{button, el, el_text, fact, focusable, item, sr, text, Aria};
use super::shortlist::place;
use super::state::{Action, Key, Said};
use super::{class_list, icon, on, View};
use crate::estimate::estimate;
use crate::i18n::shortlist as words;
use crate::i18n::{
    and_list, deciding_facts, describe_reason, describe_warning, estimate_summary,
    format_date_range, ui,
};
use crate::search::{Detail, Hit, Kind, NameLength, Note, NoteCode};

/// "Why it fits" or "what doesn't fit": a heading and the sentences, each with its icon.
fn notes(
    v: &View,
    [block, list]: [&'static str; 2],
    heading: crate::i18n::Text,
    mark: &'static str,
    sentences: Vec<String>,
) -> Html {
    if sentences.is_empty() {
        return Html::default();
    }
    let mut items = Vec::new();
    for s in sentences {
        items.push(el("li", "", vec![icon(mark), el_text("span", "", s)]));
    }
    el(
        "div",
        block,
        vec![
            el_text("p", "pm-kicker", v.t(heading)),
            el("ul", list, items),
        ],
    )
}

/// A result's card; `shared` are the reasons said above its list, left out here.
pub(super) fn card(v: &View, hit: &Hit, index: usize, page: usize, shared: &[Note]) -> Html {
    let key = Key::new(hit.kind, hit.id.clone());
    let name =
        v.m.display_name(hit.kind, &hit.id, NameLength::Full, v.l)
            .unwrap_or_default()
            .to_owned();
    let open = v.s.open.contains(&key);
    let saved = v.s.is_saved(&key);
    let bip = hit.kind == Kind::Bip;
    let page_class = (index > 0 && index % page == 0).then(|| {
        let mut class = String::from("pm-page-");
        class.push_str(&(index / page + 1).to_string());
        class
    });
    let catalogue = v.m.catalogue();
    let mut reasons = Vec::new();
    // The next stay one can apply for gets a line of its own, with the days left.
    let mut next = Html::default();
    for n in &hit.reasons {
        if let Detail::Window(window) = &n.detail {
            let left = window
                .apply_by()
                .map(|day| detail::days_left(v, &day.to_string()));
            let sentence = describe_reason(n, hit.kind, catalogue, v.l);
            next = el(
                "p",
                "pm-next",
                vec![text(sentence), left.unwrap_or_default()],
            );
        } else {
            // A BIP's dates and deadline have their own lines; a shared reason is above the list.
            let own_line = bip && matches!(n.code, NoteCode::Dates | NoteCode::ApplyBy);
            if own_line || shared.contains(n) {
                continue;
            }
            reasons.push(describe_reason(n, hit.kind, catalogue, v.l));
        }
    }
    let mut warnings = Vec::new();
    for n in &hit.warnings {
        warnings.push(describe_warning(n, catalogue, v.l));
    }
    let class = class_list(&[
        Some("pm-card"),
        bip.then_some("pm-card-bip"),
        page_class.as_deref(),
    ]);
    let place = place(v, &key).unwrap_or_else(|| v.t(ui::ONLINE_ONLY).to_owned());
    let km = hit
        .distance_km
        .map(|km| el_text("span", "pm-km", ui::km(u64::from(km), v.l)));
    // What the distance band decides: the Erasmus+ estimate (its lines are in the detail).
    let summary = estimate(v.m, hit).map(|e| el_text("span", "pm-band", estimate_summary(&e, v.l)));
    let details = button(
        "pm-btn pm-btn-quiet pm-details",
        Aria {
            expanded: Some(open),
            ..Aria::default()
        },
        // Opening tells the page with a `select` event (see `Widget::update`).
        on(v.d, Action::ToggleOpen(key.clone())),
        vec![
            text(v.t(ui::DETAILS)),
            sr(name.clone()),
            icon(super::icon::DOWN),
        ],
    );
    // Saved: "✓ Saved" beside a "Remove" button. "Save" on a full list says so here, where
    // the student pressed (and in the status region).
    let save = button(
        "pm-btn pm-btn-quiet pm-save",
        Aria::default(),
        on(v.d, Action::ToggleSaved(key.clone())),
        vec![
            icon(if saved {
                super::icon::CLOSE
            } else {
                super::icon::STAR
            }),
            text(v.t(if saved {
                words::REMOVE_SHORT
            } else {
                words::SAVE
            })),
            sr(name.clone()),
        ],
    );
    let saved_tag = saved.then(|| {
        el(
            "span",
            "pm-saved",
            vec![icon(super::icon::CHECK), text(v.t(words::SAVED))],
        )
    });
    let full = match &v.s.said {
        Some(Said::Full(k, group)) if *k == key => Some(el_text(
            "p",
            "pm-note pm-full-here",
            super::shortlist::full_text(v.s, *group, v.l),
        )),
        _ => None,
    };
    item(
        key.token(),
        class,
        vec![
            el_text("p", "pm-kind", v.t(if bip { ui::BIP } else { ui::PARTNER })),
            focusable("h4", "pm-card-title", vec![text(name)]),
            el(
                "p",
                "pm-where",
                vec![
                    icon(super::icon::PIN),
                    el_text("span", "", place),
                    km.unwrap_or_default(),
                    summary.unwrap_or_default(),
                ],
            ),
            // What decides, whatever the filters: levels, months, languages asked.
            el_text("p", "pm-decide", deciding_facts(v.m, hit, v.l).join(" · ")),
            if bip { bip_facts(v, &hit.id) } else { next },
            el(
                "div",
                "pm-notes",
                vec![
                    notes(
                        v,
                        ["pm-why", "pm-list pm-good"],
                        ui::WHY,
                        super::icon::CHECK,
                        reasons,
                    ),
                    notes(
                        v,
                        ["pm-why-not", "pm-list pm-warn"],
                        ui::WHY_NOT,
                        super::icon::ALERT,
                        warnings,
                    ),
                ],
            ),
            el(
                "div",
                "pm-actions",
                vec![details, saved_tag.unwrap_or_default(), save],
            ),
            full.unwrap_or_default(),
            if open {
                detail::view(v, hit)
            } else {
                Html::default()
            },
        ],
    )
}

/// Dates, credits, host, partners and the application deadline of a BIP.
fn bip_facts(v: &View, id: &str) -> Html {
    let Some(b) = v.m.bip(id) else {
        return Html::default();
    };
    let mut partners = Vec::new();
    for p in &b.partners {
        partners.push(v.short_name(p.as_str()).to_owned());
    }
    let mut facts = Vec::new();
    if let Some(p) = &b.physical {
        let dates = format_date_range(p.start.as_str(), p.end.as_str(), v.l);
        facts.push(fact(v.t(ui::IN_PERSON), text(dates)));
    }
    if let Some(ects) = b.ects {
        let credits = v.fill(ui::ECTS, &[&ui::decimal(ects, v.l)]);
        facts.push(fact(v.t(ui::CREDITS), text(credits)));
    }
    facts.push(fact(v.t(ui::HOST), text(v.short_name(&b.host).to_owned())));
    if !partners.is_empty() {
        facts.push(fact(v.t(ui::PARTNERS), text(and_list(&partners, v.l))));
    }
    if let Some(date) = &b.apply_by {
        facts.push(fact(v.t(ui::APPLY_BY), apply_by(v, date.as_str())));
    }
    el("dl", "pm-facts", facts)
}
