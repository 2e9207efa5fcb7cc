//! The words of a staff result (`crate::staff`): its terms in brief, the kinds of mobility,
//! how long, the places and who to write to ("Staff: teaching · 2–60 days · 2 places per
//! year · Contact: …"); the Erasmus+ rules for each kind; a contact's name and role. The
//! command line shows them all; the widget shows the terms on the card and the contacts in
//! the details (see `web::widget::detail`).

use super::{and_list, fill, mobility_label, ui, Text};
use crate::catalogue::{Contact, Mobility};
use crate::locale::Locale;
use crate::staff::{StaffTerms, MAX_DAYS, MIN_DAYS, TEACHING_HOURS_A_WEEK};

pub const CONTACTS: Text = Text::new("Contact", "Contact");
/// `MIN_DAYS`–`MAX_DAYS` written out (a test keeps them equal): the rules in brief.
const DAYS: Text = Text::new("2–60 days", "2–60 dagen");
const TEACHING: Text = Text::new(
    "Teaching: {} to {} days of activity, travel not counted, with at least {} teaching hours a week.",
    "Lesgeven: {} tot {} dagen activiteit, reisdagen niet meegeteld, met minstens {} lesuren per week.",
);
const TRAINING: Text = Text::new(
    "Training: {} to {} days of activity, travel not counted.",
    "Opleiding: {} tot {} dagen activiteit, reisdagen niet meegeteld.",
);
const SOURCE: Text = Text::new(
    "Erasmus+ Programme Guide 2024.",
    "Erasmus+-programmagids 2024.",
);
const CONTACT_ON_CARD: Text = Text::new("Contact: {}", "Contact: {}");

/// A staff result's terms in a few words each (its card's line, and the command line's).
pub fn staff_facts(terms: &StaffTerms, locale: Locale) -> Vec<String> {
    let mut kinds = Vec::new();
    for &kind in &terms.kinds {
        kinds.push(mobility_label(kind).get(locale).to_owned());
    }
    let mut facts = vec![and_list(&kinds, locale)];
    facts.push(DAYS.get(locale).to_owned());
    if let Some(places) = terms.places.filter(|&n| n > 0) {
        facts.push(fill(
            ui::PER_YEAR.get(locale),
            &[&ui::places(places, locale)],
        ));
    }
    if let Some(first) = terms.contacts.first() {
        facts.push(fill(CONTACT_ON_CARD.get(locale), &[&first.name]));
    }
    facts
}

/// The Erasmus+ rules of each kind offered, then where they come from (the command line's).
pub fn staff_rules(terms: &StaffTerms, locale: Locale) -> Vec<String> {
    let (min, max) = (MIN_DAYS.to_string(), MAX_DAYS.to_string());
    let mut lines = Vec::new();
    for &kind in &terms.kinds {
        lines.push(match kind {
            Mobility::StaffTeaching => fill(
                TEACHING.get(locale),
                &[&min, &max, &TEACHING_HOURS_A_WEEK.to_string()],
            ),
            _ => fill(TRAINING.get(locale), &[&min, &max]),
        });
    }
    lines.push(SOURCE.get(locale).to_owned());
    lines
}

/// "Anna Nowak, incoming staff": a contact's name and role.
pub fn contact_label(contact: &Contact) -> String {
    let mut label = contact.name.clone();
    if let Some(role) = &contact.role {
        label.push_str(", ");
        label.push_str(role);
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cards_days_are_the_rules_days() {
        let range = format!("{MIN_DAYS}–{MAX_DAYS} ");
        assert!(DAYS.en.starts_with(&range) && DAYS.nl.starts_with(&range));
    }
}
