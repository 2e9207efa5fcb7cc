//! Scoring an understood query against every document: each term's best alternative, terms
//! that match nothing in the catalogue left out (and named), generic terms ranking without
//! narrowing.

use std::rc::Rc;

use super::facts::Facts;
use super::field::Field;
use super::index::{TextIndex, TextMatch};
use super::query::Query;
use super::terms::{Probe, Term};

/// How the documents match a query.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct QueryMatches {
    /// Per document: how it matched, None when the query excludes it. None in all: no query
    /// words at all (only languages, say).
    pub matches: Option<Rc<[Option<TextMatch>]>>,
    /// Words as typed that matched nothing together with the others, left out.
    pub ignored: Vec<String>,
    /// Languages the query asks for (ISO 639-1).
    pub languages: Vec<[u8; 2]>,
}

/// How much a generic word (school, academy) counts in a mean, against 1 for the others:
/// having it ranks a result higher, lacking it costs little.
const GENERIC: f32 = 0.25;

fn weight_of(generic: bool) -> f32 {
    if generic {
        GENERIC
    } else {
        1.0
    }
}

/// One term's best score and fields per document.
struct TermScores {
    best: Vec<f32>,
    fields: Vec<u16>,
    /// Documents it matched.
    matched: usize,
}

/// Per-document scratch arrays with the list of documents touched, reset in time
/// proportional to what was touched.
struct Scratch {
    score: Vec<f32>,
    fields: Vec<u16>,
    count: Vec<u8>,
    touched: Vec<u32>,
}

impl Scratch {
    fn new(docs: usize) -> Scratch {
        Scratch {
            score: vec![0.0; docs],
            fields: vec![0; docs],
            count: vec![0; docs],
            touched: Vec::new(),
        }
    }

    fn touch(&mut self, doc: u32) -> Option<usize> {
        let d = doc as usize;
        if d >= self.score.len() {
            return None;
        }
        if self.score[d] == 0.0 && self.fields[d] == 0 && self.count[d] == 0 {
            self.touched.push(doc);
        }
        Some(d)
    }

    fn clear(&mut self) {
        for &doc in &self.touched {
            let d = doc as usize;
            self.score[d] = 0.0;
            self.fields[d] = 0;
            self.count[d] = 0;
        }
        self.touched.clear();
    }
}

/// What a score reads besides the index: where each document is, and how many of the
/// documents are institutions (the rest are BIPs).
pub(super) struct Context<'m> {
    pub index: &'m TextIndex,
    pub facts: &'m Facts,
    pub institutions: usize,
}

/// A weak match that an institution is a school (for a generic word such as "school" in
/// "animatieschool" that its name lacks): a BIP is no school.
const AN_INSTITUTION: f32 = 0.5;

/// Calls `found(doc, score, field bits)` for each document the probe finds.
fn probe(probe: &Probe, cx: &Context, mut found: impl FnMut(u32, f32, u16)) {
    let (index, facts) = (cx.index, cx.facts);
    match probe {
        Probe::Word {
            word,
            weight,
            partial,
            exact,
            typos,
        } => index.occurrences(
            word,
            [*weight, *partial],
            *exact,
            *typos,
            |doc, score, field| found(doc, score, field.bit()),
        ),
        Probe::Countries(codes) => {
            for doc in 0..index.docs() {
                if facts.place(doc).is_some_and(|p| codes.contains(&p.country)) {
                    found(doc as u32, Field::Country.weight(), Field::Country.bit());
                }
            }
        }
        Probe::Docs { docs, field } => {
            for &doc in docs {
                found(doc, field.weight(), field.bit());
            }
        }
        Probe::Institutions => {
            for doc in 0..cx.institutions.min(index.docs()) {
                found(doc as u32, AN_INSTITUTION, 0);
            }
        }
    }
}

