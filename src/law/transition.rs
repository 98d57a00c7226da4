//! Transitional articles (điều khoản chuyển tiếp): how a regime takes over
//! the dossiers still pending on its first day, as data.

use crate::citation::Citation;

use super::rule::Rule;

/// What a regime's transitional article says of the dossiers pending on
/// its first day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Handover {
    /// A dossier received for appraisal before the first day goes on under
    /// the earlier regime, unless the new rule is more favourable: judge
    /// under both and take the better (Law 06/2026/QH16 Art. 4 k4).
    ReceivedBeforeMoreFavourable,
    /// The text read has no rule for pending dossiers (Law 06/2022 Art. 95):
    /// the decision date's regime is the key, and a verdict that differs
    /// under the earlier regime needs review.
    NoRule,
    /// The transitional article was not read: as [`Handover::NoRule`], the
    /// finding naming the unread article.
    Unread,
}

/// How a regime takes over from the one before it.
///
/// | first day | regime | pending dossiers | mark |
/// |---|---|---|---|
/// | 2024-01-01 | Law 06/2022, Decree 98/2023 | no rule (Law Art. 95 keeps earlier awards only); Decree 98's article not read | V / U |
/// | 2025-07-01 | Decree 152/2025 | Art. 60 k3 exists (the Ministry of Home Affairs applied it to a dossier of 2025-06-15) but was not read | U |
/// | 2026-10-01 | Law 06/2026/QH16 | received for appraisal before the day: Law 06/2022, unless the new rule is more favourable (Art. 4 k4) | S |
/// | 2027-03-01 | the successor of Decree 152/2025 | unknown | U |
///
/// # Example
///
/// ```
/// use thidua::{RegimeId, RuleBook};
/// use thidua::law::Handover;
///
/// let book = RuleBook::national();
/// let t = book.regime(&RegimeId::AMENDMENT_2026)?.transition().unwrap();
/// assert_eq!(t.pending.value, Handover::ReceivedBeforeMoreFavourable);
/// assert_eq!(t.pending.citation.to_short(), "06/2026/QH16 Điều 4 khoản 4");
/// let t = book.regime(&RegimeId::LAW_2022)?.transition().unwrap();
/// assert_eq!(t.pending.value, Handover::NoRule);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct Transition {
    /// What becomes of dossiers pending on the first day.
    pub pending: Rule<Handover>,
    /// Where awards decided before the first day are kept valid, if read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier_awards: Option<Citation>,
}

impl Transition {
    /// A transitional rule of the caller's own.
    #[must_use]
    pub fn new(pending: Rule<Handover>) -> Transition {
        Transition {
            pending,
            earlier_awards: None,
        }
    }

    /// Whether the rule decides which regime governs a pending dossier: a
    /// more-favourable rule whose text may decide. Otherwise a verdict that
    /// differs across the date needs review.
    #[must_use]
    pub fn decides(&self) -> bool {
        self.pending.value == Handover::ReceivedBeforeMoreFavourable
            && self.pending.citation.confidence().is_decisive()
    }
}
