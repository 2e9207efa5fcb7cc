//! Reasons and warnings in plain words.

use super::{
    field_label, fill, format_date, format_date_range, language_level, level_label, mobility_label,
    or_list, plural, term_label, Text,
};
use crate::catalogue::{Catalogue, Level, Mobility, Term};
use crate::locale::Locale;
use crate::reference::isced;
use crate::search::{Field, Kind, Note, NoteCode};

/// A reason ("why it fits") as a sentence in `locale`; names come from `catalogue`.
/// `kind` is the kind of the hit it explains: a partner has agreements, a BIP is open to
/// students.
pub fn describe_reason(note: &Note, kind: Kind, catalogue: &Catalogue, locale: Locale) -> String {
    sentence(note, kind, catalogue, locale)
}

/// A warning ("what doesn't fit") as a sentence in `locale`.
pub fn describe_warning(note: &Note, catalogue: &Catalogue, locale: Locale) -> String {
    match note.code {
        NoteCode::Language => describe_language_warning(&note.detail, locale),
        _ => sentence(note, Kind::Institution, catalogue, locale),
    }
}

fn sentence(note: &Note, kind: Kind, catalogue: &Catalogue, locale: Locale) -> String {
    let d = note.detail.as_str();
    let say = |en: &'static str, nl: &'static str, args: &[&str]| {
        fill(Text::new(en, nl).get(locale), args)
    };
    match note.code {
        NoteCode::Programme => {
            let name = catalogue
                .programme(d)
                .map_or(d.to_owned(), |p| p.name.get(locale).to_owned());
            match kind {
                Kind::Institution => say("Agreement for {}", "Akkoord voor {}", &[&name]),
                Kind::Bip => say("Open to {} students", "Open voor studenten {}", &[&name]),
            }
        }
        NoteCode::OpenProgramme => say("Open to every programme", "Open voor elke opleiding", &[]),
        NoteCode::Query => {
            let field = field_from(d).map_or(d, |f| field_label(f).get(locale));
            say(
                "Matches your search in its {}",
                "Past bij je zoekopdracht: {}",
                &[field],
            )
        }
        NoteCode::Mobility => {
            let labels: Vec<String> = d
                .split(", ")
                .filter_map(Mobility::parse)
                .map(|m| mobility_label(m).get(locale).to_ascii_lowercase())
                .collect();
            say("Offers: {}", "Biedt: {}", &[&labels.join(", ")])
        }
        NoteCode::Level => {
            let label = Level::parse(d).map_or(d, |l| level_label(l).get(locale));
            say(
                "Open at your level: {}",
                "Open voor jouw niveau: {}",
                &[label],
            )
        }
        NoteCode::Term => {
            let label = Term::parse(d).map_or(d.to_owned(), |t| {
                // The labels are ASCII: no Unicode case tables needed in the download.
                term_label(t).get(locale).to_ascii_lowercase()
            });
            say("Possible in the {}", "Mogelijk in het {}", &[&label])
        }
        NoteCode::Language if d.is_empty() => {
            say("No language requirement", "Geen taalvereiste", &[])
        }
        NoteCode::Language => {
            let level = language_level(d, locale);
            say(
                "You meet the language requirement: {}",
                "Je voldoet aan de taalvereiste: {}",
                &[&level],
            )
        }
        NoteCode::Places => {
            let n = d.parse().unwrap_or(0);
            let count = plural(
                n,
                locale,
                Text::new("place", "plaats"),
                Text::new("places", "plaatsen"),
            );
            say("{} per year", "{} per jaar", &[&count])
        }
        NoteCode::Deadline => say(
            "Nomination deadline: {}",
            "Nominatiedeadline: {}",
            &[&format_date(d, locale)],
        ),
        NoteCode::Dates => {
            let (start, end) = d.split_once('/').unwrap_or((d, d));
            say(
                "In person: {}",
                "Fysiek deel: {}",
                &[&format_date_range(start, end, locale)],
            )
        }
        NoteCode::ApplyBy => say(
            "Apply by {}",
            "Aanmelden vóór {}",
            &[&format_date(d, locale)],
        ),
        NoteCode::RelatedField => {
            let field = isced::name(d, locale)
                .map_or_else(|| format!("ISCED {d}"), |n| format!("{n} (ISCED {d})"));
            say(
                "Not your programme, a related field: {}",
                "Niet jouw opleiding, wel een verwant studiegebied: {}",
                &[&field],
            )
        }
        NoteCode::DeadlinePassed => say(
            "The deadline passed on {}",
            "De deadline is verstreken op {}",
            &[&format_date(d, locale)],
        ),
    }
}

/// The language warning lists each alternative: "Asks for French B1 or English B2".
fn describe_language_warning(detail: &str, locale: Locale) -> String {
    let levels: Vec<String> = detail
        .split(", ")
        .map(|l| language_level(l, locale))
        .collect();
    fill(
        Text::new("Asks for {}", "Vraagt {}").get(locale),
        &[&or_list(&levels, locale)],
    )
}

fn field_from(text: &str) -> Option<Field> {
    [
        Field::Name,
        Field::ShortName,
        Field::Title,
        Field::City,
        Field::Country,
        Field::Programme,
        Field::Tag,
        Field::Host,
        Field::Partner,
    ]
    .into_iter()
    .find(|f| f.as_str() == text)
}
