//! One test for each bug the hostile suite caught, named after what it
//! caught.

use thidua::Bilingual as _;
use thidua::id::PersonId;
use thidua::{Money, PersonCategory, indicators::Claim, numfmt, words};

/// A 100 000-digit number was echoed whole into the error message.
#[test]
fn huge_number_gives_a_short_message() {
    let huge = "9".repeat(100_000);
    for msg in [
        numfmt::parse_number(&huge).unwrap_err().en().into_owned(),
        format!("tăng {huge}%")
            .parse::<Claim>()
            .unwrap_err()
            .to_string(),
        huge.parse::<Money>().unwrap_err().en().into_owned(),
        format!("a{huge}")
            .parse::<Money>()
            .unwrap_err()
            .en()
            .into_owned(),
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
    // Spaces alone are an empty name.
    let err = "\t\n\r"
        .parse::<PersonCategory>()
        .unwrap_err()
        .en()
        .into_owned();
    assert_eq!(err, "empty person category");
    let err = "x\t\n\r"
        .parse::<PersonCategory>()
        .unwrap_err()
        .en()
        .into_owned();
    assert!(
        err.starts_with(r"unknown person category 'x\t\n\r'"),
        "{err}"
    );
    let err = "a\u{0}b".parse::<Claim>().unwrap_err().en().into_owned();
    assert_eq!(err, r"no number in the claim 'a\0b'");
}

/// An overflowing amount was quoted reformatted ("79.228.… nghìn tỷ
/// đồng"), not as typed.
#[test]
fn overflowing_amount_is_quoted_as_typed() {
    let typed = "79228162514264337593543950335 nghìn tỷ đồng";
    let want = format!("'{typed}' in đồng overflows");
    assert_eq!(
        numfmt::parse_dong(typed).unwrap_err().en().into_owned(),
        want
    );
    assert_eq!(typed.parse::<Money>().unwrap_err().en().into_owned(), want);
}

/// An id with a quote was shown with a backslash (`' 🉀\''`).
#[test]
fn bad_id_is_quoted_as_typed() {
    let err = " 🉀'".parse::<PersonId>().unwrap_err().en().into_owned();
    assert_eq!(
        err,
        "person id ' 🉀'' has control characters or surrounding spaces"
    );
}

/// "gấp  lần" failed with "empty number", naming nothing of the claim.
#[test]
fn claim_with_no_number_names_the_claim() {
    let err = "gấp  lần".parse::<Claim>().unwrap_err().en().into_owned();
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
    assert_eq!(err.en(), "person 'CB-01': two records for year -7");
}

/// 70 000 entries of leave of 65 535 days overflowed the `u32` sum of
/// working days (a panic in debug, a wrapped small sum in release).
#[test]
fn leave_past_u32_days_is_counted_not_overflowed() {
    use chrono::NaiveDate;
    use thidua::citation::Instrument;
    use thidua::id::UnitId;
    use thidua::law::OverlayRule;
    use thidua::people::{Leave, LeaveKind};
    use thidua::{
        Award, Citation, Outcome, Overlay, Period, Person, Rating, Review, RuleBook, YearRecord,
    };
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let mut r = YearRecord::new(2024).rated(Rating::Good);
    let leave = |kind| Leave {
        kind,
        working_days: u16::MAX,
    };
    r.leave = Some(vec![leave(LeaveKind::Sick); 70_000]);
    r.add_leave(leave(LeaveKind::Other));
    assert_eq!(r.leave_days(LeaveKind::Sick), Some(u32::MAX));
    assert_eq!(r.leave_days(LeaveKind::Other), Some(65_535));
    let mut p = Person::new(
        "CB-01".parse().unwrap(),
        "",
        PersonCategory::CivilServant,
        UnitId::from(1),
    );
    p.service_start = Some(d(2015, 3, 1));
    p.records.push(r);
    let province = Overlay::new(
        "tỉnh A",
        Citation::new(Instrument::LAW_06_2022),
        Period::starting(d(2024, 1, 1)),
    )
    .with(OverlayRule::LeaveLimit { working_days: 40 });
    let book = RuleBook::national();
    let review = Review::new(&book, 2024, d(2024, 12, 20))
        .unwrap()
        .with_overlay(&province)
        .unwrap();
    let v = review.person(&p, Award::AdvancedWorker).unwrap();
    assert_eq!(v.outcome, Outcome::Ineligible);
    assert_eq!(
        review.person_outcome(&p, Award::AdvancedWorker).unwrap(),
        Outcome::Ineligible
    );
}

/// A collective with two records for the year judged was judged on the
/// first, silently dropping the second.
#[test]
fn two_collective_records_for_the_year_are_refused() {
    use chrono::NaiveDate;
    use thidua::collectives::{CollectiveRecord, MemberTally};
    use thidua::{Award, Collective, ErrorKind, Rating, Review, RuleBook};
    let book = RuleBook::national();
    let review = Review::new(&book, 2021, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap()).unwrap();
    let mut c = Collective::new("P-TC".parse().unwrap(), "");
    for rating in [Rating::Excellent, Rating::NotCompleted] {
        c.records.push(CollectiveRecord {
            year: 2021,
            rating: Some(rating),
            movement: Some(true),
        });
    }
    let mut t = MemberTally::new(10);
    t.completed = 10;
    t.advanced = 10;
    for award in [Award::AdvancedCollective, Award::ExcellentCollective] {
        let err = review.collective(&c, &t, award).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Duplicate);
        assert_eq!(err.en(), "'P-TC' has two records for 2021");
        let fast = review.collective_outcome(&c, &t, award).unwrap_err();
        assert_eq!(fast.en(), err.en());
    }
}

