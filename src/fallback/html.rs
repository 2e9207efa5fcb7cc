//! The listing as HTML: a fragment to paste inside `<partner-matcher>`, or a whole page.
//! Every text from the catalogue is escaped; links are the catalogue's http(s) addresses.

use std::fmt::Write;

use super::{Country, Listing};
use crate::i18n::fallback::{MORE, NONE, RELATED, TITLE_ALL, TITLE_FOR, WEBSITE};
use crate::i18n::{fill, kind_label};
use crate::search::Kind;
use crate::Locale;

/// `<section>` with a heading, the partners by country and the BIPs: to go inside
/// `<partner-matcher>` on a page whose own heading is an `<h1>`.
pub fn fragment(listing: &Listing) -> String {
    section(listing, 2)
}

/// The section with its heading at `level` (`h2` in a page's content, `h1` as a whole page)
/// and its groups one and two levels below.
fn section(listing: &Listing, level: u8) -> String {
    let (h, group, country) = (level, level + 1, level + 2);
    let locale = listing.locale;
    let mut out = String::new();
    let title = title(listing);
    let _ = writeln!(
        out,
        "<section class=\"pm-fallback\" lang=\"{}\">",
        locale.code()
    );
    let _ = writeln!(out, "<h{h}>{}</h{h}>", escape(&title));
    if let Some(notice) = &listing.notice {
        let _ = writeln!(out, "<p>{}</p>", escape(notice));
    }
    if listing.countries.is_empty() && listing.related.is_empty() && listing.bips.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(NONE.get(locale)));
    }
    if !listing.countries.is_empty() {
        let _ = writeln!(
            out,
            "<h{group}>{}</h{group}>",
            escape(kind_label(Kind::Institution).get(locale))
        );
    }
    countries(&mut out, &listing.countries, country, locale);
    if !listing.related.is_empty() {
        let _ = writeln!(out, "<h{group}>{}</h{group}>", escape(RELATED.get(locale)));
        countries(&mut out, &listing.related, country, locale);
    }
    if !listing.bips.is_empty() {
        let _ = writeln!(
            out,
            "<h{group}>{}</h{group}>\n<ul>",
            escape(kind_label(Kind::Bip).get(locale))
        );
        for bip in &listing.bips {
            let _ = write!(out, "<li><strong>{}</strong>", escape(&bip.title));
            if let Some(when_where) = &bip.when_where {
                let _ = write!(out, ": {}", escape(when_where));
            }
            if let Some(url) = &bip.url {
                let _ = write!(
                    out,
                    " (<a href=\"{}\">{}</a>)",
                    escape(url),
                    escape(MORE.get(locale))
                );
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}

fn countries(out: &mut String, countries: &[Country], h: u8, locale: Locale) {
    for country in countries {
        let _ = writeln!(out, "<h{h}>{}</h{h}>\n<ul>", escape(&country.name));
        for entry in &country.institutions {
            let _ = write!(
                out,
                "<li><strong>{}</strong>, {}",
                escape(&entry.name),
                escape(&entry.city)
            );
            if let Some(url) = &entry.website {
                let _ = write!(
                    out,
                    " (<a href=\"{}\">{}</a>)",
                    escape(url),
                    escape(WEBSITE.get(locale))
                );
            }
            if !entry.offers.is_empty() {
                out.push_str("\n<ul>");
                for offer in &entry.offers {
                    let _ = write!(out, "<li>{}</li>", escape(offer));
                }
                out.push_str("</ul>");
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
}

/// A whole HTML document around the fragment, the list its `<main>` (a page's content is in
/// landmarks, so a screen reader's user can go straight to it).
pub fn page(listing: &Listing) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n</head>\n<body>\n<main>\n{}</main>\n</body>\n</html>\n",
        listing.locale.code(),
        escape(&title(listing)),
        section(listing, 1)
    )
}

fn title(listing: &Listing) -> String {
    match &listing.programme {
        Some(name) => fill(TITLE_FOR.get(listing.locale), &[name]),
        None => TITLE_ALL.get(listing.locale).to_owned(),
    }
}

/// Text as HTML text or attribute value (`crate::markup::escape`).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    crate::markup::escape(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn the_characters_with_a_meaning_in_html_are_escaped() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }
}
