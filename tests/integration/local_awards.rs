//! A province's own titles defined in an overlay file, with no source edit:
//! judged by the engine of the route they name, priced by their money row.

use crate::util::*;
use thidua::Bilingual as _;
use thidua::award::Route;
use thidua::eligibility::{Criterion, Status};
use thidua::law::SalarySchedule;
use thidua::people::Scope;
use thidua::{
    Authority, Award, ErrorKind, Money, Outcome, Overlay, Rating, RecipientKind, Review, RuleBook,
    Tariff,
};

const FILE: &str = include_str!("../../examples/data/tinh-a-awards.toml");

fn overlay() -> Overlay {
    Overlay::from_toml(FILE, "examples/data/tinh-a-awards.toml").unwrap()
}

#[test]
fn the_file_defines_two_awards_with_their_routes() {
    let o = overlay();
    assert_eq!(o.awards().len(), 2);
    let good = o.award("lao dong gioi").unwrap();
    assert_eq!(good, o.award("LĐG").unwrap());
    assert_eq!(good.route(), Route::AnnualTitle);
    assert!(good.is_local() && good.is_title());
    assert_eq!(good.name_en(), "Good Worker");
    let fighter = o.award("Chiến sĩ thi đua xuất sắc tỉnh A").unwrap();
    assert_eq!(fighter.route(), Route::Streak);
    assert!(o.award("Lao động tiên tiến").is_err());
    // A national name cannot be taken by a local award.
    let clash = FILE.replace(
        "name_vi = \"Lao động giỏi\"",
        "name_vi = \"Lao động tiên tiến\"",
    );
    let err = Overlay::from_toml(&clash, "tinh-a.toml").unwrap_err();
    // Read through serde, the error keeps its kind.
    assert_eq!(err.kind(), ErrorKind::Duplicate);
    assert!(err.en().contains("already names"), "{err}");
}

#[test]
fn an_annual_title_on_both_sides_of_its_rating() {
    let o = overlay();
    let book = RuleBook::national();
    let review = Review::new(&book, 2025, d(2025, 12, 20))
        .unwrap()
        .with_overlay(&o)
        .unwrap();
    let good = review.award("Lao động giỏi").unwrap();
    for (rating, outcome) in [
        (Rating::Excellent, Outcome::Eligible),
        (Rating::Good, Outcome::Ineligible),
    ] {
        let p = servant("1", rating, 2025);
        let v = review.person(&p, good).unwrap();
        assert_eq!(v.outcome, outcome, "{v}");
        assert_eq!(review.person_outcome(&p, good).unwrap(), outcome);
        let f = v.finding(Criterion::Rating).unwrap();
        assert_eq!(
            f.citation.note(),
            Some("province A details the standard: HTXS in the year")
        );
        // The national title is judged by its own rule on the same facts.
        let national = review.person(&p, Award::AdvancedWorker).unwrap();
        assert_eq!(national.outcome, Outcome::Eligible);
    }
    // A review without the overlay cannot judge it.
    let plain = Review::new(&book, 2025, d(2025, 12, 20)).unwrap();
    let err = plain
        .person(&servant("1", Rating::Excellent, 2025), good)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnknownReference);
}

#[test]
fn a_streak_title_counts_its_lower_title() {
    let o = overlay();
    let book = RuleBook::national();
    let review = Review::new(&book, 2025, d(2025, 12, 20))
        .unwrap()
        .with_overlay(&o)
        .unwrap();
    let fighter = review.award("chien si thi dua xuat sac tinh a").unwrap();
    // CSTĐCS 2024 conferred; 2025 judged in this review (HTXS, from 2024 that
    // alone gives it); an initiative recognised at grassroots scope in 2025.
    let mut p = servant("1", Rating::Excellent, 2025);
    conferred(&mut p, Award::GrassrootsEmulationFighter, 2024);
    initiative(&mut p, "SK-1", Scope::Grassroots, d(2025, 6, 1));
    let v = review.person(&p, fighter).unwrap();
    assert_eq!(v.outcome, Outcome::Eligible, "{v}");
    assert_eq!(
        review.person_outcome(&p, fighter).unwrap(),
        Outcome::Eligible
    );
    // Without the 2024 title the run of two breaks.
    let mut q = servant("2", Rating::Excellent, 2025);
    initiative(&mut q, "SK-2", Scope::Grassroots, d(2025, 6, 1));
    let v = review.person(&q, fighter).unwrap();
    assert_eq!(v.outcome, Outcome::Ineligible, "{v}");
    assert_eq!(v.finding(Criterion::Streak).unwrap().status, Status::Unmet);
}

