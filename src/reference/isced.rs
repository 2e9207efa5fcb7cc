//! ISCED-F 2013 fields of education and training (UNESCO), as four-digit detailed codes.

use crate::locale::Locale;

/// Detailed fields (four digits) that ISCED-F 2013 defines by name.
const DETAILED: &[&str] = &[
    "0011", "0021", "0031", // generic programmes
    "0111", "0112", "0113", "0114", // education
    "0211", "0212", "0213", "0214", "0215", "0221", "0222", "0223", "0231",
    "0232", // arts, humanities
    "0311", "0312", "0313", "0314", "0321", "0322", // social sciences, journalism
    "0411", "0412", "0413", "0414", "0415", "0416", "0417", "0421", // business, law
    "0511", "0512", "0521", "0522", "0531", "0532", "0533", "0541", "0542", // sciences
    "0611", "0612", "0613", // ICT
    "0711", "0712", "0713", "0714", "0715", "0716", "0721", "0722", "0723", "0724", "0731", "0732",
    "0811", "0812", "0821", "0831", "0841", // agriculture
    "0911", "0912", "0913", "0914", "0915", "0916", "0917", "0921", "0922", "0923", // health
    "1011", "1012", "1013", "1014", "1015", "1021", "1022", "1031", "1032",
    "1041", // services
];

/// Whether `code` is an ISCED-F 2013 detailed field: a named one, a narrow field's
/// "not further defined" (xxx0) or "not elsewhere classified" (xxx9), a broad field's
/// "not further defined" (xx00) or "inter-disciplinary" (xx88), or "field unknown" (9999).
pub fn is_valid(code: &str) -> bool {
    if code.len() != 4 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    if code == "9999" || DETAILED.contains(&code) {
        return true;
    }
    let broad = &code[..2];
    let narrow = &code[..3];
    let broad_exists = DETAILED.iter().any(|d| &d[..2] == broad);
    let narrow_exists = DETAILED.iter().any(|d| &d[..3] == narrow);
    match &code[2..] {
        "00" | "88" => broad_exists,
        _ => narrow_exists && matches!(code.as_bytes()[3], b'0' | b'9'),
    }
}

/// Names of the fields an art school deals in, for display; other codes show as digits.
pub fn name(code: &str, locale: Locale) -> Option<&'static str> {
    let (en, nl) = match code {
        "0210" => ("Arts", "Kunsten"),
        "0211" => (
            "Audio-visual techniques and media production",
            "Audiovisuele technieken en mediaproductie",
        ),
        "0212" => (
            "Fashion, interior and industrial design",
            "Mode-, interieur- en industrieel ontwerp",
        ),
        "0213" => ("Fine arts", "Beeldende kunsten"),
        "0214" => ("Handicrafts", "Ambachten"),
        "0215" => ("Music and performing arts", "Muziek en podiumkunsten"),
        "0219" => ("Arts, other", "Kunsten, overige"),
        "0288" => (
            "Arts and humanities, inter-disciplinary",
            "Kunsten en humane wetenschappen, interdisciplinair",
        ),
        "0731" => (
            "Architecture and town planning",
            "Architectuur en stedenbouw",
        ),
        "0114" => (
            "Teacher training with subject specialisation",
            "Lerarenopleiding met vakspecialisatie",
        ),
        _ => return None,
    };
    Some(match locale {
        Locale::En => en,
        Locale::Nl => nl,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_codes_and_rejects_others() {
        for ok in [
            "0211", "0215", "0210", "0219", "0288", "0200", "9999", "1041",
        ] {
            assert!(is_valid(ok), "{ok} should be valid");
        }
        for bad in ["211", "02111", "0216", "02a1", "1100", "0299", "", "0281"] {
            assert!(!is_valid(bad), "{bad} should be invalid");
        }
    }
}
