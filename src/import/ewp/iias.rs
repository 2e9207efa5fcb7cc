//! An EWP `iias-get-response` (stable-v7, or stable-v6) into agreements. Of each IIA in
//! effect, every mobility spec in which the home school is the sending HEI becomes one
//! agreement per ISCED-F code with the receiving HEI:
//!
//! | EWP | catalogue |
//! | --- | --- |
//! | `student-studies-mobility-spec` (and traineeship, staff-teacher, staff-training) | `mobility` study (traineeship, staff-teaching, staff-training) |
//! | `subject-area/isced-f-code` | `isced`, one agreement per code |
//! | `eqf-level` 6, 7, 8 | `levels` bachelor, master, doctorate |
//! | `mobilities-per-year` | `places` (absent when `not-yet-defined`) |
//! | `total-months-per-year` ÷ places | `months`, rounded, 1 to 12 |
//! | `recommended-language-skill` | `languages` |
//! | `receiving-first-academic-year-id`, `receiving-last-academic-year-id` (v6: the first and last `receiving-academic-year-id`) | `valid.from`, `valid.until` |
//! | `receiving-hei-id` | the institution with that `schac` (or Erasmus code); new ones from `--institutions` (`partner.rs`) |

use std::sync::Arc;

use roxmltree::{Document, Node};

use super::directory::Directory;
use super::xml::{boolean, child, children, text, text_of, Xml};
use crate::catalogue::{
    AcademicYear, Agreement, Cefr, Funding, IscedCode, LanguageCode, LanguageRequirement, Level,
    Mobility, Validity,
};
use crate::import::agreements::Gives;
use crate::import::merge::Merge;
use crate::import::origin::Origin;
use crate::import::Locate;

const NAMESPACES: [&str; 2] = [
    "https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd",
    "https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v6/endpoints/get-response.xsd",
];

const SPECS: [(&str, Mobility); 4] = [
    ("student-studies-mobility-spec", Mobility::Study),
    ("student-traineeship-mobility-spec", Mobility::Traineeship),
    ("staff-teacher-mobility-spec", Mobility::StaffTeaching),
    ("staff-training-mobility-spec", Mobility::StaffTraining),
];

pub(crate) struct Iias<'a> {
    pub file: &'a Arc<str>,
    pub home_hei: Option<&'a str>,
    pub directory: &'a Directory,
    pub places: &'a dyn Locate,
}

