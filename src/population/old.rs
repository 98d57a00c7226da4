//! Whole populations: a province's yearly review (bình xét cuối năm) of
//! every person and collective at once.
//!
//! A [`Population`] stores people compactly — a few bytes per person-year,
//! ids inline — so that a province of a million people fits in memory
//! comfortably. [`Review::population`] judges everyone in one call: the
//! individual titles, the 2017–2023 quota of "Chiến sĩ thi đua cơ sở" per
//! collective, the provincial fighters, and the collective titles from their
//! members. The fast path builds no explanation and allocates nothing per
//! person; [`ReviewedPopulation::explain`] gives any one verdict, with every
//! finding, on demand, and always agrees with the fast path.

use std::collections::HashMap;
use std::num::NonZeroUsize;
use std::ops::RangeInclusive;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

use crate::award::{Award, RecipientKind};
use crate::collectives::{Collective, MemberTally};
use crate::decision::{
    self, HighestOnly, HighestOnlyScope, Line, MoneyNote, MoneyNoteKind, Tariff,
};
use crate::eligibility::review::Worst;
use crate::eligibility::{
    Allocation, Candidate, Criterion, Finding, Outcome, Review, Status, TieBreak, Verdict, allocate,
};
use crate::error::{Error, ErrorKind, Result};
use crate::facts::{ConferralFact, DisciplineFact, InitiativeFact, PersonFacts, YearFacts};
use crate::history::Recipient;
use crate::id::{PersonId, UnitId};
use crate::law::IndividualRules;
use crate::money::Money;
use crate::people::{DisciplineForm, InitiativeKind, PersonCategory, Rating, Scope};
use crate::period::Period;

/// FxHash's multiply-rotate over the bytes of an id, then a finaliser: ids are not
/// attacker-chosen here, and SipHash would cost a tenth of a review.
fn hash_id(id: &[u8]) -> u64 {
    let mut h = 0u64;
    for chunk in id.chunks(8) {
        let mut word = [0u8; 8];
        for (w, b) in word.iter_mut().zip(chunk) {
            *w = *b;
        }
        h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    // A multiply carries only upwards: mix the high bits into the low bits
    // the table uses (splitmix64's finaliser).
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// The position of the person with id `id`: searched while every id came
/// in increasing order, looked up in the index after.
fn find_position(rows: &[Row], index: &IdIndex, id: &str) -> Option<usize> {
    if index.is_empty() {
        let id = PersonId::new(id).ok()?;
        return rows.binary_search_by(|r| r.id.cmp(&id)).ok();
    }
    index
        .find(id.as_bytes(), |p| {
            rows.get(p as usize).map_or(&[][..], |r| r.id.as_bytes())
        })
        .map(|p| p as usize)
}

/// A `Hasher` over [`hash_id`], for the small maps of collectives.
#[derive(Default)]
struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_id(bytes) ^ self.0.rotate_left(7);
    }
}

type IdMap<K> = HashMap<K, u32, std::hash::BuildHasherDefault<IdHasher>>;

/// An open-addressing index from id to position: each slot holds the
/// position and 32 bits of the id's hash, so that a probe rarely reads an id
/// it does not want. 8 to 16 bytes a person, a fifth of a
/// `HashMap<PersonId, u32>`.
#[derive(Clone, Debug, Default)]
struct IdIndex {
    /// Hash bits << 32 | position + 1; 0 for an empty slot.
    slots: Vec<u64>,
    len: usize,
}

impl IdIndex {
    /// The first slot to probe: from the same 32 hash bits the tag keeps,
    /// so that growing needs no ids.
    fn home(high: u64, mask: usize) -> usize {
        (high as usize) & mask
    }

    fn tag(hash: u64, position: u32) -> u64 {
        (hash & 0xffff_ffff_0000_0000) | (u64::from(position) + 1)
    }

    fn find<'k>(&self, id: &[u8], key: impl Fn(u32) -> &'k [u8]) -> Option<u32> {
        let mask = self.slots.len().checked_sub(1)?;
        let hash = hash_id(id);
        let mut at = Self::home(hash >> 32, mask);
        loop {
            let slot = *self.slots.get(at)?;
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

    /// Inserts `position` under `id`; `false` if the id is already there.
    fn insert<'k>(
        &mut self,
        id: &[u8],
        position: u32,
        key: impl Fn(u32) -> &'k [u8] + Copy,
    ) -> bool {
        if self.find(id, key).is_some() {
            return false;
        }
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        self.place(Self::tag(hash_id(id), position));
        self.len += 1;
        true
    }

    // The table's length is a power of two (at least 16) and `at` is masked
    // by it; it is never full (at most half).
    #[allow(clippy::indexing_slicing)]
    fn place(&mut self, slot: u64) {
        let mask = self.slots.len() - 1;
        let mut at = Self::home(slot >> 32, mask);
        while self.slots[at] != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = slot;
    }

    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        self.slots = vec![0; (old.len() * 2).max(16)];
        for slot in old.into_iter().filter(|&s| s != 0) {
            self.place(slot);
        }
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn reserve(&mut self, more: usize) {
        while (self.len + more) * 2 > self.slots.len() {
            self.grow();
        }
    }
}

/// The individual titles a person already holds for a year, as a small set.
///
/// "Chiến sĩ thi đua bộ, ban, ngành, tỉnh" and "… toàn quốc" are recorded in
/// the last year of their achievement period, whose length the regime's
/// streak rules give ([`IndividualRules::province`] and
/// [`IndividualRules::national`]: three and six years in every bundled
/// regime).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Titles(u8);

const YEARLY_TITLES: [Award; 4] = [
    Award::AdvancedWorker,
    Award::GrassrootsEmulationFighter,
    Award::MinistryOrProvinceEmulationFighter,
    Award::NationalEmulationFighter,
];

/// The years of each yearly title's achievement period, in the order of
/// `YEARLY_TITLES`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct TitleYears([i32; 4]);

/// The lengths of the latest bundled regime, for members read without a
/// review (a person's titles as recorded).
static CURRENT_YEARS: LazyLock<TitleYears> = LazyLock::new(|| {
    crate::law::data::national()
        .ok()
        .and_then(|book| book.regimes().last())
        .map_or(TitleYears([1, 1, 3, 6]), |r| TitleYears::of(r.individual()))
});

