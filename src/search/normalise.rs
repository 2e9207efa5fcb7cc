//! Criteria made to fit a catalogue, as a front end keeps them between searches.

use super::criteria::Criteria;
use super::matcher::Matcher;
use crate::reference::countries;

/// Criteria made to fit a catalogue, and the programme text that could not be.
#[derive(Debug, Clone, PartialEq)]
pub struct Normalised {
    pub criteria: Criteria,
    /// A programme text the catalogue does not know (left out of `criteria`), to tell the
    /// student.
    pub unknown_programme: Option<String>,
}

impl Criteria {
    /// These criteria made to fit the catalogue of `m`: the programme by its id, countries by
    /// code (each once; unknown ones left out), only real languages and distances. `today`,
    /// `limit` and `lang` are left out: they belong to one search, not to what a student asks.
    /// Normalised criteria normalise to themselves.
    pub fn normalised(&self, m: &Matcher) -> Normalised {
        let mut c = self.clone();
        let mut unknown_programme = None;
        if let Some(p) = c.programme.take().filter(|p| !p.trim().is_empty()) {
            match m.resolve_programme(&p) {
                Some(programme) => c.programme = Some(programme.id.as_str().to_owned()),
                None => unknown_programme = Some(p),
            }
        }
        if let Some(list) = c.countries.take() {
            let mut codes: Vec<String> = Vec::new();
            for code in list
                .iter()
                .filter_map(|x| countries::find(x))
                .map(|c| c.code)
            {
                if !codes.iter().any(|c| c == code) {
                    codes.push(code.to_owned());
                }
            }
            c.countries = (!codes.is_empty()).then_some(codes);
        }
        if let Some(languages) = &mut c.languages {
            languages.retain(|l| l.lang.problem().is_none());
        }
        if c.max_distance_km
            .is_some_and(|d| !(d.is_finite() && d >= 0.0))
        {
            c.max_distance_km = None;
        }
        c.today = None;
        c.limit = None;
        c.lang = None;
        Normalised {
            criteria: c,
            unknown_programme,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> Matcher {
        match Matcher::from_json(include_str!("../../tests/fixtures/small.json")) {
            Ok(m) => m,
            Err(rejected) => panic!("the small fixture loads: {rejected}"),
        }
    }

    fn criteria(json: &str) -> Criteria {
        match Criteria::from_json(json) {
            Ok(c) => c,
            Err(e) => panic!("{json}: {e}"),
        }
    }

    #[test]
    fn names_become_ids_and_codes() {
        let m = matcher();
        let n = criteria(
            r#"{"programme": "fotgrafie", "countries": ["Frankrijk", "FR", "Atlantis", "it"]}"#,
        )
        .normalised(&m);
        assert_eq!(n.criteria.programme.as_deref(), Some("photography"));
        assert_eq!(n.criteria.countries, Some(vec!["FR".into(), "IT".into()]));
        assert_eq!(n.unknown_programme, None);
    }

    #[test]
    fn what_cannot_fit_is_left_out_and_an_unknown_programme_reported() {
        let m = matcher();
        let n = criteria(
            r#"{"programme": "astrophysics", "countries": ["Atlantis"], "max_distance_km": -1,
                "languages": [{"lang": "xx", "cefr": "B2"}, {"lang": "fr", "cefr": "B1"}],
                "today": "2026-11-29", "limit": 3, "query": "lyon"}"#,
        )
        .normalised(&m);
        assert_eq!(n.unknown_programme.as_deref(), Some("astrophysics"));
        let expected =
            criteria(r#"{"languages": [{"lang": "fr", "cefr": "B1"}], "query": "lyon"}"#);
        assert_eq!(n.criteria, expected);
        let blank = Criteria {
            programme: Some("  ".into()),
            max_distance_km: Some(f64::INFINITY),
            ..Criteria::default()
        }
        .normalised(&m);
        assert_eq!(blank.criteria, Criteria::default());
        assert_eq!(blank.unknown_programme, None);
    }

    #[test]
    fn normalised_criteria_normalise_to_themselves() {
        let m = matcher();
        let once = criteria(
            r#"{"programme": "foto", "countries": ["frankrijk"], "max_distance_km": 800}"#,
        )
        .normalised(&m);
        assert_eq!(once.criteria.normalised(&m).criteria, once.criteria);
    }
}
