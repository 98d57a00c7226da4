//! The main example: the 2021 year-end figures of Đầm Hà district (Quảng
//! Ninh), recomputed and checked by `thidua`.
//!
//! ```text
//! cargo run --example dam_ha_2021
//! ```
//!
//! The published figures are data below, written as the report prints
//! them. The example prints a short Vietnamese report: the indicators
//! recomputed, the values the stated percentages imply (the estimates and
//! last year's revenue), the consistency checks, and the award money that
//! the 2021 rules give for the listed awards next to the stated total, with
//! every assumption stated. Where the stated total cannot be reproduced, it
//! says so and by how much.
//!
//! Everything is built by `report()`, which returns the text: the
//! integration test loads this file as a module (`#[path]`) and compares
//! `report()` with the golden file `tests/data/golden/dam_ha_2021.txt`.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use thidua::decision::{AwardAmount, DecisionMoney, Pay, PayOptions};
use thidua::history::Recipient;
use thidua::id::{PersonId, UnitId};
use thidua::indicators::{
    self, Claim, Count, GrowthStyle, Indicator, Precision, Target, check_shares, check_sum,
};
use thidua::law::{Principle, SalarySchedule};
use thidua::numfmt::{self, Measure, NumberFormat};
use thidua::{
    Authority, Award, Decision, Error, Money, Period, RecipientKind, Rounding, RuleBook, Tariff,
};

/// The figures as the report prints them.
mod published {
    /// Economic growth.
    pub(super) const GROWTH: &str = "tăng 19,2%";
    /// Production value of the three sectors.
    pub(super) const PRODUCTION: &str = "5.955 tỷ đồng";
    /// The sectors: name, growth, share of the structure.
    pub(super) const SECTORS: [(&str, &str, &str); 3] = [
        ("nông, lâm nghiệp và thủy sản", "tăng 9,4%", "42%"),
        (
            "công nghiệp, tiểu thủ công nghiệp và xây dựng",
            "tăng 43,0%",
            "28%",
        ),
        ("thương mại, dịch vụ", "tăng 15,5%", "30%"),
    ];
    /// Budget revenue, and how it compares.
    pub(super) const REVENUE: &str = "207,359 tỷ đồng";
    pub(super) const REVENUE_VS_PROVINCE: &str = "đạt 163%";
    pub(super) const REVENUE_VS_DISTRICT: &str = "đạt 115%";
    pub(super) const REVENUE_VS_LAST_YEAR: &str = "tăng 76%";
    /// Total social investment.
    pub(super) const INVESTMENT: &str = "1.275 tỷ đồng";
    pub(super) const INVESTMENT_VS_LAST_YEAR: &str = "tăng 60,3%";
    /// Communes at the advanced and the model new-rural standard, of 8.
    pub(super) const COMMUNES: u64 = 8;
    pub(super) const ADVANCED_NTM: u64 = 6;
    pub(super) const MODEL_NTM: u64 = 2;
    /// Emulation: units registered, models registered, models by level and
    /// how many of them were judged effective.
    pub(super) const UNITS_REGISTERED: u64 = 147;
    pub(super) const MODELS: &str = "147";
    pub(super) const DISTRICT_MODELS: (u64, u64) = (54, 69);
    pub(super) const COMMUNE_MODELS: (u64, u64) = (62, 78);
    /// Models proposed for awards: district (collective, individual),
    /// province.
    pub(super) const PROPOSED: (u64, u64, u64) = (4, 3, 1);
    /// The grassroots awards and the stated money total.
    pub(super) const ADVANCED_COLLECTIVES: u64 = 60;
    pub(super) const ADVANCED_WORKERS: u64 = 1000;
    pub(super) const GRASSROOTS_FIGHTERS: u64 = 129;
    pub(super) const COMMENDATION_COLLECTIVES: u64 = 346;
    pub(super) const COMMENDATION_INDIVIDUALS: u64 = 542;
    pub(super) const STATED_TOTAL: &str = "1.538.875.000 đồng";
    /// Awards of higher levels.
    pub(super) const EXCELLENT_COLLECTIVES: u64 = 20;
    pub(super) const FLAGS: u64 = 6;
    pub(super) const PROVINCE_MERIT: (u64, u64) = (37, 71);
    pub(super) const PRIME_MINISTER_MERIT: (u64, u64) = (1, 1);
}

