//! Everything the catalogue knows about one institution or BIP, shown inside its card, and
//! the pieces the card's summary shares with it (a BIP's application deadline).
//!
//! Written as markup (`crate::markup`, every value escaped) and inserted as one raw node, like
//! the card's summary (`card.rs`): the details hold links but no control with a listener.

use yew::prelude::*;

use super::markup::{write_fact, write_link};
use super::View;
use crate::catalogue::values::parse_date;
use crate::catalogue::{Agreement, Bip, Institution, LanguageRequirement};
use crate::estimate::estimate;
use crate::i18n::{
    and_list, country_name, days_until, format_date, format_date_range, funding_label,
    language_level, level_label, mobility_label, or_list, requirement_label, term_label, ui, Text,
};
use crate::i18n::{contact_label, estimate_lines, next_mobility, CONTACTS};
use crate::markup::write;
use crate::reference::isced;
use crate::search::{next_stays, Hit, Kind};
use crate::staff::{staff_terms, StaffTerms};

pub(super) fn view(v: &View, hit: &Hit) -> Html {
    let mut out = String::from("<div class=\"pm-detail\">");
    match hit.kind {
        Kind::Institution => {
            if let Some(i) = v.m.institution(&hit.id) {
                let staff = staff_terms(v.m, hit);
                institution(&mut out, v, i, &hit.agreements, staff.as_ref());
            }
        }
        Kind::Bip => {
            if let Some(b) = v.m.bip(&hit.id) {
                bip(&mut out, v, b);
            }
        }
    }
    estimate_part(&mut out, v, hit);
    out.push_str("</div>");
    Html::from_html_unchecked(out.into())
}

/// Opens a list under its heading: `<h5>` and `<ul class="…">`, closed by the caller.
fn open_list(out: &mut String, heading: &str, class: &str) {
    write(
        out,
        "<h5 class=\"pm-h5\">{}</h5><ul class=\"{}\">",
        &[heading, class],
    );
}

/// A heading and a list of sentences (`<h5>` and `<ul class="pm-reqs">`).
fn write_list(out: &mut String, heading: &str, items: &[String]) {
    open_list(out, heading, "pm-reqs");
    for item in items {
        write(out, "<li>{}</li>", &[item]);
    }
    out.push_str("</ul>");
}

/// The Erasmus+ estimate, a line per amount, and the office's page about grants.
fn estimate_part(out: &mut String, v: &View, hit: &Hit) {
    let Some(estimate) = estimate(v.m, hit) else {
        return;
    };
    let mut lines = estimate_lines(&estimate, v.l).into_iter();
    let heading = lines.next().unwrap_or_default();
    write_list(out, &heading, lines.as_slice());
    let catalogue = v.m.catalogue();
    if let Some(url) = catalogue.funding.as_ref().and_then(|f| f.url.as_ref()) {
        out.push_str("<p>");
        write_link(out, v, url.as_str(), v.t(ui::GRANTS));
        out.push_str("</p>");
    }
}

/// A badge with the days left until `date` (YYYY-MM-DD), marked when under a week.
pub(super) fn write_days_left(out: &mut String, v: &View, date: &str) {
    let Some(days) = days_until(date, v.today) else {
        return;
    };
    let class = if days < 7 {
        "pm-pill pm-pill-warn"
    } else {
        "pm-pill"
    };
    write(
        out,
        "<span class=\"{}\">{}</span>",
        &[class, &ui::days_left(days, v.l)],
    );
}

/// "15 December 2026" and the days left, for a BIP's application deadline (a `<dl>`'s term).
pub(super) fn write_apply_by(out: &mut String, v: &View, date: &str) {
    let day = format_date(date, v.l);
    write(out, "<dt>{}</dt><dd>{}", &[v.t(ui::APPLY_BY), &day]);
    write_days_left(out, v, date);
    out.push_str("</dd>");
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
            // "Autumn semester and spring semester": a label starts with a capital only where
            // it starts the list. This holds for labels whose only capital is their first
            // letter (terms and levels, all ASCII); a label with a name or an acronym in it
            // would need its own lower-case form.
            let mut names: Vec<String> = Vec::new();
            for &x in items {
                let name = v.t(label(x));
                names.push(match names.is_empty() {
                    true => name.to_owned(),
                    false => name.to_ascii_lowercase(),
                });
            }
            and_list(&names, v.l)
        }
        _ => v.t(all).to_owned(),
    }
}

