//! Checks of each record's meaning (programmes, institutions with their agreements, BIPs),
//! and of its references to other records: a reference to a record that has errors, and would
//! be left out, is an error too.

use super::findings::{Findings, List};
use super::model::{
    Agreement, Bip, Contact, Institution, LanguageRequirement, Programme, HOME_HOST,
};
use super::place::Place;
use super::validate_values::Values;
use super::values::Id;
use super::words::{quoted, MAX_LIST};
use crate::lookup::Lookup;

/// The ids of a list once checked: each to its first record, and which records have errors
/// (and are left out by a lenient reading).
pub(crate) struct Known<'a> {
    list: List,
    first: Lookup<'a>,
    pub bad: Vec<bool>,
}

impl<'a> Known<'a> {
    pub fn new(findings: &Findings, list: List, first: Lookup<'a>, count: usize) -> Known<'a> {
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

pub(crate) fn programme(v: &mut Values, place: &Place, programme: &Programme) {
    v.id(place, &programme.id);
    v.text(&place.key("name"), &programme.name);
    v.isced(place, &programme.isced);
    v.not_empty(place, "levels", &programme.levels);
    v.texts(place, "aliases", &programme.aliases, true);
}

pub(crate) fn institution(
    v: &mut Values,
    place: &Place,
    institution: &Institution,
    programmes: &Known,
    offered: &Lookup,
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
    if let Some(schac) = &institution.schac {
        v.schac(&place.key("schac"), schac);
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
    v.deadlines(&place.key("deadlines"), &institution.deadlines);
    v.deadlines(&place.key("home_deadlines"), &institution.home_deadlines);
    v.texts(place, "requirements", &institution.requirements, true);
    contacts(v, place, &institution.contacts);
}

/// A record's `contacts`: at most 100, each with a name in plain text and a valid address.
fn contacts(v: &mut Values, place: &Place, contacts: &[Contact]) {
    let list = place.key("contacts");
    if v.at_most_100(place, "contacts", contacts.len()) {
        for (i, contact) in contacts.iter().enumerate() {
            let at = list.index(i);
            v.plain_text(&at.key("name"), &contact.name, true);
            if let Some(role) = &contact.role {
                v.plain_text(&at.key("role"), role, false);
            }
            if let Some(email) = &contact.email {
                v.email(&at.key("email"), email);
            }
        }
    }
}

fn agreement(
    v: &mut Values,
    place: &Place,
    agreement: &Agreement,
    programmes: &Known,
    offered: &Lookup,
) {
    references(v, place, "programmes", &agreement.programmes, programmes);
    let isced_ok = v.isced(place, &agreement.isced);
    let isced_offered = offered.contains_key(agreement.isced.as_str());
    if agreement.programmes.is_none() && isced_ok && !isced_offered {
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
    contacts(v, place, &agreement.contacts);
}

pub(crate) fn bip(
    v: &mut Values,
    place: &Place,
    bip: &Bip,
    programmes: &Known,
    institutions: &Known,
) {
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
        // The partners read so far, each to its place in the list.
        let mut seen = Lookup::default();
        for (i, partner) in bip.partners.iter().enumerate() {
            if let Some(why) = institutions.problem(partner.as_str()) {
                v.findings.error(
                    partners.index(i),
                    format!("refers to institution {}, {why}", quoted(partner.as_str())),
                );
            } else if seen.insert(partner.as_str(), i).is_some() || partner.as_str() == bip.host {
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
