//! The ranked results: count, cards with their reasons and warnings, paging, and the
//! "no results" state with the filter to loosen.

use yew::prelude::*;

use super::shortlist::place;
use super::state::{Action, Key, SHORTLIST_MAX};
use super::{class_list, detail, icon, on, SelectDetail, View, WidgetEvent};
use crate::catalogue::HOME_HOST;
use crate::i18n::{
    and_list, days_until, describe_reason, describe_warning, format_date, format_date_range, ui,
};
use crate::search::{Criteria, CriteriaError, Hit, Kind, Loosening, Matcher, NoteCode};

/// What one search found.
#[derive(Debug, PartialEq)]
pub struct Found {
    /// How many results there are.
    pub total: usize,
    /// The first of them, explained: as many as are shown.
    pub hits: Vec<Hit>,
    /// Results per country (by code), for the country filter.
    pub counts: Vec<(String, usize)>,
    /// With no results: the filters the student set that would give some, best first.
    pub loosen: Vec<Loosening>,
}

/// Runs the search and explains the first `shown` results. `own` are the student's
/// criteria: filters the page imposes are never suggested for loosening.
pub fn find(
    m: &Matcher,
    criteria: &Criteria,
    own: &Criteria,
    shown: usize,
) -> Result<Found, CriteriaError> {
    let ranking = m.rank(criteria)?;
    let total = ranking.len();
    let hits = ranking.hits(0..shown);
    let counts = ranking.country_counts()?;
    let loosen = if total == 0 {
        ranking
            .loosenings()?
            .into_iter()
            .filter(|l| own.is_active(l.filter))
            .collect()
    } else {
        Vec::new()
    };
    Ok(Found {
        total,
        hits,
        counts,
        loosen,
    })
}

/// A short name for an institution (for hosts and partners).
pub(super) fn short_name(m: &Matcher, id: &str, v: &View) -> String {
    if id == HOME_HOST {
        return m.catalogue().home.name.get(v.l).to_owned();
    }
    m.institution(id).map_or_else(
        || id.to_owned(),
        |i| {
            i.short_name
                .clone()
                .unwrap_or_else(|| i.name.get(v.l).to_owned())
        },
    )
}

/// "15 December 2026" and the days left, for a BIP's application deadline.
pub(super) fn apply_by(v: &View, date: &str) -> Html {
    let left = days_until(date, v.today).map(|d| (ui::days_left(d, v.l), d < 7));
    html! {
        <>
            { format_date(date, v.l) }
            if let Some((left, soon)) = left {
                <span class={class_list(&[Some("pm-pill"), soon.then_some("pm-pill-warn")])}>{ left }</span>
            }
        </>
    }
}

pub(super) fn view(v: &View, found: &Result<Found, CriteriaError>) -> Html {
    let found = match found {
        Ok(found) => found,
        Err(_) => {
            return html! {
                <div class="pm-empty">
                    <p>{ v.t(ui::SEARCH_FAILED) }</p>
                    <button type="button" class="pm-btn" onclick={on(v.d, Action::ClearAll)}>
                        { v.t(ui::CLEAR_ALL) }
                    </button>
                </div>
            }
        }
    };
    let total = found.total;
    let page = v.props.page_size.max(1);
    let shown = total
        .min(page.saturating_mul(v.s.pages))
        .min(found.hits.len());
    let more = (total - shown).min(page);
    html! {
        <section class="pm-results-section">
            <div class="pm-results-bar">
                <h3 class="pm-results-head" tabindex="-1">{ ui::results(total, v.l) }</h3>
                if shown < total {
                    <p class="pm-showing">
                        { v.fill(ui::SHOWING, &[&shown.to_string(), &total.to_string()]) }
                    </p>
                }
            </div>
            if let Some(p) = &v.s.unknown_programme {
                <p class="pm-note">{ v.fill(ui::UNKNOWN_PROGRAMME, &[p]) }</p>
            }
            if total == 0 {
                { no_results(v, &found.loosen) }
            } else {
                <ol class="pm-results">
                    { for found.hits[..shown].iter().enumerate().map(|(i, hit)| card(v, hit, i, page)) }
                </ol>
            }
            if more > 0 {
                <button type="button" class="pm-btn pm-more" onclick={on(v.d, Action::ShowMore)}>
                    { v.fill(ui::SHOW_MORE, &[&more.to_string()]) }
                </button>
            }
        </section>
    }
}

fn no_results(v: &View, loosen: &[Loosening]) -> Html {
    html! {
        <div class="pm-empty">
            <p class="pm-empty-title">{ v.t(ui::NO_RESULTS) }</p>
            if let Some(best) = loosen.first() {
                <p>{ v.fill(ui::LOOSEN, &[v.t(ui::filter_name(best.filter)), &ui::results(best.results, v.l)]) }</p>
                <button type="button" class="pm-btn pm-loosen" onclick={on(v.d, Action::Loosen(best.filter))}>
                    { v.fill(ui::REMOVE_FILTER, &[v.t(ui::filter_name(best.filter))]) }
                </button>
            } else {
                <p>{ v.t(ui::NO_LOOSENING) }</p>
                <button type="button" class="pm-btn pm-loosen" onclick={on(v.d, Action::ClearAll)}>
                    { v.t(ui::CLEAR_ALL) }
                </button>
            }
        </div>
    }
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
    html! {
        <div class={block}>
            <p class="pm-kicker">{ v.t(heading) }</p>
            <ul class={list}>
                { for sentences.into_iter().map(|s| html! { <li>{ icon(mark) }<span>{ s }</span></li> }) }
            </ul>
        </div>
    }
}

