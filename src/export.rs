//! The shortlist leaving the browser: its deadlines and BIP dates as calendar events (written
//! by `ics`), and the mail to the coordinator as a `mailto:` address (RFC 6068). Built here,
//! in the core, so the widget only hands them to the browser.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use time::Date;

use crate::i18n::shortlist as words;
use crate::i18n::{country_name, fill, format_day, term_label};
use crate::ics::Event;
use crate::locale::Locale;
use crate::search::{Kind, Matcher, NameLength};
use crate::shortlist::{Key, Shortlist};
use crate::shortlist_facts::{deadlines, next_deadline, Deadline};

/// What a `mailto:` part keeps unencoded: RFC 3986's unreserved characters.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// The address also keeps its `@`.
const ADDRESS: &AsciiSet = &UNRESERVED.remove(b'@');

/// "Amsterdam, Netherlands": where a saved result is (nothing for an online-only BIP).
pub fn place(m: &Matcher, key: &Key, l: Locale) -> Option<String> {
    let (city, country) = match key.kind {
        Kind::Institution => {
            let i = m.institution(&key.id)?;
            (i.city.get(l), i.country.as_str())
        }
        Kind::Bip => {
            let p = m.bip(&key.id)?.physical.as_ref()?;
            (p.city.get(l), p.country.as_str())
        }
    };
    Some(fill(
        crate::i18n::ui::PLACE.get(l),
        &[city, &country_name(country, l)],
    ))
}

/// "15 April 2027 (Spring semester)", or the date alone for a BIP.
pub fn deadline_text(d: Deadline, l: Locale) -> String {
    let day = format_day(d.date, l);
    match d.term {
        Some(t) => fill(words::DEADLINE_FOR.get(l), &[&day, term_label(t).get(l)]),
        None => day,
    }
}

fn name(m: &Matcher, key: &Key, l: Locale) -> String {
    m.display_name(key.kind, &key.id, NameLength::Full, l)
        .unwrap_or(&key.id)
        .to_owned()
}

/// The events of a shortlist: each partner school's next deadline per semester, each BIP's
/// application date (when still to come) and its days in person.
pub fn calendar_events(m: &Matcher, list: &Shortlist, today: Date, l: Locale) -> Vec<Event> {
    let mut events = Vec::new();
    for (key, _) in list.shown() {
        let full = name(m, key, l);
        let uid = |what: &str, date: Date| {
            format!(
                "{}-{}-{what}-{}@partner-matcher",
                key.kind.as_str(),
                key.id,
                date.year()
            )
        };
        for d in deadlines(m, key, today) {
            let event = match d.term {
                Some(term) => Event {
                    uid: uid(term.as_str(), d.date),
                    summary: fill(
                        words::EVENT_PARTNER.get(l),
                        &[&full, term_label(term).get(l)],
                    ),
                    description: words::EVENT_PARTNER_NOTE.get(l).to_owned(),
                    first: d.date,
                    last: d.date,
                },
                None if d.date >= today => Event {
                    uid: uid("apply", d.date),
                    summary: fill(words::EVENT_APPLY.get(l), &[&full]),
                    description: String::new(),
                    first: d.date,
                    last: d.date,
                },
                None => continue,
            };
            events.push(event);
        }
        let bip = m.bip(&key.id).filter(|_| key.kind == Kind::Bip);
        let days = bip
            .and_then(|b| b.physical.as_ref())
            .and_then(|p| Some((p.start.parse()?, p.end.parse()?)));
        if let Some((first, last)) = days {
            events.push(Event {
                uid: uid("days", first),
                summary: fill(words::EVENT_BIP.get(l), &[&full]),
                description: place(m, key, l).unwrap_or_default(),
                first,
                last,
            });
        }
    }
    events
}

/// The mail's subject and body (lines end in CRLF, as RFC 6068 asks): every list with its
/// ranked entries, places and next deadlines, and the link to the shortlist.
pub fn mail_text(
    m: &Matcher,
    list: &Shortlist,
    link: &str,
    today: Date,
    l: Locale,
) -> (String, String) {
    let mut body = String::new();
    let mut line = |text: &str| {
        body.push_str(text);
        body.push_str("\r\n");
    };
    line(words::MAIL_HELLO.get(l));
    line("");
    line(words::MAIL_INTRO.get(l));
    for &group in list.limits().groups() {
        let entries = list.list(group);
        if entries.is_empty() {
            continue;
        }
        line("");
        line(words::group_name(group).get(l));
        for (rank, (_, key)) in entries.iter().enumerate() {
            let mut text = fill(
                words::MAIL_LINE.get(l),
                &[
                    &(rank + 1).to_string(),
                    &name(m, key, l),
                    &place(m, key, l).unwrap_or_default(),
                ],
            );
            if let Some(d) = next_deadline(m, key, today).filter(|d| d.date >= today) {
                text.push_str(&fill(words::MAIL_DEADLINE.get(l), &[&deadline_text(d, l)]));
            }
            line(&text);
        }
    }
    line("");
    line(&fill(words::MAIL_LINK.get(l), &[link]));
    line("");
    line(words::MAIL_BYE.get(l));
    (words::MAIL_SUBJECT.get(l).to_owned(), body)
}

