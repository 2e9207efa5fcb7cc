//! The shortlist side by side (what decides, for each saved result), the facts it prints
//! with, and what takes the list out of the browser: print, a calendar file and the mail to
//! the coordinator (their content is built in the core, `crate::export`).

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::markup::{button, el, el_text, focusable, tag, text, text_button, Aria, Fixed};
use super::state::{Action, Key, State};
use super::{on, url_state, View, WidgetProps};
use crate::catalogue::values::parse_date;
use crate::export::{calendar_events, deadline_text, mail_text, mailto, place};
use crate::i18n::shortlist as words;
use crate::i18n::{and_list, days_until, language_level, level_label, or_list, ui};
use crate::ics;
use crate::search::{Kind, NameLength};
use crate::shortlist_facts::{next_deadline, summary, Summary};
use crate::url_state::{encode, encode_shortlist, prefix};

/// The link to this search and shortlist, as the mail and the calendar give it.
fn share_link(s: &State, props: &WidgetProps) -> String {
    let mut params = encode(&s.criteria, &s.defaults);
    params.extend(encode_shortlist(&s.shortlist));
    url_state::link(&prefix(props.instance_id.as_deref()), &params)
}

/// The rows of the comparison (and of the printed facts): label and value.
fn rows(v: &View, key: &Key, s: &Summary) -> Vec<(&'static str, String)> {
    let mut levels = Vec::new();
    for l in &s.levels {
        levels.push(v.t(level_label(*l)).to_owned());
    }
    let levels = if levels.is_empty() {
        v.t(ui::ALL_LEVELS).to_owned()
    } else {
        and_list(&levels, v.l)
    };
    let mut languages = Vec::new();
    for l in &s.languages {
        languages.push(language_level(l, v.l));
    }
    let languages = if languages.is_empty() {
        v.t(ui::NO_LANGUAGE).to_owned()
    } else {
        or_list(&languages, v.l)
    };
    let length = match (s.months, s.dates) {
        (_, Some((first, last))) => {
            crate::i18n::format_date_range(&date_text(first), &date_text(last), v.l)
        }
        (Some((lo, hi)), _) if lo == hi => ui::months(hi, v.l),
        (Some((lo, hi)), _) => v.fill(ui::RANGE, &[&lo.to_string(), &ui::months(hi, v.l)]),
        (None, None) => "–".to_owned(),
    };
    let places = match (s.places, key.kind) {
        (Some(n), Kind::Institution) => v.fill(ui::PER_YEAR, &[&ui::places(n, v.l)]),
        (Some(n), Kind::Bip) => ui::places(n, v.l),
        (None, _) => "–".to_owned(),
    };
    let deadline = parse_date(v.today)
        .and_then(|today| {
            let d = next_deadline(v.m, key, today)?;
            let mut text = deadline_text(d, v.l);
            if let Some(left) = days_until(&date_text(d.date), v.today) {
                text.push_str(" · ");
                text.push_str(&ui::days_left(left, v.l));
            }
            Some(text)
        })
        .unwrap_or_else(|| v.t(words::NO_DEADLINE).to_owned());
    vec![
        (v.t(ui::LEVELS), levels),
        (v.t(ui::LANGUAGE_ASKED), languages),
        (v.t(ui::LENGTH), length),
        (v.t(ui::PLACES), places),
        (v.t(words::NEXT_DEADLINE), deadline),
    ]
}

/// `2027-04-15`.
fn date_text(d: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

fn programme<'a>(v: &View<'a>) -> Option<&'a str> {
    v.s.criteria.programme.as_deref()
}

/// The facts of one saved result, shown on paper only (the screen has the comparison).
pub(super) fn print_facts(v: &View, key: &Key) -> Html {
    let Some(s) = summary(v.m, key, programme(v)) else {
        return Html::default();
    };
    let mut facts = Vec::new();
    for (label, value) in rows(v, key, &s).into_iter().take(4) {
        facts.push(super::markup::fact(label, text(value)));
    }
    el("dl", "pm-sl-facts", facts)
}

