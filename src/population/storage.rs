//! How a population is stored: one compact row per person, one slot per
//! person and year of a fixed window, the collectives, and the id indexes.

use std::ops::RangeInclusive;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

use crate::award::Award;
use crate::collectives::Collective;
use crate::error::{Error, ErrorKind, Result};
use crate::facts::{ConferralFact, DisciplineFact, InitiativeFact, PersonFacts, YearFacts};
use crate::id::{PersonId, UnitId};
use crate::law::{IndividualRules, StreakRules};
use crate::people::{DisciplineForm, InitiativeKind, PersonCategory, Rating, Scope};
use crate::period::Period;

use super::index::IdIndex;

/// The individual titles a population records as already conferred, by
/// year ([`Titles`]).
pub(super) const RECORDED_TITLES: [Award; 4] = [
    Award::AdvancedWorker,
    Award::GrassrootsEmulationFighter,
    Award::MinistryOrProvinceEmulationFighter,
    Award::NationalEmulationFighter,
];

/// The individual titles a person already holds for a year, as a small set.
///
/// "Chiến sĩ thi đua bộ, ban, ngành, tỉnh" and "… toàn quốc" are recorded in
/// the last year of their achievement period, whose length the regime's
/// streak rules give ([`IndividualRules::streak_rules`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Titles(pub(super) u8);

impl Titles {
    /// No title.
    pub const NONE: Titles = Titles(0);

    fn bit(award: Award) -> Option<u8> {
        RECORDED_TITLES
            .iter()
            .position(|a| *a == award.civilian())
            .map(|i| 1 << i)
    }

    /// The set with one more title.
    ///
    /// # Errors
    ///
    /// An award that is not a yearly individual title.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Award;
    /// use thidua::population::Titles;
    ///
    /// let t = Titles::NONE.with(Award::GrassrootsEmulationFighter)?;
    /// assert!(t.contains(Award::GrassrootsEmulationFighter));
    /// assert!(!t.contains(Award::AdvancedWorker));
    /// assert!(Titles::NONE.with(Award::ExcellentCollective).is_err());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn with(self, award: Award) -> Result<Titles> {
        let bit = Titles::bit(award).ok_or_else(|| {
            Error::new(
                ErrorKind::Unsupported,
                format!(
                    "\"{award}\" không phải danh hiệu cá nhân được ghi theo năm trong danh sách"
                ),
                format!("'{award}' is not an individual title a population records by year"),
            )
        })?;
        Ok(Titles(self.0 | bit))
    }

    /// Whether the set holds `award`.
    #[must_use]
    pub fn contains(self, award: Award) -> bool {
        Titles::bit(award).is_some_and(|b| self.0 & b != 0)
    }
}

/// How many years the achievement period of `award` spans under `rules`:
/// one for a yearly title; for a title earned by a streak, the streak
/// length times the years of the lower title.
pub(super) fn title_years<'r>(
    streak: impl Fn(Award) -> Option<&'r StreakRules>,
    award: Award,
) -> i32 {
    let (mut years, mut award) = (1i32, award.civilian());
    // No deeper than there are awards: a regime whose streaks loop stops.
    for _ in 0..Award::ALL.len() {
        let Some(r) = streak(award) else {
            break;
        };
        let (lower, times) = r.streak.value;
        years = years.saturating_mul(i32::from(times.max(1)));
        award = lower.civilian();
    }
    years
}

/// The years of each recorded title's achievement period, in the order of
/// `RECORDED_TITLES`, from a regime's streak rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct TitleYears([i32; RECORDED_TITLES.len()]);

/// The lengths of the latest bundled regime, for members read without a
/// review (a person's titles as recorded). The bundled data is tested to
/// load; were it not to, every title would be read as one year long.
static CURRENT_YEARS: LazyLock<TitleYears> = LazyLock::new(|| {
    crate::law::data::national()
        .ok()
        .and_then(|book| {
            book.regimes()
                .last()
                .map(|r| TitleYears::of(r.individual()))
        })
        .unwrap_or(TitleYears([1; RECORDED_TITLES.len()]))
});

