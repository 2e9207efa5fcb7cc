//! The student's shortlist as a value: saved results in the student's order, in lists that
//! follow the school's application: semester exchanges (six in one list, or as many in
//! Europe and outside Europe as `home.application` says) and BIPs (six), each ranked on its own.
//! One order holds them all; a list is the entries of its group in that order.
//!
//! What is stored may name results the catalogue no longer has (the office removed or renamed
//! an institution): those entries are kept, for a catalogue that brings them back, but never
//! shown and never counted, so they cannot fill the list. The widget reads and writes storage
//! (`web::widget::shortlist`); everything else about the list is here.

use crate::catalogue::{Application, Catalogue, Id};
use crate::search::{Kind, Matcher};

/// How many places a list has when the catalogue does not say (and always for BIPs).
pub const SHORTLIST_MAX: usize = 6;

/// The most entries storage keeps, hidden ones included: the shown ones first, then the hidden
/// ones in their order, so the oldest hidden ones go first.
pub const STORED_MAX: usize = 24;

/// One result: an institution or a BIP, by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub kind: Kind,
    pub id: String,
}

impl Key {
    pub fn new(kind: Kind, id: impl Into<String>) -> Key {
        Key {
            kind,
            id: id.into(),
        }
    }

    /// `institution:rietveld`: for storage and for finding the item's elements.
    pub fn token(&self) -> String {
        let mut s = String::from(self.kind.as_str());
        s.push(':');
        s.push_str(&self.id);
        s
    }

    /// A stored token, if it names a result: a kind, a colon and an id as catalogues write
    /// them (lower-case letters, digits and hyphens).
    pub fn parse(token: &str) -> Option<Key> {
        let (kind, id) = token.split_once(':')?;
        let kind = Kind::parse(kind)?;
        Id::is_valid_text(id).then(|| Key::new(kind, id))
    }

    /// Whether the catalogue has this result.
    pub fn is_in(&self, m: &Matcher) -> bool {
        match self.kind {
            Kind::Institution => m.institution(&self.id).is_some(),
            Kind::Bip => m.bip(&self.id).is_some(),
        }
    }
}

/// One list of the shortlist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Every semester exchange, when the application does not split them by region.
    Exchanges,
    Europe,
    OutsideEurope,
    Bips,
}

/// How many entries each list takes: from the catalogue's `home.application`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Limits {
    /// Exchanges by region, when the application counts them so.
    pub split: Option<Application>,
}

impl Limits {
    pub fn of(c: &Catalogue) -> Limits {
        Limits {
            split: c.home.application,
        }
    }

    /// The lists, in the order they are shown.
    pub fn groups(&self) -> &'static [Group] {
        match self.split {
            Some(_) => &[Group::Europe, Group::OutsideEurope, Group::Bips],
            None => &[Group::Exchanges, Group::Bips],
        }
    }

    pub fn limit(&self, group: Group) -> usize {
        match (group, self.split) {
            (Group::Europe, Some(a)) => a.europe as usize,
            (Group::OutsideEurope, Some(a)) => a.outside_europe as usize,
            _ => SHORTLIST_MAX,
        }
    }

    /// The list a result belongs to: BIPs apart; exchanges by region when split.
    pub fn group(&self, kind: Kind, in_europe: bool) -> Group {
        match (kind, self.split, in_europe) {
            (Kind::Bip, ..) => Group::Bips,
            (_, None, _) => Group::Exchanges,
            (_, Some(_), true) => Group::Europe,
            (_, Some(_), false) => Group::OutsideEurope,
        }
    }
}

/// Whether the result lies in Europe; `None` when the catalogue does not have it.
pub fn in_europe(m: &Matcher, key: &Key) -> Option<bool> {
    match key.kind {
        Kind::Institution => m.institution(&key.id).map(|i| i.country.is_europe()),
        Kind::Bip => {
            let b = m.bip(&key.id)?;
            Some(b.physical.as_ref().is_none_or(|p| p.country.is_europe()))
        }
    }
}

/// What a press on "Save" did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toggled {
    /// Saved in this list, at this rank (1-based).
    Saved(Group, usize),
    Removed,
    /// Not saved: this list is full.
    Full(Group),
}

/// The shortlist: the entries shown (each with its list), in the student's order, and the
/// stored entries that are not shown (not in the catalogue, or beyond a limit), kept for later.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Shortlist {
    shown: Vec<(Key, Group)>,
    kept: Vec<Key>,
    limits: Limits,
}

impl Shortlist {
    /// The list as stored (tokens in order). Tokens that name nothing and repeats are dropped.
    /// Until it is matched against a catalogue ([`Shortlist::against`]), nothing is shown.
    pub fn from_tokens<S: AsRef<str>>(tokens: impl IntoIterator<Item = S>) -> Shortlist {
        let mut kept: Vec<Key> = Vec::new();
        for token in tokens {
            if kept.len() == STORED_MAX {
                break;
            }
            if let Some(key) = Key::parse(token.as_ref()) {
                if !kept.contains(&key) {
                    kept.push(key);
                }
            }
        }
        Shortlist {
            kept,
            ..Shortlist::default()
        }
    }