/// Compare, print, calendar, mail.
pub(super) fn export_bar(v: &View) -> Html {
    let compare = button(
        "pm-btn pm-btn-quiet pm-compare-btn",
        Aria {
            expanded: Some(v.s.comparing),
            ..Aria::default()
        },
        on(v.d, Action::Compare(!v.s.comparing)),
        vec![text(v.t(words::COMPARE))],
    );
    let print = text_button(
        "pm-btn pm-btn-quiet pm-print",
        Callback::from(|_| {
            let _ = gloo::utils::window().print();
        }),
        v.t(words::PRINT),
    );
    let (m, list, l) = (v.s.matcher().cloned(), v.s.shortlist.clone(), v.l);
    let (link, today) = (share_link(v.s, v.props), parse_date(v.today));
    let calendar = {
        let link = link.clone();
        text_button(
            "pm-btn pm-btn-quiet pm-ics",
            Callback::from(move |_| {
                let (Some(today), Some(m)) = (today, &m) else {
                    return;
                };
                let events = calendar_events(m, &list, &link, today, l);
                let mut name = words::FILE_NAME.get(l).to_owned();
                name.push_str(".ics");
                download(&name, &ics::calendar(&events, &stamp()));
            }),
            v.t(words::CALENDAR),
        )
    };
    let mail = today.map(|today| {
        let (subject, body) = mail_text(v.m, &v.s.shortlist, &link, today, v.l);
        let to = v.m.catalogue().home.contact.as_ref();
        let to = to.and_then(|c| c.email.as_ref()).map_or("", |e| e.as_str());
        let href = mailto(to, &subject, &body);
        tag_link("pm-btn pm-btn-quiet pm-send", href, v.t(words::SEND))
    });
    el(
        "div",
        "pm-export",
        vec![compare, print, calendar, mail.unwrap_or_default()],
    )
}

/// `<a class="…" href="…">label</a>` (a `mailto:` link: no new tab).
fn tag_link(class: &'static str, href: String, label: &'static str) -> Html {
    let mut a = yew::virtual_dom::VTag::new("a");
    a.add_attribute("class", class);
    a.add_attribute("href", href);
    a.add_child(text(label));
    a.into()
}

/// The comparison: one column per saved result, in the shortlist's order.
pub(super) fn table(v: &View) -> Html {
    let mut head = vec![tag("td", &[], Vec::new())];
    let mut columns = Vec::new();
    for (key, _) in v.s.shortlist.shown() {
        let Some(s) = summary(v.m, key, programme(v)) else {
            continue;
        };
        let name = v.m.display_name(key.kind, &key.id, NameLength::Short, v.l);
        let mut cell = vec![text(name.unwrap_or(&key.id).to_owned())];
        if let Some(p) = place(v.m, key, v.l) {
            cell.push(el_text("span", "pm-compare-place", p));
        }
        head.push(tag("th", &[("scope", Fixed("col"))], cell));
        columns.push(rows(v, key, &s));
    }
    let mut body = Vec::new();
    for row in 0..columns.first().map_or(0, Vec::len) {
        let mut cells = vec![tag(
            "th",
            &[("scope", Fixed("row"))],
            vec![text(columns[0][row].0)],
        )];
        for column in &mut columns {
            cells.push(el_text("td", "", std::mem::take(&mut column[row].1)));
        }
        body.push(el("tr", "", cells));
    }
    el(
        "div",
        "pm-compare",
        vec![
            focusable(
                "h4",
                "pm-compare-head",
                vec![text(v.t(words::COMPARE_HEAD))],
            ),
            // Scrolls sideways on narrow screens: focusable, so keys scroll it.
            tag(
                "div",
                &[
                    ("class", Fixed("pm-compare-scroll")),
                    ("tabindex", Fixed("0")),
                ],
                vec![el(
                    "table",
                    "pm-compare-table",
                    vec![
                        el("thead", "", vec![el("tr", "", head)]),
                        el("tbody", "", body),
                    ],
                )],
            ),
            text_button(
                "pm-btn pm-btn-quiet",
                on(v.d, Action::Compare(false)),
                v.t(words::CLOSE_COMPARE),
            ),
        ],
    )
}

/// Now, UTC, as a calendar's DTSTAMP wants it: `20261202T123000Z`.
fn stamp() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    let mut out = String::new();
    for c in iso.chars().take(19) {
        if c != '-' && c != ':' {
            out.push(c);
        }
    }
    out.push('Z');
    out
}

/// Offers `text` as a calendar file to save or open.
fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/calendar;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = gloo::utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(a) = link {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        a.click();
    }
    // The download has its own copy once started.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}
