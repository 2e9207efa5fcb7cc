//! `partner-matcher check FILE`: strict, and says what the widget would do with the file.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

use partner_matcher::catalogue::{load_bytes, locate_in, BadRecords, Problem, Skipped};

use super::clarify::clarify;
use super::{print_json, read_catalogue, say, Outcome};

#[derive(clap::Args)]
pub struct Args {
    /// The catalogue JSON file.
    file: PathBuf,
    /// Print the problems as JSON ({"ok": bool, "problems": [...], "widget": {...}}).
    #[arg(long)]
    json: bool,
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
            let mut warnings = checked.warnings;
            let mut repeated = partner_matcher::changes::repeated(c);
            if let Ok(text) = std::str::from_utf8(&bytes) {
                locate_in(text, &mut repeated);
            }
            warnings.extend(repeated);
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
