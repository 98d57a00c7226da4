//! Loading a large population in bulk, in any order, on several threads.
//!
//! A caller's reader cuts its input into chunks (a block of CSV lines, a
//! page of a spreadsheet, a batch of rows from a database cursor) and says
//! how to parse one chunk into a batch; [`Population::load_people`] and
//! [`Population::load_records`] parse the chunks on several threads and add
//! the batches in the order of the chunks, so that the result, and the
//! first error, do not depend on the threads.
//!
//! The work that does not parallelise stays small: a batch of people has
//! its collectives looked up where it is parsed, and a batch of records
//! has its people looked up where it is parsed, through the population's
//! id index; adding a batch of records only writes each record into its
//! person's slot for the year (a counting sort over the people's dense
//! indices), finding two records of one person and year wherever they are.

use std::collections::BTreeMap;
use std::num::NonZeroUsize;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, sync_channel};

use crate::collectives::Collective;
use crate::error::{Error, ErrorKind, Result};
use crate::id::UnitId;

use super::index::IdIndex;
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
    person: u32,
    line: [u8; 5],
    offset: u8,
    entry: YearEntry,
}

impl Record {
    fn line(&self) -> u64 {
        let [a, b, c, d, e] = self.line;
        u64::from_le_bytes([a, b, c, d, e, 0, 0, 0])
    }
}

/// A line number in 40 bits (a trillion lines; past that, the last).
fn line40(line: u64) -> [u8; 5] {
    let [a, b, c, d, e, ..] = line.min((1 << 40) - 1).to_le_bytes();
    [a, b, c, d, e]
}

/// The mark on a record's offset while its person is a number not yet
/// looked up.
const DIRECT: u8 = 0x80;

/// People a bucket of records covers: their slots fit a core's cache.
const BUCKET_PEOPLE: usize = 1 << 14;

/// Yearly records parsed from one chunk, for [`Population::load_records`]:
/// each record's person is looked up as it is pushed.
#[derive(Debug)]
pub struct RecordBatch<'p> {
    source: &'p str,
    rows: &'p [Row],
    index: &'p IdIndex,
    first_year: i32,
    span: usize,
    records: Vec<Record>,
    /// The person of the last record: records usually come person by
    /// person, in the order of the people.
    cursor: usize,
    /// Where each bucket's records end, once sorted by bucket (empty if
    /// they are not).
    bucket_ends: Vec<usize>,
}

