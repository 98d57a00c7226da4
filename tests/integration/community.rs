//! Community titles: "Gia đình văn hóa", "Thôn, tổ dân phố văn hóa", "Xã,
//! phường, thị trấn tiêu biểu": checklists, exclusions, the province's
//! shares and the district-level criterion after 2025-07-01.

use crate::util::d;
use thidua::Bilingual as _;
use thidua::citation::{Instrument, InstrumentKind};
use thidua::collectives::{Community, CommunityRecord, Exclusion, Holders};
use thidua::eligibility::{Criterion, Status};
use thidua::law::{OverlayRule, Share};
use thidua::{
    Award, Citation, ErrorKind, Outcome, Overlay, Period, RecipientKind, Review, RuleBook, Verdict,
};

fn judge_with(
    c: &Community,
    award: Award,
    year: i32,
    on: chrono::NaiveDate,
    overlay: Option<&Overlay>,
) -> Verdict {
    let book = RuleBook::national();
    let mut review = Review::new(&book, year, on).unwrap();
    if let Some(o) = overlay {
        review = review.with_overlay(o).unwrap();
    }
    let v = review.community(c, award).unwrap();
    assert_eq!(
        review.community_outcome(c, award).unwrap(),
        v.outcome,
        "{v}"
    );
    v
}

fn household(year: i32) -> Community {
    let mut c = Community::new(
        "HO-0012".parse().unwrap(),
        "Hộ ông An",
        RecipientKind::Household,
    );
    let mut r = CommunityRecord::new(year);
    r.criteria = vec![Some(true); 3];
    r.exclusions_checked = true;
    c.records.push(r);
    c
}

fn province() -> Overlay {
    Overlay::new(
        "Quy định tiêu chuẩn danh hiệu văn hóa tỉnh A",
        Citation::new(Instrument::new(
            InstrumentKind::Decision,
            "30/2024/QĐ-UBND",
            "Quyết định số 30/2024/QĐ-UBND của Ủy ban nhân dân tỉnh A",
        ))
        .article(5),
        Period::starting(d(2024, 3, 1)),
    )
    .with(OverlayRule::CommunityShare {
        award: Award::CulturalVillage,
        share: Share::AtLeast(70),
    })
    .with(OverlayRule::CommunityShare {
        award: Award::ExemplaryCommune,
        share: Share::AtLeast(80),
    })
}

#[test]
fn cultural_family_and_its_exclusions() {
    let on = d(2024, 11, 20);
    let c = household(2024);
    let v = judge_with(&c, Award::CulturalFamily, 2024, on, None);
    assert_eq!(v.outcome, Outcome::Eligible, "{v}");
    assert_eq!(
        v.findings_with(Status::Met)
            .filter(|f| f.criterion == Criterion::Standard)
            .count(),
        3
    );

    for exclusion in [
        Exclusion::CriminalProsecution,
        Exclusion::MilitaryService,
        Exclusion::Tax,
        Exclusion::DomesticViolence,
        Exclusion::Gambling,
    ] {
        let mut x = c.clone();
        x.records[0].exclusions.push(exclusion);
        let v = judge_with(&x, Award::CulturalFamily, 2024, on, None);
        assert_eq!(v.outcome, Outcome::Ineligible, "{v}");
        let f = v.finding(Criterion::Exclusion).unwrap();
        assert!(f.reason_vi.contains(exclusion.name_vi()), "{f}");
    }

    // Exclusions not checked, or a criterion not judged: review.
    let mut x = c.clone();
    x.records[0].exclusions_checked = false;
    assert_eq!(
        judge_with(&x, Award::CulturalFamily, 2024, on, None).outcome,
        Outcome::NeedsReview
    );
    let mut x = c.clone();
    x.records[0].criteria[1] = None;
    assert_eq!(
        judge_with(&x, Award::CulturalFamily, 2024, on, None).outcome,
        Outcome::NeedsReview
    );
    let mut x = c.clone();
    x.records[0].criteria[2] = Some(false);
    assert_eq!(
        judge_with(&x, Award::CulturalFamily, 2024, on, None).outcome,
        Outcome::Ineligible
    );

    // 2017–2023: Decree 122/2018 was not read.
    let v = judge_with(
        &household(2021),
        Award::CulturalFamily,
        2021,
        d(2021, 11, 20),
        None,
    );
    assert_eq!(v.outcome, Outcome::NeedsReview, "{v}");

    // Parsing accepts the Vietnamese name.
    assert_eq!(
        "bạo lực gia đình".parse::<Exclusion>().unwrap(),
        Exclusion::DomesticViolence
    );
}

fn village(year: i32, holding: u32, of: u32) -> Community {
    let mut c = Community::new("THON-3".parse().unwrap(), "Thôn 3", RecipientKind::Village);
    let mut r = CommunityRecord::new(year);
    r.criteria = vec![Some(true); 5];
    r.holders = Some(Holders { holding, of });
    c.records.push(r);
    c
}

