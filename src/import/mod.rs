//! Import into a catalogue from the files the international office keeps: its spreadsheet
//! (CSV, .xlsx, .ods), and Erasmus Without Paper responses (IIAs, Institutions, Factsheets),
//! each recognised by its content (`detect.rs`), and merged (`merge.rs`). Every problem is
//! named by its file and place, and one problem anywhere means no catalogue at all, so nothing
//! is written. The merged catalogue is validated as `check` does, and each problem
//! of an imported record is named by the file place it came from (`origin.rs`).
//!
//! ## Spreadsheets
//!
//! One row per agreement. A workbook's first sheet is read (or the one named), its cells as
//! the spreadsheet stores them (`workbook.rs`). A CSV file may be UTF-8 (with or without a byte-order mark), UTF-16 with its mark, or
//! Windows-1252 (read with a warning). The separator is `,`, `;` or tab, whichever the header
//! row uses; numbers may have a decimal comma; empty columns and rows are ignored. Rows are
//! numbered as the spreadsheet numbers them (the header is row 1) in every message, and
//! every message about a cell names its row and column.
//!
//! Columns (header row required, order free, unknown columns refused so typos show):
//!
//! | column | content |
//! | --- | --- |
//! | `institution_id` | required; rows with the same id form one institution |
//! | `institution_name`, `short_name`, `city`, `country`, `lat`, `lon`, `website` | the institution (name, city, country, lat, lon required on its first row; later rows leave them empty or give the same) |
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
//! | `erasmus_code`, `schac` | the EWP identifiers, by which an EWP import finds the institution |
//!
//! Imported institutions replace the fields the spreadsheet has columns for of those with the
//! same id in the catalogue, or are added (`merge.rs`); agreements update the one they match
//! and keep what the file cannot say (`agreements.rs`).

mod agreements;
mod cells;
mod columns;
mod detect;
mod encoding;
mod ewp;
mod merge;
mod origin;
mod rows;
mod sheet;
mod summary;
mod twice;
mod workbook;

use std::fmt;
use std::io::Read;
use std::sync::Arc;

use crate::catalogue::{validate, Catalogue, Location, Problem};
pub use cells::country_meant;
pub use detect::is_workbook;
use detect::{Given, Kind};
use merge::Merge;
pub use summary::{InstitutionChanged, Summary};

/// One file to import: its name (for messages) and its bytes.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The workbook sheet to read (default: the first).
    pub sheet: Option<String>,
    /// The home school's SCHAC code: EWP agreements in which it is the sending HEI are read.
    pub home_hei: Option<String>,
    /// Remove the catalogue's agreements that no file names.
    pub prune: bool,
    /// The files given as EWP Institutions responses (`--institutions`), by name: a file of
    /// another kind among them is refused, named by what it is and the option that takes it.
    pub institutions: Vec<String>,
    /// The files given as EWP Factsheet responses (`--factsheet`), by name; likewise.
    pub factsheets: Vec<String>,
}

/// Finds a city's coordinates for a new institution (EWP carries none): the gazetteer of
/// the matching engine on the command line, a table in tests.
pub trait Locate {
    /// The city named `city` in `country` (ISO alpha-2), if known.
    fn locate(&self, city: &str, country: &str) -> Option<Location>;
}

/// A function of city and country (a table in tests).
impl<F: Fn(&str, &str) -> Option<Location>> Locate for F {
    fn locate(&self, city: &str, country: &str) -> Option<Location> {
        self(city, country)
    }
}

/// The gazetteer: the most populous city of that name in that country.
impl Locate for crate::places::Gazetteer {
    fn locate(&self, city: &str, country: &str) -> Option<Location> {
        self.cities_named(&crate::text::fold(city))
            .find(|c| c.country.eq_ignore_ascii_case(country))
            .map(|c| Location {
                lat: c.lat,
                lon: c.lon,
            })
    }
}

/// Knows no city: imports that need no coordinates (spreadsheets carry theirs).
pub struct NoPlaces;

impl Locate for NoPlaces {
    fn locate(&self, _: &str, _: &str) -> Option<Location> {
        None
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub catalogue: Catalogue,
    pub summary: Summary,
    /// What the user should know: how a file was read (its encoding, IIAs left out), then the
    /// validation warnings of the result, each naming its file place where it comes from one.
    pub warnings: Vec<String>,
}

/// Why an import failed: every problem, each naming its file and place (or catalogue place).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub problems: Vec<String>,
    /// How the files were read, when that may explain the problems (an encoding).
    pub warnings: Vec<String>,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.problems.join("\n"))
    }
}

