//! A loaded catalogue, indexed for searching: records by id, the text index, the facts.

use std::sync::OnceLock;

use super::criteria::{Criteria, Kind};
use super::documents::build_index;
use super::facts::Facts;
use super::index::TextIndex;
use super::place_names::PlaceNames;
use super::programme::ProgrammeNames;
use super::recent_counts::RecentCounts;
use super::result::Hit;
use super::scoring::QueryMatches;
use crate::catalogue::{
    self, BadRecords, Catalogue, Checked, Problem, Rejected, Skipped, HOME_HOST,
};
use crate::lexicon::Lexicon;
use crate::locale::Locale;
use crate::lookup::OwnedLookup;
use crate::places::Gazetteer;

/// The lexicon of a matcher without the table: the catalogue's own words only.
static NO_WORDS: Lexicon = Lexicon::EMPTY;

/// A loaded catalogue, indexed for searching. Build once, search many times.
#[derive(Debug, Clone)]
pub struct Matcher {
    catalogue: Catalogue,
    warnings: Vec<Problem>,
    skipped: Vec<Skipped>,
    index: TextIndex,
    programmes: ProgrammeNames,
    /// Document number of each institution and BIP id.
    institution_docs: OwnedLookup,
    bip_docs: OwnedLookup,
    /// What a search reads of each document, packed.
    facts: Facts,
    /// Place names in every form, when attached (see [`Matcher::set_places`]). Settable
    /// once through a shared reference too: the widget's matcher is shared by its views.
    places: OnceLock<Gazetteer>,
    /// Per locale, each document's position in name order (`name_order`), found
    /// on the first search that needs it.
    names: [OnceLock<Vec<u32>>; 2],
    /// How many results fitted in the last few searches (`ranking`).
    pub(super) recent_counts: RecentCounts,
}

impl Matcher {
    /// Parses, validates and indexes catalogue JSON; any error refuses the catalogue.
    pub fn from_json(text: &str) -> Result<Matcher, Rejected> {
        catalogue::load(text).map(Matcher::from_checked)
    }

    /// Reads, validates and indexes catalogue bytes (UTF-8). `bad_records` says whether a
    /// record with errors refuses the catalogue or is left out (then named in
    /// [`Matcher::skipped`]).
    pub fn from_bytes(bytes: &[u8], bad_records: BadRecords) -> Result<Matcher, Rejected> {
        catalogue::load_bytes(bytes, bad_records).map(Matcher::from_checked)
    }

