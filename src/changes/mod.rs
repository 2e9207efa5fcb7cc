//! What changed between two catalogues: for the office's review before publishing
//! (`partner-matcher diff`) and for the summary after an import.
//!
//! Institutions and BIPs are paired by id. Agreements have no id: within an institution they
//! are paired by their key (mobility, ISCED code and the programmes they name) and, among
//! several with one key, by their levels and terms (`agreements.rs`), so that of two
//! agreements that differ only by level each is compared with its own; each is named
//! `institution-id: study 0215 (classical-music)`, with its levels when another agreement of
//! the institution has that key (`…, master`).

mod agreements;
mod display;

pub use agreements::{
    agreement_key, agreement_name, in_one_order, likeness, pair, pair_agreements, repeated,
    same_set, words, Paired, IDENTICAL, OTHER_TERMS,
};

use serde::Serialize;

use crate::catalogue::{Agreement, Catalogue, Institution};

/// Every difference, named by id, in catalogue order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Changes {
    pub institutions_added: Vec<String>,
    pub institutions_removed: Vec<String>,
    /// Institutions whose own fields (not their agreements) changed.
    pub institutions_changed: Vec<FieldsChanged>,
    pub bips_added: Vec<String>,
    pub bips_removed: Vec<String>,
    pub bips_changed: Vec<FieldsChanged>,
    pub agreements_added: Vec<AgreementName>,
    pub agreements_removed: Vec<AgreementName>,
    pub agreements_changed: Vec<AgreementChanged>,
    pub programmes_added: Vec<String>,
    pub programmes_removed: Vec<String>,
    pub programmes_changed: Vec<FieldsChanged>,
    /// The catalogue's own fields (the home school, the funding table, the notice, the date);
    /// a part of an object by its key, `home.deadlines`.
    pub catalogue_changed: Vec<FieldChange>,
}

/// A record by id, and which of its fields differ, each with its old and new value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldsChanged {
    pub id: String,
    pub fields: Vec<FieldChange>,
}

/// One field's old and new value as JSON (absent = `null`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: serde_json::Value,
    pub new: serde_json::Value,
}

/// An agreement, named by its institution and key (and levels or terms where the key is not
/// enough).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct AgreementName {
    pub institution: String,
    /// `study 0215 (classical-music)`; the programmes are left out when it names none;
    /// `study 0215 (classical-music), master` when another of the institution's agreements
    /// has that key.
    pub agreement: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgreementChanged {
    #[serde(flatten)]
    pub name: AgreementName,
    pub fields: Vec<FieldChange>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }

    /// How many things changed (each record or agreement added, removed or changed once).
    pub fn count(&self) -> usize {
        self.institutions_added.len()
            + self.institutions_removed.len()
            + self.institutions_changed.len()
            + self.bips_added.len()
            + self.bips_removed.len()
            + self.bips_changed.len()
            + self.agreements_added.len()
            + self.agreements_removed.len()
            + self.agreements_changed.len()
            + self.programmes_added.len()
            + self.programmes_removed.len()
            + self.programmes_changed.len()
            + self.catalogue_changed.len()
    }
}

/// Everything that differs from `old` to `new`.
pub fn compare(old: &Catalogue, new: &Catalogue) -> Changes {
    let mut changes = Changes::default();
    for change in fields_of(old, new, &["institutions", "bips", "programmes"]) {
        if change.old.is_object() && change.new.is_object() {
            for part in fields_of(&change.old, &change.new, &[]) {
                changes.catalogue_changed.push(FieldChange {
                    field: format!("{}.{}", change.field, part.field),
                    ..part
                });
            }
        } else {
            changes.catalogue_changed.push(change);
        }
    }
    (
        changes.programmes_added,
        changes.programmes_removed,
        changes.programmes_changed,
    ) = by_id(&old.programmes, &new.programmes, |p| p.id.as_str());
    for institution in &old.institutions {
        if !new.institutions.iter().any(|n| n.id == institution.id) {
            changes
                .institutions_removed
                .push(institution.id.to_string());
        }
    }
    for institution in &new.institutions {
        match old.institutions.iter().find(|o| o.id == institution.id) {
            None => {
                changes.institutions_added.push(institution.id.to_string());
                let none: &[Agreement] = &[];
                agreements(
                    &mut changes,
                    institution.id.as_str(),
                    none,
                    &institution.agreements,
                );
            }
            Some(before) => {
                let fields = institution_fields(before, institution);
                if !fields.is_empty() {
                    changes.institutions_changed.push(FieldsChanged {
                        id: institution.id.to_string(),
                        fields,
                    });
                }
                agreements(
                    &mut changes,
                    institution.id.as_str(),
                    &before.agreements,
                    &institution.agreements,
                );
            }
        }
    }
    (
        changes.bips_added,
        changes.bips_removed,
        changes.bips_changed,
    ) = by_id(&old.bips, &new.bips, |b| b.id.as_str());
    changes
}

