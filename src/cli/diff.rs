//! `partner-matcher diff OLD NEW [--json]`: what changed, for review before publishing.
//! Exit code 0 whatever changed; 1 only when a file cannot be read or is invalid.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use partner_matcher::catalogue::Catalogue;
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
    let (old, new) = (catalogue(&args.old), catalogue(&args.new));
    let (old, new) = match (old, new) {
        (Ok(old), Ok(new)) => (old, new),
        (old, new) => {
            let problems: Vec<String> = [old.err(), new.err()].into_iter().flatten().collect();
            return Err(problems.join("\nerror: "));
        }
    };
    let changes = compare(&old, &new);
    if args.json {
        return print_json(&changes);
    }
    say(&changes.to_string())?;
    Ok(ExitCode::SUCCESS)
}

/// A catalogue `check` accepts, or its problems, each by its place.
fn catalogue(path: &Path) -> Result<Catalogue, String> {
    load_catalogue(path).map(|checked| checked.catalogue)
}
