//! From a spreadsheet to a decision: a commune office's list of proposals
//! (danh sách đề nghị) read from an .xlsx file, judged under the regime the
//! transitional articles choose, put to the council's vote, and turned into
//! the decision's list (an .xlsx file) and its text.
//!
//! ```text
//! cargo run --example proposal_to_decision [input.xlsx] [output-folder]
//! ```
//!
//! The sample, `examples/data/danh-sach-de-nghi-2025.xlsx`, has two sheets:
//! "Tờ trình" (the submission: its number, the dates, the council) and
//! "Danh sách" (one row per person or collective: STT, Mã, Họ và tên / Tên
//! tập thể, Đối tượng, Mã đơn vị, Đơn vị, Hình thức đề nghị, Xếp loại 2024,
//! Xếp loại 2025, Ngày bắt đầu công tác, Số sáng kiến, Số thành viên, Đạt
//! LĐTT, Phiếu đồng ý). A few rows are wrong on
//! purpose: an award nobody knows, a missing date. They are reported and
//! left out, never guessed. The list was received for appraisal on
//! 2026-09-25 and is decided on 2026-10-12: Law 06/2026/QH16 Art. 4 k4
//! keeps Law 06/2022 with Decree 152/2025 unless the new rule is more
//! favourable. The province's rules (Bắc Ninh QĐ 86/2025: the dossier of
//! the titles it sets, the council's majority, the share of TTLĐTT) are an
//! overlay. The library reads and writes no file: this example does, with
//! `calamine` and `rust_xlsxwriter`.

use std::error::Error;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx, open_workbook};
use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, Workbook};
use thidua::collectives::{CollectiveRecord, MemberTally};
use thidua::decision::DecisionDocument;
use thidua::history::Recipient;
use thidua::law::{DossierPart, SalarySchedule};
use thidua::people::{Initiative, InitiativeKind, Scope};
use thidua::proposal::{Appraisal, CouncilMinutes, Dossier, Nominee, Proposal};
use thidua::{
    Authority, Award, Collective, Outcome, Overlay, Period, Person, PersonCategory, Rating,
    RuleBook, YearRecord,
};

/// The province's overlay the example applies.
pub const OVERLAY: &str = r#"
schema = "thidua-overlay@1"
name = "Quy định công tác thi đua, khen thưởng tỉnh Bắc Ninh"
citation = { instrument = { kind = "decision", number = "86/2025/QĐ-UBND", name = "Quyết định số 86/2025/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Ninh" }, mark = "V" }
in_force = { from = "2025-12-15" }

[[rules]]
rule = "advanced_collective_standard"
share = { at_least = 70 }
no_discipline_from = "warning"

[[rules]]
rule = "commendation_standard"
years = 2
rating = "good"

[[procedure]]
rule = "dossier_parts"
awards = ["advanced_worker", "grassroots_emulation_fighter", "advanced_collective", "certificate_of_commendation"]
parts = ["submission", "achievement_report", "review_minutes"]

[[procedure]]
rule = "council_threshold"
share = { more_than = 50 }
of = "present"
quorum = { at_least = 80 }
"#;

/// A row of the list that could not be read, and why.
#[derive(Debug)]
pub struct Rejected {
    /// The row number in the sheet (from 1, the header being row 1).
    pub row: usize,
    /// The name on the row.
    pub name: String,
    /// Why.
    pub reason: String,
}

/// What a run produced.
#[derive(Debug)]
pub struct Outputs {
    /// The decision's list, as .xlsx.
    pub annex: PathBuf,
    /// The decision's text, in Vietnamese.
    pub text_vi: PathBuf,
    /// The English rendering.
    pub text_en: PathBuf,
    /// The rows left out before judging.
    pub rejected: Vec<Rejected>,
    /// The nominees judged, with their outcome.
    pub judged: Vec<(String, Outcome)>,
    /// The decision's total money.
    pub total: thidua::Money,
}

