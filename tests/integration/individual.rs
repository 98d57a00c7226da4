//! Individual titles, regime by regime, on both sides of every threshold.

use crate::util::*;
use thidua::Bilingual as _;
use thidua::citation::{Instrument, InstrumentKind};
use thidua::eligibility::{Criterion, Status};
use thidua::law::OverlayRule;
use thidua::people::{Discipline, DisciplineForm, Scope, Training, TrainingResult};
use thidua::{
    Award, Citation, ErrorKind, Outcome, Overlay, Period, Person, PersonCategory, Rating, RegimeId,
    Review, RuleBook, YearRecord,
};

use Award::{
    AdvancedSoldier as CSTT, AdvancedWorker as LDTT, GrassrootsEmulationFighter as CSTDCS,
    MinistryOrProvinceEmulationFighter as CSTD_TINH, NationalEmulationFighter as CSTD_TQ,
};

// ---- Lao động tiên tiến -------------------------------------------------

#[test]
fn rating_good_or_better_in_every_regime() {
    for (year, on) in [
        (2021, d(2021, 12, 20)),
        (2024, d(2024, 12, 20)),
        (2025, d(2025, 12, 20)),
    ] {
        for (rating, outcome) in [
            (Rating::Excellent, Outcome::Eligible),
            (Rating::Good, Outcome::Eligible),
            (Rating::Completed, Outcome::Ineligible),
            (Rating::NotCompleted, Outcome::Ineligible),
        ] {
            let v = judge(&servant("1", rating, year), LDTT, year, on);
            assert_outcome(&v, outcome);
            assert_status(
                &v,
                Criterion::Rating,
                if outcome == Outcome::Eligible {
                    Status::Met
                } else {
                    Status::Unmet
                },
            );
        }
    }
}

#[test]
fn new_hire_ten_months_in_2021() {
    // Decree 91/2017 Art. 10: not under 10 months. Hired 2021-03-01 serves
    // exactly 10 months to 2022-01-01; a day later is under 10.
    for (start, status) in [
        (d(2021, 3, 1), Status::Met),
        (d(2021, 3, 2), Status::Unmet),
        (d(2021, 4, 1), Status::Unmet),
    ] {
        let mut p = servant("1", Rating::Good, 2021);
        p.service_start = Some(start);
        let v = judge(&p, LDTT, 2021, d(2021, 12, 20));
        assert_status(&v, Criterion::NewHire, status);
    }
}

#[test]
fn new_hire_six_months_in_2024() {
    // Circular 01/2024 Art. 1 k5 d: not under 6 months.
    for (start, status) in [
        (d(2024, 7, 1), Status::Met),
        (d(2024, 7, 2), Status::Unmet),
        (d(2024, 8, 1), Status::Unmet),
    ] {
        let mut p = servant("1", Rating::Good, 2024);
        p.service_start = Some(start);
        let v = judge(&p, LDTT, 2024, d(2024, 12, 20));
        assert_status(&v, Criterion::NewHire, status);
    }
}

#[test]
fn new_hire_rule_of_circular_15_2025_is_unverified() {
    // Hired within 2025: the months rule of Circular 15/2025 was not read.
    let mut p = servant("1", Rating::Good, 2025);
    p.service_start = Some(d(2025, 3, 1));
    let v = judge(&p, LDTT, 2025, d(2025, 12, 20));
    assert_status(&v, Criterion::NewHire, Status::Unknown);
    assert_outcome(&v, Outcome::NeedsReview);
    // Whoever served the whole year is no new hire under any reading.
    p.service_start = Some(d(2025, 1, 1));
    assert_outcome(&judge(&p, LDTT, 2025, d(2025, 12, 20)), Outcome::Eligible);
}

#[test]
fn discipline_in_2021_excludes_from_reprimand() {
    let mut p = servant("1", Rating::Good, 2021);
    record(&mut p, 2021).add_discipline(Discipline {
        form: DisciplineForm::Reprimand,
        decided_on: d(2021, 5, 4),
        ends_on: None,
    });
    let v = judge(&p, LDTT, 2021, d(2021, 12, 20));
    assert_status(&v, Criterion::Discipline, Status::Unmet);
    assert!(v.to_string().contains("khiển trách"), "{v}");
}

