//! Quotas ("không quá x%") and their allocation over a ranked candidate list.
//!
//! A quota caps how many candidates of a group may receive an award, as a
//! percentage of a base count: "Chiến sĩ thi đua cơ sở" at most 15% of the
//! unit's "Lao động tiên tiến" (Decree 91/2017 Art. 9 k3), the Government's
//! emulation flag at most 20% of the collectives meeting the provincial flag
//! standard (Decree 91/2017 Art. 11 k1). No national text says how to round,
//! so the rounding is a declared policy; the default reads "không quá" as a
//! ceiling that may not be passed: round down.

use rust_decimal::Decimal;

use crate::error::{Error, ErrorKind, Result};

/// How a percentage of a count becomes a whole number of awards.
///
/// | policy | 15% of 46 = 6.9 | 15% of 6 = 0.9 |
/// |---|---|---|
/// | `Floor` (default) | 6 | 0 |
/// | `Ceil` | 7 | 1 |
/// | `NearestHalfUp` | 7 | 1 |
/// | `FloorAtLeastOne` | 6 | 1 |
///
/// `FloorAtLeastOne` is the pattern of a sector rule ("nhỏ hơn 01 thì được
/// 01", Circular 02/2024/TT-VKSTC Art. 18 k2): round down, but a non-empty
/// group gets at least one.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuotaRounding {
    /// Round down: never pass the percentage.
    #[default]
    Floor,
    /// Round up.
    Ceil,
    /// Round to the nearest whole number, halves up.
    NearestHalfUp,
    /// Round down, but at least one when the base is not empty.
    FloorAtLeastOne,
}

/// A quota: at most `percent`% of a base count, rounded by a policy.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{Quota, QuotaRounding};
///
/// let q = Quota::new(Decimal::from(15), QuotaRounding::Floor)?;
/// assert_eq!(q.cap(40)?, 6); // 6.0
/// assert_eq!(q.cap(45)?, 6); // 6.75
/// assert_eq!(q.cap(46)?, 6); // 6.9
/// assert_eq!(q.cap(47)?, 7); // 7.05
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
// Read through `Quota::new`, so JSON cannot hold a quota of 10^28 %.
#[serde(try_from = "QuotaRepr")]
pub struct Quota {
    #[serde(with = "rust_decimal::serde::str")]
    percent: Decimal,
    rounding: QuotaRounding,
}

/// A [`Quota`] as read, before [`Quota::new`] checks it.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct QuotaRepr {
    #[serde(with = "rust_decimal::serde::str")]
    percent: Decimal,
    rounding: QuotaRounding,
}

impl TryFrom<QuotaRepr> for Quota {
    type Error = Error;

    fn try_from(q: QuotaRepr) -> Result<Quota> {
        Quota::new(q.percent, q.rounding)
    }
}

impl Quota {
    /// At most 15%, rounded down: "Chiến sĩ thi đua cơ sở" under Decree
    /// 91/2017 Art. 9 k3.
    pub const FIFTEEN_PERCENT_FLOOR: Quota = Quota {
        percent: Decimal::from_parts(15, 0, 0, false, 0),
        rounding: QuotaRounding::Floor,
    };

    /// At most 20%, rounded down: the Government's emulation flag among the
    /// collectives meeting the ministry/province flag standard under Decree
    /// 91/2017 Art. 11 k1.
    pub const TWENTY_PERCENT_FLOOR: Quota = Quota {
        percent: Decimal::from_parts(20, 0, 0, false, 0),
        rounding: QuotaRounding::Floor,
    };

    /// At most `percent`% (0 to 100), rounded by `rounding`.
    ///
    /// # Errors
    ///
    /// A percentage below 0 or above 100.
    pub fn new(percent: Decimal, rounding: QuotaRounding) -> Result<Quota> {
        if percent.is_sign_negative() || percent > Decimal::ONE_HUNDRED {
            return Err(Error::out_of_range(format!(
                "quota of {percent}% is outside 0–100%"
            )));
        }
        Ok(Quota { percent, rounding })
    }

    /// The percentage.
    #[must_use]
    pub fn percent(&self) -> Decimal {
        self.percent
    }

    /// The rounding policy.
    #[must_use]
    pub fn rounding(&self) -> QuotaRounding {
        self.rounding
    }

    /// How many of `base` may receive the award: `percent × base / 100`,
    /// rounded once by the policy, in exact arithmetic.
    ///
    /// # Errors
    ///
    /// Never for a base that fits in a `u32`; the `Result` guards the
    /// conversion back.
    pub fn cap(&self, base: u32) -> Result<u32> {
        let exact = self.percent * Decimal::from(base) / Decimal::ONE_HUNDRED;
        let rounded = match self.rounding {
            QuotaRounding::Floor => exact.floor(),
            QuotaRounding::Ceil => exact.ceil(),
            QuotaRounding::NearestHalfUp => exact
                .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
            QuotaRounding::FloorAtLeastOne if base > 0 => exact.floor().max(Decimal::ONE),
            QuotaRounding::FloorAtLeastOne => exact.floor(),
        };
        u32::try_from(rounded)
            .map_err(|_| Error::overflow(format!("quota of {rounded} does not fit")))
    }
}

