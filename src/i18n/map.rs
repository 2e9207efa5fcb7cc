//! The map's words (`crate::map`, the widget's map view), in English and Dutch.

use super::{plural, Text};
use crate::locale::Locale;

pub const LIST: Text = Text::new("List", "Lijst");
pub const MAP: Text = Text::new("Map", "Kaart");
pub const VIEW: Text = Text::new("Show results as", "Resultaten tonen als");
pub const MAP_LABEL: Text = Text::new(
    "Map of the results. Arrow keys move the map, + and − zoom.",
    "Kaart van de resultaten. Pijltjestoetsen verschuiven de kaart, + en − zoomen.",
);
pub const ZOOM_IN: Text = Text::new("Zoom in", "Inzoomen");
pub const ZOOM_OUT: Text = Text::new("Zoom out", "Uitzoomen");
pub const RESET: Text = Text::new("Show all", "Alles tonen");
pub const LOADING: Text = Text::new("Loading the map…", "De kaart wordt geladen…");
pub const NO_OUTLINES: Text = Text::new(
    "The country outlines could not be loaded; the places are shown without them.",
    "De landsgrenzen konden niet worden geladen; de plaatsen staan er zonder.",
);
pub const LEGEND_SCHOOL: Text = Text::new("partner schools", "partnerscholen");
pub const LEGEND_BIP: Text = Text::new("BIPs", "BIP's");
pub const LEGEND_BOTH: Text = Text::new("both", "beide");
pub const LEGEND_HOME: Text = Text::new("our school", "onze school");
pub const UNPLACED: Text = Text::new(
    "Not on the map (online only, or no place known): {}",
    "Niet op de kaart (alleen online, of geen plaats bekend): {}",
);
pub const AT: Text = Text::new("Results in {}", "Resultaten in {}");
pub const SELECTED: Text = Text::new("{} selected", "{} geselecteerd");
pub const HINT: Text = Text::new(
    "Choose a place on the map to see its results.",
    "Kies een plaats op de kaart om haar resultaten te zien.",
);
const SCHOOL: Text = Text::new("partner school", "partnerschool");
const SCHOOLS: Text = Text::new("partner schools", "partnerscholen");
const BIP: Text = Text::new("BIP", "BIP");
const BIPS: Text = Text::new("BIPs", "BIP's");

/// A marker's name from its place ("Lyon, France"): "Lyon, France: 2 partner schools",
/// "Gent, België: 2 resultaten, 1 partnerschool en 1 BIP" (with both kinds, the total it
/// shows comes first).
pub fn marker_name(place: &str, schools: usize, bips: usize, l: Locale) -> String {
    let mut name = String::from(place);
    name.push_str(": ");
    let both = schools > 0 && bips > 0;
    if both {
        name.push_str(&super::ui::results(schools + bips, l));
        name.push_str(", ");
    }
    if schools > 0 {
        name.push_str(&plural(schools as u64, l, SCHOOL, SCHOOLS));
    }
    if both {
        name.push(' ');
        name.push_str(super::AND.get(l));
        name.push(' ');
    }
    if bips > 0 {
        name.push_str(&plural(bips as u64, l, BIP, BIPS));
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_a_place_with_its_counts_in_both_languages() {
        assert_eq!(
            marker_name("Lyon, France", 2, 0, Locale::En),
            "Lyon, France: 2 partner schools"
        );
        assert_eq!(
            marker_name("Gent, België", 1, 1, Locale::Nl),
            "Gent, België: 2 resultaten, 1 partnerschool en 1 BIP"
        );
        assert_eq!(
            marker_name("Arles, France", 0, 3, Locale::En),
            "Arles, France: 3 BIPs"
        );
    }
}
