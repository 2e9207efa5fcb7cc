//! The words of a staff result (`crate::staff`): on the card, the kinds of mobility, how long
//! and the places ("Staff: teaching · 2–60 days · 2 places per year"); in the details, the
//! Erasmus+ rules for each kind and the people to contact.

use super::{and_list, fill, mobility_label, ui, Text};
use crate::catalogue::{Contact, Mobility};
use crate::locale::Locale;
use crate::staff::{StaffTerms, MAX_DAYS, MIN_DAYS, TEACHING_HOURS_A_WEEK};

pub const STAFF_TERMS: Text = Text::new("Staff mobility terms", "Voorwaarden personeelsmobiliteit");
pub const CONTACTS: Text = Text::new("Contact", "Contact");
const DAYS: Text = Text::new("{}–{} days", "{}–{} dagen");
const TEACHING: Text = Text::new(
    "Teaching: {} to {} days of activity, travel not counted, with at least {} teaching hours a week.",
    "Lesgeven: {} tot {} dagen activiteit, reisdagen niet meegeteld, met minstens {} lesuren per week.",
);
const TRAINING: Text = Text::new(
    "Training: {} to {} days of activity, travel not counted.",
    "Opleiding: {} tot {} dagen activiteit, reisdagen niet meegeteld.",
);
const SOURCE: Text = Text::new(
    "Erasmus+ rules for staff mobility (Programme Guide 2024); ask the international office before you plan.",
    "Erasmus+-regels voor personeelsmobiliteit (programmagids 2024); overleg met de internationale dienst voor je plant.",
);
const CONTACT_ON_CARD: Text = Text::new("Contact: {}", "Contact: {}");

/// The card's few words for a staff result.
pub fn staff_facts(terms: &StaffTerms, locale: Locale) -> Vec<String> {
    let mut kinds = Vec::new();
    for &kind in &terms.kinds {
        kinds.push(mobility_label(kind).get(locale).to_owned());
    }
    let mut facts = vec![and_list(&kinds, locale)];
    facts.push(fill(
        DAYS.get(locale),
        &[&MIN_DAYS.to_string(), &MAX_DAYS.to_string()],
    ));
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

/// The details' sentences: the rules of each kind offered, then where they come from.
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
    match &contact.role {
        Some(role) => format!("{}, {role}", contact.name),
        None => contact.name.clone(),
    }
}
