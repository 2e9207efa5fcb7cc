//! A loaded catalogue, indexed for searching: records by id, the text index, the facts.

use rustc_hash::FxHashMap;

use super::criteria::Kind;
use super::documents::build_index;
use super::facts::{BipDates, Facts, Place};
use super::index::TextIndex;
use super::programme::ProgrammeNames;
use super::result::Hit;
use crate::catalogue::{self, Catalogue, Checked, Problem, Rejected, Skipped};
use crate::geo::distance_km;
use crate::locale::Locale;

/// A loaded catalogue, indexed for searching. Build once, search many times.
#[derive(Debug, Clone)]
pub struct Matcher {
    pub(super) catalogue: Catalogue,
    warnings: Vec<Problem>,
    skipped: Vec<Skipped>,
    pub(super) index: TextIndex,
    pub(super) programmes: ProgrammeNames,
    /// Distance from home per institution, then per BIP (None: BIP without a location).
    pub(super) distances: Vec<Option<f64>>,
    /// Document number of each institution and BIP id.
    pub(super) institution_docs: FxHashMap<String, usize>,
    pub(super) bip_docs: FxHashMap<String, usize>,
    /// Per document, its id's position among the ids of its kind: ties break on it.
    pub(super) id_order: Vec<u32>,
    /// Each agreement's programmes, mobility, levels, terms and years, packed for searching.
    pub(super) facts: Facts,
    /// Per document: its country (institution, or BIP's physical part) and whether it is in
    /// Europe; None for a BIP without a physical part.
    pub(super) places: Vec<Option<Place>>,
    /// Per BIP: start and end of the physical part, and the application deadline, parsed.
    pub(super) bip_dates: Vec<BipDates>,
}

impl Matcher {
    /// Parses, validates and indexes catalogue JSON.
    pub fn from_json(text: &str) -> Result<Matcher, Rejected> {
        catalogue::load(text).map(Matcher::from_checked)
    }

    pub fn from_checked(checked: Checked) -> Matcher {
        let Checked {
            catalogue,
            warnings,
            skipped,
        } = checked;
        let facts = Facts::new(&catalogue);
        let index = build_index(&catalogue, &facts);
        let programmes = ProgrammeNames::new(&catalogue.programmes);
        let home = catalogue.home.location;
        let distances = catalogue
            .institutions
            .iter()
            .map(|i| Some(distance_km(home, i.location)))
            .chain(catalogue.bips.iter().map(|b| {
                b.physical
                    .as_ref()
                    .and_then(|p| p.location)
                    .map(|l| distance_km(home, l))
            }))
            .collect();
        let institution_docs: FxHashMap<String, usize> = catalogue
            .institutions
            .iter()
            .enumerate()
            .map(|(i, x)| (x.id.to_string(), i))
            .collect();
        let n = catalogue.institutions.len();
        let bip_docs: FxHashMap<String, usize> = catalogue
            .bips
            .iter()
            .enumerate()
            .map(|(i, x)| (x.id.to_string(), n + i))
            .collect();
        let mut id_order = vec![0u32; n + catalogue.bips.len()];
        for docs in [&institution_docs, &bip_docs] {
            let mut sorted: Vec<(&String, &usize)> = docs.iter().collect();
            crate::order::sort(&mut sorted);
            for (position, (_, &doc)) in sorted.into_iter().enumerate() {
                id_order[doc] = position as u32;
            }
        }
        let bip_dates = catalogue
            .bips
            .iter()
            .map(|b| {
                let physical = b.physical.as_ref();
                (
                    physical.and_then(|p| p.start.parse()),
                    physical.and_then(|p| p.end.parse()),
                    b.apply_by.as_ref().and_then(|d| d.parse()),
                )
            })
            .collect();
        let places = catalogue
            .institutions
            .iter()
            .map(|i| Some(Place::of(&i.country)))
            .chain(
                catalogue
                    .bips
                    .iter()
                    .map(|b| b.physical.as_ref().map(|p| Place::of(&p.country))),
            )
            .collect();
        Matcher {
            facts,
            places,
            bip_dates,
            catalogue,
            warnings,
            skipped,
            index,
            programmes,
            distances,
            institution_docs,
            bip_docs,
            id_order,
        }
    }

    /// The institution with this id (constant time).
    pub fn institution(&self, id: &str) -> Option<&catalogue::Institution> {
        self.institution_docs
            .get(id)
            .and_then(|&doc| self.catalogue.institutions.get(doc))
    }

    /// The BIP with this id (constant time).
    pub fn bip(&self, id: &str) -> Option<&catalogue::Bip> {
        let n = self.catalogue.institutions.len();
        self.bip_docs
            .get(id)
            .and_then(|&doc| self.catalogue.bips.get(doc - n))
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// Warnings raised while loading (unknown fields, agreements nobody can see).
    pub fn warnings(&self) -> &[Problem] {
        &self.warnings
    }

    /// The records a lenient reading left out (see [`catalogue::BadRecords`]).
    pub fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }

    /// The programme `text` names (id, name or alias, either language, typos allowed).
    pub fn resolve_programme(&self, text: &str) -> Option<&catalogue::Programme> {
        self.programmes
            .resolve(text)
            .and_then(|i| self.catalogue.programmes.get(i))
    }

    /// The country code of a hit's institution, or of a BIP's physical part.
    pub fn country_of(&self, hit: &Hit) -> Option<&str> {
        let docs = match hit.kind {
            Kind::Institution => &self.institution_docs,
            Kind::Bip => &self.bip_docs,
        };
        docs.get(&hit.id).and_then(|&doc| self.country_of_doc(doc))
    }

    pub(super) fn country_of_doc(&self, doc: usize) -> Option<&str> {
        let place = self.places.get(doc)?.as_ref()?;
        std::str::from_utf8(&place.country).ok()
    }

    /// The display name of a hit in `locale`: an institution's name, a BIP's title.
    pub fn name_of(&self, hit: &Hit, locale: Locale) -> String {
        match hit.kind {
            Kind::Institution => self
                .institution(&hit.id)
                .map(|i| i.name.get(locale).to_owned()),
            Kind::Bip => self.bip(&hit.id).map(|b| b.title.get(locale).to_owned()),
        }
        .unwrap_or_default()
    }
}
