//! A year of the emulation cluster of the mountain and island districts of
//! Quảng Ninh province (2024): the pact, the scores, the ranking and the
//! leader proposed for the province's emulation flag.
//!
//! The districts are real; the cluster's rules, the scoring sheet and every
//! score below are illustrative, not the province's published figures.
//!
//! Run with `cargo run --example campaign`.
#![allow(clippy::print_stdout)]

use chrono::NaiveDate;
use rust_decimal::Decimal;
use thidua::campaigns::{
    Adjustment, Campaign, CampaignKind, CampaignScope, EmulationGroup, GroupKind, GroupRegistry,
    RankTieBreak, Ranking, Requirement, Scorecard, ScoringCriterion, ScoringSheet, StocktakeKind,
};
use thidua::id::{CriterionId, UnitId};
use thidua::numfmt::NumberFormat;
use thidua::units::{Level, Unit, UnitKind, UnitRegistry};
use thidua::{Award, Period, RuleBook};

const DISTRICTS: [(&str, &str); 7] = [
    ("H-BINH-LIEU", "Huyện Bình Liêu"),
    ("H-TIEN-YEN", "Huyện Tiên Yên"),
    ("H-BA-CHE", "Huyện Ba Chẽ"),
    ("H-DAM-HA", "Huyện Đầm Hà"),
    ("H-HAI-HA", "Huyện Hải Hà"),
    ("H-VAN-DON", "Huyện Vân Đồn"),
    ("H-CO-TO", "Huyện Cô Tô"),
];

/// A district's illustrative scores: criteria 1.1, 1.2, 1.3, 2, 3, 4, then
/// bonus and penalty items.
type Row = (
    &'static str,
    [&'static str; 6],
    &'static [(&'static str, &'static str)],
);

fn date(y: i32, m: u32, d: u32) -> thidua::Result<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        thidua::Error::new(
            thidua::ErrorKind::OutOfRange,
            format!("{d}/{m}/{y}"),
            format!("{y}-{m}-{d}"),
        )
    })
}

fn c(s: &str) -> thidua::Result<CriterionId> {
    s.parse()
}

fn points(s: &str) -> thidua::Result<Decimal> {
    thidua::numfmt::parse_number(s)
}