fn card(v: &View, hit: &Hit, index: usize, page: usize) -> Html {
    let key = Key::new(hit.kind, hit.id.clone());
    let name = v.m.name_of(hit, v.l);
    let open = v.s.open.contains(&key);
    let saved = v.s.is_saved(&key);
    let bip = hit.kind == Kind::Bip;
    let page_class = (index > 0 && index % page == 0).then(|| {
        let mut class = String::from("pm-page-");
        class.push_str(&(index / page + 1).to_string());
        class
    });
    let catalogue = v.m.catalogue();
    let reasons = hit
        .reasons
        .iter()
        .filter(|n| !(bip && matches!(n.code, NoteCode::Dates | NoteCode::ApplyBy)))
        .map(|n| describe_reason(n, hit.kind, catalogue, v.l))
        .collect::<Vec<_>>();
    let warnings: Vec<String> = hit
        .warnings
        .iter()
        .map(|n| describe_warning(n, catalogue, v.l))
        .collect();
    let toggle = {
        let (d, on_event, key) = (v.d.clone(), v.props.on_event.clone(), key.clone());
        Callback::from(move |_: MouseEvent| {
            if !open {
                on_event.emit(WidgetEvent::Select(SelectDetail {
                    kind: key.kind,
                    id: key.id.clone(),
                }));
            }
            d.dispatch(Action::ToggleOpen(key.clone()));
        })
    };
    html! {
        <li key={key.token()} class={class_list(&[Some("pm-card"), bip.then_some("pm-card-bip"), page_class.as_deref()])}
            data-key={key.token()}>
            <p class="pm-kind">{ v.t(if bip { ui::BIP } else { ui::PARTNER }) }</p>
            <h4 class="pm-card-title" tabindex="-1">{ name.clone() }</h4>
            <p class="pm-where">
                { icon(super::icon::PIN) }
                <span>{ place(v, &key).unwrap_or_else(|| v.t(ui::ONLINE_ONLY).to_owned()) }</span>
                if let Some(km) = hit.distance_km {
                    <span class="pm-km">{ ui::km(u64::from(km), v.l) }</span>
                }
                if let Some(band) = hit.distance_band {
                    <span class="pm-band">{ ui::band(band.as_str(), v.l) }</span>
                }
            </p>
            if bip {
                { bip_facts(v, &hit.id) }
            }
            <div class="pm-notes">
                { notes(v, ["pm-why", "pm-list pm-good"], ui::WHY, super::icon::CHECK, reasons) }
                { notes(v, ["pm-why-not", "pm-list pm-warn"], ui::WHY_NOT, super::icon::ALERT, warnings) }
            </div>
            <div class="pm-actions">
                <button type="button" class="pm-btn pm-btn-quiet pm-details" aria-expanded={open.to_string()}
                    onclick={toggle}>
                    { v.t(ui::DETAILS) }<span class="pm-sr">{ name.clone() }</span>
                    { icon(super::icon::DOWN) }
                </button>
                <button type="button" class="pm-btn pm-btn-quiet pm-save" aria-pressed={saved.to_string()}
                    disabled={!saved && v.s.shortlist.len() >= SHORTLIST_MAX}
                    onclick={on(v.d, Action::ToggleSaved(key.clone()))}>
                    { icon(super::icon::STAR) }{ v.t(ui::SAVE) }<span class="pm-sr">{ name }</span>
                </button>
            </div>
            if open {
                { detail::view(v, hit) }
            }
        </li>
    }
}

/// Dates, credits, host, partners and the application deadline of a BIP.
fn bip_facts(v: &View, id: &str) -> Html {
    let Some(b) = v.m.bip(id) else {
        return Html::default();
    };
    let partners: Vec<String> = b
        .partners
        .iter()
        .map(|p| short_name(v.m, p.as_str(), v))
        .collect();
    html! {
        <dl class="pm-facts">
            if let Some(p) = &b.physical {
                <dt>{ v.t(ui::IN_PERSON) }</dt>
                <dd>{ format_date_range(p.start.as_str(), p.end.as_str(), v.l) }</dd>
            }
            if let Some(ects) = b.ects {
                <dt>{ v.t(ui::CREDITS) }</dt>
                <dd>{ v.fill(ui::ECTS, &[&ui::decimal(ects, v.l)]) }</dd>
            }
            <dt>{ v.t(ui::HOST) }</dt>
            <dd>{ short_name(v.m, &b.host, v) }</dd>
            if !partners.is_empty() {
                <dt>{ v.t(ui::PARTNERS) }</dt>
                <dd>{ and_list(&partners, v.l) }</dd>
            }
            if let Some(date) = &b.apply_by {
                <dt>{ v.t(ui::APPLY_BY) }</dt>
                <dd>{ apply_by(v, date.as_str()) }</dd>
            }
        </dl>
    }
}