fn text(cell: Option<&Data>) -> String {
    match cell {
        Some(Data::String(s)) => s.trim().to_owned(),
        Some(Data::Int(i)) => i.to_string(),
        Some(Data::Float(f)) => f.to_string(),
        Some(Data::Empty) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

fn count(cell: Option<&Data>) -> Option<u32> {
    match cell {
        Some(Data::Int(i)) => u32::try_from(*i).ok(),
        Some(Data::Float(f)) if f.fract() == 0.0 && *f >= 0.0 => Some(*f as u32),
        Some(Data::String(s)) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A date cell: an Excel date, or text written dd/mm/yyyy or yyyy-mm-dd.
fn date(cell: Option<&Data>) -> Option<NaiveDate> {
    match cell {
        Some(Data::DateTime(dt)) => {
            let days = dt.as_f64().trunc() as i64;
            NaiveDate::from_ymd_opt(1899, 12, 30)?
                .checked_add_signed(chrono::TimeDelta::try_days(days)?)
        }
        Some(Data::String(s)) => {
            let s = s.trim();
            NaiveDate::parse_from_str(s, "%d/%m/%Y")
                .or_else(|_| NaiveDate::parse_from_str(s, "%Y-%m-%d"))
                .ok()
        }
        _ => None,
    }
}

/// The facts of the "Tờ trình" sheet: label in column A, value in B.
struct Submission {
    number: String,
    submitted: Option<NaiveDate>,
    received: Option<NaiveDate>,
    decided: NaiveDate,
    decision: String,
    council_date: NaiveDate,
    members: u32,
    present: u32,
}

fn submission(rows: &calamine::Range<Data>) -> Result<Submission, Box<dyn Error>> {
    let value = |label: &str| {
        rows.rows()
            .find(|r| thidua_fold(&text(r.first())) == thidua_fold(label))
            .and_then(|r| r.get(1).cloned())
    };
    let need_date = |label: &str| -> Result<NaiveDate, Box<dyn Error>> {
        date(value(label).as_ref())
            .ok_or_else(|| format!("sheet 'Tờ trình': no date for '{label}'").into())
    };
    Ok(Submission {
        number: text(value("Số tờ trình").as_ref()),
        submitted: date(value("Ngày gửi").as_ref()),
        received: date(value("Ngày tiếp nhận thẩm định").as_ref()),
        decided: need_date("Ngày quyết định")?,
        decision: text(value("Số quyết định").as_ref()),
        council_date: need_date("Ngày họp Hội đồng")?,
        members: count(value("Số thành viên Hội đồng").as_ref())
            .ok_or("sheet 'Tờ trình': no council size")?,
        present: count(value("Số thành viên dự họp").as_ref())
            .ok_or("sheet 'Tờ trình': no count of those present")?,
    })
}

/// Case, spaces and diacritics aside (NFC or NFD), as the library
/// compares names.
fn thidua_fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.replace(['đ', 'Đ'], "d")
        .nfd()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn rating(s: &str) -> Option<Rating> {
    match thidua_fold(s).as_str() {
        "htxs" => Some(Rating::Excellent),
        "htt" => Some(Rating::Good),
        "ht" => Some(Rating::Completed),
        "kht" => Some(Rating::NotCompleted),
        _ => None,
    }
}

/// One row of "Danh sách" turned into a nominee, its council votes and
/// its unit's name, or why it could not be.
fn nominee(row: &[Data], year: i32) -> Result<(Nominee, u32, String), String> {
    let err = |e: thidua::Error| e.to_string();
    let id = text(row.get(1));
    let name = text(row.get(2));
    let kind = thidua_fold(&text(row.get(3)));
    let unit: thidua::id::UnitId = text(row.get(4)).parse().map_err(err)?;
    let unit_name = text(row.get(5));
    let award: Award = text(row.get(6)).parse().map_err(err)?;
    let votes = count(row.get(13)).ok_or("no council votes (Phiếu đồng ý)")?;
    let report = Dossier::default().with(DossierPart::AchievementReport);
    if kind == "canhan" {
        let mut p = Person::new(
            id.parse().map_err(err)?,
            name,
            PersonCategory::CivilServant,
            unit,
        );
        p.service_start =
            Some(date(row.get(9)).ok_or("no start of service (Ngày bắt đầu công tác)")?);
        // The list names whom the unit's review put forward, and that
        // review checked their discipline: for the two years rated and the
        // year before (a discipline decided then could still run), no
        // discipline, leave or other event beyond what the columns say; the
        // initiatives are those counted.
        p.records.push(YearRecord::new(year - 2).otherwise_none());
        for (col, y) in [(7, year - 1), (8, year)] {
            let mut record = YearRecord::new(y).otherwise_none();
            record.rating = rating(&text(row.get(col)));
            p.records.push(record);
        }
        p.initiatives = Some(Vec::new());
        for i in 0..count(row.get(10)).unwrap_or(0) {
            p.add_initiative(Initiative {
                id: format!("SK-{id}-{i}").parse().map_err(err)?,
                kind: InitiativeKind::Initiative,
                scope: Scope::Grassroots,
                recognised_on: NaiveDate::from_ymd_opt(year, 10, 1).ok_or("bad year")?,
            });
        }
        Ok((
            Nominee::person(p, award).with_dossier(report),
            votes,
            unit_name,
        ))
    } else if kind == "tapthe" {
        let mut c = Collective::new(id.parse().map_err(err)?, name);
        c.records.push(CollectiveRecord {
            year,
            rating: rating(&text(row.get(8))),
            movement: Some(true),
        });
        let members = count(row.get(11)).ok_or("no member count (Số thành viên)")?;
        let mut t = MemberTally::new(members);
        t.completed = members;
        t.advanced = count(row.get(12)).ok_or("no count of 'Lao động tiên tiến'")?;
        Ok((
            Nominee::collective(c, t, award).with_dossier(report),
            votes,
            unit_name,
        ))
    } else {
        Err(format!("unknown kind '{}'", text(row.get(3))))
    }
}

/// Reads `input`, judges and decides, and writes the decision's list and
/// text into `out`.
///
/// # Errors
///
/// A file that cannot be read or written, a sheet missing, or a library
/// error (a bad date in the submission).
pub fn run(input: &Path, out: &Path) -> Result<Outputs, Box<dyn Error>> {
    let mut book_xlsx: Xlsx<_> = open_workbook(input)?;
    let sub = submission(&book_xlsx.worksheet_range("Tờ trình")?)?;
    let list = book_xlsx.worksheet_range("Danh sách")?;
    let year = 2025;
    let shared = Dossier::default()
        .with(DossierPart::Submission)
        .with(DossierPart::ReviewMinutes);
    let mut proposal = Proposal::new(
        Authority::AgencyHead,
        Authority::CommuneChair,
        Period::year(year)?,
    )
    .numbered(sub.number.clone())
    .with_dossier(shared);
    proposal.submitted = sub.submitted;
    proposal.received = sub.received;
    let mut rejected = Vec::new();
    let mut votes = Vec::new();
    let mut unit_names = Vec::new();
    for (i, row) in list.rows().enumerate().skip(1) {
        if row.iter().all(|c| matches!(c, Data::Empty)) {
            continue;
        }
        match nominee(row, year) {
            Ok((n, yes, unit)) => {
                votes.push((n.candidate.recipient(), n.award, yes));
                unit_names.push((n.candidate.recipient(), unit));
                proposal = proposal.nominate(n);
            }
            Err(reason) => rejected.push(Rejected {
                row: i + 1,
                name: text(row.get(2)),
                reason,
            }),
        }
    }

    let rules = RuleBook::national();
    let overlay = Overlay::from_toml(OVERLAY, "bac-ninh.toml")?;
    let appraisal = Appraisal::new(&rules, sub.decided).with_overlay(&overlay);
    let mut report = appraisal.check(&proposal)?;
    let mut minutes = CouncilMinutes::new(sub.council_date, sub.members, sub.present);
    for (r, award, yes) in votes {
        minutes = minutes.vote(r, award, yes, sub.present.saturating_sub(yes));
    }
    appraisal.council(&mut report, &minutes)?;
    let proposed = appraisal.decide(&report, sub.decision.parse()?, sub.decided, None, None)?;
    let money = appraisal.money(&report, &proposed, &SalarySchedule::national())?;

    let name_of = |r: &Recipient| {
        let name = report
            .nominees
            .iter()
            .find(|n| &n.recipient == r)
            .map_or(String::new(), |n| n.name.clone());
        let unit = unit_names
            .iter()
            .find(|(x, _)| x == r)
            .map_or(String::new(), |(_, u)| u.clone());
        (name, unit)
    };
    let regime = rules.regime(money.regimes.first().unwrap_or(&money.money.regime))?;
    let mut doc = DecisionDocument::new(&proposed.decision, &money.money, regime, name_of)
        .issued_at("Tân Yên", "Ủy ban nhân dân xã Tân Yên")
        .signed_by("Hoàng Văn Nam")
        .answering(format!(
            "Chánh Văn phòng HĐND và UBND xã tại Tờ trình số {}",
            sub.number
        ));
    if let Some(article) = report
        .nominees
        .iter()
        .find_map(|n| n.choice.article.as_ref())
    {
        doc = doc.with_basis(article.to_string());
    }

    std::fs::create_dir_all(out)?;
    let annex = out.join("danh-sach-khen-thuong.xlsx");
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let ws = wb.add_worksheet();
    ws.set_name("Danh sách kèm theo")?;
    for (c, h) in [
        "TT",
        "Họ và tên / Tên tập thể",
        "Đơn vị",
        "Danh hiệu, hình thức",
        "Số tiền (đồng)",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    for (i, r) in doc.annex.iter().enumerate() {
        let row = i as u32 + 1;
        ws.write_number(row, 0, r.order as f64)?;
        ws.write_string(row, 1, &r.name)?;
        ws.write_string(row, 2, &r.unit)?;
        ws.write_string(row, 3, r.award.name_vi())?;
        ws.write_number(row, 4, r.amount.dong().to_f64().unwrap_or_default())?;
    }
    let last = doc.annex.len() as u32 + 1;
    ws.write_string_with_format(last, 1, "Tổng cộng", &bold)?;
    ws.write_number_with_format(
        last,
        4,
        doc.total.dong().to_f64().unwrap_or_default(),
        &bold,
    )?;
    let review = wb.add_worksheet();
    review.set_name("Không đủ điều kiện, cần xem xét")?;
    for (c, h) in [
        "Họ và tên / Tên tập thể",
        "Danh hiệu, hình thức",
        "Kết quả",
        "Lý do",
    ]
    .iter()
    .enumerate()
    {
        review.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    let mut row = 1u32;
    for n in report.left_out() {
        let reasons: Vec<String> = n
            .verdict
            .findings
            .iter()
            .filter(|f| f.status != thidua::eligibility::Status::Met)
            .map(ToString::to_string)
            .collect();
        review.write_string(row, 0, &n.name)?;
        review.write_string(row, 1, n.award.name_vi())?;
        review.write_string(row, 2, n.outcome().to_string())?;
        review.write_string(row, 3, reasons.join("\n"))?;
        row += 1;
    }
    for r in &rejected {
        review.write_string(row, 0, &r.name)?;
        review.write_string(row, 2, "không đọc được dòng")?;
        review.write_string(row, 3, format!("dòng {}: {}", r.row, r.reason))?;
        row += 1;
    }
    wb.save(&annex)?;
    let text_vi = out.join("quyet-dinh.txt");
    std::fs::write(&text_vi, doc.to_vietnamese()?)?;
    let text_en = out.join("quyet-dinh.en.txt");
    std::fs::write(&text_en, doc.to_english())?;
    Ok(Outputs {
        annex,
        text_vi,
        text_en,
        rejected,
        judged: report
            .nominees
            .iter()
            .map(|n| (n.name.clone(), n.outcome()))
            .collect(),
        total: money.money.total,
    })
}

/// The sample shipped with the example.
pub fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/danh-sach-de-nghi-2025.xlsx")
}

#[allow(clippy::print_stdout)]
fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let input = args.next().map_or_else(sample, PathBuf::from);
    let out = args.next().map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target/proposal_to_decision"),
        PathBuf::from,
    );
    let o = run(&input, &out)?;
    for (name, outcome) in &o.judged {
        println!("{name}: {}", outcome);
    }
    for r in &o.rejected {
        println!("dòng {} ({}): {}", r.row, r.name, r.reason);
    }
    println!("tổng tiền thưởng: {}", o.total);
    println!("{}", o.annex.display());
    println!("{}", o.text_vi.display());
    println!("{}", o.text_en.display());
    print!("{}", std::fs::read_to_string(&o.text_vi)?);
    Ok(())
}