impl TitleYears {
    /// The lengths under `rules`: one year for "Lao động tiên tiến" and
    /// "Chiến sĩ thi đua cơ sở"; for a title earned by a streak, the streak
    /// length times the years of the lower title (3 × 1 for "Chiến sĩ thi
    /// đua bộ, ban, ngành, tỉnh", 2 × 3 for "… toàn quốc" in the bundled
    /// regimes).
    fn of(rules: &IndividualRules) -> TitleYears {
        TitleYears(YEARLY_TITLES.map(|award| {
            let (mut years, mut award) = (1i32, award);
            // No deeper than there are titles: a regime whose streaks
            // loop stops there.
            for _ in 0..YEARLY_TITLES.len() {
                let Some(r) = rules.streak_rules(award) else {
                    break;
                };
                let (lower, times) = r.streak.value;
                years = years.saturating_mul(i32::from(times.max(1)));
                award = lower;
            }
            years
        }))
    }

    /// The years of `YEARLY_TITLES[k]`.
    fn get(self, k: usize) -> i32 {
        self.0.get(k).copied().unwrap_or(1)
    }
}

impl Titles {
    /// No title.
    pub const NONE: Titles = Titles(0);

    fn bit(award: Award) -> Option<u8> {
        YEARLY_TITLES
            .iter()
            .position(|a| *a == award.civilian())
            .map(|i| 1 << i)
    }

