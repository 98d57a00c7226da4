//! The result of a population review: every recipient's outcome per title,
//! the counts, the money, any one verdict explained, and what changes
//! between two reviews of the same population.

use std::num::NonZeroUsize;

use chrono::NaiveDate;

use crate::award::{Award, RecipientKind};
use crate::collectives::MemberTally;
use crate::decision::{
    self, HighestOnly, HighestOnlyScope, Line, MoneyNote, MoneyNoteKind, Tariff,
};
use crate::eligibility::{Criterion, Evidence, Finding, Outcome, Review, Status, Verdict};
use crate::error::{Error, ErrorKind, Result};
use crate::history::Recipient;
use crate::money::Money;
use crate::period::Period;

use super::judge::{
    self, ADVANCED, COLLECTIVE_TITLES, GRASSROOTS, Judged, MAX_TITLES, Outcomes, advanced_award,
    allocate_group,
};
use super::storage::{Member, Population, TitleYears};

/// What a population review decided for one person: one outcome per title
/// the review judges ([`ReviewedPopulation::titles`]), keyed by the title.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PersonOutcome<'r> {
    titles: &'r [Award],
    outcomes: Outcomes,
}

impl std::fmt::Debug for PersonOutcome<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(self.judged())
            .entry(&"cut_by_quota", &self.cut_by_quota())
            .finish()
    }
}

impl<'r> PersonOutcome<'r> {
    /// The outcome of one title; `None` for a title the review does not
    /// judge. "Lao động tiên tiến" and "Chiến sĩ tiên tiến" both give the
    /// one of the person's category.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Collective, Outcome, PersonCategory, Population, Rating, Review, RuleBook};
    /// use thidua::population::{PersonEntry, YearEntry};
    ///
    /// let mut pop = Population::new(2021..=2021)?;
    /// pop.add_collective(Collective::new("C".parse()?, ""))?;
    /// let start = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    /// let i = pop.add_person(PersonEntry { id: "1".parse()?, category: PersonCategory::CivilServant, service_start: start, collective: "C".parse()?, score: 0 })?;
    /// pop.set_year(i, 2021, YearEntry { rating: Some(Rating::Good), ..YearEntry::default() })?;
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2021, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?;
    /// let result = review.population(&pop)?;
    /// let lan = result.person(i).unwrap();
    /// assert_eq!(lan.of(Award::AdvancedWorker), Some(Outcome::Eligible));
    /// assert_eq!(lan.of(Award::GrassrootsEmulationFighter), Some(Outcome::Ineligible));
    /// assert_eq!(lan.of(Award::ExcellentCollective), None);
    /// assert_eq!(lan.titles().collect::<Vec<_>>(), [Award::AdvancedWorker]);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn of(&self, award: Award) -> Option<Outcome> {
        let award = award.civilian();
        self.titles
            .iter()
            .position(|&a| a == award)
            .map(|k| self.outcomes.get(k))
    }

    /// Whether the person met the standard of "Chiến sĩ thi đua cơ sở" but
    /// the quota cut them.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Collective, Outcome, PersonCategory, Population, Rating, Review, RuleBook};
    /// use thidua::population::{PersonEntry, YearEntry};
    ///
    /// let mut pop = Population::new(2021..=2021)?;
    /// pop.add_collective(Collective::new("C".parse()?, ""))?;
    /// let start = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    /// let i = pop.add_person(PersonEntry { id: "1".parse()?, category: PersonCategory::CivilServant, service_start: start, collective: "C".parse()?, score: 0 })?;
    /// pop.set_year(i, 2021, YearEntry { rating: Some(Rating::Good), initiatives: [1, 0, 0], ..YearEntry::default() })?;
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2021, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?;
    /// let result = review.population(&pop)?;
    /// // One "Lao động tiên tiến" in the collective: 15% of 1 is no place.
    /// let p = result.person(i).unwrap();
    /// assert!(p.cut_by_quota());
    /// assert_eq!(p.of(Award::GrassrootsEmulationFighter), Some(Outcome::Ineligible));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn cut_by_quota(&self) -> bool {
        self.outcomes.cut_by_quota()
    }

    /// Every title judged with its outcome, in the review's order.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Collective, Outcome, PersonCategory, Population, Rating, Review, RuleBook};
    /// use thidua::population::{PersonEntry, YearEntry};
    ///
    /// let mut pop = Population::new(2021..=2021)?;
    /// pop.add_collective(Collective::new("C".parse()?, ""))?;
    /// let start = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    /// let i = pop.add_person(PersonEntry { id: "1".parse()?, category: PersonCategory::CivilServant, service_start: start, collective: "C".parse()?, score: 0 })?;
    /// pop.set_year(i, 2021, YearEntry { rating: Some(Rating::Good), initiatives: [1, 0, 0], ..YearEntry::default() })?;
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2021, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?;
    /// let result = review.population(&pop)?;
    /// let judged: Vec<(Award, Outcome)> = result.person(i).unwrap().judged().collect();
    /// assert_eq!(judged.len(), result.titles().len());
    /// assert_eq!(judged[0], (Award::AdvancedWorker, Outcome::Eligible));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn judged(&self) -> impl Iterator<Item = (Award, Outcome)> + 'r {
        let outcomes = self.outcomes;
        self.titles
            .iter()
            .enumerate()
            .map(move |(k, &a)| (a, outcomes.get(k)))
    }

    /// The titles conferred, lowest first.
    pub fn titles(&self) -> impl Iterator<Item = Award> + 'r {
        self.judged()
            .filter(|(_, o)| *o == Outcome::Eligible)
            .map(|(a, _)| a)
    }
}

