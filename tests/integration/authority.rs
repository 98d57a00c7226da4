//! Signing authority: who may confer what, by date, and the check of a
//! decision's awards against its signer.

use crate::util::d;
use thidua::eligibility::Status;
use thidua::history::Recipient;
use thidua::id::PersonId;
use thidua::{Authority, Award, Decision, ErrorKind, Period, RuleBook};

fn status(signer: Authority, award: Award, on: chrono::NaiveDate) -> Status {
    signer
        .may_confer(&RuleBook::national(), award, on)
        .unwrap()
        .status
}

#[test]
fn commune_chair_signing_advanced_collective_in_2025() {
    let book = RuleBook::national();
    let chair = Authority::CommuneChair;
    // March 2025: Law 06/2022 Art. 80 k3 lists LĐTT, Giấy khen and Gia đình
    // văn hóa only.
    let f = chair
        .may_confer(&book, Award::AdvancedCollective, d(2025, 3, 15))
        .unwrap();
    assert_eq!(f.status, Status::Unmet);
    assert_eq!(
        f.citation.to_string(),
        "khoản 3 Điều 80 Luật Thi đua, khen thưởng số 06/2022/QH15"
    );
    assert!(
        f.reason_vi
            .contains("không có thẩm quyền tặng \"Tập thể lao động tiên tiến\""),
        "{f}"
    );
    // December 2025: Decree 129/2025 Art. 59 gives it the district chair's
    // powers.
    let f = chair
        .may_confer(&book, Award::AdvancedCollective, d(2025, 12, 15))
        .unwrap();
    assert_eq!(f.status, Status::Met);
    assert_eq!(
        f.citation.to_string(),
        "Điều 59 Nghị định số 129/2025/NĐ-CP"
    );
    // The boundary day.
    assert_eq!(
        status(chair, Award::AdvancedCollective, d(2025, 6, 30)),
        Status::Unmet
    );
    assert_eq!(
        status(chair, Award::AdvancedCollective, d(2025, 7, 1)),
        Status::Met
    );
    // What the commune chair always had, and never has.
    for on in [d(2024, 5, 1), d(2025, 12, 15)] {
        for award in [
            Award::AdvancedWorker,
            Award::CertificateOfCommendation,
            Award::CulturalFamily,
        ] {
            assert_eq!(status(chair, award, on), Status::Met, "{award} {on}");
        }
        assert_eq!(status(chair, Award::ExcellentCollective, on), Status::Unmet);
    }
    assert_eq!(
        status(chair, Award::CulturalVillage, d(2024, 5, 1)),
        Status::Unmet
    );
    assert_eq!(
        status(chair, Award::CulturalVillage, d(2025, 12, 15)),
        Status::Met
    );
}

#[test]
fn district_chair_until_2025_06_30() {
    let chair = Authority::DistrictChair;
    assert_eq!(
        status(chair, Award::AdvancedCollective, d(2025, 6, 30)),
        Status::Met
    );
    assert_eq!(
        status(chair, Award::CulturalVillage, d(2024, 1, 1)),
        Status::Met
    );
    assert_eq!(
        status(chair, Award::ExcellentCollective, d(2024, 6, 1)),
        Status::Unmet
    );
    let f = chair
        .may_confer(
            &RuleBook::national(),
            Award::AdvancedCollective,
            d(2025, 7, 1),
        )
        .unwrap();
    assert_eq!(f.status, Status::Unmet);
    assert!(f.reason_vi.contains("không còn tồn tại"), "{f}");
}

#[test]
fn enterprise_heads_from_2024() {
    // Law 06/2022 Art. 80 k4: the four grassroots awards, nothing above.
    let head = Authority::EnterpriseHead;
    let f = head
        .may_confer(
            &RuleBook::national(),
            Award::GrassrootsEmulationFighter,
            d(2024, 12, 20),
        )
        .unwrap();
    assert_eq!(f.status, Status::Met);
    assert_eq!(
        format!("{:#}", f.citation),
        "khoản 4 Điều 80 Luật Thi đua, khen thưởng số 06/2022/QH15"
    );
    assert_eq!(
        status(
            head,
            Award::MinistryOrProvinceCertificateOfMerit,
            d(2025, 12, 20)
        ),
        Status::Unmet
    );
    assert_eq!(
        status(head, Award::AdvancedCollective, d(2023, 12, 20)),
        Status::Unknown
    );
}

