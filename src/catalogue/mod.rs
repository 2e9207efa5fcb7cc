//! The partner catalogue: model (format v1), loading and validation.
//!
//! Loading (`load.rs`): serde_json parses the text into a small tree (`json.rs`; fractions read
//! and written by `float_text.rs`), the typed reader builds the model from it (`read.rs`,
//! `read_values.rs`, `read_records.rs`, `read_model.rs`, `read_funding.rs`), validation checks
//! what it means (`validate.rs`, `validate_records.rs`, `validate_values.rs`,
//! `validate_funding.rs`), and each problem gets its place and position (`place.rs`,
//! `locate.rs`), worded as `words.rs` says. The command line and the browser run this same code.

mod findings;
mod float_text;
mod funding;
mod home;
mod json;
mod load;
mod locate;
mod model;
mod place;
mod problem;
mod read;
mod read_funding;
mod read_model;
mod read_records;
mod read_values;
mod syntax;
#[cfg(not(target_arch = "wasm32"))]
mod syntax_words;
mod text;
mod validate;
mod validate_funding;
mod validate_records;
mod validate_values;
pub mod values;
mod words;

pub use funding::{CountryGroup, FundingTable, FundingYear, TravelBand, GUIDE_TRAVEL, GUIDE_YEAR};
pub use home::{Application, HomeContact};
pub use load::{load, load_bytes, load_bytes_by_place, BadRecords, Checked, Skipped};
pub use locate::path_at;
pub use model::*;
pub use problem::{Problem, Rejected, Severity};
pub use read::UNKNOWN_FIELD;
pub use text::LocalisedText;
pub use validate::validate;
pub use values::{AcademicYear, CountryCode, Date, Id, IscedCode, LanguageCode, MonthDay, WebUrl};
pub(crate) use words::number;

/// The rule every web address is held to, by which the command line recognises its problems
/// to say more about them (`src/cli/clarify.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub const WEB_ADDRESS: &str = words::WEB_ADDRESS;

/// The rule every country code is held to, by which the command line recognises its problems
/// to name the code meant (`src/cli/clarify.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub const COUNTRY_CODE: &str = words::COUNTRY;

/// Gives each problem without a line and column those of its place in `text` (as `load`
/// does its own), for problems the command line finds after loading.
#[cfg(not(target_arch = "wasm32"))]
pub fn locate_in(text: &str, problems: &mut [Problem]) {
    load::locate_each(text, problems.iter_mut());
}
