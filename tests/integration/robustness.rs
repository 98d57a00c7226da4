//! Bad input never panics (#2): arbitrary and hand-picked nasty strings fed
//! to every `FromStr` of the crate, to the number and words parsers, and,
//! with arbitrary JSON, to every deserializer. An `Err` is fine.
//!
//! What is accepted must also make sense: a value parsed from text prints
//! and reads back as itself, and a value read from JSON writes back to JSON
//! that reads as the same value.

use std::fmt::{Debug, Display};
use std::str::FromStr;

use proptest::prelude::*;
use thidua::{numfmt, words};

/// The hand-picked inputs: empty and blank text, control characters,
/// numbers at and past every limit, NFD and lone combining marks, letters
/// whose lowercase is longer, digits of other scripts, and very long text.
fn nasty() -> Vec<String> {
    let nfd = "Chie\u{302}\u{301}n si\u{303} thi \u{111}ua co\u{31b} so\u{31b}\u{309}";
    let mut v: Vec<String> = [
        "",
        " ",
        "\t\n\r",
        "\u{0}",
        "a\u{0}b",
        "\u{7f}",
        "\u{feff}",
        "\u{200b}",
        "\u{202e}LĐTT",
        "1.5",
        "-0",
        "-0.0",
        "+0",
        "-",
        "+",
        ".",
        ",",
        "%",
        "1.2.3",
        "1,2,3",
        "1..5",
        "1,,5",
        ".5",
        ",5",
        "5.",
        "5,",
        "1.000,",
        "1.000.00",
        "0x10",
        "1e5",
        "1e400",
        "1E-400",
        "NaN",
        "inf",
        "-inf",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775809",
        "79228162514264337593543950335",
        "79228162514264337593543950336",
        "-79228162514264337593543950336",
        "79.228.162.514.264.337.593.543.950.336",
        "0.0000000000000000000000000001",
        "0.00000000000000000000000000001",
        "0,00000000000000000000000000000000000001",
        "99999999999999999999999999999999999999999999999999",
        "1 000",
        "1.490.000 đồng",
        "1.490.000 dong",
        "79228162514264337593543950335 nghìn tỷ đồng",
        "9.999.999.999.999.999.999 nghìn tỷ đồng",
        "-5 tỷ đồng",
        "5,955 tỷ tỷ đồng",
        "19,2%%",
        "%19,2",
        "tăng",
        "tăng ",
        "tăng 19,2",
        "tăng 19,2% lần",
        "gấp 3,16",
        "gấp lần",
        "gấp 79228162514264337593543950335 lần",
        "giảm 100%",
        "giảm 101%",
        "giảm -5%",
        "tăng -0%",
        "đạt 0%",
        "１２３",
        "١٢٣",
        "𝟙𝟚𝟛",
        "²",
        "Ⅻ",
        "İ",
        "ẞ",
        "ǅ",
        "ﬃ",
        "\u{301}",
        "\u{301}\u{302}\u{303}\u{309}\u{323}",
        "a\u{301}",
        "\u{111}",
        "Đ",
        "LĐTT",
        "ldtt",
        "CSTĐCS",
        "TTLĐXS",
        "lao dong tien tien",
        "LAO ĐỘNG TIÊN TIẾN",
        "chiến sĩ thi đua cơ sở ",
        "HTXS",
        "hoàn thành xuất sắc nhiệm vụ",
        "khiển trách",
        "Chủ tịch Ủy ban nhân dân cấp xã",
        "commune_chair",
        "không",
        "không đồng",
        "một",
        "mốt",
        "mười mốt",
        "một trăm năm",
        "một trăm linh",
        "linh năm",
        "lẻ lẻ",
        "mươi",
        "trăm",
        "nghìn",
        "tỷ",
        "tỷ tỷ",
        "một tỷ tỷ",
        "một nghìn tỷ tỷ",
        "chín trăm chín mươi chín triệu tỷ",
        "chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín",
        "một tỷ tỷ đồng chẵn",
        "đồng",
        "đồng chẵn",
        "chẵn",
        "😀",
        "\u{10ffff}",
        "\u{fffd}",
        "a'b\"c\\d",
        "CB 01",
        " CB-01",
        "CB-01 ",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    v.push(nfd.to_string());
    v.push(format!("{nfd} {nfd}"));
    // Very long inputs.
    v.push("9".repeat(100_000));
    v.push("1.".repeat(20_000));
    v.push("1,".repeat(20_000));
    v.push("a".repeat(100_000));
    v.push("đ".repeat(50_000));
    v.push("\u{301}".repeat(50_000));
    v.push("lao động tiên tiến ".repeat(2_000));
    v.push("một ".repeat(10_000));
    v.push("tỷ ".repeat(10_000));
    v.push("một trăm ".repeat(5_000));
    v.push("mười ".repeat(5_000));
    v.push(format!("tăng {}%", "9".repeat(10_000)));
    v.push(format!("gấp {} lần", "1".repeat(10_000)));
    v.push("x".repeat(64));
    v.push("x".repeat(65));
    v.push("đ".repeat(32));
    v.push("đ".repeat(33));
    v
}

/// `s.parse::<T>()` may fail but not panic; what it accepts prints and
/// reads back as itself.
fn parses<T>(s: &str) -> Result<(), TestCaseError>
where
    T: FromStr + Display + PartialEq + Debug,
    T::Err: Display,
{
    match s.parse::<T>() {
        Err(e) => {
            // An error message is one line of text and is not empty.
            let msg = e.to_string();
            prop_assert!(!msg.is_empty());
            Ok(())
        }
        Ok(v) => {
            let shown = v.to_string();
            let back = shown.parse::<T>();
            prop_assert!(
                back.as_ref().is_ok_and(|b| *b == v),
                "{:?} parses to {:?}, printed {:?}, read back as {:?}",
                s,
                v,
                shown,
                back.map_err(|e| e.to_string())
            );
            Ok(())
        }
    }
}

/// Every `FromStr` of the crate (`grep -rn "impl FromStr\|impl
/// std::str::FromStr\|fn from_str" src/`), the number and words parsers.
fn parse_everything(s: &str) -> Result<(), TestCaseError> {
    // The named values.
    parses::<thidua::PersonCategory>(s)?;
    parses::<thidua::Sex>(s)?;
    parses::<thidua::Rating>(s)?;
    parses::<thidua::DisciplineForm>(s)?;
    parses::<thidua::LeaveKind>(s)?;
    parses::<thidua::TrainingResult>(s)?;
    parses::<thidua::InitiativeKind>(s)?;
    parses::<thidua::Scope>(s)?;
    parses::<thidua::Judgement>(s)?;
    parses::<thidua::CampaignKind>(s)?;
    parses::<thidua::ReviewKind>(s)?;
    parses::<thidua::UnitKind>(s)?;
    parses::<thidua::Level>(s)?;
    parses::<thidua::Exclusion>(s)?;
    parses::<thidua::GroupKind>(s)?;
    parses::<thidua::Award>(s)?;
    parses::<thidua::Authority>(s)?;
    // The ids.
    parses::<thidua::PersonId>(s)?;
    parses::<thidua::UnitId>(s)?;
    parses::<thidua::InitiativeId>(s)?;
    parses::<thidua::DecisionNumber>(s)?;
    parses::<thidua::CampaignId>(s)?;
    parses::<thidua::GroupId>(s)?;
    parses::<thidua::CriterionId>(s)?;
    parses::<thidua::BudgetLineId>(s)?;
    // Numbers.
    parses::<thidua::Money>(s)?;
    parses::<numfmt::Quantity>(s)?;
    parses::<thidua::indicators::Claim>(s)?;
    let _ = thidua::Award::from_id(s);
    let _ = numfmt::parse_number(s);
    let _ = numfmt::parse_percent(s);
    let _ = numfmt::parse_dong(s);
    // Words: what is read is written back and read again as itself.
    if let Ok(n) = words::parse(s) {
        let written = words::number(n, &words::Style::default()).unwrap();
        prop_assert_eq!(words::parse(&written).unwrap(), n, "{:?} → {}", s, written);
    }
    Ok(())
}

/// Nothing panics on nasty input. (How fast long input is refused is a
/// bench's business, not a test's: `text.rs` tests that long names get no
/// quadratic "did you mean" search.)
#[test]
fn nasty_strings_never_panic() {
    for s in nasty() {
        parse_everything(&s).unwrap_or_else(|e| panic!("{e}"));
        deserialize_everything(&serde_json::to_string(&s).unwrap())
            .unwrap_or_else(|e| panic!("{e}"));
        deserialize_everything(&s).unwrap_or_else(|e| panic!("{e}"));
    }
}

/// Text that is almost a number or a name: digits, separators, signs,
/// Vietnamese letters and number words.
fn near_miss() -> impl Strategy<Value = String> {
    prop_oneof![
        "[-+]?[0-9.,]{0,40}( ?(%|đồng|nghìn đồng|triệu đồng|tỷ đồng|nghìn tỷ đồng|lần))?",
        "(tăng|giảm|bằng|đạt|vượt|gấp) [-+]?[0-9.,]{0,12} ?(%|lần)?",
        "((không|một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|tám|chín|mười|mươi|trăm|linh|lẻ|nghìn|ngàn|triệu|tỷ|tỉ) ){0,14}(đồng)?( chẵn)?",
        "[a-zđăâêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ \u{300}\u{301}\u{303}\u{309}\u{323}_-]{0,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string_parses_or_errs(s in any::<String>()) {
        parse_everything(&s)?;
    }

    #[test]
    fn printable_strings_parse_or_err(s in "\\PC*") {
        parse_everything(&s)?;
    }

    #[test]
    fn near_misses_parse_or_err(s in near_miss()) {
        parse_everything(&s)?;
    }
}

// ---------------------------------------------------------------------------
// Deserializers.

/// `T` read from `json` may fail but not panic; what is read writes back to
/// JSON that reads as the same value.
fn reads<T>(json: &str) -> Result<(), TestCaseError>
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + Debug,
{
    if let Ok(v) = serde_json::from_str::<T>(json) {
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
    if let Ok(v) = serde_json::from_str::<T>(json) {
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
fn deserialize_everything(json: &str) -> Result<(), TestCaseError> {
    use rust_decimal::Decimal;
    use thidua::indicators;
    use thidua::*;
    read_all!(json;
        eq:
        Adjustment, Allocation<PersonId>, AreaClass, Authority, AuthorityIssue, Award,
        AwardAmount, AwardKind, AwardObject, BudgetCategory, BudgetLine, BudgetLineId, Campaign,
        CampaignId, CampaignKind, CampaignReview, CampaignScope, Candidate<PersonId>,
        CategoryFigures, Check, Citation, Collective, CollectiveRecord, CollectiveRules,
        Commitment, Community, CommunityRecord, CommunityRules, Conferral, Confidence, Criterion,
        CriterionId, Decision, DecisionLine, DecisionMoney, DecisionNumber, DecisionRef,
        Discipline, DisciplineForm, EmulationGroup, Evidence, Exclusion, Factor, Finding,
        FlagAllocation, FlagNomination, FlagRoute, FlagRules, FormRoute, FormRules, Fund,
        FundBasis, FundFinding, FundFindingKind, FundReview, FundRules, Grant, GrassrootsRoute,
        GroupId, GroupKind, Holders, IndividualRules, Initiative, InitiativeId, InitiativeKind,
        InjuryTreatment, Instrument, InstrumentKind, Judgement, Leadership, Leave, LeaveKind,
        Level, Mark, MemberTally, Membership, Model, Money, MoneyNote, MoneyNoteKind, MoneyRules,
        Outcome, Overlay, OverlayRule, Pact, Pay, PayOptions, Period, Person, PersonCategory,
        PersonId, Power, Powers, Principle, Quota, QuotaRounding, RankTieBreak, Rate, Rating,
        Recipient, RecipientKind, Regime, RegimeId, Registration, Requirement, ReviewKind,
        Revocation, Rounding, Rule<u8>, Rule<Quota>, SalarySchedule, SalaryStep, Scope, Scorecard,
        ScoringCriterion, ScoringSheet, ScoringSheetBuilder, Sex, Share, Status, StreakRules,
        Tally, TieBreak, TitleAim, TitleAndForm, Training, TrainingResult, Transfer, Unit, UnitId,
        UnitKind, Verdict, YearRecord,
        indicators::CheckKind, indicators::ClaimKind, indicators::GrowthStyle,
        indicators::Outcome<Decimal>, indicators::Outcome<u32>, indicators::Precision,
        indicators::Status, indicators::Target, indicators::TargetKind,
        numfmt::Unit, numfmt::Quantity,
        // The golden files that hold lists.
        Vec<Money>, Vec<Period>, Vec<Citation>, Vec<Award>;
        stable: UnitRegistry, RuleBook,
    );
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
        numfmt::Unit
    );
    Ok(())
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
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop::sample::select(&[0u16, 1, 2, 9, 12, 28, 29, 100, 255, 256, 65535][..])
            .prop_map(Value::from),
        prop::sample::select(&["1.5", "-0.0", "1e308", "-1e-308", "0.1"][..])
            .prop_map(|n| serde_json::from_str::<Value>(n).unwrap()),
        prop::sample::select(WORDS).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
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

/// The golden files, the crate's own JSON, to mutate.
static GOLDENS: std::sync::LazyLock<Vec<serde_json::Value>> = std::sync::LazyLock::new(|| {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/golden");
    let mut out = Vec::new();
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
    #![proptest_config(ProptestConfig::with_cases(256))]

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
        damage in prop::collection::vec((any::<prop::sample::Index>(), mutation()), 1..4),
    ) {
        let mut v = which.get(&GOLDENS).clone();
        for (at, m) in &damage {
            let mut at = at.index(count(&v));
            mutate(&mut v, &mut at, m);
        }
        deserialize_everything(&v.to_string())?;
    }
}

// ---------------------------------------------------------------------------
// Orders.

/// Codes that mix digits and letters, where a "natural" order can go wrong.
fn code() -> impl Strategy<Value = thidua::PersonId> {
    "[0-9]{1,3}|[0-9]{0,2}[a-c]{1,2}[0-9]{0,2}|0{1,2}[0-9]{1,2}"
        .prop_map(|s| s.parse::<thidua::PersonId>().unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Ids are a total order that agrees with `==`: sorting never panics,
    /// `allocate` finds duplicates next to each other, and ordered lookups
    /// find what they hold.
    #[test]
    fn ids_are_totally_ordered(a in code(), b in code(), c in code()) {
        use std::cmp::Ordering;
        prop_assert_eq!(a.cmp(&b) == Ordering::Equal, a == b);
        prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
        if a <= b && b <= c {
            prop_assert!(a <= c, "{:?} <= {:?} <= {:?} but {:?} > {:?}", a, b, c, a, c);
        }
    }
}

/// The ids that once slipped a duplicate past `allocate`, when digit-only
/// and other codes shared one order that was not transitive.
#[test]
fn allocate_sees_a_duplicate_among_mixed_ids() {
    use thidua::{Candidate, ErrorKind, PersonId, TieBreak, allocate};
    let ids = ["0a", "2", "2b", "b", "10", "1", "1a", "2", "02", "9", "20"];
    let candidates: Vec<Candidate<PersonId, u32>> = ids
        .iter()
        .map(|s| Candidate {
            id: s.parse().unwrap(),
            score: 1,
        })
        .collect();
    let err = allocate(candidates, 100, TieBreak::LowerIdFirst).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Duplicate);
    assert_eq!(err.to_string(), "candidate '2' is listed twice");
}
