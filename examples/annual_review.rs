//! The reference workload: one province's annual review of 2021, read from
//! three CSV files and judged with the library's own Decree 91/2017 rules.
//!
//! ```text
//! cargo run --release --example gen_workload -- --people 100000 --out /tmp/ar
//! cargo run --release --example annual_review /tmp/ar
//! ```
//!
//! (or the bundled sample, `tests/data/annual_review/seed7-10000`). It
//! prints one JSON object:
//!
//! ```text
//! {"year":2021,"people":N,"collectives":M,"ldtt":A,"cstdcs":B,"cstd_tinh":C,"ttldtt":D,"ttldxs":E,"cash_total_vnd":T}
//! ```
//!
//! The files (`collectives.csv`, `people.csv`, `records.csv`) are mapped onto
//! a [`Population`]: every person a civil servant of their collective, with
//! the records of 2019–2021 (rating, heaviest discipline, initiatives by
//! scope, the title already conferred). Rows may come in any order. The
//! review is judged on the decision date 2021-12-20, so the regime is
//! Decree 91/2017 and the base salary 1.490.000 đồng; the "Chiến sĩ thi
//! đua cơ sở" quota is 15% of each collective's "Lao động tiên tiến",
//! rounded down, ranked by score with ties to the smaller id.
//!
//! `cash_total_vnd` is the workload's field as the workload defines it: "the
//! sum of the highest amount of each person and each collective", i.e.
//! [`HighestOnlyScope::AllPeriods`] (a simplification some provincial rules
//! also take: Ninh Thuận QĐ 02/2015 Art. 38 k2 c). The library's default,
//! the law's reading ([`HighestOnlyScope::SamePeriod`]: only titles of the
//! same achievement period compete), pays more for people with "Chiến sĩ
//! thi đua tỉnh" 2019–2021: their "Chiến sĩ thi đua cơ sở" 2021 is paid too
//! (Decree 42/2010 Art. 68 k2 d; Decree 152/2025 Art. 49 k5). The amounts
//! under both readings are in `tests/data/annual_review/README.md`.
//!
//! This file is a reader and nothing more: it cuts each file into blocks of
//! whole lines ([`Chunks`]) and parses each line's fields; the library's
//! bulk loading ([`Population::load_people`], `ParsedRecords::parse` and
//! [`Population::add_records`]) runs the parsing on every core (the
//! records while the collectives and the people are read), finds each record's person and each
//! person's collective, and names duplicates wherever they are.
//!
//! The byte work is done by two crates: `memchr` finds the line ends (and
//! whether a block holds a quote at all), each line's few short fields are
//! split at its commas, and a block that holds a quote is read by
//! `csv-core`, the state machine under the `csv` crate, so that quoted
//! fields (even a line end inside quotes) read as they do there. Input is bounded: a line over [`MAX_LINE`] bytes or a
//! field over [`MAX_FIELD`] is refused with its line number, and at most a
//! few blocks of [`CHUNK`] + [`MAX_LINE`] bytes per thread are in memory
//! at once, whatever the size of the files. Blank lines are skipped.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::fs::File;
use std::io::Read;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};

use chrono::NaiveDate;
use thidua::collectives::CollectiveRecord;
use thidua::decision::HighestOnlyScope;
use thidua::id::UnitId;
use thidua::law::SalarySchedule;
use thidua::people::DisciplineForm;
use thidua::population::{ParsedRecords, PersonEntry, Titles, YearEntry};
use thidua::{
    Authority, Award, Collective, Error, ErrorKind, PersonCategory, Population, Rating, Review,
    RuleBook, Tariff,
};

const YEAR: i32 = 2021;
/// The size of a block of lines handed to a parsing thread.
pub const CHUNK: usize = 1 << 20;
/// The longest line accepted, in bytes.
pub const MAX_LINE: usize = 1 << 16;
/// The longest field accepted, in bytes.
pub const MAX_FIELD: usize = 256;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: annual_review DATA_DIR");
        return ExitCode::from(2);
    };
    match run(&dir) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Whether to print how long each phase takes (`THIDUA_PHASES=1`).
fn phases() -> bool {
    std::env::var_os("THIDUA_PHASES").is_some()
}

