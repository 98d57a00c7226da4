//! # thidua — Vietnam's emulation and commendation work, as a library
//!
//! Every Vietnamese agency, commune and province runs emulation campaigns
//! (*phong trào thi đua*) and, each year, confers emulation titles (*danh hiệu
//! thi đua*: "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Tập thể lao
//! động xuất sắc", emulation flags …) and commendation forms (*hình thức khen
//! thưởng*: Giấy khen, Bằng khen, orders) under the Law on Emulation and
//! Commendation and its decrees, which changed in 2017, 2024 and 2025.
//!
//! `thidua` holds the part that must be right: the catalogue of awards, the
//! legal regimes in force on each date, and the typed facts about units and
//! people that eligibility rules read. It is pure: no I/O, no clock, no
//! global mutable state. Every date is explicit.
//!
//! ## A tour
//!
//! ```
//! use chrono::NaiveDate;
//! use thidua::prelude::*;
//!
//! // Award names parse in any spelling an office uses.
//! let award: Award = "chien si thi dua co so".parse()?;
//! assert_eq!(award.to_string(), "Chiến sĩ thi đua cơ sở");
//!
//! // The rule book says which regime is in force on a date.
//! let book = RuleBook::national();
//! let regime = book.regime_on(NaiveDate::from_ymd_opt(2024, 3, 1).unwrap())?;
//! assert_eq!(regime.id(), &RegimeId::LAW_2022);
//! # Ok::<(), thidua::Error>(())
//! ```
//!
//! ## Crate features
//!
//! - `serde` (default): `Serialize`/`Deserialize` for every domain type.
//!   Money is written as a decimal string and dates as `YYYY-MM-DD`.
//! - `proptest`: strategies for the main entities, to property-test rules
//!   of your own.

#![cfg_attr(docsrs, feature(doc_cfg))]

mod authority;
mod campaigns;
mod catalogue;
mod citation;
mod decision;
mod eligibility;
mod error;
mod fund;
mod history;
mod id;
pub mod indicators;
mod money;
pub mod numfmt;
mod people;
mod period;
mod population;
mod regime;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod strategies;
mod text;
mod units;
pub mod words;

pub use authority::{Authority, AuthorityIssue, Power, Powers};
pub use campaigns::{
    Adjustment, Campaign, CampaignKind, CampaignReview, CampaignScope, Check, EmulationGroup,
    GroupKind, GroupRegistry, Judgement, Leadership, Mark, Membership, Model, Pact, RankTieBreak,
    Ranking, Registration, RegistrationSummary, Requirement, ReviewKind, Score, Scorecard,
    ScoringCriterion, ScoringSheet, ScoringSheetBuilder, Standing, Tally, TitleAim,
};
pub use catalogue::{Award, AwardKind, RecipientKind};
pub use citation::{Citation, Confidence, Instrument, InstrumentKind, Point};
pub use decision::{
    Decision, DecisionLine, DecisionMoney, Grant, MoneyNote, MoneyNoteKind, Pay, PayOptions,
    totals_by_recipient,
};
pub use eligibility::{
    Allocation, Candidate, Collective, CollectiveRecord, CollectiveRules, Community,
    CommunityRecord, CommunityRules, ConferralFact, Criterion, DisciplineFact, Evidence, Exclusion,
    Finding, FlagAllocation, FlagNomination, FlagRoute, FlagRules, FormRoute, FormRules,
    GrassrootsRoute, Holders, IndividualRules, InitiativeFact, MemberTally, Outcome, Overlay,
    OverlayRule, PersonFacts, Quota, QuotaRounding, Review, Rule, Share, Status, StreakRules,
    TieBreak, Verdict, YearFacts, allocate,
};
pub use error::{Error, ErrorKind, Result};
pub use fund::{
    AreaClass, BudgetCategory, BudgetLine, CategoryFigures, Commitment, Fund, FundBasis,
    FundFinding, FundFindingKind, FundReview, FundRules,
};
pub use history::{Conferral, DecisionRef, Recipient, Revocation};
pub use id::{
    BudgetLineId, CampaignId, CriterionId, DecisionNumber, GroupId, InitiativeId, PersonId, UnitId,
};
pub use money::{
    AwardAmount, AwardObject, Factor, Money, MoneyRules, Principle, Rate, Rounding, SalarySchedule,
    SalaryStep, Tariff, TitleAndForm,
};
pub use people::{
    Discipline, DisciplineForm, Initiative, InitiativeKind, InjuryTreatment, Leave, LeaveKind,
    Person, PersonCategory, Rating, Scope, Sex, Training, TrainingResult, Transfer, YearRecord,
};
pub use period::Period;
pub use population::{
    CollectiveOutcome, Member, PersonEntry, PersonOutcome, Population, PopulationReview,
    ReviewDiff, TitleCounts, Titles, YearEntry, YearWriter,
};
pub use regime::{DATA_VERSION, Regime, RegimeId, RuleBook};
pub use units::{Level, Unit, UnitKind, UnitRegistry};

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// What every user file needs: `use thidua::prelude::*;`.
pub mod prelude {
    pub use crate::{
        Award, Error, Outcome, Period, Person, Rating, Regime, RegimeId, Review, RuleBook, Verdict,
        YearRecord,
    };
}
