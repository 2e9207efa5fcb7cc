//! The error values a spreadsheet shows, and saves in a CSV file, in a cell whose formula
//! cannot be worked out, in the languages of the office's spreadsheets.

/// What Excel and LibreOffice show, and save in a CSV file, in a cell whose formula cannot be
/// computed (LibreOffice also writes `Err:502` and the like). Excel writes them in its own
/// language: English, then Dutch (Belgium and the Netherlands), French and German, as
/// Microsoft's localized Excel names them.
const ERRORS: [&str; 50] = [
    // English (and LibreOffice in every language).
    "#NULL!",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#N/A",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
    "#FIELD!",
    "#BLOCKED!",
    "#CONNECT!",
    "#BUSY!",
    "#UNKNOWN!",
    "#PYTHON!",
    // Dutch.
    "#LEEG!",
    "#DEEL/0!",
    "#WAARDE!",
    "#VERW!",
    "#NAAM?",
    "#GETAL!",
    "#N/B",
    "#GEGEVENS_OPHALEN",
    "#OVERLOOP!",
    "#BEREKENEN!",
    "#VELD!",
    "#GEBLOKKEERD!",
    "#VERBINDEN!",
    "#BEZET!",
    "#ONBEKEND!",
    // French (#DIV/0!, #REF!, #N/A and #CALC! as in English).
    "#NUL!",
    "#VALEUR!",
    "#NOM?",
    "#NOMBRE!",
    "#PROPAGATION!",
    "#CHAMP!",
    "#BLOQUE!",
    "#CONNEXION!",
    "#OCCUPE!",
    "#INCONNU!",
    // German (#NULL!, #DIV/0!, #NAME? as in English).
    "#WERT!",
    "#BEZUG!",
    "#ZAHL!",
    "#NV",
    "#ÜBERLAUF!",
    "#KALK!",
    "#DATEN_ABRUFEN",
    "#FELD!",
    "#UNBEKANNT!",
];

/// Whether a cell's text (or an item of a list cell) is a spreadsheet's error value rather
/// than a value, in any of the languages of [`ERRORS`], in any case.
pub(in crate::import) fn shows_error(value: &str) -> bool {
    (value.starts_with('#') && ERRORS.contains(&value.to_uppercase().as_str()))
        || value
            .strip_prefix("Err:")
            .is_some_and(|code| code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit()))
}

/// `row 4, column lat (F): the cell shows the error #DIV/0!; …`, for CSV and workbooks alike.
pub(in crate::import) fn error_cell(row: usize, column: &str, error: &str) -> String {
    format!(
        "row {row}, column {column}: the cell shows the error {error}, not a value (its formula \
         could not be worked out); put a value in it"
    )
}
