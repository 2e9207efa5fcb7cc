//! Every string of the widget's interface, in English and Dutch. The widget shows no text of
//! its own that is not here (the catalogue's names and the browser's technical error details
//! excepted, the latter marked as English).

use super::{fill, plural, Text};
use crate::locale::Locale;
use crate::search::Filter;

// The frame.
pub const TITLE: Text = Text::new(
    "Study abroad: partner schools and BIPs",
    "Naar het buitenland: partnerscholen en BIP's",
);
pub const UPDATED: Text = Text::new("List updated on {}", "Lijst bijgewerkt op {}");

// Loading and its failures.
pub const LOADING: Text = Text::new(
    "Loading the list of partner schools…",
    "De lijst met partnerscholen wordt geladen…",
);
pub const LOAD_FAILED: Text = Text::new(
    "The list of partner schools could not be loaded",
    "De lijst met partnerscholen kon niet worden geladen",
);
pub const NETWORK: Text = Text::new(
    "The list could not be reached at {}. Check your internet connection and try again.",
    "De lijst was niet bereikbaar op {}. Controleer je internetverbinding en probeer opnieuw.",
);
pub const REFUSED: Text = Text::new(
    "The server at {} refused to share the list with this page. Trying again will not help: please tell the international office.",
    "De server op {} weigerde de lijst met deze pagina te delen. Opnieuw proberen helpt niet: laat het weten aan de internationale dienst.",
);
pub const INTERRUPTED: Text = Text::new(
    "The list from {} stopped arriving before it was complete. Check your internet connection and try again.",
    "De lijst van {} kwam niet volledig binnen. Controleer je internetverbinding en probeer opnieuw.",
);
pub const TIMEOUT: Text = Text::new(
    "Nothing arrived from the server for {} seconds. Check your internet connection and try again.",
    "Er kwam {} seconden lang niets binnen van de server. Controleer je internetverbinding en probeer opnieuw.",
);
pub const HTTP: Text = Text::new(
    "The server answered with HTTP status {} for {}.",
    "De server antwoordde met HTTP-status {} voor {}.",
);
pub const NOT_JSON: Text = Text::new(
    "The address {} did not send a JSON file (it looks like a web page or another kind of file).",
    "Het adres {} stuurde geen JSON-bestand (het lijkt een webpagina of een ander soort bestand).",
);
pub const SYNTAX: Text = Text::new(
    "The list is not valid JSON: the error is at line {}, column {}.",
    "De lijst is geen geldige JSON: de fout staat op regel {}, kolom {}.",
);
pub const INVALID: Text = Text::new(
    "The list has an error at {}.",
    "De lijst bevat een fout bij {}.",
);
pub const NOT_CATALOGUE: Text = Text::new(
    "The file is not a list of partner schools in the expected format.",
    "Het bestand is geen lijst met partnerscholen in het verwachte formaat.",
);
pub const ERRORS_IN_ALL: Text = Text::new(
    "The check found {} in all.",
    "De controle vond in totaal {}.",
);
const ERROR: Text = Text::new("error", "fout");
const ERRORS: Text = Text::new("errors", "fouten");
pub const TECHNICAL: Text = Text::new("Technical details", "Technische details");
/// What a student can do when the list cannot be loaded, by cause; the office's addresses
/// follow when known (`crate::office`).
pub const ADVICE_CONNECTION: Text = Text::new(
    "Check your internet connection and try again, or contact the international office",
    "Controleer je internetverbinding en probeer opnieuw, of neem contact op met de internationale dienst",
);
pub const ADVICE_RETRY: Text = Text::new(
    "Try again, or contact the international office",
    "Probeer opnieuw, of neem contact op met de internationale dienst",
);
pub const ADVICE_CONTACT: Text = Text::new(
    "Trying again will not help: please contact the international office",
    "Opnieuw proberen helpt niet: neem contact op met de internationale dienst",
);
pub const CONTACT_OFFICE: Text = Text::new(
    "Questions? Contact the international office",
    "Vragen? Neem contact op met de internationale dienst",
);
pub const RETRY: Text = Text::new("Try again", "Opnieuw proberen");
/// Records of the catalogue left out because they have errors (a quiet note).
pub const SKIPPED_ONE: Text = Text::new(
    "1 entry of the catalogue could not be shown.",
    "1 vermelding uit de catalogus kon niet worden getoond.",
);
pub const SKIPPED_MANY: Text = Text::new(
    "{} entries of the catalogue could not be shown.",
    "{} vermeldingen uit de catalogus konden niet worden getoond.",
);
/// Every widget of the page stopped after an internal error (shown by the one that failed).
pub const CRASHED: Text = Text::new(
    "Something went wrong and this list of partner schools stopped working. Reload the page to try again.",
    "Er ging iets mis en deze lijst met partnerscholen werkt niet meer. Laad de pagina opnieuw om het nog eens te proberen.",
);
pub const EMPTY_CATALOGUE: Text = Text::new(
    "The list of partner schools is empty for now. Please check back later.",
    "De lijst met partnerscholen is voorlopig leeg. Kom later nog eens kijken.",
);

