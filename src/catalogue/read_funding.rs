//! The `funding` section read from the JSON tree (`funding.rs` says what it holds); what the
//! amounts mean is checked in `validate_funding.rs`.

use super::funding::{CountryGroup, FundingTable, FundingYear, TravelBand};
use super::json::Json;
use super::place::Place;
use super::read::{optional, Reader};
use super::values::{AcademicYear, CountryCode, WebUrl};
use super::words::{ACADEMIC_YEAR, COUNTRY, EUROS, WEB_ADDRESS};

const FUNDING: &str =
    "an object with the office's `url` and the amounts of each academic year in `years`";
const YEAR: &str = "an object with the academic `year` and its amounts";
const BAND: &str = "a travel band: an object with `from_km` and `standard` (and `green`) in euros";
const GROUP: &str = "a country group: an object with `countries` and the monthly `study` and `traineeship` grants in euros";
const KM: &str = "a whole number of kilometres";

pub(super) fn read_funding<'t>(
    r: &mut Reader<'_, 't>,
    place: &Place,
    value: Json<'t>,
) -> Option<FundingTable> {
    let mut f: [Option<Json>; 2] = Default::default();
    if !r.fields(place, value, FUNDING, &["url", "years"], &mut f) {
        return None;
    }
    let mark = r.failures;
    let [url, years] = &mut f;
    let url = r.optional_string(place, "url", WEB_ADDRESS, url);
    let years_place = place.key("years");
    let years = optional(years, |v| {
        let items = r.items(&years_place, v, "a list of academic years")?;
        r.each(items, |r, i, v| year(r, &years_place.index(i), v))
    });
    let table = FundingTable {
        url: url.map(WebUrl),
        years: years.unwrap_or_default(),
    };
    r.whole(mark, table)
}

fn year<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Option<FundingYear> {
    let names: &[&str] = &["year", "travel", "green_top_up", "green_days", "monthly"];
    let mut f: [Option<Json>; 5] = Default::default();
    if !r.fields(place, value, YEAR, names, &mut f) {
        return None;
    }
    let mark = r.failures;
    let [year, travel, green_top_up, green_days, monthly] = &mut f;
    let year = r.required_string(place, "funding year", "year", ACADEMIC_YEAR, year);
    let travel_place = place.key("travel");
    let travel = optional(travel, |v| {
        let items = r.items(&travel_place, v, "a list of travel bands")?;
        r.each(items, |r, i, v| band(r, &travel_place.index(i), v))
    });
    let green_top_up = r.optional_whole(place, "green_top_up", EUROS, green_top_up);
    let green_days = r.optional_whole(place, "green_days", "a whole number of days", green_days);
    let monthly_place = place.key("monthly");
    let monthly = optional(monthly, |v| {
        let items = r.items(&monthly_place, v, "a list of country groups")?;
        r.each(items, |r, i, v| group(r, &monthly_place.index(i), v))
    });
    let year = FundingYear {
        year: AcademicYear(year),
        travel,
        green_top_up,
        green_days,
        monthly: monthly.unwrap_or_default(),
    };
    r.whole(mark, year)
}

fn band<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Option<TravelBand> {
    let mut f: [Option<Json>; 3] = Default::default();
    if !r.fields(
        place,
        value,
        BAND,
        &["from_km", "standard", "green"],
        &mut f,
    ) {
        return None;
    }
    let mark = r.failures;
    let [from_km, standard, green] = &mut f;
    let mut from_km = r.need(place, "travel band", "from_km", KM, from_km);
    let from_km = r.optional_whole(place, "from_km", KM, &mut from_km);
    let mut standard = r.need(place, "travel band", "standard", EUROS, standard);
    let standard = r.optional_whole(place, "standard", EUROS, &mut standard);
    let green = r.optional_whole(place, "green", EUROS, green);
    let band = TravelBand {
        from_km: from_km.unwrap_or_default(),
        standard: standard.unwrap_or_default(),
        green,
    };
    r.whole(mark, band)
}

fn group<'t>(r: &mut Reader<'_, 't>, place: &Place, value: Json<'t>) -> Option<CountryGroup> {
    let names: &[&str] = &["countries", "study", "traineeship"];
    let mut f: [Option<Json>; 3] = Default::default();
    if !r.fields(place, value, GROUP, names, &mut f) {
        return None;
    }
    let mark = r.failures;
    let [countries, study, traineeship] = &mut f;
    let countries_place = place.key("countries");
    let countries = r
        .need(
            place,
            "country group",
            "countries",
            "a list of country codes",
            countries,
        )
        .and_then(|v| {
            let items = r.items(&countries_place, v, "a list of country codes")?;
            r.each(items, |r, i, v| {
                r.string(&countries_place.index(i), v, COUNTRY)
                    .map(CountryCode)
            })
        });
    let study = r.optional_whole(place, "study", EUROS, study);
    let traineeship = r.optional_whole(place, "traineeship", EUROS, traineeship);
    let group = CountryGroup {
        countries: countries.unwrap_or_default(),
        study,
        traineeship,
    };
    r.whole(mark, group)
}
