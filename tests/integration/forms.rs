//! Commendation forms: the ladders of each regime, the local "Giấy khen"
//! criteria, and the general principles as findings.

use crate::util::*;
use proptest::prelude::*;
use thidua::Bilingual as _;
use thidua::citation::{Instrument, InstrumentKind};
use thidua::eligibility::{Criterion, Status};
use thidua::history::{CommendationKind, Conferral, DecisionRef};
use thidua::law::OverlayRule;
use thidua::people::{Initiative, InitiativeKind, Scope};
use thidua::{
    Authority, Award, Citation, Outcome, Overlay, Period, Person, Rating, Review, RuleBook,
    Verdict, strategies,
};

/// A civil servant rated `rating` from 2016 to `last`.
fn person(rating: Rating, last: i32) -> Person {
    servant("CB-01", rating, last)
}

fn rate(p: &mut Person, year: i32, rating: Rating) {
    record(p, year).rating = Some(rating);
}

fn conferred_for(p: &mut Person, award: Award, from: i32, to: i32) {
    let period = Period::new(d(from, 1, 1), d(to + 1, 1, 1)).unwrap();
    p.awards
        .push(Conferral::new(award, period).of_kind(CommendationKind::Regular));
}

fn topic(p: &mut Person, id: &str, on: chrono::NaiveDate) {
    p.add_initiative(Initiative {
        id: id.parse().unwrap(),
        kind: InitiativeKind::ResearchTopic,
        scope: Scope::Grassroots,
        recognised_on: on,
    });
}

/// A finding's Vietnamese reason.
fn reason(v: &Verdict, criterion: Criterion) -> String {
    v.finding(criterion)
        .unwrap_or_else(|| panic!("no {criterion:?} in {v}"))
        .reason_vi
        .clone()
}

// ---------------------------------------------------------------------------
// Bằng khen of the Prime Minister

/// 2024 (Law 06/2022 Art. 73 k1 b): a provincial Bằng khen for 2018, then
/// 2019–2024 rated HTT or better, with CSTĐCS in 2020, 2022 and 2024.
fn pm_ladder_2024() -> Person {
    let mut p = person(Rating::Good, 2024);
    conferred(&mut p, Award::MinistryOrProvinceCertificateOfMerit, 2018);
    for y in [2020, 2022, 2024] {
        conferred(&mut p, Award::GrassrootsEmulationFighter, y);
    }
    p
}

#[test]
fn prime_minister_ladder_2024_with_one_weak_year() {
    let on = d(2025, 3, 10);
    let p = pm_ladder_2024();
    let v = judge(&p, Award::PrimeMinisterCertificateOfMerit, 2024, on);
    assert_outcome(&v, Outcome::Eligible);
    assert_status(&v, Criterion::Prerequisite, Status::Met);
    assert!(
        reason(&v, Criterion::Prerequisite).contains("tính từ năm 2019"),
        "{v}"
    );
    assert_status(&v, Criterion::Standard, Status::Met); // 3 CSTĐCS
    assert_eq!(
        v.finding(Criterion::Streak).unwrap().citation.to_string(),
        "điểm b khoản 1 Điều 73 Luật Thi đua, khen thưởng số 06/2022/QH15"
    );

    // A weak year before the last five does not matter: 2020–2024 remain.
    let mut before = p.clone();
    rate(&mut before, 2019, Rating::Completed);
    assert_outcome(
        &judge(&before, Award::PrimeMinisterCertificateOfMerit, 2024, on),
        Outcome::Eligible,
    );

    // One weak year inside breaks the run: 2021–2024 are only 4 years.
    let mut weak = p.clone();
    rate(&mut weak, 2020, Rating::Completed);
    let v = judge(&weak, Award::PrimeMinisterCertificateOfMerit, 2024, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Streak, Status::Unmet);
    let why = reason(&v, Criterion::Streak);
    assert!(
        why.starts_with("4 năm liên tục xếp loại HTT trở lên đến năm 2024 (cần 5 năm"),
        "{why}"
    );
    assert!(why.contains("năm 2020 xếp loại HT"), "{why}");
    // The evidence names the years walked.
    let years: Vec<String> = v
        .finding(Criterion::Streak)
        .unwrap()
        .evidence
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        years,
        [
            "năm 2024: HTT",
            "năm 2023: HTT",
            "năm 2022: HTT",
            "năm 2021: HTT",
            "năm 2020: HT"
        ]
    );

    // A year without a record breaks it too.
    let mut gap = p.clone();
    gap.records.retain(|r| r.year != 2022);
    let v = judge(&gap, Award::PrimeMinisterCertificateOfMerit, 2024, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert!(
        reason(&v, Criterion::Streak).contains("không có hồ sơ năm 2022"),
        "{v}"
    );

    // A year recorded but not rated leaves it open.
    let mut open = p;
    record(&mut open, 2021).rating = None;
    let v = judge(&open, Award::PrimeMinisterCertificateOfMerit, 2024, on);
    assert_outcome(&v, Outcome::NeedsReview);
    assert!(
        reason(&v, Criterion::Streak).contains("năm 2021 chưa xếp loại"),
        "{v}"
    );
}

