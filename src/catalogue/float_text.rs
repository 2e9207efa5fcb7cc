//! Fractions to and from JSON text: natively by serde_json and Rust, in the browser by the
//! engine's `Number`, so that the widget's download carries no float parser or printer of its
//! own (2.9 KB gzip: serde_json's parser and its table of powers of ten, the `zmij` printer
//! and its tables; docs/performance.md, "Download size").
//!
//! Size rule: in the widget's build nothing else may read or write an `f64` through serde_json
//! (a typed `f64` read from JSON text, `serde_json::to_string` of one, serde_json's "invalid
//! type" messages, which name one): any of these brings its parser or printer back. twiggy on
//! a build that keeps function names shows them as `parse_exponent`, `f64_from_parts`, `zmij`.
//!
//! Both sides are exact, so every target reads and writes the same: `parseFloat` rounds
//! correctly as `str::parse` does (ECMAScript asks it of 20 significant digits; the engines do it
//! for any number, as the reader cases of 20 and 32 digits show in Chromium), and `String(x)`
//! writes the fewest digits that read back as `x`, as serde_json does. Only the layout differs,
//! and [`from_engine`] lays the engine's digits out as serde_json does (`1e+16`, `1e-6`).

/// The nearest `f64` to a JSON number's text, or `None` beyond `f64` (serde_json's "number
/// out of range"). Only the browser build gets numbers as text (serde_json's
/// `arbitrary_precision`, wasm32 only: `json.rs`); natively serde_json reads them itself.
pub(crate) fn read(text: &str) -> Option<f64> {
    let x = engine::read(text);
    x.is_finite().then_some(x)
}

/// Writes a number without a fraction as the office writes it, `3` rather than serde_json's
/// `3.0`: `import` rewrote every BIP's `"ects": 3`, and `diff`'s text showed them changed.
/// On every target, so that both write the same (the reader cases compare them); the widget
/// writes no catalogue, so its download has none of it.
pub(super) fn whole_as_written<S: serde::Serializer>(
    n: &Option<f64>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match *n {
        // Exactly representable as a whole number of at most 15 digits.
        Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => s.serialize_some(&(x as i64)),
        _ => serde::Serialize::serialize(n, s),
    }
}

/// A number as JSON writes it, whole numbers without a fraction (`-181`, `95.5`, `1e-320`).
pub(crate) fn write(x: f64) -> String {
    let text = engine::write(x);
    match text.strip_suffix(".0") {
        Some(whole) => whole.to_owned(),
        None => text,
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod engine {
    pub fn read(text: &str) -> f64 {
        text.parse().unwrap_or(f64::NAN)
    }

    pub fn write(x: f64) -> String {
        serde_json::to_string(&x).unwrap_or_default()
    }
}

#[cfg(target_arch = "wasm32")]
mod engine {
    pub fn read(text: &str) -> f64 {
        js_sys::Number::parse_float(text)
    }

    pub fn write(x: f64) -> String {
        let text: String = js_sys::Number::from(x.abs())
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default();
        let mut out = String::from(if x.is_sign_negative() { "-" } else { "" });
        super::from_engine(&text, &mut out);
        out
    }
}

/// serde_json's layout of what `String(x)` writes for a positive `x` ("10000000000000000",
/// "0.000001", "1.5e+300"), onto `out`: plain from 1e-5 to below 1e16, with `.0` when whole,
/// else `1e+16`, `1.5e-7`.
#[cfg(any(target_arch = "wasm32", test))]
fn from_engine(text: &str, out: &mut String) {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let exponent: i32 = exponent.trim_start_matches('+').parse().unwrap_or(0);
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut digits = String::from(whole);
    digits.push_str(fraction);
    let zeros = digits.len() - digits.trim_start_matches('0').len();
    // The decimal exponent of the first digit that is not 0.
    let exp = exponent + whole.len() as i32 - 1 - zeros as i32;
    let digits = digits[zeros..].trim_end_matches('0');
    let zero = |out: &mut String, n: i32| (0..n).for_each(|_| out.push('0'));
    if digits.is_empty() {
        out.push_str("0.0");
    } else if !(-5..=15).contains(&exp) {
        let (first, rest) = digits.split_at(1);
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        out.push_str(if exp < 0 { "e-" } else { "e+" });
        out.push_str(&exp.unsigned_abs().to_string());
    } else if exp < 0 {
        out.push_str("0.");
        zero(out, -exp - 1);
        out.push_str(digits);
    } else {
        let point = (exp as usize + 1).min(digits.len());
        out.push_str(&digits[..point]);
        zero(out, exp + 1 - point as i32);
        out.push('.');
        let rest = &digits[point..];
        out.push_str(if rest.is_empty() { "0" } else { rest });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_json_writes_them() {
        assert_eq!(write(-181.0), "-181");
        assert_eq!(write(95.5), "95.5");
        assert_eq!(write(1e-320), "1e-320");
        assert_eq!(write(-0.0), "-0");
    }

    /// What `String(x)` gives in the browser, laid out as serde_json writes `x` natively.
    #[test]
    fn the_engines_digits_are_laid_out_as_natively() {
        let cases = [
            (0.0, "0"),
            (1.0, "1"),
            (181.0, "181"),
            (95.5, "95.5"),
            (0.1, "0.1"),
            (45.77, "45.77"),
            (1e-320, "1e-320"),
            (5e-324, "5e-324"),
            (1e-5, "0.00001"),
            (1.5e-5, "0.000015"),
            (1e-6, "0.000001"),
            (2.5682921664342994e-6, "0.0000025682921664342994"),
            (1e-7, "1e-7"),
            (1.23e-18, "1.23e-18"),
            (1e15, "1000000000000000"),
            (1234567.125, "1234567.125"),
            (9007199254740992.0, "9007199254740992"),
            (1e16, "10000000000000000"),
            (3.1432268497768812e16, "31432268497768812"),
            (2.0677233892025933e17, "206772338920259330"),
            (1.8446744073709552e19, "18446744073709552000"),
            (1e20, "100000000000000000000"),
            (1e21, "1e+21"),
            (1.5e300, "1.5e+300"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
        ];
        for (x, engine) in cases {
            let native = serde_json::to_string(&x).unwrap_or_default();
            let mut laid_out = String::new();
            from_engine(engine, &mut laid_out);
            assert_eq!(laid_out, native, "{engine}");
            assert_eq!(read(engine), Some(x), "{engine}");
        }
        assert_eq!(read("1e400"), None);
        assert_eq!(read("-1e+2147483648"), None);
        assert_eq!(read("0.1e-2147483648"), Some(0.0));
    }
}
