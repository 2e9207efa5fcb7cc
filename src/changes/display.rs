//! The changes as the office reads them in `partner-matcher diff`: a line each.

use super::{Changes, FieldChange};

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
            let mut parts = Vec::new();
            for change in list {
                parts_changed(&change.field, &change.old, &change.new, &mut parts);
            }
            parts
                .iter()
                .map(|(field, old, new)| {
                    let delta = match (old.as_array(), new.as_array()) {
                        (Some(old), Some(new)) => list_delta(old, new, value),
                        _ => String::new(),
                    };
                    format!("{field} {} -> {}{delta}", value(old), value(new))
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        for change in &self.catalogue_changed {
            writeln!(
                f,
                "catalogue changed: {}",
                fields(std::slice::from_ref(change))
            )?;
        }
        for id in &self.programmes_added {
            writeln!(f, "programme added: {id}")?;
        }
        for id in &self.programmes_removed {
            writeln!(f, "programme removed: {id}")?;
        }
        for changed in &self.programmes_changed {
            writeln!(
                f,
                "programme changed: {}: {}",
                changed.id,
                fields(&changed.fields)
            )?;
        }
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

/// A field changed, as the parts of it that changed: of an object on both sides (a BIP's
/// `physical`, a name in two languages, the home school's deadlines), each key that differs,
/// by its path (`physical.start 2027-03-08 -> 2027-03-09`, not both whole objects for the
/// office to compare by eye); any other value whole.
fn parts_changed<'v>(
    field: &str,
    old: &'v serde_json::Value,
    new: &'v serde_json::Value,
    parts: &mut Vec<(String, &'v serde_json::Value, &'v serde_json::Value)>,
) {
    const NONE: &serde_json::Value = &serde_json::Value::Null;
    let (Some(old_fields), Some(new_fields)) = (old.as_object(), new.as_object()) else {
        parts.push((field.to_owned(), old, new));
        return;
    };
    let mut keys: Vec<&String> = old_fields.keys().chain(new_fields.keys()).collect();
    crate::order::sort(&mut keys);
    keys.dedup();
    for key in keys {
        let before = old_fields.get(key).unwrap_or(NONE);
        let after = new_fields.get(key).unwrap_or(NONE);
        if before != after {
            parts_changed(&format!("{field}.{key}"), before, after, parts);
        }
    }
}

/// What tells two lists apart, for a list changed whose old and new have items in common
/// (a BIP's partners, one added): " (added: x; removed: y)", or " (the same, in another
/// order)", so the office need not compare two long lists by eye. Lists with nothing in
/// common (`["autumn"] -> ["spring"]`) say it themselves: nothing.
fn list_delta(
    old: &[serde_json::Value],
    new: &[serde_json::Value],
    value: impl Fn(&serde_json::Value) -> String,
) -> String {
    let missing_from = |list: &[serde_json::Value], other: &[serde_json::Value]| {
        // Each item once for each time it is there more often than in the other list.
        let mut other: Vec<&serde_json::Value> = other.iter().collect();
        let mut missing = Vec::new();
        for item in list {
            match other.iter().position(|o| *o == item) {
                Some(at) => {
                    other.swap_remove(at);
                }
                None => missing.push(value(item)),
            }
        }
        missing
    };
    let added = missing_from(new, old);
    let removed = missing_from(old, new);
    if added.is_empty() && removed.is_empty() {
        return " (the same, in another order)".to_owned();
    }
    if added.len() == new.len() && removed.len() == old.len() {
        return String::new();
    }
    let mut said = Vec::new();
    if !added.is_empty() {
        said.push(format!("added: {}", added.join(", ")));
    }
    if !removed.is_empty() {
        said.push(format!("removed: {}", removed.join(", ")));
    }
    format!(" ({})", said.join("; "))
}
