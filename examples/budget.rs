//! A commune's year of emulation-commendation money: the fund from its
//! recurrent spending, three award decisions, the balance and the findings.
//!
//! ```text
//! cargo run --example budget
//! ```
//!
//! The commune is in a mountainous province, so its fund may be up to 1,5%
//! of its recurrent spending. Its 2026 decisions fall under Decree
//! 152/2025; the first is signed before the base salary rises from
//! 2.340.000 to 2.530.000 đồng on 2026-07-01, the second after. The third is
//! a provincial chair's decision that the commune booked to its own fund by
//! mistake: the review says so, as it says that organising the movement
//! took more than its 20% share.

use chrono::NaiveDate;
use thidua::decision::{DecisionMoney, Pay};
use thidua::fund::{BudgetCategory, BudgetLine};
use thidua::history::Recipient;
use thidua::id::{PersonId, UnitId};
use thidua::law::{AreaClass, FundBasis, SalarySchedule};
use thidua::numfmt::Measure;
use thidua::units::Level;
use thidua::{Authority, Award, Decision, Error, Fund, Money, Period, RuleBook};

fn person(n: u32) -> Result<Recipient, Error> {
    Ok(Recipient::Individual(PersonId::new(&format!("NV-{n:03}"))?))
}

fn unit(code: &str) -> Result<Recipient, Error> {
    Ok(Recipient::Collective(UnitId::new(code)?))
}

fn date(y: i32, m: u32, d: u32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        Error::new(
            thidua::ErrorKind::OutOfRange,
            format!("không có ngày {d}/{m}/{y}"),
            format!("no date {y}-{m}-{d}"),
        )
    })
}

/// The year-end review of 2025, signed in January 2026: 25 "Lao động tiên
/// tiến", 4 of whom are also "Chiến sĩ thi đua cơ sở" (paid the higher title
/// only), 3 advanced collectives, and Giấy khen to 5 people and a household.
fn year_end(commune: &UnitId) -> Result<Decision, Error> {
    let y2025 = Period::year(2025)?;
    let mut d = Decision::new(
        "12/QĐ-UBND".parse()?,
        date(2026, 1, 20)?,
        Authority::CommuneChair,
    )
    .issued_by(commune.clone());
    for n in 1..=25 {
        d = d.grant(person(n)?, Award::AdvancedWorker, y2025);
    }
    for n in 1..=4 {
        d = d.grant(person(n)?, Award::GrassrootsEmulationFighter, y2025);
    }
    for code in ["TH-01", "MN-01", "TYT"] {
        d = d.grant(unit(code)?, Award::AdvancedCollective, y2025);
    }
    for n in 30..35 {
        d = d.grant(person(n)?, Award::CertificateOfCommendation, y2025);
    }
    d = d.grant(
        Recipient::Household(UnitId::new("HO-117")?),
        Award::CertificateOfCommendation,
        y2025,
    );
    Ok(d)
}

/// A thematic campaign (new rural areas), summed up in September 2026 under
/// the new base salary: Giấy khen to 6 people and 2 villages' groups.
fn campaign(commune: &UnitId) -> Result<Decision, Error> {
    let period = Period::new(date(2024, 1, 1)?, date(2026, 7, 1)?)?;
    let mut d = Decision::new(
        "145/QĐ-UBND".parse()?,
        date(2026, 9, 2)?,
        Authority::CommuneChair,
    )
    .issued_by(commune.clone());
    for n in 40..46 {
        d = d.grant(person(n)?, Award::CertificateOfCommendation, period);
    }
    for code in ["THON-3", "THON-7"] {
        d = d.grant(unit(code)?, Award::CertificateOfCommendation, period);
    }
    Ok(d)
}

/// The provincial chair's Bằng khen to two of the commune's people: paid by
/// the province, not by the commune.
fn provincial() -> Result<Decision, Error> {
    let period = Period::new(date(2021, 1, 1)?, date(2026, 1, 1)?)?;
    Ok(Decision::new(
        "2301/QĐ-UBND".parse()?,
        date(2026, 10, 15)?,
        Authority::ProvincialChair,
    )
    .grant(
        person(1)?,
        Award::MinistryOrProvinceCertificateOfMerit,
        period,
    )
    .grant(
        person(2)?,
        Award::MinistryOrProvinceCertificateOfMerit,
        period,
    ))
}

