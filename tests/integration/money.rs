//! Award money: amounts at every base salary under every rounding mode,
//! regime boundaries, households, and the laws of the arithmetic.

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};
use thidua::Bilingual as _;
use thidua::citation::Instrument;
use thidua::law::{SalarySchedule, SalaryStep};
use thidua::{
    Authority, Award, Citation, Confidence, ErrorKind, Money, RecipientKind, RegimeId, Rounding,
    RuleBook, Tariff,
};

use Authority::{CommuneChair, DistrictChair, PrimeMinister, ProvincialChair};
use RecipientKind::{Collective as C, Household as H, Individual as I};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// (decision date, award, recipient, signer, exact, ceiling, nearest half up).
///
/// Base salary 1.490.000 (2021, Decree 91), 1.800.000 (either side of
/// 2024-01-01), 2.340.000 (either side of 2025-07-01), 2.530.000 (2026).
/// The values were computed independently of the crate; those the legal
/// digest quotes are marked.
#[rustfmt::skip]
const CASES: &[(&str, Award, RecipientKind, Authority, i64, i64, i64)] = &[
    // Decree 91/2017, base 1.490.000.
    ("2021-12-20", Award::AdvancedWorker, I, DistrictChair, 447_000, 450_000, 450_000), // digest: 447.000
    ("2021-12-20", Award::GrassrootsEmulationFighter, I, DistrictChair, 1_490_000, 1_490_000, 1_490_000),
    ("2021-12-20", Award::MinistryOrProvinceEmulationFighter, I, ProvincialChair, 4_470_000, 4_470_000, 4_470_000),
    ("2021-12-20", Award::AdvancedCollective, C, DistrictChair, 1_192_000, 1_200_000, 1_190_000), // digest §8
    ("2021-12-20", Award::ExcellentCollective, C, ProvincialChair, 2_235_000, 2_240_000, 2_240_000),
    ("2021-12-20", Award::MinistryOrProvinceEmulationFlag, C, ProvincialChair, 11_920_000, 11_920_000, 11_920_000),
    ("2021-12-20", Award::MinistryOrProvinceCertificateOfMerit, I, ProvincialChair, 1_490_000, 1_490_000, 1_490_000),
    ("2021-12-20", Award::MinistryOrProvinceCertificateOfMerit, C, ProvincialChair, 2_980_000, 2_980_000, 2_980_000),
    ("2021-12-20", Award::PrimeMinisterCertificateOfMerit, I, PrimeMinister, 5_215_000, 5_220_000, 5_220_000), // digest: 5.215.000
    ("2021-12-20", Award::CertificateOfCommendation, I, CommuneChair, 223_500, 230_000, 220_000), // digest §8
    ("2021-12-20", Award::CertificateOfCommendation, C, CommuneChair, 447_000, 450_000, 450_000), // digest: 450.000
    ("2021-12-20", Award::CertificateOfCommendation, I, DistrictChair, 447_000, 450_000, 450_000),
    ("2021-12-20", Award::CertificateOfCommendation, C, DistrictChair, 894_000, 900_000, 890_000),
    ("2021-12-20", Award::LabourOrderThird, I, Authority::President, 6_705_000, 6_710_000, 6_710_000), // half even: 6.700.000
    ("2021-12-20", Award::LabourOrderThird, C, Authority::President, 13_410_000, 13_410_000, 13_410_000),
    // Base 1.800.000 on either side of 2024-01-01: every 0,05 is a whole 10.000.
    ("2023-12-29", Award::MinistryOrProvinceCertificateOfMerit, I, ProvincialChair, 1_800_000, 1_800_000, 1_800_000),
    ("2024-01-02", Award::MinistryOrProvinceCertificateOfMerit, I, ProvincialChair, 2_700_000, 2_700_000, 2_700_000),
    ("2023-12-29", Award::CertificateOfCommendation, I, CommuneChair, 270_000, 270_000, 270_000),
    ("2024-01-02", Award::CertificateOfCommendation, I, CommuneChair, 540_000, 540_000, 540_000),
    ("2023-12-29", Award::AdvancedWorker, I, CommuneChair, 540_000, 540_000, 540_000),
    ("2024-01-02", Award::AdvancedWorker, I, CommuneChair, 540_000, 540_000, 540_000),
    // Decree 98/2023, base 2.340.000.
    ("2025-06-30", Award::AdvancedWorker, I, CommuneChair, 702_000, 710_000, 700_000), // digest §8
    ("2025-06-30", Award::AdvancedCollective, C, DistrictChair, 1_872_000, 1_880_000, 1_870_000),
    ("2025-06-30", Award::MinistryOrProvinceCertificateOfMerit, I, ProvincialChair, 3_510_000, 3_510_000, 3_510_000), // digest: 3.510.000
    // A cap ("không quá 0,6"): rounding up would pass it, so it rounds down.
    ("2025-06-30", Award::CommemorativeMedal, I, Authority::Minister, 1_404_000, 1_400_000, 1_400_000),
    // Decree 152/2025, base 2.340.000.
    ("2025-07-01", Award::AdvancedWorker, I, CommuneChair, 702_000, 710_000, 700_000),
    ("2025-07-01", Award::CertificateOfCommendation, I, CommuneChair, 702_000, 710_000, 700_000),
    ("2025-07-01", Award::CertificateOfCommendation, H, CommuneChair, 1_053_000, 1_060_000, 1_050_000),
    ("2025-07-01", Award::MinistryOrProvinceCertificateOfMerit, H, ProvincialChair, 5_265_000, 5_270_000, 5_270_000), // half even: 5.260.000
    ("2025-07-01", Award::NationalEmulationFighter, I, PrimeMinister, 10_530_000, 10_530_000, 10_530_000),
    ("2025-07-01", Award::HoChiMinhOrder, I, Authority::President, 71_370_000, 71_370_000, 71_370_000),
    // Decree 152/2025, base 2.530.000.
    ("2026-07-01", Award::AdvancedWorker, I, CommuneChair, 759_000, 760_000, 760_000),
    ("2026-07-01", Award::GrassrootsEmulationFighter, I, CommuneChair, 2_530_000, 2_530_000, 2_530_000),
    ("2026-07-01", Award::AdvancedCollective, C, CommuneChair, 2_024_000, 2_030_000, 2_020_000),
    ("2026-07-01", Award::ExcellentCollective, C, ProvincialChair, 3_795_000, 3_800_000, 3_800_000),
    ("2026-07-01", Award::MinistryOrProvinceCertificateOfMerit, I, ProvincialChair, 3_795_000, 3_800_000, 3_800_000),
    ("2026-07-01", Award::CertificateOfCommendation, I, CommuneChair, 759_000, 760_000, 760_000),
    ("2026-07-01", Award::CertificateOfCommendation, C, CommuneChair, 1_518_000, 1_520_000, 1_520_000),
    ("2026-07-01", Award::CertificateOfCommendation, H, CommuneChair, 1_138_500, 1_140_000, 1_140_000),
    ("2026-07-01", Award::NationalEmulationFighter, I, PrimeMinister, 11_385_000, 11_390_000, 11_390_000), // half even: 11.380.000
    ("2026-07-01", Award::PrimeMinisterCertificateOfMerit, I, PrimeMinister, 8_855_000, 8_860_000, 8_860_000),
    ("2026-07-01", Award::HoChiMinhOrder, I, Authority::President, 77_165_000, 77_170_000, 77_170_000), // half even: 77.160.000
    ("2026-07-01", Award::GovernmentEmulationFlag, C, PrimeMinister, 30_360_000, 30_360_000, 30_360_000),
];