#[test]
fn discipline_from_2024_counts_after_its_period() {
    let on = d(2024, 12, 20);
    let with = |ends_on| {
        let mut p = servant("1", Rating::Good, 2024);
        record(&mut p, 2024).add_discipline(Discipline {
            form: DisciplineForm::Reprimand,
            decided_on: d(2024, 2, 1),
            ends_on,
        });
        judge(&p, LDTT, 2024, on)
    };
    // The period runs past the year: no achievement counts in 2024.
    assert_status(
        &with(Some(d(2025, 2, 1))),
        Criterion::DisciplinePeriod,
        Status::Unmet,
    );
    // It ends within the year: achievement counts from then — a council call.
    assert_status(
        &with(Some(d(2024, 8, 1))),
        Criterion::DisciplinePeriod,
        Status::Unknown,
    );
    // Its period is not known.
    assert_status(&with(None), Criterion::DisciplinePeriod, Status::Unknown);
    // A pending process blocks the award.
    let mut p = servant("1", Rating::Good, 2024);
    record(&mut p, 2024).discipline_pending = Some(true);
    let v = judge(&p, LDTT, 2024, on);
    assert_status(&v, Criterion::PendingDiscipline, Status::Unmet);
    assert_outcome(&v, Outcome::Ineligible);
}

#[test]
fn long_training_needs_a_fair_result_only_before_2024() {
    let with = |year: i32, on, result| {
        let mut p = servant("1", Rating::Good, year);
        record(&mut p, year).training = Some(vec![Training {
            months: 12,
            kept_rules: Some(true),
            result: Some(result),
        }]);
        judge(&p, LDTT, year, on)
    };
    assert_status(
        &with(2021, d(2021, 12, 20), TrainingResult::Average),
        Criterion::Training,
        Status::Unmet,
    );
    assert_status(
        &with(2021, d(2021, 12, 20), TrainingResult::Fair),
        Criterion::Training,
        Status::Met,
    );
    assert_status(
        &with(2024, d(2024, 12, 20), TrainingResult::Average),
        Criterion::Training,
        Status::Met,
    );
    // Circular 15/2025 was not read: unknown.
    assert_status(
        &with(2025, d(2025, 12, 20), TrainingResult::Good),
        Criterion::Training,
        Status::Unknown,
    );
}

#[test]
fn soldiers_are_judged_for_chien_si_tien_tien() {
    let mut p = servant("1", Rating::Good, 2024);
    p.category = PersonCategory::Soldier;
    assert_outcome(&judge(&p, CSTT, 2024, d(2024, 12, 20)), Outcome::Eligible);
    assert_outcome(&judge(&p, LDTT, 2024, d(2024, 12, 20)), Outcome::Ineligible);
}

#[test]
fn farmers_need_the_provincial_standard() {
    let mut p = servant("1", Rating::Good, 2024);
    p.category = PersonCategory::Farmer;
    let v = judge(&p, LDTT, 2024, d(2024, 12, 20));
    assert_status(&v, Criterion::ProvincialStandard, Status::Unknown);
    assert_outcome(&v, Outcome::NeedsReview);
}

#[test]
fn missing_rating_is_needs_review_not_ineligible() {
    let mut p = servant("1", Rating::Good, 2024);
    record(&mut p, 2024).rating = None;
    assert_outcome(
        &judge(&p, LDTT, 2024, d(2024, 12, 20)),
        Outcome::NeedsReview,
    );
    p.records.retain(|r| r.year != 2024);
    assert_outcome(
        &judge(&p, LDTT, 2024, d(2024, 12, 20)),
        Outcome::NeedsReview,
    );
}

// ---- Chiến sĩ thi đua cơ sở ---------------------------------------------

#[test]
fn htxs_without_initiative_in_2021_and_2024() {
    let v = judge(
        &servant("1", Rating::Excellent, 2021),
        CSTDCS,
        2021,
        d(2021, 12, 20),
    );
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Initiative, Status::Unmet);
    let v = judge(
        &servant("1", Rating::Excellent, 2024),
        CSTDCS,
        2024,
        d(2024, 12, 20),
    );
    assert_outcome(&v, Outcome::Eligible);
    assert_status(&v, Criterion::ExcellentOrInitiative, Status::Met);
    assert!(
        v.relied_on.is_empty(),
        "the HTXS route keeps the initiatives"
    );
}

