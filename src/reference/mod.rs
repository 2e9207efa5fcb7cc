//! Reference data the catalogue is checked against and the interface names things with:
//! ISO 3166-1 countries, ISO 639-1 languages, ISCED-F 2013 fields of education.

pub mod countries;
#[cfg(target_arch = "wasm32")]
mod display_names;
pub mod isced;
pub mod languages;

#[path = "countries_table.rs"]
mod countries_table;
#[path = "languages_table.rs"]
mod languages_table;
