//! Forms for everyone they are for: collectives and households under a
//! province's criteria, the Labour Order of a collective, the kinds of
//! commendation, and a broken ladder explained as a person reads it.

use thidua::Bilingual as _;
use thidua::collectives::{Community, MemberTally};
use thidua::eligibility::{Criterion, Merits, Status};
use thidua::history::{CommendationKind, Conferral, DecisionRef};
use thidua::{
    Authority, Award, Collective, ErrorKind, Outcome, Overlay, Period, RecipientKind, Review,
    RuleBook,
};

use crate::util::*;

fn overlay(name: &str) -> Overlay {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    Overlay::from_toml(&text, name).unwrap()
}

fn unit(y: i32, rating: thidua::Rating) -> Collective {
    let mut c = Collective::new("P-TC".parse().unwrap(), "Phòng Tài chính");
    for year in y - 6..=y {
        c.records.push(thidua::collectives::CollectiveRecord {
            year,
            rating: Some(rating),
            movement: Some(true),
        });
    }
    c
}

fn home() -> Community {
    Community::new(
        "HO-01".parse().unwrap(),
        "Hộ ông An",
        RecipientKind::Household,
    )
}

// ---------------------------------------------------------------------------
// Giấy khen and Bằng khen for collectives and households: Bắc Ninh's rules.

#[test]
fn a_collectives_giay_khen_under_bac_ninh() {
    let book = RuleBook::national();
    let gk = overlay("bac-ninh-giay-khen.toml");
    let on = d(2025, 12, 20);
    let national = Review::new(&book, 2025, on).unwrap();
    let local = national.clone().with_overlay(&gk).unwrap();
    let c = unit(2025, thidua::Rating::Good);
    let t = MemberTally::new(10);
    // Nationally the Law only delegates (Art. 75 k2): needs review.
    let v = national
        .collective(&c, &t, Award::CertificateOfCommendation)
        .unwrap();
    assert_outcome(&v, Outcome::NeedsReview);
    assert_status(&v, Criterion::ProvincialStandard, Status::Unknown);
    // Under Bắc Ninh's rule the council's answers decide: compliance,
    // unity, and one of two achievements; the year rated HTT.
    let yes = Merits::new(vec![Some(true), Some(true), Some(false), Some(true)]);
    let v = local
        .collective_with(&c, &t, Award::CertificateOfCommendation, &yes)
        .unwrap();
    assert_outcome(&v, Outcome::Eligible);
    assert!(
        v.findings
            .iter()
            .all(|f| f.citation.instrument().number() != "06/2022/QH15"
                || f.criterion != Criterion::ProvincialStandard),
        "{v}"
    );
    // Disunity fails it; a point not judged leaves it to review.
    let split = Merits::new(vec![Some(true), Some(false), Some(true), None]);
    let v = local
        .collective_with(&c, &t, Award::CertificateOfCommendation, &split)
        .unwrap();
    assert_outcome(&v, Outcome::Ineligible);
    assert_eq!(v.unmet().count(), 1, "{v}");
    let open = Merits::new(vec![Some(true), Some(true)]);
    let v = local
        .collective_with(&c, &t, Award::CertificateOfCommendation, &open)
        .unwrap();
    assert_outcome(&v, Outcome::NeedsReview);
    // A year rated HT does not make "hoàn thành tốt nhiệm vụ".
    let weak = unit(2025, thidua::Rating::Completed);
    let v = local
        .collective_with(&weak, &t, Award::CertificateOfCommendation, &yes)
        .unwrap();
    assert_outcome(&v, Outcome::Ineligible);
}