impl std::error::Error for ImportError {}

/// Reads one CSV file (named `file.csv` in messages) and merges it into `base`.
pub fn import_csv(mut input: impl Read, base: Catalogue) -> Result<Imported, ImportError> {
    let mut bytes = Vec::new();
    if let Err(e) = input.read_to_end(&mut bytes) {
        return Err(ImportError {
            problems: vec![format!("file.csv: cannot read the file: {e}")],
            warnings: Vec::new(),
        });
    }
    let source = Source {
        name: "file.csv".to_owned(),
        bytes,
    };
    import(&[source], base, &Options::default(), &NoPlaces)
}

/// Reads every file, each recognised by its content, and merges them into `base` in order
/// (EWP Institutions and Factsheet responses complete the partners the IIAs name).
pub fn import(
    files: &[Source],
    base: Catalogue,
    options: &Options,
    places: &dyn Locate,
) -> Result<Imported, ImportError> {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut merge = Merge::new(base.clone());
    let mut directory = ewp::Directory::default();
    let mut kinds = Vec::new();
    let twice = given_twice(files);
    for (file, twice) in files.iter().zip(twice) {
        let name: Arc<str> = file.name.as_str().into();
        if let Some(problem) = twice {
            problems.push(problem);
            continue;
        }
        match detect::kind(&file.bytes) {
            Ok(kind) => {
                // Still read by its content: the other files' problems are then their own.
                for (given, names) in [
                    (Given::Institutions, &options.institutions),
                    (Given::Factsheet, &options.factsheets),
                ] {
                    if names.contains(&file.name) {
                        let wrong = detect::wrong_kind(&kind, given);
                        problems.extend(wrong.map(|e| format!("{name}: {e}")));
                    }
                }
                kinds.push((file, name, kind));
            }
            Err(e) => problems.push(format!("{name}: {e}")),
        }
    }
    // EWP directories first: the IIAs' partners are looked up in them, in any file order.
    for (_, name, kind) in &kinds {
        match kind {
            Kind::Institutions(text) => directory.read_institutions(name, text, &mut problems),
            Kind::Factsheet(text) => directory.read_factsheet(name, text, &mut problems),
            _ => {}
        }
    }
    for (file, name, kind) in &kinds {
        match kind {
            Kind::Csv => match encoding::decode(&file.bytes) {
                Ok(decoded) => {
                    warnings.extend(decoded.warning.map(|w| format!("{name}: {w}")));
                    if let Some(sheet) = &options.sheet {
                        warnings.push(format!(
                            "{name}: a CSV file has no sheets, so --sheet \"{sheet}\" was not used"
                        ));
                    }
                    let (sheet, own) = sheet::read(&decoded.text);
                    put_sheet(sheet, own, name, &mut merge, &mut problems);
                }
                Err(e) => problems.push(format!("{name}: {e}")),
            },
            Kind::Workbook => {
                let (sheet, own) = workbook::read(&file.bytes, options.sheet.as_deref());
                put_sheet(sheet, own, name, &mut merge, &mut problems);
            }
            Kind::Iias(text) => {
                let read = ewp::Iias {
                    file: name,
                    home_hei: options.home_hei.as_deref(),
                    directory: &directory,
                    places,
                };
                if let Some(skipped) = read.put(text, &mut merge, &mut problems) {
                    warnings.extend(skipped);
                }
            }
            Kind::Institutions(_) | Kind::Factsheet(_) => {}
        }
    }
    warnings.extend(directory.fill_factsheets(&mut merge));
    if !problems.is_empty() {
        return Err(ImportError { problems, warnings });
    }
    let not_named = merge.finish(options.prune);
    let (errors, mut checked): (Vec<Problem>, Vec<Problem>) = validate(&merge.catalogue)
        .into_iter()
        .partition(Problem::is_error);
    // Agreements given twice can only be the catalogue's own: an import refuses to make one.
    checked.extend(crate::changes::repeated(&merge.catalogue));
    let before = base.institutions.len();
    let explain = |p: &Problem| origin::explain(p, &merge.records, before);
    if !errors.is_empty() {
        return Err(ImportError {
            problems: errors.iter().map(explain).collect(),
            warnings,
        });
    }
    // An institution --prune emptied is named in the summary, not warned of by its index.
    let emptied = summary::emptied(&base, &merge);
    let said_in_summary = |p: &&Problem| {
        p.message.starts_with("no agreements")
            && emptied
                .iter()
                .any(|at| p.place == format!("institutions[{at}].agreements"))
    };
    warnings.extend(checked.iter().filter(|p| !said_in_summary(p)).map(explain));
    let ewp_only = kinds
        .iter()
        .all(|(_, _, kind)| !matches!(kind, Kind::Csv | Kind::Workbook));
    if options.prune && ewp_only && !emptied.is_empty() {
        warnings.push(format!(
            "--prune with EWP files alone left {} institution{} of the catalogue without \
             agreements (named below): EWP has only the Erasmus agreements of the partners these \
             files name, never the catalogue's other partners (outside Erasmus, or agreed \
             directly); import EWP without --prune, or give the office's spreadsheet in the same \
             run",
            emptied.len(),
            if emptied.len() == 1 { "" } else { "s" }
        ));
    }
    let summary = Summary::of(&base, &merge, not_named, options.prune);
    Ok(Imported {
        catalogue: merge.catalogue,
        summary,
        warnings,
    })
}

