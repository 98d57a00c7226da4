//! Money in exact decimal đồng: the [`Money`] type and the [`Rounding`] of
//! award amounts.
//!
//! The multiplier tables of each decree are law
//! ([`MoneyRules`](crate::law::MoneyRules)), the base salary too
//! ([`SalarySchedule`](crate::law::SalarySchedule)); the
//! [`Tariff`](crate::Tariff) prices an award on a decision date.
// Money and counts: every operator that could overflow is a checked call
// instead.
#![deny(clippy::arithmetic_side_effects)]

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::error::{Error, Result};
use crate::numfmt::{self, Measure, NumberFormat};

/// An amount of money in Vietnamese đồng, exact.
///
/// A newtype over [`Decimal`]: no floats, and no panicking operators: sums
/// and products are `checked_*` (returning `Option`) or
/// [`Money::sum`] (returning an overflow error that says which sum). Award
/// money is whole đồng; intermediate amounts (an unrounded product, a share
/// of a fund) may carry decimals.
///
/// [`Display`](fmt::Display) prints the Vietnamese way, `1.490.000 đồng`;
/// [`FromStr`] reads any amount [`numfmt::parse_dong`] reads
/// (`"5,955 tỷ đồng"`); the wire form is the decimal as a string,
/// `"1490000"`.
///
/// # Example
///
/// ```
/// use thidua::Money;
///
/// let base = Money::from_dong(1_490_000);
/// let total = base.checked_add(Money::from_dong(447_000)).unwrap();
/// assert_eq!(total.to_string(), "1.937.000 đồng");
/// assert_eq!("1.937.000 đồng".parse::<Money>()?, total);
/// assert_eq!(Money::sum([base, base, base])?, Money::from_dong(4_470_000));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Money(Decimal);

impl serde::Serialize for Money {
    /// The decimal as a string. A fraction of exactly three digits gets a
    /// fourth, `"22350.0000"` for `22350.000`, so that it is not read back
    /// as a group of thousands (`"1.538"` is 1 538 đồng on the wire).
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let text = self.0.to_string();
        match text.split_once('.') {
            Some((_, frac)) if frac.len() == 3 => s.collect_str(&format_args!("{text}0")),
            _ => s.serialize_str(&text),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Money {
    /// The canonical decimal string (`"1538875000"`, `"0.5"`), a JSON
    /// integer, or the amount as offices write it: `"1.538.875.000"`,
    /// `"1.538.875.000 đồng"`, `"1,5 triệu đồng"`. A `.` followed by three
    /// digits groups thousands.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Money, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Repr<'a> {
            Int(i64),
            #[serde(borrow)]
            Text(std::borrow::Cow<'a, str>),
        }
        match Repr::deserialize(d)? {
            Repr::Int(n) => Ok(Money(Decimal::from(n))),
            Repr::Text(s) => {
                let canonical = match s.split_once('.') {
                    None => true,
                    Some((_, frac)) => frac.len() != 3 || !frac.bytes().all(|b| b.is_ascii_digit()),
                };
                if canonical {
                    if let Ok(d) = s.trim().parse::<Decimal>() {
                        return Ok(Money(d));
                    }
                }
                s.parse::<Money>().map_err(Error::into_de)
            }
        }
    }
}

impl Money {
    /// Zero đồng.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// The largest amount: about 7.9 × 10²⁸ đồng.
    pub const MAX: Money = Money(Decimal::MAX);

    /// An amount of whole đồng.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Money;
    ///
    /// assert_eq!(Money::from_dong(1_490_000).to_string(), "1.490.000 đồng");
    /// ```
    #[must_use]
    pub fn from_dong(dong: i64) -> Money {
        Money(Decimal::from(dong))
    }

    /// An amount in đồng, as a decimal.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::Money;
    ///
    /// // An unrounded product may carry decimals: 0,15 × 1.490.000.
    /// let m = Money::new(Decimal::new(2235, 1) * Decimal::from(1_000));
    /// assert_eq!(m, Money::from_dong(223_500));
    /// ```
    #[must_use]
    pub const fn new(dong: Decimal) -> Money {
        Money(dong)
    }