#[test]
fn every_award_under_every_mode() {
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    for &(date, award, to, signer, exact, ceil, nearest) in CASES {
        let date: NaiveDate = date.parse().unwrap();
        let tariff = Tariff::new(&book, &salaries, date, signer).unwrap();
        for (mode, expected) in [
            (Rounding::CeilTenThousand, ceil),
            (Rounding::NearestHalfUpTenThousand, nearest),
            (Rounding::None, exact),
        ] {
            let a = tariff.rounding(mode).amount(award, to).unwrap();
            assert_eq!(
                a.exact,
                Money::from_dong(exact),
                "{date} {award} {to:?} exact"
            );
            assert_eq!(
                a.amount,
                Money::from_dong(expected),
                "{date} {award} {to:?} {mode:?}"
            );
            assert_eq!(a.rounding, mode);
        }
        // The default is the decrees' ceiling.
        assert_eq!(
            tariff.amount(award, to).unwrap().amount,
            Money::from_dong(ceil)
        );
    }
}

/// Where a half lands exactly on 5.000 đồng, nearest rounds up, never to
/// even: the cases marked "half even" above really differ from banker's
/// rounding.
#[test]
fn nearest_is_half_up_not_half_even() {
    let mut differing = 0;
    for &(_, _, _, _, exact, _, nearest) in CASES {
        let even = (Decimal::from(exact) / Decimal::from(10_000))
            .round_dp_with_strategy(0, RoundingStrategy::MidpointNearestEven)
            * Decimal::from(10_000);
        if even != Decimal::from(nearest) {
            differing += 1;
            assert_eq!(exact % 10_000, 5_000);
        }
    }
    assert_eq!(differing, 4);
}

