//! The id index of a population: the hand-written FxHash table the crate
//! used to have, against `hashbrown` + `foldhash` (what the crate uses for
//! ids that are not plain numbers) and the crate's own index through
//! `Population::position_of` (a direct table for plain numbers, the
//! `hashbrown` table for the rest).
//!
//! ```text
//! cargo bench --bench ids
//! ```
//!
//! A million ids, written as plain numbers (`"1"` … `"1000000"`) or as codes
//! (`"CB-0000001"` …), inserted in order and looked up in a shuffled order.
//! Results are in `benches/README.md`.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hash::BuildHasher;
use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use thidua::population::PersonEntry;
use thidua::{Collective, PersonCategory, Population};

const N: usize = 1_000_000;

/// The index the crate had: FxHash's multiply-rotate and an open-addressing
/// table of 32 hash bits and a position, at most half full.
mod hand {
    fn hash_id(id: &[u8]) -> u64 {
        let mut h = 0u64;
        for chunk in id.chunks(8) {
            let mut word = [0u8; 8];
            for (w, b) in word.iter_mut().zip(chunk) {
                *w = *b;
            }
            h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
        h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        h ^ (h >> 31)
    }

    #[derive(Default)]
    pub(crate) struct IdIndex {
        slots: Vec<u64>,
        len: usize,
    }

    impl IdIndex {
        fn home(high: u64, mask: usize) -> usize {
            (high as usize) & mask
        }

        pub(crate) fn find<'k>(&self, id: &[u8], key: impl Fn(u32) -> &'k [u8]) -> Option<u32> {
            let mask = self.slots.len().checked_sub(1)?;
            let hash = hash_id(id);
            let mut at = Self::home(hash >> 32, mask);
            loop {
                let slot = self.slots[at];
                if slot == 0 {
                    return None;
                }
                let position = (slot as u32).wrapping_sub(1);
                if slot >> 32 == hash >> 32 && key(position) == id {
                    return Some(position);
                }
                at = (at + 1) & mask;
            }
        }

        pub(crate) fn insert<'k>(
            &mut self,
            id: &[u8],
            position: u32,
            key: impl Fn(u32) -> &'k [u8] + Copy,
        ) -> bool {
            if self.find(id, key).is_some() {
                return false;
            }
            if (self.len + 1) * 2 > self.slots.len() {
                let old = std::mem::take(&mut self.slots);
                self.slots = vec![0; (old.len() * 2).max(16)];
                for slot in old.into_iter().filter(|&s| s != 0) {
                    self.place(slot);
                }
            }
            let hash = hash_id(id);
            self.place((hash & 0xffff_ffff_0000_0000) | (u64::from(position) + 1));
            self.len += 1;
            true
        }

        fn place(&mut self, slot: u64) {
            let mask = self.slots.len() - 1;
            let mut at = Self::home(slot >> 32, mask);
            while self.slots[at] != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = slot;
        }
    }
}

/// `hashbrown`'s table of positions with 32 bits of their hash, hashed
/// with `foldhash`, comparing with the stored ids when the bits agree: what
/// the crate does for ids that are not plain numbers.
#[derive(Default)]
struct Brown {
    table: hashbrown::HashTable<(u32, u32)>,
    hasher: foldhash::fast::FixedState,
}

fn spread(bits: u32) -> u64 {
    u64::from(bits) << 32 | u64::from(bits)
}

impl Brown {
    fn hash(&self, id: &[u8]) -> (u32, u64) {
        let bits = (self.hasher.hash_one(id) >> 32) as u32;
        (bits, spread(bits))
    }

    fn insert<'k>(&mut self, id: &[u8], position: u32, key: impl Fn(u32) -> &'k [u8]) -> bool {
        let (bits, hash) = self.hash(id);
        match self.table.entry(
            hash,
            |&(p, b)| b == bits && key(p) == id,
            |&(_, b)| spread(b),
        ) {
            hashbrown::hash_table::Entry::Occupied(_) => false,
            hashbrown::hash_table::Entry::Vacant(e) => {
                e.insert((position, bits));
                true
            }
        }
    }

    fn find<'k>(&self, id: &[u8], key: impl Fn(u32) -> &'k [u8]) -> Option<u32> {
        let (bits, hash) = self.hash(id);
        self.table
            .find(hash, |&(p, b)| b == bits && key(p) == id)
            .map(|&(p, _)| p)
    }
}

