//! Names of the catalogue's vocabularies and codes in each language.

use super::Text;
use crate::catalogue::{Cefr, Funding, LanguageRequirement, Level, Mobility, Term};
use crate::locale::Locale;
use crate::reference::{countries, languages};
use crate::search::{Field, Kind, Region};

pub fn mobility_label(m: Mobility) -> Text {
    match m {
        Mobility::Study => Text::new("Study exchange", "Studie-uitwisseling"),
        Mobility::Traineeship => Text::new("Traineeship", "Stage"),
        Mobility::StaffTeaching => Text::new("Staff: teaching", "Personeel: lesgeven"),
        Mobility::StaffTraining => Text::new("Staff: training", "Personeel: opleiding"),
    }
}

pub fn level_label(l: Level) -> Text {
    match l {
        Level::Bachelor => Text::new("Bachelor", "Bachelor"),
        Level::Master => Text::new("Master", "Master"),
        Level::Postgraduate => Text::new("Postgraduate", "Postgraduaat"),
        Level::Doctorate => Text::new("Doctorate", "Doctoraat"),
    }
}

pub fn term_label(t: Term) -> Text {
    match t {
        Term::Autumn => Text::new("Autumn semester", "Eerste semester (najaar)"),
        Term::Spring => Text::new("Spring semester", "Tweede semester (voorjaar)"),
        Term::FullYear => Text::new("Full year", "Volledig academiejaar"),
    }
}

pub fn funding_label(f: Funding) -> Text {
    match f {
        Funding::Erasmus => Text::new("Erasmus+", "Erasmus+"),
        Funding::GlobalMinds => Text::new("Global Minds", "Global Minds"),
        Funding::Bilateral => Text::new("Bilateral agreement", "Bilateraal akkoord"),
        Funding::Other => Text::new("Other funding", "Andere financiering"),
    }
}

pub fn kind_label(k: Kind) -> Text {
    match k {
        Kind::Institution => Text::new("Partner institutions", "Partnerinstellingen"),
        Kind::Bip => Text::new(
            "Blended Intensive Programmes (BIPs)",
            "Blended Intensive Programmes (BIP's)",
        ),
    }
}

pub fn region_label(r: Region) -> Text {
    match r {
        Region::Europe => Text::new("Europe", "Europa"),
        Region::OutsideEurope => Text::new("Outside Europe", "Buiten Europa"),
    }
}

/// What a CEFR level means, for the level picker.
pub fn cefr_label(c: Cefr) -> Text {
    match c {
        Cefr::A1 => Text::new("A1 – beginner", "A1 – beginner"),
        Cefr::A2 => Text::new("A2 – elementary", "A2 – basis"),
        Cefr::B1 => Text::new("B1 – intermediate", "B1 – gemiddeld"),
        Cefr::B2 => Text::new("B2 – upper intermediate", "B2 – hoger gemiddeld"),
        Cefr::C1 => Text::new("C1 – advanced", "C1 – gevorderd"),
        Cefr::C2 => Text::new("C2 – proficient", "C2 – zeer gevorderd"),
    }
}

/// Where a query matched, as the end of "matches your search in its …".
pub fn field_label(f: Field) -> Text {
    match f {
        Field::Name => Text::new("name", "naam"),
        Field::ShortName => Text::new("short name", "korte naam"),
        Field::Title => Text::new("title", "titel"),
        Field::City => Text::new("city", "stad"),
        Field::Country => Text::new("country", "land"),
        Field::Programme => Text::new("programmes", "opleidingen"),
        Field::Tag => Text::new("keywords", "trefwoorden"),
        Field::Host => Text::new("host", "organisator"),
        Field::Partner => Text::new("partners", "partners"),
    }
}

/// Application requirements the catalogue commonly uses; others are shown as written.
pub fn requirement_label(key: &str) -> Option<Text> {
    Some(match key {
        "portfolio" => Text::new("Portfolio", "Portfolio"),
        "motivation-letter" => Text::new("Motivation letter", "Motivatiebrief"),
        "cv" => Text::new("CV", "Cv"),
        "transcript" => Text::new("Transcript of records", "Puntenlijst"),
        "audition" => Text::new("Audition", "Auditie"),
        "recording" => Text::new("Recording", "Opname"),
        "showreel" => Text::new("Showreel", "Showreel"),
        "language-certificate" => Text::new("Language certificate", "Taalcertificaat"),
        "learning-agreement" => Text::new("Learning agreement", "Learning agreement"),
        "interview" => Text::new("Interview", "Gesprek"),
        _ => return None,
    })
}

/// A country's name by code, or the code itself when unknown.
pub fn country_name(code: &str, locale: Locale) -> String {
    countries::by_code(code).map_or_else(|| code.to_owned(), |c| c.name(locale).to_owned())
}

/// A language's name by ISO 639-1 code, or the code itself when unknown.
pub fn language_name(code: &str, locale: Locale) -> String {
    languages::name(code, locale).unwrap_or_else(|| code.to_owned())
}

/// A language and its level in words: "French B1" / "Frans B1".
pub fn language_level(requirement: &LanguageRequirement, locale: Locale) -> String {
    let mut words = language_name(requirement.lang.as_str(), locale);
    words.push(' ');
    words.push_str(requirement.cefr.as_str());
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_level_picker_says_every_level_in_dutch() {
        // "C2 – near-native" was once the Dutch interface's C2: no English in the Dutch list.
        let dutch: Vec<&str> = Cefr::ALL.iter().map(|&c| cefr_label(c).nl).collect();
        assert_eq!(
            dutch,
            [
                "A1 – beginner",
                "A2 – basis",
                "B1 – gemiddeld",
                "B2 – hoger gemiddeld",
                "C1 – gevorderd",
                "C2 – zeer gevorderd"
            ]
        );
    }
}
