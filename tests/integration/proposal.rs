//! From proposal to decision: a mixed list (people and collectives, several
//! awards) through the dossier check, the council's vote, the decision, its
//! money and the fund, under a reception date before and after 2026-10-01;
//! signing powers at every level; revocation.

use crate::util::{d, initiative};
use thidua::collectives::{CollectiveRecord, MemberTally};
use thidua::decision::{DecisionDocument, Pay};
use thidua::eligibility::{Criterion, Status};
use thidua::fund::BudgetCategory;
use thidua::history::{Conferral, Recipient};
use thidua::law::{AreaClass, DossierPart, FundBasis, SalarySchedule};
use thidua::people::Scope;
use thidua::proposal::{
    Appraisal, CouncilMinutes, Dossier, Nominee, Proposal, ProposalReport, Revocation,
    RevocationGround,
};
use thidua::units::{Level, Unit, UnitKind, UnitRegistry};
use thidua::{
    Authority, Award, Collective, Confidence, Fund, Money, Outcome, Overlay, Period, Person,
    PersonCategory, Rating, RegimeId, Review, RuleBook, YearRecord,
};

/// A province's rules of procedure (Bắc Ninh QĐ 86/2025 Art. 8: the
/// council decides by majority of those present, with 80% of members
/// present), its dossier for the titles it sets, and a deadline.
pub const OVERLAY: &str = r#"
schema = "thidua-overlay@1"
name = "Quy định công tác thi đua, khen thưởng tỉnh Bắc Ninh"
citation = { instrument = { kind = "decision", number = "86/2025/QĐ-UBND", name = "Quyết định số 86/2025/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Ninh" }, article = 8, mark = "V" }
in_force = { from = "2025-12-15" }

[[procedure]]
rule = "council_threshold"
share = { more_than = 50 }
of = "present"
quorum = { at_least = 80 }

[[procedure]]
rule = "dossier_parts"
awards = ["advanced_worker", "grassroots_emulation_fighter", "advanced_collective"]
parts = ["submission", "achievement_report", "review_minutes"]

[[procedure]]
rule = "deadline"
month = 12
day = 10
following_year = true
"#;

fn units() -> UnitRegistry {
    let from = Period::starting(d(2000, 1, 1));
    let two_tier = Period::starting(d(2025, 7, 1));
    UnitRegistry::new([
        Unit::new(
            "T-BN".parse().unwrap(),
            "Tỉnh Bắc Ninh",
            UnitKind::Province,
            from,
        ),
        Unit::new(
            "SO-NV".parse().unwrap(),
            "Sở Nội vụ",
            UnitKind::Agency,
            from,
        )
        .under("T-BN".parse().unwrap()),
        Unit::new(
            "P-TDKT".parse().unwrap(),
            "Phòng Thi đua, khen thưởng",
            UnitKind::Department,
            from,
        )
        .under("SO-NV".parse().unwrap()),
        Unit::new(
            "P-CCVC".parse().unwrap(),
            "Phòng Công chức, viên chức",
            UnitKind::Department,
            from,
        )
        .under("SO-NV".parse().unwrap()),
        Unit::new(
            "P-TCBM".parse().unwrap(),
            "Phòng Tổ chức bộ máy",
            UnitKind::Department,
            from,
        )
        .under("SO-NV".parse().unwrap()),
        Unit::new(
            "X-TY".parse().unwrap(),
            "Xã Tân Yên",
            UnitKind::Commune,
            two_tier,
        )
        .under("T-BN".parse().unwrap()),
    ])
    .unwrap()
}

fn person(id: &str, name: &str, unit: &str) -> Person {
    let mut p = Person::new(
        id.parse().unwrap(),
        name,
        PersonCategory::CivilServant,
        unit.parse().unwrap(),
    );
    p.service_start = Some(d(2012, 9, 1));
    p.initiatives = Some(Vec::new());
    p
}

fn collective(id: &str, name: &str, rating: Rating) -> Collective {
    let mut c = Collective::new(id.parse().unwrap(), name);
    c.records.push(CollectiveRecord {
        year: 2025,
        rating: Some(rating),
        movement: Some(true),
    });
    c
}

fn tally(members: u32, advanced: u32) -> MemberTally {
    let mut t = MemberTally::new(members);
    t.completed = members;
    t.advanced = advanced;
    t.fighters = 1;
    t
}

