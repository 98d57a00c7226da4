//! Judging a whole population: each person's own standard, the quota per
//! collective, the streak titles on top of this year's titles, then the
//! collectives from their members. The fast path builds no finding and
//! allocates nothing per person.

use std::num::NonZeroUsize;

use crate::award::{Award, Route};
use crate::collectives::MemberTally;
use crate::eligibility::review::Worst;
use crate::eligibility::{Allocation, Candidate, Outcome, Review, Status, TieBreak, allocate};
use crate::error::{Error, ErrorKind, Result};
use crate::id::PersonId;
use crate::law::Rule;
use crate::people::{DisciplineForm, Rating};

use super::storage::{Member, Population, TitleYears};

/// At most this many individual titles in one review's table.
pub(super) const MAX_TITLES: usize = 8;
/// The column of "Lao động tiên tiến" / "Chiến sĩ tiên tiến".
pub(super) const ADVANCED: usize = 0;
/// The column of "Chiến sĩ thi đua cơ sở".
pub(super) const GRASSROOTS: usize = 1;
/// The collective titles a review judges, civilian names ("Đơn vị tiên
/// tiến" and "Đơn vị quyết thắng" share their columns).
pub(super) const COLLECTIVE_TITLES: [Award; 2] =
    [Award::AdvancedCollective, Award::ExcellentCollective];

/// The outcomes of one recipient, packed: two bits a title, in the order
/// of the review's titles, and whether the quota cut them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(super) struct Outcomes(u32);

const CUT_BY_QUOTA: u32 = 1 << (2 * MAX_TITLES);
/// Where the review year's rating and discipline are kept, for the tally
/// of the person's collective (3 bits each: 0 for none, else the position
/// in `ALL` + 1).
const RATING_SHIFT: u32 = 2 * MAX_TITLES as u32 + 1;
const DISCIPLINE_SHIFT: u32 = RATING_SHIFT + 3;

impl Outcomes {
    #[inline]
    pub(super) fn get(self, column: usize) -> Outcome {
        match self.0.checked_shr(2 * column as u32).unwrap_or(0) & 3 {
            2 => Outcome::Eligible,
            1 => Outcome::NeedsReview,
            _ => Outcome::Ineligible,
        }
    }

    #[inline]
    pub(super) fn set(&mut self, column: usize, outcome: Outcome) {
        let code = match outcome {
            Outcome::Eligible => 2,
            Outcome::NeedsReview => 1,
            Outcome::Ineligible => 0,
        };
        if column < MAX_TITLES {
            let shift = 2 * column as u32;
            self.0 = (self.0 & !(3 << shift)) | (code << shift);
        }
    }

    /// The titles conferred among the first `n`, nothing else.
    #[inline]
    pub(super) fn eligible_only(self, n: usize) -> Outcomes {
        // Eligible is the only code with its high bit set.
        let columns = 1u32
            .checked_shl(2 * n.min(MAX_TITLES) as u32)
            .map_or(u32::MAX, |b| b - 1);
        Outcomes(self.0 & columns & 0xaaaa_aaaa)
    }

    /// Which of the titles are conferred, one bit a column: a small key
    /// for the combination `eligible_only` keeps.
    #[inline]
    pub(super) fn eligible_bits(self) -> u8 {
        (0..MAX_TITLES).fold(0u8, |key, j| {
            key | (((self.0 >> (2 * j + 1)) & 1) as u8) << j
        })
    }

    pub(super) fn cut_by_quota(self) -> bool {
        self.0 & CUT_BY_QUOTA != 0
    }

    fn set_cut(&mut self) {
        self.0 |= CUT_BY_QUOTA;
    }

    /// Keeps the review year's rating and discipline.
    fn set_year(&mut self, rating: Option<Rating>, discipline: Option<DisciplineForm>) {
        let code = |k: Option<usize>| k.map_or(0, |k| (k as u32 + 1) & 7);
        let r = code(rating.and_then(|r| Rating::ALL.iter().position(|&x| x == r)));
        let d = code(discipline.and_then(|d| DisciplineForm::ALL.iter().position(|&x| x == d)));
        self.0 = self.0 & !(0x3f << RATING_SHIFT) | r << RATING_SHIFT | d << DISCIPLINE_SHIFT;
    }

    /// The review year's rating and discipline kept by `set_year`.
    fn year(self) -> (Option<Rating>, Option<DisciplineForm>) {
        let code = |shift: u32| ((self.0 >> shift) & 7).checked_sub(1).map(|k| k as usize);
        (
            code(RATING_SHIFT).and_then(|k| Rating::ALL.get(k).copied()),
            code(DISCIPLINE_SHIFT).and_then(|k| DisciplineForm::ALL.get(k).copied()),
        )
    }

