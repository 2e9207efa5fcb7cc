//! Checks of meaning, once the values have their types: codes, references, dates, ranges and
//! upper bounds. Every problem is collected, in document order, each with its place and owned
//! by its record (see `findings.rs`).
//!
//! Records are checked list by list (programmes, institutions, BIPs), so that a reference to a
//! record that has errors, and would be left out, is itself an error: a lenient reading then
//! leaves out every record that depends on one left out.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::findings::{Findings, List, Owner};
use super::model::{
    Agreement, Bip, Catalogue, Home, Institution, LanguageRequirement, Programme, HOME_HOST,
};
use super::place::Place;
use super::problem::Problem;
use super::read_model::Draft;
use super::text::LocalisedText;
use super::validate_values::Values;
use super::values::{Date, Id};
use super::words::{quoted, MAX_LIST, MAX_RECORDS};

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
    pub programmes: Vec<View<'a, Programme>>,
    pub institutions: Vec<View<'a, Institution>>,
    pub bips: Vec<View<'a, Bip>>,
}

impl<'a> Parts<'a> {
    pub fn of_draft(draft: &'a Draft) -> Parts<'a> {
        fn views<T>(slots: &[super::read_model::Slot<T>]) -> Vec<View<'_, T>> {
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
    let mut offered: HashSet<&str> = HashSet::default();
    for (programme, bad) in parts.programmes.iter().zip(&programmes.bad) {
        if let (Some(programme), false) = (programme.record, bad) {
            offered.insert(programme.isced.as_str());
        }
    }
    let first = first_of_each_id(&parts.institutions);
    each_record(
        &mut v,
        List::Institutions,
        &parts.institutions,
        &first,
        |v, place, institution| self::institution(v, place, institution, &programmes, &offered),
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
fn first_of_each_id<'a, T>(views: &[View<'a, T>]) -> HashMap<&'a str, usize> {
    let mut first = HashMap::with_capacity_and_hasher(views.len(), Default::default());
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
    first: &HashMap<&str, usize>,
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

/// The ids of a list once checked: each to its first record, and which records have errors
/// (and are left out by a lenient reading).
struct Known<'a> {
    list: List,
    first: HashMap<&'a str, usize>,
    bad: Vec<bool>,
}

impl<'a> Known<'a> {
    fn new(
        findings: &Findings,
        list: List,
        first: HashMap<&'a str, usize>,
        count: usize,
    ) -> Known<'a> {
        Known {
            list,
            first,
            bad: findings.bad(list, count),
        }
    }

    /// Why `id` cannot be referred to, if it cannot: "which is not in institutions".
    fn problem(&self, id: &str) -> Option<String> {
        let list = self.list.key();
        match self.first.get(id) {
            None => Some(format!("which is not in {list}")),
            Some(&i) if self.bad.get(i).copied().unwrap_or(false) => Some(format!(
                "which has errors (see {list}[{i}]); the widget leaves out both"
            )),
            Some(_) => None,
        }
    }
}

fn programme(v: &mut Values, place: &Place, programme: &Programme) {
    v.id(place, &programme.id);
    v.text(&place.key("name"), &programme.name);
    v.isced(place, &programme.isced);
    v.not_empty(place, "levels", &programme.levels);
    v.texts(place, "aliases", &programme.aliases, true);
}

fn institution(
    v: &mut Values,
    place: &Place,
    institution: &Institution,
    programmes: &Known,
    offered: &HashSet<&str>,
) {
    v.id(place, &institution.id);
    if institution.id.as_str() == HOME_HOST {
        v.findings.error(
            place.key("id"),
            "\"home\" is reserved: BIPs use it to mean the home school",
        );
    }
    v.text(&place.key("name"), &institution.name);
    for (name, text) in [
        ("short_name", &institution.short_name),
        ("erasmus_code", &institution.erasmus_code),
    ] {
        if let Some(text) = text {
            v.plain_text(&place.key(name), text, false);
        }
    }
    v.text(&place.key("city"), &institution.city);
    v.country(&place.key("country"), &institution.country);
    v.location(&place.key("location"), &institution.location);
    if let Some(website) = &institution.website {
        v.web_address(&place.key("website"), website);
    }
    v.texts(place, "tags", &institution.tags, false);
    let agreements = place.key("agreements");
    if institution.agreements.is_empty() {
        v.findings.warning(
            agreements,
            "no agreements: the institution will never be shown",
        );
    }
    if v.at_most_100(place, "agreements", institution.agreements.len()) {
        for (i, agreement) in institution.agreements.iter().enumerate() {
            self::agreement(v, &agreements.index(i), agreement, programmes, offered);
        }
    }
    let deadlines = &institution.deadlines;
    let deadlines_place = place.key("deadlines");
    for (term, day) in [
        ("autumn", &deadlines.autumn),
        ("spring", &deadlines.spring),
        ("full-year", &deadlines.full_year),
    ] {
        if let Some(day) = day {
            v.month_day(&deadlines_place.key(term), day);
        }
    }
    v.texts(place, "requirements", &institution.requirements, true);
}

