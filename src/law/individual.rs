//! The rules of individual emulation titles in one regime.

use crate::award::Award;
use crate::citation::Citation;
use crate::people::{DisciplineForm, Rating, Scope, TrainingResult};

use super::quota::Quota;
use super::rule::Rule;

/// How "Chiến sĩ thi đua cơ sở" adds to the "Lao động tiên tiến" standard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GrassrootsRoute {
    /// An initiative (or accepted topic, or combat ingenuity) is required;
    /// "hoàn thành xuất sắc nhiệm vụ" alone is not enough (Decree 91/2017
    /// Art. 9 k3 b).
    Initiative,
    /// "Hoàn thành xuất sắc nhiệm vụ" **or** an initiative (Law 06/2022
    /// Art. 23 k2).
    ExcellentOrInitiative,
    /// "Hoàn thành xuất sắc nhiệm vụ" **and** an initiative (the reported
    /// 2026 amendment).
    ExcellentAndInitiative,
}

/// A title earned by a run of lower titles plus an initiative of wide scope
/// ("Chiến sĩ thi đua bộ, ban, ngành, tỉnh", "… toàn quốc").
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StreakRules {
    /// The lower title and how many consecutive conferrals of it
    /// ("03 lần liên tục").
    pub streak: Rule<(Award, u8)>,
    /// The narrowest scope at which an initiative's effect must be
    /// recognised.
    pub initiative_scope: Rule<Scope>,
}

/// The rules for individual emulation titles in one regime.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct IndividualRules {
    /// "Lao động tiên tiến": the lowest yearly rating that meets the
    /// standard ("hoàn thành tốt nhiệm vụ trở lên").
    pub rating: Rule<Rating>,
    /// The standard of workers, farmers and other labourers, qualitative and
    /// detailed by the province.
    pub labourer_standard: Citation,
    /// No title for people newly hired under this many months in the year.
    pub new_hire_months: Rule<u8>,
    /// Disciplinary forms from this one up exclude the year's titles
    /// (Decree 91/2017: "từ hình thức khiển trách trở lên").
    pub discipline_excludes: Option<Rule<DisciplineForm>>,
    /// No award while discipline or an inspection is pending, and after
    /// discipline achievement counts only from the end of its period
    /// (Decree 98/2023 Art. 4; Decree 152/2025 Art. 4 k4).
    pub discipline_period: Option<Citation>,
    /// Training time counts as work time if the rules of the course were
    /// kept; courses of a year or more may also need a result.
    pub training: Rule<Option<TrainingResult>>,
    /// Treatment after injury on duty counts as work time.
    pub injury_treatment: Citation,
    /// Maternity leave counts as work time.
    pub maternity: Citation,
    /// After a transfer the new unit judges; the old unit's comments are
    /// needed after this many months there.
    pub transfer_comments_months: Rule<u16>,
    /// "Chiến sĩ thi đua cơ sở": the "Lao động tiên tiến" standard is its
    /// base.
    pub grassroots_base: Citation,
    /// "Chiến sĩ thi đua cơ sở": what it adds.
    pub grassroots_route: Rule<GrassrootsRoute>,
    /// "Chiến sĩ thi đua cơ sở": at most this percentage of the unit's
    /// "Lao động tiên tiến" (2017–2023 only).
    pub grassroots_quota: Option<Rule<Quota>>,
    /// "Chiến sĩ thi đua bộ, ban, ngành, tỉnh".
    pub province: StreakRules,
    /// "Chiến sĩ thi đua toàn quốc".
    pub national: StreakRules,
    /// An achievement period rewarded once: the next award of a title
    /// counts from after the period written in the previous decision.
    pub achievement_counted_once: Citation,
}

impl IndividualRules {
    /// The streak rules of a title, if it is earned by a streak.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Award, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let rules = book.regime(&RegimeId::LAW_2022)?.individual();
    /// let province = rules.streak_rules(Award::MinistryOrProvinceEmulationFighter).unwrap();
    /// // "03 lần liên tục" CSTĐCS (Law 06/2022 Art. 22 k1 a).
    /// assert_eq!(province.streak.value, (Award::GrassrootsEmulationFighter, 3));
    /// assert!(rules.streak_rules(Award::AdvancedWorker).is_none());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn streak_rules(&self, award: Award) -> Option<&StreakRules> {
        match award {
            Award::MinistryOrProvinceEmulationFighter => Some(&self.province),
            Award::NationalEmulationFighter => Some(&self.national),
            _ => None,
        }
    }
}
