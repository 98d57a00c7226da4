//! The emulation-commendation fund: caps, the organising share, the
//! balance and who pays.

use chrono::NaiveDate;
use proptest::prelude::*;
use thidua::Bilingual as _;
use thidua::fund::{BudgetCategory, BudgetLine, FundFindingKind};
use thidua::history::Recipient;
use thidua::id::{PersonId, UnitId};
use thidua::law::{AreaClass, FundBasis, SalarySchedule};
use thidua::units::Level;
use thidua::{Authority, Award, Decision, ErrorKind, Fund, Money, Period, RegimeId, RuleBook};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn dong(n: i64) -> Money {
    Money::from_dong(n)
}

fn commune_fund(year: i32, area: AreaClass, allocation: i64) -> Fund {
    Fund::new(
        UnitId::new("X1").unwrap(),
        Level::Commune,
        year,
        FundBasis::RecurrentSpending {
            spending: dong(20_000_000_000),
            area,
        },
    )
    .allocate(dong(allocation))
}

fn kinds(fund: &Fund) -> Vec<FundFindingKind> {
    fund.review(&RuleBook::national())
        .unwrap()
        .findings
        .iter()
        .map(|f| f.kind)
        .collect()
}

#[test]
fn caps_by_basis_both_sides_of_the_boundary() {
    // 1,0% of 20 tỷ = 200 triệu; 1,5% = 300 triệu.
    assert!(kinds(&commune_fund(2026, AreaClass::Delta, 200_000_000)).is_empty());
    assert_eq!(
        kinds(&commune_fund(2026, AreaClass::Delta, 200_000_001)),
        [FundFindingKind::AllocationOverCap]
    );
    assert!(kinds(&commune_fund(2026, AreaClass::Highland, 300_000_000)).is_empty());
    assert_eq!(
        kinds(&commune_fund(2026, AreaClass::Highland, 300_000_001)),
        [FundFindingKind::AllocationOverCap]
    );
    let review = commune_fund(2026, AreaClass::Delta, 250_000_000)
        .review(&RuleBook::national())
        .unwrap();
    assert_eq!(review.regime, RegimeId::DECREE_152_2025);
    assert_eq!(review.cap, dong(200_000_000));
    assert_eq!(
        review.findings[0].en(),
        "the allocation of 250.000.000 đồng is above the cap of 200.000.000 đồng (1% of 20.000.000.000 đồng) \
         (Art. 46(3)(b) Nghị định số 152/2025/NĐ-CP)"
    );
    // A ministry: 20% of its salary fund (Decree 91/2017 Art. 65 k1 in 2021).
    let ministry = Fund::new(
        UnitId::new("BNV").unwrap(),
        Level::Central,
        2021,
        FundBasis::SalaryFund {
            salary_fund: dong(50_000_000_000),
        },
    )
    .allocate(dong(10_000_000_001));
    let review = ministry.review(&RuleBook::national()).unwrap();
    assert_eq!(review.cap, dong(10_000_000_000));
    assert_eq!(
        review.findings[0].citation.as_ref().unwrap().to_string(),
        "khoản 1 Điều 65 Nghị định số 91/2017/NĐ-CP"
    );
}

#[test]
fn the_organising_share() {
    let line = |planned, spent| {
        BudgetLine::new(
            "TC".parse().unwrap(),
            BudgetCategory::Organising,
            dong(planned),
        )
        .spent(dong(spent))
    };
    // Fund of 150 triệu (with 10 triệu of contributions): 20% = 30 triệu.
    let fund = |l| {
        commune_fund(2024, AreaClass::Highland, 140_000_000)
            .contribute(dong(10_000_000))
            .line(l)
    };
    assert!(kinds(&fund(line(30_000_000, 30_000_000))).is_empty());
    assert_eq!(
        kinds(&fund(line(30_000_001, 0))),
        [FundFindingKind::OrganisingOverShare]
    );
    assert_eq!(
        kinds(&fund(line(20_000_000, 31_000_000))),
        [FundFindingKind::OrganisingOverShare]
    );
    let review = fund(line(35_000_000, 0))
        .review(&RuleBook::national())
        .unwrap();
    assert_eq!(review.regime, RegimeId::LAW_2022);
    assert!(
        review.findings[0]
            .to_string()
            .contains("(Điều 52 Nghị định số 98/2023/NĐ-CP)"),
        "{}",
        review.findings[0]
    );
}

