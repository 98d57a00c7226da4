//! Award decisions: which grants pay, totals per decision and per recipient.

use chrono::NaiveDate;
use proptest::prelude::*;
use thidua::decision::{HighestOnlyScope, MoneyNoteKind, Pay, PayOptions, totals_by_recipient};
use thidua::history::Recipient;
use thidua::id::{PersonId, UnitId};
use thidua::law::{SalarySchedule, TitleAndForm};
use thidua::{Authority, Award, Confidence, Decision, Money, Period, RegimeId, Rounding, RuleBook};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn person(id: &str) -> Recipient {
    Recipient::Individual(PersonId::new(id).unwrap())
}

fn year(y: i32) -> Period {
    Period::year(y).unwrap()
}

fn money(d: &Decision) -> thidua::decision::DecisionMoney {
    d.money(&RuleBook::national(), &SalarySchedule::national())
        .unwrap()
}

/// CSTĐCS and LĐTT for the same year pay the CSTĐCS amount only, in every
/// regime; in another year the LĐTT pays too.
#[test]
fn grassroots_fighter_and_advanced_worker_of_one_year() {
    for (date, regime, cstdcs) in [
        (ymd(2021, 12, 20), RegimeId::DECREE_91_2017, 1_490_000),
        (ymd(2024, 12, 20), RegimeId::LAW_2022, 2_340_000),
        (ymd(2026, 7, 10), RegimeId::DECREE_152_2025, 2_530_000),
    ] {
        let y = year(2021);
        let d = Decision::new("15/QĐ-UBND".parse().unwrap(), date, Authority::CommuneChair)
            .grant(person("a"), Award::AdvancedWorker, y)
            .grant(person("a"), Award::GrassrootsEmulationFighter, y)
            .grant(person("a"), Award::AdvancedWorker, year(2020));
        let m = money(&d);
        assert_eq!(m.regime, regime);
        match &m.lines[0].pay {
            Pay::Superseded { by, amount } => {
                assert_eq!(*by, 1);
                assert!(amount.amount > Money::ZERO);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(m.lines[1].paid, Money::from_dong(cstdcs));
        let ldtt = m.lines[2].paid;
        assert!(ldtt > Money::ZERO);
        assert_eq!(m.total, Money::from_dong(cstdcs).checked_add(ldtt).unwrap());
        assert_eq!(m.notes.len(), 2);
        assert_eq!(m.notes[0].kind, MoneyNoteKind::SamePeriodHighestOnly);
        assert_eq!(m.notes[1].kind, MoneyNoteKind::DifferentPeriodsEachPaid);
    }
}

/// CSTĐCS 2024 and CSTĐ bộ/tỉnh 2022–2024, priced on 2024-12-20 by a
/// provincial chair: under the law both are paid (different periods, even
/// overlapping: Decree 42/2010 Art. 68 k2 d, Decree 98/2023 Art. 53, Decree
/// 152/2025 Art. 49 k5), 2.340.000 + 7.020.000 đồng; under the wider scope
/// of a provincial rule only the higher, 7.020.000 đồng. LĐTT 2024 beside
/// CSTĐCS 2024 pays nothing more either way.
#[test]
fn overlapping_periods_each_pay_under_the_law_the_highest_under_all_periods() {
    let streak = Period::new(ymd(2022, 1, 1), ymd(2025, 1, 1)).unwrap();
    let case = Decision::new(
        "1520/QĐ-UBND".parse().unwrap(),
        ymd(2024, 12, 20),
        Authority::ProvincialChair,
    )
    .grant(person("a"), Award::GrassrootsEmulationFighter, year(2024))
    .grant(
        person("a"),
        Award::MinistryOrProvinceEmulationFighter,
        streak,
    );
    let with_ldtt = case
        .clone()
        .grant(person("a"), Award::AdvancedWorker, year(2024));
    let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    let all = PayOptions::default().highest_only(HighestOnlyScope::AllPeriods);
    for d in [&case, &with_ldtt] {
        let law = d.money(&book, &salaries).unwrap();
        assert_eq!(law.highest_only, HighestOnlyScope::SamePeriod);
        assert_eq!(law.total, Money::from_dong(9_360_000));
        assert_eq!(law.lines[0].paid, Money::from_dong(2_340_000));
        assert_eq!(law.lines[1].paid, Money::from_dong(7_020_000));
        let note = law.notes.last().unwrap();
        assert_eq!(note.kind, MoneyNoteKind::DifferentPeriodsEachPaid);
        assert_eq!(
            note.to_string(),
            "các danh hiệu thi đua có thời gian lập thành tích khác nhau: nhận tiền thưởng của từng danh hiệu (Điều 53 Nghị định số 98/2023/NĐ-CP)"
        );
        let highest = d.money_with(&book, &salaries, all).unwrap();
        assert_eq!(highest.highest_only, HighestOnlyScope::AllPeriods);
        assert_eq!(highest.total, Money::from_dong(7_020_000));
        assert!(matches!(
            highest.lines[0].pay,
            Pay::Superseded { by: 1, .. }
        ));
        assert_eq!(highest.notes[0].kind, MoneyNoteKind::AllPeriodsHighestOnly);
        let cited = highest.notes[0].citation.as_ref().unwrap();
        assert_eq!(cited.instrument().number(), "02/2015/QĐ-UBND");
        assert_eq!(cited.article_number(), Some(38));
    }
    // The lower title of the same year: the law's same-period rule.
    let law = with_ldtt.money(&book, &salaries).unwrap();
    assert!(matches!(law.lines[2].pay, Pay::Superseded { by: 0, .. }));
    assert_eq!(law.notes[0].kind, MoneyNoteKind::SamePeriodHighestOnly);
    // From 2025-07-01 Decree 152/2025 Art. 49 k5 says both sentences.
    let later = Decision {
        date: ymd(2025, 12, 20),
        ..case.clone()
    };
    let m = later.money(&book, &salaries).unwrap();
    assert_eq!(m.regime, RegimeId::DECREE_152_2025);
    assert_eq!(m.total, Money::from_dong(2_340_000 + 7_020_000));
    assert_eq!(
        m.notes[0].citation.as_ref().unwrap().to_string(),
        "khoản 5 Điều 49 Nghị định số 152/2025/NĐ-CP"
    );
    // Decree 91/2017 cites no clause of its own for different periods: the
    // clause of Decree 42/2010 it replaced, read secondhand.
    let streak = Period::new(ymd(2019, 1, 1), ymd(2022, 1, 1)).unwrap();
    let d91 = Decision::new(
        "1/QĐ-UBND".parse().unwrap(),
        ymd(2021, 12, 20),
        Authority::ProvincialChair,
    )
    .grant(person("a"), Award::GrassrootsEmulationFighter, year(2021))
    .grant(
        person("a"),
        Award::MinistryOrProvinceEmulationFighter,
        streak,
    );
    let m = d91.money(&book, &salaries).unwrap();
    assert_eq!(m.total, Money::from_dong(1_490_000 + 4_470_000));
    let cited = m.notes[0].citation.as_ref().unwrap();
    assert_eq!(
        cited.instrument(),
        &thidua::citation::Instrument::DECREE_42_2010
    );
    assert_eq!(cited.confidence(), Confidence::Secondhand);
    assert_eq!(
        d91.money_with(&book, &salaries, all).unwrap().total,
        Money::from_dong(4_470_000)
    );
}

#[test]
fn title_and_form_from_2024_both_pay_verified() {
    let y = year(2024);
    let d = Decision::new(
        "9/QĐ-UBND".parse().unwrap(),
        ymd(2024, 12, 20),
        Authority::CommuneChair,
    )
    .grant(person("a"), Award::GrassrootsEmulationFighter, y)
    .grant(person("a"), Award::CertificateOfCommendation, y);
    let m = money(&d);
    assert_eq!(m.total, Money::from_dong(2_340_000 + 710_000));
    let note = &m.notes[0];
    assert_eq!(note.kind, MoneyNoteKind::TitleAndFormBothPaid);
    assert_eq!(
        note.citation.as_ref().unwrap().confidence(),
        Confidence::Verified
    );
    assert_eq!(
        note.to_string(),
        "vừa được tặng danh hiệu thi đua vừa được khen thưởng: nhận tiền thưởng của cả hai (Điều 53 Nghị định số 98/2023/NĐ-CP)"
    );
    // A collective's title and form, and per-recipient totals.
    let unit = Recipient::Collective(UnitId::new("truong-th").unwrap());
    let d = d.grant(unit.clone(), Award::AdvancedCollective, y).grant(
        unit.clone(),
        Award::CertificateOfCommendation,
        y,
    );
    let m = money(&d);
    assert_eq!(
        m.for_recipient(&unit),
        Money::from_dong(1_880_000 + 1_410_000)
    );
    assert_eq!(m.for_recipient(&person("a")), Money::from_dong(3_050_000));
    assert_eq!(m.for_recipient(&person("z")), Money::ZERO);
    assert_eq!(m.by_recipient.len(), 2);
}

/// A province that paid only the higher of a title and a form under Decree
/// 91/2017 overrides the bundled policy.
#[test]
fn highest_only_as_a_local_policy() {
    let y = year(2022);
    let d = Decision::new(
        "7/QĐ-UBND".parse().unwrap(),
        ymd(2022, 12, 28),
        Authority::DistrictChair,
    )
    .grant(person("a"), Award::CertificateOfCommendation, y)
    .grant(person("a"), Award::GrassrootsEmulationFighter, y);
    let both = money(&d);
    assert_eq!(both.total, Money::from_dong(450_000 + 1_490_000));
    let options = PayOptions::default().title_and_form(TitleAndForm::HighestOnly);
    let m = d
        .money_with(&RuleBook::national(), &SalarySchedule::national(), options)
        .unwrap();
    assert_eq!(m.total, Money::from_dong(1_490_000));
    assert!(matches!(m.lines[0].pay, Pay::Superseded { by: 1, .. }));
    assert_eq!(m.notes[0].kind, MoneyNoteKind::TitleAndFormHighestOnly);
    assert_eq!(m.notes[0].citation, None);
    assert_eq!(m.title_and_form, TitleAndForm::HighestOnly);
    // From 2024 the same override is still the caller's: Decree 98/2023
    // Art. 53 says both are paid, so it is not cited for "the higher only".
    let d = Decision::new(
        "8/QĐ-UBND".parse().unwrap(),
        ymd(2024, 12, 28),
        Authority::CommuneChair,
    )
    .grant(person("a"), Award::CertificateOfCommendation, y)
    .grant(person("a"), Award::AdvancedWorker, y);
    let m = d
        .money_with(&RuleBook::national(), &SalarySchedule::national(), options)
        .unwrap();
    assert_eq!(m.total, Money::from_dong(710_000));
    assert_eq!(m.notes[0].kind, MoneyNoteKind::TitleAndFormHighestOnly);
    assert_eq!(
        m.notes[0].to_string(),
        MoneyNoteKind::TitleAndFormHighestOnly.message_vi()
    );
}

#[test]
fn totals_over_decisions() {
    let first = money(
        &Decision::new(
            "1/QĐ".parse().unwrap(),
            ymd(2021, 12, 20),
            Authority::CommuneChair,
        )
        .grant(person("a"), Award::AdvancedWorker, year(2021))
        .grant(person("b"), Award::AdvancedWorker, year(2021)),
    );
    let second = money(
        &Decision::new(
            "2/QĐ".parse().unwrap(),
            ymd(2022, 1, 5),
            Authority::CommuneChair,
        )
        .grant(person("a"), Award::CertificateOfCommendation, year(2021)),
    );
    let totals = totals_by_recipient([&first, &second]).unwrap();
    assert_eq!(
        totals,
        vec![
            (person("a"), Money::from_dong(450_000 + 230_000)),
            (person("b"), Money::from_dong(450_000)),
        ]
    );
}

#[test]
fn decisions_round_trip_through_json() {
    let d = Decision::new(
        "1/QĐ".parse().unwrap(),
        ymd(2021, 12, 20),
        Authority::CommuneChair,
    )
    .issued_by(UnitId::new("25534").unwrap())
    .grant(person("a"), Award::AdvancedWorker, year(2021));
    let json = serde_json::to_string(&d).unwrap();
    assert!(json.contains(r#""award":"advanced_worker""#), "{json}");
    let back: Decision = serde_json::from_str(&json).unwrap();
    assert_eq!(back, d);
    let capped = d.grant_at(
        person("b"),
        Award::CommemorativeMedal,
        year(2021),
        rust_decimal::Decimal::new(5, 1),
    );
    let json = serde_json::to_string(&capped).unwrap();
    assert!(json.contains(r#""multiplier":"0.5""#), "{json}");
    assert_eq!(serde_json::from_str::<Decision>(&json).unwrap(), capped);
    let d = Decision::new(
        "1/QĐ".parse().unwrap(),
        ymd(2021, 12, 20),
        Authority::CommuneChair,
    )
    .issued_by(UnitId::new("25534").unwrap())
    .grant(person("a"), Award::AdvancedWorker, year(2021));
    let m = money(&d);
    let json = serde_json::to_value(&m).unwrap();
    assert_eq!(json["total"], "450000");
    assert_eq!(json["lines"][0]["pay"]["pay"], "paid");
}

const AWARDS: &[Award] = &[
    Award::AdvancedWorker,
    Award::GrassrootsEmulationFighter,
    Award::MinistryOrProvinceEmulationFighter,
    Award::CertificateOfCommendation,
    Award::MinistryOrProvinceCertificateOfMerit,
    Award::CulturalFamily,
    Award::AdvancedCollective,
];

fn decision() -> impl Strategy<Value = (Decision, Rounding, TitleAndForm, HighestOnlyScope)> {
    let grant = (0_u8..5, proptest::sample::select(AWARDS), 2019_i32..=2021);
    let date = prop_oneof![
        Just(ymd(2021, 12, 20)),
        Just(ymd(2024, 3, 1)),
        Just(ymd(2025, 12, 1)),
        Just(ymd(2026, 8, 1))
    ];
    let signer = proptest::sample::select(vec![
        Authority::CommuneChair,
        Authority::DistrictChair,
        Authority::ProvincialChair,
    ]);
    let rounding = prop_oneof![
        Just(Rounding::CeilTenThousand),
        Just(Rounding::NearestHalfUpTenThousand),
        Just(Rounding::None)
    ];
    let policy = prop_oneof![Just(TitleAndForm::BothPay), Just(TitleAndForm::HighestOnly)];
    let scope = prop_oneof![
        Just(HighestOnlyScope::SamePeriod),
        Just(HighestOnlyScope::AllPeriods)
    ];
    (
        proptest::collection::vec(grant, 0..30),
        date,
        signer,
        rounding,
        (policy, scope),
    )
        .prop_map(|(grants, date, signer, rounding, (policy, scope))| {
            let mut d = Decision::new("1/QĐ".parse().unwrap(), date, signer);
            for (who, award, y) in grants {
                let recipient = if who == 4 {
                    Recipient::Household(UnitId::from(4))
                } else {
                    person(&who.to_string())
                };
                if !d
                    .grants
                    .iter()
                    .any(|g| g.recipient == recipient && g.award == award && g.period == year(y))
                {
                    d = d.grant(recipient, award, year(y));
                }
            }
            (d, rounding, policy, scope)
        })
}

proptest! {
    /// A decision's total is the sum of its lines and of its recipients'
    /// totals; a superseded line points at a paid line of the same
    /// recipient (and period, under the law's scope) that pays at least as
    /// much.
    #[test]
    fn totals_are_sums_of_lines((d, rounding, policy, scope) in decision()) {
        let options = PayOptions::default().rounding(rounding).title_and_form(policy).highest_only(scope);
        let same_period = scope == HighestOnlyScope::SamePeriod;
        let m = d.money_with(&RuleBook::national(), &SalarySchedule::national(), options).unwrap();
        prop_assert_eq!(m.lines.len(), d.grants.len());
        prop_assert_eq!(m.total, Money::sum(m.lines.iter().map(|l| l.paid)).unwrap());
        prop_assert_eq!(m.total, Money::sum(m.by_recipient.iter().map(|(_, t)| *t)).unwrap());
        for line in &m.lines {
            match &line.pay {
                Pay::Paid(a) => prop_assert_eq!(line.paid, a.amount),
                Pay::Superseded { by, amount } => {
                    prop_assert_eq!(line.paid, Money::ZERO);
                    let winner = &m.lines[*by];
                    prop_assert_eq!(&winner.recipient, &line.recipient);
                    prop_assert!(!same_period || winner.period == line.period);
                    prop_assert!(matches!(winner.pay, Pay::Paid(_)));
                    prop_assert!(winner.paid >= amount.amount);
                }
                Pay::NoMoney => prop_assert_eq!(line.paid, Money::ZERO),
                _ => {}
            }
        }
        // At most one title paid per recipient and period (per recipient
        // under the wider scope).
        for (i, a) in m.lines.iter().enumerate() {
            for b in &m.lines[..i] {
                if a.recipient == b.recipient && (a.period == b.period || !same_period) && a.award.is_title() && b.award.is_title() {
                    prop_assert!(a.paid.is_zero() || b.paid.is_zero());
                }
            }
        }
    }
}
