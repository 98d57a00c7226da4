//! # thidua — Vietnam's emulation and commendation work, as a library
//!
//! Every Vietnamese agency, commune and province runs emulation campaigns
//! (*phong trào thi đua*) and, each year, confers emulation titles (*danh hiệu
//! thi đua*: "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Tập thể lao
//! động xuất sắc", emulation flags …) and commendation forms (*hình thức khen
//! thưởng*: Giấy khen, Bằng khen, orders) under the Law on Emulation and
//! Commendation and its decrees, which changed in 2017, 2024 and 2025.
//!
//! `thidua` holds the part that must be right. It is pure: no I/O, no clock,
//! no global mutable state; every date is explicit, and the law is data.
//!
//! ```text
//! facts ──────► the law ──► review ─────► verdicts ──► decision ──► money & fund ──► report
//! (Person,      (RuleBook,  (Review,      (Verdict,    (Decision,   (Tariff, Fund,   (indicators,
//!  YearRecord,   Regime,     Population)   Finding)     Authority)   words, numfmt)   checks)
//!  Collective)   Overlay,
//!                Citation)
//! ```
//!
//! ## A tour
//!
//! ```
//! use chrono::NaiveDate;
//! use thidua::prelude::*;
//! use thidua::{Authority, PersonCategory, RecipientKind, Tariff};
//! use thidua::law::SalarySchedule;
//!
//! // Award names parse in any spelling an office uses.
//! let cstdcs: Award = "chien si thi dua co so".parse()?;
//! assert_eq!(cstdcs.to_string(), "Chiến sĩ thi đua cơ sở");
//!
//! // Facts about a person: category, start of service, yearly records.
//! let mut lan = Person::new("CB-01".parse()?, "Nguyễn Thị Lan", PersonCategory::CivilServant, "P-TC".parse()?);
//! lan.service_start = NaiveDate::from_ymd_opt(2015, 3, 1);
//! // 2023 and 2024: rated, and nothing else happened (no discipline, leave
//! // …): a fact not given is unknown, and its criteria need review (a
//! // discipline of 2023 could still run in 2024).
//! lan.records.push(YearRecord::new(2023).rated(Rating::Good).otherwise_none());
//! lan.records.push(YearRecord::new(2024).rated(Rating::Excellent).otherwise_none());
//!
//! // A review: the regime in force on the judging date, for a year.
//! let book = RuleBook::national();
//! let on = NaiveDate::from_ymd_opt(2024, 12, 20).unwrap();
//! let review = Review::new(&book, 2024, on)?;
//! assert_eq!(review.regime().id(), &RegimeId::LAW_2022);
//!
//! // A verdict lists every criterion with its citation; since 2024 HTXS
//! // alone gives "Chiến sĩ thi đua cơ sở" (Law 06/2022 Art. 23 k2).
//! let verdict = review.person(&lan, cstdcs)?;
//! assert_eq!(verdict.outcome, Outcome::Eligible);
//! println!("{verdict}");
//!
//! // The money it pays: multiplier × base salary on the decision date,
//! // rounded up to 10.000 đồng once.
//! let salaries = SalarySchedule::national();
//! let tariff = Tariff::new(&book, &salaries, on, Authority::AgencyHead)?;
//! let amount = tariff.amount(cstdcs, RecipientKind::Individual)?;
//! assert_eq!(amount.amount.to_string(), "2.340.000 đồng");
//! # Ok::<(), thidua::Error>(())
//! ```
//!
//! ## Where things are
//!
//! - **The law as data**: [`RuleBook`], [`Regime`] (with [`IndividualRules`](crate::law::IndividualRules),
//!   [`CollectiveRules`](crate::law::CollectiveRules), [`MoneyRules`](crate::law::MoneyRules) …), [`Citation`] and
//!   [`Confidence`]; local rules as [`Overlay`]s. Rules whose text was not
//!   read are *unverified*: what they decide comes back *needs review*.
//! - **Facts**: [`Person`] and [`YearRecord`], [`Collective`] and
//!   [`MemberTally`](crate::collectives::MemberTally), [`Unit`](crate::units::Unit) and [`UnitRegistry`](crate::units::UnitRegistry), award history
//!   ([`Conferral`](crate::history::Conferral)); the [`PersonFacts`](crate::facts::PersonFacts) trait lets the rules read your own
//!   storage. A fact not given is unknown, never "none"
//!   ([`Fact`](crate::people::Fact)): the criteria that read it need review
//!   and name it. The wire format refuses unknown keys at every depth;
//!   [`wire`] names the key path of an error.
//! - **Eligibility**: [`Review`] judges individuals, collectives, flags,
//!   community titles and commendation forms; a [`Verdict`] is *eligible*,
//!   *ineligible* or *needs review* with every [`Finding`]. Ineligible is a
//!   verdict, not an error. Quotas: [`Quota`](crate::law::Quota) and [`allocate`](crate::eligibility::allocate).
//! - **Whole populations**: [`Population`] and [`Review::population`], with
//!   verdicts on demand ([`ReviewedPopulation::explain`](crate::population::ReviewedPopulation::explain)) and what-if
//!   comparisons ([`ReviewedPopulation::diff`](crate::population::ReviewedPopulation::diff)).
//! - **Decisions and money**: [`Decision`], [`Tariff`], [`Money`],
//!   [`SalarySchedule`](crate::law::SalarySchedule), [`Fund`]; signing powers ([`Powers`](crate::law::Powers)); amounts in
//!   words ([`words`]) and Vietnamese numbers ([`numfmt`]).
//! - **From proposal to decision**: [`proposal`] (a proposal's dossier,
//!   the transitional articles, the council's vote, the decision and its
//!   money, revocation) and [`DecisionDocument`](crate::decision::DecisionDocument)
//!   (the text of a quyết định khen thưởng and its list).
//! - **Campaigns**: [`Campaign`](crate::campaigns::Campaign), registrations, clusters and blocks
//!   ([`EmulationGroup`](crate::campaigns::EmulationGroup)), scoring sheets ([`ScoringSheet`](crate::campaigns::ScoringSheet)) and rankings.
//! - **Report indicators**: [`indicators`].
//!
//! Errors are one type, [`Error`], with an [`ErrorKind`] and a message that
//! names the bad value.
//!
//! ## The book
//!
//! Longer pages live in [`_documentation`]:
//!
//! - [Design](crate::_documentation::design): the three dates of a case
//!   (achievement, judging, decision) and which one picks what; why *needs
//!   review* never guesses; rounding once; the law as data; overlays that
//!   only tighten; `Display` in Vietnamese.
//! - [The readings](crate::_documentation::readings) the library takes:
//!   every note of the bundled data, with its citation and mark.
//! - [The coverage](crate::_documentation::coverage): every award, for
//!   every recipient and regime, judged or needing review and why.
//! - Walk-throughs: [adding a regime](crate::_documentation::adding_a_regime),
//!   [adding an award](crate::_documentation::adding_an_award),
//!   [writing a provincial overlay](crate::_documentation::provincial_overlay).
//! - [The changelog](crate::_documentation::changelog).
//!
//! ## The law as data
//!
//! The bundled law is the data of `data/law/` (TOML, one rule a line with
//! its citation, mark and note), compiled into the crate:
//! [`RuleBook::national`] needs no file system. A regime or overlay of your
//! own is read from the same format, with the same checks, by
//! [`Regime::from_toml`] and [`Overlay::from_toml`]. The data has its own
//! version, [`law::DATA_VERSION`].
//!
//! `Display` prints Vietnamese, as the documents offices print; English is
//! available through explicit methods.
//!
//! ## Crate features
//!
//! - `json`: [`wire::from_json`](crate::wire), JSON with the key path of any
//!   error.
//! - `proptest`: [`strategies`](crate#crate-features) for people with yearly
//!   histories, initiatives and award histories, and populations, to
//!   property-test rules of your own.
//!
//! Serde is always on: `Serialize`/`Deserialize` for every domain type.
//! Money is written as a decimal string and dates as `YYYY-MM-DD`.