    /// The outcomes alone, without what the review keeps for itself.
    pub(super) fn outcomes(self) -> Outcomes {
        Outcomes(self.0 & ((1 << RATING_SHIFT) - 1))
    }
}

/// The titles a review judges, in the order they are judged: "Lao động
/// tiên tiến", "Chiến sĩ thi đua cơ sở", then every title the regime earns
/// by a streak of an earlier one ("Chiến sĩ thi đua bộ, ban, ngành, tỉnh"
/// on "… cơ sở", "… toàn quốc" on "… tỉnh" in the bundled regimes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Columns {
    pub(super) individual: Vec<Award>,
    /// For each column, the column of the lower title its streak runs on
    /// (`None` for the first two).
    pub(super) lower: Vec<Option<usize>>,
    /// The achievement years of each column's title.
    pub(super) years: Vec<i32>,
}

impl Columns {
    pub(super) fn of(review: &Review<'_>) -> Result<Columns> {
        let mut individual = vec![Award::AdvancedWorker, Award::GrassrootsEmulationFighter];
        let mut lower = vec![None, None];
        // The titles an overlay of the review defines (a province's own).
        let local: Vec<Award> = review
            .individual_titles()
            .into_iter()
            .filter(|a| a.is_local())
            .collect();
        let push = |individual: &mut Vec<Award>,
                    lower: &mut Vec<Option<usize>>,
                    award: Award,
                    below: Option<usize>| {
            if individual.len() == MAX_TITLES {
                return Err(Error::new(
                    ErrorKind::Unsupported,
                    format!(
                        "một lần xét danh sách xét nhiều nhất {MAX_TITLES} danh hiệu cá nhân; \"{award}\" là danh hiệu thừa"
                    ),
                    format!(
                        "a population review judges at most {MAX_TITLES} individual titles; '{award}' is one more"
                    ),
                ));
            }
            individual.push(award);
            lower.push(below);
            Ok(())
        };
        // Annual titles of the overlays stand on their own.
        for &a in local.iter().filter(|a| a.route() == Route::AnnualTitle) {
            push(&mut individual, &mut lower, a, None)?;
        }
        // Then every streak title, national or local, once its lower title
        // has a column.
        loop {
            let next = Award::ALL.iter().chain(&local).find_map(|&a| {
                let r = review.streak_rules(a)?;
                let below = r.streak.value.0.civilian();
                let at = individual.iter().position(|&t| t == below)?;
                (!individual.contains(&a)).then_some((a, at))
            });
            let Some((award, at)) = next else { break };
            push(&mut individual, &mut lower, award, Some(at))?;
        }
        let years = individual
            .iter()
            .map(|&a| super::storage::title_years(|t| review.streak_rules(t), a))
            .collect();
        Ok(Columns {
            individual,
            lower,
            years,
        })
    }

    /// The column of `award` (armed-forces titles in their civilian one).
    pub(super) fn column(&self, award: Award) -> Option<usize> {
        let award = award.civilian();
        self.individual.iter().position(|&a| a == award)
    }
}

/// What judging a population gives.
#[derive(Debug)]
pub(super) struct Judged {
    pub(super) columns: Columns,
    pub(super) groups: Groups,
    pub(super) people: Vec<Outcomes>,
    pub(super) collectives: Vec<(Outcomes, MemberTally)>,
}

