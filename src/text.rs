//! Text normalisation and word matching, shared by the search index, programme resolution
//! and country lookup, so that "Łódź", "LODZ" and "lodz" are one word everywhere.

/// Folds text for comparison: lower case, accents removed (including letters that do not
/// decompose: ł ø æ œ ß đ ð þ ı), every non-alphanumeric (punctuation, `-`, `/`) a space,
/// runs of spaces collapsed, no leading or trailing space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// [`fold`] into a buffer (cleared first), to fold many texts without an allocation each.
pub fn fold_into(text: &str, out: &mut String) {
    out.clear();
    let prepared = prepare(text);
    for word in prepared.split(|c: char| !is_word_char(c)) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        // A word of ASCII letters and digits is copied whole and lower-cased in place: most
        // words of names are, and a character at a time was most of reading the place names
        // (issue 11).
        if word.is_ascii() {
            let start = out.len();
            out.push_str(word);
            if let Some(copied) = out.get_mut(start..) {
                copied.make_ascii_lowercase();
            }
            continue;
        }
        for c in word.chars() {
            match c {
                'ł' | 'Ł' => out.push('l'),
                'ø' | 'Ø' => out.push('o'),
                'æ' | 'Æ' => out.push_str("ae"),
                'œ' | 'Œ' => out.push_str("oe"),
                'ß' | 'ẞ' => out.push_str("ss"),
                'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
                'þ' | 'Þ' => out.push_str("th"),
                'ı' => out.push('i'),
                'ħ' | 'Ħ' => out.push('h'),
                _ => push_lower(c, |ch| out.push(ch)),
            }
        }
    }
}

/// Canonical decomposition (NFD) without the combining marks: "Łódź" gives "Łodz"
/// (ł has no decomposition; `fold` maps it).
#[cfg(not(target_arch = "wasm32"))]
fn prepare(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    if text.is_ascii() {
        return text.into();
    }
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .into()
}

#[cfg(not(target_arch = "wasm32"))]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

#[cfg(not(target_arch = "wasm32"))]
fn push_lower(c: char, push: impl FnMut(char)) {
    c.to_lowercase().for_each(push);
}

/// In the browser, the engine's own Unicode data (ICU) does what the unicode-normalization
/// crate and Rust's case and letter tables do natively, without shipping those tables: lower
/// case, NFD without the marks, and every character that is not a letter or digit a space.
/// Only ASCII is left for [`is_word_char`] and [`push_lower`] to judge.
/// Text of only ASCII and Latin-1 and Latin Extended-A (the letters of most European names) is
/// prepared here, through [`LATIN`], without crossing into JavaScript (four calls and two
/// copies of each text: a fifth of loading a catalogue of such names).
#[cfg(target_arch = "wasm32")]
fn prepare(text: &str) -> std::borrow::Cow<'_, str> {
    thread_local! {
        static MARKS: js_sys::RegExp = js_sys::RegExp::new("\\p{M}", "gu");
        static NOT_WORD: js_sys::RegExp = js_sys::RegExp::new("[^\\p{L}\\p{N}]", "gu");
    }
    if text.is_ascii() {
        return text.into();
    }
    if let Some(latin) = prepare_latin(text) {
        return latin.into();
    }
    let decomposed = js_sys::JsString::from(text)
        .to_lower_case()
        .normalize("NFD");
    let bare = MARKS.with(|marks| decomposed.replace_by_pattern(marks, ""));
    let words: String = NOT_WORD
        .with(|not_word| bare.replace_by_pattern(not_word, " "))
        .into();
    words.into()
}

/// What the JavaScript path of [`prepare`] gives for each character from U+00A0 to U+017F
/// (`node tools/latin-fold.mjs` prints it; a browser test compares the two paths).
#[cfg(target_arch = "wasm32")]
#[rustfmt::skip]
const LATIN: [char; 224] = [' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', 'ª', ' ', ' ', ' ', ' ', ' ', ' ', ' ', '²', '³', ' ', 'µ', ' ', ' ', ' ', '¹', 'º', ' ', '¼', '½', '¾', ' ', 'a', 'a', 'a', 'a', 'a', 'a', 'æ', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', 'ð', 'n', 'o', 'o', 'o', 'o', 'o', ' ', 'ø', 'u', 'u', 'u', 'u', 'y', 'þ', 'ß', 'a', 'a', 'a', 'a', 'a', 'a', 'æ', 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i', 'ð', 'n', 'o', 'o', 'o', 'o', 'o', ' ', 'ø', 'u', 'u', 'u', 'u', 'y', 'þ', 'y', 'a', 'a', 'a', 'a', 'a', 'a', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'c', 'd', 'd', 'đ', 'đ', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'e', 'g', 'g', 'g', 'g', 'g', 'g', 'g', 'g', 'h', 'h', 'ħ', 'ħ', 'i', 'i', 'i', 'i', 'i', 'i', 'i', 'i', 'i', 'ı', 'ĳ', 'ĳ', 'j', 'j', 'k', 'k', 'ĸ', 'l', 'l', 'l', 'l', 'l', 'l', 'ŀ', 'ŀ', 'ł', 'ł', 'n', 'n', 'n', 'n', 'n', 'n', 'ŉ', 'ŋ', 'ŋ', 'o', 'o', 'o', 'o', 'o', 'o', 'œ', 'œ', 'r', 'r', 'r', 'r', 'r', 'r', 's', 's', 's', 's', 's', 's', 's', 's', 't', 't', 't', 't', 'ŧ', 'ŧ', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'w', 'w', 'y', 'y', 'y', 'z', 'z', 'z', 'z', 'z', 'z', 'ſ'];

