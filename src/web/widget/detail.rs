//! Everything the catalogue knows about one institution or BIP, shown inside its card.

use yew::prelude::*;

use super::results::{apply_by, short_name};
use super::{class_list, View};
use crate::catalogue::{Agreement, Bip, Institution, LanguageRequirement, Term};
use crate::i18n::{
    and_list, country_name, format_date_range, format_month_day, funding_label, language_name,
    level_label, mobility_label, or_list, requirement_label, term_label, ui, Text,
};
use crate::reference::isced;
use crate::search::{Hit, Kind};

pub(super) fn view(v: &View, hit: &Hit) -> Html {
    let body = match hit.kind {
        Kind::Institution => {
            v.m.institution(&hit.id)
                .map(|i| institution(v, i, &hit.agreements))
        }
        Kind::Bip => v.m.bip(&hit.id).map(|b| bip(v, b)),
    };
    html! { <div class="pm-detail">{ body.unwrap_or_default() }</div> }
}

/// A term and its description, for a `<dl>`.
fn fact(v: &View, label: Text, value: impl Into<Html>) -> Html {
    html! {
        <>
            <dt>{ v.t(label) }</dt>
            <dd>{ value.into() }</dd>
        </>
    }
}

/// A link that opens in a new tab, for http(s) addresses only.
fn link(v: &View, url: &str, text: String) -> Html {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Html::default();
    }
    html! {
        <a href={url.to_owned()} target="_blank" rel="noopener noreferrer">
            { text }<span class="pm-sr">{ v.t(ui::NEW_TAB) }</span>
        </a>
    }
}

/// "French B1 or English B2".
fn languages(v: &View, asked: &[LanguageRequirement]) -> String {
    let items: Vec<String> = asked
        .iter()
        .map(|l| {
            let mut s = language_name(l.lang.as_str(), v.l);
            s.push(' ');
            s.push_str(l.cefr.as_str());
            s
        })
        .collect();
    if items.is_empty() {
        v.t(ui::NO_LANGUAGE).to_owned()
    } else {
        or_list(&items, v.l)
    }
}

fn labels<T: Copy>(v: &View, items: &Option<Vec<T>>, label: fn(T) -> Text, all: Text) -> String {
    match items {
        Some(items) if !items.is_empty() => {
            let names: Vec<String> = items.iter().map(|&x| v.t(label(x)).to_owned()).collect();
            and_list(&names, v.l)
        }
        _ => v.t(all).to_owned(),
    }
}

fn institution(v: &View, i: &Institution, fitting: &[usize]) -> Html {
    let website = i.website.as_ref().map(|w| {
        let text = w
            .as_str()
            .split("://")
            .nth(1)
            .unwrap_or_default()
            .trim_end_matches('/')
            .to_owned();
        link(v, w.as_str(), text)
    });
    let deadlines = [Term::Autumn, Term::Spring, Term::FullYear]
        .into_iter()
        .filter_map(|t| {
            let day = match t {
                Term::Autumn => i.deadlines.autumn.as_ref(),
                Term::Spring => i.deadlines.spring.as_ref(),
                Term::FullYear => i.deadlines.full_year.as_ref(),
            }?;
            Some(fact(v, term_label(t), format_month_day(day, v.l)))
        })
        .collect::<Html>();
    html! {
        <>
            if i.erasmus_code.is_some() || website.is_some() {
                <dl class="pm-facts">
                    if let Some(code) = &i.erasmus_code {
                        { fact(v, ui::ERASMUS_CODE, code.clone()) }
                    }
                    if let Some(link) = website {
                        { fact(v, ui::WEBSITE, link) }
                    }
                </dl>
            }
            if !i.agreements.is_empty() {
                <h5 class="pm-h5">{ v.t(ui::AGREEMENTS) }</h5>
                <ul class="pm-agreements">
                    // The agreements that fit the search first.
                    { for i.agreements.iter().enumerate().filter(|(n, _)| fitting.contains(n))
                        .chain(i.agreements.iter().enumerate().filter(|(n, _)| !fitting.contains(n)))
                        .map(|(n, a)| agreement(v, a, fitting.contains(&n))) }
                </ul>
            }
            if !i.deadlines.is_empty() {
                <h5 class="pm-h5">{ v.t(ui::DEADLINES) }</h5>
                <dl class="pm-facts">{ deadlines }</dl>
            }
            if !i.requirements.is_empty() {
                <h5 class="pm-h5">{ v.t(ui::REQUIREMENTS) }</h5>
                <ul class="pm-reqs">
                    { for i.requirements.iter().map(|r| html! {
                        <li>{ requirement_label(r).map_or_else(|| r.clone(), |t| v.t(t).to_owned()) }</li>
                    }) }
                </ul>
            }
        </>
    }
}