/// The lines of a decision's money: what each award pays, how many.
fn describe(money: &DecisionMoney) -> String {
    let mut rows: Vec<(String, Money, u32)> = Vec::new();
    let mut superseded = 0;
    for line in &money.lines {
        match &line.pay {
            Pay::Paid(a) => {
                let label = format!("{} ({})", line.award, line.recipient.kind().name_vi());
                match rows
                    .iter_mut()
                    .find(|(l, m, _)| *l == label && *m == a.amount)
                {
                    Some((_, _, n)) => *n += 1,
                    None => rows.push((label, a.amount, 1)),
                }
            }
            Pay::Superseded { .. } => superseded += 1,
            _ => {}
        }
    }
    let mut out = String::new();
    for (label, amount, n) in rows {
        out.push_str(&format!("    {n:>3} × {amount:>16}  {label}\n"));
    }
    if superseded > 0 {
        out.push_str(&format!(
            "    {superseded:>3} danh hiệu không được thưởng (trùng thời gian lập thành tích)\n"
        ));
    }
    for note in &money.notes {
        out.push_str(&format!("    Ghi chú: {note}\n"));
    }
    out
}

#[allow(clippy::print_stdout)]
fn main() -> Result<(), Error> {
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let commune = UnitId::new("25534")?;

    let decisions = [year_end(&commune)?, campaign(&commune)?, provincial()?];
    let money: Vec<DecisionMoney> = decisions
        .iter()
        .map(|d| d.money(&book, &salaries))
        .collect::<Result<_, _>>()?;

    let year_end_total = money.first().map_or(Money::ZERO, |m| m.total);
    let mut fund = Fund::new(
        commune.clone(),
        Level::Commune,
        2026,
        FundBasis::RecurrentSpending {
            spending: Money::from_dong(18_600_000_000),
            area: AreaClass::Highland,
        },
    )
    .allocate(Money::from_dong(150_000_000))
    .contribute(Money::from_dong(10_000_000))
    .line(
        BudgetLine::new(
            "TT".parse()?,
            BudgetCategory::AwardMoney,
            Money::from_dong(110_000_000),
        )
        .spent(year_end_total),
    )
    .line(
        BudgetLine::new(
            "HV".parse()?,
            BudgetCategory::PrintingAndObjects,
            Money::from_dong(15_000_000),
        )
        .spent(Money::from_dong(9_800_000)),
    )
    .line(
        BudgetLine::new(
            "TC".parse()?,
            BudgetCategory::Organising,
            Money::from_dong(35_000_000),
        )
        .spent(Money::from_dong(33_500_000)),
    );
    for (d, m) in decisions.iter().zip(&money) {
        fund.commit(d, m);
    }
    let review = fund.review(&book)?;

    println!("QUỸ THI ĐUA, KHEN THƯỞNG NĂM 2026 – xã {commune}");
    println!("Chế độ áp dụng: {}", review.regime);
    println!();
    for m in &money {
        println!(
            "Quyết định {} ngày {} (mức lương cơ sở {}): {}",
            m.number,
            m.date.format("%d/%m/%Y"),
            m.base_salary,
            m.total
        );
        print!("{}", describe(m));
    }
    println!();
    println!(
        "Mức trích tối đa ({}% chi thường xuyên): {}",
        thidua::numfmt::format_number(review.cap_rate * rust_decimal::Decimal::ONE_HUNDRED, 1),
        review.cap
    );
    println!("Quỹ (trích lập và đóng góp): {}", review.total);
    for c in &review.categories {
        println!(
            "  {:<36} dự toán {:>18}   đã chi {:>18}",
            c.category.name_vi(),
            c.planned,
            c.spent
        );
    }
    println!("Đã cam kết theo quyết định: {}", review.committed);
    println!(
        "Còn lại: {} ({})",
        review.balance,
        review.balance.format_in(Measure::MillionDong, 2)
    );
    if !review.balance.is_negative() {
        println!("Bằng chữ: {}", review.balance.to_words()?);
    }
    println!();
    println!("Phát hiện ({}):", review.findings.len());
    for f in &review.findings {
        println!("  - {}", f);
    }
    Ok(())
}