/// Judges `population` under `review` on `threads` threads.
pub(super) fn run(
    review: &Review<'_>,
    population: &Population,
    threads: NonZeroUsize,
) -> Result<Judged> {
    if review.year() < population.first_year || review.year() > population.last_year() {
        return Err(Error::out_of_range(
            format!(
                "năm xét {} nằm ngoài các năm của danh sách {}..={}",
                review.year(),
                population.first_year,
                population.last_year()
            ),
            format!(
                "the review year {} is outside the population's years {}..={}",
                review.year(),
                population.first_year,
                population.last_year()
            ),
        ));
    }
    let columns = Columns::of(review)?;
    let years = TitleYears::of(review.regime().individual());
    let annual: Vec<(usize, &Rule<Rating>)> = columns
        .individual
        .iter()
        .enumerate()
        .filter_map(|(k, &a)| Some((k, review.local_rules(a)?.rating()?)))
        .collect();
    let n = population.len();
    let mut people = vec![Outcomes::default(); n];
    // 1. Each person's own standard.
    in_slices(&mut people, threads, |start, out| {
        judge_people(review, population, years, &annual, start, out);
        Ok(())
    })?;
    // 2. The quota, collective by collective: the places worked out on
    // `threads` threads, then written.
    let groups = Groups::of(population);
    let count = population.collectives.len();
    if review.grassroots_quota().is_some() {
        let changes = over_groups(threads, count, |range| {
            let mut candidates = Vec::new();
            let mut changes = Vec::new();
            for k in range {
                let allocation = allocate_group(
                    review,
                    population,
                    |i| people.get(i as usize).copied(),
                    groups.members(k),
                    &mut candidates,
                )?;
                if let Some((a, sure)) = allocation {
                    changes.extend(a.selected.iter().skip(sure).map(|c| (c.index, false)));
                    changes.extend(a.cut.iter().map(|c| (c.index, true)));
                }
            }
            Ok(changes)
        })?;
        for (i, cut) in changes {
            if let Some(p) = people.get_mut(i as usize) {
                if cut {
                    p.set(GRASSROOTS, Outcome::Ineligible);
                    p.set_cut();
                } else {
                    p.set(GRASSROOTS, Outcome::NeedsReview);
                }
            }
        }
    }
    // 3. The streak titles, each on top of its lower title of this year.
    if columns.lower.iter().any(Option::is_some) {
        in_slices(&mut people, threads, |start, out| {
            judge_streaks(review, population, &columns, years, start, out)
        })?;
    }
    // 4. The collectives, from their members.
    let collectives = over_groups(threads, count, |range| {
        range
            .map(|k| {
                let tally = tally(&people, groups.members(k));
                let mut o = Outcomes::default();
                let Some(c) = population.collectives.get(k) else {
                    return Ok((o, tally));
                };
                // A collective without members is judged too, as a verdict
                // on it would be: no share of members holds.
                for (j, award) in COLLECTIVE_TITLES.into_iter().enumerate() {
                    let award = match (c.armed_forces, award) {
                        (true, Award::AdvancedCollective) => Award::AdvancedUnit,
                        (true, Award::ExcellentCollective) => Award::DeterminedToWinUnit,
                        (_, a) => a,
                    };
                    o.set(j, review.collective_outcome(c, &tally, award)?);
                }
                Ok((o, tally))
            })
            .collect()
    })?;
    for p in &mut people {
        *p = p.outcomes();
    }
    Ok(Judged {
        columns,
        groups,
        people,
        collectives,
    })
}

/// Runs `job` over `threads` ranges of `0..count` collectives and joins
/// what each gives, in order.
fn over_groups<R: Send>(
    threads: NonZeroUsize,
    count: usize,
    job: impl Fn(std::ops::Range<usize>) -> Result<Vec<R>> + Sync,
) -> Result<Vec<R>> {
    // Fewer collectives than this a thread are not worth one.
    const MIN_GROUPS: usize = 512;
    let size = count.div_ceil(threads.get()).max(MIN_GROUPS);
    if threads.get() == 1 || count <= size {
        return job(0..count);
    }
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..count)
            .step_by(size)
            .map(|start| {
                let job = &job;
                s.spawn(move || job(start..(start + size).min(count)))
            })
            .collect();
        let mut all = Vec::new();
        for h in handles {
            all.extend(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))?);
        }
        Ok(all)
    })
}