impl Iias<'_> {
    /// Puts the agreements into `merge`, problems into `problems`; what the user should
    /// know (IIAs not in effect, specs left out) as warnings.
    pub fn put(
        &self,
        source: &str,
        merge: &mut Merge,
        problems: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        let doc = Document::parse(source).ok()?;
        let xml = Xml {
            file: self.file,
            doc: &doc,
        };
        let root = doc.root_element();
        let namespace = root.tag_name().namespace().unwrap_or_default();
        if !NAMESPACES.contains(&namespace) {
            problems.push(xml.problem(
                root,
                format!(
                    "the namespace \"{namespace}\" is not that of the IIAs API stable-v7 or \
                     stable-v6 get-response"
                ),
            ));
            return None;
        }
        let Some(home) = self.home_hei.map(str::to_lowercase) else {
            problems.push(format!(
                "{}: an IIAs response needs --home-hei, the home school's SCHAC code (such as \
                 kask.hogent.be), to know which mobilities go out from it",
                self.file
            ));
            return None;
        };
        let mut warnings = Vec::new();
        // The agreements of each receiving institution, in order: merged together.
        let mut given: Vec<(usize, Vec<(Agreement, Origin)>)> = Vec::new();
        let mut not_in_effect = 0;
        let mut home_seen = false;
        for iia in children(root, "iia") {
            home_seen |= children(iia, "partner")
                .any(|p| text_of(p, "hei-id").is_some_and(|h| h.to_lowercase() == home));
            match child(iia, "in-effect")
                .and_then(text)
                .as_deref()
                .map(boolean)
            {
                Some(Some(true)) => {}
                Some(Some(false)) => {
                    not_in_effect += 1;
                    continue;
                }
                Some(None) => {
                    let node = child(iia, "in-effect").unwrap_or(iia);
                    problems.push(xml.problem(node, "must be true or false"));
                    continue;
                }
                None => {
                    problems.push(xml.problem(iia, "has no <in-effect>; every IIA needs it"));
                    continue;
                }
            }
            let Some(conditions) = child(iia, "cooperation-conditions") else {
                problems.push(xml.problem(iia, "has no <cooperation-conditions>"));
                continue;
            };
            for (name, mobility) in SPECS {
                for spec in children(conditions, name) {
                    let sending = text_of(spec, "sending-hei-id").map(|s| s.to_lowercase());
                    if sending.as_deref() != Some(home.as_str()) {
                        continue;
                    }
                    let Some((at, agreements)) =
                        self.spec(&xml, spec, mobility, merge, problems, &mut warnings)
                    else {
                        continue;
                    };
                    match given.iter_mut().find(|(i, _)| *i == at) {
                        Some((_, list)) => list.extend(agreements),
                        None => given.push((at, agreements)),
                    }
                }
            }
        }
        for (at, agreements) in given {
            merge.put_agreements(at, agreements, Gives::EWP, problems);
        }
        if !home_seen && children(root, "iia").next().is_some() {
            problems.push(format!(
                "{}: no IIA has a partner with <hei-id>{home}</hei-id>; is --home-hei the home \
                 school's SCHAC code?",
                self.file
            ));
        }
        if not_in_effect > 0 {
            warnings.push(format!(
                "{}: {not_in_effect} IIA{} not in effect (<in-effect>false</in-effect>) left out",
                self.file,
                if not_in_effect == 1 { "" } else { "s" }
            ));
        }
        Some(warnings)
    }

    /// One mobility spec: the receiving institution's index and an agreement per ISCED code,
    /// each with its element (`None` when the spec is left out or has problems).
    fn spec(
        &self,
        xml: &Xml,
        spec: Node,
        mobility: Mobility,
        merge: &mut Merge,
        problems: &mut Vec<String>,
        warnings: &mut Vec<String>,
    ) -> Option<(usize, Vec<(Agreement, Origin)>)> {
        let before = problems.len();
        let Some(receiving) = text_of(spec, "receiving-hei-id") else {
            problems.push(xml.problem(spec, "has no <receiving-hei-id>"));
            return None;
        };
        let places = match child(spec, "mobilities-per-year") {
            None => None,
            Some(n) if n.attribute("not-yet-defined") == Some("true") => None,
            Some(n) => match text(n).as_deref().map(str::parse::<u32>) {
                Some(Ok(count)) if count > 0 => Some(count),
                _ => {
                    problems.push(xml.problem(n, "must be a whole number of at least 1"));
                    None
                }
            },
        };
        let months = match child(spec, "total-months-per-year") {
            Some(n) => match text(n).as_deref().map(str::parse::<f64>) {
                Some(Ok(total)) if total > 0.0 && total.is_finite() => {
                    places.map(|p| (total / f64::from(p)).round().clamp(1.0, 12.0) as u32)
                }
                _ => {
                    problems.push(xml.problem(n, "must be a number of months more than 0"));
                    None
                }
            },
            None => None,
        };
        let mut levels = Vec::new();
        for n in children(spec, "eqf-level") {
            match text(n).as_deref() {
                Some("6") => levels.push(Level::Bachelor),
                Some("7") => levels.push(Level::Master),
                Some("8") => levels.push(Level::Doctorate),
                Some(other) if other.parse::<u8>().is_ok_and(|l| (1..=8).contains(&l)) => warnings
                    .push(xml.problem(
                        n,
                        format!(
                            "EQF level {other} has no catalogue level (6, 7 and 8 do); left out"
                        ),
                    )),
                _ => problems.push(xml.problem(n, "must be an EQF level, 1 to 8")),
            }
        }
        let any_eqf = children(spec, "eqf-level").next().is_some();
        let mut languages = Vec::new();
        for skill in children(spec, "recommended-language-skill") {
            if skill.attribute("not-yet-defined") == Some("true") {
                continue;
            }
            let lang = text_of(skill, "language");
            let cefr = child(skill, "cefr-level");
            match (lang, cefr.and_then(text)) {
                (Some(lang), Some(level)) => match Cefr::parse(&level) {
                    Some(cefr) => languages.push(LanguageRequirement {
                        // "en-GB" is English: the catalogue has languages, not regions.
                        lang: LanguageCode(primary_subtag(&lang)),
                        cefr,
                    }),
                    None => problems.push(xml.problem(
                        cefr.unwrap_or(skill),
                        format!("\"{level}\" is not a CEFR level (A1 to C2)"),
                    )),
                },
                (Some(lang), None) => warnings.push(xml.problem(
                    skill,
                    format!(
                        "{lang} without a <cefr-level> is left out (the catalogue asks a level)"
                    ),
                )),
                (None, _) => problems.push(xml.problem(skill, "has no <language>")),
            }
        }
        let valid = validity(spec);
        let codes: Vec<(Node, String)> = children(spec, "subject-area")
            .filter_map(|area| child(area, "isced-f-code"))
            .filter_map(|code| text(code).map(|t| (code, t)))
            .collect();
        if codes.is_empty() {
            warnings.push(xml.problem(
                spec,
                "has no <subject-area> with an <isced-f-code>, so it is left out: the catalogue \
                 matches agreements to programmes by it",
            ));
            return None;
        }
        if any_eqf && levels.is_empty() {
            warnings.push(xml.problem(spec, "none of its EQF levels is 6, 7 or 8: left out"));
            return None;
        }
        if problems.len() > before {
            return None;
        }
        let at = self.institution(xml, spec, &receiving, merge, problems)?;
        let agreements = codes.into_iter().map(|(code, isced)| {
            let agreement = Agreement {
                mobility,
                programmes: None,
                isced: IscedCode(isced),
                levels: (!levels.is_empty()).then(|| levels.clone()),
                terms: None,
                places,
                months,
                languages: languages.clone(),
                funding: Some(Funding::Erasmus),
                valid: valid.clone(),
                notes: None,
                contacts: Vec::new(),
            };
            (agreement, xml.origin(code))
        });
        Some((at, agreements.collect()))
    }
}

/// The academic years: v7's first and last, or v6's list (its first and last).
fn validity(spec: Node) -> Option<Validity> {
    let first = text_of(spec, "receiving-first-academic-year-id");
    let last = text_of(spec, "receiving-last-academic-year-id");
    let (from, until) = if first.is_some() || last.is_some() {
        (first, last)
    } else {
        let mut years: Vec<String> = children(spec, "receiving-academic-year-id")
            .filter_map(text)
            .collect();
        crate::order::sort(&mut years);
        (years.first().cloned(), years.last().cloned())
    };
    (from.is_some() || until.is_some()).then(|| Validity {
        from: from.map(AcademicYear),
        until: until.map(AcademicYear),
    })
}

fn primary_subtag(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_lowercase()
}