/// How candidates with equal scores are ordered.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TieBreak {
    /// The smaller id first (the reference workload's rule).
    #[default]
    LowerIdFirst,
    /// The larger id first.
    HigherIdFirst,
    /// Candidates tied across the cut line are neither selected nor cut:
    /// they are reported as [`tied`](Allocation::tied) for the council to
    /// decide.
    Review,
}

/// A candidate for a quota: an id and a ranking score (higher is better).
///
/// With `serde`, the score is written with the serde form of `S`: for a
/// `Decimal` score that is rust_decimal's default, a string unless another
/// crate turns on its `serde-float` feature.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Candidate<Id, S = Decimal> {
    /// Who.
    pub id: Id,
    /// The ranking score; higher ranks first.
    pub score: S,
}

/// The result of allocating a quota.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allocation<Id> {
    /// How many awards the quota allows.
    pub cap: u32,
    /// Who receives the award, best first.
    pub selected: Vec<Id>,
    /// Who met the standard but was cut by the quota, best first.
    pub cut: Vec<Id>,
    /// Under [`TieBreak::Review`]: candidates tied across the cut line.
    pub tied: Vec<Id>,
}

/// Allocates `cap` awards over candidates ranked by score (higher first),
/// ties broken by the declared rule.
///
/// The result does not depend on the order of `candidates`.
///
/// # Errors
///
/// The same id twice.
///
/// # Example
///
/// ```
/// use thidua::{Candidate, TieBreak, allocate};
///
/// let candidates = vec![
///     Candidate { id: 7, score: 90 },
///     Candidate { id: 3, score: 95 },
///     Candidate { id: 5, score: 90 },
/// ];
/// let a = allocate(candidates.clone(), 2, TieBreak::LowerIdFirst)?;
/// assert_eq!(a.selected, [3, 5]);
/// assert_eq!(a.cut, [7]);
/// let a = allocate(candidates, 2, TieBreak::Review)?;
/// assert_eq!((a.selected, a.tied), (vec![3], vec![5, 7]));
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn allocate<Id, S>(
    mut candidates: Vec<Candidate<Id, S>>,
    cap: u32,
    tie: TieBreak,
) -> Result<Allocation<Id>>
where
    Id: Ord + std::fmt::Display,
    S: Ord,
{
    let by_id = |a: &Id, b: &Id| match tie {
        TieBreak::HigherIdFirst => b.cmp(a),
        TieBreak::LowerIdFirst | TieBreak::Review => a.cmp(b),
    };
    {
        let mut ids: Vec<&Id> = candidates.iter().map(|c| &c.id).collect();
        ids.sort_unstable();
        if let Some((twice, _)) = ids.iter().zip(ids.iter().skip(1)).find(|(a, b)| a == b) {
            return Err(Error::new(
                ErrorKind::Duplicate,
                format!("candidate '{twice}' is listed twice"),
            ));
        }
    }
    candidates.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| by_id(&a.id, &b.id)));
    let cap_len = usize::try_from(cap)
        .unwrap_or(usize::MAX)
        .min(candidates.len());
    let (mut lo, mut hi) = (cap_len, cap_len);
    if tie == TieBreak::Review && cap_len > 0 && cap_len < candidates.len() {
        let line = |i: usize| candidates.get(i).map(|c| &c.score);
        let last = line(cap_len - 1);
        let same = |i: usize| line(i).is_some() && line(i) == last;
        if same(cap_len) {
            while lo > 0 && same(lo - 1) {
                lo -= 1;
            }
            while same(hi) {
                hi += 1;
            }
        }
    }
    let mut ids = candidates.into_iter().map(|c| c.id);
    let selected: Vec<Id> = ids.by_ref().take(lo).collect();
    let tied: Vec<Id> = ids.by_ref().take(hi - lo).collect();
    Ok(Allocation {
        cap,
        selected,
        tied,
        cut: ids.collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_policies() {
        let q = |r| Quota::new(Decimal::from(15), r).unwrap();
        assert_eq!(q(QuotaRounding::Floor).cap(46).unwrap(), 6);
        assert_eq!(q(QuotaRounding::Ceil).cap(46).unwrap(), 7);
        assert_eq!(q(QuotaRounding::NearestHalfUp).cap(46).unwrap(), 7);
        assert_eq!(q(QuotaRounding::NearestHalfUp).cap(10).unwrap(), 2); // 1.5
        assert_eq!(q(QuotaRounding::FloorAtLeastOne).cap(6).unwrap(), 1);
        assert_eq!(q(QuotaRounding::FloorAtLeastOne).cap(0).unwrap(), 0);
        assert_eq!(q(QuotaRounding::Floor).cap(6).unwrap(), 0);
        assert!(Quota::new(Decimal::from(101), QuotaRounding::Floor).is_err());
        assert!(Quota::new(Decimal::from(-1), QuotaRounding::Floor).is_err());
    }

    #[test]
    fn duplicates_are_errors_whatever_their_scores() {
        for scores in [(1, 1), (1, 2)] {
            let c = vec![
                Candidate {
                    id: 1,
                    score: scores.0,
                },
                Candidate {
                    id: 1,
                    score: scores.1,
                },
            ];
            let err = allocate(c, 1, TieBreak::LowerIdFirst).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Duplicate);
            assert_eq!(err.to_string(), "candidate '1' is listed twice");
        }
    }
}