#[test]
fn initiative_route_names_the_initiative() {
    let mut p = servant("1", Rating::Good, 2021);
    initiative(&mut p, "SK-1", Scope::Grassroots, d(2021, 10, 1));
    let v = judge(&p, CSTDCS, 2021, d(2021, 12, 20));
    assert_outcome(&v, Outcome::Eligible);
    assert_eq!(v.relied_on, ["SK-1".parse().unwrap()]);
    // An initiative of an earlier year does not count for 2021.
    let mut q = servant("2", Rating::Good, 2021);
    initiative(&mut q, "SK-0", Scope::Grassroots, d(2020, 10, 1));
    assert_outcome(
        &judge(&q, CSTDCS, 2021, d(2021, 12, 20)),
        Outcome::Ineligible,
    );
}

#[test]
fn an_initiative_is_used_once() {
    let mut p = servant("1", Rating::Good, 2021);
    initiative(&mut p, "SK-1", Scope::Grassroots, d(2021, 10, 1));
    let mut bk = thidua::history::Conferral::new(
        Award::CertificateOfCommendation,
        Period::year(2021).unwrap(),
    );
    bk.relied_on.push("SK-1".parse().unwrap());
    p.awards.push(bk);
    let v = judge(&p, CSTDCS, 2021, d(2021, 12, 20));
    assert_outcome(&v, Outcome::Ineligible);
    // Judging the same title again does not count its own initiative against it.
    let mut p = servant("1", Rating::Good, 2021);
    initiative(&mut p, "SK-1", Scope::Grassroots, d(2021, 10, 1));
    let mut own = thidua::history::Conferral::new(CSTDCS, Period::year(2021).unwrap());
    own.relied_on.push("SK-1".parse().unwrap());
    p.awards.push(own);
    assert_outcome(&judge(&p, CSTDCS, 2021, d(2021, 12, 20)), Outcome::Eligible);
}

#[test]
fn cstdcs_implies_ldtt_standard() {
    let mut p = servant("1", Rating::Completed, 2024);
    initiative(&mut p, "SK-1", Scope::Grassroots, d(2024, 10, 1));
    let v = judge(&p, CSTDCS, 2024, d(2024, 12, 20));
    assert_outcome(&v, Outcome::Ineligible);
    assert_status(&v, Criterion::Rating, Status::Unmet);
}

#[test]
fn cstdcs_implies_the_base_title_of_every_category() {
    for &category in PersonCategory::ALL {
        if matches!(
            category,
            PersonCategory::Farmer | PersonCategory::Worker | PersonCategory::Other
        ) {
            // Judged by the provincial standard: needs review either way.
            continue;
        }
        let mut p = servant("1", Rating::Excellent, 2024);
        p.category = category;
        initiative(&mut p, "SK-1", Scope::Grassroots, d(2024, 10, 1));
        let on = d(2024, 12, 20);
        assert_outcome(&judge(&p, CSTDCS, 2024, on), Outcome::Eligible);
        assert_outcome(
            &judge(&p, category.base_title(), 2024, on),
            Outcome::Eligible,
        );
    }
    assert_eq!(PersonCategory::Soldier.base_title(), CSTT);
    assert_eq!(PersonCategory::Police.base_title(), CSTT);
    assert_eq!(PersonCategory::PublicEmployee.base_title(), LDTT);
}

#[test]
fn amendment_of_2026_needs_review() {
    let mut p = servant("1", Rating::Excellent, 2026);
    initiative(&mut p, "SK-1", Scope::Grassroots, d(2026, 9, 1));
    let v = judge(&p, CSTDCS, 2026, d(2026, 12, 20));
    assert_eq!(v.regime, RegimeId::AMENDMENT_2026);
    assert_outcome(&v, Outcome::NeedsReview);
    assert_status(&v, Criterion::Regime, Status::Unknown);
    assert_status(&v, Criterion::ExcellentOrInitiative, Status::Unknown);
    // The day before, Decree 152/2025 decides.
    assert_outcome(&judge(&p, CSTDCS, 2026, d(2026, 9, 30)), Outcome::Eligible);
}

// ---- the same facts on both sides of a regime change --------------------

