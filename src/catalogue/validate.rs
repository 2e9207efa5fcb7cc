//! Checks of meaning, after the structure has parsed: codes, references, dates, ranges.
//! Every problem is collected, in document order, each with its place.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::model::{
    Agreement, Bip, Catalogue, Deadlines, Home, Institution, LanguageRequirement, Location,
    Programme, Validity, HOME_HOST,
};
use super::problem::Problem;
use super::text::LocalisedText;
use super::values::{CountryCode, Id, LanguageCode};

/// Every problem of meaning in `catalogue` (structure and format are checked while parsing).
pub fn validate(catalogue: &Catalogue) -> Vec<Problem> {
    let mut v = Validator {
        catalogue,
        problems: Vec::new(),
        programme_ids: catalogue.programmes.iter().map(|p| p.id.as_str()).collect(),
        institution_ids: catalogue
            .institutions
            .iter()
            .map(|i| i.id.as_str())
            .collect(),
    };
    if let Some(updated) = &catalogue.updated {
        v.check(|| "updated".to_owned(), updated.problem());
    }
    if let Some(notice) = &catalogue.notice {
        v.text("notice", notice);
    }
    v.home(&catalogue.home);
    v.unique_ids("programmes", catalogue.programmes.iter().map(|p| &p.id));
    for (i, programme) in catalogue.programmes.iter().enumerate() {
        v.programme(&format!("programmes[{i}]"), programme);
    }
    v.unique_ids("institutions", catalogue.institutions.iter().map(|p| &p.id));
    for (i, institution) in catalogue.institutions.iter().enumerate() {
        v.institution(&format!("institutions[{i}]"), institution);
    }
    v.unique_ids("bips", catalogue.bips.iter().map(|p| &p.id));
    for (i, bip) in catalogue.bips.iter().enumerate() {
        v.bip(&format!("bips[{i}]"), bip);
    }
    v.problems
}

struct Validator<'a> {
    catalogue: &'a Catalogue,
    problems: Vec<Problem>,
    programme_ids: HashSet<&'a str>,
    institution_ids: HashSet<&'a str>,
}

