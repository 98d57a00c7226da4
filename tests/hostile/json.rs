//! Every deserializer: arbitrary JSON, and the crate's own JSON damaged.

use std::fmt::Debug;

use proptest::prelude::*;

use crate::support::{config, message};

/// `T` read from `json`. An error says where the bad value is: serde_json
/// gives the line and column of anything inside the document; only the
/// crate's checks of the whole value (an empty salary schedule, an unknown
/// award as the whole document) come without one. (serde's derived messages
/// quote a bad string whole, so their length is not checked.)
fn read<T: serde::de::DeserializeOwned>(
    json: &str,
) -> Result<Result<T, serde_json::Error>, TestCaseError> {
    let read = serde_json::from_str::<T>(json);
    if let Err(e) = &read {
        let msg = e.to_string();
        prop_assert!(
            e.line() > 0 || e.is_data(),
            "{} from {}: {}",
            std::any::type_name::<T>(),
            json,
            msg
        );
    }
    Ok(read)
}

/// `T` read from `json` may fail but not panic; what is read writes back to
/// JSON that reads as the same value.
fn reads<T>(json: &str) -> Result<(), TestCaseError>
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + Debug,
{
    if let Ok(v) = read::<T>(json)? {
        let again = serde_json::to_string(&v).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back = serde_json::from_str::<T>(&again);
        prop_assert!(
            back.as_ref().is_ok_and(|b| *b == v),
            "{} read from {} as {:?}, written as {}, read back as {:?}",
            std::any::type_name::<T>(),
            json,
            v,
            again,
            back.map_err(|e| e.to_string())
        );
    }
    Ok(())
}

/// As [`reads`], for types without `PartialEq`: the JSON written back is
/// stable.
fn reads_stable<T>(json: &str) -> Result<(), TestCaseError>
where
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    if let Ok(v) = read::<T>(json)? {
        let again = serde_json::to_string(&v).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back: T = serde_json::from_str(&again)
            .map_err(|e| TestCaseError::fail(format!("{e} reading back {again}")))?;
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), again);
    }
    Ok(())
}

macro_rules! read_all {
    ($json:expr; eq: $($t:ty),* ; stable: $($s:ty),* $(,)?) => {{
        $(reads::<$t>($json)?;)*
        $(reads_stable::<$s>($json)?;)*
    }};
}

/// Every type of the crate that implements `Deserialize`.
pub fn deserialize_everything(json: &str) -> Result<(), TestCaseError> {
    use rust_decimal::Decimal;
    use thidua::indicators;
    use thidua::*;
    use thidua::{
        award::*, campaigns::*, citation::*, collectives::*, decision::*, eligibility::*, fund::*,
        history::*, id::*, law::*, people::*, units::*,
    };
    read_all!(json;
        eq:
        Adjustment, Allocation<PersonId>, AreaClass, Authority, AuthorityIssue, Award,
        AwardAmount, AwardKind, AwardObject, BudgetCategory, BudgetLine, BudgetLineId, Campaign,
        CampaignId, CampaignKind, Stocktake, CampaignScope, Candidate<PersonId>,
        CategoryFigures, MandatoryCheck, Citation, Collective, CollectiveRecord, CollectiveRules,
        Commitment, Community, CommunityRecord, CommunityRules, Conferral, Confidence, Criterion,
        CriterionId, Decision, DecisionLine, DecisionMoney, DecisionNumber, DecisionRef,
        Discipline, DisciplineForm, EmulationGroup, Evidence, Exclusion, Factor, Finding,
        FlagAllocation, FlagNomination, FlagRoute, FlagRules, FormRoute, FormRules, Fund,
        FundBasis, FundFinding, FundFindingKind, FundReport, FundRules, Grant, GrassrootsRoute,
        GroupId, GroupKind, Holders, IndividualRules, Initiative, InitiativeId, InitiativeKind,
        InjuryTreatment, Instrument, InstrumentKind, Judgement, Leadership, Leave, LeaveKind,
        Level, Mark, MemberTally, Membership, Model, Money, MoneyNote, MoneyNoteKind, MoneyRules,
        Outcome, Overlay, OverlayRule, Pact, Pay, PayOptions, Period, Person, PersonCategory,
        PersonId, Power, Powers, Principle, Quota, QuotaRounding, RankTieBreak, Rate, Rating,
        Recipient, RecipientKind, Regime, RegimeId, Registration, Requirement, StocktakeKind,
        Revocation, Rounding, Rule<u8>, Rule<Quota>, SalarySchedule, SalaryStep, Scope, Scorecard,
        ScoringCriterion, ScoringSheet, ScoringSheetBuilder, Sex, Share, Status, StreakRules,
        Tally, TieBreak, TitleAim, TitleAndForm, Training, TrainingResult, Transfer, Unit, UnitId,
        UnitKind, Verdict, YearRecord,
        indicators::CheckKind, indicators::ClaimKind, indicators::GrowthStyle,
        indicators::Indicator<Decimal>, indicators::Indicator<u32>, indicators::Precision,
        indicators::Agreement, indicators::Target, indicators::TargetKind,
        numfmt::Measure, numfmt::Quantity,
        // The golden files that hold lists.
        Vec<Money>, Vec<Period>, Vec<Citation>, Vec<Award>;
        stable: UnitRegistry, RuleBook,
    );
    uses(json);
    // What is read also prints, without panicking.
    macro_rules! shows {
        ($($t:ty),*) => {$(
            if let Ok(v) = serde_json::from_str::<$t>(json) {
                let _ = v.to_string();
            }
        )*};
    }
    shows!(
        Citation,
        Evidence,
        Finding,
        FundFinding,
        Instrument,
        Money,
        MoneyNote,
        Period,
        RankTieBreak,
        Regime,
        RegimeId,
        Tally,
        Unit,
        Verdict,
        indicators::Target,
        numfmt::Quantity,
        numfmt::Measure
    );
    Ok(())
}