    /// The set with one more title.
    ///
    /// # Errors
    ///
    /// An award that is not a yearly individual title.
    pub fn with(self, award: Award) -> Result<Titles> {
        let bit = Titles::bit(award).ok_or_else(|| {
            Error::new(
                ErrorKind::Unsupported,
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
struct Row {
    id: PersonId,
    service_start: NaiveDate,
    collective: u32,
    score: i32,
    category: PersonCategory,
}

/// Whether a slot holds a record, packed with the entry.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    present: bool,
    entry: YearEntry,
}

/// People and collectives for a population review, stored compactly: one
/// row per person and one slot per person and year of a fixed window.
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
    first_year: i32,
    span: usize,
    /// 1 January of each year of the window, and of the year after.
    year_starts: Vec<NaiveDate>,
    rows: Vec<Row>,
    slots: Vec<Slot>,
    collectives: Vec<Collective>,
    people_index: IdIndex,
    collective_index: IdMap<UnitId>,
}

/// The longest window of years a population keeps.
const MAX_SPAN: usize = 16;

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
            return Err(Error::out_of_range(format!(
                "a population keeps 1 to {MAX_SPAN} years, not {first}..={last}"
            )));
        }
        let year_starts = (first..=last.saturating_add(1))
            .map(|y| {
                NaiveDate::from_ymd_opt(y, 1, 1).ok_or_else(|| {
                    Error::out_of_range(format!(
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
            collectives: Vec::new(),
            people_index: IdIndex::default(),
            collective_index: IdMap::default(),
        })
    }

    /// Makes room for `people` more people.
    pub fn reserve(&mut self, people: usize) {
        self.rows.reserve(people);
        self.slots.reserve(people.saturating_mul(self.span));
        if !self.people_index.is_empty() {
            self.people_index.reserve(people);
        }
    }

    /// Adds a collective; its members are the people added with its id.
    ///
    /// # Errors
    ///
    /// A collective id given twice.
    pub fn add_collective(&mut self, collective: Collective) -> Result<usize> {
        let index = self.collectives.len();
        let n = u32::try_from(index).map_err(|_| Error::overflow("too many collectives"))?;
        // A refused collective must leave the index as it was: the first
        // collective of the id keeps it.
        match self.collective_index.entry(collective.id.clone()) {
            std::collections::hash_map::Entry::Occupied(_) => {
                return Err(Error::new(
                    ErrorKind::Duplicate,
                    format!("collective '{}' is given twice", collective.id),
                ));
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(n);
            }
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
        // collective is tried before the map.
        let last = self.rows.last().map(|r| r.collective);
        let same = last.filter(|&c| {
            self.collectives
                .get(c as usize)
                .is_some_and(|c| c.id == person.collective)
        });
        let collective = match same {
            Some(c) => c,
            None => *self
                .collective_index
                .get(&person.collective)
                .ok_or_else(|| {
                    Error::new(
                        ErrorKind::UnknownReference,
                        format!(
                            "person '{}' belongs to unknown collective '{}'",
                            person.id, person.collective
                        ),
                    )
                })?,
        };
        let index = self.rows.len();
        let n = u32::try_from(index).map_err(|_| Error::overflow("too many people"))?;
        // Ids that come in increasing order need no hash table: a new id
        // above the last one cannot be a duplicate. The table is built the
        // first time an id comes out of order.
        let in_order =
            self.people_index.is_empty() && self.rows.last().is_none_or(|r| r.id < person.id);
        if !in_order {
            let rows = &self.rows;
            if self.people_index.is_empty() {
                for (p, r) in (0u32..).zip(rows) {
                    self.people_index.insert(r.id.as_bytes(), p, |_| &[][..]);
                }
            }
            let key = |p: u32| rows.get(p as usize).map_or(&[][..], |r| r.id.as_bytes());
            if !self.people_index.insert(person.id.as_bytes(), n, key) {
                return Err(Error::new(
                    ErrorKind::Duplicate,
                    format!("person '{}' is given twice", person.id),
                ));
            }
        }
        self.rows.push(Row {
            id: person.id,
            service_start: person.service_start,
            collective,
            score: person.score,
            category: person.category,
        });
        self.slots
            .resize(self.slots.len() + self.span, Slot::default());
        Ok(index)
    }

    /// The index of a person.
    #[must_use]
    pub fn position(&self, id: &PersonId) -> Option<usize> {
        self.position_of(id.as_str())
    }

    /// The index of the person with the id written `id`.
    #[must_use]
    pub fn position_of(&self, id: &str) -> Option<usize> {
        find_position(&self.rows, &self.people_index, id)
    }

    /// The id of the person at `index`.
    #[must_use]
    pub fn person_id(&self, index: usize) -> Option<&PersonId> {
        self.rows.get(index).map(|r| &r.id)
    }

    /// Records a person's year.
    ///
    /// # Errors
    ///
    /// An unknown index, a year outside the window, or a year recorded
    /// twice.
    pub fn set_year(&mut self, person: usize, year: i32, entry: YearEntry) -> Result<()> {
        let all = self.rows.len();
        self.year_writers(all)?.0.set_year(person, year, entry)
    }

    /// Two writers of yearly records, for the people before `at` and from
    /// `at` on, so that two threads can load the records of a large
    /// population at once.
    ///
    /// # Errors
    ///
    /// `at` past the last person.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Collective, PersonCategory, Population, Rating};
    /// use thidua::{population::{PersonEntry, YearEntry}};
    ///
    /// let mut pop = Population::new(2021..=2021)?;
    /// pop.add_collective(Collective::new("C".parse()?, ""))?;
    /// for id in 1..=4u64 {
    ///     let start = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    ///     pop.add_person(PersonEntry { id: id.into(), category: PersonCategory::CivilServant, service_start: start, collective: "C".parse()?, score: 0 })?;
    /// }
    /// let good = YearEntry { rating: Some(Rating::Good), ..YearEntry::default() };
    /// let (mut a, mut b) = pop.year_writers(2)?;
    /// std::thread::scope(|s| {
    ///     s.spawn(move || (0..2).try_for_each(|i| a.set_year(i, 2021, good)));
    ///     s.spawn(move || (2..4).try_for_each(|i| b.set_year(i, 2021, good)));
    /// });
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn year_writers(&mut self, at: usize) -> Result<(YearWriter<'_>, YearWriter<'_>)> {
        if at > self.rows.len() {
            return Err(Error::out_of_range(format!("no person at index {at}")));
        }
        let (first, second) = self.slots.split_at_mut(at * self.span);
        let writer = |start, slots| YearWriter {
            first_year: self.first_year,
            span: self.span,
            rows: &self.rows,
            index: &self.people_index,
            start,
            slots,
        };
        Ok((writer(0, first), writer(at, second)))
    }

    fn last_year(&self) -> i32 {
        self.first_year + self.span as i32 - 1
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

    fn member(&self, index: usize, years: TitleYears) -> Member<'_> {
        Member {
            pop: self,
            index,
            decided: None,
            years,
        }
    }

    fn entry(&self, index: usize, year: i32) -> Option<YearEntry> {
        let offset = usize::try_from(i64::from(year) - i64::from(self.first_year)).ok()?;
        if offset >= self.span {
            return None;
        }
        self.slots
            .get(index * self.span + offset)
            .filter(|s| s.present)
            .map(|s| s.entry)
    }
}

/// Writes the yearly records of a range of a [`Population`]'s people; see
/// [`Population::year_writers`].
#[derive(Debug)]
pub struct YearWriter<'a> {
    first_year: i32,
    span: usize,
    rows: &'a [Row],
    index: &'a IdIndex,
    start: usize,
    slots: &'a mut [Slot],
}

impl YearWriter<'_> {
    /// The indexes of the people this writer writes.
    #[must_use]
    pub fn people(&self) -> std::ops::Range<usize> {
        self.start..self.start + self.slots.len() / self.span.max(1)
    }

    /// The id of the person at `index` (any index of the population).
    #[must_use]
    pub fn person_id(&self, index: usize) -> Option<&PersonId> {
        self.rows.get(index).map(|r| &r.id)
    }

    /// The index of the person with the id written `id` (any person of the
    /// population).
    #[must_use]
    pub fn position_of(&self, id: &str) -> Option<usize> {
        find_position(self.rows, self.index, id)
    }

    /// Records a person's year.
    ///
    /// # Errors
    ///
    /// A person outside the writer's range, a year outside the window, or a
    /// year recorded twice.
    pub fn set_year(&mut self, person: usize, year: i32, entry: YearEntry) -> Result<()> {
        let range = self.people();
        if !range.contains(&person) {
            return Err(Error::out_of_range(format!(
                "person at index {person} is outside the people {}..{} this writer writes",
                range.start, range.end
            )));
        }
        let offset = usize::try_from(i64::from(year) - i64::from(self.first_year))
            .ok()
            .filter(|&o| o < self.span)
            .ok_or_else(|| {
                Error::out_of_range(format!(
                    "year {year} is outside the population's years {}..={}",
                    self.first_year,
                    self.first_year + self.span as i32 - 1
                ))
            })?;
        let id = self.rows.get(person).map(|r| &r.id);
        match self
            .slots
            .get_mut((person - range.start) * self.span + offset)
        {
            Some(slot) if slot.present => Err(Error::new(
                ErrorKind::Duplicate,
                format!(
                    "person '{}': two records for year {year}",
                    id.map(ToString::to_string).unwrap_or_default()
                ),
            )),
            Some(slot) => {
                *slot = Slot {
                    present: true,
                    entry,
                };
                Ok(())
            }
            None => Err(Error::out_of_range(format!("no person at index {person}"))),
        }
    }
}

/// A person of a [`Population`], seen through [`PersonFacts`].
#[derive(Clone, Copy, Debug)]
pub struct Member<'a> {
    pop: &'a Population,
    index: usize,
    /// A title the review has already decided for the year judged.
    decided: Option<(Award, i32, bool)>,
    /// The period lengths of the yearly titles, from the regime's rules.
    years: TitleYears,
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

impl Population {
    /// 1 January of `year`, for years of the window and the one after.
    fn start_of(&self, year: i32) -> NaiveDate {
        usize::try_from(i64::from(year) - i64::from(self.first_year))
            .ok()
            .and_then(|i| self.year_starts.get(i).copied())
            .or_else(|| NaiveDate::from_ymd_opt(year, 1, 1))
            .unwrap_or(NaiveDate::MIN)
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
        let bits: fn(&YearEntry) -> [u32; 4] =
            |e| std::array::from_fn(|k| u32::from(e.titles.0 >> k & 1));
        let lengths = self.years;
        Counted::new(self, bits).filter_map(move |(pop, year, k, _)| {
            let award = *YEARLY_TITLES.get(k)?;
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

/// What a population review decided for one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PersonOutcome {
    /// "Lao động tiên tiến" / "Chiến sĩ tiên tiến".
    pub advanced: Outcome,
    /// "Chiến sĩ thi đua cơ sở", after the quota.
    pub grassroots: Outcome,
    /// Met the standard of "Chiến sĩ thi đua cơ sở" but cut by the quota.
    pub cut_by_quota: bool,
    /// "Chiến sĩ thi đua bộ, ban, ngành, tỉnh".
    pub province: Outcome,
    /// "Chiến sĩ thi đua toàn quốc".
    pub national: Outcome,
}

impl PersonOutcome {
    const NONE: PersonOutcome = PersonOutcome {
        advanced: Outcome::Ineligible,
        grassroots: Outcome::Ineligible,
        cut_by_quota: false,
        province: Outcome::Ineligible,
        national: Outcome::Ineligible,
    };

    /// The outcome of one title.
    #[must_use]
    pub fn of(&self, award: Award) -> Option<Outcome> {
        match award.civilian() {
            Award::AdvancedWorker => Some(self.advanced),
            Award::GrassrootsEmulationFighter => Some(self.grassroots),
            Award::MinistryOrProvinceEmulationFighter => Some(self.province),
            Award::NationalEmulationFighter => Some(self.national),
            _ => None,
        }
    }

    /// The titles conferred, lowest first.
    pub fn titles(&self) -> impl Iterator<Item = Award> + '_ {
        YEARLY_TITLES
            .into_iter()
            .filter(|a| self.of(*a) == Some(Outcome::Eligible))
    }
}

/// What a population review decided for one collective.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CollectiveOutcome {
    /// "Tập thể lao động tiên tiến" / "Đơn vị tiên tiến".
    pub advanced: Outcome,
    /// "Tập thể lao động xuất sắc" / "Đơn vị quyết thắng".
    pub excellent: Outcome,
    /// The members, counted.
    pub tally: MemberTally,
}

/// How many people or collectives each outcome has, per title.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TitleCounts {
    /// Eligible (conferred).
    pub eligible: u32,
    /// Needs review.
    pub needs_review: u32,
}

/// The result of [`Review::population`].
#[derive(Debug)]
pub struct ReviewedPopulation<'r> {
    review: &'r Review<'r>,
    population: &'r Population,
    groups: Groups,
    people: Vec<PersonOutcome>,
    collectives: Vec<CollectiveOutcome>,
}

impl<'r> Review<'r> {
    /// Judges a whole population for the individual and collective titles
    /// of the review year, applying the "Chiến sĩ thi đua cơ sở" quota per
    /// collective (ranked by score, ties to the smaller id).
    ///
    /// # Errors
    ///
    /// A population whose window does not reach the review year.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Collective, Outcome, PersonCategory, Population, Rating, Review, RuleBook};
    /// use thidua::collectives::CollectiveRecord;
    /// use thidua::{population::{PersonEntry, YearEntry}};
    ///
    /// let mut pop = Population::new(2019..=2021)?;
    /// let mut c = Collective::new("C1".parse()?, "");
    /// c.records.push(CollectiveRecord { year: 2021, rating: Some(Rating::Good), movement: Some(true) });
    /// pop.add_collective(c)?;
    /// for id in 1..=3u64 {
    ///     let i = pop.add_person(PersonEntry {
    ///         id: id.into(), category: PersonCategory::CivilServant,
    ///         service_start: NaiveDate::from_ymd_opt(2015, 1, 1).unwrap(),
    ///         collective: "C1".parse()?, score: 50,
    ///     })?;
    ///     pop.set_year(i, 2021, YearEntry { rating: Some(Rating::Good), ..YearEntry::default() })?;
    /// }
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2021, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?;
    /// let result = review.population(&pop)?;
    /// assert_eq!(result.count(Award::AdvancedWorker).eligible, 3);
    /// assert_eq!(result.collective(0).unwrap().advanced, Outcome::Eligible);
    /// // Any one verdict, with its findings, on demand.
    /// let v = result.explain(0, Award::AdvancedWorker)?;
    /// assert_eq!(v.outcome, Outcome::Eligible);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn population(&'r self, population: &'r Population) -> Result<ReviewedPopulation<'r>> {
        self.population_on(population, NonZeroUsize::MIN)
    }

    /// [`population`](Review::population) on `threads` threads: people are
    /// judged in `threads` slices at once (of at least 256 people each:
    /// smaller ones cost more to start than they save); the quotas and the
    /// collectives, which are cheap, on the calling thread. The result is
    /// the same.
    ///
    /// # Errors
    ///
    /// As [`population`](Review::population).
    ///
    /// # Example
    ///
    /// ```
    /// use std::num::NonZeroUsize;
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Population, Review, RuleBook};
    ///
    /// let pop = Population::new(2019..=2021)?;
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2021, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?;
    /// let threads = std::thread::available_parallelism().unwrap_or(NonZeroUsize::MIN);
    /// let result = review.population_on(&pop, threads)?;
    /// assert_eq!(result.count(Award::AdvancedWorker).eligible, 0);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn population_on(
        &'r self,
        population: &'r Population,
        threads: NonZeroUsize,
    ) -> Result<ReviewedPopulation<'r>> {
        if self.year < population.first_year || self.year > population.last_year() {
            return Err(Error::out_of_range(format!(
                "the review year {} is outside the population's years {}..={}",
                self.year,
                population.first_year,
                population.last_year()
            )));
        }
        let n = population.len();
        let mut people = vec![PersonOutcome::NONE; n];
        // 1. Each person's own standard.
        self.in_slices(&mut people, threads, |start, out| {
            self.judge_people(population, start, out);
            Ok(())
        })?;
        // 2. The quota, collective by collective.
        let groups = Groups::of(population);
        if self.grassroots_quota().is_some() {
            let mut candidates = Vec::new();
            for members in groups.iter() {
                let allocation = self.allocate_group(
                    population,
                    |i| people.get(i as usize).copied(),
                    members,
                    &mut candidates,
                )?;
                if let Some((a, sure)) = allocation {
                    for c in a.selected.iter().skip(sure) {
                        if let Some(p) = people.get_mut(c.index as usize) {
                            p.grassroots = Outcome::NeedsReview;
                        }
                    }
                    for c in &a.cut {
                        if let Some(p) = people.get_mut(c.index as usize) {
                            p.grassroots = Outcome::Ineligible;
                            p.cut_by_quota = true;
                        }
                    }
                }
            }
        }
        // 3. The provincial and national fighters, on top of this year's CSTĐCS.
        self.in_slices(&mut people, threads, |start, out| {
            self.judge_fighters(population, start, out)
        })?;
        // 4. The collectives, from their members.
        let mut collectives = Vec::with_capacity(population.collectives.len());
        for (c, members) in population.collectives.iter().zip(groups.iter()) {
            let tally = self.tally(population, &people, members);
            let (adv, exc) = if c.armed_forces {
                (Award::AdvancedUnit, Award::DeterminedToWinUnit)
            } else {
                (Award::AdvancedCollective, Award::ExcellentCollective)
            };
            let empty = tally.members == 0;
            collectives.push(CollectiveOutcome {
                advanced: if empty {
                    Outcome::Ineligible
                } else {
                    self.collective_outcome(c, &tally, adv)?
                },
                excellent: if empty {
                    Outcome::Ineligible
                } else {
                    self.collective_outcome(c, &tally, exc)?
                },
                tally,
            });
        }
        Ok(ReviewedPopulation {
            review: self,
            population,
            groups,
            people,
            collectives,
        })
    }

    /// Runs `job(first index, slice)` over `threads` slices of `people`.
    fn in_slices(
        &self,
        people: &mut [PersonOutcome],
        threads: NonZeroUsize,
        job: impl Fn(usize, &mut [PersonOutcome]) -> Result<()> + Sync,
    ) -> Result<()> {
        // A slice smaller than this costs more to start a thread for than it
        // saves: a huge `threads` (`usize::MAX`) starts at most one thread
        // per `MIN_SLICE` people, not one per person.
        const MIN_SLICE: usize = 256;
        let size = people.len().div_ceil(threads.get()).max(MIN_SLICE);
        if threads.get() == 1 || people.len() <= size {
            return job(0, people);
        }
        std::thread::scope(|s| {
            let handles: Vec<_> = people
                .chunks_mut(size)
                .enumerate()
                .map(|(k, slice)| {
                    let job = &job;
                    s.spawn(move || job(k * size, slice))
                })
                .collect();
            handles
                .into_iter()
                .try_for_each(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
        })
    }

    /// Step 1: the LĐTT criteria once, then what CSTĐCS adds.
    fn judge_people(&self, pop: &Population, start: usize, out: &mut [PersonOutcome]) {
        let years = self.title_years();
        for (i, out) in (start..).zip(out.iter_mut()) {
            let m = pop.member(i, years);
            let mut adv = Worst(Status::Met);
            self.regime_finding(&mut adv);
            self.advanced(&m, &mut adv);
            out.advanced = Outcome::from_worst(adv.0);
            if out.advanced != Outcome::Ineligible {
                self.grassroots_route(&m, &mut adv);
                out.grassroots = Outcome::from_worst(adv.0);
            }
        }
    }

    /// Step 3: the streak titles of those holding this year's CSTĐCS.
    fn judge_fighters(
        &self,
        pop: &Population,
        start: usize,
        out: &mut [PersonOutcome],
    ) -> Result<()> {
        let years = self.title_years();
        for (i, out) in (start..).zip(out.iter_mut()) {
            if out.grassroots != Outcome::Eligible {
                continue;
            }
            let m = Member {
                decided: Some((Award::GrassrootsEmulationFighter, self.year, true)),
                ..pop.member(i, years)
            };
            out.province = self.person_outcome(&m, Award::MinistryOrProvinceEmulationFighter)?;
            if out.province == Outcome::Eligible {
                let m = Member {
                    decided: Some((Award::MinistryOrProvinceEmulationFighter, self.year, true)),
                    ..m
                };
                out.national = self.person_outcome(&m, Award::NationalEmulationFighter)?;
            }
        }
        Ok(())
    }

    /// The period lengths of the yearly titles under the regime's rules.
    fn title_years(&self) -> TitleYears {
        TitleYears::of(self.rules())
    }

    fn advanced_award(&self, m: &Member<'_>) -> Award {
        if m.category().is_armed_forces() {
            Award::AdvancedSoldier
        } else {
            Award::AdvancedWorker
        }
    }

    /// The quota allocation of one collective's candidates.
    /// The quota allocation of one collective's candidates, and how many of
    /// the selected are sure of their place. The base of the quota is the
    /// members holding "Lao động tiên tiến"; members whose LĐTT needs review
    /// may raise it, so the places they could add are not sure.
    fn allocate_group<'p>(
        &self,
        pop: &'p Population,
        outcome: impl Fn(u32) -> Option<PersonOutcome>,
        members: &[u32],
        candidates: &mut Vec<Candidate<RankedId<'p>, i32>>,
    ) -> Result<Option<(Allocation<RankedId<'p>>, usize)>> {
        let Some(quota) = self.grassroots_quota() else {
            return Ok(None);
        };
        let count = |f: fn(&PersonOutcome) -> bool| {
            let n = members
                .iter()
                .filter(|&&i| outcome(i).as_ref().is_some_and(f))
                .count();
            u32::try_from(n).unwrap_or(u32::MAX)
        };
        let advanced = count(|p| p.advanced == Outcome::Eligible);
        let undecided = count(|p| p.advanced == Outcome::NeedsReview);
        let entrants = count(|p| p.grassroots == Outcome::Eligible);
        let sure = quota.value.cap(advanced)?;
        if entrants <= sure {
            return Ok(None);
        }
        let cap = quota.value.cap(advanced.saturating_add(undecided))?;
        candidates.clear();
        candidates.extend(members.iter().filter_map(|&i| {
            let row = pop.rows.get(i as usize)?;
            (outcome(i)?.grassroots == Outcome::Eligible).then_some(Candidate {
                id: RankedId {
                    id: &row.id,
                    index: i,
                },
                score: row.score,
            })
        }));
        let allocation = allocate(std::mem::take(candidates), cap, TieBreak::LowerIdFirst)?;
        Ok(Some((allocation, sure as usize)))
    }

    fn tally(&self, pop: &Population, people: &[PersonOutcome], members: &[u32]) -> MemberTally {
        let mut t = MemberTally::new(u32::try_from(members.len()).unwrap_or(u32::MAX));
        for &i in members {
            let Some(out) = people.get(i as usize) else {
                continue;
            };
            let entry = pop.entry(i as usize, self.year);
            t.count(
                entry.and_then(|e| e.rating),
                entry.and_then(|e| e.discipline),
                out.advanced,
                out.grassroots,
            );
        }
        t
    }
}

