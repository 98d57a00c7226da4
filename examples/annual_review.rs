//! The reference workload: one province's annual review of 2021, read from
//! three CSV files and judged with the library's own Decree 91/2017 rules.
//!
//! ```text
//! python3 ../shared/bench/gen_annual_review.py --people 100000 --seed 7 --out /tmp/ar
//! cargo run --release --example annual_review /tmp/ar
//! ```
//!
//! It prints one JSON object:
//!
//! ```text
//! {"year":2021,"people":N,"collectives":M,"ldtt":A,"cstdcs":B,"cstd_tinh":C,"ttldtt":D,"ttldxs":E,"cash_total_vnd":T}
//! ```
//!
//! The files (`collectives.csv`, `people.csv`, `records.csv`) are mapped onto
//! a [`Population`]: every person a civil servant of their collective, with
//! the records of 2019–2021 (rating, heaviest discipline, initiatives by
//! scope, the title already conferred). The review is judged on the
//! decision date 2021-12-20, so the regime is Decree 91/2017 and the base
//! salary 1.490.000 đồng; the "Chiến sĩ thi đua cơ sở" quota is 15% of each
//! collective's "Lao động tiên tiến", rounded down, ranked by score with ties
//! to the smaller id.
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
//! The files are read whole and parsed on both cores (people and records in
//! parallel, records split in halves at a line boundary); a malformed file
//! stops the program with the file, line and value.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use thidua::collectives::CollectiveRecord;
use thidua::decision::HighestOnlyScope;
use thidua::id::UnitId;
use thidua::law::SalarySchedule;
use thidua::people::DisciplineForm;
use thidua::population::{PersonEntry, Titles, YearEntry, YearWriter};
use thidua::{
    Authority, Award, Collective, Error, ErrorKind, PersonCategory, Population, Rating, Review,
    RuleBook, Tariff,
};

const YEAR: i32 = 2021;

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

/// Reads the workload, reviews it and returns the JSON line.
pub fn run(dir: &Path) -> Result<String, Error> {
    let population = load(dir)?;
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let on = NaiveDate::from_ymd_opt(2021, 12, 20)
        .ok_or_else(|| Error::new(ErrorKind::Parse, "ngày sai", "bad date"))?;
    let review = Review::new(&book, YEAR, on)?;
    let threads = std::thread::available_parallelism().unwrap_or(std::num::NonZeroUsize::MIN);
    let result = review.population_on(&population, threads)?;
    // The decision of the province (Decree 91/2017 Art. 68: the base salary
    // on the decision date); the amounts do not depend on the signer.
    let tariff = Tariff::new(&book, &salaries, on, Authority::ProvincialChair)?;
    // The workload's field: each person's and each collective's highest
    // amount only, whatever the periods (see the module's comment); the law
    // would pay a provincial fighter's CSTĐCS 2021 too.
    let cash = result
        .money_with(&tariff, HighestOnlyScope::AllPeriods)?
        .total;
    Ok(format!(
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
    ))
}

