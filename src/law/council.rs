//! The emulation-commendation council's vote (Hội đồng Thi đua – Khen
//! thưởng): the share of votes a candidate needs, per regime and award, as
//! data.

use crate::award::Award;
use crate::citation::Citation;

use super::collective::Share;

/// What a vote share is counted on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum VoteBase {
    /// Every member of the council ("tính trên tổng số thành viên của Hội
    /// đồng"): absent members give their opinion in writing, and a member
    /// who gave none counts against.
    AllMembers,
    /// The members present at the meeting (a provincial rule of "biểu quyết
    /// theo đa số").
    Present,
}

/// The share of "yes" votes a candidate for one of `awards` needs in the
/// council's secret ballot (bỏ phiếu kín), with the article that sets it.
///
/// The test is an exact integer predicate on the counts, with no rounding:
/// `AtLeast(90)` of 11 members holds for `100 × yes ≥ 90 × 11`, so 10 votes
/// (90,9%) pass and 9 (81,8%) do not.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CouncilThreshold {
    /// The awards the share applies to.
    pub awards: Vec<Award>,
    /// The share of "yes" votes needed.
    pub share: Share,
    /// What the share is counted on.
    pub of: VoteBase,
    /// The share of members who must be present for the meeting to decide,
    /// if a rule sets one (Bắc Ninh: at least 80%).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum: Option<Share>,
    /// Where it is written, with the confidence of the reading.
    pub citation: Citation,
}

impl CouncilThreshold {
    /// Whether `yes` votes of a council of `members`, `present` of them at
    /// the meeting, make the share.
    #[must_use]
    pub fn passes(&self, yes: u32, present: u32, members: u32) -> bool {
        let base = match self.of {
            VoteBase::AllMembers => members,
            VoteBase::Present => present,
        };
        self.share.holds(yes, base)
    }

    /// Whether `present` of `members` make the quorum (always, without one).
    #[must_use]
    pub fn quorate(&self, present: u32, members: u32) -> bool {
        self.quorum.is_none_or(|q| q.holds(present, members))
    }
}

/// The council's vote shares under one regime.
///
/// | awards | 2017-10-01 – 2023-12-31 | 2024-01-01 – 2025-06-30 | from 2025-07-01 |
/// |---|---|---|---|
/// | Anh hùng, CSTĐ toàn quốc, CSTĐ bộ/tỉnh | ≥ 90% of all members (Decree 91/2017 Art. 45 k8, S) | ≥ 90% of all members (Decree 98/2023 Art. 30 k7, V) | not found: *needs review* unless an overlay sets one |
/// | CSTĐCS, Cờ bộ/tỉnh, Cờ Chính phủ | not found | ≥ 80% of all members (same clause) | not found |
/// | every other award | not found | not found | not found |
///
/// A province's own rule is a [`ProcedureRule::CouncilThreshold`](crate::law::ProcedureRule::CouncilThreshold)
/// of an overlay; it may detail the national share, never lower it.
///
/// # Example
///
/// ```
/// use thidua::{Award, RegimeId, RuleBook};
///
/// let book = RuleBook::national();
/// let r2 = book.regime(&RegimeId::LAW_2022)?.council().unwrap();
/// let t = r2.threshold(Award::GrassrootsEmulationFighter).unwrap();
/// assert!(t.passes(12, 13, 15)); // 100 × 12 ≥ 80 × 15
/// assert!(!t.passes(11, 15, 15)); // 73,3%
/// let r3 = book.regime(&RegimeId::DECREE_152_2025)?.council().unwrap();
/// assert!(r3.threshold(Award::GrassrootsEmulationFighter).is_none());
/// assert!(!r3.otherwise.confidence().is_decisive());
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct CouncilRules {
    /// The shares read, each for its awards.
    pub thresholds: Vec<CouncilThreshold>,
    /// Where the share of every other award would be (not read).
    pub otherwise: Citation,
}

impl CouncilRules {
    /// Council rules of the caller's own.
    #[must_use]
    pub fn new(thresholds: Vec<CouncilThreshold>, otherwise: Citation) -> CouncilRules {
        CouncilRules {
            thresholds,
            otherwise,
        }
    }

    /// The share `award` needs, if the regime sets one.
    #[must_use]
    pub fn threshold(&self, award: Award) -> Option<&CouncilThreshold> {
        self.thresholds.iter().find(|t| t.awards.contains(&award))
    }
}

crate::lang::bilingual_enum!(VoteBase {
    AllMembers => "tổng số thành viên Hội đồng", "all members of the council";
    Present => "số thành viên dự họp", "the members present";
});
