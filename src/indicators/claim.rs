//! What a report prints about a ratio ("tăng 76%", "đạt 163%", "gấp 3,16
//! lần"), the interval that printed value allows, and the values it implies.

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

use super::{HUNDRED, Indicator, add, div, half_unit, mul, percent_of, sub, write_vi};
use crate::error::{Error, ErrorKind, Result};
use crate::numfmt;
use crate::text;

/// How a report words a comparison of a value with its base.
///
/// Each kind maps the printed number `x` to the ratio `value / base`:
///
/// | kind | printed | ratio |
/// |---|---|---|
/// | [`Increase`](ClaimKind::Increase) | "tăng x%" | 1 + x/100 |
/// | [`Decrease`](ClaimKind::Decrease) | "giảm x%" | 1 − x/100 |
/// | [`Equal`](ClaimKind::Equal) | "bằng x%" | x/100 |
/// | [`Attain`](ClaimKind::Attain) | "đạt x%" | x/100 |
/// | [`Exceed`](ClaimKind::Exceed) | "vượt x%" | 1 + x/100 |
/// | [`Times`](ClaimKind::Times) | "gấp x lần" | x |
///
/// Reports use "tăng"/"giảm"/"bằng"/"gấp" against the same period last year
/// and "đạt"/"vượt" against an estimate or a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ClaimKind {
    /// "tăng x%": the value grew by x percent.
    Increase,
    /// "giảm x%": the value fell by x percent.
    Decrease,
    /// "bằng x%": the value is x percent of the base.
    Equal,
    /// "đạt x%": the value reached x percent of the target.
    Attain,
    /// "vượt x%": the value exceeded the target by x percent.
    Exceed,
    /// "gấp x lần": the value is x times the base.
    Times,
}

impl ClaimKind {
    /// Every kind.
    pub const ALL: &'static [ClaimKind] = &[
        ClaimKind::Increase,
        ClaimKind::Decrease,
        ClaimKind::Equal,
        ClaimKind::Attain,
        ClaimKind::Exceed,
        ClaimKind::Times,
    ];

    /// The Vietnamese verb that opens the claim: `"tăng"`, `"gấp"` …
    #[must_use]
    pub fn verb_vi(self) -> &'static str {
        match self {
            ClaimKind::Increase => "tăng",
            ClaimKind::Decrease => "giảm",
            ClaimKind::Equal => "bằng",
            ClaimKind::Attain => "đạt",
            ClaimKind::Exceed => "vượt",
            ClaimKind::Times => "gấp",
        }
    }

    /// Whether the verb states a direction ("tăng", "giảm", "vượt"), so the
    /// number is never negative.
    #[must_use]
    pub fn is_directional(self) -> bool {
        matches!(
            self,
            ClaimKind::Increase | ClaimKind::Decrease | ClaimKind::Exceed
        )
    }

    /// Whether the number is printed as a percentage (all but
    /// [`Times`](ClaimKind::Times)).
    #[must_use]
    pub fn is_percent(self) -> bool {
        self != ClaimKind::Times
    }

    /// The ratio `value / base` that the printed number `x` stands for.
    fn ratio(self, x: Decimal) -> Result<Decimal> {
        match self {
            ClaimKind::Increase | ClaimKind::Exceed => add(Decimal::ONE, div(x, HUNDRED)?),
            ClaimKind::Decrease => sub(Decimal::ONE, div(x, HUNDRED)?),
            ClaimKind::Equal | ClaimKind::Attain => div(x, HUNDRED),
            ClaimKind::Times => Ok(x),
        }
    }

    /// The number this kind prints for `value` against `base` (positive):
    /// `76` for 176 against 100 as an increase, `176` as "bằng".
    pub(crate) fn number_for(self, value: Decimal, base: Decimal) -> Result<Decimal> {
        match self {
            ClaimKind::Increase | ClaimKind::Exceed => percent_of(sub(value, base)?, base),
            ClaimKind::Decrease => percent_of(sub(base, value)?, base),
            ClaimKind::Equal | ClaimKind::Attain => percent_of(value, base),
            ClaimKind::Times => div(value, base),
        }
    }
}

