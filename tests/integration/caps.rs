//! Caps are caps: an amount "không quá" a multiple of the base salary (the
//! Kỷ niệm chương) is never rounded above it, a unit's own amount at or
//! under it is accepted in đồng or as a multiplier, and a capped amount
//! that rounding changes needs review, in a decision's money as in the
//! tariff.

use proptest::prelude::*;
use rust_decimal::Decimal;
use thidua::Bilingual as _;
use thidua::decision::MoneyNoteKind;
use thidua::history::Recipient;
use thidua::law::SalarySchedule;
use thidua::money::Rounding;
use thidua::{
    Authority, Award, Decision, ErrorKind, Money, Period, RecipientKind, RuleBook, Tariff,
};

use crate::util::d;

const I: RecipientKind = RecipientKind::Individual;

fn tariff<'a>(
    book: &'a RuleBook,
    salaries: &'a SalarySchedule,
    on: chrono::NaiveDate,
) -> Tariff<'a> {
    Tariff::new(book, salaries, on, Authority::Minister).unwrap()
}

/// 0,6 × 2.340.000 = 1.404.000 and 0,8 × 2.340.000 = 1.872.000: rounding up
/// would lift both above their cap, so they round down, and need review;
/// 0,6 × 2.530.000 = 1.518.000 the same; a cap the rounding does not touch
/// is settled.
#[test]
fn rounding_never_lifts_a_capped_amount_above_its_cap() {
    let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    let cases = [
        (
            d(2025, 9, 2),
            Award::CommemorativeMedal,
            1_404_000,
            1_400_000,
        ),
        (
            d(2025, 9, 2),
            Award::NationalAssemblyCommemorativeMedal,
            1_872_000,
            1_870_000,
        ),
        (
            d(2026, 7, 1),
            Award::CommemorativeMedal,
            1_518_000,
            1_510_000,
        ),
        (
            d(2024, 7, 1),
            Award::CommemorativeMedal,
            1_404_000,
            1_400_000,
        ),
    ];
    for (on, award, exact, paid) in cases {
        let t = tariff(&book, &salaries, on);
        for mode in [
            Rounding::CeilTenThousand,
            Rounding::NearestHalfUpTenThousand,
        ] {
            let a = t.rounding(mode).amount(award, I).unwrap();
            assert!(a.at_most);
            assert_eq!(a.exact, Money::from_dong(exact), "{on} {award}");
            assert!(a.amount <= a.exact, "{on} {award} {mode:?}: {}", a.amount);
            assert_eq!(a.amount, Money::from_dong(paid), "{on} {award} {mode:?}");
            let why = a.unsettled_by.as_ref().unwrap();
            assert!(!why.confidence().is_decisive(), "{on} {award}");
            assert!(why.note().unwrap().contains("không quá"), "{why:#}");
        }
        // Unrounded, the cap itself is paid and settled.
        let a = t.rounding(Rounding::None).amount(award, I).unwrap();
        assert_eq!(a.amount, Money::from_dong(exact));
        assert!(a.unsettled_by.is_none());
    }
    // A multiplier under the cap whose product is round is settled.
    let t = tariff(&book, &salaries, d(2025, 9, 2));
    let half = t
        .amount_at(Award::CommemorativeMedal, I, Decimal::new(5, 1))
        .unwrap();
    assert_eq!(half.amount, Money::from_dong(1_170_000));
    assert!(half.unsettled_by.is_none());
    // A fixed rate keeps rounding up, settled.
    let ldtt = t.amount(Award::AdvancedWorker, I).unwrap();
    assert_eq!(ldtt.amount, Money::from_dong(710_000));
    assert!(ldtt.unsettled_by.is_none());
}