#[test]
fn the_same_award_either_side_of_2024() {
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let before = Tariff::new(&book, &salaries, ymd(2023, 12, 31), ProvincialChair).unwrap();
    let after = Tariff::new(&book, &salaries, ymd(2024, 1, 1), ProvincialChair).unwrap();
    assert_eq!(before.regime().id(), &RegimeId::DECREE_91_2017);
    assert_eq!(after.regime().id(), &RegimeId::LAW_2022);
    assert_eq!(before.base_salary().amount, after.base_salary().amount);
    let bk = Award::MinistryOrProvinceCertificateOfMerit;
    let a = before.amount(bk, I).unwrap();
    let b = after.amount(bk, I).unwrap();
    assert_eq!(
        (a.multiplier, a.amount),
        (Decimal::ONE, Money::from_dong(1_800_000))
    );
    assert_eq!(
        (b.multiplier, b.amount),
        (Decimal::new(15, 1), Money::from_dong(2_700_000))
    );
    assert_eq!(
        a.rate_citation.unwrap().to_string(),
        "khoản 1 Điều 73 Nghị định số 91/2017/NĐ-CP"
    );
    // The commune chair's Giấy khen: 0,15 until 2023, 0,3 from 2024.
    let gk = Award::CertificateOfCommendation;
    let before = Tariff::new(&book, &salaries, ymd(2023, 12, 31), CommuneChair).unwrap();
    let after = Tariff::new(&book, &salaries, ymd(2024, 1, 1), CommuneChair).unwrap();
    assert_eq!(
        before.amount(gk, I).unwrap().amount,
        Money::from_dong(270_000)
    );
    assert_eq!(
        after.amount(gk, I).unwrap().amount,
        Money::from_dong(540_000)
    );
    assert_eq!(
        before.amount(gk, I).unwrap().confidence(),
        Confidence::Verified
    );
}

/// A household's Giấy khen is 1,5 × 0,3 = 0,45 of the base salary, rounded
/// once: 1.060.000, not 1,5 × the rounded 710.000 rounded again (1.070.000).
#[test]
fn a_household_commendation_is_rounded_once() {
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let tariff = Tariff::new(&book, &salaries, ymd(2025, 9, 2), CommuneChair).unwrap();
    let h = tariff.amount(Award::CertificateOfCommendation, H).unwrap();
    assert_eq!(h.multiplier, Decimal::new(45, 2));
    assert_eq!(h.amount, Money::from_dong(1_060_000));
    let individual = tariff
        .amount(Award::CertificateOfCommendation, I)
        .unwrap()
        .amount;
    let twice = individual
        .checked_mul(Decimal::new(15, 1))
        .unwrap()
        .round(Rounding::CeilTenThousand)
        .unwrap();
    assert_eq!(twice, Money::from_dong(1_070_000));
    assert_ne!(h.amount, twice);
    assert_eq!(
        h.factor_citation.unwrap().to_string(),
        "Điều 54 Nghị định số 152/2025/NĐ-CP"
    );
    // The day before Decree 152/2025 (Decree 98/2023) and under Decree
    // 91/2017 no household rate is set: the rule is Decree 152's.
    let t98 = Tariff::new(&book, &salaries, ymd(2025, 6, 30), CommuneChair).unwrap();
    let err = t98.amount(Award::CertificateOfCommendation, H).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Missing);
    assert!(
        err.en()
            .starts_with("luat06-2022 on 2025-06-30: no award money"),
        "{err}"
    );
    let t91 = Tariff::new(&book, &salaries, ymd(2021, 12, 20), CommuneChair).unwrap();
    let err = t91.amount(Award::CertificateOfCommendation, H).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Missing);
    assert!(
        err.en()
            .starts_with("nd91-2017 on 2021-12-20: no award money"),
        "{err}"
    );
}

