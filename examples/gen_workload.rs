//! A generator of the annual-review workload (`shared/bench/annual-review.md`)
//! in Rust, with the distributions of the reference generator
//! `gen_annual_review.py`, and rows in any order.
//!
//! ```text
//! cargo run --release --example gen_workload -- --people N --seed S --out DIR \
//!     [--order sorted|shuffled|reversed|by-year]
//! ```
//!
//! It writes `collectives.csv`, `people.csv` and `records.csv` into `DIR`
//! (created if missing), in the workload's format: UTF-8, one header row, the
//! workload's column order, `\n` line ends. `--people` defaults to 100 000 and
//! `--seed` to 7, as in the reference generator.
//!
//! Distributions (all independent, the same as the reference generator's):
//!
//! - collectives: sizes uniform over 8..=40, drawn until the people run out,
//!   the last one taking the remainder; rating HTXS 30%, HTT 50%, HT 15%,
//!   KHT 5%; movement 1 with 90%;
//! - people: ids 1..=N given to collectives 1..=M in order; `hired_on` 90%
//!   uniform over 2000-01-01..=2019-12-31, 10% uniform over the days of 2021;
//!   score uniform over 0..=100;
//! - records: one row per person for each of 2019, 2020, 2021; rating HTXS
//!   15%, HTT 60%, HT 20%, KHT 5%; discipline none 96%, khien_trach 2%,
//!   canh_cao 1.5%, cach_chuc 0.5%; grassroots initiatives 0 75%, 1 20%,
//!   2 5%; provincial initiatives 0 95%, 1 5%; title of 2019 and 2020 none
//!   40%, LDTT 45%, CSTDCS 15%; title of 2021 empty.
//!
//! `--order` chooses the order of the rows of `people.csv` and `records.csv`
//! (`collectives.csv` is always in id order); the rows themselves do not
//! depend on it, so every order of one seed describes the same province and
//! must give the same review:
//!
//! - `sorted` (the default): people by id, records by person then year, as
//!   the reference generator writes them;
//! - `shuffled`: each of the two files in its own seeded random permutation;
//! - `reversed`: each of the two files from its last row to its first;
//! - `by-year`: records grouped by year (all of 2019 by person, then 2020,
//!   then 2021); people by id.
//!
//! The same arguments always give the same bytes, on any platform: every draw
//! is taken from a ChaCha8 stream (`rand_chacha`) seeded with
//! `seed_from_u64(seed)`, stream 0 for the data and streams 1 and 2 for the
//! permutations of people and records. A pick among `n` values is
//! `(x * n) >> 64` for a 64-bit draw `x`, and categorical values come from
//! the same integer weights as the reference generator's lookup tables.
//!
//! How the output differs from the reference generator's: it has the same
//! distributions but not the same bytes. Python's `random.Random` is a
//! different generator, so for the same seed the collective sizes, ratings
//! and all other values differ, and so does the number of collectives; the
//! workload's known answers (for `--seed 7`) hold only for the reference
//! generator's files. Use this generator for sizes, orders and seeds the
//! known answers do not cover, comparing the review with an independent
//! implementation of the rules (e.g. the DuckDB peer, see
//! `benches/compare_duckdb.sh`). The order of the draws is this generator's
//! own: collective sizes, then each collective's rating and movement, then
//! person by person the hiring draw (old or new, then the day), the score,
//! and for each year the rating, discipline, grassroots and provincial
//! initiatives and (2019 and 2020 only) the title.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use chrono::{Days, NaiveDate};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

const USAGE: &str = "usage: gen_workload [--people N] [--seed S] --out DIR \
                     [--order sorted|shuffled|reversed|by-year]";

const YEARS: [u32; 3] = [2019, 2020, 2021];
const SIZE_MIN: u64 = 8;
const SIZE_MAX: u64 = 40;

