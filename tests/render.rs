//! `partner-matcher render`: the static list for one programme is valid HTML, in both
//! languages, with every text escaped, and lists exactly what a search for the programme lists.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/command.rs"]
mod command;

use command::*;
use scraper::{Html, Selector};
use serde_json::{json, Value};

const TODAY: &str = "2026-10-01";

/// A localised text of the catalogue in `lang` (or the other language, or as written).
fn text_in(value: &Value, lang: &str) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Object(map) => map
            .get(lang)
            .or_else(|| map.values().next())
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
        _ => String::new(),
    }
}

/// The names of what `search --programme` lists, institutions and BIPs, sorted.
fn searched_names(catalogue: &str, programme: &str, lang: &str) -> Vec<String> {
    let o = run(&[
        "search",
        catalogue,
        "--programme",
        programme,
        "--today",
        TODAY,
        "--json",
    ]);
    assert_ok(&o);
    let hits: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let data = read_json(std::path::Path::new(catalogue));
    let mut names: Vec<String> = hits
        .as_array()
        .into_iter()
        .flatten()
        .map(|hit| {
            let (list, field) = match hit["kind"].as_str() {
                Some("bip") => ("bips", "title"),
                _ => ("institutions", "name"),
            };
            let record = data[list]
                .as_array()
                .and_then(|all| all.iter().find(|r| r["id"] == hit["id"]))
                .expect("the hit is in the catalogue");
            text_in(&record[field], lang)
        })
        .collect();
    partner_matcher::order::sort(&mut names);
    names
}

fn render(args: &[&str]) -> String {
    let mut all = vec!["render"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--today", TODAY]);
    let o = run(&all);
    assert_ok(&o);
    stdout(&o)
}

/// Parses a fragment, asserting html5ever found no parse error.
fn valid_fragment(html: &str) -> Html {
    let parsed = Html::parse_fragment(html);
    assert!(
        parsed.errors.is_empty(),
        "parse errors {:?} in\n{html}",
        parsed.errors
    );
    parsed
}

fn listed_names(html: &Html) -> Vec<String> {
    let strong = Selector::parse("li > strong").expect("selector");
    let mut names: Vec<String> = html.select(&strong).map(|e| e.text().collect()).collect();
    partner_matcher::order::sort(&mut names);
    names
}

#[test]
fn render_photography_in_dutch_is_valid_html_listing_exactly_what_a_search_lists() {
    // The checker does see broken HTML.
    assert!(!Html::parse_fragment("<li><strong>a</li></strong>")
        .errors
        .is_empty());
    let html = render(&[DEMO, "--programme", "photography", "--lang", "nl"]);
    let parsed = valid_fragment(&html);
    assert!(
        html.starts_with("<section class=\"pm-fallback\" lang=\"nl\">"),
        "{html}"
    );
    assert!(
        html.contains("<h2>Partnerscholen en BIP&#39;s voor Fotografie</h2>"),
        "{html}"
    );
    let listed = listed_names(&parsed);
    assert!(!listed.is_empty());
    assert_eq!(listed, searched_names(DEMO, "photography", "nl"));
    // Grouped by country, in Dutch, with city, offer and website.
    assert!(html.contains("<h4>Frankrijk</h4>"), "{html}");
    assert!(html.contains("<li><strong>École nationale supérieure de la photographie</strong>, Arles (<a href=\"https://www.ensp-arles.fr\">website</a>)"), "{html}");
    assert!(
        html.contains("Studie-uitwisseling – Bachelor, Master"),
        "{html}"
    );
}

#[test]
fn render_in_english_and_as_a_whole_page() {
    let html = render(&[DEMO, "--programme", "fotografie", "--lang", "en", "--page"]);
    let parsed = Html::parse_document(&html);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"),
        "{html}"
    );
    assert!(
        html.contains("<title>Partner schools and BIPs for Photography</title>"),
        "{html}"
    );
    // A whole page's heading is its h1, its groups h2 and h3, beneath it (the fragment's
    // start at h2, under the host page's own h1).
    assert!(
        html.contains("<h1>Partner schools and BIPs for Photography</h1>")
            && html.contains("<h2>Partner institutions</h2>")
            && html.contains("<h3>France</h3>")
            && html.contains("Study exchange – "),
        "{html}"
    );
    // The catalogue's notice comes with the list, as with the widget's results.
    assert!(
        html.contains("<p>Demo data: the agreements, places and dates in this catalogue"),
        "{html}"
    );
    // BIPs in the order of their dates (June, July, September 2027).
    let [june, july, september] = [
        "Documentary Lab",
        "The Archive as Material",
        "Sustainable Stories",
    ]
    .map(|title| {
        html.find(title)
            .unwrap_or_else(|| panic!("{title}: {html}"))
    });
    assert!(june < july && july < september, "{html}");
    assert_eq!(
        listed_names(&parsed),
        searched_names(DEMO, "photography", "en")
    );
    // --output writes the same.
    let out = scratch_path("fallback.html");
    let o = run(&[
        "render",
        DEMO,
        "--programme",
        "photography",
        "--page",
        "--today",
        TODAY,
        "-o",
        path_str(&out),
    ]);
    assert_ok(&o);
    assert_eq!(std::fs::read_to_string(&out).expect("written"), html);
}

