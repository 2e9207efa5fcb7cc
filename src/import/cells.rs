//! One spreadsheet row to an institution and an agreement, every bad cell named by its row
//! and column.

use std::fmt;

use super::sheet::{Column, SheetRow};
use crate::catalogue::{
    AcademicYear, Agreement, Cefr, CountryCode, Deadlines, Funding, Id, Institution, IscedCode,
    LanguageCode, LanguageRequirement, Level, LocalisedText, Location, Mobility, MonthDay, Term,
    Validity, WebUrl,
};

/// Every column the import reads, in the order of `www/partners-sample.csv` (then the EWP
/// identifiers, which the sample leaves out).
pub(super) const COLUMNS: [&str; 25] = [
    "institution_id",
    "institution_name",
    "short_name",
    "city",
    "country",
    "lat",
    "lon",
    "website",
    "mobility",
    "programmes",
    "isced",
    "levels",
    "terms",
    "places",
    "months",
    "languages",
    "funding",
    "valid_from",
    "valid_until",
    "deadline_autumn",
    "deadline_spring",
    "requirements",
    "tags",
    "erasmus_code",
    "schac",
];

/// The columns every file needs (institution_name and the place are needed on each
/// institution's first row; mobility and isced on every row).
pub(super) const REQUIRED: [&str; 8] = [
    "institution_id",
    "institution_name",
    "city",
    "country",
    "lat",
    "lon",
    "mobility",
    "isced",
];

/// One spreadsheet row by column; a column the file does not have reads as empty.
#[derive(Debug, Default)]
pub(super) struct Row {
    pub number: usize,
    pub institution_id: String,
    institution_name: String,
    short_name: String,
    city: String,
    country: String,
    lat: String,
    lon: String,
    website: String,
    mobility: String,
    programmes: String,
    isced: String,
    levels: String,
    terms: String,
    places: String,
    months: String,
    languages: String,
    funding: String,
    valid_from: String,
    valid_until: String,
    deadline_autumn: String,
    deadline_spring: String,
    requirements: String,
    tags: String,
    erasmus_code: String,
    schac: String,
}

impl Row {
    /// The row's cells under the header's columns (all known: the header was checked).
    pub fn new(sheet_row: &SheetRow, columns: &[Column]) -> Row {
        let mut row = Row {
            number: sheet_row.number,
            ..Row::default()
        };
        for (column, value) in columns.iter().zip(&sheet_row.cells) {
            let cell = match column.name.as_str() {
                "institution_id" => &mut row.institution_id,
                "institution_name" => &mut row.institution_name,
                "short_name" => &mut row.short_name,
                "city" => &mut row.city,
                "country" => &mut row.country,
                "lat" => &mut row.lat,
                "lon" => &mut row.lon,
                "website" => &mut row.website,
                "mobility" => &mut row.mobility,
                "programmes" => &mut row.programmes,
                "isced" => &mut row.isced,
                "levels" => &mut row.levels,
                "terms" => &mut row.terms,
                "places" => &mut row.places,
                "months" => &mut row.months,
                "languages" => &mut row.languages,
                "funding" => &mut row.funding,
                "valid_from" => &mut row.valid_from,
                "valid_until" => &mut row.valid_until,
                "deadline_autumn" => &mut row.deadline_autumn,
                "deadline_spring" => &mut row.deadline_spring,
                "requirements" => &mut row.requirements,
                "tags" => &mut row.tags,
                "erasmus_code" => &mut row.erasmus_code,
                "schac" => &mut row.schac,
                _ => continue,
            };
            cell.clone_from(value);
        }
        row
    }

