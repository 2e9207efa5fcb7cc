//! The home school and the markers as SVG text, which the widget inserts as one raw node in
//! its map (`markup` says why). Each marker is a button named for assistive technology and as
//! its tooltip ("Lyon, France: 2 partner schools"), `data-act="m"` and its key.

use super::markers::Markers;
use super::markup::true_false;
use super::outline::push_int;
use crate::locale::Locale;
use crate::markup::write;

/// The marker shapes, in marker units (a marker is about 24 across): a circle for partner
/// schools, a diamond for BIPs, a square for a city with both; the count inside.
const SCHOOL: &str = "M-11 0a11 11 0 1 0 22 0a11 11 0 1 0-22 0Z";
const BIP: &str = "M0-13 13 0 0 13-13 0Z";
const BOTH: &str = "M-10-10h20v20h-20Z";

/// `translate(x y) scale(s)`: a marker's place and size, the scale in thousandths
/// (`scale(1500e-3)`: SVG numbers take an exponent, which spares writing decimals).
fn place(x: f64, y: f64, s: f64) -> String {
    let mut t = String::from("translate(");
    push_int(&mut t, x.round() as i32);
    t.push(' ');
    push_int(&mut t, y.round() as i32);
    t.push_str(") scale(");
    push_int(&mut t, (s * 1000.0).round() as i32);
    t.push_str("e-3)");
    t
}

impl Markers {
    /// The home school (`star`: a 24-unit icon path) and the markers, `scale` plane units to a
    /// marker unit (so that they keep their size on screen at any zoom); the marker whose key
    /// is `selected` is pressed.
    pub fn svg(&self, selected: Option<&str>, scale: f64, star: &str, l: Locale) -> String {
        let mut out = String::new();
        if let Some((x, y)) = self.home {
            let t = place(x, y, scale);
            write(
                &mut out,
                "<path class=\"pm-home\" transform=\"{} translate(-12 -12)\" d=\"{}\" \
                 aria-hidden=\"true\"/>",
                &[&t, star],
            );
        }
        let chosen = selected.and_then(|key| self.find(key));
        for mk in &self.markers {
            let (kind, shape) = match (mk.schools, mk.bips) {
                (_, 0) => ("school", SCHOOL),
                (0, _) => ("bip", BIP),
                _ => ("both", BOTH),
            };
            let name = mk.name(l);
            let pressed = true_false(chosen.is_some_and(|c| std::ptr::eq(c, mk)));
            let t = place(mk.x, mk.y, scale);
            write(
                &mut out,
                "<g class=\"pm-mk pm-mk-{}\" role=\"button\" tabindex=\"0\" aria-label=\"{}\" \
                 aria-pressed=\"{}\" data-act=\"m{}:{}\" transform=\"{}\"><title>{}</title>\
                 <circle class=\"pm-mk-hit\" r=\"17\"/><path d=\"{}\"/>",
                &[
                    kind,
                    &name,
                    pressed,
                    &mk.country,
                    &mk.city,
                    &t,
                    &name,
                    shape,
                ],
            );
            if mk.results.len() > 1 {
                let mut n = String::new();
                push_int(&mut n, mk.results.len() as i32);
                write(
                    &mut out,
                    "<text y=\"4\" text-anchor=\"middle\" aria-hidden=\"true\">{}</text>",
                    &[&n],
                );
            }
            out.push_str("</g>");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::{Camera, Frame, Marker};

    fn marker(city: &str, schools: usize, bips: usize) -> Marker {
        Marker {
            x: 12.4,
            y: -30.6,
            city: city.into(),
            country: "FR".into(),
            results: (0..schools + bips).collect(),
            schools,
            bips,
        }
    }

    fn map(markers: Vec<Marker>) -> Markers {
        Markers {
            frame: Frame::Europe,
            markers,
            home: Some((0.0, 0.0)),
            unplaced: 0,
            fit: Camera::default(),
        }
    }

    #[test]
    fn each_marker_is_a_named_button_at_its_place_with_its_count() {
        let text = map(vec![marker("Lyon", 2, 0), marker("Arles", 0, 1)]).svg(
            Some("FR:Arles"),
            1.5,
            "M0 0z",
            Locale::En,
        );
        assert!(text.starts_with(
            "<path class=\"pm-home\" transform=\"translate(0 0) scale(1500e-3) translate(-12 -12)\" \
             d=\"M0 0z\" aria-hidden=\"true\"/>"
        ));
        assert!(text.contains(
            "<g class=\"pm-mk pm-mk-school\" role=\"button\" tabindex=\"0\" \
             aria-label=\"Lyon, France: 2 partner schools\" aria-pressed=\"false\" \
             data-act=\"mFR:Lyon\" transform=\"translate(12 -31) scale(1500e-3)\">\
             <title>Lyon, France: 2 partner schools</title>"
        ));
        assert!(text.contains("aria-hidden=\"true\">2</text></g>"));
        // One result: no count; the chosen city is pressed; a BIP is a diamond.
        let arles = &text[text.find("pm-mk-bip").unwrap()..];
        assert!(arles.contains("aria-pressed=\"true\""));
        assert!(arles.contains(BIP) && !arles.contains("<text"));
    }

    #[test]
    fn names_are_escaped() {
        let text =
            map(vec![marker("Saint-Jean & <\"Ré\"> l'Île", 1, 1)]).svg(None, 1.0, "", Locale::Nl);
        let escaped = "Saint-Jean &amp; &lt;&quot;Ré&quot;&gt; l&#39;Île";
        assert!(text.contains(&format!("aria-label=\"{escaped}, Frankrijk: 2 resultaten")));
        assert!(text.contains(&format!("data-act=\"mFR:{escaped}\"")));
        assert!(text.contains(&format!("<title>{escaped}, Frankrijk")));
        assert!(!text.contains("<\"") && !text.contains("l'"));
    }
}
