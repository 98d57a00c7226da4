//! Loading a large population in bulk, in any order, on several threads.
//!
//! A caller's reader cuts its input into chunks (a block of CSV lines, a
//! page of a spreadsheet, a batch of rows from a database cursor) and says
//! how to parse one chunk into a batch; [`Population::load_people`] and
//! [`Population::load_records`] parse the chunks on several threads and add
//! the batches in the order of the chunks, so that the result, and the
//! error named, do not depend on the threads.
//!
//! The work that does not parallelise stays small: a batch of people has
//! its collectives looked up where it is parsed; records need no person to
//! be parsed ([`ParsedRecords::parse`], which may run while the people are
//! read), and are added ([`Population::add_records`]) on every thread:
//! each batch's people found through the id index and its records grouped
//! by bucket of people (a counting sort over the people's indexes), then
//! each bucket written into its people's slots, finding two records of one
//! person and year wherever they are.

use std::collections::BTreeMap;
use std::num::NonZeroUsize;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, sync_channel};

use crate::collectives::Collective;
use crate::error::{Error, ErrorKind, Result};
use crate::id::UnitId;

use std::ops::RangeInclusive;

use super::index::{IdIndex, plain_number};
use super::storage::{
    PersonEntry, Population, Row, Slot, YearEntry, find_collective, find_row, push_row,
};

/// People parsed from one chunk, for [`Population::load_people`]: each
/// person's collective is looked up as it is pushed.
#[derive(Debug)]
pub struct PeopleBatch<'p> {
    source: &'p str,
    collectives: &'p [Collective],
    index: &'p IdIndex,
    rows: Vec<(u64, Row)>,
    /// The collective of the last person pushed, and its position.
    last: Option<(UnitId, u32)>,
}

impl PeopleBatch<'_> {
    /// Adds a person read on `line` of the source.
    ///
    /// # Errors
    ///
    /// A collective the population does not have, named with the source,
    /// the line and the person.
    pub fn push(&mut self, line: u64, person: PersonEntry) -> Result<()> {
        // People usually come collective by collective: the last person's
        // collective is tried before the index.
        let same = self
            .last
            .as_ref()
            .filter(|(id, _)| *id == person.collective)
            .map(|(_, c)| *c);
        let collective = match same {
            Some(c) => c,
            None => find_collective(self.collectives, self.index, person.collective.as_bytes())
                .ok_or_else(|| {
                    Error::new(
                        ErrorKind::UnknownReference,
                        format!(
                            "{} dòng {line}: người '{}' thuộc tập thể không rõ '{}'",
                            self.source, person.id, person.collective
                        ),
                        format!(
                            "{} line {line}: person '{}' belongs to unknown collective '{}'",
                            self.source, person.id, person.collective
                        ),
                    )
                })?,
        };
        if same.is_none() {
            self.last = Some((person.collective.clone(), collective));
        }
        self.rows.push((
            line,
            Row {
                id: person.id,
                service_start: person.service_start,
                collective,
                score: person.score,
                category: person.category,
            },
        ));
        Ok(())
    }

    /// How many people the batch holds.
    #[must_use]
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether the batch is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// One record of a batch: whose, which year of the window, what, and where
/// it was read (16 bytes: the line in 40 bits).
#[derive(Clone, Copy, Debug)]
struct Record {
    /// Until the batch is resolved: the number of a plain-number id
    /// (`DIRECT`) or the place of the id in the batch's `ids` (`NAMED`);
    /// then the person's position.
    person: u32,
    line: [u8; 5],
    offset: u8,
    entry: YearEntry,
}

impl Record {
    #[inline]
    fn line(&self) -> u64 {
        let [a, b, c, d, e] = self.line;
        u64::from_le_bytes([a, b, c, d, e, 0, 0, 0])
    }
}

/// A line number in 40 bits (a trillion lines; past that, the last).
#[inline]
fn line40(line: u64) -> [u8; 5] {
    let [a, b, c, d, e, ..] = line.min((1 << 40) - 1).to_le_bytes();
    [a, b, c, d, e]
}

/// The mark on a record's offset while its person is a plain number.
const DIRECT: u8 = 0x80;
/// The mark on a record's offset while its person is an id kept in the
/// batch's `ids`.
const NAMED: u8 = 0x40;

/// People a bucket of records covers: their slots fit a core's cache.
const BUCKET_PEOPLE: usize = 1 << 14;

