//! Batch review: generated populations, then damaged ones — duplicated
//! people and collectives, people of unknown collectives, years outside the
//! window, edge dates and scores, empty populations, any number of threads.
//! What is refused names the person, collective or year; what is reviewed
//! accounts for every person once, agrees with the one-by-one verdicts and
//! with itself on any number of threads.

use std::num::NonZeroUsize;

use chrono::NaiveDate;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::Config;
use thidua::decision::HighestOnlyScope;
use thidua::id::{PersonId, UnitId};
use thidua::law::{QuotaRounding, SalarySchedule};
use thidua::population::{PersonEntry, ReviewedPopulation, Titles, YearEntry};
use thidua::strategies;
use thidua::{
    Authority, Award, Collective, ErrorKind, Money, Outcome, Population, Rating, RecipientKind,
    Review, RuleBook, Tariff,
};

use crate::eligibility::{edge_date, edge_year, ymd};
use crate::support::{config, message};

const YEARLY: [Award; 4] = [
    Award::AdvancedWorker,
    Award::GrassrootsEmulationFighter,
    Award::MinistryOrProvinceEmulationFighter,
    Award::NationalEmulationFighter,
];

/// One thing done to a population after it is built.
#[derive(Clone, Debug)]
enum Damage {
    /// A person with the id of person `i`.
    DuplicatePerson(usize),
    /// A person of a collective not in the population.
    UnknownCollective(u64),
    /// A collective with the id of collective `i`.
    DuplicateCollective(usize),
    /// A new person (id, service start, score) in collective `i`, ids out
    /// of order.
    Person(u64, NaiveDate, i32, usize),
    /// A year set for person `i`: `year` may be outside the window or set
    /// already.
    Year(usize, i32, Option<thidua::Rating>, [u8; 3]),
    /// A new, empty collective.
    EmptyCollective(u64),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (0usize..80).prop_map(Damage::DuplicatePerson),
        (100u64..200).prop_map(Damage::UnknownCollective),
        (0usize..6).prop_map(Damage::DuplicateCollective),
        (
            prop_oneof![1u64..100, Just(u64::MAX), any::<u64>()],
            edge_date(),
            prop_oneof![Just(i32::MIN), Just(i32::MAX), any::<i32>()],
            0usize..6
        )
            .prop_map(|(id, d, s, c)| Damage::Person(id, d, s, c)),
        (
            0usize..90,
            prop_oneof![3 => 2017i32..=2027, 1 => edge_year()],
            proptest::option::of(strategies::rating()),
            any::<[u8; 3]>()
        )
            .prop_map(|(i, y, r, n)| Damage::Year(i, y, r, n)),
        (1000u64..1010).prop_map(Damage::EmptyCollective),
    ]
}

