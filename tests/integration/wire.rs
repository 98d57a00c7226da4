//! The wire format: golden JSON files for the main types, and serde
//! round trips as property tests over the exported strategies.
//!
//! The JSON is part of the stability contract: a change to a golden file is
//! a change of the format and needs a CHANGELOG entry. On a difference the
//! actual output is written under `CARGO_TARGET_TMPDIR/golden/`, to diff
//! and, when the change is intended, to copy over the golden file.

use std::fmt::Debug;
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use thidua::campaigns::{
    Adjustment, Campaign, CampaignKind, CampaignScope, EmulationGroup, GroupKind, Judgement,
    RankTieBreak, Registration, Requirement, Scorecard, ScoringCriterion, ScoringSheet,
    StocktakeKind,
};
use thidua::citation::{Instrument, InstrumentKind};
use thidua::collectives::CollectiveRecord;
use thidua::decision::DecisionMoney;
use thidua::history::{Conferral, DecisionRef, Recipient, Revocation};
use thidua::id::PersonId;
use thidua::law::{OverlayRule, QuotaRounding, SalarySchedule, Share};
use thidua::people::{
    Discipline, DisciplineForm, InitiativeKind, InjuryTreatment, Leave, LeaveKind, Scope, Sex,
    Training, TrainingResult, Transfer,
};
use thidua::units::{Level, Unit, UnitKind, UnitRegistry};
use thidua::{
    Authority, Award, Citation, Collective, Decision, Money, Overlay, Period, Person,
    PersonCategory, Rating, Review, RuleBook, Verdict, YearRecord, strategies,
};

use crate::util::d;

/// Serialises `value` (pretty, with a final newline), compares it with
/// `tests/data/golden/<name>.json`, and returns the golden file read back.
#[track_caller]
fn golden<T: Serialize + DeserializeOwned>(name: &str, value: &T) -> T {
    let actual = serde_json::to_string_pretty(value).unwrap() + "\n";
    let file = format!("tests/data/golden/{name}.json");
    let expected = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(&file))
        .unwrap_or_default();
    if actual != expected {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden");
        std::fs::create_dir_all(&dir).unwrap();
        let out = dir.join(format!("{name}.json"));
        std::fs::write(&out, &actual).unwrap();
        let first = match actual
            .lines()
            .zip(expected.lines())
            .position(|(a, e)| a != e)
        {
            _ if expected.is_empty() => "line 1 (the file is missing or empty)".to_string(),
            Some(i) => format!("line {}", i + 1),
            None => format!(
                "line {} (a missing or extra line)",
                actual.lines().count().min(expected.lines().count()) + 1
            ),
        };
        panic!(
            "the JSON of {name} differs from {file} at {first}; actual output: {}",
            out.display()
        );
    }
    no_floats(name, &serde_json::from_str(&expected).unwrap());
    serde_json::from_str(&expected).unwrap_or_else(|e| panic!("{file} does not read back: {e}"))
}

/// Like [`golden`], and the file reads back to an equal value.
#[track_caller]
fn golden_eq<T: Serialize + DeserializeOwned + PartialEq + Debug>(name: &str, value: &T) {
    assert_eq!(&golden(name, value), value, "{name}");
}

/// No JSON number with a fraction or exponent anywhere: decimals and money
/// go on the wire as strings.
#[track_caller]
fn no_floats(name: &str, v: &Value) {
    match v {
        Value::Number(n) => assert!(n.is_i64() || n.is_u64(), "{name}: a float on the wire: {n}"),
        Value::Array(a) => a.iter().for_each(|v| no_floats(name, v)),
        Value::Object(o) => o.values().for_each(|v| no_floats(name, v)),
        _ => {}
    }
}

fn to_value<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap()
}

// ---------------------------------------------------------------------------
// The fixed values.