    /// The amount in đồng.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::Money;
    ///
    /// assert_eq!(Money::from_dong(702_000).dong(), Decimal::from(702_000));
    /// ```
    #[must_use]
    pub const fn dong(self) -> Decimal {
        self.0
    }

    /// Whether it is zero.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Money;
    ///
    /// assert!(Money::ZERO.is_zero());
    /// assert!(!Money::from_dong(1).is_zero());
    /// ```
    #[must_use]
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// Whether it is below zero (a deficit).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Money;
    ///
    /// let balance = Money::from_dong(5_000_000).checked_sub(Money::from_dong(7_020_000)).unwrap();
    /// assert!(balance.is_negative());
    /// assert_eq!(balance.to_string(), "-2.020.000 đồng");
    /// ```
    #[must_use]
    pub fn is_negative(self) -> bool {
        !self.0.is_zero() && self.0.is_sign_negative()
    }

    /// `self + other`, or `None` on overflow, including a sum that needs
    /// more than the 28 significant digits of a decimal (`Decimal` would
    /// round it, and totals would then depend on the order of the parts).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Money;
    ///
    /// let a = Money::from_dong(2_340_000);
    /// assert_eq!(a.checked_add(a), Some(Money::from_dong(4_680_000)));
    /// assert_eq!(Money::MAX.checked_add(a), None);
    /// ```
    #[must_use]
    pub fn checked_add(self, other: Money) -> Option<Money> {
        add_exact(self.0, other.0).map(Money)
    }

    /// `self − other`, or `None` on overflow, including a difference that
    /// needs more than the 28 significant digits of a decimal.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Money;
    ///
    /// let fund = Money::from_dong(10_000_000);
    /// assert_eq!(fund.checked_sub(Money::from_dong(7_020_000)), Some(Money::from_dong(2_980_000)));
    /// ```
    #[must_use]
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        sub_exact(self.0, other.0).map(Money)
    }

