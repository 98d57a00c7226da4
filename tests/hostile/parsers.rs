//! Bad input never panics: arbitrary and hand-picked nasty strings fed
//! to every `FromStr` of the crate, to the number and words parsers, and,
//! with arbitrary JSON, to every deserializer. An `Err` is fine.
//!
//! What is accepted must also make sense: a value parsed from text prints
//! and reads back as itself, and a value read from JSON writes back to JSON
//! that reads as the same value.

use std::fmt::{Debug, Display};
use std::str::FromStr;
use thidua::Bilingual as _;

use proptest::prelude::*;
use thidua::{numfmt, words};

use crate::json::deserialize_everything;
use crate::support::{config, names, names_a_word};

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

/// `s.parse::<T>()` may fail but not panic, with an error that names `s`;
/// what it accepts prints and reads back as itself.
fn parses<T>(s: &str) -> Result<(), TestCaseError>
where
    T: FromStr<Err = thidua::Error> + Display + PartialEq + Debug,
{
    match s.parse::<T>() {
        Err(e) => names(&e, s),
        Ok(v) => {
            let shown = v.to_string();
            let back = shown.parse::<T>();
            prop_assert!(
                back.as_ref().is_ok_and(|b| *b == v),
                "{:?} parses to {:?}, printed {:?}, read back as {:?}",
                s,
                v,
                shown,
                back.map_err(|e| e.en().into_owned())
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
    parses::<thidua::people::Sex>(s)?;
    parses::<thidua::Rating>(s)?;
    parses::<thidua::people::DisciplineForm>(s)?;
    parses::<thidua::people::LeaveKind>(s)?;
    parses::<thidua::people::TrainingResult>(s)?;
    parses::<thidua::people::InitiativeKind>(s)?;
    parses::<thidua::people::Scope>(s)?;
    parses::<thidua::campaigns::Judgement>(s)?;
    parses::<thidua::campaigns::CampaignKind>(s)?;
    parses::<thidua::campaigns::StocktakeKind>(s)?;
    parses::<thidua::units::UnitKind>(s)?;
    parses::<thidua::units::Level>(s)?;
    parses::<thidua::collectives::Exclusion>(s)?;
    parses::<thidua::campaigns::GroupKind>(s)?;
    parses::<thidua::Award>(s)?;
    parses::<thidua::Authority>(s)?;
    // The ids.
    parses::<thidua::id::PersonId>(s)?;
    parses::<thidua::id::UnitId>(s)?;
    parses::<thidua::id::InitiativeId>(s)?;
    parses::<thidua::id::DecisionNumber>(s)?;
    parses::<thidua::id::CampaignId>(s)?;
    parses::<thidua::id::GroupId>(s)?;
    parses::<thidua::id::CriterionId>(s)?;
    parses::<thidua::id::BudgetLineId>(s)?;
    // Numbers.
    parses::<thidua::Money>(s)?;
    parses::<numfmt::Quantity>(s)?;
    parses::<thidua::indicators::Claim>(s)?;
    let _ = thidua::Award::from_id(s);
    if let Err(e) = numfmt::parse_number(s) {
        names(&e, s)?;
    }
    if let Err(e) = numfmt::parse_percent(s) {
        names(&e, s)?;
    }
    if let Err(e) = numfmt::parse_dong(s) {
        names(&e, s)?;
    }
    // Words: what is read is written back and read again as itself.
    match words::parse(s) {
        Ok(n) => {
            let written = words::number(n, &words::Style::default()).unwrap();
            prop_assert_eq!(words::parse(&written).unwrap(), n, "{:?} → {}", s, written);
        }
        Err(e) => names_a_word(&e, s)?,
    }
    Ok(())
}

/// Nothing panics on nasty input. (How fast long input is refused is a
/// bench's business, not a test's: `text.rs` tests that long names get no
/// quadratic "did you mean" search.)
#[test]
fn nasty_strings_never_panic() {
    let failures: Vec<String> = nasty()
        .iter()
        .flat_map(|s| {
            [
                parse_everything(s),
                deserialize_everything(&serde_json::to_string(s).unwrap()),
                deserialize_everything(s),
            ]
        })
        .filter_map(|r| r.err().map(|e| e.to_string()))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
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
    #![proptest_config(config())]

    /// Any text, printable text, and text that is almost a number or a name,
    /// through every parser: each case is one case of every parser.
    #[test]
    fn strings_parse_or_err(s in prop_oneof![any::<String>(), "\\PC*", near_miss()]) {
        parse_everything(&s)?;
    }
}
