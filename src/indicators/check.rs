//! Consistency checks of the figures a report states.

use std::fmt;

use rust_decimal::Decimal;

use super::{Claim, HUNDRED, Indicator, add, half_unit, positive, rounded, write_vi};
use crate::error::Result;
use crate::lang::Bilingual as _;

/// Whether stated figures are exact or rounded at their last printed digit.
///
/// Counts ("69 + 78 = 147 mô hình") and amounts to the đồng are
/// [`Exact`](Precision::Exact): any difference is a mismatch. Figures in
/// tỷ đồng or percentages printed to one decimal are
/// [`Printed`](Precision::Printed): each may hide half a unit of its last
/// digit, so a difference up to the sum of those halves is
/// [within rounding](Agreement::WithinRounding).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Precision {
    /// The figures are exact.
    Exact,
    /// Each figure is rounded at the last digit it prints (its `Decimal`
    /// scale: `19.2` to tenths, `163` to units).
    Printed,
}

/// What a [`Check`] compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CheckKind {
    /// Parts against their stated total ([`check_sum`]).
    Sum,
    /// Structure shares against 100 ([`check_shares`]).
    Shares,
    /// A stated claim against the numbers it is about ([`check_claim`]).
    Claim,
}

/// The result of a [`Check`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Agreement {
    /// The stated figure is what the numbers give (for a claim: at its
    /// printed precision).
    Consistent,
    /// The figures differ, by no more than their printed precision explains.
    WithinRounding,
    /// The figures differ by more than their printed precision explains.
    Mismatch,
    /// The numbers give no value to compare (a zero or missing base).
    NotComputable,
}

impl Agreement {
    /// Whether the report's figures hold: [`Consistent`](Agreement::Consistent)
    /// or [`WithinRounding`](Agreement::WithinRounding).
    #[must_use]
    pub fn holds(self) -> bool {
        matches!(self, Agreement::Consistent | Agreement::WithinRounding)
    }
}

/// One consistency check: what a report states, what its own numbers give,
/// and how far apart they may be.
///
/// Printing gives one Vietnamese line: `mô hình: 69 + 78 = 147; báo cáo ghi
/// 147 — khớp`.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{check_sum, Precision, Agreement}};
///
/// let parts = [Decimal::from(69), Decimal::from(78)];
/// let check = check_sum("mô hình", &parts, Decimal::from(147), Precision::Exact)?;
/// assert_eq!(check.status(), Agreement::Consistent);
/// assert_eq!(check.to_string(), "mô hình: 69 + 78 = 147; báo cáo ghi 147 — khớp");
///
/// let wrong = check_sum("mô hình", &parts, Decimal::from(148), Precision::Exact)?;
/// assert_eq!(wrong.status(), Agreement::Mismatch);
/// assert_eq!(wrong.difference(), Some(Decimal::from(-1)));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Check {
    label: String,
    kind: CheckKind,
    #[serde(serialize_with = "super::serialize_decimals")]
    figures: Vec<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    claim: Option<Claim>,
    #[serde(with = "rust_decimal::serde::str")]
    stated: Decimal,
    #[serde(serialize_with = "super::serialize_outcome")]
    computed: Indicator<Decimal>,
    #[serde(with = "rust_decimal::serde::str")]
    tolerance: Decimal,
    status: Agreement,
}

/// Checks that `parts` add up to the `stated` total.
///
/// # Errors
///
/// [`ErrorKind::Overflow`](crate::ErrorKind::Overflow) when the sum leaves
/// the range of a `Decimal`.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{check_sum, Precision, Agreement}};
///
/// // Three sectors printed in tỷ đồng to one decimal, against a rounded
/// // total: a difference of 0,1 is within rounding.
/// let d = |s: &str| s.parse::<Decimal>().unwrap();
/// let parts = [d("2501.1"), d("1667.4"), d("1786.6")];
/// let check = check_sum("giá trị sản xuất", &parts, d("5955"), Precision::Printed)?;
/// assert_eq!(check.status(), Agreement::WithinRounding);
/// assert_eq!(check.tolerance(), d("0.65"));
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn check_sum(
    label: impl Into<String>,
    parts: &[Decimal],
    stated: Decimal,
    precision: Precision,
) -> Result<Check> {
    let (total, tolerance) = total_and_tolerance(parts)?;
    let tolerance = add(tolerance, half_unit(stated))?;
    Ok(Check::new(
        label.into(),
        CheckKind::Sum,
        parts.to_vec(),
        None,
        stated,
        Indicator::Value(total),
        tolerance,
        precision,
    ))
}