/// A `data:` address holding `text` (a file a link offers to save).
pub fn data_url(mime: &str, text: &str) -> String {
    let mut url = String::from("data:");
    url.push_str(mime);
    url.push(',');
    url.extend(utf8_percent_encode(text, UNRESERVED));
    url
}

/// `mailto:to?subject=…&body=…`, every part percent-encoded (UTF-8).
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        utf8_percent_encode(to, ADDRESS),
        utf8_percent_encode(subject, UNRESERVED),
        utf8_percent_encode(body, UNRESERVED)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::values::parse_date;
    use percent_encoding::percent_decode_str;

    fn demo() -> Matcher {
        Matcher::from_json(include_str!("../www/catalogue.json")).unwrap_or_else(|e| panic!("{e}"))
    }

    fn today() -> Date {
        parse_date("2026-11-29").unwrap_or(Date::MIN)
    }

    /// The first institutions of the demo and its first BIP, saved.
    fn saved(m: &Matcher) -> Shortlist {
        let c = m.catalogue();
        let mut tokens = Vec::new();
        for i in c.institutions.iter().take(2) {
            tokens.push(format!("institution:{}", i.id));
        }
        tokens.push(format!("bip:{}", c.bips[0].id));
        Shortlist::from_tokens(tokens).against_catalogue(m)
    }

    #[test]
    fn the_mailto_address_decodes_to_the_ranked_list_and_the_link() {
        let m = demo();
        let list = saved(&m);
        let link = "https://example.org/p?pm-list=a,b&x=1#top";
        let (subject, body) = mail_text(&m, &list, link, today(), Locale::Nl);
        let url = mailto("international+pm@example.org", &subject, &body);
        assert!(url.starts_with("mailto:international%2Bpm@example.org?subject="));
        let query = url.split_once('?').map(|(_, q)| q).unwrap_or_default();
        assert!(!query.contains(' ') && !query.contains('\n') && !query.contains('#'));
        let mut parts = query.split('&');
        let decode = |p: Option<&str>, name: &str| {
            let value = p.and_then(|p| p.strip_prefix(name)).unwrap_or_default();
            percent_decode_str(value).decode_utf8_lossy().into_owned()
        };
        assert_eq!(
            decode(parts.next(), "subject="),
            "Mijn keuzelijst voor een uitwisseling"
        );
        let decoded = decode(parts.next(), "body=");
        assert_eq!(decoded, body);
        let first = m.display_name(
            Kind::Institution,
            &list.shown()[0].0.id,
            NameLength::Full,
            Locale::Nl,
        );
        assert!(
            decoded.contains(&format!("1. {}", first.unwrap_or("?"))),
            "{decoded}"
        );
        assert!(decoded.contains(&format!("De lijst online: {link}\r\n")));
        assert!(decoded.contains("BIP's\r\n1. "));
    }

    #[test]
    fn the_calendar_has_each_deadline_and_the_bip_days() {
        let m = demo();
        let list = saved(&m);
        let events = calendar_events(&m, &list, today(), Locale::En);
        let bip = &m.catalogue().bips[0];
        let days = events
            .iter()
            .find(|e| e.summary == format!("BIP: {}", bip.title.get(Locale::En)))
            .unwrap_or_else(|| panic!("the BIP's days: {events:#?}"));
        assert_eq!(
            Some(days.first),
            bip.physical.as_ref().and_then(|p| p.start.parse())
        );
        let partner = events
            .iter()
            .filter(|e| e.summary.starts_with("Partner's deadline"))
            .count();
        let expected: usize = list
            .shown()
            .iter()
            .map(|(k, _)| {
                if k.kind == Kind::Institution {
                    deadlines(&m, k, today()).len()
                } else {
                    0
                }
            })
            .sum();
        assert_eq!(partner, expected);
        let mut uids: Vec<&str> = events.iter().map(|e| e.uid.as_str()).collect();
        uids.dedup();
        assert_eq!(uids.len(), events.len(), "unique ids");
    }
}