/// A quota candidate's id: the person id orders it; the index finds it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct RankedId<'p> {
    id: &'p PersonId,
    index: u32,
}

impl PartialOrd for RankedId<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for RankedId<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.id.cmp(other.id)
    }
}

impl std::fmt::Display for RankedId<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.id.fmt(f)
    }
}

/// People grouped by collective, in one allocation (a counting sort).
#[derive(Debug)]
struct Groups {
    starts: Vec<u32>,
    order: Vec<u32>,
}

impl Groups {
    // A counting sort of the rows by collective: `starts` has one entry
    // more than there are collectives, and a row's collective is checked
    // when the row is added.
    #[allow(clippy::indexing_slicing)]
    fn of(pop: &Population) -> Groups {
        let k = pop.collectives.len();
        let mut starts = vec![0u32; k + 1];
        for r in &pop.rows {
            if let Some(s) = starts.get_mut(r.collective as usize + 1) {
                *s += 1;
            }
        }
        for i in 0..k {
            starts[i + 1] += starts[i];
        }
        let mut next = starts.clone();
        let mut order = vec![0u32; pop.rows.len()];
        for (i, r) in pop.rows.iter().enumerate() {
            let slot = &mut next[r.collective as usize];
            order[*slot as usize] = i as u32;
            *slot += 1;
        }
        Groups { starts, order }
    }

