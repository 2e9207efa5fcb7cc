//! The results as places on the map: one marker per city (its results in ranked order, its
//! counts by kind), in keyboard order from west to east, and the frame that shows them.

use super::camera::Camera;
use super::projection::Frame;
use crate::catalogue::{Location, HOME_HOST};
use crate::i18n::{country_name, map::marker_name};
use crate::locale::Locale;
use crate::search::{Hit, Kind, Matcher};

/// A city with results.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// Where on the plane of the frame (kilometres).
    pub x: f64,
    pub y: f64,
    /// The city as the catalogue names it in the locale, and its country code.
    pub city: String,
    pub country: String,
    /// Positions of its results among the hits, best first.
    pub results: Vec<usize>,
    pub schools: usize,
    pub bips: usize,
}

impl Marker {
    /// Its name for assistive technology and its tooltip: "Lyon, France: 2 partner schools".
    pub fn name(&self, l: Locale) -> String {
        marker_name(&self.place(l), self.schools, self.bips, l)
    }

    /// "Lyon, France": the city and its country in the locale.
    pub fn place(&self, l: Locale) -> String {
        let mut s = self.city.clone();
        s.push_str(", ");
        s.push_str(&country_name(&self.country, l));
        s
    }

    /// A key that stays the same while the city has results (for the selection; the
    /// markers' `data-act` and `Markers::find` write and read it too).
    pub fn key(&self) -> String {
        let mut key = self.country.clone();
        key.push(':');
        key.push_str(&self.city);
        key
    }
}

/// The map of a search's results.
#[derive(Debug, Clone, PartialEq)]
pub struct Markers {
    pub frame: Frame,
    /// Left to right as on the map (west to east), then top to bottom: the keyboard's order.
    pub markers: Vec<Marker>,
    /// The home school on the plane.
    pub home: Option<(f64, f64)>,
    /// Results with no place to show (BIPs only online).
    pub unplaced: usize,
    /// The view that shows every marker and home.
    pub fit: Camera,
}

/// Where a result is: (city, country, location).
fn place<'m>(m: &'m Matcher, hit: &Hit, l: Locale) -> Option<(&'m str, &'m str, Location)> {
    let home = &m.catalogue().home;
    match hit.kind {
        Kind::Institution => {
            let i = m.institution(&hit.id)?;
            Some((i.city.get(l), i.country.as_str(), i.location))
        }
        Kind::Bip => {
            let b = m.bip(&hit.id)?;
            let p = b.physical.as_ref()?;
            // Without its own point, a BIP meets where its host is.
            let at = p.location.or_else(|| match b.host.as_str() {
                HOME_HOST => Some(home.location),
                host => m.institution(host).map(|i| i.location),
            })?;
            Some((p.city.get(l), p.country.as_str(), at))
        }
    }
}

/// Left to right on the map (west to east), then top to bottom.
fn before(a: &Marker, b: &Marker) -> bool {
    a.x < b.x || (a.x == b.x && a.y < b.y)
}

impl Markers {
    /// One marker per city of `hits` (same country, same name), where its first result is,
    /// in the frame that fits them.
    pub fn of(m: &Matcher, hits: &[Hit], l: Locale) -> Markers {
        let mut markers: Vec<Marker> = Vec::new();
        let mut unplaced = 0;
        for (i, hit) in hits.iter().enumerate() {
            let Some((city, country, at)) = place(m, hit, l) else {
                unplaced += 1;
                continue;
            };
            let found = markers
                .iter()
                .position(|mk| mk.country == country && mk.city == city);
            let index = match found {
                Some(index) => index,
                None => {
                    // Longitude and latitude until the frame is known.
                    markers.push(Marker {
                        x: at.lon,
                        y: at.lat,
                        city: city.to_owned(),
                        country: country.to_owned(),
                        results: Vec::new(),
                        schools: 0,
                        bips: 0,
                    });
                    markers.len() - 1
                }
            };
            if let Some(mk) = markers.get_mut(index) {
                mk.results.push(i);
                match hit.kind {
                    Kind::Institution => mk.schools += 1,
                    Kind::Bip => mk.bips += 1,
                }
            }
        }
        let mut points = Vec::new();
        for mk in &markers {
            points.push((mk.x, mk.y));
        }
        let frame = Frame::fitting(&points);
        let home = m.catalogue().home.location;
        let home = frame.project(home.lon, home.lat);
        points.clear();
        points.extend(home);
        for mk in &mut markers {
            // Every place of the frame projects (the frame was chosen to fit them).
            (mk.x, mk.y) = frame.project(mk.x, mk.y).unwrap_or_default();
            points.push((mk.x, mk.y));
        }
        // Left to right as on the map: an insertion sort, as there are few cities and
        // another instance of the crate's sort would weigh on the download.
        for i in 1..markers.len() {
            let mut j = i;
            while j > 0 && before(&markers[j], &markers[j - 1]) {
                markers.swap(j, j - 1);
                j -= 1;
            }
        }
        Markers {
            frame,
            fit: Camera::fitting(frame, &points),
            markers,
            home,
            unplaced,
        }
    }

