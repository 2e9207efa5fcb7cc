//! The catalogue, format version 1: what the international office writes and everything reads.
//!
//! Field documentation here becomes the JSON Schema's descriptions (`partner-matcher schema`).
//! Catalogue files are read by `load` (`read_model.rs`), never by these serde derives: they
//! serve code and tests that build values, and their attributes shape the schema.

use serde::{Deserialize, Serialize};

use super::funding::FundingTable;
use super::home::{Application, HomeContact};
use super::text::LocalisedText;
use super::values::{
    AcademicYear, CountryCode, Date, Id, IscedCode, LanguageCode, MonthDay, WebUrl,
};
use crate::named::named_enum;

/// The format tag this version reads and writes.
pub const FORMAT: &str = "partner-matcher/catalogue@1";

/// A partner catalogue: the home school, its programmes, partner institutions and BIPs.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Catalogue {
    /// Format and version: "partner-matcher/catalogue@1" (a minor version such as @1.2 is read too).
    pub format: String,
    /// When the catalogue was last updated.
    pub updated: Option<Date>,
    /// A note shown with the results, such as "demo data".
    pub notice: Option<LocalisedText>,
    /// The home institution: distances are measured from it.
    pub home: Home,
    /// The home programmes students come from.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 10000)))]
    pub programmes: Vec<Programme>,
    /// Partner institutions and their inter-institutional agreements.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 10000)))]
    pub institutions: Vec<Institution>,
    /// Erasmus+ Blended Intensive Programmes.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 10000)))]
    pub bips: Vec<Bip>,
    /// Erasmus+ amounts by academic year, kept by the office: every result's estimate.
    pub funding: Option<FundingTable>,
}

/// The home institution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Home {
    pub name: LocalisedText,
    pub city: LocalisedText,
    pub country: CountryCode,
    pub location: Location,
    /// The home school's own (internal) deadlines for applying to go abroad, as yearly dates:
    /// a student applies here by this day, before the home school nominates them to the
    /// partner by the partner's deadline. An institution's `home_deadlines` overrides them.
    #[serde(default, skip_serializing_if = "Deadlines::is_empty")]
    pub deadlines: Deadlines,
    /// The international office, for students: where the shortlist is sent and whom error
    /// messages name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<HomeContact>,
    /// How many exchanges the school's application ranks, in Europe and outside it; absent:
    /// six, in one list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<Application>,
}

/// A point on Earth, in decimal degrees (WGS 84).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Location {
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = -90.0, max = 90.0)))]
    pub lat: f64,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = -180.0, max = 180.0)))]
    pub lon: f64,
}

/// A home study programme.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Programme {
    pub id: Id,
    pub name: LocalisedText,
    /// The programme's ISCED-F field: agreements without a programme list match on it.
    pub isced: IscedCode,
    /// Levels the programme is taught at; absent means all.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = 100)))]
    pub levels: Option<Vec<Level>>,
    /// Other names students use, in any language ("foto", "jazz").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(length(max = 100), inner(length(max = 2000)))
    )]
    pub aliases: Vec<String>,
}

/// A partner institution.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Institution {
    pub id: Id,
    /// Official name, usually in the institution's own language.
    pub name: LocalisedText,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 2000)))]
    pub short_name: Option<String>,
    /// Erasmus institution code, such as "F LYON12".
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 2000)))]
    pub erasmus_code: Option<String>,
    /// Erasmus Without Paper identifier (SCHAC code): the institution's internet domain, such
    /// as "uw.edu.pl". The EWP import finds institutions by it.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 64)))]
    pub schac: Option<String>,
    pub city: LocalisedText,
    pub country: CountryCode,
    pub location: Location,
    pub website: Option<WebUrl>,
    /// Free keywords that the search matches ("conservatoire", "film-school").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(length(max = 100), inner(length(max = 2000)))
    )]
    pub tags: Vec<String>,
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 100)))]
    pub agreements: Vec<Agreement>,
    /// The partner's nomination deadlines, as yearly dates: by this day the home school
    /// nominates its students to the partner.
    #[serde(default, skip_serializing_if = "Deadlines::is_empty")]
    pub deadlines: Deadlines,
    /// The home school's own deadlines for this partner, when they differ from
    /// `home.deadlines` (terms left out here keep the home school's).
    #[serde(default, skip_serializing_if = "Deadlines::is_empty")]
    pub home_deadlines: Deadlines,
    /// What an application needs ("portfolio", "motivation-letter", "audition", ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(length(max = 100), inner(length(max = 2000)))
    )]
    pub requirements: Vec<String>,
    /// People at the institution to contact about exchanges.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 100)))]
    pub contacts: Vec<Contact>,
}