// Search and filters.
pub const SEARCH_FORM: Text = Text::new("Find a destination", "Zoek een bestemming");
pub const PROGRAMME: Text = Text::new("Your programme", "Jouw opleiding");
pub const ANY_PROGRAMME: Text = Text::new("All programmes", "Alle opleidingen");
pub const UNKNOWN_PROGRAMME: Text = Text::new(
    "“{}” is not one of the programmes in this list, so all programmes are shown.",
    "“{}” is geen van de opleidingen in deze lijst, dus alle opleidingen worden getoond.",
);
pub const SEARCH: Text = Text::new("Search", "Zoeken");
pub const SEARCH_PLACEHOLDER: Text = Text::new(
    "School, city, country or keyword",
    "School, stad, land of trefwoord",
);
pub const FILTERS: Text = Text::new("Filters", "Filters");
pub const ACTIVE: Text = Text::new("{} active", "{} actief");
pub const SHOW: Text = Text::new("Show", "Toon");
pub const EVERYTHING: Text = Text::new("Everything", "Alles");
pub const MOBILITY: Text = Text::new("Type of exchange", "Soort uitwisseling");
pub const STUDIES: Text = Text::new("When and at what level", "Wanneer en op welk niveau");
pub const LEVEL: Text = Text::new("Study level", "Studieniveau");
pub const ANY_LEVEL: Text = Text::new("Any level", "Elk niveau");
pub const TERM: Text = Text::new("Semester", "Semester");
pub const ANY_TERM: Text = Text::new("Any semester", "Elk semester");
pub const WHERE: Text = Text::new("Where", "Waar");
pub const REGION: Text = Text::new("Region", "Regio");
pub const ANYWHERE: Text = Text::new("Anywhere", "Overal");
pub const DISTANCE: Text = Text::new("Distance from {}", "Afstand vanaf {}");
pub const ANY_DISTANCE: Text = Text::new("Any distance", "Elke afstand");
pub const UP_TO: Text = Text::new("Up to {}", "Tot {}");
/// A filter option and how many results it gives.
pub const COUNT: Text = Text::new("{} ({})", "{} ({})");
pub const COUNTRIES: Text = Text::new("Countries", "Landen");
/// The country filter's disclosure; its regions count results, so it gives no count of countries.
pub const ALL_COUNTRIES: Text = Text::new("All countries", "Alle landen");
pub const LANGUAGES: Text = Text::new("Languages you speak", "Talen die je spreekt");
pub const LANGUAGES_HINT: Text = Text::new(
    "Places that ask for more are still shown, lower and with a warning.",
    "Plaatsen die meer vragen, zie je nog steeds, lager en met een waarschuwing.",
);
pub const LANGUAGE: Text = Text::new("Language", "Taal");
pub const CEFR_LEVEL: Text = Text::new("Level", "Niveau");
pub const ADD_LANGUAGE: Text = Text::new("Add a language", "Taal toevoegen");
pub const REMOVE_LANGUAGE: Text = Text::new("Remove {}", "{} verwijderen");
/// Closes the filters on a narrow screen: "Show 12 results".
pub const SEE_RESULTS: Text = Text::new("Show {}", "Toon {}");
pub const SKIP_TO_RESULTS: Text = Text::new("Skip to results", "Naar de resultaten");
pub const CLEAR_ALL: Text = Text::new("Clear all filters", "Alle filters wissen");

