//! Everything the catalogue knows about one institution or BIP, shown inside its card, and
//! the pieces the card's summary shares with it (a BIP's application deadline).

use yew::prelude::*;

use super::markup::{el, el_text, element, external_link, fact, sr, text};
use super::View;
use crate::catalogue::values::parse_date;
use crate::catalogue::{Agreement, Bip, Institution, LanguageRequirement};
use crate::estimate::estimate;
use crate::i18n::{
    and_list, country_name, days_until, format_date, format_date_range, funding_label,
    language_level, level_label, mobility_label, or_list, requirement_label, term_label, ui, Text,
};
use crate::i18n::{contact_label, estimate_lines, next_mobility, CONTACTS};
use crate::reference::isced;
use crate::search::{next_stays, Hit, Kind};
use crate::staff::{staff_terms, StaffTerms};

pub(super) fn view(v: &View, hit: &Hit) -> Html {
    let body = match hit.kind {
        Kind::Institution => v.m.institution(&hit.id).map(|i| {
            let staff = staff_terms(v.m, hit);
            institution(v, i, &hit.agreements, staff.as_ref())
        }),
        Kind::Bip => v.m.bip(&hit.id).map(|b| bip(v, b)),
    };
    el(
        "div",
        "pm-detail",
        vec![body.unwrap_or_default(), estimate_part(v, hit)],
    )
}

/// The Erasmus+ estimate, a line per amount, and the office's page about grants.
fn estimate_part(v: &View, hit: &Hit) -> Html {
    let catalogue = v.m.catalogue();
    let Some(estimate) = estimate(v.m, hit) else {
        return Html::default();
    };
    let mut lines = estimate_lines(&estimate, v.l).into_iter();
    let heading = lines.next().unwrap_or_default();
    let mut items = Vec::new();
    for line in lines {
        items.push(el_text("li", "", line));
    }
    let url = catalogue.funding.as_ref().and_then(|f| f.url.as_ref());
    let page = url.map(|u| {
        el(
            "p",
            "",
            vec![link(v, u.as_str(), v.t(ui::GRANTS).to_owned())],
        )
    });
    Html::from_iter([
        el_text("h5", "pm-h5", heading),
        el("ul", "pm-reqs", items),
        page.unwrap_or_default(),
    ])
}

/// "15 December 2026" and the days left, for a BIP's application deadline.
pub(super) fn apply_by(v: &View, date: &str) -> Html {
    Html::from_iter([text(format_date(date, v.l)), days_left(v, date)])
}

/// A badge with the days left until `date` (YYYY-MM-DD), marked when under a week.
pub(super) fn days_left(v: &View, date: &str) -> Html {
    let left = days_until(date, v.today).map(|d| {
        let class = if d < 7 {
            "pm-pill pm-pill-warn"
        } else {
            "pm-pill"
        };
        el_text("span", class, ui::days_left(d, v.l))
    });
    left.unwrap_or_default()
}

/// A term and its text, for a `<dl>`.
fn fact_text(v: &View, label: Text, value: impl Into<AttrValue>) -> Html {
    fact(v.t(label), text(value))
}

/// A link that opens in a new tab, for http(s) addresses only.
fn link(v: &View, url: &str, label: String) -> Html {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Html::default();
    }
    external_link(url.to_owned(), vec![text(label), sr(v.t(ui::NEW_TAB))])
}

/// "French B1 or English B2".
fn languages(v: &View, asked: &[LanguageRequirement]) -> String {
    let mut items = Vec::new();
    for l in asked {
        items.push(language_level(l, v.l));
    }
    if items.is_empty() {
        v.t(ui::NO_LANGUAGE).to_owned()
    } else {
        or_list(&items, v.l)
    }
}

fn labels<T: Copy>(v: &View, items: &Option<Vec<T>>, label: fn(T) -> Text, all: Text) -> String {
    match items {
        Some(items) if !items.is_empty() => {
            let mut names = Vec::new();
            for &x in items {
                names.push(v.t(label(x)).to_owned());
            }
            and_list(&names, v.l)
        }
        _ => v.t(all).to_owned(),
    }
}

/// An institution's facts, agreements and what applying takes; for a staff result (`staff`),
/// its contacts instead of a student's deadlines and requirements.
fn institution(v: &View, i: &Institution, fitting: &[usize], staff: Option<&StaffTerms>) -> Html {
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
    let home_deadlines = v.m.catalogue().home_deadlines_for(i);
    let mut parts = Vec::new();
    if i.erasmus_code.is_some() || website.is_some() {
        let mut facts = Vec::new();
        if let Some(code) = &i.erasmus_code {
            facts.push(fact_text(v, ui::ERASMUS_CODE, code.clone()));
        }
        if let Some(link) = website {
            facts.push(fact(v.t(ui::WEBSITE), link));
        }
        parts.push(el("dl", "pm-facts", facts));
    }
    if !i.agreements.is_empty() {
        // The agreements that fit the search first.
        let mut agreements = Vec::new();
        for fits in [true, false] {
            for (n, a) in i.agreements.iter().enumerate() {
                if fitting.contains(&n) == fits {
                    agreements.push(agreement(v, a, fits));
                }
            }
        }
        parts.push(el_text("h5", "pm-h5", v.t(ui::AGREEMENTS)));
        parts.push(el("ul", "pm-agreements", agreements));
    }
    if let Some(staff) = staff {
        parts.push(staff_part(v, staff));
        return Html::from_iter(parts);
    }
    // Each term's next stay, with its deadlines and their years (ours, then the partner's).
    let today = parse_date(v.today);
    let stays = today.map(|t| next_stays(&i.deadlines, &home_deadlines, t));
    let mut sentences = Vec::new();
    for window in stays.iter().flatten() {
        sentences.push(el_text("li", "", next_mobility(window, v.l)));
    }
    if !sentences.is_empty() {
        parts.push(el_text("h5", "pm-h5", v.t(ui::WHEN_TO_APPLY)));
        parts.push(el("ul", "pm-reqs", sentences));
    }
    if !i.requirements.is_empty() {
        let mut requirements = Vec::new();
        for r in &i.requirements {
            let label = requirement_label(r).map_or_else(|| r.clone(), |t| v.t(t).to_owned());
            requirements.push(el_text("li", "", label));
        }
        parts.push(el_text("h5", "pm-h5", v.t(ui::REQUIREMENTS)));
        parts.push(el("ul", "pm-reqs", requirements));
    }
    Html::from_iter(parts)
}