/// Records paired by id: the ids added and removed, and the fields changed of the others.
fn by_id<T: Serialize>(
    old: &[T],
    new: &[T],
    id: impl Fn(&T) -> &str,
) -> (Vec<String>, Vec<String>, Vec<FieldsChanged>) {
    let (mut added, mut removed, mut changed) = (Vec::new(), Vec::new(), Vec::new());
    for record in old {
        if !new.iter().any(|n| id(n) == id(record)) {
            removed.push(id(record).to_owned());
        }
    }
    for record in new {
        match old.iter().find(|o| id(o) == id(record)) {
            None => added.push(id(record).to_owned()),
            Some(before) => {
                let fields = fields_of(before, record, &[]);
                if !fields.is_empty() {
                    changed.push(FieldsChanged {
                        id: id(record).to_owned(),
                        fields,
                    });
                }
            }
        }
    }
    (added, removed, changed)
}

/// The agreement changes of one institution (all added when it is new). Each is named among
/// the institution's other agreements, old and new (not the one it is paired with).
fn agreements(changes: &mut Changes, institution: &str, old: &[Agreement], new: &[Agreement]) {
    fn others(list: &[Agreement], skip: Option<usize>) -> impl Iterator<Item = &Agreement> {
        list.iter()
            .enumerate()
            .filter(move |(k, _)| Some(*k) != skip)
            .map(|(_, a)| a)
    }
    let name = |a: &Agreement, pair: (Option<usize>, Option<usize>)| {
        let siblings: Vec<&Agreement> = others(old, pair.0).chain(others(new, pair.1)).collect();
        AgreementName {
            institution: institution.to_owned(),
            agreement: agreement_name(a, &siblings),
        }
    };
    for pair in pair_agreements(old, new) {
        match pair {
            (Some(i), None) => changes.agreements_removed.push(name(&old[i], pair)),
            (None, Some(j)) => changes.agreements_added.push(name(&new[j], pair)),
            (Some(i), Some(j)) => {
                let fields = fields_of(&old[i], &new[j], &[]);
                if !fields.is_empty() {
                    changes.agreements_changed.push(AgreementChanged {
                        name: name(&new[j], pair),
                        fields,
                    });
                }
            }
            (None, None) => {}
        }
    }
}

fn institution_fields(old: &Institution, new: &Institution) -> Vec<FieldChange> {
    fields_of(old, new, &["agreements"])
}

/// The top-level fields whose JSON differs (a field only one side has counts), but `skip`.
fn fields_of<T: Serialize>(old: &T, new: &T, skip: &[&str]) -> Vec<FieldChange> {
    let (Ok(serde_json::Value::Object(old)), Ok(serde_json::Value::Object(new))) =
        (serde_json::to_value(old), serde_json::to_value(new))
    else {
        return Vec::new();
    };
    let mut names: Vec<&String> = old.keys().chain(new.keys()).collect();
    crate::order::sort(&mut names);
    names.dedup();
    names
        .into_iter()
        .filter(|name| !skip.contains(&name.as_str()))
        .filter_map(|name| {
            let before = old.get(name).cloned().unwrap_or_default();
            let after = new.get(name).cloned().unwrap_or_default();
            (before != after).then(|| FieldChange {
                field: name.clone(),
                old: before,
                new: after,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Catalogue {
        match crate::catalogue::load(include_str!("../../tests/fixtures/small.json")) {
            Ok(checked) => checked.catalogue,
            Err(e) => panic!("the fixture loads: {e}"),
        }
    }

    #[test]
    fn the_same_catalogue_has_no_changes() {
        assert!(compare(&demo(), &demo()).is_empty());
    }

    #[test]
    fn a_changed_agreement_is_named_with_its_old_and_new_values() {
        let old = demo();
        let mut new = old.clone();
        new.institutions[0].agreements[0].places = Some(9);
        let changes = compare(&old, &new);
        assert_eq!(changes.agreements_changed.len(), 1);
        let changed = &changes.agreements_changed[0];
        assert_eq!(changed.name.institution, old.institutions[0].id.as_str());
        assert_eq!(changed.fields[0].field, "places");
        assert_eq!(changed.fields[0].new, 9);
        assert!(changes.agreements_added.is_empty() && changes.agreements_removed.is_empty());
    }

    #[test]
    fn removed_and_added_records_are_named() {
        let old = demo();
        let mut new = old.clone();
        let gone = new.institutions.remove(0);
        let mut moved = gone.clone();
        moved.id = crate::catalogue::Id("new-id".into());
        new.institutions.push(moved);
        let changes = compare(&old, &new);
        assert_eq!(changes.institutions_removed, [gone.id.to_string()]);
        assert_eq!(changes.institutions_added, ["new-id"]);
        assert_eq!(changes.agreements_added.len(), gone.agreements.len());
    }

    #[test]
    fn the_home_school_programmes_and_date_are_compared_too() {
        let old = demo();
        let mut new = old.clone();
        new.updated = Some(crate::catalogue::values::Date("2027-01-15".into()));
        new.home.city = crate::catalogue::LocalisedText::from("Gent");
        new.programmes[0].isced = crate::catalogue::IscedCode("0213".into());
        let gone = new.programmes.remove(1);
        let changes = compare(&old, &new);
        let fields: Vec<&str> = changes
            .catalogue_changed
            .iter()
            .map(|c| c.field.as_str())
            .collect();
        assert_eq!(fields, ["home.city", "updated"]);
        assert_eq!(changes.programmes_removed, [gone.id.to_string()]);
        assert_eq!(changes.programmes_changed[0].fields[0].field, "isced");
        let said = changes.to_string();
        assert!(said.contains("catalogue changed: home.city"), "{said}");
        assert!(said.ends_with("4 changes"), "{said}");
    }
}
