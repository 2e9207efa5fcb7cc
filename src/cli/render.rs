//! `partner-matcher render CATALOGUE [--programme ID] [--lang en|nl] [--output FILE] [--page]`.

use std::path::PathBuf;
use std::process::ExitCode;

use partner_matcher::fallback::{criteria, fragment, listing, page};
use partner_matcher::Locale;

use super::{output, read_matcher, say, values, Outcome};

#[derive(clap::Args)]
pub struct Args {
    /// The catalogue.
    file: PathBuf,
    /// The programme the list is for: its id, or a name or alias in either language
    /// (default: every partner and BIP).
    #[arg(long, short)]
    programme: Option<String>,
    /// Language of the list: en or nl.
    #[arg(long, default_value = "en", value_parser = values::locale)]
    lang: Locale,
    /// Where to write the HTML (default: standard output); not the catalogue itself. The file
    /// is replaced only once the new one is complete.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// A whole HTML page instead of a fragment for inside <partner-matcher>.
    #[arg(long)]
    page: bool,
    /// Make the list as on this date (YYYY-MM-DD) instead of today, such as 2027-09-01 for a
    /// list prepared ahead: agreements that ended before its academic year and BIPs over by
    /// then are left out, as search leaves them out.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = values::date)]
    today: Option<String>,
}

pub fn run(args: &Args) -> Outcome {
    let matcher = read_matcher(&args.file)?;
    if let Some(programme) = &args.programme {
        if matcher.resolve_programme(programme).is_none() {
            let ids: Vec<&str> = matcher
                .catalogue()
                .programmes
                .iter()
                .map(|p| p.id.as_str())
                .collect();
            return Err(format!(
                "--programme: the catalogue has no programme \"{programme}\"; its programmes are {}",
                ids.join(", ")
            ));
        }
    }
    let today = args
        .today
        .clone()
        .unwrap_or_else(|| time::OffsetDateTime::now_utc().date().to_string());
    let criteria = criteria(args.programme.as_deref(), Some(&today));
    let listing = listing(&matcher, &criteria, args.lang).map_err(|e| e.to_string())?;
    let html = if args.page {
        page(&listing)
    } else {
        fragment(&listing)
    };
    match &args.output {
        Some(path) => output::write_whole(path, &html, &[&args.file], "list.html")?,
        None => say(html.trim_end())?,
    }
    Ok(ExitCode::SUCCESS)
}
