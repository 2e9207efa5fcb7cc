//! Erasmus Without Paper responses: IIAs get-response (stable-v7 and stable-v6, `iias.rs`),
//! and the Institutions and Factsheet API responses (`directory.rs`) that describe the
//! partners the agreements name. Elements are read by local name; every problem names the
//! element's path and line.

mod directory;
mod iias;
mod xml;

pub(super) use directory::Directory;
pub(super) use iias::Iias;