impl TitleYears {
    /// The lengths under `rules`.
    pub(super) fn of(rules: &IndividualRules) -> TitleYears {
        TitleYears(RECORDED_TITLES.map(|award| title_years(|a| rules.streak_rules(a), award)))
    }

    /// The years of `RECORDED_TITLES[k]`.
    fn get(self, k: usize) -> i32 {
        self.0.get(k).copied().unwrap_or(1)
    }
}

/// One person's year, as a population stores it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct YearEntry {
    /// The task rating, if rated.
    pub rating: Option<Rating>,
    /// The heaviest disciplinary form of the year (dates unknown).
    pub discipline: Option<DisciplineForm>,
    /// Initiatives recognised in the year, by scope: grassroots,
    /// ministry/province, national.
    pub initiatives: [u8; 3],
    /// The individual titles already conferred for the year.
    pub titles: Titles,
}

/// A person of a population: who, in which collective, since when, and the
/// score that ranks them for quotas.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonEntry {
    /// The person's id.
    pub id: PersonId,
    /// The category.
    pub category: PersonCategory,
    /// The start of continuous service.
    pub service_start: NaiveDate,
    /// The collective the person belongs to in the review year.
    pub collective: UnitId,
    /// The unit's ranking score for quota candidates (higher first).
    pub score: i32,
}

#[derive(Clone, Debug)]
pub(super) struct Row {
    pub(super) id: PersonId,
    pub(super) service_start: NaiveDate,
    pub(super) collective: u32,
    pub(super) score: i32,
    pub(super) category: PersonCategory,
}

/// Whether a slot holds a record, packed with the entry.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Slot {
    pub(super) present: bool,
    pub(super) entry: YearEntry,
}

/// People and collectives for a population review, stored compactly: one
/// row per person and one slot per person and year of a fixed window.
///
/// People and records may be added in any order, one by one
/// ([`add_person`](Population::add_person), [`set_year`](Population::set_year))
/// or in batches from several threads ([`load_people`](Population::load_people),
/// [`load_records`](Population::load_records)). Ids are found through an
/// index; a person's index is their position in the order added.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Collective, PersonCategory, Population, Rating};
/// use thidua::{population::{PersonEntry, YearEntry}};
///
/// let mut pop = Population::new(2019..=2021)?;
/// pop.add_collective(Collective::new("C1".parse()?, "Phòng 1"))?;
/// let i = pop.add_person(PersonEntry {
///     id: "1".parse()?,
///     category: PersonCategory::CivilServant,
///     service_start: NaiveDate::from_ymd_opt(2010, 1, 1).unwrap(),
///     collective: "C1".parse()?,
///     score: 80,
/// })?;
/// pop.set_year(i, 2021, YearEntry { rating: Some(Rating::Good), ..YearEntry::default() })?;
/// assert_eq!(pop.len(), 1);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Population {
    pub(super) first_year: i32,
    pub(super) span: usize,
    /// 1 January of each year of the window, and of the year after.
    pub(super) year_starts: Vec<NaiveDate>,
    pub(super) rows: Vec<Row>,
    pub(super) slots: Vec<Slot>,
    pub(super) people_index: IdIndex,
    pub(super) collectives: Vec<Collective>,
    pub(super) collective_index: IdIndex,
}

/// The longest window of years a population keeps.
const MAX_SPAN: usize = 16;

/// The position of `id` among `rows`.
pub(super) fn find_row(rows: &[Row], index: &IdIndex, id: &[u8]) -> Option<u32> {
    index.find(id, |p| {
        rows.get(p as usize).map_or(&[][..], |r| r.id.as_bytes())
    })
}

/// The position of `id` among `collectives`.
pub(super) fn find_collective(
    collectives: &[Collective],
    index: &IdIndex,
    id: &[u8],
) -> Option<u32> {
    index.find(id, |p| {
        collectives
            .get(p as usize)
            .map_or(&[][..], |c| c.id.as_bytes())
    })
}

