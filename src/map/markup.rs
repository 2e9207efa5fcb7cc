//! The map view's markup as text: the widget inserts each piece as one raw node (`svg`: the
//! markers; here: the zoom tools, the legend and the chosen city's results) instead of
//! building a virtual node per element through wasm-bindgen, which weighed 3 KB gzip more in
//! the download (docs/performance.md, "The map"). Every value written into the text goes
//! through `crate::markup::escape`: city names and result names come from the catalogue.
//!
//! The controls carry their action in `data-act`, which the widget's one click listener on
//! the map reads: `+`, `-` and `0` (zoom in, out, show all), `m` and a marker's key (choose
//! it), `r`, the pages to show, a space and a result's key (open it in the list).
//! Buttons have no `type`: none of them is in a form.

use super::markers::Markers;
use super::outline::push_int;
use crate::i18n::{fill, map as words};
use crate::locale::Locale;
use crate::markup::write;
use crate::search::{pages_to_show, Hit, Matcher, NameLength};

/// `"true"` or `"false"`.
pub fn true_false(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// The List/Map switch: two toggle buttons (`open`: the map is shown).
pub fn switch(open: bool, l: Locale) -> String {
    let mut out = String::new();
    write(
        &mut out,
        "<div class=\"pm-view\" role=\"group\" aria-label=\"{}\">\
         <button class=\"pm-btn pm-view-list\" aria-pressed=\"{}\" \
         data-act=\"list\">{}</button>\
         <button class=\"pm-btn pm-view-map\" aria-pressed=\"{}\" \
         data-act=\"map\">{}</button></div>",
        &[
            words::VIEW.get(l),
            true_false(!open),
            words::LIST.get(l),
            true_false(open),
            words::MAP.get(l),
        ],
    );
    out
}

/// The zoom buttons: + and − (signs, named for assistive technology) and "Show all".
pub fn tools(l: Locale) -> String {
    let mut out = String::new();
    write(
        &mut out,
        "<div class=\"pm-map-tools\">\
         <button class=\"pm-btn pm-zoom-in\" data-act=\"+\" \
         aria-label=\"{}\">+</button>\
         <button class=\"pm-btn pm-zoom-out\" data-act=\"-\" \
         aria-label=\"{}\">−</button>\
         <button class=\"pm-btn pm-zoom-reset\" data-act=\"0\">{}</button>\
         </div>",
        &[
            words::ZOOM_IN.get(l),
            words::ZOOM_OUT.get(l),
            words::RESET.get(l),
        ],
    );
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
    let mut out = String::new();
    write(
        &mut out,
        "<ul class=\"pm-legend\"><li class=\"pm-lg pm-lg-school\">{}</li>\
         <li class=\"pm-lg pm-lg-bip\">{}</li><li class=\"pm-lg pm-lg-both\">{}</li>\
         <li class=\"pm-lg pm-lg-home\">{}</li></ul>",
        &[
            words::LEGEND_SCHOOL.get(l),
            words::LEGEND_BIP.get(l),
            words::LEGEND_BOTH.get(l),
            words::LEGEND_HOME.get(l),
        ],
    );
    let Some(mk) = selected.and_then(|k| markers.find(k)) else {
        write(
            &mut out,
            "<p class=\"pm-hint\">{}</p>",
            &[words::HINT.get(l)],
        );
        return out;
    };
    // Choosing a city moves focus to the heading.
    let heading = fill(words::AT.get(l), &[&mk.place(l)]);
    write(
        &mut out,
        "<section class=\"pm-map-place\"><h4 tabindex=\"-1\">{}</h4><ul class=\"pm-list\">",
        &[&heading],
    );
    for &i in &mk.results {
        let Some(hit) = hits.get(i) else {
            continue;
        };
        let name = m
            .display_name(hit.kind, &hit.id, NameLength::Full, l)
            .unwrap_or(&hit.id);
        let mut pages = String::new();
        push_int(&mut pages, pages_to_show(i, page_size) as i32);
        write(
            &mut out,
            "<li><button class=\"pm-btn pm-btn-quiet pm-map-open\" \
             data-act=\"r{} {}:{}\">{}</button></li>",
            &[&pages, hit.kind.as_str(), &hit.id, name],
        );
    }
    out.push_str("</ul></section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::escape;
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
        write(
            &mut s,
            "<li data-act=\"m{}\">{}</li>",
            &["\"><script>", "a<b>&c"],
        );
        assert_eq!(
            s,
            "<li data-act=\"m&quot;&gt;&lt;script&gt;\">a&lt;b&gt;&amp;c</li>"
        );
    }

    #[test]
    fn tools_are_buttons_with_names_in_both_languages() {
        let en = tools(Locale::En);
        assert!(en.contains(
            "<button class=\"pm-btn pm-zoom-in\" data-act=\"+\" \
             aria-label=\"Zoom in\">+</button>"
        ));
        let nl = switch(true, Locale::Nl);
        assert!(nl.contains("aria-label=\"Resultaten tonen als\""));
        assert!(nl.contains("aria-pressed=\"false\" data-act=\"list\">Lijst</button>"));
        assert!(nl.contains("aria-pressed=\"true\" data-act=\"map\">Kaart</button>"));
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
        assert!(text.contains("<li class=\"pm-lg pm-lg-home\">onze school</li></ul>"));
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
