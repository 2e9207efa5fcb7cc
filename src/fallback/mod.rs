//! The static list of partners and BIPs for one programme: the no-JavaScript fallback to put
//! inside the `<partner-matcher>` element, and what search engines index
//! (`partner-matcher render`). It is built from the same search the widget runs, so it lists
//! exactly the institutions and BIPs a search for the programme lists; `html.rs` writes it.

mod html;

pub use html::{fragment, page};

use crate::catalogue::{Agreement, Mobility, Programme};
use crate::i18n::fallback::FOR_PROGRAMMES;
use crate::i18n::{
    and_list, country_name, fill, format_date_range, language_level, level_label, mobility_label,
    or_list, term_label, ui,
};
use crate::search::{Criteria, CriteriaError, Hit, Kind, Matcher, NoteCode};
use crate::Locale;

/// What the static list shows, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Listing {
    pub locale: Locale,
    /// The programme's name, when the list is for one.
    pub programme: Option<String>,
    /// Partner institutions by country, countries in alphabetical order of their names.
    pub countries: Vec<Country>,
    /// Institutions open to a related programme (the same ISCED-F detailed field), which a
    /// search lists after those that fit, in their own group; by country likewise.
    pub related: Vec<Country>,
    /// BIPs, the soonest in person first, then those online only.
    pub bips: Vec<BipEntry>,
    /// The catalogue's notice, shown with the results (demo data, agreements under review).
    pub notice: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    pub code: String,
    pub name: String,
    /// In alphabetical order of their names.
    pub institutions: Vec<Entry>,
}

/// One partner institution: its name, city, website and what it offers the programme.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: String,
    pub name: String,
    pub city: String,
    pub website: Option<String>,
    /// One line per fitting agreement: "Study exchange – Bachelor, Master · 2 places".
    pub offers: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BipEntry {
    pub id: String,
    pub title: String,
    /// "8–12 March 2027, Ghent (Belgium)", or the online part.
    pub when_where: Option<String>,
    pub url: Option<String>,
}

impl Listing {
    /// The ids listed, institutions then BIPs, in list order.
    pub fn ids(&self) -> impl Iterator<Item = (Kind, &str)> {
        let institutions = self
            .countries
            .iter()
            .chain(&self.related)
            .flat_map(|c| &c.institutions)
            .map(|e| (Kind::Institution, e.id.as_str()));
        institutions.chain(self.bips.iter().map(|b| (Kind::Bip, b.id.as_str())))
    }
}

/// The search the list shows: every institution and BIP for `programme` (an id, or a name or
/// alias as the search reads it), judged on `today` (YYYY-MM-DD) as a search would be; for a
/// student, as the widget's first view.
pub fn criteria(programme: Option<&str>, today: Option<&str>) -> Criteria {
    Criteria {
        programme: programme.map(str::to_owned),
        today: today.map(str::to_owned),
        mobility: Some(Mobility::STUDENT.to_vec()),
        ..Criteria::default()
    }
}

/// The listing of what `criteria` finds in `matcher`.
pub fn listing(
    matcher: &Matcher,
    criteria: &Criteria,
    locale: Locale,
) -> Result<Listing, CriteriaError> {
    let hits = matcher.search(criteria)?;
    let programme = criteria
        .programme
        .as_deref()
        .and_then(|p| matcher.resolve_programme(p));
    let mut fitting = Vec::new();
    let mut related = Vec::new();
    let mut bips = Vec::new();
    for hit in &hits {
        match hit.kind {
            Kind::Institution => {
                let Some(entry) = entry(matcher, hit, programme, locale) else {
                    continue;
                };
                let code = matcher.country_of(hit).unwrap_or_default().to_owned();
                if is_related(hit) {
                    related.push((code, entry));
                } else {
                    fitting.push((code, entry));
                }
            }
            Kind::Bip => bips.extend(bip(matcher, hit, locale)),
        }
    }
    // In the order of their dates, as a student plans (the search ranks them by fit).
    let starts = |b: &BipEntry| {
        let physical = matcher.bip(&b.id).and_then(|bip| bip.physical.as_ref());
        (
            physical.is_none(),
            physical.map(|p| p.start.as_str().to_owned()),
        )
    };
    crate::order::sort_by(&mut bips, |a, b| starts(a).cmp(&starts(b)));
    Ok(Listing {
        locale,
        programme: programme.map(|p| p.name.get(locale).to_owned()),
        countries: by_country(fitting, locale),
        related: by_country(related, locale),
        bips,
        notice: matcher
            .catalogue()
            .notice
            .as_ref()
            .map(|n| n.get(locale).to_owned()),
    })
}

