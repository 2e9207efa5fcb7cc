//! What the map module (`map-module/`) does for the widget, on the texts of `wire`: groups
//! the results into markers, then draws the map view's markup from them at each view. The
//! widget keeps the map's state, fetches, listeners and switch; everything the map alone
//! needs to compute and write is here, in a second wasm fetched only when a student first
//! opens the map (docs/performance.md, "The map": it keeps 5 KB gzip out of the first
//! download).

use super::camera::Camera;
use super::markers::Markers;
use super::markup::{legend_and_choice, tools};
use super::outline::push_int;
use super::wire;
use crate::i18n::{fill, map as words, ui};
use crate::locale::Locale;

/// Separates the parts of `draw`'s answer (never in catalogue text: `wire`).
pub const PART: char = '\u{1}';

/// The markers of the results `wire::encode` wrote, as `wire::write` writes them.
pub fn group(input: &str) -> String {
    let (home, placed, unplaced) = wire::decode(input);
    wire::write(&Markers::group(home, placed, unplaced))
}

/// Where the outlines are in their loading, as the widget says it (`draw`).
pub const OUTLINES_READY: u32 = 0;
pub const OUTLINES_LOADING: u32 = 1;

/// The map view of the `markers` text (`group`) at `camera`: its parts, separated by `PART`:
/// the note (text: how many results, how the outlines are coming along (`outlines`), what is
/// not on the map; `total` results in all), the zoom tools, the SVG's `viewBox` and label,
/// the home school and markers (`star`: the home icon's path; `selected`: the chosen city's
/// key, or empty), and the legend with the chosen city's results (`page_size` results a
/// page in the list). Markup parts are escaped markup (`markup`).
#[allow(clippy::too_many_arguments)]
pub fn draw(
    markers: &str,
    selected: &str,
    camera: Camera,
    outlines: u32,
    total: usize,
    page_size: usize,
    star: &str,
    l: Locale,
) -> String {
    let map = wire::read(markers);
    let selected = Some(selected).filter(|s| !s.is_empty());
    let mut out = ui::results(total, l);
    let state = match outlines {
        OUTLINES_READY => None,
        OUTLINES_LOADING => Some(words::LOADING),
        _ => Some(words::NO_OUTLINES),
    };
    if let Some(state) = state {
        out.push_str(". ");
        out.push_str(state.get(l));
    }
    if map.unplaced > 0 {
        out.push_str(". ");
        let mut n = String::new();
        push_int(&mut n, map.unplaced as i32);
        out.push_str(&fill(words::UNPLACED.get(l), &[&n]));
    }
    out.push(PART);
    out.push_str(&tools(l));
    out.push(PART);
    out.push_str(&camera.view_box(map.frame));
    out.push(PART);
    out.push_str(words::MAP_LABEL.get(l));
    out.push(PART);
    // Markers keep their size on screen: a 640th of the visible width per unit.
    let scale = camera.visible(map.frame).w / 640.0;
    out.push_str(&map.svg(selected, scale, star, l));
    out.push(PART);
    out.push_str(&legend_and_choice(&map, selected, page_size, l));
    out
}

/// What the live region says while a city is chosen ("Lyon, France: 2 partner schools
/// selected"), or nothing when `selected` is no marker of the `markers` text.
pub fn announce(markers: &str, selected: &str, l: Locale) -> String {
    match wire::read(markers).find(selected) {
        Some(mk) => fill(words::SELECTED.get(l), &[&mk.name(l)]),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::Frame;
    use crate::search::{Criteria, Matcher};

    fn markers(l: Locale) -> (String, Markers) {
        let m = match Matcher::from_json(include_str!("../../tests/fixtures/small.json")) {
            Ok(m) => m,
            Err(rejected) => panic!("the small fixture loads: {rejected}"),
        };
        let hits = m.search(&Criteria::default()).unwrap();
        (
            group(&wire::encode(&m, &hits, l)),
            Markers::of(&m, &hits, l),
        )
    }

    #[test]
    fn draws_the_view_in_six_parts_as_the_widget_inserts_them() {
        let (text, direct) = markers(Locale::Nl);
        let (frame, fit) = wire::header(&text);
        assert_eq!(frame, direct.frame);
        let mk = &direct.markers[0];
        let drawn = draw(
            &text,
            &mk.key(),
            fit,
            OUTLINES_LOADING,
            7,
            10,
            "M0 0z",
            Locale::Nl,
        );
        let parts: Vec<&str> = drawn.split(PART).collect();
        assert_eq!(parts.len(), 6);
        assert!(
            parts[0].starts_with("7 resultaten. De kaart wordt geladen…"),
            "{}",
            parts[0]
        );
        assert_eq!(parts[1], tools(Locale::Nl));
        assert_eq!(parts[2], fit.view_box(frame));
        assert!(parts[3].starts_with("Kaart van de resultaten."));
        assert!(parts[4].contains("aria-pressed=\"true\""));
        assert_eq!(
            parts[4].matches("class=\"pm-mk ").count(),
            direct.markers.len()
        );
        assert!(
            parts[5].contains("<h4 tabindex=\"-1\">Resultaten in "),
            "{}",
            parts[5]
        );
        assert_eq!(parts[5].matches("<li><button").count(), mk.results.len());
        let none = draw(
            &text,
            "",
            Camera::default(),
            OUTLINES_READY,
            1,
            10,
            "",
            Locale::En,
        );
        assert!(none.starts_with("1 result\u{1}"), "{none}");
        assert!(!none.contains("aria-pressed=\"true\""));
        assert!(matches!(frame, Frame::Europe | Frame::World));
    }

    #[test]
    fn announces_the_chosen_city_by_name() {
        let (text, direct) = markers(Locale::En);
        let mk = &direct.markers[0];
        assert_eq!(
            announce(&text, &mk.key(), Locale::En),
            format!("{} selected", mk.name(Locale::En))
        );
        assert_eq!(announce(&text, "XX:Nowhere", Locale::En), "");
    }
}