/// Applies `d`; checks a refusal names the fault and changes nothing.
fn apply(pop: &mut Population, d: &Damage) -> Result<(), TestCaseError> {
    let before = (pop.len(), pop.collectives().len());
    let collective = |pop: &Population, i: usize| {
        let n = pop.collectives().len();
        pop.collectives()[i % n].id.clone()
    };
    let entry = |id: PersonId, collective: UnitId| PersonEntry {
        id,
        category: thidua::PersonCategory::CivilServant,
        service_start: ymd(2010, 1, 1),
        collective,
        score: 0,
    };
    match *d {
        Damage::DuplicatePerson(i) => {
            if pop.is_empty() {
                return Ok(());
            }
            let id = pop.person_id(i % pop.len()).unwrap().clone();
            let c = collective(pop, i);
            let e = pop.add_person(entry(id.clone(), c)).unwrap_err();
            prop_assert_eq!(e.kind(), ErrorKind::Duplicate);
            prop_assert_eq!(message(&e)?, format!("person '{id}' is given twice"));
        }
        Damage::UnknownCollective(c) => {
            let id = PersonId::from(500_000 + c);
            let e = pop
                .add_person(entry(id.clone(), UnitId::from(c)))
                .unwrap_err();
            prop_assert_eq!(e.kind(), ErrorKind::UnknownReference);
            let msg = message(&e)?;
            prop_assert!(
                msg.contains(&format!("'{id}'")) && msg.contains(&format!("'{c}'")),
                "{msg}"
            );
        }
        Damage::DuplicateCollective(i) => {
            let id = collective(pop, i);
            let e = pop
                .add_collective(Collective::new(id.clone(), ""))
                .unwrap_err();
            prop_assert_eq!(e.kind(), ErrorKind::Duplicate);
            let msg = message(&e)?;
            prop_assert!(msg.contains(&format!("'{id}'")), "{msg}");
        }
        Damage::Person(id, service_start, score, c) => {
            let id = PersonId::from(id);
            let collective = collective(pop, c);
            let known = pop.position(&id).is_some();
            match pop.add_person(PersonEntry {
                id: id.clone(),
                category: thidua::PersonCategory::Worker,
                service_start,
                collective,
                score,
            }) {
                Ok(i) => {
                    prop_assert!(!known);
                    prop_assert_eq!(i, before.0);
                    prop_assert_eq!(pop.position(&id), Some(i));
                    return Ok(());
                }
                Err(e) => {
                    prop_assert!(known, "{e}");
                    let msg = message(&e)?;
                    prop_assert!(msg.contains(&format!("'{id}'")), "{msg}");
                }
            }
        }
        Damage::Year(i, year, rating, initiatives) => {
            let person = if pop.is_empty() {
                i
            } else {
                i % (pop.len() + 2)
            };
            let entry = YearEntry {
                rating,
                discipline: None,
                initiatives,
                titles: Titles::NONE,
            };
            if let Err(e) = pop.set_year(person, year, entry) {
                let msg = message(&e)?;
                // A year outside the window, a year given twice (with the
                // person), or no such person.
                let twice = pop
                    .person_id(person)
                    .is_some_and(|id| msg == format!("person '{id}': two records for {year}"));
                prop_assert!(
                    msg.contains(&format!("year {year}"))
                        || twice
                        || msg.contains(&format!("index {person}")),
                    "{msg}"
                );
            }
        }
        Damage::EmptyCollective(c) => {
            let id = UnitId::from(c);
            let known = pop.collectives().iter().any(|x| x.id == id);
            match pop.add_collective(Collective::new(id.clone(), "")) {
                Ok(_) => {
                    prop_assert!(!known);
                    prop_assert_eq!(pop.collectives().len(), before.1 + 1);
                    return Ok(());
                }
                Err(e) => {
                    prop_assert!(known);
                    prop_assert_eq!(message(&e)?, format!("collective '{id}' is given twice"));
                }
            }
        }
    }
    prop_assert_eq!((pop.len(), pop.collectives().len()), before);
    Ok(())
}

fn threads() -> impl Strategy<Value = NonZeroUsize> {
    prop_oneof![
        4 => 1usize..=4,
        1 => 5usize..=64,
        1 => Just(usize::MAX),
    ]
    .prop_map(|n| NonZeroUsize::new(n).unwrap())
}

