//! HTML written as text, for the views that show no control of their own (a result's
//! details, the map's pieces, the static fallback list): the widget inserts such text as one
//! raw node, which costs the download far less than a virtual node per element built through
//! wasm-bindgen. Every value goes through [`escape`]: names, notes and addresses come from the
//! catalogue, which an attacker may have written.

/// Writes `s` with `& < > " '` as character references: safe as text and as a quoted
/// attribute value.
pub fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Writes `template` (trusted markup) with each `{}` replaced by the next of `values`,
/// escaped: one call writes a whole piece, its fixed markup as data.
pub fn write(out: &mut String, template: &str, values: &[&str]) {
    let mut values = values.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        escape(out, values.next().copied().unwrap_or(""));
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_and_the_template_is_not() {
        let mut out = String::new();
        write(
            &mut out,
            "<a href=\"{}\">{}</a>",
            &["https://x.org/?a=1&b=\"2\"", "<script>alert('x')</script>"],
        );
        assert_eq!(
            out,
            "<a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>"
        );
    }
}
