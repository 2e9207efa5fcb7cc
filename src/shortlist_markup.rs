//! The shortlist's pieces that have no control of their own, written as markup text
//! (`crate::markup`, as the map's are): each entry's place, next deadline and printed facts,
//! the side-by-side comparison, and the two links that take the list out of the browser (the
//! calendar file and the mail to the coordinator). The widget inserts each as one raw node;
//! the buttons (rank, remove, compare, print) stay its own.

use time::Date;

use crate::estimate::estimate;
use crate::export::{calendar_events, data_url, mail_text, mailto};
use crate::i18n::shortlist as words;
use crate::i18n::{deciding, estimate_summary, format_date_range, ui};
use crate::ics;
use crate::locale::Locale;
use crate::markup::write;
use crate::search::{Kind, Matcher, NameLength};
use crate::shortlist::{Key, Shortlist};
use crate::shortlist_facts::{deadline_text, hit_for, next_deadline, place, places_text};

/// What every piece reads: the catalogue, the student's programme, today and the language.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub m: &'a Matcher,
    pub programme: Option<&'a str>,
    pub today: Option<Date>,
    pub l: Locale,
}

/// The facts of a saved result, each with its label: levels, language, length, places, next
/// deadline (`deadline`, found by the caller), estimate ("–" where the catalogue does not say).
fn facts(c: Context, key: &Key, deadline: Option<&str>) -> Vec<(&'static str, String)> {
    let l = c.l;
    let hit = hit_for(c.m, key, c.programme);
    let decide = hit.as_ref().and_then(|h| deciding(c.m, h, l));
    let none = || "–".to_owned();
    let length = match (key.kind, &decide) {
        (Kind::Bip, _) => {
            c.m.bip(&key.id)
                .and_then(|b| b.physical.as_ref())
                .map(|p| format_date_range(p.start.as_str(), p.end.as_str(), l))
        }
        (_, Some(d)) => d.months.clone(),
        _ => None,
    };
    let places = hit.as_ref().and_then(|h| places_text(c.m, h, l));
    let estimate = hit
        .as_ref()
        .and_then(|h| estimate(c.m, h))
        .map(|e| estimate_summary(&e, l));
    let (levels, languages) = match decide {
        Some(d) => (d.levels, d.languages),
        None => (none(), none()),
    };
    vec![
        (ui::LEVELS.get(l), levels),
        (ui::LANGUAGE_ASKED.get(l), languages),
        (ui::LENGTH.get(l), length.unwrap_or_else(none)),
        (ui::PLACES.get(l), places.unwrap_or_else(none)),
        (
            words::NEXT_DEADLINE.get(l),
            deadline.map_or_else(none, str::to_owned),
        ),
        (words::ESTIMATE.get(l), estimate.unwrap_or_else(none)),
    ]
}

/// The next deadline of a saved result, in words.
fn deadline_of(c: Context, key: &Key) -> Option<String> {
    let date = next_deadline(c.m, key, c.today?)?;
    Some(deadline_text(date, c.l))
}

/// An entry's lines under its name: where, the next deadline, and (on paper only, by the
/// print stylesheet) every fact.
pub fn entry(c: Context, key: &Key) -> String {
    let mut out = String::new();
    let place = place(c.m, key, c.l).unwrap_or_else(|| ui::ONLINE_ONLY.get(c.l).to_owned());
    write(&mut out, "<span class=\"pm-sl-place\">{}</span>", &[&place]);
    let deadline = deadline_of(c, key);
    if let Some(text) = &deadline {
        let label = words::NEXT_DEADLINE.get(c.l);
        write(
            &mut out,
            "<span class=\"pm-sl-deadline\">{}: {}</span>",
            &[label, text],
        );
    }
    out.push_str("<dl class=\"pm-sl-facts\">");
    for (label, value) in facts(c, key, deadline.as_deref()) {
        write(
            &mut out,
            "<div><dt>{}</dt><dd>{}</dd></div>",
            &[label, &value],
        );
    }
    out.push_str("</dl>");
    out
}