#[test]
fn a_households_giay_khen_and_bang_khen_under_bac_ninh() {
    let book = RuleBook::national();
    let gk = overlay("bac-ninh-giay-khen.toml");
    let bk = overlay("bac-ninh-bang-khen.toml");
    let on = d(2025, 12, 20);
    let national = Review::new(&book, 2025, on).unwrap();
    let local = national
        .clone()
        .with_overlay(&gk)
        .unwrap()
        .with_overlay(&bk)
        .unwrap();
    let h = home();
    // Nationally: the Giấy khen is delegated; the Bằng khen's household
    // clause (Art. 74 k3) was not read.
    let v = national
        .community(&h, Award::MinistryOrProvinceCertificateOfMerit)
        .unwrap();
    assert_outcome(&v, Outcome::NeedsReview);
    assert!(
        v.findings
            .iter()
            .any(|f| f.citation.to_short() == "06/2022/QH15 Điều 74 khoản 3"),
        "{v}"
    );
    let v = local
        .community_with(
            &h,
            Award::MinistryOrProvinceCertificateOfMerit,
            &Merits::new(vec![Some(true), Some(true)]),
        )
        .unwrap();
    assert_outcome(&v, Outcome::Eligible);
    let v = local
        .community_with(
            &h,
            Award::MinistryOrProvinceCertificateOfMerit,
            &Merits::new(vec![Some(true), Some(false)]),
        )
        .unwrap();
    assert_outcome(&v, Outcome::Ineligible);
    // Giấy khen: one of contribution or a movement result.
    let v = local
        .community_with(
            &h,
            Award::CertificateOfCommendation,
            &Merits::new(vec![Some(true), Some(false), Some(true)]),
        )
        .unwrap();
    assert_outcome(&v, Outcome::Eligible);
    // The same achievement rewarded twice is not.
    let mut twice = home();
    twice.awards.push(Conferral::new(
        Award::CertificateOfCommendation,
        Period::year(2025).unwrap(),
    ));
    twice.awards.push(Conferral::new(
        Award::MinistryOrProvinceCertificateOfMerit,
        Period::year(2025).unwrap(),
    ));
    let v = local
        .community_with(
            &twice,
            Award::CertificateOfCommendation,
            &Merits::new(vec![Some(true), Some(false), Some(true)]),
        )
        .unwrap();
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::OneAchievementOneAward, Status::Unmet);
}

#[test]
fn an_overlay_cannot_set_what_the_law_does_not_delegate() {
    let book = RuleBook::national();
    let text = r#"
schema = "thidua-overlay@1"
name = "Tỉnh A"
citation = { cite = "06/2022/QH15 Điều 74 khoản 6", mark = "S" }
in_force = { from = "2025-07-01" }
[[rules]]
rule = "form_criteria"
award = "prime_minister_certificate_of_merit"
recipient = "collective"
all = ["đoàn kết"]
"#;
    let o = Overlay::from_toml(text, "tinh-a.toml").unwrap();
    let err = Review::new(&book, 2025, d(2025, 12, 20))
        .unwrap()
        .with_overlay(&o)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict);
    assert!(err.en().contains("does not leave"), "{err}");
    // Nor for a recipient who does not receive the award.
    let o = Overlay::from_toml(
        &text
            .replace("prime_minister_certificate_of_merit", "commemorative_medal")
            .replace("\"collective\"", "\"household\""),
        "tinh-a.toml",
    )
    .unwrap();
    let err = Review::new(&book, 2025, d(2025, 12, 20))
        .unwrap()
        .with_overlay(&o)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict);
}

// ---------------------------------------------------------------------------
// Huân chương Lao động for collectives.

/// 2017–2023, the 2003 wording (S): hạng Ba after 5 consecutive TTLĐXS with
/// a flag of the province or a Bằng khen of the Prime Minister among them;
/// hạng Nhì after hạng Ba, 5 more years and two provincial flags.
#[test]
fn the_labour_order_of_a_collective_2017_2023() {
    let book = RuleBook::national();
    let review = Review::new(&book, 2022, d(2023, 3, 1)).unwrap();
    let t = MemberTally::new(10);
    let mut c = unit(2022, thidua::Rating::Excellent);
    for y in 2018..=2022 {
        c.awards.push(Conferral::new(
            Award::ExcellentCollective,
            Period::year(y).unwrap(),
        ));
    }
    c.awards.push(Conferral::new(
        Award::PrimeMinisterCertificateOfMerit,
        Period::year(2020).unwrap(),
    ));
    let v = review.collective(&c, &t, Award::LabourOrderThird).unwrap();
    assert_outcome(&v, Outcome::Eligible);
    // Four years only: the run breaks in 2018, and the Bằng khen within it
    // is not reached, not unmet.
    c.awards
        .retain(|a| !(a.award == Award::ExcellentCollective && a.period.as_year() == Some(2018)));
    let v = review.collective(&c, &t, Award::LabourOrderThird).unwrap();
    assert_outcome(&v, Outcome::Ineligible);
    assert_eq!(v.unmet().count(), 1, "{v}");
    assert_eq!(v.not_reached().count(), 1, "{v}");
    // Hạng Nhì: the third class first.
    let v = review.collective(&c, &t, Award::LabourOrderSecond).unwrap();
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Prerequisite, Status::Unmet);
    // From 2024 the collective clauses were not read: needs review, naming them.
    let review = Review::new(&book, 2025, d(2025, 12, 20)).unwrap();
    let v = review.collective(&c, &t, Award::LabourOrderFirst).unwrap();
    assert_outcome(&v, Outcome::NeedsReview);
    assert!(
        v.findings
            .iter()
            .any(|f| f.citation.to_short() == "06/2022/QH15 Điều 42"
                && f.reason_en.contains("collectives")),
        "{v}"
    );
}

