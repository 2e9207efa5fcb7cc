//! `partner-matcher check FILE`: strict, and says what the widget would do with the file.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

use partner_matcher::catalogue::values::{academic_year_of, parse_date};
use partner_matcher::catalogue::{load_bytes, locate_in, BadRecords, Catalogue, Problem, Skipped};

use super::clarify::clarify;
use super::{print_json, read_catalogue, say, values, Outcome};

#[derive(clap::Args)]
pub struct Args {
    /// The catalogue JSON file.
    file: PathBuf,
    /// Print the problems as JSON ({"ok": bool, "problems": [...], "widget": {...}}).
    #[arg(long)]
    json: bool,
    /// Check as on this date (YYYY-MM-DD) instead of today: the BIPs over by then and the
    /// agreements that ended before its academic year are named, as the widget and render
    /// leave them out.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = values::date)]
    today: Option<String>,
}

/// What the widget, which leaves out records with errors, does with the file.
#[derive(serde::Serialize)]
struct Widget {
    /// Whether it shows the catalogue (false: the file as a whole is unusable).
    shows: bool,
    /// The records it leaves out.
    left_out: Vec<LeftOut>,
}

#[derive(serde::Serialize)]
struct LeftOut {
    place: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
}

pub fn run(args: &Args) -> Outcome {
    let bytes = read_catalogue(&args.file)?;
    let name = args.file.display().to_string();
    let (mut problems, summary) = match load_bytes(&bytes, BadRecords::Refuse) {
        Ok(checked) => {
            let c = &checked.catalogue;
            let countries: BTreeSet<&str> =
                c.institutions.iter().map(|i| i.country.as_str()).collect();
            let agreements: usize = c.institutions.iter().map(|i| i.agreements.len()).sum();
            let count = |n: usize, one: &str, many: &str| {
                format!("{n} {}", if n == 1 { one } else { many })
            };
            let summary = format!(
                "{name}: ok: {}, {} in {}, {}, {}",
                count(c.programmes.len(), "programme", "programmes"),
                count(c.institutions.len(), "institution", "institutions"),
                count(countries.len(), "country", "countries"),
                count(agreements, "agreement", "agreements"),
                count(c.bips.len(), "BIP", "BIPs")
            );
            let today = args
                .today
                .as_deref()
                .and_then(parse_date)
                .unwrap_or_else(|| time::OffsetDateTime::now_utc().date());
            let mut warnings = checked.warnings;
            warnings.extend(more_warnings(c, &bytes, today));
            (warnings, Some(summary))
        }
        Err(rejected) => (rejected.problems, None),
    };
    clarify(&bytes, &mut problems);
    let ok = summary.is_some();
    let widget = if ok {
        Widget {
            shows: true,
            left_out: Vec::new(),
        }
    } else {
        match load_bytes(&bytes, BadRecords::LeaveOut) {
            Ok(checked) => Widget {
                shows: true,
                left_out: checked.skipped.into_iter().map(LeftOut::from).collect(),
            },
            Err(_) => Widget {
                shows: false,
                left_out: Vec::new(),
            },
        }
    };
    if args.json {
        #[derive(serde::Serialize)]
        struct Report<'a> {
            ok: bool,
            problems: &'a [Problem],
            widget: &'a Widget,
        }
        print_json(&Report {
            ok,
            problems: &problems,
            widget: &widget,
        })?;
    } else {
        for p in &problems {
            let label = if p.is_error() { "error" } else { "warning" };
            eprintln!("{label}: {p}");
        }
        let errors = problems.iter().filter(|p| p.is_error()).count();
        let warnings = problems.len() - errors;
        match summary {
            Some(summary) if warnings == 0 => say(&summary)?,
            Some(summary) => say(&format!("{summary} ({})", count(warnings, "warning")))?,
            None => {
                let (errors, warnings) = (count(errors, "error"), count(warnings, "warning"));
                eprintln!("{name}: {errors}, {warnings}");
                eprintln!("{}", widget.describe());
            }
        }
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

impl Widget {
    /// "the widget would leave out 2 records and show the rest: institutions[1] (ensp-arles), ..."
    fn describe(&self) -> String {
        if !self.shows {
            return "the widget would show no partners: these errors concern the whole file"
                .to_owned();
        }
        let records: Vec<String> = self
            .left_out
            .iter()
            .map(|r| match &r.id {
                Some(id) => format!("{} ({id})", r.place),
                None => r.place.clone(),
            })
            .collect();
        let count = match records.len() {
            1 => "1 record".to_owned(),
            n => format!("{n} records"),
        };
        format!(
            "the widget would leave out {count} and show the rest: {}",
            records.join(", ")
        )
    }
}

/// What `check` warns of in a catalogue the loader accepts, beyond the loader's own warnings:
/// an agreement it repeats, and what is over on `today` (left out by the widget), each by its
/// place and line. `preview` says the same of an edit.
pub(super) fn more_warnings(c: &Catalogue, bytes: &[u8], today: time::Date) -> Vec<Problem> {
    let mut more = partner_matcher::changes::repeated(c);
    more.extend(over(c, today));
    if let Ok(text) = std::str::from_utf8(bytes) {
        locate_in(text, &mut more);
    }
    more
}

/// What is over on `today`, valid but left out by the widget and `render` (as a search on
/// that day leaves it out): agreements that ended before today's academic year, BIPs whose
/// week in person ended. A year mistyped makes a record vanish without a word otherwise.
/// The search's own rule (src/search/evaluate.rs), written again to name places; the test
/// tests/cli/over.rs keeps the two one rule.
fn over(c: &Catalogue, today: time::Date) -> Vec<Problem> {
    const LEFT_OUT: &str = "the widget and render leave it out (a year mistyped?)";
    let year = academic_year_of(today);
    let mut over = Vec::new();
    for (i, institution) in c.institutions.iter().enumerate() {
        for (k, agreement) in institution.agreements.iter().enumerate() {
            let Some(until) = agreement.valid.as_ref().and_then(|v| v.until.as_ref()) else {
                continue;
            };
            if until.start_year().is_some_and(|last| last < year) {
                over.push(Problem::warning(
                    format!("institutions[{i}].agreements[{k}].valid.until"),
                    format!(
                        "the agreement ended with the academic year {}: {LEFT_OUT}",
                        until.as_str()
                    ),
                ));
            }
        }
    }
    for (j, bip) in c.bips.iter().enumerate() {
        let Some(physical) = &bip.physical else {
            continue;
        };
        if physical.end.parse().is_some_and(|end| end < today) {
            over.push(Problem::warning(
                format!("bips[{j}].physical.end"),
                format!("the BIP ended on {}: {LEFT_OUT}", physical.end.as_str()),
            ));
        }
    }
    over
}

impl From<Skipped> for LeftOut {
    fn from(skipped: Skipped) -> LeftOut {
        LeftOut {
            place: skipped.place,
            id: skipped.id,
        }
    }
}

/// "1 warning", "3 warnings".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
