//! Structure shares (*cơ cấu*) that print to exactly 100.

use std::fmt;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::{Indicator, add, mul, percent_of, sub, write_vi};
use crate::error::{Error, ErrorKind, Result};

/// The most decimals a printed share may have: `10^(2 + decimals)` units
/// of 100% must fit in a `Decimal`.
const MAX_SHARE_DECIMALS: u32 = 26;

/// Structure shares: each part's percentage of the total, raw and as
/// printed.
///
/// Rounding each share on its own can print "33,3% + 33,3% + 33,3% =
/// 99,9%". The printed shares here use the **largest-remainder method**
/// (Hamilton's method): every share is first cut down to the printed
/// precision, and the units still missing from 100 go, one each, to the
/// shares with the largest remainders. Equal remainders go to the earlier
/// part. The remainders are exact (integer arithmetic on the parts), never
/// read from a rounded quotient, so the printed shares always add up to
/// exactly 100 and each differs from its raw share by less than one printed
/// unit.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{shares, Indicator}};
///
/// let parts = [Decimal::from(2), Decimal::from(2), Decimal::from(2)];
/// let Indicator::Value(s) = shares(&parts, 0)? else { unreachable!() };
/// assert_eq!(s.printed(), &[Decimal::from(34), Decimal::from(33), Decimal::from(33)]);
/// assert_eq!(s.to_string(), "34% / 33% / 33%");
/// assert_eq!(s.raw()[0].round_dp(4), Decimal::new(333_333, 4));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Shares {
    #[serde(with = "rust_decimal::serde::str")]
    total: Decimal,
    #[serde(serialize_with = "super::serialize_decimals")]
    raw: Vec<Decimal>,
    #[serde(serialize_with = "super::serialize_decimals")]
    printed: Vec<Decimal>,
}

/// The structure shares of `parts`, printed with `decimals` decimals.
///
/// The parts may be in any unit (tỷ đồng, persons); all in the same one.
/// Parts that are all zero, or none, give [`Indicator::Zero`].
///
/// # Errors
///
/// [`ErrorKind::OutOfRange`] for a negative part (a share of a structure is
/// never negative) or more than 26 decimals; [`ErrorKind::Overflow`] when
/// the parts' total or a part scaled to the printed precision leaves the
/// range of a `Decimal`.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{shares, Indicator}};
///
/// let d = |s: &str| s.parse::<Decimal>().unwrap();
/// let Indicator::Value(s) = shares(&[d("2501.1"), d("1667.4"), d("1786.5")], 1)? else {
///     unreachable!()
/// };
/// assert_eq!(s.printed(), &[d("42.0"), d("28.0"), d("30.0")]);
/// assert_eq!(shares(&[], 1)?, Indicator::Zero);
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn shares(parts: &[Decimal], decimals: u32) -> Result<Indicator<Shares>> {
    if decimals > MAX_SHARE_DECIMALS {
        return Err(Error::new(
            ErrorKind::OutOfRange,
            format!(
                "{decimals} chữ số thập phân cho tỷ lệ vượt quá mức tối đa {MAX_SHARE_DECIMALS}"
            ),
            format!("{decimals} decimals for shares exceed the maximum of {MAX_SHARE_DECIMALS}"),
        ));
    }
    let mut total = Decimal::ZERO;
    for (i, &p) in parts.iter().enumerate() {
        if p.is_sign_negative() && !p.is_zero() {
            return Err(Error::new(
                ErrorKind::OutOfRange,
                format!(
                    "phần âm {p} ở vị trí {} của một cơ cấu",
                    i.saturating_add(1)
                ),
                format!(
                    "negative part {p} at position {} of a structure",
                    i.saturating_add(1)
                ),
            ));
        }
        total = add(total, p)?;
    }
    if total.is_zero() {
        return Ok(Indicator::Zero);
    }
    // 100% in units of the printed precision: 10^(2 + decimals).
    // At most 10^28 (checked above): it fits.
    let units = Decimal::from_i128_with_scale(10_i128.pow(decimals.saturating_add(2)), 0);
    let one_unit = Decimal::from_i128_with_scale(1, decimals);
    let mut floors = Vec::with_capacity(parts.len());
    let mut remainders = Vec::with_capacity(parts.len());
    let mut handed_out = Decimal::ZERO;
    for &p in parts {
        let scaled = p.checked_mul(units).ok_or_else(|| {
            Error::overflow(
                format!("phần {p} đổi sang {decimals} chữ số thập phân bị tràn số"),
                format!("part {p} scaled to {decimals} decimals overflows"),
            )
        })?;
        let (floor, remainder) = floor_div(scaled, total)?;
        handed_out = add(handed_out, floor)?;
        floors.push(floor);
        remainders.push(remainder);
    }
    // Each floor is short of its exact share by less than one unit, so
    // fewer units than parts are missing.
    let missing = sub(units, handed_out)?
        .to_usize()
        .filter(|&m| m <= parts.len())
        .ok_or_else(|| {
            Error::overflow(
                format!("các tỷ lệ của {total} không cộng lại đủ"),
                format!("shares of {total} do not add up"),
            )
        })?;
    // The largest remainders get a unit each; ties go to the earlier part.
    let mut order: Vec<(usize, Decimal)> = remainders.into_iter().enumerate().collect();
    order.sort_by(|(a, ra), (b, rb)| rb.cmp(ra).then(a.cmp(b)));
    let mut gets_unit = vec![false; floors.len()];
    for (i, _) in order.into_iter().take(missing) {
        if let Some(g) = gets_unit.get_mut(i) {
            *g = true;
        }
    }
    let floors = floors
        .into_iter()
        .zip(gets_unit)
        .map(|(f, more)| if more { add(f, Decimal::ONE) } else { Ok(f) })
        .collect::<Result<Vec<_>>>()?;
    let printed = floors
        .into_iter()
        .map(|units| {
            // Exact: an integer times a power of ten.
            let mut share = mul(units, one_unit)?;
            share.rescale(decimals);
            Ok(share)
        })
        .collect::<Result<Vec<_>>>()?;
    let raw = parts
        .iter()
        .map(|&p| percent_of(p, total))
        .collect::<Result<Vec<_>>>()?;
    Ok(Indicator::Value(Shares {
        total,
        raw,
        printed,
    }))
}