#![cfg_attr(docsrs, feature(doc_cfg))]
// Bad input is an `Err`, never a panic: the library code (not its unit
// tests) may not unwrap, expect, panic (even as `unreachable!`) or index
// without a check. Each exception is an `allow` on one item, with the
// invariant that makes it safe.
// `unsafe_code` is forbidden and `float_arithmetic` denied in Cargo.toml.
#![forbid(unsafe_code)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented,
        clippy::indexing_slicing
    )
)]

// Foundation: errors, text, numbers and words.
mod error;
pub mod lang;
pub mod numfmt;
mod text;
pub mod wire;
pub mod words;
// Vocabulary: ids, periods, citations, the catalogue, units, people, facts.
pub mod authority;
pub mod award;
pub mod citation;
pub mod collectives;
pub mod facts;
pub mod history;
pub mod id;
pub mod money;
pub mod people;
mod period;
pub mod units;
// The law: regimes, rules, tables, read from data.
pub mod law;
// Engines: eligibility, populations, decisions and their money, funds, campaigns.
pub mod campaigns;
pub mod decision;
pub mod eligibility;
pub mod fund;
pub mod population;
pub mod proposal;
// Reports.
pub mod indicators;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod strategies;

pub use authority::Authority;
pub use award::{Award, RecipientKind};
pub use citation::{Citation, Confidence};
pub use collectives::Collective;
pub use decision::{Decision, Tariff};
pub use eligibility::{Finding, Outcome, Review, Verdict};
pub use error::{Error, ErrorKind, Result};
pub use fund::Fund;
pub use lang::Bilingual;
pub use law::{Overlay, Regime, RegimeId, RuleBook};
pub use money::{Money, Rounding};
pub use people::{Person, PersonCategory, Rating, YearRecord};
pub use period::Period;
pub use population::Population;

