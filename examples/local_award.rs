//! A province's own titles, defined in a file with no change to the code:
//! `examples/data/tinh-a-awards.toml` gives two titles of an (invented)
//! province A — "Lao động giỏi", an annual title whose lowest rating is
//! HTXS, and "Chiến sĩ thi đua xuất sắc tỉnh A", two consecutive "Chiến sĩ
//! thi đua cơ sở" and an initiative — each with its route, its rules and its
//! money row. They are judged in a single verdict, in a population and
//! priced.
//!
//! ```text
//! cargo run --example local_award
//! ```

#![allow(clippy::print_stdout)]

use chrono::NaiveDate;
use thidua::history::Conferral;
use thidua::law::SalarySchedule;
use thidua::people::{Initiative, InitiativeKind, Scope};
use thidua::{
    Authority, Award, Error, ErrorKind, Overlay, Period, Person, PersonCategory, Rating,
    RecipientKind, Review, RuleBook, Tariff, YearRecord,
};

fn day(y: i32, m: u32, d: u32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        Error::new(
            ErrorKind::OutOfRange,
            format!("không có ngày {y}-{m}-{d}"),
            format!("no day {y}-{m}-{d}"),
        )
    })
}

fn main() -> Result<(), Error> {
    let text = include_str!("data/tinh-a-awards.toml");
    let overlay = Overlay::from_toml(text, "examples/data/tinh-a-awards.toml")?;
    let book = RuleBook::national();
    let review = Review::new(&book, 2025, day(2025, 12, 20)?)?.with_overlay(&overlay)?;
    let good = review.award("Lao động giỏi")?;
    let fighter = review.award("Chiến sĩ thi đua xuất sắc tỉnh A")?;
    for award in [good, fighter] {
        println!(
            "{award} ({}): route {}",
            award.name_en(),
            award.route().id()
        );
    }

    // Lan: HTXS in 2024 and 2025, CSTĐCS 2024, an initiative in 2025.
    let mut lan = Person::new(
        "CB-01".parse()?,
        "Nguyễn Thị Lan",
        PersonCategory::CivilServant,
        "P-TC".parse()?,
    );
    lan.service_start = Some(day(2015, 3, 1)?);
    for year in [2024, 2025] {
        lan.records.push(
            YearRecord::new(year)
                .rated(Rating::Excellent)
                .otherwise_none(),
        );
    }
    lan.awards.push(Conferral::new(
        Award::GrassrootsEmulationFighter,
        Period::year(2024)?,
    ));
    lan.initiatives = Some(vec![Initiative {
        id: "SK-2025-01".parse()?,
        kind: InitiativeKind::Initiative,
        scope: Scope::Grassroots,
        recognised_on: day(2025, 9, 1)?,
    }]);
    let salaries = SalarySchedule::national();
    let tariff = Tariff::new(
        &book,
        &salaries,
        day(2025, 12, 20)?,
        Authority::ProvincialChair,
    )?
    .with_overlay(&overlay);
    for award in [good, fighter] {
        let verdict = review.person(&lan, award)?;
        let amount = tariff.amount(award, RecipientKind::Individual)?;
        println!("\n{verdict}");
        println!("→ {}", amount.amount);
    }
    Ok(())
}
