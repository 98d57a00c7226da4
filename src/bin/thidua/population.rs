//! `review`: a population from the workload's three CSV files or from JSON,
//! reviewed, or written back as JSON.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thidua::collectives::CollectiveRecord;
use thidua::id::{PersonId, UnitId};
use thidua::law::SalarySchedule;
use thidua::people::DisciplineForm;
use thidua::population::{PersonEntry, Titles, YearEntry};
use thidua::{
    Authority, Award, Collective, Error, ErrorKind, Outcome as Judged, PersonCategory, Population,
    Rating, Review, RuleBook, Tariff,
};

use crate::{Args, Failure, Outcome, emit_json, io_failure, read_input, text_of};

/// A population as JSON: its collectives and its people with their years.
#[derive(Debug, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "PopulationFile")]
pub(crate) struct PopulationFile {
    /// The first and last year the records cover (default: from the
    /// records).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) years: Option<[i32; 2]>,
    /// The collectives, with their own records.
    pub(crate) collectives: Vec<Collective>,
    /// The people, each a member of one collective.
    pub(crate) people: Vec<PersonRow>,
}

/// One person of a [`PopulationFile`].
#[derive(Debug, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PersonRow {
    /// The person's id.
    pub(crate) id: PersonId,
    /// The category (default `civil_servant`; any spelling: "công chức").
    #[serde(default = "civil_servant")]
    pub(crate) category: PersonCategory,
    /// The collective the person belongs to in the review year.
    pub(crate) collective: UnitId,
    /// The start of continuous service: YYYY-MM-DD or DD/MM/YYYY.
    #[serde(deserialize_with = "thidua::wire::date::deserialize")]
    #[schemars(with = "crate::schema::DateText")]
    pub(crate) service_start: NaiveDate,
    /// The unit's ranking score for quotas (higher first).
    #[serde(default)]
    pub(crate) score: i32,
    /// The person's years.
    #[serde(default)]
    pub(crate) records: Vec<YearRow>,
}

fn civil_servant() -> PersonCategory {
    PersonCategory::CivilServant
}

/// One year of a [`PersonRow`].
#[derive(Debug, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct YearRow {
    /// The year.
    pub(crate) year: i32,
    /// The task rating: HTXS, HTT, HT, KHT, the Vietnamese phrase or the id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) rating: Option<Rating>,
    /// The heaviest disciplinary form of the year; absent for none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) discipline: Option<DisciplineForm>,
    /// Initiatives recognised in the year, by scope.
    #[serde(default)]
    pub(crate) initiatives: Initiatives,
    /// The individual titles already conferred for the year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) titles: Vec<Award>,
}

/// Initiatives of a year by scope.
#[derive(Debug, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Initiatives {
    /// At grassroots level.
    #[serde(default)]
    pub(crate) grassroots: u8,
    /// At ministry or province level.
    #[serde(default)]
    pub(crate) ministry_or_province: u8,
    /// At national level.
    #[serde(default)]
    pub(crate) national: u8,
}

/// What `review` writes.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub(crate) struct ReviewReport {
    /// The achievement year.
    pub(crate) year: i32,
    /// The judging date.
    pub(crate) judged_on: NaiveDate,
    /// The regime applied.
    pub(crate) regime: thidua::RegimeId,
    /// How many people.
    pub(crate) people: usize,
    /// How many collectives.
    pub(crate) collectives: usize,
    /// Per award: how many are eligible and how many need review.
    pub(crate) titles: BTreeMap<&'static str, Counts>,
    /// The award money of the eligible, each person's and collective's
    /// highest title of a period only (the law's reading).
    pub(crate) money: thidua::Money,
    /// Every person's outcomes (with `--people`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) outcomes: Option<Vec<PersonOutcomes>>,
}

/// The counts of one award.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub(crate) struct Counts {
    /// Eligible.
    pub(crate) eligible: u32,
    /// Needing review.
    pub(crate) needs_review: u32,
}