    /// The cells of the institution rather than of the agreement, by column (the ones
    /// [`Cells::institution`] reads): its first row gives them, later rows repeat or omit them.
    pub fn institution_cells(&self) -> [(&'static str, &str); 13] {
        [
            ("institution_name", &self.institution_name),
            ("short_name", &self.short_name),
            ("city", &self.city),
            ("country", &self.country),
            ("lat", &self.lat),
            ("lon", &self.lon),
            ("website", &self.website),
            ("deadline_autumn", &self.deadline_autumn),
            ("deadline_spring", &self.deadline_spring),
            ("requirements", &self.requirements),
            ("tags", &self.tags),
            ("erasmus_code", &self.erasmus_code),
            ("schac", &self.schac),
        ]
    }
}

/// `row 4, column lat (E)`: how every message about a cell starts.
pub(super) fn place(row: usize, column: &str, columns: &[Column]) -> String {
    match columns.iter().find(|c| c.name == column) {
        Some(c) => format!("row {row}, column {}", c.describe()),
        None => format!("row {row}, column {column}"),
    }
}

/// Converts the cells of one row, collecting problems named by row and column.
pub(super) struct Cells<'p> {
    pub row: usize,
    pub columns: &'p [Column],
    pub problems: &'p mut Vec<String>,
}

