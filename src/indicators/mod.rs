//! Report indicators and the checks of the figures a report states.
//!
//! Year-end reports of districts, communes and agencies print a handful of
//! indicators: growth versus the same period (*so với cùng kỳ*), completion
//! of an estimate or plan (*đạt X% dự toán*), structure shares (*cơ cấu*),
//! counts such as "6/8 xã", average annual growth and per-capita values.
//! This module computes them exactly from the figures, prints them the way
//! the reports do, and checks what a report claims against its own numbers.
//!
//! # Exact arithmetic, explicit outcomes
//!
//! Everything is [`Decimal`] arithmetic: no floats. A quotient is exact up to
//! the 28 significant digits of a `Decimal` (so `1/3` is rounded there); the
//! largest-remainder shares are computed with exact remainders, never from a
//! rounded quotient. Rounding to the printed precision happens only when a
//! value is printed or turned into a [`Claim`], half away from zero as
//! reports round ("78,26" → "78,3"), with the number of decimals a parameter
//! (1 by default, as reports print "19,2%").
//!
//! An indicator whose denominator is zero, missing or negative has no value:
//! it is an [`Indicator`] variant, never NaN, an infinity or a panic. `Err` is
//! kept for malformed input (a negative share, a count above its total) and
//! for arithmetic overflow.
//!
//! | indicator | function | denominator |
//! |---|---|---|
//! | growth vs same period: "tăng 76,0%", "bằng 95,0%", "gấp 3,16 lần" | [`growth`] | the same period last year |
//! | completion: "đạt 163% dự toán tỉnh giao", "vượt 15%" | [`completion`] | the target of a named owner |
//! | structure shares (cơ cấu), printed to exactly 100 | [`shares`] | the total of the parts |
//! | "6/8 xã" with its percentage | [`Count`] | the whole |
//! | average annual growth over several years | [`average_growth`] | the start value and the years |
//! | per-capita value | [`per_capita`] | the population |
//!
//! # Claims and checks
//!
//! A [`Claim`] is what a report prints ("đạt 163%", "tăng 76%"): a kind and a
//! value whose decimal places are its printed precision. A claim bounds the
//! true ratio to an interval, so it implies values the report does not print
//! (the estimate behind "đạt 163% dự toán", last year's revenue behind
//! "tăng 76%") as an [`Implied`] interval, and it can be checked against the
//! numbers the report does print ([`check_claim`]). [`check_sum`] and
//! [`check_shares`] check that parts add up to their stated total and shares
//! to 100.
//!
//! # Example
//!
//! ```
//! use rust_decimal::Decimal;
//! use thidua::{indicators::{self, Claim, ClaimKind, Indicator, Target}};
//!
//! let d = |s: &str| s.parse::<Decimal>().unwrap();
//!
//! // Budget revenue of 207,359 tỷ đồng "tăng 76% so với cùng kỳ": the
//! // previous year's revenue the claim implies.
//! let claim = Claim::new(ClaimKind::Increase, d("76"))?;
//! let Indicator::Value(previous) = claim.implied_base(d("207.359"))? else { unreachable!() };
//! assert_eq!(previous.value().round_dp(3), d("117.818"));
//!
//! // Printed structure shares always add up to exactly 100.
//! let Indicator::Value(shares) = indicators::shares(&[d("1"), d("1"), d("1")], 1)? else {
//!     unreachable!()
//! };
//! assert_eq!(shares.printed(), &[d("33.4"), d("33.3"), d("33.3")]);
//!
//! // Completion keeps the owner of the estimate.
//! let Indicator::Value(c) = indicators::completion(d("115"), d("100"), Target::district_estimate())?
//! else {
//!     unreachable!()
//! };
//! assert_eq!(c.to_string(), "đạt 115,0% dự toán huyện giao");
//! # Ok::<(), thidua::Error>(())
//! ```
// Money and counts: every operator that could overflow is a checked call
// instead.
#![deny(clippy::arithmetic_side_effects)]

mod check;
mod claim;
mod completion;
mod count;
mod growth;
mod shares;

pub use check::{Agreement, Check, CheckKind, Precision, check_claim, check_shares, check_sum};
pub use claim::{Claim, ClaimKind, Implied};
pub use completion::{Completion, Target, TargetKind, completion};
pub use count::{Count, per_capita};
pub use growth::{Growth, GrowthStyle, average_growth, growth};
pub use shares::{Shares, shares};

use rust_decimal::{Decimal, RoundingStrategy};

use crate::error::{Error, ErrorKind, Result};

