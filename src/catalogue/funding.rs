//! The catalogue's optional `funding` section: the Erasmus+ amounts the international office
//! updates each year, from which every result gets an estimate (`crate::estimate`).

use serde::{Deserialize, Serialize};

use super::values::{AcademicYear, CountryCode, WebUrl};

/// Erasmus+ amounts by academic year, and the office's page about grants.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct FundingTable {
    /// The office's page about grants: every estimate links to it.
    pub url: Option<WebUrl>,
    /// The amounts of each academic year; an estimate uses the latest.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 100)))]
    pub years: Vec<FundingYear>,
}

/// The amounts of one academic year.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct FundingYear {
    pub year: AcademicYear,
    /// Travel support by distance for short-term (BIP) and staff mobility, in euros, each band
    /// from its `from_km`; absent: the Programme Guide's table built into the tool.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 100)))]
    pub travel: Option<Vec<TravelBand>>,
    /// The green travel top-up of a semester student who travels green, in euros.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 100000)))]
    pub green_top_up: Option<u32>,
    /// The extra days of individual support for green travel, at most.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 100000)))]
    pub green_days: Option<u32>,
    /// The monthly grant of semester students by the destination's country group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 100)))]
    pub monthly: Vec<CountryGroup>,
}

/// Travel support for a distance band: from `from_km` up to the next band.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct TravelBand {
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(max = 100000)))]
    pub from_km: u32,
    /// Euros for standard travel.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 100000)))]
    pub standard: u32,
    /// Euros for green travel (train, bus, car-sharing), where the band has an amount of its own.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 100000)))]
    pub green: Option<u32>,
}

/// A country group and its monthly grants in euros, per mobility type.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct CountryGroup {
    /// The destination countries of the group (ISO 3166-1 codes).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 300)))]
    pub countries: Vec<CountryCode>,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 100000)))]
    pub study: Option<u32>,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 100000)))]
    pub traineeship: Option<u32>,
}

/// The Erasmus+ Programme Guide's travel support for short-term and staff mobility (2024 and
/// later): the only amounts built in, used when the catalogue gives none. Standard and green
/// travel in euros; the two longest bands have one amount.
pub const GUIDE_TRAVEL: [TravelBand; 7] = [
    band(10, 28, Some(56)),
    band(100, 211, Some(285)),
    band(500, 309, Some(417)),
    band(2000, 395, Some(535)),
    band(3000, 580, Some(785)),
    band(4000, 1188, None),
    band(8000, 1735, None),
];

/// The Programme Guide the built-in amounts come from.
pub const GUIDE_YEAR: u16 = 2024;

const fn band(from_km: u32, standard: u32, green: Option<u32>) -> TravelBand {
    TravelBand {
        from_km,
        standard,
        green,
    }
}

impl FundingTable {
    /// The amounts an estimate uses: the latest academic year's.
    pub fn latest(&self) -> Option<&FundingYear> {
        let mut latest: Option<&FundingYear> = None;
        for year in &self.years {
            if latest.is_none_or(|l| year.year.start_year() > l.year.start_year()) {
                latest = Some(year);
            }
        }
        latest
    }
}