/// The crate's own amount, given back as a multiplier or in đồng, is
/// accepted: it is at or under the cap.
#[test]
fn the_crates_own_amount_is_accepted_back() {
    let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    let t = tariff(&book, &salaries, d(2025, 9, 2));
    let cap = t.amount(Award::CommemorativeMedal, I).unwrap();
    let x = cap.amount.dong() / cap.base_salary.dong();
    let again = t.amount_at(Award::CommemorativeMedal, I, x).unwrap();
    assert_eq!(again.amount, cap.amount);
    let in_dong = t
        .amount_in_dong(Award::CommemorativeMedal, I, cap.amount)
        .unwrap();
    assert_eq!(in_dong.amount, cap.amount);
    assert_eq!(in_dong.rounding, Rounding::None);
    assert!(in_dong.unsettled_by.is_none());
    // At the cap exactly; a đồng above is refused, naming it.
    assert!(
        t.amount_in_dong(Award::CommemorativeMedal, I, cap.exact)
            .is_ok()
    );
    let over = cap.exact.checked_add(Money::from_dong(1)).unwrap();
    let err = t
        .amount_in_dong(Award::CommemorativeMedal, I, over)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OutOfRange);
    assert!(
        err.en().contains("above the cap of 1.404.000 đồng"),
        "{err}"
    );
    let err = t
        .amount_in_dong(Award::CommemorativeMedal, I, Money::from_dong(-1))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OutOfRange);
    // Where the regime sets no amount, a unit's own is unverified.
    let own = t
        .amount_in_dong(
            Award::CulturalFamily,
            RecipientKind::Household,
            Money::from_dong(200_000),
        )
        .unwrap();
    assert_eq!(own.amount, Money::from_dong(200_000));
    assert_eq!(own.confidence(), thidua::Confidence::Unverified);
}

/// A decision pays what the tariff prices: the rounded-down cap, with a
/// check that names the unread rounding; an amount in đồng as given.
#[test]
fn a_decision_and_the_tariff_agree_on_caps() {
    let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    let an = Recipient::Individual("001".parse().unwrap());
    let binh = Recipient::Individual("002".parse().unwrap());
    let on = d(2025, 9, 2);
    let y = Period::year(2025).unwrap();
    let dec = Decision::new("15/QĐ-BNV".parse().unwrap(), on, Authority::Minister)
        .grant(an.clone(), Award::CommemorativeMedal, y)
        .grant_amount(
            binh.clone(),
            Award::CommemorativeMedal,
            y,
            Money::from_dong(1_000_000),
        );
    let money = dec.money(&book, &salaries).unwrap();
    let t = tariff(&book, &salaries, on);
    assert_eq!(
        money.for_recipient(&an),
        t.amount(Award::CommemorativeMedal, I).unwrap().amount
    );
    assert_eq!(money.for_recipient(&binh), Money::from_dong(1_000_000));
    let check = money
        .checks
        .iter()
        .find(|c| c.kind == MoneyNoteKind::UnsettledAmount)
        .unwrap();
    assert_eq!(
        check.citation.as_ref().unwrap().to_short(),
        "152/2025/NĐ-CP Điều 49 khoản 2"
    );
    // An amount and a multiplier that disagree are refused.
    let mut bad = dec.clone();
    bad.grants[1].multiplier = Some(Decimal::new(5, 1));
    let err = bad.money(&book, &salaries).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OutOfRange);
    // A grant at the cap in đồng needs no check.
    let settled = Decision::new("16/QĐ-BNV".parse().unwrap(), on, Authority::Minister)
        .grant_amount(
            an,
            Award::CommemorativeMedal,
            y,
            Money::from_dong(1_404_000),
        );
    let money = settled.money(&book, &salaries).unwrap();
    assert!(
        money
            .checks
            .iter()
            .all(|c| c.kind != MoneyNoteKind::UnsettledAmount)
    );
}

proptest! {
    /// Whatever multiplier at or under the cap, and whatever rounding, the
    /// amount never passes the cap's exact product.
    #[test]
    fn no_capped_amount_passes_its_cap(tenths in 0u32..=6, hundredths in 0u32..10, ceil in any::<bool>()) {
        let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
        let t = tariff(&book, &salaries, d(2025, 9, 2)).rounding(if ceil { Rounding::CeilTenThousand } else { Rounding::NearestHalfUpTenThousand });
        let x = Decimal::new(i64::from(tenths * 10 + hundredths), 2).min(Decimal::new(6, 1));
        let a = t.amount_at(Award::CommemorativeMedal, I, x).unwrap();
        let cap = Money::from_dong(1_404_000);
        prop_assert!(a.amount <= cap, "{x}: {}", a.amount);
        prop_assert!(a.amount <= a.exact.max(Money::ZERO).checked_add(Money::from_dong(10_000)).unwrap());
        prop_assert_eq!(a.unsettled_by.is_some(), a.amount != a.exact);
    }
}