/// Someone to contact: a name, and their role and e-mail address when known.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Contact {
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 2000)))]
    pub name: String,
    /// What they do ("incoming students", "IRO coordinator").
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 2000)))]
    pub role: Option<String>,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 2000)))]
    pub email: Option<String>,
}

/// Nomination deadline per term, as `--MM-DD`.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Deadlines {
    pub autumn: Option<MonthDay>,
    pub spring: Option<MonthDay>,
    #[serde(default, rename = "full-year")]
    pub full_year: Option<MonthDay>,
}

impl Deadlines {
    pub fn is_empty(&self) -> bool {
        self.autumn.is_none() && self.spring.is_none() && self.full_year.is_none()
    }

    /// The deadline for a stay starting in `term`; a full year falls back to the autumn one.
    pub fn for_term(&self, term: Term) -> Option<&MonthDay> {
        match term {
            Term::Autumn => self.autumn.as_ref(),
            Term::Spring => self.spring.as_ref(),
            Term::FullYear => self.full_year.as_ref().or(self.autumn.as_ref()),
        }
    }

    /// [`Deadlines::for_term`] as (month, day), when it is a valid yearly date.
    pub fn day(&self, term: Term) -> Option<(time::Month, u8)> {
        self.for_term(term).and_then(MonthDay::parse)
    }
}

/// An inter-institutional agreement (one mobility type, one field of education).
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Agreement {
    pub mobility: Mobility,
    /// Home programme ids; absent means every programme with this ISCED code.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = 100)))]
    pub programmes: Option<Vec<Id>>,
    pub isced: IscedCode,
    /// Absent means all levels.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = 100)))]
    pub levels: Option<Vec<Level>>,
    /// Absent means every term.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = 100)))]
    pub terms: Option<Vec<Term>>,
    /// Places (mobilities) per academic year, 1 to 1000.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 1000)))]
    pub places: Option<u32>,
    /// Months per mobility, 1 to 12.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 12)))]
    pub months: Option<u32>,
    /// Language requirements; meeting any one suffices.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 100)))]
    pub languages: Vec<LanguageRequirement>,
    pub funding: Option<Funding>,
    pub valid: Option<Validity>,
    pub notes: Option<LocalisedText>,
    /// People to contact about this agreement (staff mobility shows them first, before the
    /// institution's own `contacts`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 100)))]
    pub contacts: Vec<Contact>,
}

/// The academic years an agreement runs, both inclusive.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Validity {
    pub from: Option<AcademicYear>,
    pub until: Option<AcademicYear>,
}

/// A language and the CEFR level asked for (or spoken).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct LanguageRequirement {
    pub lang: LanguageCode,
    pub cefr: Cefr,
}

/// An Erasmus+ Blended Intensive Programme.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Bip {
    pub id: Id,
    pub title: LocalisedText,
    pub description: Option<LocalisedText>,
    /// "home", or the id of the partner institution that hosts it.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 64)))]
    pub host: String,
    /// Ids of the other partner institutions taking part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 100)))]
    pub partners: Vec<Id>,
    /// Home programmes it is open to; with `isced` absent too, it is open to every programme.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = 100)))]
    pub programmes: Option<Vec<Id>>,
    pub isced: Option<IscedCode>,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(min = 1, max = 100)))]
    pub levels: Option<Vec<Level>>,
    /// The physical week.
    pub physical: Option<PhysicalPart>,
    /// The online part, described.
    #[serde(default, rename = "virtual")]
    pub virtual_part: Option<LocalisedText>,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(max = 60), extend("exclusiveMinimum" = 0)))]
    #[serde(serialize_with = "super::float_text::whole_as_written")]
    pub ects: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 100)))]
    pub languages: Vec<LanguageRequirement>,
    pub apply_by: Option<Date>,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 1, max = 1000)))]
    pub places: Option<u32>,
    pub url: Option<WebUrl>,
}

