//! The `partner-matcher` command line, run as the international office runs it.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../support/command.rs"]
mod command;
#[path = "../support/variants.rs"]
mod variants;

mod check;
mod check_words;
mod hand_edits;
mod import_cells;
mod import_csv;
mod import_encoding;
mod import_files;
mod import_list_order;
mod import_merge;
mod import_refused;
mod import_terms;
mod import_together;
mod options;
mod output;
mod over;
mod preview;
mod search;
mod search_input;
