//! The partner catalogue: model (format v1), loading and validation.

pub(crate) mod browser_reader;
mod load;
mod locate;
mod model;
mod problem;
mod text;
mod validate;
pub mod values;

pub use load::{load, load_as_browser, load_bytes, BadRecords, Checked, Skipped};
pub use locate::path_at;
pub use model::*;
pub use problem::{Problem, Rejected, Severity};
pub use text::LocalisedText;
pub(crate) use validate::number;
pub use validate::validate;
pub use values::{AcademicYear, CountryCode, Date, Id, IscedCode, LanguageCode, MonthDay, WebUrl};