/// The list of Sở Nội vụ for 2025: two people, three departments, three
/// awards.
fn proposal(received: chrono::NaiveDate) -> Proposal {
    // Nguyễn Thị Lan: HTXS in 2024 and 2025, two grassroots initiatives:
    // the provincial Bằng khen (Law 06/2022 Art. 74 k1 d).
    let mut lan = person("CB-01", "Nguyễn Thị Lan", "P-TDKT");
    lan.records = vec![
        // The year before, for the discipline that could run into 2024.
        YearRecord::new(2023).otherwise_none(),
        YearRecord::new(2024)
            .rated(Rating::Excellent)
            .otherwise_none(),
        YearRecord::new(2025)
            .rated(Rating::Excellent)
            .otherwise_none(),
    ];
    initiative(&mut lan, "SK-2024-01", Scope::Grassroots, d(2024, 10, 15));
    initiative(&mut lan, "SK-2025-02", Scope::Grassroots, d(2025, 10, 20));
    // Trần Văn Bình: CSTĐCS 2023–2025 and an initiative of provincial
    // scope: "Chiến sĩ thi đua cấp tỉnh" (Art. 22).
    let mut binh = person("CB-02", "Trần Văn Bình", "P-CCVC");
    binh.records = (2021..=2025)
        .map(|y| YearRecord::new(y).rated(Rating::Excellent).otherwise_none())
        .collect();
    for y in 2023..=2025 {
        binh.awards.push(Conferral::new(
            Award::GrassrootsEmulationFighter,
            Period::year(y).unwrap(),
        ));
    }
    initiative(
        &mut binh,
        "SK-T-2025",
        Scope::MinistryOrProvince,
        d(2025, 11, 3),
    );
    let shared = Dossier::default()
        .with(DossierPart::Submission)
        .with(DossierPart::ReviewMinutes);
    let report = Dossier::default().with(DossierPart::AchievementReport);
    Proposal::new(
        Authority::AgencyHead,
        Authority::ProvincialChair,
        Period::year(2025).unwrap(),
    )
    .numbered("45/TTr-SNV")
    .from_unit("SO-NV".parse().unwrap())
    .submitted_on(d(2026, 9, 15))
    .received_on(received)
    .with_dossier(shared)
    .nominate(
        Nominee::person(lan, Award::MinistryOrProvinceCertificateOfMerit)
            .with_dossier(report.clone()),
    )
    .nominate(
        Nominee::person(binh, Award::MinistryOrProvinceEmulationFighter)
            .with_dossier(report.clone().with(DossierPart::InitiativeProof)),
    )
    .nominate(
        Nominee::collective(
            collective("P-TDKT", "Phòng Thi đua, khen thưởng", Rating::Excellent),
            tally(10, 8),
            Award::ExcellentCollective,
        )
        .with_dossier(report.clone()),
    )
    .nominate(
        Nominee::collective(
            collective("P-CCVC", "Phòng Công chức, viên chức", Rating::Excellent),
            tally(10, 6),
            Award::ExcellentCollective,
        )
        .with_dossier(report.clone()),
    )
    .nominate(
        // The report of achievements known to be missing.
        Nominee::collective(
            collective("P-TCBM", "Phòng Tổ chức bộ máy", Rating::Excellent),
            tally(8, 8),
            Award::ExcellentCollective,
        )
        .with_dossier(Dossier::default().without(DossierPart::AchievementReport)),
    )
}

fn minutes(report: &ProposalReport) -> CouncilMinutes {
    // 11 members, 10 present (100 × 10 ≥ 80 × 11); "trên 50%" of those
    // present: 6 of 10 passes, 5 of 10 does not.
    let mut m = CouncilMinutes::new(d(2026, 10, 12), 11, 10);
    for (n, yes) in report.nominees.iter().zip([9, 10, 8, 5, 6]) {
        m = m.vote(n.recipient.clone(), n.award, yes, 10 - yes);
    }
    m
}

struct Run {
    report: ProposalReport,
    proposed: thidua::proposal::ProposedDecision,
    money: thidua::proposal::ProposalMoney,
}

fn run(
    received: chrono::NaiveDate,
    on: chrono::NaiveDate,
    overlay: &Overlay,
    book: &RuleBook,
) -> Run {
    let appraisal = Appraisal::new(book, on).with_overlay(overlay);
    let mut report = appraisal.check(&proposal(received)).unwrap();
    let m = minutes(&report);
    appraisal.council(&mut report, &m).unwrap();
    let registry = units();
    let proposed = appraisal
        .decide(
            &report,
            "1520/QĐ-UBND".parse().unwrap(),
            on,
            Some("T-BN".parse().unwrap()),
            Some(&registry),
        )
        .unwrap();
    let money = appraisal
        .money(&report, &proposed, &SalarySchedule::national())
        .unwrap();
    Run {
        report,
        proposed,
        money,
    }
}

