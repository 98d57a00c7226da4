//! The rules of emulation flags in one regime.

use crate::citation::Citation;

use super::quota::Quota;
use super::rule::Rule;

/// The route by which a collective is put forward for a flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(tag = "route", rename_all = "snake_case")]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub enum FlagRoute {
    /// It leads a cluster or block run by the ministry or province (for
    /// the Government flag: it holds, or is chosen for, the ministry's or
    /// province's flag of the year).
    Cluster,
    /// It leads a cluster or block run by the central emulation council
    /// (Government flag only).
    CentralCluster,
    /// It is the leading collective of a thematic movement launched by the
    /// Prime Minister (or, until 2023, the President) and lasting `years`
    /// years (Government flag only).
    Movement {
        /// How long the movement ran.
        years: u16,
    },
}

/// The rules for emulation flags in one regime.
///
/// # Example
///
/// ```
/// use thidua::{Confidence, RegimeId, RuleBook};
///
/// let book = RuleBook::national();
/// let r1 = book.regime(&RegimeId::DECREE_91_2017)?.flags();
/// assert_eq!(r1.government_cap.value.cap(33)?, 6);
/// assert_eq!(r1.government_cap.citation.to_string(), "khoản 1 Điều 11 Nghị định số 91/2017/NĐ-CP");
/// // From 2024 the cap was not found.
/// assert_eq!(book.regime(&RegimeId::LAW_2022)?.flags().government_cap.citation.confidence(), Confidence::Unverified);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct FlagRules {
    /// Ministry/province flag: the leader of a cluster or block it runs.
    pub province_leads: Citation,
    /// Ministry/province flag: its standard.
    pub province_standard: Citation,
    /// Government flag: its standard.
    pub government_standard: Citation,
    /// Government flag, route 1: among the ministry/province flag holders
    /// (the leaders of their clusters).
    pub government_cluster: Citation,
    /// Government flag, route 2: the leader of a central cluster or block.
    pub government_central: Citation,
    /// Government flag, route 3: the leader of a thematic movement of at
    /// least this many years.
    pub government_movement: Rule<u16>,
    /// Government flag, route 1: at most this share of the collectives
    /// meeting the ministry/province flag standard.
    pub government_cap: Rule<Quota>,
    /// The flag of a military region, corps or service, the Cipher Board or
    /// a national university ("Cờ thi đua" cấp quân khu …): its criteria
    /// were not read, so a verdict on it needs review citing this.
    pub corps: Citation,
    /// Where the forms of emulation are set out: regular and thematic
    /// campaigns, organised from the national level down to clusters,
    /// blocks and single agencies (the basis of
    /// [`Campaign::legal_basis`](crate::campaigns::Campaign::legal_basis)).
    pub campaign_forms: Citation,
}

impl FlagRules {}