    fn iter(&self) -> impl Iterator<Item = &[u32]> {
        self.starts.windows(2).map(|w| match *w {
            [a, b] => self.order.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        })
    }

    fn members(&self, collective: usize) -> &[u32] {
        match (self.starts.get(collective), self.starts.get(collective + 1)) {
            (Some(&a), Some(&b)) => self.order.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

impl ReviewedPopulation<'_> {
    /// The outcomes of the person at `index`.
    #[must_use]
    pub fn person(&self, index: usize) -> Option<&PersonOutcome> {
        self.people.get(index)
    }

    /// The outcomes of every person, by index.
    #[must_use]
    pub fn people(&self) -> &[PersonOutcome] {
        &self.people
    }

    /// The outcomes of the collective at `index`.
    #[must_use]
    pub fn collective(&self, index: usize) -> Option<&CollectiveOutcome> {
        self.collectives.get(index)
    }

    /// The outcomes of every collective, by index.
    #[must_use]
    pub fn collectives(&self) -> &[CollectiveOutcome] {
        &self.collectives
    }

    /// How many hold (or need review for) a title. Lower titles count their
    /// holders of higher ones too: every "Chiến sĩ thi đua cơ sở" is also a
    /// "Lao động tiên tiến".
    #[must_use]
    pub fn count(&self, award: Award) -> TitleCounts {
        let mut c = TitleCounts::default();
        let mut add = |o: Outcome| match o {
            Outcome::Eligible => c.eligible += 1,
            Outcome::NeedsReview => c.needs_review += 1,
            Outcome::Ineligible => {}
        };
        match award.civilian() {
            Award::AdvancedCollective => self.collectives.iter().for_each(|o| add(o.advanced)),
            Award::ExcellentCollective => self.collectives.iter().for_each(|o| add(o.excellent)),
            a => self.people.iter().filter_map(|p| p.of(a)).for_each(add),
        }
        c
    }

    /// The award money of the review's decision, priced by `tariff`, under
    /// the law's reading of "only the highest"
    /// ([`HighestOnlyScope::SamePeriod`]; see
    /// [`money_with`](ReviewedPopulation::money_with)).
    ///
    /// # Errors
    ///
    /// As [`money_with`](ReviewedPopulation::money_with).
    pub fn money(&self, tariff: &Tariff<'_>) -> Result<Money> {
        self.money_with(tariff, HighestOnlyScope::SamePeriod)
            .map(|m| m.total)
    }

    /// The award money of the review's decision, priced by `tariff`: each
    /// person and collective is granted every title it is eligible for,
    /// and the titles are paid as [`Decision::money`](crate::Decision::money)
    /// pays them, with `scope` for "only the highest".
    ///
    /// The achievement periods: "Lao động tiên tiến", "Chiến sĩ thi đua cơ
    /// sở" and the collective titles are the review year; "Chiến sĩ thi đua
    /// bộ, ban, ngành, tỉnh" and "… toàn quốc" the run of years their
    /// streak rules ask, ending in the review year (2022–2024 and 2019–2024
    /// for a review of 2024 under the bundled regimes).
    ///
    /// - [`HighestOnlyScope::SamePeriod`], the law's reading: titles for
    ///   the same achievement period pay only the highest (Decree 91/2017
    ///   Art. 66 k2 c; Decree 152/2025 Art. 49 k5, second sentence), so
    ///   "Lao động tiên tiến" and "Chiến sĩ thi đua cơ sở" of one year pay
    ///   the latter only; titles for different periods, even overlapping
    ///   ones, are each paid (Decree 42/2010 Art. 68 k2 d; Decree 98/2023
    ///   Art. 53; Decree 152/2025 Art. 49 k5, first sentence), so
    ///   "Chiến sĩ thi đua cơ sở" 2024 and "Chiến sĩ thi đua tỉnh"
    ///   2022–2024 are both paid.
    /// - [`HighestOnlyScope::AllPeriods`]: each person and each collective
    ///   is paid its highest title only (Ninh Thuận QĐ 02/2015 Art. 38 k2
    ///   c; the reference workload's `cash_total_vnd`).
    ///
    /// # Errors
    ///
    /// A title the tariff has no price for, or a total that overflows.
    ///
    /// # Example
    ///
    /// One person with "Chiến sĩ thi đua cơ sở" 2022 and 2023 (already
    /// conferred), "hoàn thành xuất sắc nhiệm vụ" in 2024 and an initiative
    /// recognised by the province: "Chiến sĩ thi đua cơ sở" 2024 and
    /// "Chiến sĩ thi đua tỉnh" 2022–2024, priced on 2024-12-20 by a
    /// provincial chair (base salary 2.340.000 đồng).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::*;
    /// use thidua::decision::{HighestOnlyScope, MoneyNoteKind};
    /// use thidua::law::SalarySchedule;
    /// use thidua::population::{PersonEntry, Titles, YearEntry};
    ///
    /// let mut pop = Population::new(2022..=2024)?;
    /// pop.add_collective(Collective::new("C".parse()?, ""))?;
    /// let start = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
    /// let i = pop.add_person(PersonEntry { id: "1".parse()?, category: PersonCategory::CivilServant, service_start: start, collective: "C".parse()?, score: 0 })?;
    /// let cstdcs = Titles::NONE.with(Award::GrassrootsEmulationFighter)?;
    /// for (year, titles, initiatives) in [(2022, cstdcs, [1, 0, 0]), (2023, cstdcs, [0, 1, 0]), (2024, Titles::NONE, [1, 0, 0])] {
    ///     let entry = YearEntry { rating: Some(Rating::Excellent), initiatives, titles, ..YearEntry::default() };
    ///     pop.set_year(i, year, entry)?;
    /// }
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let on = NaiveDate::from_ymd_opt(2024, 12, 20).unwrap();
    /// let review = Review::new(&book, 2024, on)?;
    /// let result = review.population(&pop)?;
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::ProvincialChair)?;
    ///
    /// // CSTĐ tỉnh 2022–2024 and CSTĐCS 2024 each; not LĐTT 2024.
    /// let law = result.money_with(&tariff, HighestOnlyScope::SamePeriod)?;
    /// assert_eq!(law.total, Money::from_dong(7_020_000 + 2_340_000));
    /// assert_eq!(result.money(&tariff)?, law.total);
    /// assert_eq!(law.notes[0].kind, MoneyNoteKind::SamePeriodHighestOnly);
    /// assert_eq!(law.notes[1].kind, MoneyNoteKind::DifferentPeriodsEachPaid);
    /// // The person's highest title only.
    /// let highest = result.money_with(&tariff, HighestOnlyScope::AllPeriods)?;
    /// assert_eq!(highest.total, Money::from_dong(7_020_000));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn money_with(
        &self,
        tariff: &Tariff<'_>,
        scope: HighestOnlyScope,
    ) -> Result<PopulationMoney> {
        let review = self.review;
        let price = |award: Award, kind| tariff.amount(award, kind).map(|a| a.amount);
        // A period reaching before the dates chrono can represent starts at
        // the first one, as the titles a population records are read.
        let ending = |years: i32| {
            let first = review.year.saturating_sub(years).saturating_add(1);
            let from = NaiveDate::from_ymd_opt(first, 1, 1).unwrap_or(NaiveDate::MIN);
            Period::new(from, review.next_year)
        };
        let years = review.title_years();
        let individual: Vec<Line> = YEARLY_TITLES
            .iter()
            .enumerate()
            .map(|(k, &award)| {
                Ok(Line {
                    award,
                    period: ending(years.get(k))?,
                    amount: Some(price(award, RecipientKind::Individual)?),
                })
            })
            .collect::<Result<_>>()?;
        let collective: Vec<Line> = [Award::AdvancedCollective, Award::ExcellentCollective]
            .into_iter()
            .map(|award| {
                Ok(Line {
                    award,
                    period: ending(1)?,
                    amount: Some(price(award, RecipientKind::Collective)?),
                })
            })
            .collect::<Result<_>>()?;
        let rules = tariff.regime().money();
        let policy = rules.title_and_form();
        // How many recipients are paid each line of the price list.
        let mut paid = vec![0u64; individual.len() + collective.len()];
        let mut kinds: Vec<MoneyNoteKind> = Vec::new();
        let mut each_paid = false;
        let mut rule = HighestOnly::default();
        let (mut held, mut which) = (Vec::new(), Vec::new());
        let mut pay = |held: &[Line], which: &[usize]| {
            let found = rule.apply(held, scope, policy);
            each_paid |= found.different_periods_each_paid;
            for (&k, superseded) in which.iter().zip(rule.superseded()) {
                match superseded {
                    None => {
                        if let Some(n) = paid.get_mut(k) {
                            *n += 1;
                        }
                    }
                    Some((_, kind)) if !kinds.contains(kind) => kinds.push(*kind),
                    Some(_) => {}
                }
            }
        };
        for p in &self.people {
            held.clear();
            which.clear();
            for (k, line) in individual.iter().enumerate() {
                if p.of(line.award) == Some(Outcome::Eligible) {
                    held.push(*line);
                    which.push(k);
                }
            }
            if !held.is_empty() {
                pay(&held, &which);
            }
        }
        for c in &self.collectives {
            held.clear();
            which.clear();
            for (k, (line, o)) in collective.iter().zip([c.advanced, c.excellent]).enumerate() {
                if o == Outcome::Eligible {
                    held.push(*line);
                    which.push(individual.len() + k);
                }
            }
            if !held.is_empty() {
                pay(&held, &which);
            }
        }
        if each_paid {
            kinds.push(MoneyNoteKind::DifferentPeriodsEachPaid);
        }
        let lines = individual
            .iter()
            .chain(&collective)
            .zip(paid)
            .map(|(line, n)| {
                line.amount
                    .unwrap_or(Money::ZERO)
                    .checked_times(n)
                    .ok_or_else(|| Error::overflow("award money overflows"))
            });
        Ok(PopulationMoney {
            total: Money::sum(lines.collect::<Result<Vec<Money>>>()?)?,
            highest_only: scope,
            notes: decision::cite(kinds, rules, policy),
        })
    }