// Results.
pub const RESULTS: Text = Text::new("Results", "Resultaten");
const RESULT: Text = Text::new("result", "resultaat");
const RESULTS_WORD: Text = Text::new("results", "resultaten");
pub const SHOWING: Text = Text::new("Showing {} of {}", "{} van {} getoond");
pub const SHOW_MORE: Text = Text::new("Show {} more", "Toon er nog {}");
/// The heading of the results open to related programmes, after those that fit.
pub const RELATED: Text = Text::new(
    "Also open to related programmes: {}",
    "Ook open voor verwante opleidingen: {}",
);
pub const RELATED_HINT: Text = Text::new(
    "Agreements in your field of study made for other programmes: ask the international office whether you can go.",
    "Akkoorden in jouw studiegebied voor andere opleidingen: vraag aan de internationale dienst of je mee kan.",
);
pub const NO_RESULTS: Text = Text::new(
    "Nothing matches all your choices.",
    "Niets past bij al je keuzes.",
);
pub const LOOSEN: Text = Text::new(
    "Without the filter “{}” there would be {}.",
    "Zonder de filter “{}” zouden er {} zijn.",
);
pub const REMOVE_FILTER: Text = Text::new("Remove “{}”", "“{}” weghalen");
pub const NO_LOOSENING: Text = Text::new(
    "Try other words, or clear the filters.",
    "Probeer andere woorden, of wis de filters.",
);
pub const SEARCH_FAILED: Text = Text::new(
    "These search settings could not be used. Clear the filters to start again.",
    "Deze zoekinstellingen konden niet gebruikt worden. Wis de filters om opnieuw te beginnen.",
);
/// A city and its country.
pub const PLACE: Text = Text::new("{}, {}", "{}, {}");
pub const PARTNER: Text = Text::new("Partner school", "Partnerschool");
pub const BIP: Text = Text::new("BIP", "BIP");
pub const KM: Text = Text::new("{} km", "{} km");
pub const WHY: Text = Text::new("Why it fits", "Waarom het past");
pub const WHY_NOT: Text = Text::new("What doesn't fit", "Wat niet past");
pub const ONLINE_ONLY: Text = Text::new("Online", "Online");
pub const IN_PERSON: Text = Text::new("In person", "Fysiek deel");
pub const DATES_AT: Text = Text::new("{} in {}", "{} in {}");
pub const ONLINE_PART: Text = Text::new("Online part", "Online deel");
pub const CREDITS: Text = Text::new("Credits", "Studiepunten");
pub const ECTS: Text = Text::new("{} ECTS", "{} ECTS");
pub const HOST: Text = Text::new("Host", "Organisator");
pub const PARTNERS: Text = Text::new("Partners", "Partners");
pub const APPLY_BY: Text = Text::new("Apply by", "Aanmelden vóór");
pub const LEFT: Text = Text::new("{} left", "nog {}");
const DAY: Text = Text::new("day", "dag");
const DAYS: Text = Text::new("days", "dagen");
pub const LAST_DAY: Text = Text::new("last day today", "laatste dag vandaag");
pub const CLOSED: Text = Text::new("applications closed", "aanmelden gesloten");
pub const DETAILS: Text = Text::new("Details", "Details");

// The detail view.
pub const AGREEMENTS: Text = Text::new("Agreements", "Akkoorden");
pub const FITS: Text = Text::new("Fits your search", "Past bij je zoekopdracht");
pub const FOR: Text = Text::new("For", "Voor");
pub const EVERY_PROGRAMME_IN: Text = Text::new("every programme in {}", "elke opleiding in {}");
pub const PLACES: Text = Text::new("Places", "Plaatsen");
pub const PER_YEAR: Text = Text::new("{} per year", "{} per jaar");
const ONE_PLACE: Text = Text::new("place", "plaats");
const PLACES_WORD: Text = Text::new("places", "plaatsen");
pub const LENGTH: Text = Text::new("Length", "Duur");
const MONTH: Text = Text::new("month", "maand");
const MONTHS: Text = Text::new("months", "maanden");
pub const WHEN: Text = Text::new("When", "Wanneer");
pub const ANY_TIME: Text = Text::new("Any semester", "Elk semester");
pub const LEVELS: Text = Text::new("Levels", "Niveaus");
pub const ALL_LEVELS: Text = Text::new("All levels", "Alle niveaus");
pub const LANGUAGE_ASKED: Text = Text::new("Language", "Taal");
pub const NO_LANGUAGE: Text = Text::new("No requirement", "Geen vereiste");
pub const FUNDING: Text = Text::new("Funding", "Financiering");
pub const VALID: Text = Text::new("Valid", "Geldig");
pub const RANGE: Text = Text::new("{} – {}", "{} – {}");
pub const FROM: Text = Text::new("from {}", "vanaf {}");
pub const UNTIL: Text = Text::new("until {}", "tot en met {}");
pub const NOTES: Text = Text::new("Notes", "Opmerkingen");
/// Above a list: the reasons every card in it shares (joined by " · ").
pub const IN_COMMON: Text = Text::new("Every result here: {}", "Elk resultaat hier: {}");
/// The heading of each term's next stay and its deadlines, in a result's details.
pub const WHEN_TO_APPLY: Text = Text::new("When you can apply", "Wanneer je kunt aanvragen");
/// The link to the office's page about grants, under an estimate.
pub const GRANTS: Text = Text::new(
    "Grants: what the international office says",
    "Beurzen: wat de internationale dienst zegt",
);
pub const REQUIREMENTS: Text = Text::new(
    "What you need to apply",
    "Wat je nodig hebt om je kandidaat te stellen",
);
pub const ERASMUS_CODE: Text = Text::new("Erasmus code", "Erasmuscode");
pub const WEBSITE: Text = Text::new("Website", "Website");
pub const MORE_INFO: Text = Text::new("More information", "Meer informatie");
pub const NEW_TAB: Text = Text::new("(opens in a new tab)", "(opent in een nieuw tabblad)");
pub const ABOUT: Text = Text::new("About", "Over");