#[test]
fn a_mixed_list_from_proposal_to_fund_either_side_of_2026_10_01() {
    let book = RuleBook::national();
    let overlay = Overlay::from_toml(OVERLAY, "bac-ninh.toml").unwrap();
    let on = d(2026, 10, 15);

    // Received for appraisal on 2026-09-20, decided on 2026-10-15: Law
    // 06/2026/QH16 Art. 4 k4 keeps Law 06/2022 (Decree 152/2025) unless the
    // new rule is more favourable, and the new rule was not read.
    let september = run(d(2026, 9, 20), on, &overlay, &book);
    let r = &september.report;
    let outcomes: Vec<Outcome> = r.nominees.iter().map(|n| n.outcome()).collect();
    assert_eq!(
        outcomes,
        [
            Outcome::Eligible,
            Outcome::Eligible,
            Outcome::Eligible,
            Outcome::Ineligible,
            Outcome::Ineligible
        ],
        "{:#?}",
        r.nominees
            .iter()
            .map(|n| n.verdict.to_string())
            .collect::<Vec<_>>()
    );
    for n in &r.nominees {
        assert_eq!(n.choice.chosen, RegimeId::DECREE_152_2025, "{}", n.verdict);
        assert_eq!(n.choice.verdicts.len(), 2);
        assert_eq!(n.choice.verdicts[1].regime, RegimeId::AMENDMENT_2026);
        assert_ne!(n.choice.verdicts[1].outcome, Outcome::Eligible);
        let t = n.verdict.finding(Criterion::Transition).unwrap();
        assert_eq!(t.citation.to_short(), "06/2026/QH16 Điều 4 khoản 4");
        assert_eq!(t.citation.confidence(), Confidence::Secondhand);
    }
    // Phòng Công chức: 6 of 10 members hold LĐTT, under 70%; and 5 votes of
    // 10 present are not "trên 50%".
    let ccvc = &r.nominees[3];
    assert_eq!(ccvc.council.as_ref().unwrap().status, Status::Unmet);
    assert!(
        ccvc.council
            .as_ref()
            .unwrap()
            .reason_vi
            .contains("đồng ý 5/10 (50%)"),
        "{}",
        ccvc.verdict
    );
    // Phòng Tổ chức bộ máy: its report of achievements is missing.
    let tcbm = &r.nominees[4];
    let missing = tcbm
        .dossier
        .iter()
        .find(|f| f.status == Status::Unmet)
        .unwrap();
    assert_eq!(missing.reason_vi, "hồ sơ thiếu báo cáo thành tích");
    assert_eq!(missing.citation.to_short(), "06/2022/QH15 Điều 84 khoản 1");
    // The province's deadline: 10/12 of the next year.
    let deadline = r.nominees[0].deadline.as_ref().unwrap();
    assert_eq!(deadline.status, Status::Met);
    assert_eq!(deadline.citation.instrument().number(), "86/2025/QĐ-UBND");

    // The decision: the three eligible nominees.
    let p = &september.proposed;
    assert_eq!(p.decision.grants.len(), 3);
    assert_eq!(p.left_out, [3, 4]);
    // The provincial chair's own Bằng khen and TTLĐXS (S); CSTĐ cấp tỉnh
    // rests on Art. 79, not read: one authority issue that needs review.
    // Law 06/2026/QH16 is in force on the decision date and was not read,
    // so every power needs review then.
    assert!(
        p.authority
            .iter()
            .all(|i| i.finding.status == Status::Unknown),
        "{:?}",
        p.authority
    );
    assert!(
        p.authority
            .iter()
            .all(|i| i.finding.criterion == Criterion::Authority)
    );

    // The money, under Decree 152/2025 with the base salary of 2026-07-01
    // (2.530.000 đồng): Bằng khen 1,5 → 3.800.000; CSTĐ tỉnh 3,0 →
    // 7.590.000; TTLĐXS 1,5 → 3.800.000.
    let m = &september.money;
    assert!(m.regimes.iter().all(|r| r == &RegimeId::DECREE_152_2025));
    let paid: Vec<Money> = m.money.lines.iter().map(|l| l.paid).collect();
    assert_eq!(
        paid,
        [
            Money::from_dong(3_800_000),
            Money::from_dong(7_590_000),
            Money::from_dong(3_800_000)
        ]
    );
    assert_eq!(m.money.total, Money::from_dong(15_190_000));
    assert!(m.findings.is_empty());

    // The document.
    let names = |rcp: &Recipient| {
        let n = r.nominees.iter().find(|n| &n.recipient == rcp).unwrap();
        (
            n.name.clone(),
            units()
                .get(&n.unit)
                .map_or(String::new(), |u| u.name.clone()),
        )
    };
    let regime = book.regime(&RegimeId::DECREE_152_2025).unwrap();
    let doc = DecisionDocument::new(&p.decision, &m.money, regime, names)
        .issued_at("Bắc Ninh", "Ủy ban nhân dân tỉnh Bắc Ninh")
        .with_basis("khoản 4 Điều 4 Luật số 06/2026/QH16 sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng")
        .answering("Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV");
    let vi = doc.to_vietnamese().unwrap();
    assert!(
        vi.contains(
            "tổng số tiền: 15.190.000 đồng (Bằng chữ: Mười lăm triệu một trăm chín mươi nghìn đồng)"
        ),
        "{vi}"
    );
    assert!(
        vi.contains("1 | Nguyễn Thị Lan | Phòng Thi đua, khen thưởng | 3.800.000"),
        "{vi}"
    );
    assert!(
        vi.contains("Căn cứ khoản 4 Điều 4 Luật số 06/2026/QH16"),
        "{vi}"
    );
    assert!(doc.to_english().contains("Total: 15,190,000 dong"));

    // The fund of the province for 2026 pays it.
    let mut fund = Fund::new(
        "T-BN".parse().unwrap(),
        Level::Province,
        2026,
        FundBasis::RecurrentSpending {
            spending: Money::from_dong(12_000_000_000_000),
            area: AreaClass::Delta,
        },
    )
    .allocate(Money::from_dong(20_000_000_000))
    .opening(Money::from_dong(1_500_000_000))
    .line(thidua::fund::BudgetLine::new(
        "TT".parse().unwrap(),
        BudgetCategory::AwardMoney,
        Money::from_dong(15_000_000_000),
    ));
    fund.commit(&p.decision, &m.money);
    let review = fund.review(&book).unwrap();
    assert_eq!(review.committed, Money::from_dong(15_190_000));
    assert_eq!(review.total, Money::from_dong(21_500_000_000));
    assert_eq!(
        review.balance,
        Money::from_dong(21_500_000_000 - 15_190_000)
    );
    // The rules follow the dates of spending: 1 January under Decree
    // 152/2025, the decision under the 2026 amendment.
    assert_eq!(
        review.spending_regimes,
        [RegimeId::DECREE_152_2025, RegimeId::AMENDMENT_2026]
    );
    // The carry-over rests on a text not read.
    assert!(
        review
            .unverified
            .iter()
            .any(|f| f.kind == thidua::fund::FundFindingKind::CarryOverUnread)
    );

    // Received on 2026-10-05: the amended law governs, and no text of it
    // was read: every verdict needs review, nothing is decided or paid.
    let october = run(d(2026, 10, 5), on, &overlay, &book);
    for n in &october.report.nominees {
        assert_eq!(n.choice.chosen, RegimeId::AMENDMENT_2026);
        assert_eq!(n.choice.verdicts.len(), 1);
        assert!(n.outcome() >= Outcome::NeedsReview, "{}", n.verdict);
        assert!(n.verdict.finding(Criterion::Transition).is_none());
    }
    assert!(october.proposed.decision.grants.is_empty());
    assert_eq!(october.proposed.left_out.len(), 5);
    assert_eq!(october.money.money.total, Money::ZERO);
}

