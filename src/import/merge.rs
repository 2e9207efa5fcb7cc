//! Merging what the files say into the catalogue, remembering where each record came from
//! (for messages) and which agreements the files named (for `--prune` and the summary).
//!
//! Rules: a spreadsheet institution replaces the fields a spreadsheet has (name, city,
//! country, location, website, short name, tags, deadlines, requirements; Erasmus and SCHAC
//! codes when its cells have them) of the institution with its id and keeps the rest
//! (contacts, a full-year deadline); an EWP partner is
//! found by its SCHAC or Erasmus code and only gains those codes. An agreement replaces the
//! catalogue's agreement with the same key (`crate::changes::agreement_key`) that no file has
//! replaced yet, or is added (an EWP agreement: the one with its mobility and ISCED code, whose
//! programmes, terms and notes it keeps); agreements no file names are kept, or removed with
//! `--prune`.

use std::collections::HashSet;

use super::origin::{Origin, Record};
use crate::catalogue::{Agreement, Catalogue, Institution};
use crate::changes::agreement_key;

pub(super) struct Merge {
    pub catalogue: Catalogue,
    pub records: Vec<Record>,
    /// Institutions a file named, by index.
    pub touched: HashSet<usize>,
    /// Agreements the files gave, counted once each.
    pub agreements_put: usize,
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

    /// A spreadsheet's institution: replaces the spreadsheet's fields of the one with its id,
    /// or is added.
    pub fn put_sheet_institution(&mut self, institution: Institution, origin: Origin) -> usize {
        let Some(at) = self.find(institution.id.as_str()) else {
            return self.add(institution, origin);
        };
        let old = &mut self.catalogue.institutions[at];
        let full_year = old.deadlines.full_year.take();
        let kept = Institution {
            agreements: std::mem::take(&mut old.agreements),
            erasmus_code: institution.erasmus_code.clone().or(old.erasmus_code.take()),
            schac: institution.schac.clone().or(old.schac.take()),
            contacts: std::mem::take(&mut old.contacts),
            // Not a spreadsheet column: the office's own deadlines for this partner stay.
            home_deadlines: std::mem::take(&mut old.home_deadlines),
            ..institution
        };
        *old = kept;
        if old.deadlines.full_year.is_none() {
            old.deadlines.full_year = full_year;
        }
        self.records[at].fields = Some(origin);
        self.touched.insert(at);
        at
    }

    /// Marks an institution as named by a file (an EWP partner that was already there).
    pub fn touch(&mut self, at: usize) {
        self.touched.insert(at);
    }

    /// An agreement for the institution at `at`, from a spreadsheet.
    pub fn put_agreement(&mut self, at: usize, agreement: Agreement, origin: Origin) {
        let key = agreement_key(&agreement);
        self.put(at, agreement, origin, |a| agreement_key(a) == key);
    }

    /// An agreement from EWP, which names no programmes, terms or notes: it replaces the
    /// agreement with its mobility and ISCED code whatever programmes the office gave that
    /// one, and keeps them (and its terms and notes), so a yearly import changes only what
    /// EWP says.
    pub fn put_ewp_agreement(&mut self, at: usize, mut agreement: Agreement, origin: Origin) {
        let (mobility, isced) = (agreement.mobility, agreement.isced.clone());
        let same = |a: &Agreement| a.mobility == mobility && a.isced == isced;
        if let Some(old) = self.unreplaced(at, same) {
            let old = &self.catalogue.institutions[at].agreements[old];
            agreement.programmes = old.programmes.clone();
            agreement.terms = old.terms.clone();
            agreement.notes = old.notes.clone();
        }
        self.put(at, agreement, origin, same);
    }

    /// The first agreement of the institution at `at` that no file has replaced yet and
    /// that `same` picks.
    fn unreplaced(&self, at: usize, same: impl Fn(&Agreement) -> bool) -> Option<usize> {
        self.catalogue.institutions[at]
            .agreements
            .iter()
            .zip(&self.records[at].agreements)
            .position(|(a, from)| from.is_none() && same(a))
    }

    fn put(
        &mut self,
        at: usize,
        agreement: Agreement,
        origin: Origin,
        same: impl Fn(&Agreement) -> bool,
    ) {
        self.touched.insert(at);
        self.agreements_put += 1;
        match self.unreplaced(at, same) {
            Some(i) => {
                self.catalogue.institutions[at].agreements[i] = agreement;
                self.records[at].agreements[i] = Some(origin);
            }
            None => {
                self.catalogue.institutions[at].agreements.push(agreement);
                self.records[at].agreements.push(Some(origin));
            }
        }
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