#[test]
fn the_same_facts_either_side_of_2024_01_01() {
    // HTXS, no initiative, hired 2023-05-01 (8 months in 2023).
    let mut p = servant("1", Rating::Excellent, 2023);
    p.service_start = Some(d(2023, 5, 1));
    let before = |a| judge(&p, a, 2023, d(2023, 12, 31));
    let after = |a| judge(&p, a, 2023, d(2024, 1, 1));
    assert_eq!(before(LDTT).regime, RegimeId::DECREE_91_2017);
    assert_eq!(after(LDTT).regime, RegimeId::LAW_2022);
    assert_outcome(&before(LDTT), Outcome::Ineligible); // under 10 months
    assert_outcome(&after(LDTT), Outcome::Eligible); // 6 months suffice
    assert_outcome(&before(CSTDCS), Outcome::Ineligible);
    assert_outcome(&after(CSTDCS), Outcome::Eligible); // HTXS suffices
}

#[test]
fn the_same_facts_either_side_of_2025_07_01() {
    let mut p = servant("1", Rating::Good, 2024);
    p.service_start = Some(d(2024, 5, 1));
    record(&mut p, 2024).training = Some(vec![Training {
        months: 3,
        kept_rules: Some(true),
        result: None,
    }]);
    let before = judge(&p, LDTT, 2024, d(2025, 6, 30));
    let after = judge(&p, LDTT, 2024, d(2025, 7, 1));
    assert_eq!(after.regime, RegimeId::DECREE_152_2025);
    assert_outcome(&before, Outcome::Eligible);
    assert_outcome(&after, Outcome::NeedsReview);
    assert_status(&after, Criterion::NewHire, Status::Unknown);
    assert_status(&after, Criterion::Training, Status::Unknown);
}

// ---- streak titles --------------------------------------------------------

fn three_cstdcs(last: i32) -> Person {
    let mut p = servant("1", Rating::Excellent, last);
    conferred(&mut p, CSTDCS, last - 2);
    conferred(&mut p, CSTDCS, last - 1);
    conferred(&mut p, CSTDCS, last);
    initiative(&mut p, "SK-T", Scope::MinistryOrProvince, d(last - 1, 6, 1));
    p
}

#[test]
fn province_fighter_needs_three_consecutive_cstdcs() {
    let p = three_cstdcs(2021);
    let v = judge(&p, CSTD_TINH, 2021, d(2021, 12, 20));
    assert_outcome(&v, Outcome::Eligible);
    let streak = v.finding(Criterion::Streak).unwrap();
    assert_eq!(streak.evidence.len(), 3, "{v}");
    assert_eq!(v.relied_on, ["SK-T".parse().unwrap()]);
}

#[test]
fn a_streak_breaks_on_a_gap_or_a_revocation() {
    let mut gap = three_cstdcs(2021);
    gap.awards
        .retain(|c| c.period != Period::year(2020).unwrap());
    let v = judge(&gap, CSTD_TINH, 2021, d(2021, 12, 20));
    assert_status(&v, Criterion::Streak, Status::Unmet);
    assert!(v.to_string().contains("gián đoạn"), "{v}");

    let mut revoked = three_cstdcs(2021);
    revoked.awards[1].revoked = Some(thidua::history::Revocation {
        on: d(2021, 6, 1),
        decision: None,
    });
    let v = judge(&revoked, CSTD_TINH, 2021, d(2021, 12, 20));
    assert_status(&v, Criterion::Streak, Status::Unmet);
    assert!(v.to_string().contains("thu hồi"), "{v}");
}

#[test]
fn the_last_link_may_be_judged_in_the_same_review() {
    let mut p = three_cstdcs(2024);
    p.awards.retain(|c| c.period != Period::year(2024).unwrap());
    // HTXS in 2024 gives CSTĐCS 2024 in this review.
    assert_outcome(
        &judge(&p, CSTD_TINH, 2024, d(2024, 12, 20)),
        Outcome::Eligible,
    );
    // In 2021, without a grassroots initiative, the 2021 CSTĐCS fails.
    let mut q = three_cstdcs(2021);
    q.awards.retain(|c| c.period != Period::year(2021).unwrap());
    assert_outcome(
        &judge(&q, CSTD_TINH, 2021, d(2021, 12, 20)),
        Outcome::Ineligible,
    );
}

#[test]
fn the_provincial_initiative_must_be_unused() {
    let mut p = three_cstdcs(2021);
    let mut earlier = thidua::history::Conferral::new(
        Award::MinistryOrProvinceCertificateOfMerit,
        Period::year(2020).unwrap(),
    );
    earlier.relied_on.push("SK-T".parse().unwrap());
    p.awards.push(earlier);
    let v = judge(&p, CSTD_TINH, 2021, d(2021, 12, 20));
    assert_status(&v, Criterion::Initiative, Status::Unmet);
}