/// Adds `row` to `rows` and `index`.
pub(super) fn push_row(rows: &mut Vec<Row>, index: &mut IdIndex, row: Row) -> Result<usize> {
    let n = rows.len();
    let position = u32::try_from(n)
        .ok()
        .filter(|&p| p < u32::MAX)
        .ok_or_else(|| Error::overflow("quá nhiều người", "too many people"))?;
    let known = {
        let rows: &[Row] = rows;
        index.insert(row.id.as_bytes(), position, |p| {
            rows.get(p as usize).map_or(&[][..], |r| r.id.as_bytes())
        })
    };
    if known.is_err() {
        return Err(Error::new(
            ErrorKind::Duplicate,
            format!("người '{}' được ghi hai lần", row.id),
            format!("person '{}' is given twice", row.id),
        ));
    }
    rows.push(row);
    Ok(n)
}

impl Population {
    /// An empty population keeping the records of `years` (at most 16).
    ///
    /// # Errors
    ///
    /// An empty window or one longer than 16 years.
    pub fn new(years: RangeInclusive<i32>) -> Result<Population> {
        let (first, last) = (*years.start(), *years.end());
        let span = usize::try_from(i64::from(last) - i64::from(first) + 1).unwrap_or(0);
        if span == 0 || span > MAX_SPAN {
            return Err(Error::out_of_range(
                format!("một danh sách giữ từ 1 đến {MAX_SPAN} năm, không phải {first}..={last}"),
                format!("a population keeps 1 to {MAX_SPAN} years, not {first}..={last}"),
            ));
        }
        let year_starts =
            (first..=last.saturating_add(1))
                .map(|y| {
                    NaiveDate::from_ymd_opt(y, 1, 1).ok_or_else(|| {
                    Error::out_of_range(format!(
                        "các năm {first}..={last} vượt quá những ngày chrono biểu diễn được"
                    ),format!(
                        "the years {first}..={last} reach past the dates chrono can represent"
                    ))
                })
                })
                .collect::<Result<_>>()?;
        Ok(Population {
            first_year: first,
            span,
            year_starts,
            rows: Vec::new(),
            slots: Vec::new(),
            people_index: IdIndex::default(),
            collectives: Vec::new(),
            collective_index: IdIndex::default(),
        })
    }

    /// Makes room for `people` more people.
    pub fn reserve(&mut self, people: usize) {
        self.rows.reserve(people);
        self.slots.reserve(people.saturating_mul(self.span));
        let rows = &self.rows;
        self.people_index.reserve(people, |p| {
            rows.get(p as usize).map_or(&[][..], |r| r.id.as_bytes())
        });
    }

    /// Adds a collective; its members are the people added with its id.
    ///
    /// # Errors
    ///
    /// A collective id given twice.
    pub fn add_collective(&mut self, collective: Collective) -> Result<usize> {
        let index = self.collectives.len();
        let n = u32::try_from(index)
            .ok()
            .filter(|&n| n < u32::MAX)
            .ok_or_else(|| Error::overflow("quá nhiều tập thể", "too many collectives"))?;
        let collectives = &self.collectives;
        let known = self
            .collective_index
            .insert(collective.id.as_bytes(), n, |p| {
                collectives
                    .get(p as usize)
                    .map_or(&[][..], |c| c.id.as_bytes())
            });
        if known.is_err() {
            return Err(Error::new(
                ErrorKind::Duplicate,
                format!("tập thể '{}' được ghi hai lần", collective.id),
                format!("collective '{}' is given twice", collective.id),
            ));
        }
        self.collectives.push(collective);
        Ok(index)
    }