/// A hit open to a related programme rather than the programme itself (the search's own
/// mark: its `related-field` warning).
pub fn is_related(hit: &Hit) -> bool {
    hit.warnings
        .iter()
        .any(|w| w.code == NoteCode::RelatedField)
}

/// Entries grouped by country: countries, and entries in each, in alphabetical order.
fn by_country(entries: Vec<(String, Entry)>, locale: Locale) -> Vec<Country> {
    let mut countries: Vec<Country> = Vec::new();
    for (code, entry) in entries {
        match countries.iter_mut().find(|c| c.code == code) {
            Some(country) => country.institutions.push(entry),
            None => countries.push(Country {
                name: country_name(&code, locale),
                code,
                institutions: vec![entry],
            }),
        }
    }
    let folded = |text: &str| crate::text::fold(text);
    crate::order::sort_by(&mut countries, |a, b| folded(&a.name).cmp(&folded(&b.name)));
    for country in &mut countries {
        crate::order::sort_by(&mut country.institutions, |a, b| {
            folded(&a.name).cmp(&folded(&b.name))
        });
    }
    countries
}

fn entry(
    matcher: &Matcher,
    hit: &Hit,
    programme: Option<&Programme>,
    locale: Locale,
) -> Option<Entry> {
    let institution = matcher.institution(&hit.id)?;
    let offers = hit
        .agreements
        .iter()
        .filter_map(|&i| institution.agreements.get(i))
        .map(|a| offer(matcher, a, programme, locale))
        .collect();
    Some(Entry {
        id: hit.id.clone(),
        name: institution.name.get(locale).to_owned(),
        city: institution.city.get(locale).to_owned(),
        website: institution.website.as_ref().map(|w| w.as_str().to_owned()),
        offers,
    })
}

/// "Study exchange – Bachelor, Master · Spring semester · 2 places · English B2", and the
/// programmes it is for when that is not the listed one ("for Film").
fn offer(
    matcher: &Matcher,
    agreement: &Agreement,
    programme: Option<&Programme>,
    locale: Locale,
) -> String {
    let mut parts = Vec::new();
    if let Some(ids) = agreement
        .programmes
        .as_ref()
        .filter(|_| programme.is_none_or(|p| !agreement.covers(p)))
    {
        let names: Vec<String> = ids
            .iter()
            .map(|id| {
                matcher
                    .catalogue()
                    .programme(id.as_str())
                    .map_or_else(|| id.to_string(), |p| p.name.get(locale).to_owned())
            })
            .collect();
        parts.push(fill(
            FOR_PROGRAMMES.get(locale),
            &[&and_list(&names, locale)],
        ));
    }
    if let Some(levels) = &agreement.levels {
        let names: Vec<&str> = levels.iter().map(|l| level_label(*l).get(locale)).collect();
        parts.push(names.join(", "));
    }
    if let Some(terms) = &agreement.terms {
        let names: Vec<&str> = terms.iter().map(|t| term_label(*t).get(locale)).collect();
        parts.push(names.join(", "));
    }
    if let Some(places) = agreement.places {
        parts.push(ui::places(places, locale));
    }
    if !agreement.languages.is_empty() {
        let languages: Vec<String> = agreement
            .languages
            .iter()
            .map(|l| language_level(l, locale))
            .collect();
        parts.push(or_list(&languages, locale));
    }
    let mobility = mobility_label(agreement.mobility).get(locale);
    if parts.is_empty() {
        mobility.to_owned()
    } else {
        format!("{mobility} – {}", parts.join(" · "))
    }
}

fn bip(matcher: &Matcher, hit: &Hit, locale: Locale) -> Option<BipEntry> {
    let bip = matcher.bip(&hit.id)?;
    let when_where = match (&bip.physical, &bip.virtual_part) {
        (Some(p), _) => Some(format!(
            "{}, {} ({})",
            format_date_range(p.start.as_str(), p.end.as_str(), locale),
            p.city.get(locale),
            country_name(p.country.as_str(), locale)
        )),
        (None, Some(online)) => Some(online.get(locale).to_owned()),
        (None, None) => None,
    };
    Some(BipEntry {
        id: hit.id.clone(),
        title: bip.title.get(locale).to_owned(),
        when_where,
        url: bip.url.as_ref().map(|u| u.as_str().to_owned()),
    })
}
