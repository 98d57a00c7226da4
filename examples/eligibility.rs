//! One person's 2019–2025 history judged for each individual title in 2021,
//! 2024 and 2025: the same kind of facts, three regimes, different verdicts.
//!
//! ```text
//! cargo run --example eligibility
//! ```
//!
//! Chị Lan is a civil servant since 2015. She was rated "hoàn thành xuất
//! sắc" every year from 2019, won "Chiến sĩ thi đua cơ sở" for 2019 and
//! 2020 with two initiatives, had an initiative recognised at provincial
//! scope in 2020, and none at grassroots level in 2021. Under Decree
//! 91/2017 (2021) an initiative is required for CSTĐCS, so her run stops,
//! and the provincial initiative of 2020 was already used. She won CSTĐCS
//! again for 2022 and 2023; under Law 06/2022 (2024) "hoàn thành xuất sắc"
//! suffices for CSTĐCS, which keeps her 2024 initiative for the provincial
//! title. In 2025 that initiative is used, and the details of Circular
//! 15/2025 were not read.
#![allow(clippy::print_stdout)]

use chrono::NaiveDate;
use thidua::history::Conferral;
use thidua::people::{Initiative, InitiativeKind, Scope};
use thidua::{Award, Error, Period, Person, PersonCategory, Rating, Review, RuleBook, YearRecord};

fn day(y: i32, m: u32, d: u32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        Error::new(
            thidua::ErrorKind::Parse,
            format!("ngày sai {d}/{m}/{y}"),
            format!("bad date {y}-{m}-{d}"),
        )
    })
}

fn lan() -> Result<Person, Error> {
    let mut p = Person::new(
        "CB-0412".parse()?,
        "Nguyễn Thị Lan",
        PersonCategory::CivilServant,
        "PHONG-TCKH".parse()?,
    );
    p.service_start = Some(day(2015, 3, 1)?);
    p.records = (2019..=2025)
        .map(|y| YearRecord::new(y).rated(Rating::Excellent).otherwise_none())
        .collect();
    let initiative = |id: &str, scope, on| -> Result<Initiative, Error> {
        Ok(Initiative {
            id: id.parse()?,
            kind: InitiativeKind::Initiative,
            scope,
            recognised_on: on,
        })
    };
    p.initiatives = Some(vec![
        initiative("SK-2019-03", Scope::Grassroots, day(2019, 11, 5)?)?,
        initiative("SK-2020-11", Scope::Grassroots, day(2020, 10, 20)?)?,
        initiative("SK-2020-11", Scope::MinistryOrProvince, day(2020, 12, 1)?)?,
        initiative("SK-2023-02", Scope::Grassroots, day(2023, 9, 1)?)?,
        initiative("SK-2024-05", Scope::Grassroots, day(2024, 6, 1)?)?,
        initiative("SK-2024-05", Scope::MinistryOrProvince, day(2024, 11, 15)?)?,
    ]);
    for (year, relied) in [(2019, "SK-2019-03"), (2020, "SK-2020-11")] {
        let mut c = Conferral::new(Award::GrassrootsEmulationFighter, Period::year(year)?);
        c.relied_on.push(relied.parse()?);
        p.awards.push(c);
    }
    // 2022 and 2023: CSTĐCS again (the 2023 one on an initiative).
    p.awards.push(Conferral::new(
        Award::GrassrootsEmulationFighter,
        Period::year(2022)?,
    ));
    let mut c2023 = Conferral::new(Award::GrassrootsEmulationFighter, Period::year(2023)?);
    c2023.relied_on.push("SK-2023-02".parse()?);
    p.awards.push(c2023);
    Ok(p)
}

fn main() -> Result<(), Error> {
    let book = RuleBook::national();
    let mut person = lan()?;
    for (year, on) in [
        (2021, day(2021, 12, 20)?),
        (2024, day(2024, 12, 20)?),
        (2025, day(2025, 12, 20)?),
    ] {
        // Only what was known on the judging date.
        let mut known = person.clone();
        known.records.retain(|r| r.year <= year);
        known
            .initiatives
            .get_or_insert_default()
            .retain(|i| i.recognised_on <= on);
        known.awards.retain(|c| c.period.from() <= on);
        let review = Review::new(&book, year, on)?;
        println!(
            "══ Năm {year}, xét ngày {} — {}",
            on.format("%d/%m/%Y"),
            review.regime().name_vi()
        );
        for award in [
            Award::AdvancedWorker,
            Award::GrassrootsEmulationFighter,
            Award::MinistryOrProvinceEmulationFighter,
        ] {
            let v = review.person(&known, award)?;
            println!("{v}");
            // What is conferred goes into the history, with its initiatives.
            if v.outcome.is_eligible() && award != Award::AdvancedWorker {
                let period = match award {
                    Award::GrassrootsEmulationFighter => Period::year(year)?,
                    _ => Period::new(day(year - 2, 1, 1)?, day(year + 1, 1, 1)?)?,
                };
                let mut c = Conferral::new(award, period);
                c.relied_on = v.relied_on.clone();
                person.awards.push(c);
            }
        }
    }
    Ok(())
}
