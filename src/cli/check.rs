//! `partner-matcher check FILE`.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

use partner_matcher::catalogue::{load, Problem};

use super::{print_json, read_text, say, Outcome};

#[derive(clap::Args)]
pub struct Args {
    /// The catalogue JSON file.
    file: PathBuf,
    /// Print the problems as JSON ({"ok": bool, "problems": [...]}).
    #[arg(long)]
    json: bool,
}

pub fn run(args: &Args) -> Outcome {
    let text = read_text(&args.file)?;
    let name = args.file.display().to_string();
    let (problems, summary) = match load(&text) {
        Ok(checked) => {
            let c = &checked.catalogue;
            let countries: BTreeSet<&str> =
                c.institutions.iter().map(|i| i.country.as_str()).collect();
            let agreements: usize = c.institutions.iter().map(|i| i.agreements.len()).sum();
            let summary = format!(
                "{name}: ok: {} programmes, {} institutions in {} countries, {} agreements, {} BIPs",
                c.programmes.len(),
                c.institutions.len(),
                countries.len(),
                agreements,
                c.bips.len()
            );
            (checked.warnings, Some(summary))
        }
        Err(rejected) => (rejected.problems, None),
    };
    let ok = summary.is_some();
    if args.json {
        #[derive(serde::Serialize)]
        struct Report<'a> {
            ok: bool,
            problems: &'a [Problem],
        }
        print_json(&Report {
            ok,
            problems: &problems,
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
            Some(summary) => say(&format!("{summary} ({warnings} warnings)"))?,
            None => eprintln!("{name}: {errors} errors, {warnings} warnings"),
        }
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
