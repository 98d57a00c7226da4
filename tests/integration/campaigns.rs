//! Campaigns: scoring sheets, rankings and tie-breaks, registrations and
//! their summaries, clusters and blocks, pacts.

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use thidua::Bilingual as _;
use thidua::campaigns::{
    Adjustment, Campaign, CampaignKind, CampaignScope, EmulationGroup, GroupKind, GroupRegistry,
    Judgement, RankTieBreak, Registration, RegistrationSummary, Requirement, Scorecard,
    ScoringCriterion, ScoringSheet, StocktakeKind,
};
use thidua::id::{CriterionId, UnitId};
use thidua::units::{Level, Unit, UnitKind, UnitRegistry};
use thidua::{Award, ErrorKind, Period};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn id(s: &str) -> UnitId {
    s.parse().unwrap()
}

fn c(s: &str) -> CriterionId {
    s.parse().unwrap()
}

/// A decimal from its text, e.g. `n("28.5")`.
fn n(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[track_caller]
fn fails<T: std::fmt::Debug>(r: thidua::Result<T>, kind: ErrorKind, needles: &[&str]) {
    let err = r.unwrap_err();
    assert_eq!(err.kind(), kind, "{err}");
    for needle in needles {
        assert!(
            err.en().contains(needle),
            "{err:?} should mention {needle:?}"
        );
    }
}

/// Criteria 1 (60 = 1.1 + 1.2) and 2 (40); bonus items T1 (3), T2 (4)
/// capped at 5; penalty items P1 (5), P2 (4) capped at 6; one mandatory
/// criterion; ties broken by criterion 2, then by fewer penalty points.
fn sheet() -> ScoringSheet {
    ScoringSheet::builder("Bảng chấm điểm cụm thi đua năm 2024")
        .criterion(ScoringCriterion::group(
            c("1"),
            "Thực hiện nhiệm vụ kinh tế - xã hội",
            n("60"),
            vec![
                ScoringCriterion::leaf(c("1.1"), "Thu ngân sách", n("30")),
                ScoringCriterion::leaf(c("1.2"), "Xây dựng nông thôn mới", n("30")),
            ],
        ))
        .criterion(ScoringCriterion::leaf(
            c("2"),
            "Công tác thi đua, khen thưởng",
            n("40"),
        ))
        .bonus(
            n("5"),
            vec![
                Adjustment::new(c("T1"), "Mô hình mới được nhân rộng", n("3")),
                Adjustment::new(c("T2"), "Được Chính phủ khen thưởng", n("4")),
            ],
        )
        .penalties(
            n("6"),
            vec![
                Adjustment::new(c("P1"), "Để xảy ra vi phạm kéo dài", n("5")),
                Adjustment::new(c("P2"), "Báo cáo chậm", n("4")),
            ],
        )
        .requirement(Requirement::new(
            c("BB1"),
            "Không để xảy ra điểm nóng về an ninh trật tự",
        ))
        .tie_break(RankTieBreak::Criterion(c("2")))
        .tie_break(RankTieBreak::FewerPenaltyPoints)
        .build()
        .unwrap()
}

fn card(who: &str, s11: &str, s12: &str, s2: &str) -> Scorecard {
    Scorecard::new(id(who))
        .score(c("1.1"), n(s11))
        .score(c("1.2"), n(s12))
        .score(c("2"), n(s2))
        .met(c("BB1"), true)
}

#[test]
fn bonus_and_penalty_caps_and_a_failed_mandatory_criterion() {
    let sheet = sheet();
    assert_eq!(sheet.max(), n("100"));

    // 93,5 from the criteria; 7 bonus points capped at 5; 9 penalty points
    // capped at 6.
    let a = card("A", "28.5", "27", "38")
        .score(c("T1"), n("3"))
        .score(c("T2"), n("4"))
        .score(c("P1"), n("5"))
        .score(c("P2"), n("4"));
    let s = sheet.score(&a).unwrap();
    assert_eq!(s.base(), n("93.5"));
    assert_eq!(s.points(&c("1")), Some(n("55.5")));
    assert_eq!((s.bonus_claimed(), s.bonus()), (n("7"), n("5")));
    assert_eq!((s.penalty_claimed(), s.penalty()), (n("9"), n("6")));
    assert_eq!(s.total(), n("92.5"));

    // Either side of the bonus cap: 5 counts whole, 5,5 counts 5.
    let at_cap = sheet
        .score(
            &card("X", "0", "0", "0")
                .score(c("T1"), n("3"))
                .score(c("T2"), n("2")),
        )
        .unwrap();
    assert_eq!(at_cap.bonus(), n("5"));
    let over = sheet
        .score(
            &card("X", "0", "0", "0")
                .score(c("T1"), n("3"))
                .score(c("T2"), n("2.5")),
        )
        .unwrap();
    assert_eq!((over.bonus_claimed(), over.bonus()), (n("5.5"), n("5")));
    // The penalty cap: 6 counts whole, 6,5 counts 6.
    let p = |x: &str| {
        sheet
            .score(
                &card("X", "30", "30", "40")
                    .score(c("P1"), n("5"))
                    .score(c("P2"), n(x)),
            )
            .unwrap()
            .total()
    };
    assert_eq!(p("1"), n("94"));
    assert_eq!(p("1.5"), n("94"));
    assert_eq!(p("0.5"), n("94.5"));

    // B has the top total (100 + 5 = the sheet's maximum plus the bonus
    // cap) but fails the mandatory criterion: no place, not a leader.
    let b = card("B", "30", "30", "40")
        .score(c("T1"), n("3"))
        .score(c("T2"), n("4"))
        .met(c("BB1"), false);
    let sb = sheet.score(&b).unwrap();
    assert_eq!(sb.total(), n("105"));
    assert!(!sb.is_qualified());
    assert_eq!(sb.failed(), [c("BB1")]);
    let ranking = sheet.rank(&[a, b]).unwrap();
    assert_eq!(ranking.leaders(), [id("A")]);
    assert_eq!(ranking.place_of(&id("B")), None);
    assert_eq!(ranking.disqualified().count(), 1);
    assert_eq!(ranking.standings().last().unwrap().participant(), &id("B"));
}

#[test]
fn ties_broken_by_the_declared_rules() {
    let sheet = sheet();
    let cards = [
        // 90 each; B has 38 in criterion 2, A 35.
        card("A", "30", "25", "35"),
        card("B", "27", "25", "38"),
        // 80 each after penalties, equal in criterion 2; D lost more points.
        card("C", "20", "22", "39").score(c("P2"), n("1")),
        card("D", "20", "23", "39").score(c("P2"), n("2")),
        // 70 each, equal under every rule: they share the place.
        card("F", "15", "15", "40"),
        card("E", "15", "15", "40"),
    ];
    let r = sheet.rank(&cards).unwrap();
    let places: Vec<(&str, Option<usize>)> = r
        .standings()
        .iter()
        .map(|s| (s.participant().as_str(), s.place()))
        .collect();
    assert_eq!(
        places,
        [
            ("B", Some(1)),
            ("A", Some(2)),
            ("C", Some(3)),
            ("D", Some(4)),
            ("E", Some(5)),
            ("F", Some(5)),
        ]
    );
    let by = |who: &str| r.standing(&id(who)).unwrap().separated_by().cloned();
    assert_eq!(by("A"), Some(RankTieBreak::Criterion(c("2"))));
    assert_eq!(by("D"), Some(RankTieBreak::FewerPenaltyPoints));
    assert_eq!(by("C"), None, "C's total differs from A's");
    assert_eq!(by("F"), None, "not separated");
    assert_eq!(r.leaders(), [id("B")]);
    assert_eq!(r.within(2), [id("B"), id("A")]);

    // Without the declared rules A and B share the first place.
    let plain = ScoringSheet::builder("không có tiêu chí phụ")
        .criterion(ScoringCriterion::leaf(c("1.1"), "a", n("30")))
        .criterion(ScoringCriterion::leaf(c("1.2"), "b", n("30")))
        .criterion(ScoringCriterion::leaf(c("2"), "c", n("40")))
        .requirement(Requirement::new(c("BB1"), "d"))
        .build()
        .unwrap();
    let r = plain.rank(&cards[..2]).unwrap();
    assert_eq!(r.leaders(), [id("A"), id("B")]);
}

#[test]
fn scorecard_errors_name_the_value() {
    let sheet = sheet();
    fails(
        sheet.score(&card("H-BL", "30.5", "0", "0")),
        ErrorKind::OutOfRange,
        &[
            "scorecard of 'H-BL'",
            "score 30.5 for criterion '1.1' is above its maximum 30",
        ],
    );
    // At the maximum is fine.
    sheet.score(&card("H-BL", "30", "0", "0")).unwrap();
    fails(
        sheet.score(&card("H-BL", "0", "0", "0").score(c("T2"), n("4.01"))),
        ErrorKind::OutOfRange,
        &["score 4.01 for criterion 'T2' is above its maximum 4"],
    );
    fails(
        sheet.score(&card("H-BL", "-1", "0", "0")),
        ErrorKind::OutOfRange,
        &["score -1 for criterion '1.1' is negative"],
    );
    fails(
        sheet.score(&card("H-BL", "0", "0", "0").score(c("1.3"), n("1"))),
        ErrorKind::UnknownReference,
        &["scorecard of 'H-BL': points for unknown criterion '1.3'; did you mean '1.1'"],
    );
    fails(
        sheet.score(&card("H-BL", "0", "0", "0").score(c("1"), n("1"))),
        ErrorKind::Conflict,
        &["criterion '1' is a group: score its sub-criteria ('1.1', '1.2')"],
    );
    fails(
        sheet.score(
            &Scorecard::new(id("H-BL"))
                .score(c("1.1"), n("1"))
                .met(c("BB1"), true),
        ),
        ErrorKind::Missing,
        &["no score for criterion "],
    );
    fails(
        sheet.score(
            &Scorecard::new(id("H-BL"))
                .score(c("1.1"), n("1"))
                .score(c("1.2"), n("1"))
                .score(c("2"), n("1")),
        ),
        ErrorKind::Missing,
        &["mandatory criterion 'BB1' is not marked met or failed"],
    );
    fails(
        sheet.score(&card("H-BL", "0", "0", "0").score(c("BB1"), n("1"))),
        ErrorKind::Conflict,
        &["criterion 'BB1' is mandatory"],
    );
    let mut twice = card("H-BL", "0", "0", "0");
    twice.points.push(twice.points[0].clone());
    fails(
        sheet.score(&twice),
        ErrorKind::Duplicate,
        &["criterion '1.1' is scored twice"],
    );
    fails(
        sheet.rank(&[card("H-BL", "0", "0", "0"), card("H-BL", "1", "0", "0")]),
        ErrorKind::Duplicate,
        &["two scorecards for 'H-BL'"],
    );
}

#[test]
fn sheet_errors_name_the_value() {
    let leaf = |i: &str, max: &str| ScoringCriterion::leaf(c(i), i, n(max));
    fails(
        ScoringSheet::builder("S")
            .criterion(ScoringCriterion::group(
                c("1"),
                "g",
                n("30"),
                vec![leaf("1.1", "10"), leaf("1.2", "15")],
            ))
            .build(),
        ErrorKind::Conflict,
        &["scoring sheet 'S': criterion '1' has maximum 30 but its sub-criteria add up to 25"],
    );
    fails(
        ScoringSheet::builder("S")
            .criterion(leaf("1", "10"))
            .criterion(leaf("1", "5"))
            .build(),
        ErrorKind::Duplicate,
        &["criterion id '1' is used twice"],
    );
    fails(
        ScoringSheet::builder("S")
            .criterion(leaf("1", "10"))
            .bonus(n("2"), vec![Adjustment::new(c("1"), "t", n("1"))])
            .build(),
        ErrorKind::Duplicate,
        &["'1'"],
    );
    fails(
        ScoringSheet::builder("S").criterion(leaf("1", "0")).build(),
        ErrorKind::OutOfRange,
        &["criterion '1' has maximum 0"],
    );
    fails(
        ScoringSheet::builder("S")
            .criterion(leaf("1", "10"))
            .bonus(n("-1"), vec![])
            .build(),
        ErrorKind::OutOfRange,
        &["bonus cap -1 is negative"],
    );
    fails(
        ScoringSheet::builder("S")
            .criterion(leaf("1", "10"))
            .tie_break(RankTieBreak::Criterion(c("2")))
            .build(),
        ErrorKind::UnknownReference,
        &["tie-break names unknown criterion '2'"],
    );
    fails(
        ScoringSheet::builder("S").build(),
        ErrorKind::Missing,
        &["no criterion"],
    );
}

// ---------------------------------------------------------------------------
// Registrations: the Đầm Hà 2021 counts.

/// A district with 69 district-level units (departments and public service
/// units of the district) and 78 commune-level units (8 communes, 1 town and
/// 69 schools and commune bodies).
fn dam_ha() -> UnitRegistry {
    let old = Period::new(d(2000, 1, 1), d(2025, 7, 1)).unwrap();
    let mut units = vec![Unit::new(
        id("H-DH"),
        "Huyện Đầm Hà",
        UnitKind::District,
        old,
    )];
    for i in 0..69 {
        let kind = if i < 15 {
            UnitKind::Department
        } else {
            UnitKind::PublicServiceUnit
        };
        units.push(
            Unit::new(
                id(&format!("DV-H{i}")),
                format!("Đơn vị cấp huyện {i}"),
                kind,
                old,
            )
            .under(id("H-DH")),
        );
    }
    for i in 0..9 {
        let kind = if i == 0 {
            UnitKind::Township
        } else {
            UnitKind::Commune
        };
        units.push(Unit::new(id(&format!("X{i}")), format!("Xã {i}"), kind, old).under(id("H-DH")));
    }
    for i in 0..69 {
        units.push(
            Unit::new(
                id(&format!("DV-X{i}")),
                format!("Đơn vị cấp xã {i}"),
                UnitKind::PublicServiceUnit,
                old,
            )
            .under(id(&format!("X{}", i % 9))),
        );
    }
    UnitRegistry::new(units).unwrap()
}

fn campaign_2021() -> Campaign {
    Campaign::new(
        "PT-DH-2021".parse().unwrap(),
        "Phong trào thi đua yêu nước năm 2021",
        CampaignKind::Regular,
        Period::year(2021).unwrap(),
        id("H-DH"),
        Level::District,
        CampaignScope::Units(vec![]),
    )
}

#[test]
fn registration_summary_reproduces_147_and_54_of_69_and_62_of_78() {
    let units = dam_ha();
    let campaign = campaign_2021();
    campaign.validate(&units).unwrap();
    let on = d(2021, 3, 15);
    let mut regs = Vec::new();
    let register = |unit: &str, achieved: bool| {
        Registration::new(campaign.id.clone(), id(unit), on)
            .model(format!("Mô hình của {unit}"))
            .judge_models(if achieved {
                Judgement::Achieved
            } else {
                Judgement::NotAchieved
            })
    };
    for i in 0..69 {
        regs.push(register(&format!("DV-H{i}"), i < 54));
    }
    for i in 0..9 {
        regs.push(register(&format!("X{i}"), true));
    }
    for i in 0..69 {
        regs.push(register(&format!("DV-X{i}"), i < 53));
    }
    // One unit also aims for a title, not yet judged.
    regs[0] = regs[0].clone().aim(Award::ExcellentCollective);

    let s = RegistrationSummary::new(&campaign, &regs, &units).unwrap();
    assert_eq!(s.units(), 147);
    assert_eq!(s.models().registered, 147);
    let district = s.models_at(Level::District);
    let commune = s.models_at(Level::Commune);
    assert_eq!(
        (
            district.achieved,
            district.registered,
            district.not_achieved
        ),
        (54, 69, 15)
    );
    assert_eq!(
        (commune.achieved, commune.registered, commune.not_achieved),
        (62, 78, 16)
    );
    assert_eq!(s.models_at(Level::Province).registered, 0);
    assert_eq!(s.title(Award::ExcellentCollective).pending(), 1);
    // 54 + 62 = 116 registrations judged achieved; the one with an unjudged
    // title is pending.
    assert_eq!(s.registrations().achieved, 115);
    assert_eq!(s.registrations().pending(), 1);
    assert_eq!(
        s.to_string(),
        "147 đơn vị đăng ký 147 mô hình; 54/69 mô hình cấp huyện đạt hiệu quả; \
         62/78 mô hình cấp xã đạt hiệu quả"
    );
}

#[test]
fn registration_outside_the_campaign_period() {
    let units = dam_ha();
    let campaign = campaign_2021();
    let reg = |on| vec![Registration::new(campaign.id.clone(), id("X1"), on).model("m")];
    RegistrationSummary::new(&campaign, &reg(d(2021, 1, 1)), &units).unwrap();
    RegistrationSummary::new(&campaign, &reg(d(2021, 12, 31)), &units).unwrap();
    fails(
        RegistrationSummary::new(&campaign, &reg(d(2022, 1, 1)), &units),
        ErrorKind::OutOfRange,
        &["registration of unit 'X1' on 2022-01-01 is outside campaign 'PT-DH-2021' (2021)"],
    );
    fails(
        RegistrationSummary::new(&campaign, &reg(d(2020, 12, 31)), &units),
        ErrorKind::OutOfRange,
        &["on 2020-12-31"],
    );
    let person = vec![
        Registration::new(campaign.id.clone(), id("X1"), d(2022, 2, 1))
            .by_person("CB-7".parse().unwrap()),
    ];
    fails(
        RegistrationSummary::new(&campaign, &person, &units),
        ErrorKind::OutOfRange,
        &["registration of person 'CB-7' of unit 'X1' on 2022-02-01"],
    );
    let other = vec![Registration::new(
        "PT-KHAC".parse().unwrap(),
        id("X1"),
        d(2021, 2, 1),
    )];
    fails(
        RegistrationSummary::new(&campaign, &other, &units),
        ErrorKind::Conflict,
        &["'PT-KHAC'"],
    );
    let twice = [reg(d(2021, 2, 1)), reg(d(2021, 3, 1))].concat();
    fails(
        RegistrationSummary::new(&campaign, &twice, &units),
        ErrorKind::Duplicate,
        &["unit 'X1' registers twice"],
    );
    let unknown = vec![Registration::new(
        campaign.id.clone(),
        id("X99"),
        d(2021, 2, 1),
    )];
    fails(
        RegistrationSummary::new(&campaign, &unknown, &units),
        ErrorKind::UnknownReference,
        &["'X99'"],
    );
}

#[test]
fn registration_outcome_as_a_whole() {
    let r = Registration::new("PT".parse().unwrap(), id("X1"), d(2021, 2, 1));
    assert_eq!(r.outcome(), None, "nothing registered");
    let r = r.aim(Award::AdvancedCollective).model("m");
    assert_eq!(r.outcome(), None);
    let r = r.judge_titles(Judgement::Achieved);
    assert_eq!(r.outcome(), None, "the model is not judged yet");
    assert_eq!(
        r.clone().judge_models(Judgement::Achieved).outcome(),
        Some(Judgement::Achieved)
    );
    assert_eq!(
        r.judge_models(Judgement::NotAchieved).outcome(),
        Some(Judgement::NotAchieved)
    );
}

// ---------------------------------------------------------------------------
// Clusters and blocks.

const DISTRICTS: [&str; 7] = [
    "BINH-LIEU",
    "TIEN-YEN",
    "BA-CHE",
    "DAM-HA",
    "HAI-HA",
    "VAN-DON",
    "CO-TO",
];

fn quang_ninh() -> UnitRegistry {
    let old = Period::new(d(2000, 1, 1), d(2025, 7, 1)).unwrap();
    let from = Period::starting(d(1963, 10, 30));
    let mut units = vec![Unit::new(
        id("QN"),
        "Tỉnh Quảng Ninh",
        UnitKind::Province,
        from,
    )];
    for code in DISTRICTS {
        units.push(Unit::new(id(code), code, UnitKind::District, old).under(id("QN")));
    }
    for (code, sector) in [
        ("SO-GD", "giáo dục"),
        ("SO-YT", "y tế"),
        ("SO-TC", "tài chính"),
    ] {
        units.push(
            Unit::new(
                id(code),
                code,
                UnitKind::Agency,
                Period::starting(d(2008, 1, 1)),
            )
            .under(id("QN"))
            .in_sector(sector),
        );
    }
    UnitRegistry::new(units).unwrap()
}

fn mountain_cluster() -> EmulationGroup {
    let mut g = EmulationGroup::new(
        "CUM-MN-HD".parse().unwrap(),
        "Cụm thi đua các huyện miền núi, hải đảo",
        GroupKind::Cluster,
        id("QN"),
    );
    for code in DISTRICTS {
        g = g.member(id(code), Period::new(d(2021, 1, 1), d(2025, 7, 1)).unwrap());
    }
    let order: Vec<UnitId> = DISTRICTS.iter().map(|s| id(s)).collect();
    g.rotate(&order, 2021, 4)
}

#[test]
fn cluster_head_rotates_across_years() {
    let g = mountain_cluster();
    g.validate().unwrap();
    let heads: Vec<(i32, &str, &str)> = (2021..=2024)
        .map(|y| {
            (
                y,
                g.head(y).unwrap().as_str(),
                g.deputy(y).unwrap().as_str(),
            )
        })
        .collect();
    assert_eq!(
        heads,
        [
            (2021, "BINH-LIEU", "TIEN-YEN"),
            (2022, "TIEN-YEN", "BA-CHE"),
            (2023, "BA-CHE", "DAM-HA"),
            (2024, "DAM-HA", "HAI-HA"),
        ]
    );
    assert_eq!(g.head(2025), None);
    // Each year's deputy is next year's head.
    for y in 2021..2024 {
        assert_eq!(g.deputy(y), g.head(y + 1));
    }
    GroupRegistry::new(vec![g.clone()], &quang_ninh()).unwrap();

    // A head who is not a member that year.
    let outsider = g.clone().led(2024, id("SO-GD"), None);
    fails(
        outsider.validate(),
        ErrorKind::Conflict,
        &["head 'SO-GD' of 2024 is not a member that year"],
    );
    let same = g.clone().led(2022, id("BA-CHE"), Some(id("BA-CHE")));
    fails(
        same.validate(),
        ErrorKind::Conflict,
        &["'BA-CHE' is both head and deputy in 2022"],
    );
    let mut twice = g.clone();
    twice.leadership.push(twice.leadership[0].clone());
    fails(
        twice.validate(),
        ErrorKind::Duplicate,
        &["two heads named for 2021"],
    );
    // The cluster outlives its districts: rejected against the units.
    let late = g.member(
        id("CO-TO"),
        Period::new(d(2025, 7, 1), d(2026, 1, 1)).unwrap(),
    );
    fails(
        GroupRegistry::new(vec![late], &quang_ninh()),
        ErrorKind::Conflict,
        &["membership of 'CO-TO' (01/07/2025 – 31/12/2025) is outside the unit's own period"],
    );
}

#[test]
fn a_member_in_two_blocks_of_the_same_kind_in_one_year() {
    let units = quang_ninh();
    let block = |gid: &str, kind: GroupKind, organiser: &str, period: Period| {
        EmulationGroup::new(gid.parse().unwrap(), gid, kind, id(organiser))
            .member(id("SO-GD"), period)
    };
    let y = |year| Period::year(year).unwrap();
    fails(
        GroupRegistry::new(
            vec![
                block("KHOI-VX", GroupKind::Block, "QN", y(2024)),
                block("KHOI-KT", GroupKind::Block, "QN", y(2024)),
            ],
            &units,
        ),
        ErrorKind::Conflict,
        &["unit 'SO-GD' is in two khối thi đua of 'QN' in 2024: 'KHOI-VX' and 'KHOI-KT'"],
    );
    // Moving on 1 July counts: both memberships touch 2024.
    let h1 = Period::new(d(2023, 1, 1), d(2024, 7, 1)).unwrap();
    let h2 = Period::starting(d(2024, 7, 1));
    fails(
        GroupRegistry::new(
            vec![
                block("KHOI-VX", GroupKind::Block, "QN", h1),
                block("KHOI-KT", GroupKind::Block, "QN", h2),
            ],
            &units,
        ),
        ErrorKind::Conflict,
        &["in 2024"],
    );
    // Consecutive years, a cluster and a block, or two organisers: fine.
    GroupRegistry::new(
        vec![
            block("KHOI-VX", GroupKind::Block, "QN", y(2023)),
            block("KHOI-KT", GroupKind::Block, "QN", y(2024)),
        ],
        &units,
    )
    .unwrap();
    GroupRegistry::new(
        vec![
            block("KHOI-VX", GroupKind::Block, "QN", y(2024)),
            block("CUM-1", GroupKind::Cluster, "QN", y(2024)),
        ],
        &units,
    )
    .unwrap();
    let reg = GroupRegistry::new(
        vec![
            block("KHOI-VX", GroupKind::Block, "QN", y(2024)),
            block("KHOI-BO", GroupKind::Block, "SO-TC", y(2024)),
        ],
        &units,
    )
    .unwrap();
    assert_eq!(reg.groups_of(&id("SO-GD"), 2024).count(), 2);
    fails(
        GroupRegistry::new(
            vec![
                block("K", GroupKind::Block, "QN", y(2024)),
                block("K", GroupKind::Block, "QN", y(2025)),
            ],
            &units,
        ),
        ErrorKind::Duplicate,
        &["duplicate group id 'K'"],
    );
    fails(
        GroupRegistry::new(
            vec![block("K", GroupKind::Block, "TINH-X", y(2024))],
            &units,
        ),
        ErrorKind::UnknownReference,
        &["organiser of khối thi đua 'K': unknown unit 'TINH-X'"],
    );
}

#[test]
fn pact_signed_by_the_members() {
    let g = mountain_cluster().member(id("SO-GD"), Period::starting(d(2024, 6, 1)));
    let pact = g
        .pact(
            2024,
            d(2024, 2, 26),
            vec!["Hoàn thành vượt mức các chỉ tiêu năm 2024".into()],
        )
        .unwrap();
    assert_eq!(pact.signatories.len(), 7);
    pact.check(&g).unwrap();
    // The member who joined in June did not sign.
    assert_eq!(pact.unsigned(&g), [&id("SO-GD")]);
    let mut bad = pact.clone();
    bad.signatories.push(id("SO-GD"));
    fails(
        bad.check(&g),
        ErrorKind::Conflict,
        &["'SO-GD' is not a member on 2024-02-26"],
    );
    let mut dup = pact.clone();
    dup.signatories.push(id("CO-TO"));
    fails(
        dup.check(&g),
        ErrorKind::Duplicate,
        &["'CO-TO' signs twice"],
    );
    fails(
        mountain_cluster().pact(2026, d(2026, 2, 1), vec![]),
        ErrorKind::Missing,
        &["no member on 2026-02-01"],
    );
}

#[test]
fn cluster_ranking_checks_its_members() {
    let g = mountain_cluster();
    let sheet = sheet();
    let mut cards: Vec<Scorecard> = DISTRICTS
        .iter()
        .enumerate()
        .map(|(i, code)| card(code, &format!("{}", 20 + i), "25", "35"))
        .collect();
    let r = g.rank(2024, &sheet, &cards).unwrap();
    assert_eq!(r.leaders(), [id("CO-TO")]);
    cards.pop();
    fails(
        g.rank(2024, &sheet, &cards),
        ErrorKind::Missing,
        &["member 'CO-TO' has no scorecard for 2024"],
    );
    cards.push(card("SO-GD", "1", "1", "1"));
    fails(
        g.rank(2024, &sheet, &cards),
        ErrorKind::Conflict,
        &["'SO-GD' is scored but is not a member in 2024"],
    );
}

// ---------------------------------------------------------------------------
// Campaign scope.

#[test]
fn participants_by_group_sector_and_level() {
    let units = quang_ninh();
    let groups = GroupRegistry::new(vec![mountain_cluster()], &units).unwrap();
    let make = |scope| {
        Campaign::new(
            "PT-2024".parse().unwrap(),
            "Thi đua năm 2024",
            CampaignKind::Regular,
            Period::year(2024).unwrap(),
            id("QN"),
            Level::Province,
            scope,
        )
    };
    let on = d(2024, 5, 1);
    let ids = |v: Vec<UnitId>| v.iter().map(|u| u.to_string()).collect::<Vec<_>>();
    let by_group = make(CampaignScope::Group("CUM-MN-HD".parse().unwrap()));
    by_group.validate(&units).unwrap();
    assert_eq!(
        ids(by_group.participants(&units, &groups, on).unwrap()),
        DISTRICTS
    );
    let by_sector = make(CampaignScope::Sector("Y TE".into()));
    assert_eq!(
        ids(by_sector.participants(&units, &groups, on).unwrap()),
        ["SO-YT"]
    );
    let by_level = make(CampaignScope::Level(Level::District));
    assert_eq!(by_level.participants(&units, &groups, on).unwrap().len(), 7);
    // After the district level ended there is no district to take part.
    let later = Campaign {
        period: Period::year(2025).unwrap(),
        ..by_level.clone()
    };
    assert!(
        later
            .participants(&units, &groups, d(2025, 8, 1))
            .unwrap()
            .is_empty()
    );
    fails(
        by_level.participants(&units, &groups, d(2025, 1, 1)),
        ErrorKind::OutOfRange,
        &["2025-01-01 is outside campaign 'PT-2024'"],
    );
    let unknown = make(CampaignScope::Group("CUM-9".parse().unwrap()));
    fails(
        unknown.participants(&units, &groups, on),
        ErrorKind::UnknownReference,
        &["'CUM-9'"],
    );
}

#[test]
fn campaign_validation() {
    let units = quang_ninh();
    let base = Campaign::new(
        "PT-CD".parse().unwrap(),
        "Thi đua chuyên đề",
        CampaignKind::Thematic,
        Period::new(d(2024, 3, 1), d(2024, 10, 1)).unwrap(),
        id("DAM-HA"),
        Level::District,
        CampaignScope::Units(vec![id("DAM-HA")]),
    )
    .theme("Chuyển đổi số")
    .target("100% hồ sơ trực tuyến");
    base.clone()
        .review(StocktakeKind::Preliminary, d(2024, 6, 30))
        .review(StocktakeKind::Final, d(2024, 10, 15))
        .validate(&units)
        .unwrap();
    fails(
        base.clone()
            .review(StocktakeKind::Preliminary, d(2024, 10, 1))
            .validate(&units),
        ErrorKind::OutOfRange,
        &["campaign 'PT-CD': sơ kết on 2024-10-01"],
    );
    fails(
        base.clone()
            .review(StocktakeKind::Final, d(2024, 2, 29))
            .validate(&units),
        ErrorKind::OutOfRange,
        &["tổng kết on 2024-02-29"],
    );
    fails(
        Campaign {
            level: Level::Province,
            ..base.clone()
        }
        .validate(&units),
        ErrorKind::Conflict,
        &["stated level cấp tỉnh but launching unit 'DAM-HA' is at cấp huyện"],
    );
    fails(
        Campaign {
            period: Period::year(2026).unwrap(),
            ..base.clone()
        }
        .validate(&units),
        ErrorKind::OutOfRange,
        &["launching unit 'DAM-HA' is not in force on 2026-01-01"],
    );
    // The legal basis follows the campaign's year.
    let book = thidua::RuleBook::national();
    assert_eq!(
        base.legal_basis(&book).unwrap().to_string(),
        "Điều 16 Luật Thi đua, khen thưởng số 06/2022/QH15"
    );
    let in_2021 = Campaign {
        period: Period::year(2021).unwrap(),
        ..base.clone()
    };
    let basis = in_2021.legal_basis(&book).unwrap();
    assert_eq!(
        basis.to_string(),
        "Điều 6 Luật Thi đua, khen thưởng số 15/2003/QH11 (sửa đổi, bổ sung năm 2005, 2013)"
    );
    assert_eq!(basis.confidence(), thidua::Confidence::Unverified);
    let in_2016 = Campaign {
        period: Period::year(2016).unwrap(),
        ..base.clone()
    };
    assert_eq!(
        in_2016.legal_basis(&book).unwrap_err().kind(),
        ErrorKind::NoRegime
    );
}

#[test]
fn sheets_and_cards_round_trip_with_decimal_strings() {
    let sheet = sheet();
    let json = serde_json::to_string(&sheet).unwrap();
    assert!(json.contains(r#""max":"30""#), "{json}");
    assert!(
        json.contains(r#""tie_breaks":[{"criterion":"2"},"fewer_penalty_points"]"#),
        "{json}"
    );
    let back: ScoringSheet = serde_json::from_str(&json).unwrap();
    assert_eq!(back, sheet);
    let bad = json.replace(r#""max":"60""#, r#""max":"61""#);
    let err = serde_json::from_str::<ScoringSheet>(&bad).unwrap_err();
    assert!(err.to_string().contains("add up to 60"), "{err}");

    let card = card("A", "28.5", "27", "38");
    let json = serde_json::to_string(&card).unwrap();
    assert!(
        json.contains(r#"{"criterion":"1.1","points":"28.5"}"#),
        "{json}"
    );
    assert!(json.contains(r#"{"criterion":"BB1","met":true}"#), "{json}");
    assert_eq!(serde_json::from_str::<Scorecard>(&json).unwrap(), card);

    let campaign = campaign_2021().review(StocktakeKind::Final, d(2022, 1, 10));
    let json = serde_json::to_string(&campaign).unwrap();
    assert_eq!(serde_json::from_str::<Campaign>(&json).unwrap(), campaign);
}

// ---------------------------------------------------------------------------
// Property tests.

/// The shape of a generated sheet: leaf maxima per group (whole points),
/// bonus and penalty item maxima with their caps, whether it has a
/// mandatory criterion, and which tie-breaks it declares.
#[derive(Clone, Debug)]
struct Shape {
    groups: Vec<Vec<u32>>,
    bonus: Vec<u32>,
    bonus_cap: u32,
    penalties: Vec<u32>,
    penalty_cap: u32,
    mandatory: bool,
    tie_breaks: Vec<u8>,
}

impl Shape {
    fn leaves(&self) -> Vec<(String, u32)> {
        self.groups
            .iter()
            .enumerate()
            .flat_map(|(g, ls)| {
                ls.iter()
                    .enumerate()
                    .map(move |(l, &m)| (format!("{}.{}", g + 1, l + 1), m))
            })
            .collect()
    }

    fn sheet(&self) -> ScoringSheet {
        let mut b = ScoringSheet::builder("sinh ngẫu nhiên");
        for (g, leaves) in self.groups.iter().enumerate() {
            let children: Vec<ScoringCriterion> = leaves
                .iter()
                .enumerate()
                .map(|(l, &m)| {
                    ScoringCriterion::leaf(
                        c(&format!("{}.{}", g + 1, l + 1)),
                        "lá",
                        Decimal::from(m),
                    )
                })
                .collect();
            let sum: u32 = leaves.iter().sum();
            b = b.criterion(ScoringCriterion::group(
                c(&format!("{}", g + 1)),
                "nhóm",
                Decimal::from(sum),
                children,
            ));
        }
        let items = |prefix: &str, maxima: &[u32]| -> Vec<Adjustment> {
            maxima
                .iter()
                .enumerate()
                .map(|(i, &m)| Adjustment::new(c(&format!("{prefix}{i}")), "mục", Decimal::from(m)))
                .collect()
        };
        b = b.bonus(Decimal::from(self.bonus_cap), items("T", &self.bonus));
        b = b.penalties(Decimal::from(self.penalty_cap), items("P", &self.penalties));
        if self.mandatory {
            b = b.requirement(Requirement::new(c("BB"), "bắt buộc"));
        }
        for &t in &self.tie_breaks {
            b = b.tie_break(match t % 4 {
                0 => RankTieBreak::Criterion(c("1")),
                1 => RankTieBreak::Base,
                2 => RankTieBreak::FewerPenaltyPoints,
                _ => RankTieBreak::MoreBonusPoints,
            });
        }
        b.build().unwrap()
    }

    /// A card from percentages of each item's maximum (exact decimals with up
    /// to two places).
    fn card(&self, who: usize, values: &CardValues) -> Scorecard {
        let pct = |max: u32, p: u32| Decimal::from(max * p) / Decimal::from(100);
        let mut card = Scorecard::new(id(&format!("U{who}")));
        for ((leaf, max), &p) in self.leaves().iter().zip(&values.leaves) {
            card = card.score(c(leaf), pct(*max, p));
        }
        for (i, (&max, p)) in self.bonus.iter().zip(&values.bonus).enumerate() {
            if let Some(p) = p {
                card = card.score(c(&format!("T{i}")), pct(max, *p));
            }
        }
        for (i, (&max, p)) in self.penalties.iter().zip(&values.penalties).enumerate() {
            if let Some(p) = p {
                card = card.score(c(&format!("P{i}")), pct(max, *p));
            }
        }
        if self.mandatory {
            card = card.met(c("BB"), values.met);
        }
        card
    }
}

#[derive(Clone, Debug)]
struct CardValues {
    leaves: Vec<u32>,
    bonus: Vec<Option<u32>>,
    penalties: Vec<Option<u32>>,
    met: bool,
}

fn shape() -> impl Strategy<Value = Shape> {
    (
        prop::collection::vec(prop::collection::vec(1u32..=30, 1..=3), 1..=4),
        prop::collection::vec(1u32..=5, 0..=3),
        0u32..=10,
        prop::collection::vec(1u32..=5, 0..=3),
        0u32..=10,
        any::<bool>(),
        prop::collection::vec(any::<u8>(), 0..=3),
    )
        .prop_map(
            |(groups, bonus, bonus_cap, penalties, penalty_cap, mandatory, tie_breaks)| Shape {
                groups,
                bonus,
                bonus_cap,
                penalties,
                penalty_cap,
                mandatory,
                tie_breaks,
            },
        )
}

fn values(leaves: usize, bonus: usize, penalties: usize) -> impl Strategy<Value = CardValues> {
    // Percentages in steps of 25 make ties common enough to exercise the
    // tie-breaks.
    let step = prop_oneof![0u32..=100, (0u32..=4).prop_map(|q| q * 25)];
    (
        prop::collection::vec(step, leaves),
        prop::collection::vec(prop::option::of(0u32..=100), bonus),
        prop::collection::vec(prop::option::of(0u32..=100), penalties),
        prop::bool::weighted(0.85),
    )
        .prop_map(|(leaves, bonus, penalties, met)| CardValues {
            leaves,
            bonus,
            penalties,
            met,
        })
}

/// A sheet and 1–8 cards drawn from a pool of 1–4 value sets, so that
/// equal totals and full ties are common.
fn contest() -> impl Strategy<Value = (Shape, Vec<CardValues>)> {
    shape().prop_flat_map(|s| {
        let pool = prop::collection::vec(
            values(s.leaves().len(), s.bonus.len(), s.penalties.len()),
            1..=4,
        );
        let picks = prop::collection::vec(any::<prop::sample::Index>(), 1..=8);
        (Just(s), pool, picks).prop_map(|(s, pool, picks)| {
            let cards = picks
                .iter()
                .map(|i| pool[i.index(pool.len())].clone())
                .collect();
            (s, cards)
        })
    })
}

fn cards(shape: &Shape, values: &[CardValues]) -> Vec<Scorecard> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| shape.card(i, v))
        .collect()
}

proptest! {
    /// A total never exceeds the sheet's maximum plus the bonus cap, and
    /// never falls below minus the penalty cap.
    #[test]
    fn total_never_exceeds_max_plus_bonus_cap((shape, values) in contest()) {
        let sheet = shape.sheet();
        let top = sheet.max() + sheet.bonus_cap();
        for card in cards(&shape, &values) {
            let s = sheet.score(&card).unwrap();
            prop_assert!(s.total() <= top, "{} > {}", s.total(), top);
            prop_assert!(s.total() >= -sheet.penalty_cap());
            prop_assert!(s.bonus() <= sheet.bonus_cap() && s.penalty() <= sheet.penalty_cap());
            prop_assert_eq!(s.total(), s.base() + s.bonus() - s.penalty());
        }
    }

    /// Raising one criterion's score (a leaf or a bonus item) never lowers
    /// the participant's rank.
    #[test]
    fn raising_a_score_never_lowers_the_rank(
        (shape, values) in contest(),
        who in any::<prop::sample::Index>(),
        item in any::<prop::sample::Index>(),
        raise in 1u32..=100,
    ) {
        let sheet = shape.sheet();
        let before = sheet.rank(&cards(&shape, &values)).unwrap();
        let w = who.index(values.len());
        let mut raised = values.clone();
        let v = &mut raised[w];
        let i = item.index(v.leaves.len() + v.bonus.len());
        if let Some(p) = v.leaves.get_mut(i) {
            *p = (*p + raise).min(100);
        } else if let Some(p) = v.bonus.get_mut(i - v.leaves.len()) {
            *p = Some((p.unwrap_or(0) + raise).min(100));
        }
        let after = sheet.rank(&cards(&shape, &raised)).unwrap();
        let p = id(&format!("U{w}"));
        match (before.place_of(&p), after.place_of(&p)) {
            (Some(b), Some(a)) => prop_assert!(a <= b, "place {} became {}", b, a),
            (None, None) => {}
            other => prop_assert!(false, "qualification changed: {:?}", other),
        }
    }

    /// The ranking does not depend on the order of the scorecards.
    #[test]
    fn ranking_does_not_depend_on_input_order(
        (shape, values, shuffled) in contest().prop_flat_map(|(s, v)| {
            let indices: Vec<usize> = (0..v.len()).collect();
            (Just(s), Just(v), Just(indices).prop_shuffle())
        })
    ) {
        let sheet = shape.sheet();
        let cards = cards(&shape, &values);
        let reordered: Vec<Scorecard> = shuffled.iter().map(|&i| cards[i].clone()).collect();
        prop_assert_eq!(sheet.rank(&cards).unwrap(), sheet.rank(&reordered).unwrap());
    }
}