/// An institution's facts, agreements and what applying takes; for a staff result (`staff`),
/// its contacts instead of a student's deadlines and requirements.
fn institution(
    out: &mut String,
    v: &View,
    i: &Institution,
    fitting: &[usize],
    staff: Option<&StaffTerms>,
) {
    if i.erasmus_code.is_some() || i.website.is_some() {
        out.push_str("<dl class=\"pm-facts\">");
        if let Some(code) = &i.erasmus_code {
            write_fact(out, v.t(ui::ERASMUS_CODE), code);
        }
        if let Some(w) = &i.website {
            let text = w
                .as_str()
                .split("://")
                .nth(1)
                .unwrap_or_default()
                .trim_end_matches('/');
            write(out, "<dt>{}</dt><dd>", &[v.t(ui::WEBSITE)]);
            write_link(out, v, w.as_str(), text);
            out.push_str("</dd>");
        }
        out.push_str("</dl>");
    }
    if !i.agreements.is_empty() {
        // The agreements that fit the search first.
        open_list(out, v.t(ui::AGREEMENTS), "pm-agreements");
        for fits in [true, false] {
            for (n, a) in i.agreements.iter().enumerate() {
                if fitting.contains(&n) == fits {
                    agreement(out, v, a, fits);
                }
            }
        }
        out.push_str("</ul>");
    }
    if let Some(staff) = staff {
        staff_part(out, v, staff);
        return;
    }
    // Each term's next stay, with its deadlines and their years (ours, then the partner's).
    let home_deadlines = v.m.catalogue().home_deadlines_for(i);
    let today = parse_date(v.today);
    let stays = today.map(|t| next_stays(&i.deadlines, &home_deadlines, t));
    let mut sentences = Vec::new();
    for window in stays.iter().flatten() {
        sentences.push(next_mobility(window, v.l));
    }
    if !sentences.is_empty() {
        write_list(out, v.t(ui::WHEN_TO_APPLY), &sentences);
    }
    if !i.requirements.is_empty() {
        let mut requirements = Vec::new();
        for r in &i.requirements {
            requirements
                .push(requirement_label(r).map_or_else(|| r.clone(), |t| v.t(t).to_owned()));
        }
        write_list(out, v.t(ui::REQUIREMENTS), &requirements);
    }
}

/// The people to contact about a staff result, each with a mail link (its terms in brief are
/// on its card; the Erasmus+ rules, `staff_rules`, are the command line's).
fn staff_part(out: &mut String, v: &View, staff: &StaffTerms) {
    if staff.contacts.is_empty() {
        return;
    }
    open_list(out, v.t(CONTACTS), "pm-reqs");
    for c in &staff.contacts {
        write(out, "<li>{}", &[&contact_label(c)]);
        if let Some(email) = &c.email {
            write(out, ": <a href=\"mailto:{}\">{}</a>", &[email, email]);
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

fn agreement(out: &mut String, v: &View, a: &Agreement, fits: bool) {
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
    let class = if fits {
        "pm-agreement pm-fits"
    } else {
        "pm-agreement"
    };
    write(
        out,
        "<li class=\"{}\"><p class=\"pm-agreement-title\"><strong>{}</strong>",
        &[class, v.t(mobility_label(a.mobility))],
    );
    if fits {
        write(
            out,
            "<span class=\"pm-pill pm-pill-good\">{}</span>",
            &[v.t(ui::FITS)],
        );
    }
    out.push_str("</p><dl class=\"pm-facts\">");
    write_fact(out, v.t(ui::FOR), &programmes);
    if let Some(n) = a.places {
        let places = v.fill(ui::PER_YEAR, &[&ui::places(n, v.l)]);
        write_fact(out, v.t(ui::PLACES), &places);
    }
    if let Some(n) = a.months {
        write_fact(out, v.t(ui::LENGTH), &ui::months(n, v.l));
    }
    let terms = labels(v, &a.terms, term_label, ui::ANY_TIME);
    write_fact(out, v.t(ui::WHEN), &terms);
    let levels = labels(v, &a.levels, level_label, ui::ALL_LEVELS);
    write_fact(out, v.t(ui::LEVELS), &levels);
    write_fact(out, v.t(ui::LANGUAGE_ASKED), &languages(v, &a.languages));
    if let Some(f) = a.funding {
        write_fact(out, v.t(ui::FUNDING), v.t(funding_label(f)));
    }
    if let Some(valid) = valid {
        write_fact(out, v.t(ui::VALID), &valid);
    }
    out.push_str("</dl>");
    if let Some(notes) = &a.notes {
        write(
            out,
            "<p class=\"pm-agreement-notes\">{}</p>",
            &[notes.get(v.l)],
        );
    }
    out.push_str("</li>");
}

fn bip(out: &mut String, v: &View, b: &Bip) {
    if let Some(d) = &b.description {
        write(out, "<p class=\"pm-description\">{}</p>", &[d.get(v.l)]);
    }
    out.push_str("<dl class=\"pm-facts\">");
    if let Some(p) = &b.physical {
        let dates = format_date_range(p.start.as_str(), p.end.as_str(), v.l);
        let place = v.fill(
            ui::PLACE,
            &[p.city.get(v.l), &country_name(p.country.as_str(), v.l)],
        );
        let at = v.fill(ui::DATES_AT, &[&dates, &place]);
        write_fact(out, v.t(ui::IN_PERSON), &at);
    }
    if let Some(online) = &b.virtual_part {
        write_fact(out, v.t(ui::ONLINE_PART), online.get(v.l));
    }
    write_fact(out, v.t(ui::LANGUAGE_ASKED), &languages(v, &b.languages));
    if let Some(n) = b.places {
        write_fact(out, v.t(ui::PLACES), &ui::places(n, v.l));
    }
    let levels = labels(v, &b.levels, level_label, ui::ALL_LEVELS);
    write_fact(out, v.t(ui::LEVELS), &levels);
    if let Some(date) = &b.apply_by {
        write_apply_by(out, v, date.as_str());
    }
    write_fact(out, v.t(ui::HOST), v.short_name(&b.host));
    out.push_str("</dl>");
    if let Some(url) = &b.url {
        out.push_str("<p>");
        write_link(out, v, url.as_str(), v.t(ui::MORE_INFO));
        out.push_str("</p>");
    }
}
