//! The rules of community titles in one regime.

use std::borrow::Cow;

use crate::award::Award;
use crate::citation::Citation;

use super::rule::Rule;

/// The criteria of the community titles in one regime.
///
/// # Example
///
/// ```
/// use thidua::{Confidence, RegimeId, RuleBook};
///
/// let book = RuleBook::national();
/// let rules = book.regime(&RegimeId::LAW_2022)?.community();
/// assert_eq!(rules.family.value.len(), 3);
/// assert_eq!(rules.village.value.len(), 5);
/// // The framework's shares were not read: a province's overlay decides.
/// assert_eq!(rules.village_share.confidence(), Confidence::Unverified);
/// assert!(book.regime(&RegimeId::DECREE_152_2025)?.community().district_gone.is_some());
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct CommunityRules {
    /// "Gia đình văn hóa": the groups of criteria of the framework.
    pub family: Rule<Vec<Cow<'static, str>>>,
    /// "Gia đình văn hóa": the exclusions.
    pub family_exclusions: Citation,
    /// "Thôn, tổ dân phố văn hóa": the criteria of the law.
    pub village: Rule<Vec<Cow<'static, str>>>,
    /// "Thôn, tổ dân phố văn hóa": the share of households holding "Gia
    /// đình văn hóa", left to the framework and the province.
    pub village_share: Citation,
    /// "Xã, phường, thị trấn tiêu biểu": the criteria of the law.
    pub commune: Rule<Vec<Cow<'static, str>>>,
    /// "Xã, phường, thị trấn tiêu biểu": the share of villages holding
    /// "Thôn, tổ dân phố văn hóa", left to the framework and the province.
    pub commune_share: Citation,
    /// "Xã, phường, thị trấn tiêu biểu": leads the district's emulation
    /// movement ("dẫn đầu phong trào thi đua cấp huyện").
    pub commune_leads: Citation,
    /// Why the district criterion cannot be met as written: the district
    /// level ended on 2025-06-30.
    pub district_gone: Option<Citation>,
}

impl CommunityRules {
    pub(crate) fn checklist(&self, award: Award) -> Option<&Rule<Vec<Cow<'static, str>>>> {
        match award {
            Award::CulturalFamily => Some(&self.family),
            Award::CulturalVillage => Some(&self.village),
            Award::ExemplaryCommune => Some(&self.commune),
            _ => None,
        }
    }
}