#[test]
fn without_a_reception_date_or_across_2025_07_01_a_differing_verdict_needs_review() {
    let book = RuleBook::national();
    // LĐTT for 2024 with 7 months of service: under Decree 98/2023 and
    // Circular 01/2024 (6 months) eligible; the same under Decree 152 — so
    // take a CSTĐCS on HTXS alone, judged either side of 2025-07-01: the
    // verdicts agree, and the finding says the article was not read.
    let mut an = person("CB-03", "Lê Văn An", "P-TDKT");
    an.records = vec![
        YearRecord::new(2023).otherwise_none(),
        YearRecord::new(2024)
            .rated(Rating::Excellent)
            .otherwise_none(),
    ];
    let parts = Dossier::default()
        .with(DossierPart::Submission)
        .with(DossierPart::AchievementReport)
        .with(DossierPart::ReviewMinutes)
        .with(DossierPart::InitiativeOrExcellenceProof);
    let p = Proposal::new(
        Authority::AgencyHead,
        Authority::AgencyHead,
        Period::year(2024).unwrap(),
    )
    .received_on(d(2025, 6, 20))
    .with_dossier(parts.clone())
    .nominate(Nominee::person(
        an.clone(),
        Award::GrassrootsEmulationFighter,
    ));
    let report = Appraisal::new(&book, d(2025, 7, 10)).check(&p).unwrap();
    let n = &report.nominees[0];
    assert_eq!(n.choice.chosen, RegimeId::DECREE_152_2025);
    let t = n.choice.finding.as_ref().unwrap();
    assert_eq!(t.status, Status::Met);
    assert_eq!(t.citation.to_short(), "152/2025/NĐ-CP Điều 60 khoản 3");
    assert_eq!(t.citation.confidence(), Confidence::Unverified);

    // Across 2024-01-01 with a CSTĐCS on HTXS alone: Decree 91/2017 needs
    // an initiative, Law 06/2022 does not. Law 06/2022 Art. 95 has no rule
    // for pending dossiers: needs review, naming Art. 95.
    let mut binh = person("CB-04", "Phạm Thị Bình", "P-TDKT");
    binh.records = vec![
        YearRecord::new(2022).otherwise_none(),
        YearRecord::new(2023)
            .rated(Rating::Excellent)
            .otherwise_none(),
    ];
    let p = Proposal::new(
        Authority::AgencyHead,
        Authority::AgencyHead,
        Period::year(2023).unwrap(),
    )
    .received_on(d(2023, 12, 20))
    .with_dossier(parts.clone())
    .nominate(Nominee::person(
        binh.clone(),
        Award::GrassrootsEmulationFighter,
    ));
    let report = Appraisal::new(&book, d(2024, 1, 15)).check(&p).unwrap();
    let n = &report.nominees[0];
    assert_eq!(
        n.choice
            .verdicts
            .iter()
            .map(|v| v.outcome)
            .collect::<Vec<_>>(),
        [Outcome::Ineligible, Outcome::Eligible]
    );
    assert!(!n.choice.settled);
    assert_eq!(n.outcome(), Outcome::NeedsReview, "{}", n.verdict);
    let t = n.choice.finding.as_ref().unwrap();
    assert_eq!(t.status, Status::Unknown);
    assert_eq!(t.citation.to_short(), "06/2022/QH15 Điều 95");
    assert!(
        t.reason_vi.contains("không quy định việc chuyển tiếp"),
        "{t}"
    );

    // The same with no reception date: the missing date is said.
    let mut p = p;
    p.received = None;
    let report = Appraisal::new(&book, d(2024, 1, 15)).check(&p).unwrap();
    let t = report.nominees[0].choice.finding.as_ref().unwrap();
    assert!(t.reason_vi.contains("chưa có ngày tiếp nhận"), "{t}");
    assert_eq!(report.nominees[0].outcome(), Outcome::NeedsReview);

    // Received after the decision date: malformed input.
    let mut late = p;
    late.received = Some(d(2024, 2, 1));
    assert!(Appraisal::new(&book, d(2024, 1, 15)).check(&late).is_err());
}

