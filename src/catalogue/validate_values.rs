//! Checks of single values (codes, dates, numbers, texts and their lengths), each worded as
//! "`field` must be ..., found ...". Places are written only for problems.

use super::findings::Findings;
use super::model::{Location, Validity};
use super::text::LocalisedText;
use super::values::{
    AcademicYear, CountryCode, Date, Id, IscedCode, LanguageCode, MonthDay, WebUrl,
};
use super::words::{
    must_be, number, quoted, ACADEMIC_YEAR, COUNTRY, DATE, ECTS, ID, ISCED, LANGUAGE, LAT, LON,
    MAX_ECTS, MAX_LIST, MAX_MONTHS, MAX_PLACES, MAX_TEXT_CHARS, MONTHS, MONTH_DAY, PLACES,
    WEB_ADDRESS,
};

pub(crate) struct Values<'f> {
    pub findings: &'f mut Findings,
}

/// Whether a text has more characters than allowed (counted only for long ones).
fn too_long(text: &str, most: usize) -> bool {
    text.len() > most && text.chars().count() > most
}

impl Values<'_> {
    fn must_be(&mut self, place: &str, name: &str, expected: &str, found: &str) {
        self.findings.error(place, must_be(name, expected, found));
    }

    pub fn id(&mut self, record: &str, id: &Id) {
        if id.problem().is_some() {
            self.must_be(&format!("{record}.id"), "id", ID, &quoted(id.as_str()));
        }
    }

    /// A localised text: not empty, in known languages, none given twice, none too long.
    pub fn text(&mut self, place: &str, name: &str, text: &LocalisedText) {
        match text {
            LocalisedText::Plain(s) => self.plain_text(place, name, s, true),
            LocalisedText::ByLanguage(texts) if texts.is_empty() => self
                .findings
                .error(place, format!("`{name}` has no text in any language")),
            LocalisedText::ByLanguage(texts) => {
                if !self.at_most(place, name, texts.len(), MAX_LIST) {
                    return;
                }
                for (i, (lang, s)) in texts.iter().enumerate() {
                    let lang_place = format!("{place}.{lang}");
                    if texts[..i].iter().any(|(earlier, _)| earlier == lang) {
                        self.findings
                            .error(&lang_place, format!("`{lang}` is given twice: keep one"));
                    }
                    if LanguageCode(lang.clone()).problem().is_some() {
                        self.findings.error(
                            &lang_place,
                            format!(
                                "{} is not an ISO 639-1 language code: texts by language are keyed by codes such as \"en\" and \"nl\"",
                                quoted(lang)
                            ),
                        );
                    }
                    self.plain_text(&lang_place, lang, s, true);
                }
            }
        }
    }

    /// A plain text: at most 2,000 characters and, when `required`, not blank.
    pub fn plain_text(&mut self, place: &str, name: &str, text: &str, required: bool) {
        if required && text.trim().is_empty() {
            self.findings.error(place, format!("`{name}` is empty"));
        } else if too_long(text, MAX_TEXT_CHARS) {
            self.findings.error(
                place,
                format!(
                    "`{name}` has {} characters; a text has at most {MAX_TEXT_CHARS}",
                    text.chars().count()
                ),
            );
        }
    }

    /// A list of plain texts (tags, aliases, requirements): at most 100, none too long and,
    /// when `required`, none blank.
    pub fn texts(&mut self, record: &str, name: &str, texts: &[String], required: bool) {
        if self.at_most_100(record, name, texts.len()) {
            for (i, text) in texts.iter().enumerate() {
                let name = format!("{name}[{i}]");
                self.plain_text(&format!("{record}.{name}"), &name, text, required);
            }
        }
    }

    /// Whether the list `record.name` has at most 100 entries (an error if not).
    pub fn at_most_100(&mut self, record: &str, name: &str, len: usize) -> bool {
        self.at_most(&format!("{record}.{name}"), name, len, MAX_LIST)
    }

    fn at_most(&mut self, place: &str, name: &str, len: usize, most: usize) -> bool {
        if len > most {
            self.findings.error(
                place,
                format!("`{name}` has {len} entries; a record has at most {most} in one list"),
            );
        }
        len <= most
    }

    /// A list that is present must not be empty: an empty one would match nobody.
    pub fn not_empty<T>(&mut self, record: &str, name: &str, list: &Option<Vec<T>>) {
        match list {
            Some(list) if list.is_empty() => self.findings.error(
                format!("{record}.{name}"),
                format!("`{name}` is empty, which would match nobody; leave it out to mean all"),
            ),
            Some(list) => {
                self.at_most_100(record, name, list.len());
            }
            None => {}
        }
    }

    pub fn country(&mut self, place: &str, country: &CountryCode) {
        if country.problem().is_none() {
            return;
        }
        let upper = country.as_str().to_ascii_uppercase();
        let expected = if CountryCode(upper.clone()).problem().is_none() {
            format!("written in upper case, \"{upper}\"")
        } else {
            COUNTRY.to_owned()
        };
        self.must_be(place, "country", &expected, &quoted(country.as_str()));
    }

    pub fn language(&mut self, place: &str, name: &str, lang: &LanguageCode) {
        if lang.problem().is_some() {
            self.must_be(place, name, LANGUAGE, &quoted(lang.as_str()));
        }
    }

    /// Whether the code is a real ISCED-F field (an error if not).
    pub fn isced(&mut self, record: &str, isced: &IscedCode) -> bool {
        let ok = isced.problem().is_none();
        if !ok {
            self.must_be(
                &format!("{record}.isced"),
                "isced",
                ISCED,
                &quoted(isced.as_str()),
            );
        }
        ok
    }

    pub fn location(&mut self, place: &str, location: &Location) {
        for (name, value, expected, limit) in [
            ("lat", location.lat, LAT, 90.0),
            ("lon", location.lon, LON, 180.0),
        ] {
            if !(-limit..=limit).contains(&value) {
                self.must_be(&format!("{place}.{name}"), name, expected, &number(value));
            }
        }
    }

    pub fn date(&mut self, place: &str, name: &str, date: &Date) {
        if date.problem().is_some() {
            self.must_be(place, name, DATE, &quoted(date.as_str()));
        }
    }

    pub fn month_day(&mut self, place: &str, name: &str, day: &MonthDay) {
        if day.problem().is_some() {
            self.must_be(place, name, MONTH_DAY, &quoted(day.as_str()));
        }
    }

    pub fn web_address(&mut self, place: &str, name: &str, url: &WebUrl) {
        if url.problem().is_some() {
            self.must_be(place, name, WEB_ADDRESS, &quoted(url.as_str()));
        } else if too_long(url.as_str(), MAX_TEXT_CHARS) {
            self.plain_text(place, name, url.as_str(), false);
        }
    }

    pub fn places(&mut self, record: &str, places: Option<u32>) {
        if let Some(n) = places.filter(|n| !(1..=MAX_PLACES).contains(n)) {
            self.must_be(
                &format!("{record}.places"),
                "places",
                PLACES,
                &n.to_string(),
            );
        }
    }

    pub fn months(&mut self, record: &str, months: Option<u32>) {
        if let Some(n) = months.filter(|n| !(1..=MAX_MONTHS).contains(n)) {
            self.must_be(
                &format!("{record}.months"),
                "months",
                MONTHS,
                &n.to_string(),
            );
        }
    }

    pub fn ects(&mut self, record: &str, ects: f64) {
        if !(ects > 0.0 && ects <= MAX_ECTS) {
            self.must_be(&format!("{record}.ects"), "ects", ECTS, &number(ects));
        }
    }

    pub fn validity(&mut self, place: &str, valid: &Validity) {
        let mut years = [None, None];
        for (slot, (name, year)) in years
            .iter_mut()
            .zip([("from", &valid.from), ("until", &valid.until)])
        {
            let Some(year) = year else { continue };
            match year.start_year() {
                Some(start) => *slot = Some((year, start)),
                None => self.academic_year(&format!("{place}.{name}"), name, year),
            }
        }
        if let [Some((from, a)), Some((until, b))] = years {
            if a > b {
                self.findings.error(
                    format!("{place}.until"),
                    format!("`until` is before the start year: {until} comes before {from}"),
                );
            }
        }
    }

    fn academic_year(&mut self, place: &str, name: &str, year: &AcademicYear) {
        self.must_be(place, name, ACADEMIC_YEAR, &quoted(year.as_str()));
    }
}
