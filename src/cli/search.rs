//! `partner-matcher search FILE [--criteria JSON] [flags] [--json]`.

use std::path::PathBuf;
use std::process::ExitCode;

use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use partner_matcher::catalogue::{LanguageRequirement, Level, Mobility, Term};
use partner_matcher::estimate::estimate;
use partner_matcher::i18n::{
    contact_label, country_name, describe_reason, describe_warning, estimate_lines, fill,
    ignored_words, plural, staff_facts, staff_rules, Text, CONTACTS,
};
use partner_matcher::search::{
    capped_query, Criteria, Filter, Hit, Kind, NameLength, Region, Sort, MAX_QUERY_CHARS,
    MAX_QUERY_WORDS,
};
use partner_matcher::staff::staff_terms;
use partner_matcher::{Locale, Matcher};

use super::values::{self, parse_with};
use super::{print_json, read_matcher, say, Outcome};

#[derive(clap::Args)]
pub struct Args {
    /// The catalogue JSON file.
    file: PathBuf,
    /// Criteria as JSON (see `partner-matcher schema --criteria`); `@path` reads a file.
    /// The flags below override its fields.
    #[arg(long)]
    criteria: Option<String>,
    /// Free text: names, cities, countries, programmes, tags (English or Dutch).
    #[arg(long, short)]
    query: Option<String>,
    /// Your programme: id, name or alias in English or Dutch ("fotografie").
    #[arg(long, short)]
    programme: Option<String>,
    /// Only these kinds (repeatable): institution or bip (partner schools, or Blended
    /// Intensive Programmes).
    #[arg(long = "kind", value_parser = values::kind)]
    kinds: Vec<Kind>,
    /// study, traineeship, staff-teaching or staff-training (repeatable). Without it (and
    /// without a mobility in --criteria), a student's: study and traineeship, as the widget
    /// shows first.
    #[arg(long, value_parser = parse_with(Mobility::parse, Mobility::NAMES))]
    mobility: Vec<Mobility>,
    /// bachelor, master, postgraduate or doctorate.
    #[arg(long, value_parser = parse_with(Level::parse, Level::NAMES))]
    level: Option<Level>,
    /// autumn, spring or full-year.
    #[arg(long, value_parser = parse_with(Term::parse, Term::NAMES))]
    term: Option<Term>,
    /// A country code or name, English or Dutch (repeatable).
    #[arg(long = "country")]
    countries: Vec<String>,
    /// europe or outside-europe.
    #[arg(long, value_parser = values::region)]
    region: Option<Region>,
    /// A language you speak and its CEFR level, "en B2" (repeatable).
    #[arg(long = "speaks", value_parser = values::language)]
    languages: Vec<LanguageRequirement>,
    /// Only destinations within this many kilometres of home (a number, such as 500).
    #[arg(long = "max-distance", value_name = "KM", value_parser = values::kilometres,
          allow_negative_numbers = true)]
    max_distance_km: Option<f64>,
    /// At most this many results (1 or more).
    #[arg(long, value_name = "N", value_parser = values::at_least_one,
          allow_negative_numbers = true)]
    limit: Option<usize>,
    /// Search as on this date (YYYY-MM-DD) instead of today: agreements that ended before
    /// its academic year and BIPs over by then are left out, and the next deadlines are
    /// those after it.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = values::date)]
    today: Option<String>,
    /// The order: best-fit (default), distance, deadline (the soonest next deadline) or name
    /// (in --lang).
    #[arg(long, value_parser = parse_with(Sort::parse, &SORTS))]
    sort: Option<Sort>,
    /// Language of the table (and of the names --sort name orders): en or nl.
    #[arg(long, default_value = "en", value_parser = values::locale)]
    lang: Locale,
    /// Print a JSON array of results, best first.
    #[arg(long)]
    json: bool,
    /// Print a JSON object instead: {"total", "related", "ignored_words", "results"} (the query words
    /// that matched nothing and were left out; the array of --json as "results").
    #[arg(long, conflicts_with = "json")]
    json_page: bool,
}