/// A population of `year` as [`strategies::population`] makes them (one to
/// five collectives, up to sixty people, three years), decoded from plain
/// numbers: the exported strategy costs 3 ms a population in debug, too slow
/// for thousands of cases (a plain test below runs it).
fn light_population(year: i32) -> impl Strategy<Value = Population> {
    (
        vec(any::<u64>(), 1..=5),
        vec((any::<u64>(), any::<[u64; 3]>()), 0..60),
    )
        .prop_map(move |(collectives, people)| {
            let pick = |x: u64, n: u64| x % n;
            let rating = |x: u64| match pick(x, 100) {
                0..=14 => Rating::Excellent,
                15..=74 => Rating::Good,
                75..=94 => Rating::Completed,
                _ => Rating::NotCompleted,
            };
            let mut pop = Population::new(year - 2..=year).unwrap();
            let n = collectives.len() as u64;
            for (k, c) in (1u64..).zip(&collectives) {
                let mut col = Collective::new(UnitId::from(k), "");
                col.armed_forces = pick(c >> 8, 10) == 0;
                col.records.push(thidua::collectives::CollectiveRecord {
                    year,
                    rating: (pick(*c, 5) != 0).then(|| rating(c >> 16)),
                    movement: (pick(c >> 24, 5) != 0).then(|| pick(c >> 32, 10) != 0),
                });
                pop.add_collective(col).unwrap();
            }
            for (id, (s, years)) in (1u64..).zip(people) {
                let category = match pick(s, 11) {
                    0..=3 => thidua::PersonCategory::CivilServant,
                    4..=7 => thidua::PersonCategory::PublicEmployee,
                    8 => thidua::PersonCategory::Official,
                    9 => thidua::PersonCategory::Worker,
                    _ => thidua::PersonCategory::Soldier,
                };
                let start_year = if pick(s >> 8, 10) == 0 {
                    year
                } else {
                    2000 + pick(s >> 12, (year - 2000) as u64) as i32
                };
                let start = ymd(
                    start_year,
                    1 + pick(s >> 20, 11) as u32,
                    1 + pick(s >> 24, 28) as u32,
                );
                let i = pop
                    .add_person(PersonEntry {
                        id: PersonId::from(id),
                        category,
                        service_start: start,
                        collective: UnitId::from(pick(s >> 32, n) + 1),
                        score: pick(s >> 40, 101) as i32,
                    })
                    .unwrap();
                for (y, e) in (year - 2..).zip(years) {
                    let title = match pick(e >> 40, 10) {
                        _ if y == year => Titles::NONE,
                        0..=3 => Titles::NONE,
                        4..=7 => Titles::NONE.with(Award::AdvancedWorker).unwrap(),
                        _ => Titles::NONE
                            .with(Award::GrassrootsEmulationFighter)
                            .unwrap(),
                    };
                    let entry = YearEntry {
                        rating: (pick(e, 20) != 0).then(|| rating(e >> 8)),
                        discipline: (pick(e >> 16, 25) == 0).then(|| {
                            let all = thidua::people::DisciplineForm::ALL;
                            all[pick(e >> 20, all.len() as u64) as usize]
                        }),
                        initiatives: [
                            pick(e >> 24, 3) as u8,
                            pick(e >> 28, 2) as u8,
                            u8::from(pick(e >> 32, 20) == 0),
                        ],
                        titles: title,
                    };
                    pop.set_year(i, y, entry).unwrap();
                }
            }
            pop
        })
}

/// The population, its review year and judging date.
fn damaged() -> impl Strategy<Value = (Population, i32, NaiveDate, Vec<Damage>)> {
    (2018i32..=2026).prop_flat_map(|year| {
        (
            light_population(year),
            prop_oneof![8 => Just(year), 1 => year - 4..=year + 2],
            prop_oneof![Just(0u8), Just(1), Just(2)],
            vec(damage(), 0..5),
        )
            .prop_map(|(pop, y, k, damages)| {
                let on = match k {
                    0 => ymd(y, 12, 20),
                    1 => ymd(y + 1, 2, 28),
                    _ => ymd(y + 1, 7, 1),
                };
                (pop, y, on, damages)
            })
    })
}

/// The award that stands for "Lao động tiên tiến" for person `i`.
fn advanced_award(pop: &Population, i: usize) -> Award {
    use thidua::facts::PersonFacts;
    if pop.person(i).unwrap().category().is_armed_forces() {
        Award::AdvancedSoldier
    } else {
        Award::AdvancedWorker
    }
}

