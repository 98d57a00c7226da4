//! Growth versus the same period last year (*so với cùng kỳ*) and average
//! annual growth over several years.

use std::fmt;

use rust_decimal::Decimal;

use super::{
    Claim, ClaimKind, HUNDRED, Indicator, add, claim_of, display_decimals, div, mul, percent_of,
    positive, rounded, sub,
};
use crate::error::Result;

/// How to word a [`Growth`].
///
/// | style | printed for 176 against 100 | for 95 against 100 |
/// |---|---|---|
/// | [`Change`](GrowthStyle::Change) | "tăng 76,0%" | "giảm 5,0%" |
/// | [`Ratio`](GrowthStyle::Ratio) | "bằng 176,0%" | "bằng 95,0%" |
/// | [`Times`](GrowthStyle::Times) | "gấp 1,8 lần" | "gấp 0,9 lần" |
///
/// Reports use the change for most figures, "bằng" for a value below last
/// year's, and "gấp" for large ratios ("gấp 3,16 lần").
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GrowthStyle {
    /// "tăng x%" or "giảm x%".
    #[default]
    Change,
    /// "bằng x%".
    Ratio,
    /// "gấp x lần".
    Times,
}

/// A value compared with the same period last year.
///
/// Built by [`growth`], which returns it only for a positive base. Printing
/// takes the formatter's precision (1 decimal by default) and the
/// [`Change`](GrowthStyle::Change) style; [`claim`](Growth::claim) gives
/// the other styles.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{growth, GrowthStyle, Indicator}};
///
/// let Indicator::Value(g) = growth(Decimal::from(176), Decimal::from(100))? else {
///     unreachable!()
/// };
/// assert_eq!(g.change_percent(), Decimal::from(76));
/// assert_eq!(g.to_string(), "tăng 76,0% so với cùng kỳ");
/// assert_eq!(format!("{g:.0}"), "tăng 76% so với cùng kỳ");
/// assert_eq!(g.claim(GrowthStyle::Times, 2)?.to_string(), "gấp 1,76 lần");
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Growth {
    #[serde(with = "rust_decimal::serde::str")]
    current: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    base: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    ratio: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    ratio_percent: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    change_percent: Decimal,
}

/// Compares `current` with `base`, the same period last year.
///
/// The base may be missing (`None`: the report does not state it). A base
/// that is missing, zero or negative gives that [`Indicator`], not a number: a
/// percentage of nothing, or of a loss, means nothing.
///
/// # Errors
///
/// [`ErrorKind::Overflow`](crate::error::ErrorKind::Overflow) for a quotient beyond
/// the range of a `Decimal`.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{growth, Indicator}};
///
/// let Indicator::Value(g) = growth(Decimal::from(95), Decimal::from(100))? else {
///     unreachable!()
/// };
/// assert_eq!(g.change_percent(), Decimal::from(-5));
/// assert_eq!(g.to_string(), "giảm 5,0% so với cùng kỳ");
/// assert_eq!(growth(Decimal::ONE, None)?, Indicator::Missing);
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn growth(current: Decimal, base: impl Into<Option<Decimal>>) -> Result<Indicator<Growth>> {
    let base = match positive(base.into()) {
        Ok(b) => b,
        Err(outcome) => return Ok(outcome),
    };
    Ok(Indicator::Value(Growth {
        current,
        base,
        ratio: div(current, base)?,
        ratio_percent: percent_of(current, base)?,
        change_percent: percent_of(sub(current, base)?, base)?,
    }))
}

impl Growth {
    /// This period's value.
    #[must_use]
    pub fn current(&self) -> Decimal {
        self.current
    }

    /// The same period last year (positive).
    #[must_use]
    pub fn base(&self) -> Decimal {
        self.base
    }

    /// `current / base`: `1.76` for 176 against 100.
    #[must_use]
    pub fn ratio(&self) -> Decimal {
        self.ratio
    }

    /// `current / base × 100`: `176` for 176 against 100 ("bằng 176%").
    #[must_use]
    pub fn ratio_percent(&self) -> Decimal {
        self.ratio_percent
    }

    /// `(current − base) / base × 100`: `76` for 176 against 100, `-5` for
    /// 95 against 100.
    #[must_use]
    pub fn change_percent(&self) -> Decimal {
        self.change_percent
    }