/// A civil servant with five years of records and every kind of fact.
fn person() -> Person {
    let mut p = Person::new(
        "CB-01".parse().unwrap(),
        "Nguyễn Thị Lan",
        PersonCategory::CivilServant,
        "PHONG-TC".parse().unwrap(),
    );
    p.sex = Some(Sex::Female);
    p.service_start = Some(d(2015, 3, 1));
    p.records = vec![
        YearRecord::new(2017).rated(Rating::Good).otherwise_none(),
        YearRecord {
            leave: Some(vec![Leave {
                kind: LeaveKind::Maternity,
                working_days: 120,
            }]),
            ..YearRecord::new(2018)
                .rated(Rating::Excellent)
                .otherwise_none()
        },
        YearRecord {
            training: Some(vec![Training {
                months: 12,
                kept_rules: Some(true),
                result: Some(TrainingResult::Good),
            }]),
            ..YearRecord::new(2019)
                .rated(Rating::Excellent)
                .otherwise_none()
        },
        YearRecord {
            discipline: Some(vec![Discipline {
                form: DisciplineForm::Reprimand,
                decided_on: d(2020, 3, 2),
                ends_on: Some(d(2020, 9, 2)),
            }]),
            leave: Some(vec![Leave {
                kind: LeaveKind::Sick,
                working_days: 12,
            }]),
            injury_treatment: Some(vec![InjuryTreatment {
                days: 30,
                certified: Some(true),
            }]),
            ..YearRecord::new(2020)
                .rated(Rating::Completed)
                .otherwise_none()
        },
        YearRecord {
            transfers: Some(vec![Transfer {
                from_unit: "PHONG-NV".parse().unwrap(),
                on: d(2021, 4, 1),
                months_at_previous_unit: 3,
                previous_unit_comments: Some(true),
            }]),
            ..YearRecord::new(2021)
                .rated(Rating::Excellent)
                .otherwise_none()
        },
    ];
    crate::util::initiative(&mut p, "SK-2021-07", Scope::Grassroots, d(2021, 11, 30));
    p.add_initiative(thidua::people::Initiative {
        id: "DT-2019-02".parse().unwrap(),
        kind: InitiativeKind::ResearchTopic,
        scope: Scope::MinistryOrProvince,
        recognised_on: d(2019, 10, 15),
    });
    let mut lđtt = Conferral::new(Award::AdvancedWorker, Period::year(2018).unwrap());
    lđtt.decision = Some(DecisionRef {
        number: "1520/QĐ-UBND".parse().unwrap(),
        date: d(2018, 12, 25),
        signer: Authority::DistrictChair,
    });
    let mut cstđcs = Conferral::new(
        Award::GrassrootsEmulationFighter,
        Period::year(2019).unwrap(),
    );
    cstđcs.relied_on = vec!["DT-2019-02".parse().unwrap()];
    cstđcs.revoked = Some(Revocation {
        on: d(2020, 6, 1),
        decision: Some("88/QĐ-UBND".parse().unwrap()),
    });
    p.awards = vec![lđtt, cstđcs];
    p
}

fn collective() -> Collective {
    let mut c = Collective::new("PHONG-TC".parse().unwrap(), "Phòng Tài chính – Kế hoạch");
    c.records = vec![
        CollectiveRecord {
            year: 2020,
            rating: Some(Rating::Good),
            movement: Some(true),
        },
        CollectiveRecord {
            year: 2021,
            rating: Some(Rating::Excellent),
            movement: None,
        },
    ];
    c.awards.push(Conferral::new(
        Award::AdvancedCollective,
        Period::year(2020).unwrap(),
    ));
    c
}

