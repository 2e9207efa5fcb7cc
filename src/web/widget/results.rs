//! The ranked results: count, cards with their reasons and warnings, paging, the group of
//! results open to related programmes (after all that fit), and the "no results" state with
//! the filter to loosen.

use yew::prelude::*;

use super::detail::{self, apply_by};
use super::inputs::{option, select};
use super::markup::{
    button, el, el_text, fact, focusable, item, sr, tag, text, text_button, Aria, Fixed,
};
use super::shortlist::place;
use super::state::{Action, Key, Said};
use super::{class_list, icon, on, on_value, Field, View};
use crate::estimate::estimate;
use crate::i18n::choose::{sort_label, SORT_BY};
use crate::i18n::shortlist as words;
use crate::i18n::{
    and_list, deciding_facts, describe_reason, describe_warning, estimate_summary,
    format_date_range, ui,
};
use crate::search::{
    shared_reasons, CriteriaError, Detail, Hit, Kind, Loosening, NameLength, Note, NoteCode, Page,
    Sort,
};

pub(super) fn view(v: &View, found: &Result<Page, CriteriaError>) -> Html {
    let found = match found {
        Ok(found) => found,
        Err(_) => {
            return el(
                "div",
                "pm-empty",
                vec![
                    el_text("p", "", v.t(ui::SEARCH_FAILED)),
                    text_button("pm-btn", on(v.d, Action::ClearAll), v.t(ui::CLEAR_ALL)),
                ],
            )
        }
    };
    // Pages run over the results that fit, then the related ones.
    let total = found.total;
    let all = total.saturating_add(found.related);
    let page = v.props.page_size.max(1);
    let shown = all
        .min(page.saturating_mul(v.s.pages))
        .min(found.hits.len());
    let more = (all - shown).min(page);
    let fitting_shown = shown.min(total);
    let showing = (shown < total).then(|| {
        el_text(
            "p",
            "pm-showing",
            v.fill(ui::SHOWING, &[&shown.to_string(), &total.to_string()]),
        )
    });
    let unknown =
        v.s.unknown_programme
            .as_ref()
            .map(|p| el_text("p", "pm-note", v.fill(ui::UNKNOWN_PROGRAMME, &[p])));
    // Query words that matched nothing: said where the count is, and by the live region.
    let ignored = crate::i18n::ignored_words(&found.ignored_words, v.l)
        .map(|note| el_text("p", "pm-note", note));
    // Two parts in either case, so that the list of cards stays in its place (`kept_cards`).
    let list = if total == 0 {
        Html::from_iter([no_results(v, &found.loosenings), kept(v, page)])
    } else {
        let fitting = found.hits.get(..fitting_shown).unwrap_or_default();
        let shared = shared_reasons(fitting);
        let mut cards = Vec::new();
        for (i, hit) in fitting.iter().enumerate() {
            cards.push(card(v, hit, i, page, &shared));
        }
        Html::from_iter([in_common(v, &shared), el("ol", "pm-results", cards)])
    };
    // Related ones follow once every result that fits is shown (or when none fits).
    let related =
        (found.related > 0 && shown >= total).then(|| related(v, found, total..shown, page));
    let more = (more > 0).then(|| {
        text_button(
            "pm-btn pm-more",
            on(v.d, Action::ShowMore),
            v.fill(ui::SHOW_MORE, &[&more.to_string()]),
        )
    });
    el(
        "section",
        "pm-results-section",
        vec![
            el(
                "div",
                "pm-results-bar",
                vec![
                    focusable("h3", "pm-results-head", vec![text(ui::results(total, v.l))]),
                    showing.unwrap_or_default(),
                    if all > 1 { sort(v) } else { Html::default() },
                ],
            ),
            unknown.unwrap_or_default(),
            ignored.unwrap_or_default(),
            list,
            related.unwrap_or_default(),
            more.unwrap_or_default(),
        ],
    )
}

/// The order of the results (`crate::search::Sort`).
fn sort(v: &View) -> Html {
    let mut options = Vec::new();
    for x in Sort::ALL {
        options.push(option(x.as_str(), v.t(sort_label(x))));
    }
    let current = v.s.criteria.sort.unwrap_or(Sort::BestFit);
    select(
        "pm-field pm-sort",
        v.t(SORT_BY),
        options,
        current.as_str(),
        on_value(v.d, Field::Sort),
    )
}

/// The results open to related programmes, in their own labelled group: those at positions
/// `shown` (after the `shown.start` that fit).
fn related(v: &View, found: &Page, shown: std::ops::Range<usize>, page: usize) -> Html {
    let mut cards = Vec::new();
    let hits = found.hits.get(shown.clone()).unwrap_or_default();
    let shared = shared_reasons(hits);
    for (hit, i) in hits.iter().zip(shown) {
        cards.push(card(v, hit, i, page, &shared));
    }
    let count = found.related.to_string();
    el(
        "div",
        "pm-related",
        vec![
            el_text("h3", "pm-related-head", v.fill(ui::RELATED, &[&count])),
            el_text("p", "pm-hint", v.t(ui::RELATED_HINT)),
            in_common(v, &shared),
            if cards.is_empty() {
                Html::default()
            } else {
                el("ol", "pm-results pm-results-related", cards)
            },
        ],
    )
}

/// The cards of the search before, hidden while none is shown (`Searches::kept_cards`).
fn kept(v: &View, page: usize) -> Html {
    let Some(before) = v.kept else {
        return Html::default();
    };
    let fitting = before.hits.get(..before.total).unwrap_or(&before.hits);
    let shared = shared_reasons(fitting);
    let mut cards = Vec::new();
    for (i, hit) in fitting.iter().enumerate() {
        cards.push(card(v, hit, i, page, &shared));
    }
    tag(
        "ol",
        &[("class", Fixed("pm-results")), ("hidden", Fixed(""))],
        cards,
    )
}

/// The reasons every card of a list shares, said once above it instead of on each card.
fn in_common(v: &View, shared: &[Note]) -> Html {
    if shared.is_empty() {
        return Html::default();
    }
    let catalogue = v.m.catalogue();
    let mut sentences = Vec::new();
    for n in shared {
        // In a BIP's words, which hold for any kind: "Open to Photography students".
        sentences.push(describe_reason(n, Kind::Bip, catalogue, v.l));
    }
    el_text(
        "p",
        "pm-shared",
        v.fill(ui::IN_COMMON, &[&sentences.join(" · ")]),
    )
}

fn no_results(v: &View, loosen: &[Loosening]) -> Html {
    let (hint, label, action) = match loosen.first() {
        Some(best) => {
            let filter = v.t(ui::filter_name(best.filter));
            (
                v.fill(ui::LOOSEN, &[filter, &ui::results(best.results, v.l)]),
                v.fill(ui::REMOVE_FILTER, &[filter]),
                Action::Loosen(best.filter),
            )
        }
        None => (
            v.t(ui::NO_LOOSENING).to_owned(),
            v.t(ui::CLEAR_ALL).to_owned(),
            Action::ClearAll,
        ),
    };
    el(
        "div",
        "pm-empty",
        vec![
            el_text("p", "pm-empty-title", v.t(ui::NO_RESULTS)),
            el_text("p", "", hint),
            text_button("pm-btn pm-loosen", on(v.d, action), label),
        ],
    )
}

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
fn card(v: &View, hit: &Hit, index: usize, page: usize, shared: &[Note]) -> Html {
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