/// Reads the three files into a population.
pub fn load(dir: &Path) -> Result<Population, Error> {
    let mut pop = Population::new(2019..=YEAR)?;
    let (file, bytes) = read(dir, "collectives.csv")?;
    let mut csv = Csv::new(&file, &bytes, &["collective_id", "rating", "movement"])?;
    while let Some(row) = csv.next_row()? {
        let mut c = Collective::new(row.parse(0)?, "");
        c.records.push(CollectiveRecord {
            year: YEAR,
            rating: Some(row.rating(1)?),
            movement: Some(row.flag(2)?),
        });
        pop.add_collective(c).map_err(|e| row.error(e))?;
    }
    // People: the first half parsed straight into the population while
    // another thread parses the second half, then reads the records file
    // while the second half is added.
    let (people_file, bytes) = read(dir, "people.csv")?;
    let (a, b) = Csv::new(
        &people_file,
        &bytes,
        &["person_id", "collective_id", "hired_on", "score"],
    )?
    .split_where(|line| line);
    pop.reserve(bytes.len() / 26);
    let (first, (second, records)) = both(
        || {
            parse_people(a, |line, person| {
                pop.add_person(person)
                    .map(drop)
                    .map_err(|e| e.context(format!("{people_file} line {line}")))
            })
        },
        || {
            let mut later = Vec::with_capacity(b.len_hint() / 26);
            let parsed = parse_people(b, |line, person| {
                later.push((line, person));
                Ok(())
            });
            (parsed.map(|()| later), read(dir, "records.csv"))
        },
    );
    drop(bytes);
    first?;
    for (line, person) in second? {
        pop.add_person(person)
            .map_err(|e| e.context(format!("{people_file} line {line}")))?;
    }
    // Records: two halves split where a person's records begin, written by
    // two threads into the two halves of the population.
    let (file, bytes) = records?;
    let header = [
        "person_id",
        "year",
        "rating",
        "discipline",
        "grassroots_initiatives",
        "provincial_initiatives",
        "title",
    ];
    let (a, b) = Csv::new(&file, &bytes, &header)?
        .split_where(|line| line.split(|&c| c == b',').next().unwrap_or(b""));
    let at = b
        .first_field()
        .and_then(|id| std::str::from_utf8(id).ok())
        .and_then(|id| pop.position_of(id))
        .unwrap_or(pop.len());
    let (wa, wb) = pop.year_writers(at)?;
    let (ra, rb) = both(|| parse_records(a, wa), || parse_records(b, wb));
    ra?;
    rb?;
    Ok(pop)
}

/// Runs two jobs, one on another thread.
fn both<A: Send, B: Send>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B + Send) -> (A, B) {
    std::thread::scope(|s| {
        let h = s.spawn(a);
        let b = b();
        (h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)), b)
    })
}

fn read(dir: &Path, name: &str) -> Result<(String, Vec<u8>), Error> {
    let path = dir.join(name);
    let shown = path.display().to_string();
    std::fs::read(&path)
        .map(|bytes| (shown.clone(), bytes))
        .map_err(|e| {
            Error::new(
                ErrorKind::Missing,
                format!("{shown}: {e}"),
                format!("{shown}: {e}"),
            )
        })
}

/// Parses people and hands each, with its line, to `add`.
fn parse_people(
    mut csv: Csv<'_>,
    mut add: impl FnMut(u64, PersonEntry) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut collective: Option<(Vec<u8>, UnitId)> = None;
    while let Some(row) = csv.next_row()? {
        // People come collective by collective: parse each collective id once.
        let cid = match &collective {
            Some((bytes, id)) if bytes.as_slice() == row.bytes(1) => id.clone(),
            _ => {
                let id: UnitId = row.parse(1)?;
                collective = Some((row.bytes(1).to_vec(), id.clone()));
                id
            }
        };
        let person = PersonEntry {
            id: row.parse(0)?,
            category: PersonCategory::CivilServant,
            collective: cid,
            service_start: row.date(2)?,
            score: row
                .digits(3)
                .and_then(|n| i32::try_from(n).ok())
                .ok_or_else(|| row.bad(3, "score"))?,
        };
        let line = row.line;
        add(line, person)?;
    }
    Ok(())
}

