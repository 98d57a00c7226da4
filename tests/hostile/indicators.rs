//! Report indicators: growth, completion, shares, counts, per capita,
//! average growth, claims and consistency checks, fed zero, negative and
//! missing bases, `Decimal::MAX` and scale-28 values, empty and enormous
//! lists and integer edges. Every outcome is explicit, never a panic.

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;
use thidua::indicators::{
    self, Agreement, Claim, ClaimKind, Count, GrowthStyle, Indicator, Precision, Target, TargetKind,
};
use thidua::units::Level;
use thidua::{ErrorKind, strategies};

use crate::support::{config, message, names};

/// Printed decimals: the usual ones, the limits and far past them.
fn decimals() -> impl Strategy<Value = u32> {
    prop_oneof![
        6 => 0u32..=3,
        2 => 0u32..=30,
        1 => select(vec![26, 27, 28, 29, u32::MAX]),
    ]
}

/// A figure of a report: mostly ordinary, often at the edges.
fn figure() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        3 => (0i64..=1_000_000_000, 0u32..=3).prop_map(|(m, s)| Decimal::new(m, s)),
        2 => strategies::decimal(),
    ]
}

fn base() -> impl Strategy<Value = Option<Decimal>> {
    option::weighted(0.9, figure())
}

fn kind() -> impl Strategy<Value = ClaimKind> {
    select(ClaimKind::ALL.to_vec())
}

/// The outcome a denominator must give when it is not a value.
fn expected_outcome(d: Option<Decimal>) -> Option<&'static str> {
    match d {
        None => Some("missing"),
        Some(d) if d.is_zero() => Some("zero"),
        Some(d) if d < Decimal::ZERO => Some("negative"),
        _ => None,
    }
}

fn outcome_name<T>(o: &Indicator<T>) -> Option<&'static str> {
    match o {
        Indicator::Value(_) => None,
        Indicator::Missing => Some("missing"),
        Indicator::Zero => Some("zero"),
        Indicator::Negative => Some("negative"),
        Indicator::SignChange => Some("sign change"),
        _ => Some("other"),
    }
}

/// An overflow or decimals error names what overflowed or how many
/// decimals were asked.
fn explained(e: &thidua::Error, decimals: u32) -> Result<(), TestCaseError> {
    let msg = message(e)?;
    match e.kind() {
        ErrorKind::Overflow => prop_assert!(msg.contains("overflows"), "{}", msg),
        ErrorKind::OutOfRange => {
            names(e, &decimals.to_string()).or_else(|_| names(e, "negative"))?
        }
        kind => prop_assert!(false, "{:?}: {}", kind, msg),
    }
    Ok(())
}

