//! A syntax error's words on the command line (native only; `syntax.rs` chooses among
//! them): for the mistakes a hand edit makes most, what the office can do about them, and
//! serde_json's other words as a person would say them. The widget says the engine's own
//! words instead, and its download has no room for these.

/// serde_json's message, without the place it appends (the problem carries it), or what
/// the office can do about the mistakes it meets most (below): an empty file, a
/// spreadsheet's CSV given where the catalogue goes, a file cut off, and a hand edit's
/// typographic quotes, decimal comma, comment, or a comma missing or one too many.
pub(super) fn words(text: &str, error: &serde_json::Error) -> String {
    let message = error.to_string();
    let said = match message.rfind(" at line ") {
        Some(cut) => &message[..cut],
        None => &message,
    };
    let hint = || hint(text, error, said);
    match text.trim_start().chars().next() {
        None => EMPTY.to_owned(),
        Some(first) if first != '{' && first != '[' => hint().unwrap_or_else(|| not_json(first)),
        _ => hint().unwrap_or_else(|| plain(said).to_owned()),
    }
}

/// An empty file (or one of spaces only).
const EMPTY: &str = "the file is empty (was it saved, or copied whole?): a catalogue \
     is a JSON object that begins {\"format\": \"partner-matcher/catalogue@1\", …";

/// A file that begins with neither `{` nor `[`, and no hand edit's mistake explains why.
fn not_json(first: char) -> String {
    format!(
        "this is not a JSON catalogue: it begins with \"{first}\" where a catalogue begins \
         with {{ (a spreadsheet or CSV of the office goes through `partner-matcher import`)"
    )
}

/// What went wrong where serde_json stopped, when it is one of the mistakes a hand edit
/// makes most (typographic quotes, a decimal comma, a comment, a comma missing or one too
/// many) or the file was cut off; `said` is serde_json's message.
fn hint(text: &str, error: &serde_json::Error, said: &str) -> Option<String> {
    let spot = Spot::of(text, error);
    if let Some(words) = spot.curly_quote(said).or_else(|| spot.comment()) {
        return Some(words);
    }
    let first = text.trim_start().chars().next();
    if first != Some('{') && first != Some('[') {
        return None;
    }
    if let Some(words) = spot.decimal_comma() {
        return Some(words);
    }
    if error.is_eof() {
        let last = if first == Some('[') { ']' } else { '}' };
        return Some(format!(
            "the file ends before its last {last}: it may have been cut off, or not saved \
             completely; compare it with the copy it came from (if it is whole, a closing }} \
             or ] is missing)"
        ));
    }
    match said {
        "expected `,` or `}`" | "expected `,` or `]`" => spot.missing_comma(),
        "trailing comma" => spot.trailing_comma(),
        _ => None,
    }
}

/// serde_json's commonest words as the office would say them.
fn plain(said: &str) -> &str {
    match said {
        "key must be a string" => "expected a key in straight quotes here, such as \"city\"",
        "expected value" => {
            "expected a value here: a text in straight quotes, a number, true, false, null, a \
             list in [ ] or an object in { }"
        }
        "expected `:`" => "expected a colon (:) between the key and its value",
        // A tab or a line break inside a text: pasted from a spreadsheet's cell, most often.
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "a text has a tab or a line break in it (pasted from a spreadsheet cell?): remove \
             it, or write it as \\t or \\n"
        }
        "expected `,` or `}`" => "expected a comma or the closing } here",
        "expected `,` or `]`" => "expected a comma or the closing ] here",
        "trailing characters" => {
            "more follows the catalogue's last }: remove it (a } once too often, or something \
             pasted after the end?)"
        }
        _ => said,
    }
}

/// Where serde_json stopped: the text before it, and the rest from the character it stopped
/// at.
struct Spot<'t> {
    text: &'t str,
    /// Byte offset of the character serde_json stopped at (the text's end at its end).
    at: usize,
    /// The 1-based line of `at`.
    line: usize,
}

/// The typographic quotes a word processor puts in place of `"` and `'`.
const CURLY: [char; 6] = ['“', '”', '„', '‘', '’', '‚'];

impl<'t> Spot<'t> {
    fn of(text: &'t str, error: &serde_json::Error) -> Spot<'t> {
        let line_start = match error.line() {
            0 | 1 => 0,
            line => text
                .match_indices('\n')
                .nth(line - 2)
                .map_or(text.len(), |(i, _)| i + 1),
        };
        // serde_json counts bytes up to and including the one it stopped at.
        let mut at = (line_start + error.column().saturating_sub(1)).min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        Spot {
            text,
            at,
            line: error.line().max(1),
        }
    }

    fn before(&self) -> &'t str {
        &self.text[..self.at]
    }

