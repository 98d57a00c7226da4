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
/// thưởng), who proposes what to whom, and whom a signer may reward, as
/// data.
///
/// | signer | 2017–2023 | 2024-01-01 – 2025-06-30 | from 2025-07-01 |
/// |---|---|---|---|
/// | the President | every order, medal, state prize and honorary title (Law 2003 Art. 77–78, numbers only: U) | the same (Law 06/2022 Art. 77, S) | the same |
/// | the Government | "Cờ thi đua của Chính phủ" (U) | the same (Art. 78 k1, S) | the same |
/// | the Prime Minister | CSTĐ toàn quốc, Bằng khen TTg (U) | the same (Art. 78 k2, S); the Government flag too, as the Ministry of Home Affairs' procedure has the Prime Minister decide it (S reading; the strict reading of k1 is the alternative) | the same |
/// | ministers, heads of central bodies | one sector's list only (U) | Art. 79, not read (U) | Art. 79, not read (U) |
/// | provincial chair | not read (U) | Art. 79, not read (U) | TTLĐTT xuất sắc and the provincial Bằng khen (Bắc Ninh QĐ 86/2025 Art. 5 k2 b, one province applying the Law: S); the flag, CSTĐ tỉnh and xã tiêu biểu not read (U) |
/// | head of an agency or department | LĐTT, TTLĐTT, CSTĐCS (Decree 91/2017 Art. 43 k2, S); the rest not read | TTLĐTT, CSTĐCS, LĐTT, Giấy khen (Art. 80 k1) | the same |
/// | district chair | not read | thôn văn hóa, TTLĐTT, CSTĐCS, LĐTT, Giấy khen (Art. 80 k2) | **none**: the district level ended |
/// | commune chair | LĐTT (Decree 91/2017 Art. 43 k2 a, S); the rest not read | LĐTT, Giấy khen, Gia đình văn hóa (Art. 80 k3) | thôn văn hóa, Gia đình văn hóa, TTLĐTT, CSTĐCS, LĐTT, Giấy khen (Decree 129/2025 Art. 59) |
/// | enterprise head | not read | TTLĐTT, CSTĐCS, LĐTT, Giấy khen (Art. 80 k4) | the same |
/// | armed forces | not read | set by the Defence and Public Security ministries (Art. 80 k5) | the same |
/// | from 2026-10-01 | — | — | Law 06/2026/QH16 not read: every power of 2025 kept provisionally, unverified |
///
/// An award outside a signer's lists is *not allowed* only where every list
/// of that signer was read (V or S); where one was not, it needs review. An
/// authority whose powers rest on a text that was not read gets *needs
/// review*, never a guess.
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
/// assert_eq!(r1.judge(chair, Award::AdvancedWorker).status, Status::Met);
/// assert_eq!(r1.judge(chair, Award::CertificateOfCommendation).status, Status::Unknown);
/// // The provincial chair's own Bằng khen, from 2025-07-01.
/// let merit = Award::MinistryOrProvinceCertificateOfMerit;
/// assert_eq!(after.judge(Authority::ProvincialChair, merit).status, Status::Met);
/// assert_eq!(before.judge(Authority::ProvincialChair, merit).status, Status::Unknown);
/// assert_eq!(after.judge(Authority::PrimeMinister, Award::NationalEmulationFighter).status, Status::Met);
/// assert_eq!(after.judge(Authority::President, Award::LabourOrderThird).status, Status::Met);
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
    /// Who proposes which awards to whom (thẩm quyền đề nghị), as far as
    /// read; a path not listed needs review.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub proposes: Vec<Proposing>,
    /// Whom a signer may reward: those of its own unit or below. `None`
    /// when the regime gives no such rule (then the check is not made).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Citation>,
}

/// One path of proposal: `authority` proposes `awards` to `to`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proposing {
    /// Who proposes.
    pub authority: Authority,
    /// To whom.
    pub to: Authority,
    /// The awards.
    pub awards: Vec<Award>,
    /// The article that says so, with the confidence of its reading.
    pub citation: Citation,
}

impl Powers {
    /// The powers of `signer`, in the order of the data.
    pub fn of(&self, signer: Authority) -> impl Iterator<Item = &Power> {
        self.powers.iter().filter(move |p| p.authority == signer)
    }

    /// The path by which `proposer` proposes `award` to `signer`, if read.
    #[must_use]
    pub fn proposing(
        &self,
        proposer: Authority,
        signer: Authority,
        award: Award,
    ) -> Option<&Proposing> {
        self.proposes
            .iter()
            .find(|p| p.authority == proposer && p.to == signer && p.awards.contains(&award))
    }
}
