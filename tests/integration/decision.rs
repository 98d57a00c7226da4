//! Award decisions: which grants pay, totals per decision and per recipient.

use chrono::NaiveDate;
use proptest::prelude::*;
use thidua::decision::{MoneyNoteKind, Pay, PayOptions, totals_by_recipient};
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
        assert_eq!(m.notes.len(), 1);
        assert_eq!(m.notes[0].kind, MoneyNoteKind::SamePeriodHighestOnly);
    }
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

fn decision() -> impl Strategy<Value = (Decision, Rounding, TitleAndForm)> {
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
    (
        proptest::collection::vec(grant, 0..30),
        date,
        signer,
        rounding,
        policy,
    )
        .prop_map(|(grants, date, signer, rounding, policy)| {
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
            (d, rounding, policy)
        })
}

proptest! {
    /// A decision's total is the sum of its lines and of its recipients'
    /// totals; a superseded line points at a paid line of the same
    /// recipient and period that pays at least as much.
    #[test]
    fn totals_are_sums_of_lines((d, rounding, policy) in decision()) {
        let options = PayOptions::default().rounding(rounding).title_and_form(policy);
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
                    prop_assert_eq!(winner.period, line.period);
                    prop_assert!(matches!(winner.pay, Pay::Paid(_)));
                    prop_assert!(winner.paid >= amount.amount);
                }
                Pay::NoMoney => prop_assert_eq!(line.paid, Money::ZERO),
                _ => {}
            }
        }
        // At most one title paid per recipient and period.
        for (i, a) in m.lines.iter().enumerate() {
            for b in &m.lines[..i] {
                if a.recipient == b.recipient && a.period == b.period && a.award.is_title() && b.award.is_title() {
                    prop_assert!(a.paid.is_zero() || b.paid.is_zero());
                }
            }
        }
    }
}
