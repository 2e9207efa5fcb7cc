//! Folding many place names fast, exactly as [`crate::text::fold`] does.
//!
//! In the browser, `fold` asks the JavaScript engine to decompose and lower-case any text that
//! is not ASCII: one call per name would be some 13,000 calls across the boundary. Folding is
//! character by character for the Latin script the table holds (each letter decomposes, loses
//! its marks and lowers on its own), so each distinct character is folded once, between two
//! ASCII letters so that a character that folds to nothing ("´") and one that folds to a space
//! ("·") stay apart, and names are then folded from that cache natively.

#[derive(Default)]
pub(super) struct Folder {
    /// What each non-ASCII character folds to (possibly nothing, or a space), sorted by
    /// character: a few hundred, so a sorted list (less code in the download than a map).
    cache: Vec<(char, String)>,
}

impl Folder {
    /// Appends the folded form of `name` to `out`: what `crate::text::fold(name)` returns.
    pub(super) fn fold_into(&mut self, name: &str, out: &mut String) {
        let start = out.len();
        let mut pending_space = false;
        let mut push = |out: &mut String, c: char| {
            if c == ' ' {
                pending_space = true;
                return;
            }
            if pending_space && out.len() > start {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        };
        for c in name.chars() {
            if c.is_ascii_alphanumeric() {
                push(out, c.to_ascii_lowercase());
            } else if c.is_ascii() {
                push(out, ' ');
            } else {
                let at = self.cache.partition_point(|(cached, _)| *cached < c);
                if self.cache.get(at).is_none_or(|(cached, _)| *cached != c) {
                    self.cache.insert(at, (c, fold_char(c)));
                }
                if let Some((_, folded)) = self.cache.get(at) {
                    folded.chars().for_each(|f| push(out, f));
                }
            }
        }
    }
}

/// What `c` folds to inside a word: `fold("a{c}b")` without its `a` and `b`.
fn fold_char(c: char) -> String {
    let mut between = String::from("a");
    between.push(c);
    between.push('b');
    let folded = crate::text::fold(&between);
    folded
        .strip_prefix('a')
        .and_then(|f| f.strip_suffix('b'))
        .unwrap_or(" ")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_as_the_engine_does() {
        let mut folder = Folder::default();
        for name in [
            "Köln",
            "'s-Hertogenbosch",
            "Łódź",
            "Frankfurt am Main",
            "Brusel·les",
            "Straße",
            " Dún  Laoghaire ",
            "İstanbul",
            "",
            "--",
        ] {
            let mut out = String::new();
            folder.fold_into(name, &mut out);
            assert_eq!(out, crate::text::fold(name), "{name:?}");
        }
    }
}