/// What is read is also used, at the edges: a value read from JSON must hold
/// the invariants its constructor checks (a quota of 10^28 % once did not).
fn uses(json: &str) {
    use chrono::NaiveDate;
    use rust_decimal::Decimal;
    use thidua::*;
    use thidua::{collectives::*, law::*, people::*};
    fn read<T: serde::de::DeserializeOwned>(json: &str) -> Option<T> {
        serde_json::from_str(json).ok()
    }
    let dates = [
        NaiveDate::MIN,
        NaiveDate::MAX,
        NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(),
    ];
    let roundings = [
        Rounding::CeilTenThousand,
        Rounding::NearestHalfUpTenThousand,
        Rounding::None,
    ];
    if let Some(q) = read::<Quota>(json) {
        for base in [0, 1, 47, u32::MAX] {
            let cap = q.cap(base);
            assert!(cap.is_ok_and(|c| c <= base), "{json}: cap of {base}");
        }
    }
    if let Some(m) = read::<Money>(json) {
        let _ = m.to_words();
        let _ = m.format_in(numfmt::Measure::BillionDong, 28);
        let _ = m.checked_times(u64::MAX);
        let _ = m.checked_mul(Decimal::MAX);
        for r in roundings {
            let _ = m.round(r);
        }
    }
    if let Some(r) = read::<Rounding>(json) {
        for m in [Decimal::MAX, Decimal::MIN, Decimal::new(1, 28)] {
            let _ = Money::from(m).round(r);
        }
    }
    if let Some(s) = read::<SalarySchedule>(json) {
        for d in dates {
            let _ = s.on(d);
        }
    }
    if let Some(b) = read::<RuleBook>(json) {
        for d in dates {
            let _ = b.regime_on(d);
        }
    }
    if let Some(p) = read::<Period>(json) {
        let _ = (p.last_day(), p.as_year(), p.to_string());
        for d in dates {
            let _ = (p.contains(d), p.split_at(d));
        }
    }
    if let Some(s) = read::<Share>(json) {
        let _ = (
            s.holds(u32::MAX, u32::MAX),
            s.holds(0, 0),
            thidua::Bilingual::vi(&s),
        );
    }
    if let Some(t) = read::<MemberTally>(json) {
        let _ = (t.validate(), t.disciplined_from(DisciplineForm::Reprimand));
    }
}

