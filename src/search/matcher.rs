//! A loaded catalogue, indexed for searching: records by id, the text index, the facts.

use rustc_hash::FxHashMap;

use super::criteria::Kind;
use super::documents::build_index;
use super::facts::Facts;
use super::index::{TextIndex, TextMatch};
use super::programme::ProgrammeNames;
use super::result::Hit;
use crate::catalogue::{self, Catalogue, Checked, Problem, Rejected, Skipped};
use crate::locale::Locale;

/// A loaded catalogue, indexed for searching. Build once, search many times.
#[derive(Debug, Clone)]
pub struct Matcher {
    catalogue: Catalogue,
    warnings: Vec<Problem>,
    skipped: Vec<Skipped>,
    index: TextIndex,
    programmes: ProgrammeNames,
    /// Document number of each institution and BIP id.
    institution_docs: FxHashMap<String, usize>,
    bip_docs: FxHashMap<String, usize>,
    /// What a search reads of each document, packed.
    facts: Facts,
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
        Matcher {
            catalogue,
            warnings,
            skipped,
            index,
            programmes,
            institution_docs,
            bip_docs,
            facts,
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

    /// Up to `n` programmes whose names look most like `text`, for "did you mean".
    pub(super) fn nearest_programmes(
        &self,
        text: &str,
        n: usize,
    ) -> impl Iterator<Item = &catalogue::Programme> {
        let nearest = self.programmes.nearest(text, n);
        nearest
            .into_iter()
            .filter_map(|i| self.catalogue.programmes.get(i))
    }

    /// How each document matches a query (see [`TextIndex::search`]).
    pub(super) fn text_matches(&self, query: &str) -> Option<Vec<Option<TextMatch>>> {
        self.index.search(query)
    }

    /// What a search reads of each document.
    pub(super) fn facts(&self) -> &Facts {
        &self.facts
    }

    /// The country code of a hit's institution, or of a BIP's physical part.
    pub fn country_of(&self, hit: &Hit) -> Option<&str> {
        let docs = match hit.kind {
            Kind::Institution => &self.institution_docs,
            Kind::Bip => &self.bip_docs,
        };
        docs.get(&hit.id).and_then(|&doc| self.facts.country(doc))
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