#[test]
fn council_shares_per_regime_are_exact_integer_tests() {
    let book = RuleBook::national();
    let mut lan = person("CB-05", "Đỗ Thị Lan", "P-TDKT");
    lan.records = vec![
        YearRecord::new(2023).otherwise_none(),
        YearRecord::new(2024)
            .rated(Rating::Excellent)
            .otherwise_none(),
    ];
    let parts = Dossier::default()
        .with(DossierPart::Submission)
        .with(DossierPart::AchievementReport)
        .with(DossierPart::ReviewMinutes)
        .with(DossierPart::InitiativeOrExcellenceProof);
    let p = Proposal::new(
        Authority::AgencyHead,
        Authority::AgencyHead,
        Period::year(2024).unwrap(),
    )
    .received_on(d(2024, 12, 10))
    .with_dossier(parts)
    .nominate(Nominee::person(lan, Award::GrassrootsEmulationFighter));
    let appraisal = Appraisal::new(&book, d(2024, 12, 20));
    let who = Recipient::Individual("CB-05".parse().unwrap());
    // Decree 98/2023 Art. 30 k7: at least 80% of all 11 members: 9 votes
    // (81,8%) pass, 8 (72,7%) do not, however many were present.
    for (yes, status) in [(9, Status::Met), (8, Status::Unmet)] {
        let mut report = appraisal.check(&p).unwrap();
        let m = CouncilMinutes::new(d(2024, 12, 18), 11, 8).vote(
            who.clone(),
            Award::GrassrootsEmulationFighter,
            yes,
            0,
        );
        appraisal.council(&mut report, &m).unwrap();
        let f = report.nominees[0].council.as_ref().unwrap();
        assert_eq!(f.status, status, "{f}");
        assert_eq!(f.citation.to_short(), "98/2023/NĐ-CP Điều 30 khoản 7");
    }
    // From 2025-07-01 no share was read: needs review without an overlay.
    let mut report = Appraisal::new(&book, d(2025, 12, 20))
        .check(&Proposal {
            period: Period::year(2025).unwrap(),
            received: Some(d(2025, 12, 10)),
            ..p.clone()
        })
        .unwrap();
    let m = CouncilMinutes::new(d(2025, 12, 18), 11, 11).vote(
        who.clone(),
        Award::GrassrootsEmulationFighter,
        11,
        0,
    );
    Appraisal::new(&book, d(2025, 12, 20))
        .council(&mut report, &m)
        .unwrap();
    let f = report.nominees[0].council.as_ref().unwrap();
    assert_eq!(f.status, Status::Unknown);
    assert_eq!(f.citation.confidence(), Confidence::Unverified);
    // An overlay cannot lower a national share (2024: 80% of all members).
    let overlay = Overlay::from_toml(
        &OVERLAY.replace("2025-12-15", "2024-01-01"),
        "bac-ninh.toml",
    )
    .unwrap();
    let lower = Appraisal::new(&book, d(2024, 12, 20)).with_overlay(&overlay);
    let mut report = lower.check(&p).unwrap();
    let m = CouncilMinutes::new(d(2024, 12, 18), 11, 10).vote(
        who,
        Award::GrassrootsEmulationFighter,
        9,
        0,
    );
    let err = lower.council(&mut report, &m).unwrap_err();
    assert_eq!(err.kind(), thidua::ErrorKind::Conflict);
}