fn phase(name: &str, since: &mut std::time::Instant) {
    if phases() {
        let us = since.elapsed().as_micros();
        eprintln!("{name}: {}.{} ms", us / 1000, us % 1000 / 100);
        *since = std::time::Instant::now();
    }
}

/// Reads the workload, reviews it and returns the JSON line.
pub fn run(dir: &Path) -> Result<String, Error> {
    run_with(dir, threads(), CHUNK)
}

/// The threads to use: every core, or `THIDUA_THREADS`.
pub fn threads() -> NonZeroUsize {
    std::env::var("THIDUA_THREADS")
        .ok()
        .and_then(|n| n.parse().ok())
        .or_else(|| std::thread::available_parallelism().ok())
        .unwrap_or(NonZeroUsize::MIN)
}

/// [`run`] on `threads` threads, reading blocks of `chunk` bytes.
pub fn run_with(dir: &Path, threads: NonZeroUsize, chunk: usize) -> Result<String, Error> {
    let population = load_with(dir, threads, chunk)?;
    let mut t = std::time::Instant::now();
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let on = NaiveDate::from_ymd_opt(2021, 12, 20)
        .ok_or_else(|| Error::new(ErrorKind::Parse, "ngày sai", "bad date"))?;
    let review = Review::new(&book, YEAR, on)?;
    let result = review.population_on(&population, threads)?;
    phase("review", &mut t);
    // The decision of the province (Decree 91/2017 Art. 68: the base salary
    // on the decision date); the amounts do not depend on the signer.
    let tariff = Tariff::new(&book, &salaries, on, Authority::ProvincialChair)?;
    // The workload's field: each person's and each collective's highest
    // amount only, whatever the periods (see the module's comment); the law
    // would pay a provincial fighter's CSTĐCS 2021 too.
    let cash = result
        .money_with(&tariff, HighestOnlyScope::AllPeriods)?
        .total;
    phase("money", &mut t);
    let json = format!(
        "{{\"year\":{YEAR},\"people\":{},\"collectives\":{},\"ldtt\":{},\"cstdcs\":{},\"cstd_tinh\":{},\"ttldtt\":{},\"ttldxs\":{},\"cash_total_vnd\":{}}}",
        population.len(),
        population.collectives().len(),
        result.count(Award::AdvancedWorker).eligible,
        result.count(Award::GrassrootsEmulationFighter).eligible,
        result
            .count(Award::MinistryOrProvinceEmulationFighter)
            .eligible,
        result.count(Award::AdvancedCollective).eligible,
        result.count(Award::ExcellentCollective).eligible,
        cash.dong().normalize(),
    );
    phase("counts", &mut t);
    drop(result);
    drop(population);
    phase("freed", &mut t);
    Ok(json)
}

/// Reads the three files into a population.
pub fn load(dir: &Path) -> Result<Population, Error> {
    load_with(dir, threads(), CHUNK)
}

