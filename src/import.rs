//! Import from the international office's spreadsheet: CSV, one row per agreement.
//!
//! Columns (header row required, order free, unknown columns refused so typos show):
//!
//! | column | content |
//! | --- | --- |
//! | `institution_id` | required; rows with the same id form one institution |
//! | `institution_name`, `short_name`, `city`, `country`, `lat`, `lon`, `website` | the institution (name, city, country, lat, lon required on its first row; later rows may leave them empty) |
//! | `mobility` | study, traineeship, staff-teaching or staff-training |
//! | `programmes` | home programme ids, `;`-separated; empty means every programme with the ISCED code |
//! | `isced` | ISCED-F code, four digits (a spreadsheet's 211 is read as 0211) |
//! | `levels`, `terms` | `;`-separated; empty means all |
//! | `places`, `months` | whole numbers |
//! | `languages` | `;`-separated "lang CEFR" pairs: `en B2;fr B1` (any one suffices) |
//! | `funding` | erasmus, global-minds, bilateral or other |
//! | `valid_from`, `valid_until` | academic years, 2024/2025 |
//! | `deadline_autumn`, `deadline_spring` | nomination deadlines, --MM-DD (or MM-DD) |
//! | `requirements`, `tags` | `;`-separated |
//!
//! Imported institutions replace those with the same id in the base catalogue, or are added.

use std::collections::HashMap;
use std::fmt;
use std::io::Read;

use serde::Deserialize;

use crate::catalogue::{
    validate, AcademicYear, Agreement, Catalogue, Cefr, CountryCode, Deadlines, Funding, Id,
    Institution, IscedCode, LanguageCode, LanguageRequirement, Level, LocalisedText, Location,
    Mobility, MonthDay, Problem, Term, Validity, WebUrl,
};

/// One spreadsheet row. Every cell is text; conversion names the row and column on error.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    institution_id: String,
    #[serde(default)]
    institution_name: String,
    #[serde(default)]
    short_name: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    lat: String,
    #[serde(default)]
    lon: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    mobility: String,
    #[serde(default)]
    programmes: String,
    #[serde(default)]
    isced: String,
    #[serde(default)]
    levels: String,
    #[serde(default)]
    terms: String,
    #[serde(default)]
    places: String,
    #[serde(default)]
    months: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    funding: String,
    #[serde(default)]
    valid_from: String,
    #[serde(default)]
    valid_until: String,
    #[serde(default)]
    deadline_autumn: String,
    #[serde(default)]
    deadline_spring: String,
    #[serde(default)]
    requirements: String,
    #[serde(default)]
    tags: String,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub catalogue: Catalogue,
    pub added: Vec<String>,
    pub replaced: Vec<String>,
    pub agreements: usize,
    /// Validation warnings of the result.
    pub warnings: Vec<Problem>,
}

/// Why an import failed: every problem, each naming its row and column (or catalogue place).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub problems: Vec<String>,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.problems.join("\n"))
    }
}

impl std::error::Error for ImportError {}

/// Reads the CSV in `input` and merges its institutions into `base`.
pub fn import_csv(input: impl Read, mut base: Catalogue) -> Result<Imported, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(input);
    let mut problems = Vec::new();
    // Institutions in first-seen order, with the spreadsheet rows each agreement came from.
    let mut built: Vec<(Institution, Vec<usize>)> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut agreements = 0;
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return Err(ImportError {
                problems: vec![format!("row 1: {e}")],
            })
        }
    };
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(csv_problem(&e));
                continue;
            }
        };
        let row_number = record.position().map_or(0, |p| p.line() as usize);
        let row: Row = match record.deserialize(Some(&headers)) {
            Ok(r) => r,
            Err(e) => {
                problems.push(format!("row {row_number}: {}", csv_error_text(&e)));
                continue;
            }
        };
        let mut cells = Cells {
            row: row_number,
            problems: &mut problems,
        };
        if row.institution_id.is_empty() {
            cells.problem("institution_id", "is empty");
            continue;
        }
        let agreement = cells.agreement(&row);
        let slot = match by_id.get(&row.institution_id) {
            Some(&i) => i,
            None => match cells.institution(&row) {
                Some(institution) => {
                    by_id.insert(row.institution_id.clone(), built.len());
                    built.push((institution, Vec::new()));
                    built.len() - 1
                }
                None => continue,
            },
        };
        if let Some(agreement) = agreement {
            built[slot].0.agreements.push(agreement);
            built[slot].1.push(row_number);
            agreements += 1;
        }
    }
    if !problems.is_empty() {
        return Err(ImportError { problems });
    }
    let mut added = Vec::new();
    let mut replaced = Vec::new();
    let mut rows_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for (institution, rows) in built {
        let id = institution.id.to_string();
        let at = match base
            .institutions
            .iter()
            .position(|i| i.id == institution.id)
        {
            Some(i) => {
                base.institutions[i] = institution;
                replaced.push(id);
                i
            }
            None => {
                base.institutions.push(institution);
                added.push(id);
                base.institutions.len() - 1
            }
        };
        rows_of.insert(at, rows);
    }
    let (errors, warnings): (Vec<Problem>, Vec<Problem>) =
        validate(&base).into_iter().partition(Problem::is_error);
    if !errors.is_empty() {
        return Err(ImportError {
            problems: errors.iter().map(|p| with_rows(p, &rows_of)).collect(),
        });
    }
    Ok(Imported {
        catalogue: base,
        added,
        replaced,
        agreements,
        warnings,
    })
}