/// An overlay named "a\nb" made a two-line error; a refused quota of an
/// overlay did not say which overlay.
#[test]
fn overlay_errors_escape_and_name_the_overlay() {
    use chrono::NaiveDate;
    use rust_decimal::Decimal;
    use thidua::citation::Instrument;
    use thidua::law::{OverlayRule, QuotaRounding};
    use thidua::{Citation, Overlay, Period, Review, RuleBook};
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let book = RuleBook::national();
    let late = Overlay::new(
        "a\nb",
        Citation::new(Instrument::LAW_06_2022),
        Period::starting(d(2025, 1, 1)),
    );
    let err = Review::new(&book, 2024, d(2024, 12, 20))
        .unwrap()
        .with_overlay(&late)
        .unwrap_err()
        .en()
        .into_owned();
    assert!(err.starts_with(r"overlay 'a\nb' ("), "{err}");
    let quota = Overlay::new(
        "tỉnh A",
        Citation::new(Instrument::LAW_06_2022),
        Period::starting(d(2024, 1, 1)),
    )
    .with(OverlayRule::GrassrootsQuota {
        percent: Decimal::from(-5),
        rounding: QuotaRounding::Floor,
    });
    let err = Review::new(&book, 2024, d(2024, 12, 20))
        .unwrap()
        .with_overlay(&quota)
        .unwrap_err();
    assert_eq!(err.en(), "overlay 'tỉnh A': quota of -5% is outside 0–100%");
    assert_eq!(
        err.to_string(),
        "quy định địa phương 'tỉnh A': tỷ lệ -5% nằm ngoài 0–100%"
    );
}

/// `strategies::person(1995)` panicked on the empty range 2000..1995 of
/// service start years.
#[test]
fn strategies_accept_years_before_2001() {
    use chrono::Datelike;
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;
    use thidua::strategies;
    let mut runner = TestRunner::deterministic();
    for year in [1995, 2000, 2001, chrono::NaiveDate::MIN.year()] {
        for _ in 0..20 {
            let p = strategies::known_person(year)
                .new_tree(&mut runner)
                .unwrap()
                .current();
            assert!(p.service_start.is_some());
            assert!(p.records.iter().all(|r| r.year <= year));
        }
        let pop = strategies::population(year)
            .new_tree(&mut runner)
            .unwrap()
            .current();
        assert!(!pop.collectives().is_empty());
    }
}

