//! Stays abroad, their deadlines and a BIP's season in words: "Next: spring 2028, apply at
//! your school by 1 October 2027 (the partner's deadline: 15 October 2027)".

use super::{fill, format_day, Text};
use crate::catalogue::Term;
use crate::locale::Locale;
use crate::search::{Season, Stay, Window};

/// "spring 2028", "voorjaar 2028"; a full year as its academic year, "full year 2027–2028".
pub fn stay_words(stay: Stay, locale: Locale) -> String {
    let term = match stay.term {
        Term::Autumn => Text::new("autumn", "najaar"),
        Term::Spring => Text::new("spring", "voorjaar"),
        Term::FullYear => {
            let year = format!("{}–{}", stay.year, stay.year.saturating_add(1));
            let label = Text::new("full year {}", "academiejaar {}").get(locale);
            return fill(label, &[&year]);
        }
    };
    format!("{} {}", term.get(locale), stay.year)
}

/// The next stay a student can apply for, and by when (a reason).
pub fn next_mobility(window: &Window, locale: Locale) -> String {
    let stay = stay_words(window.stay, locale);
    let day = |d| format_day(d, locale);
    let template = match (window.home, window.partner) {
        (Some(_), Some(_)) => Text::new(
            "Next: {}, apply at your school by {} (the partner's deadline: {})",
            "Volgende kans: {}, aanvragen bij je eigen school vóór {} (deadline van de partner: {})",
        ),
        (Some(_), None) => Text::new(
            "Next: {}, apply at your school by {}",
            "Volgende kans: {}, aanvragen bij je eigen school vóór {}",
        ),
        (None, _) => Text::new(
            "Next: {}, the partner's deadline: {}",
            "Volgende kans: {}, deadline van de partner: {}",
        ),
    };
    let mut days = Vec::new();
    for d in [window.home, window.partner].into_iter().flatten() {
        days.push(day(d));
    }
    let mut args: Vec<&str> = vec![&stay];
    for d in &days {
        args.push(d);
    }
    fill(template.get(locale), &args)
}

/// The term asked for, closed this year (a warning): "Spring 2027 is closed: the deadline
/// was 1 October 2026".
pub fn term_closed(window: &Window, locale: Locale) -> String {
    let mut stay = stay_words(window.stay, locale);
    // The words are ASCII at their start ("spring", "najaar", "full year").
    if let Some(first) = stay.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    let day = window.apply_by().map(|d| format_day(d, locale));
    let text = Text::new(
        "{} is closed: the deadline was {}",
        "{} is afgesloten: de deadline was {}",
    );
    fill(text.get(locale), &[&stay, day.as_deref().unwrap_or("")])
}

/// When a BIP takes place, as a sentence.
pub fn season_sentence(season: Season, locale: Locale) -> &'static str {
    match season {
        Season::Autumn => Text::new(
            "In the autumn semester",
            "Tijdens het eerste semester (najaar)",
        ),
        Season::Spring => Text::new(
            "In the spring semester",
            "Tijdens het tweede semester (voorjaar)",
        ),
        Season::Summer => Text::new(
            "In the summer, outside the semesters",
            "In de zomer, buiten de semesters",
        ),
    }
    .get(locale)
}