/// [`load`] on `threads` threads, reading blocks of `chunk` bytes (at
/// least 1, at most [`CHUNK`]).
pub fn load_with(dir: &Path, threads: NonZeroUsize, chunk: usize) -> Result<Population, Error> {
    let chunk = chunk.clamp(1, CHUNK);
    let mut t = std::time::Instant::now();
    let mut pop = Population::new(2019..=YEAR)?;
    let mut collectives = Chunks::open(
        dir,
        "collectives.csv",
        &["collective_id", "rating", "movement"],
        chunk,
    )?;
    let mut people = Chunks::open(
        dir,
        "people.csv",
        &["person_id", "collective_id", "hired_on", "score"],
        chunk,
    )?;
    let people_size = people.size_hint;
    let header = [
        "person_id",
        "year",
        "rating",
        "discipline",
        "grassroots_initiatives",
        "provincial_initiatives",
        "title",
    ];
    let mut records = Chunks::open(dir, "records.csv", &header, chunk)?;
    let ldtt = Titles::NONE.with(Award::AdvancedWorker)?;
    let cstdcs = Titles::NONE.with(Award::GrassrootsEmulationFighter)?;
    let (people_name, people_pool) = (people.name.clone(), Mutex::new(people.pool()));
    let (records_name, records_pool) = (records.name.clone(), Mutex::new(records.pool()));
    let years = pop.years();
    // The records are parsed while the collectives and the people are
    // read: they need no person until they are added.
    let (added, parsed) = std::thread::scope(|s| {
        let parsed = s.spawn(|| {
            ParsedRecords::parse(years, &records_name, threads, records, |chunk, batch| {
                let done = for_each_row(&records_name, &chunk, 7, |row| {
                    let discipline = match row.bytes(3) {
                        b"none" => None,
                        b"khien_trach" => Some(DisciplineForm::Reprimand),
                        b"canh_cao" => Some(DisciplineForm::Warning),
                        b"cach_chuc" => Some(DisciplineForm::Dismissal),
                        _ => Some(row.parse::<DisciplineForm>(3)?),
                    };
                    let titles = match row.bytes(6) {
                        b"" | b"none" => Titles::NONE,
                        b"LDTT" => ldtt,
                        b"CSTDCS" => cstdcs,
                        _ => Titles::NONE
                            .with(row.parse::<Award>(6)?)
                            .map_err(|e| row.error(e))?,
                    };
                    let entry = YearEntry {
                        rating: Some(row.rating(2)?),
                        discipline,
                        initiatives: [row.small(4)?, row.small(5)?, 0],
                        titles,
                    };
                    batch.push(row.line, row.bytes(0), row.year(1)?, entry)
                });
                give_back(&records_pool, chunk);
                done
            })
        });
        // The collectives meanwhile, on this thread: the people need them.
        let name = collectives.name.clone();
        let mut read_collectives = || -> Result<(), Error> {
            for chunk in &mut collectives {
                let chunk = chunk?;
                for_each_row(&name, &chunk, 3, |row| {
                    let mut c = Collective::new(row.id(0)?, "");
                    c.records.push(CollectiveRecord {
                        year: YEAR,
                        rating: Some(row.rating(1)?),
                        movement: Some(row.flag(2)?),
                    });
                    pop.add_collective(c).map(drop).map_err(|e| row.error(e))
                })?;
            }
            Ok(())
        };
        let collectives_read = read_collectives();
        phase("collectives", &mut t);
        // About 24 bytes a person: room for them all at once.
        pop.reserve(people_size / 24);
        let added = collectives_read.and_then(|()| {
            pop.load_people(&people_name, threads, people, |chunk, batch| {
                // People usually come collective by collective: each collective
                // id is read once (its bytes kept in one buffer: shuffled people
                // change collective on every row).
                let mut collective: Option<(Vec<u8>, UnitId)> = None;
                let done = for_each_row(&people_name, &chunk, 4, |row| {
                    let cid = match &mut collective {
                        Some((bytes, id)) if bytes.as_slice() == row.bytes(1) => id.clone(),
                        last => {
                            let id: UnitId = row.id(1)?;
                            let (bytes, kept) =
                                last.get_or_insert_with(|| (Vec::new(), id.clone()));
                            bytes.clear();
                            bytes.extend_from_slice(row.bytes(1));
                            kept.clone_from(&id);
                            id
                        }
                    };
                    let person = PersonEntry {
                        id: row.id(0)?,
                        category: PersonCategory::CivilServant,
                        collective: cid,
                        service_start: row.date(2)?,
                        score: row
                            .digits(3)
                            .and_then(|n| i32::try_from(n).ok())
                            .ok_or_else(|| row.bad(3, "score"))?,
                    };
                    batch.push(row.line, person)
                });
                give_back(&people_pool, chunk);
                done
            })
        });
        let parsed = parsed
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (added, parsed)
    });
    phase("people, and records parsed", &mut t);
    // An error in collectives.csv or people.csv comes before one in
    // records.csv.
    added?;
    pop.add_records(parsed?)?;
    phase("records added", &mut t);
    Ok(pop)
}

/// Hands a block's buffer back to its reader, to be filled again.
fn give_back(pool: &Mutex<Sender<Vec<u8>>>, chunk: Chunk) {
    if let Ok(pool) = pool.lock() {
        // A reader that is gone needs no buffer.
        let _ = pool.send(chunk.bytes);
    }
}