/// The value of an indicator, or why it has none.
///
/// An indicator is a quotient; when its denominator is zero, missing or
/// negative, the quotient means nothing and the outcome says which. The
/// denominator is, by indicator: the same period last year ([`growth`]), the
/// target ([`completion`]), the total of the parts ([`shares`]), the whole of
/// a [`Count`], the start value and the number of years
/// ([`average_growth`]), the population ([`per_capita`]), the ratio a
/// [`Claim`] states (for its implied base).
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{growth, Indicator}};
///
/// let ten = Decimal::TEN;
/// assert!(matches!(growth(ten, Decimal::ZERO)?, Indicator::Zero));
/// assert!(matches!(growth(ten, None)?, Indicator::Missing));
/// assert!(matches!(growth(ten, -ten)?, Indicator::Negative));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Indicator<T> {
    /// The indicator's value.
    Value(T),
    /// The denominator was not given (the report does not state it).
    Missing,
    /// The denominator is zero.
    Zero,
    /// The denominator is negative: a percentage of a negative base (a loss,
    /// a deficit) reads backwards, so none is given.
    Negative,
    /// The value changes sign between the start and the end of the period,
    /// so no average rate of growth exists.
    SignChange,
}

impl<T> Indicator<T> {
    /// The value, if there is one.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::indicators::per_capita;
    ///
    /// assert_eq!(per_capita(Decimal::TEN, Decimal::TWO)?.value(), Some(Decimal::from(5)));
    /// assert_eq!(per_capita(Decimal::TEN, Decimal::ZERO)?.value(), None);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn value(self) -> Option<T> {
        match self {
            Indicator::Value(v) => Some(v),
            _ => None,
        }
    }

    /// The outcome of a reference to the value.
    #[must_use]
    pub fn as_ref(&self) -> Indicator<&T> {
        match self {
            Indicator::Value(v) => Indicator::Value(v),
            Indicator::Missing => Indicator::Missing,
            Indicator::Zero => Indicator::Zero,
            Indicator::Negative => Indicator::Negative,
            Indicator::SignChange => Indicator::SignChange,
        }
    }

    /// The same outcome with `f` applied to the value.
    #[must_use]
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Indicator<U> {
        match self {
            Indicator::Value(v) => Indicator::Value(f(v)),
            Indicator::Missing => Indicator::Missing,
            Indicator::Zero => Indicator::Zero,
            Indicator::Negative => Indicator::Negative,
            Indicator::SignChange => Indicator::SignChange,
        }
    }

    /// Why there is no value, in Vietnamese, or `None` for a value.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::indicators::growth;
    ///
    /// assert_eq!(growth(Decimal::ONE, Decimal::ZERO)?.reason_vi(), Some("mẫu số bằng 0"));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn reason_vi(&self) -> Option<&'static str> {
        match self {
            Indicator::Value(_) => None,
            Indicator::Missing => Some("không có số liệu mẫu số"),
            Indicator::Zero => Some("mẫu số bằng 0"),
            Indicator::Negative => Some("mẫu số âm"),
            Indicator::SignChange => Some("số liệu đổi dấu trong kỳ"),
        }
    }
}

pub(crate) const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

/// The decimals printed when none are asked for: reports print "19,2%".
pub const DEFAULT_DECIMALS: u32 = 1;

/// The largest number of printed decimals: the scale of a [`Decimal`].
pub const MAX_DECIMALS: u32 = 28;

/// Classifies a denominator: `Ok(d)` when it is positive, the outcome
/// otherwise.
fn positive<T>(denominator: Option<Decimal>) -> std::result::Result<Decimal, Indicator<T>> {
    match denominator {
        None => Err(Indicator::Missing),
        Some(d) if d.is_zero() => Err(Indicator::Zero),
        Some(d) if d.is_sign_negative() => Err(Indicator::Negative),
        Some(d) => Ok(d),
    }
}

fn overflow(what: std::fmt::Arguments<'_>) -> Error {
    Error::new(
        ErrorKind::Overflow,
        format!("{what} bị tràn số"),
        format!("{what} overflows"),
    )
}

/// `a + b`, or an overflow error naming both.
fn add(a: Decimal, b: Decimal) -> Result<Decimal> {
    a.checked_add(b)
        .ok_or_else(|| overflow(format_args!("{a} + {b}")))
}

/// `a - b`, or an overflow error naming both.
fn sub(a: Decimal, b: Decimal) -> Result<Decimal> {
    a.checked_sub(b)
        .ok_or_else(|| overflow(format_args!("{a} - {b}")))
}

/// `a × b`, or an overflow error naming both.
fn mul(a: Decimal, b: Decimal) -> Result<Decimal> {
    a.checked_mul(b)
        .ok_or_else(|| overflow(format_args!("{a} × {b}")))
}

/// `a / b` for a non-zero `b`, or an overflow error naming both.
fn div(a: Decimal, b: Decimal) -> Result<Decimal> {
    a.checked_div(b)
        .ok_or_else(|| overflow(format_args!("{a} / {b}")))
}

/// `part × 100 / whole`, multiplying first when that fits (fewer rounding
/// steps), dividing first when it does not.
fn percent_of(part: Decimal, whole: Decimal) -> Result<Decimal> {
    match part.checked_mul(HUNDRED).and_then(|p| p.checked_div(whole)) {
        Some(p) => Ok(p),
        None => mul(div(part, whole)?, HUNDRED),
    }
}