/// A ratio as a report prints it: a [`ClaimKind`] and a non-negative number
/// whose decimal places are the printed precision.
///
/// `"đạt 163%"` is `Claim::new(ClaimKind::Attain, 163)`: with no decimals
/// printed, the true completion lies anywhere in [162,5%; 163,5%]. That
/// interval is what [`ratio_range`](Claim::ratio_range) returns, what a
/// [check](super::check_claim) tests the report's own numbers against, and
/// what bounds the values the claim implies
/// ([`implied_base`](Claim::implied_base)). A claim keeps the scale of its
/// number: `Decimal` `43.0` is "tăng 43,0%", printed to one decimal.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{Claim, ClaimKind}};
///
/// let claim: Claim = "tăng 19,2%".parse()?;
/// assert_eq!(claim.kind(), ClaimKind::Increase);
/// assert_eq!(claim.number(), Decimal::new(192, 1));
/// assert_eq!(claim.to_string(), "tăng 19,2%");
/// assert_eq!(claim.ratio_range()?, (Decimal::new(11915, 4), Decimal::new(11925, 4)));
/// assert_eq!("gấp 3,16 lần".parse::<Claim>()?.ratio()?, Decimal::new(316, 2));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Claim {
    kind: ClaimKind,
    #[serde(with = "rust_decimal::serde::str")]
    number: Decimal,
}