    /// Adds a person with no records yet and returns their index.
    ///
    /// # Errors
    ///
    /// A person id given twice, or a collective not added before.
    pub fn add_person(&mut self, person: PersonEntry) -> Result<usize> {
        // People usually come collective by collective: the last person's
        // collective is tried before the index.
        let last = self.rows.last().map(|r| r.collective);
        let same = last.filter(|&c| {
            self.collectives
                .get(c as usize)
                .is_some_and(|c| c.id == person.collective)
        });
        let collective = match same {
            Some(c) => c,
            None => find_collective(
                &self.collectives,
                &self.collective_index,
                person.collective.as_bytes(),
            )
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::UnknownReference,
                    format!(
                        "người '{}' thuộc tập thể không rõ '{}'",
                        person.id, person.collective
                    ),
                    format!(
                        "person '{}' belongs to unknown collective '{}'",
                        person.id, person.collective
                    ),
                )
            })?,
        };
        let index = push_row(
            &mut self.rows,
            &mut self.people_index,
            Row {
                id: person.id,
                service_start: person.service_start,
                collective,
                score: person.score,
                category: person.category,
            },
        )?;
        self.slots
            .resize(self.slots.len() + self.span, Slot::default());
        Ok(index)
    }

    /// The index of a person.
    #[must_use]
    pub fn position(&self, id: &PersonId) -> Option<usize> {
        find_row(&self.rows, &self.people_index, id.as_bytes()).map(|p| p as usize)
    }

    /// The index of the person with the id written `id`.
    #[must_use]
    pub fn position_of(&self, id: &str) -> Option<usize> {
        find_row(&self.rows, &self.people_index, id.as_bytes()).map(|p| p as usize)
    }

    /// The id of the person at `index`.
    #[must_use]
    pub fn person_id(&self, index: usize) -> Option<&PersonId> {
        self.rows.get(index).map(|r| &r.id)
    }

    /// The person at `index` as they were added.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Collective, PersonCategory, Population};
    /// use thidua::population::PersonEntry;
    ///
    /// let mut pop = Population::new(2021..=2021)?;
    /// pop.add_collective(Collective::new("C".parse()?, ""))?;
    /// let lan = PersonEntry { id: "CB-01".parse()?, category: PersonCategory::CivilServant, service_start: NaiveDate::from_ymd_opt(2015, 3, 1).unwrap(), collective: "C".parse()?, score: 72 };
    /// let i = pop.add_person(lan.clone())?;
    /// assert_eq!(pop.person_entry(i), Some(lan));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn person_entry(&self, index: usize) -> Option<PersonEntry> {
        let row = self.rows.get(index)?;
        Some(PersonEntry {
            id: row.id.clone(),
            category: row.category,
            service_start: row.service_start,
            collective: self.collectives.get(row.collective as usize)?.id.clone(),
            score: row.score,
        })
    }

    /// The offset of `year` in the window.
    pub(super) fn offset(&self, year: i32) -> Result<usize> {
        usize::try_from(i64::from(year) - i64::from(self.first_year))
            .ok()
            .filter(|&o| o < self.span)
            .ok_or_else(|| {
                Error::out_of_range(
                    format!(
                        "năm {year} nằm ngoài các năm của danh sách {}..={}",
                        self.first_year,
                        self.last_year()
                    ),
                    format!(
                        "year {year} is outside the population's years {}..={}",
                        self.first_year,
                        self.last_year()
                    ),
                )
            })
    }

    /// Records a person's year.
    ///
    /// # Errors
    ///
    /// An unknown index, a year outside the window, or a year recorded
    /// twice.
    pub fn set_year(&mut self, person: usize, year: i32, entry: YearEntry) -> Result<()> {
        let offset = self.offset(year)?;
        let id = self.rows.get(person).map(|r| &r.id).ok_or_else(|| {
            Error::out_of_range(
                format!("không có người ở vị trí {person}"),
                format!("no person at index {person}"),
            )
        })?;
        match self.slots.get_mut(person * self.span + offset) {
            Some(slot) if slot.present => Err(Error::new(
                ErrorKind::Duplicate,
                format!("người '{id}': hai bản ghi cho năm {year}"),
                format!("person '{id}': two records for {year}"),
            )),
            Some(slot) => {
                *slot = Slot {
                    present: true,
                    entry,
                };
                Ok(())
            }
            None => Err(Error::out_of_range(
                format!("không có người ở vị trí {person}"),
                format!("no person at index {person}"),
            )),
        }
    }

    /// The record of the person at `index` for `year`, if there is one.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Bilingual, Collective, PersonCategory, Population, Rating};
    /// use thidua::population::{PersonEntry, YearEntry};
    ///
    /// let mut pop = Population::new(2020..=2021)?;
    /// pop.add_collective(Collective::new("C".parse()?, ""))?;
    /// let start = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
    /// let i = pop.add_person(PersonEntry { id: "7".parse()?, category: PersonCategory::Worker, service_start: start, collective: "C".parse()?, score: 0 })?;
    /// let good = YearEntry { rating: Some(Rating::Good), ..YearEntry::default() };
    /// pop.set_year(i, 2021, good)?;
    /// assert_eq!(pop.year_entry(i, 2021), Some(good));
    /// assert_eq!(pop.year_entry(i, 2020), None);
    /// // A second record of the year is refused, naming the person and year.
    /// let e = pop.set_year(i, 2021, good).unwrap_err();
    /// assert_eq!(e.en(), "person '7': two records for 2021");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn year_entry(&self, index: usize, year: i32) -> Option<YearEntry> {
        self.entry(index, year)
    }

    pub(super) fn last_year(&self) -> i32 {
        self.first_year + self.span as i32 - 1
    }

    /// The years the population keeps records of.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Population;
    ///
    /// assert_eq!(Population::new(2019..=2021)?.years(), 2019..=2021);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn years(&self) -> RangeInclusive<i32> {
        self.first_year..=self.last_year()
    }

    /// How many people.
    #[must_use]
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there is nobody.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The collectives, in the order added.
    #[must_use]
    pub fn collectives(&self) -> &[Collective] {
        &self.collectives
    }

    /// The person at `index`, as the rules see them. The streak titles
    /// already recorded ([`Titles`]) are read with the period lengths of
    /// the current law's rules (Decree 152/2025); a population review
    /// reads them with its own regime's.
    #[must_use]
    pub fn person(&self, index: usize) -> Option<Member<'_>> {
        (index < self.rows.len()).then(|| self.member(index, *CURRENT_YEARS))
    }

    pub(super) fn member(&self, index: usize, years: TitleYears) -> Member<'_> {
        Member {
            pop: self,
            index,
            decided: None,
            years,
        }
    }

    #[inline]
    pub(super) fn entry(&self, index: usize, year: i32) -> Option<YearEntry> {
        let offset = usize::try_from(i64::from(year) - i64::from(self.first_year)).ok()?;
        if offset >= self.span {
            return None;
        }
        self.slots
            .get(index * self.span + offset)
            .filter(|s| s.present)
            .map(|s| s.entry)
    }

    /// 1 January of `year`, for years of the window and the one after.
    fn start_of(&self, year: i32) -> NaiveDate {
        usize::try_from(i64::from(year) - i64::from(self.first_year))
            .ok()
            .and_then(|i| self.year_starts.get(i).copied())
            .or_else(|| NaiveDate::from_ymd_opt(year, 1, 1))
            .unwrap_or(NaiveDate::MIN)
    }
}

