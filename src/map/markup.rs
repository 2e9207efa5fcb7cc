//! The map view's markup as text: the widget inserts each piece as one raw node (`svg`: the
//! markers; here: the zoom tools, the legend and the chosen city's results) instead of
//! building a virtual node per element through wasm-bindgen, which weighed 3 KB gzip more in
//! the download (docs/performance.md, "The map"). Every value written into the text goes
//! through [`escape`]: city names and result names come from the catalogue.
//!
//! The controls carry their action in `data-act`, which the widget's one click listener on
//! the map reads: `+`, `-` and `0` (zoom in, out, show all), `m` and a marker's key (choose
//! it), `r`, the pages to show, a space and a result's key (open it in the list).

use super::markers::Markers;
use super::outline::push_int;
use crate::i18n::{fill, map as words};
use crate::locale::Locale;
use crate::search::{Hit, Matcher, NameLength};

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

/// `<tag name="value"…>` (`/>` when `empty`), the values escaped.
pub fn open(out: &mut String, tag: &str, attributes: &[(&str, &str)], empty: bool) {
    out.push('<');
    out.push_str(tag);
    for (name, value) in attributes {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        escape(out, value);
        out.push('"');
    }
    out.push_str(if empty { "/>" } else { ">" });
}

/// `<tag name="value"…>text</tag>`, escaped.
pub fn element(out: &mut String, tag: &str, attributes: &[(&str, &str)], text: &str) {
    open(out, tag, attributes, false);
    escape(out, text);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

/// A button that does what its `data-act` says.
fn button(out: &mut String, class: &str, act: &str, label: Option<&str>, text: &str) {
    let mut attributes = vec![("type", "button"), ("class", class), ("data-act", act)];
    if let Some(label) = label {
        attributes.push(("aria-label", label));
    }
    element(out, "button", &attributes, text);
}

/// The zoom buttons: + and − (signs, named for assistive technology) and "Show all".
pub fn tools(l: Locale) -> String {
    let mut out = String::from("<div class=\"pm-map-tools\">");
    button(
        &mut out,
        "pm-btn pm-zoom-in",
        "+",
        Some(words::ZOOM_IN.get(l)),
        "+",
    );
    button(
        &mut out,
        "pm-btn pm-zoom-out",
        "-",
        Some(words::ZOOM_OUT.get(l)),
        "−",
    );
    button(
        &mut out,
        "pm-btn pm-zoom-reset",
        "0",
        None,
        words::RESET.get(l),
    );
    out.push_str("</div>");
    out
}

/// The legend (the shapes and colours are the stylesheet's), then the chosen city's results
/// under the map (`selected`, a marker's key), or a hint when none is chosen. `hits` are the
/// search's, whose positions the markers hold; `page_size` turns a position into the pages
/// the list must show for it.
pub fn legend_and_choice(
    m: &Matcher,
    markers: &Markers,
    selected: Option<&str>,
    hits: &[Hit],
    page_size: usize,
    l: Locale,
) -> String {
    let mut out = String::from("<ul class=\"pm-legend\">");
    for (class, label) in [
        ("pm-lg pm-lg-school", words::LEGEND_SCHOOL),
        ("pm-lg pm-lg-bip", words::LEGEND_BIP),
        ("pm-lg pm-lg-both", words::LEGEND_BOTH),
        ("pm-lg pm-lg-home", words::LEGEND_HOME),
    ] {
        element(&mut out, "li", &[("class", class)], label.get(l));
    }
    out.push_str("</ul>");
    let Some(mk) = selected.and_then(|k| markers.find(k)) else {
        element(&mut out, "p", &[("class", "pm-hint")], words::HINT.get(l));
        return out;
    };
    out.push_str("<section class=\"pm-map-place\">");
    // Choosing a city moves focus here.
    let heading = fill(words::AT.get(l), &[&mk.place(l)]);
    element(&mut out, "h4", &[("tabindex", "-1")], &heading);
    out.push_str("<ul class=\"pm-list\">");
    for (i, hit) in mk.results.iter().filter_map(|&i| Some((i, hits.get(i)?))) {
        let name = m
            .display_name(hit.kind, &hit.id, NameLength::Full, l)
            .unwrap_or(&hit.id);
        let mut act = String::from("r");
        push_int(&mut act, (i / page_size.max(1) + 1) as i32);
        act.push(' ');
        act.push_str(hit.kind.as_str());
        act.push(':');
        act.push_str(&hit.id);
        out.push_str("<li>");
        button(
            &mut out,
            "pm-btn pm-btn-quiet pm-map-open",
            &act,
            None,
            name,
        );
        out.push_str("</li>");
    }
    out.push_str("</ul></section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Criteria;

    #[test]
    fn escapes_what_markup_would_read() {
        let mut s = String::new();
        escape(&mut s, "Saint-Étienne & <Lyon> \"Gent\" 's-Hertogenbosch");
        assert_eq!(
            s,
            "Saint-Étienne &amp; &lt;Lyon&gt; &quot;Gent&quot; &#39;s-Hertogenbosch"
        );
        let mut s = String::new();
        element(&mut s, "li", &[("data-act", "m\"><script>")], "a<b>&c");
        assert_eq!(
            s,
            "<li data-act=\"m&quot;&gt;&lt;script&gt;\">a&lt;b&gt;&amp;c</li>"
        );
    }

    #[test]
    fn tools_are_buttons_with_names_in_both_languages() {
        let en = tools(Locale::En);
        assert!(en.contains(
            "<button type=\"button\" class=\"pm-btn pm-zoom-in\" data-act=\"+\" \
             aria-label=\"Zoom in\">+</button>"
        ));
        assert!(en.contains("data-act=\"0\">Show all</button>"));
        assert!(tools(Locale::Nl).contains("aria-label=\"Uitzoomen\">−</button>"));
    }

    #[test]
    fn the_chosen_city_lists_its_results_as_buttons_that_open_them() {
        let m = match Matcher::from_json(include_str!("../../tests/fixtures/small.json")) {
            Ok(m) => m,
            Err(rejected) => panic!("the small fixture loads: {rejected}"),
        };
        let hits = m.search(&Criteria::default()).unwrap();
        let markers = Markers::of(&m, &hits, Locale::Nl);
        let none = legend_and_choice(&m, &markers, None, &hits, 10, Locale::Nl);
        assert!(none.contains("<li class=\"pm-lg pm-lg-bip\">BIP&#39;s</li>"));
        assert!(none.ends_with(
            "<p class=\"pm-hint\">Kies een plaats op de kaart om haar resultaten te zien.</p>"
        ));
        let mk = markers.markers.last().unwrap();
        let text = legend_and_choice(&m, &markers, Some(&mk.key()), &hits, 1, Locale::Nl);
        let mut heading = String::new();
        escape(&mut heading, &mk.place(Locale::Nl));
        assert!(text.contains(&format!("<h4 tabindex=\"-1\">Resultaten in {heading}</h4>")));
        let i = mk.results[0];
        let hit = &hits[i];
        let name = m
            .display_name(hit.kind, &hit.id, NameLength::Full, Locale::Nl)
            .unwrap();
        let mut escaped = String::new();
        escape(&mut escaped, name);
        let act = format!("r{} {}:{}", i + 1, hit.kind.as_str(), hit.id);
        assert!(
            text.contains(&format!("data-act=\"{act}\">{escaped}</button>")),
            "{text}"
        );
        assert_eq!(text.matches("<li><button").count(), mk.results.len());
    }
}