#[test]
fn commitments_and_the_balance() {
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let commune = UnitId::new("X1").unwrap();
    let mut fund = commune_fund(2026, AreaClass::Delta, 10_000_000)
        .line(
            BudgetLine::new(
                "TT".parse().unwrap(),
                BudgetCategory::AwardMoney,
                dong(8_000_000),
            )
            .spent(dong(2_530_000)),
        )
        .line(
            BudgetLine::new(
                "HV".parse().unwrap(),
                BudgetCategory::PrintingAndObjects,
                dong(1_000_000),
            )
            .spent(dong(400_000)),
        );
    let p = |id: &str| Recipient::Individual(PersonId::new(id).unwrap());
    let d = Decision::new(
        "5/QĐ-UBND".parse().unwrap(),
        ymd(2026, 8, 1),
        Authority::CommuneChair,
    )
    .issued_by(commune.clone())
    .grant(
        p("1"),
        Award::GrassrootsEmulationFighter,
        Period::year(2025).unwrap(),
    )
    .grant(
        p("2"),
        Award::GrassrootsEmulationFighter,
        Period::year(2025).unwrap(),
    );
    fund.commit(&d, &d.money(&book, &salaries).unwrap());
    let review = fund.review(&book).unwrap();
    assert_eq!(review.committed, dong(5_060_000));
    assert_eq!(review.spent, dong(2_930_000));
    assert_eq!(review.planned, dong(9_000_000));
    // 10.000.000 − 2.930.000 spent − (5.060.000 − 2.530.000) unpaid.
    assert_eq!(review.balance, dong(4_540_000));
    assert!(review.findings.is_empty());
    // Two more CSTĐCS overrun the fund.
    let more = Decision::new(
        "6/QĐ-UBND".parse().unwrap(),
        ymd(2026, 9, 1),
        Authority::CommuneChair,
    )
    .issued_by(commune)
    .grant(
        p("3"),
        Award::GrassrootsEmulationFighter,
        Period::year(2025).unwrap(),
    )
    .grant(
        p("4"),
        Award::GrassrootsEmulationFighter,
        Period::year(2025).unwrap(),
    );
    fund.commit(&more, &more.money(&book, &salaries).unwrap());
    let review = fund.review(&book).unwrap();
    assert_eq!(review.balance, dong(-520_000));
    assert_eq!(review.findings.len(), 1);
    assert_eq!(
        review.findings[0].kind,
        FundFindingKind::CommitmentsOverBalance
    );
    assert!(
        review.findings[0].message_en.ends_with("by 520.000 đồng"),
        "{}",
        review.findings[0]
    );
}

#[test]
fn who_pays() {
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let p = Recipient::Individual(PersonId::new("1").unwrap());
    let y = Period::year(2021).unwrap();
    let decision = |signer, issuer: Option<&str>| {
        let d = Decision::new("9/QĐ".parse().unwrap(), ymd(2021, 12, 20), signer).grant(
            p.clone(),
            Award::AdvancedWorker,
            y,
        );
        match issuer {
            Some(u) => d.issued_by(UnitId::new(u).unwrap()),
            None => d,
        }
    };
    let check = |d: Decision| {
        let mut fund = commune_fund(2021, AreaClass::Delta, 1_000_000);
        fund.commit(&d, &d.money(&book, &salaries).unwrap());
        fund.review(&book).unwrap().findings
    };
    assert!(check(decision(Authority::CommuneChair, None)).is_empty());
    assert!(check(decision(Authority::CommuneChair, Some("X1"))).is_empty());
    let f = check(decision(Authority::DistrictChair, None));
    assert_eq!(f[0].kind, FundFindingKind::PaidFromOtherLevel);
    // A 2021 fund cites the rule of 2021 (Decree 91/2017), not Law 06/2022.
    assert_eq!(
        f[0].to_string(),
        "quyết định 9/QĐ do Chủ tịch Ủy ban nhân dân cấp huyện (cấp huyện) ký nhưng chi từ quỹ cấp xã \
         (khoản 2 Điều 66 Nghị định số 91/2017/NĐ-CP (chưa kiểm chứng))"
    );
    assert_eq!(
        f[0].en(),
        "decision 9/QĐ was signed by the Chủ tịch Ủy ban nhân dân cấp huyện (cấp huyện) but is paid from a fund of cấp xã \
         (Art. 66(2) Nghị định số 91/2017/NĐ-CP (unverified))"
    );
    let f = check(decision(Authority::CommuneChair, Some("X2")));
    assert_eq!(f[0].kind, FundFindingKind::PaidFromOtherLevel);
    assert!(f[0].message_en.contains("signed for 'X2'"), "{}", f[0]);
    let f = check(decision(Authority::AgencyHead, None));
    assert_eq!(f[0].kind, FundFindingKind::PayerUnknown);
    // From 2024, Law 06/2022 Art. 11 k4.
    let d = Decision::new(
        "10/QĐ".parse().unwrap(),
        ymd(2024, 12, 20),
        Authority::DistrictChair,
    )
    .grant(
        p.clone(),
        Award::AdvancedWorker,
        Period::year(2024).unwrap(),
    );
    let mut fund = commune_fund(2024, AreaClass::Delta, 1_000_000);
    fund.commit(&d, &d.money(&book, &salaries).unwrap());
    let f = fund.review(&book).unwrap().findings;
    assert!(
        f[0].to_string()
            .ends_with("(khoản 4 Điều 11 Luật Thi đua, khen thưởng số 06/2022/QH15)"),
        "{}",
        f[0]
    );
}

