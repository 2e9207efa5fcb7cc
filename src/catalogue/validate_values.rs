//! Checks of single values (codes, dates, numbers, texts and their lengths), each worded as
//! "`field` must be ..., found ...". Places are written out only for problems.

use super::findings::Findings;
use super::model::{Deadlines, Home, Location, Validity};
use super::place::Place;
use super::text::LocalisedText;
use super::values::{CountryCode, Date, Id, IscedCode, LanguageCode, MonthDay, WebUrl};
use super::words::{
    must_be, number, quoted, ACADEMIC_YEAR, CHOICES, COUNTRY, DATE, ECTS, EMAIL, ID, ISCED,
    LANGUAGE, LAT, LON, MAX_CHOICES, MAX_ECTS, MAX_LIST, MAX_MONTHS, MAX_PLACES, MAX_TEXT_CHARS,
    MONTHS, MONTH_DAY, PLACES, SCHAC, WEB_ADDRESS,
};

pub(crate) struct Values<'f> {
    pub findings: &'f mut Findings,
}

/// Whether a text has more characters than allowed (counted only for long ones).
fn too_long(text: &str, most: usize) -> bool {
    text.len() > most && text.chars().count() > most
}

impl Values<'_> {
    pub(super) fn must_be(&mut self, place: &Place, expected: &str, found: &str) {
        self.findings
            .error(place, must_be(&place.name(), expected, found));
    }

    pub fn id(&mut self, record: &Place, id: &Id) {
        if id.problem().is_some() {
            self.must_be(&record.key("id"), ID, &quoted(id.as_str()));
        }
    }

    /// A localised text: not empty, in known languages, none given twice, none too long.
    pub fn text(&mut self, place: &Place, text: &LocalisedText) {
        match text {
            LocalisedText::Plain(s) => self.plain_text(place, s, true),
            LocalisedText::ByLanguage(texts) if texts.is_empty() => self.findings.error(
                place,
                format!("`{}` has no text in any language", place.name()),
            ),
            LocalisedText::ByLanguage(texts) => {
                if !self.at_most(place, texts.len(), MAX_LIST) {
                    return;
                }
                for (i, (lang, s)) in texts.iter().enumerate() {
                    let lang_place = place.key(lang);
                    if texts[..i].iter().any(|(earlier, _)| earlier == lang) {
                        self.findings
                            .error(lang_place, format!("`{lang}` is given twice: keep one"));
                    }
                    if LanguageCode(lang.clone()).problem().is_some() {
                        self.findings.error(
                            lang_place,
                            format!(
                                "{} is not an ISO 639-1 language code: texts by language are keyed by codes such as \"en\" and \"nl\"",
                                quoted(lang)
                            ),
                        );
                    }
                    self.plain_text(&lang_place, s, true);
                }
            }
        }
    }

    /// A plain text: at most 2,000 characters and, when `required`, not blank.
    pub fn plain_text(&mut self, place: &Place, text: &str, required: bool) {
        if required && text.trim().is_empty() {
            self.findings
                .error(place, format!("`{}` is empty", place.name()));
        } else if too_long(text, MAX_TEXT_CHARS) {
            self.findings.error(
                place,
                format!(
                    "`{}` has {} characters; a text has at most {MAX_TEXT_CHARS}",
                    place.name(),
                    text.chars().count()
                ),
            );
        }
    }

    /// A list of plain texts (tags, aliases, requirements): at most 100, none too long and,
    /// when `required`, none blank.
    pub fn texts(&mut self, record: &Place, name: &str, texts: &[String], required: bool) {
        let list = record.key(name);
        if self.at_most(&list, texts.len(), MAX_LIST) {
            for (i, text) in texts.iter().enumerate() {
                self.plain_text(&list.index(i), text, required);
            }
        }
    }

    /// Whether the list `record.name` has at most 100 entries (an error if not).
    pub fn at_most_100(&mut self, record: &Place, name: &str, len: usize) -> bool {
        self.at_most(&record.key(name), len, MAX_LIST)
    }

    pub(super) fn at_most(&mut self, place: &Place, len: usize, most: usize) -> bool {
        if len > most {
            self.findings.error(
                place,
                format!(
                    "`{}` has {len} entries; a record has at most {most} in one list",
                    place.name()
                ),
            );
        }
        len <= most
    }

    /// A list that is present must not be empty: an empty one would match nobody.
    pub fn not_empty<T>(&mut self, record: &Place, name: &str, list: &Option<Vec<T>>) {
        match list {
            Some(list) if list.is_empty() => self.findings.error(
                record.key(name),
                format!("`{name}` is empty, which would match nobody; leave it out to mean all"),
            ),
            Some(list) => {
                self.at_most_100(record, name, list.len());
            }
            None => {}
        }
    }

    pub fn country(&mut self, place: &Place, country: &CountryCode) {
        if country.problem().is_none() {
            return;
        }
        let upper = country.as_str().to_ascii_uppercase();
        let expected = if CountryCode(upper.clone()).problem().is_none() {
            format!("written in upper case, \"{upper}\"")
        } else {
            COUNTRY.to_owned()
        };
        self.must_be(place, &expected, &quoted(country.as_str()));
    }

    pub fn language(&mut self, place: &Place, lang: &LanguageCode) {
        if lang.problem().is_some() {
            self.must_be(place, LANGUAGE, &quoted(lang.as_str()));
        }
    }

    /// Whether the code is a real ISCED-F field (an error if not).
    pub fn isced(&mut self, record: &Place, isced: &IscedCode) -> bool {
        let ok = isced.problem().is_none();
        if !ok {
            self.must_be(&record.key("isced"), ISCED, &quoted(isced.as_str()));
        }
        ok
    }

    pub fn location(&mut self, place: &Place, location: &Location) {
        for (name, value, expected, limit) in [
            ("lat", location.lat, LAT, 90.0),
            ("lon", location.lon, LON, 180.0),
        ] {
            if !(-limit..=limit).contains(&value) {
                self.must_be(&place.key(name), expected, &number(value));
            }
        }
    }

    pub fn date(&mut self, place: &Place, date: &Date) {
        if date.problem().is_some() {
            self.must_be(place, DATE, &quoted(date.as_str()));
        }
    }

    /// Each deadline of a `deadlines` object at `place` is a day of the year.
    pub fn deadlines(&mut self, place: &Place, deadlines: &Deadlines) {
        for (term, day) in [
            ("autumn", &deadlines.autumn),
            ("spring", &deadlines.spring),
            ("full-year", &deadlines.full_year),
        ] {
            if let Some(day) = day {
                self.month_day(&place.key(term), day);
            }
        }
    }

    pub fn month_day(&mut self, place: &Place, day: &MonthDay) {
        if day.problem().is_some() {
            self.must_be(place, MONTH_DAY, &quoted(day.as_str()));
        }
    }

    pub fn web_address(&mut self, place: &Place, url: &WebUrl) {
        if url.problem().is_some() {
            self.must_be(place, WEB_ADDRESS, &quoted(url.as_str()));
        } else if too_long(url.as_str(), MAX_TEXT_CHARS) {
            self.plain_text(place, url.as_str(), false);
        }
    }

    /// A SCHAC code: a lower-case internet domain with at least one dot, at most 64 characters.
    pub fn schac(&mut self, place: &Place, schac: &str) {
        let label_ok = |l: &str| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        let ok = schac.len() <= 64 && schac.contains('.') && schac.split('.').all(label_ok);
        if !ok {
            self.must_be(place, SCHAC, &quoted(schac));
        }
    }

    /// An e-mail address: something, one `@`, a domain with a dot; no spaces.
    pub fn email(&mut self, place: &Place, email: &str) {
        let ok = match email.split_once('@') {
            Some((user, domain)) => {
                !user.is_empty()
                    && domain.contains('.')
                    && !domain.contains('@')
                    && !email.chars().any(char::is_whitespace)
                    && email.len() <= 254
            }
            None => false,
        };
        if !ok {
            self.must_be(place, EMAIL, &quoted(email));
        }
    }

    pub fn places(&mut self, record: &Place, places: Option<u32>) {
        if let Some(n) = places.filter(|n| !(1..=MAX_PLACES).contains(n)) {
            self.must_be(&record.key("places"), PLACES, &n.to_string());
        }
    }

    pub fn months(&mut self, record: &Place, months: Option<u32>) {
        if let Some(n) = months.filter(|n| !(1..=MAX_MONTHS).contains(n)) {
            self.must_be(&record.key("months"), MONTHS, &n.to_string());
        }
    }

    pub fn ects(&mut self, record: &Place, ects: f64) {
        if !(ects > 0.0 && ects <= MAX_ECTS) {
            self.must_be(&record.key("ects"), ECTS, &number(ects));
        }
    }

    pub fn validity(&mut self, place: &Place, valid: &Validity) {
        let mut years = [None, None];
        for (slot, (name, year)) in years
            .iter_mut()
            .zip([("from", &valid.from), ("until", &valid.until)])
        {
            let Some(year) = year else { continue };
            match year.start_year() {
                Some(start) => *slot = Some((year, start)),
                None => self.must_be(&place.key(name), ACADEMIC_YEAR, &quoted(year.as_str())),
            }
        }
        if let [Some((from, a)), Some((until, b))] = years {
            if a > b {
                self.findings.error(
                    place.key("until"),
                    format!("`until` is before the start year: {until} comes before {from}"),
                );
            }
        }
    }

    /// The office's contact and the application's counts, when given.
    pub fn home_contact(&mut self, home_place: &Place, home: &Home) {
        if let Some(contact) = &home.contact {
            let place = home_place.key("contact");
            if let Some(email) = &contact.email {
                self.email(&place.key("email"), email);
            }
            if let Some(url) = &contact.url {
                self.web_address(&place.key("url"), url);
            }
        }
        if let Some(a) = home.application {
            let place = home_place.key("application");
            for (name, n) in [("europe", a.europe), ("outside_europe", a.outside_europe)] {
                if n > MAX_CHOICES {
                    self.must_be(&place.key(name), CHOICES, &n.to_string());
                }
            }
            if a.europe == 0 && a.outside_europe == 0 {
                self.findings.error(
                    place,
                    "the application ranks no exchange at all: give `europe` or `outside_europe` a number above 0, or leave `application` out (six in one list)",
                );
            }
        }
    }
}
