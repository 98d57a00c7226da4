//! Emulation flags: the leaders of clusters and blocks, the Government
//! flag's routes, and its 20% cap.

use crate::util::d;
use proptest::prelude::*;
use thidua::eligibility::{Candidate, Criterion, FlagNomination, Status, TieBreak};
use thidua::history::Conferral;
use thidua::id::UnitId;
use thidua::law::{FlagRoute, QuotaRounding};
use thidua::{Award, Collective, ErrorKind, Outcome, Period, Review, RuleBook};

fn unit(id: &str) -> UnitId {
    id.parse().unwrap()
}

fn qualifying(n: u32) -> Vec<Candidate<UnitId, u32>> {
    (1..=n)
        .map(|i| Candidate {
            id: unit(&format!("DV-{i:03}")),
            score: 1000 - i,
        })
        .collect()
}

#[test]
fn government_flag_cap_at_33_qualifying_collectives() {
    // Decree 91/2017 Art. 11 k1: "không quá 20%" of 33 = 6.6.
    let book = RuleBook::national();
    let review = Review::new(&book, 2021, d(2022, 3, 1)).unwrap();
    let a = review
        .allocate_government_flags(qualifying(33), QuotaRounding::Floor, TieBreak::LowerIdFirst)
        .unwrap();
    assert_eq!(a.qualifying, 33);
    assert_eq!(a.allocation.cap, 6);
    assert_eq!(a.allocation.selected.len(), 6);
    assert_eq!(a.allocation.cut.len(), 27);
    assert_eq!(a.allocation.selected[0], unit("DV-001"));
    assert_eq!(a.status, Status::Met);
    assert_eq!(
        a.finding.reason_vi,
        "\"Cờ thi đua của Chính phủ\": không quá 20% của 33 tập thể đạt tiêu chuẩn cờ thi đua của bộ, ban, ngành, tỉnh = 6,6 → 6"
    );
    assert_eq!(
        a.finding.citation.to_string(),
        "khoản 1 Điều 11 Nghị định số 91/2017/NĐ-CP"
    );
    let ceil = review
        .allocate_government_flags(qualifying(33), QuotaRounding::Ceil, TieBreak::LowerIdFirst)
        .unwrap();
    assert_eq!(ceil.allocation.cap, 7);
    // Either side of the line: 30 → 6, 34 → 6, 35 → 7.
    for (n, cap) in [(30, 6), (34, 6), (35, 7), (4, 0)] {
        let a = review
            .allocate_government_flags(qualifying(n), QuotaRounding::Floor, TieBreak::LowerIdFirst)
            .unwrap();
        assert_eq!(a.allocation.cap, cap, "{n}");
    }

    // From 2024 the cap was not found: the allocation is provisional.
    let review = Review::new(&book, 2024, d(2025, 3, 1)).unwrap();
    let a = review
        .allocate_government_flags(qualifying(33), QuotaRounding::Floor, TieBreak::LowerIdFirst)
        .unwrap();
    assert_eq!(a.allocation.cap, 6);
    assert_eq!(a.status, Status::Unknown);
    assert!(
        a.finding.reason_vi.contains("chưa kiểm chứng"),
        "{}",
        a.finding
    );
    // Nor in Decree 152/2025.
    let later = Review::new(&book, 2025, d(2025, 12, 20)).unwrap();
    let a = later
        .allocate_government_flags(qualifying(33), QuotaRounding::Floor, TieBreak::LowerIdFirst)
        .unwrap();
    assert_eq!(a.status, Status::Unknown);
    assert_eq!(
        format!("{:#}", a.finding.citation),
        "Nghị định số 152/2025/NĐ-CP (chưa kiểm chứng)"
    );

    // The same collective twice is an error.
    let mut twice = qualifying(3);
    twice.push(Candidate {
        id: unit("DV-001"),
        score: 1,
    });
    let err = review
        .allocate_government_flags(twice, QuotaRounding::Floor, TieBreak::LowerIdFirst)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Duplicate);
}

