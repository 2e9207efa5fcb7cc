//! Reading a catalogue: UTF-8, JSON syntax, format version, types, then meaning. One reader
//! for the command line and the browser, so both accept the same files and name the same
//! problems with the same words.

use super::findings::{Findings, List, Owner};
use super::json;
use super::locate::positions;
use super::model::Catalogue;
use super::problem::{Problem, Rejected};
use super::read_model::{read_catalogue, Draft};
use super::read_records::Slot;
use super::validate::{check, Parts};

/// A catalogue that passed validation, and the warnings it raised (unknown fields, ...).
#[derive(Debug, Clone)]
pub struct Checked {
    pub catalogue: Catalogue,
    pub warnings: Vec<Problem>,
    /// Records left out because they have errors (only with [`BadRecords::LeaveOut`]).
    pub skipped: Vec<Skipped>,
}

/// A record (a programme, an institution or a BIP) left out of a leniently read catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    /// Where the record is: `institutions[3]`.
    pub place: String,
    /// Its `id`, when it has a readable one.
    pub id: Option<String>,
    /// Its errors, each at its own place (`institutions[3].country`).
    pub problems: Vec<Problem>,
}

/// What a record with errors does to the whole catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadRecords {
    /// The catalogue is refused (`check`, and the JS API by default).
    Refuse,
    /// The record is left out and named in [`Checked::skipped`] (the widget). Problems of the
    /// whole file (syntax, format, `home`) still refuse it.
    LeaveOut,
}

/// Reads catalogue bytes (UTF-8, a leading byte-order mark allowed) with the given
/// strictness.
pub fn load_bytes(bytes: &[u8], bad_records: BadRecords) -> Result<Checked, Rejected> {
    load_utf8(bytes, bad_records, locate)
}

/// As [`load_bytes`], but each problem names its place only, without the line and column
/// where the place is in the text (a syntax error keeps the position the parser gives). The
/// widget's read: it shows places, as design.md asks (positions for syntax errors only), and
/// finding the positions is a second pass over the text whose code is 2.2 KB gzip of the
/// widget's download. The command line and the JS API keep the positions.
pub fn load_bytes_by_place(bytes: &[u8], bad_records: BadRecords) -> Result<Checked, Rejected> {
    load_utf8(bytes, bad_records, |_, _| {})
}

/// Parses and validates catalogue JSON, strictly: any error refuses the catalogue. Every
/// problem is reported together, errors first, each in document order with its place (and
/// line and column); a syntax error stops the reading.
pub fn load(text: &str) -> Result<Checked, Rejected> {
    load_text(text, BadRecords::Refuse, locate)
}

/// Gives problems their line and column in the text (`locate`), or not.
type Locate = fn(&str, &mut [(Owner, Problem)]);

fn load_utf8(bytes: &[u8], bad_records: BadRecords, locate: Locate) -> Result<Checked, Rejected> {
    let text = std::str::from_utf8(bytes).map_err(|e| not_utf8(bytes, e.valid_up_to()))?;
    load_text(text, bad_records, locate)
}

const BOM: &str = "the file starts with a byte-order mark (BOM), which JSON does not use; it was \
     ignored (save the file as UTF-8 without BOM)";

fn load_text(text: &str, bad_records: BadRecords, locate: Locate) -> Result<Checked, Rejected> {
    let mut findings = Findings::default();
    let text = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => {
            findings.warning("", BOM);
            if let Some((_, bom)) = findings.found.last_mut() {
                bom.line = Some(1);
                bom.column = Some(1);
            }
            rest
        }
        None => text,
    };
    let tree = json::parse(text).map_err(|problem| Rejected {
        problems: vec![problem],
        syntax: true,
    })?;
    let draft = read_catalogue(tree, &mut findings).map_err(|problem| {
        let mut found = vec![(Owner::File, problem)];
        locate(text, &mut found);
        let problems = found.into_iter().map(|(_, p)| p).collect();
        Rejected {
            problems,
            syntax: false,
        }
    })?;
    check(&Parts::of_draft(&draft), &mut findings);
    let refuse =
        findings.has_file_errors() || (bad_records == BadRecords::Refuse && findings.has_errors());
    let mut found = findings.into_sorted();
    locate(text, &mut found);
    if refuse {
        return Err(Rejected {
            problems: found.into_iter().map(|(_, p)| p).collect(),
            syntax: false,
        });
    }
    assemble(draft, found)
}

