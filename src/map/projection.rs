//! Map projections, and the two frames the map shows: Europe, in a Lambert azimuthal
//! equal-area projection centred on Europe (the one of the EU's statistics, ETRS89-LAEA:
//! 10°E 52°N), and the world, in the Equal Earth projection. Both keep areas true, so no
//! country looks bigger than it is. Output is in kilometres on the plane, y pointing down
//! (as in SVG).

use crate::geo::trig::{asin, cos, sin};

const R: f64 = 6371.0;

/// Which part of the world the map shows, and so its projection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    Europe,
    World,
}

/// A rectangle on the projected plane (kilometres): left, top, width, height.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// Europe's box (degrees): a place inside it is "in Europe" for the map, which then shows the
/// Europe frame (west, east, south, north; the Canaries, Iceland and Cyprus are in it).
const EUROPE_BOX: [f64; 4] = [-32.0, 45.0, 27.0, 72.0];

impl Frame {
    /// The frame for places at these (longitude, latitude): Europe when every one is in
    /// Europe (and when there is none), the world otherwise.
    pub fn fitting(places: &[(f64, f64)]) -> Frame {
        let [w, e, s, n] = EUROPE_BOX;
        for &(lon, lat) in places {
            if lon < w || lon > e || lat < s || lat > n {
                return Frame::World;
            }
        }
        Frame::Europe
    }

    /// What the frame shows at zoom 1: Lisbon to Moscow, Crete to the North Cape; the world
    /// without Antarctica.
    pub fn rect(self) -> Rect {
        match self {
            Frame::Europe => Rect {
                x: -2000.0,
                y: -2200.0,
                w: 4600.0,
                h: 4200.0,
            },
            Frame::World => Rect {
                x: -17300.0,
                y: -8400.0,
                w: 34600.0,
                h: 15000.0,
            },
        }
    }

    /// Projects a point (degrees) onto the plane. None where the Europe projection cannot
    /// show it usefully (near the far side of the Earth, stretched into a ring).
    pub fn project(self, lon: f64, lat: f64) -> Option<(f64, f64)> {
        match self {
            Frame::Europe => laea(lon, lat),
            Frame::World => Some(equal_earth(lon, lat)),
        }
    }
}

/// Lambert azimuthal equal-area, centred on 10°E 52°N.
fn laea(lon: f64, lat: f64) -> Option<(f64, f64)> {
    let (phi0, lambda0) = (52f64.to_radians(), 10f64.to_radians());
    let (phi, dl) = (lat.to_radians(), lon.to_radians() - lambda0);
    let (sin0, cos0) = (sin(phi0), cos(phi0));
    let (sinp, cosp, cosl) = (sin(phi), cos(phi), cos(dl));
    let cos_c = sin0 * sinp + cos0 * cosp * cosl;
    // Past about 155° from the centre the projection stretches a few degrees into thousands
    // of kilometres: such points (New Zealand, the South Pacific) are left out of Europe.
    if cos_c < -0.9 {
        return None;
    }
    let k = (2.0 / (1.0 + cos_c)).sqrt();
    Some((
        R * k * cosp * sin(dl),
        -R * k * (cos0 * sinp - sin0 * cosp * cosl),
    ))
}

/// Equal Earth (Šavrič, Patterson, Jenny 2018), centred on Greenwich.
fn equal_earth(lon: f64, lat: f64) -> (f64, f64) {
    const A1: f64 = 1.340264;
    const A2: f64 = -0.081106;
    const A3: f64 = 0.000893;
    const A4: f64 = 0.003796;
    let m = 3f64.sqrt() / 2.0;
    let theta = asin(m * sin(lat.to_radians()));
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = 2.0 * 3f64.sqrt() * lon.to_radians() * cos(theta)
        / (3.0 * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (R * x, -R * y)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inside(r: Rect, (x, y): (f64, f64)) -> bool {
        x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h
    }

    #[test]
    fn europe_is_centred_on_10e_52n_and_keeps_distances_near_the_centre() {
        let (x, y) = Frame::Europe.project(10.0, 52.0).unwrap();
        assert!(x.abs() < 1e-6 && y.abs() < 1e-6);
        // One degree of latitude is about 111 km, north is up (y smaller).
        let (_, north) = Frame::Europe.project(10.0, 53.0).unwrap();
        assert!((north + 111.2).abs() < 0.5, "{north}");
    }

    #[test]
    fn the_europe_frame_shows_the_corners_of_europe() {
        let r = Frame::Europe.rect();
        for (city, lon, lat) in [
            ("Lisbon", -9.14, 38.72),
            ("Moscow", 37.62, 55.75),
            ("Heraklion", 25.13, 35.34),
            ("Nordkapp", 25.78, 71.17),
            ("Reykjavik", -21.9, 64.1),
            ("Nicosia", 33.36, 35.17),
            ("Ghent", 3.72, 51.05),
        ] {
            let p = Frame::Europe.project(lon, lat).unwrap();
            assert!(inside(r, p), "{city} at {p:?} is outside {r:?}");
        }
    }

    #[test]
    fn the_world_frame_shows_every_continent_but_antarctica() {
        let r = Frame::World.rect();
        for (lon, lat) in [(-180.0, 0.0), (180.0, 0.0), (0.0, 83.0), (-68.0, -56.0)] {
            let p = Frame::World.project(lon, lat).unwrap();
            assert!(inside(r, p), "{lon},{lat} at {p:?} is outside {r:?}");
        }
        // Equal Earth's width is about 2.05 times its height.
        let (east, _) = equal_earth(180.0, 0.0);
        let (_, north) = equal_earth(0.0, 90.0);
        assert!((east / -north - 2.05).abs() < 0.01, "{}", east / -north);
    }

    #[test]
    fn the_far_side_of_the_earth_is_not_drawn_in_the_europe_frame() {
        assert!(Frame::Europe.project(174.8, -41.3).is_none(), "Wellington");
        assert!(Frame::Europe.project(151.2, -33.9).is_some(), "Sydney");
    }

    #[test]
    fn the_frame_is_europe_only_when_every_place_is_in_europe() {
        assert_eq!(Frame::fitting(&[]), Frame::Europe);
        assert_eq!(Frame::fitting(&[(4.8, 45.8), (-15.4, 28.1)]), Frame::Europe);
        assert_eq!(Frame::fitting(&[(4.8, 45.8), (-74.0, 40.7)]), Frame::World);
    }
}