/// The people to contact about a staff result, each with a mail link (its terms in brief are
/// on its card; the Erasmus+ rules, `staff_rules`, are the command line's).
fn staff_part(v: &View, staff: &StaffTerms) -> Html {
    if staff.contacts.is_empty() {
        return Html::default();
    }
    let mut people = Vec::new();
    for c in &staff.contacts {
        let mut line = vec![text(contact_label(c))];
        if let Some(email) = &c.email {
            line.push(text(": "));
            let mut href = String::from("mailto:");
            href.push_str(email);
            let label = vec![text(email.clone())];
            line.push(element("a", &["href"], vec![Some(href.into())], None, label).into());
        }
        people.push(el("li", "", line));
    }
    Html::from_iter([
        el_text("h5", "pm-h5", v.t(CONTACTS)),
        el("ul", "pm-reqs", people),
    ])
}

fn agreement(v: &View, a: &Agreement, fits: bool) -> Html {
    let c = v.m.catalogue();
    let programmes = match &a.programmes {
        Some(ids) => {
            let mut names = Vec::new();
            for id in ids {
                names.push(
                    c.programme(id.as_str())
                        .map_or_else(|| id.to_string(), |p| p.name.get(v.l).to_owned()),
                );
            }
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
    let mut title = vec![el_text("strong", "", v.t(mobility_label(a.mobility)))];
    if fits {
        title.push(el_text("span", "pm-pill pm-pill-good", v.t(ui::FITS)));
    }
    let mut facts = vec![fact_text(v, ui::FOR, programmes)];
    if let Some(n) = a.places {
        let places = v.fill(ui::PER_YEAR, &[&ui::places(n, v.l)]);
        facts.push(fact_text(v, ui::PLACES, places));
    }
    if let Some(n) = a.months {
        facts.push(fact_text(v, ui::LENGTH, ui::months(n, v.l)));
    }
    facts.push(fact_text(
        v,
        ui::WHEN,
        labels(v, &a.terms, term_label, ui::ANY_TIME),
    ));
    facts.push(fact_text(
        v,
        ui::LEVELS,
        labels(v, &a.levels, level_label, ui::ALL_LEVELS),
    ));
    facts.push(fact_text(v, ui::LANGUAGE_ASKED, languages(v, &a.languages)));
    if let Some(f) = a.funding {
        facts.push(fact_text(v, ui::FUNDING, v.t(funding_label(f))));
    }
    if let Some(valid) = valid {
        facts.push(fact_text(v, ui::VALID, valid));
    }
    let notes = a
        .notes
        .as_ref()
        .map(|notes| el_text("p", "pm-agreement-notes", notes.get(v.l).to_owned()));
    el(
        "li",
        if fits {
            "pm-agreement pm-fits"
        } else {
            "pm-agreement"
        },
        vec![
            el("p", "pm-agreement-title", title),
            el("dl", "pm-facts", facts),
            notes.unwrap_or_default(),
        ],
    )
}

fn bip(v: &View, b: &Bip) -> Html {
    let description = b
        .description
        .as_ref()
        .map(|d| el_text("p", "pm-description", d.get(v.l).to_owned()));
    let mut facts = Vec::new();
    if let Some(p) = &b.physical {
        let dates = format_date_range(p.start.as_str(), p.end.as_str(), v.l);
        let place = v.fill(
            ui::PLACE,
            &[p.city.get(v.l), &country_name(p.country.as_str(), v.l)],
        );
        facts.push(fact_text(
            v,
            ui::IN_PERSON,
            v.fill(ui::DATES_AT, &[&dates, &place]),
        ));
    }
    if let Some(online) = &b.virtual_part {
        facts.push(fact_text(v, ui::ONLINE_PART, online.get(v.l).to_owned()));
    }
    facts.push(fact_text(v, ui::LANGUAGE_ASKED, languages(v, &b.languages)));
    if let Some(n) = b.places {
        facts.push(fact_text(v, ui::PLACES, ui::places(n, v.l)));
    }
    facts.push(fact_text(
        v,
        ui::LEVELS,
        labels(v, &b.levels, level_label, ui::ALL_LEVELS),
    ));
    if let Some(date) = &b.apply_by {
        facts.push(fact(v.t(ui::APPLY_BY), apply_by(v, date.as_str())));
    }
    facts.push(fact_text(v, ui::HOST, v.short_name(&b.host).to_owned()));
    let more = b.url.as_ref().map(|url| {
        el(
            "p",
            "",
            vec![link(v, url.as_str(), v.t(ui::MORE_INFO).to_owned())],
        )
    });
    Html::from_iter([
        description.unwrap_or_default(),
        el("dl", "pm-facts", facts),
        more.unwrap_or_default(),
    ])
}
