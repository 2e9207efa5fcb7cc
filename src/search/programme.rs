//! Finding the home programme a student means, from an id, a name or alias in either
//! language, with typos.

use crate::catalogue::Programme;
use crate::text::{fold, likeness, match_word, words};

/// Folded names of each programme, built once per catalogue.
#[derive(Debug, Clone, Default)]
pub struct ProgrammeNames {
    /// (programme index, folded name), in catalogue order.
    names: Vec<(usize, String)>,
}

/// Below this score a programme is not what the student meant.
const THRESHOLD: f32 = 0.6;

impl ProgrammeNames {
    pub fn new(programmes: &[Programme]) -> ProgrammeNames {
        let mut names = Vec::new();
        for (i, p) in programmes.iter().enumerate() {
            let all = std::iter::once(p.id.as_str())
                .chain(p.name.all())
                .chain(p.aliases.iter().map(String::as_str));
            for name in all {
                let folded = fold(name);
                if !folded.is_empty() && !names.contains(&(i, folded.clone())) {
                    names.push((i, folded));
                }
            }
        }
        ProgrammeNames { names }
    }

    /// The index of the programme `text` means best, if any comes close enough.
    /// Equal scores go to the programme listed first.
    pub fn resolve(&self, text: &str) -> Option<usize> {
        let wanted = fold(text);
        let mut best: Option<(usize, f32)> = None;
        for (programme, name) in &self.names {
            let score = similarity(&wanted, name);
            if score >= THRESHOLD && best.is_none_or(|(_, s)| score > s) {
                best = Some((*programme, score));
                // Nothing scores above the same text (an id, as the widget's `programme`
                // attribute gives it): no need to compare the rest.
                if score >= 1.0 {
                    break;
                }
            }
        }
        best.map(|(p, _)| p)
    }

    /// Up to `n` programme indices whose names look most like `text`, for "did you mean".
    pub fn nearest(&self, text: &str, n: usize) -> Vec<usize> {
        let wanted = fold(text);
        let mut scored: Vec<(usize, f64)> = self
            .names
            .iter()
            .map(|(p, name)| (*p, likeness(&wanted, name)))
            .collect();
        crate::order::sort_by(&mut scored, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut out = Vec::new();
        for (p, _) in scored {
            if !out.contains(&p) && out.len() < n {
                out.push(p);
            }
        }
        out
    }
}

/// How much folded `wanted` looks like folded programme name `name`, 0 to 1.
fn similarity(wanted: &str, name: &str) -> f32 {
    if wanted.is_empty() {
        return 0.0;
    }
    if wanted == name {
        return 1.0;
    }
    // Word by word: every typed word must match a word of the name.
    let name_words: Vec<&str> = words(name).collect();
    let mut total = 0.0;
    let mut count = 0;
    let mut all_matched = true;
    for w in words(wanted) {
        count += 1;
        match name_words
            .iter()
            .filter_map(|n| match_word(w, n))
            .map(|m| m.score)
            .fold(None, |acc: Option<f32>, s| {
                Some(acc.map_or(s, |a| a.max(s)))
            }) {
            Some(s) => total += s,
            None => all_matched = false,
        }
    }
    let by_words = if all_matched && count > 0 {
        let coverage = count.min(name_words.len()) as f32 / name_words.len().max(1) as f32;
        (total / count as f32) * (0.9 + 0.1 * coverage)
    } else {
        0.0
    };
    // Whole string, for typos that split or join words ("jazzpop").
    let whole = likeness(wanted, name) as f32;
    let whole = if whole >= 0.8 { whole * 0.9 } else { 0.0 };
    by_words.max(whole)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn programmes() -> Vec<Programme> {
        let json = r#"[
          {"id": "interior-design", "name": {"en": "Interior Design", "nl": "Interieurarchitectuur"}, "isced": "0212"},
          {"id": "photography", "name": {"en": "Photography", "nl": "Fotografie"}, "isced": "0211", "aliases": ["foto"]},
          {"id": "jazz-pop", "name": {"en": "Jazz-Pop", "nl": "Jazz-pop"}, "isced": "0215", "aliases": ["jazz"]},
          {"id": "classical-music", "name": {"en": "Classical Music", "nl": "Klassieke muziek"}, "isced": "0215"},
          {"id": "international-relations", "name": "International Relations", "isced": "0312"}
        ]"#;
        match serde_json::from_str(json) {
            Ok(programmes) => programmes,
            Err(e) => panic!("the programmes read: {e}"),
        }
    }

    fn resolve(text: &str) -> Option<String> {
        let p = programmes();
        ProgrammeNames::new(&p)
            .resolve(text)
            .map(|i| p[i].id.to_string())
    }

    #[test]
    fn resolves_ids_names_aliases_in_both_languages() {
        assert_eq!(resolve("photography").as_deref(), Some("photography"));
        assert_eq!(resolve("Fotografie").as_deref(), Some("photography"));
        assert_eq!(resolve("FOTO").as_deref(), Some("photography"));
        assert_eq!(resolve("jazz/pop").as_deref(), Some("jazz-pop"));
        assert_eq!(
            resolve("klassieke muziek").as_deref(),
            Some("classical-music")
        );
        assert_eq!(
            resolve("interior-design").as_deref(),
            Some("interior-design")
        );
    }

    #[test]
    fn tolerates_typos_but_not_unrelated_words() {
        assert_eq!(resolve("fotgrafie").as_deref(), Some("photography"));
        assert_eq!(resolve("photgraphy").as_deref(), Some("photography"));
        assert_eq!(resolve("interieur").as_deref(), Some("interior-design"));
        assert_eq!(resolve("jazzpop").as_deref(), Some("jazz-pop"));
        assert_eq!(
            resolve("klasieke muziek").as_deref(),
            Some("classical-music")
        );
        assert_eq!(resolve("astrophysics"), None);
        assert_eq!(resolve(""), None);
    }

    #[test]
    fn suggests_the_nearest_names() {
        let p = programmes();
        let near = ProgrammeNames::new(&p).nearest("fotogrfy", 2);
        assert_eq!(near.first().map(|&i| p[i].id.as_str()), Some("photography"));
    }
}
