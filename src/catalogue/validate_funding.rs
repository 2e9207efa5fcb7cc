//! What the `funding` section's amounts mean: academic years in their form and each given
//! once, travel bands in increasing distance, amounts in euros within reason, and no country in
//! two groups of one year.

use super::funding::{FundingTable, TravelBand};
use super::place::Place;
use super::validate_values::Values;
use super::words::{quoted, ACADEMIC_YEAR, EUROS, MAX_EUROS};

/// The most countries of one group.
const MAX_COUNTRIES: usize = 300;

pub(super) fn funding(v: &mut Values, place: &Place, funding: &FundingTable) {
    if let Some(url) = &funding.url {
        v.web_address(&place.key("url"), url);
    }
    // Lists are bounded as a record's are (docs/catalogue-format.md, "Limits").
    if !v.at_most_100(place, "years", funding.years.len()) {
        return;
    }
    let years = place.key("years");
    for (i, year) in funding.years.iter().enumerate() {
        let place = years.index(i);
        let start = year.year.start_year();
        if start.is_none() {
            v.must_be(
                &place.key("year"),
                ACADEMIC_YEAR,
                &quoted(year.year.as_str()),
            );
        } else if funding.years[..i].iter().any(|y| y.year == year.year) {
            v.findings.error(
                place.key("year"),
                format!("{} is given twice: keep one", quoted(year.year.as_str())),
            );
        }
        if let Some(bands) = year
            .travel
            .as_ref()
            .filter(|b| v.at_most_100(&place, "travel", b.len()))
        {
            travel(v, &place.key("travel"), bands);
        }
        euros(v, &place, "green_top_up", year.green_top_up);
        if let Some(days) = year.green_days.filter(|d| !(1..=30).contains(d)) {
            v.must_be(
                &place.key("green_days"),
                "a whole number of days from 1 to 30",
                &days.to_string(),
            );
        }
        if !v.at_most_100(&place, "monthly", year.monthly.len()) {
            continue;
        }
        let groups = place.key("monthly");
        for (g, group) in year.monthly.iter().enumerate() {
            let place = groups.index(g);
            let countries = place.key("countries");
            // Every country of the world fits in one group.
            if !v.at_most(&countries, group.countries.len(), MAX_COUNTRIES) {
                continue;
            }
            euros(v, &place, "study", group.study);
            euros(v, &place, "traineeship", group.traineeship);
            for (c, country) in group.countries.iter().enumerate() {
                let at = countries.index(c);
                v.country(&at, country);
                let earlier = year.monthly[..g]
                    .iter()
                    .any(|other| other.countries.contains(country));
                if earlier || group.countries[..c].contains(country) {
                    v.findings.error(
                        at,
                        format!(
                            "{} is in more than one country group of {}: keep it in one",
                            quoted(country.as_str()),
                            year.year
                        ),
                    );
                }
            }
        }
    }
}

/// Bands from the shortest distance up, each with amounts in euros.
fn travel(v: &mut Values, place: &Place, bands: &[TravelBand]) {
    for (i, band) in bands.iter().enumerate() {
        let at = place.index(i);
        euros(v, &at, "standard", Some(band.standard));
        euros(v, &at, "green", band.green);
        if i > 0 && bands[i - 1].from_km >= band.from_km {
            v.findings.error(
                at.key("from_km"),
                format!(
                    "travel bands go from the shortest distance up: {} km comes after {} km",
                    band.from_km,
                    bands[i - 1].from_km
                ),
            );
        }
    }
}

fn euros(v: &mut Values, record: &Place, name: &str, amount: Option<u32>) {
    if let Some(n) = amount.filter(|n| !(1..=MAX_EUROS).contains(n)) {
        v.must_be(&record.key(name), EUROS, &n.to_string());
    }
}
