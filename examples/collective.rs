//! A district office and its units judged for 2021 and for 2024: collective
//! titles from the members' own records, an emulation flag, Bằng khen
//! ladders, and the check of the district chair's decision.
//!
//! ```text
//! cargo run --example collective
//! ```
//!
//! The office (khối cơ quan huyện A) has three units. For each year the
//! example judges every member, tallies the unit from those verdicts
//! ([`MemberTally::judge`]) and judges "Tập thể lao động tiên tiến" and
//! "Tập thể lao động xuất sắc"; then the flag of the province for the unit
//! that leads its cluster (from the cluster's ranking,
//! [`Ranking::leaders`](thidua::campaigns::Ranking::leaders)) and the Government flag's
//! 20% cap; then the
//! provincial and the Prime Minister's Bằng khen for two heads of unit;
//! then the district chair's decision. 2021 falls under Decree 91/2017,
//! 2024 under Law 06/2022 with the province's detail of TTLĐTT (an
//! overlay). Names, numbers and the province are made up.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use thidua::campaigns::{Scorecard, ScoringCriterion, ScoringSheet};
use thidua::citation::{Instrument, InstrumentKind};
use thidua::collectives::{CollectiveRecord, MemberTally};
use thidua::eligibility::{Candidate, FlagNomination, TieBreak};
use thidua::history::{CommendationKind, Conferral, Recipient};
use thidua::id::UnitId;
use thidua::law::{FlagRoute, OverlayRule, QuotaRounding, Share};
use thidua::people::{Discipline, DisciplineForm, Initiative, InitiativeKind, Scope};
use thidua::{
    Authority, Award, Citation, Collective, Decision, Error, Overlay, Period, Person,
    PersonCategory, Rating, Review, RuleBook, Verdict, YearRecord,
};

fn day(y: i32, m: u32, d: u32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        Error::new(
            thidua::ErrorKind::OutOfRange,
            format!("không có ngày {d}/{m}/{y}"),
            format!("no day {y}-{m}-{d}"),
        )
    })
}

/// A civil servant of `unit` since 2010 rated `base` every year 2016–2024,
/// except for the years listed.
fn member(
    unit: &str,
    id: &str,
    name: &str,
    base: Rating,
    except: &[(i32, Rating)],
) -> Result<Person, Error> {
    let mut p = Person::new(
        id.parse()?,
        name,
        PersonCategory::CivilServant,
        unit.parse()?,
    );
    p.service_start = Some(day(2010, 1, 1)?);
    p.records = (2016..=2024)
        .map(|y| {
            let r = except
                .iter()
                .find(|(year, _)| *year == y)
                .map_or(base, |(_, r)| *r);
            YearRecord::new(y).rated(r).otherwise_none()
        })
        .collect();
    p.initiatives = Some(Vec::new());
    Ok(p)
}

fn initiative(p: &mut Person, id: &str, on: NaiveDate) -> Result<(), Error> {
    p.add_initiative(Initiative {
        id: id.parse()?,
        kind: InitiativeKind::Initiative,
        scope: Scope::Grassroots,
        recognised_on: on,
    });
    Ok(())
}

fn conferred(p: &mut Person, award: Award, from: i32, to: i32) -> Result<(), Error> {
    // A regular commendation of the period's achievements: the kind a
    // ladder builds on.
    p.awards.push(
        Conferral::new(award, Period::new(day(from, 1, 1)?, day(to + 1, 1, 1)?)?)
            .of_kind(CommendationKind::Regular),
    );
    Ok(())
}

struct Unit {
    collective: Collective,
    members: Vec<Person>,
}

