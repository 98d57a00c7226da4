//! "Only the highest" is one rule: a population's money is the money of the
//! decision that grants every title its review confers, under either scope.

use proptest::prelude::*;
use thidua::decision::HighestOnlyScope;
use thidua::decision::PayOptions;
use thidua::history::Recipient;
use thidua::law::SalarySchedule;
use thidua::{
    Authority, Award, Decision, Money, Outcome, Period, Population, Review, RuleBook, Tariff,
    strategies,
};

use crate::util::d;

/// The decision of a review: one grant per title conferred, with its
/// achievement period (the streak titles' from the regime's rules).
fn decision_of(
    review: &Review<'_>,
    pop: &Population,
    result: &thidua::population::ReviewedPopulation<'_>,
    on: chrono::NaiveDate,
) -> Decision {
    let year = review.year();
    let rules = review.regime().individual();
    let province = i32::from(rules.province.streak.value.1);
    let national = i32::from(rules.national.streak.value.1) * province;
    let ending = |years: i32| Period::new(d(year - years + 1, 1, 1), d(year + 1, 1, 1)).unwrap();
    let mut decision = Decision::new("1/QĐ-UBND".parse().unwrap(), on, Authority::ProvincialChair);
    for (i, outcome) in result.people().enumerate() {
        let who = Recipient::Individual(pop.person_id(i).unwrap().clone());
        for award in outcome.titles() {
            let period = match award {
                Award::MinistryOrProvinceEmulationFighter => ending(province),
                Award::NationalEmulationFighter => ending(national),
                _ => ending(1),
            };
            decision = decision.grant(who.clone(), award, period);
        }
    }
    for (c, outcome) in pop.collectives().iter().zip(result.collectives()) {
        let who = Recipient::Collective(c.id.clone());
        let (advanced, excellent) = if c.armed_forces {
            (Award::AdvancedUnit, Award::DeterminedToWinUnit)
        } else {
            (Award::AdvancedCollective, Award::ExcellentCollective)
        };
        for (award, o) in [advanced, excellent].map(|a| (a, outcome.of(a).unwrap())) {
            if o == Outcome::Eligible {
                decision = decision.grant(who.clone(), award, ending(1));
            }
        }
    }
    decision
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// `ReviewedPopulation::money` and `Decision::money` of the same grants
    /// pay the same total, with the same notes, under the law's scope and
    /// under the wider one; the law never pays less.
    #[test]
    fn population_money_is_the_money_of_its_decision(
        (pop, year, on) in prop_oneof![
            Just((2021, d(2021, 12, 20))),
            Just((2024, d(2024, 12, 20))),
            Just((2025, d(2025, 12, 20))),
        ].prop_flat_map(|(year, on)| (strategies::population(year), Just(year), Just(on))),
    ) {
        let book = RuleBook::national();
        let salaries = SalarySchedule::national();
        let review = Review::new(&book, year, on).unwrap();
        let result = review.population(&pop).unwrap();
        let tariff = Tariff::new(&book, &salaries, on, Authority::ProvincialChair).unwrap();
        let decision = decision_of(&review, &pop, &result, on);
        let mut totals = Vec::new();
        for scope in [HighestOnlyScope::SamePeriod, HighestOnlyScope::AllPeriods] {
            let population = result.money_with(&tariff, scope).unwrap();
            let options = PayOptions::default().highest_only(scope);
            let decided = decision.money_with(&book, &salaries, options).unwrap();
            prop_assert_eq!(population.total, decided.total, "{:?}", scope);
            prop_assert_eq!(&population.notes, &decided.notes, "{:?}", scope);
            totals.push(population.total);
        }
        prop_assert_eq!(result.money(&tariff).unwrap(), totals[0]);
        prop_assert!(totals[0] >= totals[1]);
        prop_assert!(totals[1] >= Money::ZERO);
    }
}