    /// Indexes a validated catalogue. Not public: the search relies on what validation
    /// ensures (ISCED codes of four digits, dates that parse, unique ids), so a matcher is
    /// only made from what [`catalogue::load`] or [`catalogue::load_bytes`] accepted.
    pub(crate) fn from_checked(checked: Checked) -> Matcher {
        let Checked {
            catalogue,
            warnings,
            skipped,
        } = checked;
        let facts = Facts::new(&catalogue);
        let index = build_index(&catalogue, &facts);
        let programmes = ProgrammeNames::new(&catalogue.programmes);
        let institution_docs: OwnedLookup = catalogue
            .institutions
            .iter()
            .enumerate()
            .map(|(i, x)| (x.id.to_string(), i))
            .collect();
        let n = catalogue.institutions.len();
        let bip_docs: OwnedLookup = catalogue
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
            places: OnceLock::new(),
            names: Default::default(),
            recent_counts: RecentCounts::default(),
        }
    }

    /// Attaches the place names the search understands beyond the catalogue's own words
    /// (Keulen, Köln and Cologne for a catalogue that says Cologne). The command line attaches
    /// them always; the widget fetches them when [`Matcher::needs_places`] says so. The table
    /// also carries the lexicon and region words (`crate::lexicon`): without it the query is
    /// read with the catalogue's own words and the built-in country names only.
    pub fn set_places(&mut self, places: Gazetteer) {
        self.places = OnceLock::from(places);
        self.recent_counts.clear();
    }

    /// Attaches place names to a matcher that others hold too (the widget's), unless some
    /// are attached already; says whether these were. Searches made after it use them.
    pub fn attach_places(&self, places: Gazetteer) -> bool {
        let attached = self.places.set(places).is_ok();
        if attached {
            self.recent_counts.clear();
        }
        attached
    }

    /// The attached place names, if any.
    pub fn places(&self) -> Option<&Gazetteer> {
        self.places.get()
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

    /// Whether a search for `criteria` needs the place names and words table (see
    /// [`Matcher::set_places`]) that is not attached yet: something is typed. The rule of
    /// the widget's lazy fetch: a search by programme and filters alone never needs it; the
    /// first typed query does (its synonyms, regions, languages and place names are all in
    /// the table), and the search runs at once without it and again when it arrives.
    pub fn needs_places(&self, criteria: &Criteria) -> bool {
        let query = criteria.query.as_deref().unwrap_or_default();
        self.places().is_none() && !query.trim().is_empty()
    }

    /// How each document matches a query (already capped): the query understood
    /// (`query.rs`, with the lexicon and the gazetteer when attached), then scored
    /// (`scoring.rs`).
    pub(super) fn text_matches(&self, query: &str) -> QueryMatches {
        let gazetteer = self.places();
        let places = gazetteer.map(|gazetteer| PlaceNames {
            gazetteer,
            index: &self.index,
            catalogue: &self.catalogue,
        });
        let places = places.as_ref().map(|p| p as &dyn super::terms::Places);
        let vocabulary = super::word_terms::Vocabulary {
            index: &self.index,
            lexicon: gazetteer.map_or(&NO_WORDS, Gazetteer::lexicon),
        };
        let understood = super::query::understand(query, vocabulary, places);
        let context = super::scoring::Context {
            index: &self.index,
            facts: &self.facts,
            institutions: self.catalogue.institutions.len(),
        };
        super::scoring::score(&understood, &context)
    }

    /// What a search reads of each document.
    pub(super) fn facts(&self) -> &Facts {
        &self.facts
    }

    /// Each document's position when names in `locale` are put in order.
    pub(super) fn name_ranks(&self, locale: Locale) -> &[u32] {
        let slot = &self.names[usize::from(locale == Locale::Nl)];
        slot.get_or_init(|| super::name_order::name_ranks(&self.catalogue, locale))
    }

    /// The document number of the institution or BIP with this id.
    pub(super) fn doc(&self, kind: Kind, id: &str) -> Option<usize> {
        let docs = match kind {
            Kind::Institution => &self.institution_docs,
            Kind::Bip => &self.bip_docs,
        };
        docs.get(id).copied()
    }

    /// The country code of a hit's institution, or of a BIP's physical part.
    pub fn country_of(&self, hit: &Hit) -> Option<&str> {
        self.doc(hit.kind, &hit.id)
            .and_then(|doc| self.facts.country(doc))
    }

    /// The name of an institution or the title of a BIP in `locale`, as a student reads it;
    /// `home` (a BIP's host) is the home institution. None when the catalogue has no such
    /// record. The one place a front end gets the name of a result, a host or a partner.
    pub fn display_name(
        &self,
        kind: Kind,
        id: &str,
        length: NameLength,
        locale: Locale,
    ) -> Option<&str> {
        match kind {
            Kind::Institution if id == HOME_HOST => Some(self.catalogue.home.name.get(locale)),
            Kind::Institution => self.institution(id).map(|i| match (length, &i.short_name) {
                (NameLength::Short, Some(short)) => short.as_str(),
                _ => i.name.get(locale),
            }),
            Kind::Bip => self.bip(id).map(|b| b.title.get(locale)),
        }
    }
}