impl Cells<'_> {
    pub fn problem(&mut self, column: &str, message: impl fmt::Display) {
        let place = place(self.row, column, self.columns);
        self.problems.push(format!("{place}: {message}"));
    }

    fn required<'c>(&mut self, column: &str, value: &'c str) -> Option<&'c str> {
        if value.is_empty() {
            self.problem(column, "is empty, but the institution's first row needs it");
            None
        } else {
            Some(value)
        }
    }

    /// A number with a decimal point or a decimal comma (`51,05` from a Dutch spreadsheet).
    fn number(&mut self, column: &str, value: &str) -> Option<f64> {
        match value.replace(',', ".").parse::<f64>() {
            Ok(n) if n.is_finite() => Some(n),
            _ => {
                self.problem(column, format!("\"{value}\" is not a number"));
                None
            }
        }
    }

    /// A whole number, also as a spreadsheet may write it: `2,0` or `2.00` (but not `1.000`,
    /// which may mean a thousand).
    fn count(&mut self, column: &str, value: &str) -> Option<Option<u32>> {
        if value.is_empty() {
            return Some(None);
        }
        let whole = match value.split_once([',', '.']) {
            Some((whole, "0" | "00")) => whole,
            _ => value,
        };
        match whole.parse::<u32>() {
            Ok(n) => Some(Some(n)),
            Err(_) => {
                self.problem(column, format!("\"{value}\" is not a whole number"));
                None
            }
        }
    }

    fn word<T>(
        &mut self,
        column: &str,
        value: &str,
        parse: fn(&str) -> Option<T>,
        all: &[&str],
    ) -> Option<T> {
        let folded = value.trim().to_lowercase();
        let parsed = parse(&folded);
        if parsed.is_none() {
            self.problem(
                column,
                format!("\"{value}\" is not one of {}", all.join(", ")),
            );
        }
        parsed
    }

    fn words<T>(
        &mut self,
        column: &str,
        value: &str,
        parse: fn(&str) -> Option<T>,
        all: &[&str],
    ) -> Option<Option<Vec<T>>> {
        let items = list(value);
        if items.is_empty() {
            return Some(None);
        }
        let mut out = Vec::new();
        for item in items {
            out.push(self.word(column, item, parse, all)?);
        }
        Some(Some(out))
    }

    /// A yearly date, `--04-15` or `04-15`, named as typed when it is not one (a day that
    /// exists in some year: `--02-30` is not).
    fn month_day(&mut self, column: &str, value: &str) -> Option<MonthDay> {
        if value.is_empty() {
            return None;
        }
        let day = MonthDay(match value.strip_prefix("--") {
            Some(_) => value.to_owned(),
            None => format!("--{value}"),
        });
        if day.parse().is_none() {
            self.problem(
                column,
                format!(
                    "\"{value}\" is not a day of the year: write the month and the day, \
                     --MM-DD or MM-DD, such as --04-15 for 15 April"
                ),
            );
            return None;
        }
        Some(day)
    }

    pub fn institution(&mut self, row: &Row) -> Option<Institution> {
        let name = self.required("institution_name", &row.institution_name);
        let city = self.required("city", &row.city);
        let country = self.required("country", &row.country);
        let lat = self
            .required("lat", &row.lat)
            .and_then(|v| self.number("lat", v));
        let lon = self
            .required("lon", &row.lon)
            .and_then(|v| self.number("lon", v));
        let autumn = self.month_day("deadline_autumn", &row.deadline_autumn);
        let spring = self.month_day("deadline_spring", &row.deadline_spring);
        Some(Institution {
            id: Id(row.institution_id.clone()),
            name: LocalisedText::Plain(name?.to_owned()),
            short_name: non_empty(&row.short_name),
            erasmus_code: non_empty(&row.erasmus_code),
            schac: non_empty(&row.schac).map(|s| s.to_lowercase()),
            city: LocalisedText::Plain(city?.to_owned()),
            // "fr" is FR; anything else is checked as typed, and named so ("United Kingdom").
            country: CountryCode(match country? {
                code if code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()) => {
                    code.to_ascii_uppercase()
                }
                other => other.to_owned(),
            }),
            location: Location {
                lat: lat?,
                lon: lon?,
            },
            website: non_empty(&row.website).map(WebUrl),
            tags: list(&row.tags).into_iter().map(str::to_owned).collect(),
            agreements: Vec::new(),
            home_deadlines: Deadlines::default(),
            deadlines: Deadlines {
                autumn,
                spring,
                full_year: None,
            },
            requirements: list(&row.requirements)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            contacts: Vec::new(),
        })
    }

    pub fn agreement(&mut self, row: &Row) -> Option<Agreement> {
        let mobility = self.word("mobility", &row.mobility, Mobility::parse, Mobility::NAMES);
        let levels = self.words("levels", &row.levels, Level::parse, Level::NAMES);
        let terms = self.words("terms", &row.terms, Term::parse, Term::NAMES);
        let funding = if row.funding.is_empty() {
            Some(None)
        } else {
            self.word("funding", &row.funding, Funding::parse, Funding::NAMES)
                .map(Some)
        };
        let places = self.count("places", &row.places);
        let months = self.count("months", &row.months);
        let languages = self.languages(&row.languages);
        if row.isced.is_empty() {
            self.problem("isced", "is empty");
        }
        let programmes = list(&row.programmes);
        let valid = match (non_empty(&row.valid_from), non_empty(&row.valid_until)) {
            (None, None) => None,
            (from, until) => Some(Validity {
                from: from.map(AcademicYear),
                until: until.map(AcademicYear),
            }),
        };
        Some(Agreement {
            mobility: mobility?,
            programmes: (!programmes.is_empty())
                .then(|| programmes.into_iter().map(|p| Id(p.to_owned())).collect()),
            isced: IscedCode(pad_isced(non_empty(&row.isced)?)),
            levels: levels?,
            terms: terms?,
            places: places?,
            months: months?,
            languages: languages?,
            funding: funding?,
            valid,
            notes: None,
            contacts: Vec::new(),
        })
    }

    fn languages(&mut self, value: &str) -> Option<Vec<LanguageRequirement>> {
        let mut out = Vec::new();
        let mut ok = true;
        for item in list(value) {
            let mut parts = item.split_whitespace();
            let (Some(lang), Some(level), None) = (parts.next(), parts.next(), parts.next()) else {
                self.problem(
                    "languages",
                    format!("\"{item}\" is not a language and level such as \"en B2\""),
                );
                ok = false;
                continue;
            };
            match Cefr::parse(&level.to_uppercase()) {
                Some(cefr) => out.push(LanguageRequirement {
                    lang: LanguageCode(lang.to_lowercase()),
                    cefr,
                }),
                None => {
                    self.problem(
                        "languages",
                        format!("\"{level}\" is not a CEFR level (A1 to C2)"),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }
}

/// Splits a `;`-separated cell, dropping empty items.
fn list(value: &str) -> Vec<&str> {
    value
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

fn non_empty(value: &str) -> Option<String> {
    (!value.is_empty()).then(|| value.to_owned())
}

/// Spreadsheets drop leading zeros: 211 is ISCED 0211.
fn pad_isced(value: String) -> String {
    if value.len() < 4 && value.bytes().all(|b| b.is_ascii_digit()) {
        format!("{value:0>4}")
    } else {
        value
    }
}