#[test]
fn prime_minister_ladder_2024_counts_from_the_previous_decision() {
    let on = d(2025, 3, 10);
    // Two CSTĐCS only.
    let mut p = pm_ladder_2024();
    p.awards.retain(|c| c.period.as_year() != Some(2022));
    let v = judge(&p, Award::PrimeMinisterCertificateOfMerit, 2024, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Standard, Status::Unmet);

    // No provincial Bằng khen: the ladder route is closed, and the verdict
    // says a lower form is not required on the other routes.
    let mut p = pm_ladder_2024();
    p.awards
        .retain(|c| c.award != Award::MinistryOrProvinceCertificateOfMerit);
    let v = judge(&p, Award::PrimeMinisterCertificateOfMerit, 2024, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Prerequisite, Status::Unmet);
    assert_status(&v, Criterion::LowerFormNotRequired, Status::Met);

    // A Bằng khen for 2020: 2021–2024 are four years after it.
    let mut p = pm_ladder_2024();
    p.awards
        .retain(|c| c.award != Award::MinistryOrProvinceCertificateOfMerit);
    conferred(&mut p, Award::MinistryOrProvinceCertificateOfMerit, 2020);
    let v = judge(&p, Award::PrimeMinisterCertificateOfMerit, 2024, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert!(
        reason(&v, Criterion::Streak).contains("tính từ năm 2021"),
        "{v}"
    );
    // … and five from 2025 on.
    rate_next(&mut p, 2025, Rating::Good);
    conferred(&mut p, Award::GrassrootsEmulationFighter, 2025);
    assert_outcome(
        &judge(
            &p,
            Award::PrimeMinisterCertificateOfMerit,
            2025,
            d(2026, 3, 10),
        ),
        Outcome::Eligible,
    );

    // A Bằng khen whose decision wrote no achievement period (open-ended):
    // the fallback of Decree 98/2023 Art. 30 k9 was not read.
    let mut p = pm_ladder_2024();
    p.awards
        .retain(|c| c.award != Award::MinistryOrProvinceCertificateOfMerit);
    p.awards.push(Conferral::new(
        Award::MinistryOrProvinceCertificateOfMerit,
        Period::starting(d(2018, 6, 1)),
    ));
    let v = judge(&p, Award::PrimeMinisterCertificateOfMerit, 2024, on);
    assert_outcome(&v, Outcome::NeedsReview);
    assert_status(&v, Criterion::Prerequisite, Status::Unknown);
}

fn rate_next(p: &mut Person, year: i32, rating: Rating) {
    p.records
        .push(thidua::YearRecord::new(year).rated(rating).otherwise_none());
}

/// 2021 (Decree 91/2017 Art. 38 k1 c): a provincial Bằng khen for 2015,
/// then 2016–2021 rated HTXS, with 5 grassroots initiatives.
fn pm_ladder_2021() -> Person {
    let mut p = person(Rating::Excellent, 2021);
    conferred(&mut p, Award::MinistryOrProvinceCertificateOfMerit, 2015);
    for (i, y) in (2017..=2021).enumerate() {
        initiative(&mut p, &format!("SK-{i}"), Scope::Grassroots, d(y, 10, 1));
    }
    p
}

#[test]
fn prime_minister_ladder_2021_with_one_weak_year() {
    let on = d(2021, 12, 20);
    let p = pm_ladder_2021();
    let v = judge(&p, Award::PrimeMinisterCertificateOfMerit, 2021, on);
    assert_outcome(&v, Outcome::Eligible);
    assert_eq!(v.relied_on.len(), 5);
    assert_eq!(
        v.finding(Criterion::Streak).unwrap().citation.to_string(),
        "điểm c khoản 1 Điều 38 Nghị định số 91/2017/NĐ-CP"
    );

    // HTT is not HTXS under Decree 91/2017.
    let mut weak = p.clone();
    rate(&mut weak, 2019, Rating::Good);
    let v = judge(&weak, Award::PrimeMinisterCertificateOfMerit, 2021, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert!(
        reason(&v, Criterion::Streak).contains("năm 2019 xếp loại HTT"),
        "{v}"
    );

    // Four initiatives are not five.
    let mut four = p.clone();
    four.initiatives.as_mut().unwrap().pop();
    let v = judge(&four, Award::PrimeMinisterCertificateOfMerit, 2021, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Initiative, Status::Unmet);

    // An initiative already used by another award does not count again.
    let mut used = p;
    let mut c = Conferral::new(
        Award::GrassrootsEmulationFighter,
        Period::year(2019).unwrap(),
    );
    c.relied_on.push("SK-2".parse().unwrap());
    used.awards.push(c);
    let v = judge(&used, Award::PrimeMinisterCertificateOfMerit, 2021, on);
    assert_status(&v, Criterion::Initiative, Status::Unmet);
}

#[test]
fn one_state_level_award_a_year_until_2023() {
    // TT 12/2019: no two state-level forms within a year (unless one-off,
    // career or seniority awards: the kind is not recorded, so review).
    let on = d(2021, 12, 20);
    let mut p = pm_ladder_2021();
    let mut order = Conferral::new(Award::LabourOrderThird, Period::year(2020).unwrap());
    order.decision = Some(DecisionRef {
        number: "123/QĐ-CTN".parse().unwrap(),
        date: d(2021, 1, 5),
        signer: Authority::President,
    });
    p.awards.push(order.clone());
    let v = judge(&p, Award::PrimeMinisterCertificateOfMerit, 2021, on);
    assert_outcome(&v, Outcome::NeedsReview);
    assert_status(&v, Criterion::StateAwardPerYear, Status::Unknown);

    // The day after the same date a year before is within the year; that
    // date itself is not.
    p.awards.pop();
    order.decision.as_mut().unwrap().date = d(2020, 12, 21);
    p.awards.push(order.clone());
    let v = judge(&p, Award::PrimeMinisterCertificateOfMerit, 2021, on);
    assert_status(&v, Criterion::StateAwardPerYear, Status::Unknown);
    p.awards.pop();
    order.decision.as_mut().unwrap().date = d(2020, 12, 20);
    p.awards.push(order);
    let v = judge(&p, Award::PrimeMinisterCertificateOfMerit, 2021, on);
    assert_outcome(&v, Outcome::Eligible);
    assert_status(&v, Criterion::StateAwardPerYear, Status::Met);

    // From 2024 the rule is not in the texts read.
    let v = judge(
        &pm_ladder_2024(),
        Award::PrimeMinisterCertificateOfMerit,
        2024,
        d(2025, 3, 10),
    );
    assert!(v.finding(Criterion::StateAwardPerYear).is_none());
}

// ---------------------------------------------------------------------------
// Bằng khen of a ministry or province

#[test]
fn provincial_merit_2021_two_years_and_two_initiatives() {
    let on = d(2021, 12, 20);
    let mut p = person(Rating::Excellent, 2021);
    initiative(&mut p, "SK-A", Scope::Grassroots, d(2020, 5, 1));
    initiative(&mut p, "SK-B", Scope::Grassroots, d(2021, 5, 1));
    let v = judge(&p, Award::MinistryOrProvinceCertificateOfMerit, 2021, on);
    assert_outcome(&v, Outcome::Eligible);
    assert_eq!(v.relied_on.len(), 2);

    // An initiative of 2019 is outside the two years 2020–2021 only when
    // the run is that short.
    let mut short = p.clone();
    rate(&mut short, 2019, Rating::Good);
    short.initiatives.as_mut().unwrap()[0].recognised_on = d(2019, 5, 1);
    let v = judge(
        &short,
        Award::MinistryOrProvinceCertificateOfMerit,
        2021,
        on,
    );
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Initiative, Status::Unmet);

    // HTT in 2020 breaks the two years.
    let mut weak = p;
    rate(&mut weak, 2020, Rating::Good);
    let v = judge(&weak, Award::MinistryOrProvinceCertificateOfMerit, 2021, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Streak, Status::Unmet);
}

#[test]
fn provincial_merit_2024_routes_and_used_initiatives() {
    let on = d(2025, 2, 10);
    // Route one: two consecutive CSTĐCS, the initiatives not yet used.
    let mut p = person(Rating::Good, 2024);
    conferred(&mut p, Award::GrassrootsEmulationFighter, 2023);
    conferred(&mut p, Award::GrassrootsEmulationFighter, 2024);
    initiative(&mut p, "SK-A", Scope::Grassroots, d(2023, 5, 1));
    initiative(&mut p, "SK-B", Scope::Grassroots, d(2024, 5, 1));
    let v = judge(&p, Award::MinistryOrProvinceCertificateOfMerit, 2024, on);
    assert_outcome(&v, Outcome::Eligible);
    assert!(
        reason(&v, Criterion::Streak).starts_with("2 lần liên tục được tặng"),
        "{v}"
    );

    // "02 lần liên tục": CSTĐCS in 2022 and 2024 are not consecutive, and
    // HTT years do not make the other route.
    let mut gap = p.clone();
    gap.awards.retain(|c| c.period.as_year() != Some(2023));
    conferred(&mut gap, Award::GrassrootsEmulationFighter, 2022);
    let v = judge(&gap, Award::MinistryOrProvinceCertificateOfMerit, 2024, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Streak, Status::Unmet);
    // Neither route holds; the finding shows the years route.
    assert!(
        reason(&v, Criterion::Streak).contains("năm 2024 xếp loại HTT"),
        "{v}"
    );

    // The CSTĐCS were won through those initiatives: they do not count
    // again (MoHA; Official letter 5007/BNV-TĐKT).
    let mut used = p.clone();
    for c in &mut used.awards {
        let id = if c.period.as_year() == Some(2023) {
            "SK-A"
        } else {
            "SK-B"
        };
        c.relied_on.push(id.parse().unwrap());
    }
    let v = judge(&used, Award::MinistryOrProvinceCertificateOfMerit, 2024, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Initiative, Status::Unmet);

    // One initiative and one topic: Official letter 1168/BNV-BTĐKT settles
    // it and was not read.
    let mut mixed = p.clone();
    mixed.initiatives.as_mut().unwrap().pop();
    topic(&mut mixed, "DT-1", d(2024, 6, 1));
    let v = judge(
        &mixed,
        Award::MinistryOrProvinceCertificateOfMerit,
        2024,
        on,
    );
    assert_outcome(&v, Outcome::NeedsReview);
    let f = v.finding(Criterion::Initiative).unwrap();
    assert_eq!(f.citation.instrument(), &Instrument::LETTER_1168_2026);

    // Route two, the MoHA example: HTXS + 1 initiative in 2023 (no CSTĐCS),
    // HTXS + 1 initiative in 2024 with CSTĐCS through HTXS.
    let mut moha = person(Rating::Good, 2024);
    rate(&mut moha, 2023, Rating::Excellent);
    rate(&mut moha, 2024, Rating::Excellent);
    initiative(&mut moha, "SK-1", Scope::Grassroots, d(2023, 9, 1));
    initiative(&mut moha, "SK-2", Scope::Grassroots, d(2024, 9, 1));
    let cstdcs = judge(&moha, Award::GrassrootsEmulationFighter, 2024, on);
    assert_outcome(&cstdcs, Outcome::Eligible);
    assert!(cstdcs.relied_on.is_empty());
    let v = judge(&moha, Award::MinistryOrProvinceCertificateOfMerit, 2024, on);
    assert_outcome(&v, Outcome::Eligible);
    assert_eq!(v.relied_on.len(), 2);

    // One achievement, one award: a Bằng khen already given for 2023–2024.
    let mut again = moha;
    conferred_for(
        &mut again,
        Award::MinistryOrProvinceCertificateOfMerit,
        2023,
        2024,
    );
    let v = judge(
        &again,
        Award::MinistryOrProvinceCertificateOfMerit,
        2024,
        on,
    );
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::OneAchievementOneAward, Status::Unmet);
}