/// How much of a name to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameLength {
    /// The full name: a result's card, the command line's table.
    Full,
    /// The short name where the catalogue gives one: the shortlist, a BIP's host and
    /// partners.
    Short,
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = include_str!("../../tests/fixtures/small.json");

    fn matcher() -> Matcher {
        match Matcher::from_json(SMALL) {
            Ok(m) => m,
            Err(rejected) => panic!("the small fixture loads: {rejected}"),
        }
    }

    #[test]
    fn one_display_name_for_results_hosts_partners_and_the_shortlist() {
        let m = matcher();
        let name = |kind, id, length, locale| m.display_name(kind, id, length, locale);
        use Kind::{Bip, Institution};
        use NameLength::{Full, Short};
        assert_eq!(
            name(Institution, "cnsmd-lyon", Full, Locale::En),
            Some("Conservatoire national supérieur de musique et de danse de Lyon")
        );
        assert_eq!(
            name(Institution, "cnsmd-lyon", Short, Locale::En),
            Some("CNSMD Lyon")
        );
        // Without a short name, the short form is the name.
        assert_eq!(
            name(Institution, "ensp-arles", Short, Locale::Nl),
            Some("École nationale supérieure de la photographie")
        );
        assert_eq!(
            name(Bip, "bip-photo-2027", Short, Locale::Nl),
            Some("Het archief als materiaal")
        );
        assert_eq!(
            name(Institution, HOME_HOST, Short, Locale::En),
            Some("KASK & Conservatorium, HOGENT")
        );
        assert_eq!(name(Institution, "nowhere", Full, Locale::En), None);
        assert_eq!(name(Bip, "cnsmd-lyon", Full, Locale::En), None);
    }

    #[test]
    fn bytes_load_as_text_does() {
        let from_bytes = Matcher::from_bytes(SMALL.as_bytes(), BadRecords::Refuse);
        let m = match from_bytes {
            Ok(m) => m,
            Err(rejected) => panic!("the small fixture loads from bytes: {rejected}"),
        };
        assert_eq!(m.catalogue(), matcher().catalogue());
        let refused = Matcher::from_bytes(b"{\"format\": \xff}", BadRecords::Refuse);
        assert!(
            refused.is_err_and(|r| r.to_string().contains("UTF-8")),
            "bytes that are not UTF-8 are refused in words"
        );
    }

    fn query(text: &str) -> Criteria {
        Criteria {
            query: Some(text.to_owned()),
            ..Criteria::default()
        }
    }

    #[test]
    fn the_table_is_needed_from_the_first_typed_query() {
        let mut m = matcher();
        assert!(m.places().is_none());
        assert!(!m.needs_places(&Criteria::default()), "no query");
        assert!(!m.needs_places(&query("  ")), "nothing typed");
        let programme_only = Criteria {
            programme: Some("photography".to_owned()),
            ..Criteria::default()
        };
        assert!(!m.needs_places(&programme_only), "browsing by programme");
        // Any word: a catalogue word has synonyms, a region or language word needs the
        // table to be read as one, and an unknown word may be a place name.
        assert!(m.needs_places(&query("lyon")));
        assert!(m.needs_places(&query("Scandinavië")));
        assert!(m.needs_places(&query("keulen")));
        let places = Gazetteer::parse("*DE|Germany\n5094|696|1024621|Köln|Keulen\n");
        m.set_places(places.unwrap_or_else(|e| panic!("{e}")));
        assert!(!m.needs_places(&query("keulen")), "attached already");
        assert_eq!(m.places().map(|p| p.city_count()), Some(1));
        let other = Gazetteer::parse("").unwrap_or_else(|e| panic!("{e}"));
        assert!(
            !m.attach_places(other.clone()),
            "attaching keeps what is attached"
        );
        assert_eq!(m.places().map(|p| p.city_count()), Some(1));
        m.set_places(other);
        assert_eq!(
            m.places().map(|p| p.city_count()),
            Some(0),
            "setting replaces"
        );
        let shared = matcher();
        let places = Gazetteer::parse("*BE|Belgium\n").unwrap_or_else(|e| panic!("{e}"));
        assert!(
            shared.attach_places(places),
            "a shared matcher takes place names once"
        );
        assert!(shared.places().is_some());
    }
}
