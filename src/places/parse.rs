//! Reading the table's line format (see `data/places.txt`'s header and `docs/places.md`):
//!
//! ```text
//! # a comment
//! *DE|Germany|Duitsland|Deutschland          a country: alpha-2 code, then its names
//! 5093|695|1024621|Köln|Cologne|Keulen        a city of that country: latitude and longitude
//!                                             in hundredths of a degree, inhabitants, names
//! ```

use super::{CityName, CityRow, CountryRow, Span, Table};

/// Where a reading of the text stands (`super::Reading`, some kilobytes at a time).
pub(super) struct Reading {
    /// The text, apart from the table while its lines are read into it.
    text: String,
    table: Table,
    /// One buffer to fold each name into (`crate::text::fold` folds European names natively
    /// in the browser too, so the 13,000 names of the table cost no calls into JavaScript).
    scratch: String,
    /// Where the next line starts, and the number of the line before it.
    offset: usize,
    line: usize,
}

impl Reading {
    pub(super) fn new(text: String) -> Reading {
        Reading {
            text,
            table: Table::default(),
            scratch: String::new(),
            offset: 0,
            line: 0,
        }
    }

    /// Reads lines until `bytes` more of the text are read; the step after the last line gives
    /// the table. A line that is not a record is an error naming its number and what is wrong
    /// with it, and ends the reading.
    pub(super) fn step(&mut self, bytes: usize) -> Option<Result<Table, String>> {
        if u32::try_from(self.text.len()).is_err() {
            return Some(Err("the place names table is larger than 4 GB".to_owned()));
        }
        let Reading {
            text,
            table,
            scratch,
            offset,
            line: number,
        } = self;
        let Some(rest) = text.get(*offset..) else {
            let mut table = std::mem::take(table);
            table.text = std::mem::take(text);
            return Some(Ok(table));
        };
        let until = offset.saturating_add(bytes);
        for line in rest.split('\n') {
            let start = *offset;
            *offset += line.len() + 1;
            *number += 1;
            if let Err(what) = read_line(table, scratch, line, start) {
                return Some(Err(format!("line {number}: {what}: {}", shorten(line))));
            }
            if *offset >= until {
                break;
            }
        }
        None
    }
}

/// Reads one line of the text, which starts at byte `start`, into `table`.
fn read_line(
    table: &mut Table,
    scratch: &mut String,
    line: &str,
    start: usize,
) -> Result<(), String> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    if line.is_empty() || line.starts_with('#') {
        return Ok(());
    }
    // The lexicon's and the region words' lines (data/words.txt) travel in the same text.
    if let Some(read) = table.lexicon.read_line(line) {
        return read.map_err(String::from);
    }
    Record {
        text: line,
        start,
        scratch,
        table,
    }
    .read()
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
            crate::text::fold_into(name, self.scratch);
            let folded = &*self.scratch;
            if folded.is_empty() {
                return Err(format!("the name \"{name}\" has no letters or digits"));
            }
            let table = &mut *self.table;
            match target {
                Target::Country => {
                    if !table.countries_by_name.contains_key(folded) {
                        table
                            .countries_by_name
                            .insert(folded.to_owned(), row as usize);
                    }
                }
                Target::City => table.add_city_name(folded, row, population),
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

impl Table {
    /// Chains city `row` among the cities named `folded`: after those as populous or more.
    fn add_city_name(&mut self, folded: &str, row: u32, population: u32) {
        let new = self.city_names.len();
        let next = match self.cities_by_name.get(folded).copied() {
            Some(first) if self.city_names[first].population >= population => {
                let mut at = first;
                while let Some(after) = self.city_names[at]
                    .next
                    .filter(|&n| self.city_names[n].population >= population)
                {
                    at = after;
                }
                self.city_names[at].next.replace(new)
            }
            first => {
                self.cities_by_name.insert(folded.to_owned(), new);
                first
            }
        };
        self.city_names.push(CityName {
            row,
            population,
            next,
        });
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
