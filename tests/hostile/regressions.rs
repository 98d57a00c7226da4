//! One test for each bug the hostile suite caught, named after what it
//! caught.

use thidua::{Money, PersonCategory, PersonId, indicators::Claim, numfmt, words};

/// A 100 000-digit number was echoed whole into the error message.
#[test]
fn huge_number_gives_a_short_message() {
    let huge = "9".repeat(100_000);
    for msg in [
        numfmt::parse_number(&huge).unwrap_err().to_string(),
        format!("tăng {huge}%")
            .parse::<Claim>()
            .unwrap_err()
            .to_string(),
        huge.parse::<Money>().unwrap_err().to_string(),
        format!("a{huge}").parse::<Money>().unwrap_err().to_string(),
        words::parse(&"một ".repeat(10_000))
            .unwrap_err()
            .to_string(),
        "a".repeat(100_000)
            .parse::<Claim>()
            .unwrap_err()
            .to_string(),
    ] {
        assert!(msg.chars().count() < 300, "{} characters", msg.len());
        assert!(msg.contains('…'), "{msg}");
    }
}

/// "\t\n\r" made a three-line message ("unknown person category '\t\n\r'").
#[test]
fn control_characters_are_escaped_in_messages() {
    let err = "\t\n\r".parse::<PersonCategory>().unwrap_err().to_string();
    assert!(
        err.starts_with(r"unknown person category '\t\n\r'"),
        "{err}"
    );
    let err = "a\u{0}b".parse::<Claim>().unwrap_err().to_string();
    assert_eq!(err, r"no number in the claim 'a\0b'");
}

/// An overflowing amount was quoted reformatted ("79.228.… nghìn tỷ
/// đồng"), not as typed.
#[test]
fn overflowing_amount_is_quoted_as_typed() {
    let typed = "79228162514264337593543950335 nghìn tỷ đồng";
    let want = format!("'{typed}' in đồng overflows");
    assert_eq!(numfmt::parse_dong(typed).unwrap_err().to_string(), want);
    assert_eq!(typed.parse::<Money>().unwrap_err().to_string(), want);
}

/// An id with a quote was shown with a backslash (`' 🉀\''`).
#[test]
fn bad_id_is_quoted_as_typed() {
    let err = " 🉀'".parse::<PersonId>().unwrap_err().to_string();
    assert_eq!(
        err,
        "person id ' 🉀'' has control characters or surrounding spaces"
    );
}

/// "gấp  lần" failed with "empty number", naming nothing of the claim.
#[test]
fn claim_with_no_number_names_the_claim() {
    let err = "gấp  lần".parse::<Claim>().unwrap_err().to_string();
    assert_eq!(err, "claim 'gấp  lần': empty number");
}

/// Duplicate checks compared every record with every earlier one: 50 000
/// records took minutes. They now sort long lists, and still name the first
/// repeated year.
#[test]
fn huge_history_finds_the_repeated_year() {
    use chrono::NaiveDate;
    use thidua::{Person, YearRecord};
    let mut p = Person::new(
        "CB-01".parse().unwrap(),
        "",
        thidua::PersonCategory::CivilServant,
        "U1".parse().unwrap(),
    );
    p.records = (-50_000..0).map(YearRecord::new).collect();
    p.records.push(YearRecord::new(-7));
    p.records.push(YearRecord::new(-9));
    let on = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
    let err = p.validate(on).unwrap_err();
    assert_eq!(err.to_string(), "person 'CB-01': two records for year -7");
}
