//! The international office as a student meets it in a message: "Try again, or contact the
//! international office: international@example.org · example.org/international." The
//! addresses come from the catalogue's `home.contact` or, when the catalogue could not be read,
//! from the page (the widget's `contact` attribute). Written as markup text (`crate::markup`).

use crate::catalogue::Catalogue;
use crate::markup::write;

/// How to reach the office: an e-mail address and a web page, either may be unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Office<'a> {
    pub email: Option<&'a str>,
    pub page: Option<&'a str>,
}

impl<'a> Office<'a> {
    /// The catalogue's `home.contact`.
    pub fn of(c: &'a Catalogue) -> Office<'a> {
        let contact = c.home.contact.as_ref();
        Office {
            email: contact.and_then(|c| c.email.as_ref()).map(|e| e.as_str()),
            page: contact.and_then(|c| c.url.as_ref()).map(|u| u.as_str()),
        }
    }

    /// A page's `contact` attribute: an e-mail address, or else a web page.
    pub fn from_attribute(text: Option<&'a str>) -> Office<'a> {
        match text.map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) if t.contains('@') && !t.contains("://") => Office {
                email: Some(t),
                page: None,
            },
            page => Office { email: None, page },
        }
    }
}

/// Writes `<p class="…">{sentence}: {links}.</p>`; without a known office, the sentence alone.
/// Only an address with an `@` and no scheme becomes a `mailto:` link, and only an http(s)
/// page a link: a page's attribute is not checked as the catalogue is.
pub fn advice(out: &mut String, class: &str, sentence: &str, office: Office) {
    write(out, "<p class=\"{}\">{}", &[class, sentence]);
    let mut first = true;
    let mut sep = |out: &mut String| {
        out.push_str(if first { ": " } else { " · " });
        first = false;
    };
    if let Some(email) = office.email.filter(|e| e.contains('@') && !e.contains(':')) {
        sep(out);
        write(out, "<a href=\"mailto:{}\">{}</a>", &[email, email]);
    }
    let page = office.page.filter(|u| {
        let u = u.to_ascii_lowercase();
        u.starts_with("https://") || u.starts_with("http://")
    });
    if let Some(url) = page {
        sep(out);
        let shown = url.split_once("://").map_or(url, |(_, rest)| rest);
        write(
            out,
            "<a href=\"{}\">{}</a>",
            &[url, shown.trim_end_matches('/')],
        );
    }
    out.push_str(".</p>");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(sentence: &str, office: Office) -> String {
        let mut out = String::new();
        advice(&mut out, "pm-x", sentence, office);
        out
    }

    #[test]
    fn the_office_is_linked_after_the_sentence() {
        let both = Office {
            email: Some("io@example.org"),
            page: Some("https://example.org/io/"),
        };
        assert_eq!(
            said("Try again, or contact the international office", both),
            "<p class=\"pm-x\">Try again, or contact the international office: <a href=\"mailto:io@example.org\">io@example.org</a> · <a href=\"https://example.org/io/\">example.org/io</a>.</p>"
        );
        assert_eq!(said("Ask", Office::default()), "<p class=\"pm-x\">Ask.</p>");
    }

    #[test]
    fn only_mail_and_web_addresses_become_links() {
        let odd = Office {
            email: Some("javascript:alert(1)@x"),
            page: Some("javascript:alert(1)"),
        };
        assert_eq!(said("Ask", odd), "<p class=\"pm-x\">Ask.</p>");
        assert_eq!(
            Office::from_attribute(Some(" io@example.org ")).email,
            Some("io@example.org")
        );
        assert_eq!(
            Office::from_attribute(Some("https://example.org/?a@b")).page,
            Some("https://example.org/?a@b")
        );
        assert_eq!(Office::from_attribute(Some("  ")), Office::default());
    }
}