    /// The verdict on one person for one title, with every finding, as the
    /// population review decided it (quota included). "Lao động tiên tiến"
    /// and "Chiến sĩ tiên tiến" both give the one of the person's category,
    /// as [`PersonOutcome::of`] does.
    ///
    /// # Errors
    ///
    /// An unknown index, or an award that is not an individual title.
    pub fn explain(&self, index: usize, award: Award) -> Result<Verdict> {
        let pop = self.population;
        let review = self.review;
        let m = (index < pop.len())
            .then(|| pop.member(index, review.title_years()))
            .ok_or_else(|| Error::out_of_range(format!("no person at index {index}")))?;
        let year = review.year;
        match award.civilian() {
            Award::GrassrootsEmulationFighter => {
                let mut v = review.person(&m, award)?;
                if let Some(finding) = self.quota_finding(index)? {
                    v.findings.push(finding);
                    v.outcome = Outcome::from_worst(
                        v.findings
                            .iter()
                            .map(|f| f.status)
                            .max()
                            .unwrap_or(Status::Met),
                    );
                    if v.outcome != Outcome::Eligible {
                        v.relied_on.clear();
                    }
                }
                Ok(v)
            }
            Award::MinistryOrProvinceEmulationFighter | Award::NationalEmulationFighter => {
                let grassroots = self
                    .explain(index, Award::GrassrootsEmulationFighter)?
                    .outcome
                    == Outcome::Eligible;
                let mut m = Member {
                    decided: Some((Award::GrassrootsEmulationFighter, year, grassroots)),
                    ..m
                };
                if award == Award::NationalEmulationFighter {
                    let province = review
                        .person(&m, Award::MinistryOrProvinceEmulationFighter)?
                        .outcome
                        == Outcome::Eligible;
                    m.decided = Some((Award::MinistryOrProvinceEmulationFighter, year, province));
                }
                review.person(&m, award)
            }
            // The batch judges one "Lao động tiên tiến" per person, under
            // its name for the person's category: either name asks for it.
            Award::AdvancedWorker => review.person(&m, review.advanced_award(&m)),
            _ => review.person(&m, award),
        }
    }