/// One person's outcomes.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub(crate) struct PersonOutcomes {
    /// The person.
    pub(crate) id: String,
    /// The outcome per award.
    pub(crate) titles: BTreeMap<&'static str, Judged>,
}

const PERSON_TITLES: [Award; 4] = [
    Award::AdvancedWorker,
    Award::GrassrootsEmulationFighter,
    Award::MinistryOrProvinceEmulationFighter,
    Award::NationalEmulationFighter,
];

const COLLECTIVE_TITLES: [Award; 2] = [Award::AdvancedCollective, Award::ExcellentCollective];

pub(crate) fn review(args: &Args) -> Outcome {
    let file = read_population(args)?;
    if args.to_json {
        return emit_json(args, &file);
    }
    let population = build(&file)?;
    let last = file
        .people
        .iter()
        .flat_map(|p| p.records.iter().map(|r| r.year))
        .chain(file.years.map(|[_, b]| b))
        .max();
    let year = args.year.or(last).ok_or_else(|| {
        Failure::usage(
            "không có bản ghi năm nào: ghi --year",
            "no yearly records: give --year",
        )
    })?;
    let on = match args.on {
        Some(on) => on,
        None => NaiveDate::from_ymd_opt(year, 12, 20).ok_or_else(|| {
            Failure::usage(
                format!("năm {year} nằm ngoài phạm vi"),
                format!("year {year} is out of range"),
            )
        })?,
    };
    let book = RuleBook::national();
    let review = Review::new(&book, year, on)?;
    let threads = std::thread::available_parallelism().unwrap_or(std::num::NonZeroUsize::MIN);
    let result = review.population_on(&population, threads)?;
    let salaries = SalarySchedule::national();
    let tariff = Tariff::new(&book, &salaries, on, Authority::ProvincialChair)?;
    let titles = PERSON_TITLES
        .iter()
        .chain(COLLECTIVE_TITLES.iter())
        .map(|&a| {
            let c = result.count(a);
            (
                a.id(),
                Counts {
                    eligible: c.eligible,
                    needs_review: c.needs_review,
                },
            )
        })
        .collect();
    let outcomes = args.people.then(|| {
        result
            .people()
            .enumerate()
            .map(|(i, o)| PersonOutcomes {
                id: population
                    .person_id(i)
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                titles: PERSON_TITLES
                    .iter()
                    .filter_map(|&a| o.of(a).map(|x| (a.id(), x)))
                    .collect(),
            })
            .collect()
    });
    let report = ReviewReport {
        year,
        judged_on: on,
        regime: review.regime().id().clone(),
        people: population.len(),
        collectives: population.collectives().len(),
        titles,
        money: result.money(&tariff)?,
        outcomes,
    };
    emit_json(args, &report)
}

/// The population named: a folder of the workload's CSV files, or JSON.
fn read_population(args: &Args) -> Outcome<PopulationFile> {
    if let Some(dir) = args.file.as_ref().map(Path::new).filter(|p| p.is_dir()) {
        return from_csv(dir);
    }
    let input = read_input(args.file.as_ref())?;
    Ok(thidua::wire::from_json(&input)?)
}