/// The three units and their people.
fn office() -> Result<Vec<Unit>, Error> {
    use Rating::{Completed as Ht, Excellent as Htxs, Good as Htt, NotCompleted as Kht};
    let mut units = Vec::new();

    // Phòng Tài chính – Kế hoạch: 10 people.
    let mut tckh = vec![
        member("P-TCKH", "TCKH-01", "Nguyễn Thị Lan", Htxs, &[])?,
        member("P-TCKH", "TCKH-02", "Trần Văn Bình", Htt, &[])?,
    ];
    for i in 3..=8 {
        tckh.push(member("P-TCKH", &format!("TCKH-{i:02}"), "", Htt, &[])?);
    }
    tckh.push(member("P-TCKH", "TCKH-09", "", Ht, &[(2024, Kht)])?);
    tckh.push(member("P-TCKH", "TCKH-10", "", Ht, &[])?);
    // Lan's initiatives: one for each year's CSTĐCS, two more.
    let lan = &mut tckh[0];
    initiative(lan, "SK-2020-01", day(2020, 10, 15)?)?;
    initiative(lan, "SK-2021-01", day(2021, 6, 1)?)?;
    initiative(lan, "SK-2021-02", day(2021, 11, 2)?)?;
    // Bình: a provincial Bằng khen for 2018, CSTĐCS in 2020, 2022, 2023.
    let binh = &mut tckh[1];
    conferred(
        binh,
        Award::MinistryOrProvinceCertificateOfMerit,
        2018,
        2018,
    )?;
    for y in [2020, 2022, 2023] {
        conferred(binh, Award::GrassrootsEmulationFighter, y, y)?;
    }
    initiative(binh, "SK-2024-07", day(2024, 9, 9)?)?;
    units.push(Unit {
        collective: collective("P-TCKH", "Phòng Tài chính – Kế hoạch", Htxs)?,
        members: tckh,
    });

    // Phòng Nội vụ: 6 people, one disciplined each year (a warning in
    // 2021, a reprimand in 2024).
    let mut nv = Vec::new();
    for i in 1..=5 {
        nv.push(member("P-NV", &format!("NV-{i:02}"), "", Htt, &[])?);
    }
    let mut warned = member("P-NV", "NV-06", "", Ht, &[])?;
    for (year, form) in [
        (2021, DisciplineForm::Warning),
        (2024, DisciplineForm::Reprimand),
    ] {
        if let Some(r) = warned.records.iter_mut().find(|r| r.year == year) {
            r.add_discipline(Discipline {
                form,
                decided_on: day(year, 4, 10)?,
                ends_on: Some(day(year + 1, 4, 10)?),
            });
        }
    }
    nv.push(warned);
    units.push(Unit {
        collective: collective("P-NV", "Phòng Nội vụ", Htt)?,
        members: nv,
    });

    // Văn phòng HĐND và UBND: 8 people, 5 of them LĐTT (62.5%).
    let mut vp = Vec::new();
    for i in 1..=8 {
        let r = if i <= 5 { Htt } else { Ht };
        vp.push(member("VP", &format!("VP-{i:02}"), "", r, &[])?);
    }
    units.push(Unit {
        collective: collective("VP", "Văn phòng HĐND và UBND", Htt)?,
        members: vp,
    });
    Ok(units)
}

fn collective(id: &str, name: &str, rating: Rating) -> Result<Collective, Error> {
    let mut c = Collective::new(id.parse()?, name);
    for year in [2021, 2024] {
        c.records.push(CollectiveRecord {
            year,
            rating: Some(rating),
            movement: Some(true),
        });
    }
    Ok(c)
}

/// The province's regulation from 2024: TTLĐTT needs at least 70% LĐTT
/// and no member disciplined from a warning up (Law 06/2022 Art. 28 k3).
fn province() -> Result<Overlay, Error> {
    Ok(Overlay::new(
        "Quy chế thi đua, khen thưởng tỉnh A",
        Citation::new(Instrument::new(
            InstrumentKind::Decision,
            "12/2024/QĐ-UBND",
            "Quyết định số 12/2024/QĐ-UBND của Ủy ban nhân dân tỉnh A",
        ))
        .article(6),
        Period::starting(day(2024, 3, 1)?),
    )
    .with(OverlayRule::AdvancedCollectiveStandard {
        share: Share::AtLeast(70),
        no_discipline_from: Some(DisciplineForm::Warning),
    }))
}

/// A person as the records stood on the judging date of `review`: later
/// years, awards and initiatives are not known yet.
fn as_of(p: &Person, review: &Review<'_>) -> Person {
    let on = review.judged_on();
    let mut p = p.clone();
    p.records.retain(|r| r.year <= review.year());
    p.awards.retain(|c| c.period.from() <= on);
    if let Some(initiatives) = &mut p.initiatives {
        initiatives.retain(|i| i.recognised_on <= on);
    }
    p
}

/// The verdict's header names the candidate (name and id) itself.
fn push_verdict(out: &mut String, v: &Verdict, _name: &str) {
    out.push_str(&v.to_string());
}

/// Judges the units for `year` and writes what it finds.
fn collectives(out: &mut String, review: &Review<'_>, units: &[Unit]) -> Result<(), Error> {
    for unit in units {
        let members: Vec<Person> = unit.members.iter().map(|p| as_of(p, review)).collect();
        let tally = MemberTally::judge(review, &members)?;
        out.push_str(&format!(
            "\n## {} — {} người: {} hoàn thành nhiệm vụ, {} \"Lao động tiên tiến\", {} \"Chiến sĩ thi đua cơ sở\"\n",
            unit.collective.name, tally.members, tally.completed, tally.advanced, tally.fighters
        ));
        for award in [Award::AdvancedCollective, Award::ExcellentCollective] {
            let v = review.collective(&unit.collective, &tally, award)?;
            push_verdict(out, &v, &unit.collective.name);
        }
    }
    Ok(())
}

/// The district chair's year-end decision: TTLĐTT for every unit and
/// TTLĐXS for the finance office, checked against the chair's powers on
/// its date.
fn signer_check(
    out: &mut String,
    book: &RuleBook,
    units: &[Unit],
    number: &str,
    date: NaiveDate,
) -> Result<(), Error> {
    let year = Period::year(date.year())?;
    let mut decision = Decision::new(number.parse()?, date, Authority::DistrictChair);
    for unit in units {
        decision = decision.grant(
            Recipient::Collective(unit.collective.id.clone()),
            Award::AdvancedCollective,
            year,
        );
    }
    decision = decision.grant(
        Recipient::Collective("P-TCKH".parse()?),
        Award::ExcellentCollective,
        year,
    );
    let issues = decision.authority_issues(book)?;
    out.push_str(&format!(
        "\nQuyết định số {} ngày {} của {}: {} khen thưởng, {} điểm cần lưu ý về thẩm quyền\n",
        decision.number,
        decision.date.format("%d/%m/%Y"),
        decision.signer,
        decision.grants.len(),
        issues.len()
    ));
    for issue in &issues {
        out.push_str(&format!("- \"{}\": {}\n", issue.award, issue.finding));
    }
    Ok(())
}