#[test]
fn every_signer_level_answers_with_a_citation_or_needs_review() {
    let book = RuleBook::national();
    let awards = [
        Award::AdvancedWorker,
        Award::GrassrootsEmulationFighter,
        Award::ExcellentCollective,
        Award::MinistryOrProvinceCertificateOfMerit,
        Award::MinistryOrProvinceEmulationFighter,
        Award::MinistryOrProvinceEmulationFlag,
        Award::NationalEmulationFighter,
        Award::PrimeMinisterCertificateOfMerit,
        Award::GovernmentEmulationFlag,
        Award::LabourOrderThird,
        Award::HeroOfLabour,
    ];
    for on in [
        d(2021, 12, 20),
        d(2024, 12, 20),
        d(2025, 12, 20),
        d(2026, 12, 20),
        d(2027, 6, 1),
    ] {
        let regime = book.regime_on(on).unwrap();
        for &signer in Authority::ALL {
            for award in awards {
                let f = signer.may_confer(&book, award, on).unwrap();
                assert_eq!(f.criterion, Criterion::Authority);
                // "Allowed" rests on a text read; an unread one needs review.
                if f.status == Status::Met {
                    assert!(
                        f.citation.confidence().is_decisive(),
                        "{signer} {award} {on}: {f}"
                    );
                }
                if !f.citation.confidence().is_decisive() {
                    assert_eq!(f.status, Status::Unknown, "{signer} {award} {on}: {f}");
                }
                if regime.confidence() == Confidence::Unverified {
                    assert_ne!(f.status, Status::Met, "{signer} {award} {on}: {f}");
                }
            }
        }
    }
    let status = |signer: Authority, award: Award, on| signer.may_confer(&book, award, on).unwrap();
    let f = status(
        Authority::President,
        Award::LabourOrderThird,
        d(2024, 12, 20),
    );
    assert_eq!(
        (f.status, f.citation.to_short()),
        (Status::Met, "06/2022/QH15 Điều 77".to_owned())
    );
    let f = status(
        Authority::Government,
        Award::GovernmentEmulationFlag,
        d(2025, 12, 20),
    );
    assert_eq!(
        (f.status, f.citation.to_short()),
        (Status::Met, "06/2022/QH15 Điều 78 khoản 1".to_owned())
    );
    let f = status(
        Authority::PrimeMinister,
        Award::NationalEmulationFighter,
        d(2025, 12, 20),
    );
    assert_eq!(
        (f.status, f.citation.to_short()),
        (Status::Met, "06/2022/QH15 Điều 78 khoản 2".to_owned())
    );
    // The Prime Minister decides the Government flag (S reading, noted).
    let f = status(
        Authority::PrimeMinister,
        Award::GovernmentEmulationFlag,
        d(2025, 12, 20),
    );
    assert_eq!(f.status, Status::Met);
    assert!(f.citation.note().unwrap().contains("strict reading"));
    // The Prime Minister does not decide an order: Art. 77 gives it to the
    // President.
    assert_eq!(
        status(
            Authority::PrimeMinister,
            Award::LabourOrderThird,
            d(2025, 12, 20)
        )
        .status,
        Status::Unmet
    );
    // Ministers: Art. 79 not read.
    let f = status(
        Authority::Minister,
        Award::MinistryOrProvinceCertificateOfMerit,
        d(2025, 12, 20),
    );
    assert_eq!(
        (f.status, f.citation.to_short()),
        (Status::Unknown, "06/2022/QH15 Điều 79".to_owned())
    );
    // The provincial chair's own Bằng khen: from 2025-07-01 a provincial
    // text applying the Law (S); before, Art. 79 not read.
    let f = status(
        Authority::ProvincialChair,
        Award::MinistryOrProvinceCertificateOfMerit,
        d(2025, 12, 20),
    );
    assert_eq!(f.status, Status::Met);
    assert_eq!(f.citation.instrument().number(), "86/2025/QĐ-UBND");
    assert_eq!(
        status(
            Authority::ProvincialChair,
            Award::MinistryOrProvinceCertificateOfMerit,
            d(2024, 12, 20)
        )
        .status,
        Status::Unknown
    );
    // Who proposes what to whom.
    let powers = book.regime_on(d(2025, 12, 20)).unwrap().powers();
    let f = powers.judge_proposing(
        Authority::ProvincialChair,
        Authority::PrimeMinister,
        Award::PrimeMinisterCertificateOfMerit,
    );
    assert_eq!(
        (f.status, f.citation.to_short()),
        (Status::Met, "152/2025/NĐ-CP Điều 42".to_owned())
    );
    assert_eq!(
        powers
            .judge_proposing(
                Authority::Minister,
                Authority::President,
                Award::LabourOrderThird
            )
            .status,
        Status::Unknown
    );
}