/// Where and when a BIP meets in person.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct PhysicalPart {
    pub start: Date,
    pub end: Date,
    pub city: LocalisedText,
    pub country: CountryCode,
    pub location: Option<Location>,
}

/// The value `host` takes for a BIP the home school hosts.
pub const HOME_HOST: &str = "home";

/// Defines a closed vocabulary written in kebab-case (a `named_enum!` with the catalogue's
/// derives), with its list of values for messages.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        named_enum! { serde
            $(#[$doc])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
            #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
            pub enum $name {
                $($variant = $text),+
            }
        }

        impl $name {
            /// The values as written in the catalogue, for messages.
            pub const NAMES: &'static [&'static str] = &[$($text),+];
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary!(
    /// Erasmus+ mobility type.
    Mobility {
        Study = "study",
        Traineeship = "traineeship",
        StaffTeaching = "staff-teaching",
        StaffTraining = "staff-training",
    }
);

vocabulary!(
    /// Study level (EQF 6, 7, 7 after a master, 8).
    Level {
        Bachelor = "bachelor",
        Master = "master",
        Postgraduate = "postgraduate",
        Doctorate = "doctorate",
    }
);

vocabulary!(
    /// When a stay starts: autumn (September) or spring (February) semester, or the whole year.
    Term {
        Autumn = "autumn",
        Spring = "spring",
        FullYear = "full-year",
    }
);

vocabulary!(
    /// Who funds the mobility.
    Funding {
        Erasmus = "erasmus",
        GlobalMinds = "global-minds",
        Bilateral = "bilateral",
        Other = "other",
    }
);

vocabulary!(
    /// Common European Framework of Reference level, A1 (lowest) to C2.
    Cefr {
        A1 = "A1",
        A2 = "A2",
        B1 = "B1",
        B2 = "B2",
        C1 = "C1",
        C2 = "C2",
    }
);

impl Catalogue {
    /// The home school's deadlines for applying to go to `institution`: its own
    /// `home_deadlines` for each term it names, else the school's `home.deadlines`.
    pub fn home_deadlines_for(&self, institution: &Institution) -> Deadlines {
        let (own, home) = (&institution.home_deadlines, &self.home.deadlines);
        Deadlines {
            autumn: own.autumn.clone().or_else(|| home.autumn.clone()),
            spring: own.spring.clone().or_else(|| home.spring.clone()),
            full_year: own.full_year.clone().or_else(|| home.full_year.clone()),
        }
    }

    /// A programme by id (a short list; institutions and BIPs are found by id through the
    /// `Matcher`, which keeps maps of them).
    pub fn programme(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id.as_str() == id)
    }
}

impl Mobility {
    /// Staff teaching or training: staff terms apply, not a student's deadlines and
    /// requirements.
    pub fn is_staff(self) -> bool {
        matches!(self, Mobility::StaffTeaching | Mobility::StaffTraining)
    }

    /// A student's: what a search that names no mobility looks for (the widget's first view,
    /// the command line's `search` and `render`); staff mobility when asked for.
    pub const STUDENT: [Mobility; 2] = [Mobility::Study, Mobility::Traineeship];
}

impl Agreement {
    /// Whether the agreement names `programme`, or covers it through its ISCED code.
    pub fn covers(&self, programme: &Programme) -> bool {
        match &self.programmes {
            Some(ids) => ids.contains(&programme.id),
            None => self.isced == programme.isced,
        }
    }
}
