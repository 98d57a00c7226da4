//! Id indexes: from a person's or a collective's id to its position.
//!
//! Two structures, chosen per id:
//!
//! - ids written as plain decimal numbers (`"1"`, `"20417"`: ASCII digits,
//!   no leading zero) that are not much larger than the number of ids go
//!   into a direct table, one `u32` per number: a lookup is one read, with
//!   no hash and no comparison with the stored id. Staff numbers counted
//!   from 1 are the common case.
//! - every other id (`"CB-01"`, `"001234567890"`, a number far past the
//!   rest) goes into a `hashbrown` table of positions hashed with
//!   `foldhash`, comparing with the stored id through a caller's function.
//!
//! An id is in exactly one of the two; which one is a function of the id
//! and of the direct table's length, and the direct table only grows
//! (taking over the numbers of the hash table it now covers).

use foldhash::fast::FixedState;
use hashbrown::HashTable;
use std::hash::BuildHasher;

/// The direct table grows to cover numbers up to this many times the ids
/// held (plus a little): a denser id space costs at most this many `u32`
/// a person.
const DENSE_FACTOR: u64 = 4;
const DENSE_SLACK: u64 = 4096;
/// Never more numbers than this in the direct table (16 MiB).
const DENSE_MAX: u64 = 1 << 22;

/// The table's hash of 32 stored bits.
#[inline]
fn spread(bits: u32) -> u64 {
    u64::from(bits) << 32 | u64::from(bits)
}

/// The value of an id written as a plain decimal number, if it is one.
#[inline]
pub(super) fn plain_number(id: &[u8]) -> Option<u64> {
    match id {
        [] => None,
        [b'0'] => Some(0),
        [b'0', ..] => None,
        _ if id.len() > 19 => None,
        _ => id.iter().try_fold(0u64, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u64::from(c - b'0'))
        }),
    }
}

/// An index from id bytes to a `u32` position.
#[derive(Clone, Default)]
pub(super) struct IdIndex {
    /// Position + 1 of the id whose number is the slot; 0 for none.
    dense: Vec<u32>,
    /// Positions with 32 bits of their id's hash: the table grows without
    /// reading an id, and a probe compares ids only when the bits agree.
    table: HashTable<(u32, u32)>,
    hasher: FixedState,
    len: usize,
}

impl std::fmt::Debug for IdIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IdIndex")
            .field("len", &self.len)
            .field("dense", &self.dense.len())
            .field("hashed", &self.table.len())
            .finish()
    }
}

impl IdIndex {
    /// 32 bits of `id`'s hash, and the hash the table is given: the same
    /// bits twice, so that the table's buckets and tags come from them.
    fn hash(&self, id: &[u8]) -> (u32, u64) {
        let bits = (self.hasher.hash_one(id) >> 32) as u32;
        (bits, spread(bits))
    }

    /// The position of the id numbered `n` in the direct table, if any.
    #[inline]
    pub(super) fn direct(&self, n: u32) -> Option<u32> {
        self.dense
            .get(n as usize)
            .and_then(|slot| slot.checked_sub(1))
    }