/// What a population review decided for one collective: an outcome per
/// collective title, and the members counted.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct CollectiveOutcome<'r> {
    outcomes: Outcomes,
    tally: &'r MemberTally,
}

impl std::fmt::Debug for CollectiveOutcome<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(self.judged())
            .entry(&"tally", self.tally)
            .finish()
    }
}

impl<'r> CollectiveOutcome<'r> {
    /// The outcome of one collective title ("Đơn vị tiên tiến" and "Đơn vị
    /// quyết thắng" give those of "Tập thể lao động tiên tiến" and "… xuất
    /// sắc", whichever the collective is judged for); `None` for another
    /// award.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Collective, Outcome, Population, Review, RuleBook};
    ///
    /// let mut pop = Population::new(2021..=2021)?;
    /// pop.add_collective(Collective::new("C".parse()?, ""))?;
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2021, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?;
    /// let result = review.population(&pop)?;
    /// // No members, no title.
    /// let c = result.collective(0).unwrap();
    /// assert_eq!(c.of(Award::AdvancedCollective), Some(Outcome::Ineligible));
    /// assert_eq!(c.of(Award::AdvancedWorker), None);
    /// assert_eq!(c.tally().members, 0);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn of(&self, award: Award) -> Option<Outcome> {
        let award = award.civilian();
        COLLECTIVE_TITLES
            .iter()
            .position(|&a| a == award)
            .map(|k| self.outcomes.get(k))
    }

    /// Every collective title judged with its outcome (civilian names).
    pub fn judged(&self) -> impl Iterator<Item = (Award, Outcome)> + 'r {
        let outcomes = self.outcomes;
        COLLECTIVE_TITLES
            .iter()
            .enumerate()
            .map(move |(k, &a)| (a, outcomes.get(k)))
    }

    /// The members, counted.
    #[must_use]
    pub fn tally(&self) -> &'r MemberTally {
        self.tally
    }
}

/// How many people or collectives each outcome has, per title.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TitleCounts {
    /// Eligible (conferred).
    pub eligible: u32,
    /// Needs review.
    pub needs_review: u32,
}

