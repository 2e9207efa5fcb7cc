//! The shortlist's words, in English and Dutch: its lists, saving and moving (said in the
//! status region too), the comparison, and what leaves the browser (print, calendar, mail).

use super::Text;
use crate::shortlist::Group;

pub const SHORTLIST: Text = Text::new("Your shortlist", "Jouw keuzelijst");
pub const SHORTLIST_HINT: Text = Text::new(
    "The application asks for your preferences in order: rank each list.",
    "In je aanvraag geef je je voorkeuren in volgorde: rangschik elke lijst.",
);
pub const SHORTLIST_EMPTY: Text = Text::new(
    "Use “Save” on a result to keep it here, then put your favourites in order.",
    "Gebruik “Bewaren” bij een resultaat om het hier te bewaren, en zet je favorieten dan in volgorde.",
);
pub const NOT_KEPT: Text = Text::new(
    "Your browser does not let us keep this list: it will be gone after you close the page. Note your choices down before you leave.",
    "Je browser laat ons deze lijst niet bewaren: ze is weg zodra je de pagina sluit. Schrijf je keuzes op voor je weggaat.",
);
pub const MOVE_UP: Text = Text::new("Move {} up", "{} hoger zetten");
pub const MOVE_DOWN: Text = Text::new("Move {} down", "{} lager zetten");
pub const REMOVE: Text = Text::new(
    "Remove {} from your shortlist",
    "{} van je keuzelijst halen",
);
pub const SAVE: Text = Text::new("Save", "Bewaren");
pub const SAVED: Text = Text::new("Saved", "Bewaard");
pub const REMOVE_SHORT: Text = Text::new("Remove", "Verwijderen");
/// Said where the student pressed "Save" on a full list, and in the status region.
pub const FULL: Text = Text::new(
    "Your list “{}” is full ({}): remove one from your shortlist to save this one.",
    "Je lijst “{}” is vol ({}): haal er een uit je keuzelijst om deze te bewaren.",
);
pub const SAVED_AT: Text = Text::new(
    "{} saved in “{}”, place {} of {}.",
    "{} bewaard in “{}”, plaats {} van {}.",
);
pub const REMOVED: Text = Text::new(
    "{} removed from your shortlist.",
    "{} uit je keuzelijst gehaald.",
);
pub const MOVED: Text = Text::new(
    "{} is now place {} of {}.",
    "{} staat nu op plaats {} van {}.",
);
pub const NEXT_DEADLINE: Text = Text::new("Next deadline", "Volgende deadline");
pub const ESTIMATE: Text = Text::new("Estimate", "Raming");
pub const SEE_DETAILS: Text = Text::new("Show {} in the results", "Toon {} in de resultaten");

// Leaving the browser.
pub const PRINT: Text = Text::new("Print", "Afdrukken");
pub const CALENDAR: Text = Text::new("Deadlines to my calendar", "Deadlines in mijn agenda");
pub const SEND: Text = Text::new("Send to my coordinator", "Naar mijn coördinator sturen");
pub const COMPARE: Text = Text::new("Compare", "Vergelijken");
pub const COMPARE_HEAD: Text =
    Text::new("Your shortlist side by side", "Je keuzelijst naast elkaar");
/// The calendar file's name.
pub const FILE_NAME: Text = Text::new("shortlist-deadlines.ics", "keuzelijst-deadlines.ics");

// The mail to the coordinator.
pub const MAIL_SUBJECT: Text = Text::new(
    "My shortlist for an exchange",
    "Mijn keuzelijst voor een uitwisseling",
);
pub const MAIL_HELLO: Text = Text::new("Hello,", "Beste,");
pub const MAIL_INTRO: Text = Text::new(
    "Here is my shortlist for an exchange, in order of preference:",
    "Hier is mijn keuzelijst voor een uitwisseling, in volgorde van voorkeur:",
);
pub const MAIL_LINK: Text = Text::new("The list online: {}", "De lijst online: {}");
pub const MAIL_BYE: Text = Text::new("Kind regards,", "Met vriendelijke groeten,");
/// One line of the mail: rank, name, place, and the next deadline when there is one.
pub const MAIL_LINE: Text = Text::new("{}. {} ({})", "{}. {} ({})");
pub const MAIL_DEADLINE: Text = Text::new(" – next deadline: {}", " – volgende deadline: {}");

// The calendar's events.
/// A term's deadline: the result's name and the stay ("spring 2028").
pub const EVENT_APPLY_BY: Text = Text::new("Apply by: {} ({})", "Aanvragen vóór: {} ({})");
pub const EVENT_APPLY: Text = Text::new("Apply for the BIP: {}", "Aanmelden voor de BIP: {}");
pub const EVENT_BIP: Text = Text::new("BIP: {}", "BIP: {}");

/// A list's name, as its heading says it.
pub fn group_name(g: Group) -> Text {
    match g {
        Group::Exchanges => Text::new("Semester exchanges", "Semesteruitwisselingen"),
        Group::Europe => Text::new("Exchanges in Europe", "Uitwisselingen in Europa"),
        Group::OutsideEurope => {
            Text::new("Exchanges outside Europe", "Uitwisselingen buiten Europa")
        }
        Group::Bips => Text::new("BIPs", "BIP's"),
    }
}
