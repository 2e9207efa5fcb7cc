//! The texts the widget and the map module (`map-module/`, a second wasm fetched when a
//! student first opens the map) pass each other: plain lines of tab-separated fields, so
//! neither download carries a serialiser, and numbers as whole numbers (`push_int`), so the
//! widget carries no float formatting.
//!
//! - The widget's results (`encode`, in the widget): a first line `home-lon home-lat
//!   unplaced` (millionths of degrees), then one line per result with a place: `pos kind lon
//!   lat country city token name` (kind `s` or `b`).
//! - The markers (`write`, in the module; the widget keeps the text and reads its first
//!   line, `header`): `frame zoom cx cy unplaced [home-x home-y]` (frame 0 Europe, 1 world;
//!   zoom in millionths, centre in billionths, plane in kilometres), then per city `m x y
//!   country city` followed by its results, `pos kind token name`.
//!
//! Catalogue text is written with control characters as spaces: a field never holds a tab,
//! a line break or the `\u{1}` that separates the parts of the module's drawing.

use super::camera::Camera;
use super::markers::{place, Entry, Marker, Markers, Placed};
use super::outline::push_int;
use super::projection::Frame;
use crate::catalogue::Location;
use crate::locale::Locale;
use crate::search::{Hit, Kind, Matcher, NameLength};

/// Writes catalogue text as one field.
fn push_field(out: &mut String, text: &str) {
    out.push('\t');
    push_text(out, text);
}

fn push_text(out: &mut String, text: &str) {
    for c in text.chars() {
        out.push(if c < ' ' { ' ' } else { c });
    }
}

fn push_num(out: &mut String, n: f64, scale: f64) {
    out.push('\t');
    push_int(out, (n * scale).round() as i32);
}

/// The widget's results with a place (as `markers::places` finds them), for the map module.
/// (Written straight from the hits: the widget's download carries no `Placed`.)
pub fn encode(m: &Matcher, hits: &[Hit], l: Locale) -> String {
    let home = m.catalogue().home.location;
    let (mut out, mut unplaced) = (String::new(), 0);
    for (pos, hit) in hits.iter().enumerate() {
        let Some((city, country, at)) = place(m, hit, l) else {
            unplaced += 1;
            continue;
        };
        out.push('\n');
        push_int(&mut out, pos as i32);
        out.push_str(if hit.kind == Kind::Bip { "\tb" } else { "\ts" });
        push_num(&mut out, at.lon, 1e6);
        push_num(&mut out, at.lat, 1e6);
        push_field(&mut out, country);
        push_field(&mut out, city);
        push_field(&mut out, hit.kind.as_str());
        out.push(':');
        push_text(&mut out, &hit.id);
        let name = m.display_name(hit.kind, &hit.id, NameLength::Full, l);
        push_field(&mut out, name.unwrap_or(&hit.id));
    }
    let mut head = String::new();
    push_int(&mut head, (home.lon * 1e6).round() as i32);
    push_num(&mut head, home.lat, 1e6);
    push_num(&mut head, unplaced as f64, 1.0);
    head + &out
}

fn int(field: Option<&str>) -> i32 {
    field.and_then(|f| f.parse().ok()).unwrap_or_default()
}

fn field(f: Option<&str>) -> String {
    f.unwrap_or_default().to_owned()
}

/// The results `encode` wrote: home, the placed results and how many have no place.
pub fn decode(input: &str) -> (Location, Vec<Placed>, usize) {
    let mut lines = input.split('\n');
    let mut head = lines.next().unwrap_or_default().split('\t');
    let home = Location {
        lon: f64::from(int(head.next())) / 1e6,
        lat: f64::from(int(head.next())) / 1e6,
    };
    let unplaced = int(head.next()) as usize;
    let mut placed = Vec::new();
    for line in lines {
        let mut f = line.split('\t');
        let pos = int(f.next()) as usize;
        let bip = f.next() == Some("b");
        let lon = f64::from(int(f.next())) / 1e6;
        let lat = f64::from(int(f.next())) / 1e6;
        placed.push(Placed {
            bip,
            at: Location { lat, lon },
            country: field(f.next()),
            city: field(f.next()),
            entry: Entry {
                pos,
                token: field(f.next()),
                name: field(f.next()),
            },
        });
    }
    (home, placed, unplaced)
}

/// The markers as the widget keeps them between searches.
pub fn write(markers: &Markers) -> String {
    let mut out = String::new();
    let c = markers.fit;
    out.push(if markers.frame == Frame::World {
        '1'
    } else {
        '0'
    });
    push_num(&mut out, c.zoom, 1e6);
    push_num(&mut out, c.cx, 1e9);
    push_num(&mut out, c.cy, 1e9);
    push_num(&mut out, markers.unplaced as f64, 1.0);
    if let Some((x, y)) = markers.home {
        push_num(&mut out, x, 1.0);
        push_num(&mut out, y, 1.0);
    }
    for mk in &markers.markers {
        out.push_str("\nm");
        push_num(&mut out, mk.x, 1.0);
        push_num(&mut out, mk.y, 1.0);
        push_field(&mut out, &mk.country);
        push_field(&mut out, &mk.city);
        for e in &mk.results {
            out.push('\n');
            push_int(&mut out, e.pos as i32);
            // Each result's kind: a marker's counts are read back from them.
            out.push_str(if e.token.starts_with("bip:") {
                "\tb"
            } else {
                "\ts"
            });
            push_field(&mut out, &e.token);
            push_field(&mut out, &e.name);
        }
    }
    out
}