/// Yearly records parsed from one chunk, for [`ParsedRecords::parse`] and
/// [`Population::load_records`]. Parsing needs no person: each record's
/// person is found when the records are added, so that records can be
/// parsed while the people are still being read.
#[derive(Debug)]
pub struct RecordBatch<'s> {
    source: &'s str,
    first_year: i32,
    span: usize,
    records: Vec<Record>,
    /// The ids that are not plain numbers, one after another, and where
    /// each ends.
    ids: Vec<u8>,
    id_ends: Vec<usize>,
    /// Where each bucket's records end, once resolved and grouped.
    bucket_ends: Vec<usize>,
}

impl RecordBatch<'_> {
    /// Adds the record of the person whose id is written `person` (the
    /// bytes of the id, as a `&str` or a `&[u8]`), for `year`, read on
    /// `line` of the source.
    ///
    /// # Errors
    ///
    /// A year outside the population's window, named with the source, the
    /// line and the person. (A person the population does not have is
    /// found when the records are added.)
    pub fn push(
        &mut self,
        line: u64,
        person: impl AsRef<[u8]>,
        year: i32,
        entry: YearEntry,
    ) -> Result<()> {
        let id = person.as_ref();
        let offset = usize::try_from(i64::from(year) - i64::from(self.first_year))
            .ok()
            .filter(|&o| o < self.span)
            .and_then(|o| u8::try_from(o).ok())
            .ok_or_else(|| {
                Error::out_of_range(format!(
                    "{} dòng {line}: người '{}': năm {year} nằm ngoài các năm của danh sách {}..={}",
                    self.source,
                    crate::text::shown(&String::from_utf8_lossy(id)),
                    self.first_year,
                    self.first_year + self.span as i32 - 1
                ),format!(
                    "{} line {line}: person '{}': year {year} is outside the population's years {}..={}",
                    self.source,
                    crate::text::shown(&String::from_utf8_lossy(id)),
                    self.first_year,
                    self.first_year + self.span as i32 - 1
                ))
            })?;
        let number = plain_number(id).and_then(|n| u32::try_from(n).ok());
        let (person, mark) = match number {
            Some(n) => (n, DIRECT),
            None => {
                self.ids.extend_from_slice(id);
                self.id_ends.push(self.ids.len());
                (
                    u32::try_from(self.id_ends.len() - 1).unwrap_or(u32::MAX),
                    NAMED,
                )
            }
        };
        self.records.push(Record {
            person,
            line: line40(line),
            offset: offset | mark,
            entry,
        });
        Ok(())
    }

    /// How many records the batch holds.
    #[must_use]
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether the batch is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The id kept at `k`.
    fn id(&self, k: u32) -> &[u8] {
        let k = k as usize;
        let start = match k.checked_sub(1) {
            Some(j) => self.id_ends.get(j).copied().unwrap_or(0),
            None => 0,
        };
        let end = self.id_ends.get(k).copied().unwrap_or(start);
        self.ids.get(start..end).unwrap_or_default()
    }

    /// Finds each record's person among `rows`, then groups the records
    /// by bucket of people (a stable counting sort: each bucket keeps the
    /// order read).
    fn resolve(&mut self, rows: &[Row], index: &IdIndex) -> Result<()> {
        // Plain numbers first, in one pass: the reads of the direct table
        // overlap.
        let mut unknown: Option<(u64, String)> = None;
        let mut buffer = [0u8; 10];
        for r in &mut self.records {
            if r.offset & DIRECT == 0 {
                continue;
            }
            r.offset &= !DIRECT;
            let found = match index.direct(r.person) {
                Some(p) => Some(p),
                // A number past the direct table is hashed under its text,
                // which a plain number has exactly one of.
                None => find_row(rows, index, write_number(&mut buffer, r.person)),
            };
            match found {
                Some(p) => r.person = p,
                None => {
                    let line = r.line();
                    if unknown.as_ref().is_none_or(|(l, _)| line < *l) {
                        unknown = Some((line, r.person.to_string()));
                    }
                }
            }
        }
        // The others through the hash table, trying the person after the
        // last one first: records usually come person by person.
        let mut cursor = 0usize;
        for k in 0..self.records.len() {
            let Some(&r) = self.records.get(k) else { break };
            if r.offset & NAMED == 0 {
                continue;
            }
            let id = self.id(r.person);
            let is = |i: usize| rows.get(i).is_some_and(|row| row.id.as_bytes() == id);
            let found = if is(cursor) {
                Some(cursor)
            } else if is(cursor + 1) {
                Some(cursor + 1)
            } else {
                find_row(rows, index, id).map(|p| p as usize)
            };
            match found {
                Some(p) => {
                    cursor = p;
                    if let Some(r) = self.records.get_mut(k) {
                        r.person = u32::try_from(p).unwrap_or(u32::MAX);
                        r.offset &= !NAMED;
                    }
                }
                None => {
                    let line = r.line();
                    if unknown.as_ref().is_none_or(|(l, _)| line < *l) {
                        let shown = crate::text::shown(&String::from_utf8_lossy(id)).to_string();
                        unknown = Some((line, shown));
                    }
                }
            }
        }
        if let Some((line, id)) = unknown {
            return Err(Error::new(
                ErrorKind::UnknownReference,
                format!("{} dòng {line}: không rõ người '{id}'", self.source),
                format!("{} line {line}: unknown person '{id}'", self.source),
            ));
        }
        self.ids = Vec::new();
        self.id_ends = Vec::new();
        self.group(rows.len());
        Ok(())
    }

    /// Groups the records by bucket of people, keeping the order read in
    /// each bucket.
    fn group(&mut self, people: usize) {
        let buckets = people.div_ceil(BUCKET_PEOPLE).max(1);
        let bucket = |r: &Record| (r.person as usize / BUCKET_PEOPLE).min(buckets - 1);
        let mut ends = vec![0usize; buckets];
        for r in &self.records {
            if let Some(n) = ends.get_mut(bucket(r)) {
                *n += 1;
            }
        }
        let mut at = 0;
        let mut starts = ends.clone();
        for (s, e) in starts.iter_mut().zip(ends.iter_mut()) {
            *s = at;
            at += *e;
            *e = at;
        }
        // Records that come person by person are in order already.
        let sorted = self.records.windows(2).all(|w| match w {
            [a, b] => bucket(a) <= bucket(b),
            _ => true,
        });
        if !sorted {
            let mut grouped = self.records.clone();
            for r in &self.records {
                if let Some(s) = starts.get_mut(bucket(r)) {
                    if let Some(out) = grouped.get_mut(*s) {
                        *out = *r;
                    }
                    *s += 1;
                }
            }
            self.records = grouped;
        }
        self.bucket_ends = ends;
    }

    /// The records of bucket `b`.
    fn bucket(&self, b: usize) -> &[Record] {
        let start = match b.checked_sub(1) {
            Some(a) => self.bucket_ends.get(a).copied().unwrap_or(0),
            None => 0,
        };
        let end = self.bucket_ends.get(b).copied().unwrap_or(start);
        self.records.get(start..end).unwrap_or_default()
    }
}