#[test]
fn a_commemorative_medal_is_a_cap() {
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let tariff = Tariff::new(&book, &salaries, ymd(2025, 9, 2), Authority::Minister).unwrap();
    let cap = tariff.amount(Award::CommemorativeMedal, I).unwrap();
    assert!(cap.at_most);
    // 0,6 × 2.340.000 = 1.404.000: rounding up would pass the cap.
    assert_eq!(cap.exact, Money::from_dong(1_404_000));
    assert_eq!(cap.amount, Money::from_dong(1_400_000));
    // Whether rounding applies to a cap is not read: needs review.
    let why = cap.unsettled_by.as_ref().unwrap();
    assert_eq!(why.to_short(), "152/2025/NĐ-CP Điều 49 khoản 2");
    assert!(!why.confidence().is_decisive());
    let less = tariff
        .amount_at(Award::CommemorativeMedal, I, Decimal::new(5, 1))
        .unwrap();
    assert_eq!(less.amount, Money::from_dong(1_170_000));
    let err = tariff
        .amount_at(Award::CommemorativeMedal, I, Decimal::new(7, 1))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OutOfRange);
    assert!(err.en().contains("above the cap of 0.6"), "{err}");
    // A fixed rate cannot be changed.
    let err = tariff
        .amount_at(Award::AdvancedWorker, I, Decimal::new(2, 1))
        .unwrap_err();
    assert!(
        err.en().contains("differs from the fixed rate 0.3"),
        "{err}"
    );
    // An award the regime sets no money for may carry a local rate, unverified.
    let local = tariff
        .amount_at(Award::CulturalFamily, H, Decimal::new(1, 1))
        .unwrap();
    assert_eq!(local.amount, Money::from_dong(240_000));
    assert_eq!(local.confidence(), Confidence::Unverified);
    // A negative multiplier is refused by name, with or without a rate.
    for award in [Award::CulturalFamily, Award::CommemorativeMedal] {
        let err = tariff.amount_at(award, H, Decimal::new(-1, 1)).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::OutOfRange);
        assert!(err.en().contains("negative multiplier -0.1"), "{err}");
    }
}

/// The Đầm Hà 2021 list priced under the 2021 rules.
#[test]
fn dam_ha_2021_list() {
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let tariff = Tariff::new(&book, &salaries, ymd(2021, 12, 20), DistrictChair).unwrap();
    let list = [
        (Award::AdvancedCollective, C, 60),
        (Award::AdvancedWorker, I, 1000),
        (Award::GrassrootsEmulationFighter, I, 129),
        (Award::CertificateOfCommendation, C, 346),
        (Award::CertificateOfCommendation, I, 542),
    ];
    assert_eq!(tariff.total(list).unwrap(), Money::from_dong(1_269_510_000));
    let exact = tariff.rounding(Rounding::None).total(list).unwrap();
    assert_eq!(exact, Money::from_dong(1_262_328_000));
    let nearest = tariff
        .rounding(Rounding::NearestHalfUpTenThousand)
        .total(list)
        .unwrap();
    assert_eq!(nearest, Money::from_dong(1_265_450_000));
    // The report's 1.538.875.000 is none of them.
    for total in [tariff.total(list).unwrap(), exact, nearest] {
        assert_ne!(total, Money::from_dong(1_538_875_000));
    }
}

#[test]
fn totals_overflow_into_errors() {
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let tariff = Tariff::new(&book, &salaries, ymd(2021, 12, 20), DistrictChair).unwrap();
    // 61 × 1.490.000 × (2^64 − 1) ≈ 1,7 × 10^27 fits; fifty of them do not.
    assert!(tariff.total([(Award::HoChiMinhOrder, C, u64::MAX)]).is_ok());
    let many = std::iter::repeat_n((Award::HoChiMinhOrder, C, u64::MAX), 50);
    let err = tariff.total(many).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Overflow);
    let err = Tariff::new(&book, &salaries, ymd(2017, 9, 30), DistrictChair).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NoRegime);
}

