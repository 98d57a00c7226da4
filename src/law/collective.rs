//! The rules of collective emulation titles in one regime, and shares of members.

use crate::citation::Citation;
use crate::people::{DisciplineForm, Rating};

use super::rule::Rule;

/// A share of a collective's members, as the law states it: "trên 50%"
/// (strictly more than half) or "ít nhất 70%" (at least).
///
/// Shares are exact integer predicates: `MoreThan(50)` of `n` members holds
/// for `l` members when `100 × l > 50 × n`; there is no rounding.
///
/// | share | 10 members | 23 members |
/// |---|---|---|
/// | `MoreThan(50)` | 6 or more | 12 or more |
/// | `AtLeast(70)` | 7 or more | 17 or more (16 is 69.6%) |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Share {
    /// Strictly more than the percentage ("trên x%").
    MoreThan(u8),
    /// At least the percentage ("ít nhất x%", "từ x% trở lên").
    AtLeast(u8),
}

impl Share {
    /// Whether `count` of `total` members make the share. An empty
    /// collective makes no share.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::law::Share;
    ///
    /// assert!(Share::MoreThan(50).holds(6, 10));
    /// assert!(!Share::MoreThan(50).holds(5, 10)); // "trên 50%" is strict
    /// assert!(Share::AtLeast(70).holds(7, 10));
    /// assert!(!Share::AtLeast(70).holds(16, 23)); // 69,6%
    /// assert!(!Share::AtLeast(0).holds(0, 0)); // an empty collective
    /// ```
    #[must_use]
    pub fn holds(self, count: u32, total: u32) -> bool {
        let (c, t) = (u64::from(count) * 100, u64::from(total));
        total > 0
            && match self {
                Share::MoreThan(p) => c > u64::from(p) * t,
                Share::AtLeast(p) => c >= u64::from(p) * t,
            }
    }

    /// Whether every count that makes this share also makes `other`.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::law::Share;
    ///
    /// // Bắc Ninh's "ít nhất 70%" tightens the national "trên 50%".
    /// assert!(Share::AtLeast(70).at_least_as_strict_as(Share::MoreThan(50)));
    /// assert!(!Share::AtLeast(50).at_least_as_strict_as(Share::MoreThan(50)));
    /// ```
    #[must_use]
    pub fn at_least_as_strict_as(self, other: Share) -> bool {
        match (self, other) {
            (Share::MoreThan(a), Share::MoreThan(b)) | (Share::AtLeast(a), Share::AtLeast(b)) => {
                a >= b
            }
            (Share::MoreThan(a), Share::AtLeast(b)) => a >= b,
            (Share::AtLeast(a), Share::MoreThan(b)) => a > b,
        }
    }
}

impl crate::lang::Bilingual for Share {
    /// The Vietnamese wording, e.g. `"trên 50%"`.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Bilingual;
    /// use thidua::law::Share;
    ///
    /// assert_eq!(Share::MoreThan(50).vi(), "trên 50%");
    /// assert_eq!(Share::AtLeast(70).vi(), "ít nhất 70%");
    /// assert_eq!(Share::AtLeast(70).en(), "at least 70%");
    /// ```
    fn vi(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Share::MoreThan(p) => format!("trên {p}%"),
            Share::AtLeast(p) => format!("ít nhất {p}%"),
        }
        .into()
    }

    fn en(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Share::MoreThan(p) => format!("more than {p}%"),
            Share::AtLeast(p) => format!("at least {p}%"),
        }
        .into()
    }
}

/// The rules for "Tập thể lao động tiên tiến" / "Đơn vị tiên tiến" and
/// "Tập thể lao động xuất sắc" / "Đơn vị quyết thắng" in one regime.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct CollectiveRules {
    /// TTLĐTT: the collective's own lowest rating.
    pub advanced_rating: Rule<Rating>,
    /// TTLĐTT: a regular, practical, effective emulation movement.
    pub advanced_movement: Citation,
    /// TTLĐTT: the share of members holding "Lao động tiên tiến".
    pub advanced_share: Rule<Share>,
    /// TTLĐTT: no member disciplined from this form up.
    pub advanced_discipline: Option<Rule<DisciplineForm>>,
    /// TTLĐXS: the collective's own rating ("hoàn thành xuất sắc").
    pub excellent_rating: Rule<Rating>,
    /// TTLĐXS: the emulation movement.
    pub excellent_movement: Citation,
    /// TTLĐXS: every member completes their tasks.
    pub excellent_completion: Citation,
    /// TTLĐXS: the share of members holding "Lao động tiên tiến".
    pub excellent_share: Rule<Share>,
    /// TTLĐXS: a member holds "Chiến sĩ thi đua cơ sở".
    pub excellent_fighter: Citation,
    /// TTLĐXS: no member disciplined from this form up (2017–2023 only).
    pub excellent_discipline: Option<Rule<DisciplineForm>>,
    /// "Đơn vị tiên tiến" (armed forces): the clause that applies points a,
    /// b and d of TTLĐTT and asks the share of members holding "Chiến sĩ
    /// tiên tiến" in place of point c.
    pub advanced_unit: Citation,
    /// "Đơn vị quyết thắng" (armed forces): the clause that applies points
    /// of TTLĐXS and asks 100% completion with the share of members holding
    /// "Chiến sĩ tiên tiến" in place of point c.
    pub excellent_unit: Citation,
}

impl CollectiveRules {}