    /// The quota finding of a person who met the CSTĐCS standard, worked
    /// out again from their collective alone.
    // `index` is a row of the population; its collective is checked when
    // the row is added.
    #[allow(clippy::indexing_slicing)]
    fn quota_finding(&self, index: usize) -> Result<Option<Finding>> {
        let review = self.review;
        let Some(quota) = review.grassroots_quota() else {
            return Ok(None);
        };
        let pop = self.population;
        let Some(row) = pop.rows.get(index) else {
            return Ok(None);
        };
        let members = self.groups.members(row.collective as usize);
        // Judge the collective's members again, alone.
        let years = review.title_years();
        let mut outcomes = Vec::with_capacity(members.len());
        for &i in members {
            let m = pop.member(i as usize, years);
            let mut o = PersonOutcome::NONE;
            o.advanced = review.person_outcome(&m, review.advanced_award(&m))?;
            if o.advanced != Outcome::Ineligible {
                o.grassroots = review.person_outcome(&m, Award::GrassrootsEmulationFighter)?;
            }
            outcomes.push(o);
        }
        // `members` ascend, so a member's outcome is found by search.
        let outcome = |i: u32| {
            members
                .binary_search(&i)
                .ok()
                .and_then(|k| outcomes.get(k).copied())
        };
        if outcome(index as u32).map(|o| o.grassroots) != Some(Outcome::Eligible) {
            return Ok(None);
        }
        let advanced = outcomes
            .iter()
            .filter(|o| o.advanced == Outcome::Eligible)
            .count();
        let undecided = outcomes
            .iter()
            .filter(|o| o.advanced == Outcome::NeedsReview)
            .count();
        let cap = quota
            .value
            .cap(u32::try_from(advanced).unwrap_or(u32::MAX))?;
        let mut candidates = Vec::new();
        let allocation = review.allocate_group(pop, outcome, members, &mut candidates)?;
        let place = allocation.as_ref().map(|(a, sure)| {
            let rank = a.selected.iter().position(|c| c.index as usize == index);
            match rank {
                None => Status::Unmet,
                Some(r) if r >= *sure => Status::Unknown,
                Some(_) => Status::Met,
            }
        });
        let status = place.unwrap_or(Status::Met);
        let percent = quota.value.percent();
        let collective = &pop.collectives[row.collective as usize].id;
        let entrants = outcomes
            .iter()
            .filter(|o| o.grassroots == Outcome::Eligible)
            .count();
        let (vi, en) = match status {
            Status::Unmet => ("bị loại theo thứ tự điểm", "cut by rank"),
            Status::Unknown => (
                "vào chỉ tiêu chỉ khi những người chưa xác định \"Lao động tiên tiến\" được công nhận",
                "within the quota only if the members whose LĐTT needs review are confirmed",
            ),
            Status::Met => ("nằm trong chỉ tiêu", "within the quota"),
        };
        let undecided_vi = if undecided > 0 {
            format!(" (và {undecided} người chưa xác định)")
        } else {
            String::new()
        };
        let undecided_en = if undecided > 0 {
            format!(" (and {undecided} undecided)")
        } else {
            String::new()
        };
        Ok(Some(Finding::new(
            Criterion::Quota,
            status,
            &quota.citation,
            format!(
                "chỉ tiêu không quá {percent}% của {advanced} \"Lao động tiên tiến\"{undecided_vi} của tập thể {collective}: {cap} người; {entrants} người đủ tiêu chuẩn; {vi}"
            ),
            format!(
                "quota of at most {percent}% of the {advanced} advanced workers{undecided_en} of collective {collective}: {cap}; {entrants} meet the standard; {en}"
            ),
        )))
    }