/// The result of [`Review::population`]: each person's and collective's
/// outcomes, the counts per title, and any one verdict on demand.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Award, Collective, Outcome, PersonCategory, Population, Rating, Review, RuleBook};
/// use thidua::population::{PersonEntry, YearEntry};
///
/// let mut pop = Population::new(2020..=2021)?;
/// pop.add_collective(Collective::new("C1".parse()?, "Phòng 1"))?;
/// for (id, rating) in [(1u64, Rating::Good), (2, Rating::Completed)] {
///     let i = pop.add_person(PersonEntry {
///         id: id.into(), category: PersonCategory::CivilServant,
///         service_start: NaiveDate::from_ymd_opt(2015, 1, 1).unwrap(),
///         collective: "C1".parse()?, score: 50,
///     })?;
///     pop.set_year(i, 2021, YearEntry { rating: Some(rating), ..YearEntry::default() })?;
/// }
/// let book = RuleBook::national();
/// let review = Review::new(&book, 2021, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?;
/// let result = review.population(&pop)?;
/// assert_eq!(result.people().len(), 2);
/// assert_eq!(result.count(Award::AdvancedWorker).eligible, 1);
/// // The second person's verdict, with the finding that decided it.
/// assert_eq!(result.explain(1, Award::AdvancedWorker)?.outcome, Outcome::Ineligible);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Debug)]
pub struct ReviewedPopulation<'r> {
    review: &'r Review<'r>,
    population: &'r Population,
    judged: Judged,
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
    /// assert_eq!(result.collective(0).unwrap().of(Award::AdvancedCollective), Some(Outcome::Eligible));
    /// // The outcomes are keyed by title.
    /// assert_eq!(result.person(0).unwrap().of(Award::AdvancedWorker), Some(Outcome::Eligible));
    /// assert_eq!(result.titles()[0], Award::AdvancedWorker);
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
        Ok(ReviewedPopulation {
            review: self,
            population,
            judged: judge::run(self, population, threads)?,
        })
    }
}