    /// The claim a report prints for this growth, rounded half away from
    /// zero to `decimals` places.
    ///
    /// The sign of [`Change`](GrowthStyle::Change) is taken after rounding:
    /// a fall that rounds to zero prints "tăng 0,0%".
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`](crate::error::ErrorKind::OutOfRange) for more than
    /// [`MAX_DECIMALS`](super::MAX_DECIMALS) decimals;
    /// [`ErrorKind::Overflow`](crate::error::ErrorKind::Overflow) for a value too
    /// large to carry them.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::{indicators::{growth, GrowthStyle, Indicator}};
    ///
    /// let Indicator::Value(g) = growth(Decimal::from(316), Decimal::from(100))? else {
    ///     unreachable!()
    /// };
    /// assert_eq!(g.claim(GrowthStyle::Change, 0)?.to_string(), "tăng 216%");
    /// assert_eq!(g.claim(GrowthStyle::Ratio, 1)?.to_string(), "bằng 316,0%");
    /// assert_eq!(g.claim(GrowthStyle::Times, 2)?.to_string(), "gấp 3,16 lần");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn claim(&self, style: GrowthStyle, decimals: u32) -> Result<Claim> {
        let (kind, number) = self.wording(style, super::round_to(self.change_percent, decimals)?);
        claim_of(kind, number, decimals)
    }

    /// The kind and the exact number of `style`; `rounded_change` decides
    /// the sign of the change.
    // Negating a `Decimal` flips its sign bit and cannot overflow.
    #[allow(clippy::arithmetic_side_effects)]
    fn wording(&self, style: GrowthStyle, rounded_change: Decimal) -> (ClaimKind, Decimal) {
        match style {
            GrowthStyle::Change if rounded_change.is_sign_negative() => {
                (ClaimKind::Decrease, -self.change_percent)
            }
            GrowthStyle::Change => (ClaimKind::Increase, self.change_percent.max(Decimal::ZERO)),
            GrowthStyle::Ratio => (ClaimKind::Equal, self.ratio_percent),
            GrowthStyle::Times => (ClaimKind::Times, self.ratio),
        }
    }
}

impl fmt::Display for Growth {
    /// "tăng 76,0% so với cùng kỳ", with the formatter's precision.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dp = display_decimals(f);
        let (kind, number) = self.wording(GrowthStyle::Change, rounded(self.change_percent, dp));
        write!(f, "{} so với cùng kỳ", Claim::rounded(kind, number, dp))
    }
}

/// The average annual growth, in percent a year, from `start` to `end`
/// over `years` years: the compound rate `r` with `start × (1 + r/100)^years
/// = end` ("tăng bình quân 10,5%/năm").
///
/// The `years`-th root is irrational in general; it is computed by
/// bisection in `Decimal` arithmetic and returned rounded to 20 decimals,
/// far below any printed precision. A start that is zero or negative, or zero
/// years, gives that [`Indicator`]; an end below zero gives
/// [`Indicator::SignChange`].
///
/// # Errors
///
/// [`ErrorKind::Overflow`](crate::error::ErrorKind::Overflow) when `end / start`
/// raised to the power `years` leaves the range of a `Decimal`.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{average_growth, Indicator}};
///
/// // 100 → 121 in two years is 10% a year.
/// assert_eq!(
///     average_growth(Decimal::from(100), Decimal::from(121), 2)?,
///     Indicator::Value(Decimal::from(10))
/// );
/// assert_eq!(average_growth(Decimal::ONE, Decimal::TWO, 0)?, Indicator::Zero);
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn average_growth(start: Decimal, end: Decimal, years: u32) -> Result<Indicator<Decimal>> {
    let start = match positive(Some(start)) {
        Ok(s) => s,
        Err(outcome) => return Ok(outcome),
    };
    if years == 0 {
        return Ok(Indicator::Zero);
    }
    if end.is_sign_negative() && !end.is_zero() {
        return Ok(Indicator::SignChange);
    }
    let root = nth_root(div(end, start)?, years)?;
    let rate = mul(sub(root, Decimal::ONE)?, HUNDRED)?;
    Ok(Indicator::Value(rate.round_dp(20).normalize()))
}

/// The `n`-th root of `a ≥ 0`, by bisection: the root lies in `[a, 1]` for
/// `a ≤ 1` and in `[1, 1 + (a − 1)/n]` for `a > 1` (Bernoulli's inequality),
/// and `x^n` grows with `x`. A power beyond the range of a `Decimal` is
/// above `a`, so no step overflows. The interval shrinks to the last digit a
/// `Decimal` carries near the root (about 10⁻²⁶).
fn nth_root(a: Decimal, n: u32) -> Result<Decimal> {
    if n == 1 || a.is_zero() || a == Decimal::ONE {
        return Ok(a);
    }
    let (mut lo, mut hi) = if a < Decimal::ONE {
        (a, Decimal::ONE)
    } else {
        (
            Decimal::ONE,
            add(Decimal::ONE, div(sub(a, Decimal::ONE)?, Decimal::from(n))?)?,
        )
    };
    for _ in 0..256 {
        let mid = div(add(lo, hi)?, Decimal::TWO)?;
        if mid <= lo || mid >= hi {
            break;
        }
        match power(mid, n) {
            Some(p) if p <= a => lo = mid,
            _ => hi = mid,
        }
    }
    div(add(lo, hi)?, Decimal::TWO)
}

/// `x^n` by repeated squaring, or `None` past the range of a `Decimal`.
fn power(x: Decimal, n: u32) -> Option<Decimal> {
    let (mut result, mut base, mut n) = (Decimal::ONE, x, n);
    while n > 0 {
        if n & 1 == 1 {
            result = result.checked_mul(base)?;
        }
        n >>= 1;
        if n > 0 {
            base = base.checked_mul(base)?;
        }
    }
    Some(result)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn value(o: Indicator<Growth>) -> Growth {
        o.value().unwrap()
    }

    #[test]
    fn exact_values() {
        let g = value(growth(d("207.359"), d("117.8176")).unwrap());
        assert_eq!(g.change_percent().round_dp(4), d("76.0000"));
        let g = value(growth(d("54"), d("69")).unwrap());
        assert_eq!(g.ratio_percent(), d("78.260869565217391304347826087"));
        assert_eq!(g.change_percent(), d("-21.739130434782608695652173913"));
        let g = value(growth(d("3"), d("3")).unwrap());
        assert_eq!(g.change_percent(), Decimal::ZERO);
        assert_eq!(g.to_string(), "tăng 0,0% so với cùng kỳ");
    }

    #[test]
    fn zero_missing_and_negative_bases() {
        assert_eq!(growth(d("5"), d("0")).unwrap(), Indicator::Zero);
        assert_eq!(growth(d("5"), d("-0.00")).unwrap(), Indicator::Zero);
        assert_eq!(growth(d("5"), None).unwrap(), Indicator::Missing);
        assert_eq!(growth(d("5"), d("-10")).unwrap(), Indicator::Negative);
        // A negative current value against a positive base is a real fall.
        let g = value(growth(d("-5"), d("10")).unwrap());
        assert_eq!(g.change_percent(), d("-150"));
        assert_eq!(g.to_string(), "giảm 150,0% so với cùng kỳ");
    }

    #[test]
    fn printing_with_0_1_and_2_decimals() {
        let g = value(growth(d("119.246"), d("100")).unwrap());
        assert_eq!(format!("{g:.0}"), "tăng 19% so với cùng kỳ");
        assert_eq!(format!("{g}"), "tăng 19,2% so với cùng kỳ");
        assert_eq!(format!("{g:.2}"), "tăng 19,25% so với cùng kỳ");
        let g = value(growth(d("94.95"), d("100")).unwrap());
        assert_eq!(format!("{g:.0}"), "giảm 5% so với cùng kỳ");
        assert_eq!(format!("{g:.1}"), "giảm 5,1% so với cùng kỳ");
        assert_eq!(
            g.claim(GrowthStyle::Ratio, 2).unwrap().to_string(),
            "bằng 94,95%"
        );
        // A fall that rounds to zero is printed without a sign.
        let g = value(growth(d("99.99"), d("100")).unwrap());
        assert_eq!(format!("{g:.1}"), "tăng 0,0% so với cùng kỳ");
        assert_eq!(
            g.claim(GrowthStyle::Change, 29).unwrap_err().kind(),
            ErrorKind::OutOfRange
        );
    }

    #[test]
    fn average_growth_exact_cases() {
        let avg = |s, e, n| average_growth(d(s), d(e), n).unwrap();
        assert_eq!(avg("100", "121", 2), Indicator::Value(d("10")));
        assert_eq!(avg("100", "133.1", 3), Indicator::Value(d("10")));
        assert_eq!(avg("100", "81", 2), Indicator::Value(d("-10")));
        assert_eq!(avg("100", "150", 1), Indicator::Value(d("50")));
        assert_eq!(avg("100", "100", 5), Indicator::Value(d("0")));
        assert_eq!(avg("100", "0", 5), Indicator::Value(d("-100")));
        assert_eq!(avg("0", "10", 2), Indicator::Zero);
        assert_eq!(avg("-1", "10", 2), Indicator::Negative);
        assert_eq!(avg("10", "-1", 2), Indicator::SignChange);
        assert_eq!(avg("10", "20", 0), Indicator::Zero);
        // 2016–2020 doubling: 2^(1/5) − 1 = 14.869835499703500679862694…%
        assert_eq!(
            avg("1", "2", 5).value().unwrap().round_dp(18),
            d("14.869835499703500680")
        );
    }

    #[test]
    fn average_growth_over_many_years_and_huge_ratios() {
        // Tenfold over 30 years: 10^(1/30) − 1 = 7.977516232771…%; the
        // power 10^29 of a naive start would overflow.
        let r = average_growth(d("1"), d("10"), 30)
            .unwrap()
            .value()
            .unwrap();
        assert_eq!(r.round_dp(12), d("7.977516232771"));
        // A millionfold over 30 years: 10^(6/30) − 1 = 58.489319246111…%.
        let r = average_growth(d("1"), d("1000000"), 30)
            .unwrap()
            .value()
            .unwrap();
        assert_eq!(r.round_dp(12), d("58.489319246111"));
        let err =
            average_growth(d("0.0000000000000000000000000001"), Decimal::MAX, 30).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Overflow);
    }
}