// ---------------------------------------------------------------------------
// Kinds of commendation.

/// 2017–2023: no two state-level awards within a year, unless one of them
/// is one-off, for a career or for seniority (Circular 12/2019/TT-BNV).
#[test]
fn one_state_award_a_year_reads_the_kind() {
    let book = RuleBook::national();
    let on = d(2021, 12, 20);
    let mut p = servant("CB-01", thidua::Rating::Excellent, 2021);
    conferred(&mut p, Award::MinistryOrProvinceCertificateOfMerit, 2015);
    for k in 0..5 {
        initiative(
            &mut p,
            &format!("SK-{k}"),
            thidua::people::Scope::Grassroots,
            d(2017 + k, 10, 1),
        );
    }
    let mut order = Conferral::new(Award::BraveryOrder, Period::year(2021).unwrap());
    order.decision = Some(DecisionRef {
        number: "1/QĐ-CTN".parse().unwrap(),
        date: d(2021, 6, 1),
        signer: Authority::President,
    });
    let with = |kind: Option<CommendationKind>| {
        let mut p = p.clone();
        let mut o = order.clone();
        o.kind = kind;
        p.awards.push(o);
        p
    };
    let review = Review::new(&book, 2021, on).unwrap();
    let status = |p: &thidua::Person, review: &Review<'_>| {
        review
            .person(p, Award::PrimeMinisterCertificateOfMerit)
            .unwrap()
            .finding(Criterion::StateAwardPerYear)
            .unwrap()
            .status
    };
    // Kind not recorded: needs review (as before the kinds existed).
    assert_eq!(status(&with(None), &review), Status::Unknown);
    // A regular order within the year bars a second state-level award.
    assert_eq!(
        status(&with(Some(CommendationKind::Regular)), &review),
        Status::Unmet
    );
    // A one-off order does not.
    assert_eq!(
        status(&with(Some(CommendationKind::OneOff)), &review),
        Status::Met
    );
    // Nor when this award is for a career.
    let career = Review::new(&book, 2021, on)
        .unwrap()
        .with_kind(CommendationKind::Career);
    assert_eq!(
        status(&with(Some(CommendationKind::Regular)), &career),
        Status::Met
    );
}