/// 10⁻²⁸ đồng rounded "up to 10.000" gave 0: the quotient by 10.000 was
/// cut to 28 decimals first. 4.999,999… rounded to the nearest gave
/// 10.000 for the same reason.
#[test]
fn tiny_amount_rounds_up_to_ten_thousand() {
    use rust_decimal::Decimal;
    use thidua::Rounding;
    let tiny = Money::new(Decimal::new(1, 28));
    assert_eq!(
        tiny.round(Rounding::CeilTenThousand).unwrap(),
        Money::from_dong(10_000)
    );
    let just_below_half: Decimal = "4999.9999999999999999999999999".parse().unwrap();
    assert_eq!(
        Money::new(just_below_half)
            .round(Rounding::NearestHalfUpTenThousand)
            .unwrap(),
        Money::ZERO
    );
    let minus = Money::new(-just_below_half);
    assert_eq!(minus.round(Rounding::CeilTenThousand).unwrap(), Money::ZERO);
}

/// `format_number(792281625142643376, 11)` printed zeros the parser could
/// not hold: "has more digits than a decimal can hold".
#[test]
fn padded_decimals_parse_back() {
    use rust_decimal::Decimal;
    let x = Decimal::from(792_281_625_142_643_376_u64);
    let printed = numfmt::format_number(x, 11);
    assert_eq!(printed, "792.281.625.142.643.376,00000000000");
    assert_eq!(numfmt::parse_number(&printed).unwrap(), x);
    // Still refused when the digits are not zeros.
    assert!(numfmt::parse_number("792.281.625.142.643.376,00000000001").is_err());
}

/// `format_number(x, u32::MAX)` wrote four billion zeros.
#[test]
fn u32_max_decimals_print_as_28() {
    use rust_decimal::Decimal;
    let printed = numfmt::format_number(Decimal::ONE, u32::MAX);
    assert_eq!(printed, format!("1,{}", "0".repeat(28)));
}

/// A sum of money needing more than 28 significant digits was rounded, so
/// a fund's total differed from the sum of its category totals
/// (…189,0000000456967 against …189,0000000456966).
#[test]
fn money_sums_are_exact_or_refused() {
    use rust_decimal::Decimal;
    let big = Money::from_dong(1_000_000_000_000_000);
    let tiny = Money::new(Decimal::new(1, 14));
    assert_eq!(big.checked_add(tiny), None);
    let err = Money::sum([big, tiny]).unwrap_err();
    assert_eq!(
        err.en(),
        "a sum of money overflows after 1.000.000.000.000.000 đồng"
    );
    // Exact sums are kept, trailing zeros dropped or not.
    let half: Decimal = "7.9228162514264337593543950335".parse().unwrap();
    assert_eq!(
        Money::new(half).checked_add(Money::new(half)),
        Some(Money::new(
            "15.845632502852867518708790067".parse().unwrap()
        ))
    );
}

/// Two budget lines with one id were both counted.
#[test]
fn budget_line_listed_twice_is_an_error() {
    use thidua::fund::{BudgetCategory, BudgetLine};
    use thidua::id::UnitId;
    use thidua::law::FundBasis;
    use thidua::units::Level;
    use thidua::{Fund, RuleBook};
    let line = BudgetLine::new(
        "TT-01".parse().unwrap(),
        BudgetCategory::AwardMoney,
        Money::from_dong(5_000_000),
    );
    let fund = Fund::new(
        UnitId::from(1),
        Level::Commune,
        2024,
        FundBasis::SalaryFund {
            salary_fund: Money::from_dong(1_000_000_000),
        },
    )
    .line(line.clone())
    .line(line);
    let err = fund.review(&RuleBook::national()).unwrap_err();
    assert_eq!(
        err.en(),
        "fund of '1' for 2024: budget line 'TT-01' is listed twice"
    );
}