/// Strings that JSON values of the crate are made of: dates valid and not,
/// wire ids, decimals at the limits.
const WORDS: &[&str] = &[
    "2021-12-20",
    "2024-02-29",
    "2021-02-29",
    "2021-13-01",
    "01/10/2017",
    "+262143-12-31",
    "-262144-01-01",
    "1",
    "1.5",
    "-0",
    "-1",
    "1e5",
    "0.0000000000000000000000000001",
    "79228162514264337593543950335",
    "79228162514264337593543950336",
    "advanced_worker",
    "grassroots_emulation_fighter",
    "Lao động tiên tiến",
    "excellent",
    "good",
    "commune_chair",
    "individual",
    "collective",
    "province",
    "commune",
    "district",
    "nd91-2017",
    "luat06-2022",
    "verified",
    "law",
    "decree",
    "paid",
    "superseded",
    "ceil_ten_thousand",
    "at_least",
    "more_than",
    "leave_limit",
    "",
    "\u{0}",
    "Chie\u{302}\u{301}n",
];

/// Keys of the crate's JSON objects.
const KEYS: &[&str] = &[
    "id",
    "name",
    "kind",
    "from",
    "until",
    "year",
    "rating",
    "award",
    "period",
    "unit",
    "category",
    "records",
    "awards",
    "initiatives",
    "decision",
    "number",
    "date",
    "signer",
    "grants",
    "recipient",
    "multiplier",
    "instrument",
    "article",
    "clause",
    "point",
    "confidence",
    "parent",
    "successors",
    "value",
    "citation",
    "rule",
    "share",
    "percent",
    "rounding",
    "max",
    "children",
    "criteria",
    "bonus",
    "penalties",
    "points",
    "criterion",
    "pay",
    "by",
    "amount",
    "lines",
    "total",
    "cap",
    "selected",
    "score",
    "members",
    "regime",
    "outcome",
    "findings",
    "status",
    "rules",
    "in_force",
    "scope",
    "reviews",
    "on",
    "steps",
];

fn json_leaf() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    prop_oneof![
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::from),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<u64>().prop_map(Value::from),
        1 => prop::sample::select(&[0u16, 1, 2, 9, 12, 28, 29, 100, 255, 256, 65535][..])
            .prop_map(Value::from),
        1 => prop::sample::select(&["1.5", "-0.0", "1e308", "-1e-308", "0.1"][..])
            .prop_map(|n| serde_json::from_str::<Value>(n).unwrap()),
        1 => prop::sample::select(WORDS).prop_map(Value::from),
        // Decimals as the wire writes them, small to past `Decimal::MAX`.
        2 => "-?[0-9]{1,30}(\\.[0-9]{1,3})?".prop_map(Value::from),
        1 => "\\PC{0,12}".prop_map(Value::from),
    ]
}

/// A small JSON value of the shapes the crate reads.
fn json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    json_leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(
                (prop_oneof![4 => prop::sample::select(KEYS).prop_map(String::from), 1 => "[a-z_]{0,8}"], inner),
                0..6
            )
            .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// The golden files, the crate's own JSON, and the seeds, to mutate.
static GOLDENS: std::sync::LazyLock<Vec<serde_json::Value>> = std::sync::LazyLock::new(|| {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/golden");
    // Small values whose constructors check invariants (see `uses`).
    let mut tally = thidua::collectives::MemberTally::new(10);
    tally.advanced = 7;
    let mut out = vec![
        serde_json::to_value(thidua::law::Quota::FIFTEEN_PERCENT_FLOOR).unwrap(),
        serde_json::to_value(thidua::law::Share::MoreThan(50)).unwrap(),
        serde_json::to_value(thidua::law::SalarySchedule::national()).unwrap(),
        serde_json::to_value(thidua::Money::from_dong(1_490_000)).unwrap(),
        serde_json::to_value(thidua::Rounding::CeilTenThousand).unwrap(),
        serde_json::to_value(thidua::Period::year(2024).unwrap()).unwrap(),
        serde_json::to_value(tally).unwrap(),
    ];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            out.push(serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap());
        }
    }
    out.sort_by_key(ToString::to_string);
    out
});

/// How to damage a node of a JSON tree.
#[derive(Clone, Debug)]
enum Mutation {
    Replace(serde_json::Value),
    Remove,
    Duplicate,
}

fn count(v: &serde_json::Value) -> usize {
    1 + match v {
        serde_json::Value::Array(a) => a.iter().map(count).sum(),
        serde_json::Value::Object(o) => o.values().map(count).sum(),
        _ => 0,
    }
}