    /// The position of `id`; `key(p)` gives the id stored at position `p`.
    #[inline]
    pub(super) fn find<'k>(&self, id: &[u8], key: impl Fn(u32) -> &'k [u8]) -> Option<u32> {
        if let Some(n) = plain_number(id) {
            if let Some(&slot) = usize::try_from(n).ok().and_then(|n| self.dense.get(n)) {
                return slot.checked_sub(1);
            }
        }
        if self.table.is_empty() {
            return None;
        }
        let (bits, hash) = self.hash(id);
        self.table
            .find(hash, |&(p, b)| b == bits && key(p) == id)
            .map(|&(p, _)| p)
    }

    /// Makes room for `more` ids, numbered from 1 if they are numbers.
    pub(super) fn reserve<'k>(&mut self, more: usize, key: impl Fn(u32) -> &'k [u8]) {
        let want = (self.len as u64).saturating_add(more as u64);
        self.grow_dense(want.saturating_add(DENSE_SLACK), &key);
    }

    /// Grows the direct table to cover the numbers below `cover` (within
    /// its limit), moving the numbers it now covers out of the hash table.
    fn grow_dense<'k>(&mut self, cover: u64, key: &impl Fn(u32) -> &'k [u8]) {
        let Ok(cover) = usize::try_from(cover.min(DENSE_MAX)) else {
            return;
        };
        if cover <= self.dense.len() {
            return;
        }
        self.dense.resize(cover, 0);
        if self.table.is_empty() {
            return;
        }
        let dense = &mut self.dense;
        self.table.retain(|&mut (p, _)| {
            let moved = plain_number(key(p))
                .and_then(|n| usize::try_from(n).ok())
                .and_then(|n| dense.get_mut(n))
                .map(|slot| *slot = p.saturating_add(1));
            moved.is_none()
        });
    }

    /// Inserts `position` under `id`; the position already there if the
    /// id is there (and nothing changes).
    pub(super) fn insert<'k>(
        &mut self,
        id: &[u8],
        position: u32,
        key: impl Fn(u32) -> &'k [u8],
    ) -> Result<(), u32> {
        if let Some(n) = plain_number(id) {
            let len = (self.len as u64).saturating_add(1);
            let dense = self.dense.len() as u64;
            if n >= dense && n < len.saturating_mul(DENSE_FACTOR).saturating_add(DENSE_SLACK) {
                self.grow_dense(dense.saturating_mul(2).max(n.saturating_add(1)), &key);
            }
            if let Some(slot) = usize::try_from(n).ok().and_then(|n| self.dense.get_mut(n)) {
                if let Some(there) = slot.checked_sub(1) {
                    return Err(there);
                }
                *slot = position.saturating_add(1);
                self.len += 1;
                return Ok(());
            }
        }
        let (bits, hash) = self.hash(id);
        match self.table.entry(
            hash,
            |&(p, b)| b == bits && key(p) == id,
            |&(_, b)| spread(b),
        ) {
            hashbrown::hash_table::Entry::Occupied(e) => Err(e.get().0),
            hashbrown::hash_table::Entry::Vacant(e) => {
                e.insert((position, bits));
                self.len += 1;
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_codes_in_any_order() {
        let ids: Vec<String> = (0..20_000u32)
            .map(|i| match i % 5 {
                0 => format!("CB-{i}"),
                1 => format!("0{i}"),
                2 => format!("{}", u64::from(i) * 1_000_003),
                _ => format!("{}", (i * 7919) % 20_000 + 20_000),
            })
            .collect();
        let mut index = IdIndex::default();
        for (p, id) in (0u32..).zip(&ids) {
            let key = |q: u32| ids[q as usize].as_bytes();
            assert_eq!(index.insert(id.as_bytes(), p, key), Ok(()), "{id}");
        }
        let key = |q: u32| ids[q as usize].as_bytes();
        for (p, id) in (0u32..).zip(&ids) {
            assert_eq!(index.find(id.as_bytes(), key), Some(p), "{id}");
            assert_eq!(index.insert(id.as_bytes(), 99, key), Err(p));
        }
        assert_eq!(index.find(b"nobody", key), None);
        assert_eq!(index.find(b"3", key), None);
        assert_eq!(index.len, ids.len());
    }

    #[test]
    fn plain_numbers() {
        assert_eq!(plain_number(b"0"), Some(0));
        assert_eq!(plain_number(b"007"), None);
        assert_eq!(plain_number(b"12a"), None);
        assert_eq!(plain_number(b""), None);
        assert_eq!(plain_number(b"18446744073709551615"), None);
        assert_eq!(
            plain_number(b"9999999999999999999"),
            Some(9_999_999_999_999_999_999)
        );
    }
}
