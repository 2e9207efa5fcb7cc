//! `partner-matcher import-csv FILE.csv --into CATALOGUE [--output OUT]`.

use std::path::PathBuf;
use std::process::ExitCode;

use partner_matcher::catalogue::load;
use partner_matcher::import::import_csv;

use super::{read_text, say, Outcome};

#[derive(clap::Args)]
pub struct Args {
    /// The spreadsheet saved as CSV, one row per agreement (columns in the README): separated
    /// by `,`, `;` or tab, in UTF-8 (best) or Windows-1252; decimal commas are fine.
    csv: PathBuf,
    /// The catalogue to merge into: rows replace institutions with the same id or add new ones.
    #[arg(long)]
    into: PathBuf,
    /// Where to write the merged catalogue (default: standard output). May be the --into file.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

pub fn run(args: &Args) -> Outcome {
    let base = load(&read_text(&args.into)?)
        .map_err(|rejected| format!("{}: {rejected}", args.into.display()))?
        .catalogue;
    let file = std::fs::File::open(&args.csv)
        .map_err(|e| format!("cannot read {}: {e}", args.csv.display()))?;
    let file_name = args.csv.display();
    let imported = import_csv(file, base).map_err(|e| {
        for warning in &e.warnings {
            eprintln!("warning: {file_name}: {warning}");
        }
        let lines: Vec<String> = e
            .problems
            .iter()
            .map(|p| format!("{file_name}: {p}"))
            .collect();
        lines.join("\nerror: ")
    })?;
    let json = serde_json::to_string_pretty(&imported.catalogue).map_err(|e| e.to_string())?;
    match &args.output {
        Some(path) => std::fs::write(path, json + "\n")
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?,
        None => say(&json)?,
    }
    for warning in &imported.warnings {
        eprintln!("warning: {file_name}: {warning}");
    }
    eprintln!(
        "imported {} agreements: {} institutions added ({}), {} replaced ({})",
        imported.agreements,
        imported.added.len(),
        imported.added.join(", "),
        imported.replaced.len(),
        imported.replaced.join(", ")
    );
    Ok(ExitCode::SUCCESS)
}
