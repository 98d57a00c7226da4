//! Completion of an estimate or a plan: "đạt 163% dự toán tỉnh giao",
//! "vượt 15% dự toán huyện giao".

use std::fmt;

use rust_decimal::Decimal;

use super::{
    Claim, ClaimKind, HUNDRED, Indicator, claim_of, display_decimals, percent_of, positive,
    round_to,
};
use crate::error::Result;
use crate::units::Level;

/// What a target is: a budget estimate or a plan.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TargetKind {
    /// Dự toán: a budget estimate (revenue, spending).
    Estimate,
    /// Kế hoạch: a plan target (output, investment, a count of communes).
    Plan,
}

impl TargetKind {
    /// `"dự toán"` or `"kế hoạch"`.
    #[must_use]
    pub fn name_vi(self) -> &'static str {
        match self {
            TargetKind::Estimate => "dự toán",
            TargetKind::Plan => "kế hoạch",
        }
    }
}

/// A target: its kind and the level that assigned it (*cấp giao*),
/// printed "dự toán tỉnh giao".
///
/// A district's revenue is measured against two different estimates: the
/// one the province assigned it and the (higher) one the district set
/// itself. They are different denominators, and a report that prints "đạt
/// 163% dự toán tỉnh giao, 115% dự toán huyện giao" implies two different
/// estimates; the owner keeps them apart.
///
/// # Example
///
/// ```
/// use thidua::units::Level;
/// use thidua::{indicators::{Target, TargetKind}};
///
/// assert_eq!(Target::province_estimate().to_string(), "dự toán tỉnh giao");
/// let plan = Target::new(TargetKind::Plan, Level::Commune);
/// assert_eq!(plan.to_string(), "kế hoạch xã giao");
/// assert_ne!(Target::province_estimate(), Target::district_estimate());
/// ```
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Target {
    kind: TargetKind,
    owner: Level,
}

impl Target {
    /// A target of `kind` assigned by `owner`.
    #[must_use]
    pub const fn new(kind: TargetKind, owner: Level) -> Target {
        Target { kind, owner }
    }

    /// The estimate the province assigned (*dự toán tỉnh giao*).
    #[must_use]
    pub const fn province_estimate() -> Target {
        Target::new(TargetKind::Estimate, Level::Province)
    }

    /// The estimate the district assigned (*dự toán huyện giao*).
    #[must_use]
    pub const fn district_estimate() -> Target {
        Target::new(TargetKind::Estimate, Level::District)
    }

    /// Estimate or plan.
    #[must_use]
    pub fn kind(&self) -> TargetKind {
        self.kind
    }

    /// The level that assigned it.
    #[must_use]
    pub fn owner(&self) -> Level {
        self.owner
    }
}

/// The level as a target's phrase names it: "dự toán **tỉnh** giao".
fn giver(level: Level) -> &'static str {
    match level {
        Level::Central => "Trung ương",
        Level::Province => "tỉnh",
        Level::District => "huyện",
        Level::Commune => "xã",
        Level::Village => "thôn",
        Level::Household => "hộ",
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} giao", self.kind.name_vi(), giver(self.owner))
    }
}

/// An actual value measured against a [`Target`].
///
/// Built by [`completion`]. Printing takes the formatter's precision (1
/// decimal by default): "đạt 163,0% dự toán tỉnh giao".
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{completion, Indicator, Target}};
///
/// let Indicator::Value(c) = completion(Decimal::from(163), Decimal::from(100), Target::province_estimate())?
/// else {
///     unreachable!()
/// };
/// assert_eq!(format!("{c:.0}"), "đạt 163% dự toán tỉnh giao");
/// assert_eq!(c.exceeded(0)?.unwrap().to_string(), "vượt 63%");
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Completion {
    #[serde(with = "rust_decimal::serde::str")]
    actual: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    amount: Decimal,
    target: Target,
    #[serde(with = "rust_decimal::serde::str")]
    percent: Decimal,
}

