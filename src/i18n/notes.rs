//! Reasons and warnings in plain words.

use super::stays::{next_mobility, season_sentence, term_closed};
use super::{
    field_label, fill, format_day, format_days, language_level, level_label, mobility_label,
    or_list, plural, term_label, Text,
};
use crate::catalogue::Catalogue;
use crate::locale::Locale;
use crate::reference::isced;
use crate::search::{Detail, Kind, Note, NoteCode};

/// A reason ("why it fits") as a sentence in `locale`; names come from `catalogue`.
/// `kind` is the kind of the hit it explains: a partner has agreements, a BIP is open to
/// students.
pub fn describe_reason(note: &Note, kind: Kind, catalogue: &Catalogue, locale: Locale) -> String {
    sentence(note, kind, catalogue, locale)
}

/// A warning ("what doesn't fit") as a sentence in `locale`.
pub fn describe_warning(note: &Note, catalogue: &Catalogue, locale: Locale) -> String {
    match note.code {
        // The language warning lists each alternative: "Asks for French B1 or English B2".
        NoteCode::Language => fill(
            Text::new("Asks for {}", "Vraagt {}").get(locale),
            &[&words(&note.detail, catalogue, locale)],
        ),
        _ => sentence(note, Kind::Institution, catalogue, locale),
    }
}

/// The sentence of a note: its code chooses the sentence, its detail fills it in.
fn sentence(note: &Note, kind: Kind, catalogue: &Catalogue, locale: Locale) -> String {
    let say = |en: &'static str, nl: &'static str| {
        fill(
            Text::new(en, nl).get(locale),
            &[&words(&note.detail, catalogue, locale)],
        )
    };
    match note.code {
        NoteCode::Programme => match kind {
            Kind::Institution => say("Agreement for {}", "Akkoord voor {}"),
            Kind::Bip => say("Open to {} students", "Open voor studenten {}"),
        },
        NoteCode::OpenProgramme => say("Open to every programme", "Open voor elke opleiding"),
        NoteCode::Query => say(
            "Matches your search in its {}",
            "Past bij je zoekopdracht: {}",
        ),
        NoteCode::Mobility => say("Offers: {}", "Biedt: {}"),
        NoteCode::Level => say("Open at your level: {}", "Open voor jouw niveau: {}"),
        NoteCode::Term => match &note.detail {
            // A BIP's season, whatever term was asked.
            Detail::Season(season) => season_sentence(*season, locale).to_owned(),
            _ => say("Possible in the {}", "Mogelijk in het {}"),
        },
        NoteCode::Language => match &note.detail {
            Detail::Nothing => say("No language requirement", "Geen taalvereiste"),
            Detail::Languages(asked) if asked.is_empty() => {
                say("No language requirement", "Geen taalvereiste")
            }
            // True of a language the student gave as one they speak and of one they only
            // searched for ("english"): neither claims more than the student said.
            _ => say(
                "Taught in a language you chose: {}",
                "Les in een taal die je koos: {}",
            ),
        },
        NoteCode::Places => match kind {
            Kind::Institution => say("{} per year", "{} per jaar"),
            // A BIP's places are for the one edition.
            Kind::Bip => words(&note.detail, catalogue, locale),
        },
        NoteCode::NextMobility => match &note.detail {
            Detail::Window(window) => next_mobility(window, locale),
            _ => String::new(),
        },
        NoteCode::Dates => say("In person: {}", "Fysiek deel: {}"),
        NoteCode::ApplyBy => say("Apply by {}", "Aanmelden vóór {}"),
        NoteCode::RelatedField => say(
            "For another programme in your field: {}",
            "Voor een andere opleiding in jouw studiegebied: {}",
        ),
        NoteCode::TermClosed => match &note.detail {
            Detail::Window(window) => term_closed(window, locale),
            _ => String::new(),
        },
        NoteCode::DeadlinePassed => say(
            "The deadline passed on {}",
            "De deadline is verstreken op {}",
        ),
    }
}

