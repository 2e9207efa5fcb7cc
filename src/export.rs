//! The shortlist leaving the browser: its deadlines and BIP dates as calendar events (written
//! by `ics`), and the mail to the coordinator as a `mailto:` address (RFC 6068). Built here,
//! in the core, so the widget only hands them to the browser.

use time::Date;

use crate::i18n::shortlist as words;
use crate::i18n::{fill, next_mobility, stay_words};
use crate::ics::Event;
use crate::locale::Locale;
use crate::search::{Kind, Matcher, NameLength};
use crate::shortlist::{Key, Shortlist};
use crate::shortlist_facts::{deadline_text, deadlines, next_deadline, place};

/// Appends `text` percent-encoded as UTF-8: every byte but RFC 3986's unreserved characters
/// (and those of `keep`) as `%XX`.
fn percent_encode(out: &mut String, text: &str, keep: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || keep.contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
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
        // Stable for the same deadline, so that importing again updates it.
        let uid = |what: &str, date: Date| {
            let year = date.year().to_string();
            fill(
                "{}-{}-{}-{}@partner-matcher",
                &[key.kind.as_str(), &key.id, what, &year],
            )
        };
        for d in deadlines(m, key, today) {
            // By when the student acts: the home school's deadline when known, else the
            // partner's; the description says both, with their years.
            let event = match d.stay {
                Some(window) => Event {
                    uid: uid(window.stay.term.as_str(), d.date),
                    summary: fill(
                        words::EVENT_APPLY_BY.get(l),
                        &[&full, &stay_words(window.stay, l)],
                    ),
                    description: next_mobility(&window, l),
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
    percent_encode(&mut url, text, b"");
    url
}

/// `mailto:to?subject=…&body=…`, every part percent-encoded (UTF-8), the address keeping
/// its `@`.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let mut url = String::from("mailto:");
    percent_encode(&mut url, to, b"@");
    url.push_str("?subject=");
    percent_encode(&mut url, subject, b"");
    url.push_str("&body=");
    percent_encode(&mut url, body, b"");
    url
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::values::parse_date;

    /// `%XX` back to bytes, read as UTF-8 (as a mail program does).
    fn percent_decode_str(s: &str) -> String {
        let mut bytes = Vec::new();
        let mut rest = s.as_bytes();
        while let Some((&b, tail)) = rest.split_first() {
            match (b, tail.get(..2).and_then(|h| std::str::from_utf8(h).ok())) {
                (b'%', Some(hex)) => {
                    bytes.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
                    rest = &tail[2..];
                }
                _ => {
                    bytes.push(b);
                    rest = tail;
                }
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }

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
            percent_decode_str(value)
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
            .filter(|e| e.summary.starts_with("Apply by"))
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
