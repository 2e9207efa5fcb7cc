//! `partner-matcher import FILE... --into CATALOGUE [--output OUT]` (alias `import-csv`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use partner_matcher::catalogue::UNKNOWN_FIELD;
use partner_matcher::import::{import, Options, Source};

use super::{files, load_catalogue, output, places, say, Outcome};

#[derive(clap::Args)]
pub struct Args {
    /// The files to import, each recognised by its content: the office's spreadsheet (CSV,
    /// .xlsx or .ods; one row per agreement, columns in the README), EWP IIAs get-responses
    /// (stable-v7 or v6) and EWP Factsheet responses. At least one, unless --institutions or
    /// --factsheet gives the files.
    #[arg(required_unless_present_any = ["institutions", "factsheet"])]
    files: Vec<PathBuf>,
    /// The catalogue to merge into.
    #[arg(long)]
    into: PathBuf,
    /// Where to write the merged catalogue (default: standard output). May be the --into
    /// file, not one of the files imported. Nothing is written when any file has a problem,
    /// and the file is replaced only once the new one is complete.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// The workbook sheet to read (default: the first).
    #[arg(long)]
    sheet: Option<String>,
    /// The home school's SCHAC code, such as kask.hogent.be: of EWP IIAs, the mobilities it
    /// sends are imported.
    #[arg(long)]
    home_hei: Option<String>,
    /// EWP Institutions API responses describing the partners the IIAs name (name, city,
    /// country, Erasmus code, website of institutions new to the catalogue). A file of another
    /// kind is refused.
    #[arg(long)]
    institutions: Vec<PathBuf>,
    /// EWP Factsheet API responses: the partners' nomination deadlines and requirements. A
    /// file of another kind is refused.
    #[arg(long)]
    factsheet: Vec<PathBuf>,
    /// Remove the catalogue's agreements that none of the files names.
    #[arg(long)]
    prune: bool,
}

pub fn run(args: &Args) -> Outcome {
    let loaded = load_catalogue(&args.into)?;
    // A field the format does not have (a note of the office's own, a misspelt name) is not
    // in the model, so not in the output: said before it is lost, with where it was.
    for unknown in loaded
        .warnings
        .iter()
        .filter(|w| w.message == UNKNOWN_FIELD)
    {
        eprintln!(
            "warning: {}: {}: a field the catalogue format does not have; it is not in the output",
            args.into.display(),
            unknown.place
        );
    }
    let base = loaded.catalogue;
    let mut sources = Vec::new();
    for path in sources_of(args) {
        sources.push(Source {
            name: name(path),
            bytes: files::read(path)?,
        });
    }
    let options = Options {
        sheet: args.sheet.clone(),
        home_hei: args.home_hei.clone(),
        prune: args.prune,
        institutions: names(&args.institutions),
        factsheets: names(&args.factsheet),
    };
    let gazetteer = places::built_in()?;
    let imported = import(&sources, base, &options, &gazetteer).map_err(|e| {
        for warning in &e.warnings {
            eprintln!("warning: {warning}");
        }
        e.problems.join("\nerror: ")
    })?;
    let json = serde_json::to_string_pretty(&imported.catalogue).map_err(|e| e.to_string())?;
    match &args.output {
        Some(path) => {
            // The --into catalogue may be replaced (that is the usual way), the others not.
            let read: Vec<&Path> = sources_of(args).collect();
            output::write_whole(path, &(json + "\n"), &read)?;
        }
        None => say(&json)?,
    }
    for warning in &imported.warnings {
        eprintln!("warning: {warning}");
    }
    eprintln!("{}", imported.summary);
    Ok(ExitCode::SUCCESS)
}

/// A file by the name the import's messages give it (and by which `Options` names the files
/// given with --institutions and --factsheet).
fn name(path: &Path) -> String {
    path.display().to_string()
}

fn names(paths: &[PathBuf]) -> Vec<String> {
    paths.iter().map(|p| name(p)).collect()
}

/// The files imported, in the order they are read: institutions, factsheets, then the rest.
fn sources_of(args: &Args) -> impl Iterator<Item = &Path> {
    args.institutions
        .iter()
        .chain(&args.factsheet)
        .chain(&args.files)
        .map(PathBuf::as_path)
}