/// The whole report.
pub(crate) fn report() -> Result<String, Error> {
    let book = RuleBook::national();
    let mut units = office()?;
    let mut out = String::from("# Khối cơ quan huyện A: bình xét thi đua, khen thưởng\n");

    // 2021, Decree 91/2017.
    let review = Review::new(&book, 2021, day(2021, 12, 20)?)?;
    out.push_str(&format!("\n# Năm 2021 — {}\n", review.regime()));
    collectives(&mut out, &review, &units)?;

    // Lan's CSTĐCS relies on one initiative; record it, so that her Bằng
    // khen uses two others.
    let lan = &mut units[0].members[0];
    let cstdcs = review.person(&as_of(lan, &review), Award::GrassrootsEmulationFighter)?;
    let mut c = Conferral::new(Award::GrassrootsEmulationFighter, Period::year(2021)?);
    c.relied_on.clone_from(&cstdcs.relied_on);
    lan.awards.push(c);
    out.push_str("\n## Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh\n");
    let v = review.person(
        &as_of(lan, &review),
        Award::MinistryOrProvinceCertificateOfMerit,
    )?;
    push_verdict(&mut out, &v, &lan.name);
    conferred(lan, Award::MinistryOrProvinceCertificateOfMerit, 2020, 2021)?;

    // The province's cluster of district finance offices, scored and
    // ranked: its leader is the candidate for the province's flag.
    out.push_str("\n## Cờ thi đua\n");
    let sheet =
        ScoringSheet::builder("Bảng chấm điểm cụm thi đua phòng Tài chính – Kế hoạch năm 2021")
            .criterion(ScoringCriterion::leaf(
                "1".parse()?,
                "Kết quả thực hiện nhiệm vụ",
                Decimal::ONE_HUNDRED,
            ))
            .build()?;
    let cards: Vec<Scorecard> = [
        ("P-TCKH", 96),
        ("P-TCKH-HUYEN-B", 92),
        ("P-TCKH-HUYEN-C", 90),
    ]
    .into_iter()
    .map(|(unit, points)| {
        Ok(Scorecard::new(unit.parse()?).score("1".parse()?, Decimal::from(points)))
    })
    .collect::<Result<_, Error>>()?;
    let leaders = sheet.rank(&cards)?.leaders();
    let flag = FlagNomination::new(Award::MinistryOrProvinceEmulationFlag, FlagRoute::Cluster)
        .standard(true);
    let v = review.flag(&units[0].collective, &flag, &leaders)?;
    push_verdict(&mut out, &v, &units[0].collective.name);
    // 33 collectives of the province meet the flag standard.
    let mut qualifying: Vec<Candidate<UnitId, u32>> = (1..=32)
        .map(|i| {
            Ok(Candidate {
                id: format!("TINH-A-{i:02}").parse()?,
                score: 900 - i,
            })
        })
        .collect::<Result<_, Error>>()?;
    qualifying.push(Candidate {
        id: "P-TCKH".parse()?,
        score: 895,
    });
    let a = review.allocate_government_flags(
        qualifying,
        QuotaRounding::Floor,
        TieBreak::LowerIdFirst,
    )?;
    out.push_str(&format!(
        "- {} ({:#})\n",
        a.finding.reason_vi, a.finding.citation
    ));
    let picked: Vec<String> = a
        .allocation
        .selected
        .iter()
        .map(ToString::to_string)
        .collect();
    out.push_str(&format!("- đề nghị tặng: {}\n", picked.join(", ")));

    // 2024, Law 06/2022 with the province's regulation.
    let overlay = province()?;
    let review = Review::new(&book, 2024, day(2024, 12, 20)?)?.with_overlay(&overlay)?;
    out.push_str(&format!(
        "\n# Năm 2024 — {}, {}\n",
        review.regime(),
        overlay.name()
    ));
    collectives(&mut out, &review, &units)?;

    out.push_str("\n## Bằng khen của Thủ tướng Chính phủ\n");
    for p in &units[0].members[..2] {
        let v = review.person(&as_of(p, &review), Award::PrimeMinisterCertificateOfMerit)?;
        push_verdict(&mut out, &v, &p.name);
    }

    out.push_str("\n# Thẩm quyền ký quyết định\n");
    signer_check(&mut out, &book, &units, "1890/QĐ-UBND", day(2021, 12, 28)?)?;
    signer_check(&mut out, &book, &units, "2150/QĐ-UBND", day(2024, 12, 28)?)?;
    Ok(out)
}

#[allow(clippy::print_stdout)]
fn main() -> Result<(), Error> {
    print!("{}", report()?);
    Ok(())
}