fn main() -> thidua::Result<()> {
    // The province and its districts, which ended on 2025-06-30.
    let districts_period = Period::new(date(1994, 1, 1)?, date(2025, 7, 1)?)?;
    let province: UnitId = "T-QUANG-NINH".parse()?;
    let mut units = vec![Unit::new(
        province.clone(),
        "Tỉnh Quảng Ninh",
        UnitKind::Province,
        Period::starting(date(1963, 10, 30)?),
    )];
    for (id, name) in DISTRICTS {
        units.push(
            Unit::new(id.parse()?, name, UnitKind::District, districts_period)
                .under(province.clone()),
        );
    }
    let units = UnitRegistry::new(units)?;
    let name = |id: &UnitId| units.get(id).map_or(id.to_string(), |u| u.name.clone());

    // The cluster, its members and the head rotating each year.
    let order: Vec<UnitId> = DISTRICTS
        .iter()
        .map(|(id, _)| id.parse())
        .collect::<thidua::Result<_>>()?;
    let mut cluster = EmulationGroup::new(
        "CUM-MN-HD".parse()?,
        "Cụm thi đua các huyện miền núi, hải đảo",
        GroupKind::Cluster,
        province.clone(),
    );
    for id in &order {
        cluster = cluster.member(
            id.clone(),
            Period::new(date(2021, 1, 1)?, date(2025, 7, 1)?)?,
        );
    }
    let cluster = cluster.rotate(&order, 2021, 4);
    let groups = GroupRegistry::new(vec![cluster.clone()], &units)?;
    let year = 2024;

    let campaign = Campaign::new(
        "PT-QN-2024".parse()?,
        "Phong trào thi đua yêu nước năm 2024",
        CampaignKind::Regular,
        Period::year(year)?,
        province.clone(),
        Level::Province,
        CampaignScope::Group(cluster.id.clone()),
    )
    .theme("Đẩy mạnh chuyển đổi số, cải cách hành chính")
    .target("Thu ngân sách vượt dự toán tỉnh giao")
    .review(StocktakeKind::Preliminary, date(2024, 7, 10)?)
    .review(StocktakeKind::Final, date(2025, 1, 15)?);
    campaign.validate(&units)?;

    println!("{} — {}", campaign.name, cluster.name);
    let book = RuleBook::national();
    println!(
        "Hình thức: {} ({:#})",
        campaign.kind,
        campaign.legal_basis(&book)?
    );
    let head = cluster.head(year).map(&name).unwrap_or_default();
    let deputy = cluster.deputy(year).map(&name).unwrap_or_default();
    println!("Cụm trưởng năm {year}: {head}; cụm phó: {deputy}");
    println!(
        "(luân phiên: năm {} cụm trưởng là {})",
        year - 1,
        cluster.head(year - 1).map(&name).unwrap_or_default()
    );

    // The pact, signed by every member.
    let pact = cluster.pact(
        year,
        date(2024, 2, 26)?,
        vec![
            "Hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2024".into(),
            "Giữ vững quốc phòng, an ninh vùng biên giới, biển đảo".into(),
            "Nhân rộng các mô hình, điển hình tiên tiến".into(),
        ],
    )?;
    pact.check(&cluster)?;
    println!(
        "\nGiao ước thi đua năm {year}, ký ngày {}: {} đơn vị ký",
        pact.signed_on.format("%d/%m/%Y"),
        pact.signatories.len()
    );
    for item in &pact.commitments {
        println!("  - {item}");
    }
    let taking_part = campaign.participants(&units, &groups, date(2024, 3, 1)?)?;
    assert_eq!(taking_part, order);

    // The scoring sheet: 100 points, bonus up to 5, penalties up to 10.
    let sheet = ScoringSheet::builder("Bảng chấm điểm cụm thi đua năm 2024")
        .criterion(ScoringCriterion::group(
            c("1")?,
            "Phát triển kinh tế - xã hội",
            points("40")?,
            vec![
                ScoringCriterion::leaf(c("1.1")?, "Thu ngân sách nhà nước", points("15")?),
                ScoringCriterion::leaf(c("1.2")?, "Xây dựng nông thôn mới", points("15")?),
                ScoringCriterion::leaf(c("1.3")?, "Giảm nghèo bền vững", points("10")?),
            ],
        ))
        .criterion(ScoringCriterion::leaf(
            c("2")?,
            "Quốc phòng, an ninh",
            points("20")?,
        ))
        .criterion(ScoringCriterion::leaf(
            c("3")?,
            "Cải cách hành chính, chuyển đổi số",
            points("20")?,
        ))
        .criterion(ScoringCriterion::leaf(
            c("4")?,
            "Công tác thi đua, khen thưởng",
            points("20")?,
        ))
        .bonus(
            points("5")?,
            vec![
                Adjustment::new(c("T1")?, "Mô hình mới được tỉnh công nhận", points("3")?),
                Adjustment::new(
                    c("T2")?,
                    "Được Chính phủ, Thủ tướng khen thưởng",
                    points("3")?,
                ),
            ],
        )
        .penalties(
            points("10")?,
            vec![
                Adjustment::new(c("P1")?, "Chậm gửi báo cáo", points("2")?),
                Adjustment::new(c("P2")?, "Có cán bộ bị kỷ luật", points("5")?),
            ],
        )
        .requirement(Requirement::new(
            c("BB1")?,
            "Không để xảy ra điểm nóng về an ninh, trật tự",
        ))
        .tie_break(RankTieBreak::Criterion(c("4")?))
        .tie_break(RankTieBreak::FewerPenaltyPoints)
        .build()?;

    // Illustrative scores: [1.1, 1.2, 1.3, 2, 3, 4], then bonus and penalty
    // items. Tiên Yên and Vân Đồn tie on 97,5; criterion 4 decides.
    let table: [Row; 7] = [
        (
            "H-BINH-LIEU",
            ["14", "13,5", "9", "19", "17,5", "18"],
            &[("T1", "3")],
        ),
        (
            "H-TIEN-YEN",
            ["14,5", "14", "9", "18,5", "18", "18,5"],
            &[("T1", "3"), ("T2", "3")],
        ),
        (
            "H-BA-CHE",
            ["13", "13", "9,5", "19", "17", "17,5"],
            &[("P1", "1")],
        ),
        (
            "H-DAM-HA",
            ["15", "14", "9", "18", "18", "19"],
            &[("T1", "3"), ("P1", "1")],
        ),
        (
            "H-HAI-HA",
            ["15", "14,5", "9,5", "19", "18,5", "18,5"],
            &[("T2", "3"), ("P2", "5")],
        ),
        (
            "H-VAN-DON",
            ["15", "14,5", "9", "19", "19", "18"],
            &[("T1", "3")],
        ),
        ("H-CO-TO", ["13,5", "13", "9,5", "19,5", "17", "18,5"], &[]),
    ];
    let leaves = ["1.1", "1.2", "1.3", "2", "3", "4"];
    let mut cards = Vec::new();
    for (who, scores, extra) in table {
        let mut card = Scorecard::new(who.parse()?).met(c("BB1")?, true);
        for (leaf, p) in leaves.iter().zip(scores) {
            card = card.score(c(leaf)?, points(p)?);
        }
        for (item, p) in extra {
            card = card.score(c(item)?, points(p)?);
        }
        cards.push(card);
    }

    let ranking: Ranking = cluster.rank(year, &sheet, &cards)?;
    let num = NumberFormat::new().max_decimals(2);
    println!(
        "\n{} (tối đa {} điểm, thưởng tối đa {}, trừ tối đa {})",
        sheet.name(),
        num.format(sheet.max()),
        num.format(sheet.bonus_cap()),
        num.format(sheet.penalty_cap()),
    );
    println!(
        "{:<5} {:<18} {:>7} {:>7} {:>7} {:>7}",
        "Hạng", "Đơn vị", "Chấm", "Thưởng", "Trừ", "Tổng"
    );
    for s in ranking.standings() {
        let score = s.score();
        let place = s.place().map_or("—".to_string(), |p| p.to_string());
        let tie = s
            .separated_by()
            .map(|rule| format!("  (bằng điểm; xếp sau theo tiêu chí phụ: {rule})"))
            .unwrap_or_default();
        println!(
            "{place:<5} {:<18} {:>7} {:>7} {:>7} {:>7}{tie}",
            name(s.participant()),
            num.format(score.base()),
            num.format(score.bonus()),
            num.format(score.penalty()),
            num.format(score.total()),
        );
    }

    // The leader: the candidate for the province's emulation flag, read
    // from the ranking (a plain function call, not a copy).
    for leader in ranking.leaders() {
        println!(
            "\nĐề nghị tặng \"{}\" năm {year}: {} — đơn vị dẫn đầu {} ({:#})",
            Award::MinistryOrProvinceEmulationFlag,
            name(&leader),
            cluster.name.to_lowercase(),
            Ranking::flag_basis(book.regime_on(date(year + 1, 1, 15)?)?)
        );
    }
    Ok(())
}
