//! Vietnamese numbers: printing and parsing give each other back.

use proptest::prelude::*;
use rust_decimal::Decimal;
use thidua::numfmt::{self, Measure, NumberFormat, Quantity};

fn decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0_u32..=12).prop_map(|(m, scale)| Decimal::new(m, scale))
}

fn unit() -> impl Strategy<Value = Option<Measure>> {
    prop_oneof![
        Just(None),
        proptest::sample::select(Measure::ALL).prop_map(Some)
    ]
}

proptest! {
    /// Printing with the decimals a value carries and parsing it back gives
    /// the same value with the same scale.
    #[test]
    fn printed_numbers_parse_back(value in decimal(), unit in unit()) {
        let format = match unit {
            Some(u) => NumberFormat::new().unit(u),
            None => NumberFormat::new(),
        };
        let text = format.format(value);
        let q: Quantity = text.parse().unwrap();
        prop_assert_eq!(q.value, value, "{}", text);
        prop_assert_eq!(q.value.scale(), value.scale(), "{}", text);
        prop_assert_eq!(q.unit, unit);
        prop_assert_eq!(q.to_string(), text);
    }

    /// Printing with fixed decimals and parsing back gives the value rounded
    /// half away from zero.
    #[test]
    fn fixed_decimals_round_half_away(value in decimal(), n in 0_u32..6) {
        let text = numfmt::format_number(value, n);
        let back = numfmt::parse_number(&text).unwrap();
        let expected = value.round_dp_with_strategy(n, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        prop_assert_eq!(back, expected, "{}", text);
        prop_assert_eq!(back.scale(), n);
    }

    /// Parsing never panics, whatever the text.
    #[test]
    fn parsing_never_panics(s in "[-+0-9.,% a-zđồngtỷriệuhìà]{0,24}") {
        let _ = numfmt::parse(&s);
    }

    /// A money amount in đồng printed in tỷ đồng and read back is the same
    /// amount.
    #[test]
    fn dong_survive_a_change_of_unit(dong in 0_i64..=i64::MAX, unit in proptest::sample::select(Measure::ALL)) {
        let dong = Decimal::from(dong);
        if unit.is_money() {
            let text = NumberFormat::new().unit(unit).format(unit.from_dong(dong));
            prop_assert_eq!(numfmt::parse_dong(&text).unwrap(), dong, "{}", text);
        }
    }
}

#[test]
fn figures_of_the_issue() {
    assert_eq!(
        numfmt::parse_dong("1.538.875.000 đồng").unwrap(),
        Decimal::from(1_538_875_000_u64)
    );
    assert_eq!(
        numfmt::parse_dong("207,359 tỷ đồng").unwrap(),
        Decimal::from(207_359_000_000_u64)
    );
    assert_eq!(
        numfmt::parse_dong("5.955 tỷ đồng").unwrap(),
        Decimal::from(5_955_000_000_000_u64)
    );
    assert_eq!(
        numfmt::parse_percent("19,2%").unwrap(),
        Decimal::new(192, 1)
    );
    assert_eq!(numfmt::format_percent(Decimal::new(192, 1), 1), "19,2%");
}