/// The frame and the view that fits the markers, from the first line of `write`'s text
/// (all the widget reads of it; the parts are whole numbers, none negative).
pub fn header(text: &str) -> (Frame, Camera) {
    let mut f = text.split('\n').next().unwrap_or_default().split('\t');
    let frame = match f.next() {
        Some("1") => Frame::World,
        _ => Frame::Europe,
    };
    let mut num = |scale: f64| {
        let n: u32 = f.next().and_then(|f| f.parse().ok()).unwrap_or_default();
        f64::from(n) / scale
    };
    let camera = Camera {
        zoom: num(1e6),
        cx: num(1e9),
        cy: num(1e9),
    };
    (frame, camera)
}

/// The markers `write` wrote.
pub fn read(text: &str) -> Markers {
    let mut lines = text.split('\n');
    let (frame, fit) = header(text);
    let mut head = lines.next().unwrap_or_default().split('\t').skip(4);
    let unplaced = int(head.next()) as usize;
    let home = match (head.next(), head.next()) {
        (Some(x), Some(y)) => Some((f64::from(int(Some(x))), f64::from(int(Some(y))))),
        _ => None,
    };
    let mut markers: Vec<Marker> = Vec::new();
    for line in lines {
        let mut f = line.split('\t');
        let first = f.next();
        if first == Some("m") {
            markers.push(Marker {
                x: f64::from(int(f.next())),
                y: f64::from(int(f.next())),
                country: field(f.next()),
                city: field(f.next()),
                results: Vec::new(),
                schools: 0,
                bips: 0,
            });
            continue;
        }
        let Some(mk) = markers.last_mut() else {
            continue;
        };
        if f.next() == Some("b") {
            mk.bips += 1;
        } else {
            mk.schools += 1;
        }
        mk.results.push(Entry {
            pos: int(first) as usize,
            token: field(f.next()),
            name: field(f.next()),
        });
    }
    Markers {
        frame,
        markers,
        home,
        unplaced,
        fit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Locale;
    use crate::map::markers::places;
    use crate::search::{Criteria, Matcher};

    fn matcher() -> Matcher {
        match Matcher::from_json(include_str!("../../tests/fixtures/small.json")) {
            Ok(m) => m,
            Err(rejected) => panic!("the small fixture loads: {rejected}"),
        }
    }

    /// Rounded as the texts round: degrees to millionths, the plane to kilometres.
    fn rounded(mut markers: Markers) -> Markers {
        for mk in &mut markers.markers {
            (mk.x, mk.y) = (mk.x.round(), mk.y.round());
        }
        markers.home = markers.home.map(|(x, y)| (x.round(), y.round()));
        let c = markers.fit;
        markers.fit = Camera {
            zoom: (c.zoom * 1e6).round() / 1e6,
            cx: (c.cx * 1e9).round() / 1e9,
            cy: (c.cy * 1e9).round() / 1e9,
        };
        markers
    }

    #[test]
    fn the_module_groups_what_the_widget_sends_as_the_widget_would() {
        let m = matcher();
        for l in [Locale::En, Locale::Nl] {
            let hits = m.search(&Criteria::default()).unwrap();
            let (placed, unplaced) = places(&m, &hits, l);
            let home = m.catalogue().home.location;
            let (home2, placed2, unplaced2) = decode(&encode(&m, &hits, l));
            assert!((home2.lon - home.lon).abs() < 1e-6 && (home2.lat - home.lat).abs() < 1e-6);
            assert_eq!(unplaced2, unplaced);
            assert_eq!(placed2.len(), placed.len());
            for (a, b) in placed.iter().zip(&placed2) {
                assert_eq!(
                    (&a.entry, a.bip, &a.city, &a.country),
                    (&b.entry, b.bip, &b.city, &b.country)
                );
                assert!((a.at.lon - b.at.lon).abs() < 1e-6 && (a.at.lat - b.at.lat).abs() < 1e-6);
            }
            let markers = Markers::group(home2, placed2, unplaced2);
            let direct = Markers::of(&m, &hits, l);
            assert_eq!(markers.markers.len(), direct.markers.len());
            assert_eq!(read(&write(&markers)), rounded(markers.clone()));
            assert_eq!(
                header(&write(&markers)),
                (markers.frame, rounded(markers).fit)
            );
        }
    }

    #[test]
    fn catalogue_text_stays_in_its_field() {
        let mut line = String::from("51000000\t3700000\t0\n3\ts\t-1250000\t45500000");
        for field in ["FR", "Saint-Jean & <\"Ré\">", "institution:a"] {
            push_field(&mut line, field);
        }
        push_field(&mut line, "A\tschool\nwith\u{1}breaks");
        let (_, back, _) = decode(&line);
        assert_eq!(back[0].entry.name, "A school with breaks");
        assert_eq!(back[0].city, "Saint-Jean & <\"Ré\">");
        assert_eq!((back[0].at.lon, back[0].at.lat), (-1.25, 45.5));
        assert_eq!(back[0].entry.pos, 3);
        assert_eq!(read("garbage\n\tno marker yet").markers, Vec::new());
    }
}
