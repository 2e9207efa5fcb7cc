//! The order of names that results equal in every other way fall back on: each document's
//! position when names are put in order as the engine folds text, per language. Found once per
//! matcher and language (`Matcher::name_ranks`); only the catalogue is read.

use crate::catalogue::Catalogue;
use crate::locale::Locale;

/// Per document (institutions, then BIPs), its position when every institution's name and
/// BIP's title in `locale` is put in order as the engine folds text ("École" with the E's,
/// "Łódź" with the L's); equal folded names by their text, then by id (ids are unique, so
/// the order is total and the same for any order of the catalogue).
pub(super) fn name_ranks(catalogue: &Catalogue, locale: Locale) -> Vec<u32> {
    let mut names: Vec<(String, &str, &str)> = Vec::new();
    for i in &catalogue.institutions {
        let name = i.name.get(locale);
        names.push((crate::text::fold(name), name, i.id.as_str()));
    }
    for b in &catalogue.bips {
        let title = b.title.get(locale);
        names.push((crate::text::fold(title), title, b.id.as_str()));
    }
    let mut by_name: Vec<u32> = (0..names.len() as u32).collect();
    crate::order::sort_by(&mut by_name, |&a, &b| {
        names[a as usize].cmp(&names[b as usize])
    });
    let mut ranks = vec![0u32; names.len()];
    for (rank, doc) in by_name.into_iter().enumerate() {
        if let Some(r) = ranks.get_mut(doc as usize) {
            *r = rank as u32;
        }
    }
    ranks
}