/// A quota read from JSON skipped `Quota::new`: 10^28 % was accepted and
/// `cap` then overflowed.
#[test]
fn quota_from_json_is_checked() {
    let json = r#"{"percent":"79228162514264337593543950335","rounding":"floor"}"#;
    let err = serde_json::from_str::<thidua::law::Quota>(json).unwrap_err();
    assert_eq!(
        err.to_string(),
        "quota of 79228162514264337593543950335% is outside 0–100%"
    );
    let ok = r#"{"percent":"15","rounding":"floor"}"#;
    assert_eq!(
        serde_json::from_str::<thidua::law::Quota>(ok)
            .unwrap()
            .cap(47)
            .unwrap(),
        7
    );
}

/// A refused duplicate collective took over the index of the first: people
/// of that collective then pointed past the end of the list and were left
/// out of every tally (or panicked when explained).
#[test]
fn refused_duplicate_collective_keeps_the_first() {
    use chrono::NaiveDate;
    use thidua::id::UnitId;
    use thidua::population::PersonEntry;
    use thidua::{Collective, Population, Review, RuleBook};
    let mut pop = Population::new(2019..=2021).unwrap();
    pop.add_collective(Collective::new(UnitId::from(1), ""))
        .unwrap();
    pop.add_collective(Collective::new(UnitId::from(2), ""))
        .unwrap();
    let err = pop
        .add_collective(Collective::new(UnitId::from(1), ""))
        .unwrap_err();
    assert_eq!(err.en(), "collective '1' is given twice");
    let i = pop
        .add_person(PersonEntry {
            id: "CB-01".parse().unwrap(),
            category: PersonCategory::CivilServant,
            service_start: NaiveDate::from_ymd_opt(2010, 1, 1).unwrap(),
            collective: UnitId::from(1),
            score: 0,
        })
        .unwrap();
    assert_eq!(pop.person(i).unwrap().collective().id, UnitId::from(1));
    let book = RuleBook::national();
    let review = Review::new(&book, 2021, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap()).unwrap();
    let pr = review.population(&pop).unwrap();
    assert_eq!(pr.collective(0).unwrap().tally().members, 1);
    assert_eq!(pr.collective(1).unwrap().tally().members, 0);
}

/// A population of chrono's last year was refused naming the year after
/// it, which the caller never gave.
#[test]
fn population_past_the_last_year_names_its_years() {
    use thidua::Population;
    let err = Population::new(262_142..=262_142).unwrap_err();
    assert_eq!(
        err.en(),
        "the years 262142..=262142 reach past the dates chrono can represent"
    );
}

/// A scoring sheet's name was echoed whole into every error of the sheet:
/// 3 000 characters, control characters and line breaks included.
#[test]
fn scoring_sheet_name_is_cut_and_escaped_in_messages() {
    use thidua::campaigns::ScoringSheet;
    let name = format!("Bảng\n{}", "đ".repeat(3_000));
    let err = ScoringSheet::builder(name)
        .build()
        .unwrap_err()
        .en()
        .into_owned();
    let shown = format!("Bảng\\n{}…", "đ".repeat(75));
    assert_eq!(err, format!("scoring sheet '{shown}': no criterion"));
}

/// Rotating a cluster's head over 65 535 years, and validating the
/// result, compared each year with every earlier one (minutes in debug).
#[test]
fn rotation_over_u16_max_years_is_linear() {
    use chrono::NaiveDate;
    use thidua::Period;
    use thidua::campaigns::{EmulationGroup, GroupKind};
    use thidua::id::UnitId;
    let from = Period::starting(NaiveDate::from_ymd_opt(2000, 1, 1).unwrap());
    let order: Vec<UnitId> = (1..=3).map(UnitId::from).collect();
    let mut g = EmulationGroup::new(
        "CUM-1".parse().unwrap(),
        "Cụm 1",
        GroupKind::Cluster,
        "T".parse().unwrap(),
    );
    for u in &order {
        g = g.member(u.clone(), from);
    }
    let g = g.rotate(&order, 2000, u16::MAX);
    assert_eq!(g.leadership.len(), 65_535);
    assert_eq!(g.head(67_534), Some(&order[2]));
    assert_eq!(g.deputy(67_534), Some(&order[0]));
    g.validate().unwrap();
}