/// Parses records into the writer's people. Records come person by person,
/// in the order of people.csv: each row is tried against the current person
/// and the next before the id is searched.
fn parse_records(mut csv: Csv<'_>, mut writer: YearWriter<'_>) -> Result<(), Error> {
    let mut current = writer.people().start;
    while let Some(row) = csv.next_row()? {
        let id = row.bytes(0);
        let is = |i: usize| writer.person_id(i).is_some_and(|p| p.as_bytes() == id);
        if !is(current) {
            current = if is(current + 1) {
                current + 1
            } else {
                let text = row.text(0)?;
                writer.position_of(text).ok_or_else(|| {
                    Error::new(
                        ErrorKind::UnknownReference,
                        format!("{} dòng {}: không rõ người '{text}'", row.file, row.line),
                        format!("{} line {}: unknown person '{text}'", row.file, row.line),
                    )
                })?
            };
        }
        let discipline = match row.bytes(3) {
            b"none" => None,
            b"khien_trach" => Some(DisciplineForm::Reprimand),
            b"canh_cao" => Some(DisciplineForm::Warning),
            b"cach_chuc" => Some(DisciplineForm::Dismissal),
            _ => Some(row.parse::<DisciplineForm>(3)?),
        };
        let titles = match row.bytes(6) {
            b"" | b"none" => Titles::NONE,
            b"LDTT" => Titles::NONE.with(Award::AdvancedWorker)?,
            b"CSTDCS" => Titles::NONE.with(Award::GrassrootsEmulationFighter)?,
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
        writer
            .set_year(current, row.year(1)?, entry)
            .map_err(|e| row.error(e))?;
    }
    Ok(())
}

/// The workload's CSV, read with the `csv` crate over bytes in memory.
struct Csv<'a> {
    file: &'a str,
    reader: csv::Reader<&'a [u8]>,
    record: csv::ByteRecord,
    /// Lines before the first row of this reader.
    offset: u64,
    columns: usize,
    bytes: usize,
}

impl<'a> Csv<'a> {
    fn new(file: &'a str, bytes: &'a [u8], header: &[&str]) -> Result<Csv<'a>, Error> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes);
        let mut record = csv::ByteRecord::new();
        let found = match reader.read_byte_record(&mut record) {
            Ok(true) => record
                .iter()
                .map(|f| String::from_utf8_lossy(f).into_owned())
                .collect::<Vec<_>>()
                .join(","),
            _ => String::new(),
        };
        if found != header.join(",") {
            return Err(Error::new(
                ErrorKind::Parse,
                format!(
                    "{file} dòng 1: tiêu đề '{found}' không phải '{}'",
                    header.join(",")
                ),
                format!(
                    "{file} line 1: header '{found}' is not '{}'",
                    header.join(",")
                ),
            ));
        }
        let start = usize::try_from(reader.position().byte()).unwrap_or(bytes.len());
        Ok(Csv::over(
            file,
            bytes.get(start..).unwrap_or(&[]),
            1,
            header.len(),
        ))
    }

    fn over(file: &'a str, bytes: &'a [u8], offset: u64, columns: usize) -> Csv<'a> {
        Csv {
            file,
            reader: csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(bytes),
            record: csv::ByteRecord::new(),
            offset,
            columns,
            bytes: bytes.len(),
        }
    }

    fn len_hint(&self) -> usize {
        self.bytes
    }

    /// Two readers over the two halves of the remaining rows: the second
    /// starts at the first line past the middle whose `key` differs from
    /// the line before (so that a person's records stay together).
    fn split_where(self, key: impl Fn(&[u8]) -> &[u8]) -> (Csv<'a>, Csv<'a>) {
        let rest: &'a [u8] = self.reader.into_inner();
        let line_at = |start: usize| {
            let end = rest
                .get(start..)
                .and_then(|r| r.iter().position(|&b| b == b'\n'))
                .map_or(rest.len(), |p| start + p);
            (rest.get(start..end).unwrap_or(b""), end + 1)
        };
        let mut cut = rest
            .get(rest.len() / 2..)
            .and_then(|r| r.iter().position(|&b| b == b'\n'))
            .map_or(rest.len(), |p| rest.len() / 2 + p + 1);
        if cut < rest.len() {
            // Walk on while the line continues the previous line's key.
            let prev_start = rest[..cut - 1]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            let (prev, _) = line_at(prev_start);
            let mut at = cut;
            while at < rest.len() {
                let (line, next) = line_at(at);
                if key(line) != key(prev) {
                    break;
                }
                at = next;
            }
            cut = at.min(rest.len());
        }
        let (a, b) = rest.split_at(cut);
        let lines = a.iter().filter(|&&c| c == b'\n').count() as u64;
        (
            Csv::over(self.file, a, self.offset, self.columns),
            Csv::over(self.file, b, self.offset + lines, self.columns),
        )
    }

    /// The first field of the first row, without consuming it.
    fn first_field(&self) -> Option<&'a [u8]> {
        let rest: &'a [u8] = self.reader.get_ref();
        let end = rest.iter().position(|&b| b == b',' || b == b'\n')?;
        rest.get(..end)
    }

    fn next_row(&mut self) -> Result<Option<Row<'_>>, Error> {
        let more = self
            .reader
            .read_byte_record(&mut self.record)
            .map_err(|e| {
                let line = e.position().map_or(0, |p| p.line()) + self.offset;
                Error::new(
                    ErrorKind::Parse,
                    format!("{} dòng {line}: {e}", self.file),
                    format!("{} line {line}: {e}", self.file),
                )
            })?;
        if !more {
            return Ok(None);
        }
        let line = self.record.position().map_or(0, |p| p.line()) + self.offset;
        if self.record.len() != self.columns {
            return Err(Error::new(
                ErrorKind::Parse,
                format!(
                    "{} dòng {line}: {} cột, cần {}",
                    self.file,
                    self.record.len(),
                    self.columns
                ),
                format!(
                    "{} line {line}: {} columns, expected {}",
                    self.file,
                    self.record.len(),
                    self.columns
                ),
            ));
        }
        Ok(Some(Row {
            file: self.file,
            line,
            record: &self.record,
        }))
    }
}