/// A block of whole lines of a file, and the number of its first line.
#[derive(Debug)]
pub struct Chunk {
    bytes: Vec<u8>,
    first_line: u64,
}

/// A file read in blocks of whole lines: at most [`CHUNK`] + [`MAX_LINE`]
/// bytes each, cut at a line end outside quotes.
#[derive(Debug)]
pub struct Chunks {
    name: String,
    file: File,
    /// The size of a block.
    chunk: usize,
    /// The start of the line the last block stopped before.
    carry: Vec<u8>,
    next_line: u64,
    done: bool,
    size_hint: usize,
    returned: Receiver<Vec<u8>>,
    pool: Option<Sender<Vec<u8>>>,
}

impl Chunks {
    /// Opens `dir/name`, to be read in blocks of about `chunk` bytes, and
    /// checks its header line is `header`.
    pub fn open(dir: &Path, name: &str, header: &[&str], chunk: usize) -> Result<Chunks, Error> {
        let path = dir.join(name);
        let shown = path.display().to_string();
        let file = File::open(&path).map_err(|e| {
            Error::new(
                ErrorKind::Missing,
                format!("{shown}: {e}"),
                format!("{shown}: {e}"),
            )
        })?;
        let size_hint = file
            .metadata()
            .map_or(0, |m| usize::try_from(m.len()).unwrap_or(usize::MAX));
        let (pool, returned) = channel();
        let mut chunks = Chunks {
            name: name.to_owned(),
            file,
            chunk: chunk.clamp(1, CHUNK),
            carry: Vec::new(),
            next_line: 1,
            done: false,
            size_hint,
            returned,
            pool: Some(pool),
        };
        // The header is the first line of the first block.
        let first = chunks
            .next()
            .transpose()?
            .map(|c| c.bytes)
            .unwrap_or_default();
        let end = memchr::memchr(b'\n', &first).unwrap_or(first.len());
        let line = first.get(..end).unwrap_or_default();
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
        let found: Vec<String> = line
            .split(|&b| b == b',')
            .map(|f| {
                let f = f
                    .strip_prefix(b"\"")
                    .and_then(|f| f.strip_suffix(b"\""))
                    .unwrap_or(f);
                String::from_utf8_lossy(f).into_owned()
            })
            .collect();
        if found != header {
            return Err(Error::new(
                ErrorKind::Parse,
                format!(
                    "{name} dòng 1: tiêu đề '{}' không phải '{}'",
                    thidua_shown(&found.join(",")),
                    header.join(",")
                ),
                format!(
                    "{name} line 1: header '{}' is not '{}'",
                    thidua_shown(&found.join(",")),
                    header.join(",")
                ),
            ));
        }
        // The rest of the first block comes first.
        let mut rest = first.get(end + 1..).unwrap_or_default().to_vec();
        rest.extend_from_slice(&chunks.carry);
        chunks.carry = rest;
        chunks.next_line = 2;
        Ok(chunks)
    }

    /// Where the parsers hand the buffers back.
    fn pool(&mut self) -> Sender<Vec<u8>> {
        self.pool.take().unwrap_or_else(|| channel().0)
    }

    fn error(&self, line: u64, what: &str) -> Error {
        Error::new(
            ErrorKind::Parse,
            format!("{} dòng {line}: {}", self.name, vi_word(what)),
            format!("{} line {line}: {what}", self.name),
        )
    }