fn one_step(base: i64) -> SalarySchedule {
    SalarySchedule::new(vec![SalaryStep {
        from: ymd(2017, 10, 1),
        amount: Money::from_dong(base),
        citation: Citation::new(Instrument::DECREE_73_2024),
    }])
    .unwrap()
}

fn mode() -> impl Strategy<Value = Rounding> {
    prop_oneof![
        Just(Rounding::CeilTenThousand),
        Just(Rounding::NearestHalfUpTenThousand),
        Just(Rounding::None)
    ]
}

proptest! {
    /// More multiplier never pays less, nor does a higher base salary, in
    /// every mode.
    #[test]
    fn amounts_are_monotone(
        m1 in 0_i64..=10_000, dm in 0_i64..=10_000,
        b1 in 1_i64..=100_000_000, db in 0_i64..=100_000_000,
        mode in mode(),
        date in prop_oneof![Just(ymd(2021, 1, 1)), Just(ymd(2024, 6, 1)), Just(ymd(2026, 7, 1))],
    ) {
        let book = RuleBook::national();
        let (m1, m2) = (Decimal::new(m1, 2), Decimal::new(m1 + dm, 2));
        let (low, high) = (one_step(b1), one_step(b1 + db));
        let price = |salaries: &SalarySchedule, m| {
            Tariff::new(&book, salaries, date, CommuneChair).unwrap().rounding(mode)
                .amount_at(Award::CulturalFamily, H, m).unwrap().amount
        };
        prop_assert!(price(&low, m1) <= price(&low, m2));
        prop_assert!(price(&low, m1) <= price(&high, m1));
        prop_assert!(price(&low, m2) <= price(&high, m2));
        // Each bundled award too: a higher base salary never pays less.
        for award in [Award::AdvancedWorker, Award::CertificateOfCommendation, Award::LabourOrderThird] {
            let a = Tariff::new(&book, &low, date, CommuneChair).unwrap().rounding(mode).amount(award, I).unwrap();
            let b = Tariff::new(&book, &high, date, CommuneChair).unwrap().rounding(mode).amount(award, I).unwrap();
            prop_assert!(a.amount <= b.amount);
            prop_assert!(a.amount >= a.exact || mode == Rounding::NearestHalfUpTenThousand);
        }
    }

    /// Sums of any amounts give a total or an overflow error, never a panic.
    #[test]
    fn sums_never_panic(parts in proptest::collection::vec((-(1_i128 << 96) + 1..(1_i128 << 96), 0_u32..=28), 0..40)) {
        let amounts: Vec<Money> = parts
            .iter()
            .map(|&(m, scale)| Money::new(Decimal::from_i128_with_scale(m, scale)))
            .collect();
        match Money::sum(amounts.iter().copied()) {
            Ok(total) => {
                let mut t = Money::ZERO;
                for a in &amounts {
                    t = t.checked_add(*a).unwrap();
                }
                prop_assert_eq!(total, t);
            }
            Err(e) => prop_assert_eq!(e.kind(), ErrorKind::Overflow),
        }
        for a in &amounts {
            for mode in [Rounding::CeilTenThousand, Rounding::NearestHalfUpTenThousand] {
                if let Err(e) = a.round(mode) {
                    prop_assert_eq!(e.kind(), ErrorKind::Overflow);
                }
            }
        }
    }
}

/// The money tables travel with the regimes on the wire and come back equal.
#[test]
fn money_tables_round_trip_through_json() {
    let book = RuleBook::national();
    let json = serde_json::to_string(&book).unwrap();
    let back: RuleBook = serde_json::from_str(&json).unwrap();
    assert_eq!(back, book);
    let rules = serde_json::to_value(book.regimes()[0].money()).unwrap();
    let first = &rules["rates"][0];
    assert_eq!(first["award"], "national_emulation_fighter");
    assert_eq!(first["multiplier"], "4.5");
    let salaries = SalarySchedule::national();
    let json = serde_json::to_string(&salaries).unwrap();
    assert!(json.contains(r#""amount":"2530000""#), "{json}");
    assert_eq!(
        serde_json::from_str::<SalarySchedule>(&json).unwrap(),
        salaries
    );
    // A schedule on the wire is checked like one built in code.
    assert!(serde_json::from_str::<SalarySchedule>("[]").is_err());
}