#[test]
fn local_awards_are_priced_by_their_money_row() {
    let o = overlay();
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let tariff = Tariff::new(
        &book,
        &salaries,
        d(2025, 12, 20),
        Authority::ProvincialChair,
    )
    .unwrap()
    .with_overlay(&o);
    let good = o.award("Lao động giỏi").unwrap();
    let fighter = o.award("Chiến sĩ thi đua xuất sắc tỉnh A").unwrap();
    // 0,5 and 1,5 × 2.340.000, rounded up to 10.000 đồng.
    let a = tariff.amount(good, RecipientKind::Individual).unwrap();
    assert_eq!(a.amount, Money::from_dong(1_170_000));
    let b = tariff.amount(fighter, RecipientKind::Individual).unwrap();
    assert_eq!(b.amount, Money::from_dong(3_510_000));
    // A tariff without the overlay says where the money is.
    let plain = Tariff::new(
        &book,
        &salaries,
        d(2025, 12, 20),
        Authority::ProvincialChair,
    )
    .unwrap();
    let err = plain.amount(good, RecipientKind::Individual).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Missing);
    assert!(err.en().contains("Tariff::with_overlay"), "{err}");
}

#[test]
fn the_overlay_round_trips_through_json() {
    let o = overlay();
    let json = serde_json::to_string(&o).unwrap();
    assert!(json.contains("\"route\":\"annual_title\""), "{json}");
    let back: Overlay = serde_json::from_str(&json).unwrap();
    assert_eq!(back, o);
}

#[test]
fn a_population_judges_the_overlays_titles_as_its_verdicts_do() {
    use thidua::population::{PersonEntry, Titles, YearEntry};
    use thidua::{Collective, PersonCategory, Population};
    let o = overlay();
    let book = RuleBook::national();
    let review = Review::new(&book, 2025, d(2025, 12, 20))
        .unwrap()
        .with_overlay(&o)
        .unwrap();
    let good = review.award("Lao động giỏi").unwrap();
    let fighter = review.award("Chiến sĩ thi đua xuất sắc tỉnh A").unwrap();
    let mut pop = Population::new(2023..=2025).unwrap();
    pop.add_collective(Collective::new("C1".parse().unwrap(), ""))
        .unwrap();
    // (rating 2025, CSTĐCS 2024 recorded, grassroots initiatives in 2025)
    let people = [
        (Rating::Excellent, true, 1),
        (Rating::Good, true, 1),
        (Rating::Excellent, false, 1),
        (Rating::Excellent, true, 0),
    ];
    for (k, (rating, cstdcs_2024, initiatives)) in people.into_iter().enumerate() {
        let i = pop
            .add_person(PersonEntry {
                id: format!("{}", k + 1).parse().unwrap(),
                category: PersonCategory::CivilServant,
                service_start: d(2010, 1, 1),
                collective: "C1".parse().unwrap(),
                score: 0,
            })
            .unwrap();
        let titles = if cstdcs_2024 {
            Titles::NONE
                .with(Award::GrassrootsEmulationFighter)
                .unwrap()
        } else {
            Titles::NONE
        };
        for (year, rating, titles, initiatives) in [
            (2023, Rating::Excellent, Titles::NONE, 0),
            (2024, Rating::Excellent, titles, 0),
            (2025, rating, Titles::NONE, initiatives),
        ] {
            pop.set_year(
                i,
                year,
                YearEntry {
                    rating: Some(rating),
                    initiatives: [initiatives, 0, 0],
                    titles,
                    ..YearEntry::default()
                },
            )
            .unwrap();
        }
    }
    let result = review.population(&pop).unwrap();
    assert!(result.titles().contains(&good) && result.titles().contains(&fighter));
    let expected_good = [
        Outcome::Eligible,
        Outcome::Ineligible,
        Outcome::Eligible,
        Outcome::Eligible,
    ];
    let expected_fighter = [
        Outcome::Eligible,
        Outcome::Ineligible,
        Outcome::Ineligible,
        Outcome::Ineligible,
    ];
    for i in 0..pop.len() {
        let p = result.person(i).unwrap();
        assert_eq!(p.of(good), Some(expected_good[i]), "person {i}");
        assert_eq!(p.of(fighter), Some(expected_fighter[i]), "person {i}");
        // The batch agrees with the verdict explained on demand.
        for award in [good, fighter] {
            assert_eq!(
                result.explain(i, award).unwrap().outcome,
                p.of(award).unwrap(),
                "person {i}"
            );
        }
    }
    assert_eq!(result.count(good).eligible, 3);
    assert_eq!(result.count(fighter).eligible, 1);
    // Priced with the overlay's money rows. Titles of the same period pay
    // only the highest: each person's CSTĐCS 2025 (2.340.000) beats LĐTT
    // (710.000) and "Lao động giỏi" (1.170.000); the fighter's 2024–2025
    // streak is another period and pays on top (1,5 × 2.340.000).
    let salaries = SalarySchedule::national();
    let tariff = Tariff::new(
        &book,
        &salaries,
        d(2025, 12, 20),
        Authority::ProvincialChair,
    )
    .unwrap()
    .with_overlay(&o);
    assert_eq!(
        result.money(&tariff).unwrap(),
        Money::from_dong(4 * 2_340_000 + 3_510_000)
    );
    let plain = Tariff::new(
        &book,
        &salaries,
        d(2025, 12, 20),
        Authority::ProvincialChair,
    )
    .unwrap();
    assert_eq!(result.money(&plain).unwrap_err().kind(), ErrorKind::Missing);
}