impl Validator<'_> {
    fn error(&mut self, place: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::error(place, message));
    }

    fn warning(&mut self, place: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::warning(place, message));
    }

    /// Reports `problem`, if there is one, at the place `place` names. Places are built only
    /// for problems: a large valid catalogue needs none of them.
    fn check(&mut self, place: impl FnOnce() -> String, problem: Option<String>) {
        if let Some(message) = problem {
            self.error(place(), message);
        }
    }

    fn unique_ids<'i>(&mut self, list: &str, ids: impl Iterator<Item = &'i Id>) {
        let mut first_seen: HashMap<&str, usize> = HashMap::default();
        for (i, id) in ids.enumerate() {
            match first_seen.get(id.as_str()) {
                Some(first) => self.error(
                    format!("{list}[{i}].id"),
                    format!("duplicate id \"{id}\": {list}[{first}] has it already"),
                ),
                None => {
                    first_seen.insert(id.as_str(), i);
                }
            }
        }
    }

    fn id(&mut self, place: &str, id: &Id) {
        self.check(|| format!("{place}.id"), id.problem());
    }

    fn text(&mut self, place: &str, text: &LocalisedText) {
        match text {
            LocalisedText::Plain(s) if s.trim().is_empty() => self.error(place, "is empty"),
            LocalisedText::Plain(_) => {}
            LocalisedText::ByLanguage(map) if map.is_empty() => {
                self.error(place, "has no text in any language")
            }
            LocalisedText::ByLanguage(map) => {
                for (i, (lang, s)) in map.iter().enumerate() {
                    if map[..i].iter().any(|(earlier, _)| earlier == lang) {
                        self.error(format!("{place}.{lang}"), "is given twice");
                    }
                    self.check(
                        || format!("{place}.{lang}"),
                        LanguageCode(lang.clone()).problem(),
                    );
                    if s.trim().is_empty() {
                        self.error(format!("{place}.{lang}"), "is empty");
                    }
                }
            }
        }
    }

    fn country(&mut self, place: impl FnOnce() -> String, country: &CountryCode) {
        self.check(place, country.problem());
    }

    fn location(&mut self, place: &str, location: &Location) {
        if !(-90.0..=90.0).contains(&location.lat) {
            self.error(
                format!("{place}.lat"),
                format!(
                    "latitude {} is out of range (-90 to 90)",
                    number(location.lat)
                ),
            );
        }
        if !(-180.0..=180.0).contains(&location.lon) {
            self.error(
                format!("{place}.lon"),
                format!(
                    "longitude {} is out of range (-180 to 180)",
                    number(location.lon)
                ),
            );
        }
    }

    fn positive(&mut self, place: impl FnOnce() -> String, value: Option<u32>) {
        if value == Some(0) {
            self.error(place(), "must be at least 1");
        }
    }

    /// A list that is present must not be empty: an empty one would match nobody.
    fn not_empty<T>(&mut self, place: impl FnOnce() -> String, list: &Option<Vec<T>>) {
        if list.as_ref().is_some_and(Vec::is_empty) {
            self.error(
                place(),
                "is empty, which would match nobody; leave it out to mean all",
            );
        }
    }

    fn programme_refs(&mut self, place: &str, ids: &Option<Vec<Id>>) {
        self.not_empty(|| place.to_owned(), ids);
        for (i, id) in ids.iter().flatten().enumerate() {
            if !self.programme_ids.contains(id.as_str()) {
                self.error(
                    format!("{place}[{i}]"),
                    format!("refers to programme \"{id}\", which is not in programmes"),
                );
            }
        }
    }

    fn languages(&mut self, place: &str, languages: &[LanguageRequirement]) {
        for (i, l) in languages.iter().enumerate() {
            self.check(|| format!("{place}[{i}].lang"), l.lang.problem());
        }
    }

    fn home(&mut self, home: &Home) {
        self.text("home.name", &home.name);
        self.text("home.city", &home.city);
        self.country(|| "home.country".into(), &home.country);
        self.location("home.location", &home.location);
    }

    fn programme(&mut self, place: &str, programme: &Programme) {
        self.id(place, &programme.id);
        self.text(&format!("{place}.name"), &programme.name);
        self.check(|| format!("{place}.isced"), programme.isced.problem());
        self.not_empty(|| format!("{place}.levels"), &programme.levels);
        for (i, alias) in programme.aliases.iter().enumerate() {
            if alias.trim().is_empty() {
                self.error(format!("{place}.aliases[{i}]"), "is empty");
            }
        }
    }

    fn institution(&mut self, place: &str, institution: &Institution) {
        self.id(place, &institution.id);
        if institution.id.as_str() == HOME_HOST {
            self.error(
                format!("{place}.id"),
                "\"home\" is reserved: BIPs use it to mean the home school",
            );
        }
        self.text(&format!("{place}.name"), &institution.name);
        self.text(&format!("{place}.city"), &institution.city);
        self.country(|| format!("{place}.country"), &institution.country);
        self.location(&format!("{place}.location"), &institution.location);
        if let Some(website) = &institution.website {
            self.check(|| format!("{place}.website"), website.problem());
        }
        if institution.agreements.is_empty() {
            self.warning(
                format!("{place}.agreements"),
                "no agreements: the institution will never be shown",
            );
        }
        for (i, agreement) in institution.agreements.iter().enumerate() {
            self.agreement(&format!("{place}.agreements[{i}]"), agreement);
        }
        self.deadlines(&format!("{place}.deadlines"), &institution.deadlines);
        for (i, requirement) in institution.requirements.iter().enumerate() {
            if requirement.trim().is_empty() {
                self.error(format!("{place}.requirements[{i}]"), "is empty");
            }
        }
    }

    fn agreement(&mut self, place: &str, agreement: &Agreement) {
        self.programme_refs(&format!("{place}.programmes"), &agreement.programmes);
        self.check(|| format!("{place}.isced"), agreement.isced.problem());
        if agreement.programmes.is_none()
            && agreement.isced.problem().is_none()
            && !self
                .catalogue
                .programmes
                .iter()
                .any(|p| p.isced == agreement.isced)
        {
            self.warning(
                format!("{place}.isced"),
                format!(
                    "no programme has ISCED {} and the agreement lists none, so no student will see it",
                    agreement.isced
                ),
            );
        }
        self.not_empty(|| format!("{place}.levels"), &agreement.levels);
        self.not_empty(|| format!("{place}.terms"), &agreement.terms);
        self.positive(|| format!("{place}.places"), agreement.places);
        self.positive(|| format!("{place}.months"), agreement.months);
        if agreement.months.is_some_and(|m| m > 12) {
            self.error(
                format!("{place}.months"),
                "an exchange lasts at most 12 months",
            );
        }
        self.languages(&format!("{place}.languages"), &agreement.languages);
        if let Some(valid) = &agreement.valid {
            self.validity(&format!("{place}.valid"), valid);
        }
        if let Some(notes) = &agreement.notes {
            self.text(&format!("{place}.notes"), notes);
        }
    }

    fn validity(&mut self, place: &str, valid: &Validity) {
        let from = valid.from.as_ref().map(|y| (y, y.start_year()));
        let until = valid.until.as_ref().map(|y| (y, y.start_year()));
        for (field, year) in [("from", from), ("until", until)] {
            if let Some((year, None)) = year {
                self.error(
                    format!("{place}.{field}"),
                    year.problem().unwrap_or_default(),
                );
            }
        }
        if let (Some((from, Some(a))), Some((until, Some(b)))) = (from, until) {
            if a > b {
                self.error(
                    format!("{place}.until"),
                    format!("{until} is before the start year {from}"),
                );
            }
        }
    }

    fn deadlines(&mut self, place: &str, deadlines: &Deadlines) {
        for (term, day) in [
            ("autumn", &deadlines.autumn),
            ("spring", &deadlines.spring),
            ("full-year", &deadlines.full_year),
        ] {
            if let Some(day) = day {
                self.check(|| format!("{place}.{term}"), day.problem());
            }
        }
    }

    fn bip(&mut self, place: &str, bip: &Bip) {
        self.id(place, &bip.id);
        self.text(&format!("{place}.title"), &bip.title);
        if let Some(description) = &bip.description {
            self.text(&format!("{place}.description"), description);
        }
        if bip.host != HOME_HOST && !self.institution_ids.contains(bip.host.as_str()) {
            self.error(
                format!("{place}.host"),
                format!(
                    "refers to institution \"{}\", which is not in institutions (use \"home\" for the home school)",
                    bip.host
                ),
            );
        }
        let mut seen = HashSet::default();
        for (i, partner) in bip.partners.iter().enumerate() {
            let partner_place = format!("{place}.partners[{i}]");
            if !self.institution_ids.contains(partner.as_str()) {
                self.error(
                    partner_place,
                    format!("refers to institution \"{partner}\", which is not in institutions"),
                );
            } else if !seen.insert(partner.as_str()) || partner.as_str() == bip.host {
                self.error(partner_place, format!("\"{partner}\" is listed twice"));
            }
        }
        self.programme_refs(&format!("{place}.programmes"), &bip.programmes);
        if let Some(isced) = &bip.isced {
            self.check(|| format!("{place}.isced"), isced.problem());
        }
        self.not_empty(|| format!("{place}.levels"), &bip.levels);
        let mut start = None;
        if let Some(physical) = &bip.physical {
            let p = format!("{place}.physical");
            self.check(|| format!("{p}.start"), physical.start.problem());
            self.check(|| format!("{p}.end"), physical.end.problem());
            start = physical.start.parse();
            if let (Some(s), Some(e)) = (start, physical.end.parse()) {
                if e < s {
                    self.error(
                        format!("{p}.end"),
                        format!("{} is before the start, {}", physical.end, physical.start),
                    );
                }
            }
            self.text(&format!("{p}.city"), &physical.city);
            self.country(|| format!("{p}.country"), &physical.country);
            if let Some(location) = &physical.location {
                self.location(&format!("{p}.location"), location);
            }
        }
        if let Some(virtual_part) = &bip.virtual_part {
            self.text(&format!("{place}.virtual"), virtual_part);
        }
        if let Some(ects) = bip.ects {
            if !(ects > 0.0 && ects.is_finite()) {
                self.error(
                    format!("{place}.ects"),
                    format!("{} must be more than 0", number(ects)),
                );
            }
        }
        self.languages(&format!("{place}.languages"), &bip.languages);
        if let Some(apply_by) = &bip.apply_by {
            self.check(|| format!("{place}.apply_by"), apply_by.problem());
            if let (Some(a), Some(s)) = (apply_by.parse(), start) {
                if a > s {
                    self.error(
                        format!("{place}.apply_by"),
                        format!("{apply_by} is after the BIP starts"),
                    );
                }
            }
        }
        self.positive(|| format!("{place}.places"), bip.places);
        if let Some(url) = &bip.url {
            self.check(|| format!("{place}.url"), url.problem());
        }
    }
}

/// A number as JSON writes it. (serde_json's float printer is linked anyway; core's `{}` for
/// f64 would add 14 KB to the WebAssembly.)
pub(crate) fn number(x: f64) -> String {
    serde_json::to_string(&x).unwrap_or_default()
}