/// The sum of printed `figures` and the most their rounding can hide: half
/// a unit of the last digit of each.
fn total_and_tolerance(figures: &[Decimal]) -> Result<(Decimal, Decimal)> {
    let mut total = Decimal::ZERO;
    let mut tolerance = Decimal::ZERO;
    for &f in figures {
        total = add(total, f)?;
        tolerance = add(tolerance, half_unit(f))?;
    }
    Ok((total, tolerance))
}

/// Checks that structure `shares` (in percent) add up to 100.
///
/// Reports print shares rounded, so [`Precision::Printed`] is the usual
/// choice: "33,3% + 33,3% + 33,3%" is then within rounding, where the
/// [largest-remainder shares](super::shares) would have printed exactly 100.
///
/// # Errors
///
/// [`ErrorKind::Overflow`](crate::ErrorKind::Overflow) when the sum leaves
/// the range of a `Decimal`.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{check_shares, Precision, Agreement}};
///
/// let structure = [Decimal::from(42), Decimal::from(28), Decimal::from(30)];
/// let check = check_shares("cơ cấu kinh tế", &structure, Precision::Printed)?;
/// assert_eq!(check.status(), Agreement::Consistent);
/// assert_eq!(check.to_string(), "cơ cấu kinh tế: 42% + 28% + 30% = 100% — khớp");
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn check_shares(
    label: impl Into<String>,
    shares: &[Decimal],
    precision: Precision,
) -> Result<Check> {
    let (total, tolerance) = total_and_tolerance(shares)?;
    Ok(Check::new(
        label.into(),
        CheckKind::Shares,
        shares.to_vec(),
        None,
        HUNDRED,
        Indicator::Value(total),
        tolerance,
        precision,
    ))
}

/// Checks a stated `claim` about `value` against `base`: "54/69 mô hình,
/// đạt 78%", "207,359 tỷ đồng, tăng 76% so với 117,8 tỷ".
///
/// The claim is [`Consistent`](Agreement::Consistent) when the numbers give its
/// printed number at its printed precision (within half a unit of its last
/// digit, both ends included), a [`Mismatch`](Agreement::Mismatch) otherwise;
/// a missing, zero or negative base makes it
/// [`NotComputable`](Agreement::NotComputable). The value and base are taken
/// as exact.
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
/// use thidua::{indicators::{check_claim, Claim, Agreement}};
///
/// let (effective, models) = (Decimal::from(54), Decimal::from(69));
/// let right = check_claim("mô hình hiệu quả", effective, models, "đạt 78,3%".parse()?)?;
/// assert_eq!(right.status(), Agreement::Consistent);
/// let wrong = check_claim("mô hình hiệu quả", effective, models, "đạt 79%".parse()?)?;
/// assert_eq!(wrong.status(), Agreement::Mismatch);
/// assert_eq!(
///     wrong.to_string(),
///     "mô hình hiệu quả: 54 / 69 → đạt 78,26%; báo cáo ghi \"đạt 79%\" — không khớp (chênh lệch -0,74)"
/// );
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn check_claim(
    label: impl Into<String>,
    value: Decimal,
    base: impl Into<Option<Decimal>>,
    claim: Claim,
) -> Result<Check> {
    let base = base.into();
    let computed = match positive(base) {
        Ok(b) => Indicator::Value(claim.kind().number_for(value, b)?),
        Err(outcome) => outcome,
    };
    let mut figures = vec![value];
    figures.extend(base);
    Ok(Check::new(
        label.into(),
        CheckKind::Claim,
        figures,
        Some(claim),
        claim.number(),
        computed,
        half_unit(claim.number()),
        Precision::Printed,
    ))
}

impl Check {
    #[allow(clippy::too_many_arguments)]
    fn new(
        label: String,
        kind: CheckKind,
        figures: Vec<Decimal>,
        claim: Option<Claim>,
        stated: Decimal,
        computed: Indicator<Decimal>,
        tolerance: Decimal,
        precision: Precision,
    ) -> Check {
        let tolerance = match precision {
            Precision::Exact => Decimal::ZERO,
            Precision::Printed => tolerance,
        };
        let status = match &computed {
            Indicator::Value(c) => match c.checked_sub(stated).map(|d| d.abs()) {
                Some(diff) if diff.is_zero() => Agreement::Consistent,
                Some(diff) if diff <= tolerance && kind == CheckKind::Claim => {
                    Agreement::Consistent
                }
                Some(diff) if diff <= tolerance => Agreement::WithinRounding,
                _ => Agreement::Mismatch,
            },
            _ => Agreement::NotComputable,
        };
        Check {
            label,
            kind,
            figures,
            claim,
            stated,
            computed,
            tolerance,
            status,
        }
    }