    fn fill(&mut self) -> Result<Option<Chunk>, Error> {
        let mut buf = self.returned.try_recv().unwrap_or_default();
        buf.clear();
        buf.append(&mut self.carry);
        // Read until a block is full or the file ends, and on (up to a
        // longest line more) until a line ends.
        let mut want = self.chunk;
        let cut = loop {
            while !self.done && buf.len() < want {
                let at = buf.len();
                buf.resize(want, 0);
                let read = loop {
                    match self.file.read(buf.get_mut(at..).unwrap_or_default()) {
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        other => break other,
                    }
                };
                match read {
                    Ok(0) => {
                        buf.truncate(at);
                        self.done = true;
                    }
                    Ok(n) => buf.truncate(at + n),
                    Err(e) => return Err(self.error(self.next_line, &e.to_string())),
                }
            }
            if self.done {
                break buf.len();
            }
            if let Some(cut) = last_line_end(&buf) {
                break cut;
            }
            if want >= self.chunk + MAX_LINE {
                return Err(self.error(
                    self.next_line,
                    &format!("a line longer than {MAX_LINE} bytes"),
                ));
            }
            want = self.chunk + MAX_LINE;
        };
        if buf.is_empty() {
            return Ok(None);
        }
        self.carry
            .extend_from_slice(buf.get(cut..).unwrap_or_default());
        buf.truncate(cut);
        let first_line = self.next_line;
        self.next_line += memchr::memchr_iter(b'\n', &buf).count() as u64;
        if self.carry.len() > MAX_LINE {
            return Err(self.error(
                self.next_line,
                &format!("a line longer than {MAX_LINE} bytes"),
            ));
        }
        Ok(Some(Chunk {
            bytes: buf,
            first_line,
        }))
    }
}

impl Iterator for Chunks {
    type Item = Result<Chunk, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done && self.carry.is_empty() {
            return None;
        }
        self.fill().transpose()
    }
}

/// Just past the last line end outside quotes.
fn last_line_end(buf: &[u8]) -> Option<usize> {
    if memchr::memchr(b'"', buf).is_none() {
        return memchr::memrchr(b'\n', buf).map(|p| p + 1);
    }
    let mut quoted = false;
    let mut cut = None;
    for p in memchr::memchr2_iter(b'"', b'\n', buf) {
        match buf.get(p) {
            Some(b'"') => quoted = !quoted,
            _ if !quoted => cut = Some(p + 1),
            _ => {}
        }
    }
    cut
}

fn thidua_shown(s: &str) -> String {
    s.chars().take(80).collect()
}