#[test]
fn national_fighter_needs_two_consecutive_province_titles() {
    let mut p = servant("1", Rating::Excellent, 2024);
    p.awards.push(thidua::history::Conferral::new(
        CSTD_TINH,
        Period::new(d(2019, 1, 1), d(2022, 1, 1)).unwrap(),
    ));
    p.awards.push(thidua::history::Conferral::new(
        CSTD_TINH,
        Period::new(d(2022, 1, 1), d(2025, 1, 1)).unwrap(),
    ));
    initiative(&mut p, "SK-N", Scope::National, d(2024, 3, 1));
    let v = judge(&p, CSTD_TQ, 2024, d(2024, 12, 20));
    assert_outcome(&v, Outcome::Eligible);
    // Only a provincial initiative: not enough.
    p.initiatives.as_mut().unwrap()[0].scope = Scope::MinistryOrProvince;
    assert_status(
        &judge(&p, CSTD_TQ, 2024, d(2024, 12, 20)),
        Criterion::Initiative,
        Status::Unmet,
    );
}

// ---- quotas -----------------------------------------------------------------

#[test]
fn the_15_percent_quota_at_40_45_46_and_47() {
    let book = RuleBook::national();
    let review = Review::new(&book, 2021, d(2021, 12, 20)).unwrap();
    let quota = review.grassroots_quota().unwrap();
    assert_eq!(
        quota.citation.to_string(),
        "khoản 3 Điều 9 Nghị định số 91/2017/NĐ-CP"
    );
    let caps: Vec<u32> = [40, 45, 46, 47]
        .iter()
        .map(|&n| quota.value.cap(n).unwrap())
        .collect();
    assert_eq!(caps, [6, 6, 6, 7]);
    let up = review
        .clone()
        .with_quota_rounding(thidua::law::QuotaRounding::Ceil);
    assert_eq!(up.grassroots_quota().unwrap().value.cap(46).unwrap(), 7);
    // No quota from 2024.
    let review = Review::new(&book, 2024, d(2024, 12, 20)).unwrap();
    assert!(review.grassroots_quota().is_none());
}

#[test]
fn allocation_reports_who_was_cut() {
    let candidates: Vec<thidua::eligibility::Candidate<u32, u32>> = (1..=9)
        .map(|i| thidua::eligibility::Candidate {
            id: i,
            score: 100 - i % 4,
        })
        .collect();
    let a =
        thidua::eligibility::allocate(candidates, 6, thidua::eligibility::TieBreak::LowerIdFirst)
            .unwrap();
    assert_eq!(a.selected, [4, 8, 1, 5, 9, 2]);
    assert_eq!(a.cut, [6, 3, 7]);
}

// ---- overlays ---------------------------------------------------------------

fn decision(number: &'static str) -> Citation {
    Citation::new(Instrument::new(
        InstrumentKind::Decision,
        number,
        format!("Quyết định số {number}"),
    ))
    .article(5)
}

#[test]
fn a_province_limits_leave_to_40_working_days() {
    let overlay = Overlay::new(
        "Quy chế tỉnh A",
        decision("12/2024/QĐ-UBND"),
        Period::starting(d(2024, 3, 1)),
    )
    .with(OverlayRule::LeaveLimit { working_days: 40 });
    let book = RuleBook::national();
    let review = Review::new(&book, 2024, d(2024, 12, 20))
        .unwrap()
        .with_overlay(&overlay)
        .unwrap();
    let with_leave = |kind, days| {
        let mut p = servant("1", Rating::Good, 2024);
        record(&mut p, 2024).add_leave(thidua::people::Leave {
            kind,
            working_days: days,
        });
        review.person(&p, LDTT).unwrap()
    };
    let v = with_leave(thidua::people::LeaveKind::Sick, 40);
    assert_status(&v, Criterion::Leave, Status::Unmet);
    assert_eq!(
        v.finding(Criterion::Leave)
            .unwrap()
            .citation
            .instrument()
            .number(),
        "12/2024/QĐ-UBND"
    );
    assert_status(
        &with_leave(thidua::people::LeaveKind::Sick, 39),
        Criterion::Leave,
        Status::Met,
    );
    // Maternity leave is work time (Decree 98/2023 Art. 4).
    assert_status(
        &with_leave(thidua::people::LeaveKind::Maternity, 120),
        Criterion::Leave,
        Status::Met,
    );
    // Without the overlay there is no national leave limit.
    let plain = Review::new(&book, 2024, d(2024, 12, 20)).unwrap();
    let mut p = servant("1", Rating::Good, 2024);
    record(&mut p, 2024).add_leave(thidua::people::Leave {
        kind: thidua::people::LeaveKind::Sick,
        working_days: 60,
    });
    assert_outcome(&plain.person(&p, LDTT).unwrap(), Outcome::Eligible);
}