    /// What the check is about, as the caller named it.
    #[must_use]
    pub fn label(&self) -> &str {
        &self.label
    }

    /// What it compares.
    #[must_use]
    pub fn kind(&self) -> CheckKind {
        self.kind
    }

    /// The figures recomputed: the parts, the shares, or the value and the
    /// base of a claim.
    #[must_use]
    pub fn figures(&self) -> &[Decimal] {
        &self.figures
    }

    /// The claim checked, for a [`CheckKind::Claim`].
    #[must_use]
    pub fn claim(&self) -> Option<&Claim> {
        self.claim.as_ref()
    }

    /// What the report states: the total, 100 for shares, the claim's
    /// number.
    #[must_use]
    pub fn stated(&self) -> Decimal {
        self.stated
    }

    /// What the figures give, in the same terms as [`stated`](Check::stated).
    #[must_use]
    pub fn computed(&self) -> &Indicator<Decimal> {
        &self.computed
    }

    /// How far computed and stated may differ because of printed rounding
    /// (zero for exact figures).
    #[must_use]
    pub fn tolerance(&self) -> Decimal {
        self.tolerance
    }

    /// `computed − stated`, when there is a computed value.
    #[must_use]
    pub fn difference(&self) -> Option<Decimal> {
        match self.computed {
            Indicator::Value(c) => c.checked_sub(self.stated),
            _ => None,
        }
    }

    /// The result.
    #[must_use]
    pub fn status(&self) -> Agreement {
        self.status
    }

    /// Whether the report's figures hold (see [`Agreement::holds`]).
    #[must_use]
    pub fn holds(&self) -> bool {
        self.status.holds()
    }
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.label.is_empty() {
            write!(f, "{}: ", self.label)?;
        }
        let percent = if self.kind == CheckKind::Shares {
            "%"
        } else {
            ""
        };
        match (&self.claim, self.kind) {
            (Some(claim), CheckKind::Claim) => {
                for (i, &x) in self.figures.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" / ")?;
                    }
                    write_vi(f, x)?;
                }
                if let Indicator::Value(c) = self.computed {
                    let dp = claim.decimals().saturating_add(2);
                    let recomputed = Claim::rounded(claim.kind(), c, dp);
                    write!(f, " → {recomputed}")?;
                }
                write!(f, "; báo cáo ghi \"{claim}\"")?;
            }
            _ => {
                for (i, &x) in self.figures.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" + ")?;
                    }
                    write_vi(f, x)?;
                    f.write_str(percent)?;
                }
                if let Indicator::Value(c) = self.computed {
                    f.write_str(" = ")?;
                    write_vi(f, c)?;
                    f.write_str(percent)?;
                }
                if self.kind == CheckKind::Sum {
                    f.write_str("; báo cáo ghi ")?;
                    write_vi(f, self.stated)?;
                }
            }
        }
        write!(f, " — {}", self.status.vi())?;
        match (self.status, self.difference()) {
            (Agreement::WithinRounding | Agreement::Mismatch, Some(diff)) => {
                f.write_str(" (chênh lệch ")?;
                let dp = match (&self.claim, self.kind) {
                    (Some(claim), CheckKind::Claim) => claim.decimals().saturating_add(2),
                    _ => diff.scale(),
                };
                write_vi(f, rounded(diff, dp))?;
                write!(f, "{percent})")
            }
            (Agreement::NotComputable, _) => match self.computed.reason_vi() {
                Some(reason) => write!(f, ": {reason}"),
                None => Ok(()),
            },
            _ => Ok(()),
        }
    }
}