    /// A shared link's entries first, in their order, then this list's own: a link opened
    /// where a list is kept adds to it and ranks its own entries first.
    pub fn merged(&self, first: &[Key]) -> Shortlist {
        let mut tokens = Vec::new();
        for key in first {
            tokens.push(key.token());
        }
        tokens.extend(self.tokens());
        Shortlist::from_tokens(tokens)
    }

    /// The same entries, in the same order, shown when `in_europe` knows them and their list
    /// has room, kept otherwise.
    pub fn against(&self, limits: Limits, in_europe: impl Fn(&Key) -> Option<bool>) -> Shortlist {
        let mut list = Shortlist {
            limits,
            ..Shortlist::default()
        };
        for key in self.stored() {
            let group = in_europe(key).map(|e| limits.group(key.kind, e));
            match group {
                Some(g) if list.count(g) < limits.limit(g) => list.shown.push((key.clone(), g)),
                _ => list.kept.push(key.clone()),
            }
        }
        list
    }

    /// [`Shortlist::against`] the results and limits of a catalogue.
    pub fn against_catalogue(&self, m: &Matcher) -> Shortlist {
        self.against(Limits::of(m.catalogue()), |key| in_europe(m, key))
    }

    /// Every entry: the shown ones in order, then the kept ones.
    fn stored(&self) -> impl Iterator<Item = &Key> {
        self.shown.iter().map(|(k, _)| k).chain(&self.kept)
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// What the student sees, in order, with each entry's list.
    pub fn shown(&self) -> &[(Key, Group)] {
        &self.shown
    }

    /// The entries of one list, in order, with their index in [`Shortlist::shown`].
    pub fn list(&self, group: Group) -> Vec<(usize, &Key)> {
        let mut out = Vec::new();
        for (i, (key, g)) in self.shown.iter().enumerate() {
            if *g == group {
                out.push((i, key));
            }
        }
        out
    }

    /// How many entries a list shows: the only ones that count toward its limit.
    pub fn count(&self, group: Group) -> usize {
        self.shown.iter().filter(|(_, g)| *g == group).count()
    }

    /// How many entries are shown in all.
    pub fn len(&self) -> usize {
        self.shown.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }

    /// Whether a list takes no more.
    pub fn is_full(&self, group: Group) -> bool {
        self.count(group) >= self.limits.limit(group)
    }

    pub fn contains(&self, key: &Key) -> bool {
        self.shown.iter().any(|(k, _)| k == key)
    }

    /// The list and rank (1-based) of a shown entry.
    pub fn rank(&self, key: &Key) -> Option<(Group, usize)> {
        let (_, group) = self.shown.iter().find(|(k, _)| k == key)?;
        let rank = self.list(*group).iter().position(|(_, k)| *k == key)?;
        Some((*group, rank + 1))
    }

    /// Saves `key` at the end of its list (in Europe or not: `in_europe`), or removes it if it
    /// is saved.
    pub fn toggle(&mut self, key: Key, in_europe: bool) -> Toggled {
        if let Some(i) = self.shown.iter().position(|(k, _)| *k == key) {
            self.shown.remove(i);
            return Toggled::Removed;
        }
        let group = self.limits.group(key.kind, in_europe);
        if self.is_full(group) {
            return Toggled::Full(group);
        }
        if let Some(i) = self.kept.iter().position(|k| *k == key) {
            self.kept.remove(i);
        }
        self.shown.push((key, group));
        Toggled::Saved(group, self.count(group))
    }

    /// [`Shortlist::toggle`] for a result of the catalogue; `None` when it has no such result.
    pub fn toggle_in(&mut self, m: &Matcher, key: Key) -> Option<Toggled> {
        let europe = in_europe(m, &key)?;
        Some(self.toggle(key, europe))
    }

    /// Removes the entry shown at `index`; which it was.
    pub fn remove(&mut self, index: usize) -> Option<Key> {
        (index < self.shown.len()).then(|| self.shown.remove(index).0)
    }

    /// Moves the entry shown at `index` one place up (`by` < 0) or down within its list; its
    /// new index, or `None` when it is first or last of its list already.
    pub fn move_by(&mut self, index: usize, by: isize) -> Option<usize> {
        let group = self.shown.get(index)?.1;
        let same = |j: &usize| self.shown[*j].1 == group;
        let to = if by < 0 {
            (0..index).rev().find(same)?
        } else {
            (index + 1..self.shown.len()).find(same)?
        };
        self.shown.swap(index, to);
        Some(to)
    }

    /// What storage keeps, as tokens: the shown entries in order, then the kept ones; at most
    /// [`STORED_MAX`].
    pub fn tokens(&self) -> Vec<String> {
        self.stored().take(STORED_MAX).map(Key::token).collect()
    }

    /// The shown entries' ids of one kind, in order (for a link).
    pub fn ids(&self, kind: Kind) -> Vec<&str> {
        let mut out = Vec::new();
        for (key, _) in &self.shown {
            if key.kind == kind {
                out.push(key.id.as_str());
            }
        }
        out
    }
}
