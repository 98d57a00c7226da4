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
/// use thidua::eligibility::{Candidate, TieBreak, allocate};
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
                format!("người được đề nghị '{twice}' được ghi hai lần"),
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
    use crate::lang::Bilingual as _;
    use crate::law::{Quota, QuotaRounding};

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
            assert_eq!(err.en(), "candidate '1' is listed twice");
        }
    }
}