crate::lang::bilingual_enum!(Agreement {
    Consistent => "khớp", "consistent";
    WithinRounding => "lệch trong phạm vi làm tròn", "within rounding";
    Mismatch => "không khớp", "mismatch";
    NotComputable => "không tính được", "not computable";
});

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn ds(v: &[&str]) -> Vec<Decimal> {
        v.iter().map(|s| d(s)).collect()
    }

    #[test]
    fn sums_that_pass_and_fail() {
        let c = check_sum("", &ds(&["69", "78"]), d("147"), Precision::Exact).unwrap();
        assert_eq!(c.status(), Agreement::Consistent);
        assert_eq!(c.difference(), Some(d("0")));
        assert_eq!(c.to_string(), "69 + 78 = 147; báo cáo ghi 147 — khớp");
        let c = check_sum("mô hình", &ds(&["69", "78"]), d("150"), Precision::Exact).unwrap();
        assert_eq!(c.status(), Agreement::Mismatch);
        assert_eq!(
            c.to_string(),
            "mô hình: 69 + 78 = 147; báo cáo ghi 150 — không khớp (chênh lệch -3)"
        );
        // Exact counts never fall within rounding.
        let c = check_sum("", &ds(&["69", "78"]), d("148"), Precision::Exact).unwrap();
        assert_eq!((c.status(), c.tolerance()), (Agreement::Mismatch, d("0")));
        // Printed figures: 0,5 + 0,5 + 0,5 of tolerance.
        let c = check_sum("", &ds(&["69", "78"]), d("148"), Precision::Printed).unwrap();
        assert_eq!(
            (c.status(), c.tolerance()),
            (Agreement::WithinRounding, d("1.5"))
        );
        let c = check_sum("", &ds(&["69", "78"]), d("149"), Precision::Printed).unwrap();
        assert_eq!(c.status(), Agreement::Mismatch);
    }

    #[test]
    fn shares_that_pass_and_fail() {
        let c = check_shares("", &ds(&["42", "28", "30"]), Precision::Printed).unwrap();
        assert!(c.holds());
        assert_eq!(c.status(), Agreement::Consistent);
        let c = check_shares("", &ds(&["33.3", "33.3", "33.3"]), Precision::Printed).unwrap();
        assert_eq!(c.status(), Agreement::WithinRounding);
        assert_eq!(
            c.to_string(),
            "33,3% + 33,3% + 33,3% = 99,9% — lệch trong phạm vi làm tròn (chênh lệch -0,1%)"
        );
        let c = check_shares("", &ds(&["33.3", "33.3", "33.3"]), Precision::Exact).unwrap();
        assert_eq!(c.status(), Agreement::Mismatch);
        // Three whole percentages may each hide half a point: 101 is
        // possible after rounding (33,5 + 33,5 + 33 → 34 + 34 + 33), 102 is not.
        let c = check_shares("cơ cấu", &ds(&["42", "28", "31"]), Precision::Printed).unwrap();
        assert_eq!(c.status(), Agreement::WithinRounding);
        let c = check_shares("cơ cấu", &ds(&["42", "28", "32"]), Precision::Printed).unwrap();
        assert_eq!(c.status(), Agreement::Mismatch);
        assert!(!c.holds());
        assert_eq!(
            c.to_string(),
            "cơ cấu: 42% + 28% + 32% = 102% — không khớp (chênh lệch 2%)"
        );
    }

    #[test]
    fn claims_that_pass_and_fail() {
        let claim = |s: &str| s.parse::<Claim>().unwrap();
        // 207,359 against an estimate of 127,2: 163,02% — "đạt 163%" holds.
        let c = check_claim("", d("207.359"), d("127.2"), claim("đạt 163%")).unwrap();
        assert_eq!(c.status(), Agreement::Consistent);
        let c = check_claim("", d("207.359"), d("127.2"), claim("đạt 164%")).unwrap();
        assert_eq!(c.status(), Agreement::Mismatch);
        let c = check_claim("", d("207.359"), d("127.2"), claim("vượt 63%")).unwrap();
        assert_eq!(c.status(), Agreement::Consistent);
        // Exactly halfway holds for either rounding.
        let c = check_claim("", d("1"), d("8"), claim("bằng 13%")).unwrap();
        assert_eq!(c.status(), Agreement::Consistent);
        let c = check_claim("", d("1"), d("8"), claim("bằng 12%")).unwrap();
        assert_eq!(c.status(), Agreement::Consistent);
        let c = check_claim("", d("95"), d("100"), claim("giảm 5,0%")).unwrap();
        assert_eq!(c.status(), Agreement::Consistent);
        let c = check_claim("", d("95"), d("100"), claim("tăng 5%")).unwrap();
        assert_eq!(c.status(), Agreement::Mismatch);
        let c = check_claim("", d("316"), d("100"), claim("gấp 3,16 lần")).unwrap();
        assert_eq!(c.status(), Agreement::Consistent);
        let c = check_claim("thu", d("5"), None, claim("tăng 5%")).unwrap();
        assert_eq!(c.status(), Agreement::NotComputable);
        assert_eq!(c.difference(), None);
        assert_eq!(
            c.to_string(),
            "thu: 5; báo cáo ghi \"tăng 5%\" — không tính được: không có số liệu mẫu số"
        );
        let c = check_claim("", d("5"), d("0"), claim("tăng 5%")).unwrap();
        assert_eq!(c.computed(), &Indicator::Zero);
    }
}
