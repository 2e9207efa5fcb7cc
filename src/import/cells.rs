//! One spreadsheet row to an institution and an agreement, every bad cell named by its row
//! and column.

mod lists;
mod values;

use std::fmt;

use super::sheet::{Column, SheetRow};
use crate::catalogue::{
    AcademicYear, Agreement, Deadlines, Funding, Id, Institution, IscedCode, Level, LocalisedText,
    Location, Mobility, Term, Validity, WebUrl,
};
pub(super) use lists::requirement_key;
pub use values::meant as country_meant;

/// One spreadsheet row by column; a column the file does not have reads as empty.
#[derive(Debug, Default, Clone)]
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
            if let Some(cell) = row.cell_mut(&column.name) {
                cell.clone_from(value);
            }
        }
        row
    }

    /// The cell of `column`, if the import knows it.
    fn cell_mut(&mut self, column: &str) -> Option<&mut String> {
        Some(match column {
            "institution_id" => &mut self.institution_id,
            "institution_name" => &mut self.institution_name,
            "short_name" => &mut self.short_name,
            "city" => &mut self.city,
            "country" => &mut self.country,
            "lat" => &mut self.lat,
            "lon" => &mut self.lon,
            "website" => &mut self.website,
            "mobility" => &mut self.mobility,
            "programmes" => &mut self.programmes,
            "isced" => &mut self.isced,
            "levels" => &mut self.levels,
            "terms" => &mut self.terms,
            "places" => &mut self.places,
            "months" => &mut self.months,
            "languages" => &mut self.languages,
            "funding" => &mut self.funding,
            "valid_from" => &mut self.valid_from,
            "valid_until" => &mut self.valid_until,
            "deadline_autumn" => &mut self.deadline_autumn,
            "deadline_spring" => &mut self.deadline_spring,
            "requirements" => &mut self.requirements,
            "tags" => &mut self.tags,
            "erasmus_code" => &mut self.erasmus_code,
            "schac" => &mut self.schac,
            _ => return None,
        })
    }

    /// This row with `value` in `column`.
    pub fn with_cell(&self, column: &str, value: &str) -> Row {
        let mut row = self.clone();
        if let Some(cell) = row.cell_mut(column) {
            value.clone_into(cell);
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
        let country = country.and_then(|c| self.country(c));
        let autumn = self.month_day("deadline_autumn", &row.deadline_autumn);
        let spring = self.month_day("deadline_spring", &row.deadline_spring);
        let requirements = self.requirements(&row.requirements);
        let tags = self.list("tags", &row.tags);
        Some(Institution {
            id: Id(row.institution_id.clone()),
            name: LocalisedText::Plain(name?.to_owned()),
            short_name: non_empty(&row.short_name),
            erasmus_code: non_empty(&row.erasmus_code),
            schac: non_empty(&row.schac).map(|s| s.to_lowercase()),
            city: LocalisedText::Plain(city?.to_owned()),
            country: country?,
            location: Location {
                lat: lat?,
                lon: lon?,
            },
            website: non_empty(&row.website).map(WebUrl),
            tags: tags?.into_iter().map(str::to_owned).collect(),
            agreements: Vec::new(),
            home_deadlines: Deadlines::default(),
            deadlines: Deadlines {
                autumn,
                spring,
                full_year: None,
            },
            requirements: requirements?,
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
        let programmes = self.list("programmes", &row.programmes);
        let valid = match (non_empty(&row.valid_from), non_empty(&row.valid_until)) {
            (None, None) => None,
            (from, until) => Some(Validity {
                from: from.map(AcademicYear),
                until: until.map(AcademicYear),
            }),
        };
        Some(Agreement {
            mobility: mobility?,
            programmes: match programmes? {
                ids if ids.is_empty() => None,
                ids => Some(ids.into_iter().map(|p| Id(p.to_owned())).collect()),
            },
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
