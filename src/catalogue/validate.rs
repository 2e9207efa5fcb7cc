//! Checks of meaning, once the values have their types: codes, references, dates, ranges and
//! upper bounds. Every problem is collected, in document order, each with its place and owned
//! by its record (see `findings.rs`).
//!
//! Records are checked list by list (programmes, institutions, BIPs), so that a reference to a
//! record that has errors, and would be left out, is itself an error: a lenient reading then
//! leaves out every record that depends on one left out.

use super::findings::{Findings, List, Owner};
use super::funding::FundingTable;
use super::model::{Bip, Catalogue, Home, Institution, Programme};
use super::place::Place;
use super::problem::Problem;
use super::read_model::Draft;
use super::text::LocalisedText;
use super::validate_records::{bip, institution, programme, Known};
use super::validate_values::Values;
use super::values::Date;
use super::words::{quoted, MAX_RECORDS};
use crate::lookup::Lookup;

/// A record as validation sees it: its id (if readable) and its model (if it could be read).
pub(crate) struct View<'a, T> {
    pub id: Option<&'a str>,
    pub record: Option<&'a T>,
}

/// The parts of a catalogue validation checks.
pub(crate) struct Parts<'a> {
    pub updated: Option<&'a Date>,
    pub notice: Option<&'a LocalisedText>,
    pub home: Option<&'a Home>,
    pub funding: Option<&'a FundingTable>,
    pub programmes: Vec<View<'a, Programme>>,
    pub institutions: Vec<View<'a, Institution>>,
    pub bips: Vec<View<'a, Bip>>,
}

impl<'a> Parts<'a> {
    pub fn of_draft(draft: &'a Draft) -> Parts<'a> {
        fn views<T>(slots: &[super::read_records::Slot<T>]) -> Vec<View<'_, T>> {
            slots
                .iter()
                .map(|s| View {
                    id: s.id.as_deref(),
                    record: s.record.as_ref(),
                })
                .collect()
        }
        Parts {
            updated: draft.updated.as_ref(),
            notice: draft.notice.as_ref(),
            home: draft.home.as_ref(),
            funding: draft.funding.as_ref(),
            programmes: views(&draft.programmes),
            institutions: views(&draft.institutions),
            bips: views(&draft.bips),
        }
    }

    pub fn of_catalogue(catalogue: &'a Catalogue) -> Parts<'a> {
        Parts {
            updated: catalogue.updated.as_ref(),
            notice: catalogue.notice.as_ref(),
            home: Some(&catalogue.home),
            funding: catalogue.funding.as_ref(),
            programmes: catalogue.programmes.iter().map(View::of).collect(),
            institutions: catalogue.institutions.iter().map(View::of).collect(),
            bips: catalogue.bips.iter().map(View::of).collect(),
        }
    }
}

pub(crate) trait HasId {
    fn id(&self) -> &str;
}

macro_rules! has_id {
    ($($t:ty),+) => { $(impl HasId for $t { fn id(&self) -> &str { self.id.as_str() } })+ };
}
has_id!(Programme, Institution, Bip);

impl<'a, T: HasId> View<'a, T> {
    fn of(record: &'a T) -> View<'a, T> {
        View {
            id: Some(record.id()),
            record: Some(record),
        }
    }
}

/// Every problem of meaning in a catalogue built in code (the import builds one); a catalogue
/// read from JSON is checked by `load`, which also checks the types.
pub fn validate(catalogue: &Catalogue) -> Vec<Problem> {
    let mut findings = Findings::default();
    check(&Parts::of_catalogue(catalogue), &mut findings);
    findings.found.into_iter().map(|(_, p)| p).collect()
}

/// Checks `parts`, adding to what reading found.
pub(crate) fn check(parts: &Parts, findings: &mut Findings) {
    let mut v = Values { findings };
    v.findings.owned_by(Owner::File);
    for (list, count) in [
        (List::Programmes, parts.programmes.len()),
        (List::Institutions, parts.institutions.len()),
        (List::Bips, parts.bips.len()),
    ] {
        if count > MAX_RECORDS {
            v.findings.error(
                list.key(),
                format!(
                    "`{}` has {count} entries; a catalogue lists at most {MAX_RECORDS}",
                    list.key()
                ),
            );
        }
    }
    let root = Place::Root;
    if let Some(updated) = parts.updated {
        v.date(&root.key("updated"), updated);
    }
    if let Some(notice) = parts.notice {
        v.text(&root.key("notice"), notice);
    }
    if let Some(home) = parts.home {
        let place = root.key("home");
        v.text(&place.key("name"), &home.name);
        v.text(&place.key("city"), &home.city);
        v.country(&place.key("country"), &home.country);
        v.location(&place.key("location"), &home.location);
        v.deadlines(&place.key("deadlines"), &home.deadlines);
        v.home_contact(&place, home);
    }
    if let Some(funding) = parts.funding {
        super::validate_funding::funding(&mut v, &root.key("funding"), funding);
    }
    let first = first_of_each_id(&parts.programmes);
    each_record(
        &mut v,
        List::Programmes,
        &parts.programmes,
        &first,
        programme,
    );
    let programmes = Known::new(v.findings, List::Programmes, first, parts.programmes.len());
    // The ISCED codes of the programmes without errors, each to its first programme.
    let mut offered = Lookup::default();
    for (i, (programme, bad)) in parts.programmes.iter().zip(&programmes.bad).enumerate() {
        if let (Some(programme), false) = (programme.record, bad) {
            offered.entry(programme.isced.as_str()).or_insert(i);
        }
    }
    let first = first_of_each_id(&parts.institutions);
    each_record(
        &mut v,
        List::Institutions,
        &parts.institutions,
        &first,
        |v, place, i| institution(v, place, i, &programmes, &offered),
    );
    let institutions = Known::new(
        v.findings,
        List::Institutions,
        first,
        parts.institutions.len(),
    );
    let first = first_of_each_id(&parts.bips);
    each_record(&mut v, List::Bips, &parts.bips, &first, |v, place, b| {
        bip(v, place, b, &programmes, &institutions)
    });
    v.findings.owned_by(Owner::File);
}

/// The index of the first record with each id.
fn first_of_each_id<'a, T>(views: &[View<'a, T>]) -> Lookup<'a> {
    let mut first = Lookup::with_capacity_and_hasher(views.len(), Default::default());
    for (i, view) in views.iter().enumerate() {
        if let Some(id) = view.id {
            first.entry(id).or_insert(i);
        }
    }
    first
}

/// Checks each record of a list, owning its problems: its id is unique, then `check`.
fn each_record<T>(
    v: &mut Values,
    list: List,
    views: &[View<T>],
    first: &Lookup,
    mut check: impl FnMut(&mut Values, &Place, &T),
) {
    let root = Place::Root;
    let list_place = root.key(list.key());
    for (i, view) in views.iter().enumerate() {
        v.findings.owned_by(Owner::Record(list, i));
        let place = list_place.index(i);
        if let Some(id) = view.id {
            match first.get(id) {
                Some(&earlier) if earlier != i => v.findings.error(
                    place.key("id"),
                    format!(
                        "duplicate id {}: {}[{earlier}] has it already",
                        quoted(id),
                        list.key()
                    ),
                ),
                _ => {}
            }
        }
        if let Some(record) = view.record {
            check(v, &place, record);
        }
    }
    v.findings.owned_by(Owner::File);
}