/// Calls `row` for each row of a block, in order, with its line number;
/// blank lines are skipped. `columns` is the number of fields a row has.
pub fn for_each_row(
    file: &str,
    chunk: &Chunk,
    columns: usize,
    mut row: impl FnMut(&Row<'_>) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut fields: [&[u8]; 8] = [b""; 8];
    let bad_columns = |line: u64, n: usize| {
        Error::new(
            ErrorKind::Parse,
            format!("{file} dòng {line}: {n} cột, cần {columns}"),
            format!("{file} line {line}: {n} columns, expected {columns}"),
        )
    };
    let too_long = |line: u64, what: &str, limit: usize| {
        Error::new(
            ErrorKind::Parse,
            format!("{file} dòng {line}: {} dài quá {limit} byte", vi_word(what)),
            format!("{file} line {line}: {what} longer than {limit} bytes"),
        )
    };
    let bytes = chunk.bytes.as_slice();
    if memchr::memchr(b'"', bytes).is_none() {
        // No quotes: `memchr` finds the line ends; a line's few short
        // fields are split at ','.
        let mut start = 0;
        let ends = memchr::memchr_iter(b'\n', bytes).chain([bytes.len()]);
        for (line, end) in (chunk.first_line..).zip(ends) {
            let text = bytes.get(start..end).unwrap_or_default();
            let text = text.strip_suffix(b"\r").unwrap_or(text);
            if text.len() > MAX_LINE {
                return Err(too_long(line, "a line", MAX_LINE));
            }
            if !text.is_empty() {
                let mut n = 0;
                for field in text.split(|&b| b == b',') {
                    if let Some(f) = fields.get_mut(n) {
                        *f = field;
                    }
                    n += 1;
                }
                if n != columns {
                    return Err(bad_columns(line, n));
                }
                // No field of a short line is long.
                let long = (text.len() > MAX_FIELD)
                    .then(|| fields.iter().take(n).position(|f| f.len() > MAX_FIELD))
                    .flatten();
                if let Some(long) = long {
                    return Err(too_long(line, &format!("column {}", long + 1), MAX_FIELD));
                }
                row(&Row {
                    file,
                    line,
                    fields: fields.get(..n).unwrap_or_default(),
                })?;
            }
            start = end + 1;
            if start >= bytes.len() {
                break;
            }
        }
        return Ok(());
    }
    // Quotes somewhere: the `csv` crate's own state machine reads the block.
    let mut reader = csv_core::ReaderBuilder::new().build();
    let mut input = bytes;
    let mut out = vec![0u8; MAX_LINE];
    let mut ends = [0usize; 9];
    let (mut used, mut nends) = (0, 0);
    // The line a record starts on, kept while it is read in pieces.
    let mut start: Option<u64> = None;
    loop {
        let line = *start.get_or_insert(chunk.first_line + reader.line() - 1);
        let (result, nin, nout, nend) = reader.read_record(
            input,
            out.get_mut(used..).unwrap_or_default(),
            ends.get_mut(nends..).unwrap_or_default(),
        );
        input = input.get(nin..).unwrap_or_default();
        used += nout;
        nends += nend;
        match result {
            csv_core::ReadRecordResult::InputEmpty => {}
            csv_core::ReadRecordResult::OutputFull => {
                return Err(too_long(line, "a line", MAX_LINE));
            }
            csv_core::ReadRecordResult::OutputEndsFull => {
                return Err(bad_columns(line, ends.len()));
            }
            csv_core::ReadRecordResult::Record => {
                let mut fields: [&[u8]; 8] = [b""; 8];
                let mut from = 0;
                for (f, &end) in fields.iter_mut().zip(ends.get(..nends).unwrap_or_default()) {
                    *f = out.get(from..end).unwrap_or_default();
                    from = end;
                }
                let blank = nends == 1 && used == 0;
                if !blank {
                    if nends != columns {
                        return Err(bad_columns(line, nends));
                    }
                    if let Some(long) = fields.iter().take(nends).position(|f| f.len() > MAX_FIELD)
                    {
                        return Err(too_long(line, &format!("column {}", long + 1), MAX_FIELD));
                    }
                    row(&Row {
                        file,
                        line,
                        fields: fields.get(..nends).unwrap_or_default(),
                    })?;
                }
                (used, nends, start) = (0, 0, None);
            }
            csv_core::ReadRecordResult::End => return Ok(()),
        }
    }
}

/// One row's fields, with where it was read.
#[derive(Debug)]
pub struct Row<'a> {
    file: &'a str,
    line: u64,
    fields: &'a [&'a [u8]],
}

