//! The decision as a document: the text of a quyết định khen thưởng with its
//! list (danh sách kèm theo), in Vietnamese and in English, and the list's
//! rows for a spreadsheet. The library returns text and rows; files are the
//! caller's.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use crate::authority::Authority;
use crate::award::{Award, RecipientKind};
use crate::citation::InstrumentKind;
use crate::error::Result;
use crate::history::Recipient;
use crate::id::DecisionNumber;
use crate::law::Regime;
use crate::money::Money;
use crate::period::Period;

use super::{Decision, DecisionMoney};

/// One row of the list attached to a decision (danh sách kèm theo): the
/// order, the name, the unit, the award and the money paid.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct AnnexRow {
    /// The order in the list, from 1.
    pub order: usize,
    /// The person's full name, or the collective's name.
    pub name: String,
    /// The unit (the person's unit; for a collective, the unit above it).
    pub unit: String,
    /// Who receives it.
    pub recipient: RecipientKind,
    /// The award.
    pub award: Award,
    /// The achievement period.
    pub period: Period,
    /// The money paid (zero for a line superseded by a higher one, or
    /// revoked).
    pub amount: Money,
}

/// A structured award decision: number, date, place, issuing body, signer,
/// legal bases, the proposal it answers, its articles and its list, ready
/// to print.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Authority, Award, Decision, Period, RuleBook};
/// use thidua::decision::DecisionDocument;
/// use thidua::history::Recipient;
/// use thidua::law::SalarySchedule;
///
/// let lan = Recipient::Individual("CB-01".parse()?);
/// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
/// let decision = Decision::new("88/QĐ-UBND".parse()?, on, Authority::CommuneChair)
///     .grant(lan, Award::AdvancedWorker, Period::year(2025)?);
/// let book = RuleBook::national();
/// let money = decision.money(&book, &SalarySchedule::national())?;
/// let doc = DecisionDocument::new(&decision, &money, book.regime_on(on)?, |_| {
///     ("Nguyễn Thị Lan".to_owned(), "Văn phòng HĐND và UBND xã".to_owned())
/// })
/// .issued_at("Tân Yên", "Ủy ban nhân dân xã Tân Yên")
/// .signed_by("Trần Văn Bình");
/// let vi = doc.to_vietnamese()?;
/// assert!(vi.contains("Số: 88/QĐ-UBND"));
/// assert!(vi.contains("Tân Yên, ngày 20 tháng 12 năm 2025"));
/// assert!(vi.contains("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN YÊN"));
/// assert!(vi.contains("710.000 đồng (Bằng chữ: Bảy trăm mười nghìn đồng)"));
/// assert!(doc.to_english().contains("710,000 dong"));
/// assert_eq!(doc.annex[0].name, "Nguyễn Thị Lan");
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct DecisionDocument {
    /// The number.
    pub number: DecisionNumber,
    /// The date.
    pub date: NaiveDate,
    /// The place name printed before the date (địa danh).
    pub place: String,
    /// The issuing body, e.g. "Ủy ban nhân dân tỉnh Bắc Ninh".
    pub issuer_name: String,
    /// Who signs.
    pub signer: Authority,
    /// The signer's name, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer_name: Option<String>,
    /// The regime the money and the bases follow.
    pub regime_name: String,
    /// The legal bases ("Căn cứ …"), in order.
    pub legal_bases: Vec<String>,
    /// The proposal it answers ("Xét đề nghị của …"), if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<String>,
    /// The list.
    pub annex: Vec<AnnexRow>,
    /// The total money.
    pub total: Money,
}

/// `"ngày 05 tháng 01 năm 2026"`: days under 10 and the months 1 and 2
/// with a leading zero, as administrative documents write them.
fn date_long_vi(d: NaiveDate) -> String {
    let day = if d.day() < 10 {
        format!("0{}", d.day())
    } else {
        d.day().to_string()
    };
    let month = if d.month() < 3 {
        format!("0{}", d.month())
    } else {
        d.month().to_string()
    };
    format!("ngày {day} tháng {month} năm {}", d.year())
}