/// A claim prints and parses back as itself.
fn round_trips(claim: &Claim) -> Result<(), TestCaseError> {
    let printed = claim.to_string();
    let back: Claim = printed
        .parse()
        .map_err(|e| TestCaseError::fail(format!("{printed}: {e}")))?;
    prop_assert_eq!(&back, claim, "{}", printed);
    prop_assert_eq!(back.decimals(), claim.decimals());
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// Growth of any figures: a value only over a positive base, with its
    /// ratio and change consistent; its claims print and parse back.
    #[test]
    fn growth_of_any_figures(
        current in figure(),
        base in base(),
        style in select(vec![GrowthStyle::Change, GrowthStyle::Ratio, GrowthStyle::Times]),
        decimals in decimals(),
    ) {
        let g = match indicators::growth(current, base) {
            Ok(o) => {
                prop_assert_eq!(outcome_name(&o), expected_outcome(base));
                match o.value() {
                    Some(g) => g,
                    None => return Ok(()),
                }
            }
            Err(e) => return explained(&e, decimals),
        };
        let b = base.unwrap();
        prop_assert_eq!((g.current(), g.base()), (current, b));
        prop_assert_eq!(Some(g.ratio()), current.checked_div(b));
        prop_assert!(g.change_percent() <= g.ratio_percent());
        let _ = format!("{g} {g:.0} {g:.28} {g:.60}");
        match g.claim(style, decimals) {
            Ok(claim) => {
                prop_assert!(decimals <= indicators::MAX_DECIMALS);
                prop_assert_eq!(claim.decimals(), decimals);
                round_trips(&claim)?;
            }
            Err(e) => explained(&e, decimals)?,
        }
    }

    /// Completion of any target: a percentage only of a positive target;
    /// what is exceeded is the part above 100%.
    #[test]
    fn completion_of_any_target(
        actual in figure(),
        amount in base(),
        decimals in decimals(),
    ) {
        let target = Target::new(TargetKind::Plan, Level::Commune);
        let c = match indicators::completion(actual, amount, target) {
            Ok(o) => {
                prop_assert_eq!(outcome_name(&o), expected_outcome(amount));
                match o.value() {
                    Some(c) => c,
                    None => return Ok(()),
                }
            }
            Err(e) => return explained(&e, decimals),
        };
        prop_assert_eq!((c.actual(), c.amount(), c.target()), (actual, amount.unwrap(), target));
        let _ = format!("{c} {c:.0} {c:.28} {c:.60}");
        match c.attained(decimals) {
            Ok(claim) => {
                prop_assert_eq!(claim.decimals(), decimals);
                round_trips(&claim)?;
            }
            Err(e) => explained(&e, decimals)?,
        }
        match c.exceeded(decimals) {
            Ok(Some(claim)) => {
                prop_assert!(c.percent() > Decimal::ONE_HUNDRED);
                prop_assert!(claim.number() > Decimal::ZERO);
                round_trips(&claim)?;
            }
            Ok(None) => prop_assert!(c.percent() < Decimal::from(101), "{}", c.percent()),
            Err(e) => explained(&e, decimals)?,
        }
    }

    /// Shares by the largest remainder: one per part, each counted, the
    /// printed ones adding up to exactly 100% and each within one printed
    /// unit of its exact share; a zero part gets nothing.
    #[test]
    fn shares_add_up_to_exactly_100(
        parts in prop_oneof![
            6 => vec(prop_oneof![4 => (0u32..1000).prop_map(Decimal::from), 1 => figure()], 0..20),
            1 => vec(strategies::decimal(), 0..6),
        ],
        decimals in decimals(),
    ) {
        let shares = match indicators::shares(&parts, decimals) {
            Ok(Indicator::Value(s)) => s,
            Ok(Indicator::Zero) => {
                prop_assert!(parts.iter().all(|p| p.is_zero()));
                return Ok(());
            }
            Ok(other) => {
                prop_assert!(false, "{:?}", other);
                return Ok(());
            }
            Err(e) => {
                let msg = message(&e)?;
                match e.kind() {
                    ErrorKind::OutOfRange => {
                        let negative = parts.iter().position(|p| *p < Decimal::ZERO);
                        let named = match negative {
                            _ if decimals > 26 => msg.contains(&decimals.to_string()),
                            Some(i) => msg.contains(&parts[i].to_string())
                                && msg.contains(&format!("position {}", i + 1)),
                            None => false,
                        };
                        prop_assert!(named, "{}", msg);
                    }
                    ErrorKind::Overflow => prop_assert!(msg.contains("overflows") || msg.contains("exactly"), "{}", msg),
                    kind => prop_assert!(false, "{:?}: {}", kind, msg),
                }
                return Ok(());
            }
        };
        prop_assert!(decimals <= 26);
        prop_assert_eq!(shares.printed().len(), parts.len());
        prop_assert_eq!(shares.raw().len(), parts.len());
        let total = parts.iter().try_fold(Decimal::ZERO, |a, &b| a.checked_add(b));
        prop_assert_eq!(Some(shares.total()), total);
        let sum = shares.printed().iter().try_fold(Decimal::ZERO, |a, &b| a.checked_add(b));
        prop_assert_eq!(sum, Some(Decimal::ONE_HUNDRED), "{}", shares);
        let unit = Decimal::new(1, decimals);
        for ((p, raw), part) in shares.printed().iter().zip(shares.raw()).zip(&parts) {
            prop_assert_eq!(p.scale(), decimals);
            // Within one printed unit of the exact share; `raw` is itself
            // cut to 28 digits, so the bound is reached.
            prop_assert!((*p - *raw).abs() <= unit, "{} for {}", p, raw);
            if part.is_zero() {
                prop_assert!(p.is_zero());
            }
        }
        let _ = shares.to_string();
        match indicators::check_shares("cơ cấu", shares.printed(), Precision::Exact) {
            Ok(check) => prop_assert_eq!(check.status(), Agreement::Consistent),
            Err(e) => explained(&e, decimals)?,
        }
    }

    /// x/y counts at the edges of u64: a part above its whole is an error
    /// naming both; the percentage is between 0 and 100, exactly 100 for
    /// the whole.
    #[test]
    fn counts_at_the_integer_edges(
        part in prop_oneof![select(vec![0, 1, u64::from(u32::MAX), u64::MAX - 1, u64::MAX]), any::<u64>(), 0u64..100],
        whole in prop_oneof![select(vec![0, 1, u64::from(u32::MAX), u64::MAX - 1, u64::MAX]), any::<u64>(), 0u64..100],
        noun in prop_oneof![Just(None), Just(Some("mô hình")), Just(Some("\u{0}\n"))],
    ) {
        match Count::new(part, whole) {
            Ok(c) => {
                prop_assert!(part <= whole);
                let c = match noun {
                    Some(n) => c.of(n),
                    None => c,
                };
                match c.percent() {
                    Indicator::Value(p) => {
                        prop_assert!(whole > 0);
                        prop_assert!(p >= Decimal::ZERO && p <= Decimal::ONE_HUNDRED, "{}", p);
                        prop_assert_eq!(p == Decimal::ONE_HUNDRED, part == whole);
                        prop_assert_eq!(p.is_zero(), part == 0);
                    }
                    other => {
                        prop_assert_eq!(whole, 0);
                        prop_assert_eq!(outcome_name(&other), Some("zero"));
                    }
                }
                let printed = format!("{c:.2}");
                prop_assert!(printed.starts_with(&format!("{part}/{whole}")), "{}", printed);
            }
            Err(e) => {
                prop_assert!(part > whole);
                let msg = message(&e)?;
                prop_assert!(msg.contains(&part.to_string()) && msg.contains(&whole.to_string()), "{}", msg);
            }
        }
    }

    /// Per capita and average growth over any years (u32::MAX included):
    /// explicit outcomes for missing, zero and negative bases, a sign
    /// change, or no years; an average never below −100%.
    #[test]
    fn per_capita_and_average_growth(
        total in figure(),
        population in base(),
        start in figure(),
        end in figure(),
        years in prop_oneof![4 => 0u32..40, 1 => select(vec![u32::MAX, u32::MAX - 1, 1 << 20]), 1 => any::<u32>()],
    ) {
        match indicators::per_capita(total, population) {
            Ok(o) => {
                prop_assert_eq!(outcome_name(&o), expected_outcome(population));
                if let Indicator::Value(v) = o {
                    prop_assert_eq!(Some(v), total.checked_div(population.unwrap()));
                }
            }
            Err(e) => explained(&e, 0)?,
        }
        match indicators::average_growth(start, end, years) {
            Ok(Indicator::Value(r)) => {
                prop_assert!(start > Decimal::ZERO && years > 0 && end >= Decimal::ZERO);
                prop_assert!(r >= -Decimal::ONE_HUNDRED, "{}", r);
                if end == start {
                    prop_assert!(r.is_zero(), "{}", r);
                }
            }
            Ok(other) => {
                let why = outcome_name(&other);
                let want = expected_outcome(Some(start))
                    .or((years == 0).then_some("zero"))
                    .or((end < Decimal::ZERO).then_some("sign change"));
                prop_assert_eq!(why, want);
            }
            Err(e) => explained(&e, 0)?,
        }
    }

    /// Claims of every kind and number: what is made prints and parses
    /// back; a negative rise is an error naming the number; the ratio
    /// range holds the ratio; implied figures are ordered.
    #[test]
    fn claims_of_any_number(kind in kind(), number in figure(), value in figure(), base in figure()) {
        let claim = match Claim::new(kind, number) {
            Ok(c) => c,
            Err(e) => {
                prop_assert!(kind.is_directional() && number < Decimal::ZERO);
                prop_assert_eq!(e.kind(), ErrorKind::OutOfRange);
                names(&e, &number.to_string())?;
                return Ok(());
            }
        };
        prop_assert_eq!(claim.number(), number);
        round_trips(&claim)?;
        match (claim.ratio(), claim.ratio_range()) {
            (Ok(r), Ok((low, high))) => {
                prop_assert!(low <= r && r <= high, "{} not in {}–{}", r, low, high);
                prop_assert_eq!(claim.admits(r).unwrap(), true);
            }
            (Err(e), _) | (_, Err(e)) => explained(&e, 0)?,
        }
        match claim.implied_base(value) {
            Ok(Indicator::Value(i)) => {
                prop_assert!(i.low() <= i.high());
                let _ = format!("{i} {i:.0} {i:.40}");
            }
            Ok(_) => {}
            Err(e) => explained(&e, 0)?,
        }
        match claim.implied_value(base) {
            Ok(i) => {
                prop_assert!(i.low() <= i.high());
                let _ = i.to_string();
            }
            Err(e) => explained(&e, 0)?,
        }
        match indicators::check_claim("tăng trưởng", value, Some(base), claim) {
            Ok(check) => {
                prop_assert_eq!(check.claim(), Some(&claim));
                if base <= Decimal::ZERO {
                    prop_assert_eq!(check.status(), Agreement::NotComputable);
                }
                let _ = check.to_string();
            }
            Err(e) => explained(&e, 0)?,
        }
    }

    /// Sums checked against a stated total: the computed total is the sum
    /// of the figures, every figure is kept, and an exact match is
    /// consistent whatever the precision.
    #[test]
    fn sums_checked_against_any_total(
        label in prop_oneof![Just(String::new()), Just("Tổng thu".to_string()), "\\PC{0,20}", Just("\u{7}\n".to_string())],
        parts in vec(figure(), 0..12),
        stated in prop_oneof![Just(None), figure().prop_map(Some)],
        printed in any::<bool>(),
    ) {
        let precision = if printed { Precision::Printed } else { Precision::Exact };
        let total = parts.iter().try_fold(Decimal::ZERO, |a, &b| a.checked_add(b));
        let stated = stated.or(total).unwrap_or_default();
        match indicators::check_sum(label.clone(), &parts, stated, precision) {
            Ok(check) => {
                prop_assert_eq!(check.label(), label.as_str());
                prop_assert_eq!(check.figures(), &parts[..]);
                prop_assert_eq!(check.computed().clone().value(), total);
                if Some(stated) == total {
                    prop_assert_eq!(check.status(), Agreement::Consistent);
                } else if !printed {
                    prop_assert_eq!(check.status(), Agreement::Mismatch);
                }
                let _ = check.to_string();
            }
            Err(e) => {
                prop_assert!(total.is_none() || e.kind() == ErrorKind::Overflow);
                explained(&e, 0)?;
            }
        }
    }
}

#[test]
fn shares_of_a_hundred_thousand_parts_add_up_to_100() {
    let parts: Vec<Decimal> = (1..=100_000u32).map(|n| Decimal::from(n % 7)).collect();
    let s = indicators::shares(&parts, 2).unwrap().value().unwrap();
    assert_eq!(s.printed().len(), 100_000);
    let sum: Decimal = s.printed().iter().sum();
    assert_eq!(sum, Decimal::ONE_HUNDRED);
    assert!(
        s.printed()
            .iter()
            .zip(&parts)
            .all(|(p, x)| !x.is_zero() || p.is_zero())
    );
}