#[test]
fn a_regime_file_defines_an_award_with_no_source_edit() {
    use thidua::{Regime, RegimeId};
    // A regime of the caller's own from Decree 152/2025 with one award more,
    // as a new law's title would be added: a catalogue row, the rules of its
    // route and a money row, all in the regime's file.
    let text = r#"
schema = "thidua-regime@1"
based_on = "nd152-2025"
id = "nd152-2025-them-danh-hieu"
name_vi = "Nghị định 152/2025/NĐ-CP, thêm một danh hiệu"
name_en = "Decree 152/2025 with one more title"

[[awards]]
id = "lao_dong_sang_tao"
name_vi = "Lao động sáng tạo"
name_en = "Creative Worker"
kind = "emulation_title"
recipients = ["individual"]
rank = 116
route = "annual_title"
rating = { value = "excellent", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
money = { recipient = "individual", multiplier = "0.4", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
"#;
    let national = RuleBook::national();
    let mine = Regime::from_toml(text, "them-danh-hieu.toml", &national).unwrap();
    assert_eq!(mine.awards().len(), 1);
    let others: Vec<_> = national
        .regimes()
        .iter()
        .filter(|r| r.id() != &RegimeId::DECREE_152_2025)
        .cloned()
        .collect();
    let book = RuleBook::new(others.into_iter().chain([mine]).collect()).unwrap();
    let review = Review::new(&book, 2025, d(2025, 12, 20)).unwrap();
    let creative = review.award("lao dong sang tao").unwrap();
    assert_eq!(creative.route(), Route::AnnualTitle);
    assert_eq!(
        review
            .person(&servant("1", Rating::Excellent, 2025), creative)
            .unwrap()
            .outcome,
        Outcome::Eligible
    );
    assert_eq!(
        review
            .person(&servant("2", Rating::Good, 2025), creative)
            .unwrap()
            .outcome,
        Outcome::Ineligible
    );
    assert!(review.individual_titles().contains(&creative));
    // Priced by the regime's own money row: 0,4 × 2.340.000 = 936.000, rounded up.
    let salaries = SalarySchedule::national();
    let tariff = Tariff::new(
        &book,
        &salaries,
        d(2025, 12, 20),
        Authority::ProvincialChair,
    )
    .unwrap();
    assert_eq!(
        tariff
            .amount(creative, RecipientKind::Individual)
            .unwrap()
            .amount,
        Money::from_dong(940_000)
    );
}
