//! What a stay abroad will bring in: an Erasmus+ estimate for a result, from the catalogue's
//! `funding` amounts (kept by the international office) and, for travel, the Programme Guide's
//! table built in when the catalogue gives none. Words: `i18n::estimate`.
//!
//! Who gets what (Erasmus+ Programme Guide 2024): short-term (BIP) and staff mobility get
//! travel support by distance band, more for green travel; semester students (study and
//! traineeship) get a monthly grant by the destination's country group and, travelling green,
//! a top-up and extra days; their travel support by distance is for students with fewer
//! opportunities only. Agreements funded otherwise (Global Minds, bilateral) say so instead.

use crate::catalogue::{
    AcademicYear, CountryCode, Funding, FundingYear, Mobility, TravelBand, GUIDE_TRAVEL,
};
use crate::search::{Hit, Kind, Matcher};

/// What a result brings in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Estimate {
    /// Funded by Erasmus+: the amounts.
    Erasmus(Amounts),
    /// Funded otherwise: the agreement says how (its notes tell more).
    Other(Funding),
}

/// Erasmus+ amounts for one result, in euros.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amounts {
    /// The academic year whose amounts the catalogue gives, if it gives any.
    pub year: Option<AcademicYear>,
    /// Travel support for the distance: standard, and green when its band has its own.
    pub travel: Option<(u32, Option<u32>)>,
    /// The travel amounts come from the Programme Guide built in, not from the catalogue.
    pub travel_from_guide: bool,
    /// Travel support by distance is only for students with fewer opportunities (semester
    /// students).
    pub travel_fewer_opportunities: bool,
    /// The monthly grant, and the months of the stay when known.
    pub monthly: Option<u32>,
    pub months: Option<u32>,
    /// Travelling green: the top-up and the most extra days.
    pub green_top_up: Option<u32>,
    pub green_days: Option<u32>,
}

impl Amounts {
    /// The grant for the whole stay, when both the monthly amount and the months are known.
    pub fn total_grant(&self) -> Option<u32> {
        Some(self.monthly?.saturating_mul(self.months?))
    }
}

/// The estimate for `hit`, a result of a search with `m` (its records found by id, as every
/// card asks for its own).
pub fn estimate(m: &Matcher, hit: &Hit) -> Option<Estimate> {
    let funding = m.catalogue().funding.as_ref();
    let year = funding.and_then(|f| f.latest());
    let km = hit.distance_km;
    match hit.kind {
        Kind::Bip => Some(Estimate::Erasmus(short_term(year, km))),
        Kind::Institution => {
            let institution = m.institution(&hit.id)?;
            let agreement = institution.agreements.get(*hit.agreements.first()?)?;
            match agreement.funding {
                Some(other @ (Funding::GlobalMinds | Funding::Bilateral | Funding::Other)) => {
                    Some(Estimate::Other(other))
                }
                _ => Some(Estimate::Erasmus(match agreement.mobility {
                    Mobility::Study | Mobility::Traineeship => {
                        let mut amounts = short_term(year, km);
                        amounts.travel_fewer_opportunities = true;
                        let group = year.and_then(|y| {
                            group_amount(y, &institution.country, agreement.mobility)
                        });
                        amounts.monthly = group;
                        amounts.months = agreement.months;
                        amounts.green_top_up = year.and_then(|y| y.green_top_up);
                        amounts.green_days = year.and_then(|y| y.green_days);
                        amounts
                    }
                    Mobility::StaffTeaching | Mobility::StaffTraining => short_term(year, km),
                })),
            }
        }
    }
}

/// Travel support by distance, from the catalogue's year or the Programme Guide.
fn short_term(year: Option<&FundingYear>, km: Option<u32>) -> Amounts {
    let own = year.and_then(|y| y.travel.as_deref());
    let bands: &[TravelBand] = own.unwrap_or(&GUIDE_TRAVEL);
    Amounts {
        year: year.map(|y| y.year.clone()),
        travel: km.and_then(|km| band_for(bands, km)),
        travel_from_guide: own.is_none(),
        travel_fewer_opportunities: false,
        monthly: None,
        months: None,
        green_top_up: None,
        green_days: None,
    }
}

/// The amounts of the band `km` falls in: the last band starting at or below it.
fn band_for(bands: &[TravelBand], km: u32) -> Option<(u32, Option<u32>)> {
    let mut found = None;
    for band in bands {
        if band.from_km <= km {
            found = Some((band.standard, band.green));
        }
    }
    found
}

/// The monthly grant of `mobility` in the country group of `country`.
fn group_amount(year: &FundingYear, country: &CountryCode, mobility: Mobility) -> Option<u32> {
    let group = year
        .monthly
        .iter()
        .find(|g| g.countries.contains(country))?;
    match mobility {
        Mobility::Study => group.study,
        Mobility::Traineeship => group.traineeship,
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_fall_in_the_programme_guides_bands() {
        assert_eq!(band_for(&GUIDE_TRAVEL, 5), None);
        assert_eq!(band_for(&GUIDE_TRAVEL, 10), Some((28, Some(56))));
        assert_eq!(band_for(&GUIDE_TRAVEL, 823), Some((309, Some(417))));
        assert_eq!(band_for(&GUIDE_TRAVEL, 1999), Some((309, Some(417))));
        assert_eq!(band_for(&GUIDE_TRAVEL, 2000), Some((395, Some(535))));
        assert_eq!(band_for(&GUIDE_TRAVEL, 5000), Some((1188, None)));
        assert_eq!(band_for(&GUIDE_TRAVEL, 9000), Some((1735, None)));
    }
}