/// The shortlist side by side, behind a disclosure ("Compare"): one column per saved result in
/// the order of its lists, one row per fact. A table with its headers, in a region that
/// scrolls sideways on a phone (and can be scrolled with the keyboard: it takes focus). The
/// browser's own `<details>` opens and closes it: no state of the widget's.
pub fn compare(c: Context, list: &Shortlist) -> String {
    let mut out = String::new();
    let head = words::COMPARE_HEAD.get(c.l);
    write(
        &mut out,
        "<details class=\"pm-compare\"><summary class=\"pm-btn pm-btn-quiet\">{}</summary><div role=\"region\" tabindex=\"0\" aria-label=\"{}\"><table><caption>{}</caption><thead><tr><td></td>",
        &[words::COMPARE.get(c.l), head, head],
    );
    // The lists' names over their columns (ranks count within a list), then the entries.
    let mut names = String::from("</tr><tr><td></td>");
    let mut columns = Vec::new();
    for &group in list.limits().groups() {
        let entries = list.list(group);
        if entries.is_empty() {
            continue;
        }
        write(
            &mut out,
            "<th scope=\"colgroup\" colspan=\"{}\">{}</th>",
            &[
                &entries.len().to_string(),
                words::group_name(group).get(c.l),
            ],
        );
        for (rank, (_, key)) in entries.into_iter().enumerate() {
            let name =
                c.m.display_name(key.kind, &key.id, NameLength::Short, c.l)
                    .unwrap_or(&key.id);
            write(
                &mut names,
                "<th scope=\"col\"><span class=\"pm-rank\">{}</span> {}</th>",
                &[&(rank + 1).to_string(), name],
            );
            let deadline = deadline_of(c, key);
            columns.push(facts(c, key, deadline.as_deref()));
        }
    }
    out.push_str(&names);
    out.push_str("</tr></thead><tbody>");
    let labels = columns.first().map_or(&[][..], Vec::as_slice);
    for (row, (label, _)) in labels.iter().enumerate() {
        write(&mut out, "<tr><th scope=\"row\">{}</th>", &[label]);
        for facts in &columns {
            write(&mut out, "<td>{}</td>", &[&facts[row].1]);
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div></details>");
    out
}

/// The calendar file (a `data:` link to save, `.ics`) and the mail to the coordinator (a
/// `mailto:` link to `to`, the catalogue's `home.contact` email; the student fills it in when
/// the catalogue names none); `link` is the address of this shortlist.
pub fn export_links(c: Context, list: &Shortlist, link: &str, to: &str) -> String {
    let mut out = String::new();
    let Some(today) = c.today else {
        return out;
    };
    let events = calendar_events(c.m, list, today, c.l);
    let file = ics::calendar(&events, &ics::stamp(today), link);
    write(
        &mut out,
        "<a class=\"pm-btn pm-btn-quiet pm-ics\" href=\"{}\" download=\"{}\">{}</a>",
        &[
            &data_url("text/calendar;charset=utf-8", &file),
            words::FILE_NAME.get(c.l),
            words::CALENDAR.get(c.l),
        ],
    );
    let (subject, body) = mail_text(c.m, list, link, today, c.l);
    write(
        &mut out,
        "<a class=\"pm-btn pm-btn-quiet pm-send\" href=\"{}\">{}</a>",
        &[&mailto(to, &subject, &body), words::SEND.get(c.l)],
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::values::parse_date;

    fn demo() -> Matcher {
        Matcher::from_json(include_str!("../www/catalogue.json")).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The demo's first institutions (`schools` of them) and first BIP saved, in English on
    /// 29 November 2026.
    fn saved(m: &Matcher, schools: usize) -> (Shortlist, Context<'_>) {
        let c = m.catalogue();
        let mut tokens = Vec::new();
        for i in &c.institutions[..schools] {
            tokens.push(format!("institution:{}", i.id));
        }
        tokens.push(format!("bip:{}", c.bips[0].id));
        let list = Shortlist::from_tokens(&tokens).against_catalogue(m);
        let ctx = Context {
            m,
            programme: None,
            today: parse_date("2026-11-29"),
            l: Locale::En,
        };
        (list, ctx)
    }

    #[test]
    fn each_entry_has_its_place_deadline_and_printed_facts_and_the_mail_its_address() {
        let m = demo();
        let (list, ctx) = saved(&m, 1);
        let (key, _) = &list.shown()[0];
        let lines = entry(ctx, key);
        assert!(
            lines.contains("<span class=\"pm-sl-deadline\">Next deadline: "),
            "{lines}"
        );
        assert_eq!(lines.matches("<dt>").count(), 6, "a row per fact: {lines}");
        for label in ["Levels", "Next deadline", "Estimate"] {
            assert!(lines.contains(label), "{label}");
        }
        let links = export_links(
            ctx,
            &list,
            "https://example.org/?pm-list=a",
            "io@example.org",
        );
        assert!(
            links.contains("href=\"data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR"),
            "{links}"
        );
        assert!(links.contains("href=\"mailto:io@example.org?subject="));
        assert!(links.ends_with(">Send to my coordinator</a>"), "{links}");
    }

    #[test]
    fn the_comparison_has_a_column_per_saved_result_and_a_row_per_fact() {
        let m = demo();
        let (list, ctx) = saved(&m, 2);
        let table = compare(ctx, &list);
        assert_eq!(table.matches("<th scope=\"col\">").count(), 3, "{table}");
        // Each list's name over its columns: they span the three entries.
        let spans: usize = table
            .split("<th scope=\"colgroup\" colspan=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next()?.parse::<usize>().ok())
            .sum();
        assert_eq!(spans, 3, "{table}");
        assert!(table.contains("<th scope=\"colgroup\" colspan=\"1\">BIPs</th>"));
        assert_eq!(table.matches("<th scope=\"row\">").count(), 6);
        assert_eq!(
            table.matches("<td>").count(),
            2 + 18,
            "the corners, then the facts"
        );
        for label in ["Levels", "Next deadline", "Estimate"] {
            assert!(table.contains(label), "{label}");
        }
    }
}