/// Applies `m` to the node at pre-order position `*at`, counting down.
fn mutate(v: &mut serde_json::Value, at: &mut usize, m: &Mutation) -> bool {
    use serde_json::Value;
    if *at == 0 {
        if let Mutation::Replace(new) = m {
            *v = new.clone();
        }
        return true;
    }
    *at -= 1;
    match v {
        Value::Array(a) => {
            for i in 0..a.len() {
                let before = *at;
                if mutate(&mut a[i], at, m) {
                    if before == 0 {
                        match m {
                            Mutation::Remove => {
                                a.remove(i);
                            }
                            Mutation::Duplicate => {
                                let x = a[i].clone();
                                a.insert(i, x);
                            }
                            Mutation::Replace(_) => {}
                        }
                    }
                    return true;
                }
            }
            false
        }
        Value::Object(o) => {
            let keys: Vec<String> = o.keys().cloned().collect();
            for k in keys {
                let before = *at;
                let child = o.get_mut(&k).unwrap();
                if mutate(child, at, m) {
                    if before == 0 {
                        match m {
                            Mutation::Remove => {
                                o.remove(&k);
                            }
                            Mutation::Duplicate => {
                                let x = o[&k].clone();
                                o.insert(format!("{k}_"), x);
                            }
                            Mutation::Replace(_) => {}
                        }
                    }
                    return true;
                }
            }
            false
        }
        _ => false,
    }
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        6 => json_leaf().prop_map(Mutation::Replace),
        2 => json().prop_map(Mutation::Replace),
        2 => Just(Mutation::Remove),
        1 => Just(Mutation::Duplicate),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_json_reads_or_errs(v in json()) {
        deserialize_everything(&v.to_string())?;
    }

    #[test]
    fn any_text_reads_or_errs(s in "\\PC{0,60}") {
        deserialize_everything(&s)?;
    }

    #[test]
    fn damaged_golden_files_read_or_err(
        which in any::<prop::sample::Index>(),
        damage in damage(),
    ) {
        deserialize_everything(&damaged(which.get(&GOLDENS).clone(), &damage))?;
    }

    /// The crate's own JSON cut short anywhere, as a failed upload or a
    /// full disk leaves it.
    #[test]
    fn truncated_golden_files_read_or_err(
        which in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
    ) {
        let json = which.get(&GOLDENS).to_string();
        let cut = json
            .char_indices()
            .map(|(i, _)| i)
            .nth(at.index(json.chars().count()))
            .unwrap_or(json.len());
        deserialize_everything(&json[..cut])?;
    }
}

/// `damage` applied to `v` in turn, each at a node picked among those `v`
/// has then.
fn damaged(mut v: serde_json::Value, damage: &[(prop::sample::Index, Mutation)]) -> String {
    for (at, m) in damage {
        let mut at = at.index(count(&v));
        mutate(&mut v, &mut at, m);
    }
    v.to_string()
}

fn damage() -> impl Strategy<Value = Vec<(prop::sample::Index, Mutation)>> {
    prop::collection::vec((any::<prop::sample::Index>(), mutation()), 1..4)
}

proptest! {
    #![proptest_config(config())]

    /// People from the crate's strategies, damaged (collectives and the other
    /// types are damaged from the golden files above): what still reads is a
    /// person the review judges without panicking, the fast path agreeing
    /// with the explained one.
    #[test]
    fn damaged_people_read_or_err(p in thidua::strategies::person(2024), damage in damage()) {
        use thidua::{Award, Person, Review, RuleBook};
        let json = damaged(serde_json::to_value(&p).unwrap(), &damage);
        if let Ok(p) = read::<Person>(&json)? {
            let book = RuleBook::national();
            let on = chrono::NaiveDate::from_ymd_opt(2024, 12, 20).unwrap();
            let review = Review::new(&book, 2024, on).unwrap();
            for award in [Award::AdvancedWorker, Award::GrassrootsEmulationFighter] {
                let explained = review.person(&p, award).map(|v| v.outcome);
                let fast = review.person_outcome(&p, award);
                prop_assert_eq!(explained.as_ref().ok(), fast.as_ref().ok(), "{}", json);
                if let Err(e) = explained {
                    message(&e)?;
                }
            }
        }
    }
}