    /// `self × factor` (a multiplier, a share, a count), or `None` on
    /// overflow. Not rounded: round with [`round`](Money::round).
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::{Money, Rounding};
    ///
    /// // 0,3 × the base salary of 2024-07-01, then rounded once.
    /// let product = Money::from_dong(2_340_000).checked_mul(Decimal::new(3, 1)).unwrap();
    /// assert_eq!(product, Money::from_dong(702_000));
    /// assert_eq!(product.round(Rounding::CeilTenThousand)?, Money::from_dong(710_000));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn checked_mul(self, factor: Decimal) -> Option<Money> {
        self.0.checked_mul(factor).map(|d| Money(d.normalize()))
    }

    /// `self × count`, or `None` on overflow.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Money;
    ///
    /// // Eleven "Lao động tiên tiến" at 710.000 đồng each.
    /// assert_eq!(Money::from_dong(710_000).checked_times(11), Some(Money::from_dong(7_810_000)));
    /// ```
    #[must_use]
    pub fn checked_times(self, count: u64) -> Option<Money> {
        self.checked_mul(Decimal::from(count))
    }

    /// The sum of `amounts`.
    ///
    /// # Errors
    ///
    /// The sum overflows ([`ErrorKind::Overflow`](crate::error::ErrorKind::Overflow)).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{ErrorKind, Money};
    ///
    /// let lines = [Money::from_dong(710_000), Money::from_dong(2_340_000)];
    /// assert_eq!(Money::sum(lines)?, Money::from_dong(3_050_000));
    /// let err = Money::sum([Money::MAX, Money::from_dong(1)]).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Overflow);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn sum(amounts: impl IntoIterator<Item = Money>) -> Result<Money> {
        amounts.into_iter().try_fold(Money::ZERO, |acc, m| {
            acc.checked_add(m).ok_or_else(|| {
                Error::overflow(
                    format!("một tổng số tiền bị tràn số sau {acc}"),
                    format!("a sum of money overflows after {acc}"),
                )
            })
        })
    }

    /// The amount rounded by `mode`.
    ///
    /// # Errors
    ///
    /// Rounding up an amount within 10.000 đồng of [`Money::MAX`] overflows.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Money, Rounding};
    ///
    /// let m = Money::from_dong(223_500);
    /// assert_eq!(m.round(Rounding::CeilTenThousand)?, Money::from_dong(230_000));
    /// assert_eq!(m.round(Rounding::NearestHalfUpTenThousand)?, Money::from_dong(220_000));
    /// assert_eq!(m.round(Rounding::None)?, m);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn round(self, mode: Rounding) -> Result<Money> {
        let step = Decimal::from(10_000);
        let overflow = || {
            Error::overflow(
                format!("làm tròn {self} bị tràn số"),
                format!("rounding {self} overflows"),
            )
        };
        // From the remainder, which is exact, not the quotient, which is
        // cut to 28 decimals: 10⁻²⁸ / 10.000 is 0, yet 10⁻²⁸ đồng rounds
        // up to 10.000.
        let rest = self.0.checked_rem(step).ok_or_else(overflow)?;
        let toward_zero = self.0.checked_sub(rest).ok_or_else(overflow)?;
        let away = match mode {
            Rounding::None => return Ok(self),
            Rounding::CeilTenThousand => rest > Decimal::ZERO,
            Rounding::NearestHalfUpTenThousand => rest.abs() >= Decimal::from(5_000),
        };
        let rounded = if !away {
            toward_zero
        } else if rest.is_sign_negative() {
            toward_zero.checked_sub(step).ok_or_else(overflow)?
        } else {
            toward_zero.checked_add(step).ok_or_else(overflow)?
        };
        Ok(Money(rounded.normalize()))
    }

    /// The amount in Vietnamese words, as award decisions print it after
    /// "Bằng chữ:"; see [`words`](crate::words) for the spelling choices.
    ///
    /// ```
    /// use thidua::Money;
    ///
    /// assert_eq!(Money::from_dong(1_490_000).to_words()?, "Một triệu bốn trăm chín mươi nghìn đồng");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// A negative amount, one with a fraction of a đồng, or one above
    /// [`words::MAX`](crate::words::MAX).
    pub fn to_words(self) -> Result<String> {
        crate::words::amount(self.0, &crate::words::Style::default())
    }

    /// The amount printed in `unit` with at most `decimals` decimals:
    /// `207,359 tỷ đồng`.
    ///
    /// ```
    /// use thidua::Money;
    /// use thidua::numfmt::Measure;
    ///
    /// let m = Money::from_dong(207_359_400_000);
    /// assert_eq!(m.format_in(Measure::BillionDong, 3), "207,359 tỷ đồng");
    /// assert_eq!(m.format_in(Measure::MillionDong, 0), "207.359 triệu đồng");
    /// ```
    #[must_use]
    pub fn format_in(self, unit: Measure, decimals: u32) -> String {
        NumberFormat::new()
            .max_decimals(decimals)
            .unit(unit)
            .format(unit.from_dong(self.0))
    }
}

/// `a + b`, or `None` if it overflows or needs more than the 28
/// significant digits of a decimal (which would round it, making totals
/// depend on the order of their parts).
pub(crate) fn add_exact(a: Decimal, b: Decimal) -> Option<Decimal> {
    exact(a, b, false, a.checked_add(b)?)
}

/// `a − b`, or `None` if it overflows or needs more than 28 significant
/// digits.
pub(crate) fn sub_exact(a: Decimal, b: Decimal) -> Option<Decimal> {
    exact(a, b, true, a.checked_sub(b)?)
}

/// `result` of `a + b` (or `a − b` when `minus`), if no digit was lost.
///
/// `Decimal` rounds a result that needs more than 28 significant digits to
/// fewer decimals; it is exact when the digits of `a` and `b` past its
/// scale add up to nothing past it.
fn exact(a: Decimal, b: Decimal, minus: bool, result: Decimal) -> Option<Decimal> {
    let scale = result.scale();
    if a.scale() <= scale && b.scale() <= scale {
        return Some(result);
    }
    let cut = |x: Decimal| x.round_dp_with_strategy(scale, RoundingStrategy::ToZero);
    // Below one unit of the result's last place: the sum is small and exact.
    let (low_a, low_b) = (a.checked_sub(cut(a))?, b.checked_sub(cut(b))?);
    let lost = if minus {
        low_a.checked_sub(low_b)?
    } else {
        low_a.checked_add(low_b)?
    };
    (cut(lost) == lost).then_some(result)
}