#[test]
fn errors_are_for_what_cannot_be_reviewed() {
    let err = commune_fund(2017, AreaClass::Delta, 1)
        .review(&RuleBook::national())
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NoRegime);
    assert!(
        err.en()
            .starts_with("fund of 'X1' for 2017: no regime in force on 2017-01-01"),
        "{err}"
    );
    let national = RuleBook::national();
    // A regime of one's own with no money tables, so no fund rules.
    let mine = thidua::Regime::based_on(
        national.regime(&RegimeId::DECREE_152_2025).unwrap(),
        RegimeId::new("mine"),
        "Quy định riêng",
        "my own",
        Period::year(2030).unwrap(),
        thidua::Confidence::Unverified,
    )
    .with_money(thidua::law::MoneyRules::new());
    let book = RuleBook::new(vec![mine]).unwrap();
    let err = commune_fund(2030, AreaClass::Delta, 1)
        .review(&book)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Missing);
}

proptest! {
    /// A review of any amounts gives figures and findings or an overflow
    /// error, never a panic; the balance is the fund less spending less
    /// unpaid commitments.
    #[test]
    fn reviews_never_panic(
        allocation in 0..=i64::MAX, spending in 0..=i64::MAX, planned in 0..=i64::MAX, spent in 0..=i64::MAX,
        huge in any::<bool>(), negative in any::<bool>(),
    ) {
        let scale = |n: i64| if huge { Money::new(rust_decimal::Decimal::from(n) * rust_decimal::Decimal::from(1_000_000_000_i64)) } else { dong(n) };
        let fund = Fund::new(UnitId::new("X").unwrap(), Level::Commune, 2025,
            FundBasis::RecurrentSpending { spending: scale(spending), area: AreaClass::Highland })
            .allocate(if negative { dong(-1) } else { scale(allocation) })
            .line(BudgetLine::new("A".parse().unwrap(), BudgetCategory::Organising, scale(planned)).spent(scale(spent)))
            .line(BudgetLine::new("B".parse().unwrap(), BudgetCategory::AwardMoney, scale(planned)).spent(scale(spent)));
        match fund.review(&RuleBook::national()) {
            Ok(r) => {
                let expected = r.total.checked_sub(r.spent).unwrap();
                prop_assert_eq!(r.balance, expected);
                prop_assert_eq!(r.balance.is_negative(), r.findings.iter().any(|f| f.kind == FundFindingKind::CommitmentsOverBalance));
            }
            Err(e) if negative => {
                prop_assert_eq!(e.kind(), ErrorKind::OutOfRange);
                prop_assert!(e.en().ends_with("the allocation is -1 đồng, a negative amount"), "{}", e);
            }
            Err(e) => prop_assert_eq!(e.kind(), ErrorKind::Overflow),
        }
    }
}
