//! Reading the table's line format (see `data/places.txt`'s header and `docs/places.md`):
//!
//! ```text
//! # a comment
//! *DE|Germany|Duitsland|Deutschland          a country: alpha-2 code, then its names
//! 5093|695|1024621|Köln|Cologne|Keulen        a city of that country: latitude and longitude
//!                                             in hundredths of a degree, inhabitants, names
//! ```

use super::{CityRow, CountryRow, Key, Span, Table};

pub(super) fn parse(text: &str) -> Result<Table, String> {
    if u32::try_from(text.len()).is_err() {
        return Err("the place names table is larger than 4 GB".to_owned());
    }
    let mut table = Table {
        text: text.to_owned(),
        countries: Vec::new(),
        cities: Vec::new(),
        folded: String::with_capacity(text.len() / 2),
        city_keys: Vec::new(),
        country_keys: Vec::new(),
        lexicon: crate::lexicon::Lexicon::default(),
    };
    // One buffer to fold each name into (`crate::text::fold` folds European names natively in
    // the browser too, so the 13,000 names of the table cost no calls into JavaScript).
    let mut scratch = String::new();
    let mut offset = 0;
    for (i, line) in text.split('\n').enumerate() {
        let start = offset;
        offset += line.len() + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        // The lexicon's and the region words' lines (data/words.txt) travel in the same text.
        if let Some(read) = table.lexicon.read_line(line) {
            read.map_err(|what| format!("line {}: {what}: {}", i + 1, shorten(line)))?;
            continue;
        }
        let record = Record {
            text: line,
            start,
            scratch: &mut scratch,
            table: &mut table,
        };
        record
            .read()
            .map_err(|what| format!("line {}: {what}: {}", i + 1, shorten(line)))?;
    }
    sort_keys(&mut table.city_keys, &table.folded);
    sort_keys(&mut table.country_keys, &table.folded);
    Ok(table)
}

/// Sorts keys by folded name, then the most populous first.
fn sort_keys(keys: &mut [Key], folded: &str) {
    let name = |key: &Key| folded.get(key.name.range()).unwrap_or_default();
    crate::order::sort_by(keys, |a, b| {
        a.prefix
            .cmp(&b.prefix)
            .then_with(|| name(a).cmp(name(b)))
            .then_with(|| b.population.cmp(&a.population))
    });
}

/// One line that is not a comment, and where its parts go.
struct Record<'a> {
    text: &'a str,
    /// Byte offset of the line in the whole text.
    start: usize,
    /// Where each name is folded before it is appended to `table.folded`.
    scratch: &'a mut String,
    table: &'a mut Table,
}

impl Record<'_> {
    fn read(self) -> Result<(), String> {
        match self.text.strip_prefix('*') {
            Some(country) => self.read_country(country),
            None => self.read_city(),
        }
    }

    fn read_country(mut self, record: &str) -> Result<(), String> {
        let (code, names) = record
            .split_once('|')
            .ok_or("a country needs a code and at least one name, separated by |")?;
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!(
                "\"{code}\" is not a country code (two capital letters)"
            ));
        }
        let row = self.table.countries.len() as u32;
        let names = self.names(names, row, 0, Target::Country)?;
        let code = self.span(code);
        self.table.countries.push(CountryRow { code, names });
        Ok(())
    }

    fn read_city(mut self) -> Result<(), String> {
        let mut fields = self.text.splitn(4, '|');
        // i32, the type the widget's dates are read as too: each integer type read with
        // `str::parse` is its own copy of the standard parser in the download (300 to 600
        // bytes).
        let mut number = |what: &str| {
            fields.next().unwrap_or_default().parse::<i32>().map_err(|_| {
            format!("the {what} is not a whole number (cities are lat|lon|population|names, lat and lon in hundredths of a degree)")
        })
        };
        let lat = number("latitude")?;
        let lon = number("longitude")?;
        let population = number("population")?;
        let names = fields.next().unwrap_or_default();
        if lat.unsigned_abs() > 9_000 {
            return Err("the latitude is not between -9000 and 9000 hundredths of a degree".into());
        }
        if lon.unsigned_abs() > 18_000 {
            return Err(
                "the longitude is not between -18000 and 18000 hundredths of a degree".into(),
            );
        }
        let population = u32::try_from(population)
            .map_err(|_| "the population is not between 0 and 2,147,483,647")?;
        let country = self
            .table
            .countries
            .len()
            .checked_sub(1)
            .ok_or("a city before any country line (*CC|names)")? as u32;
        let row = self.table.cities.len() as u32;
        let names = self.names(names, row, population, Target::City)?;
        self.table.cities.push(CityRow {
            country,
            names,
            lat,
            lon,
            population,
        });
        Ok(())
    }

    /// Folds and keys every name of `names` (`|`-separated) for row `row`; returns their span.
    fn names(
        &mut self,
        names: &str,
        row: u32,
        population: u32,
        target: Target,
    ) -> Result<Span, String> {
        if names.is_empty() || names.split('|').any(|n| n.trim().is_empty()) {
            return Err("a name is empty".to_owned());
        }
        for name in names.split('|') {
            let table = &mut *self.table;
            let start = table.folded.len() as u32;
            crate::text::fold_into(name, self.scratch);
            table.folded.push_str(self.scratch);
            let end = table.folded.len() as u32;
            if start == end {
                return Err(format!("the name \"{name}\" has no letters or digits"));
            }
            let mut prefix = [0; 8];
            let folded = table
                .folded
                .as_bytes()
                .get(start as usize..)
                .unwrap_or_default();
            for (to, from) in prefix.iter_mut().zip(folded) {
                *to = *from;
            }
            let key = Key {
                prefix: u64::from_be_bytes(prefix),
                name: Span { start, end },
                row,
                population,
            };
            match target {
                Target::Country => table.country_keys.push(key),
                Target::City => table.city_keys.push(key),
            }
        }
        Ok(self.span(names))
    }

    /// Where `part` (a slice of this line) lies in the whole text.
    fn span(&self, part: &str) -> Span {
        let start = self.start + (part.as_ptr() as usize - self.text.as_ptr() as usize);
        Span {
            start: start as u32,
            end: (start + part.len()) as u32,
        }
    }
}

#[derive(Clone, Copy)]
enum Target {
    Country,
    City,
}

/// A line as an error message quotes it: its first 60 characters.
fn shorten(line: &str) -> String {
    match line.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_owned(),
    }
}