impl Row<'_> {
    /// The fields.
    pub fn fields(&self) -> &[&[u8]] {
        self.fields
    }

    #[inline]
    fn bytes(&self, i: usize) -> &[u8] {
        self.fields.get(i).copied().unwrap_or_default()
    }

    fn text(&self, i: usize) -> Result<&str, Error> {
        std::str::from_utf8(self.bytes(i)).map_err(|_| {
            Error::new(
                ErrorKind::Parse,
                format!(
                    "{} dòng {}: cột {} không phải UTF-8",
                    self.file,
                    self.line,
                    i + 1
                ),
                format!(
                    "{} line {}: column {} is not UTF-8",
                    self.file,
                    self.line,
                    i + 1
                ),
            )
        })
    }

    fn error(&self, e: Error) -> Error {
        e.context_in(
            format!("{} dòng {}", self.file, self.line),
            format!("{} line {}", self.file, self.line),
        )
    }

    fn parse<T: std::str::FromStr>(&self, i: usize) -> Result<T, Error>
    where
        T::Err: std::fmt::Display,
    {
        let value = self.text(i)?;
        value.parse().map_err(|e| {
            Error::new(
                ErrorKind::Parse,
                format!(
                    "{} dòng {}: giá trị sai '{}' ở cột {}: {e}",
                    self.file,
                    self.line,
                    thidua_shown(value),
                    i + 1
                ),
                format!(
                    "{} line {}: bad value '{}' in column {}: {e}",
                    self.file,
                    self.line,
                    thidua_shown(value),
                    i + 1
                ),
            )
        })
    }

    /// An id: written as a plain number (no leading zero), made from the
    /// number without checking the text again; otherwise parsed.
    #[inline]
    fn id<T: From<u64> + std::str::FromStr>(&self, i: usize) -> Result<T, Error>
    where
        T::Err: std::fmt::Display,
    {
        let b = self.bytes(i);
        let plain = matches!(b, [b'1'..=b'9', ..]) && b.len() <= 18;
        match b.iter().try_fold(0u64, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u64::from(c - b'0'))
        }) {
            Some(n) if plain => Ok(T::from(n)),
            _ => self.parse(i),
        }
    }

    /// An unsigned decimal number below 10⁹, read from ASCII digits.
    #[inline]
    fn digits(&self, i: usize) -> Option<u32> {
        let b = self.bytes(i);
        if b.is_empty() || b.len() > 9 {
            return None;
        }
        b.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    }

    fn bad(&self, i: usize, what: &str) -> Error {
        Error::new(
            ErrorKind::Parse,
            format!(
                "{} dòng {}: {} sai '{}' ở cột {}",
                self.file,
                self.line,
                vi_word(what),
                thidua_shown(&String::from_utf8_lossy(self.bytes(i))),
                i + 1
            ),
            format!(
                "{} line {}: bad {what} '{}' in column {}",
                self.file,
                self.line,
                thidua_shown(&String::from_utf8_lossy(self.bytes(i))),
                i + 1
            ),
        )
    }

    /// A count of at most 255.
    #[inline]
    fn small(&self, i: usize) -> Result<u8, Error> {
        self.digits(i)
            .and_then(|n| u8::try_from(n).ok())
            .ok_or_else(|| self.bad(i, "count"))
    }

    /// A year.
    #[inline]
    fn year(&self, i: usize) -> Result<i32, Error> {
        self.digits(i)
            .and_then(|n| i32::try_from(n).ok())
            .ok_or_else(|| self.bad(i, "year"))
    }

    /// A date written YYYY-MM-DD.
    #[inline]
    fn date(&self, i: usize) -> Result<NaiveDate, Error> {
        let b = self.bytes(i);
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            b.get(r)?.iter().try_fold(0u32, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        let date = (b.len() == 10 && b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-'))
            .then(|| {
                NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
            })
            .flatten();
        date.ok_or_else(|| self.bad(i, "date"))
    }

    #[inline]
    fn rating(&self, i: usize) -> Result<Rating, Error> {
        match self.bytes(i) {
            b"HTXS" => Ok(Rating::Excellent),
            b"HTT" => Ok(Rating::Good),
            b"HT" => Ok(Rating::Completed),
            b"KHT" => Ok(Rating::NotCompleted),
            other => Err(Error::new(
                ErrorKind::UnknownName,
                format!(
                    "{} dòng {}: không rõ xếp loại '{}' (HTXS, HTT, HT hoặc KHT)",
                    self.file,
                    self.line,
                    thidua_shown(&String::from_utf8_lossy(other))
                ),
                format!(
                    "{} line {}: unknown rating '{}' (HTXS, HTT, HT or KHT)",
                    self.file,
                    self.line,
                    thidua_shown(&String::from_utf8_lossy(other))
                ),
            )),
        }
    }

    fn flag(&self, i: usize) -> Result<bool, Error> {
        match self.bytes(i) {
            b"1" => Ok(true),
            b"0" => Ok(false),
            other => Err(Error::new(
                ErrorKind::Parse,
                format!(
                    "{} dòng {}: '{}' không phải 0 hoặc 1",
                    self.file,
                    self.line,
                    thidua_shown(&String::from_utf8_lossy(other))
                ),
                format!(
                    "{} line {}: '{}' is not 0 or 1",
                    self.file,
                    self.line,
                    thidua_shown(&String::from_utf8_lossy(other))
                ),
            )),
        }
    }
}

/// The Vietnamese of the few English words the readers' messages name.
fn vi_word(what: &str) -> String {
    if let Some(n) = what.strip_prefix("column ") {
        return format!("cột {n}");
    }
    if let Some(rest) = what.strip_prefix("a line longer than ") {
        return format!("một dòng dài quá {}", rest.replace("bytes", "byte"));
    }
    match what {
        "a line" => "một dòng",
        "score" => "điểm",
        "count" => "số",
        "year" => "năm",
        "date" => "ngày",
        other => other,
    }
    .to_string()
}
