//! Population reviews: the reference workload, hand-made edge cases, bad
//! input, and the fast path agreeing with one-by-one verdicts.

use std::path::{Path, PathBuf};
use thidua::Bilingual as _;

use proptest::prelude::*;
use thidua::{Award, ErrorKind, Outcome, Review, RuleBook, strategies};

#[allow(dead_code)]
#[path = "../../examples/annual_review.rs"]
pub mod annual_review;

pub fn data(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/annual_review")
        .join(dir)
}

#[test]
fn the_workload_at_ten_thousand_people() {
    let json = annual_review::run(&data("seed7-10000")).unwrap();
    assert_eq!(
        json,
        r#"{"year":2021,"people":10000,"collectives":432,"ldtt":6577,"cstdcs":737,"cstd_tinh":2,"ttldtt":169,"ttldxs":11,"cash_total_vnd":3946330000}"#
    );
}

/// The workload's `cash_total_vnd` is each recipient's highest amount only
/// (`HighestOnlyScope::AllPeriods`); the law's reading, the library's
/// default, also pays the CSTĐCS 2021 of the 2 provincial fighters: 2 ×
/// 1.490.000 đồng more (the DIFFERENCE note of the data's README).
#[test]
fn the_workload_under_both_scopes() {
    use thidua::decision::HighestOnlyScope;
    use thidua::law::SalarySchedule;
    use thidua::{Authority, Money, Tariff};
    let pop = annual_review::load(&data("seed7-10000")).unwrap();
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let on = chrono::NaiveDate::from_ymd_opt(2021, 12, 20).unwrap();
    let review = Review::new(&book, 2021, on).unwrap();
    let result = review.population(&pop).unwrap();
    let tariff = Tariff::new(&book, &salaries, on, Authority::ProvincialChair).unwrap();
    let wider = result
        .money_with(&tariff, HighestOnlyScope::AllPeriods)
        .unwrap();
    assert_eq!(wider.total, Money::from_dong(3_946_330_000));
    let law = result.money(&tariff).unwrap();
    assert_eq!(law, Money::from_dong(3_946_330_000 + 2 * 1_490_000));
    // The edge cases: person 35's CSTĐCS 2021 beside CSTĐ tỉnh 2019–2021.
    let pop = annual_review::load(&data("edge")).unwrap();
    let result = review.population(&pop).unwrap();
    let wider = result
        .money_with(&tariff, HighestOnlyScope::AllPeriods)
        .unwrap();
    assert_eq!(wider.total, Money::from_dong(27_530_000));
    let law = result.money(&tariff).unwrap();
    assert_eq!(law, Money::from_dong(27_530_000 + 1_490_000));
}

#[test]
fn hand_made_edge_cases() {
    let expected = std::fs::read_to_string(data("edge").join("expected.json")).unwrap();
    assert_eq!(annual_review::run(&data("edge")).unwrap(), expected.trim());
}

/// The larger sizes need the workload's generator, which lives outside the
/// repository; run them with `cargo test --release -- --ignored` where it is.
#[test]
#[ignore = "needs shared/bench/gen_annual_review.py and python3; slow in debug builds"]
fn the_workload_at_a_hundred_thousand_and_a_million_people() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/gen_annual_review.py");
    let expected = [
        (
            100_000,
            r#"{"year":2021,"people":100000,"collectives":4211,"ldtt":65847,"cstdcs":7588,"cstd_tinh":20,"ttldtt":1763,"ttldxs":122,"cash_total_vnd":39824750000}"#,
        ),
        (
            1_000_000,
            r#"{"year":2021,"people":1000000,"collectives":41705,"ldtt":660278,"cstdcs":76619,"cstd_tinh":259,"ttldtt":17460,"ttldxs":1334,"cash_total_vnd":399920040000}"#,
        ),
    ];
    for (n, json) in expected {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("ar-{n}"));
        if !out.join("records.csv").exists() {
            let status = std::process::Command::new("python3")
                .arg(&script)
                .args(["--people", &n.to_string(), "--seed", "7", "--out"])
                .arg(&out)
                .status()
                .unwrap();
            assert!(status.success());
        }
        assert_eq!(annual_review::run(&out).unwrap(), json);
    }
}