#[test]
fn pending_discipline_blocks_a_form_from_2024() {
    let on = d(2025, 2, 10);
    let mut p = pm_ladder_2024();
    record(&mut p, 2024).discipline_pending = Some(true);
    let v = judge(&p, Award::PrimeMinisterCertificateOfMerit, 2024, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::PendingDiscipline, Status::Unmet);
}

// ---------------------------------------------------------------------------
// Huân chương Lao động hạng Ba

#[test]
fn labour_order_2024_needs_an_excellent_year() {
    // Law Art. 44 k1 e as corrected: BK TTg, then 5 years HTT or better
    // including at least one HTXS, with 3 CSTĐCS.
    let on = d(2025, 3, 10);
    let mut p = person(Rating::Good, 2024);
    conferred(&mut p, Award::PrimeMinisterCertificateOfMerit, 2019);
    for y in [2021, 2023, 2024] {
        conferred(&mut p, Award::GrassrootsEmulationFighter, y);
    }
    let v = judge(&p, Award::LabourOrderThird, 2024, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Rating, Status::Unmet);
    // An HTXS year before the run (the year of the BK TTg) does not count.
    let mut before = p.clone();
    rate(&mut before, 2019, Rating::Excellent);
    let v = judge(&before, Award::LabourOrderThird, 2024, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Rating, Status::Unmet);
    assert!(
        reason(&v, Criterion::Rating)
            .starts_with("0 năm hoàn thành xuất sắc nhiệm vụ trong thời gian 2020–2024"),
        "{v}"
    );
    rate(&mut p, 2022, Rating::Excellent);
    let v = judge(&p, Award::LabourOrderThird, 2024, on);
    assert_outcome(&v, Outcome::Eligible);
    // Two CSTĐCS are not three.
    let mut two = p.clone();
    two.awards.retain(|c| c.period.as_year() != Some(2023));
    let v = judge(&two, Award::LabourOrderThird, 2024, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Standard, Status::Unmet);
    assert_eq!(
        v.finding(Criterion::Streak).unwrap().citation.confidence(),
        thidua::Confidence::Secondhand
    );
}