/// The Đầm Hà units of the `UnitRegistry` example: a commune merged on
/// 2025-07-01 names its successor.
fn units() -> Vec<Unit> {
    let old = Period::new(d(2000, 1, 1), d(2025, 7, 1)).unwrap();
    let new = Period::starting(d(2025, 7, 1));
    let id = |s: &str| s.parse().unwrap();
    vec![
        Unit::new(
            id("QN"),
            "Tỉnh Quảng Ninh",
            UnitKind::Province,
            Period::starting(d(1963, 10, 30)),
        ),
        Unit::new(id("H-DAM-HA"), "Huyện Đầm Hà", UnitKind::District, old).under(id("QN")),
        Unit::new(id("X-QUANG-LOI"), "Xã Quảng Lợi", UnitKind::Commune, old)
            .under(id("H-DAM-HA"))
            .succeeded_by([id("X-DAM-HA")]),
        Unit::new(id("X-DAM-HA"), "Xã Đầm Hà", UnitKind::Commune, new).under(id("QN")),
        Unit::new(id("PHONG-NV"), "Phòng Nội vụ", UnitKind::Department, old)
            .under(id("H-DAM-HA"))
            .in_sector("nội vụ"),
    ]
}

fn decision() -> Decision {
    let an = Recipient::Individual("001".parse().unwrap());
    let binh = Recipient::Individual("002".parse().unwrap());
    let y2021 = Period::year(2021).unwrap();
    Decision::new(
        "120/QĐ-UBND".parse().unwrap(),
        d(2021, 12, 20),
        Authority::CommuneChair,
    )
    .issued_by("X-QUANG-LOI".parse().unwrap())
    .grant(an.clone(), Award::GrassrootsEmulationFighter, y2021)
    .grant(an, Award::AdvancedWorker, y2021)
    .grant(binh.clone(), Award::AdvancedWorker, y2021)
    .grant(binh, Award::CertificateOfCommendation, y2021)
    .grant_at(
        Recipient::Collective("PHONG-TC".parse().unwrap()),
        Award::CommemorativeMedal,
        y2021,
        Decimal::new(5, 1),
    )
}

fn overlay() -> Overlay {
    Overlay::new(
        "Quy chế thi đua, khen thưởng tỉnh A",
        Citation::new(Instrument::new(
            InstrumentKind::Decision,
            "20/2024/QĐ-UBND",
            "Quyết định số 20/2024/QĐ-UBND của Ủy ban nhân dân tỉnh A",
        ))
        .article(8)
        .clause(2),
        Period::new(d(2024, 3, 1), d(2026, 1, 1)).unwrap(),
    )
    .with(OverlayRule::LeaveLimit { working_days: 40 })
    .with(OverlayRule::NewHireMonths { months: 10 })
    .with(OverlayRule::AdvancedCollectiveStandard {
        share: Share::AtLeast(70),
        no_discipline_from: Some(DisciplineForm::Warning),
    })
    .with(OverlayRule::CommendationStandard {
        years: 2,
        rating: Rating::Good,
    })
    .with(OverlayRule::CommunityShare {
        award: Award::CulturalVillage,
        share: Share::AtLeast(80),
    })
    .with(OverlayRule::GrassrootsQuota {
        percent: Decimal::new(125, 1),
        rounding: QuotaRounding::Floor,
    })
}

fn campaign() -> Campaign {
    Campaign::new(
        "PT-CDS-2024".parse().unwrap(),
        "Chuyển đổi số trong cải cách hành chính",
        CampaignKind::Thematic,
        Period::new(d(2024, 3, 1), d(2024, 10, 1)).unwrap(),
        "H-DAM-HA".parse().unwrap(),
        Level::District,
        CampaignScope::Units(vec![
            "X-QUANG-LOI".parse().unwrap(),
            "PHONG-NV".parse().unwrap(),
        ]),
    )
    .theme("Chuyển đổi số")
    .target("100% hồ sơ trực tuyến")
    .review(StocktakeKind::Preliminary, d(2024, 6, 30))
    .review(StocktakeKind::Final, d(2024, 10, 15))
}