/// Appends one formatted line to the report.
macro_rules! line {
    ($out:expr) => {
        $out.push('\n')
    };
    ($out:expr, $($arg:tt)*) => {{
        $out.push_str(&format!($($arg)*));
        $out.push('\n');
    }};
}

fn tỷ(value: Decimal) -> String {
    NumberFormat::new()
        .max_decimals(3)
        .unit(Measure::BillionDong)
        .format(value)
}

/// A count printed the Vietnamese way: `1.000`.
fn count(n: u64) -> String {
    numfmt::format_number(Decimal::from(n), 0)
}

fn claim(s: &str) -> Result<Claim, Error> {
    s.parse()
}

/// A value implied by a claim, in tỷ đồng: "127,2 (126,8 – 127,7) tỷ đồng".
fn implied_tỷ(outcome: Indicator<indicators::Implied>) -> String {
    match outcome {
        Indicator::Value(v) => format!("{v:.1} tỷ đồng"),
        other => other.reason_vi().unwrap_or_default().to_string(),
    }
}

/// The report, as text.
pub(crate) fn report() -> Result<String, Error> {
    let mut out = String::new();
    line!(
        out,
        "HUYỆN ĐẦM HÀ (QUẢNG NINH) — SỐ LIỆU NĂM 2021, TÍNH LẠI VÀ KIỂM TRA"
    );
    line!(
        out,
        "(số liệu công bố; phần tính lại do thư viện thidua thực hiện)"
    );

    economy(&mut out)?;
    emulation(&mut out)?;
    awards(&mut out)?;
    Ok(out)
}

/// I. The economy: growth, structure, revenue against two estimates and
/// last year, investment, new-rural communes.
fn economy(out: &mut String) -> Result<(), Error> {
    use published as p;
    line!(out);
    line!(out, "I. KINH TẾ");
    let production = numfmt::parse(p::PRODUCTION)?.value;
    line!(
        out,
        "- Tốc độ tăng trưởng: {} (báo cáo không nêu số kỳ gốc để tính lại).",
        claim(p::GROWTH)?
    );
    line!(
        out,
        "- Giá trị sản xuất 3 khu vực: {}; cơ cấu và giá trị suy ra từ cơ cấu:",
        tỷ(production)
    );
    let mut structure = Vec::new();
    for (name, growth, share) in p::SECTORS {
        let share = numfmt::parse_percent(share)?;
        structure.push(share);
        // "chiếm 42%": the sector's value is 42% of the total, ± half a point.
        let part = Claim::new(indicators::ClaimKind::Equal, share)?.implied_value(production)?;
        line!(
            out,
            "  + {name}: {}, {}; giá trị {}",
            numfmt::format_percent(share, share.scale()),
            claim(growth)?,
            implied_tỷ(Indicator::Value(part))
        );
    }
    let shares_check = check_shares("Kiểm tra cơ cấu", &structure, Precision::Printed)?;
    line!(out, "  {shares_check}");

    let revenue = numfmt::parse(p::REVENUE)?.value;
    line!(
        out,
        "- Thu ngân sách: {}. Các giá trị mà tỷ lệ công bố hàm ý (khoảng do làm tròn tỷ lệ):",
        tỷ(revenue)
    );
    for (stated, what) in [
        (
            p::REVENUE_VS_PROVINCE,
            Target::province_estimate().to_string(),
        ),
        (
            p::REVENUE_VS_DISTRICT,
            Target::district_estimate().to_string(),
        ),
        (p::REVENUE_VS_LAST_YEAR, "thu năm 2020".to_string()),
    ] {
        let c = claim(stated)?;
        line!(
            out,
            "  + {c} → {what} ≈ {}",
            implied_tỷ(c.implied_base(revenue)?)
        );
    }
    line!(
        out,
        "  (hai dự toán là hai mẫu số khác nhau: tỉnh giao và huyện giao không gộp được)"
    );
    let investment = numfmt::parse(p::INVESTMENT)?.value;
    let c = claim(p::INVESTMENT_VS_LAST_YEAR)?;
    line!(
        out,
        "- Tổng vốn đầu tư toàn xã hội: {}, {c} → năm 2020 ≈ {}",
        tỷ(investment),
        implied_tỷ(c.implied_base(investment)?)
    );
    let advanced = Count::new(p::ADVANCED_NTM, p::COMMUNES)?.of("xã");
    let model = Count::new(p::MODEL_NTM, p::COMMUNES)?.of("xã");
    line!(
        out,
        "- Nông thôn mới: {advanced} đạt chuẩn nâng cao; {model} đạt chuẩn kiểu mẫu."
    );

    Ok(())
}