/// From 2024 a one-off or thematic award is not a basis for a ladder
/// (Decree 98/2023 Art. 4, Decree 152/2025 Art. 4).
#[test]
fn ladders_count_only_regular_achievements() {
    let book = RuleBook::national();
    let on = d(2025, 3, 10);
    let base = || {
        let mut p = servant("CB-01", thidua::Rating::Good, 2024);
        for y in [2020, 2022, 2024] {
            conferred(&mut p, Award::GrassrootsEmulationFighter, y);
        }
        p
    };
    let review = Review::new(&book, 2024, on).unwrap();
    let pm = Award::PrimeMinisterCertificateOfMerit;
    let with = |kind: Option<CommendationKind>| {
        let mut p = base();
        let mut c = Conferral::new(
            Award::MinistryOrProvinceCertificateOfMerit,
            Period::year(2018).unwrap(),
        );
        c.kind = kind;
        p.awards.push(c);
        review.person(&p, pm).unwrap()
    };
    assert_outcome(&with(Some(CommendationKind::Regular)), Outcome::Eligible);
    let one_off = with(Some(CommendationKind::OneOff));
    assert_outcome(&one_off, Outcome::Ineligible);
    assert_status(&one_off, Criterion::Prerequisite, Status::Unmet);
    assert!(
        one_off
            .finding(Criterion::Prerequisite)
            .unwrap()
            .reason_vi
            .contains("không làm căn cứ"),
        "{one_off}"
    );
    let unknown = with(None);
    assert_outcome(&unknown, Outcome::NeedsReview);
    assert_status(&unknown, Criterion::Prerequisite, Status::Unknown);
    // 2017–2023 no such rule was read: the kind does not matter there.
    let r1 = Review::new(&book, 2021, d(2021, 12, 20)).unwrap();
    let mut p = servant("CB-01", thidua::Rating::Excellent, 2021);
    p.awards.push(
        Conferral::new(
            Award::MinistryOrProvinceCertificateOfMerit,
            Period::year(2016).unwrap(),
        )
        .of_kind(CommendationKind::OneOff),
    );
    for k in 0..5 {
        initiative(
            &mut p,
            &format!("SK-{k}"),
            thidua::people::Scope::Grassroots,
            d(2017 + k, 10, 1),
        );
    }
    assert_status(
        &r1.person(&p, pm).unwrap(),
        Criterion::Prerequisite,
        Status::Met,
    );
}

/// The kinds Law 06/2026/QH16 adds exist from 2026-10-01 only; another kind
/// than the regular one is the council's to judge.
#[test]
fn the_2026_kinds_only_from_2026_10_01() {
    let book = RuleBook::national();
    let p = servant("CB-01", thidua::Rating::Excellent, 2026);
    let merit = Award::MinistryOrProvinceCertificateOfMerit;
    let before = Review::new(&book, 2026, d(2026, 9, 30))
        .unwrap()
        .with_kind(CommendationKind::ThematicMovement);
    let v = before.person(&p, merit).unwrap();
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Kind, Status::Unmet);
    let after = Review::new(&book, 2026, d(2026, 10, 1))
        .unwrap()
        .with_kind(CommendationKind::ThematicMovement);
    let v = after.person(&p, merit).unwrap();
    assert_outcome(&v, Outcome::NeedsReview);
    assert_status(&v, Criterion::Kind, Status::Met);
    // A one-off Bằng khen needs the council.
    let one_off = Review::new(&book, 2025, d(2025, 12, 20))
        .unwrap()
        .with_kind(CommendationKind::OneOff);
    let v = one_off
        .person(&servant("CB-01", thidua::Rating::Excellent, 2025), merit)
        .unwrap();
    assert_outcome(&v, Outcome::NeedsReview);
    // Titles are not commendations of a kind.
    let v = one_off
        .person(
            &servant("CB-01", thidua::Rating::Good, 2025),
            Award::AdvancedWorker,
        )
        .unwrap();
    assert_outcome(&v, Outcome::Eligible);
}

