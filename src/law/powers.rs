//! Signing powers (thẩm quyền quyết định khen thưởng) in one regime, as data.

use crate::authority::Authority;
use crate::award::Award;
use crate::citation::Citation;

use super::rule::Rule;

/// What one authority may confer under a regime: the list of an article,
/// or a delegation to other rules.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Power {
    /// Who signs.
    pub authority: Authority,
    /// The awards it may confer, the whole list; `None` when other rules
    /// set them (inside the armed forces, Law 06/2022 Art. 80 k5).
    pub awards: Option<Vec<Award>>,
    /// The article that says so, with the confidence of its reading.
    pub citation: Citation,
}

/// Who may confer what under one regime (thẩm quyền quyết định khen
/// thưởng), as data.
///
/// | signer | 2017–2023 | 2024-01-01 – 2025-06-30 | from 2025-07-01 |
/// |---|---|---|---|
/// | head of an agency or department | Law 2003 Art. 74–77, not read | TTLĐTT, CSTĐCS, LĐTT, Giấy khen (Art. 80 k1) | the same |
/// | district chair | not read | thôn văn hóa, TTLĐTT, CSTĐCS, LĐTT, Giấy khen (Art. 80 k2) | **none**: the district level ended |
/// | commune chair | not read | LĐTT, Giấy khen, Gia đình văn hóa (Art. 80 k3) | thôn văn hóa, Gia đình văn hóa, TTLĐTT, CSTĐCS, LĐTT, Giấy khen (Decree 129/2025 Art. 59) |
/// | enterprise head | not read | TTLĐTT, CSTĐCS, LĐTT, Giấy khen (Art. 80 k4) | the same |
/// | armed forces | not read | set by the Defence and Public Security ministries (Art. 80 k5) | the same |
/// | ministers, provincial chairs, the Prime Minister, the President | not read | Art. 77–79, not read | not read |
///
/// An authority whose powers rest on a text that was not read gets
/// *needs review*, never a guess.
///
/// # Example
///
/// ```
/// use thidua::{Authority, Award, RegimeId, RuleBook};
/// use thidua::eligibility::Status;
///
/// let book = RuleBook::national();
/// let before = book.regime(&RegimeId::LAW_2022)?.powers();
/// let after = book.regime(&RegimeId::DECREE_152_2025)?.powers();
/// let chair = Authority::CommuneChair;
/// assert_eq!(before.judge(chair, Award::GrassrootsEmulationFighter).status, Status::Unmet);
/// assert_eq!(after.judge(chair, Award::GrassrootsEmulationFighter).status, Status::Met);
/// assert_eq!(after.judge(Authority::DistrictChair, Award::AdvancedWorker).status, Status::Unmet);
/// let r1 = book.regime(&RegimeId::DECREE_91_2017)?.powers();
/// assert_eq!(r1.judge(chair, Award::AdvancedWorker).status, Status::Unknown);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct Powers {
    /// The powers read.
    pub powers: Vec<Power>,
    /// Authorities that no longer exist under the regime.
    pub abolished: Vec<Rule<Authority>>,
    /// Where the powers of everyone else are (not read).
    pub otherwise: Citation,
}

impl Powers {}
