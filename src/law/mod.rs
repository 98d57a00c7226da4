//! The law: regimes and their periods in force, every rule with its
//! citation, the money tables, the base salary and signing powers, read
//! from the data files of `data/law/`.
//!
//! The bundled law is [`RuleBook::national`] and
//! [`SalarySchedule::national`]; a regime or overlay of the caller's own
//! is read from the same format with [`Regime::from_toml`] and
//! [`Overlay::from_toml`](crate::Overlay::from_toml).

mod collective;
mod community;
mod council;
pub(crate) mod data;
mod flags;
mod forms;
mod fund;
mod individual;
mod local;
mod money;
mod overlay;
mod powers;
mod procedure;
mod quota;
mod regime;
mod rule;
mod salary;
mod transition;

pub use collective::{CollectiveRules, Share};
pub use community::CommunityRules;
pub use council::{CouncilRules, CouncilThreshold, VoteBase};
pub use flags::{FlagRoute, FlagRules};
pub use forms::{FormRoute, FormRules};
pub use fund::{AreaClass, FundBasis, FundRules};
pub use individual::{GrassrootsRoute, IndividualRules, StreakRules};
pub use local::AwardRules;
pub(crate) use money::combine;
pub use money::{AwardObject, Factor, MoneyRules, Principle, Rate, TitleAndForm};
pub use overlay::{Overlay, OverlayRule};
pub use powers::{Power, Powers, Proposing};
pub use procedure::{
    DossierDelegation, DossierPart, DossierRequirement, DossierRules, ProcedureRule,
};
pub use quota::{Quota, QuotaRounding};
pub use regime::{DATA_VERSION, Regime, RegimeId, RuleBook};
pub use rule::Rule;
pub use salary::{SalarySchedule, SalaryStep};
pub use transition::{Handover, Transition};