    /// The marker with this key.
    pub fn find(&self, key: &str) -> Option<&Marker> {
        let key = key.split_once(':');
        self.markers
            .iter()
            .find(|mk| key == Some((&mk.country, &mk.city)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Criteria;

    const SMALL: &str = include_str!("../../tests/fixtures/small.json");

    fn matcher() -> Matcher {
        match Matcher::from_json(SMALL) {
            Ok(m) => m,
            Err(rejected) => panic!("the small fixture loads: {rejected}"),
        }
    }

    fn hits(m: &Matcher, criteria: &str) -> Vec<Hit> {
        let c: Criteria = serde_json::from_str(criteria).unwrap();
        m.search(&c).unwrap()
    }

    #[test]
    fn one_marker_per_city_with_every_result_once() {
        let m = matcher();
        let hits = hits(&m, "{}");
        let map = Markers::of(&m, &hits, Locale::En);
        let mut seen: Vec<usize> = Vec::new();
        for mk in &map.markers {
            assert_eq!(mk.results.len(), mk.schools + mk.bips);
            for &i in &mk.results {
                let (city, country, _) = place(&m, &hits[i], Locale::En).unwrap();
                assert_eq!((city, country), (mk.city.as_str(), mk.country.as_str()));
                seen.push(i);
            }
        }
        assert_eq!(seen.len() + map.unplaced, hits.len());
        let mut keys: Vec<String> = map.markers.iter().map(Marker::key).collect();
        keys.dedup();
        assert_eq!(keys.len(), map.markers.len(), "one marker per city");
    }

    #[test]
    fn markers_run_left_to_right_as_on_the_map() {
        let m = matcher();
        let map = Markers::of(&m, &hits(&m, "{}"), Locale::En);
        assert!(map.markers.len() > 1);
        for pair in map.markers.windows(2) {
            assert!(
                pair[0].x <= pair[1].x,
                "{} before {}",
                pair[0].city,
                pair[1].city
            );
        }
    }

    #[test]
    fn results_outside_europe_show_the_world() {
        let m = matcher();
        let all = hits(&m, "{}");
        let map = Markers::of(&m, &all, Locale::En);
        let outside = all.iter().any(|h| {
            place(&m, h, Locale::En)
                .is_some_and(|(_, _, at)| Frame::fitting(&[(at.lon, at.lat)]) == Frame::World)
        });
        let expected = if outside { Frame::World } else { Frame::Europe };
        assert_eq!(map.frame, expected);
        let europe: Vec<Hit> = all
            .into_iter()
            .filter(|h| {
                place(&m, h, Locale::En)
                    .is_some_and(|(_, _, at)| Frame::fitting(&[(at.lon, at.lat)]) == Frame::Europe)
            })
            .collect();
        assert_eq!(Markers::of(&m, &europe, Locale::En).frame, Frame::Europe);
        assert!(map.home.is_some());
    }

    #[test]
    fn a_marker_is_named_by_city_country_and_counts() {
        let mk = Marker {
            x: 0.0,
            y: 0.0,
            city: "Lyon".into(),
            country: "FR".into(),
            results: vec![0, 1],
            schools: 2,
            bips: 0,
        };
        assert_eq!(mk.name(Locale::En), "Lyon, France: 2 partner schools");
        assert_eq!(mk.name(Locale::Nl), "Lyon, Frankrijk: 2 partnerscholen");
        assert_eq!(mk.key(), "FR:Lyon");
    }
}