/// A note's detail in words: names from the catalogue, labels and dates in `locale`.
fn words(detail: &Detail, catalogue: &Catalogue, locale: Locale) -> String {
    match detail {
        Detail::Nothing => String::new(),
        Detail::Programme(id) => catalogue
            .programme(id.as_str())
            .map_or_else(|| id.to_string(), |p| p.name.get(locale).to_owned()),
        Detail::Field(field) => field_label(*field).get(locale).to_owned(),
        Detail::Mobilities(offered) => {
            let mut labels = String::new();
            for &m in offered {
                if !labels.is_empty() {
                    labels.push_str(", ");
                }
                labels.push_str(&mobility_label(m).get(locale).to_ascii_lowercase());
            }
            labels
        }
        Detail::Level(level) => level_label(*level).get(locale).to_owned(),
        // The labels are ASCII: no Unicode case tables needed in the download.
        Detail::Term(term) => term_label(*term).get(locale).to_ascii_lowercase(),
        Detail::Languages(asked) => {
            let mut levels = Vec::new();
            for l in asked {
                levels.push(language_level(l, locale));
            }
            or_list(&levels, locale)
        }
        Detail::Count(n) => plural(
            *n,
            locale,
            Text::new("place", "plaats"),
            Text::new("places", "plaatsen"),
        ),
        Detail::Date(date) => format_day(*date, locale),
        Detail::Dates(start, end) => format_days(*start, *end, locale),
        Detail::Isced(code) => {
            let code = code.as_str();
            isced::name(code, locale).map_or_else(
                || format!("ISCED {code}"),
                |name| format!("{name} (ISCED {code})"),
            )
        }
        Detail::Window(window) => super::stay_words(window.stay, locale),
        Detail::Season(season) => season_sentence(*season, locale).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{Cefr, LanguageCode, LanguageRequirement, Mobility};
    use crate::search::Field;

    fn catalogue() -> Catalogue {
        match crate::catalogue::load(include_str!("../../tests/fixtures/small.json")) {
            Ok(checked) => checked.catalogue,
            Err(rejected) => panic!("the small fixture loads: {rejected}"),
        }
    }

    fn lang(code: &str, cefr: Cefr) -> LanguageRequirement {
        LanguageRequirement {
            lang: LanguageCode(code.into()),
            cefr,
        }
    }

    #[test]
    fn every_note_reads_as_a_sentence_in_both_languages() {
        let c = catalogue();
        let reason = |code, detail, locale| {
            describe_reason(&Note::new(code, detail), Kind::Institution, &c, locale)
        };
        let warning = |code, detail, locale| describe_warning(&Note::new(code, detail), &c, locale);
        let photography = Detail::Programme("photography".into());
        assert_eq!(
            reason(NoteCode::Programme, photography.clone(), Locale::Nl),
            "Akkoord voor Fotografie"
        );
        assert_eq!(
            describe_reason(
                &Note::new(NoteCode::Programme, photography),
                Kind::Bip,
                &c,
                Locale::En
            ),
            "Open to Photography students"
        );
        assert_eq!(
            reason(NoteCode::Query, Detail::Field(Field::ShortName), Locale::En),
            "Matches your search in its short name"
        );
        let offered = Detail::Mobilities(vec![Mobility::Study, Mobility::StaffTeaching]);
        assert_eq!(
            reason(NoteCode::Mobility, offered, Locale::En),
            "Offers: study exchange, staff: teaching"
        );
        assert_eq!(
            reason(
                NoteCode::Term,
                Detail::Term(crate::catalogue::Term::Spring),
                Locale::Nl
            ),
            "Mogelijk in het tweede semester (voorjaar)"
        );
        let fr = Detail::Languages(vec![lang("fr", Cefr::B1)]);
        assert_eq!(
            reason(NoteCode::Language, fr, Locale::Nl),
            "Les in een taal die je koos: Frans B1"
        );
        assert_eq!(
            reason(NoteCode::Language, Detail::Nothing, Locale::En),
            "No language requirement"
        );
        let both = Detail::Languages(vec![lang("fr", Cefr::B1), lang("en", Cefr::B2)]);
        assert_eq!(
            warning(NoteCode::Language, both, Locale::En),
            "Asks for French B1 or English B2"
        );
        assert_eq!(
            reason(NoteCode::Places, Detail::Count(1), Locale::Nl),
            "1 plaats per jaar"
        );
        let date =
            |s| crate::catalogue::values::parse_date(s).unwrap_or_else(|| panic!("{s} is a date"));
        assert_eq!(
            warning(
                NoteCode::DeadlinePassed,
                Detail::Date(date("2026-10-15")),
                Locale::En
            ),
            "The deadline passed on 15 October 2026"
        );
        assert_eq!(
            reason(
                NoteCode::Dates,
                Detail::Dates(date("2027-03-08"), date("2027-03-12")),
                Locale::En
            ),
            "In person: 8–12 March 2027"
        );
        assert_eq!(
            warning(NoteCode::RelatedField, Detail::Isced("0211".into()), Locale::En),
            "For another programme in your field: Audio-visual techniques and media production (ISCED 0211)"
        );
    }
}
