//! The columns of the office's spreadsheet: every one the import reads, and the ones every
//! file needs. The sheet's header (`sheet/header.rs`) and the rows' cells (`cells.rs`) both
//! go by them.

/// Every column the import reads, in the order of `www/partners-sample.csv` (then the EWP
/// identifiers, which the sample leaves out).
pub(super) const COLUMNS: [&str; 25] = [
    "institution_id",
    "institution_name",
    "short_name",
    "city",
    "country",
    "lat",
    "lon",
    "website",
    "mobility",
    "programmes",
    "isced",
    "levels",
    "terms",
    "places",
    "months",
    "languages",
    "funding",
    "valid_from",
    "valid_until",
    "deadline_autumn",
    "deadline_spring",
    "requirements",
    "tags",
    "erasmus_code",
    "schac",
];

/// The columns every file needs (institution_name and the place are needed on each
/// institution's first row; mobility and isced on every row).
pub(super) const REQUIRED: [&str; 8] = [
    "institution_id",
    "institution_name",
    "city",
    "country",
    "lat",
    "lon",
    "mobility",
    "isced",
];