/// Ids in one buffer, as a population's rows hold them: reading one is
/// one access.
struct Keys {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

impl Keys {
    fn new<'a>(ids: impl Iterator<Item = &'a [u8]>) -> Keys {
        let (mut bytes, mut ends) = (Vec::new(), Vec::new());
        for id in ids {
            bytes.extend_from_slice(id);
            ends.push(bytes.len());
        }
        Keys { bytes, ends }
    }

    fn get(&self, p: usize) -> &[u8] {
        let start = if p == 0 { 0 } else { self.ends[p - 1] };
        &self.bytes[start..self.ends[p]]
    }

    fn iter(&self) -> impl Iterator<Item = &[u8]> {
        (0..self.ends.len()).map(|p| self.get(p))
    }
}

/// A seeded shuffle of `0..n`.
fn shuffled(n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut s = 0x9e37_79b9_7f4a_7c15u64;
    for i in (1..n).rev() {
        s ^= s >> 12;
        s ^= s << 25;
        s ^= s >> 27;
        order.swap(
            i,
            (s.wrapping_mul(0x2545_f491_4f6c_dd1d) % (i as u64 + 1)) as usize,
        );
    }
    order
}

fn population(keys: &Keys) -> Population {
    let mut pop = Population::new(2021..=2021).unwrap();
    pop.add_collective(Collective::new("C".parse().unwrap(), ""))
        .unwrap();
    let start = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
    pop.reserve(N);
    for k in keys.iter() {
        pop.add_person(PersonEntry {
            id: std::str::from_utf8(k).unwrap().parse().unwrap(),
            category: PersonCategory::CivilServant,
            service_start: start,
            collective: "C".parse().unwrap(),
            score: 0,
        })
        .unwrap();
    }
    pop
}

fn bench(c: &mut Criterion) {
    let order = shuffled(N);
    for kind in ["numbers", "codes"] {
        let written: Vec<Vec<u8>> = (1..=N)
            .map(|i| match kind {
                "numbers" => i.to_string().into_bytes(),
                _ => format!("CB-{i:07}").into_bytes(),
            })
            .collect();
        let keys = Keys::new(written.iter().map(|k| &k[..]));
        // The ids to look up, in one buffer in the shuffled order: reading
        // them is sequential, the index's accesses are not.
        let probes = Keys::new(order.iter().map(|&i| keys.get(i)));
        let key = |p: u32| keys.get(p as usize);
        let mut g = c.benchmark_group(format!("ids/{kind}"));
        g.sample_size(10);
        g.throughput(Throughput::Elements(N as u64));
        g.bench_function(BenchmarkId::new("build", "hand_fx"), |b| {
            b.iter(|| {
                let mut index = hand::IdIndex::default();
                for (p, k) in (0u32..).zip(keys.iter()) {
                    assert!(index.insert(k, p, key));
                }
                index
            })
        });
        g.bench_function(BenchmarkId::new("build", "hashbrown_foldhash"), |b| {
            b.iter(|| {
                let mut index = Brown::default();
                for (p, k) in (0u32..).zip(keys.iter()) {
                    assert!(index.insert(k, p, key));
                }
                index
            })
        });
        let mut hand = hand::IdIndex::default();
        let mut brown = Brown::default();
        for (p, k) in (0u32..).zip(keys.iter()) {
            hand.insert(k, p, key);
            brown.insert(k, p, key);
        }
        let pop = population(&keys);
        g.bench_function(BenchmarkId::new("find_shuffled", "hand_fx"), |b| {
            b.iter(|| {
                for (probe, &i) in probes.iter().zip(&order) {
                    assert_eq!(hand.find(black_box(probe), key), Some(i as u32));
                }
            })
        });
        g.bench_function(
            BenchmarkId::new("find_shuffled", "hashbrown_foldhash"),
            |b| {
                b.iter(|| {
                    for (probe, &i) in probes.iter().zip(&order) {
                        assert_eq!(brown.find(black_box(probe), key), Some(i as u32));
                    }
                })
            },
        );
        g.bench_function(
            BenchmarkId::new("find_shuffled", "population_position_of"),
            |b| {
                b.iter(|| {
                    for (probe, &i) in probes.iter().zip(&order) {
                        let text = std::str::from_utf8(black_box(probe)).unwrap();
                        assert_eq!(pop.position_of(text), Some(i));
                    }
                })
            },
        );
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