fn agreement(v: &View, a: &Agreement, fits: bool) -> Html {
    let c = v.m.catalogue();
    let programmes = match &a.programmes {
        Some(ids) => {
            let names: Vec<String> = ids
                .iter()
                .map(|id| {
                    c.programme(id.as_str())
                        .map_or_else(|| id.to_string(), |p| p.name.get(v.l).to_owned())
                })
                .collect();
            and_list(&names, v.l)
        }
        None => {
            let field = isced::name(a.isced.as_str(), v.l).unwrap_or(a.isced.as_str());
            v.fill(ui::EVERY_PROGRAMME_IN, &[field])
        }
    };
    let valid = a
        .valid
        .as_ref()
        .and_then(|valid| match (&valid.from, &valid.until) {
            (Some(f), Some(u)) => Some(v.fill(ui::RANGE, &[f.as_str(), u.as_str()])),
            (Some(f), None) => Some(v.fill(ui::FROM, &[f.as_str()])),
            (None, Some(u)) => Some(v.fill(ui::UNTIL, &[u.as_str()])),
            (None, None) => None,
        });
    html! {
        <li class={class_list(&[Some("pm-agreement"), fits.then_some("pm-fits")])}>
            <p class="pm-agreement-title">
                <strong>{ v.t(mobility_label(a.mobility)) }</strong>
                if fits {
                    <span class="pm-pill pm-pill-good">{ v.t(ui::FITS) }</span>
                }
            </p>
            <dl class="pm-facts">
                { fact(v, ui::FOR, programmes) }
                if let Some(n) = a.places {
                    { fact(v, ui::PLACES, v.fill(ui::PER_YEAR, &[&ui::places(n, v.l)])) }
                }
                if let Some(n) = a.months {
                    { fact(v, ui::LENGTH, ui::months(n, v.l)) }
                }
                { fact(v, ui::WHEN, labels(v, &a.terms, term_label, ui::ANY_TIME)) }
                { fact(v, ui::LEVELS, labels(v, &a.levels, level_label, ui::ALL_LEVELS)) }
                { fact(v, ui::LANGUAGE_ASKED, languages(v, &a.languages)) }
                if let Some(f) = a.funding {
                    { fact(v, ui::FUNDING, v.t(funding_label(f))) }
                }
                if let Some(valid) = valid {
                    { fact(v, ui::VALID, valid) }
                }
            </dl>
            if let Some(notes) = &a.notes {
                <p class="pm-agreement-notes">{ notes.get(v.l).to_owned() }</p>
            }
        </li>
    }
}

fn bip(v: &View, b: &Bip) -> Html {
    html! {
        <>
            if let Some(d) = &b.description {
                <p class="pm-description">{ d.get(v.l).to_owned() }</p>
            }
            <dl class="pm-facts">
                if let Some(p) = &b.physical {
                    { fact(v, ui::IN_PERSON, {
                        let dates = format_date_range(p.start.as_str(), p.end.as_str(), v.l);
                        let place = v.fill(ui::PLACE, &[p.city.get(v.l), &country_name(p.country.as_str(), v.l)]);
                        v.fill(ui::DATES_AT, &[&dates, &place])
                    }) }
                }
                if let Some(online) = &b.virtual_part {
                    { fact(v, ui::ONLINE_PART, online.get(v.l).to_owned()) }
                }
                { fact(v, ui::LANGUAGE_ASKED, languages(v, &b.languages)) }
                if let Some(n) = b.places {
                    { fact(v, ui::PLACES, ui::places(n, v.l)) }
                }
                { fact(v, ui::LEVELS, labels(v, &b.levels, level_label, ui::ALL_LEVELS)) }
                if let Some(date) = &b.apply_by {
                    { fact(v, ui::APPLY_BY, apply_by(v, date.as_str())) }
                }
                { fact(v, ui::HOST, short_name(v.m, &b.host, v)) }
            </dl>
            if let Some(url) = &b.url {
                <p>{ link(v, url.as_str(), v.t(ui::MORE_INFO).to_owned()) }</p>
            }
        </>
    }
}