/// Runs `job(first index, slice)` over `threads` slices of `people`.
fn in_slices(
    people: &mut [Outcomes],
    threads: NonZeroUsize,
    job: impl Fn(usize, &mut [Outcomes]) -> Result<()> + Sync,
) -> Result<()> {
    // A slice smaller than this costs more to start a thread for than it
    // saves: a huge `threads` (`usize::MAX`) starts at most one thread per
    // `MIN_SLICE` people, not one per person.
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

/// Step 1: the LĐTT criteria once, then what CSTĐCS adds, and the annual
/// titles of the overlays (`annual`: their columns and lowest ratings).
fn judge_people(
    review: &Review<'_>,
    pop: &Population,
    years: TitleYears,
    annual: &[(usize, &Rule<Rating>)],
    start: usize,
    out: &mut [Outcomes],
) {
    // The regime's own finding is the same for everyone.
    let mut base = Worst(Status::Met);
    review.regime_finding(&mut base);
    for (i, out) in (start..).zip(out.iter_mut()) {
        let m = pop.member(i, years);
        let entry = pop.entry(i, review.year());
        out.set_year(
            entry.and_then(|e| e.rating),
            entry.and_then(|e| e.discipline),
        );
        let mut adv = Worst(base.0);
        review.advanced(&m, &mut adv);
        let advanced = Outcome::from_worst(adv.0);
        out.set(ADVANCED, advanced);
        if advanced != Outcome::Ineligible {
            review.grassroots_route(&m, &mut adv);
            out.set(GRASSROOTS, Outcome::from_worst(adv.0));
        }
        for &(k, rating) in annual {
            let mut own = Worst(base.0);
            review.annual(&m, rating, &mut own);
            out.set(k, Outcome::from_worst(own.0));
        }
    }
}

/// Step 3: the streak titles of those holding their lower title this year.
fn judge_streaks(
    review: &Review<'_>,
    pop: &Population,
    columns: &Columns,
    years: TitleYears,
    start: usize,
    out: &mut [Outcomes],
) -> Result<()> {
    let year = review.year();
    for (i, out) in (start..).zip(out.iter_mut()) {
        for (k, (&award, lower)) in columns.individual.iter().zip(&columns.lower).enumerate() {
            let Some(lower) = *lower else { continue };
            let held = out.get(lower);
            if held == Outcome::Ineligible {
                continue;
            }
            let below = columns.individual.get(lower).copied().unwrap_or(award);
            let m = Member {
                decided: Some((below, year, true)),
                ..pop.member(i, years)
            };
            out.set(k, on_lower(held, review.person_outcome(&m, award)?));
        }
    }
    Ok(())
}

/// The outcome of a streak title judged as if its lower title of this year
/// were held, when that title is `held`: one that needs review leaves the
/// higher title needing review at best (what fails anyway still fails).
pub(super) fn on_lower(held: Outcome, outcome: Outcome) -> Outcome {
    match (held, outcome) {
        (Outcome::NeedsReview, Outcome::Eligible) => Outcome::NeedsReview,
        (_, o) => o,
    }
}

/// The "Lao động tiên tiến" title of a person's category.
pub(super) fn advanced_award(m: &Member<'_>) -> Award {
    use crate::facts::PersonFacts;
    m.category().base_title()
}

/// The quota allocation of one collective's candidates, and how many of
/// the selected are sure of their place. The base of the quota is the
/// members holding "Lao động tiên tiến"; members whose LĐTT needs review
/// may raise it, so the places they could add are not sure.
pub(super) fn allocate_group<'p>(
    review: &Review<'_>,
    pop: &'p Population,
    outcome: impl Fn(u32) -> Option<Outcomes>,
    members: &[u32],
    candidates: &mut Vec<Candidate<RankedId<'p>, i32>>,
) -> Result<Option<(Allocation<RankedId<'p>>, usize)>> {
    let Some(quota) = review.grassroots_quota() else {
        return Ok(None);
    };
    let (mut advanced, mut undecided, mut entrants) = (0u32, 0u32, 0u32);
    for &i in members {
        let Some(o) = outcome(i) else { continue };
        match o.get(ADVANCED) {
            Outcome::Eligible => advanced = advanced.saturating_add(1),
            Outcome::NeedsReview => undecided = undecided.saturating_add(1),
            Outcome::Ineligible => {}
        }
        if o.get(GRASSROOTS) == Outcome::Eligible {
            entrants = entrants.saturating_add(1);
        }
    }
    let sure = quota.value.cap(advanced)?;
    if entrants <= sure {
        return Ok(None);
    }
    let cap = quota.value.cap(advanced.saturating_add(undecided))?;
    candidates.clear();
    candidates.extend(members.iter().filter_map(|&i| {
        let row = pop.rows.get(i as usize)?;
        (outcome(i)?.get(GRASSROOTS) == Outcome::Eligible).then_some(Candidate {
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

fn tally(people: &[Outcomes], members: &[u32]) -> MemberTally {
    let mut t = MemberTally::new(u32::try_from(members.len()).unwrap_or(u32::MAX));
    for &i in members {
        let Some(out) = people.get(i as usize) else {
            continue;
        };
        let (rating, discipline) = out.year();
        t.count(rating, discipline, out.get(ADVANCED), out.get(GRASSROOTS));
    }
    t
}

/// A quota candidate's id: the person id orders it; the index finds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct RankedId<'p> {
    id: &'p PersonId,
    pub(super) index: u32,
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
pub(super) struct Groups {
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

    pub(super) fn members(&self, collective: usize) -> &[u32] {
        match (self.starts.get(collective), self.starts.get(collective + 1)) {
            (Some(&a), Some(&b)) => self.order.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}