/// `1234567` → `"1,234,567"`.
fn figures_en(m: Money) -> String {
    let s = m.dong().normalize().to_string();
    let (int, frac) = s
        .split_once('.')
        .map_or((s.as_str(), None), |(i, f)| (i, Some(f)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && digits.len().saturating_sub(i).checked_rem(3) == Some(0) {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// `"1.234.567"`.
fn figures_vi(m: Money) -> String {
    crate::numfmt::NumberFormat::new().format(m.dong().normalize())
}

fn roman(n: usize) -> &'static str {
    const R: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    n.checked_sub(1)
        .and_then(|i| R.get(i))
        .copied()
        .unwrap_or("*")
}

fn period_vi(p: &Period) -> String {
    match (p.as_year(), p.last_day()) {
        (Some(y), _) => format!("năm {y}"),
        (None, Some(last)) => format!("giai đoạn {}–{}", p.from().year(), last.year()),
        (None, None) => format!("từ năm {}", p.from().year()),
    }
}

fn period_en(p: &Period) -> String {
    match (p.as_year(), p.last_day()) {
        (Some(y), _) => y.to_string(),
        (None, Some(last)) => format!("{}–{}", p.from().year(), last.year()),
        (None, None) => format!("from {}", p.from().year()),
    }
}

impl DecisionDocument {
    /// The document of `decision`, whose money is `money`, under `regime`
    /// (the regime the money follows: its instruments are the legal bases).
    /// `names` gives each recipient's name and unit as printed.
    #[must_use]
    pub fn new(
        decision: &Decision,
        money: &DecisionMoney,
        regime: &Regime,
        names: impl Fn(&Recipient) -> (String, String),
    ) -> DecisionDocument {
        let legal_bases = regime
            .instruments()
            .iter()
            .filter(|i| matches!(i.kind(), InstrumentKind::Law | InstrumentKind::Decree))
            .map(|i| i.name().to_owned())
            .collect();
        let annex = decision
            .grants
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let (name, unit) = names(&g.recipient);
                let amount = money.lines.get(i).map_or(Money::ZERO, |l| l.paid);
                AnnexRow {
                    order: i.saturating_add(1),
                    name,
                    unit,
                    recipient: g.recipient.kind(),
                    award: g.award,
                    period: g.period,
                    amount,
                }
            })
            .collect();
        DecisionDocument {
            number: decision.number.clone(),
            date: decision.date,
            place: String::new(),
            issuer_name: String::new(),
            signer: decision.signer,
            signer_name: None,
            regime_name: regime.name_vi().to_owned(),
            legal_bases,
            proposal: None,
            annex,
            total: money.total,
        }
    }

    /// The same document, issued at `place` by `issuer_name`.
    #[must_use]
    pub fn issued_at(
        mut self,
        place: impl Into<String>,
        issuer_name: impl Into<String>,
    ) -> DecisionDocument {
        self.place = place.into();
        self.issuer_name = issuer_name.into();
        self
    }

    /// The same document with the signer's name.
    #[must_use]
    pub fn signed_by(mut self, name: impl Into<String>) -> DecisionDocument {
        self.signer_name = Some(name.into());
        self
    }

    /// The same document with one more legal basis, e.g. the transitional
    /// article that chose the regime.
    #[must_use]
    pub fn with_basis(mut self, basis: impl Into<String>) -> DecisionDocument {
        self.legal_bases.push(basis.into());
        self
    }

    /// The same document answering a proposal: "Xét đề nghị của `text`".
    #[must_use]
    pub fn answering(mut self, text: impl Into<String>) -> DecisionDocument {
        self.proposal = Some(text.into());
        self
    }

    /// The awards of the list, in order of first appearance.
    fn awards(&self) -> Vec<Award> {
        let mut out: Vec<Award> = Vec::new();
        for r in &self.annex {
            if !out.contains(&r.award) {
                out.push(r.award);
            }
        }
        out
    }

    fn counts(&self) -> (usize, usize) {
        let people = self
            .annex
            .iter()
            .filter(|r| r.recipient == RecipientKind::Individual)
            .count();
        (people, self.annex.len().saturating_sub(people))
    }

    /// The heading of the signer ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …").
    fn signer_heading(&self) -> String {
        let issuer = self.issuer_name.to_uppercase();
        match self.signer {
            Authority::President => "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".to_owned(),
            Authority::Government => "CHÍNH PHỦ".to_owned(),
            Authority::PrimeMinister => "THỦ TƯỚNG CHÍNH PHỦ".to_owned(),
            Authority::Minister => format!("BỘ TRƯỞNG {issuer}"),
            Authority::ProvincialChair | Authority::DistrictChair | Authority::CommuneChair => {
                format!("CHỦ TỊCH {issuer}")
            }
            Authority::EnterpriseHead => format!("GIÁM ĐỐC {issuer}"),
            Authority::ArmedForcesCommander => format!("CHỈ HUY TRƯỞNG {issuer}"),
            _ => format!("THỦ TRƯỞNG {issuer}"),
        }
    }

    /// The signer in a sentence ("Chủ tịch Ủy ban nhân dân tỉnh …").
    fn signer_vi(&self) -> String {
        let issuer = &self.issuer_name;
        match self.signer {
            Authority::President => "Chủ tịch nước".to_owned(),
            Authority::Government => "Chính phủ".to_owned(),
            Authority::PrimeMinister => "Thủ tướng Chính phủ".to_owned(),
            Authority::Minister => format!("Bộ trưởng {issuer}"),
            Authority::ProvincialChair | Authority::DistrictChair | Authority::CommuneChair => {
                format!("Chủ tịch {issuer}")
            }
            Authority::EnterpriseHead => format!("Giám đốc {issuer}"),
            Authority::ArmedForcesCommander => format!("Chỉ huy trưởng {issuer}"),
            _ => format!("Thủ trưởng {issuer}"),
        }
    }

    /// The title above the signature.
    fn signature_title(&self) -> &'static str {
        match self.signer {
            Authority::President => "CHỦ TỊCH NƯỚC",
            Authority::Government => "TM. CHÍNH PHỦ\nTHỦ TƯỚNG",
            Authority::PrimeMinister => "THỦ TƯỚNG",
            Authority::Minister => "BỘ TRƯỞNG",
            Authority::ProvincialChair | Authority::DistrictChair | Authority::CommuneChair => {
                "CHỦ TỊCH"
            }
            Authority::EnterpriseHead => "GIÁM ĐỐC",
            Authority::ArmedForcesCommander => "CHỈ HUY TRƯỞNG",
            _ => "THỦ TRƯỞNG",
        }
    }

    fn subject_vi(&self) -> String {
        let awards = self.awards();
        let titles = awards.iter().any(|a| a.is_title());
        let forms = awards.iter().any(|a| !a.is_title());
        let what = match (titles, forms) {
            (true, true) => "tặng danh hiệu thi đua và hình thức khen thưởng",
            (true, false) => "tặng danh hiệu thi đua",
            _ => "khen thưởng",
        };
        match self.annex.first() {
            Some(r) => format!("Về việc {what} {}", period_vi(&r.period)),
            None => format!("Về việc {what}"),
        }
    }

    /// The Vietnamese text of the decision and its list, with the total in
    /// figures and in words.
    ///
    /// # Errors
    ///
    /// A total that cannot be written in words (negative, a fraction of a
    /// đồng, or above [`words::MAX`](crate::words::MAX)).
    pub fn to_vietnamese(&self) -> Result<String> {
        let mut s = String::new();
        let total_words = self.total.to_words()?;
        let issuer = self.issuer_name.to_uppercase();
        let _ = writeln!(s, "{issuer}");
        let _ = writeln!(s, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        let _ = writeln!(s, "Độc lập - Tự do - Hạnh phúc");
        let _ = writeln!(s, "Số: {}", self.number);
        let _ = writeln!(s, "{}, {}", self.place, date_long_vi(self.date));
        let _ = writeln!(s);
        let _ = writeln!(s, "QUYẾT ĐỊNH");
        let _ = writeln!(s, "{}", self.subject_vi());
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", self.signer_heading());
        let _ = writeln!(s);
        for b in &self.legal_bases {
            let _ = writeln!(s, "Căn cứ {b};");
        }
        if let Some(p) = &self.proposal {
            let _ = writeln!(s, "Xét đề nghị của {p}.");
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "QUYẾT ĐỊNH:");
        let _ = writeln!(s);
        let (people, collectives) = self.counts();
        let mut whom = Vec::new();
        if people > 0 {
            whom.push(format!("{people:02} cá nhân"));
        }
        if collectives > 0 {
            whom.push(format!("{collectives:02} tập thể"));
        }
        let awards: Vec<String> = self.awards().iter().map(|a| format!("\"{a}\"")).collect();
        let _ = writeln!(
            s,
            "Điều 1. Tặng {} cho {} đã có thành tích xuất sắc (có danh sách kèm theo).",
            awards.join(", "),
            whom.join(" và ")
        );
        let _ = writeln!(
            s,
            "Điều 2. Tiền thưởng kèm theo danh hiệu, hình thức khen thưởng thực hiện theo quy định của {}; tổng số tiền: {} đồng (Bằng chữ: {}), chi từ Quỹ thi đua, khen thưởng của {}.",
            self.regime_name,
            figures_vi(self.total),
            total_words,
            self.issuer_name
        );
        let _ = writeln!(
            s,
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."
        );
        let _ = writeln!(s);
        let _ = writeln!(s, "Nơi nhận:");
        let _ = writeln!(s, "- Như Điều 3;");
        let _ = writeln!(s, "- Lưu: VT.");
        let _ = writeln!(s, "{}", self.signature_title());
        if let Some(n) = &self.signer_name {
            let _ = writeln!(s, "{n}");
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "DANH SÁCH KHEN THƯỞNG");
        let _ = writeln!(
            s,
            "(Kèm theo Quyết định số {} {} của {})",
            self.number,
            date_long_vi(self.date),
            self.signer_vi()
        );
        let _ = writeln!(s, "TT | Họ và tên / Tên tập thể | Đơn vị | Số tiền (đồng)");
        for (g, award) in self.awards().iter().enumerate() {
            let _ = writeln!(
                s,
                "{}. {}: \"{award}\"",
                roman(g.saturating_add(1)),
                if award.is_title() {
                    "Danh hiệu"
                } else {
                    "Hình thức"
                }
            );
            for r in self.annex.iter().filter(|r| r.award == *award) {
                let _ = writeln!(
                    s,
                    "{} | {} | {} | {}",
                    r.order,
                    r.name,
                    r.unit,
                    figures_vi(r.amount)
                );
            }
        }
        let _ = writeln!(
            s,
            "Tổng cộng: {} đồng (Bằng chữ: {})",
            figures_vi(self.total),
            total_words
        );
        Ok(s)
    }

    /// The English rendering of the decision and its list (a translation
    /// for reference; the Vietnamese text is the decision).
    #[must_use]
    pub fn to_english(&self) -> String {
        let mut s = String::new();
        let date = self.date.format("%-d %B %Y");
        let _ = writeln!(s, "{}", self.issuer_name);
        let _ = writeln!(s, "SOCIALIST REPUBLIC OF VIETNAM");
        let _ = writeln!(s, "Independence - Freedom - Happiness");
        let _ = writeln!(s, "No. {}", self.number);
        let _ = writeln!(s, "{}, {date}", self.place);
        let _ = writeln!(s);
        let _ = writeln!(s, "DECISION");
        let period = self
            .annex
            .first()
            .map(|r| period_en(&r.period))
            .unwrap_or_default();
        let _ = writeln!(s, "On emulation titles and commendations for {period}");
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "THE {} ({})",
            self.signer.id().replace('_', " ").to_uppercase(),
            self.issuer_name
        );
        for b in &self.legal_bases {
            let _ = writeln!(s, "Pursuant to {b};");
        }
        if let Some(p) = &self.proposal {
            let _ = writeln!(s, "At the proposal of {p},");
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "DECIDES:");
        let (people, collectives) = self.counts();
        let awards: Vec<String> = self
            .awards()
            .iter()
            .map(|a| format!("'{}'", a.name_en()))
            .collect();
        let _ = writeln!(
            s,
            "Article 1. To confer {} on {people} individual(s) and {collectives} collective(s) (list attached).",
            awards.join(", ")
        );
        let _ = writeln!(
            s,
            "Article 2. The award money follows {}; total {} dong (in Vietnamese words: {}), paid from the emulation-commendation fund of {}.",
            self.regime_name,
            figures_en(self.total),
            self.total.to_words().unwrap_or_default(),
            self.issuer_name
        );
        let _ = writeln!(
            s,
            "Article 3. This decision takes effect on signing. The heads of the bodies concerned and the individuals and collectives named in Article 1 shall implement it."
        );
        if let Some(n) = &self.signer_name {
            let _ = writeln!(s, "{n}");
        }
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "LIST OF AWARDS (attached to decision No. {} of {date})",
            self.number
        );
        let _ = writeln!(s, "No. | Name | Unit | Award | Amount (dong)");
        for r in &self.annex {
            let _ = writeln!(
                s,
                "{} | {} | {} | {} | {}",
                r.order,
                r.name,
                r.unit,
                r.award.name_en(),
                figures_en(r.amount)
            );
        }
        let _ = writeln!(s, "Total: {} dong", figures_en(self.total));
        s
    }
}
