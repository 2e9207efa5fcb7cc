//! One sort for the whole crate.
//!
//! The standard library's sort is large and is copied for every element type and comparator
//! it is used with: a dozen sorts made 35 KB of the WebAssembly download. Here the sorting is
//! done once, for a list of positions, by a small merge sort (the standard one weighs 4 KB even
//! used once); each caller only swaps its own items into that order through one non-generic
//! walk, with no per-type copying code: 5.5 KB gzip less than the standard sort of positions
//! with items moved through `Vec<Option<T>>`. `clippy.toml` disallows the standard sorts.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably (equal items keep their order).
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    sort_first_by(items, usize::MAX, compare);
}

/// Puts the `first` items that come first by `compare` at the front, in order, as a stable
/// sort would; the others follow in no promised order. A page of results needs its ten, not
/// all 11,000 sorted (issue 11).
pub fn sort_first_by<T>(items: &mut [T], first: usize, compare: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_positions(items.len(), first, &|a, b| compare(&items[a], &items[b]));
    // No positions: the items are in order already.
    permute(&order, &mut |a, b| items.swap(a, b));
}

/// Sorts by the items' own order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in the order `compare` gives them, equal ones in their own order,
/// at least the `first` of them (none when they are in order already): a bottom-up merge
/// sort (n log n comparisons at most), or for a few first of many, one pass that keeps them
/// (n comparisons, and a few for each later one that comes before the last kept: n times
/// `first` at worst, so only up to 256).
#[inline(never)]
fn sorted_positions(
    len: usize,
    first: usize,
    compare: &dyn Fn(usize, usize) -> Ordering,
) -> Vec<usize> {
    // A list already in order (most of the index's lists of where a word occurs, built in the
    // order of the documents) is left as it is: no positions to allocate and follow. Sorting
    // them, one a distinct word (tens of thousands), took a tenth of loading 10,000
    // institutions.
    if (1..len).all(|i| compare(i - 1, i) != Ordering::Greater) {
        return Vec::new();
    }
    let mut from: Vec<usize> = (0..len).collect();
    if first < len && first <= 256 {
        // The front is kept in order; a later position that comes before its last takes that
        // place and moves up past those it comes before. A tie stays behind: the one in front
        // came earlier, as in a stable sort.
        let before = |a: usize, b: usize| compare(a, b) == Ordering::Less;
        let last = first.max(1) - 1;
        for i in 0..len {
            let mut j = i;
            if i > last {
                if !before(i, from[last]) {
                    continue;
                }
                from.swap(i, last);
                j = last;
            }
            while j > 0 && before(from[j], from[j - 1]) {
                from.swap(j, j - 1);
                j -= 1;
            }
        }
        return from;
    }
    let mut into = from.clone();
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, middle);
            for slot in &mut into[start..end] {
                // The left run goes first on ties: that keeps the sort stable.
                let take_left = right == end
                    || (left < middle && compare(from[left], from[right]) != Ordering::Greater);
                if take_left {
                    *slot = from[left];
                    left += 1;
                } else {
                    *slot = from[right];
                    right += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut into);
        width *= 2;
    }
    from
}

/// Puts the item at `order[i]` at position `i`, for every `i`, by `swap`s: each cycle of
/// the permutation is followed once.
#[inline(never)]
fn permute(order: &[usize], swap: &mut dyn FnMut(usize, usize)) {
    let mut placed = vec![false; order.len()];
    for start in 0..order.len() {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            let next = order[at];
            if next == start {
                break;
            }
            swap(at, next);
            at = next;
        }
    }
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

    /// A list already in order, ties included, is left as it is (`sorted_positions` gives no
    /// positions for it), by a whole sort and by a sort of the first few.
    #[test]
    fn leaves_a_list_in_order_as_it_is() {
        let sorted = vec![(0, 'a'), (1, 'b'), (1, 'c'), (2, 'd'), (2, 'e'), (5, 'f')];
        let mut v = sorted.clone();
        sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, sorted);
        sort_first_by(&mut v, 2, |a, b| a.0.cmp(&b.0));
        assert_eq!(v, sorted);
        // One out of order at the end still sorts.
        v.push((1, 'g'));
        sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        assert_eq!(v[3], (1, 'g'));
        assert_eq!(v[6], (5, 'f'));
    }

    /// The same order as the standard stable sort, for lists of every length up to 70 with
    /// many ties (lengths around powers of two test the merge's uneven last runs).
    #[test]
    #[allow(clippy::disallowed_methods)]
    fn agrees_with_the_standard_stable_sort() {
        let mut seed = 7u32;
        for len in 0..70 {
            let mut v: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 5, i)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|a| a.0);
            sort_by(&mut v, |a, b| a.0.cmp(&b.0));
            assert_eq!(v, expected, "length {len}");
            for first in [0, 1, 3, 10, len] {
                let mut w = v.clone();
                w.reverse();
                let mut expected = w.clone();
                expected.sort_by_key(|a| a.0);
                sort_first_by(&mut w, first, |a, b| a.0.cmp(&b.0));
                let n = first.min(len);
                assert_eq!(w[..n], expected[..n], "length {len}, first {first}");
                w.sort_by_key(|a| a.1);
                expected.sort_by_key(|a| a.1);
                assert_eq!(w, expected, "the same items, length {len}");
            }
        }
    }
}
