//! Merging what the files say into the catalogue, remembering where each record came from
//! (for messages) and which agreements the files named (for `--prune` and the summary).
//!
//! Rules: a spreadsheet institution replaces, of the institution with its id, the fields the
//! spreadsheet has columns for (an empty cell clears the field, but for `erasmus_code` and
//! `schac`, which an empty cell leaves as they are) and keeps the rest (contacts, the home
//! school's deadlines, a full-year deadline, and every field without a column); a cell that
//! is the stored text in one of its languages (a city stored by language) keeps the stored
//! text. A later file that names the institution again is read as a later row of the first:
//! its cells are empty or the same as the first file's (else a problem naming both), and it
//! fills only the columns the earlier files lack. An EWP partner is found by its SCHAC or
//! Erasmus code and only gains those codes. Agreements: `agreements.rs`; agreements no file
//! names are kept, or removed with `--prune`.

use std::collections::{HashMap, HashSet};

use super::columns::REQUIRED;
use super::origin::{Origin, Record};
use super::twice::Given;
use crate::catalogue::{Catalogue, Institution, LocalisedText};

pub(super) struct Merge {
    pub catalogue: Catalogue,
    pub records: Vec<Record>,
    /// Institutions a file named, by index.
    pub touched: HashSet<usize>,
    /// Agreements the files gave, counted once each.
    pub agreements_put: usize,
    /// Each agreement a file gave, by its institution's index, and where: one given again is
    /// refused.
    pub given: Given<usize, Origin>,
    /// The institutions spreadsheets gave, by index: as each file's first row for it said.
    sheets: HashMap<usize, Vec<SheetInstitution>>,
}

/// An institution as one file's first row for it gives it, for the files after it.
struct SheetInstitution {
    origin: Origin,
    institution: Institution,
    /// Its cells as typed, by column (for messages).
    cells: Vec<(&'static str, String)>,
}

impl SheetInstitution {
    fn has(&self, column: &str) -> bool {
        self.origin.columns().iter().any(|c| c.name == column)
    }
}

impl Merge {
    pub fn new(catalogue: Catalogue) -> Merge {
        let records = catalogue
            .institutions
            .iter()
            .map(|i| Record {
                fields: None,
                agreements: vec![None; i.agreements.len()],
            })
            .collect();
        Merge {
            catalogue,
            records,
            touched: HashSet::new(),
            agreements_put: 0,
            given: Given::default(),
            sheets: HashMap::new(),
        }
    }

    pub fn find(&self, id: &str) -> Option<usize> {
        self.catalogue
            .institutions
            .iter()
            .position(|i| i.id.as_str() == id)
    }

    /// The institution with this SCHAC code, or else with this Erasmus code (compared without
    /// case and spacing: "F  LYON12" is "f lyon12").
    pub fn find_hei(&self, schac: &str, erasmus: Option<&str>) -> Option<usize> {
        let schac = schac.to_lowercase();
        let by_schac = self
            .catalogue
            .institutions
            .iter()
            .position(|i| i.schac.as_deref().map(str::to_lowercase) == Some(schac.clone()));
        by_schac.or_else(|| {
            let wanted = squeeze(erasmus?);
            self.catalogue
                .institutions
                .iter()
                .position(|i| i.erasmus_code.as_deref().map(squeeze) == Some(wanted.clone()))
        })
    }

    /// Adds a new institution (agreements are put separately); its index.
    pub fn add(&mut self, mut institution: Institution, origin: Origin) -> usize {
        institution.agreements.clear();
        self.catalogue.institutions.push(institution);
        self.records.push(Record {
            fields: Some(origin),
            agreements: Vec::new(),
        });
        let at = self.catalogue.institutions.len() - 1;
        self.touched.insert(at);
        at
    }

