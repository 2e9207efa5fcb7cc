//! The documents of the text index, built from the catalogue: what of each institution and
//! BIP a query can find, and in which field.

use super::facts::Facts;
use super::field::Field;
use super::index::{IndexBuilder, TextIndex};
use crate::catalogue::{self, Catalogue, HOME_HOST};
use crate::lookup::{Lookup, TextMap};
use crate::reference::countries;
use crate::text::fold;

/// The index over institutions (documents 0..n) then BIPs (n..n+m).
pub(super) fn build_index(catalogue: &Catalogue, facts: &Facts) -> TextIndex {
    let mut b = IndexBuilder::default();
    // Each programme's and country's words are folded once, not once per mention.
    let programme_words: Vec<String> = catalogue
        .programmes
        .iter()
        .map(|p| {
            let texts: Vec<&str> = p
                .name
                .all()
                .chain(p.aliases.iter().map(String::as_str))
                .collect();
            fold(&texts.join(" "))
        })
        .collect();
    let mut country_words: TextMap<String> = TextMap::default();
    let mut country = |code: &str| -> String {
        country_words
            .get_or_insert_with(countries::by_code(code).map_or("", |c| c.code), || {
                countries::by_code(code).map_or_else(String::new, |c| {
                    let mut names = vec![c.en, c.nl];
                    names.extend(c.aliases());
                    fold(&names.join(" "))
                })
            })
            .clone()
    };
    // Each institution's place in the catalogue.
    let by_id: Lookup = catalogue
        .institutions
        .iter()
        .enumerate()
        .map(|(n, i)| (i.id.as_str(), n))
        .collect();
    let institution_name = |id: &str| -> Option<Vec<&str>> {
        let i = catalogue.institutions.get(*by_id.get(id)?)?;
        let mut names: Vec<&str> = i.name.all().collect();
        names.extend(i.short_name.as_deref());
        names.extend(i.city.all());
        Some(names)
    };
    for institution in &catalogue.institutions {
        let doc = b.next_doc();
        for name in institution.name.all() {
            b.add(doc, Field::Name, name);
        }
        if let Some(short) = &institution.short_name {
            b.add(doc, Field::ShortName, short);
        }
        for city in institution.city.all() {
            b.add(doc, Field::City, city);
        }
        b.add_folded(doc, Field::Country, &country(institution.country.as_str()));
        for tag in &institution.tags {
            b.add(doc, Field::Tag, tag);
        }
        let served = |(p, programme): &(usize, &catalogue::Programme)| match facts.programme_bit(*p)
        {
            Some(bit) => (0..institution.agreements.len()).any(|a| {
                facts
                    .agreement(doc as usize, a)
                    .is_some_and(|f| f.exact & bit != 0)
            }),
            None => institution.agreements.iter().any(|a| a.covers(programme)),
        };
        for (p, _) in catalogue.programmes.iter().enumerate().filter(served) {
            b.add_folded(doc, Field::Programme, &programme_words[p]);
        }
    }
    for bip in &catalogue.bips {
        let doc = b.next_doc();
        for title in bip.title.all() {
            b.add(doc, Field::Title, title);
        }
        if let Some(physical) = &bip.physical {
            for city in physical.city.all() {
                b.add(doc, Field::City, city);
            }
            b.add_folded(doc, Field::Country, &country(physical.country.as_str()));
        }
        if bip.host == HOME_HOST {
            for name in catalogue.home.name.all() {
                b.add(doc, Field::Host, name);
            }
        } else if let Some(names) = institution_name(&bip.host) {
            for name in names {
                b.add(doc, Field::Host, name);
            }
        }
        for partner in &bip.partners {
            for name in institution_name(partner.as_str()).unwrap_or_default() {
                b.add(doc, Field::Partner, name);
            }
        }
        for (p, programme) in catalogue.programmes.iter().enumerate() {
            let open = match (&bip.programmes, &bip.isced) {
                (Some(ids), _) => ids.contains(&programme.id),
                (None, Some(isced)) => *isced == programme.isced,
                (None, None) => false,
            };
            if open {
                b.add_folded(doc, Field::Programme, &programme_words[p]);
            }
        }
        b.add(doc, Field::Tag, "bip");
    }
    b.build()
}
