// What reading a catalogue gives, as JSON, for comparing targets: `tests/reader_cases.rs`
// writes the native outcomes into `tests/fixtures/reader-cases.json`, and a test in
// `tests/browser/` reads the same inputs in headless Chromium and compares.

use partner_matcher::catalogue::{load_bytes, BadRecords};
use serde_json::{json, Value};

/// The input bytes of a case: its `text`, or its `hex` for bytes that are not UTF-8.
pub fn input(case: &Value) -> Vec<u8> {
    match (case["text"].as_str(), case["hex"].as_str()) {
        (Some(text), _) => text.as_bytes().to_vec(),
        (None, Some(hex)) => (0..hex.len() / 2)
            .filter_map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
            .collect(),
        _ => Vec::new(),
    }
}

/// The outcomes of the strict and the lenient reading of `bytes`.
pub fn outcomes(bytes: &[u8]) -> Value {
    json!({
        "strict": outcome(bytes, BadRecords::Refuse),
        "lenient": outcome(bytes, BadRecords::LeaveOut),
    })
}

fn outcome(bytes: &[u8], bad_records: BadRecords) -> Value {
    match load_bytes(bytes, bad_records) {
        Ok(checked) => {
            let catalogue = serde_json::to_string(&checked.catalogue).unwrap_or_default();
            let skipped: Vec<Value> = checked
                .skipped
                .iter()
                .map(|s| json!({"place": s.place, "id": s.id, "problems": s.problems}))
                .collect();
            json!({
                "ok": true,
                "warnings": checked.warnings,
                "skipped": skipped,
                "institutions": checked.catalogue.institutions.len(),
                // Every number as read, so that a difference in the last bit shows.
                "locations": checked.catalogue.institutions.iter()
                    .map(|i| [i.location.lat.to_bits(), i.location.lon.to_bits()])
                    .collect::<Vec<_>>(),
                "catalogue": fnv1a(catalogue.as_bytes()),
            })
        }
        Err(rejected) => json!({
            "ok": false,
            "syntax": rejected.syntax,
            "problems": rejected.problems,
        }),
    }
}

/// A digest of the model as serialised, the same on every target.
fn fnv1a(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}