fn sheet() -> ScoringSheet {
    let c = |s: &str| s.parse().unwrap();
    let n = |s: &str| s.parse::<Decimal>().unwrap();
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
            vec![Adjustment::new(
                c("T1"),
                "Mô hình mới được nhân rộng",
                n("3.5"),
            )],
        )
        .penalties(
            n("6"),
            vec![Adjustment::new(c("P1"), "Báo cáo chậm", n("4"))],
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

// ---------------------------------------------------------------------------
// Golden files.

#[test]
fn person_golden() {
    let p = person();
    golden_eq("person", &p);
    let json = to_value(&p);
    assert_eq!(json["service_start"], "2015-03-01");
    assert_eq!(json["sex"], "female");
    assert_eq!(
        json["records"][3]["discipline"][0]["decided_on"],
        "2020-03-02"
    );
    assert_eq!(json["records"][3]["discipline"][0]["form"], "reprimand");
    assert_eq!(json["awards"][0]["period"]["from"], "2018-01-01");
    assert_eq!(json["awards"][0]["decision"]["signer"], "district_chair");
    assert_eq!(json["awards"][1]["award"], "grassroots_emulation_fighter");
}

#[test]
fn collective_golden() {
    golden_eq("collective", &collective());
}

#[test]
fn unit_and_registry_golden() {
    let units = units();
    golden_eq("unit", &units[2]);
    let reg = UnitRegistry::new(units.clone()).unwrap();
    let back = golden("unit_registry", &reg);
    assert_eq!(back.iter().cloned().collect::<Vec<_>>(), units);
    assert_eq!(
        back.level(&"PHONG-NV".parse().unwrap()).unwrap(),
        Level::District
    );
    // The registry is written as the list of its units.
    assert_eq!(to_value(&reg), to_value(&units));
}

#[test]
fn verdict_golden() {
    let book = RuleBook::national();
    let review = Review::new(&book, 2021, d(2021, 12, 20)).unwrap();
    let v: Verdict = review
        .person(&person(), Award::GrassrootsEmulationFighter)
        .unwrap();
    golden_eq("verdict", &v);
    let json = to_value(&v);
    assert_eq!(json["judged_on"], "2021-12-20");
    assert_eq!(json["regime"], "nd91-2017");
}

#[test]
fn decision_and_money_golden() {
    let decision = decision();
    golden_eq("decision", &decision);
    let money: DecisionMoney = decision
        .money(&RuleBook::national(), &SalarySchedule::national())
        .unwrap();
    golden_eq("decision_money", &money);
    let json = to_value(&money);
    assert_eq!(json["date"], "2021-12-20");
    assert_eq!(json["base_salary"], "1490000");
    assert_eq!(json["total"], money.total.dong().to_string());
    assert!(json["lines"][0]["paid"].is_string());
    assert!(json["lines"][0]["pay"]["multiplier"].is_string());
    assert_eq!(to_value(&decision)["grants"][4]["multiplier"], "0.5");
}

#[test]
fn money_golden() {
    let amounts = vec![
        Money::ZERO,
        Money::from_dong(1_490_000),
        Money::new(Decimal::new(2_235_005, 1)),
        Money::from_dong(-2),
        Money::MAX,
    ];
    golden_eq("money", &amounts);
    assert_eq!(to_value(&amounts)[2], "223500.5");
}

#[test]
fn period_golden() {
    let periods = vec![
        Period::year(2021).unwrap(),
        Period::new(d(2017, 10, 1), d(2024, 1, 1)).unwrap(),
        Period::starting(d(2025, 7, 1)),
    ];
    golden_eq("period", &periods);
    assert_eq!(
        to_value(&periods[1]),
        serde_json::json!({"from": "2017-10-01", "until": "2024-01-01"})
    );
}

#[test]
fn citation_golden() {
    let citations = vec![
        Citation::new(Instrument::LAW_06_2022)
            .article(27)
            .clause(1)
            .point('c'),
        // A Vietnamese point letter, secondhand.
        Citation::new(Instrument::DECREE_98_2023)
            .article(30)
            .clause(9)
            .point('đ')
            .secondhand(),
        Citation::new(Instrument::DECREE_91_2017)
            .article(10)
            .unverified(),
        Citation::new(Instrument::new(
            InstrumentKind::OfficialLetter,
            "1168/BNV-BTĐKT",
            "Công văn số 1168/BNV-BTĐKT",
        )),
    ];
    golden_eq("citation", &citations);
}

#[test]
fn award_golden() {
    // The wire id of every award in the catalogue.
    golden_eq("award", &Award::ALL.to_vec());
}

#[test]
fn overlay_golden() {
    golden_eq("overlay", &overlay());
    assert_eq!(to_value(&overlay())["rules"][5]["percent"], "12.5");
}

#[test]
fn campaign_and_scoring_golden() {
    golden_eq("campaign", &campaign());
    golden_eq("scoring_sheet", &sheet());
    let card = Scorecard::new("X-QUANG-LOI".parse().unwrap())
        .score("1.1".parse().unwrap(), Decimal::new(285, 1))
        .score("1.2".parse().unwrap(), Decimal::from(27))
        .score("2".parse().unwrap(), Decimal::from(38))
        .score("T1".parse().unwrap(), Decimal::from(3))
        .met("BB1".parse().unwrap(), true);
    golden_eq("scorecard", &card);
}

#[test]
fn fund_golden() {
    use thidua::fund::{BudgetCategory, BudgetLine};
    use thidua::law::{AreaClass, FundBasis};
    let mut fund = thidua::Fund::new(
        "X1".parse().unwrap(),
        Level::Commune,
        2024,
        FundBasis::RecurrentSpending {
            spending: Money::from_dong(20_000_000_000),
            area: AreaClass::Highland,
        },
    )
    .opening(Money::from_dong(12_500_000))
    .allocate(Money::from_dong(140_000_000))
    .contribute(Money::from_dong(10_000_000))
    .line(
        BudgetLine::new(
            "TC".parse().unwrap(),
            BudgetCategory::Organising,
            Money::from_dong(30_000_000),
        )
        .spent(Money::from_dong(18_250_000)),
    );
    let decision = decision();
    let money = decision
        .money(&RuleBook::national(), &SalarySchedule::national())
        .unwrap();
    fund.commit(&decision, &money);
    golden_eq("fund", &fund);
}

fn cluster() -> EmulationGroup {
    let units = ["BINH-LIEU", "TIEN-YEN", "BA-CHE"];
    let mut g = EmulationGroup::new(
        "CUM-MN-HD".parse().unwrap(),
        "Cụm thi đua các huyện miền núi, hải đảo",
        GroupKind::Cluster,
        "QN".parse().unwrap(),
    );
    for u in units {
        g = g.member(
            u.parse().unwrap(),
            Period::new(d(2021, 1, 1), d(2025, 7, 1)).unwrap(),
        );
    }
    let order: Vec<_> = units.iter().map(|u| u.parse().unwrap()).collect();
    g.rotate(&order, 2021, 3)
}

#[test]
fn registration_group_and_pact_golden() {
    let reg = Registration::new(
        "PT-2021".parse().unwrap(),
        "X1".parse().unwrap(),
        d(2021, 3, 15),
    )
    .aim(Award::ExcellentCollective)
    .model("Mô hình dân vận khéo")
    .judge_models(Judgement::Achieved)
    .judge_titles(Judgement::NotAchieved);
    golden_eq("registration", &reg);
    let g = cluster();
    golden_eq("emulation_group", &g);
    let pact = g
        .pact(
            2022,
            d(2022, 2, 26),
            vec!["Hoàn thành vượt mức các chỉ tiêu năm 2022".into()],
        )
        .unwrap();
    golden_eq("pact", &pact);
}

#[test]
fn community_golden() {
    use thidua::collectives::{Community, CommunityRecord, Holders};
    let mut c = Community::new(
        "THON-3".parse().unwrap(),
        "Thôn 3",
        thidua::RecipientKind::Village,
    );
    let mut r = CommunityRecord::new(2024);
    r.criteria = vec![Some(true), Some(true), None];
    r.exclusions_checked = true;
    r.holders = Some(Holders {
        holding: 52,
        of: 70,
    });
    r.leads_movement = Some(true);
    c.records.push(r);
    golden_eq("community", &c);
}

/// A caller's own regime, from the bundled Decree 152/2025: the whole of
/// a regime's wire form (its rules, money tables and powers) in one file.
#[test]
fn regime_golden() {
    use thidua::{Confidence, Regime, RegimeId};
    let book = RuleBook::national();
    let base = book.regime(&RegimeId::DECREE_152_2025).unwrap();
    let mine = Regime::based_on(
        base,
        RegimeId::new("tinh-a"),
        "Quy chế thi đua, khen thưởng tỉnh A",
        "Province A's emulation rules",
        Period::starting(d(2025, 7, 1)),
        Confidence::Secondhand,
    )
    .with_instrument(
        thidua::citation::Instrument::bundled("152/2025/NĐ-CP")
            .unwrap()
            .clone(),
    );
    golden_eq("regime", &mine);
}

// ---------------------------------------------------------------------------
// Round trips over the exported strategies.

#[track_caller]
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(
    value: &T,
) -> Result<(), TestCaseError> {
    let json = serde_json::to_string(value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: T =
        serde_json::from_str(&json).map_err(|e| TestCaseError::fail(format!("{e} in {json}")))?;
    prop_assert_eq!(&back, value, "{}", json);
    no_floats("round trip", &serde_json::from_str(&json).unwrap());
    Ok(())
}

/// Any day chrono can hold.
fn date() -> impl Strategy<Value = NaiveDate> {
    (NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce())
        .prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), any::<u32>(), 0u32..=28).prop_map(|(lo, hi, scale)| {
        Decimal::from_i128_with_scale((i128::from(hi) << 64) | i128::from(lo as u64), scale)
            * if lo < 0 {
                Decimal::NEGATIVE_ONE
            } else {
                Decimal::ONE
            }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn people_round_trip(p in strategies::person(2021), name in "\\PC{0,40}") {
        round_trip(&p)?;
        round_trip(&Person { name, ..p.clone() })?;
        for r in &p.records {
            round_trip(r)?;
        }
        for c in &p.awards {
            round_trip(c)?;
        }
    }

    #[test]
    fn records_and_parts_round_trip(
        r in strategies::year_record(2024),
        rating in strategies::rating(),
        form in strategies::discipline_form(),
        discipline in strategies::discipline(2019),
        category in strategies::category(),
    ) {
        round_trip(&r)?;
        round_trip(&rating)?;
        round_trip(&form)?;
        round_trip(&discipline)?;
        round_trip(&category)?;
    }

    #[test]
    fn money_and_periods_round_trip(m in decimal(), a in date(), b in date()) {
        round_trip(&Money::new(m))?;
        prop_assert!(Money::new(m).to_string().ends_with(" đồng"));
        round_trip(&Period::starting(a))?;
        prop_assert!(!Period::starting(a).to_string().is_empty());
        if let Ok(p) = Period::new(a.min(b), a.max(b)) {
            round_trip(&p)?;
            prop_assert!(!p.to_string().is_empty());
        }
    }

    #[test]
    fn ids_round_trip(s in "\\PC{0,70}", n in any::<u64>()) {
        if let Ok(id) = PersonId::new(&s) {
            round_trip(&id)?;
            prop_assert_eq!(id.as_str(), s.as_str());
        }
        round_trip(&PersonId::from(n))?;
        // A number on the wire reads as the same id as its digits.
        prop_assert_eq!(serde_json::from_str::<PersonId>(&n.to_string()).unwrap(), PersonId::from(n));
    }
}
