//! Query words only the gazetteer knows (Luik, Napels, Deutschland): the documents of that
//! city, matched by any of the city's names in the catalogue's city field or by being within a
//! few kilometres of it in the same country, or the country's documents.

use super::facts::code_bytes;
use super::field::Field;
use super::index::TextIndex;
use super::terms::{Places, Probe};
use crate::catalogue::{Catalogue, Location};
use crate::places::Gazetteer;
use crate::text::fold;

/// How far from a city's centre a school still counts as in it (a campus in a suburb: ECAL in
/// Renens for Lausanne, IADT in Dún Laoghaire for Dublin).
const NEAR_KM: f64 = 12.0;

/// The gazetteer, as the query sees it against one catalogue.
pub(super) struct PlaceNames<'m> {
    pub gazetteer: &'m Gazetteer,
    pub index: &'m TextIndex,
    pub catalogue: &'m Catalogue,
}

impl Places for PlaceNames<'_> {
    fn probe(&self, folded: &str) -> Option<Probe> {
        if let Some(code) = self.gazetteer.country_named(folded) {
            return Some(Probe::Countries(vec![code_bytes(code)]));
        }
        let mut docs: Vec<u32> = Vec::new();
        let mut any = false;
        for city in self.gazetteer.cities_named(folded) {
            any = true;
            for name in city.names {
                docs.extend(self.index.city_docs(&fold(name)));
            }
            let centre = Location {
                lat: city.lat,
                lon: city.lon,
            };
            let near = |country: &str, at: Option<Location>| {
                country == city.country
                    && at.is_some_and(|at| crate::geo::distance_km(at, centre) <= NEAR_KM)
            };
            let n = self.catalogue.institutions.len();
            for (doc, i) in self.catalogue.institutions.iter().enumerate() {
                if near(i.country.as_str(), Some(i.location)) {
                    docs.push(doc as u32);
                }
            }
            for (b, bip) in self.catalogue.bips.iter().enumerate() {
                if let Some(p) = &bip.physical {
                    if near(p.country.as_str(), p.location) {
                        docs.push((n + b) as u32);
                    }
                }
            }
        }
        // A city the catalogue has no school in still is that city: no typo of another word.
        any.then(|| {
            crate::order::sort(&mut docs);
            docs.dedup();
            Probe::Docs {
                docs,
                field: Field::City,
            }
        })
    }
}