impl Claim {
    /// The claim "`kind` `number`", printed with the decimals `number`
    /// carries.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`] for a negative number with a verb of
    /// direction ("tăng", "giảm", "vượt"): a fall is
    /// [`Decrease`](ClaimKind::Decrease) of a positive number, not an
    /// increase of a negative one. "bằng", "đạt" and "gấp" take any sign (a
    /// loss is "bằng -50%" of last year's profit).
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::{indicators::{Claim, ClaimKind}};
    ///
    /// let c = Claim::new(ClaimKind::Decrease, Decimal::new(50, 1))?;
    /// assert_eq!(c.to_string(), "giảm 5,0%");
    /// assert!(Claim::new(ClaimKind::Increase, Decimal::NEGATIVE_ONE).is_err());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn new(kind: ClaimKind, number: Decimal) -> Result<Claim> {
        if number.is_sign_negative() && !number.is_zero() && kind.is_directional() {
            return Err(Error::new(
                ErrorKind::OutOfRange,
                format!("số âm {number} trong một nhận định '{}'", kind.verb_vi()),
                format!("negative number {number} in a '{}' claim", kind.verb_vi()),
            ));
        }
        Ok(Claim::rounded(kind, number, number.scale()))
    }

    /// The claim of `kind` for an exact `value`, rounded half away from
    /// zero to `decimals` places; the caller guarantees the sign.
    pub(crate) fn rounded(kind: ClaimKind, value: Decimal, decimals: u32) -> Claim {
        Claim {
            kind,
            number: super::rounded(value, decimals),
        }
    }

    /// How the claim is worded.
    #[must_use]
    pub fn kind(&self) -> ClaimKind {
        self.kind
    }

    /// The printed number (`163` for "đạt 163%", `3.16` for "gấp 3,16 lần").
    #[must_use]
    pub fn number(&self) -> Decimal {
        self.number
    }

    /// The number of decimals printed: the scale of the number.
    #[must_use]
    pub fn decimals(&self) -> u32 {
        self.number.scale()
    }

    /// The ratio `value / base` the printed number stands for, taken at face
    /// value (`1.76` for "tăng 76%").
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Overflow`] only for numbers near the limit of a
    /// `Decimal`.
    pub fn ratio(&self) -> Result<Decimal> {
        self.kind.ratio(self.number)
    }

    /// The interval of ratios `value / base` that print as this claim: the
    /// printed number plus or minus half a unit of its last digit, both ends
    /// included (a value exactly halfway prints either way, depending on the
    /// rounding a report used).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Overflow`] only for numbers near the limit of a
    /// `Decimal`.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::indicators::Claim;
    ///
    /// let (low, high) = "đạt 163%".parse::<Claim>()?.ratio_range()?;
    /// assert_eq!((low, high), (Decimal::new(1625, 3), Decimal::new(1635, 3)));
    /// let (low, high) = "giảm 5%".parse::<Claim>()?.ratio_range()?;
    /// assert_eq!((low, high), (Decimal::new(945, 3), Decimal::new(955, 3)));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn ratio_range(&self) -> Result<(Decimal, Decimal)> {
        let half = half_unit(self.number);
        let a = self.kind.ratio(sub(self.number, half)?)?;
        let b = self.kind.ratio(add(self.number, half)?)?;
        Ok((a.min(b), a.max(b)))
    }

    /// Whether the ratio `value / base` prints as this claim (lies in
    /// [`ratio_range`](Claim::ratio_range)).
    ///
    /// # Errors
    ///
    /// As [`ratio_range`](Claim::ratio_range).
    pub fn admits(&self, ratio: Decimal) -> Result<bool> {
        let (low, high) = self.ratio_range()?;
        Ok(low <= ratio && ratio <= high)
    }

    /// The base a value implies under this claim: last year's revenue
    /// behind "tăng 76%", the estimate behind "đạt 163% dự toán".
    ///
    /// The [`Implied`] value is `value / ratio`, with the interval the
    /// printed precision allows. When the claim's ratio interval reaches zero
    /// ("giảm 100%", "bằng 0%"), no finite base is implied: the outcome is
    /// [`Indicator::Zero`]; when it is negative ("bằng -50%"),
    /// [`Indicator::Negative`].
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Overflow`] for a quotient beyond the range of a
    /// `Decimal`.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::{indicators::{Claim, Indicator}};
    ///
    /// // 207,359 tỷ đồng, "đạt 163% dự toán": the estimate was about 127,2 tỷ.
    /// let revenue = Decimal::new(207_359, 3);
    /// let claim: Claim = "đạt 163%".parse()?;
    /// let Indicator::Value(estimate) = claim.implied_base(revenue)? else { unreachable!() };
    /// assert_eq!(format!("{estimate:.1}"), "127,2 (126,8 – 127,7)");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn implied_base(&self, value: Decimal) -> Result<Indicator<Implied>> {
        let (low, high) = self.ratio_range()?;
        if high.is_sign_negative() && !high.is_zero() {
            return Ok(Indicator::Negative);
        }
        if low <= Decimal::ZERO {
            return Ok(Indicator::Zero);
        }
        let point = div(value, self.ratio()?)?;
        let a = div(value, low)?;
        let b = div(value, high)?;
        Ok(Indicator::Value(Implied::new(point, a, b)))
    }

    /// The value a base implies under this claim: this year's revenue from
    /// last year's and "tăng 76%".
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Overflow`] for a product beyond the range of a
    /// `Decimal`.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::indicators::Claim;
    ///
    /// let claim: Claim = "tăng 76%".parse()?;
    /// let now = claim.implied_value(Decimal::ONE_HUNDRED)?;
    /// assert_eq!((now.value(), now.low(), now.high()),
    ///            (Decimal::from(176), Decimal::new(1755, 1), Decimal::new(1765, 1)));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn implied_value(&self, base: Decimal) -> Result<Implied> {
        let (low, high) = self.ratio_range()?;
        Ok(Implied::new(
            mul(base, self.ratio()?)?,
            mul(base, low)?,
            mul(base, high)?,
        ))
    }
}

impl fmt::Display for Claim {
    /// Prints the claim the Vietnamese way: `tăng 19,2%`, `gấp 3,16 lần`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ", self.kind.verb_vi())?;
        write_vi(f, self.number)?;
        if self.kind.is_percent() {
            f.write_str("%")
        } else {
            f.write_str(" lần")
        }
    }
}

impl FromStr for Claim {
    type Err = Error;