/// Values with integer weights: a value's probability is its weight over the
/// sum of the weights.
type Table = [(&'static str, u32)];

const COLLECTIVE_RATING: &Table = &[("HTXS", 30), ("HTT", 50), ("HT", 15), ("KHT", 5)];
const MOVEMENT: &Table = &[("1", 9), ("0", 1)];
const RATING: &Table = &[("HTXS", 15), ("HTT", 60), ("HT", 20), ("KHT", 5)];
/// Per 200: 96%, 2%, 1.5%, 0.5%.
const DISCIPLINE: &Table = &[
    ("none", 192),
    ("khien_trach", 4),
    ("canh_cao", 3),
    ("cach_chuc", 1),
];
const GRASSROOTS: &Table = &[("0", 15), ("1", 4), ("2", 1)];
const PROVINCIAL: &Table = &[("0", 19), ("1", 1)];
const TITLE: &Table = &[("none", 8), ("LDTT", 9), ("CSTDCS", 3)];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Order {
    Sorted,
    Shuffled,
    Reversed,
    ByYear,
}

#[derive(Debug)]
struct Args {
    people: u32,
    seed: u64,
    out: PathBuf,
    order: Order,
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("gen_workload: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    match generate(&args) {
        Ok(collectives) => {
            eprintln!(
                "gen_workload: {} people in {collectives} collectives, order {:?}, seed {}, \
                 written to {} in {:.2?}",
                args.people,
                args.order,
                args.seed,
                args.out.display(),
                started.elapsed()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_workload: {}: {e}", args.out.display());
            ExitCode::FAILURE
        }
    }
}

/// The arguments, or `None` for `--help`.
fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut people = 100_000u32;
    let mut seed = 7u64;
    let mut out = None;
    let mut order = Order::Sorted;
    while let Some(flag) = it.next() {
        if flag == "-h" || flag == "--help" {
            return Ok(None);
        }
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--people" => {
                let v = value()?;
                people = v
                    .parse()
                    .ok()
                    .filter(|&n| n >= 1 && u64::from(n) * 3 <= u64::from(u32::MAX))
                    .ok_or_else(|| format!("--people must be 1..=1431655765, not '{v}'"))?;
            }
            "--seed" => {
                let v = value()?;
                seed = v
                    .parse()
                    .map_err(|_| format!("--seed must be an integer 0..2^64, not '{v}'"))?;
            }
            "--out" => out = Some(PathBuf::from(value()?)),
            "--order" => {
                order = match value()?.as_str() {
                    "sorted" => Order::Sorted,
                    "shuffled" => Order::Shuffled,
                    "reversed" => Order::Reversed,
                    "by-year" => Order::ByYear,
                    other => return Err(format!("unknown order '{other}'")),
                }
            }
            other => return Err(format!("unknown argument '{other}'")),
        }
    }
    let out = out.ok_or("--out DIR is required")?;
    Ok(Some(Args {
        people,
        seed,
        out,
        order,
    }))
}

/// A uniform pick in `0..n`.
fn below(rng: &mut ChaCha8Rng, n: u64) -> u64 {
    // The high half of the 128-bit product: off from uniform by at most
    // n / 2^64, far below anything the workload could show.
    ((u128::from(rng.next_u64()) * u128::from(n)) >> 64) as u64
}

/// The index of a value picked from a table by weight.
fn pick(rng: &mut ChaCha8Rng, table: &Table) -> u8 {
    let total: u32 = table.iter().map(|&(_, w)| w).sum();
    let mut u = below(rng, u64::from(total)) as u32;
    for (i, &(_, w)) in table.iter().enumerate() {
        if u < w {
            return i as u8;
        }
        u -= w;
    }
    // Unreachable: u < total. The last value keeps this total.
    (table.len() - 1) as u8
}

#[derive(Clone, Copy)]
struct Person {
    collective: u32,
    /// Index into the table of hiring days.
    hired: u16,
    score: u8,
}