struct Row<'a> {
    file: &'a str,
    line: u64,
    record: &'a csv::ByteRecord,
}

impl Row<'_> {
    fn bytes(&self, i: usize) -> &[u8] {
        self.record.get(i).unwrap_or(b"")
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
        e.context(format!("{} line {}", self.file, self.line))
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
                    "{} dòng {}: giá trị sai '{value}' ở cột {}: {e}",
                    self.file,
                    self.line,
                    i + 1
                ),
                format!(
                    "{} line {}: bad value '{value}' in column {}: {e}",
                    self.file,
                    self.line,
                    i + 1
                ),
            )
        })
    }

    /// An unsigned decimal number below 2³², read from ASCII digits.
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
                "{} dòng {}: {what} sai '{}' ở cột {}",
                self.file,
                self.line,
                String::from_utf8_lossy(self.bytes(i)),
                i + 1
            ),
            format!(
                "{} line {}: bad {what} '{}' in column {}",
                self.file,
                self.line,
                String::from_utf8_lossy(self.bytes(i)),
                i + 1
            ),
        )
    }

    /// A count of at most 255.
    fn small(&self, i: usize) -> Result<u8, Error> {
        self.digits(i)
            .and_then(|n| u8::try_from(n).ok())
            .ok_or_else(|| self.bad(i, "count"))
    }

    /// A year.
    fn year(&self, i: usize) -> Result<i32, Error> {
        self.digits(i)
            .and_then(|n| i32::try_from(n).ok())
            .ok_or_else(|| self.bad(i, "year"))
    }

    /// A date written YYYY-MM-DD.
    fn date(&self, i: usize) -> Result<NaiveDate, Error> {
        let b = self.bytes(i);
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            b.get(r)?.iter().try_fold(0u32, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        let date = (b.len() == 10 && b[4] == b'-' && b[7] == b'-')
            .then(|| {
                NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
            })
            .flatten();
        date.ok_or_else(|| {
            Error::new(
                ErrorKind::Parse,
                format!(
                    "{} dòng {}: ngày sai '{}' ở cột {}",
                    self.file,
                    self.line,
                    String::from_utf8_lossy(b),
                    i + 1
                ),
                format!(
                    "{} line {}: bad date '{}' in column {}",
                    self.file,
                    self.line,
                    String::from_utf8_lossy(b),
                    i + 1
                ),
            )
        })
    }

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
                    String::from_utf8_lossy(other)
                ),
                format!(
                    "{} line {}: unknown rating '{}' (HTXS, HTT, HT or KHT)",
                    self.file,
                    self.line,
                    String::from_utf8_lossy(other)
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
                    "{} dòng {}: '{}' không phải 0 hay 1",
                    self.file,
                    self.line,
                    String::from_utf8_lossy(other)
                ),
                format!(
                    "{} line {}: '{}' is not 0 or 1",
                    self.file,
                    self.line,
                    String::from_utf8_lossy(other)
                ),
            )),
        }
    }
}
