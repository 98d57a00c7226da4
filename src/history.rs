//! Award history: what was conferred on whom, for which achievement period,
//! by which decision, and whether it was revoked.

use chrono::NaiveDate;

use crate::authority::Authority;
use crate::award::{Award, RecipientKind};
use crate::id::{DecisionNumber, InitiativeId, PersonId, UnitId};
use crate::period::Period;

/// Who receives an award: a person, a collective or a community, by id. On
/// the wire, `{"kind": "individual", "id": "CB-01"}`.
///
/// # Example
///
/// ```
/// use thidua::RecipientKind;
/// use thidua::history::Recipient;
///
/// let lan = Recipient::Individual("CB-01".parse()?);
/// assert_eq!(lan.kind(), RecipientKind::Individual);
/// let json = serde_json::to_string(&lan).unwrap();
/// assert_eq!(json, r#"{"kind":"individual","id":"CB-01"}"#);
/// assert_eq!(serde_json::from_str::<Recipient>(&json).unwrap(), lan);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Recipient {
    /// A person.
    Individual(PersonId),
    /// A collective: an agency, department, unit, enterprise.
    Collective(UnitId),
    /// A household.
    Household(UnitId),
    /// A village or residential group.
    Village(UnitId),
    /// A commune, ward or special zone.
    Commune(UnitId),
}

impl Recipient {
    /// The kind of recipient.
    #[must_use]
    pub fn kind(&self) -> RecipientKind {
        match self {
            Recipient::Individual(_) => RecipientKind::Individual,
            Recipient::Collective(_) => RecipientKind::Collective,
            Recipient::Household(_) => RecipientKind::Household,
            Recipient::Village(_) => RecipientKind::Village,
            Recipient::Commune(_) => RecipientKind::Commune,
        }
    }
}

/// The decision an award was conferred by (quyết định khen thưởng).
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DecisionRef {
    /// The decision number, e.g. `"1520/QĐ-UBND"`.
    pub number: DecisionNumber,
    /// The day it was signed.
    #[serde(deserialize_with = "crate::wire::date::deserialize")]
    pub date: NaiveDate,
    /// Who signed it.
    pub signer: Authority,
}

/// The revocation of a conferral (thu hồi, hủy bỏ quyết định).
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Revocation {
    /// The day it was revoked.
    #[serde(deserialize_with = "crate::wire::date::deserialize")]
    pub on: NaiveDate,
    /// The revoking decision, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<DecisionNumber>,
}

/// An award in a recipient's history: the award, the achievement period it
/// was for (thời gian lập thành tích), the decision, a revocation if any, and
/// the initiatives it relied on (each initiative supports one award only).
///
/// # Example
///
/// ```
/// use thidua::{Award, Period};
/// use thidua::history::Conferral;
///
/// let c = Conferral::new(Award::GrassrootsEmulationFighter, Period::year(2020)?);
/// assert!(c.is_in_force());
/// assert_eq!(c.period.as_year(), Some(2020));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Conferral {
    /// The award.
    pub award: Award,
    /// The achievement period written in the decision.
    pub period: Period,
    /// The decision, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<DecisionRef>,
    /// The revocation, if revoked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked: Option<Revocation>,
    /// The initiatives or topics the award was based on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relied_on: Vec<InitiativeId>,
}

impl Conferral {
    /// A conferral with no decision details, not revoked, relying on no
    /// initiative.
    #[must_use]
    pub fn new(award: Award, period: Period) -> Conferral {
        Conferral {
            award,
            period,
            decision: None,
            revoked: None,
            relied_on: Vec::new(),
        }
    }

    /// Whether it still stands (was not revoked).
    #[must_use]
    pub fn is_in_force(&self) -> bool {
        self.revoked.is_none()
    }
}
