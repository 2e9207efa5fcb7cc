//! Staff mobility: what a teacher or staff member sees instead of a student's deadlines,
//! levels and requirements. A result is a staff result when every agreement of it that fits
//! the search is staff teaching or training; its terms are the Erasmus+ rules for the kinds it
//! offers and the places the agreements give, and its contacts are the fitting agreements'
//! people first, then the institution's. Words: `i18n::staff`.

use crate::catalogue::{Contact, Institution, Mobility};
use crate::search::{Hit, Kind, Matcher};

/// Erasmus+ staff mobility lasts from 2 to 60 days of activity, travel not counted, and
/// teaching asks at least 8 hours a week (Programme Guide 2024, staff mobility).
pub const MIN_DAYS: u32 = 2;
pub const MAX_DAYS: u32 = 60;
pub const TEACHING_HOURS_A_WEEK: u32 = 8;

/// The staff terms of one result.
#[derive(Debug, Clone, PartialEq)]
pub struct StaffTerms<'c> {
    /// The staff kinds the fitting agreements offer, in the vocabulary's order.
    pub kinds: Vec<Mobility>,
    /// Places a year over the fitting agreements, when each of them says.
    pub places: Option<u32>,
    /// Who to write to, most specific first, without repeats.
    pub contacts: Vec<&'c Contact>,
}

/// The staff terms of `hit`, when it is a staff result (an institution whose fitting
/// agreements are all staff mobility); `None` for a student's result and for BIPs.
pub fn staff_terms<'c>(m: &'c Matcher, hit: &Hit) -> Option<StaffTerms<'c>> {
    if hit.kind != Kind::Institution || hit.agreements.is_empty() {
        return None;
    }
    let institution = m.institution(&hit.id)?;
    let mut offered = Vec::new();
    let mut places = Some(0u32);
    for &n in &hit.agreements {
        let agreement = institution.agreements.get(n)?;
        if !agreement.mobility.is_staff() {
            return None;
        }
        offered.push(agreement.mobility);
        places = places
            .zip(agreement.places)
            .map(|(a, b)| a.saturating_add(b));
    }
    // In the vocabulary's order by a filter, not a sort: a sort of its own would cost the
    // widget 2 KB of code.
    let kinds = Mobility::ALL
        .iter()
        .copied()
        .filter(|k| offered.contains(k))
        .collect();
    Some(StaffTerms {
        kinds,
        places,
        contacts: contacts_for(institution, &hit.agreements),
    })
}

/// The people to contact about `institution`'s agreements at `agreements` (their positions):
/// theirs first, then the institution's, each person once.
pub fn contacts_for<'c>(institution: &'c Institution, agreements: &[usize]) -> Vec<&'c Contact> {
    let own = agreements
        .iter()
        .filter_map(|&n| institution.agreements.get(n))
        .flat_map(|a| &a.contacts);
    let mut contacts: Vec<&Contact> = Vec::new();
    for contact in own.chain(&institution.contacts) {
        if !contacts.contains(&contact) {
            contacts.push(contact);
        }
    }
    contacts
}