/// Writes a copy of the edge data with one file changed.
fn malformed(name: &str, file: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("malformed")
        .join(name);
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["collectives.csv", "people.csv", "records.csv"] {
        let text = std::fs::read_to_string(data("edge").join(f)).unwrap();
        std::fs::write(dir.join(f), if f == file { edit(text) } else { text }).unwrap();
    }
    dir
}

#[test]
fn malformed_csv_names_the_file_line_and_value() {
    type Case = (
        &'static str,
        &'static str,
        fn(String) -> String,
        ErrorKind,
        &'static str,
    );
    let cases: [Case; 6] = [
        (
            "missing-column",
            "people.csv",
            |t| t.replacen("1,1,2021-03-01,50", "1,1,2021-03-01", 1),
            ErrorKind::Parse,
            "people.csv line 2: 3 columns, expected 4",
        ),
        (
            "unknown-rating",
            "records.csv",
            |t| t.replacen("3,2021,HTXS", "3,2021,XS", 1),
            ErrorKind::UnknownName,
            "records.csv line 10: unknown rating 'XS'",
        ),
        (
            "unknown-rating-late",
            "records.csv",
            |t| t.replacen("48,2021,HTT", "48,2021,XX", 1),
            ErrorKind::UnknownName,
            "records.csv line 145: unknown rating 'XX'",
        ),
        (
            "unknown-collective",
            "people.csv",
            |t| t.replacen("48,5,", "48,9,", 1),
            ErrorKind::UnknownReference,
            "people.csv line 49: person '48' belongs to unknown collective '9'",
        ),
        (
            "duplicate-person",
            "people.csv",
            |t| t.replacen("2,1,2021-03-02", "1,1,2021-03-02", 1),
            ErrorKind::Duplicate,
            "people.csv line 3: person '1' is given twice",
        ),
        (
            "bad-header",
            "collectives.csv",
            |t| t.replacen("movement", "mouvement", 1),
            ErrorKind::Parse,
            "collectives.csv line 1: header",
        ),
    ];
    for (name, file, edit, kind, message) in cases {
        let err = annual_review::run(&malformed(name, file, edit)).unwrap_err();
        assert_eq!(err.kind(), kind, "{name}: {err}");
        assert!(err.en().contains(message), "{name}: {err}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// The fast batch gives the outcomes the one-by-one verdicts give, for
    /// every person, title and collective, in each regime.
    #[test]
    fn batch_outcomes_equal_one_by_one_verdicts(
        pop in strategies::population(2021),
        regime_date in prop_oneof![Just((2021, 12, 20)), Just((2022, 1, 10))],
    ) {
        let book = RuleBook::national();
        let on = chrono::NaiveDate::from_ymd_opt(regime_date.0, regime_date.1, regime_date.2).unwrap();
        let review = Review::new(&book, 2021, on).unwrap();
        let result = review.population(&pop).unwrap();
        // On three threads, the same outcomes.
        let parallel = review.population_on(&pop, std::num::NonZeroUsize::new(3).unwrap()).unwrap();
        prop_assert!(parallel.people().eq(result.people()));
        prop_assert!(parallel.collectives().eq(result.collectives()));
        for i in 0..pop.len() {
            let outcome = result.person(i).unwrap();
            let armed = pop.person(i).map(|m| thidua::facts::PersonFacts::category(&m).is_armed_forces()).unwrap();
            for award in [Award::AdvancedWorker, Award::GrassrootsEmulationFighter, Award::MinistryOrProvinceEmulationFighter, Award::NationalEmulationFighter] {
                let judged = if award == Award::AdvancedWorker && armed { Award::AdvancedSoldier } else { award };
                let v = result.explain(i, judged).unwrap();
                prop_assert_eq!(v.outcome, outcome.of(award).unwrap(), "person {} {:?}\n{}", i, award, v);
            }
        }
        for (k, c) in pop.collectives().iter().enumerate() {
            let (adv, exc) = if c.armed_forces { (Award::AdvancedUnit, Award::DeterminedToWinUnit) } else { (Award::AdvancedCollective, Award::ExcellentCollective) };
            let o = result.collective(k).unwrap();
            prop_assert_eq!(result.explain_collective(k, adv).unwrap().outcome, o.of(adv).unwrap());
            prop_assert_eq!(result.explain_collective(k, exc).unwrap().outcome, o.of(exc).unwrap());
        }
    }
}

#[test]
fn a_cut_candidate_is_told_why() {
    let pop = annual_review::load(&data("edge")).unwrap();
    let book = RuleBook::national();
    let review = Review::new(
        &book,
        2021,
        chrono::NaiveDate::from_ymd_opt(2021, 12, 20).unwrap(),
    )
    .unwrap();
    let result = review.population(&pop).unwrap();
    let five = pop.position_of("5").unwrap();
    assert!(result.person(five).unwrap().cut_by_quota());
    let v = result
        .explain(five, Award::GrassrootsEmulationFighter)
        .unwrap();
    assert_eq!(v.outcome, Outcome::Ineligible);
    let quota = v.finding(thidua::eligibility::Criterion::Quota).unwrap();
    assert!(
        quota
            .reason_vi
            .contains("không quá 15% của 7 \"Lao động tiên tiến\""),
        "{v}"
    );
    assert_eq!(
        quota.citation.to_string(),
        "khoản 3 Điều 9 Nghị định số 91/2017/NĐ-CP"
    );
}

#[test]
fn regimes_compared_on_one_population() {
    let pop = annual_review::load(&data("seed7-10000")).unwrap();
    let book = RuleBook::national();
    let salaries = thidua::law::SalarySchedule::national();
    let d = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    // The 2021 achievements judged under Decree 91/2017 and, a month later,
    // under Law 06/2022 (no quota; HTXS or an initiative).
    let r2021 = Review::new(&book, 2021, d(2021, 12, 20)).unwrap();
    let r2024 = Review::new(&book, 2021, d(2024, 1, 20)).unwrap();
    let (a, b) = (
        r2021.population(&pop).unwrap(),
        r2024.population(&pop).unwrap(),
    );
    let t1 = thidua::Tariff::new(
        &book,
        &salaries,
        d(2021, 12, 20),
        thidua::Authority::ProvincialChair,
    )
    .unwrap();
    let t2 = thidua::Tariff::new(
        &book,
        &salaries,
        d(2024, 1, 20),
        thidua::Authority::ProvincialChair,
    )
    .unwrap();
    let diff = a.diff(&b, (&t1, &t2)).unwrap();
    let gained_cstdcs = diff
        .gained
        .iter()
        .filter(|(_, aw)| *aw == Award::GrassrootsEmulationFighter)
        .count();
    assert!(
        gained_cstdcs > 0,
        "no quota and the HTXS route: more CSTĐCS"
    );
    assert_eq!(a.money(&t1).unwrap(), diff.money_before);
    assert_ne!(diff.money_before, diff.money_after);
}

/// A member whose LĐTT needs review may raise the 15% base: the place it
/// could add is not sure, so the candidate ranked into it needs review too.
#[test]
fn an_undecided_member_leaves_a_quota_place_open() {
    use thidua::collectives::CollectiveRecord;
    use thidua::population::{PersonEntry, YearEntry};
    use thidua::{Collective, PersonCategory, Population, Rating};
    let mut pop = Population::new(2019..=2021).unwrap();
    let mut c = Collective::new("C".parse().unwrap(), "");
    c.records.push(CollectiveRecord {
        year: 2021,
        rating: Some(Rating::Excellent),
        movement: Some(true),
    });
    pop.add_collective(c).unwrap();
    let start = chrono::NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
    // Six LĐTT, one not yet rated (needs review), two of the six with an
    // initiative: 15% of 6 is 0 places, of 7 is 1.
    for id in 1..=7u64 {
        let i = pop
            .add_person(PersonEntry {
                id: id.into(),
                category: PersonCategory::CivilServant,
                service_start: start,
                collective: "C".parse().unwrap(),
                score: id as i32,
            })
            .unwrap();
        let entry = YearEntry {
            rating: (id != 7).then_some(Rating::Good),
            initiatives: [u8::from(id >= 5), 0, 0],
            ..YearEntry::default()
        };
        pop.set_year(i, 2021, entry).unwrap();
    }
    let book = RuleBook::national();
    let review = Review::new(
        &book,
        2021,
        chrono::NaiveDate::from_ymd_opt(2021, 12, 20).unwrap(),
    )
    .unwrap();
    let result = review.population(&pop).unwrap();
    let six = pop.position_of("6").unwrap();
    let five = pop.position_of("5").unwrap();
    assert_eq!(
        result
            .person(six)
            .unwrap()
            .of(Award::GrassrootsEmulationFighter),
        Some(Outcome::NeedsReview)
    );
    assert_eq!(
        result
            .person(five)
            .unwrap()
            .of(Award::GrassrootsEmulationFighter),
        Some(Outcome::Ineligible)
    );
    assert!(result.person(five).unwrap().cut_by_quota());
    let v = result
        .explain(six, Award::GrassrootsEmulationFighter)
        .unwrap();
    assert_eq!(v.outcome, Outcome::NeedsReview);
    assert_eq!(
        v.finding(thidua::eligibility::Criterion::Quota)
            .unwrap()
            .status,
        thidua::eligibility::Status::Unknown
    );
    // The collective's CSTĐCS member is not sure either: TTLĐXS needs review.
    assert_eq!(
        result.collective(0).unwrap().of(Award::ExcellentCollective),
        Some(Outcome::NeedsReview)
    );
}

/// One person with CSTĐCS 2022 and 2023 already conferred, HTXS in 2024 and
/// an initiative recognised by the province: CSTĐCS 2024 (period 2024) and
/// CSTĐ bộ/tỉnh 2022–2024, priced on 2024-12-20 by a provincial chair. The
/// law pays both, 9.360.000 đồng, as the same grants in a `Decision` do;
/// the wider scope only the higher, 7.020.000 đồng.
#[test]
fn a_provincial_fighter_is_paid_both_titles_under_the_law() {
    use thidua::decision::HighestOnlyScope;
    use thidua::decision::{MoneyNoteKind, PayOptions};
    use thidua::history::Recipient;
    use thidua::law::SalarySchedule;
    use thidua::population::{PersonEntry, Titles, YearEntry};
    use thidua::{
        Authority, Collective, Decision, Money, Period, PersonCategory, Population, Rating, Tariff,
    };
    let d = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let mut pop = Population::new(2022..=2024).unwrap();
    pop.add_collective(Collective::new("C".parse().unwrap(), ""))
        .unwrap();
    let i = pop
        .add_person(PersonEntry {
            id: "1".parse().unwrap(),
            category: PersonCategory::CivilServant,
            service_start: d(2010, 1, 1),
            collective: "C".parse().unwrap(),
            score: 0,
        })
        .unwrap();
    let cstdcs = Titles::NONE
        .with(Award::GrassrootsEmulationFighter)
        .unwrap();
    for (y, titles, initiatives) in [
        (2022, cstdcs, [1, 0, 0]),
        (2023, cstdcs, [0, 1, 0]),
        (2024, Titles::NONE, [1, 0, 0]),
    ] {
        let entry = YearEntry {
            rating: Some(Rating::Excellent),
            initiatives,
            titles,
            ..YearEntry::default()
        };
        pop.set_year(i, y, entry).unwrap();
    }
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let on = d(2024, 12, 20);
    let review = Review::new(&book, 2024, on).unwrap();
    let result = review.population(&pop).unwrap();
    let titles: Vec<Award> = result.person(i).unwrap().titles().collect();
    assert_eq!(
        titles,
        [
            Award::AdvancedWorker,
            Award::GrassrootsEmulationFighter,
            Award::MinistryOrProvinceEmulationFighter
        ]
    );
    let tariff = Tariff::new(&book, &salaries, on, Authority::ProvincialChair).unwrap();
    let law = result
        .money_with(&tariff, HighestOnlyScope::SamePeriod)
        .unwrap();
    assert_eq!(law.total, Money::from_dong(9_360_000));
    assert_eq!(result.money(&tariff).unwrap(), law.total);
    let kinds: Vec<_> = law.notes.iter().map(|n| n.kind).collect();
    assert_eq!(
        kinds,
        [
            MoneyNoteKind::SamePeriodHighestOnly,
            MoneyNoteKind::DifferentPeriodsEachPaid
        ]
    );
    let wider = result
        .money_with(&tariff, HighestOnlyScope::AllPeriods)
        .unwrap();
    assert_eq!(wider.total, Money::from_dong(7_020_000));
    assert_eq!(wider.highest_only, HighestOnlyScope::AllPeriods);
    assert_eq!(wider.notes[0].kind, MoneyNoteKind::AllPeriodsHighestOnly);
    // The decision with the same grants pays the same under each scope.
    let an = Recipient::Individual("1".parse().unwrap());
    let decision = Decision::new(
        "1520/QĐ-UBND".parse().unwrap(),
        on,
        Authority::ProvincialChair,
    )
    .grant(
        an.clone(),
        Award::AdvancedWorker,
        Period::year(2024).unwrap(),
    )
    .grant(
        an.clone(),
        Award::GrassrootsEmulationFighter,
        Period::year(2024).unwrap(),
    )
    .grant(
        an,
        Award::MinistryOrProvinceEmulationFighter,
        Period::new(d(2022, 1, 1), d(2025, 1, 1)).unwrap(),
    );
    for (scope, total) in [
        (HighestOnlyScope::SamePeriod, 9_360_000),
        (HighestOnlyScope::AllPeriods, 7_020_000),
    ] {
        let options = PayOptions::default().highest_only(scope);
        let m = decision.money_with(&book, &salaries, options).unwrap();
        assert_eq!(m.total, Money::from_dong(total));
        let population = result.money_with(&tariff, scope).unwrap();
        assert_eq!(m.notes, population.notes);
    }
}

/// One collective of eight, judged for 2021 under Decree 91/2017 (on
/// 2021-12-20), under Law 06/2022 (on 2024-01-20: no quota, HTXS or an
/// initiative for CSTĐCS, new hires from 6 months), and under Law 06/2022
/// with a province that asks 12 months of new hires. Every change, to and
/// from *needs review* included, is listed exactly.
///
/// | person | 2021 | LĐTT 91/2017 | CSTĐCS 91/2017 | LĐTT 06/2022 | CSTĐCS 06/2022 | with the province |
/// |---|---|---|---|---|---|---|
/// | 1–4 | HTT | yes | no | yes | no | same |
/// | 5 | HTT, initiative, score 5 | yes | cut by the quota | yes | yes | same |
/// | 6 | HTT, initiative, score 6 | yes | needs review (the place person 7 may add) | yes | yes | same |
/// | 7 | not rated | needs review | no (no initiative) | needs review | needs review | same |
/// | 8 | HTXS, hired 2021-06-01 | no (under 10 months) | no | yes | yes (HTXS) | neither |
///
/// The collective: TTLĐTT under Decree 91/2017, *needs review* under Law
/// 06/2022 (the text of its Art. 28 is not verified in the bundled data, so
/// every point is unknown); TTLĐXS needs review under all three (person 7
/// not rated).
#[test]
fn what_if_lists_every_change_exactly() {
    use thidua::citation::{Citation, Instrument, InstrumentKind};
    use thidua::collectives::CollectiveRecord;
    use thidua::history::Recipient;
    use thidua::law::{OverlayRule, SalarySchedule};
    use thidua::population::{PersonEntry, YearEntry};
    use thidua::{
        Authority, Collective, Money, Overlay, Period, PersonCategory, Population, Rating, Tariff,
    };
    let d = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let mut pop = Population::new(2019..=2021).unwrap();
    let mut c = Collective::new("C".parse().unwrap(), "");
    c.records.push(CollectiveRecord {
        year: 2021,
        rating: Some(Rating::Excellent),
        movement: Some(true),
    });
    pop.add_collective(c).unwrap();
    for id in 1..=8u64 {
        let i = pop
            .add_person(PersonEntry {
                id: id.into(),
                category: PersonCategory::CivilServant,
                service_start: if id == 8 {
                    d(2021, 6, 1)
                } else {
                    d(2010, 1, 1)
                },
                collective: "C".parse().unwrap(),
                score: id as i32,
            })
            .unwrap();
        let rating = match id {
            7 => None,
            8 => Some(Rating::Excellent),
            _ => Some(Rating::Good),
        };
        let entry = YearEntry {
            rating,
            initiatives: [u8::from(id == 5 || id == 6), 0, 0],
            ..YearEntry::default()
        };
        pop.set_year(i, 2021, entry).unwrap();
    }
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let province = Overlay::new(
        "Quy chế thi đua, khen thưởng tỉnh A",
        Citation::new(Instrument::new(
            InstrumentKind::Decision,
            "20/2024/QĐ-UBND",
            "Quyết định số 20/2024/QĐ-UBND",
        ))
        .article(8),
        Period::starting(d(2024, 1, 1)),
    )
    .with(OverlayRule::NewHireMonths { months: 12 });
    let old = Review::new(&book, 2021, d(2021, 12, 20)).unwrap();
    let new = Review::new(&book, 2021, d(2024, 1, 20)).unwrap();
    let local = Review::new(&book, 2021, d(2024, 1, 20))
        .unwrap()
        .with_overlay(&province)
        .unwrap();
    let (r1, r2, r3) = (
        old.population(&pop).unwrap(),
        new.population(&pop).unwrap(),
        local.population(&pop).unwrap(),
    );
    let t1 = Tariff::new(
        &book,
        &salaries,
        d(2021, 12, 20),
        Authority::ProvincialChair,
    )
    .unwrap();
    let t2 = Tariff::new(&book, &salaries, d(2024, 1, 20), Authority::ProvincialChair).unwrap();
    let who = |id: u64| Recipient::Individual(id.into());
    let (ldtt, cstdcs) = (Award::AdvancedWorker, Award::GrassrootsEmulationFighter);

    let diff = r1.diff(&r2, (&t1, &t2)).unwrap();
    assert_eq!(
        diff.gained,
        [
            (who(5), cstdcs),
            (who(6), cstdcs),
            (who(8), ldtt),
            (who(8), cstdcs)
        ]
    );
    let unit = Recipient::Collective("C".parse().unwrap());
    let ttldtt = Award::AdvancedCollective;
    assert_eq!(diff.lost, [(unit.clone(), ttldtt)]);
    assert_eq!(diff.to_review, [(who(7), cstdcs), (unit.clone(), ttldtt)]);
    assert_eq!(diff.from_review, [(who(6), cstdcs)]);
    // 2021: six LĐTT at 450.000 and TTLĐTT at 1.200.000 đồng; 2024 (base
    // salary 1.800.000): four LĐTT at 540.000 and three CSTĐCS at
    // 1.800.000 (their LĐTT not paid: the same period).
    assert_eq!(diff.money_before, Money::from_dong(6 * 450_000 + 1_200_000));
    assert_eq!(
        diff.money_after,
        Money::from_dong(4 * 540_000 + 3 * 1_800_000)
    );

    let diff = r2.diff(&r3, (&t2, &t2)).unwrap();
    assert!(diff.gained.is_empty(), "{:?}", diff.gained);
    assert_eq!(diff.lost, [(who(8), ldtt), (who(8), cstdcs)]);
    assert!(diff.to_review.is_empty() && diff.from_review.is_empty());
    // Person 8's CSTĐCS no longer paid.
    assert_eq!(
        diff.money_after,
        Money::from_dong(4 * 540_000 + 2 * 1_800_000)
    );

    let diff = r1.diff(&r3, (&t1, &t2)).unwrap();
    assert_eq!(diff.gained, [(who(5), cstdcs), (who(6), cstdcs)]);
    assert_eq!(diff.lost, [(unit.clone(), ttldtt)]);
    assert_eq!(diff.to_review, [(who(7), cstdcs), (unit, ttldtt)]);
    assert_eq!(diff.from_review, [(who(6), cstdcs)]);
    // TTLĐXS needs review throughout: in no list.
    for (r, advanced) in [
        (&r1, Outcome::Eligible),
        (&r2, Outcome::NeedsReview),
        (&r3, Outcome::NeedsReview),
    ] {
        let c = r.collective(0).unwrap();
        assert_eq!(c.of(ttldtt), Some(advanced));
        assert_eq!(c.of(Award::ExcellentCollective), Some(Outcome::NeedsReview));
    }
}

/// A streak title whose lower title of the year needs review needs review
/// too (at best), in the batch and in its explanation, as a verdict that
/// judges the lower title itself says; what fails anyway still fails.
#[test]
fn a_streak_on_a_title_that_needs_review_needs_review() {
    use thidua::collectives::CollectiveRecord;
    use thidua::eligibility::{Criterion, Status};
    use thidua::population::{PersonEntry, Titles, YearEntry};
    use thidua::{Collective, PersonCategory, Population, Rating};
    let mut pop = Population::new(2019..=2021).unwrap();
    let mut c = Collective::new("C".parse().unwrap(), "");
    c.records.push(CollectiveRecord {
        year: 2021,
        rating: Some(Rating::Excellent),
        movement: Some(true),
    });
    pop.add_collective(c).unwrap();
    let cstdcs = Titles::NONE
        .with(Award::GrassrootsEmulationFighter)
        .unwrap();
    // Six LĐTT and one not rated: 15% of 6 is no sure place, of 7 one.
    // Person 6 is the only candidate, with CSTĐCS 2019 and 2020 and a
    // provincial initiative; person 5 the same but without the initiative.
    for id in 1..=7u64 {
        let i = pop
            .add_person(PersonEntry {
                id: id.into(),
                category: PersonCategory::CivilServant,
                service_start: chrono::NaiveDate::from_ymd_opt(2010, 1, 1).unwrap(),
                collective: "C".parse().unwrap(),
                score: id as i32,
            })
            .unwrap();
        let fighter = id == 5 || id == 6;
        for year in 2019..=2020 {
            let entry = YearEntry {
                rating: Some(Rating::Good),
                initiatives: [0, u8::from(id == 6 && year == 2020), 0],
                titles: if fighter { cstdcs } else { Titles::NONE },
                ..YearEntry::default()
            };
            pop.set_year(i, year, entry).unwrap();
        }
        let entry = YearEntry {
            rating: (id != 7).then_some(Rating::Good),
            initiatives: [u8::from(fighter), 0, 0],
            ..YearEntry::default()
        };
        pop.set_year(i, 2021, entry).unwrap();
    }
    let book = RuleBook::national();
    let review = Review::new(
        &book,
        2021,
        chrono::NaiveDate::from_ymd_opt(2021, 12, 20).unwrap(),
    )
    .unwrap();
    let result = review.population(&pop).unwrap();
    let province = Award::MinistryOrProvinceEmulationFighter;
    let (five, six) = (pop.position_of("5").unwrap(), pop.position_of("6").unwrap());
    let p = result.person(six).unwrap();
    assert_eq!(
        p.of(Award::GrassrootsEmulationFighter),
        Some(Outcome::NeedsReview)
    );
    assert_eq!(p.of(province), Some(Outcome::NeedsReview));
    let v = result.explain(six, province).unwrap();
    assert_eq!(v.outcome, Outcome::NeedsReview, "{v}");
    let streak = v.finding(Criterion::Streak).unwrap();
    assert_eq!(streak.status, Status::Unknown);
    assert!(streak.reason_vi.contains("cần xem xét thêm"), "{v}");
    // Person 5 is cut by the quota: no CSTĐCS, no CSTĐ tỉnh.
    let p = result.person(five).unwrap();
    assert!(p.cut_by_quota());
    assert_eq!(p.of(province), Some(Outcome::Ineligible));
    assert_eq!(
        result.explain(five, province).unwrap().outcome,
        Outcome::Ineligible
    );
}

/// A collective without members is judged as a verdict on it is: under a
/// text that is not verified, it needs review, not a refusal.
#[test]
fn an_empty_collective_is_judged_like_its_verdict() {
    use thidua::{Collective, Population};
    let mut pop = Population::new(2021..=2021).unwrap();
    pop.add_collective(Collective::new("C".parse().unwrap(), ""))
        .unwrap();
    let book = RuleBook::national();
    for on in [(2021, 12, 20), (2024, 1, 20)] {
        let on = chrono::NaiveDate::from_ymd_opt(on.0, on.1, on.2).unwrap();
        let review = Review::new(&book, 2021, on).unwrap();
        let result = review.population(&pop).unwrap();
        let c = result.collective(0).unwrap();
        for award in [Award::AdvancedCollective, Award::ExcellentCollective] {
            assert_eq!(
                c.of(award),
                Some(result.explain_collective(0, award).unwrap().outcome),
                "{award:?} on {on}"
            );
        }
        // Decree 91/2017's text is verified: no share, no title. Law
        // 06/2022's Art. 28 is not: it needs review.
        let expected = if chrono::Datelike::year(&on) == 2021 {
            Outcome::Ineligible
        } else {
            Outcome::NeedsReview
        };
        assert_eq!(c.of(Award::AdvancedCollective), Some(expected), "{on}");
    }
}