/// What a review must say about itself.
fn consistent(
    pr: &ReviewedPopulation<'_>,
    pop: &Population,
    picks: &[usize],
) -> Result<(), TestCaseError> {
    // Everyone once; every collective once; every person in one tally.
    prop_assert_eq!(pr.people().len(), pop.len());
    prop_assert_eq!(pr.collectives().len(), pop.collectives().len());
    let members: u64 = pr.collectives().map(|c| u64::from(c.tally().members)).sum();
    prop_assert_eq!(members, pop.len() as u64);
    for c in pr.collectives() {
        c.tally().validate().unwrap();
    }
    // Counts are the sum of the parts.
    for award in YEARLY {
        let counts = pr.count(award);
        let of = |o| pr.people().filter(|p| p.of(award) == Some(o)).count() as u32;
        prop_assert_eq!(counts.eligible, of(Outcome::Eligible));
        prop_assert_eq!(counts.needs_review, of(Outcome::NeedsReview));
    }
    for (award, pick) in [
        (Award::AdvancedCollective, 0),
        (Award::ExcellentCollective, 1),
    ] {
        let counts = pr.count(award);
        let outcome = |c: &thidua::population::CollectiveOutcome<'_>| {
            if pick == 0 {
                c.of(Award::AdvancedCollective).unwrap()
            } else {
                c.of(Award::ExcellentCollective).unwrap()
            }
        };
        let eligible = pr
            .collectives()
            .filter(|c| outcome(c) == Outcome::Eligible)
            .count() as u32;
        prop_assert_eq!(counts.eligible, eligible);
    }
    // The one-by-one verdicts agree with the batch.
    for &i in picks.iter().filter(|&&i| i < pop.len()) {
        let p = pr.person(i).unwrap();
        // Either name of "Lao động tiên tiến" asks for the one the batch
        // judged: the person's own (a soldier's is "Chiến sĩ tiên tiến").
        let own = advanced_award(pop, i);
        for award in YEARLY.into_iter().chain([Award::AdvancedSoldier]) {
            let v = pr.explain(i, award).unwrap();
            if award.civilian() == Award::AdvancedWorker {
                prop_assert_eq!(v.award, own);
            }
            prop_assert_eq!(
                Some(v.outcome),
                p.of(award),
                "person {} {:?}: {}",
                i,
                award,
                v
            );
            prop_assert_eq!(&v.candidate, &pop.person_id(i).unwrap().to_string());
        }
    }
    for (k, c) in pr.collectives().enumerate() {
        if c.tally().members == 0 || !picks.contains(&k) {
            continue;
        }
        let (adv, exc) = if pop.collectives()[k].armed_forces {
            (Award::AdvancedUnit, Award::DeterminedToWinUnit)
        } else {
            (Award::AdvancedCollective, Award::ExcellentCollective)
        };
        prop_assert_eq!(
            pr.explain_collective(k, adv).unwrap().outcome,
            c.of(adv).unwrap()
        );
        prop_assert_eq!(
            pr.explain_collective(k, exc).unwrap().outcome,
            c.of(exc).unwrap()
        );
    }
    // Past the end: refused naming the index.
    let e = pr.explain(pop.len(), Award::AdvancedWorker).unwrap_err();
    prop_assert!(message(&e)?.contains(&pop.len().to_string()));
    Ok(())
}

/// The money of a review, person by person: under the law's scope
/// (`all_periods` false) the higher of LĐTT and CSTĐCS (one year) and each
/// streak title (periods of their own); under the wider one each person's
/// highest title. Each collective is paid its highest title.
fn money_by_hand(pr: &ReviewedPopulation<'_>, tariff: &Tariff<'_>, all_periods: bool) -> Money {
    let price = |a: Award, k| tariff.amount(a, k).unwrap().amount;
    let mut all = Vec::new();
    for p in pr.people() {
        let held = |a: &Award| p.of(*a) == Some(Outcome::Eligible);
        let highest = |awards: &[Award]| {
            awards
                .iter()
                .filter(|a| held(a))
                .map(|a| price(*a, RecipientKind::Individual))
                .max()
        };
        if all_periods {
            all.extend(highest(&YEARLY));
        } else {
            all.extend(highest(&YEARLY[..2]));
            all.extend(highest(&YEARLY[2..3]));
            all.extend(highest(&YEARLY[3..]));
        }
    }
    for c in pr.collectives() {
        let held = [
            (
                c.of(Award::AdvancedCollective).unwrap(),
                Award::AdvancedCollective,
            ),
            (
                c.of(Award::ExcellentCollective).unwrap(),
                Award::ExcellentCollective,
            ),
        ];
        if let Some(m) = held
            .iter()
            .filter(|(o, _)| *o == Outcome::Eligible)
            .map(|(_, a)| price(*a, RecipientKind::Collective))
            .max()
        {
            all.push(m);
        }
    }
    Money::sum(all).unwrap()
}

