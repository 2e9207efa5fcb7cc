//! What decides, for each saved result (printed, and shown side by side to compare), and
//! what takes the list out of the browser: print, a calendar file and the mail to
//! the coordinator (their content is built in the core, `crate::export`).

use yew::prelude::*;

use super::markup::{button, el, text, text_button, Aria};
use super::state::{Action, Key, State};
use super::{on, url_state, View, WidgetProps};
use crate::catalogue::values::parse_date;
use crate::export::{calendar_events, data_url, mail_text, mailto};
use crate::i18n::shortlist as words;
use crate::i18n::{and_list, language_level, level_label, or_list, ui};
use crate::ics;
use crate::search::Kind;
use crate::shortlist_facts::{summary, Summary};
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
    let physical = v.m.bip(&key.id).and_then(|b| b.physical.as_ref());
    let length = match (s.months, physical) {
        (_, Some(p)) if key.kind == Kind::Bip => {
            crate::i18n::format_date_range(p.start.as_str(), p.end.as_str(), v.l)
        }
        (Some((lo, hi)), _) if lo == hi => ui::months(hi, v.l),
        (Some((lo, hi)), _) => v.fill(ui::RANGE, &[&lo.to_string(), &ui::months(hi, v.l)]),
        _ => "–".to_owned(),
    };
    let places = match (s.places, key.kind) {
        (Some(n), Kind::Institution) => v.fill(ui::PER_YEAR, &[&ui::places(n, v.l)]),
        (Some(n), Kind::Bip) => ui::places(n, v.l),
        (None, _) => "–".to_owned(),
    };
    vec![
        (v.t(ui::LEVELS), levels),
        (v.t(ui::LANGUAGE_ASKED), languages),
        (v.t(ui::LENGTH), length),
        (v.t(ui::PLACES), places),
    ]
}

fn programme<'a>(v: &View<'a>) -> Option<&'a str> {
    v.s.criteria.programme.as_deref()
}

/// The facts of one saved result: on paper, and on screen in the comparison (the lists'
/// entries side by side).
pub(super) fn print_facts(v: &View, key: &Key) -> Html {
    let Some(s) = summary(v.m, key, programme(v)) else {
        return Html::default();
    };
    let mut facts = Vec::new();
    for (label, value) in rows(v, key, &s) {
        facts.push(super::markup::fact(label, text(value)));
    }
    el("dl", "pm-sl-facts", facts)
}

/// Compare, print, calendar, mail.
pub(super) fn export_bar(v: &View) -> Html {
    let compare = button(
        "pm-btn pm-btn-quiet pm-compare-btn",
        Aria {
            pressed: Some(v.s.comparing),
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
    let (link, today) = (share_link(v.s, v.props), parse_date(v.today));
    // The calendar file as a link to download (`data:`), made with the list.
    let calendar = today.map(|today| {
        let events = calendar_events(v.m, &v.s.shortlist, today, v.l);
        let file = ics::calendar(&events, &ics::stamp(today), &link);
        let mut name = words::FILE_NAME.get(v.l).to_owned();
        name.push_str(".ics");
        super::markup::link(
            "pm-btn pm-btn-quiet pm-ics",
            data_url("text/calendar;charset=utf-8", &file),
            Some(name),
            vec![text(v.t(words::CALENDAR))],
        )
    });
    let mail = today.map(|today| {
        let (subject, body) = mail_text(v.m, &v.s.shortlist, &link, today, v.l);
        let to = v.m.catalogue().home.contact.as_ref();
        let to = to.and_then(|c| c.email.as_ref()).map_or("", |e| e.as_str());
        let href = mailto(to, &subject, &body);
        super::markup::link(
            "pm-btn pm-btn-quiet pm-send",
            href,
            None,
            vec![text(v.t(words::SEND))],
        )
    });
    el(
        "div",
        "pm-export",
        vec![
            compare,
            print,
            calendar.unwrap_or_default(),
            mail.unwrap_or_default(),
        ],
    )
}
