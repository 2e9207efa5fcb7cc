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
            list.iter()
                .map(|c| format!("{} {} -> {}", c.field, value(&c.old), value(&c.new)))
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