/// [`prepare`] through [`LATIN`], if every character is ASCII or in its range; C1 controls
/// (U+0080 to U+009F) are not letters: a space.
#[cfg(target_arch = "wasm32")]
fn prepare_latin(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        out.push(match u32::from(c) {
            0..=0x7F => c,
            0x80..=0x9F => ' ',
            code => *LATIN.get(usize::try_from(code - 0xA0).ok()?)?,
        });
    }
    Some(out)
}

#[cfg(target_arch = "wasm32")]
fn is_word_char(c: char) -> bool {
    !c.is_ascii() || c.is_ascii_alphanumeric()
}

#[cfg(target_arch = "wasm32")]
fn push_lower(c: char, mut push: impl FnMut(char)) {
    push(c.to_ascii_lowercase());
}

/// The words of folded text.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}

/// Short words in English, Dutch and the partners' languages that carry no meaning alone:
/// a query may contain them without every result having to.
pub fn is_stopword(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "and"
            | "at"
            | "for"
            | "in"
            | "of"
            | "on"
            | "the"
            | "to"
            | "de"
            | "het"
            | "een"
            | "en"
            | "van"
            | "voor"
            | "op"
            | "te"
            | "der"
            | "die"
            | "das"
            | "und"
            | "la"
            | "le"
            | "les"
            | "des"
            | "du"
            | "et"
            | "di"
            | "del"
            | "della"
            | "y"
            | "im"
            | "w"
            | "i"
    )
}

/// How well a typed word matches a word of the catalogue, if it does at all.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct WordMatch {
    /// 1.0 for the same word, lower for a prefix, a word inside a compound, or a typo.
    pub score: f32,
}

/// Typos allowed for a typed word of this many letters: none below 4, one up to 7, two from 8.
/// Strict enough that "interieur" finds "interior" (2 edits, 9 letters) but not
/// "international".
pub fn allowed_typos(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Matches a folded query word against a folded catalogue word, in tiers: exact, prefix
/// ("foto" in "fotografie"), inside a compound ("fotografie" in "documentairefotografie"),
/// a typo, a typo in a prefix ("fotogarf" for "fotografie").
pub fn match_word(query: &str, word: &str) -> Option<WordMatch> {
    if query == word {
        return Some(WordMatch { score: 1.0 });
    }
    let q = query.chars().count();
    let w = word.chars().count();
    if q >= 2 && w > q && word.starts_with(query) {
        // Longer completions score lower: "lyon" is a better match for "ly" than "lysander".
        return Some(WordMatch {
            score: 0.75 + 0.15 * (q as f32 / w as f32),
        });
    }
    if q >= 5 && w > q && word.contains(query) {
        return Some(WordMatch { score: 0.65 });
    }
    let typos = allowed_typos(q);
    if typos == 0 {
        return None;
    }
    if w.abs_diff(q) <= typos {
        let distance = typo_distance(query, word);
        if distance <= typos {
            return Some(WordMatch {
                score: 0.7 - 0.1 * distance as f32,
            });
        }
    }
    if q >= 5 && w > q + 1 && same_start(query, word) {
        // A typo'd beginning ("fotogarf" for "fotografie"): compare with the word's start of
        // equal length. The first two letters must be right, which keeps this cheap to find.
        let start = word
            .char_indices()
            .nth(q)
            .map_or(word, |(end, _)| &word[..end]);
        if typo_distance(query, start) <= 1 {
            return Some(WordMatch { score: 0.55 });
        }
    }
    None
}

/// Whether two words begin with the same two letters.
fn same_start(a: &str, b: &str) -> bool {
    let mut a = a.chars();
    let mut b = b.chars();
    a.next() == b.next() && a.next() == b.next()
}

/// What can be known about a word without comparing it letter by letter: its length, its
/// first two letters and how many of each letter it has. The search index keeps one per word
/// and skips words that [`match_word`] could not accept, before paying for edit distances.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordShape {
    chars: usize,
    start: [char; 2],
    /// Letters a-z, digits, and one bucket for everything else.
    bag: [u8; 37],
}