impl ReviewedPopulation<'_> {
    /// The individual titles the review judged, in the order judged: "Lao
    /// động tiên tiến", "Chiến sĩ thi đua cơ sở", then each title the
    /// regime earns by a streak of an earlier one.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Collective, Outcome, PersonCategory, Population, Rating, Review, RuleBook};
    /// use thidua::population::{PersonEntry, YearEntry};
    ///
    /// let mut pop = Population::new(2021..=2021)?;
    /// pop.add_collective(Collective::new("C".parse()?, ""))?;
    /// let start = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    /// let i = pop.add_person(PersonEntry { id: "1".parse()?, category: PersonCategory::CivilServant, service_start: start, collective: "C".parse()?, score: 0 })?;
    /// pop.set_year(i, 2021, YearEntry { rating: Some(Rating::Good), initiatives: [1, 0, 0], ..YearEntry::default() })?;
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2021, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?;
    /// let result = review.population(&pop)?;
    /// assert_eq!(result.titles(), [
    ///     Award::AdvancedWorker,
    ///     Award::GrassrootsEmulationFighter,
    ///     Award::MinistryOrProvinceEmulationFighter,
    ///     Award::NationalEmulationFighter,
    /// ]);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn titles(&self) -> &[Award] {
        &self.judged.columns.individual
    }

    /// The outcomes of the person at `index`.
    #[must_use]
    pub fn person(&self, index: usize) -> Option<PersonOutcome<'_>> {
        self.judged
            .people
            .get(index)
            .map(|&outcomes| PersonOutcome {
                titles: self.titles(),
                outcomes,
            })
    }

    /// The outcomes of every person, by index.
    pub fn people(&self) -> impl ExactSizeIterator<Item = PersonOutcome<'_>> + '_ {
        let titles = self.titles();
        self.judged
            .people
            .iter()
            .map(move |&outcomes| PersonOutcome { titles, outcomes })
    }

    /// The outcomes of the collective at `index`.
    #[must_use]
    pub fn collective(&self, index: usize) -> Option<CollectiveOutcome<'_>> {
        self.judged
            .collectives
            .get(index)
            .map(|(outcomes, tally)| CollectiveOutcome {
                outcomes: *outcomes,
                tally,
            })
    }

    /// The outcomes of every collective, by index.
    pub fn collectives(&self) -> impl ExactSizeIterator<Item = CollectiveOutcome<'_>> + '_ {
        self.judged
            .collectives
            .iter()
            .map(|(outcomes, tally)| CollectiveOutcome {
                outcomes: *outcomes,
                tally,
            })
    }

    /// How many hold (or need review for) a title. Lower titles count their
    /// holders of higher ones too: every "Chiến sĩ thi đua cơ sở" is also a
    /// "Lao động tiên tiến".
    #[must_use]
    pub fn count(&self, award: Award) -> TitleCounts {
        let mut c = TitleCounts::default();
        // Without a branch: a title's outcomes are mixed, a branch on each
        // would be missed often.
        let mut add = |o: Outcome| {
            c.eligible += u32::from(o == Outcome::Eligible);
            c.needs_review += u32::from(o == Outcome::NeedsReview);
        };
        let award = award.civilian();
        if let Some(k) = COLLECTIVE_TITLES.iter().position(|&a| a == award) {
            self.judged
                .collectives
                .iter()
                .for_each(|(o, _)| add(o.get(k)));
        } else if let Some(k) = self.judged.columns.column(award) {
            self.judged.people.iter().for_each(|o| add(o.get(k)));
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
            let first = review.year().saturating_sub(years).saturating_add(1);
            let from = NaiveDate::from_ymd_opt(first, 1, 1).unwrap_or(NaiveDate::MIN);
            Period::new(from, review.next_year)
        };
        let columns = &self.judged.columns;
        let individual: Vec<Line> = columns
            .individual
            .iter()
            .zip(&columns.years)
            .map(|(&award, &years)| {
                Ok(Line {
                    award,
                    period: ending(years)?,
                    amount: Some(price(award, RecipientKind::Individual)?),
                })
            })
            .collect::<Result<_>>()?;
        let collective: Vec<Line> = COLLECTIVE_TITLES
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
        let mut pay = |held: &[Line], which: &[usize], recipients: u64| {
            let found = rule.apply(held, scope, policy);
            each_paid |= found.different_periods_each_paid;
            for (&k, superseded) in which.iter().zip(rule.superseded()) {
                match superseded {
                    None => {
                        if let Some(n) = paid.get_mut(k) {
                            *n += recipients;
                        }
                    }
                    Some((_, kind)) if !kinds.contains(kind) => kinds.push(*kind),
                    Some(_) => {}
                }
            }
        };
        // Recipients holding the same titles are paid the same: each
        // combination of titles is priced once, for all who hold it.
        // (Counted by a key of one bit a title, without a branch on each
        // recipient's titles; the combinations in the order first held.)
        let combinations = |outcomes: &mut dyn Iterator<Item = Outcomes>, n: usize| {
            let mut counts = [0u64; 1 << MAX_TITLES];
            let mut first: Vec<(u8, Outcomes)> = Vec::new();
            for o in outcomes.map(|o| o.eligible_only(n)) {
                let key = o.eligible_bits();
                if let Some(count) = counts.get_mut(usize::from(key)) {
                    if *count == 0 {
                        first.push((key, o));
                    }
                    *count += 1;
                }
            }
            first
                .into_iter()
                .filter(|&(key, _)| key != 0)
                .map(|(key, o)| (o, counts.get(usize::from(key)).copied().unwrap_or(0)))
                .collect::<Vec<(Outcomes, u64)>>()
        };
        let people = combinations(&mut self.judged.people.iter().copied(), individual.len());
        let units = combinations(
            &mut self.judged.collectives.iter().map(|(o, _)| *o),
            collective.len(),
        );
        for (lines, first, found) in [
            (&individual, 0, people),
            (&collective, individual.len(), units),
        ] {
            for (o, count) in found {
                held.clear();
                which.clear();
                for (j, line) in lines.iter().enumerate() {
                    if o.get(j) == Outcome::Eligible {
                        held.push(*line);
                        which.push(first + j);
                    }
                }
                pay(&held, &which, count);
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
                    .ok_or_else(|| {
                        Error::overflow("tiền thưởng bị tràn số", "award money overflows")
                    })
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
        let years = TitleYears::of(review.regime().individual());
        let m = (index < pop.len())
            .then(|| pop.member(index, years))
            .ok_or_else(|| {
                Error::out_of_range(
                    format!("không có người ở vị trí {index}"),
                    format!("no person at index {index}"),
                )
            })?;
        let year = review.year();
        let columns = &self.judged.columns;
        let lower = columns
            .column(award)
            .and_then(|k| columns.lower.get(k).copied().flatten())
            .and_then(|k| columns.individual.get(k).copied());
        match (award.civilian(), lower) {
            (Award::GrassrootsEmulationFighter, _) => {
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
            // A streak title rests on its lower title of this year, as the
            // review decided it (quota included).
            (_, Some(lower)) => {
                let held = self.explain(index, lower)?.outcome;
                let m = Member {
                    decided: Some((lower, year, held != Outcome::Ineligible)),
                    ..m
                };
                let mut v = review.person(&m, award)?;
                if held == Outcome::NeedsReview {
                    // Judged as if the lower title were held: its run rests
                    // on a title that needs review.
                    for f in v
                        .findings
                        .iter_mut()
                        .filter(|f| f.criterion == Criterion::Streak)
                    {
                        if f.status == Status::Met {
                            f.status = Status::Unknown;
                            f.reason_vi
                                .push_str(&format!(" (\"{lower}\" năm {year} cần xem xét thêm)"));
                            f.reason_en.push_str(&format!(
                                " ('{}' for {year} needs review)",
                                lower.name_en()
                            ));
                        }
                        for e in &mut f.evidence {
                            if let Evidence::ThisReview { award, outcome, .. } = e {
                                if *award == lower {
                                    *outcome = Outcome::NeedsReview;
                                }
                            }
                        }
                    }
                    v.outcome = judge::on_lower(held, v.outcome);
                    if v.outcome != Outcome::Eligible {
                        v.relied_on.clear();
                    }
                }
                Ok(v)
            }
            // The batch judges one "Lao động tiên tiến" per person, under
            // its name for the person's category: either name asks for it.
            (Award::AdvancedWorker, _) => review.person(&m, advanced_award(&m)),
            _ => review.person(&m, award),
        }
    }

    /// The quota finding of a person who met the CSTĐCS standard, worked
    /// out again from their collective alone.
    // A row's collective is checked when the row is added.
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
        let members = self.judged.groups.members(row.collective as usize);
        // Judge the collective's members again, alone.
        let years = TitleYears::of(review.regime().individual());
        let mut outcomes = Vec::with_capacity(members.len());
        for &i in members {
            let m = pop.member(i as usize, years);
            let mut o = Outcomes::default();
            let advanced = review.person_outcome(&m, advanced_award(&m))?;
            o.set(ADVANCED, advanced);
            if advanced != Outcome::Ineligible {
                o.set(
                    GRASSROOTS,
                    review.person_outcome(&m, Award::GrassrootsEmulationFighter)?,
                );
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
        if outcome(index as u32).map(|o| o.get(GRASSROOTS)) != Some(Outcome::Eligible) {
            return Ok(None);
        }
        let count = |column: usize, what: Outcome| {
            outcomes.iter().filter(|o| o.get(column) == what).count()
        };
        let advanced = count(ADVANCED, Outcome::Eligible);
        let undecided = count(ADVANCED, Outcome::NeedsReview);
        let cap = quota
            .value
            .cap(u32::try_from(advanced).unwrap_or(u32::MAX))?;
        let mut candidates = Vec::new();
        let allocation = allocate_group(review, pop, outcome, members, &mut candidates)?;
        let place = allocation.as_ref().map(|(a, sure)| {
            let rank = a.selected.iter().position(|c| c.index as usize == index);
            match rank {
                None => Status::Unmet,
                Some(r) if r >= *sure => Status::Unknown,
                Some(_) => Status::Met,
            }
        });
        let status = place.unwrap_or(Status::Met);
        let collective = &pop.collectives[row.collective as usize].id;
        let entrants = count(GRASSROOTS, Outcome::Eligible);
        let percent = quota.value.percent();
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
        let c = pop.collectives.get(index).ok_or_else(|| {
            Error::out_of_range(
                format!("không có tập thể ở vị trí {index}"),
                format!("no collective at index {index}"),
            )
        })?;
        let years = TitleYears::of(self.review.regime().individual());
        let members: Vec<Member<'_>> = self
            .judged
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
    /// which title, whose outcome comes to or leaves *needs review*, and
    /// the change in money (the law's reading of "only the highest", as
    /// [`money`](ReviewedPopulation::money)). A title one review does not
    /// judge counts as not conferred in it.
    ///
    /// # Errors
    ///
    /// Reviews of different populations, or money that overflows.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::*;
    /// use thidua::law::SalarySchedule;
    /// use thidua::population::{PersonEntry, YearEntry};
    ///
    /// let mut pop = Population::new(2021..=2021)?;
    /// pop.add_collective(Collective::new("C".parse()?, ""))?;
    /// let start = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    /// // Rated HTXS without an initiative; the other not rated yet.
    /// for (id, rating) in [("1", Some(Rating::Excellent)), ("2", None)] {
    ///     let i = pop.add_person(PersonEntry { id: id.parse()?, category: PersonCategory::CivilServant, service_start: start, collective: "C".parse()?, score: 0 })?;
    ///     pop.set_year(i, 2021, YearEntry { rating, ..YearEntry::default() })?;
    /// }
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// // The achievements of 2021 under Decree 91/2017 and under Law 06/2022.
    /// let (old, new) = (Review::new(&book, 2021, d(2021, 12, 20))?, Review::new(&book, 2021, d(2024, 1, 20))?);
    /// let (a, b) = (old.population(&pop)?, new.population(&pop)?);
    /// let t1 = Tariff::new(&book, &salaries, d(2021, 12, 20), Authority::ProvincialChair)?;
    /// let t2 = Tariff::new(&book, &salaries, d(2024, 1, 20), Authority::ProvincialChair)?;
    /// let diff = a.diff(&b, (&t1, &t2))?;
    /// // HTXS alone gives CSTĐCS under the 2022 law.
    /// assert_eq!(diff.gained, [(history::Recipient::Individual("1".parse()?), Award::GrassrootsEmulationFighter)]);
    /// assert!(diff.lost.is_empty());
    /// // The unrated person: LĐTT needs review under both (no change); CSTĐCS
    /// // is refused without an initiative in 2021, needs review in 2024 (an
    /// // HTXS rating would give it).
    /// // And the collective's TTLĐXS (its own rating is not given): refused
    /// // in 2021, needs review under the 2022 law.
    /// let two = history::Recipient::Individual("2".parse()?);
    /// let unit = history::Recipient::Collective("C".parse()?);
    /// assert_eq!(diff.to_review, [(two, Award::GrassrootsEmulationFighter), (unit, Award::ExcellentCollective)]);
    /// assert!(diff.from_review.is_empty());
    /// # Ok::<(), thidua::Error>(())
    /// ```
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
                "không thể so sánh kết quả xét của hai danh sách khác nhau",
                "reviews of different populations cannot be compared",
            ));
        }
        let mut titles: Vec<Award> = self.titles().to_vec();
        for &a in other.titles() {
            if !titles.contains(&a) {
                titles.push(a);
            }
        }
        let mut diff = OutcomeDiff::default();
        let mut note = |id: &dyn Fn() -> Recipient, award: Award, was: Outcome, is: Outcome| {
            if was == is {
                return;
            }
            let (eligible_before, eligible_after) =
                (was == Outcome::Eligible, is == Outcome::Eligible);
            if eligible_after && !eligible_before {
                diff.gained.push((id(), award));
            }
            if eligible_before && !eligible_after {
                diff.lost.push((id(), award));
            }
            if is == Outcome::NeedsReview {
                diff.to_review.push((id(), award));
            }
            if was == Outcome::NeedsReview {
                diff.from_review.push((id(), award));
            }
        };
        for (i, (a, b)) in self.people().zip(other.people()).enumerate() {
            let id = || Recipient::Individual(self.population.rows[i].id.clone());
            for &award in &titles {
                let (was, is) = (
                    a.of(award).unwrap_or(Outcome::Ineligible),
                    b.of(award).unwrap_or(Outcome::Ineligible),
                );
                note(&id, award, was, is);
            }
        }
        for (c, (a, b)) in self
            .population
            .collectives
            .iter()
            .zip(self.collectives().zip(other.collectives()))
        {
            let id = || Recipient::Collective(c.id.clone());
            for award in COLLECTIVE_TITLES {
                let (was, is) = (
                    a.of(award).unwrap_or(Outcome::Ineligible),
                    b.of(award).unwrap_or(Outcome::Ineligible),
                );
                note(&id, award, was, is);
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

/// What moves between two reviews of one population
/// ([`ReviewedPopulation::diff`]): titles gained and lost, outcomes that
/// come to or leave *needs review*, and the money.
///
/// One change may be in two lists: a title that was conferred and now
/// needs review is in `lost` and in `to_review`; one that needed review and
/// is now conferred, in `gained` and in `from_review`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutcomeDiff {
    /// Titles the second review confers and the first does not.
    pub gained: Vec<(Recipient, Award)>,
    /// Titles the first review confers and the second does not.
    pub lost: Vec<(Recipient, Award)>,
    /// Titles that need review in the second review and did not in the
    /// first (they were conferred or refused).
    pub to_review: Vec<(Recipient, Award)>,
    /// Titles that needed review in the first review and are decided in
    /// the second (conferred or refused).
    pub from_review: Vec<(Recipient, Award)>,
    /// The money of the first review.
    pub money_before: Money,
    /// The money of the second review.
    pub money_after: Money,
}