impl RecordBatch<'_> {
    /// Adds the record of the person whose id is written `person` (the
    /// bytes of the id, as a `&str` or a `&[u8]`), for `year`, read on
    /// `line` of the source.
    ///
    /// # Errors
    ///
    /// A person the population does not have, or a year outside its
    /// window, named with the source and the line.
    pub fn push(
        &mut self,
        line: u64,
        person: impl AsRef<[u8]>,
        year: i32,
        entry: YearEntry,
    ) -> Result<()> {
        let id = person.as_ref();
        let shown = || crate::text::shown(&String::from_utf8_lossy(id)).to_string();
        let offset = usize::try_from(i64::from(year) - i64::from(self.first_year))
            .ok()
            .filter(|&o| o < self.span)
            .and_then(|o| u8::try_from(o).ok())
            .ok_or_else(|| {
                Error::out_of_range(format!(
                    "{} line {line}: person '{}': year {year} is outside the population's years {}..={}",
                    self.source,
                    shown(),
                    self.first_year,
                    self.first_year + self.span as i32 - 1
                ))
            })?;
        if let Some(n) = self.index.direct_number(id) {
            // A plain number: its position is read when the batch is done,
            // with the others, whatever the order.
            self.records.push(Record {
                person: n,
                line: line40(line),
                offset: offset | DIRECT,
                entry,
            });
            return Ok(());
        }
        let is = |i: usize| self.rows.get(i).is_some_and(|r| r.id.as_bytes() == id);
        let at = if is(self.cursor) {
            Some(self.cursor)
        } else if is(self.cursor + 1) {
            Some(self.cursor + 1)
        } else {
            find_row(self.rows, self.index, id).map(|p| p as usize)
        };
        let Some(at) = at else {
            return Err(Error::new(
                ErrorKind::UnknownReference,
                format!("{} line {line}: unknown person '{}'", self.source, shown()),
            ));
        };
        self.cursor = at;
        self.records.push(Record {
            // `at` is a row of the population, whose positions are u32.
            person: u32::try_from(at).unwrap_or(u32::MAX),
            line: line40(line),
            offset,
            entry,
        });
        Ok(())
    }

    /// Reads the positions of the records pushed by number; the first of
    /// an unknown person is refused.
    fn settle(&mut self) -> Result<()> {
        let mut unknown: Option<Record> = None;
        for r in &mut self.records {
            if r.offset & DIRECT == 0 {
                continue;
            }
            r.offset &= !DIRECT;
            match self.index.direct(r.person) {
                Some(p) => r.person = p,
                None => {
                    unknown.get_or_insert(*r);
                }
            }
        }
        if unknown.is_none() {
            self.group();
        }
        match unknown {
            None => Ok(()),
            Some(r) => Err(Error::new(
                ErrorKind::UnknownReference,
                // A plain number is written the way it prints.
                format!(
                    "{} line {}: unknown person '{}'",
                    self.source,
                    r.line(),
                    r.person
                ),
            )),
        }
    }

    /// Whether the records stay among a few people (they come person by
    /// person, or year by year): they are then written as they come.
    fn local(&self) -> bool {
        let (lo, hi) = self
            .records
            .iter()
            .fold((u32::MAX, 0), |(lo, hi), r| (lo.min(r.person), hi.max(r.person)));
        (hi.saturating_sub(lo) as usize)
            <= self
                .records
                .len()
                .saturating_mul(8)
                .saturating_add(BUCKET_PEOPLE)
    }

    /// Records that jump about the people are sorted by bucket here, on the
    /// parsing thread (a stable counting sort: each bucket keeps the order
    /// read), so that adding them is a copy per bucket.
    fn group(&mut self) {
        if self.local() {
            return;
        }
        let buckets = self.rows.len().div_ceil(BUCKET_PEOPLE).max(1);
        let mut ends = vec![0usize; buckets];
        for r in &self.records {
            if let Some(n) = ends.get_mut(r.person as usize / BUCKET_PEOPLE) {
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
        let mut sorted = self.records.clone();
        for r in &self.records {
            let slot = starts.get_mut(r.person as usize / BUCKET_PEOPLE);
            if let Some(s) = slot {
                if let Some(out) = sorted.get_mut(*s) {
                    *out = *r;
                }
                *s += 1;
            }
        }
        self.records = sorted;
        self.bucket_ends = ends;
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
    /// use thidua::{Collective, PersonCategory, Population};
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
    /// assert_eq!(e.to_string(), "people.csv line 4: person '1' is given twice");
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
                push_row(rows, people_index, row)
                    .map_err(|e| e.context(format!("{source} line {line}")))?;
            }
            slots.resize(rows.len().saturating_mul(span), Slot::default());
            Ok(())
        };
        drive(threads, chunks.into_iter(), make, parse, |_| Ok(()), apply)
    }

    /// Adds yearly records in bulk: `chunks` (from any source, in order)
    /// are parsed by `parse` on `threads` threads into [`RecordBatch`]es,
    /// which are added in the order of the chunks. Records may come in any
    /// order (by person, by year, shuffled); each person's records are
    /// found through the id index. `source` names the input in errors
    /// (`"records.csv"`).
    ///
    /// # Errors
    ///
    /// The first error in the order of the chunks: a chunk's own, the
    /// parser's (an unknown person, a year outside the window), or two
    /// records of one person for one year (named with the source, the line
    /// of the second, the person and the year). The records of the batches
    /// before it are added.
    ///
    /// # Example
    ///
    /// ```
    /// use std::num::NonZeroUsize;
    /// use chrono::NaiveDate;
    /// use thidua::{Collective, PersonCategory, Population, Rating};
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
    /// assert_eq!(e.to_string(), "records.csv line 5: person '1': two records for 2020");
    /// assert_eq!(pop.year_entry(1, 2021), Some(good));
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
        let Population {
            first_year,
            span,
            rows,
            slots,
            people_index,
            ..
        } = self;
        let (rows, index, first_year, span) = (&*rows, &*people_index, *first_year, *span);
        let size = AtomicUsize::new(0);
        let make = || RecordBatch {
            source,
            rows,
            index,
            first_year,
            span,
            records: Vec::with_capacity(size.load(Ordering::Relaxed)),
            cursor: 0,
            bucket_ends: Vec::new(),
        };
        let twice = |r: &Record| {
            let id = rows.get(r.person as usize).map(|r| r.id.as_str());
            Error::new(
                ErrorKind::Duplicate,
                format!(
                    "{source} line {}: person '{}': two records for {}",
                    r.line(),
                    id.unwrap_or_default(),
                    first_year + i32::from(r.offset)
                ),
            )
        };
        // Records that come person by person (or year by year) are written
        // as they come. From the first batch that jumps about the people,
        // records are grouped by person first (a counting sort into buckets
        // of people, in the order read), then written bucket by bucket when
        // all are in: each bucket's slots fit in cache, however the records
        // were ordered. A record given twice is found either way; the one
        // named is the first second record in the order read.
        let mut buckets: Vec<Vec<Record>> = Vec::new();
        let people = rows.len();
        let apply = |batch: RecordBatch<'_>| {
            size.fetch_max(batch.records.len(), Ordering::Relaxed);
            if buckets.is_empty() {
                if batch.bucket_ends.is_empty() {
                    for r in &batch.records {
                        let at = (r.person as usize)
                            .saturating_mul(span)
                            .saturating_add(usize::from(r.offset));
                        match slots.get_mut(at) {
                            Some(slot) if !slot.present => {
                                *slot = Slot {
                                    present: true,
                                    entry: r.entry,
                                };
                            }
                            _ => return Err(twice(r)),
                        }
                    }
                    return Ok(());
                }
                buckets = (0..people.div_ceil(BUCKET_PEOPLE).max(1))
                    .map(|_| Vec::new())
                    .collect();
            }
            if batch.bucket_ends.is_empty() {
                for r in batch.records {
                    if let Some(b) = buckets.get_mut(r.person as usize / BUCKET_PEOPLE) {
                        b.push(r);
                    }
                }
            } else {
                let mut start = 0;
                for (b, &end) in buckets.iter_mut().zip(&batch.bucket_ends) {
                    b.extend_from_slice(batch.records.get(start..end).unwrap_or_default());
                    start = end;
                }
            }
            Ok(())
        };
        drive(
            threads,
            chunks.into_iter(),
            make,
            parse,
            RecordBatch::settle,
            apply,
        )?;
        let slots_per_bucket = BUCKET_PEOPLE.saturating_mul(span);
        let write = |(k, (bucket, slots)): (usize, (Vec<Record>, &mut [Slot]))| {
            let first = k.saturating_mul(slots_per_bucket);
            for r in bucket {
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
                    _ => return Some(r),
                }
            }
            None
        };
        let work: Vec<_> = (0..)
            .zip(
                buckets
                    .into_iter()
                    .zip(slots.chunks_mut(slots_per_bucket.max(1))),
            )
            .collect();
        // The first duplicate in the order read: within a bucket the first
        // found; across buckets the earliest line.
        let first = in_parallel(threads, work, write)
            .into_iter()
            .flatten()
            .min_by_key(Record::line);
        first.map_or(Ok(()), |r| Err(twice(&r)))
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
/// made by `make` and finished by `settle` on `threads` threads, and gives
/// the batches to `apply`
/// in the order of the chunks, on the calling thread. The first error in
/// that order stops everything.
fn drive<C, B, I>(
    threads: NonZeroUsize,
    chunks: I,
    make: impl Fn() -> B + Sync,
    parse: impl Fn(C, &mut B) -> Result<()> + Sync,
    settle: impl Fn(&mut B) -> Result<()> + Sync,
    mut apply: impl FnMut(B) -> Result<()>,
) -> Result<()>
where
    C: Send,
    B: Send,
    I: Iterator<Item = Result<C>> + Send,
{
    // What `settle` refuses was pushed before anything `parse` refuses:
    // its error comes first.
    let parsed = |chunk: Result<C>| {
        chunk.and_then(|c| {
            let mut batch = make();
            let parsed = parse(c, &mut batch);
            settle(&mut batch)?;
            parsed.map(|()| batch)
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