#[test]
fn unread_powers_need_review() {
    // 2017–2023: Law 2003 Art. 74–77 not read.
    assert_eq!(
        status(
            Authority::DistrictChair,
            Award::AdvancedCollective,
            d(2021, 12, 20)
        ),
        Status::Unknown
    );
    assert_eq!(
        status(
            Authority::CommuneChair,
            Award::CertificateOfCommendation,
            d(2021, 12, 20)
        ),
        Status::Unknown
    );
    // Ministers and provincial chairs: Art. 77–79 not read.
    assert_eq!(
        status(
            Authority::ProvincialChair,
            Award::ExcellentCollective,
            d(2024, 12, 20)
        ),
        Status::Unknown
    );
    // The armed forces: set by the ministries (Art. 80 k5).
    let f = Authority::ArmedForcesCommander
        .may_confer(
            &RuleBook::national(),
            Award::AdvancedSoldier,
            d(2024, 12, 20),
        )
        .unwrap();
    assert_eq!(f.status, Status::Unknown);
    assert_eq!(
        f.citation.to_string(),
        "khoản 5 Điều 80 Luật Thi đua, khen thưởng số 06/2022/QH15"
    );
    // The reported 2026 amendment: unverified.
    assert_eq!(
        status(
            Authority::CommuneChair,
            Award::AdvancedCollective,
            d(2026, 10, 2)
        ),
        Status::Unknown
    );
    // Before every regime: an error.
    let err = Authority::CommuneChair
        .may_confer(&RuleBook::national(), Award::AdvancedWorker, d(2017, 9, 30))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NoRegime);
}

#[test]
fn a_decision_reports_every_award_its_signer_may_not_confer() {
    let book = RuleBook::national();
    let p = |i: u32| Recipient::Individual(PersonId::from(u64::from(i)));
    let unit = |s: &str| Recipient::Collective(s.parse().unwrap());
    let y2024 = Period::year(2024).unwrap();
    let decision = Decision::new(
        "25/QĐ-UBND".parse().unwrap(),
        d(2025, 3, 15),
        Authority::CommuneChair,
    )
    .grant(p(1), Award::AdvancedWorker, y2024)
    .grant(unit("THON-1"), Award::AdvancedCollective, y2024)
    .grant(p(2), Award::GrassrootsEmulationFighter, y2024)
    .grant(unit("THON-2"), Award::AdvancedCollective, y2024)
    .grant(p(3), Award::AdvancedWorker, y2024);
    let issues = decision.authority_issues(&book).unwrap();
    let awards: Vec<(Award, Vec<usize>, Status)> = issues
        .iter()
        .map(|i| (i.award, i.grants.clone(), i.finding.status))
        .collect();
    assert_eq!(
        awards,
        [
            (Award::AdvancedCollective, vec![1, 3], Status::Unmet),
            (Award::GrassrootsEmulationFighter, vec![2], Status::Unmet),
        ]
    );
    // The same decision signed in December 2025 is within the commune
    // chair's powers.
    let mut later = decision;
    later.date = d(2025, 12, 15);
    assert!(later.authority_issues(&book).unwrap().is_empty());
}

/// The example, loaded as a module: the test runs the same `report()` that
/// `cargo run --example collective` prints.
#[allow(dead_code)]
#[path = "../../examples/collective.rs"]
mod collective_example;

#[test]
fn the_collective_example_judges_2021_and_2024() {
    let report = collective_example::report().unwrap();
    for line in [
        "Phòng Nội vụ (P-NV) — danh hiệu/hình thức \"Tập thể lao động tiên tiến\" năm 2021: KHÔNG ĐỦ ĐIỀU KIỆN",
        "Phòng Nội vụ (P-NV) — danh hiệu/hình thức \"Tập thể lao động tiên tiến\" năm 2024: ĐỦ ĐIỀU KIỆN",
        "Phòng Tài chính – Kế hoạch (P-TCKH) — danh hiệu/hình thức \"Tập thể lao động xuất sắc\" năm 2021: ĐỦ ĐIỀU KIỆN",
        "[không đạt] 9/10 cá nhân hoàn thành nhiệm vụ (0 chưa xếp loại); cần 100%",
        "Nguyễn Thị Lan (TCKH-01) — danh hiệu/hình thức \"Bằng khen của bộ, ban, ngành, tỉnh\" năm 2021: ĐỦ ĐIỀU KIỆN",
        "SK-2020-01 (cấp cơ sở, công nhận 15/10/2020); SK-2021-02 (cấp cơ sở, công nhận 02/11/2021)",
        "= 6,6 → 6 (khoản 1 Điều 11 Nghị định số 91/2017/NĐ-CP)",
        "Nguyễn Thị Lan (TCKH-01) — danh hiệu/hình thức \"Bằng khen của Thủ tướng Chính phủ\" năm 2024: KHÔNG ĐỦ ĐIỀU KIỆN",
        "Trần Văn Bình (TCKH-02) — danh hiệu/hình thức \"Bằng khen của Thủ tướng Chính phủ\" năm 2024: ĐỦ ĐIỀU KIỆN",
        "Quyết định số 1890/QĐ-UBND ngày 28/12/2021 của Chủ tịch Ủy ban nhân dân cấp huyện: 4 khen thưởng, 2 điểm cần lưu ý về thẩm quyền",
        "không có thẩm quyền tặng \"Tập thể lao động xuất sắc\" (khoản 2 Điều 80 Luật Thi đua, khen thưởng số 06/2022/QH15)",
    ] {
        assert!(report.contains(line), "missing: {line}\n{report}");
    }
}