impl WordShape {
    pub fn of(word: &str) -> WordShape {
        let mut bag = [0u8; 37];
        let mut chars = 0;
        let mut start = ['\0'; 2];
        for c in word.chars() {
            if chars < 2 {
                start[chars] = c;
            }
            chars += 1;
            let bucket = match c {
                'a'..='z' => c as usize - 'a' as usize,
                '0'..='9' => 26 + (c as usize - '0' as usize),
                _ => 36,
            };
            bag[bucket] = bag[bucket].saturating_add(1);
        }
        WordShape { chars, start, bag }
    }

    /// False only when a word of shape `word` certainly does not contain this one: it lacks
    /// some of its letters.
    pub fn may_be_inside(&self, word: &WordShape) -> bool {
        word.chars > self.chars && self.bag.iter().zip(&word.bag).all(|(q, w)| q <= w)
    }

    /// False only when `match_word(query, word)` is certainly `None` for a word of this shape
    /// that neither starts with nor contains the query (the index finds those by itself).
    pub fn may_match_typo(&self, word: &WordShape) -> bool {
        let (q, w) = (self.chars, word.chars);
        let typos = allowed_typos(q);
        let whole = typos > 0 && q.abs_diff(w) <= typos && {
            // Each edit changes the letter counts by at most two, so half their difference
            // is a lower bound of the edit distance.
            let diff: usize = self
                .bag
                .iter()
                .zip(&word.bag)
                .map(|(a, b)| usize::from(a.abs_diff(*b)))
                .sum();
            diff.div_ceil(2) <= typos
        };
        whole || (q >= 5 && w > q + 1 && self.start == word.start)
    }
}

/// Edits between two words, counting a swap of neighbours as one ("fotgorafie"): the optimal
/// string alignment distance, which needs no per-call alphabet table.
pub fn typo_distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

/// How alike two texts are: 1 when equal, 0 when nothing lines up (one minus the
/// [`typo_distance`] over the longer length). One edit distance for all fuzzy matching.
pub fn likeness(a: &str, b: &str) -> f64 {
    let longer = a.chars().count().max(b.chars().count());
    if longer == 0 {
        return 1.0;
    }
    1.0 - typo_distance(a, b) as f64 / longer as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(
            fold("  Ærø, Œuvre -- Straße / Đakovo!"),
            "aero oeuvre strasse dakovo"
        );
        assert_eq!(fold("Jazz-Pop"), "jazz pop");
        assert_eq!(fold("Italië"), "italie");
        assert_eq!(
            fold("Conservatoire national supérieur"),
            "conservatoire national superieur"
        );
        assert_eq!(
            fold("Þórshöfn Sønderborg Bergen-Ø"),
            "thorshofn sonderborg bergen o"
        );
        assert_eq!(fold("---"), "");
        assert_eq!(fold("ıstanbul"), "istanbul");
        assert_eq!(fold("İSTANBUL Güzel Sanatlar"), "istanbul guzel sanatlar");
        assert_eq!(fold("ŠKOLA umění · Praha"), "skola umeni praha");
        assert_eq!(fold("Київ, Україна"), "киів украіна");
        assert_eq!(fold("Ελληνικά (ΑΣΚΤ)"), "ελληνικα ασκτ");
        assert_eq!(fold("東京藝術大学"), "東京藝術大学");
        assert_eq!(fold("Art’s “Design” № 2"), "art s design 2");
    }

    #[test]
    fn likeness_is_one_minus_edits_over_the_longer_length() {
        assert_eq!(likeness("jazz pop", "jazz pop"), 1.0);
        assert_eq!(likeness("jazzpop", "jazz pop"), 1.0 - 1.0 / 8.0);
        assert_eq!(likeness("", ""), 1.0);
        assert_eq!(likeness("abc", ""), 0.0);
    }

    #[test]
    fn words_split_on_spaces() {
        assert_eq!(
            words(&fold("Zuid-Afrika")).collect::<Vec<_>>(),
            ["zuid", "afrika"]
        );
    }

    #[test]
    fn interieur_finds_interior_but_not_international() {
        assert!(match_word("interieur", "interior").is_some());
        assert!(match_word("interieur", "international").is_none());
        assert!(match_word("interieur", "interieurarchitectuur").is_some());
    }

    #[test]
    fn tiers_rank_exact_then_prefix_then_typo() {
        let exact = match_word("lyon", "lyon").map(|m| m.score);
        let prefix = match_word("lyo", "lyon").map(|m| m.score);
        let typo = match_word("lyom", "lyon").map(|m| m.score);
        assert!(exact > prefix && prefix > typo && typo.is_some());
        assert!(match_word("fotgrafie", "fotografie").is_some());
        assert!(match_word("photgraphy", "photography").is_some());
        assert!(match_word("fotogarf", "fotografie").is_some());
        assert!(match_word("art", "arts").is_some());
        assert!(
            match_word("rat", "art").is_none(),
            "3-letter words allow no typo"
        );
        assert!(match_word("jazz", "jap").is_none());
    }
}