/// A person of a [`Population`], seen through [`PersonFacts`].
#[derive(Clone, Copy, Debug)]
pub struct Member<'a> {
    pub(super) pop: &'a Population,
    pub(super) index: usize,
    /// A title the review has already decided for the year judged.
    pub(super) decided: Option<(Award, i32, bool)>,
    /// The period lengths of the recorded titles, from the regime's rules.
    pub(super) years: TitleYears,
}

impl Member<'_> {
    // `index` is checked when the member is made.
    #[allow(clippy::indexing_slicing)]
    fn row(&self) -> &Row {
        &self.pop.rows[self.index]
    }

    /// The collective the person belongs to.
    #[must_use]
    // A row's collective is checked when the row is added.
    #[allow(clippy::indexing_slicing)]
    pub fn collective(&self) -> &Collective {
        &self.pop.collectives[self.row().collective as usize]
    }
}

impl PersonFacts for Member<'_> {
    fn person_id(&self) -> &PersonId {
        &self.row().id
    }

    fn category(&self) -> PersonCategory {
        self.row().category
    }

    fn service_start(&self) -> Option<NaiveDate> {
        Some(self.row().service_start)
    }

    #[inline]
    fn year(&self, year: i32) -> Option<YearFacts> {
        self.pop.entry(self.index, year).map(|e| YearFacts {
            rating: e.rating,
            discipline: e.discipline.map(|form| DisciplineFact {
                form,
                decided_on: None,
                ends_on: None,
            }),
            ..YearFacts::default()
        })
    }

    fn initiatives(&self) -> impl Iterator<Item = InitiativeFact<'_>> {
        self.initiatives_since(NaiveDate::MIN)
    }

    fn initiatives_since(&self, from: NaiveDate) -> impl Iterator<Item = InitiativeFact<'_>> {
        const SCOPES: [Scope; 3] = [
            Scope::Grassroots,
            Scope::MinistryOrProvince,
            Scope::National,
        ];
        let skip =
            usize::try_from(i64::from(from.year()) - i64::from(self.pop.first_year)).unwrap_or(0);
        let mut counted = Counted::new(self, |e| e.initiatives.map(u32::from));
        counted.year = skip.min(counted.slots.len());
        counted
            .filter_map(|(pop, year, k, ordinal)| {
                Some(InitiativeFact {
                    id: None,
                    kind: InitiativeKind::Initiative,
                    scope: *SCOPES.get(k)?,
                    recognised_on: pop.start_of(year),
                    dated: false,
                    ordinal,
                })
            })
            .filter(move |i| i.recognised_on >= from)
    }

    fn conferrals(&self) -> impl Iterator<Item = ConferralFact<'_>> {
        let bits: fn(&YearEntry) -> [u32; RECORDED_TITLES.len()] =
            |e| std::array::from_fn(|k| u32::from(e.titles.0 >> k & 1));
        let lengths = self.years;
        Counted::new(self, bits).filter_map(move |(pop, year, k, _)| {
            let award = *RECORDED_TITLES.get(k)?;
            let first = year.saturating_sub(lengths.get(k)).saturating_add(1);
            let period = Period::new(pop.start_of(first), pop.start_of(year + 1)).ok()?;
            Some(ConferralFact {
                award,
                period,
                in_force: true,
                relied_on: &[],
                decision: None,
            })
        })
    }

    fn decided(&self, award: Award, year: i32) -> Option<bool> {
        self.decided
            .filter(|(a, y, _)| *a == award && *y == year)
            .map(|(_, _, d)| d)
    }
}