impl fmt::Display for Money {
    /// `1.490.000 đồng`; a width pads it (`{:>20}`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = NumberFormat::new()
            .unit(Measure::Dong)
            .display(self.0.normalize());
        if f.width().is_some() {
            f.pad(&text.to_string())
        } else {
            text.fmt(f)
        }
    }
}

impl FromStr for Money {
    type Err = Error;

    /// Reads `"1.490.000 đồng"`, `"5,955 tỷ đồng"` or a bare number of đồng
    /// (`"1490000"`, as the wire form writes it).
    fn from_str(s: &str) -> Result<Money> {
        let q = numfmt::parse(s)?;
        match q.unit {
            None => Ok(Money(q.value)),
            Some(_) => numfmt::in_dong(&q, s).map(Money),
        }
    }
}

impl From<Decimal> for Money {
    fn from(dong: Decimal) -> Money {
        Money(dong)
    }
}

/// How an award amount is rounded: once, after the combined multiplier is
/// applied to the base salary.
///
/// Decrees 91/2017 (Art. 68 k2), 98/2023 (Art. 53) and 152/2025 (Art. 49 k2)
/// all say the amount is "làm tròn số lên hàng chục nghìn đồng": **up** to
/// the next multiple of 10.000 đồng, the default. Published figures do not
/// always follow it (some round to the nearest, many print the exact
/// product), so the other modes exist to reconcile them. Banker's rounding
/// (half to even) is never used.
///
/// | exact | `CeilTenThousand` | `NearestHalfUpTenThousand` | `None` |
/// |---|---|---|---|
/// | 223.500 | 230.000 | 220.000 | 223.500 |
/// | 1.192.000 | 1.200.000 | 1.190.000 | 1.192.000 |
/// | 6.705.000 | 6.710.000 | 6.710.000 (half even would give 6.700.000) | 6.705.000 |
/// | 1.800.000 | 1.800.000 | 1.800.000 | 1.800.000 |
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Rounding {
    /// Up to the next multiple of 10.000 đồng: the decrees' wording.
    #[default]
    CeilTenThousand,
    /// To the nearest multiple of 10.000 đồng, a half (5.000) up.
    NearestHalfUpTenThousand,
    /// No rounding: the exact product.
    None,
}

