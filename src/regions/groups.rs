//! The country filter's list: countries grouped by M49 sub-region, the way people think of
//! them (Western Europe, Northern Europe...), narrowed by what the student types.

use super::{subregion_of, Area};
use crate::locale::Locale;
use crate::reference::countries;
use crate::text::fold;

/// The sub-regions of Europe, in the order the list shows them before all others: Western,
/// Northern, Southern, Eastern.
const EUROPE_FIRST: [&str; 4] = ["155", "154", "039", "151"];

/// The countries of one sub-region in the list.
#[derive(Debug, PartialEq, Eq)]
pub struct CountryGroup {
    /// None: countries of no sub-region (Antarctica).
    pub area: Option<Area>,
    /// Country code and its results, by name in the student's language.
    pub countries: Vec<(String, usize)>,
    /// The results of all its countries.
    pub results: usize,
}

impl CountryGroup {
    /// The codes of its countries.
    pub fn codes(&self) -> Vec<String> {
        let mut codes = Vec::new();
        for (code, _) in &self.countries {
            codes.push(code.clone());
        }
        codes
    }
}

/// `countries` (code and results) in groups by M49 sub-region: Europe's four first, the
/// others by name, countries by name, names in `locale` put in order as the search folds
/// text ("Österreich" with the O's). With a `filter` typed, only the countries it finds: in
/// their name in either language, another word for them ("UK"), their code, or their
/// sub-region's name ("northern" keeps Northern Europe whole). Empty groups are left out.
pub fn group_countries(
    countries: &[(String, usize)],
    locale: Locale,
    filter: &str,
) -> Vec<CountryGroup> {
    let filter = fold(filter);
    let mut groups: Vec<CountryGroup> = Vec::new();
    for (code, results) in countries {
        let area = subregion_of(code);
        if !filter.is_empty() && !finds(&filter, code, area.as_ref()) {
            continue;
        }
        let at = groups.iter().position(|g| g.area == area);
        let group = match at {
            Some(at) => &mut groups[at],
            None => {
                groups.push(CountryGroup {
                    area,
                    countries: Vec::new(),
                    results: 0,
                });
                let last = groups.len() - 1;
                &mut groups[last]
            }
        };
        group.countries.push((code.clone(), *results));
        group.results = group.results.saturating_add(*results);
    }
    let name = |code: &str| fold(countries::by_code(code).map_or(code, |c| c.name(locale)));
    for group in &mut groups {
        crate::order::sort_by(&mut group.countries, |a, b| name(&a.0).cmp(&name(&b.0)));
    }
    // Europe's four by their place in EUROPE_FIRST, then the others by name, then none.
    let key = |g: &CountryGroup| match &g.area {
        Some(a) => match EUROPE_FIRST.iter().position(|c| *c == a.code) {
            Some(i) => (0, i, String::new()),
            None => (1, 0, fold(a.name(locale))),
        },
        None => (2, 0, String::new()),
    };
    crate::order::sort_by(&mut groups, |a, b| key(a).cmp(&key(b)));
    groups
}

/// Whether the folded `filter` finds country `code`.
fn finds(filter: &str, code: &str, area: Option<&Area>) -> bool {
    if code.eq_ignore_ascii_case(filter) {
        return true;
    }
    let contains = |text: &str| fold(text).contains(filter);
    if area.is_some_and(|a| contains(a.en) || contains(a.nl)) {
        return true;
    }
    countries::by_code(code)
        .is_some_and(|c| contains(c.en) || contains(c.nl) || c.aliases().any(contains))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(codes: &[&str]) -> Vec<(String, usize)> {
        let mut out = Vec::new();
        for (i, code) in codes.iter().enumerate() {
            out.push((code.to_string(), i + 1));
        }
        out
    }

    /// Each group as "name: codes (results)".
    fn shown(groups: &[CountryGroup], locale: Locale) -> Vec<String> {
        let mut out = Vec::new();
        for g in groups {
            let name = g.area.as_ref().map_or("-", |a| a.name(locale));
            let codes: Vec<&str> = g.countries.iter().map(|(c, _)| c.as_str()).collect();
            out.push(format!("{name}: {} ({})", codes.join(" "), g.results));
        }
        out
    }

    #[test]
    fn europe_first_in_four_then_the_rest_of_the_world_each_by_name() {
        // BE 1, SE 2, AT 3, IT 4, PL 5, US 6, JP 7, DE 8, TR 9, AQ 10.
        let list = counts(&["BE", "SE", "AT", "IT", "PL", "US", "JP", "DE", "TR", "AQ"]);
        let groups = group_countries(&list, Locale::En, "");
        assert_eq!(
            shown(&groups, Locale::En),
            [
                // Austria, Belgium, Germany
                "Western Europe: AT BE DE (12)",
                "Northern Europe: SE (2)",
                "Southern Europe: IT (4)",
                "Eastern Europe: PL (5)",
                "Eastern Asia: JP (7)",
                "Northern America: US (6)",
                "Western Asia: TR (9)",
                "-: AQ (10)",
            ]
        );
        // In Dutch: België, Duitsland, Oostenrijk; the other groups by their Dutch names.
        let groups = group_countries(&list, Locale::Nl, "");
        assert_eq!(
            shown(&groups, Locale::Nl)[..1],
            ["West-Europa: BE DE AT (12)"]
        );
        let rest: Vec<&str> = groups[4..7]
            .iter()
            .filter_map(|g| g.area.as_ref().map(|a| a.nl))
            .collect();
        assert_eq!(rest, ["Noordelijk Amerika", "Oost-Azië", "West-Azië"]);
    }

    #[test]
    fn a_typed_filter_finds_names_in_both_languages_other_words_codes_and_regions() {
        let list = counts(&["BE", "DE", "GB", "SE", "NO", "FR"]);
        let codes = |filter: &str| -> Vec<String> {
            let mut out = Vec::new();
            for g in group_countries(&list, Locale::En, filter) {
                out.extend(g.codes());
            }
            out
        };
        assert_eq!(
            codes("duits"),
            ["DE"],
            "the Dutch name in the English widget"
        );
        assert_eq!(codes("ger"), ["DE"]);
        assert_eq!(codes("UK"), ["GB"], "another word for it");
        assert_eq!(codes("fr"), ["FR"], "the code");
        assert_eq!(codes("Noord-Europa"), ["NO", "SE", "GB"]);
        assert_eq!(codes("  "), ["BE", "FR", "DE", "NO", "SE", "GB"]);
        assert!(codes("xyz").is_empty());
        // A group's results are those of the countries shown.
        let north = group_countries(&list, Locale::En, "s");
        assert!(north
            .iter()
            .all(|g| g.results == g.countries.iter().map(|(_, n)| n).sum::<usize>()));
    }
}
