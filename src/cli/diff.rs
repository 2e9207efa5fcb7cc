//! `partner-matcher diff OLD NEW [--json]`: what changed, for review before publishing.
//! Exit code 0 whatever changed; 1 only when a file cannot be read or is invalid. A file's
//! warnings (a misspelt field, ignored) are said on stderr, named by the file: a change the
//! review does not show because its field was not read is named, not passed over.

use std::path::PathBuf;
use std::process::ExitCode;

use partner_matcher::changes::compare;

use super::{load_catalogue, print_json, say, Outcome};

#[derive(clap::Args)]
pub struct Args {
    /// The catalogue as it was (published).
    old: PathBuf,
    /// The catalogue as it is now.
    new: PathBuf,
    /// Print the changes as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(args: &Args) -> Outcome {
    // Each a catalogue `check` accepts (with its warnings), or its problems, each by its place.
    let (old, new) = (load_catalogue(&args.old), load_catalogue(&args.new));
    let (old, new) = match (old, new) {
        (Ok(old), Ok(new)) => (old, new),
        (old, new) => {
            let problems: Vec<String> = [old.err(), new.err()].into_iter().flatten().collect();
            return Err(problems.join("\nerror: "));
        }
    };
    for (path, checked) in [(&args.old, &old), (&args.new, &new)] {
        for warning in &checked.warnings {
            eprintln!("warning: {}: {warning}", path.display());
        }
    }
    let changes = compare(&old.catalogue, &new.catalogue);
    if args.json {
        return print_json(&changes);
    }
    say(&changes.to_string())?;
    Ok(ExitCode::SUCCESS)
}