/// "1 result", "3 resultaten".
pub fn results(count: usize, locale: Locale) -> String {
    plural(count as u64, locale, RESULT, RESULTS_WORD)
}

/// "3 entries of the catalogue could not be shown."
pub fn skipped(count: usize, locale: Locale) -> String {
    if count == 1 {
        SKIPPED_ONE.get(locale).to_owned()
    } else {
        fill(SKIPPED_MANY.get(locale), &[&count.to_string()])
    }
}

/// "2 errors", "2 fouten".
pub fn errors(count: usize, locale: Locale) -> String {
    plural(count as u64, locale, ERROR, ERRORS)
}

/// "3 places", "3 plaatsen".
pub fn places(count: u32, locale: Locale) -> String {
    plural(u64::from(count), locale, ONE_PLACE, PLACES_WORD)
}

/// "5 months", "5 maanden".
pub fn months(count: u32, locale: Locale) -> String {
    plural(u64::from(count), locale, MONTH, MONTHS)
}

/// How long until an application deadline: "16 days left", "nog 16 dagen", "last day today",
/// "applications closed".
pub fn days_left(days: i64, locale: Locale) -> String {
    match days {
        d if d < 0 => CLOSED.get(locale).to_owned(),
        0 => LAST_DAY.get(locale).to_owned(),
        d => fill(
            LEFT.get(locale),
            &[&plural(d.unsigned_abs(), locale, DAY, DAYS)],
        ),
    }
}

/// The name of a filter the "no results" state suggests removing.
pub fn filter_name(filter: Filter) -> Text {
    match filter {
        Filter::Query => Text::new("your search words", "je zoekwoorden"),
        Filter::Programme => Text::new("programme", "opleiding"),
        Filter::Kinds => Text::new("show", "toon"),
        Filter::Mobility => Text::new("type of exchange", "soort uitwisseling"),
        Filter::Level => Text::new("study level", "studieniveau"),
        Filter::Term => Text::new("semester", "semester"),
        Filter::Countries => Text::new("countries", "landen"),
        Filter::Region => Text::new("region", "regio"),
        Filter::MaxDistanceKm => Text::new("distance", "afstand"),
    }
}

/// A whole number with the locale's thousands separator: "5,485" / "5.485".
pub fn number(n: u64, locale: Locale) -> String {
    let digits = n.to_string();
    let separator = match locale {
        Locale::En => ',',
        Locale::Nl => '.',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// A number with at most one decimal, with the locale's decimal mark: "2.5" / "2,5".
pub fn decimal(x: f64, locale: Locale) -> String {
    let tenths = (x * 10.0).round().max(0.0) as u64;
    let mut out = number(tenths / 10, locale);
    if tenths % 10 != 0 {
        out.push(match locale {
            Locale::En => '.',
            Locale::Nl => ',',
        });
        out.push(char::from(b'0' + (tenths % 10) as u8));
    }
    out
}

/// "612 km", "5.485 km".
pub fn km(n: u64, locale: Locale) -> String {
    fill(KM.get(locale), &[&number(n, locale)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_per_language() {
        assert_eq!(number(5485, Locale::En), "5,485");
        assert_eq!(number(5485, Locale::Nl), "5.485");
        assert_eq!(number(612, Locale::Nl), "612");
        assert_eq!(number(1234567, Locale::En), "1,234,567");
        assert_eq!(decimal(2.5, Locale::Nl), "2,5");
        assert_eq!(decimal(3.0, Locale::En), "3");
    }

    #[test]
    fn plural_phrases_in_both_languages() {
        assert_eq!(results(1, Locale::Nl), "1 resultaat");
        assert_eq!(results(0, Locale::En), "0 results");
        assert_eq!(days_left(16, Locale::Nl), "nog 16 dagen");
        assert_eq!(days_left(1, Locale::En), "1 day left");
        assert_eq!(days_left(-3, Locale::En), "applications closed");
        assert_eq!(months(5, Locale::Nl), "5 maanden");
        assert_eq!(
            skipped(1, Locale::Nl),
            "1 vermelding uit de catalogus kon niet worden getoond."
        );
        assert_eq!(
            skipped(3, Locale::En),
            "3 entries of the catalogue could not be shown."
        );
    }
}