/// Measures `actual` against the `amount` of `target`.
///
/// A target amount that is missing, zero or negative gives that
/// [`Indicator`].
///
/// # Errors
///
/// [`ErrorKind::Overflow`](crate::ErrorKind::Overflow) for a quotient beyond
/// the range of a `Decimal`.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{completion, Indicator, Target}};
///
/// let c = completion(Decimal::from(90), Decimal::from(120), Target::district_estimate())?;
/// assert_eq!(c.value().unwrap().percent(), Decimal::from(75));
/// assert_eq!(completion(Decimal::ONE, None, Target::district_estimate())?, Indicator::Missing);
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn completion(
    actual: Decimal,
    amount: impl Into<Option<Decimal>>,
    target: Target,
) -> Result<Indicator<Completion>> {
    let amount = match positive(amount.into()) {
        Ok(a) => a,
        Err(outcome) => return Ok(outcome),
    };
    Ok(Indicator::Value(Completion {
        actual,
        amount,
        target,
        percent: percent_of(actual, amount)?,
    }))
}

impl Completion {
    /// The actual value.
    #[must_use]
    pub fn actual(&self) -> Decimal {
        self.actual
    }

    /// The target amount (positive).
    #[must_use]
    pub fn amount(&self) -> Decimal {
        self.amount
    }

    /// Which target it is measured against.
    #[must_use]
    pub fn target(&self) -> Target {
        self.target
    }

    /// `actual / amount × 100`.
    #[must_use]
    pub fn percent(&self) -> Decimal {
        self.percent
    }

    /// "đạt x%", rounded half away from zero to `decimals` places.
    ///
    /// # Errors
    ///
    /// As [`Growth::claim`](super::Growth::claim).
    pub fn attained(&self, decimals: u32) -> Result<Claim> {
        claim_of(ClaimKind::Attain, self.percent, decimals)
    }

    /// "vượt x%" when the rounded excess over the target is positive,
    /// `None` otherwise.
    ///
    /// # Errors
    ///
    /// As [`Growth::claim`](super::Growth::claim).
    pub fn exceeded(&self, decimals: u32) -> Result<Option<Claim>> {
        let excess = round_to(super::sub(self.percent, HUNDRED)?, decimals)?;
        if excess > Decimal::ZERO {
            Ok(Some(Claim::new(ClaimKind::Exceed, excess)?))
        } else {
            Ok(None)
        }
    }
}

impl fmt::Display for Completion {
    /// "đạt 163,0% dự toán tỉnh giao", with the formatter's precision.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let claim = Claim::rounded(ClaimKind::Attain, self.percent, display_decimals(f));
        write!(f, "{claim} {}", self.target)
    }
}

impl crate::lang::Bilingual for TargetKind {
    fn vi(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.name_vi())
    }

    fn en(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(match self {
            TargetKind::Estimate => "estimate",
            TargetKind::Plan => "plan",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn exact_values_and_printing() {
        let c = completion(d("207.359"), d("127.2"), Target::province_estimate())
            .unwrap()
            .value()
            .unwrap();
        assert_eq!(c.percent().round_dp(6), d("163.018082"));
        assert_eq!(format!("{c:.0}"), "đạt 163% dự toán tỉnh giao");
        assert_eq!(format!("{c}"), "đạt 163,0% dự toán tỉnh giao");
        assert_eq!(format!("{c:.2}"), "đạt 163,02% dự toán tỉnh giao");
        assert_eq!(c.exceeded(2).unwrap().unwrap().to_string(), "vượt 63,02%");
        assert_eq!(c.target().owner(), Level::Province);
    }

    #[test]
    fn below_and_at_the_target_nothing_is_exceeded() {
        let c = completion(d("99.96"), d("100"), Target::district_estimate())
            .unwrap()
            .value()
            .unwrap();
        assert_eq!(c.exceeded(1).unwrap(), None);
        assert_eq!(format!("{c:.1}"), "đạt 100,0% dự toán huyện giao");
    }

    #[test]
    fn zero_missing_and_negative_targets() {
        let t = Target::new(TargetKind::Plan, Level::Commune);
        assert_eq!(completion(d("5"), d("0"), t).unwrap(), Indicator::Zero);
        assert_eq!(completion(d("5"), None, t).unwrap(), Indicator::Missing);
        assert_eq!(completion(d("5"), d("-1"), t).unwrap(), Indicator::Negative);
    }
}