proptest! {
    #![proptest_config(config())]

    /// A damaged population is reviewed on any number of threads with the
    /// same result as on one; the review accounts for everyone once and
    /// agrees with the one-by-one verdicts, the money with the prices.
    #[test]
    fn population_reviews_account_for_everyone(
        (mut pop, year, on, damages) in damaged(),
        threads in threads(),
        picks in vec(0usize..70, 0..2),
    ) {
        for d in &damages {
            apply(&mut pop, d)?;
        }
        let book = RuleBook::national();
        let review = match Review::new(&book, year, on) {
            Ok(r) => r,
            Err(e) => {
                // Before the first regime of the rule book.
                prop_assert_eq!(e.kind(), ErrorKind::NoRegime);
                prop_assert!(message(&e)?.contains(&on.to_string()));
                return Ok(());
            }
        };
        let one = review.population(&pop);
        let many = review.population_on(&pop, threads);
        let (one, many) = match (one, many) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(a), Err(b)) => {
                prop_assert_eq!(a.to_string(), b.to_string());
                let msg = message(&a)?;
                prop_assert!(msg.contains(&year.to_string()), "{msg}");
                return Ok(());
            }
            (a, b) => {
                prop_assert!(false, "threads disagree: {:?} vs {:?}", a.err(), b.err());
                unreachable!()
            }
        };
        prop_assert!(one.people().eq(many.people()));
        prop_assert!(one.collectives().eq(many.collectives()));
        consistent(&one, &pop, &picks)?;
        let salaries = SalarySchedule::national();
        if let Ok(tariff) = Tariff::new(&book, &salaries, on, Authority::AgencyHead) {
            let money = one.money(&tariff).unwrap();
            prop_assert_eq!(money, money_by_hand(&one, &tariff, false));
            let highest = one.money_with(&tariff, HighestOnlyScope::AllPeriods).unwrap();
            prop_assert_eq!(highest.total, money_by_hand(&one, &tariff, true));
            // A review compared with itself changes nothing.
            let same = one.diff(&many, (&tariff, &tariff)).unwrap();
            prop_assert!(same.gained.is_empty() && same.lost.is_empty());
            prop_assert_eq!(same.money_before, same.money_after);
            // Another rounding of the quota: what is gained and lost is
            // exactly what changed.
            let ceil = Review::new(&book, year, on).unwrap().with_quota_rounding(QuotaRounding::Ceil);
            let other = ceil.population(&pop).unwrap();
            let diff = one.diff(&other, (&tariff, &tariff)).unwrap();
            let changed = one.people().zip(other.people()).map(|(a, b)| {
                YEARLY.iter().filter(|w| (a.of(**w) == Some(Outcome::Eligible)) != (b.of(**w) == Some(Outcome::Eligible))).count()
            }).sum::<usize>() + one.collectives().zip(other.collectives()).map(|(a, b)| {
                [Award::AdvancedCollective, Award::ExcellentCollective].iter().filter(|w| (a.of(**w) == Some(Outcome::Eligible)) != (b.of(**w) == Some(Outcome::Eligible))).count()
            }).sum::<usize>();
            prop_assert_eq!(diff.gained.len() + diff.lost.len(), changed);
            prop_assert_eq!(diff.money_after, money_by_hand(&other, &tariff, false));
            // Reviews of another population are not compared.
            let other_pop = Population::new(year..=year).unwrap();
            let third = review.population(&other_pop).unwrap();
            let e = one.diff(&third, (&tariff, &tariff)).unwrap_err();
            prop_assert_eq!(e.kind(), ErrorKind::Conflict);
        }
    }

    /// Windows of years: 1 to 16 years in chrono's range are kept, others
    /// refused naming the years.
    #[test]
    fn population_windows(first in edge_year(), len in prop_oneof![Just(0i64), Just(1), Just(16), Just(17), -5i64..40, any::<i32>().prop_map(i64::from)]) {
        let last = i32::try_from(i64::from(first) + len - 1).unwrap_or(i32::MAX);
        match Population::new(first..=last) {
            Ok(pop) => {
                prop_assert!(pop.is_empty());
                prop_assert!((1..=16).contains(&(i64::from(last) - i64::from(first) + 1)));
            }
            Err(e) => {
                let msg = message(&e)?;
                prop_assert!(msg.contains(&first.to_string()) || msg.contains(&last.to_string()), "{msg}");
            }
        }
    }
}