    /// Reads a claim as a report prints it: `"tăng 19,2%"`, `"giảm 5%"`,
    /// `"bằng 95%"`, `"đạt 163%"`, `"vượt 15%"`, `"gấp 3,16 lần"`, with or
    /// without diacritics. The number keeps the decimals it was printed
    /// with.
    fn from_str(s: &str) -> Result<Claim> {
        let bad = |why_vi: &str, why: &str| {
            Error::parse(
                format!("{why_vi} trong nhận định '{}'", text::shown(s.trim())),
                format!("{why} in the claim '{}'", text::shown(s.trim())),
            )
        };
        let (verb, rest) = s
            .trim()
            .split_once(char::is_whitespace)
            .ok_or_else(|| bad("không có số", "no number"))?;
        let folded = text::fold(verb);
        let kind = ClaimKind::ALL
            .iter()
            .copied()
            .find(|k| text::fold(k.verb_vi()) == folded)
            .ok_or_else(|| {
                bad(
                    &format!(
                        "không rõ động từ '{}' (cần tăng, giảm, bằng, đạt, vượt hoặc gấp)",
                        text::shown(verb)
                    ),
                    &format!(
                        "unknown verb '{}' (expected tăng, giảm, bằng, đạt, vượt or gấp)",
                        text::shown(verb)
                    ),
                )
            })?;
        let in_claim = |e: Error| {
            let shown = text::shown(s.trim());
            e.context_in(
                format_args!("nhận định '{shown}'"),
                format_args!("claim '{shown}'"),
            )
        };
        let number = if kind.is_percent() {
            numfmt::parse_percent(rest).map_err(in_claim)?
        } else {
            let rest = rest.trim_end();
            let (number, unit) = rest
                .rsplit_once(char::is_whitespace)
                .ok_or_else(|| bad("không có 'lần' sau số", "no 'lần' after the number"))?;
            if text::fold(unit) != "lan" {
                return Err(bad("không có 'lần' sau số", "no 'lần' after the number"));
            }
            numfmt::parse_number(number).map_err(in_claim)?
        };
        Claim::new(kind, number).map_err(in_claim)
    }
}

/// A value a [`Claim`] implies, with the interval the claim's printed
/// precision allows (`low ≤ value ≤ high`).
///
/// Printing takes the precision of the formatter (1 decimal by default):
/// the value is rounded half away from zero, the low end down and the high
/// end up, so the printed interval always contains the true one.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{Claim, Indicator}};
///
/// let claim: Claim = "tăng 76%".parse()?;
/// let Indicator::Value(last_year) = claim.implied_base(Decimal::new(207_359, 3))? else {
///     unreachable!()
/// };
/// assert_eq!(last_year.to_string(), "117,8 (117,4 – 118,2)");
/// assert_eq!(format!("{last_year:.3}"), "117,818 (117,483 – 118,154)");
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Implied {
    #[serde(with = "rust_decimal::serde::str")]
    value: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    low: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    high: Decimal,
}

impl Implied {
    fn new(value: Decimal, a: Decimal, b: Decimal) -> Implied {
        Implied {
            value,
            low: a.min(b),
            high: a.max(b),
        }
    }

    /// The value at the claim's face value.
    #[must_use]
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// The smallest value the claim allows.
    #[must_use]
    pub fn low(&self) -> Decimal {
        self.low
    }

    /// The largest value the claim allows.
    #[must_use]
    pub fn high(&self) -> Decimal {
        self.high
    }

    /// Whether `x` lies in the interval.
    #[must_use]
    pub fn contains(&self, x: Decimal) -> bool {
        self.low <= x && x <= self.high
    }
}

impl fmt::Display for Implied {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dp = super::display_decimals(f);
        write_vi(f, super::rounded(self.value, dp))?;
        f.write_str(" (")?;
        write_vi(
            f,
            directed(self.low, dp, RoundingStrategy::ToNegativeInfinity),
        )?;
        f.write_str(" – ")?;
        write_vi(
            f,
            directed(self.high, dp, RoundingStrategy::ToPositiveInfinity),
        )?;
        f.write_str(")")
    }
}

