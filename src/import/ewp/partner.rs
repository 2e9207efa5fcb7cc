//! The receiving HEI an IIA names, as an institution of the catalogue: the one with its SCHAC
//! code (or its Erasmus code), which gains the SCHAC code it lacked; or a new one, made from
//! the `--institutions` response that describes it and the gazetteer's coordinates for its
//! city. What a new one lacks is one problem per HEI, however many specs name it.

use roxmltree::Node;

use super::iias::Iias;
use super::xml::{child, Xml};
use crate::catalogue::{CountryCode, Deadlines, Id, Institution, LocalisedText, WebUrl};
use crate::import::merge::Merge;

impl Iias<'_> {
    /// The receiving HEI's institution: found by SCHAC or Erasmus code, or made from the
    /// Institutions response and the gazetteer (one problem listing all that is missing).
    pub(super) fn institution(
        &self,
        xml: &Xml,
        spec: Node,
        schac: &str,
        merge: &mut Merge,
        problems: &mut Vec<String>,
    ) -> Option<usize> {
        let hei = self.directory.hei(schac);
        let erasmus = hei.and_then(|h| h.erasmus_code.as_deref());
        if let Some(at) = merge.find_hei(schac, erasmus) {
            let institution = &mut merge.catalogue.institutions[at];
            if institution.schac.is_none() {
                institution.schac = Some(schac.to_lowercase());
            }
            merge.touch(at);
            return Some(at);
        }
        let described = hei.is_some();
        let hei = hei.cloned().unwrap_or_default();
        let mut missing = Vec::new();
        for (what, value) in [
            ("name", &hei.name),
            ("city", &hei.city),
            ("country", &hei.country),
            ("Erasmus code", &hei.erasmus_code),
            ("website", &hei.website),
        ] {
            if value.is_none() {
                missing.push(what.to_owned());
            }
        }
        let location = match (&hei.city, &hei.country) {
            (Some(city), Some(country)) => {
                let found = self.places.locate(city, country);
                if found.is_none() {
                    missing.push(format!(
                        "coordinates (the gazetteer does not know {city} in {country})"
                    ));
                }
                found
            }
            _ => None,
        };
        if !missing.is_empty() {
            // One problem per HEI, however many specs name it.
            let said = format!(": {schac} is not in the catalogue");
            if !problems.iter().any(|p| p.contains(&said)) {
                let (source, remedy) = if described {
                    (
                        "the --institutions file describes it, but the import still needs its",
                        "",
                    )
                } else {
                    (
                        "no --institutions file describes it, so the import needs its",
                        ", or describe it in an --institutions file",
                    )
                };
                let receiving = child(spec, "receiving-hei-id").unwrap_or(spec);
                problems.push(xml.problem(
                    receiving,
                    format!(
                        "{schac} is not in the catalogue (no institution has that schac or \
                         Erasmus code), and {source} {}; add the institution to the catalogue \
                         with \"schac\": \"{schac}\"{remedy}",
                        missing.join(", ")
                    ),
                ));
            }
            return None;
        }
        let receiving = child(spec, "receiving-hei-id").unwrap_or(spec);
        let (Some(name), Some(city), Some(country), Some(location)) =
            (hei.name, hei.city, hei.country, location)
        else {
            return None;
        };
        let institution = Institution {
            id: Id(free_id(merge, schac)),
            name: LocalisedText::Plain(name),
            short_name: None,
            erasmus_code: hei.erasmus_code,
            schac: Some(schac.to_lowercase()),
            city: LocalisedText::Plain(city),
            country: CountryCode(country.to_uppercase()),
            location,
            website: hei.website.map(WebUrl),
            tags: Vec::new(),
            agreements: Vec::new(),
            deadlines: Deadlines::default(),
            home_deadlines: Deadlines::default(),
            requirements: Vec::new(),
            contacts: hei.contacts,
        };
        Some(merge.add(institution, xml.origin(receiving)))
    }
}

/// An id from the SCHAC code (`hibo.no`: `hibo-no`), unused in the catalogue.
fn free_id(merge: &Merge, schac: &str) -> String {
    let base: String = schac
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let base: String = base.trim_matches('-').chars().take(56).collect();
    let mut id = base.clone();
    let mut n = 2;
    while merge.find(&id).is_some() {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}
