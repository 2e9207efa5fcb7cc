//! A result's card: its name and place, the facts that decide (levels, months, languages),
//! the next stay with its days left, why it fits and what does not, the estimate, and the
//! buttons for its details and the shortlist; a BIP's dates, host and partners.
//!
//! What a card shows between its title and its buttons (place, facts, reasons) is written as
//! markup text (`crate::markup`, values escaped) and inserted as one raw node: at each key the
//! widget compares that text with the card's last instead of building and comparing some fifty
//! virtual nodes, and a card that changed is parsed by the browser in one call instead of
//! element by element through wasm-bindgen (issue 11: most of a keystroke's render). The title
//! (where focus is moved), the buttons and the note beside them stay virtual nodes, so they
//! keep their listeners and their focus when the text around them is written anew; the
//! details (`detail.rs`) are markup text too.

use yew::prelude::*;

use super::detail::{self, write_apply_by, write_days_left};
use super::markup::{button, el, el_text, focusable, item, sr, text, write_fact, write_icon, Aria};
use super::shortlist::place;
use super::state::{Action, Key, Said};
use super::{class_list, icon, on, View};
use crate::estimate::estimate;
use crate::i18n::shortlist as words;
use crate::i18n::{
    and_list, deciding_facts, describe_reason, describe_warning, estimate_summary,
    format_date_range, ui,
};
use crate::markup::write;
use crate::search::{Detail, Hit, Kind, NameLength, Note, NoteCode};

/// "Why it fits" or "what doesn't fit": a heading and the sentences, each with its icon.
fn write_notes(
    out: &mut String,
    v: &View,
    [block, list]: [&'static str; 2],
    heading: crate::i18n::Text,
    mark: &'static str,
    sentences: &[String],
) {
    if sentences.is_empty() {
        return;
    }
    write(
        out,
        "<div class=\"{}\"><p class=\"pm-kicker\">{}</p><ul class=\"{}\">",
        &[block, v.t(heading), list],
    );
    for s in sentences {
        out.push_str("<li>");
        write_icon(out, mark);
        write(out, "<span>{}</span></li>", &[s]);
    }
    out.push_str("</ul></div>");
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
    let class = class_list(&[
        Some("pm-card"),
        bip.then_some("pm-card-bip"),
        page_class.as_deref(),
    ]);
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
            // A node of its own: focus is moved to it (after "Show more", from the shortlist
            // or the map) and stays when the summary below is written anew.
            focusable("h4", "pm-card-title", vec![text(name.clone())]),
            Html::from_html_unchecked(summary(v, hit, &key, shared).into()),
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

/// The card between its title and its buttons, as markup: place and distance with the
/// estimate, the deciding facts, the next stay (a BIP's facts instead), why it fits and what
/// does not.
fn summary(v: &View, hit: &Hit, key: &Key, shared: &[Note]) -> String {
    let bip = hit.kind == Kind::Bip;
    let catalogue = v.m.catalogue();
    let mut reasons = Vec::new();
    // The next stay one can apply for gets a line of its own, with the days left.
    let mut next = String::new();
    for n in &hit.reasons {
        if let Detail::Window(window) = &n.detail {
            next.clear();
            let sentence = describe_reason(n, hit.kind, catalogue, v.l);
            write(&mut next, "<p class=\"pm-next\">{}", &[&sentence]);
            if let Some(day) = window.apply_by() {
                write_days_left(&mut next, v, &day.to_string());
            }
            next.push_str("</p>");
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
    let place = place(v, key).unwrap_or_else(|| v.t(ui::ONLINE_ONLY).to_owned());
    // One element around it all: Yew takes a raw node's elements out and puts the new ones in
    // one by one, four calls into the page a card instead of one (a plain block: no box of
    // its own that the layout would show).
    let mut out = String::from("<div>");
    out.push_str("<p class=\"pm-where\">");
    write_icon(&mut out, super::icon::PIN);
    write(&mut out, "<span>{}</span>", &[&place]);
    if let Some(km) = hit.distance_km {
        let km = ui::km(u64::from(km), v.l);
        write(&mut out, "<span class=\"pm-km\">{}</span>", &[&km]);
    }
    // What the distance band decides: the Erasmus+ estimate (its lines are in the detail).
    if let Some(e) = estimate(v.m, hit) {
        let band = estimate_summary(&e, v.l);
        write(&mut out, "<span class=\"pm-band\">{}</span>", &[&band]);
    }
    // What decides, whatever the filters: levels, months, languages asked.
    let decide = deciding_facts(v.m, hit, v.l).join(" · ");
    write(&mut out, "</p><p class=\"pm-decide\">{}</p>", &[&decide]);
    if bip {
        write_bip_facts(&mut out, v, &hit.id);
    } else {
        out.push_str(&next);
    }
    out.push_str("<div class=\"pm-notes\">");
    let why = ["pm-why", "pm-list pm-good"];
    write_notes(&mut out, v, why, ui::WHY, super::icon::CHECK, &reasons);
    let why_not = ["pm-why-not", "pm-list pm-warn"];
    write_notes(
        &mut out,
        v,
        why_not,
        ui::WHY_NOT,
        super::icon::ALERT,
        &warnings,
    );
    out.push_str("</div></div>");
    out
}

/// Dates, credits, host, partners and the application deadline of a BIP.
fn write_bip_facts(out: &mut String, v: &View, id: &str) {
    let Some(b) = v.m.bip(id) else {
        return;
    };
    out.push_str("<dl class=\"pm-facts\">");
    if let Some(p) = &b.physical {
        let dates = format_date_range(p.start.as_str(), p.end.as_str(), v.l);
        write_fact(out, v.t(ui::IN_PERSON), &dates);
    }
    if let Some(ects) = b.ects {
        let credits = v.fill(ui::ECTS, &[&ui::decimal(ects, v.l)]);
        write_fact(out, v.t(ui::CREDITS), &credits);
    }
    write_fact(out, v.t(ui::HOST), v.short_name(&b.host));
    let mut partners = Vec::new();
    for p in &b.partners {
        partners.push(v.short_name(p.as_str()).to_owned());
    }
    if !partners.is_empty() {
        write_fact(out, v.t(ui::PARTNERS), &and_list(&partners, v.l));
    }
    if let Some(date) = &b.apply_by {
        write_apply_by(out, v, date.as_str());
    }
    out.push_str("</dl>");
}