/// II. Emulation: the models registered and judged effective.
fn emulation(out: &mut String) -> Result<(), Error> {
    use published as p;
    line!(out);
    line!(out, "II. THI ĐUA");
    let (dist_ok, dist_all) = p::DISTRICT_MODELS;
    let (comm_ok, comm_all) = p::COMMUNE_MODELS;
    let models = numfmt::parse_number(p::MODELS)?;
    line!(
        out,
        "- {} đơn vị đăng ký {} mô hình: {dist_all} cấp huyện, {comm_all} cấp xã.",
        p::UNITS_REGISTERED,
        p::MODELS
    );
    let sum = check_sum(
        "Kiểm tra số mô hình",
        &[Decimal::from(dist_all), Decimal::from(comm_all)],
        models,
        Precision::Exact,
    )?;
    line!(out, "  {sum}");
    let district = Count::new(dist_ok, dist_all)?.of("mô hình cấp huyện");
    let commune = Count::new(comm_ok, comm_all)?.of("mô hình cấp xã");
    let all = Count::new(dist_ok + comm_ok, dist_all + comm_all)?.of("mô hình");
    line!(
        out,
        "- Được đánh giá hiệu quả: {district}; {commune}; chung {all}."
    );
    let (collectives, individuals, province) = p::PROPOSED;
    line!(
        out,
        "- Đề nghị khen thưởng: {collectives} tập thể và {individuals} cá nhân cấp huyện; {province} cấp tỉnh."
    );

    Ok(())
}

/// The district chair's 2021 decision as the report describes it.
///
/// The report gives counts, not names, so recipients get made-up ids.
/// `fighters_among_workers` says whether the 129 "Chiến sĩ thi đua cơ sở"
/// are among the 1.000 "Lao động tiên tiến" (as the title requires) or other
/// people. Giấy khen recipients are counted apart from the title holders:
/// under the Decree 91/2017 reading that a title and a Giấy khen both pay,
/// an overlap would not change the money.
fn district_decision(date: NaiveDate, fighters_among_workers: bool) -> Result<Decision, Error> {
    use published as p;
    let y2021 = Period::year(2021)?;
    let person = |prefix: &str, i: u64| {
        PersonId::new(&format!("{prefix}-{i:04}")).map(Recipient::Individual)
    };
    let unit =
        |prefix: &str, i: u64| UnitId::new(&format!("{prefix}-{i:03}")).map(Recipient::Collective);
    let mut d = Decision::new("1/QĐ-UBND".parse()?, date, Authority::DistrictChair);
    for i in 1..=p::ADVANCED_COLLECTIVES {
        d = d.grant(unit("TT", i)?, Award::AdvancedCollective, y2021);
    }
    for i in 1..=p::ADVANCED_WORKERS {
        d = d.grant(person("CN", i)?, Award::AdvancedWorker, y2021);
    }
    let first = if fighters_among_workers {
        1
    } else {
        p::ADVANCED_WORKERS + 1
    };
    for i in first..first + p::GRASSROOTS_FIGHTERS {
        d = d.grant(person("CN", i)?, Award::GrassrootsEmulationFighter, y2021);
    }
    for i in 1..=p::COMMENDATION_COLLECTIVES {
        d = d.grant(unit("GK", i)?, Award::CertificateOfCommendation, y2021);
    }
    for i in 1..=p::COMMENDATION_INDIVIDUALS {
        d = d.grant(person("GK", i)?, Award::CertificateOfCommendation, y2021);
    }
    Ok(d)
}