fn term_scores(term: &Term, cx: &Context) -> TermScores {
    let docs = cx.index.docs();
    let mut best = vec![0f32; docs];
    let mut fields = vec![0u16; docs];
    let mut part = Scratch::new(docs);
    let mut alternative = Scratch::new(docs);
    for alt in &term.alternatives {
        let mut required = 0;
        let mut parts = 0.0;
        for p in &alt.parts {
            required += usize::from(!p.generic);
            parts += weight_of(p.generic);
            for pr in &p.probes {
                probe(pr, cx, |doc, score, bits| {
                    if let Some(d) = part.touch(doc) {
                        part.score[d] = part.score[d].max(score);
                        part.fields[d] |= bits;
                    }
                });
            }
            for i in 0..part.touched.len() {
                let doc = part.touched[i];
                let d = doc as usize;
                if part.score[d] > 0.0 {
                    if let Some(a) = alternative.touch(doc) {
                        alternative.score[a] += part.score[d] * weight_of(p.generic);
                        alternative.fields[a] |= part.fields[d];
                        alternative.count[a] += u8::from(!p.generic);
                    }
                }
            }
            part.clear();
        }
        for &doc in &alternative.touched {
            let d = doc as usize;
            if usize::from(alternative.count[d]) == required && alternative.score[d] > 0.0 {
                let score = alternative.score[d] / parts.max(f32::EPSILON);
                best[d] = best[d].max(score);
                fields[d] |= alternative.fields[d];
            }
        }
        alternative.clear();
    }
    let mut matched = 0;
    for s in &best {
        matched += usize::from(*s > 0.0);
    }
    TermScores {
        best,
        fields,
        matched,
    }
}

/// Scores every document against an understood query. (Plain loops, not iterator chains:
/// see the size rule in `query.rs`.)
pub(super) fn score(query: &Query, cx: &Context) -> QueryMatches {
    let docs = cx.index.docs();
    let mut out = QueryMatches {
        matches: None,
        ignored: Vec::new(),
        languages: query.languages.clone(),
    };
    if query.terms.is_empty() {
        return out;
    }
    let mut scores: Vec<TermScores> = Vec::new();
    let mut used: Vec<usize> = Vec::new();
    let mut left_out: Vec<usize> = Vec::new();
    for (t, term) in query.terms.iter().enumerate() {
        let s = term_scores(term, cx);
        if s.matched > 0 {
            used.push(t);
        } else {
            left_out.push(t);
        }
        scores.push(s);
    }
    if used.is_empty() {
        // Nothing matched at all: no results, rather than everything.
        out.matches = Some(vec![None; docs].into());
        return out;
    }
    // The terms a result must match: the specific ones, or all when every one is generic.
    let required = |used: &[usize]| -> Vec<usize> {
        let mut specific = Vec::new();
        for &t in used {
            if !query.terms[t].generic {
                specific.push(t);
            }
        }
        if specific.is_empty() {
            used.to_vec()
        } else {
            specific
        }
    };
    let passes = |doc: usize, required: &[usize]| {
        for &t in required {
            if scores[t].best[doc] <= 0.0 {
                return false;
            }
        }
        true
    };
    // Words that each match something but not together: leave out the rarest until some
    // document has the rest.
    let mut req = required(&used);
    while req.len() >= 2 && !(0..docs).any(|doc| passes(doc, &req)) {
        let mut rarest = req[0];
        for &t in &req {
            if scores[t].matched < scores[rarest].matched {
                rarest = t;
            }
        }
        used.retain(|&u| u != rarest);
        left_out.push(rarest);
        req = required(&used);
    }
    crate::order::sort(&mut left_out);
    for &t in &left_out {
        out.ignored.push(query.terms[t].typed.clone());
    }
    let mut all_generic = true;
    for &t in &used {
        all_generic &= query.terms[t].generic;
    }
    let weight = |t: usize| weight_of(query.terms[t].generic && !all_generic);
    let mut counted = 0.0;
    for &t in &used {
        counted += weight(t);
    }
    let mut matches = Vec::with_capacity(docs);
    for doc in 0..docs {
        if !passes(doc, &req) {
            matches.push(None);
            continue;
        }
        let mut total = 0.0;
        let mut fields = 0;
        for &t in &used {
            total += scores[t].best[doc] * weight(t);
            fields |= scores[t].fields[doc];
        }
        matches.push(Some(TextMatch::new((total / counted).min(1.0), fields)));
    }
    out.matches = Some(matches.into());
    out
}