#[test]
fn cultural_village_needs_the_provinces_share() {
    let on = d(2024, 11, 20);
    // Without the province's share (Decree 86/2023 annex not read): review.
    let v = judge_with(
        &village(2024, 90, 100),
        Award::CulturalVillage,
        2024,
        on,
        None,
    );
    assert_eq!(v.outcome, Outcome::NeedsReview, "{v}");
    assert!(
        v.to_string().contains("cần bổ sung quy định của tỉnh"),
        "{v}"
    );

    let overlay = province();
    let v = judge_with(
        &village(2024, 70, 100),
        Award::CulturalVillage,
        2024,
        on,
        Some(&overlay),
    );
    assert_eq!(v.outcome, Outcome::Eligible, "{v}");
    let v = judge_with(
        &village(2024, 69, 100),
        Award::CulturalVillage,
        2024,
        on,
        Some(&overlay),
    );
    assert_eq!(v.outcome, Outcome::Ineligible, "{v}");
    assert!(
        v.to_string()
            .contains("69/100 hộ gia đình đạt \"Gia đình văn hóa\"; cần ít nhất 70%"),
        "{v}"
    );
}

fn commune(year: i32) -> Community {
    let mut c = Community::new("XA-1".parse().unwrap(), "Xã Một", RecipientKind::Commune);
    let mut r = CommunityRecord::new(year);
    r.criteria = vec![Some(true); 5];
    r.holders = Some(Holders { holding: 9, of: 10 });
    r.leads_movement = Some(true);
    c.records.push(r);
    c
}

#[test]
fn exemplary_commune_and_the_district_level() {
    let overlay = province();
    // 2024: leads the district's movement.
    let v = judge_with(
        &commune(2024),
        Award::ExemplaryCommune,
        2024,
        d(2024, 11, 20),
        Some(&overlay),
    );
    assert_eq!(v.outcome, Outcome::Eligible, "{v}");
    let mut no = commune(2024);
    no.records[0].leads_movement = Some(false);
    let v = judge_with(
        &no,
        Award::ExemplaryCommune,
        2024,
        d(2024, 11, 20),
        Some(&overlay),
    );
    assert_eq!(v.outcome, Outcome::Ineligible, "{v}");

    // Judged on 2025-06-30: the district still exists.
    let v = judge_with(
        &commune(2025),
        Award::ExemplaryCommune,
        2025,
        d(2025, 6, 30),
        Some(&overlay),
    );
    assert_eq!(v.outcome, Outcome::Eligible, "{v}");
    // Judged from 2025-07-01: the district level is gone.
    let v = judge_with(
        &commune(2025),
        Award::ExemplaryCommune,
        2025,
        d(2025, 7, 1),
        Some(&overlay),
    );
    assert_eq!(v.outcome, Outcome::NeedsReview, "{v}");
    let f = v.finding(Criterion::Leads).unwrap();
    assert_eq!(f.status, Status::Unknown);
    assert!(f.reason_vi.contains("cấp tỉnh"), "{f}");
    assert!(f.reason_vi.contains("01/07/2025"), "{f}");
}

#[test]
fn malformed_community_input_is_an_error() {
    let book = RuleBook::national();
    let review = Review::new(&book, 2024, d(2024, 11, 20)).unwrap();
    let err = review
        .community(&household(2024), Award::CulturalVillage)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict);
    let err = review
        .community(&household(2024), Award::AdvancedCollective)
        .unwrap_err();
    // Not conferred on households.
    assert_eq!(err.kind(), ErrorKind::Conflict);
    let mut c = household(2024);
    c.records[0].criteria.push(Some(true));
    let err = review.community(&c, Award::CulturalFamily).unwrap_err();
    assert_eq!(
        err.en(),
        "the record of 'HO-0012' for 2024 judges 4 criteria, but 'Gia đình văn hóa' has 3"
    );
    let err = review
        .community(&village(2024, 11, 10), Award::CulturalVillage)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OutOfRange);
    let mut c = household(2024);
    c.records.push(CommunityRecord::new(2024));
    assert_eq!(
        review
            .community(&c, Award::CulturalFamily)
            .unwrap_err()
            .kind(),
        ErrorKind::Duplicate
    );
    // A share for a title that has none.
    let bad = Overlay::new(
        "x",
        Citation::new(Instrument::LAW_06_2022),
        Period::starting(d(2024, 1, 1)),
    )
    .with(OverlayRule::CommunityShare {
        award: Award::CulturalFamily,
        share: Share::AtLeast(50),
    });
    let err = Review::new(&book, 2024, d(2024, 11, 20))
        .unwrap()
        .with_overlay(&bad)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unsupported);
}