/// Builds the library's population from the file.
pub(crate) fn build(file: &PopulationFile) -> Result<Population, Error> {
    let years: Vec<i32> = file
        .people
        .iter()
        .flat_map(|p| p.records.iter().map(|r| r.year))
        .chain(
            file.collectives
                .iter()
                .flat_map(|c| c.records.iter().map(|r| r.year)),
        )
        .collect();
    let [first, last] = match file.years {
        Some(y) => y,
        None => match (years.iter().min(), years.iter().max()) {
            (Some(&a), Some(&b)) => [a, b],
            _ => {
                return Err(Error::new(
                    ErrorKind::Missing,
                    "danh sách không có bản ghi năm nào: ghi 'years'",
                    "the population has no yearly records: give 'years'",
                ));
            }
        },
    };
    let mut pop = Population::new(first..=last)?;
    for (i, c) in file.collectives.iter().enumerate() {
        pop.add_collective(c.clone())
            .map_err(|e| e.context(format_args!("collectives[{i}]")))?;
    }
    pop.reserve(file.people.len());
    for (i, p) in file.people.iter().enumerate() {
        let at = |e: Error| e.context(format_args!("people[{i}]"));
        let index = pop
            .add_person(PersonEntry {
                id: p.id.clone(),
                category: p.category,
                service_start: p.service_start,
                collective: p.collective.clone(),
                score: p.score,
            })
            .map_err(at)?;
        for (j, r) in p.records.iter().enumerate() {
            let at = |e: Error| e.context(format_args!("people[{i}].records[{j}]"));
            let mut titles = Titles::NONE;
            for &t in &r.titles {
                titles = titles.with(t).map_err(at)?;
            }
            let entry = YearEntry {
                rating: r.rating,
                discipline: r.discipline,
                initiatives: [
                    r.initiatives.grassroots,
                    r.initiatives.ministry_or_province,
                    r.initiatives.national,
                ],
                titles,
            };
            pop.set_year(index, r.year, entry).map_err(at)?;
        }
    }
    Ok(pop)
}

/// One CSV file: its name and its rows (header checked, split on commas;
/// the workload's values hold no commas or quotes).
struct Csv {
    name: String,
    text: String,
}

impl Csv {
    fn read(dir: &Path, name: &str, header: &[&str]) -> Outcome<Csv> {
        let path = dir.join(name);
        let shown = path.display().to_string();
        let bytes = std::fs::read(&path).map_err(|e| io_failure(&shown, &e))?;
        let text = text_of(&shown, bytes)?;
        let first = text
            .lines()
            .next()
            .unwrap_or_default()
            .trim_end_matches('\r');
        if first.split(',').map(str::trim).ne(header.iter().copied()) {
            return Err(Error::new(
                ErrorKind::Parse,
                format!(
                    "{shown} dòng 1: tiêu đề '{first}' không phải '{}'",
                    header.join(",")
                ),
                format!(
                    "{shown} line 1: header '{first}' is not '{}'",
                    header.join(",")
                ),
            )
            .into());
        }
        Ok(Csv { name: shown, text })
    }

    /// The rows after the header, with their line numbers.
    fn rows(&self) -> impl Iterator<Item = (usize, Vec<&str>)> + '_ {
        self.text
            .lines()
            .enumerate()
            .skip(1)
            .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(n, l)| (n, l.split(',').map(str::trim).collect()))
    }

    fn at(&self, line: usize) -> impl Fn(Error) -> Error + '_ {
        move |e| {
            e.context_in(
                format!("{} dòng {line}", self.name),
                format!("{} line {line}", self.name),
            )
        }
    }
}

/// A field of a row, parsed.
fn field<T: std::str::FromStr<Err = Error>>(
    row: &[&str],
    i: usize,
    what: &str,
) -> Result<T, Error> {
    let Some(text) = row.get(i) else {
        return Err(Error::new(
            ErrorKind::Missing,
            format!("thiếu cột {} ({what})", i + 1),
            format!("column {} ({what}) is missing", i + 1),
        ));
    };
    text.parse()
}

fn number<T: std::str::FromStr>(row: &[&str], i: usize, what: &str) -> Result<T, Error> {
    let text = row.get(i).copied().unwrap_or_default();
    text.parse().map_err(|_| {
        Error::new(
            ErrorKind::Parse,
            format!("{what} sai '{}' ở cột {}", text, i + 1),
            format!("bad {what} '{}' in column {}", text, i + 1),
        )
    })
}