    /// A spreadsheet's institution, as the first row for it in its file gives it (`cells`:
    /// those of the institution, by column): updates the one with its id (see the module's
    /// rules), or is added; its index. A cell that disagrees with an earlier file is a problem.
    pub fn put_sheet_institution(
        &mut self,
        institution: Institution,
        cells: Vec<(&'static str, String)>,
        origin: Origin,
        problems: &mut Vec<String>,
    ) -> usize {
        let at = match self.find(institution.id.as_str()) {
            Some(at) => {
                let earlier = self.sheets.get(&at).map_or(&[][..], Vec::as_slice);
                let old = &mut self.catalogue.institutions[at];
                for (column, value) in &cells {
                    if !origin.columns().iter().any(|c| c.name == *column) {
                        continue;
                    }
                    match earlier.iter().find(|e| e.has(column)) {
                        None => take(column, old, &institution),
                        Some(first)
                            if value.trim().is_empty()
                                || same(column, &first.institution, &institution) => {}
                        Some(first) => {
                            let typed = first.cells.iter().find(|(c, _)| c == column);
                            // A later file may leave a column empty, but not one every
                            // institution's first row needs: it is such a row in its file.
                            let remedy = if REQUIRED.contains(column) {
                                "give the same in later files"
                            } else {
                                "leave them empty in later files or give the same"
                            };
                            problems.push(format!(
                                "{}: \"{value}\", but the institution's first row, {}, has \
                                 \"{}\": its details are read from the first row that names it; \
                                 {remedy}",
                                origin.cell(column),
                                origin.other(&first.origin),
                                typed.map_or("", |(_, v)| v.as_str())
                            ));
                        }
                    }
                }
                if self.records[at].fields.is_none() {
                    self.records[at].fields = Some(origin.clone());
                }
                self.touched.insert(at);
                at
            }
            None => self.add(institution.clone(), origin.clone()),
        };
        self.sheets.entry(at).or_default().push(SheetInstitution {
            origin,
            institution,
            cells,
        });
        at
    }

    /// Marks an institution as named by a file (an EWP partner that was already there).
    pub fn touch(&mut self, at: usize) {
        self.touched.insert(at);
    }

    /// Agreements no file named: removed with `prune` (how many), else kept (how many).
    pub fn finish(&mut self, prune: bool) -> usize {
        let mut count = 0;
        for (institution, record) in self
            .catalogue
            .institutions
            .iter_mut()
            .zip(&mut self.records)
        {
            count += record.agreements.iter().filter(|o| o.is_none()).count();
            if prune {
                let mut origins = record.agreements.iter();
                institution
                    .agreements
                    .retain(|_| origins.next().is_some_and(Option::is_some));
                record.agreements.retain(Option::is_some);
            }
        }
        count
    }
}

fn squeeze(code: &str) -> String {
    code.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Sets the field of `column` of `to` as `from` has it: a text that is one of the stored
/// text's languages keeps the stored text, and an empty Erasmus or SCHAC code keeps the one
/// there is.
fn take(column: &str, to: &mut Institution, from: &Institution) {
    fn text(to: &mut LocalisedText, from: &LocalisedText) {
        let kept = match from {
            LocalisedText::Plain(cell) => to.all().any(|t| t == cell),
            LocalisedText::ByLanguage(_) => false,
        };
        if !kept {
            to.clone_from(from);
        }
    }
    match column {
        "institution_name" => text(&mut to.name, &from.name),
        "short_name" => to.short_name.clone_from(&from.short_name),
        "city" => text(&mut to.city, &from.city),
        "country" => to.country.clone_from(&from.country),
        "lat" => to.location.lat = from.location.lat,
        "lon" => to.location.lon = from.location.lon,
        "website" => to.website.clone_from(&from.website),
        "deadline_autumn" => to.deadlines.autumn.clone_from(&from.deadlines.autumn),
        "deadline_spring" => to.deadlines.spring.clone_from(&from.deadlines.spring),
        "requirements" => to.requirements.clone_from(&from.requirements),
        "tags" => to.tags.clone_from(&from.tags),
        "erasmus_code" if from.erasmus_code.is_some() => {
            to.erasmus_code.clone_from(&from.erasmus_code);
        }
        "schac" if from.schac.is_some() => to.schac.clone_from(&from.schac),
        _ => {}
    }
}

/// Whether two rows say the same of `column` (as read: `59,9` is `59.9`).
fn same(column: &str, first: &Institution, later: &Institution) -> bool {
    let mut taken = first.clone();
    take(column, &mut taken, later);
    taken == *first
}
