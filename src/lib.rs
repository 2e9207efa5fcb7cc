//! partner-matcher: match art-school students to exchange partners and Blended Intensive
//! Programmes.
//!
//! The core (catalogue, validation, text, matching, geography) is plain Rust, tested natively.
//! The browser layer (`web`, wasm32 only) and the command line (`cli`, native only) sit on top.

pub mod catalogue;
pub mod estimate;
pub mod export;
pub mod fallback;
pub mod geo;
pub mod i18n;
pub mod ics;
pub mod lexicon;
pub mod locale;
pub mod lookup;
pub mod map;
pub mod markup;
mod named;
pub mod office;
pub mod order;
pub mod places;
pub mod reference;
pub mod regions;
pub mod search;
pub mod shortlist;
pub mod shortlist_facts;
pub mod shortlist_markup;
pub mod staff;
pub mod text;
pub mod url_state;

#[cfg(not(target_arch = "wasm32"))]
pub mod changes;
#[cfg(not(target_arch = "wasm32"))]
pub mod import;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;

#[cfg(target_arch = "wasm32")]
pub mod web;

/// Talc instead of dlmalloc in the browser: smaller and faster (the widget is single-threaded).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use catalogue::{load, Catalogue};
pub use locale::Locale;
pub use search::{Criteria, Hit, Matcher};
