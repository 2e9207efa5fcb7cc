//! Benchmarks (criterion): loading a large catalogue and typical searches.
//! `make bench` runs them; the figures go to docs/performance.md.

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use criterion::{criterion_group, BenchmarkId, Criterion};
    use partner_matcher::search::Criteria;
    use partner_matcher::Matcher;
    use serde_json::{json, Value};

    /// A deterministic pseudo-random sequence (xorshift), so every run measures the same data.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
            &items[(self.next() % items.len() as u64) as usize]
        }

        fn float(&mut self, lo: f64, hi: f64) -> f64 {
            lo + (self.next() % 1_000_000) as f64 / 1_000_000.0 * (hi - lo)
        }
    }

    const SYLLABLES: &[&str] = &[
        "ka", "mo", "ri", "sta", "vel", "dor", "lin", "gra", "fe", "nu", "bel", "art", "zon",
        "pri", "ło", "dź", "é", "ü", "ska", "tor", "mi", "len", "ha", "qui",
    ];
    const KINDS: &[&str] = &[
        "Academy of Fine Arts",
        "Conservatory",
        "School of Design",
        "Film School",
        "University of the Arts",
        "Kunsthochschule",
        "Accademia di Belle Arti",
        "École supérieure d'art",
        "Hogeschool voor de Kunsten",
    ];
    const COUNTRIES: &[&str] = &[
        "FR", "DE", "IT", "ES", "PT", "NL", "PL", "CZ", "AT", "SE", "FI", "NO", "DK", "GB", "IE",
        "HU", "RO", "GR", "TR", "CA", "US", "JP", "KR", "ZA", "BR", "MX", "AU", "IN",
    ];
    const PROGRAMMES: &[(&str, &str, &str, &str)] = &[
        (
            "interior-design",
            "Interior Design",
            "Interieurarchitectuur",
            "0212",
        ),
        ("photography", "Photography", "Fotografie", "0211"),
        ("fine-arts", "Fine Arts", "Beeldende kunsten", "0213"),
        (
            "graphic-design",
            "Graphic Design",
            "Grafisch ontwerp",
            "0212",
        ),
        ("animation-film", "Animation Film", "Animatiefilm", "0211"),
        ("film", "Film", "Film", "0211"),
        ("drama", "Drama", "Drama", "0215"),
        (
            "classical-music",
            "Classical Music",
            "Klassieke muziek",
            "0215",
        ),
        ("jazz-pop", "Jazz-Pop", "Jazz-pop", "0215"),
        ("composition", "Composition", "Compositie", "0215"),
    ];

    fn word(rng: &mut Rng) -> String {
        let n = 2 + rng.next() % 3;
        let mut w: String = (0..n).map(|_| *rng.pick(SYLLABLES)).collect();
        if let Some(first) = w.get(..1) {
            w = first.to_uppercase() + &w[1..];
        }
        w
    }

    /// A catalogue of `institutions` partners and `bips` BIPs, in format v1.
    pub fn catalogue(institutions: usize, bips: usize) -> String {
        let mut rng = Rng(0x5eed_cafe_f00d);
        let programmes: Vec<Value> = PROGRAMMES
            .iter()
            .map(|(id, en, nl, isced)| json!({"id": id, "name": {"en": en, "nl": nl}, "isced": isced}))
            .collect();
        let institutions: Vec<Value> = (0..institutions)
            .map(|i| {
                let city = word(&mut rng);
                let agreements: Vec<Value> = (0..1 + rng.next() % 4)
                    .map(|_| {
                        let (id, _, _, isced) = rng.pick(PROGRAMMES);
                        json!({
                            "mobility": rng.pick(&["study", "study", "study", "traineeship", "staff-teaching"]),
                            "programmes": [id], "isced": isced, "places": 1 + rng.next() % 3, "months": 5,
                            "terms": [rng.pick(&["autumn", "spring"])],
                            "languages": [{"lang": rng.pick(&["en", "fr", "de", "it"]), "cefr": rng.pick(&["B1", "B2"])}],
                            "valid": {"from": "2024/2025", "until": "2028/2029"}
                        })
                    })
                    .collect();
                json!({
                    "id": format!("inst-{i}"),
                    "name": format!("{} {} {}", rng.pick(KINDS), word(&mut rng), city),
                    "short_name": word(&mut rng),
                    "city": city,
                    "country": rng.pick(COUNTRIES),
                    "location": {"lat": rng.float(-50.0, 65.0), "lon": rng.float(-120.0, 150.0)},
                    "website": format!("https://example.org/{i}"),
                    "tags": [rng.pick(&["conservatoire", "design", "film-school", "art-academy"])],
                    "agreements": agreements,
                    "deadlines": {"autumn": "--04-15", "spring": "--10-15"},
                    "requirements": ["portfolio"]
                })
            })
            .collect();
        let bips: Vec<Value> = (0..bips)
            .map(|i| {
                let (id, _, _, _) = rng.pick(PROGRAMMES);
                let month = 1 + rng.next() % 11;
                json!({
                    "id": format!("bip-{i}"),
                    "title": {"en": format!("{} Lab {}", word(&mut rng), word(&mut rng)), "nl": format!("{} Labo", word(&mut rng))},
                    "host": format!("inst-{}", rng.next() % 1000),
                    "partners": [format!("inst-{}", 1000 + rng.next() % 1000)],
                    "programmes": [id],
                    "physical": {"start": format!("2027-{month:02}-08"), "end": format!("2027-{month:02}-12"),
                        "city": word(&mut rng), "country": rng.pick(COUNTRIES), "location": {"lat": 48.0, "lon": 9.0}},
                    "ects": 3, "apply_by": "2026-12-15", "languages": [{"lang": "en", "cefr": "B2"}]
                })
            })
            .collect();
        json!({
            "format": "partner-matcher/catalogue@1",
            "home": {"name": "KASK & Conservatorium", "city": "Ghent", "country": "BE", "location": {"lat": 51.0543, "lon": 3.7174}},
            "programmes": programmes, "institutions": institutions, "bips": bips
        })
        .to_string()
    }

    /// Criteria as of the day the figures were taken.
    fn criteria(mut value: Value) -> Criteria {
        value["today"] = json!("2026-11-29");
        match serde_json::from_value(value) {
            Ok(c) => c,
            Err(e) => panic!("benchmark criteria must parse: {e}"),
        }
    }

    pub fn benches(c: &mut Criterion) {
        let text = catalogue(10_000, 1_000);
        println!("generated catalogue: {} bytes", text.len());
        let mut matcher = match Matcher::from_json(&text) {
            Ok(m) => m,
            Err(e) => panic!("generated catalogue must be valid: {e}"),
        };
        // The place names and words table attached, as the command line has it and the widget
        // from the first typed query (synonyms, regions, languages, place names).
        let table = concat!(
            include_str!("../data/places.txt"),
            include_str!("../data/words.txt")
        );
        match partner_matcher::places::Gazetteer::parse(table) {
            Ok(places) => matcher.set_places(places),
            Err(e) => panic!("the table parses: {e}"),
        }

        let mut load = c.benchmark_group("load");
        load.sample_size(20);
        // Freeing the previous catalogue is not part of loading the next: iter_with_large_drop
        // leaves it out of the time.
        load.bench_function("parse and validate (catalogue::load)", |b| {
            b.iter_with_large_drop(|| partner_matcher::catalogue::load(&text))
        });
        load.bench_function(
            "parse and validate as the widget does (load_bytes, LeaveOut)",
            |b| {
                b.iter_with_large_drop(|| {
                    partner_matcher::catalogue::load_bytes(
                        text.as_bytes(),
                        partner_matcher::catalogue::BadRecords::LeaveOut,
                    )
                })
            },
        );
        load.bench_function("parse, validate and index (Matcher::from_json)", |b| {
            b.iter_with_large_drop(|| Matcher::from_json(&text))
        });
        load.finish();

        // A typical search asks for the first page (the widget shows 10, the design's example
        // asks for 20); ranking covers every document, explaining only the page.
        let searches = [
            ("programme", json!({"programme": "fotografie", "limit": 20})),
            (
                "programme + filters + languages",
                json!({"programme": "photography", "kinds": ["institution"], "mobility": ["study"],
                    "term": "spring", "region": "europe", "languages": [{"lang": "en", "cefr": "B2"}], "limit": 20}),
            ),
            (
                "query, one word",
                json!({"query": "conservatory", "limit": 20}),
            ),
            (
                "query with a typo + programme",
                json!({"query": "acadmy", "programme": "fine arts", "limit": 20}),
            ),
            (
                "query, two words, Dutch country",
                json!({"query": "film Frankrijk", "limit": 20}),
            ),
            (
                "query, a compound of synonyms (kunsthogeschool)",
                json!({"query": "kunsthogeschool", "limit": 20}),
            ),
            (
                "query, a lexicon phrase (beeldende kunst)",
                json!({"query": "beeldende kunst", "limit": 20}),
            ),
            (
                "query, a region and a subject (Scandinavie film)",
                json!({"query": "Scandinavië film", "limit": 20}),
            ),
            (
                "countries + distance",
                json!({"countries": ["FR", "IT"], "max_distance_km": 1500, "limit": 20}),
            ),
            (
                "programme, all 11,000 results explained",
                json!({"programme": "fotografie"}),
            ),
        ];
        let mut search = c.benchmark_group("search");
        for (name, value) in searches {
            let cr = criteria(value);
            search.bench_with_input(BenchmarkId::from_parameter(name), &cr, |b, cr| {
                b.iter(|| matcher.search(cr).map(|h| h.len()))
            });
        }
        search.finish();

        let mut widget = c.benchmark_group("widget extras");
        let cr = criteria(json!({"programme": "photography", "countries": ["JP"]}));
        widget.bench_function("country counts", |b| {
            b.iter(|| matcher.country_counts(&cr).map(|c| c.len()))
        });
        widget.bench_function("loosenings", |b| {
            b.iter(|| matcher.loosenings(&cr).map(|l| l.len()))
        });
        // What the widget asks for each change of criteria: the first page of 10 explained,
        // the total and the country counts.
        let cr = criteria(json!({"programme": "photography", "region": "europe"}));
        widget.bench_function("a page of 10 with its facets (Matcher::page)", |b| {
            b.iter(|| matcher.page(&cr, 0..10, |_| true).map(|p| p.total))
        });
        widget.finish();
    }

    criterion_group!(group, benches);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(bench::group);

#[cfg(target_arch = "wasm32")]
fn main() {}
