//! Property tests: the laws the rules obey.

use crate::util::d;
use proptest::prelude::*;
use thidua::eligibility::{Candidate, TieBreak, allocate};
use thidua::{Award, Outcome, Person, Rating, Review, RuleBook, strategies};

const TITLES: [Award; 4] = [
    Award::AdvancedWorker,
    Award::GrassrootsEmulationFighter,
    Award::MinistryOrProvinceEmulationFighter,
    Award::NationalEmulationFighter,
];

/// Review dates in each regime: 2021 (Decree 91), 2024 (Law 06/2022), 2025
/// (Decree 152).
fn reviews() -> impl Strategy<Value = (i32, chrono::NaiveDate)> {
    prop_oneof![
        Just((2021, d(2021, 12, 20))),
        Just((2024, d(2024, 12, 20))),
        Just((2025, d(2025, 12, 20))),
    ]
}

fn judge(book: &RuleBook, year: i32, on: chrono::NaiveDate, p: &Person, award: Award) -> Outcome {
    let award = if award == Award::AdvancedWorker && p.category.is_armed_forces() {
        Award::AdvancedSoldier
    } else {
        award
    };
    Review::new(book, year, on)
        .unwrap()
        .person(p, award)
        .unwrap()
        .outcome
}

/// "At least as good": eligible ≥ needs review ≥ ineligible.
fn rank(o: Outcome) -> u8 {
    match o {
        Outcome::Eligible => 2,
        Outcome::NeedsReview => 1,
        Outcome::Ineligible => 0,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The fast path and the explained path always agree.
    #[test]
    fn fast_path_agrees_with_verdicts((year, on) in reviews(), p in (2021..=2025).prop_flat_map(strategies::person)) {
        prop_assume!(p.records.iter().all(|r| r.year <= year) && p.validate(on).is_ok());
        let book = RuleBook::national();
        let review = Review::new(&book, year, on).unwrap();
        for award in TITLES {
            let award = if award == Award::AdvancedWorker && p.category.is_armed_forces() { Award::AdvancedSoldier } else { award };
            prop_assert_eq!(review.person_outcome(&p, award).unwrap(), review.person(&p, award).unwrap().outcome);
        }
    }

    /// A better rating never loses a title.
    #[test]
    fn a_better_rating_never_loses_a_title((year, on) in reviews(), p in strategies::person(2025)) {
        let mut p = p;
        p.records.retain(|r| r.year <= year);
        p.initiatives.iter_mut().for_each(|l| l.retain(|i| i.recognised_on <= on));
        p.awards.retain(|c| c.period.from() <= on);
        prop_assume!(p.service_start.is_some_and(|s| s <= on));
        let book = RuleBook::national();
        let mut better = p.clone();
        if let Some(r) = better.records.iter_mut().find(|r| r.year == year) {
            r.rating = Some(match r.rating { Some(Rating::NotCompleted) => Rating::Completed, Some(Rating::Completed) => Rating::Good, _ => Rating::Excellent });
        }
        for award in TITLES {
            prop_assert!(rank(judge(&book, year, on, &better, award)) >= rank(judge(&book, year, on, &p, award)), "{award:?}");
        }
    }

    /// Less discipline and more initiatives never lose a title.
    #[test]
    fn less_discipline_and_more_initiatives_never_lose_a_title(p in strategies::person(2021), (year, on) in reviews()) {
        let mut p = p;
        p.records.retain(|r| r.year <= year);
        p.awards.retain(|c| c.period.from() <= on);
        p.initiatives.iter_mut().for_each(|l| l.retain(|i| i.recognised_on <= on));
        prop_assume!(p.service_start.is_some_and(|s| s <= on));
        let book = RuleBook::national();
        let mut better = p.clone();
        for r in &mut better.records {
            r.discipline = Some(vec![]);
            r.discipline_pending = Some(false);
        }
        better.add_initiative(thidua::people::Initiative {
            id: "SK-EXTRA".parse().unwrap(),
            kind: thidua::people::InitiativeKind::Initiative,
            scope: thidua::people::Scope::Grassroots,
            recognised_on: d(year, 6, 1),
        });
        for award in TITLES {
            prop_assert!(rank(judge(&book, year, on, &better, award)) >= rank(judge(&book, year, on, &p, award)), "{award:?}");
        }
    }

    /// "Chiến sĩ thi đua cơ sở" implies the base title of the category
    /// ("Lao động tiên tiến", or "Chiến sĩ tiên tiến" for soldiers); the provincial
    /// title implies the streak of CSTĐCS.
    #[test]
    fn titles_imply_their_prerequisites((year, on) in reviews(), p in strategies::person(2025)) {
        let mut p = p;
        p.records.retain(|r| r.year <= year);
        p.awards.retain(|c| c.period.from() <= on);
        p.initiatives.iter_mut().for_each(|l| l.retain(|i| i.recognised_on <= on));
        prop_assume!(p.service_start.is_some_and(|s| s <= on));
        let book = RuleBook::national();
        let cstdcs = judge(&book, year, on, &p, Award::GrassrootsEmulationFighter);
        if cstdcs == Outcome::Eligible {
            prop_assert_eq!(judge(&book, year, on, &p, p.category.base_title()), Outcome::Eligible);
        }
        if judge(&book, year, on, &p, Award::MinistryOrProvinceEmulationFighter) == Outcome::Eligible {
            // This year's CSTĐCS: already conferred, or judged now.
            let held = p.awards.iter().any(|c| c.award == Award::GrassrootsEmulationFighter
                && c.is_in_force() && c.period.as_year() == Some(year));
            prop_assert!(held || cstdcs == Outcome::Eligible);
            for y in [year - 1, year - 2] {
                prop_assert!(p.awards.iter().any(|c| c.award == Award::GrassrootsEmulationFighter
                    && c.is_in_force() && c.period.as_year() == Some(y)));
            }
        }
    }

    /// Quotas are never exceeded, and allocation ignores input order.
    #[test]
    fn allocation_respects_the_cap_and_ignores_order(
        scores in prop::collection::vec(0u8..5, 0..60),
        cap in 0u32..20,
        shuffle in any::<prop::sample::Index>(),
    ) {
        let candidates: Vec<Candidate<u32, u8>> = scores.iter().zip(0u32..).map(|(&score, id)| Candidate { id, score }).collect();
        let mut rotated = candidates.clone();
        if !rotated.is_empty() {
            let k = shuffle.index(rotated.len());
            rotated.rotate_left(k);
            rotated.reverse();
        }
        for tie in [TieBreak::LowerIdFirst, TieBreak::HigherIdFirst, TieBreak::Review] {
            let a = allocate(candidates.clone(), cap, tie).unwrap();
            let b = allocate(rotated.clone(), cap, tie).unwrap();
            prop_assert!(a.selected.len() <= cap as usize);
            prop_assert_eq!(a.selected.len() + a.cut.len() + a.tied.len(), candidates.len());
            prop_assert_eq!(&a, &b);
        }
    }

    /// The quota cap is monotone in its base and never passes the percentage
    /// when rounding down.
    #[test]
    fn quota_cap_is_monotone(n in 0u32..100_000) {
        let q = thidua::law::Quota::FIFTEEN_PERCENT_FLOOR;
        let (a, b) = (q.cap(n).unwrap(), q.cap(n + 1).unwrap());
        prop_assert!(a <= b);
        prop_assert!(u64::from(a) * 100 <= u64::from(n) * 15);
        prop_assert!((u64::from(a) + 1) * 100 > u64::from(n) * 15);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// A verdict does not depend on the order of the records, initiatives
    /// or awards it is given.
    #[test]
    fn verdicts_ignore_the_order_of_records((year, on) in reviews(), p in strategies::person(2025), seed in any::<u64>()) {
        let mut p = p;
        p.records.retain(|r| r.year <= year);
        p.initiatives.iter_mut().for_each(|l| l.retain(|i| i.recognised_on <= on));
        p.awards.retain(|c| c.period.from() <= on);
        prop_assume!(p.service_start.is_some_and(|s| s <= on));
        let mut shuffled = p.clone();
        let k = (seed % 7) as usize;
        shuffled.records.reverse();
        let n = shuffled.records.len().max(1);
        shuffled.records.rotate_left(k % n);
        shuffled.initiatives.iter_mut().for_each(|l| l.reverse());
        shuffled.awards.reverse();
        let book = RuleBook::national();
        let review = Review::new(&book, year, on).unwrap();
        for award in TITLES {
            let award = if award == Award::AdvancedWorker && p.category.is_armed_forces() { Award::AdvancedSoldier } else { award };
            let (a, b) = (review.person(&p, award).unwrap(), review.person(&shuffled, award).unwrap());
            prop_assert_eq!(a.outcome, b.outcome);
            prop_assert_eq!(a.relied_on, b.relied_on);
        }
    }
}
