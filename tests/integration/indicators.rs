//! Report indicators and consistency checks: exact values on the
//! published Đầm Hà 2021 figures, and the laws the indicators obey.

use proptest::prelude::*;
use rust_decimal::Decimal;
use thidua::indicators::{
    Agreement, Claim, ClaimKind, Count, GrowthStyle, Indicator, Precision, Target, TargetKind,
    average_growth, check_claim, check_shares, check_sum, completion, growth, per_capita, shares,
};
use thidua::numfmt;
use thidua::units::Level;

/// The README's main example, loaded as a module: the test runs the same
/// `report()` that `cargo run --example dam_ha_2021` prints.
#[allow(dead_code)]
#[path = "../../examples/dam_ha_2021.rs"]
mod dam_ha_2021;

/// The example's output is frozen in a golden file. On a difference the
/// actual output is written next to the test binary's scratch files, to
/// diff and, when the change is intended, to copy over the golden file.
#[test]
fn dam_ha_2021_report_matches_the_golden_file() {
    let report = dam_ha_2021::report().unwrap();
    let golden = include_str!("../data/golden/dam_ha_2021.txt");
    if report != golden {
        let actual = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("dam_ha_2021.txt");
        std::fs::write(&actual, &report).unwrap();
        let first = report
            .lines()
            .zip(golden.lines())
            .position(|(a, g)| a != g)
            .map_or_else(
                || "a missing or extra line".to_string(),
                |i| format!("line {}", i + 1),
            );
        panic!(
            "the Đầm Hà report differs from tests/data/golden/dam_ha_2021.txt at {first}; \
             actual output: {}",
            actual.display()
        );
    }
    // The golden file states the unreproducible total and by how much.
    assert!(golden.contains("Tổng báo cáo: 1.538.875.000 đồng"));
    assert!(golden.contains("báo cáo cao hơn 327.415.000 đồng"));
    assert!(golden.contains("không tái lập được"));
    assert!(unicode_normalization::is_nfc(&report));
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Budget revenue 207,359 tỷ đồng = 163% of the province's estimate, 115% of
/// the district's, +76% on the same period: three different denominators.
#[test]
fn dam_ha_revenue_implies_three_different_bases() {
    let revenue = d("207.359");
    let implied = |s: &str| {
        let claim: Claim = s.parse().unwrap();
        claim.implied_base(revenue).unwrap().value().unwrap()
    };
    let province = implied("đạt 163%");
    let district = implied("đạt 115%");
    let last_year = implied("tăng 76%");
    assert_eq!(province.value().round_dp(6), d("127.214110"));
    assert_eq!(district.value().round_dp(6), d("180.312174"));
    assert_eq!(last_year.value().round_dp(6), d("117.817614"));
    assert_eq!(format!("{province:.1}"), "127,2 (126,8 – 127,7)");
    assert_eq!(format!("{district:.1}"), "180,3 (179,5 – 181,1)");
    assert_eq!(format!("{last_year:.1}"), "117,8 (117,4 – 118,2)");
    // The implied estimates reproduce the claims, each against its own owner.
    let c = completion(revenue, province.value(), Target::province_estimate()).unwrap();
    assert_eq!(
        format!("{:.0}", c.value().unwrap()),
        "đạt 163% dự toán tỉnh giao"
    );
    let c = completion(revenue, district.value(), Target::district_estimate()).unwrap();
    assert_eq!(
        format!("{:.0}", c.value().unwrap()),
        "đạt 115% dự toán huyện giao"
    );
    assert_ne!(Target::province_estimate(), Target::district_estimate());
    assert_eq!(
        Target::new(TargetKind::Plan, Level::Central).to_string(),
        "kế hoạch Trung ương giao"
    );
}

#[test]
fn dam_ha_emulation_and_structure_checks_pass() {
    let models = check_sum("mô hình", &[d("69"), d("78")], d("147"), Precision::Exact).unwrap();
    assert_eq!(models.status(), Agreement::Consistent);
    let structure =
        check_shares("cơ cấu", &[d("42"), d("28"), d("30")], Precision::Printed).unwrap();
    assert_eq!(structure.status(), Agreement::Consistent);
    let effective = Count::new(54, 69).unwrap().of("mô hình cấp huyện");
    assert_eq!(format!("{effective:.1}"), "54/69 mô hình cấp huyện (78,3%)");
    let communes = Count::new(62, 78).unwrap();
    assert_eq!(format!("{communes:.2}"), "62/78 (79,49%)");
    let advanced = Count::new(6, 8).unwrap().of("xã");
    assert_eq!(format!("{advanced:.0}"), "6/8 xã (75%)");
}

#[test]
fn each_check_on_a_failing_report() {
    let models = check_sum("mô hình", &[d("69"), d("78")], d("146"), Precision::Exact).unwrap();
    assert_eq!(models.status(), Agreement::Mismatch);
    assert_eq!(models.difference(), Some(d("1")));
    let structure =
        check_shares("cơ cấu", &[d("42"), d("28"), d("40")], Precision::Printed).unwrap();
    assert_eq!(structure.status(), Agreement::Mismatch);
    assert_eq!(structure.difference(), Some(d("10")));
    let claim = check_claim("", d("54"), d("69"), "đạt 80%".parse().unwrap()).unwrap();
    assert_eq!(claim.status(), Agreement::Mismatch);
    assert_eq!(claim.difference().unwrap().round_dp(2), d("-1.74"));
}

#[test]
fn growth_printing_in_every_style() {
    let g = growth(d("1275"), d("795.38")).unwrap().value().unwrap();
    assert_eq!(format!("{g:.0}"), "tăng 60% so với cùng kỳ");
    assert_eq!(format!("{g:.1}"), "tăng 60,3% so với cùng kỳ");
    assert_eq!(format!("{g:.2}"), "tăng 60,30% so với cùng kỳ");
    assert_eq!(
        g.claim(GrowthStyle::Ratio, 1).unwrap().to_string(),
        "bằng 160,3%"
    );
    assert_eq!(
        g.claim(GrowthStyle::Times, 2).unwrap().to_string(),
        "gấp 1,60 lần"
    );
}

#[test]
fn outcomes_without_a_value() {
    assert_eq!(growth(d("1"), d("0")).unwrap(), Indicator::Zero);
    assert_eq!(growth(d("1"), d("-3")).unwrap(), Indicator::Negative);
    assert_eq!(growth(d("1"), None).unwrap(), Indicator::Missing);
    assert_eq!(shares(&[d("0")], 1).unwrap(), Indicator::Zero);
    assert_eq!(Count::new(0, 0).unwrap().percent(), Indicator::Zero);
    assert_eq!(per_capita(d("1"), d("0")).unwrap(), Indicator::Zero);
    assert_eq!(
        average_growth(d("5"), d("-1"), 3).unwrap(),
        Indicator::SignChange
    );
    assert_eq!(
        completion(d("1"), d("0"), Target::province_estimate()).unwrap(),
        Indicator::Zero
    );
}

/// Decimals with up to 4 places, from 0,0001 to 10¹².
fn amount() -> impl Strategy<Value = Decimal> {
    (1_i64..10_000_000_000_000_000, 0_u32..=4).prop_map(|(m, s)| Decimal::new(m, s))
}

proptest! {
    /// Largest-remainder shares always print to exactly 100, each within one
    /// printed unit of its raw share.
    #[test]
    fn printed_shares_sum_to_exactly_100(
        parts in prop::collection::vec(
            (0_i64..1_000_000_000_000, 0_u32..=6).prop_map(|(m, s)| Decimal::new(m, s)),
            1..12,
        ),
        decimals in 0_u32..=3,
    ) {
        match shares(&parts, decimals).unwrap() {
            Indicator::Value(s) => {
                let sum: Decimal = s.printed().iter().sum();
                prop_assert_eq!(sum, Decimal::ONE_HUNDRED);
                let unit = Decimal::new(1, decimals);
                for (p, r) in s.printed().iter().zip(s.raw()) {
                    prop_assert_eq!(p.scale(), decimals);
                    prop_assert!((p - r).abs() < unit, "{} vs {}", p, r);
                }
            }
            Indicator::Zero => prop_assert!(parts.iter().all(|p| p.is_zero())),
            other => prop_assert!(false, "unexpected {:?}", other),
        }
    }

    /// Growth then its inverse gives the base back: exactly from the ratio
    /// (to the base's own decimals), and within the interval from the
    /// printed claim.
    #[test]
    fn growth_then_inverse_growth_returns_the_base(
        base in amount(),
        current in amount(),
        decimals in 0_u32..=2,
    ) {
        let g = growth(current, base).unwrap().value().unwrap();
        let exact = Claim::new(ClaimKind::Equal, g.ratio_percent()).unwrap();
        let back = exact.implied_base(current).unwrap().value().unwrap();
        prop_assert_eq!(back.value().round_dp(base.scale()), base);
        for style in [GrowthStyle::Change, GrowthStyle::Ratio, GrowthStyle::Times] {
            let printed = g.claim(style, decimals).unwrap();
            prop_assert!(printed.admits(g.ratio()).unwrap(), "{} for {}", printed, g);
            if let Indicator::Value(implied) = printed.implied_base(current).unwrap() {
                prop_assert!(implied.contains(base), "{} does not contain {}", implied, base);
            }
            let check = check_claim("", current, base, printed).unwrap();
            prop_assert_eq!(check.status(), Agreement::Consistent);
        }
    }

    /// Printed claims and printed indicator numbers parse back to the same
    /// value, with the same decimals.
    #[test]
    fn parsing_a_printed_number_gives_it_back(
        number in (0_i64..100_000_000_000, 0_u32..=3).prop_map(|(m, s)| Decimal::new(m, s)),
        kind in prop::sample::select(ClaimKind::ALL),
    ) {
        let claim = Claim::new(kind, number).unwrap();
        let back: Claim = claim.to_string().parse().unwrap();
        prop_assert_eq!(back, claim);
        prop_assert_eq!(back.number().scale(), number.scale());
        let printed = numfmt::format_number(number, number.scale());
        prop_assert_eq!(numfmt::parse_number(&printed).unwrap(), number);
    }

    /// Average growth compounds back to the end value.
    #[test]
    fn average_growth_compounds_back(start in amount(), end in amount(), years in 1_u32..=10) {
        let rate = average_growth(start, end, years).unwrap().value().unwrap();
        let factor = Decimal::ONE + rate / Decimal::ONE_HUNDRED;
        let mut value = start;
        for _ in 0..years {
            value *= factor;
        }
        let tolerance = end.max(start) * Decimal::new(1, 15);
        prop_assert!((value - end).abs() <= tolerance, "{} vs {}", value, end);
    }
}

/// Every decimal of an indicator goes on the wire as a string.
#[test]
fn checks_and_outcomes_serialize_decimals_as_strings() {
    let check = check_sum("mô hình", &[d("69"), d("78")], d("147"), Precision::Exact).unwrap();
    assert_eq!(
        serde_json::to_string(&check).unwrap(),
        r#"{"label":"mô hình","kind":"sum","figures":["69","78"],"stated":"147","computed":{"value":"147"},"tolerance":"0","status":"consistent"}"#
    );
    let check = check_claim("", d("5"), d("0"), "tăng 5,0%".parse().unwrap()).unwrap();
    let json = serde_json::to_string(&check).unwrap();
    assert!(
        json.contains(r#""claim":{"kind":"increase","number":"5.0"}"#),
        "{json}"
    );
    assert!(json.contains(r#""computed":"zero""#), "{json}");
    let s = shares(&[d("1"), d("1"), d("1")], 1).unwrap();
    let json = serde_json::to_string(&s).unwrap();
    assert!(
        json.contains(r#""printed":["33.4","33.3","33.3"]"#),
        "{json}"
    );
    let back: Indicator<u32> = serde_json::from_str(r#""missing""#).unwrap();
    assert_eq!(back, Indicator::Missing);
}
