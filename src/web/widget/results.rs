//! The ranked results: count, order, the cards (`card.rs`) with the reasons they all share said
//! once above them, paging, the group of results open to related programmes (after all that
//! fit), and the "no results" state with the filter to loosen.

use yew::prelude::*;

use super::card::card;
use super::inputs::{option, select};
use super::markup::{el, el_text, focusable, tag, text, text_button, Fixed};
use super::state::Action;
use super::{on, on_value, Field, View};
use crate::i18n::choose::{sort_label, SORT_BY};
use crate::i18n::{describe_reason, ui};
use crate::search::{shared_reasons, CriteriaError, Kind, Loosening, Note, Page, Sort};

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
        let shared = shared_reasons(fitting, fitting_shown == total);
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
    let shared = shared_reasons(hits, hits.len() == found.related);
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
    let shared = shared_reasons(fitting, fitting.len() == before.total);
    let mut cards = Vec::new();
    for (i, hit) in fitting.iter().enumerate() {
        cards.push(card(v, hit, i, page, &shared));
    }
    // `hidden` keeps the cards' layout (the stylesheet's `content-visibility`), which leaves
    // the list itself to assistive technology: `aria-hidden` takes it away too.
    tag(
        "ol",
        &[
            ("class", Fixed("pm-results")),
            ("hidden", Fixed("")),
            ("aria-hidden", Fixed("true")),
        ],
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