/// The decimal text of `n`, written at the end of `buffer`.
fn write_number(buffer: &mut [u8; 10], n: u32) -> &[u8] {
    let mut n = n;
    let mut at = buffer.len();
    loop {
        at -= 1;
        if let Some(b) = buffer.get_mut(at) {
            *b = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    buffer.get(at..).unwrap_or_default()
}

/// Yearly records parsed from their source, not yet added to a population
/// ([`ParsedRecords::parse`], then [`Population::add_records`]): so that
/// the records can be parsed while the people are still being read.
#[derive(Debug)]
pub struct ParsedRecords<'s> {
    source: &'s str,
    first_year: i32,
    span: usize,
    threads: NonZeroUsize,
    batches: Vec<RecordBatch<'s>>,
}

impl<'s> ParsedRecords<'s> {
    /// Parses yearly records of the years `years` in bulk: `chunks` (from
    /// any source, in order) are parsed by `parse` on `threads` threads
    /// into [`RecordBatch`]es, kept in the order of the chunks. `source`
    /// names the input in errors (`"records.csv"`).
    ///
    /// # Errors
    ///
    /// The first error in the order of the chunks: a chunk's own or the
    /// parser's (a year outside `years` among them).
    ///
    /// # Example
    ///
    /// Records parsed on one thread while the people are added on
    /// another.
    ///
    /// ```
    /// use std::num::NonZeroUsize;
    /// use chrono::NaiveDate;
    /// use thidua::{Collective, PersonCategory, Population, Rating};
    /// use thidua::population::{ParsedRecords, PersonEntry, YearEntry};
    ///
    /// let mut pop = Population::new(2021..=2021)?;
    /// pop.add_collective(Collective::new("C".parse()?, ""))?;
    /// let good = YearEntry { rating: Some(Rating::Good), ..YearEntry::default() };
    /// let lines = [(2u64, "2"), (3, "1")];
    /// let two = NonZeroUsize::new(2).unwrap();
    /// let (parsed, added) = std::thread::scope(|s| {
    ///     let parsed = s.spawn(|| {
    ///         ParsedRecords::parse(2021..=2021, "records.csv", two, lines.chunks(1).map(Ok), |chunk, batch| {
    ///             batch.push(chunk[0].0, chunk[0].1, 2021, good)
    ///         })
    ///     });
    ///     let start = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
    ///     let added = ["1", "2"].into_iter().try_for_each(|id| {
    ///         let person = PersonEntry { id: id.parse()?, category: PersonCategory::Worker, service_start: start, collective: "C".parse()?, score: 0 };
    ///         pop.add_person(person).map(drop)
    ///     });
    ///     (parsed.join().unwrap(), added)
    /// });
    /// added?;
    /// pop.add_records(parsed?)?;
    /// assert_eq!(pop.year_entry(0, 2021), Some(good));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn parse<C, I, F>(
        years: RangeInclusive<i32>,
        source: &'s str,
        threads: NonZeroUsize,
        chunks: I,
        parse: F,
    ) -> Result<ParsedRecords<'s>>
    where
        C: Send,
        I: IntoIterator<Item = Result<C>>,
        I::IntoIter: Send,
        F: Fn(C, &mut RecordBatch<'_>) -> Result<()> + Sync,
    {
        let (first_year, last) = (*years.start(), *years.end());
        let span = usize::try_from(i64::from(last) - i64::from(first_year) + 1)
            .ok()
            .filter(|&n| (1..=16).contains(&n))
            .ok_or_else(|| {
                Error::out_of_range(
                    format!("bản ghi được giữ từ 1 đến 16 năm, không phải {first_year}..={last}"),
                    format!("records are kept for 1 to 16 years, not {first_year}..={last}"),
                )
            })?;
        // A batch is about as large as the one before: room for it at once.
        let size = AtomicUsize::new(0);
        let make = || RecordBatch {
            source,
            first_year,
            span,
            records: Vec::with_capacity(size.load(Ordering::Relaxed)),
            ids: Vec::new(),
            id_ends: Vec::new(),
            bucket_ends: Vec::new(),
        };
        let mut batches = Vec::new();
        let keep = |batch: RecordBatch<'s>| {
            size.fetch_max(batch.records.len(), Ordering::Relaxed);
            batches.push(batch);
            Ok(())
        };
        drive(threads, chunks.into_iter(), make, parse, keep)?;
        Ok(ParsedRecords {
            source,
            first_year,
            span,
            threads,
            batches,
        })
    }

    /// How many records.
    #[must_use]
    pub fn len(&self) -> usize {
        self.batches.iter().map(RecordBatch::len).sum()
    }

    /// Whether there is none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.batches.iter().all(RecordBatch::is_empty)
    }
}

