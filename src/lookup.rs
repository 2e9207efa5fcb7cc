//! The hash maps of the core, in two types: a text to a number.
//!
//! A hash map's code (insert, look-up, growth, drop) is compiled anew for every key and value
//! type, and each such copy weighs 0.3 to 0.9 KB gzip in the WebAssembly download. So every
//! map the widget builds is a [`Lookup`] (text borrowed from the catalogue or the query) or,
//! where the keys are owned, an [`OwnedLookup`]; the number is a place in a list, a bit or a
//! count. A value of another type is kept in a list beside the map, at the place the map
//! gives ([`TextMap`]); a set is a map to each key's place in its list. Seven map
//! and set types brought to these two took 2.6 KB gzip off the widget (docs/performance.md).

use rustc_hash::FxHashMap;

/// Borrowed text to a number.
pub type Lookup<'a> = FxHashMap<&'a str, usize>;

/// Owned text to a number, for keys that are not borrowed (the words of the text index).
pub type OwnedLookup = FxHashMap<String, usize>;

/// Borrowed text to values of any type: the values in a list, a [`Lookup`] to their places.
#[derive(Debug)]
pub struct TextMap<'a, T> {
    places: Lookup<'a>,
    values: Vec<T>,
}

impl<T> Default for TextMap<'_, T> {
    fn default() -> Self {
        TextMap {
            places: Lookup::default(),
            values: Vec::new(),
        }
    }
}

impl<'a, T> TextMap<'a, T> {
    pub fn get(&self, key: &str) -> Option<&T> {
        self.places
            .get(key)
            .and_then(|&place| self.values.get(place))
    }

    /// The value of `key`, made by `new` if the key is new.
    pub fn get_or_insert_with(&mut self, key: &'a str, new: impl FnOnce() -> T) -> &mut T {
        let next = self.values.len();
        let place = *self.places.entry(key).or_insert(next);
        if place == next {
            self.values.push(new());
        }
        &mut self.values[place]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_keeps_its_value_and_a_new_key_gets_its_own() {
        let mut map: TextMap<u64> = TextMap::default();
        *map.get_or_insert_with("0211", || 0) |= 1;
        *map.get_or_insert_with("0212", || 0) |= 2;
        *map.get_or_insert_with("0211", || 0) |= 4;
        assert_eq!(map.get("0211"), Some(&5));
        assert_eq!(map.get("0212"), Some(&2));
        assert_eq!(map.get("0213"), None);
    }
}