/// The catalogue of the records without errors, its warnings, and the records left out.
/// `found` is sorted: errors first, by owner.
fn assemble(draft: Draft, found: Vec<(Owner, Problem)>) -> Result<Checked, Rejected> {
    // Each record with errors, and its errors, in owner order.
    let mut bad: Vec<(Owner, Vec<Problem>)> = Vec::new();
    let mut warnings = Vec::new();
    for (owner, problem) in found {
        match bad.last_mut() {
            _ if !problem.is_error() => {
                if bad.binary_search_by(|(o, _)| o.cmp(&owner)).is_err() {
                    warnings.push(problem);
                }
            }
            Some((last, errors)) if *last == owner => errors.push(problem),
            _ => bad.push((owner, vec![problem])),
        }
    }
    let Some(home) = draft.home else {
        // Reading reports a missing or unreadable `home` as an error of the whole file.
        return Err(Rejected {
            problems: vec![Problem::error("home", "missing or unreadable")],
            syntax: false,
        });
    };
    let mut skipped = Vec::new();
    let programmes = keep(List::Programmes, draft.programmes, &mut bad, &mut skipped);
    let institutions = keep(
        List::Institutions,
        draft.institutions,
        &mut bad,
        &mut skipped,
    );
    let bips = keep(List::Bips, draft.bips, &mut bad, &mut skipped);
    Ok(Checked {
        catalogue: Catalogue {
            format: draft.format,
            updated: draft.updated,
            notice: draft.notice,
            home,
            programmes,
            institutions,
            bips,
            funding: draft.funding,
        },
        warnings,
        skipped,
    })
}

/// The records of a list that have no errors; the others go to `skipped` with their errors.
fn keep<T>(
    list: List,
    slots: Vec<Slot<T>>,
    bad: &mut [(Owner, Vec<Problem>)],
    skipped: &mut Vec<Skipped>,
) -> Vec<T> {
    let mut kept = Vec::with_capacity(slots.len());
    for (i, slot) in slots.into_iter().enumerate() {
        let owner = Owner::Record(list, i);
        let errors = bad
            .binary_search_by(|(o, _)| o.cmp(&owner))
            .ok()
            .map(|at| std::mem::take(&mut bad[at].1));
        match (errors, slot.record) {
            (None, Some(record)) => kept.push(record),
            (errors, _) => skipped.push(Skipped {
                place: format!("{}[{i}]", list.key()),
                id: slot.id,
                problems: errors.unwrap_or_default(),
            }),
        }
    }
    kept
}

/// Each problem's line and column, from its place (one pass over the text for all); a
/// problem of the whole document is where it starts.
fn locate(text: &str, found: &mut [(Owner, Problem)]) {
    locate_each(text, found.iter_mut().map(|(_, problem)| problem));
}

/// Gives each of `problems` without a line and column those of its place in `text`: the
/// load's own, and the command line's for problems it finds after loading.
pub(crate) fn locate_each<'p>(text: &str, problems: impl Iterator<Item = &'p mut Problem>) {
    let unplaced: Vec<&mut Problem> = problems.filter(|p| p.line.is_none()).collect();
    let mut places: Vec<String> = unplaced.iter().map(|p| p.place.clone()).collect();
    crate::order::sort(&mut places);
    places.dedup();
    let wanted: Vec<&str> = places.iter().map(String::as_str).collect();
    let at = positions(text, &wanted);
    for problem in unplaced {
        let found = places.binary_search(&problem.place).ok();
        if let Some(&Some((line, column))) = found.and_then(|i| at.get(i)) {
            problem.line = Some(line);
            problem.column = Some(column);
        }
    }
}

/// Bytes that are not UTF-8: which byte, and where.
fn not_utf8(bytes: &[u8], valid_up_to: usize) -> Rejected {
    let before = std::str::from_utf8(&bytes[..valid_up_to]).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    let byte = bytes.get(valid_up_to).copied().unwrap_or(0);
    let problem = Problem::error(
        "",
        format!(
            "the file is not UTF-8 text: byte {byte:#04X} cannot be read as UTF-8 (it may be \
             Latin-1 or Windows-1252; save the file as UTF-8)"
        ),
    )
    .at(line, column);
    Rejected {
        problems: vec![problem],
        syntax: true,
    }
}
