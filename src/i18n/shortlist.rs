//! The words of saving a result: the card's buttons, the note where the student pressed "Save"
//! on a full list, and what the status region says of each change to the shortlist. (The
//! shortlist's own words are in `ui`.)

use super::Text;

/// On a saved result's card, beside the button that removes it.
pub const SAVED: Text = Text::new("Saved", "Bewaard");
pub const REMOVE_SHORT: Text = Text::new("Remove", "Verwijderen");
pub const SAVED_AT: Text = Text::new(
    "{} saved in your shortlist, place {} of {}.",
    "{} bewaard in je keuzelijst, plaats {} van {}.",
);
pub const REMOVED: Text = Text::new(
    "{} removed from your shortlist.",
    "{} uit je keuzelijst gehaald.",
);
pub const MOVED: Text = Text::new(
    "{} is now place {} of {}.",
    "{} staat nu op plaats {} van {}.",
);