    /// The verdict on one collective for one title, with every finding: its
    /// members are judged again, one by one.
    ///
    /// # Errors
    ///
    /// An unknown index, or an award that is not a collective title.
    pub fn explain_collective(&self, index: usize, award: Award) -> Result<Verdict> {
        let pop = self.population;
        let c = pop
            .collectives
            .get(index)
            .ok_or_else(|| Error::out_of_range(format!("no collective at index {index}")))?;
        let years = self.review.title_years();
        let members: Vec<Member<'_>> = self
            .groups
            .members(index)
            .iter()
            .map(|&i| pop.member(i as usize, years))
            .collect();
        let tally = MemberTally::judge(self.review, &members)?;
        self.review.collective(c, &tally, award)
    }

    /// Compares this review with another of the same population (the same
    /// year under another rule book, or with an overlay): who gains or loses
    /// which title, and the change in money (the law's reading of "only the
    /// highest", as [`money`](ReviewedPopulation::money)).
    ///
    /// # Errors
    ///
    /// Reviews of different populations, or money that overflows.
    // Both reviews hold one outcome per row of the same population.
    #[allow(clippy::indexing_slicing)]
    pub fn diff(
        &self,
        other: &ReviewedPopulation<'_>,
        tariffs: (&Tariff<'_>, &Tariff<'_>),
    ) -> Result<OutcomeDiff> {
        if !std::ptr::eq(self.population, other.population) {
            return Err(Error::new(
                ErrorKind::Conflict,
                "reviews of different populations cannot be compared",
            ));
        }
        let mut diff = OutcomeDiff::default();
        for (i, (a, b)) in self.people.iter().zip(&other.people).enumerate() {
            for award in YEARLY_TITLES {
                let (was, is) = (
                    a.of(award) == Some(Outcome::Eligible),
                    b.of(award) == Some(Outcome::Eligible),
                );
                if was != is {
                    let id = Recipient::Individual(self.population.rows[i].id.clone());
                    if is {
                        diff.gained.push((id, award))
                    } else {
                        diff.lost.push((id, award))
                    }
                }
            }
        }
        for (c, (a, b)) in self
            .population
            .collectives
            .iter()
            .zip(self.collectives.iter().zip(&other.collectives))
        {
            for (award, was, is) in [
                (Award::AdvancedCollective, a.advanced, b.advanced),
                (Award::ExcellentCollective, a.excellent, b.excellent),
            ] {
                let (was, is) = (was == Outcome::Eligible, is == Outcome::Eligible);
                if was != is {
                    let id = Recipient::Collective(c.id.clone());
                    if is {
                        diff.gained.push((id, award))
                    } else {
                        diff.lost.push((id, award))
                    }
                }
            }
        }
        diff.money_before = self.money(tariffs.0)?;
        diff.money_after = other.money(tariffs.1)?;
        Ok(diff)
    }
}

/// The award money of a population review
/// ([`ReviewedPopulation::money_with`]).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct PopulationMoney {
    /// The sum paid to every person and every collective.
    pub total: Money,
    /// Which titles of one recipient competed for "only the highest".
    pub highest_only: HighestOnlyScope,
    /// The rules that shaped the money, each with its citation, in the
    /// order they were first applied.
    pub notes: Vec<MoneyNote>,
}

/// Who gains and who loses which title between two reviews, and the money.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutcomeDiff {
    /// Titles the second review confers and the first does not.
    pub gained: Vec<(Recipient, Award)>,
    /// Titles the first review confers and the second does not.
    pub lost: Vec<(Recipient, Award)>,
    /// The money of the first review.
    pub money_before: Money,
    /// The money of the second review.
    pub money_after: Money,
}