#[test]
fn labour_order_2021_needs_two_provincial_initiatives() {
    // Decree 91/2017 Art. 24 k1 (secondhand): BK TTg, then 5 years of
    // excellent achievement (read as HTXS) with 2 initiatives of ministry or
    // province scope.
    let on = d(2021, 12, 20);
    let mut p = person(Rating::Excellent, 2021);
    conferred(&mut p, Award::PrimeMinisterCertificateOfMerit, 2016);
    initiative(&mut p, "SK-T1", Scope::MinistryOrProvince, d(2018, 6, 1));
    initiative(&mut p, "SK-T2", Scope::MinistryOrProvince, d(2020, 6, 1));
    let v = judge(&p, Award::LabourOrderThird, 2021, on);
    assert_outcome(&v, Outcome::Eligible);
    assert_eq!(
        format!("{:#}", v.finding(Criterion::Streak).unwrap().citation),
        "khoản 1 Điều 24 Nghị định số 91/2017/NĐ-CP (nguồn thứ cấp)"
    );
    // A grassroots initiative is not of the scope needed.
    let mut narrow = p.clone();
    narrow.initiatives.as_mut().unwrap()[1].scope = Scope::Grassroots;
    let v = judge(&narrow, Award::LabourOrderThird, 2021, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Initiative, Status::Unmet);
    // HTT in 2018 leaves 2019–2021: three years, not five.
    let mut weak = p;
    rate(&mut weak, 2018, Rating::Good);
    let v = judge(&weak, Award::LabourOrderThird, 2021, on);
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Streak, Status::Unmet);
}