/// `value` rounded in a fixed direction to `dp` places, at exactly that
/// scale.
fn directed(value: Decimal, dp: u32, strategy: RoundingStrategy) -> Decimal {
    let mut v = value.round_dp_with_strategy(dp, strategy);
    v.rescale(dp);
    if v.is_zero() {
        v.set_sign_positive(true);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Bilingual as _;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn every_kind_prints_and_parses_back() {
        for &kind in ClaimKind::ALL {
            for n in ["0", "5", "19.2", "78.56", "1275.5"] {
                let claim = Claim::new(kind, d(n)).unwrap();
                let back: Claim = claim.to_string().parse().unwrap();
                assert_eq!(back, claim);
                assert_eq!(back.decimals(), d(n).scale());
            }
        }
    }

    #[test]
    fn parsing_accepts_folded_verbs_and_rejects_the_rest() {
        assert_eq!(
            "tang 76%".parse::<Claim>().unwrap(),
            Claim::new(ClaimKind::Increase, d("76")).unwrap()
        );
        assert_eq!(
            "GẤP 2 LẦN".parse::<Claim>().unwrap(),
            Claim::new(ClaimKind::Times, d("2")).unwrap()
        );
        for bad in [
            "",
            "tăng",
            "lên 5%",
            "tăng 5",
            "gấp 3",
            "gấp 3 lượt",
            "tăng -5%",
            "tăng 1.5%",
        ] {
            let err = bad.parse::<Claim>().unwrap_err();
            assert!(
                matches!(err.kind(), ErrorKind::Parse | ErrorKind::OutOfRange),
                "{bad}: {err}"
            );
        }
        let err = "lên 5%".parse::<Claim>().unwrap_err();
        assert_eq!(
            err.en(),
            "unknown verb 'lên' (expected tăng, giảm, bằng, đạt, vượt or gấp) in the claim 'lên 5%'"
        );
    }

    #[test]
    fn ratio_ranges_by_kind() {
        let range = |s: &str| s.parse::<Claim>().unwrap().ratio_range().unwrap();
        assert_eq!(range("tăng 76%"), (d("1.755"), d("1.765")));
        assert_eq!(range("vượt 15,0%"), (d("1.1495"), d("1.1505")));
        assert_eq!(range("giảm 5%"), (d("0.945"), d("0.955")));
        assert_eq!(range("bằng 95,0%"), (d("0.9495"), d("0.9505")));
        assert_eq!(range("đạt 115%"), (d("1.145"), d("1.155")));
        assert_eq!(range("gấp 3,16 lần"), (d("3.155"), d("3.165")));
    }

    #[test]
    fn admits_includes_both_ends() {
        let c: Claim = "đạt 163%".parse().unwrap();
        assert!(c.admits(d("1.625")).unwrap());
        assert!(c.admits(d("1.635")).unwrap());
        assert!(!c.admits(d("1.6249")).unwrap());
        assert!(!c.admits(d("1.6351")).unwrap());
    }

    #[test]
    fn implied_base_with_a_zero_ratio_has_no_value() {
        let c: Claim = "giảm 100%".parse().unwrap();
        assert_eq!(c.implied_base(d("5")).unwrap(), Indicator::Zero);
        let c: Claim = "bằng 0%".parse().unwrap();
        assert_eq!(c.implied_base(d("5")).unwrap(), Indicator::Zero);
        let c: Claim = "bằng -50%".parse().unwrap();
        assert_eq!(c.implied_base(d("5")).unwrap(), Indicator::Negative);
        // "giảm 99%" still bounds the base: 5 / 0.015 … 5 / 0.005.
        let c: Claim = "giảm 99%".parse().unwrap();
        let Indicator::Value(base) = c.implied_base(d("5")).unwrap() else {
            panic!()
        };
        assert_eq!(base.value(), d("500"));
        assert_eq!(base.high(), d("1000"));
        assert_eq!(base.low().round_dp(4), d("333.3333"));
    }

    #[test]
    fn implied_base_of_a_negative_value_keeps_low_below_high() {
        let c: Claim = "tăng 10%".parse().unwrap();
        let Indicator::Value(base) = c.implied_base(d("-110")).unwrap() else {
            panic!()
        };
        assert_eq!(base.value(), d("-100"));
        assert!(base.low() < base.value() && base.value() < base.high());
    }
}