/// The kind travels: decision grant → conferral; proposal → review.
#[test]
fn the_kind_is_kept_from_decision_to_history() {
    let who = thidua::history::Recipient::Individual("CB-01".parse().unwrap());
    let dec = thidua::Decision::new(
        "9/QĐ-UBND".parse().unwrap(),
        d(2025, 12, 20),
        Authority::ProvincialChair,
    )
    .grant(
        who.clone(),
        Award::MinistryOrProvinceCertificateOfMerit,
        Period::year(2025).unwrap(),
    )
    .of_kind(CommendationKind::Thematic);
    let c = dec.conferrals_of(&who);
    assert_eq!(c[0].kind, Some(CommendationKind::Thematic));
    let json = serde_json::to_string(&dec).unwrap();
    assert!(json.contains(r#""kind":"thematic""#), "{json}");
    let back: thidua::Decision = serde_json::from_str(&json).unwrap();
    assert_eq!(back, dec);
    // A conferral without a kind says nothing of it on the wire.
    let plain = Conferral::new(Award::AdvancedWorker, Period::year(2025).unwrap());
    assert!(!serde_json::to_string(&plain).unwrap().contains("kind"));
    let p = thidua::proposal::Proposal::new(
        Authority::AgencyHead,
        Authority::ProvincialChair,
        Period::year(2025).unwrap(),
    );
    assert!(!serde_json::to_string(&p).unwrap().contains("kind"));
    let p = p.of_kind(CommendationKind::OneOff);
    assert!(
        serde_json::to_string(&p)
            .unwrap()
            .contains(r#""kind":"one_off""#)
    );
}

// ---------------------------------------------------------------------------
// A broken ladder, as a person reads it.

/// Law 06/2022 Art. 73 k1 b: a provincial Bằng khen for 2018, then 2019–2024
/// rated HTT, but 2022 rated HT. The run breaks in 2022: only the run is
/// unmet; the CSTĐCS counted within it are reported for the proposed period
/// 2019–2024 (three found), as not reached.
#[test]
fn a_broken_ladder_reports_its_counts_as_not_reached() {
    let book = RuleBook::national();
    let mut p = servant("CB-01", thidua::Rating::Good, 2024);
    record(&mut p, 2022).rating = Some(thidua::Rating::Completed);
    conferred(&mut p, Award::MinistryOrProvinceCertificateOfMerit, 2018);
    for y in [2020, 2021, 2024] {
        conferred(&mut p, Award::GrassrootsEmulationFighter, y);
    }
    let period = Period::new(d(2019, 1, 1), d(2025, 1, 1)).unwrap();
    let review = Review::new(&book, 2024, d(2025, 3, 10))
        .unwrap()
        .with_period(period)
        .unwrap();
    let v = review
        .person(&p, Award::PrimeMinisterCertificateOfMerit)
        .unwrap();
    assert_outcome(&v, Outcome::Ineligible);
    let unmet: Vec<_> = v.unmet().collect();
    assert_eq!(unmet.len(), 1, "{v}");
    assert_eq!(unmet[0].criterion, Criterion::Streak);
    assert!(unmet[0].reason_vi.contains("năm 2022 xếp loại HT"), "{v}");
    let not_reached: Vec<_> = v.not_reached().collect();
    assert_eq!(not_reached.len(), 1, "{v}");
    let f = not_reached[0];
    assert_eq!(f.status, Status::Unknown);
    assert!(
        f.reason_vi
            .contains("3 lần được tặng \"Chiến sĩ thi đua cơ sở\" trong thời gian 2019–2024"),
        "{v}"
    );
    assert!(v.to_string().contains("[chưa xét đến]"), "{v}");
    // The fast path agrees.
    assert_eq!(
        review
            .person_outcome(&p, Award::PrimeMinisterCertificateOfMerit)
            .unwrap(),
        Outcome::Ineligible
    );
    // Without the period, the counts are shown for the five years the run
    // needs (2020–2024).
    let v = Review::new(&book, 2024, d(2025, 3, 10))
        .unwrap()
        .person(&p, Award::PrimeMinisterCertificateOfMerit)
        .unwrap();
    assert!(
        v.not_reached().any(|f| f.reason_vi.contains("2020–2024")),
        "{v}"
    );
    // A period that does not end in the year judged is refused.
    let err = Review::new(&book, 2024, d(2025, 3, 10))
        .unwrap()
        .with_period(Period::year(2023).unwrap())
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OutOfRange);
}

/// The initiatives of the 2017–2023 Bằng khen of a province are within its
/// run: a broken run leaves them not reached, and the one unmet criterion
/// is the run.
#[test]
fn a_broken_ladder_2017_2023_leaves_its_initiatives_not_reached() {
    let mut p = servant("CB-01", thidua::Rating::Excellent, 2021);
    record(&mut p, 2020).rating = Some(thidua::Rating::Good);
    initiative(
        &mut p,
        "SK-1",
        thidua::people::Scope::Grassroots,
        d(2021, 3, 1),
    );
    let v = judge(
        &p,
        Award::MinistryOrProvinceCertificateOfMerit,
        2021,
        d(2021, 12, 20),
    );
    assert_outcome(&v, Outcome::Ineligible);
    assert_eq!(v.unmet().count(), 1, "{v}");
    assert_status(&v, Criterion::Initiative, Status::Unknown);
    assert!(v.finding(Criterion::Initiative).unwrap().not_reached, "{v}");
}