/// Names the spreadsheet rows behind a problem in an imported institution.
fn with_rows(problem: &Problem, rows_of: &HashMap<usize, Vec<usize>>) -> String {
    let index = problem
        .place
        .strip_prefix("institutions[")
        .and_then(|rest| rest.split(']').next())
        .and_then(|n| n.parse::<usize>().ok());
    let Some(rows) = index.and_then(|i| rows_of.get(&i)) else {
        return problem.to_string();
    };
    let agreement = problem
        .place
        .split(".agreements[")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .and_then(|n| n.parse::<usize>().ok());
    match agreement.and_then(|a| rows.get(a)) {
        Some(row) => format!("row {row}: {problem}"),
        None => {
            let list: Vec<String> = rows.iter().map(usize::to_string).collect();
            format!("rows {}: {problem}", list.join(", "))
        }
    }
}

fn csv_problem(e: &csv::Error) -> String {
    match e.position() {
        Some(p) => format!("row {}: {}", p.line(), csv_error_text(e)),
        None => csv_error_text(e),
    }
}

fn csv_error_text(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Deserialize { err, .. } => match err.field() {
            Some(_) => err.to_string(),
            None => err.kind().to_string(),
        },
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("has {len} cells where the header has {expected_len}")
        }
        _ => e.to_string(),
    }
}

/// Converts the cells of one row, collecting problems named by row and column.
struct Cells<'p> {
    row: usize,
    problems: &'p mut Vec<String>,
}

impl Cells<'_> {
    fn problem(&mut self, column: &str, message: impl fmt::Display) {
        self.problems
            .push(format!("row {}, column {column}: {message}", self.row));
    }

    fn required<'c>(&mut self, column: &str, value: &'c str) -> Option<&'c str> {
        if value.is_empty() {
            self.problem(column, "is empty, but the institution's first row needs it");
            None
        } else {
            Some(value)
        }
    }

    fn number(&mut self, column: &str, value: &str) -> Option<f64> {
        match value.replace(',', ".").parse::<f64>() {
            Ok(n) if n.is_finite() => Some(n),
            _ => {
                self.problem(column, format!("\"{value}\" is not a number"));
                None
            }
        }
    }

    fn count(&mut self, column: &str, value: &str) -> Option<Option<u32>> {
        if value.is_empty() {
            return Some(None);
        }
        match value.parse::<u32>() {
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

    fn institution(&mut self, row: &Row) -> Option<Institution> {
        let name = self.required("institution_name", &row.institution_name);
        let city = self.required("city", &row.city);
        let country = self.required("country", &row.country);
        let lat = self
            .required("lat", &row.lat)
            .and_then(|v| self.number("lat", v));
        let lon = self
            .required("lon", &row.lon)
            .and_then(|v| self.number("lon", v));
        let autumn = month_day(&row.deadline_autumn);
        let spring = month_day(&row.deadline_spring);
        Some(Institution {
            id: Id(row.institution_id.clone()),
            name: LocalisedText::Plain(name?.to_owned()),
            short_name: non_empty(&row.short_name),
            erasmus_code: None,
            city: LocalisedText::Plain(city?.to_owned()),
            country: CountryCode(country?.to_uppercase()),
            location: Location {
                lat: lat?,
                lon: lon?,
            },
            website: non_empty(&row.website).map(WebUrl),
            tags: list(&row.tags).into_iter().map(str::to_owned).collect(),
            agreements: Vec::new(),
            deadlines: Deadlines {
                autumn,
                spring,
                full_year: None,
            },
            requirements: list(&row.requirements)
                .into_iter()
                .map(str::to_owned)
                .collect(),
        })
    }

    fn agreement(&mut self, row: &Row) -> Option<Agreement> {
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

/// Accepts --MM-DD and the MM-DD spreadsheets tend to leave.
fn month_day(value: &str) -> Option<MonthDay> {
    match value {
        "" => None,
        v if v.starts_with("--") => Some(MonthDay(v.to_owned())),
        v => Some(MonthDay(format!("--{v}"))),
    }
}