// ---------------------------------------------------------------------------
// Giấy khen

fn province_gk() -> Overlay {
    Overlay::new(
        "Quy chế thi đua, khen thưởng tỉnh Lào Cai",
        Citation::new(Instrument::new(
            InstrumentKind::Decision,
            "14/2024/QĐ-UBND",
            "Quyết định số 14/2024/QĐ-UBND của Ủy ban nhân dân tỉnh Lào Cai",
        )),
        Period::starting(d(2024, 4, 1)),
    )
    .with(OverlayRule::CommendationStandard {
        years: 2,
        rating: Rating::Good,
    })
}

#[test]
fn certificate_of_commendation_needs_the_provincial_criteria() {
    let book = RuleBook::national();
    let on = d(2024, 12, 20);
    let mut p = person(Rating::Good, 2024);
    let plain = Review::new(&book, 2024, on).unwrap();
    let v = plain.person(&p, Award::CertificateOfCommendation).unwrap();
    assert_outcome(&v, Outcome::NeedsReview);
    assert_status(&v, Criterion::ProvincialStandard, Status::Unknown);

    let overlay = province_gk();
    let review = Review::new(&book, 2024, on)
        .unwrap()
        .with_overlay(&overlay)
        .unwrap();
    let v = review.person(&p, Award::CertificateOfCommendation).unwrap();
    assert_outcome(&v, Outcome::Eligible);
    assert_eq!(
        v.finding(Criterion::Streak)
            .unwrap()
            .citation
            .instrument()
            .number(),
        "14/2024/QĐ-UBND"
    );
    rate(&mut p, 2023, Rating::Completed);
    let v = review.person(&p, Award::CertificateOfCommendation).unwrap();
    assert_outcome(&v, Outcome::Ineligible);
    assert_eq!(
        review
            .person_outcome(&p, Award::CertificateOfCommendation)
            .unwrap(),
        Outcome::Ineligible
    );

    // An overlay of 0 years is malformed.
    let bad = Overlay::new(
        "x",
        Citation::new(Instrument::LAW_06_2022),
        Period::starting(d(2024, 1, 1)),
    )
    .with(OverlayRule::CommendationStandard {
        years: 0,
        rating: Rating::Good,
    });
    let err = Review::new(&book, 2024, on)
        .unwrap()
        .with_overlay(&bad)
        .unwrap_err();
    assert_eq!(
        err.en(),
        "overlay 'x' sets the criteria of a \"Giấy khen\" with 0 years"
    );
}