#[test]
fn provincial_flag_goes_to_the_leaders() {
    let book = RuleBook::national();
    let c = Collective::new(unit("SO-TC"), "Sở Tài chính");
    let leaders = [unit("SO-XD"), unit("SO-TC")];
    for (year, on) in [(2021, d(2021, 12, 20)), (2024, d(2024, 12, 20))] {
        let review = Review::new(&book, year, on).unwrap();
        let n = FlagNomination::new(Award::MinistryOrProvinceEmulationFlag, FlagRoute::Cluster);
        let v = review.flag(&c, &n.standard(true), &leaders).unwrap();
        assert_eq!(v.outcome, Outcome::Eligible, "{v}");
        let v = review.flag(&c, &n, &leaders).unwrap();
        assert_eq!(v.outcome, Outcome::NeedsReview, "{v}");
        let v = review.flag(&c, &n.standard(true), &leaders[..1]).unwrap();
        assert_eq!(v.outcome, Outcome::Ineligible, "{v}");
        assert_eq!(v.finding(Criterion::Leads).unwrap().status, Status::Unmet);
        // Only the cluster route exists for this flag.
        let err = review
            .flag(
                &c,
                &FlagNomination::new(
                    Award::MinistryOrProvinceEmulationFlag,
                    FlagRoute::CentralCluster,
                ),
                &leaders,
            )
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Unsupported);
    }
}

#[test]
fn government_flag_routes() {
    let book = RuleBook::national();
    let review = Review::new(&book, 2021, d(2022, 3, 1)).unwrap();
    let mut c = Collective::new(unit("SO-TC"), "Sở Tài chính");
    let gov = |route| FlagNomination::new(Award::GovernmentEmulationFlag, route).standard(true);

    // Route 1: holds the provincial flag of the year.
    let v = review.flag(&c, &gov(FlagRoute::Cluster), &[]).unwrap();
    assert_eq!(v.outcome, Outcome::Ineligible, "{v}");
    c.awards.push(Conferral::new(
        Award::MinistryOrProvinceEmulationFlag,
        Period::year(2021).unwrap(),
    ));
    let v = review.flag(&c, &gov(FlagRoute::Cluster), &[]).unwrap();
    assert_eq!(v.outcome, Outcome::Eligible, "{v}");
    assert_eq!(
        v.finding(Criterion::Leads).unwrap().citation.to_string(),
        "khoản 1 Điều 11 Nghị định số 91/2017/NĐ-CP"
    );

    // Route 3: a thematic movement of at least five years.
    let leaders = [unit("SO-TC")];
    for (years, outcome) in [(4, Outcome::Ineligible), (5, Outcome::Eligible)] {
        let n = gov(FlagRoute::Movement { years });
        assert_eq!(review.flag(&c, &n, &leaders).unwrap().outcome, outcome);
        assert_eq!(review.flag_outcome(&c, &n, &leaders).unwrap(), outcome);
    }

    // Route 2, from 2024 (Law Art. 25 k2).
    let review = Review::new(&book, 2024, d(2025, 3, 1)).unwrap();
    let v = review
        .flag(&c, &gov(FlagRoute::CentralCluster), &leaders)
        .unwrap();
    assert_eq!(v.outcome, Outcome::Eligible, "{v}");
    assert_eq!(
        v.finding(Criterion::Leads).unwrap().citation.to_string(),
        "khoản 2 Điều 25 Luật Thi đua, khen thưởng số 06/2022/QH15"
    );

    // Not a flag.
    let err = review
        .flag(
            &c,
            &FlagNomination::new(Award::ExcellentCollective, FlagRoute::Cluster),
            &leaders,
        )
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unsupported);
}

fn rounding() -> impl Strategy<Value = QuotaRounding> {
    prop_oneof![
        Just(QuotaRounding::Floor),
        Just(QuotaRounding::Ceil),
        Just(QuotaRounding::NearestHalfUp),
        Just(QuotaRounding::FloorAtLeastOne),
    ]
}

