//! Calendar files (iCalendar, RFC 5545): all-day events, as any calendar app imports them.
//!
//! Lines end in CRLF and are folded so that no line is longer than 75 octets (a fold never
//! splits a UTF-8 character); text values escape `\`, `;`, `,` and line breaks. Dates are
//! all-day (`VALUE=DATE`); the end of a range is exclusive, the day after its last day.

use time::Date;

/// One all-day event: a day, or days from `first` to `last` inclusive.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Unique and stable for the same thing, so that importing again updates it.
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub first: Date,
    pub last: Date,
}

/// The longest a line may be, in octets, without its CRLF.
const LINE_OCTETS: usize = 75;

/// A whole calendar; `stamp` is when it was made, UTC, as `20261202T123000Z`; every event
/// links to `url`.
pub fn calendar(events: &[Event], stamp: &str, url: &str) -> String {
    // No CALSCALE: GREGORIAN is its default.
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//partner-matcher//shortlist//EN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    for e in events {
        let end = e.last.next_day().unwrap_or(e.last);
        push_line(&mut out, "BEGIN:VEVENT");
        property(&mut out, "UID:", &escape(&e.uid));
        property(&mut out, "DTSTAMP:", stamp);
        property(&mut out, "DTSTART;VALUE=DATE:", &day(e.first));
        property(&mut out, "DTEND;VALUE=DATE:", &day(end));
        property(&mut out, "SUMMARY:", &escape(&e.summary));
        if !e.description.is_empty() {
            property(&mut out, "DESCRIPTION:", &escape(&e.description));
        }
        property(&mut out, "URL:", url);
        push_line(&mut out, "TRANSP:TRANSPARENT");
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// A DTSTAMP for a calendar made on `d` (its start, UTC): `20261202T000000Z`.
pub fn stamp(d: Date) -> String {
    let mut s = day(d);
    s.push_str("T000000Z");
    s
}

/// `20270415`.
fn day(d: Date) -> String {
    let mut out = String::new();
    let number = d.year().unsigned_abs() * 10_000
        + u32::from(u8::from(d.month())) * 100
        + u32::from(d.day());
    let digits = number.to_string();
    for _ in digits.len()..8 {
        out.push('0');
    }
    out.push_str(&digits);
    out
}

/// A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n` (other control
/// characters, a CR before a line feed too, are left out).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `name` (with its colon) and `value` as one content line.
fn property(out: &mut String, name: &str, value: &str) {
    let mut line = String::from(name);
    line.push_str(value);
    push_line(out, &line);
}

/// Appends a content line, folded at [`LINE_OCTETS`] octets (continuation lines start with
/// a space, which counts), and its CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut room = LINE_OCTETS;
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > room {
            out.push_str("\r\n ");
            used = 0;
            room = LINE_OCTETS - 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::Month;

    fn date(y: i32, m: Month, d: u8) -> Date {
        Date::from_calendar_date(y, m, d).unwrap_or(Date::MIN)
    }

    const URL: &str =
        "https://example.org/?pm-list=ensp-arles,a-very-long-id-to-fold-the-line-beyond-75";

    fn event() -> Event {
        Event {
            uid: "deadline-autumn-ensp-arles@partner-matcher".into(),
            summary: "Apply: École nationale supérieure de la photographie, Arles".into(),
            description: "Partner's deadline; ours may be earlier.\nSee: a\\b; c".into(),
            first: date(2027, Month::April, 15),
            last: date(2027, Month::April, 15),
        }
    }

    /// Unfolds the lines of a calendar as a reader would.
    fn unfold(ics: &str) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for raw in ics.split("\r\n") {
            match (raw.strip_prefix(' '), lines.last_mut()) {
                (Some(rest), Some(last)) => last.push_str(rest),
                _ => lines.push(raw.to_owned()),
            }
        }
        lines
    }

    #[test]
    fn lines_end_in_crlf_and_fold_at_75_octets_without_splitting_characters() {
        let mut e = event();
        e.summary = "é".repeat(100);
        let ics = calendar(&[e], "20261202T120000Z", URL);
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "only CRLF");
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let summary = unfold(&ics)
            .into_iter()
            .find(|l| l.starts_with("SUMMARY:"))
            .unwrap_or_default();
        assert_eq!(summary, format!("SUMMARY:{}", "é".repeat(100)));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne\r\nf\u{7}"), "a\\,b\\;c\\\\d\\ne\\nf");
        let ics = calendar(&[event()], "20261202T120000Z", URL);
        let lines = unfold(&ics);
        assert!(lines.contains(
            &"DESCRIPTION:Partner's deadline\\; ours may be earlier.\\nSee: a\\\\b\\; c".to_owned()
        ));
        assert!(lines.contains(
            &"SUMMARY:Apply: École nationale supérieure de la photographie\\, Arles".to_owned()
        ));
    }

    #[test]
    fn days_are_all_day_and_ranges_end_the_day_after() {
        let mut bip = event();
        bip.first = date(2027, Month::February, 27);
        bip.last = date(2027, Month::February, 28);
        let lines = unfold(&calendar(&[event(), bip], "20261202T120000Z", URL));
        assert!(lines.contains(&"DTSTART;VALUE=DATE:20270415".to_owned()));
        assert!(lines.contains(&"DTEND;VALUE=DATE:20270416".to_owned()));
        assert!(lines.contains(&"DTSTART;VALUE=DATE:20270227".to_owned()));
        assert!(lines.contains(&"DTEND;VALUE=DATE:20270301".to_owned()));
        assert_eq!(
            lines
                .iter()
                .filter(|l| *l == "DTSTAMP:20261202T120000Z")
                .count(),
            2
        );
        for required in ["BEGIN:VCALENDAR", "VERSION:2.0", "END:VEVENT"] {
            assert!(lines.iter().any(|l| l == required), "{required}");
        }
        assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
        assert!(lines
            .iter()
            .any(|l| l == "UID:deadline-autumn-ensp-arles@partner-matcher"));
    }
}