impl Population {
    /// Adds people in bulk: `chunks` (from any source, in order) are parsed
    /// by `parse` on `threads` threads into [`PeopleBatch`]es, which are
    /// added in the order of the chunks. People may come in any order;
    /// their indexes are the order of the chunks and of the pushes within
    /// each. `source` names the input in errors (`"people.csv"`).
    ///
    /// The chunks are pulled on a thread of their own; at most a few
    /// chunks per thread are held at once, and at most 64 threads parse.
    ///
    /// # Errors
    ///
    /// The first error in the order of the chunks: a chunk's own, the
    /// parser's, or a person given twice (named with the source, the line
    /// of the second and the id). The people of the batches before it are
    /// added.
    ///
    /// # Example
    ///
    /// ```
    /// use std::num::NonZeroUsize;
    /// use chrono::NaiveDate;
    /// use thidua::{Bilingual, Collective, PersonCategory, Population};
    /// use thidua::population::PersonEntry;
    ///
    /// let mut pop = Population::new(2021..=2021)?;
    /// pop.add_collective(Collective::new("C".parse()?, ""))?;
    /// // Lines of "id,collective", cut into chunks of two lines.
    /// let text = "3,C\n1,C\n2,C\n";
    /// let lines: Vec<(u64, &str)> = (1..).zip(text.lines()).collect();
    /// let chunks = lines.chunks(2).map(Ok);
    /// let start = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
    /// pop.load_people("people.csv", NonZeroUsize::new(2).unwrap(), chunks, |chunk, batch| {
    ///     for &(line, text) in chunk {
    ///         let (id, collective) = text.split_once(',').unwrap();
    ///         let person = PersonEntry { id: id.parse()?, category: PersonCategory::Worker, service_start: start, collective: collective.parse()?, score: 0 };
    ///         batch.push(line, person)?;
    ///     }
    ///     Ok(())
    /// })?;
    /// assert_eq!(pop.len(), 3);
    /// assert_eq!(pop.position_of("1"), Some(1));
    ///
    /// // A person given twice is named with the line of the second.
    /// let again = [Ok(&[(4u64, "1,C")][..])];
    /// let e = pop.load_people("people.csv", NonZeroUsize::MIN, again, |chunk, batch| {
    ///     let person = PersonEntry { id: "1".parse()?, category: PersonCategory::Worker, service_start: start, collective: "C".parse()?, score: 0 };
    ///     batch.push(chunk[0].0, person)
    /// }).unwrap_err();
    /// assert_eq!(e.en(), "people.csv line 4: person '1' is given twice");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn load_people<C, I, F>(
        &mut self,
        source: &str,
        threads: NonZeroUsize,
        chunks: I,
        parse: F,
    ) -> Result<()>
    where
        C: Send,
        I: IntoIterator<Item = Result<C>>,
        I::IntoIter: Send,
        F: Fn(C, &mut PeopleBatch<'_>) -> Result<()> + Sync,
    {
        let Population {
            span,
            rows,
            slots,
            people_index,
            collectives,
            collective_index,
            ..
        } = self;
        let (collectives, collective_index, span) = (&*collectives, &*collective_index, *span);
        // A batch is about as large as the one before: room for it at once.
        let size = AtomicUsize::new(0);
        let make = || PeopleBatch {
            source,
            collectives,
            index: collective_index,
            rows: Vec::with_capacity(size.load(Ordering::Relaxed)),
            last: None,
        };
        let apply = |batch: PeopleBatch<'_>| {
            size.fetch_max(batch.rows.len(), Ordering::Relaxed);
            rows.reserve(batch.rows.len());
            for (line, row) in batch.rows {
                push_row(rows, people_index, row).map_err(|e| {
                    e.context_in(
                        format!("{source} dòng {line}"),
                        format!("{source} line {line}"),
                    )
                })?;
            }
            slots.resize(rows.len().saturating_mul(span), Slot::default());
            Ok(())
        };
        drive(threads, chunks.into_iter(), make, parse, apply)
    }

    /// Adds yearly records in bulk: `chunks` (from any source, in order)
    /// are parsed by `parse` on `threads` threads into [`RecordBatch`]es
    /// ([`ParsedRecords::parse`]), then added ([`add_records`](Population::add_records)).
    /// Records may come in any order (by person, by year, shuffled).
    /// `source` names the input in errors (`"records.csv"`).
    ///
    /// # Errors
    ///
    /// As [`ParsedRecords::parse`], then as [`add_records`](Population::add_records).
    ///
    /// # Example
    ///
    /// ```
    /// use std::num::NonZeroUsize;
    /// use chrono::NaiveDate;
    /// use thidua::{Bilingual, Collective, PersonCategory, Population, Rating};
    /// use thidua::population::{PersonEntry, YearEntry};
    ///
    /// let mut pop = Population::new(2020..=2021)?;
    /// pop.add_collective(Collective::new("C".parse()?, ""))?;
    /// let start = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
    /// for id in ["1", "2"] {
    ///     pop.add_person(PersonEntry { id: id.parse()?, category: PersonCategory::Worker, service_start: start, collective: "C".parse()?, score: 0 })?;
    /// }
    /// // "person,year", grouped by year, one chunk a line.
    /// let lines = ["1,2020", "2,2020", "2,2021", "1,2021", "1,2020"];
    /// let chunks = (1u64..).zip(lines).map(Ok);
    /// let good = YearEntry { rating: Some(Rating::Good), ..YearEntry::default() };
    /// let e = pop.load_records("records.csv", NonZeroUsize::new(2).unwrap(), chunks, |(line, text), batch| {
    ///     let (id, year) = text.split_once(',').unwrap();
    ///     batch.push(line, id, year.parse().unwrap(), good)
    /// }).unwrap_err();
    /// assert_eq!(e.en(), "records.csv line 5: person '1': two records for 2020");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn load_records<C, I, F>(
        &mut self,
        source: &str,
        threads: NonZeroUsize,
        chunks: I,
        parse: F,
    ) -> Result<()>
    where
        C: Send,
        I: IntoIterator<Item = Result<C>>,
        I::IntoIter: Send,
        F: Fn(C, &mut RecordBatch<'_>) -> Result<()> + Sync,
    {
        let parsed = ParsedRecords::parse(self.years(), source, threads, chunks, parse)?;
        self.add_records(parsed)
    }

    /// Adds records parsed by [`ParsedRecords::parse`], on the threads
    /// they were parsed with: each record's person is found through the id
    /// index, the records are grouped by person in cache-sized buckets (a
    /// counting sort over the people's indexes, each bucket in the order
    /// read), and each bucket is written into its people's slots.
    ///
    /// # Errors
    ///
    /// Records of other years than the population's; a person the
    /// population does not have (the first in the order read); two records
    /// of one person for one year, the second of which comes first in the
    /// order read, named with the source, its line, the person and the
    /// year. Nothing is added then, except the slots of the buckets
    /// written before a duplicate was found.
    ///
    /// # Example
    ///
    /// See [`ParsedRecords::parse`].
    pub fn add_records(&mut self, parsed: ParsedRecords<'_>) -> Result<()> {
        let ParsedRecords {
            source,
            first_year,
            span,
            threads,
            batches,
        } = parsed;
        if first_year != self.first_year || span != self.span {
            return Err(Error::new(
                ErrorKind::Conflict,
                format!(
                    "{source}: bản ghi các năm {first_year}..={} cho danh sách các năm {}..={}",
                    first_year + span as i32 - 1,
                    self.first_year,
                    self.last_year()
                ),
                format!(
                    "{source}: records of {first_year}..={} for a population of {}..={}",
                    first_year + span as i32 - 1,
                    self.first_year,
                    self.last_year()
                ),
            ));
        }
        let Population {
            rows,
            slots,
            people_index,
            ..
        } = self;
        let (rows, index) = (&*rows, &*people_index);
        // Each batch's people found and its records grouped, on every
        // thread; the first batch in error names its first unknown person.
        let resolved = in_parallel(threads, batches, |mut batch| {
            batch.resolve(rows, index).map(|()| batch)
        });
        let batches = resolved.into_iter().collect::<Result<Vec<_>>>()?;
        // Then bucket by bucket, on every thread: each bucket's records, in
        // the order read, into its people's slots.
        let slots_per_bucket = BUCKET_PEOPLE.saturating_mul(span).max(1);
        let work: Vec<(usize, &mut [Slot])> =
            slots.chunks_mut(slots_per_bucket).enumerate().collect();
        let batches = &batches;
        let write = |(b, slots): (usize, &mut [Slot])| {
            let first = b.saturating_mul(slots_per_bucket);
            for batch in batches {
                for r in batch.bucket(b) {
                    let at = (r.person as usize)
                        .saturating_mul(span)
                        .saturating_add(usize::from(r.offset))
                        .saturating_sub(first);
                    match slots.get_mut(at) {
                        Some(slot) if !slot.present => {
                            *slot = Slot {
                                present: true,
                                entry: r.entry,
                            };
                        }
                        _ => return Some(*r),
                    }
                }
            }
            None
        };
        // The first second record in the order read: within a bucket the
        // first found, across buckets the earliest line.
        let twice = in_parallel(threads, work, write)
            .into_iter()
            .flatten()
            .min_by_key(Record::line);
        match twice {
            None => Ok(()),
            Some(r) => {
                let id = rows.get(r.person as usize).map(|r| r.id.as_str());
                Err(Error::new(
                    ErrorKind::Duplicate,
                    format!(
                        "{source} dòng {}: người '{}': hai bản ghi cho năm {}",
                        r.line(),
                        id.unwrap_or_default(),
                        first_year + i32::from(r.offset)
                    ),
                    format!(
                        "{source} line {}: person '{}': two records for {}",
                        r.line(),
                        id.unwrap_or_default(),
                        first_year + i32::from(r.offset)
                    ),
                ))
            }
        }
    }
}