/// The lines of a decision's money grouped by award and recipient kind, in
/// order of first appearance: (award, kind, granted, paid, amount of one,
/// total paid).
fn grouped(money: &DecisionMoney) -> Result<Vec<(AwardAmount, u64, u64, Money)>, Error> {
    let mut groups: Vec<(AwardAmount, u64, u64, Money)> = Vec::new();
    for line in &money.lines {
        let (amount, paid) = match &line.pay {
            Pay::Paid(a) => (a, true),
            Pay::Superseded { amount, .. } => (amount, false),
            _ => continue,
        };
        let i = match groups
            .iter()
            .position(|(a, ..)| a.award == amount.award && a.recipient == amount.recipient)
        {
            Some(i) => i,
            None => {
                groups.push((amount.clone(), 0, 0, Money::ZERO));
                groups.len() - 1
            }
        };
        if let Some((_, granted, paid_count, total)) = groups.get_mut(i) {
            *granted += 1;
            if paid {
                *paid_count += 1;
                *total = total.checked_add(line.paid).ok_or_else(|| {
                    Error::new(
                        thidua::ErrorKind::Overflow,
                        "tổng của dòng bị tràn số",
                        "line total overflows",
                    )
                })?;
            }
        }
    }
    Ok(groups)
}

/// `stated − computed`, worded: "cao hơn 327.415.000 đồng".
fn gap(stated: Money, computed: Money) -> Result<String, Error> {
    let d = stated.checked_sub(computed).ok_or_else(|| {
        Error::new(
            thidua::ErrorKind::Overflow,
            "chênh lệch bị tràn số",
            "difference overflows",
        )
    })?;
    Ok(if d.is_negative() {
        format!("thấp hơn {}", Money::new(-d.dong()))
    } else {
        format!("cao hơn {d}")
    })
}