/// An empty population, with and without collectives, reviews to nothing.
#[test]
fn empty_population_reviews_to_nothing() {
    let book = RuleBook::national();
    let review = Review::new(&book, 2021, ymd(2021, 12, 20)).unwrap();
    let mut pop = Population::new(2019..=2021).unwrap();
    let pr = review.population(&pop).unwrap();
    assert!(pr.people().len() == 0 && pr.collectives().len() == 0);
    assert_eq!(pr.count(Award::AdvancedWorker).eligible, 0);
    pop.add_collective(Collective::new(UnitId::from(1), ""))
        .unwrap();
    let pr = review
        .population_on(&pop, NonZeroUsize::new(usize::MAX).unwrap())
        .unwrap();
    assert_eq!(pr.collectives().len(), 1);
    assert_eq!(
        pr.collective(0).unwrap().of(Award::AdvancedCollective),
        Some(Outcome::Ineligible)
    );
    assert_eq!(pr.collective(0).unwrap().tally().members, 0);
}

/// Twenty thousand people on "all the threads there are": the same review
/// as on one thread, everyone once.
#[test]
fn enormous_population_on_huge_thread_counts() {
    let book = RuleBook::national();
    let review = Review::new(&book, 2021, ymd(2021, 12, 20)).unwrap();
    let mut pop = Population::new(2019..=2021).unwrap();
    for c in 1..=20 {
        pop.add_collective(Collective::new(UnitId::from(c), ""))
            .unwrap();
    }
    let n = 20_000u64;
    for k in 0..n {
        // Ids in decreasing order: the hash index is built.
        let i = pop
            .add_person(PersonEntry {
                id: PersonId::from(n - k),
                category: thidua::PersonCategory::CivilServant,
                service_start: ymd(2010, 1, 1),
                collective: UnitId::from(k % 20 + 1),
                score: (k % 7) as i32,
            })
            .unwrap();
        for y in 2019..=2021 {
            pop.set_year(
                i,
                y,
                YearEntry {
                    rating: Some(thidua::Rating::Excellent),
                    discipline: None,
                    initiatives: [1, 0, 0],
                    titles: Titles::NONE,
                },
            )
            .unwrap();
        }
    }
    let one = review.population(&pop).unwrap();
    let many = review
        .population_on(&pop, NonZeroUsize::new(usize::MAX).unwrap())
        .unwrap();
    assert!(one.people().eq(many.people()));
    assert_eq!(one.people().len(), n as usize);
    let members: u32 = one.collectives().map(|c| c.tally().members).sum();
    assert_eq!(members, n as u32);
    // 2021: 15% of each collective's 1 000 LĐTT.
    assert_eq!(
        one.count(Award::GrassrootsEmulationFighter).eligible,
        20 * 150
    );
}

/// The exported strategy's populations, a few hundred of them: reviewed
/// consistently (the proptest above decodes its own, faster).
#[test]
fn strategy_populations_are_reviewed_consistently() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let book = RuleBook::national();
    for year in [2021, 2024] {
        let review = Review::new(&book, year, ymd(year, 12, 20)).unwrap();
        let s = strategies::population(year);
        for k in 0..150 {
            let pop = s.new_tree(&mut runner).unwrap().current();
            let pr = review.population(&pop).unwrap();
            let picks = [k % 60, (k * 7) % 60];
            if let Err(e) = consistent(&pr, &pop, &picks) {
                panic!("{e}");
            }
        }
    }
}