/// `job` over every item of `work`, on up to `threads` threads, the
/// results in the order of the items.
fn in_parallel<T: Send, R: Send>(
    threads: NonZeroUsize,
    work: Vec<T>,
    job: impl Fn(T) -> R + Sync,
) -> Vec<R> {
    let n = work.len();
    let threads = threads.get().min(MAX_WORKERS);
    let per = n.div_ceil(threads).max(1);
    if threads == 1 || n <= 1 {
        return work.into_iter().map(job).collect();
    }
    let mut parts: Vec<Vec<T>> = Vec::new();
    let mut work = work.into_iter();
    loop {
        let part: Vec<T> = work.by_ref().take(per).collect();
        if part.is_empty() {
            break;
        }
        parts.push(part);
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| {
                let job = &job;
                s.spawn(move || part.into_iter().map(job).collect::<Vec<R>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// A chunk (or what went wrong reading it) and its place in the input.
type Numbered<C> = (u64, Result<C>);

/// The most threads a bulk load starts to parse.
const MAX_WORKERS: usize = 64;

/// Pulls `chunks` on one thread, parses them with `parse` into batches
/// made by `make` on `threads` threads, and gives the batches to `apply`
/// in the order of the chunks, on the calling thread. The first error in
/// that order stops everything.
fn drive<C, B, I>(
    threads: NonZeroUsize,
    chunks: I,
    make: impl Fn() -> B + Sync,
    parse: impl Fn(C, &mut B) -> Result<()> + Sync,
    mut apply: impl FnMut(B) -> Result<()>,
) -> Result<()>
where
    C: Send,
    B: Send,
    I: Iterator<Item = Result<C>> + Send,
{
    let parsed = |chunk: Result<C>| {
        chunk.and_then(|c| {
            let mut batch = make();
            parse(c, &mut batch).map(|()| batch)
        })
    };
    // More threads than chunks in flight would only wait: a huge `threads`
    // (`usize::MAX`) starts at most `MAX_WORKERS`.
    let workers = threads.get().min(MAX_WORKERS);
    if workers == 1 {
        for chunk in chunks {
            apply(parsed(chunk)?)?;
        }
        return Ok(());
    }
    // A few chunks waiting per thread keep every thread busy, and bound
    // what is held at once.
    let depth = workers.saturating_mul(2);
    let (to_parse, tasks) = sync_channel::<Numbered<C>>(depth);
    // Workers share the queue; the first to stop closes it, so that the
    // reader stops too.
    let tasks: Mutex<Option<Receiver<Numbered<C>>>> = Mutex::new(Some(tasks));
    std::thread::scope(|s| {
        let (to_apply, done) = sync_channel::<(u64, Result<B>)>(depth);
        s.spawn(move || {
            for (seq, chunk) in (0u64..).zip(chunks) {
                let failed = chunk.is_err();
                if to_parse.send((seq, chunk)).is_err() || failed {
                    break;
                }
            }
        });
        for _ in 0..workers {
            let (tasks, to_apply, parsed) = (&tasks, to_apply.clone(), &parsed);
            s.spawn(move || {
                loop {
                    let next = match tasks.lock() {
                        Ok(queue) => queue.as_ref().and_then(|q| q.recv().ok()),
                        Err(_) => None,
                    };
                    let Some((seq, chunk)) = next else { break };
                    if to_apply.send((seq, parsed(chunk))).is_err() {
                        break;
                    }
                }
                // Nobody takes more work: let the reader stop.
                if let Ok(mut queue) = tasks.lock() {
                    queue.take();
                }
            });
        }
        drop(to_apply);
        let mut waiting: BTreeMap<u64, Result<B>> = BTreeMap::new();
        let mut next = 0u64;
        let mut outcome = Ok(());
        'received: for (seq, batch) in done.iter() {
            waiting.insert(seq, batch);
            while let Some(batch) = waiting.remove(&next) {
                next += 1;
                if let Err(e) = batch.and_then(&mut apply) {
                    outcome = Err(e);
                    break 'received;
                }
            }
        }
        // Dropping the receiver stops the workers, and through them the
        // reader.
        drop(done);
        outcome
    })
}