/// `(⌊a / b⌋, a mod b)` for `a ≥ 0`, `b > 0`, exactly: the remainder is
/// exact in `Decimal`, so `(a − r) / b` is an exact integer.
fn floor_div(a: Decimal, b: Decimal) -> Result<(Decimal, Decimal)> {
    let inexact = || {
        Error::overflow(
            format!("{a} / {b} không chia chính xác được"),
            format!("{a} / {b} cannot be split exactly"),
        )
    };
    let r = a.checked_rem(b).ok_or_else(inexact)?;
    let q = sub(a, r)?.checked_div(b).ok_or_else(inexact)?.normalize();
    if q.scale() != 0 || r.is_sign_negative() || r >= b {
        return Err(inexact());
    }
    Ok((q, r))
}

impl Shares {
    /// The total of the parts.
    #[must_use]
    pub fn total(&self) -> Decimal {
        self.total
    }

    /// Each part's exact share of the total, in percent (to the 28 digits
    /// of a `Decimal`).
    #[must_use]
    pub fn raw(&self) -> &[Decimal] {
        &self.raw
    }

    /// The shares as printed, with the requested decimals, adding up to
    /// exactly 100.
    #[must_use]
    pub fn printed(&self) -> &[Decimal] {
        &self.printed
    }
}

impl fmt::Display for Shares {
    /// The printed shares: `42% / 28% / 30%`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, &s) in self.printed.iter().enumerate() {
            if i > 0 {
                f.write_str(" / ")?;
            }
            write_vi(f, s)?;
            f.write_str("%")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Bilingual as _;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn printed(parts: &[&str], decimals: u32) -> Vec<String> {
        let parts: Vec<Decimal> = parts.iter().map(|p| d(p)).collect();
        let s = shares(&parts, decimals).unwrap().value().unwrap();
        s.printed().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn largest_remainders_get_the_missing_units() {
        assert_eq!(printed(&["1", "1", "1"], 1), ["33.4", "33.3", "33.3"]);
        assert_eq!(printed(&["1", "1", "1"], 0), ["34", "33", "33"]);
        assert_eq!(printed(&["1", "1", "1"], 2), ["33.34", "33.33", "33.33"]);
        // 2/3 and 1/3: the larger remainder (0.67 → .7 at 1 decimal) wins.
        assert_eq!(printed(&["2", "1"], 1), ["66.7", "33.3"]);
        // Raw 12.5 / 37.5 / 50: both remainders are .5 and one unit is
        // missing: the earlier part gets it.
        assert_eq!(printed(&["1", "3", "4"], 0), ["13", "37", "50"]);
        // Shares that need no adjustment stay as they are.
        assert_eq!(printed(&["42", "28", "30"], 0), ["42", "28", "30"]);
        assert_eq!(printed(&["42", "28", "30"], 2), ["42.00", "28.00", "30.00"]);
        // A zero part keeps a zero share.
        assert_eq!(printed(&["0", "1", "1", "1"], 0), ["0", "34", "33", "33"]);
        assert_eq!(printed(&["5"], 1), ["100.0"]);
    }

    #[test]
    fn naive_rounding_would_miss_100_here() {
        // Each share rounds to 14.3 on its own: 7 × 14.3 = 100.1.
        let p = printed(&["1", "1", "1", "1", "1", "1", "1"], 1);
        assert_eq!(p, ["14.3", "14.3", "14.3", "14.3", "14.3", "14.3", "14.2"]);
    }

    #[test]
    fn raw_shares_are_exact_quotients() {
        let s = shares(&[d("1"), d("3")], 1).unwrap().value().unwrap();
        assert_eq!(s.raw(), &[d("25"), d("75")]);
        assert_eq!(s.total(), d("4"));
    }

    #[test]
    fn zero_negative_and_huge_inputs() {
        assert_eq!(shares(&[d("0"), d("0")], 1).unwrap(), Indicator::Zero);
        assert_eq!(shares(&[], 0).unwrap(), Indicator::Zero);
        let err = shares(&[d("1"), d("-1"), d("2")], 1).unwrap_err();
        assert_eq!(err.en(), "negative part -1 at position 2 of a structure");
        assert_eq!(
            shares(&[d("1")], 27).unwrap_err().kind(),
            ErrorKind::OutOfRange
        );
        assert_eq!(
            shares(&[Decimal::MAX, Decimal::MAX], 0).unwrap_err().kind(),
            ErrorKind::Overflow
        );
        assert_eq!(
            shares(&[Decimal::MAX], 2).unwrap_err().kind(),
            ErrorKind::Overflow
        );
        // Tiny parts with many decimals still split exactly.
        assert_eq!(
            printed(
                &[
                    "0.0000000000000000000000000001",
                    "0.0000000000000000000000000002"
                ],
                4
            ),
            ["33.3333", "66.6667"]
        );
    }
}