#[test]
fn a_signer_rewards_only_those_under_its_unit() {
    let book = RuleBook::national();
    let registry = units();
    let y = Period::year(2025).unwrap();
    let decision = thidua::Decision::new(
        "9/QĐ-UBND".parse().unwrap(),
        d(2025, 12, 20),
        Authority::CommuneChair,
    )
    .issued_by("X-TY".parse().unwrap())
    .grant(
        Recipient::Collective("P-TDKT".parse().unwrap()),
        Award::AdvancedCollective,
        y,
    )
    .grant(
        Recipient::Individual("CB-01".parse().unwrap()),
        Award::AdvancedWorker,
        y,
    )
    .grant(
        Recipient::Commune("X-TY".parse().unwrap()),
        Award::CertificateOfCommendation,
        y,
    );
    let people = |r: &Recipient| match r {
        Recipient::Individual(_) => Some("X-TY".parse().unwrap()),
        _ => None,
    };
    let issues = decision.scope_issues(&book, &registry, people).unwrap();
    // A department of the provincial agency, and the commune itself: outside
    // (needs review: from 2024 the rule was not read). The commune's own
    // person is inside.
    assert_eq!(
        issues.iter().map(|i| i.grants[0]).collect::<Vec<_>>(),
        [0, 2]
    );
    assert!(issues.iter().all(|i| i.finding.status == Status::Unknown));
    // Under Decree 91/2017 Art. 43 k2 a (S) it is not allowed.
    let old = thidua::Decision {
        date: d(2021, 12, 20),
        ..decision
    };
    let registry = UnitRegistry::new([
        Unit::new(
            "T-BN".parse().unwrap(),
            "Tỉnh Bắc Ninh",
            UnitKind::Province,
            Period::starting(d(2000, 1, 1)),
        ),
        Unit::new(
            "H-1".parse().unwrap(),
            "Huyện Yên Dũng",
            UnitKind::District,
            Period::new(d(2000, 1, 1), d(2025, 7, 1)).unwrap(),
        )
        .under("T-BN".parse().unwrap()),
        Unit::new(
            "X-TY".parse().unwrap(),
            "Xã Tân Yên",
            UnitKind::Commune,
            Period::new(d(2000, 1, 1), d(2025, 7, 1)).unwrap(),
        )
        .under("H-1".parse().unwrap()),
        Unit::new(
            "P-TDKT".parse().unwrap(),
            "Phòng Nội vụ huyện",
            UnitKind::Department,
            Period::new(d(2000, 1, 1), d(2025, 7, 1)).unwrap(),
        )
        .under("H-1".parse().unwrap()),
    ])
    .unwrap();
    let issues = old.scope_issues(&book, &registry, people).unwrap();
    assert_eq!(issues.len(), 2);
    assert!(issues.iter().all(|i| i.finding.status == Status::Unmet));
    assert_eq!(
        issues[0].finding.citation.to_short(),
        "91/2017/NĐ-CP Điều 43 khoản 2 điểm a"
    );
}