/// III. The awards and the money the 2021 rules give for them, against the
/// stated total.
fn awards(out: &mut String) -> Result<(), Error> {
    use published as p;
    line!(out);
    line!(out, "III. KHEN THƯỞNG VÀ TIỀN THƯỞNG");
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let date = NaiveDate::from_ymd_opt(2021, 12, 20)
        .ok_or_else(|| Error::new(thidua::ErrorKind::OutOfRange, "ngày sai", "bad date"))?;
    let tariff = Tariff::new(&book, &salaries, date, Authority::DistrictChair)?;
    let base = tariff.base_salary();
    let rules = tariff.regime().money();
    let rounding = rules
        .principle(Principle::RoundUpToTenThousand)
        .map_or_else(|| "không có trích dẫn".to_string(), |c| format!("{c:#}"));
    line!(out, "Giả định:");
    line!(
        out,
        "1. Các danh hiệu và Giấy khen trên do Chủ tịch UBND huyện quyết định tháng 12/2021 (lấy ngày {}): áp dụng {}; mức lương cơ sở {} theo {:#}.",
        date.format("%d/%m/%Y"),
        tariff.regime().name_vi(),
        base.amount,
        base.citation
    );
    line!(
        out,
        "2. Mỗi mức thưởng làm tròn lên hàng chục nghìn đồng ({rounding})."
    );
    line!(
        out,
        "3. {} người đạt Chiến sĩ thi đua cơ sở nằm trong số {} người đạt Lao động tiên tiến năm 2021.",
        count(p::GRASSROOTS_FIGHTERS),
        count(p::ADVANCED_WORKERS)
    );
    let title_and_form = rules
        .principle(Principle::TitleAndForm)
        .map_or_else(|| "không có trích dẫn".to_string(), |c| format!("{c:#}"));
    line!(
        out,
        "4. Giấy khen là của Chủ tịch UBND huyện; người nhận Giấy khen được tính riêng: nếu trùng người đạt danh hiệu thì tổng không đổi, vì danh hiệu và Giấy khen cùng lúc đều được thưởng ({title_and_form})."
    );
    let among = district_decision(date, true)?;
    let money = among.money(&book, &salaries)?;
    line!(out, "Tiền thưởng tính lại:");
    for (a, granted, paid, total) in grouped(&money)? {
        let rate = a
            .rate_citation
            .as_ref()
            .map_or_else(String::new, |c| format!("; {c:#}"));
        let not_paid = if paid < granted {
            format!(
                " (không trả cho {} người đã nhận mức danh hiệu cao hơn)",
                count(granted - paid)
            )
        } else {
            String::new()
        };
        line!(
            out,
            "- {} ({}): {} × {} = {}{not_paid} (hệ số {} × {} = {}{rate})",
            a.award,
            a.recipient.name_vi(),
            count(paid),
            numfmt::format_number(a.amount.dong(), 0),
            total,
            numfmt::format_number(a.multiplier, a.multiplier.normalize().scale()),
            numfmt::format_number(a.base_salary.dong(), 0),
            numfmt::format_number(a.exact.dong(), 0),
        );
    }
    for note in &money.notes {
        line!(out, "Quy tắc đã áp dụng: {note}.");
    }
    let computed = money.total;
    let stated: Money = p::STATED_TOTAL.parse()?;
    let ratio = match indicators::growth(stated.dong(), computed.dong())? {
        Indicator::Value(g) => g.claim(GrowthStyle::Ratio, 1)?.to_string(),
        other => other.reason_vi().unwrap_or_default().to_string(),
    };
    line!(
        out,
        "Tổng tính lại: {computed}. Tổng báo cáo: {stated}. Chênh lệch: báo cáo {} ({ratio} số tính lại).",
        gap(stated, computed)?
    );

    // Every other reading, to show the stated total is none of them.
    line!(
        out,
        "Mọi cách đọc (cách làm tròn × người đạt CSTĐCS có hay không nằm trong số đạt LĐTT):"
    );
    let apart = district_decision(date, false)?;
    let mut reproduced = false;
    let mut lowest = None::<Money>;
    let mut highest = None::<Money>;
    for (mode, mode_vi) in [
        (Rounding::CeilTenThousand, "làm tròn lên"),
        (Rounding::NearestHalfUpTenThousand, "làm tròn gần nhất"),
        (Rounding::None, "không làm tròn"),
    ] {
        for (decision, who) in [
            (&among, "CSTĐCS nằm trong số LĐTT"),
            (&apart, "CSTĐCS là người khác, nhận cả hai"),
        ] {
            let options = PayOptions::default().rounding(mode);
            let total = decision.money_with(&book, &salaries, options)?.total;
            reproduced |= total == stated;
            lowest = Some(lowest.map_or(total, |m| m.min(total)));
            highest = Some(highest.map_or(total, |m| m.max(total)));
            line!(
                out,
                "- {mode_vi}, {who}: {total} (báo cáo {})",
                gap(stated, total)?
            );
        }
    }
    let ten_thousand = Decimal::from(10_000);
    let step = Decimal::new(5, 2)
        .checked_mul(base.amount.dong())
        .ok_or_else(|| {
            Error::new(
                thidua::ErrorKind::Overflow,
                "bước tính bị tràn số",
                "step overflows",
            )
        })?;
    let divides = |d: Decimal| stated.dong().checked_rem(d).is_some_and(|r| r.is_zero());
    line!(
        out,
        "Số báo cáo {} chia hết cho {} đồng, nên không thể là tổng các mức đã làm tròn; {} chia hết cho {} đồng (= 0,05 × {}; mọi hệ số của Nghị định 91/2017 là bội của 0,05), nên không thể là tổng các mức chưa làm tròn.",
        if divides(ten_thousand) {
            "có"
        } else {
            "không"
        },
        numfmt::format_number(ten_thousand, 0),
        if divides(step) { "có" } else { "không" },
        numfmt::format_number(step, 0),
        numfmt::format_number(base.amount.dong(), 0),
    );
    if let (Some(lo), Some(hi)) = (lowest, highest) {
        if reproduced {
            line!(
                out,
                "Kết luận: tổng báo cáo {stated} khớp với một cách tính ở trên."
            );
        } else {
            line!(
                out,
                "Kết luận: tổng báo cáo {stated} không tái lập được từ các khen thưởng đã nêu; mọi cách tính cho từ {lo} đến {hi}."
            );
        }
    }

    // Higher levels: information only.
    line!(
        out,
        "Khen thưởng cấp trên (chỉ để thông tin; chi từ quỹ thi đua, khen thưởng của cấp quyết định; giả định 6 cờ thi đua là của UBND tỉnh):"
    );
    let province_tariff = Tariff::new(&book, &salaries, date, Authority::ProvincialChair)?;
    let pm_tariff = Tariff::new(&book, &salaries, date, Authority::PrimeMinister)?;
    let (bk_c, bk_i) = p::PROVINCE_MERIT;
    let (pm_c, pm_i) = p::PRIME_MINISTER_MERIT;
    use RecipientKind::{Collective, Individual};
    let higher = [
        (
            &province_tariff,
            Award::ExcellentCollective,
            Collective,
            p::EXCELLENT_COLLECTIVES,
        ),
        // Assumed: the flags are the province's.
        (
            &province_tariff,
            Award::MinistryOrProvinceEmulationFlag,
            Collective,
            p::FLAGS,
        ),
        (
            &province_tariff,
            Award::MinistryOrProvinceCertificateOfMerit,
            Collective,
            bk_c,
        ),
        (
            &province_tariff,
            Award::MinistryOrProvinceCertificateOfMerit,
            Individual,
            bk_i,
        ),
        (
            &pm_tariff,
            Award::PrimeMinisterCertificateOfMerit,
            Collective,
            pm_c,
        ),
        (
            &pm_tariff,
            Award::PrimeMinisterCertificateOfMerit,
            Individual,
            pm_i,
        ),
    ];
    let mut higher_totals = Vec::new();
    for (t, award, recipient, n) in higher {
        let one = t.amount(award, recipient)?.amount;
        let total = one.checked_times(n).ok_or_else(|| {
            Error::new(
                thidua::ErrorKind::Overflow,
                "tổng của dòng bị tràn số",
                "line total overflows",
            )
        })?;
        higher_totals.push(total);
        line!(
            out,
            "- {award} ({}): {} (mức {one} × {} = {total})",
            recipient.name_vi(),
            count(n),
            count(n),
        );
    }
    let higher_total = Money::sum(higher_totals)?;
    let with_higher = computed.checked_add(higher_total).ok_or_else(|| {
        Error::new(
            thidua::ErrorKind::Overflow,
            "tổng bị tràn số",
            "total overflows",
        )
    })?;
    line!(
        out,
        "Kể cả khi cộng tiền thưởng cấp trên ({higher_total}) vào tổng tính lại, được {with_higher}, vẫn khác số báo cáo (báo cáo {}).",
        gap(stated, with_higher)?
    );
    Ok(())
}

#[allow(clippy::print_stdout)]
fn main() -> Result<(), Error> {
    print!("{}", report()?);
    Ok(())
}
