//! The shortlist's way out of the browser and its comparison: the print button is the
//! widget's; the comparison (a disclosure with its table), each entry's facts and the calendar
//! and mail links are markup text written by the core (`crate::shortlist_markup`), inserted
//! as raw nodes.

use yew::prelude::*;

use super::markup::{el, text_button};
use super::state::{Key, State};
use super::{url_state, View, WidgetProps};
use crate::catalogue::values::parse_date;
use crate::i18n::shortlist as words;
use crate::shortlist_markup::{compare, entry, export_links, Context};
use crate::url_state::{encode, encode_shortlist, prefix};

/// The link to this search and shortlist, as the mail and the calendar give it.
fn share_link(s: &State, props: &WidgetProps) -> String {
    let mut params = encode(&s.criteria, &s.defaults);
    params.extend(encode_shortlist(&s.shortlist));
    url_state::link(&prefix(props.instance_id.as_deref()), &params)
}

fn context<'a>(v: &View<'a>) -> Context<'a> {
    Context {
        m: v.m,
        programme: v.s.criteria.programme.as_deref(),
        today: parse_date(v.today),
        l: v.l,
    }
}

fn raw(text: String) -> Html {
    Html::from_html_unchecked(text.into())
}

/// An entry's place, next deadline and printed facts.
pub(super) fn entry_lines(v: &View, key: &Key) -> Html {
    raw(entry(context(v), key))
}

/// The comparison (a disclosure).
pub(super) fn comparison(v: &View) -> Html {
    raw(compare(context(v), &v.s.shortlist))
}

/// Print, calendar, mail.
pub(super) fn export_bar(v: &View) -> Html {
    let print = text_button(
        "pm-btn pm-btn-quiet pm-print",
        Callback::from(|_| {
            let _ = gloo::utils::window().print();
        }),
        v.t(words::PRINT),
    );
    let contact = v.m.catalogue().home.contact.as_ref();
    let to = contact.and_then(|c| c.email.as_deref()).unwrap_or("");
    let links = export_links(context(v), &v.s.shortlist, &share_link(v.s, v.props), to);
    el("div", "pm-export", vec![print, raw(links)])
}
