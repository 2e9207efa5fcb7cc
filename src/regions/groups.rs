//! The country filter's list: Europe's countries grouped by M49 sub-region, the way people
//! think of them (Western Europe, Northern Europe...), then the countries outside Europe;
//! narrowed by what the student types.

use super::{european_subregion_of, european_subregions, Area};
use crate::i18n::choose::OUTSIDE_EUROPE;
use crate::locale::Locale;
use crate::reference::countries;
use crate::text::fold;

/// The countries of one group in the list.
#[derive(Debug, PartialEq, Eq)]
pub struct CountryGroup {
    /// A European sub-region; None: outside Europe.
    pub area: Option<&'static Area>,
    /// Country code and its results, by name in the student's language.
    pub countries: Vec<(String, usize)>,
    /// The results of all its countries.
    pub results: usize,
}

impl CountryGroup {
    /// The group's name in `locale`.
    pub fn name(&self, locale: Locale) -> &'static str {
        self.area
            .map_or(OUTSIDE_EUROPE.get(locale), |a| a.name(locale))
    }

    /// The codes of its countries.
    pub fn codes(&self) -> Vec<String> {
        let mut codes = Vec::new();
        for (code, _) in &self.countries {
            codes.push(code.clone());
        }
        codes
    }
}

/// `countries` (code and results) in groups: Europe's four M49 sub-regions (Western,
/// Northern, Southern, Eastern), then outside Europe; countries by name, names in `locale` put
/// in order as the search folds text ("Österreich" with the O's). With a `filter` typed, only
/// the countries it finds: in their name in either language, another word for them ("UK"),
/// their code, or their group's name in either language ("northern" keeps Northern Europe
/// whole). Empty groups are left out.
pub fn group_countries(
    countries: &[(String, usize)],
    locale: Locale,
    filter: &str,
) -> Vec<CountryGroup> {
    let filter = fold(filter);
    let mut groups: Vec<CountryGroup> = Vec::new();
    for area in european_subregions().iter().map(Some).chain([None]) {
        groups.push(CountryGroup {
            area,
            countries: Vec::new(),
            results: 0,
        });
    }
    let outside = groups.len() - 1;
    for (code, results) in countries {
        let area = european_subregion_of(code);
        let at = area
            .and_then(|a| groups.iter().position(|g| g.area == Some(a)))
            .unwrap_or(outside);
        let group = &mut groups[at];
        if !filter.is_empty() && !finds(&filter, code, group) {
            continue;
        }
        group.countries.push((code.clone(), *results));
        group.results = group.results.saturating_add(*results);
    }
    let name = |code: &str| fold(countries::by_code(code).map_or(code, |c| c.name(locale)));
    groups.retain(|g| !g.countries.is_empty());
    for group in &mut groups {
        crate::order::sort_by(&mut group.countries, |a, b| name(&a.0).cmp(&name(&b.0)));
    }
    groups
}

/// Whether the folded `filter` finds country `code` of `group`.
fn finds(filter: &str, code: &str, group: &CountryGroup) -> bool {
    if code.eq_ignore_ascii_case(filter) {
        return true;
    }
    let contains = |text: &str| fold(text).contains(filter);
    if contains(group.name(Locale::En)) || contains(group.name(Locale::Nl)) {
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
            let name = g.name(locale);
            let codes: Vec<&str> = g.countries.iter().map(|(c, _)| c.as_str()).collect();
            out.push(format!("{name}: {} ({})", codes.join(" "), g.results));
        }
        out
    }

    #[test]
    fn europe_first_in_four_then_outside_europe_each_by_name() {
        // BE 1, SE 2, AT 3, IT 4, PL 5, US 6, JP 7, DE 8, TR 9, AQ 10, CY 11.
        let list = counts(&[
            "BE", "SE", "AT", "IT", "PL", "US", "JP", "DE", "TR", "AQ", "CY",
        ]);
        let groups = group_countries(&list, Locale::En, "");
        assert_eq!(
            shown(&groups, Locale::En),
            [
                // Austria, Belgium, Germany
                "Western Europe: AT BE DE (12)",
                "Northern Europe: SE (2)",
                // Cyprus and Türkiye in Europe, as the region filter counts them.
                "Southern Europe: CY IT TR (24)",
                "Eastern Europe: PL (5)",
                // Antarctica, Japan, United States
                "Outside Europe: AQ JP US (23)",
            ]
        );
        // In Dutch: België, Duitsland, Oostenrijk; Antarctica, Japan, Verenigde Staten.
        let groups = group_countries(&list, Locale::Nl, "");
        let shown = shown(&groups, Locale::Nl);
        assert_eq!(shown[0], "West-Europa: BE DE AT (12)");
        assert_eq!(shown[4], "Buiten Europa: AQ JP US (23)");
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
        assert_eq!(
            codes("buiten"),
            Vec::<String>::new(),
            "no country outside Europe here"
        );
        // A group's results are those of the countries shown.
        let north = group_countries(&list, Locale::En, "s");
        assert!(north
            .iter()
            .all(|g| g.results == g.countries.iter().map(|(_, n)| n).sum::<usize>()));
    }
}
