//! The words of the controls that choose from a list: the order of the results, the country
//! filter's field and groups, a new language row.

use super::Text;
use crate::search::Sort;

pub const SORT_BY: Text = Text::new("Sort by", "Sorteren op");

/// The name of an order in the sort control.
pub fn sort_label(sort: Sort) -> Text {
    match sort {
        Sort::BestFit => Text::new("Best fit", "Past het best"),
        Sort::Distance => Text::new("Nearest first", "Dichtstbij eerst"),
        Sort::Deadline => Text::new("Next deadline", "Eerstvolgende deadline"),
        Sort::Name => Text::new("Name", "Naam"),
    }
}

pub const FIND_COUNTRY: Text = Text::new("Find a country or region", "Zoek een land of regio");
pub const NO_COUNTRY: Text = Text::new(
    "No country with results matches.",
    "Geen land met resultaten gevonden.",
);
/// The country filter's group of the countries outside Europe, after Europe's four.
pub const OUTSIDE_EUROPE: Text = Text::new("Outside Europe", "Buiten Europa");
/// A group's checkbox: "All of Western Europe (25)".
pub const ALL_OF: Text = Text::new("All of {} ({})", "Heel {} ({})");
/// The checkbox of the group outside Europe.
pub const ALL_OUTSIDE_EUROPE: Text = Text::new(
    "Everywhere outside Europe ({})",
    "Overal buiten Europa ({})",
);
/// A new language row before a language is chosen.
pub const CHOOSE_LANGUAGE: Text = Text::new("Choose a language", "Kies een taal");
