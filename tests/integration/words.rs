//! Amounts in Vietnamese words: the spelling rules, the options, and
//! parsing the words back.

use proptest::prelude::*;
use rust_decimal::Decimal;
use thidua::Bilingual as _;
use thidua::words::{self, Four, Style, Thousand, ZeroTens};
use thidua::{ErrorKind, Money};
use unicode_normalization::UnicodeNormalization;

#[test]
fn amounts_of_the_issue() {
    let cases: &[(u64, &str)] = &[
        (0, "Không đồng"),
        (1, "Một đồng"),
        (5, "Năm đồng"),
        (10, "Mười đồng"),
        (11, "Mười một đồng"),
        (14, "Mười bốn đồng"),
        (15, "Mười lăm đồng"),
        (21, "Hai mươi mốt đồng"),
        (24, "Hai mươi tư đồng"),
        (25, "Hai mươi lăm đồng"),
        (101, "Một trăm linh một đồng"),
        (105, "Một trăm linh năm đồng"),
        (110, "Một trăm mười đồng"),
        (1_001_000, "Một triệu không trăm linh một nghìn đồng"),
        (1_050_000, "Một triệu không trăm năm mươi nghìn đồng"),
        (702_000, "Bảy trăm linh hai nghìn đồng"),
        (1_490_000, "Một triệu bốn trăm chín mươi nghìn đồng"),
        (1_000_005, "Một triệu không trăm linh năm đồng"),
        (
            1_538_875_000,
            "Một tỷ năm trăm ba mươi tám triệu tám trăm bảy mươi lăm nghìn đồng",
        ),
        (1_000_000_000_000, "Một nghìn tỷ đồng"),
        (1_000_000_000_000_000, "Một triệu tỷ đồng"),
        (
            1_000_000_001_000_000,
            "Một triệu tỷ không trăm linh một triệu đồng",
        ),
        (
            5_955_000_000_000,
            "Năm nghìn chín trăm năm mươi lăm tỷ đồng",
        ),
        (
            words::MAX,
            "Chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ \
             chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng",
        ),
    ];
    for &(n, text) in cases {
        let printed = words::dong(n, &Style::default()).unwrap();
        assert_eq!(printed, text, "{n}");
        assert!(unicode_normalization::is_nfc(&printed), "{printed}");
        assert_eq!(words::parse(text).unwrap(), n, "{text}");
        // NFD, upper case and no diacritics read back too.
        let nfd: String = text.nfd().collect();
        assert_eq!(words::parse(&nfd).unwrap(), n);
        assert_eq!(words::parse(&text.to_uppercase()).unwrap(), n);
    }
    assert_eq!(words::MAX, 999_999_999_999_999_999);
    let err = words::dong(words::MAX + 1, &Style::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OutOfRange);
}

#[test]
fn the_spelling_options() {
    // The official example (Nam Định Department of Home Affairs).
    let chan = Style::default().even(true);
    assert_eq!(
        words::dong(1_800_000, &chan).unwrap(),
        "Một triệu tám trăm nghìn đồng chẵn"
    );
    // The vendor's style: lẻ, never tư, đồng chẵn.
    let vendor = Style::default()
        .zero_tens(ZeroTens::Le)
        .four(Four::Bon)
        .even(true);
    assert_eq!(
        words::dong(1_024_105, &vendor).unwrap(),
        "Một triệu không trăm hai mươi bốn nghìn một trăm lẻ năm đồng chẵn"
    );
    let ngan = Style::default().thousand(Thousand::Ngan).capitalize(false);
    assert_eq!(
        words::dong(447_000, &ngan).unwrap(),
        "bốn trăm bốn mươi bảy ngàn đồng"
    );
    assert_eq!(
        words::parse("bốn trăm bốn mươi bảy ngàn đồng").unwrap(),
        447_000
    );
    assert_eq!(
        words::parse("Một triệu tám trăm nghìn đồng chẵn").unwrap(),
        1_800_000
    );
}

#[test]
fn money_in_words() {
    assert_eq!(
        Money::from_dong(1_060_000).to_words().unwrap(),
        "Một triệu không trăm sáu mươi nghìn đồng"
    );
    let err = Money::new(Decimal::new(2_235_005, 1))
        .to_words()
        .unwrap_err();
    assert!(err.en().contains("fraction of a đồng"), "{err}");
    let err = Money::from_dong(-5).to_words().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OutOfRange);
    let err = Money::MAX.to_words().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OutOfRange);
    // Trailing zeros of the decimal do not count as a fraction.
    assert_eq!(
        Money::new(Decimal::new(44_700_000, 2)).to_words().unwrap(),
        "Bốn trăm bốn mươi bảy nghìn đồng"
    );
}

fn amount() -> impl Strategy<Value = u64> {
    prop_oneof![
        0_u64..=1_000,
        0_u64..=10_000_000,
        (0_u64..=999, 0_u32..=5).prop_map(|(n, k)| n * 1_000_u64.pow(k)),
        0_u64..=words::MAX,
    ]
}

proptest! {
    /// Parsing the printed words gives the number back, in every style.
    #[test]
    fn printed_words_parse_back(n in amount(), style in thidua::strategies::words_style()) {
        let text = words::dong(n, &style).unwrap();
        prop_assert_eq!(words::parse(&text).unwrap(), n, "{}", text);
        let bare = words::number(n, &style).unwrap();
        prop_assert_eq!(words::parse(&bare).unwrap(), n, "{}", bare);
    }

    /// Parsing never panics, whatever the words.
    #[test]
    fn parsing_never_panics(s in proptest::collection::vec(proptest::sample::select(vec![
        "không", "một", "mốt", "hai", "tư", "bốn", "năm", "lăm", "mười", "mươi", "trăm", "linh", "lẻ",
        "nghìn", "triệu", "tỷ", "đồng", "chẵn", "x",
    ]), 0..14)) {
        let _ = words::parse(&s.join(" "));
    }
}