/// The workload's three files (collectives.csv, people.csv, records.csv).
fn from_csv(dir: &Path) -> Outcome<PopulationFile> {
    let collectives = Csv::read(
        dir,
        "collectives.csv",
        &["collective_id", "rating", "movement"],
    )?;
    let people = Csv::read(
        dir,
        "people.csv",
        &["person_id", "collective_id", "hired_on", "score"],
    )?;
    let records = Csv::read(
        dir,
        "records.csv",
        &[
            "person_id",
            "year",
            "rating",
            "discipline",
            "grassroots_initiatives",
            "provincial_initiatives",
            "title",
        ],
    )?;
    // The collectives' own records are of the last year of the records.
    let mut rows: Vec<(usize, PersonRow)> = Vec::new();
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    for (line, row) in people.rows() {
        let at = people.at(line);
        let p = PersonRow {
            id: field(&row, 0, "person_id").map_err(&at)?,
            category: PersonCategory::CivilServant,
            collective: field(&row, 1, "collective_id").map_err(&at)?,
            service_start: thidua::wire::parse_date(row.get(2).copied().unwrap_or_default())
                .map_err(&at)?,
            score: number(&row, 3, "score").map_err(&at)?,
            records: Vec::new(),
        };
        index.insert(p.id.to_string(), rows.len());
        rows.push((line, p));
    }
    let mut last_year = None;
    for (line, row) in records.rows() {
        let at = records.at(line);
        let id = row.first().copied().unwrap_or_default();
        let Some(&i) = index.get(id) else {
            return Err(at(Error::new(
                ErrorKind::UnknownReference,
                format!("không rõ người '{id}'"),
                format!("unknown person '{id}'"),
            ))
            .into());
        };
        let year: i32 = number(&row, 1, "year").map_err(&at)?;
        last_year = last_year.max(Some(year));
        let discipline = match row.get(3).copied().unwrap_or_default() {
            "" | "none" => None,
            "khien_trach" => Some(DisciplineForm::Reprimand),
            "canh_cao" => Some(DisciplineForm::Warning),
            "cach_chuc" => Some(DisciplineForm::Dismissal),
            _ => Some(field(&row, 3, "discipline").map_err(&at)?),
        };
        let titles = match row.get(6).copied().unwrap_or_default() {
            "" | "none" => Vec::new(),
            _ => vec![field(&row, 6, "title").map_err(&at)?],
        };
        let entry = YearRow {
            year,
            rating: Some(field(&row, 2, "rating").map_err(&at)?),
            discipline,
            initiatives: Initiatives {
                grassroots: number(&row, 4, "grassroots_initiatives").map_err(&at)?,
                ministry_or_province: number(&row, 5, "provincial_initiatives").map_err(&at)?,
                national: 0,
            },
            titles,
        };
        if let Some((_, p)) = rows.get_mut(i) {
            p.records.push(entry);
        }
    }
    let Some(year) = last_year else {
        return Err(Error::new(
            ErrorKind::Missing,
            format!("{}: không có bản ghi nào", records.name),
            format!("{}: no records", records.name),
        )
        .into());
    };
    let mut out = Vec::new();
    for (line, row) in collectives.rows() {
        let at = collectives.at(line);
        let mut c = Collective::new(field(&row, 0, "collective_id").map_err(&at)?, "");
        let movement = match row.get(2).copied().unwrap_or_default() {
            "1" => true,
            "0" => false,
            other => {
                return Err(at(Error::new(
                    ErrorKind::Parse,
                    format!("'{other}' không phải 0 hay 1 (movement)"),
                    format!("'{other}' is not 0 or 1 (movement)"),
                ))
                .into());
            }
        };
        c.records.push(CollectiveRecord {
            year,
            rating: Some(field(&row, 1, "rating").map_err(&at)?),
            movement: Some(movement),
        });
        out.push(c);
    }
    Ok(PopulationFile {
        years: None,
        collectives: out,
        people: rows.into_iter().map(|(_, p)| p).collect(),
    })
}