    fn rest(&self) -> &'t str {
        &self.text[self.at..]
    }

    fn here(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// A key or a text in typographic quotes: where serde_json stopped, or, for a text that
    /// a straight quote opens and a curly one was meant to close, on the line where the text
    /// ran into the line's end (or the file's).
    fn curly_quote(&self, said: &str) -> Option<String> {
        const NEED: &str = "as a word processor writes them, where keys and texts in JSON \
                            need straight \" quotes";
        let Some(open) = self.here().filter(|c| CURLY.contains(c)) else {
            if !(said.starts_with("control character") || said.contains("EOF")) {
                return None;
            }
            let upto = self.before().strip_suffix('\n').unwrap_or(self.before());
            let line = &upto[upto.rfind('\n').map_or(0, |i| i + 1)..];
            let curly = line.chars().rev().find(|c| CURLY.contains(c))?;
            let number = upto.matches('\n').count() + 1;
            return Some(format!(
                "a text on line {number} ends with {curly}, a typographic (curly) quote, {NEED}"
            ));
        };
        let inner = &self.rest()[open.len_utf8()..];
        let end = inner.find(|c: char| CURLY.contains(&c) || c == '"' || c == '\n');
        let close = end.and_then(|end| Some((end, inner[end..].chars().next()?)));
        Some(match close {
            Some((end, close)) if close != '\n' && inner[..end].chars().count() <= 60 => {
                let inner = &inner[..end];
                format!(
                    "{open}{inner}{close} is in typographic (curly) quotes, {NEED}: write \
                     \"{inner}\" (a plain-text editor keeps quotes straight)"
                )
            }
            _ => format!("{open} is a typographic (curly) quote, {NEED}"),
        })
    }

    /// `// a note` or `/* a note */`, which JSON has no room for.
    fn comment(&self) -> Option<String> {
        let rest = self.rest();
        if !(rest.starts_with("//") || rest.starts_with("/*")) {
            return None;
        }
        let block_end = rest.find("*/").filter(|_| rest.starts_with("/*"));
        let end = block_end.map(|i| i + 2).or_else(|| rest.find('\n'));
        let comment = &rest[..end.unwrap_or(rest.len())];
        Some(format!(
            "JSON has no comments: remove {}",
            shown(comment.trim_end())
        ))
    }

    /// `45,77` where JSON writes `45.77`: a digit, a comma and the digit serde_json stopped
    /// at (it read `45` and took the comma for the one between entries).
    fn decimal_comma(&self) -> Option<String> {
        let before = self.before().strip_suffix(',')?;
        let is_digit = |c: char| c.is_ascii_digit();
        if !before.ends_with(is_digit) || !self.rest().starts_with(is_digit) {
            return None;
        }
        let whole = before.trim_end_matches(|c: char| is_digit(c) || c == '-' || c == '.');
        let whole = &before[whole.len()..];
        let digits = self
            .rest()
            .find(|c| !is_digit(c))
            .unwrap_or(self.rest().len());
        let fraction = &self.rest()[..digits];
        Some(format!(
            "\"{whole},{fraction}\" is written with a decimal comma, but numbers in JSON take \
             a decimal point: write {whole}.{fraction}"
        ))
    }

    /// serde_json expected a comma or the end of an object or list and found the start of
    /// the next entry: on a line of its own (the line before it lacks its comma), or after
    /// the one before it on the same line.
    fn missing_comma(&self) -> Option<String> {
        let here = self.here()?;
        if !(here == '"' || here == '{' || here == '[' || here.is_ascii_digit()) {
            return None;
        }
        let line_before = self.before().rsplit('\n').next().unwrap_or("");
        if !line_before.trim().is_empty() {
            let next = self
                .rest()
                .split([',', '\n', ':', '}', ']'])
                .next()
                .unwrap_or("");
            return Some(format!(
                "a comma is probably missing before {}: entries of an object or a list are \
                 separated by commas",
                shown(next.trim_end())
            ));
        }
        let (line, end) = self.last_line_before()?;
        Some(format!(
            "a comma is probably missing at the end of line {line}, after {}: the next entry \
             starts on line {}",
            tail(end),
            self.line
        ))
    }

    /// A comma just before the `}` or `]` serde_json stopped at.
    fn trailing_comma(&self) -> Option<String> {
        let close = self.here().filter(|c| *c == '}' || *c == ']')?;
        let (line, end) = self.last_line_before()?;
        let entry = tail(end.strip_suffix(',')?);
        Some(if line == self.line {
            format!("remove the comma before {close}, after {entry}: the last entry takes none")
        } else {
            format!(
                "remove the comma at the end of line {line}, after {entry}: the last entry \
                 before {close} takes no comma"
            )
        })
    }

    /// The number and the text of the last line before `at` with anything on it, up to
    /// `at` and without the space at its end.
    fn last_line_before(&self) -> Option<(usize, &'t str)> {
        let before = self.before().trim_end();
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.matches('\n').count() + 1;
        let end = before[start..].trim_start();
        (!end.is_empty()).then_some((line, end))
    }
}

/// The end of a line, where a comma goes, as a message quotes it: its last 30 characters.
fn tail(line: &str) -> String {
    match line.char_indices().rev().nth(29) {
        Some((cut, _)) => format!("`…{}`", &line[cut..]),
        None => format!("`{line}`"),
    }
}

/// A piece of the file as a message quotes it (between backticks: it has quotes of its own),
/// its first 40 characters.
fn shown(piece: &str) -> String {
    match piece.char_indices().nth(40) {
        Some((cut, _)) => format!("`{}…`", &piece[..cut]),
        None => format!("`{piece}`"),
    }
}