proptest! {
    /// Flag allocation never exceeds its cap, the default cap never passes
    /// 20%, and the input order does not matter.
    #[test]
    fn flag_allocation_never_exceeds_its_cap(
        scores in prop::collection::vec(0u8..6, 0..120),
        rounding in rounding(),
        tie in prop_oneof![Just(TieBreak::LowerIdFirst), Just(TieBreak::HigherIdFirst), Just(TieBreak::Review)],
        year in prop_oneof![Just(2021), Just(2024)],
        k in any::<prop::sample::Index>(),
    ) {
        let book = RuleBook::national();
        let review = Review::new(&book, year, d(year + 1, 3, 1)).unwrap();
        let candidates: Vec<Candidate<UnitId, u8>> = scores
            .iter()
            .zip(0u32..)
            .map(|(&score, i)| Candidate { id: unit(&format!("DV-{i:03}")), score })
            .collect();
        let n = candidates.len() as u64;
        let a = review.allocate_government_flags(candidates.clone(), rounding, tie).unwrap();
        let cap = u64::from(a.allocation.cap);
        prop_assert!(a.allocation.selected.len() as u64 <= cap);
        prop_assert!(cap <= n.max(1));
        prop_assert_eq!(a.allocation.selected.len() + a.allocation.cut.len() + a.allocation.tied.len(), candidates.len());
        if rounding == QuotaRounding::Floor {
            prop_assert!(cap * 100 <= n * 20);
            prop_assert!((cap + 1) * 100 > n * 20);
        }
        let mut shuffled = candidates;
        if !shuffled.is_empty() {
            let i = k.index(shuffled.len());
            shuffled.rotate_left(i);
            shuffled.reverse();
        }
        let b = review.allocate_government_flags(shuffled, rounding, tie).unwrap();
        prop_assert_eq!(a, b);
    }

    /// A flag verdict does not depend on the order of the leaders.
    #[test]
    fn flag_verdicts_ignore_the_order_of_leaders(
        ids in prop::collection::vec(0u32..50, 0..20),
        me in 0u32..50,
        standard in prop::option::of(any::<bool>()),
    ) {
        let book = RuleBook::national();
        let review = Review::new(&book, 2024, d(2024, 12, 20)).unwrap();
        let c = Collective::new(unit(&format!("DV-{me}")), "");
        let leaders: Vec<UnitId> = ids.iter().map(|i| unit(&format!("DV-{i}"))).collect();
        let mut reversed = leaders.clone();
        reversed.reverse();
        let mut n = FlagNomination::new(Award::MinistryOrProvinceEmulationFlag, FlagRoute::Cluster);
        n.standard = standard;
        let a = review.flag(&c, &n, &leaders).unwrap();
        let b = review.flag(&c, &n, &reversed).unwrap();
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(review.flag_outcome(&c, &n, &leaders).unwrap(), a.outcome);
    }
}

#[test]
fn the_leaders_come_from_a_cluster_ranking() {
    use rust_decimal::Decimal;
    use thidua::campaigns::{Scorecard, ScoringCriterion, ScoringSheet};
    let sheet = ScoringSheet::builder("Cụm thi đua các sở")
        .criterion(ScoringCriterion::leaf(
            "1".parse().unwrap(),
            "Kết quả",
            Decimal::ONE_HUNDRED,
        ))
        .build()
        .unwrap();
    let card = |who: &str, points: i64| {
        Scorecard::new(unit(who)).score("1".parse().unwrap(), Decimal::from(points))
    };
    let ranking = sheet
        .rank(&[card("SO-XD", 91), card("SO-TC", 95), card("SO-GD", 88)])
        .unwrap();
    let book = RuleBook::national();
    let review = Review::new(&book, 2024, d(2024, 12, 20)).unwrap();
    let n = FlagNomination::new(Award::MinistryOrProvinceEmulationFlag, FlagRoute::Cluster)
        .standard(true);
    let leaders = ranking.leaders();
    let first = Collective::new(unit("SO-TC"), "Sở Tài chính");
    let second = Collective::new(unit("SO-XD"), "Sở Xây dựng");
    assert_eq!(
        review.flag(&first, &n, &leaders).unwrap().outcome,
        Outcome::Eligible
    );
    assert_eq!(
        review.flag(&second, &n, &leaders).unwrap().outcome,
        Outcome::Ineligible
    );
}
