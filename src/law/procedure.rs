//! The procedure of a proposal (hồ sơ, thủ tục): the parts of a dossier per
//! award and regime, and the procedural rules a province's overlay adds
//! (its dossiers, deadlines and council shares).

use crate::award::Award;
use crate::citation::Citation;
use crate::text::named_enum;

use super::collective::Share;
use super::council::VoteBase;

named_enum! {
    /// A part of a proposal's dossier (thành phần hồ sơ).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::law::DossierPart;
    ///
    /// assert_eq!("bao cao thanh tich".parse::<DossierPart>()?, DossierPart::AchievementReport);
    /// assert_eq!(DossierPart::Submission.to_string(), "tờ trình đề nghị khen thưởng");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    DossierPart, "dossier part", "thành phần hồ sơ" {
        /// Tờ trình: the submission of the proposing level.
        Submission = "submission", "tờ trình đề nghị khen thưởng", ["tờ trình"];
        /// Báo cáo thành tích: the report of achievements of the person or
        /// collective.
        AchievementReport = "achievement_report", "báo cáo thành tích", ["báo cáo"];
        /// Biên bản họp bình xét: the minutes of the proposing unit's review
        /// meeting (with the result of its vote).
        ReviewMinutes = "review_minutes", "biên bản họp bình xét", ["biên bản bình xét", "biên bản"];
        /// Giấy chứng nhận sáng kiến, đề tài: the certificate of the
        /// initiative or the acceptance of the research work relied on.
        InitiativeProof = "initiative_proof", "chứng nhận sáng kiến, đề tài khoa học", ["chứng nhận sáng kiến", "sáng kiến"];
        /// Proof of the initiative or of "hoàn thành xuất sắc nhiệm vụ" (the
        /// dossier of "Chiến sĩ thi đua cơ sở" from 2024).
        InitiativeOrExcellenceProof = "initiative_or_excellence_proof", "minh chứng sáng kiến hoặc hoàn thành xuất sắc nhiệm vụ", ["minh chứng"];
        /// Ý kiến: the opinions a rule requires (the former unit after a
        /// transfer, the bodies consulted).
        Opinions = "opinions", "ý kiến của cơ quan, đơn vị liên quan", ["ý kiến"];
    }
}

/// The parts a dossier for some awards must hold, with the article that
/// says so.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierRequirement {
    /// The awards it applies to; `None` for every award.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub awards: Option<Vec<Award>>,
    /// The parts required.
    pub parts: Vec<DossierPart>,
    /// Where it is written, with the confidence of the reading.
    pub citation: Citation,
}

impl DossierRequirement {
    /// Whether it applies to `award`.
    #[must_use]
    pub fn applies_to(&self, award: Award) -> bool {
        self.awards.as_ref().is_none_or(|a| a.contains(&award))
    }
}

/// Awards whose dossier the ministry or province sets (Decree 152/2025
/// Art. 6 k2 c, under Law 06/2022 Art. 84 k7): without its rule, in an
/// overlay, the dossier needs review.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierDelegation {
    /// The awards.
    pub awards: Vec<Award>,
    /// The article that delegates.
    pub citation: Citation,
}

/// The dossier of a proposal under one regime (Law 06/2022 Art. 84 k1: the
/// submission, the report of achievements, the minutes of the review, and
/// for the emulation fighters the proof of the initiative).
///
/// # Example
///
/// ```
/// use thidua::{Award, RegimeId, RuleBook};
/// use thidua::law::DossierPart;
///
/// let book = RuleBook::national();
/// let d = book.regime(&RegimeId::LAW_2022)?.dossier().unwrap();
/// let parts: Vec<DossierPart> = d.required(Award::GrassrootsEmulationFighter).map(|(p, _)| p).collect();
/// assert!(parts.contains(&DossierPart::InitiativeOrExcellenceProof));
/// let d = book.regime(&RegimeId::DECREE_152_2025)?.dossier().unwrap();
/// assert!(d.delegated(Award::AdvancedWorker).is_some());
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct DossierRules {
    /// What the dossiers must hold.
    pub requirements: Vec<DossierRequirement>,
    /// Awards whose dossier a ministry or province sets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegated: Option<DossierDelegation>,
}

impl DossierRules {
    /// Dossier rules of the caller's own.
    #[must_use]
    pub fn new(requirements: Vec<DossierRequirement>) -> DossierRules {
        DossierRules {
            requirements,
            delegated: None,
        }
    }

    /// The parts a dossier for `award` must hold, each with its citation, in
    /// the order of the rules.
    pub fn required(&self, award: Award) -> impl Iterator<Item = (DossierPart, &Citation)> {
        self.requirements
            .iter()
            .filter(move |r| r.applies_to(award))
            .flat_map(|r| r.parts.iter().map(move |p| (*p, &r.citation)))
    }

    /// The delegation, if a ministry or province sets the dossier of `award`.
    #[must_use]
    pub fn delegated(&self, award: Award) -> Option<&DossierDelegation> {
        self.delegated
            .as_ref()
            .filter(|d| d.awards.contains(&award))
    }
}

/// A procedural rule of a province's or sector's overlay, cited by the
/// overlay's decision: the dossier it sets, a deadline, a council share.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub enum ProcedureRule {
    /// The parts of the dossier of `awards` (Decree 152/2025 Art. 6 k2 c):
    /// they are checked besides the national parts.
    DossierParts {
        /// The awards; empty for every award.
        #[serde(default)]
        awards: Vec<Award>,
        /// The parts required.
        parts: Vec<DossierPart>,
    },
    /// The last day a proposal for `awards` may be submitted: `day`/`month`
    /// of the last year of the achievement period, or of the year after
    /// (Bắc Ninh: 10/12 each year).
    Deadline {
        /// The awards; empty for every award.
        #[serde(default)]
        awards: Vec<Award>,
        /// The month, 1–12.
        month: u32,
        /// The day of the month.
        day: u32,
        /// Whether the day falls in the year after the achievement period.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        following_year: bool,
    },
    /// The council's share for `awards` where the national text sets none
    /// (from 2025-07-01), or a stricter one.
    CouncilThreshold {
        /// The awards; empty for every award.
        #[serde(default)]
        awards: Vec<Award>,
        /// The share of "yes" votes needed.
        share: Share,
        /// What it is counted on.
        of: VoteBase,
        /// The share of members present for the meeting to decide.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quorum: Option<Share>,
    },
}

impl ProcedureRule {
    /// The awards the rule names; empty for every award.
    #[must_use]
    pub fn awards(&self) -> &[Award] {
        match self {
            ProcedureRule::DossierParts { awards, .. }
            | ProcedureRule::Deadline { awards, .. }
            | ProcedureRule::CouncilThreshold { awards, .. } => awards,
        }
    }

    /// Whether the rule applies to `award`.
    #[must_use]
    pub fn applies_to(&self, award: Award) -> bool {
        let awards = self.awards();
        awards.is_empty() || awards.contains(&award)
    }
}