#[test]
fn a_sector_keeps_ten_months_for_new_hires_after_2024() {
    let overlay = Overlay::new(
        "Ngành B",
        decision("11/2023/TT-BTTTT"),
        Period::starting(d(2024, 1, 1)),
    )
    .with(OverlayRule::NewHireMonths { months: 10 });
    let book = RuleBook::national();
    let review = Review::new(&book, 2024, d(2024, 12, 20))
        .unwrap()
        .with_overlay(&overlay)
        .unwrap();
    let mut p = servant("1", Rating::Good, 2024);
    p.service_start = Some(d(2024, 4, 1)); // 9 months
    assert_status(
        &review.person(&p, LDTT).unwrap(),
        Criterion::NewHire,
        Status::Unmet,
    );
    p.service_start = Some(d(2024, 3, 1)); // 10 months
    assert_status(
        &review.person(&p, LDTT).unwrap(),
        Criterion::NewHire,
        Status::Met,
    );
    // Without the overlay, 9 months are enough in 2024.
    p.service_start = Some(d(2024, 4, 1));
    assert_outcome(&judge(&p, LDTT, 2024, d(2024, 12, 20)), Outcome::Eligible);
}

#[test]
fn overlays_may_not_loosen_or_apply_out_of_force() {
    let book = RuleBook::national();
    let loose = Overlay::new(
        "X",
        decision("1/2024/QĐ-UBND"),
        Period::starting(d(2024, 1, 1)),
    )
    .with(OverlayRule::NewHireMonths { months: 3 });
    let err = Review::new(&book, 2024, d(2024, 12, 20))
        .unwrap()
        .with_overlay(&loose)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict);
    assert!(err.en().contains("'X' loosens"), "{err}");
    let quota = Overlay::new(
        "Y",
        decision("2/2021/QĐ-UBND"),
        Period::starting(d(2021, 1, 1)),
    )
    .with(OverlayRule::GrassrootsQuota {
        percent: 20.into(),
        rounding: thidua::law::QuotaRounding::Floor,
    });
    let err = Review::new(&book, 2021, d(2021, 12, 20))
        .unwrap()
        .with_overlay(&quota)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict);
    let later = Overlay::new(
        "Z",
        decision("3/2025/QĐ-UBND"),
        Period::starting(d(2025, 1, 1)),
    );
    let err = Review::new(&book, 2024, d(2024, 12, 20))
        .unwrap()
        .with_overlay(&later)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OutOfRange);
}

// ---- bad input ----------------------------------------------------------------

#[test]
fn bad_input_is_an_error_naming_the_value() {
    let book = RuleBook::national();
    let review = Review::new(&book, 2021, d(2021, 12, 20)).unwrap();
    let mut later = servant("P7", Rating::Good, 2021);
    later
        .records
        .push(YearRecord::new(2022).rated(Rating::Good));
    let err = review.person(&later, LDTT).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OutOfRange);
    assert_eq!(
        err.en(),
        "person 'P7': record for year 2022 is after the judging date 2021-12-20"
    );

    let mut twice = servant("P8", Rating::Good, 2021);
    twice
        .records
        .push(YearRecord::new(2021).rated(Rating::Excellent));
    let err = review.person(&twice, LDTT).unwrap_err();
    assert_eq!(
        (err.kind(), err.en().into_owned()),
        (
            ErrorKind::Duplicate,
            "person 'P8': two records for year 2021".to_owned()
        )
    );

    // No start of service is not an error but an unknown fact.
    let mut no_start = servant("P9", Rating::Good, 2021);
    no_start.service_start = None;
    let v = review.person(&no_start, LDTT).unwrap();
    assert_outcome(&v, Outcome::NeedsReview);
    assert_status(&v, Criterion::NewHire, Status::Unknown);
    assert!(
        v.finding(Criterion::NewHire).unwrap().reason_en == "start of service not given: add it",
        "{v}"
    );

    let err = Review::new(&book, 2022, d(2021, 12, 20)).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::OutOfRange);
    let err = Review::new(&book, 2016, d(2016, 12, 20)).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NoRegime);
    // An order whose criteria were not read is not an error: it needs
    // review, naming the text.
    let v = review
        .person(&servant("1", Rating::Good, 2021), Award::GoldStarOrder)
        .unwrap();
    assert_outcome(&v, Outcome::NeedsReview);
    assert!(
        v.findings_with(Status::Unknown)
            .any(|f| f.citation.instrument().number() == "15/2003/QH11"),
        "{v}"
    );
    // An award not conferred on individuals is.
    let err = review
        .person(&servant("1", Rating::Good, 2021), Award::AdvancedCollective)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict);
}

