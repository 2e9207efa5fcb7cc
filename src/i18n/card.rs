//! What decides, shown on every result's card whatever the filters: the levels the fitting
//! agreements are open to ("Master only" where that is all), their length in months and the
//! languages they ask ("Master only · 5 months · English B2 or French B1").

use super::staff::staff_facts;
use super::{and_list, language_level, level_label, or_list, ui, Text};
use crate::catalogue::{LanguageRequirement, Level};
use crate::locale::Locale;
use crate::search::{Hit, Kind, Matcher};
use crate::staff::staff_terms;

/// The facts that decide for `hit`, each a few words, in `locale`.
/// `m` is the matcher of the search (records found by id).
pub fn deciding_facts(m: &Matcher, hit: &Hit, locale: Locale) -> Vec<String> {
    let Some(d) = deciding(m, hit, locale) else {
        // Staff mobility alone: none of a student's facts apply; its own terms in brief
        // (kinds, days, places, contact; `crate::staff`).
        return staff_terms(m, hit).map_or_else(Vec::new, |t| staff_facts(&t, locale));
    };
    let mut facts = vec![d.levels];
    facts.extend(d.months);
    facts.push(d.languages);
    facts
}

/// What decides, fact by fact (the shortlist's comparison puts each in its row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deciding {
    pub levels: String,
    pub months: Option<String>,
    pub languages: String,
}

/// [`deciding_facts`] by fact; `None` for staff mobility alone (its own terms instead: `staff`).
pub fn deciding(m: &Matcher, hit: &Hit, locale: Locale) -> Option<Deciding> {
    // What the fitting agreements (or the BIP) say: levels (None: every level), the shortest
    // and longest stay, the languages asked (any one of them suffices).
    let mut levels: Option<Vec<Level>> = Some(Vec::new());
    let mut months: Option<(u32, u32)> = None;
    let mut asked: Vec<&LanguageRequirement> = Vec::new();
    let mut students = false;
    match hit.kind {
        Kind::Institution => {
            let i = m.institution(&hit.id)?;
            for &n in &hit.agreements {
                let Some(a) = i.agreements.get(n) else {
                    continue;
                };
                if a.mobility.is_staff() {
                    continue;
                }
                students = true;
                add_levels(&mut levels, a.levels.as_deref());
                if let Some(m) = a.months {
                    months = Some(months.map_or((m, m), |(lo, hi)| (lo.min(m), hi.max(m))));
                }
                add_languages(&mut asked, &a.languages);
            }
        }
        Kind::Bip => {
            let b = m.bip(&hit.id)?;
            students = true;
            add_levels(&mut levels, b.levels.as_deref());
            add_languages(&mut asked, &b.languages);
        }
    }
    if !students {
        return None;
    }
    let levels = match levels.as_deref() {
        // "Master only", "Alleen master" (the labels are ASCII).
        Some([only]) => {
            let name = level_label(*only).get(locale);
            match locale {
                Locale::En => format!("{name} only"),
                Locale::Nl => format!("Alleen {}", name.to_ascii_lowercase()),
            }
        }
        Some(list) if !list.is_empty() => {
            let mut names = Vec::new();
            for &level in list {
                names.push(level_label(level).get(locale).to_owned());
            }
            and_list(&names, locale)
        }
        _ => ui::ALL_LEVELS.get(locale).to_owned(),
    };
    let months = months.map(|(lo, hi)| {
        if lo == hi {
            ui::months(lo, locale)
        } else {
            let mut range = lo.to_string();
            range.push('–');
            range.push_str(&ui::months(hi, locale));
            range
        }
    });
    let languages = if asked.is_empty() {
        NO_LANGUAGE.get(locale).to_owned()
    } else {
        let mut names = Vec::new();
        for r in asked {
            names.push(language_level(r, locale));
        }
        or_list(&names, locale)
    };
    Some(Deciding {
        levels,
        months,
        languages,
    })
}

const NO_LANGUAGE: Text = Text::new("No language requirement", "Geen taalvereiste");

/// Adds an agreement's levels (`None`: every level) to those seen, kept in the vocabulary's
/// order.
fn add_levels(seen: &mut Option<Vec<Level>>, levels: Option<&[Level]>) {
    let (Some(list), Some(levels)) = (seen.as_ref(), levels) else {
        *seen = None;
        return;
    };
    let mut merged = Vec::new();
    for level in Level::ALL {
        if list.contains(&level) || levels.contains(&level) {
            merged.push(level);
        }
    }
    *seen = Some(merged);
}

/// Adds an agreement's languages to those asked. A language two agreements ask at different
/// levels is said once, at the lower: one agreement open at that level is enough to apply
/// ("English B2", not "English B2 or English C1"; the details give each agreement's).
fn add_languages<'c>(
    asked: &mut Vec<&'c LanguageRequirement>,
    languages: &'c [LanguageRequirement],
) {
    for r in languages {
        match asked.iter_mut().find(|seen| seen.lang == r.lang) {
            Some(seen) if r.cefr < seen.cefr => *seen = r,
            Some(_) => {}
            None => asked.push(r),
        }
    }
}
