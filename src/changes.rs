//! What changed between two catalogues: for the office's review before publishing
//! (`partner-matcher diff`) and for the summary after an import.
//!
//! Institutions and BIPs are paired by id. Agreements have no id: within an institution they
//! are paired by their key (mobility, ISCED code and the programmes they name), the first
//! agreement with a key in the old catalogue with the first with that key in the new one, and
//! so on; each is named `institution-id: study 0215 (classical-music)`.

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

/// An agreement, named by its institution and key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct AgreementName {
    pub institution: String,
    /// `study 0215 (classical-music)`; the programmes are left out when it names none.
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
    }
}

/// One line per change, for the office's review: `agreement changed: lyon: study 0215
/// (classical-music): places 2 -> 3`.
impl std::fmt::Display for Changes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let value = |v: &serde_json::Value| match v {
            serde_json::Value::Null => "(none)".to_owned(),
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let fields = |list: &[FieldChange]| {
            list.iter()
                .map(|c| format!("{} {} -> {}", c.field, value(&c.old), value(&c.new)))
                .collect::<Vec<_>>()
                .join("; ")
        };
        for id in &self.institutions_added {
            writeln!(f, "institution added: {id}")?;
        }
        for id in &self.institutions_removed {
            writeln!(f, "institution removed: {id}")?;
        }
        for changed in &self.institutions_changed {
            writeln!(
                f,
                "institution changed: {}: {}",
                changed.id,
                fields(&changed.fields)
            )?;
        }
        for name in &self.agreements_added {
            writeln!(
                f,
                "agreement added: {}: {}",
                name.institution, name.agreement
            )?;
        }
        for name in &self.agreements_removed {
            writeln!(
                f,
                "agreement removed: {}: {}",
                name.institution, name.agreement
            )?;
        }
        for changed in &self.agreements_changed {
            writeln!(
                f,
                "agreement changed: {}: {}: {}",
                changed.name.institution,
                changed.name.agreement,
                fields(&changed.fields)
            )?;
        }
        for id in &self.bips_added {
            writeln!(f, "BIP added: {id}")?;
        }
        for id in &self.bips_removed {
            writeln!(f, "BIP removed: {id}")?;
        }
        for changed in &self.bips_changed {
            writeln!(
                f,
                "BIP changed: {}: {}",
                changed.id,
                fields(&changed.fields)
            )?;
        }
        match self.count() {
            0 => write!(f, "no changes"),
            1 => write!(f, "1 change"),
            n => write!(f, "{n} changes"),
        }
    }
}

/// The key agreements are paired by: mobility, ISCED code, the named programmes (sorted).
pub fn agreement_key(agreement: &Agreement) -> String {
    let mut programmes: Vec<&str> = agreement
        .programmes
        .iter()
        .flatten()
        .map(|p| p.as_str())
        .collect();
    crate::order::sort(&mut programmes);
    let base = format!("{} {}", agreement.mobility, agreement.isced);
    if programmes.is_empty() {
        base
    } else {
        format!("{base} ({})", programmes.join(", "))
    }
}

/// Pairs the agreements of one institution: `(old index, new index)`, each side `None` when
/// the other has no agreement with that key left.
pub fn pair_agreements(
    old: &[Agreement],
    new: &[Agreement],
) -> Vec<(Option<usize>, Option<usize>)> {
    let mut used = vec![false; new.len()];
    let mut pairs = Vec::new();
    for (i, a) in old.iter().enumerate() {
        let key = agreement_key(a);
        let found = (0..new.len()).find(|&j| !used[j] && agreement_key(&new[j]) == key);
        if let Some(j) = found {
            used[j] = true;
        }
        pairs.push((Some(i), found));
    }
    pairs.extend(
        used.iter()
            .enumerate()
            .filter(|(_, used)| !**used)
            .map(|(j, _)| (None, Some(j))),
    );
    pairs
}

/// Everything that differs from `old` to `new`.
pub fn compare(old: &Catalogue, new: &Catalogue) -> Changes {
    let mut changes = Changes::default();
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
    for bip in &old.bips {
        if !new.bips.iter().any(|n| n.id == bip.id) {
            changes.bips_removed.push(bip.id.to_string());
        }
    }
    for bip in &new.bips {
        match old.bips.iter().find(|o| o.id == bip.id) {
            None => changes.bips_added.push(bip.id.to_string()),
            Some(before) => {
                let fields = fields_of(before, bip, &[]);
                if !fields.is_empty() {
                    changes.bips_changed.push(FieldsChanged {
                        id: bip.id.to_string(),
                        fields,
                    });
                }
            }
        }
    }
    changes
}

/// The agreement changes of one institution (all added when it is new).
fn agreements(changes: &mut Changes, institution: &str, old: &[Agreement], new: &[Agreement]) {
    let name = |a: &Agreement| AgreementName {
        institution: institution.to_owned(),
        agreement: agreement_key(a),
    };
    for pair in pair_agreements(old, new) {
        match pair {
            (Some(i), None) => changes.agreements_removed.push(name(&old[i])),
            (None, Some(j)) => changes.agreements_added.push(name(&new[j])),
            (Some(i), Some(j)) => {
                let fields = fields_of(&old[i], &new[j], &[]);
                if !fields.is_empty() {
                    changes.agreements_changed.push(AgreementChanged {
                        name: name(&new[j]),
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
        match crate::catalogue::load(include_str!("../tests/fixtures/small.json")) {
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
}
