//! One sort for the whole crate.
//!
//! The standard library's sort is large and is copied for every element type and comparator
//! it is used with: a dozen sorts made 35 KB of the WebAssembly download. Here the heavy code
//! is instantiated once, for a list of positions; each caller only permutes its own items.
//! `clippy.toml` disallows the standard sorts everywhere but here.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably (equal items keep their order).
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut positions: Vec<u32> = (0..items.len() as u32).collect();
    sort_positions(&mut positions, &|a, b| {
        compare(&items[a as usize], &items[b as usize])
    });
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(positions.iter().filter_map(|&p| taken[p as usize].take()));
}

/// Sorts by the items' own order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

#[inline(never)]
// The one call of the standard sort (clippy.toml disallows it everywhere else).
#[allow(clippy::disallowed_methods)]
fn sort_positions(positions: &mut [u32], compare: &dyn Fn(u32, u32) -> Ordering) {
    positions.sort_by(|a, b| compare(*a, *b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        let mut words = vec!["pear", "apple", "fig"];
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "pear"]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }
}