#[test]
fn a_revocation_recovers_the_money_breaks_streaks_and_frees_initiatives() {
    let book = RuleBook::national();
    let overlay = Overlay::from_toml(OVERLAY, "bac-ninh.toml").unwrap();
    let september = run(d(2026, 9, 20), d(2026, 10, 15), &overlay, &book);
    let decision = &september.proposed.decision;
    let money = &september.money.money;
    // Lan's dossier turns out forged: her grant (the first) is revoked.
    let revocation = Revocation::new(decision, d(2027, 1, 10), RevocationGround::FalseDossier)
        .of_grants([0])
        .by("15/QĐ-UBND".parse().unwrap());
    let recovery = revocation.recover(money).unwrap();
    assert_eq!(recovery.recovered, Money::from_dong(3_800_000));
    assert_eq!(
        recovery.money.total,
        Money::from_dong(15_190_000 - 3_800_000)
    );
    assert!(matches!(recovery.money.lines[0].pay, Pay::Revoked { .. }));
    assert_eq!(recovery.money.lines[0].paid, Money::ZERO);
    assert_eq!(recovery.ground.status, Status::Met);
    assert_eq!(
        recovery.ground.citation.confidence(),
        Confidence::Secondhand
    );
    // The fund counts it back.
    let mut fund = Fund::new(
        "T-BN".parse().unwrap(),
        Level::Province,
        2026,
        FundBasis::RecurrentSpending {
            spending: Money::from_dong(12_000_000_000_000),
            area: AreaClass::Delta,
        },
    )
    .allocate(Money::from_dong(20_000_000_000));
    fund.commit(decision, money);
    let before = fund.review(&book).unwrap().balance;
    fund.recover(&decision.number, revocation.on, recovery.recovered);
    let after = fund.review(&book).unwrap();
    assert_eq!(after.recovered, Money::from_dong(3_800_000));
    assert_eq!(
        after.balance,
        before.checked_add(Money::from_dong(3_800_000)).unwrap()
    );
    assert!(
        after
            .unverified
            .iter()
            .any(|f| f.kind == thidua::fund::FundFindingKind::RecoveryUnread)
    );

    // A revoked CSTĐCS breaks the streak of "Chiến sĩ thi đua cấp tỉnh" and
    // frees the initiative it relied on.
    let mut binh = person("CB-02", "Trần Văn Bình", "P-CCVC");
    binh.records = (2021..=2025)
        .map(|y| YearRecord::new(y).rated(Rating::Excellent).otherwise_none())
        .collect();
    let who = Recipient::Individual(binh.id.clone());
    let mut grassroots = Vec::new();
    for y in 2023..=2025 {
        let dec = thidua::Decision::new(
            format!("{y}/QĐ-SNV").parse().unwrap(),
            d(y, 12, 20),
            Authority::AgencyHead,
        )
        .grant(
            who.clone(),
            Award::GrassrootsEmulationFighter,
            Period::year(y).unwrap(),
        );
        let mut c = dec.conferrals_of(&who);
        binh.awards.append(&mut c);
        grassroots.push(dec);
    }
    initiative(
        &mut binh,
        "SK-T-2025",
        Scope::MinistryOrProvince,
        d(2025, 11, 3),
    );
    let review = Review::new(&book, 2025, d(2025, 12, 28)).unwrap();
    assert_eq!(
        review
            .person(&binh, Award::MinistryOrProvinceEmulationFighter)
            .unwrap()
            .outcome,
        Outcome::Eligible
    );
    let revoke_2024 = Revocation::new(
        &grassroots[1],
        d(2025, 12, 26),
        RevocationGround::LaterViolation,
    );
    assert_eq!(revoke_2024.apply(&grassroots[1], &who, &mut binh.awards), 1);
    let v = review
        .person(&binh, Award::MinistryOrProvinceEmulationFighter)
        .unwrap();
    assert_ne!(v.outcome, Outcome::Eligible, "{v}");
    assert_eq!(
        v.finding(Criterion::Streak).unwrap().status,
        Status::Unmet,
        "{v}"
    );

    // An initiative relied on by a revoked award may support another.
    let mut hoa = person("CB-07", "Ngô Thị Hoa", "P-TDKT");
    hoa.records = vec![
        YearRecord::new(2023).otherwise_none(),
        YearRecord::new(2024)
            .rated(Rating::Excellent)
            .otherwise_none(),
        YearRecord::new(2025)
            .rated(Rating::Excellent)
            .otherwise_none(),
    ];
    initiative(&mut hoa, "SK-A", Scope::Grassroots, d(2024, 10, 1));
    initiative(&mut hoa, "SK-B", Scope::Grassroots, d(2025, 10, 1));
    let who = Recipient::Individual(hoa.id.clone());
    let dec = thidua::Decision::new(
        "7/QĐ-SNV".parse().unwrap(),
        d(2024, 12, 20),
        Authority::AgencyHead,
    )
    .grant(
        who.clone(),
        Award::GrassrootsEmulationFighter,
        Period::year(2024).unwrap(),
    );
    let mut c = dec.conferrals_of(&who);
    c[0].relied_on.push("SK-A".parse().unwrap());
    hoa.awards = c;
    let merit = Award::MinistryOrProvinceCertificateOfMerit;
    let initiatives = |p: &Person| {
        review
            .person(p, merit)
            .unwrap()
            .finding(Criterion::Initiative)
            .unwrap()
            .status
    };
    assert_eq!(initiatives(&hoa), Status::Unmet);
    let revoke = Revocation::new(
        &dec,
        d(2025, 12, 1),
        RevocationGround::FraudulentAchievements,
    );
    assert_eq!(revoke.apply(&dec, &who, &mut hoa.awards), 1);
    assert_eq!(initiatives(&hoa), Status::Met);
}