fn agreement(
    v: &mut Values,
    place: &Place,
    agreement: &Agreement,
    programmes: &Known,
    offered: &HashSet<&str>,
) {
    references(v, place, "programmes", &agreement.programmes, programmes);
    let isced_ok = v.isced(place, &agreement.isced);
    if agreement.programmes.is_none() && isced_ok && !offered.contains(agreement.isced.as_str()) {
        v.findings.warning(
            place.key("isced"),
            format!(
                "no programme has ISCED {} and the agreement lists none, so no student will see it",
                agreement.isced
            ),
        );
    }
    v.not_empty(place, "levels", &agreement.levels);
    v.not_empty(place, "terms", &agreement.terms);
    v.places(place, agreement.places);
    v.months(place, agreement.months);
    languages(v, place, &agreement.languages);
    if let Some(valid) = &agreement.valid {
        v.validity(&place.key("valid"), valid);
    }
    if let Some(notes) = &agreement.notes {
        v.text(&place.key("notes"), notes);
    }
}

fn bip(v: &mut Values, place: &Place, bip: &Bip, programmes: &Known, institutions: &Known) {
    v.id(place, &bip.id);
    v.text(&place.key("title"), &bip.title);
    if let Some(description) = &bip.description {
        v.text(&place.key("description"), description);
    }
    if bip.host != HOME_HOST {
        if let Some(why) = institutions.problem(&bip.host) {
            v.findings.error(
                place.key("host"),
                format!(
                    "refers to institution {}, {why} (use \"home\" for the home school)",
                    quoted(&bip.host)
                ),
            );
        }
    }
    if v.at_most_100(place, "partners", bip.partners.len()) {
        let partners = place.key("partners");
        let mut seen = HashSet::default();
        for (i, partner) in bip.partners.iter().enumerate() {
            if let Some(why) = institutions.problem(partner.as_str()) {
                v.findings.error(
                    partners.index(i),
                    format!("refers to institution {}, {why}", quoted(partner.as_str())),
                );
            } else if !seen.insert(partner.as_str()) || partner.as_str() == bip.host {
                v.findings.error(
                    partners.index(i),
                    format!("{} is listed twice", quoted(partner.as_str())),
                );
            }
        }
    }
    references(v, place, "programmes", &bip.programmes, programmes);
    if let Some(isced) = &bip.isced {
        v.isced(place, isced);
    }
    v.not_empty(place, "levels", &bip.levels);
    let mut start = None;
    if let Some(physical) = &bip.physical {
        let p = place.key("physical");
        v.date(&p.key("start"), &physical.start);
        v.date(&p.key("end"), &physical.end);
        start = physical.start.parse().map(|s| (s, &physical.start));
        if let (Some((s, _)), Some(e)) = (start, physical.end.parse()) {
            if e < s {
                v.findings.error(
                    p.key("end"),
                    format!(
                        "`end` is before the start: {} comes before {}",
                        physical.end, physical.start
                    ),
                );
            }
        }
        v.text(&p.key("city"), &physical.city);
        v.country(&p.key("country"), &physical.country);
        if let Some(location) = &physical.location {
            v.location(&p.key("location"), location);
        }
    }
    if let Some(virtual_part) = &bip.virtual_part {
        v.text(&place.key("virtual"), virtual_part);
    }
    if let Some(ects) = bip.ects {
        v.ects(place, ects);
    }
    languages(v, place, &bip.languages);
    if let Some(apply_by) = &bip.apply_by {
        let apply_by_place = place.key("apply_by");
        v.date(&apply_by_place, apply_by);
        if let (Some(a), Some((s, start))) = (apply_by.parse(), start) {
            if a > s {
                v.findings.error(
                    apply_by_place,
                    format!("`apply_by` is after the BIP starts: {apply_by} comes after {start}"),
                );
            }
        }
    }
    v.places(place, bip.places);
    if let Some(url) = &bip.url {
        v.web_address(&place.key("url"), url);
    }
}

/// A list of programme ids (absent means all): not empty, each a programme that is read.
fn references(v: &mut Values, place: &Place, name: &str, ids: &Option<Vec<Id>>, known: &Known) {
    v.not_empty(place, name, ids);
    let Some(ids) = ids else { return };
    let list = place.key(name);
    if ids.len() <= MAX_LIST {
        for (i, id) in ids.iter().enumerate() {
            if let Some(why) = known.problem(id.as_str()) {
                v.findings.error(
                    list.index(i),
                    format!("refers to programme {}, {why}", quoted(id.as_str())),
                );
            }
        }
    }
}

fn languages(v: &mut Values, place: &Place, languages: &[LanguageRequirement]) {
    if v.at_most_100(place, "languages", languages.len()) {
        let list = place.key("languages");
        for (i, l) in languages.iter().enumerate() {
            v.language(&list.index(i).key("lang"), &l.lang);
        }
    }
}