/// Rejects a number of decimals that a [`Decimal`] cannot carry.
fn check_decimals(decimals: u32) -> Result<()> {
    if decimals > MAX_DECIMALS {
        return Err(Error::new(
            ErrorKind::OutOfRange,
            format!("{decimals} chữ số thập phân vượt quá mức tối đa {MAX_DECIMALS}"),
            format!("{decimals} decimals exceed the maximum of {MAX_DECIMALS}"),
        ));
    }
    Ok(())
}

/// `value` rounded half away from zero to exactly `decimals` places (so
/// `76` at 1 decimal is `76.0`), with no negative zero.
fn round_to(value: Decimal, decimals: u32) -> Result<Decimal> {
    check_decimals(decimals)?;
    let r = rounded(value, decimals);
    if r.scale() != decimals {
        return Err(overflow(format_args!(
            "{value} printed with {decimals} decimals"
        )));
    }
    Ok(r)
}

/// The claim of `kind` for `value` rounded to `decimals` places, checking
/// that the decimals exist and the value carries them.
fn claim_of(kind: ClaimKind, value: Decimal, decimals: u32) -> Result<Claim> {
    Claim::new(kind, round_to(value, decimals)?)
}

/// [`round_to`] for printing, which cannot fail: a value too large for
/// `decimals` places keeps as many as it can.
fn rounded(value: Decimal, decimals: u32) -> Decimal {
    let decimals = decimals.min(MAX_DECIMALS);
    let mut r = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(decimals);
    if r.is_zero() {
        r.set_sign_positive(true);
    }
    r
}

/// The decimals to print: the formatter's precision (`{:.2}`), 1 by
/// default as reports print "19,2%".
fn display_decimals(f: &std::fmt::Formatter<'_>) -> u32 {
    f.precision()
        .map_or(DEFAULT_DECIMALS, |p| {
            u32::try_from(p).unwrap_or(MAX_DECIMALS)
        })
        .min(MAX_DECIMALS)
}

/// Half a unit of the last printed digit of `value`: the largest rounding
/// error a printed figure can hide (`0.05` for `19.2`, `0.5` for `163`).
fn half_unit(value: Decimal) -> Decimal {
    Decimal::new(5, value.scale().saturating_add(1).min(MAX_DECIMALS))
}

/// Prints a decimal the Vietnamese way at its own scale: `,` for the
/// decimal mark, `.` between groups of thousands (`1.275,5`).
fn write_vi(f: &mut std::fmt::Formatter<'_>, value: Decimal) -> std::fmt::Result {
    std::fmt::Display::fmt(&crate::numfmt::NumberFormat::new().display(value), f)
}

/// Serializes decimals as strings, whatever features other crates turn on
/// (the wire format of every `Decimal` in this crate).
fn serialize_decimals<S: serde::Serializer>(
    values: &[Decimal],
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    let mut seq = serializer.serialize_seq(Some(values.len()))?;
    for v in values {
        seq.serialize_element(&v.to_string())?;
    }
    seq.end()
}

/// Serializes an `Indicator<Decimal>` as [`Indicator`] does, with the value as
/// a string: `{"value":"147"}`, `"zero"`.
fn serialize_outcome<S: serde::Serializer>(
    outcome: &Indicator<Decimal>,
    serializer: S,
) -> std::result::Result<S::Ok, S::Error> {
    use serde::Serialize;
    outcome
        .as_ref()
        .map(Decimal::to_string)
        .serialize(serializer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn rounding_is_half_away_from_zero_at_the_requested_scale() {
        assert_eq!(round_to(d("78.25"), 1).unwrap().to_string(), "78.3");
        assert_eq!(round_to(d("-78.25"), 1).unwrap().to_string(), "-78.3");
        assert_eq!(round_to(d("76"), 2).unwrap().to_string(), "76.00");
        assert_eq!(round_to(d("-0.04"), 1).unwrap().to_string(), "0.0");
        assert_eq!(round_to(d("2.5"), 0).unwrap().to_string(), "3");
        assert_eq!(
            round_to(d("1"), 29).unwrap_err().kind(),
            ErrorKind::OutOfRange
        );
        assert_eq!(
            round_to(Decimal::MAX, 2).unwrap_err().kind(),
            ErrorKind::Overflow
        );
    }

    #[test]
    fn half_unit_follows_the_printed_scale() {
        assert_eq!(half_unit(d("19.2")), d("0.05"));
        assert_eq!(half_unit(d("163")), d("0.5"));
        assert_eq!(half_unit(d("78.56")), d("0.005"));
    }

    #[test]
    fn percent_of_large_parts_divides_first() {
        assert_eq!(percent_of(d("1"), d("8")).unwrap(), d("12.5"));
        assert_eq!(percent_of(Decimal::MAX, Decimal::MAX).unwrap(), d("100"));
        assert_eq!(
            percent_of(Decimal::MAX, d("0.5")).unwrap_err().kind(),
            ErrorKind::Overflow
        );
    }
}