#[test]
fn every_text_from_the_catalogue_is_escaped() {
    let mut catalogue = read_json(std::path::Path::new(DEMO));
    let evil = json!({
        "id": "evil", "name": "<script>alert(1)</script> Bad & \"Co\"", "city": "<i>Ghent</i>",
        "country": "BE", "location": {"lat": 51.05, "lon": 3.72},
        "website": "https://example.org/?a=1&b=\"2\"",
        "agreements": [{"mobility": "study", "programmes": ["photography"], "isced": "0211"}]
    });
    if let Some(list) = catalogue["institutions"].as_array_mut() {
        list.push(evil);
    }
    let path = scratch(
        "evil.json",
        serde_json::to_string(&catalogue).expect("JSON"),
    );
    let html = render(&[path_str(&path), "--programme", "photography"]);
    let parsed = valid_fragment(&html);
    assert!(
        !html.contains("<script>") && !html.contains("<i>"),
        "{html}"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Bad &amp; &quot;Co&quot;"),
        "{html}"
    );
    assert!(
        html.contains("href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\""),
        "{html}"
    );
    assert!(listed_names(&parsed).contains(&"<script>alert(1)</script> Bad & \"Co\"".to_owned()));
    assert_eq!(
        parsed
            .select(&Selector::parse("script, i").expect("selector"))
            .count(),
        0
    );
}

#[test]
fn an_unknown_programme_is_refused_with_the_programmes_there_are() {
    let o = run(&["render", DEMO, "--programme", "astrophysics"]);
    assert_refused(
        &o,
        "--programme: the catalogue has no programme \"astrophysics\"; its programmes are ",
    );
    assert!(stderr(&o).contains("photography"));
}

/// The demo pages show the static list inside `<partner-matcher>` while the widget loads (and
/// to search engines), as a host's page should: each is what the command in the comment before
/// it renders (`node tools/demo-lists.mjs` renders them again).
#[test]
fn the_demo_pages_hold_the_static_list_their_command_renders() {
    for page in ["www/index.html", "www/nl.html"] {
        let html = std::fs::read_to_string(page).expect("the demo page");
        let (_, rest) = html
            .split_once("<!-- partner-matcher render ")
            .unwrap_or_else(|| panic!("{page}: no static list"));
        let (command, shown) = rest.split_once(" -->\n").expect("the comment ends");
        let mut args: Vec<String> = command.split(' ').map(str::to_owned).collect();
        // Run from www/, as the comment's paths are.
        args[0] = format!("www/{}", args[0]);
        let mut argv = vec!["render"];
        argv.extend(args.iter().map(String::as_str));
        let o = run(&argv);
        assert_ok(&o);
        let list = stdout(&o);
        assert!(list.contains("<li>"), "{page}: an empty list");
        assert!(
            shown.starts_with(&list),
            "{page} shows another list than `partner-matcher render {command}` (run node tools/demo-lists.mjs)"
        );
    }
}

/// The list is a student's, as the widget's first view and `search` without `--mobility`:
/// no staff agreement is listed (K-Arts' staff teaching agreement of Photography's field made
/// it a Photography partner, its one line "Staff: teaching").
#[test]
fn render_lists_a_student_s_mobility_only() {
    for (lang, staff) in [("en", "Staff:"), ("nl", "Personeel:")] {
        let html = render(&[DEMO, "--programme", "photography", "--lang", lang]);
        assert!(!html.contains(staff), "{html}");
        assert!(html.contains("Korea National University of Arts"), "{html}");
    }
}

#[test]
fn a_whole_page_has_its_list_in_its_main_landmark() {
    // A page's content is in landmarks (axe: landmark-one-main, region): a screen reader's
    // user goes straight to the list.
    let html = render(&[DEMO, "--programme", "photography", "--page"]);
    let parsed = Html::parse_document(&html);
    let main = Selector::parse("body > main > section.pm-fallback > h1").expect("selector");
    assert_eq!(parsed.select(&main).count(), 1, "{html}");
    // The fragment for inside <partner-matcher> has none: the host page has its own.
    let fragment = render(&[DEMO, "--programme", "photography"]);
    assert!(!fragment.contains("<main"), "{fragment}");
}