/// Shares of `[Decimal::MAX]` failed with "part 79228… scaled to 0
/// decimals", not saying what went wrong.
#[test]
fn shares_of_a_huge_part_say_they_overflow() {
    use rust_decimal::Decimal;
    use thidua::indicators;
    let err = indicators::shares(&[Decimal::MAX], 0).unwrap_err();
    assert_eq!(
        err.en(),
        "part 79228162514264337593543950335 scaled to 0 decimals overflows"
    );
}

/// Sub-criteria of 10 and 10⁻²⁸ points were accepted under a group of 10:
/// their sum, 30 digits long, was rounded to 10. Totals of a group then
/// depended on the order of its sub-criteria.
#[test]
fn points_past_28_digits_are_refused_not_rounded() {
    use rust_decimal::Decimal;
    use thidua::campaigns::{ScoringCriterion, ScoringSheet};
    let c = |s: &str| s.parse().unwrap();
    let err = ScoringSheet::builder("Bảng điểm")
        .criterion(ScoringCriterion::group(
            c("1"),
            "Nhóm",
            Decimal::TEN,
            vec![
                ScoringCriterion::leaf(c("1.1"), "a", Decimal::TEN),
                ScoringCriterion::leaf(c("1.2"), "b", Decimal::new(1, 28)),
            ],
        ))
        .build()
        .unwrap_err();
    assert_eq!(
        err.en(),
        "scoring sheet 'Bảng điểm': criterion '1' overflows"
    );
}

/// Scoring a group of 1 000 sub-criteria listed all of them in the error,
/// a message of 8 000 characters.
#[test]
fn scoring_a_large_group_names_a_few_of_its_parts() {
    use rust_decimal::Decimal;
    use thidua::campaigns::{ScoringCriterion, ScoringSheet};
    use thidua::id::{CriterionId, UnitId};
    let c = |s: &str| s.parse::<CriterionId>().unwrap();
    let children = (0..1_000)
        .map(|i| ScoringCriterion::leaf(c(&format!("1.{i}")), "", Decimal::ONE))
        .collect();
    let sheet = ScoringSheet::builder("Bảng điểm")
        .criterion(ScoringCriterion::group(
            c("1"),
            "Nhóm",
            Decimal::from(1_000),
            children,
        ))
        .build()
        .unwrap();
    let card = thidua::campaigns::Scorecard::new(UnitId::from(7)).score(c("1"), Decimal::ONE);
    let err = sheet.score(&card).unwrap_err().en().into_owned();
    assert_eq!(
        err,
        "scorecard of '7': criterion '1' is a group: score its sub-criteria \
         ('1.0', '1.1', '1.2', '1.3', '1.4', …)"
    );
}

/// `explain(i, "Chiến sĩ tiên tiến")` for a civil servant (and "Lao động
/// tiên tiến" for a soldier) judged the other category's title: ineligible,
/// while the batch, which judges one such title per person, said eligible.
#[test]
fn explain_either_advanced_title_gives_the_persons_own() {
    use chrono::NaiveDate;
    use thidua::id::UnitId;
    use thidua::population::{PersonEntry, Titles, YearEntry};
    use thidua::{Award, Collective, Outcome, Population, Rating, Review, RuleBook};
    let mut pop = Population::new(2024..=2024).unwrap();
    pop.add_collective(Collective::new(UnitId::from(1), ""))
        .unwrap();
    for (id, category) in [
        ("CB-01", PersonCategory::CivilServant),
        ("QN-01", PersonCategory::Soldier),
    ] {
        let i = pop
            .add_person(PersonEntry {
                id: id.parse().unwrap(),
                category,
                service_start: NaiveDate::from_ymd_opt(2010, 1, 1).unwrap(),
                collective: UnitId::from(1),
                score: 0,
            })
            .unwrap();
        let entry = YearEntry {
            rating: Some(Rating::Good),
            discipline: None,
            initiatives: [0; 3],
            titles: Titles::NONE,
        };
        pop.set_year(i, 2024, entry).unwrap();
    }
    let book = RuleBook::national();
    let review = Review::new(&book, 2024, NaiveDate::from_ymd_opt(2024, 12, 20).unwrap()).unwrap();
    let pr = review.population(&pop).unwrap();
    for (i, own) in [(0, Award::AdvancedWorker), (1, Award::AdvancedSoldier)] {
        assert_eq!(pr.person(i).unwrap().of(own), Some(Outcome::Eligible));
        for asked in [Award::AdvancedWorker, Award::AdvancedSoldier] {
            let v = pr.explain(i, asked).unwrap();
            assert_eq!((v.award, v.outcome), (own, Outcome::Eligible), "{v}");
        }
    }
}