/// One person's year, as indices into the tables; `title` is unused for
/// the review year.
#[derive(Clone, Copy)]
struct Record {
    rating: u8,
    discipline: u8,
    grassroots: u8,
    provincial: u8,
    title: u8,
}

/// The days a person may be hired on, written YYYY-MM-DD: first the old
/// hires' 2000-01-01..=2019-12-31, then every day of 2021.
struct HireDays {
    days: Vec<[u8; 10]>,
    old: u64,
    new: u64,
}

impl HireDays {
    fn new() -> io::Result<HireDays> {
        let range = |from: (i32, u32, u32), to: (i32, u32, u32)| -> io::Result<Vec<[u8; 10]>> {
            let date = |(y, m, d)| {
                NaiveDate::from_ymd_opt(y, m, d)
                    .ok_or_else(|| io::Error::other(format!("bad date {y}-{m}-{d}")))
            };
            let (mut day, last) = (date(from)?, date(to)?);
            let mut out = Vec::new();
            while day <= last {
                let mut text = [0u8; 10];
                let s = day.format("%Y-%m-%d").to_string();
                text.copy_from_slice(s.as_bytes());
                out.push(text);
                day = day
                    .checked_add_days(Days::new(1))
                    .ok_or_else(|| io::Error::other("date out of range"))?;
            }
            Ok(out)
        };
        let mut days = range((2000, 1, 1), (2019, 12, 31))?;
        let old = days.len() as u64;
        days.extend(range((2021, 1, 1), (2021, 12, 31))?);
        let new = days.len() as u64 - old;
        Ok(HireDays { days, old, new })
    }
}

/// The order rows are written in: row `i` of the file is item `get(i)`.
enum Sequence {
    Identity,
    Reversed(usize),
    /// Records by year: row `i` is person `i % people`, year `i / people`.
    ByYear(usize),
    Permutation(Vec<u32>),
}

impl Sequence {
    fn new(order: Order, len: usize, people: usize, seed: u64, stream: u64) -> Sequence {
        match order {
            Order::Sorted => Sequence::Identity,
            Order::Reversed => Sequence::Reversed(len),
            Order::ByYear if len == people => Sequence::Identity,
            Order::ByYear => Sequence::ByYear(people),
            Order::Shuffled => {
                let mut rng = ChaCha8Rng::seed_from_u64(seed);
                rng.set_stream(stream);
                // Fisher-Yates; len fits in u32 (checked with the arguments).
                let mut p: Vec<u32> = (0..len as u32).collect();
                for i in (1..len).rev() {
                    let j = below(&mut rng, i as u64 + 1) as usize;
                    p.swap(i, j);
                }
                Sequence::Permutation(p)
            }
        }
    }

    fn get(&self, i: usize) -> usize {
        match self {
            Sequence::Identity => i,
            Sequence::Reversed(len) => len - 1 - i,
            Sequence::ByYear(people) => (i % people) * YEARS.len() + i / people,
            Sequence::Permutation(p) => p[i] as usize,
        }
    }
}