/// What `--json-page` prints.
#[derive(serde::Serialize)]
struct JsonPage<'p> {
    /// Results that fit the programme; `related` more follow them in `results`.
    total: usize,
    related: usize,
    ignored_words: &'p [String],
    results: &'p [partner_matcher::Hit],
}

pub fn run(args: &Args) -> Outcome {
    let matcher = read_matcher(&args.file)?;
    let criteria = criteria(args)?;
    let locale = args.lang;
    if let Some(query) = &criteria.query {
        let read = capped_query(query);
        if read.len() < query.trim_end().len() {
            let (words, chars) = (MAX_QUERY_WORDS.to_string(), MAX_QUERY_CHARS.to_string());
            eprintln!(
                "note: {}",
                fill(QUERY_CUT.get(locale), &[&words, &chars, read.trim()])
            );
        }
    }
    let shown = 0..criteria.limit.unwrap_or(usize::MAX);
    let page = matcher
        .page(&criteria, shown, |_| true)
        .map_err(|e| e.to_string())?;
    if let Some(note) = ignored_words(&page.ignored_words, locale) {
        eprintln!("note: {note}");
    }
    if args.json_page {
        return print_json(&JsonPage {
            total: page.total,
            related: page.related,
            ignored_words: &page.ignored_words,
            results: &page.hits,
        });
    }
    if args.json {
        return print_json(&page.hits);
    }
    // Those that fit the programme, then the related ones under a heading of their own.
    let (fitting, related) = page.hits.split_at(page.total.min(page.hits.len()));
    if fitting.is_empty() {
        say(NO_RESULTS.get(locale))?;
        if let Some(first) = page.loosenings.first() {
            let flag = format!("--{}", flag_of(first.filter));
            let results = plural(first.results as u64, locale, RESULT, RESULTS);
            say(&fill(WITHOUT.get(locale), &[&flag, &results]))?;
        }
    } else {
        say(&plural(page.total as u64, locale, RESULT, RESULTS))?;
        say(&table(&matcher, fitting, 0, locale))?;
    }
    if !related.is_empty() {
        say("")?;
        let heading = partner_matcher::i18n::ui::RELATED.get(locale);
        say(&fill(heading, &[&page.related.to_string()]))?;
        say(&table(&matcher, related, fitting.len(), locale))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The hits as a table, numbered from `first + 1`.
fn table(matcher: &Matcher, hits: &[Hit], first: usize, locale: Locale) -> String {
    let catalogue = matcher.catalogue();
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(terminal_width())
        .set_header(HEADER.iter().map(|t| t.get(locale)));
    for (rank, hit) in (first..).zip(hits) {
        let place = match hit.kind {
            Kind::Institution => matcher.institution(&hit.id).map(|i| {
                format!(
                    "{}, {}",
                    i.city.get(locale),
                    country_name(i.country.as_str(), locale)
                )
            }),
            Kind::Bip => matcher
                .bip(&hit.id)
                .and_then(|b| b.physical.as_ref())
                .map(|p| {
                    format!(
                        "{}, {}",
                        p.city.get(locale),
                        country_name(p.country.as_str(), locale)
                    )
                }),
        };
        let mut reasons: Vec<String> = hit
            .reasons
            .iter()
            .map(|n| describe_reason(n, hit.kind, catalogue, locale))
            .collect();
        if let Some(estimate) = estimate(matcher, hit) {
            reasons.extend(estimate_lines(&estimate, locale));
        }
        if let Some(staff) = staff_terms(matcher, hit) {
            reasons.push(staff_facts(&staff, locale).join(" · "));
            reasons.extend(staff_rules(&staff, locale));
            for c in &staff.contacts {
                let email = c.email.as_ref().map(|e| format!(" <{e}>"));
                let who = format!("{}{}", contact_label(c), email.unwrap_or_default());
                reasons.push(format!("{}: {who}", CONTACTS.get(locale)));
            }
        }
        let warnings: Vec<String> = hit
            .warnings
            .iter()
            .map(|n| describe_warning(n, catalogue, locale))
            .collect();
        table.add_row([
            (rank + 1).to_string(),
            format!("{:.2}", hit.score),
            match hit.kind {
                Kind::Institution => INSTITUTION.get(locale).to_owned(),
                Kind::Bip => BIP.get(locale).to_owned(),
            },
            matcher
                .display_name(hit.kind, &hit.id, NameLength::Full, locale)
                .unwrap_or_default()
                .to_owned(),
            place.unwrap_or_default(),
            hit.distance_km.map(|d| d.to_string()).unwrap_or_default(),
            reasons.join("\n"),
            warnings.join("\n"),
        ]);
    }
    table.to_string()
}

const QUERY_CUT: Text = Text::new(
    "the query is too long: only its first {} words and {} characters are read. Searched for: \"{}\".",
    "de zoekopdracht is te lang: alleen de eerste {} woorden en {} tekens worden gelezen. Gezocht op: \"{}\".",
);
const NO_RESULTS: Text = Text::new("No results.", "Geen resultaten.");
const WITHOUT: Text = Text::new("Without {}: {}.", "Zonder {}: {}.");
const RESULT: Text = Text::new("result", "resultaat");
const RESULTS: Text = Text::new("results", "resultaten");

const HEADER: [Text; 8] = [
    Text::new("#", "#"),
    Text::new("score", "score"),
    Text::new("kind", "soort"),
    Text::new("name", "naam"),
    Text::new("where", "waar"),
    Text::new("km", "km"),
    Text::new("why it fits", "waarom het past"),
    Text::new("watch out", "let op"),
];

const INSTITUTION: Text = Text::new("institution", "instelling");
const BIP: Text = Text::new("BIP", "BIP");

/// The command-line flag that sets a criteria field.
fn flag_of(filter: Filter) -> &'static str {
    match filter {
        Filter::Kinds => "kind",
        Filter::Countries => "country",
        Filter::MaxDistanceKm => "max-distance",
        other => other.as_str(),
    }
}

/// The --criteria JSON with the flags laid over it, and today's date unless given.
fn criteria(args: &Args) -> Result<Criteria, String> {
    let mut c = match &args.criteria {
        None => Criteria::default(),
        Some(given) => super::criteria::read(given)?,
    };
    set(&mut c.query, &args.query);
    set(&mut c.programme, &args.programme);
    set(&mut c.level, &args.level);
    set(&mut c.term, &args.term);
    set(&mut c.region, &args.region);
    set(&mut c.max_distance_km, &args.max_distance_km);
    set(&mut c.limit, &args.limit);
    set(&mut c.today, &args.today);
    set(&mut c.sort, &args.sort);
    c.lang = c.lang.or(Some(args.lang));
    set_list(&mut c.kinds, &args.kinds);
    set_list(&mut c.mobility, &args.mobility);
    set_list(&mut c.countries, &args.countries);
    set_list(&mut c.languages, &args.languages);
    // A search is a student's unless it asks for staff mobility: the widget's first view too
    // (staff results have no deadline to miss, and would rank above a student's closed ones).
    if c.mobility.is_none() {
        c.mobility = Some(Mobility::STUDENT.to_vec());
    }
    if c.today.is_none() {
        let now = time::OffsetDateTime::now_utc().date();
        c.today = Some(now.to_string());
    }
    Ok(c)
}

/// A flag given on the command line replaces the --criteria field.
fn set<T: Clone>(field: &mut Option<T>, flag: &Option<T>) {
    if flag.is_some() {
        field.clone_from(flag);
    }
}

/// Repeated flags, when given, replace the --criteria list.
fn set_list<T: Clone>(field: &mut Option<Vec<T>>, flags: &[T]) {
    if !flags.is_empty() {
        *field = Some(flags.to_vec());
    }
}

fn terminal_width() -> u16 {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(160)
}

const SORTS: [&str; 4] = ["best-fit", "distance", "deadline", "name"];