/// An overlay asking "ít nhất 700%" of members (a typo for 70%) was
/// accepted, and every collective was then ineligible without a word.
#[test]
fn overlay_share_past_all_members_is_refused() {
    use chrono::NaiveDate;
    use thidua::citation::Instrument;
    use thidua::law::{OverlayRule, Share};
    use thidua::{Award, Citation, Overlay, Period, Review, RuleBook};
    let book = RuleBook::national();
    let on = NaiveDate::from_ymd_opt(2024, 12, 20).unwrap();
    let overlay = |rule| {
        Overlay::new(
            "tỉnh A",
            Citation::new(Instrument::LAW_06_2022),
            Period::starting(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()),
        )
        .with(rule)
    };
    let refused = [
        (
            OverlayRule::AdvancedCollectiveStandard {
                share: Share::AtLeast(200),
                no_discipline_from: None,
            },
            "overlay 'tỉnh A' sets a share of ít nhất 200%, past 100%",
        ),
        (
            OverlayRule::CommunityShare {
                award: Award::CulturalVillage,
                share: Share::MoreThan(100),
            },
            "overlay 'tỉnh A' sets a share of trên 100%, past 100%",
        ),
    ];
    for (rule, want) in refused {
        let o = overlay(rule);
        let err = Review::new(&book, 2024, on)
            .unwrap()
            .with_overlay(&o)
            .unwrap_err();
        assert_eq!(err.en(), want);
    }
    // All of the members still may be asked for.
    let all = overlay(OverlayRule::AdvancedCollectiveStandard {
        share: Share::AtLeast(100),
        no_discipline_from: None,
    });
    Review::new(&book, 2024, on)
        .unwrap()
        .with_overlay(&all)
        .unwrap();
}

/// A cluster of 20 000 members took seconds to validate, to check its
/// pact and to list who did not sign (each member compared with every
/// other); a second listing of a unit is still found.
#[test]
fn twenty_thousand_members_are_checked_in_one_pass() {
    use chrono::NaiveDate;
    use thidua::Period;
    use thidua::campaigns::{EmulationGroup, GroupKind};
    use thidua::id::UnitId;
    let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let mut g = EmulationGroup::new(
        "CUM-1".parse().unwrap(),
        "Cụm 1",
        GroupKind::Cluster,
        "T".parse().unwrap(),
    );
    for i in 0..20_000u64 {
        g = g.member(UnitId::from(i), Period::starting(on(2000, 1, 1)));
    }
    g.validate().unwrap();
    let pact = g.pact(2021, on(2021, 5, 1), vec![]).unwrap();
    assert_eq!(pact.signatories.len(), 20_000);
    pact.check(&g).unwrap();
    assert!(pact.unsigned(&g).is_empty());
    // Unit 7 again, from 2020 to 2022: inside its open-ended membership.
    let g = g.member(
        UnitId::from(7),
        Period::new(on(2020, 1, 1), on(2022, 1, 1)).unwrap(),
    );
    assert_eq!(
        g.validate().unwrap_err().en().into_owned(),
        "cụm thi đua 'CUM-1': unit '7' is listed twice for overlapping periods"
    );
    // Back to back is not overlapping.
    let h = EmulationGroup::new(
        "CUM-2".parse().unwrap(),
        "",
        GroupKind::Block,
        "T".parse().unwrap(),
    )
    .member(UnitId::from(1), Period::year(2020).unwrap())
    .member(UnitId::from(1), Period::year(2021).unwrap())
    .member(
        UnitId::from(1),
        Period::new(on(2019, 1, 1), on(2020, 1, 1)).unwrap(),
    );
    h.validate().unwrap();
}
