//! Prints hit@1 and hit@3 of the labelled relevance set per category, then the misses.
//! `cargo run --example relevance` (add `-- --misses` to list every case that missed).

#[path = "../tests/support/relevance.rs"]
mod relevance;

fn main() {
    if let Err(message) = report() {
        eprintln!("relevance: {message}");
        std::process::exit(1);
    }
}

fn report() -> Result<(), String> {
    let set = relevance::load_set()?;
    let matchers = relevance::matchers(&set)?;
    let outcomes = relevance::run(&set, &matchers)?;
    println!("| category | cases | hit@1 | hit@3 |");
    println!("| --- | ---: | ---: | ---: |");
    for (category, (cases, at1, at3)) in relevance::scores(&outcomes) {
        println!(
            "| {category} | {cases} | {:.1}% | {:.1}% |",
            relevance::percent(at1, cases),
            relevance::percent(at3, cases)
        );
    }
    if std::env::args().any(|a| a == "--misses") {
        println!();
        for o in outcomes.iter().filter(|o| !o.hit_at_1) {
            println!(
                "miss@1 [{}] {} {}: got {:?}, expected one of {:?}",
                o.case.category, o.case.catalogue, o.case.criteria, o.first_three, o.case.expect
            );
        }
    }
    Ok(())
}