impl crate::lang::Bilingual for Money {
    /// `1.490.000 đồng`.
    fn vi(&self) -> std::borrow::Cow<'_, str> {
        self.to_string().into()
    }

    /// `1,490,000 VND`.
    fn en(&self) -> std::borrow::Cow<'_, str> {
        let n = self.0.normalize();
        let text = n.abs().to_string();
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::with_capacity(text.len().saturating_add(8));
        if n.is_sign_negative() && !n.is_zero() {
            out.push('-');
        }
        for (i, c) in int.chars().enumerate() {
            if i > 0 && int.len().saturating_sub(i).checked_rem(3) == Some(0) {
                out.push(',');
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push('.');
            out.push_str(frac);
        }
        out.push_str(" VND");
        out.into()
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Money {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Money".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An amount of đồng: a decimal string (\"1538875000\", written so), an integer, or as offices write it (\"1.538.875.000\", \"1.538.875.000 đồng\", \"1,5 triệu đồng\"); a '.' followed by three digits groups thousands.",
            "anyOf": [{ "type": "string" }, { "type": "integer" }],
            "examples": ["1538875000", "1.538.875.000", "1,5 triệu đồng"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Bilingual as _;

    fn m(d: i64) -> Money {
        Money::from_dong(d)
    }

    #[test]
    fn three_decimals_are_not_read_back_as_thousands() {
        for text in ["22350.000", "1.538", "18446744073709551.616", "-0.125"] {
            let m = Money(text.parse().unwrap());
            let json = serde_json::to_string(&m).unwrap();
            assert_eq!(json, format!("\"{text}0\""));
            assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), m, "{json}");
        }
        // As offices write it: a group of thousands.
        assert_eq!(
            serde_json::from_str::<Money>("\"1.538\"").unwrap(),
            Money::from_dong(1538)
        );
    }

    #[test]
    fn rounding_modes() {
        let cases = [
            (223_500, 230_000, 220_000),
            (1_192_000, 1_200_000, 1_190_000),
            (702_000, 710_000, 700_000),
            (6_705_000, 6_710_000, 6_710_000),
            (5_265_000, 5_270_000, 5_270_000),
            (1_800_000, 1_800_000, 1_800_000),
            (0, 0, 0),
            (1, 10_000, 0),
            (4_999, 10_000, 0),
            (5_000, 10_000, 10_000),
        ];
        for (exact, ceil, nearest) in cases {
            assert_eq!(
                m(exact).round(Rounding::CeilTenThousand).unwrap(),
                m(ceil),
                "{exact}"
            );
            assert_eq!(
                m(exact).round(Rounding::NearestHalfUpTenThousand).unwrap(),
                m(nearest),
                "{exact}"
            );
            assert_eq!(m(exact).round(Rounding::None).unwrap(), m(exact));
        }
        // A fraction of a đồng rounds up to the next 10.000 too.
        let frac = Money::new(Decimal::new(1_000_000_001, 3));
        assert_eq!(frac.round(Rounding::CeilTenThousand).unwrap(), m(1_010_000));
    }

    #[test]
    fn rounding_near_the_limit_is_an_error_not_a_panic() {
        let err = Money::MAX.round(Rounding::CeilTenThousand).unwrap_err();
        assert_eq!(err.kind(), crate::error::ErrorKind::Overflow);
    }

    #[test]
    fn checked_arithmetic() {
        assert_eq!(Money::MAX.checked_add(m(1)), None);
        assert_eq!(m(5).checked_sub(m(7)), Some(m(-2)));
        assert!(m(-2).is_negative());
        assert!(!Money::new(Decimal::NEGATIVE_ONE * Decimal::ZERO).is_negative());
        assert_eq!(Money::MAX.checked_times(2), None);
        assert_eq!(
            Money::sum([Money::MAX, m(1)]).unwrap_err().kind(),
            crate::error::ErrorKind::Overflow
        );
        assert_eq!(Money::sum([]).unwrap(), Money::ZERO);
        // A sum of 29 significant digits would be rounded: refused.
        let big = m(1_000_000_000_000_000);
        let tiny = Money::new(Decimal::new(1, 14));
        assert_eq!(big.checked_add(tiny), None);
        assert_eq!(big.checked_sub(tiny), None);
        let cents = Money::new(Decimal::new(1, 2));
        assert_eq!(
            big.checked_add(cents),
            Some(Money::new(Decimal::new(100_000_000_000_000_001, 2)))
        );
        assert_eq!(Money::MAX.checked_sub(Money::MAX), Some(Money::ZERO));
    }

    #[test]
    fn prints_and_parses() {
        assert_eq!(m(1_538_875_000).to_string(), "1.538.875.000 đồng");
        assert_eq!(
            Money::new(Decimal::new(44_700_000, 2)).to_string(),
            "447.000 đồng"
        );
        assert_eq!(
            "1.538.875.000 đồng".parse::<Money>().unwrap(),
            m(1_538_875_000)
        );
        assert_eq!("1538875000".parse::<Money>().unwrap(), m(1_538_875_000));
        assert_eq!("1,5 triệu đồng".parse::<Money>().unwrap(), m(1_500_000));
        assert_eq!(
            "5%".parse::<Money>().unwrap_err().en(),
            "expected an amount such as '1.490.000 đồng' or '5,2 tỷ đồng', found '5%'"
        );
    }

    #[test]
    fn wire_form_is_a_string() {
        let json = serde_json::to_string(&m(1_490_000)).unwrap();
        assert_eq!(json, "\"1490000\"");
        let back: Money = serde_json::from_str("\"223500.5\"").unwrap();
        assert_eq!(back, Money::new(Decimal::new(2_235_005, 1)));
    }
}