proptest! {
    // Each case starts threads: a quarter of the cases.
    #![proptest_config(Config { cases: (config().cases / 4).max(1), ..config() })]

    /// A population loaded in bulk — people and records shuffled, cut
    /// into chunks of any size, parsed on any number of threads — holds
    /// the same people and records as the one built one by one, and is
    /// reviewed the same, person by person; a record given twice anywhere
    /// is named with its line, person and year.
    #[test]
    fn bulk_loading_in_any_order_is_loading_one_by_one(
        pop in light_population(2021),
        seed in any::<u64>(),
        chunk in 1usize..20,
        threads in threads(),
        twice in proptest::option::of(any::<prop::sample::Index>()),
    ) {
        let mut people: Vec<(u64, PersonEntry)> = (0..pop.len())
            .map(|i| (i as u64 + 2, pop.person_entry(i).unwrap()))
            .collect();
        let mut records: Vec<(String, i32, YearEntry)> = (0..pop.len())
            .flat_map(|i| {
                let id = pop.person_id(i).unwrap().to_string();
                let pop = &pop;
                (2019..=2021).filter_map(move |y| pop.year_entry(i, y).map(|e| (id.clone(), y, e)))
            })
            .collect();
        let mut rng = seed | 1;
        let mut next = move |n: usize| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng % n.max(1) as u64) as usize
        };
        for i in (1..people.len()).rev() {
            people.swap(i, next(i + 1));
        }
        for i in (1..records.len()).rev() {
            records.swap(i, next(i + 1));
        }
        let mut bulk = Population::new(2019..=2021).unwrap();
        for c in pop.collectives() {
            bulk.add_collective(c.clone()).unwrap();
        }
        bulk.load_people("people", threads, people.chunks(chunk).map(Ok), |chunk, batch| {
            chunk.iter().try_for_each(|(line, p)| batch.push(*line, p.clone()))
        }).unwrap();
        prop_assert_eq!(bulk.len(), pop.len());
        if let Some(k) = twice.filter(|_| !records.is_empty()) {
            let again = records[k.index(records.len())].clone();
            records.push(again);
        }
        let lines: Vec<(u64, &(String, i32, YearEntry))> = (2u64..).zip(&records).collect();
        let loaded = bulk.load_records("records", threads, lines.chunks(chunk).map(Ok), |chunk, batch| {
            chunk.iter().try_for_each(|(line, (id, year, entry))| batch.push(*line, id, *year, *entry))
        });
        if twice.is_some() && !records.is_empty() {
            let (id, year, _) = records.last().unwrap();
            let e = loaded.unwrap_err();
            prop_assert_eq!(e.kind(), ErrorKind::Duplicate);
            prop_assert_eq!(
                message(&e)?,
                format!("records line {}: person '{id}': two records for {year}", records.len() + 1)
            );
            return Ok(());
        }
        loaded.unwrap();
        for i in 0..pop.len() {
            let id = pop.person_id(i).unwrap();
            let j = bulk.position(id).unwrap();
            prop_assert_eq!(bulk.person_entry(j), pop.person_entry(i));
            for y in 2019..=2021 {
                prop_assert_eq!(bulk.year_entry(j, y), pop.year_entry(i, y));
            }
        }
        let book = RuleBook::national();
        let review = Review::new(&book, 2021, ymd(2021, 12, 20)).unwrap();
        let (a, b) = (review.population(&pop).unwrap(), review.population_on(&bulk, threads).unwrap());
        for i in 0..pop.len() {
            let j = bulk.position(pop.person_id(i).unwrap()).unwrap();
            prop_assert_eq!(a.person(i), b.person(j));
        }
        prop_assert!(a.collectives().eq(b.collectives()));
    }
}