/// Writes the three files; returns the number of collectives.
fn generate(args: &Args) -> io::Result<usize> {
    let n = args.people as usize;
    let mut rng = ChaCha8Rng::seed_from_u64(args.seed);
    rng.set_stream(0);

    let mut sizes = Vec::new();
    let mut remaining = u64::from(args.people);
    while remaining > 0 {
        let size = (SIZE_MIN + below(&mut rng, SIZE_MAX - SIZE_MIN + 1)).min(remaining);
        sizes.push(size);
        remaining -= size;
    }
    let collectives: Vec<(u8, u8)> = sizes
        .iter()
        .map(|_| {
            let rating = pick(&mut rng, COLLECTIVE_RATING);
            (rating, pick(&mut rng, MOVEMENT))
        })
        .collect();

    let days = HireDays::new()?;
    let mut people = Vec::with_capacity(n);
    let mut records = Vec::with_capacity(n * YEARS.len());
    for (cid, &size) in (1u32..).zip(&sizes) {
        for _ in 0..size {
            let hired = if below(&mut rng, 10) < 9 {
                below(&mut rng, days.old)
            } else {
                days.old + below(&mut rng, days.new)
            };
            people.push(Person {
                collective: cid,
                hired: hired as u16,
                score: below(&mut rng, 101) as u8,
            });
            for year in YEARS {
                records.push(Record {
                    rating: pick(&mut rng, RATING),
                    discipline: pick(&mut rng, DISCIPLINE),
                    grassroots: pick(&mut rng, GRASSROOTS),
                    provincial: pick(&mut rng, PROVINCIAL),
                    title: if year == 2021 {
                        0
                    } else {
                        pick(&mut rng, TITLE)
                    },
                });
            }
        }
    }

    std::fs::create_dir_all(&args.out)?;
    let mut ids = itoa::Buffer::new();

    let mut f = create(&args.out, "collectives.csv")?;
    f.write_all(b"collective_id,rating,movement\n")?;
    for (cid, &(rating, movement)) in (1u32..).zip(&collectives) {
        f.write_all(ids.format(cid).as_bytes())?;
        f.write_all(b",")?;
        f.write_all(COLLECTIVE_RATING[usize::from(rating)].0.as_bytes())?;
        f.write_all(b",")?;
        f.write_all(MOVEMENT[usize::from(movement)].0.as_bytes())?;
        f.write_all(b"\n")?;
    }
    f.into_inner().map_err(io::IntoInnerError::into_error)?;

    let mut f = create(&args.out, "people.csv")?;
    f.write_all(b"person_id,collective_id,hired_on,score\n")?;
    let order = Sequence::new(args.order, n, n, args.seed, 1);
    for i in 0..n {
        let p = order.get(i);
        let person = people[p];
        f.write_all(ids.format(p + 1).as_bytes())?;
        f.write_all(b",")?;
        f.write_all(ids.format(person.collective).as_bytes())?;
        f.write_all(b",")?;
        f.write_all(&days.days[usize::from(person.hired)])?;
        f.write_all(b",")?;
        f.write_all(ids.format(person.score).as_bytes())?;
        f.write_all(b"\n")?;
    }
    f.into_inner().map_err(io::IntoInnerError::into_error)?;
    drop(order);

    let mut f = create(&args.out, "records.csv")?;
    f.write_all(
        b"person_id,year,rating,discipline,grassroots_initiatives,provincial_initiatives,title\n",
    )?;
    let order = Sequence::new(args.order, records.len(), n, args.seed, 2);
    for i in 0..records.len() {
        let r = order.get(i);
        let (p, y) = (r / YEARS.len(), r % YEARS.len());
        let record = records[r];
        f.write_all(ids.format(p + 1).as_bytes())?;
        f.write_all(b",")?;
        f.write_all(ids.format(YEARS[y]).as_bytes())?;
        f.write_all(b",")?;
        f.write_all(RATING[usize::from(record.rating)].0.as_bytes())?;
        f.write_all(b",")?;
        f.write_all(DISCIPLINE[usize::from(record.discipline)].0.as_bytes())?;
        f.write_all(b",")?;
        f.write_all(GRASSROOTS[usize::from(record.grassroots)].0.as_bytes())?;
        f.write_all(b",")?;
        f.write_all(PROVINCIAL[usize::from(record.provincial)].0.as_bytes())?;
        f.write_all(b",")?;
        if YEARS[y] != 2021 {
            f.write_all(TITLE[usize::from(record.title)].0.as_bytes())?;
        }
        f.write_all(b"\n")?;
    }
    f.into_inner().map_err(io::IntoInnerError::into_error)?;
    Ok(sizes.len())
}

fn create(dir: &Path, name: &str) -> io::Result<BufWriter<File>> {
    let file = File::create(dir.join(name))
        .map_err(|e| io::Error::new(e.kind(), format!("{name}: {e}")))?;
    Ok(BufWriter::with_capacity(1 << 20, file))
}
