//! `partner-matcher import FILE... --into CATALOGUE [--output OUT]` (alias `import-csv`).

use std::collections::hash_map::{Entry, HashMap};
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
        said(&e.problems)
    })?;
    let json = serde_json::to_string_pretty(&imported.catalogue).map_err(|e| e.to_string())?;
    match &args.output {
        Some(path) => {
            // The --into catalogue may be replaced (that is the usual way), the others not.
            let read: Vec<&Path> = sources_of(args).collect();
            output::write_whole(path, &(json + "\n"), &read, "catalogue.json")?;
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

/// The problems as the office reads them, one a line: a problem that many rows have (the same
/// words but for the row: `"north" is not a number` under lat on every row) once, with its
/// rows; then how many there were, and that nothing was written.
fn said(problems: &[String]) -> String {
    // Each problem's words but for its row, in the order first met, with its rows.
    let mut groups: Vec<(&str, &str, Vec<usize>)> = Vec::new();
    let mut by_words: HashMap<(&str, &str), usize> = HashMap::new();
    // A problem as it is, or the group said on its first problem's line.
    let mut lines: Vec<Result<usize, &String>> = Vec::new();
    for problem in problems {
        let Some((before, row, after)) = row_of(problem) else {
            lines.push(Err(problem));
            continue;
        };
        match by_words.entry((before, after)) {
            Entry::Occupied(at) => groups[*at.get()].2.push(row),
            Entry::Vacant(at) => {
                at.insert(groups.len());
                lines.push(Ok(groups.len()));
                groups.push((before, after, vec![row]));
            }
        }
    }
    let lines: Vec<String> = lines
        .into_iter()
        .map(|line| match line.map(|i| groups.get(i)) {
            Ok(Some((before, after, rows))) => format!("{before}{}{after}", rows_said(rows)),
            Ok(None) => String::new(),
            Err(problem) => problem.clone(),
        })
        .collect();
    let total = match problems.len() {
        1 => "1 problem; nothing was written: correct it and import again".to_owned(),
        n if lines.len() < n => format!(
            "{} problems ({} different, each above with its rows); nothing was written: correct \
             them and import again",
            thousands(n),
            thousands(lines.len())
        ),
        n => format!(
            "{} problems; nothing was written: correct them and import again",
            thousands(n)
        ),
    };
    format!("{}\n{total}", lines.join("\nerror: "))
}

/// A problem about one row, `file.csv: row 4, column lat (E): …`, as the words before its
/// row number, the number, and the words after.
fn row_of(problem: &str) -> Option<(&str, usize, &str)> {
    let at = problem.find(": row ")? + ": row ".len();
    let rest = &problem[at..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    if !(after.starts_with(',') || after.starts_with(':')) {
        return None;
    }
    let row = rest[..digits].parse().ok()?;
    Some((&problem[..at - "row ".len()], row, after))
}

/// `row 4`; `rows 2–5897 (5,896 rows)`; `rows 2, 4, 6–9 (6 rows)`; of many runs, the first
/// ten and how many rows more.
fn rows_said(rows: &[usize]) -> String {
    let [row] = rows else {
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for &row in rows {
            match runs.last_mut() {
                Some((_, last)) if *last + 1 == row => *last = row,
                _ => runs.push((row, row)),
            }
        }
        let shown: Vec<String> = runs
            .iter()
            .take(10)
            .map(|&(first, last)| match last - first {
                0 => first.to_string(),
                _ => format!("{first}\u{2013}{last}"),
            })
            .collect();
        let in_shown: usize = runs.iter().take(10).map(|(f, l)| l - f + 1).sum();
        let more = match rows.len() - in_shown {
            0 => String::new(),
            n => format!(" and {} more", thousands(n)),
        };
        return format!(
            "rows {}{more} ({} rows)",
            shown.join(", "),
            thousands(rows.len())
        );
    };
    format!("row {row}")
}

/// 5,896: a count as the office writes it in English.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{rows_said, said, thousands};

    #[test]
    fn rows_are_said_as_runs() {
        assert_eq!(rows_said(&[4]), "row 4");
        assert_eq!(rows_said(&[2, 3, 4]), "rows 2\u{2013}4 (3 rows)");
        assert_eq!(
            rows_said(&[2, 4, 6, 7, 8, 9]),
            "rows 2, 4, 6\u{2013}9 (6 rows)"
        );
        let every_other: Vec<usize> = (1..=30).map(|n| n * 2).collect();
        assert_eq!(
            rows_said(&every_other),
            "rows 2, 4, 6, 8, 10, 12, 14, 16, 18, 20 and 20 more (30 rows)"
        );
        assert_eq!(thousands(5896), "5,896");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(999), "999");
    }

    #[test]
    fn the_same_problem_on_many_rows_is_said_once() {
        let problems = [
            "a.csv: row 2, column lat (F): \"north\" is not a number".to_owned(),
            "a.csv: row 2: has 1 cell".to_owned(),
            "a.csv: row 3, column lat (F): \"north\" is not a number".to_owned(),
            "a.csv: row 3, column lat (F): \"nord\" is not a number".to_owned(),
            "b.xml: the file is empty".to_owned(),
        ];
        assert_eq!(
            said(&problems),
            "a.csv: rows 2\u{2013}3 (2 rows), column lat (F): \"north\" is not a number\n\
             error: a.csv: row 2: has 1 cell\n\
             error: a.csv: row 3, column lat (F): \"nord\" is not a number\n\
             error: b.xml: the file is empty\n\
             5 problems (4 different, each above with its rows); nothing was written: correct \
             them and import again"
        );
    }
}