/// For each file, a problem when it is an earlier one given again (the same path, however
/// it is written, and the same bytes): it would repeat every agreement of its own.
fn given_twice(files: &[Source]) -> Vec<Option<String>> {
    let path = |f: &Source| std::fs::canonicalize(&f.name).ok();
    let paths: Vec<_> = files.iter().map(path).collect();
    files
        .iter()
        .enumerate()
        .map(|(k, file)| {
            let earlier = files[..k].iter().zip(&paths).find(|(e, p)| {
                e.bytes == file.bytes && (e.name == file.name || (p.is_some() && **p == paths[k]))
            });
            earlier.map(|(e, _)| {
                if e.name == file.name {
                    format!("{} is given twice: leave it out once", file.name)
                } else {
                    format!(
                        "{} and {} are the same file, given twice: leave it out once",
                        e.name, file.name
                    )
                }
            })
        })
        .collect()
}

fn put_sheet(
    sheet: Result<sheet::Sheet, String>,
    own: Vec<String>,
    name: &Arc<str>,
    merge: &mut Merge,
    problems: &mut Vec<String>,
) {
    let had = problems.len();
    problems.extend(own.into_iter().map(|p| format!("{name}: {p}")));
    match sheet {
        Err(e) => problems.push(format!("{name}: {e}")),
        Ok(sheet) if problems.len() == had => rows::put(&sheet, name, merge, problems),
        // Rows that could not be read: the rest are still checked, but nothing is put.
        Ok(sheet) => {
            let mut scratch = Merge::new(merge.catalogue.clone());
            rows::put(&sheet, name, &mut scratch, problems);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::import_csv;
    use proptest::prelude::*;

    fn base() -> crate::Catalogue {
        match crate::catalogue::load(include_str!("../../tests/fixtures/small.json")) {
            Ok(checked) => checked.catalogue,
            Err(e) => panic!("the fixture loads: {e}"),
        }
    }

    proptest! {
        /// Whatever a spreadsheet holds, the import never panics, and every problem names
        /// its file and row (or says the file as a whole is wrong).
        #[test]
        fn any_file_gives_an_import_or_problems_by_row(
            header in prop::sample::select(vec![
                "institution_id,institution_name,city,country,lat,lon,mobility,isced,places",
                "institution_id;institution_name;city;country;lat;lon;mobility;isced;places;;",
                "institution_id\tinstitution_name\tcity\tcountry\tlat\tlon\tmobility\tisced",
                "",
            ]),
            body in "[a-c0-9é ,;\t\"\r\n.-]{0,120}",
            latin1 in any::<bool>(),
        ) {
            let mut bytes = format!("{header}\n{body}").into_bytes();
            if latin1 {
                bytes.push(0xe9);
            }
            if let Err(e) = import_csv(bytes.as_slice(), base()) {
                prop_assert!(!e.problems.is_empty());
                for problem in &e.problems {
                    let place = problem.strip_prefix("file.csv: ").unwrap_or_default();
                    prop_assert!(
                        place.starts_with("row ") || place.starts_with("rows ")
                            || place.starts_with("the file "),
                        "{problem}"
                    );
                }
            }
        }
    }
}
