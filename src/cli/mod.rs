//! Command-line parsing and dispatch. Every failure is a message on stderr and exit code 1.

mod check;
mod clarify;
mod criteria;
mod diff;
mod files;
mod import;
mod output;
mod places;
mod preview;
mod render;
mod search;
mod values;

use std::path::Path;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use partner_matcher::catalogue::{load_bytes, BadRecords, Checked};
use partner_matcher::Matcher;

#[derive(Parser)]
#[command(
    name = "partner-matcher",
    version,
    about = "Check, search, import, compare, render and preview the partner catalogue of KASK & Conservatorium.",
    after_help = "Examples:\n  partner-matcher check www/catalogue.json\n  partner-matcher search www/catalogue.json --programme fotografie --term spring\n  partner-matcher search www/catalogue.json --criteria '{\"query\":\"Lodz\"}' --json\n  partner-matcher import partners.xlsx --into www/catalogue.json --output new.json\n  partner-matcher import iias.xml --home-hei kask.hogent.be --institutions heis.xml \\\n      --into www/catalogue.json --output new.json\n  partner-matcher diff www/catalogue.json new.json\n  partner-matcher render www/catalogue.json --programme photography --lang nl --output fallback.html\n  partner-matcher preview www/catalogue.json"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Validate a catalogue; every problem is named by its place. Exit code 1 on errors.
    #[command(after_help = "Examples:\n  \
        partner-matcher check www/catalogue.json\n  \
        partner-matcher check --json www/catalogue.json > problems.json")]
    Check(check::Args),
    /// Print the JSON Schema of the catalogue format (or of search criteria).
    #[command(after_help = "Examples:\n  \
        partner-matcher schema > catalogue.schema.json\n  \
        partner-matcher schema --criteria > criteria.schema.json")]
    Schema {
        /// Print the schema of search criteria instead.
        #[arg(long)]
        criteria: bool,
    },
    /// Search a catalogue as the widget does; a table, or JSON with --json.
    #[command(after_help = "Examples:\n  \
        partner-matcher search www/catalogue.json -p fotografie --term spring --speaks \"en B2\"\n  \
        partner-matcher search www/catalogue.json -q lyon --country Frankrijk --lang nl\n  \
        partner-matcher search www/catalogue.json --kind bip --level master\n  \
        partner-matcher search www/catalogue.json --criteria '{\"query\":\"Lodz\"}' --json")]
    Search(Box<search::Args>),
    /// Merge the office's files into a catalogue: its spreadsheet (CSV, .xlsx, .ods) and EWP
    /// IIAs, Institutions and Factsheet responses, each recognised by its content.
    #[command(
        alias = "import-csv",
        after_help = "Examples:\n  \
        partner-matcher import partners.xlsx --into www/catalogue.json --output new.json\n  \
        partner-matcher import partners.csv --into www/catalogue.json --output www/catalogue.json\n  \
        partner-matcher import iias.xml --home-hei kask.hogent.be --institutions heis.xml \\\n      \
        --factsheet factsheets.xml --into www/catalogue.json --output new.json"
    )]
    Import(import::Args),
    /// The static list of partners and BIPs for one programme, as HTML: the no-JavaScript
    /// fallback to paste inside <partner-matcher>, or a whole page with --page.
    #[command(after_help = "Examples:\n  \
        partner-matcher render www/catalogue.json -p photography --lang nl -o fotografie.html\n  \
        partner-matcher render www/catalogue.json -p \"Classical Music\" --page -o classical.html")]
    Render(render::Args),
    /// What changed between two catalogues (institutions, agreements, BIPs, programmes and
    /// the catalogue's own fields, such as the home school's deadlines), for review before
    /// publishing; exit code 0 whatever changed, 1 when a file is invalid.
    #[command(after_help = "Examples:\n  \
        partner-matcher diff www/catalogue.json new.json\n  \
        partner-matcher diff www/catalogue.json new.json --json > changes.json")]
    Diff(diff::Args),
    /// Serve the widget on 127.0.0.1 with this catalogue, to see it as students will.
    #[command(after_help = "Examples:\n  \
        partner-matcher preview www/catalogue.json\n  \
        partner-matcher preview new.json --port 8081")]
    Preview(preview::Args),
}

pub fn main() -> ExitCode {
    let parsed = usage_as_in_help(Cli::command())
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version print to stdout and succeed; usage errors fail with 1.
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let outcome = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Schema { criteria } => {
            let schema = if criteria {
                partner_matcher::schema::criteria_schema()
            } else {
                partner_matcher::schema::catalogue_schema()
            };
            print_json(&schema)
        }
        Command::Search(args) => search::run(&args),
        Command::Import(args) => import::run(&args),
        Command::Render(args) => render::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Preview(args) => preview::run(&args),
    };
    match outcome {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Each subcommand's usage line as its --help shows it. In an error, clap's usage line lists
/// the options given as if they were required, and shows an argument required unless
/// another option is given as required ("import --into <INTO> --output <OUTPUT>
/// <FILES>...", where --help says `[OPTIONS] --into <INTO> [FILES]...`).
fn usage_as_in_help(mut command: clap::Command) -> clap::Command {
    command.build();
    command.mut_subcommands(|sub| {
        let usage = sub.clone().render_usage().to_string();
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage).to_owned();
        sub.override_usage(usage)
    })
}

/// A failure, as the message the user reads.
type Outcome = Result<ExitCode, String>;

/// A catalogue file's bytes. A workbook given where a catalogue goes is named as one: read as
/// JSON, it would be called text that is not UTF-8.
fn read_catalogue(path: &Path) -> Result<Vec<u8>, String> {
    let bytes = files::read(path)?;
    if partner_matcher::import::is_workbook(&bytes) {
        return Err(format!(
            "{}: this is a spreadsheet workbook (.xlsx, .ods or .xls), not a JSON catalogue: \
             import it into one with `partner-matcher import`",
            path.display()
        ));
    }
    Ok(bytes)
}

/// A catalogue file read as `check` reads it (strictly), or its problems, each by its place.
fn load_catalogue(path: &Path) -> Result<Checked, String> {
    let bytes = read_catalogue(path)?;
    load_bytes(&bytes, BadRecords::Refuse)
        .map_err(|rejected| clarify::refused(path, &bytes, rejected))
}

/// A catalogue file, read as `check` reads it, ready to search with the built-in place names.
fn read_matcher(path: &Path) -> Result<Matcher, String> {
    let bytes = read_catalogue(path)?;
    let mut matcher = Matcher::from_bytes(&bytes, BadRecords::Refuse)
        .map_err(|rejected| clarify::refused(path, &bytes, rejected))?;
    matcher.set_places(places::built_in()?);
    Ok(matcher)
}

/// A text file (UTF-8), such as search's --criteria @FILE.
fn read_text(path: &Path) -> Result<String, String> {
    String::from_utf8(files::read(path)?).map_err(|_| {
        format!(
            "cannot read {}: it is not UTF-8 text: save it as UTF-8 (\"Unicode (UTF-8)\" in \
             the editor's Save As)",
            path.display()
        )
    })
}

fn print_json(value: &impl serde::Serialize) -> Outcome {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    say(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes a line to standard output. A reader that stops early (`| head`) is not an error.
fn say(text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            // `> file` on a full disk: in words, not "(os error 28)".
            let why = match e.kind() {
                std::io::ErrorKind::StorageFull => {
                    "the disk is full: make room, or write elsewhere".to_owned()
                }
                _ => files::system_words(&e),
            };
            Err(format!("cannot write the output: {why}"))
        }
        _ => Ok(()),
    }
}
