//! Every public type is `Send + Sync + Unpin`, and unwind safe, so
//! that a caller can share rule books, reviews and results across threads
//! and catch a panic around them. A field added later that breaks this (an
//! `Rc`, a `Cell`, a raw pointer) fails to compile here.
//!
//! Modelled on dtolnay/semver `tests/test_autotrait.rs`.

use std::panic::{RefUnwindSafe, UnwindSafe};

fn assert_auto<T: Send + Sync + Unpin + UnwindSafe + RefUnwindSafe>() {}

macro_rules! auto {
    ($($t:ty),* $(,)?) => {$(assert_auto::<$t>();)*};
}

#[test]
fn root_types() {
    use rust_decimal::Decimal;
    use thidua::*;
    use thidua::{
        award::*, campaigns::*, citation::*, collectives::*, decision::*, eligibility::*, facts::*,
        fund::*, history::*, id::*, law::*, people::*, population::*, units::*,
    };
    auto!(
        // Errors.
        Error, ErrorKind,
        // Authority.
        Authority, AuthorityIssue, Power, Powers,
        // Campaigns.
        Adjustment, Campaign, CampaignKind, Stocktake, CampaignScope, MandatoryCheck, EmulationGroup,
        GroupKind, GroupRegistry, Judgement, Leadership, Mark, Membership, Model, Pact,
        RankTieBreak, Ranking, Registration, RegistrationSummary, Requirement, StocktakeKind, Score,
        Scorecard, ScoringCriterion, ScoringSheet, ScoringSheetBuilder, Standing, Tally, TitleAim,
        // Catalogue and citations.
        Award, AwardKind, RecipientKind, Citation, Confidence, Instrument, InstrumentKind, Point,
        // Decisions.
        Decision, DecisionLine, DecisionMoney, Grant, MoneyNote, MoneyNoteKind, Pay, PayOptions,
        // Eligibility.
        Allocation<PersonId>, Candidate<PersonId>, Candidate<UnitId, u32>, Collective,
        CollectiveRecord, CollectiveRules, Community, CommunityRecord, CommunityRules,
        ConferralFact<'static>, Criterion, DisciplineFact, Evidence, Exclusion, Finding,
        FlagAllocation, FlagNomination, FlagRoute, FlagRules, FormRoute, FormRules,
        GrassrootsRoute, Holders, IndividualRules, InitiativeFact<'static>, MemberTally, Outcome,
        Overlay, OverlayRule, Quota, QuotaRounding, Review<'static>, Rule<u8>, Rule<Decimal>,
        Share, Status, StreakRules, TieBreak, Verdict, YearFacts,
        // Fund.
        AreaClass, BudgetCategory, BudgetLine, CategoryFigures, Commitment, Fund, FundBasis,
        FundFinding, FundFindingKind, FundReport, FundRules,
        // History.
        Conferral, DecisionRef, Recipient, Revocation,
        // Ids.
        BudgetLineId, CampaignId, CriterionId, DecisionNumber, GroupId, InitiativeId, PersonId,
        UnitId,
        // Money.
        AwardAmount, AwardObject, Factor, Money, MoneyRules, Principle, Rate, Rounding,
        SalarySchedule, SalaryStep, Tariff<'static>, TitleAndForm,
        // People.
        Discipline, DisciplineForm, Initiative, InitiativeKind, InjuryTreatment, Leave, LeaveKind,
        Person, PersonCategory, Rating, Scope, Sex, Training, TrainingResult, Transfer, YearRecord,
        // Periods and regimes.
        Period, Regime, RegimeId, RuleBook,
        // Populations.
        CollectiveOutcome<'static>, Member<'static>, PeopleBatch<'static>, PersonEntry,
        PersonOutcome<'static>, Population, RecordBatch<'static>, ReviewedPopulation<'static>,
        OutcomeDiff, TitleCounts, Titles, YearEntry,
        // Units.
        Level, Unit, UnitKind, UnitRegistry,
    );
}

#[test]
fn module_types() {
    use rust_decimal::Decimal;
    use thidua::{indicators, numfmt, words};
    auto!(
        indicators::Check,
        indicators::CheckKind,
        indicators::Claim,
        indicators::ClaimKind,
        indicators::Completion,
        indicators::Count,
        indicators::Growth,
        indicators::GrowthStyle,
        indicators::Implied,
        indicators::Indicator<Decimal>,
        indicators::Precision,
        indicators::Shares,
        indicators::Agreement,
        indicators::Target,
        indicators::TargetKind,
        numfmt::Formatted,
        numfmt::NumberFormat,
        numfmt::Quantity,
        numfmt::Measure,
        words::Four,
        words::Style,
        words::Thousand,
        words::ZeroTens,
    );
}

/// `Error` goes into `Box<dyn Error + Send + Sync>` and `anyhow`-style
/// chains, which need `'static` too.
#[test]
fn error_is_a_static_std_error() {
    fn boxed<E: std::error::Error + Send + Sync + 'static>(
        e: E,
    ) -> Box<dyn std::error::Error + Send + Sync> {
        Box::new(e)
    }
    let e = "nope".parse::<thidua::Award>().unwrap_err();
    let b = boxed(e);
    assert!(
        b.to_string().starts_with("không rõ danh hiệu 'nope'"),
        "{b}"
    );
    assert_eq!(
        b.downcast_ref::<thidua::Error>().map(thidua::Error::kind),
        Some(thidua::ErrorKind::UnknownName)
    );
}