/// Walks the counts a person's yearly slots hold (initiatives by scope,
/// titles by kind): yields `(population, year, kind, ordinal)` for each one
/// counted. A plain loop, so that the rules' searches stay cheap.
struct Counted<'a, const K: usize> {
    pop: &'a Population,
    slots: &'a [Slot],
    counts: fn(&YearEntry) -> [u32; K],
    year: usize,
    current: [u32; K],
    kind: usize,
    ordinal: u32,
}

impl<'a, const K: usize> Counted<'a, K> {
    fn new(m: &Member<'a>, counts: fn(&YearEntry) -> [u32; K]) -> Counted<'a, K> {
        let span = m.pop.span;
        let slots = m
            .pop
            .slots
            .get(m.index * span..(m.index + 1) * span)
            .unwrap_or(&[]);
        Counted {
            pop: m.pop,
            slots,
            counts,
            year: 0,
            current: [0; K],
            kind: K,
            ordinal: 0,
        }
    }
}

impl<'a, const K: usize> Iterator for Counted<'a, K> {
    type Item = (&'a Population, i32, usize, u32);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(&n) = self.current.get(self.kind) {
                if self.ordinal < n {
                    self.ordinal += 1;
                    let year = self.pop.first_year + self.year as i32 - 1;
                    return Some((self.pop, year, self.kind, self.ordinal - 1));
                }
                self.kind += 1;
                self.ordinal = 0;
                continue;
            }
            let slot = self.slots.get(self.year)?;
            self.year += 1;
            self.kind = 0;
            self.current = if slot.present {
                (self.counts)(&slot.entry)
            } else {
                [0; K]
            };
        }
    }
}