#[test]
fn display_is_a_vietnamese_explanation() {
    let mut p = servant("CB-01", Rating::Good, 2021);
    initiative(&mut p, "SK-1", Scope::Grassroots, d(2021, 10, 1));
    let v = judge(&p, CSTDCS, 2021, d(2021, 12, 20));
    let text = v.to_string();
    assert!(
        text.starts_with(
            "CB-01 — danh hiệu/hình thức \"Chiến sĩ thi đua cơ sở\" năm 2021: ĐỦ ĐIỀU KIỆN"
        ),
        "{text}"
    );
    assert!(
        text.contains("[đạt] có sáng kiến được cơ sở công nhận: SK-1"),
        "{text}"
    );
    assert!(
        text.contains("điểm b khoản 3 Điều 9 Nghị định số 91/2017/NĐ-CP"),
        "{text}"
    );
}

#[test]
fn an_achievement_is_rewarded_once() {
    // Decree 98/2023 Art. 30 k9: the next award counts from the period of
    // the previous decision.
    let mut p = three_cstdcs(2024);
    p.awards.push(thidua::history::Conferral::new(
        CSTD_TINH,
        Period::new(d(2021, 1, 1), d(2024, 1, 1)).unwrap(),
    ));
    let v = judge(&p, CSTD_TINH, 2024, d(2024, 12, 20));
    assert_status(&v, Criterion::PreviousAward, Status::Unmet);
    // Judging the same period again is not a second reward.
    let mut q = three_cstdcs(2024);
    q.awards.push(thidua::history::Conferral::new(
        CSTD_TINH,
        Period::new(d(2022, 1, 1), d(2025, 1, 1)).unwrap(),
    ));
    assert_status(
        &judge(&q, CSTD_TINH, 2024, d(2024, 12, 20)),
        Criterion::PreviousAward,
        Status::Met,
    );
    // Under Decree 91/2017 the rule was not read: needs review.
    let mut r = three_cstdcs(2021);
    r.awards.push(thidua::history::Conferral::new(
        CSTD_TINH,
        Period::new(d(2018, 1, 1), d(2021, 1, 1)).unwrap(),
    ));
    assert_status(
        &judge(&r, CSTD_TINH, 2021, d(2021, 12, 20)),
        Criterion::PreviousAward,
        Status::Unknown,
    );
}

#[test]
fn after_decree_152_ends_every_verdict_needs_review() {
    // Decree 152/2025 is reported to end on 2027-03-01 with no known
    // successor: the day before, the 2026 amendment (itself unverified);
    // from that day, a regime whose text is unknown.
    let book = RuleBook::national();
    let p = servant("1", Rating::Excellent, 2026);
    for on in [d(2027, 2, 28), d(2027, 3, 1)] {
        let review = Review::new(&book, 2026, on).unwrap();
        let v = review.person(&p, LDTT).unwrap();
        assert_outcome(&v, Outcome::NeedsReview);
        assert_status(&v, Criterion::Regime, Status::Unknown);
    }
    let after = Review::new(&book, 2026, d(2027, 3, 1)).unwrap();
    assert_eq!(after.regime().id(), &RegimeId::AFTER_DECREE_152);
    let v = after.person(&p, LDTT).unwrap();
    let f = v.finding(Criterion::Regime).unwrap();
    assert_eq!(f.citation.instrument().number(), "152/2025/NĐ-CP");
}
