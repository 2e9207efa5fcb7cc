//! Great-circle distance and the Erasmus+ distance bands.

use serde::{Deserialize, Serialize};

use crate::catalogue::Location;
use crate::named::named_enum;

/// Mean Earth radius (IUGG), in kilometres.
const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Great-circle distance in kilometres (haversine formula).
pub fn distance_km(a: Location, b: Location) -> f64 {
    let (lat1, lat2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = trig::sin(dlat / 2.0).powi(2)
        + trig::cos(lat1) * trig::cos(lat2) * trig::sin(dlon / 2.0).powi(2);
    2.0 * EARTH_RADIUS_KM * trig::asin(h.sqrt().min(1.0))
}

/// Sine, cosine and arcsine: Rust's own natively; in the browser the engine's `Math`, so that
/// the download carries no second copy of them (about 8 KB of wasm).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod trig {
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
    pub fn asin(x: f64) -> f64 {
        x.asin()
    }
}

#[cfg(target_arch = "wasm32")]
pub(crate) mod trig {
    pub use js_sys::Math::{asin, cos, sin};
}

named_enum! { serde
    /// The Erasmus+ travel distance bands, which set the travel grant. The first, under
    /// 10 km, has no travel grant.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum DistanceBand {
        Under10 = "0-9",
        From10 = "10-99",
        From100 = "100-499",
        From500 = "500-1999",
        From2000 = "2000-2999",
        From3000 = "3000-3999",
        From4000 = "4000-7999",
        From8000 = "8000+",
    }
}

impl DistanceBand {
    /// The band of a distance, by whole kilometres as the Erasmus+ distance calculator rounds.
    pub fn of(km: f64) -> DistanceBand {
        let km = km.round() as u64;
        let mut band = DistanceBand::Under10;
        for candidate in DistanceBand::ALL {
            if candidate.bounds_km().0 <= km {
                band = candidate;
            }
        }
        band
    }

    /// The band's lowest and highest whole kilometres; the last band has no highest.
    pub fn bounds_km(self) -> (u64, Option<u64>) {
        match self {
            DistanceBand::Under10 => (0, Some(9)),
            DistanceBand::From10 => (10, Some(99)),
            DistanceBand::From100 => (100, Some(499)),
            DistanceBand::From500 => (500, Some(1999)),
            DistanceBand::From2000 => (2000, Some(2999)),
            DistanceBand::From3000 => (3000, Some(3999)),
            DistanceBand::From4000 => (4000, Some(7999)),
            DistanceBand::From8000 => (8000, None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GHENT: Location = Location {
        lat: 51.0543,
        lon: 3.7174,
    };

    #[test]
    fn distances_match_known_values() {
        let lyon = Location {
            lat: 45.767,
            lon: 4.834,
        };
        let montreal = Location {
            lat: 45.5017,
            lon: -73.5673,
        };
        let d = distance_km(GHENT, lyon);
        assert!((d - 594.0).abs() < 2.0, "Ghent-Lyon {d}");
        let d = distance_km(GHENT, montreal);
        assert!((d - 5485.0).abs() < 2.0, "Ghent-Montreal {d}");
        assert_eq!(distance_km(GHENT, GHENT), 0.0);
        let antipode = Location {
            lat: -51.0543,
            lon: -176.2826,
        };
        assert!((distance_km(GHENT, antipode) - 20015.1).abs() < 1.0);
    }

    #[test]
    fn bands_follow_erasmus_rules() {
        assert_eq!(DistanceBand::of(9.4), DistanceBand::Under10);
        assert_eq!(DistanceBand::of(99.0), DistanceBand::From10);
        assert_eq!(DistanceBand::of(612.0).as_str(), "500-1999");
        assert_eq!(DistanceBand::of(1999.4), DistanceBand::From500);
        assert_eq!(DistanceBand::of(1999.6), DistanceBand::From2000);
        assert_eq!(DistanceBand::of(12000.0).as_str(), "8000+");
    }

    #[test]
    fn band_json_names_are_the_erasmus_names() {
        let names: Vec<_> = DistanceBand::ALL.map(DistanceBand::as_str).to_vec();
        assert_eq!(
            names.join(" "),
            "0-9 10-99 100-499 500-1999 2000-2999 3000-3999 4000-7999 8000+"
        );
        for band in DistanceBand::ALL {
            let name = band.as_str();
            assert_eq!(serde_json::to_value(band).ok(), Some(name.into()));
            assert_eq!(DistanceBand::parse(name), Some(band));
            let written = match band.bounds_km() {
                (low, Some(high)) => format!("{low}-{high}"),
                (low, None) => format!("{low}+"),
            };
            assert_eq!(written, name);
        }
    }
}