/// The book: the design, the readings the library takes, walk-throughs and
/// the changelog, as rustdoc pages.
///
/// - [Design](crate::_documentation::design): the three dates of a case,
///   why *needs review* never guesses, rounding once, the law as data,
///   overlays that only tighten, the language of `Display`.
/// - [The readings](crate::_documentation::readings): every reading note of
///   the bundled data, with its citation and mark, generated from the data.
/// - [The coverage](crate::_documentation::coverage): every award, for every
///   recipient and regime, judged or needing review and why, generated from
///   [`eligibility::coverage`].
/// - Walk-throughs with runnable code:
///   [adding a regime](crate::_documentation::adding_a_regime),
///   [adding an award](crate::_documentation::adding_an_award),
///   [writing a provincial overlay](crate::_documentation::provincial_overlay).
/// - [The changelog](crate::_documentation::changelog).
#[cfg(any(doc, doctest))]
pub mod _documentation {
    #[doc = include_str!("_documentation/design.md")]
    pub mod design {}
    #[doc = include_str!("_documentation/readings.md")]
    pub mod readings {}
    #[doc = include_str!("_documentation/coverage.md")]
    pub mod coverage {}
    #[doc = include_str!("_documentation/adding_a_regime.md")]
    pub mod adding_a_regime {}
    #[doc = include_str!("_documentation/adding_an_award.md")]
    pub mod adding_an_award {}
    #[doc = include_str!("_documentation/provincial_overlay.md")]
    pub mod provincial_overlay {}
    #[doc = include_str!("../CHANGELOG.md")]
    pub mod changelog {}
}

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// What every user file needs: `use thidua::prelude::*;`.
pub mod prelude {
    pub use crate::{
        Award, Collective, Decision, Error, Money, Outcome, Period, Person, Population, Rating,
        Regime, RegimeId, Review, RuleBook, Verdict, YearRecord,
    };
}