// ---------------------------------------------------------------------------
// Laws

fn forms() -> [Award; 4] {
    [
        Award::CertificateOfCommendation,
        Award::MinistryOrProvinceCertificateOfMerit,
        Award::PrimeMinisterCertificateOfMerit,
        Award::LabourOrderThird,
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// The fast path and the explained path agree; the verdict does not
    /// depend on the order of the records, initiatives or awards.
    #[test]
    fn forms_agree_and_ignore_order(
        (year, on) in prop_oneof![Just((2021, d(2021, 12, 20))), Just((2024, d(2025, 2, 10))), Just((2025, d(2025, 12, 20)))],
        p in strategies::person(2025),
        seed in any::<u64>(),
    ) {
        let mut p = p;
        p.records.retain(|r| r.year <= year);
        p.awards.retain(|c| c.period.from() <= on);
        p.initiatives.iter_mut().for_each(|l| l.retain(|i| i.recognised_on <= on));
        prop_assume!(p.validate(on).is_ok() && p.service_start.is_some());
        let book = RuleBook::national();
        let review = Review::new(&book, year, on).unwrap();
        let mut shuffled = p.clone();
        let k = usize::try_from(seed % 7).unwrap();
        shuffled.records.reverse();
        shuffled.awards.reverse();
        shuffled.initiatives.iter_mut().for_each(|l| l.reverse());
        if !shuffled.records.is_empty() {
            let n = shuffled.records.len();
            shuffled.records.rotate_left(k % n);
        }
        for award in forms() {
            let v = review.person(&p, award).unwrap();
            prop_assert_eq!(review.person_outcome(&p, award).unwrap(), v.outcome);
            let w = review.person(&shuffled, award).unwrap();
            prop_assert_eq!(v.outcome, w.outcome, "{}\n{}", v, w);
            prop_assert_eq!(v.relied_on.len(), w.relied_on.len());
        }
    }
}

/// Under Decree 91/2017 the Bằng khen routes name initiatives only ("02
/// sáng kiến", Art. 39 k1 c): a research topic does not make up the count.
#[test]
fn a_topic_is_no_initiative_for_the_2021_merit_certificate() {
    use crate::util::{d, initiative, servant};
    use thidua::eligibility::{Criterion, Status};
    use thidua::people::{Initiative, InitiativeKind, Scope};
    use thidua::{Award, Rating};
    let mut p = servant("1", Rating::Excellent, 2021);
    initiative(&mut p, "SK-1", Scope::Grassroots, d(2020, 5, 1));
    p.add_initiative(Initiative {
        id: "DT-1".parse().unwrap(),
        kind: InitiativeKind::ResearchTopic,
        scope: Scope::Grassroots,
        recognised_on: d(2021, 5, 1),
    });
    let v = crate::util::judge(
        &p,
        Award::MinistryOrProvinceCertificateOfMerit,
        2021,
        d(2021, 12, 20),
    );
    assert_eq!(
        v.finding(Criterion::Initiative).unwrap().status,
        Status::Unmet,
        "{v}"
    );
    p.initiatives.as_mut().unwrap()[1].kind = InitiativeKind::Initiative;
    let v = crate::util::judge(
        &p,
        Award::MinistryOrProvinceCertificateOfMerit,
        2021,
        d(2021, 12, 20),
    );
    assert_eq!(
        v.finding(Criterion::Initiative).unwrap().status,
        Status::Met,
        "{v}"
    );
}
