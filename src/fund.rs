//! The emulation-commendation fund (quỹ thi đua, khen thưởng) of a level or
//! a body: its cap, its budget lines, what decisions commit, what is spent,
//! the balance, and the findings of a review.
// Money and counts: every operator that could overflow is a checked call
// instead.
#![deny(clippy::arithmetic_side_effects)]

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::authority::Authority;
use crate::citation::Citation;
use crate::decision::{Decision, DecisionMoney};
use crate::error::{Error, ErrorKind, Result};
use crate::id::{BudgetLineId, DecisionNumber, UnitId};
use crate::law::{FundBasis, RegimeId, RuleBook};
use crate::money::Money;
use crate::units::Level;

/// What a budget line of the fund pays for.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum BudgetCategory {
    /// Award money of titles and commendation forms (chi tiền thưởng).
    AwardMoney,
    /// Printing and making award objects: certificates, frames, flags,
    /// badges (chi in, làm hiện vật khen thưởng).
    PrintingAndObjects,
    /// Organising the movement: launching, reviews, conferences, training,
    /// inspections, the council's meetings (chi tổ chức, chỉ đạo phong trào).
    Organising,
}

impl BudgetCategory {
    /// Every category.
    pub const ALL: &'static [BudgetCategory] = &[
        BudgetCategory::AwardMoney,
        BudgetCategory::PrintingAndObjects,
        BudgetCategory::Organising,
    ];

    /// The Vietnamese name.
    #[must_use]
    pub fn name_vi(self) -> &'static str {
        match self {
            BudgetCategory::AwardMoney => "chi tiền thưởng",
            BudgetCategory::PrintingAndObjects => "chi in, làm hiện vật khen thưởng",
            BudgetCategory::Organising => "chi tổ chức phong trào thi đua",
        }
    }
}

/// A budget line of a fund: what is planned (dự toán) and spent (đã chi)
/// for one category.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BudgetLine {
    /// The line's id.
    pub id: BudgetLineId,
    /// What it pays for.
    pub category: BudgetCategory,
    /// The amount planned.
    pub planned: Money,
    /// The amount spent so far.
    #[serde(default)]
    pub spent: Money,
}

impl BudgetLine {
    /// A line with nothing spent yet.
    #[must_use]
    pub fn new(id: BudgetLineId, category: BudgetCategory, planned: Money) -> BudgetLine {
        BudgetLine {
            id,
            category,
            planned,
            spent: Money::ZERO,
        }
    }

    /// The same line with `spent` spent.
    #[must_use]
    pub fn spent(mut self, spent: Money) -> BudgetLine {
        self.spent = spent;
        self
    }
}

/// The award money a decision commits the fund to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Commitment {
    /// The decision number.
    pub decision: DecisionNumber,
    /// The decision date.
    #[serde(deserialize_with = "crate::wire::date::deserialize")]
    pub date: NaiveDate,
    /// Who signed it.
    pub signer: Authority,
    /// The unit it was signed for, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<UnitId>,
    /// Its total award money.
    pub amount: Money,
}

/// The emulation-commendation fund of one unit (a budget level, a ministry,
/// a department) for one year.
///
/// | who | basis | cap | legal basis |
/// |---|---|---|---|
/// | ministries, central bodies, provincial departments | the salary fund by grade and step, plus approved wages | 20% | Decree 91/2017 Art. 65 k1; Decree 98/2023 Art. 50 k1 |
/// | province, district, commune budget levels, delta | recurrent spending of the level | 1,0% | Decree 91/2017 Art. 65 k2; Decree 152/2025 Art. 46 k3 b |
/// | the same, mountain, midland, Central Highlands, remote, islands | recurrent spending of the level | 1,5% | same |
/// | organising the movement | the fund | 20% | Decree 98/2023 Art. 52 ("trích 20%"), read as a cap |
///
/// The award money of a decision is paid from the fund of the level that
/// signed it (Law 06/2022 Art. 11 k4 from 2024; before, the regime's own
/// rule, Decree 91/2017 Art. 66 k2, unverified): findings cite the rule of
/// the regime in force on 1 January of the fund's year. A review never
/// panics and never stops at the first problem: every problem is a
/// [`FundFinding`].
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Authority, Award, Decision, Fund, Money, Period, RuleBook};
/// use thidua::fund::{BudgetCategory, BudgetLine, FundFindingKind};
/// use thidua::history::Recipient;
/// use thidua::id::{PersonId, UnitId};
/// use thidua::law::{AreaClass, FundBasis, SalarySchedule};
/// use thidua::units::Level;
///
/// let commune = UnitId::new("25534")?;
/// let spending = Money::from_dong(18_500_000_000);
/// let mut fund = Fund::new(commune.clone(), Level::Commune, 2025, FundBasis::RecurrentSpending {
///     spending,
///     area: AreaClass::Highland,
/// })
/// .allocate(Money::from_dong(200_000_000))
/// .line(BudgetLine::new("TC".parse()?, BudgetCategory::Organising, Money::from_dong(40_000_000)));
///
/// let d = Decision::new("88/QĐ-UBND".parse()?, NaiveDate::from_ymd_opt(2025, 12, 20).unwrap(), Authority::CommuneChair)
///     .issued_by(commune)
///     .grant(Recipient::Individual(PersonId::new("7")?), Award::GrassrootsEmulationFighter, Period::year(2025)?);
/// let book = RuleBook::national();
/// fund.commit(&d, &d.money(&book, &SalarySchedule::national())?);
///
/// let review = fund.review(&book)?;
/// assert_eq!(review.cap, Money::from_dong(277_500_000)); // 1,5% of 18,5 tỷ
/// assert_eq!(review.committed, Money::from_dong(2_340_000));
/// assert_eq!(review.balance, Money::from_dong(197_660_000));
/// assert!(review.findings.is_empty());
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Fund {
    /// The unit whose fund it is.
    pub owner: UnitId,
    /// The owner's level: a decision signed at another level is not paid
    /// from this fund.
    pub level: Level,
    /// The budget year.
    pub year: i32,
    /// What the cap is a share of.
    pub basis: FundBasis,
    /// The amount allocated to the fund from the budget (trích lập).
    pub allocation: Money,
    /// Contributions of individuals and organisations.
    #[serde(default)]
    pub contributions: Money,
    /// The budget lines.
    #[serde(default)]
    pub lines: Vec<BudgetLine>,
    /// The decisions whose award money the fund pays.
    #[serde(default)]
    pub commitments: Vec<Commitment>,
    /// The balance carried over from the year before (số dư năm trước
    /// chuyển sang); whether the fund articles allow it was not read.
    #[serde(default)]
    pub opening: Money,
    /// Award money recovered from revoked grants (thu hồi tiền thưởng).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recoveries: Vec<Recovered>,
}

/// Award money recovered into the fund from a revoked decision.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Recovered {
    /// The decision revoked.
    pub decision: DecisionNumber,
    /// The day of the revocation.
    #[serde(deserialize_with = "crate::wire::date::deserialize")]
    pub on: NaiveDate,
    /// The amount recovered.
    pub amount: Money,
}

impl Fund {
    /// A fund with nothing allocated, planned or committed yet.
    #[must_use]
    pub fn new(owner: UnitId, level: Level, year: i32, basis: FundBasis) -> Fund {
        Fund {
            owner,
            level,
            year,
            basis,
            allocation: Money::ZERO,
            contributions: Money::ZERO,
            lines: Vec::new(),
            commitments: Vec::new(),
            opening: Money::ZERO,
            recoveries: Vec::new(),
        }
    }

    /// The same fund with `amount` carried over from the year before.
    #[must_use]
    pub fn opening(mut self, amount: Money) -> Fund {
        self.opening = amount;
        self
    }

    /// The fund of the next year, opening with this year's balance
    /// (`report` is this fund's review); its basis and allocation are the
    /// caller's to set. Whether the fund articles allow the carry-over was
    /// not read: the next review says so.
    ///
    /// # Errors
    ///
    /// A year past what chrono can represent.
    pub fn next_year(&self, report: &FundReport, basis: FundBasis) -> Result<Fund> {
        let year = self.year.checked_add(1).ok_or_else(|| {
            Error::out_of_range(
                format!("năm {} không có năm sau", self.year),
                format!("year {} has no next year", self.year),
            )
        })?;
        Ok(Fund::new(self.owner.clone(), self.level, year, basis)
            .opening(report.balance.max(Money::ZERO)))
    }

    /// Records that `amount` of the award money of `decision` was recovered
    /// on `on` after a revocation (the amount a revocation's recovery
    /// reports).
    pub fn recover(&mut self, decision: &DecisionNumber, on: NaiveDate, amount: Money) {
        self.recoveries.push(Recovered {
            decision: decision.clone(),
            on,
            amount,
        });
    }

    /// The same fund with `amount` allocated from the budget.
    #[must_use]
    pub fn allocate(mut self, amount: Money) -> Fund {
        self.allocation = amount;
        self
    }

    /// The same fund with `amount` of contributions.
    #[must_use]
    pub fn contribute(mut self, amount: Money) -> Fund {
        self.contributions = amount;
        self
    }

    /// The same fund with one more budget line.
    #[must_use]
    pub fn line(mut self, line: BudgetLine) -> Fund {
        self.lines.push(line);
        self
    }

    /// Records that the fund pays the award money of `decision`, whose
    /// money is `money`. Whether it should is checked by
    /// [`review`](Fund::review).
    pub fn commit(&mut self, decision: &Decision, money: &DecisionMoney) {
        self.commitments.push(Commitment {
            decision: decision.number.clone(),
            date: decision.date,
            signer: decision.signer,
            issuer: decision.issuer.clone(),
            amount: money.total,
        });
    }

    /// The fund's figures and findings under the regime in force on 1
    /// January of its year (the fund is allocated at the start of the
    /// year).
    ///
    /// # Errors
    ///
    /// A negative amount ([`ErrorKind::OutOfRange`]); a budget line id
    /// listed twice ([`ErrorKind::Duplicate`]); no regime on 1
    /// January of the year ([`ErrorKind::NoRegime`]); a regime without fund
    /// rules ([`ErrorKind::Missing`]); a sum that overflows
    /// ([`ErrorKind::Overflow`]). Every legal problem is a
    /// finding, not an error.
    pub fn review(&self, book: &RuleBook) -> Result<FundReport> {
        let context = || {
            (
                format!("quỹ của '{}' năm {}", self.owner, self.year),
                format!("fund of '{}' for {}", self.owner, self.year),
            )
        };
        let jan1 = NaiveDate::from_ymd_opt(self.year, 1, 1).ok_or_else(|| {
            Error::out_of_range(
                format!("năm {} nằm ngoài phạm vi", self.year),
                format!("year {} is out of range", self.year),
            )
            .context_pair(context())
        })?;
        let regime = book
            .regime_on(jan1)
            .map_err(|e| e.context_pair(context()))?;
        let rules = regime.money().fund().ok_or_else(|| {
            Error::new(
                ErrorKind::Missing,
                format!("chế độ '{}' không có quy định về quỹ", regime.id()),
                format!("regime '{}' has no fund rules", regime.id()),
            )
            .context_pair(context())
        })?;
        self.check_amounts()
            .map_err(|e| e.context_pair(context()))?;
        let overflow = |what_vi: &str, what: &str| {
            Error::overflow(format!("{what_vi} bị tràn số"), format!("{what} overflows"))
                .context_pair(context())
        };
        let (rate, cap_citation) = rules.cap_rate(&self.basis);
        let (_, base) = self.base();
        let cap = base
            .checked_mul(rate)
            .ok_or_else(|| overflow("mức trần", "the cap"))?;
        let total = self
            .allocation
            .checked_add(self.contributions)
            .and_then(|t| t.checked_add(self.opening))
            .ok_or_else(|| overflow("quỹ", "the fund"))?;
        let recovered = Money::sum(self.recoveries.iter().map(|r| r.amount))
            .map_err(|e| e.context_pair(context()))?;
        let sum = |f: &dyn Fn(&BudgetLine) -> Option<Money>| {
            Money::sum(self.lines.iter().filter_map(f)).map_err(|e| e.context_pair(context()))
        };
        let mut categories = Vec::with_capacity(BudgetCategory::ALL.len());
        for &category in BudgetCategory::ALL {
            let planned = sum(&|l| (l.category == category).then_some(l.planned))?;
            let spent = sum(&|l| (l.category == category).then_some(l.spent))?;
            categories.push(CategoryFigures {
                category,
                planned,
                spent,
            });
        }
        let planned = sum(&|l| Some(l.planned))?;
        let spent = sum(&|l| Some(l.spent))?;
        let committed = Money::sum(self.commitments.iter().map(|c| c.amount))
            .map_err(|e| e.context_pair(context()))?;
        let award_spent = categories
            .iter()
            .find(|c| c.category == BudgetCategory::AwardMoney)
            .map_or(Money::ZERO, |c| c.spent);
        let unpaid = committed
            .checked_sub(award_spent)
            .ok_or_else(|| overflow("các khoản đã cam kết", "the commitments"))?
            .max(Money::ZERO);
        let balance = total
            .checked_sub(spent)
            .and_then(|b| b.checked_sub(unpaid))
            .and_then(|b| b.checked_add(recovered))
            .ok_or_else(|| overflow("số dư", "the balance"))?;
        let (spending_regimes, mut unverified) = self.spending_rules(book, regime, rules)?;

        let mut findings = Vec::new();
        if self.allocation > cap {
            findings.push(FundFinding {
                kind: FundFindingKind::AllocationOverCap,
                message_en: format!(
                    "the allocation of {} is above the cap of {} ({}% of {})",
                    self.allocation,
                    cap,
                    percent(rate),
                    base
                ),
                message_vi: format!(
                    "mức trích lập {} vượt mức tối đa {} ({}% của {})",
                    self.allocation,
                    cap,
                    percent(rate),
                    base
                ),
                citation: Some(cap_citation.clone()),
            });
        }
        let organising_cap = total
            .checked_mul(rules.organising_share)
            .ok_or_else(|| overflow("phần chi tổ chức", "the organising share"))?;
        if let Some(org) = categories
            .iter()
            .find(|c| c.category == BudgetCategory::Organising)
        {
            let over = org.planned.max(org.spent);
            if over > organising_cap {
                findings.push(FundFinding {
                    kind: FundFindingKind::OrganisingOverShare,
                    message_en: format!(
                        "organising the movement takes {over}, above {}% of the fund ({organising_cap})",
                        percent(rules.organising_share)
                    ),
                    message_vi: format!(
                        "chi tổ chức phong trào thi đua {over} vượt {}% của quỹ ({organising_cap})",
                        percent(rules.organising_share)
                    ),
                    citation: Some(rules.organising_citation.clone()),
                });
            }
        }
        if balance.is_negative() {
            let deficit = Money::ZERO.checked_sub(balance).unwrap_or(Money::MAX);
            findings.push(FundFinding {
                kind: FundFindingKind::CommitmentsOverBalance,
                message_en: format!(
                    "spending {spent} and unpaid commitments {unpaid} exceed the fund of {total} by {deficit}"
                ),
                message_vi: format!(
                    "số đã chi {spent} và số cam kết chưa chi {unpaid} vượt quỹ {total} là {deficit}"
                ),
                citation: None,
            });
        }
        for c in &self.commitments {
            if let Some(finding) = self.payer_finding(c, rules.payer_citation.as_ref()) {
                findings.push(finding);
            }
        }
        // A regime whose text was not read (from 2026-10-01, and after
        // Decree 152/2025 ends on 2027-03-01): the caps and shares need
        // review.
        if let Some(citation) = regime.unsettled() {
            let (message, message_vi) = (
                format!(
                    "the text of regime '{}' was not read: the caps and shares of {} need review",
                    regime.id(),
                    self.year
                ),
                format!(
                    "văn bản của chế độ \"{}\" chưa được đối chiếu: mức trích và tỷ lệ của năm {} cần xem xét lại",
                    regime.name_vi(),
                    self.year
                ),
            );
            unverified.push(FundFinding {
                kind: FundFindingKind::Unsettled,
                message_en: message,
                message_vi,
                citation: Some(citation),
            });
        }
        Ok(FundReport {
            opening: self.opening,
            recovered,
            spending_regimes,
            unverified,
            regime: regime.id().clone(),
            cap_rate: rate,
            cap,
            total,
            planned,
            committed,
            spent,
            balance,
            categories,
            findings,
        })
    }

    /// The regimes in force on the dates of the fund's spending (its
    /// commitments), the regime of 1 January first, and what rests on texts
    /// not read: a carry-over, recovered money, fund rules that change
    /// within the year.
    fn spending_rules(
        &self,
        book: &RuleBook,
        jan1: &crate::law::Regime,
        rules: &crate::law::FundRules,
    ) -> Result<(Vec<RegimeId>, Vec<FundFinding>)> {
        let mut regimes = vec![jan1.id().clone()];
        let mut notes = Vec::new();
        let mut dates: Vec<NaiveDate> = self.commitments.iter().map(|c| c.date).collect();
        dates.sort_unstable();
        for date in dates {
            let Ok(r) = book.regime_on(date) else {
                continue;
            };
            if regimes.contains(r.id()) {
                continue;
            }
            regimes.push(r.id().clone());
            if let Some(other) = r.money().fund() {
                if other != rules {
                    notes.push(FundFinding {
                        kind: FundFindingKind::RulesChangeWithinYear,
                        message_en: format!(
                            "decisions from {date} fall under '{}', whose fund rules differ from those of 1 January ('{}'): the organising share is {}%",
                            r.id(),
                            jan1.id(),
                            percent(other.organising_share)
                        ),
                        message_vi: format!(
                            "các quyết định từ ngày {} thuộc chế độ \"{}\", quy định về quỹ khác với chế độ ngày 01/01 (\"{}\"): tỷ lệ chi tổ chức phong trào {}%",
                            date.format("%d/%m/%Y"),
                            r.id(),
                            jan1.id(),
                            percent(other.organising_share)
                        ),
                        citation: Some(other.organising_citation.clone()),
                    });
                }
            }
        }
        let fund_article = |note: &'static str| {
            let c = &rules.budget_level_citation;
            let base = Citation::new(c.instrument().clone());
            Some(
                match c.article_number() {
                    Some(a) => base.article(a),
                    None => base,
                }
                .unverified()
                .with_note(note),
            )
        };
        if !self.opening.is_zero() {
            notes.push(FundFinding {
                kind: FundFindingKind::CarryOverUnread,
                message_en: format!(
                    "the fund opens with {} carried over: whether the fund articles allow it was not read",
                    self.opening
                ),
                message_vi: format!(
                    "quỹ có số dư năm trước chuyển sang {}: quy định về chuyển số dư chưa được đối chiếu",
                    self.opening
                ),
                citation: fund_article("Not read: whether and how the fund's balance carries over to the next year."),
            });
        }
        if !self.recoveries.is_empty() {
            notes.push(FundFinding {
                kind: FundFindingKind::RecoveryUnread,
                message_en: "award money recovered from revoked decisions is counted back into the fund: where it goes was not read".to_owned(),
                message_vi: "tiền thưởng thu hồi được tính trở lại quỹ: quy định về nơi nộp lại chưa được đối chiếu".to_owned(),
                citation: Some(
                    Citation::new(crate::citation::Instrument::LAW_06_2022)
                        .unverified()
                        .with_note("Not read: who annuls a decision and where the recovered money goes (Chương VII)."),
                ),
            });
        }
        Ok((regimes, notes))
    }

    /// What the cap is a share of: its name and amount.
    fn base(&self) -> (&'static str, Money) {
        match self.basis {
            FundBasis::SalaryFund { salary_fund } => ("the salary fund", salary_fund),
            FundBasis::RecurrentSpending { spending, .. } => ("the recurrent spending", spending),
        }
    }

    /// Refuses negative amounts and budget lines listed twice: they are
    /// malformed input, not findings.
    fn check_amounts(&self) -> Result<()> {
        let mut ids = std::collections::HashSet::with_capacity(self.lines.len());
        if let Some(twice) = self.lines.iter().find(|l| !ids.insert(&l.id)) {
            return Err(Error::new(
                ErrorKind::Duplicate,
                format!("dòng dự toán '{}' được ghi hai lần", twice.id),
                format!("budget line '{}' is listed twice", twice.id),
            ));
        }
        let (base_name, base) = self.base();
        let named = [
            (base_name.to_string(), base),
            ("the allocation".to_string(), self.allocation),
            ("the contributions".to_string(), self.contributions),
            ("the opening balance".to_string(), self.opening),
        ];
        let lines = self.lines.iter().flat_map(|l| {
            [
                (format!("budget line '{}' planned", l.id), l.planned),
                (format!("budget line '{}' spent", l.id), l.spent),
            ]
        });
        let commitments = self
            .commitments
            .iter()
            .map(|c| (format!("decision {}", c.decision), c.amount));
        let recoveries = self
            .recoveries
            .iter()
            .map(|r| (format!("the recovery of decision {}", r.decision), r.amount));
        for (what, amount) in named
            .into_iter()
            .chain(lines)
            .chain(commitments)
            .chain(recoveries)
        {
            if amount.is_negative() {
                return Err(Error::out_of_range(
                    format!("{what} là {amount}, một số tiền âm"),
                    format!("{what} is {amount}, a negative amount"),
                ));
            }
        }
        Ok(())
    }

    /// Whether the commitment belongs to this fund: the unit it was signed
    /// for, or failing that the signer's level.
    fn payer_finding(&self, c: &Commitment, rule: Option<&Citation>) -> Option<FundFinding> {
        let citation = rule.cloned();
        if let Some(issuer) = &c.issuer {
            return (issuer != &self.owner).then(|| FundFinding {
                kind: FundFindingKind::PaidFromOtherLevel,
                message_en: format!(
                    "decision {} was signed for '{issuer}' but is paid from the fund of '{}'",
                    c.decision, self.owner
                ),
                message_vi: format!(
                    "quyết định {} ban hành cho '{issuer}' nhưng chi từ quỹ của '{}'",
                    c.decision, self.owner
                ),
                citation,
            });
        }
        match signer_level(c.signer) {
            Some(level) if level != self.level => Some(FundFinding {
                kind: FundFindingKind::PaidFromOtherLevel,
                message_en: format!(
                    "decision {} was signed by the {} ({level}) but is paid from a fund of {}",
                    c.decision,
                    c.signer.name_vi(),
                    self.level
                ),
                message_vi: format!(
                    "quyết định {} do {} ({level}) ký nhưng chi từ quỹ {}",
                    c.decision,
                    c.signer.name_vi(),
                    self.level
                ),
                citation,
            }),
            Some(_) => None,
            None => Some(FundFinding {
                kind: FundFindingKind::PayerUnknown,
                message_en: format!(
                    "decision {} names no issuing unit and its signer ({}) has no level of its own: \
                     whether this fund pays it cannot be checked",
                    c.decision,
                    c.signer.name_vi()
                ),
                message_vi: format!(
                    "quyết định {} không ghi đơn vị ban hành và người ký ({}) không gắn với một cấp: \
                     không kiểm tra được nguồn chi",
                    c.decision,
                    c.signer.name_vi()
                ),
                citation: None,
            }),
        }
    }
}

/// The level whose fund pays the decisions of a signer, where the signer
/// alone says it.
fn signer_level(signer: Authority) -> Option<Level> {
    match signer {
        Authority::President | Authority::PrimeMinister | Authority::Minister => {
            Some(Level::Central)
        }
        Authority::ProvincialChair => Some(Level::Province),
        Authority::DistrictChair => Some(Level::District),
        Authority::CommuneChair => Some(Level::Commune),
        _ => None,
    }
}

/// `0.015` → `"1,5"`.
fn percent(rate: Decimal) -> String {
    crate::numfmt::NumberFormat::new()
        .max_decimals(2)
        .format(rate.checked_mul(Decimal::ONE_HUNDRED).unwrap_or(rate))
}

/// The planned and spent amounts of one category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CategoryFigures {
    /// The category.
    pub category: BudgetCategory,
    /// The amount planned.
    pub planned: Money,
    /// The amount spent.
    pub spent: Money,
}

/// What kind of problem a fund review found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum FundFindingKind {
    /// The allocation is above the cap of the basis.
    AllocationOverCap,
    /// Organising the movement takes more than its share of the fund.
    OrganisingOverShare,
    /// Spending and unpaid commitments exceed the fund.
    CommitmentsOverBalance,
    /// A decision signed at another level, or for another unit, is paid from
    /// this fund.
    PaidFromOtherLevel,
    /// A decision's payer cannot be checked: no issuing unit, and a signer
    /// (the head of an agency or enterprise) with no level of its own.
    PayerUnknown,
    /// The rules of the year are not settled: its regime's text was not
    /// read (the bundled regimes from 2026-10-01).
    Unsettled,
    /// A balance carried over from the year before: the rule was not read.
    CarryOverUnread,
    /// Money recovered from revoked decisions: where it goes was not read.
    RecoveryUnread,
    /// Decisions of the year fall under a regime whose fund rules differ
    /// from those of 1 January.
    RulesChangeWithinYear,
}

/// A problem found by [`Fund::review`]: its kind, a message naming the
/// amounts, and the rule it breaks.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FundFinding {
    /// What kind of problem it is.
    pub kind: FundFindingKind,
    /// The problem in Vietnamese, naming the amounts.
    pub message_vi: String,
    /// The problem in English, naming the amounts.
    pub message_en: String,
    /// The rule it breaks, if a rule is written.
    pub citation: Option<Citation>,
}

impl crate::lang::Bilingual for FundFinding {
    /// The Vietnamese message with its citation, as a report prints it.
    fn vi(&self) -> std::borrow::Cow<'_, str> {
        match &self.citation {
            Some(c) => format!("{} ({c:#})", self.message_vi).into(),
            None => self.message_vi.as_str().into(),
        }
    }

    /// The English message with its citation.
    fn en(&self) -> std::borrow::Cow<'_, str> {
        match &self.citation {
            Some(c) => format!("{} ({})", self.message_en, c.en()).into(),
            None => self.message_en.as_str().into(),
        }
    }
}

crate::lang::display_vi!(FundFinding);

/// The figures of a fund for its year, and what is wrong with them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FundReport {
    /// The regime whose fund rules applied (the one of 1 January, when the
    /// fund is allocated).
    pub regime: RegimeId,
    /// The regimes in force on the dates of the fund's decisions, that of 1
    /// January first.
    #[serde(default)]
    pub spending_regimes: Vec<RegimeId>,
    /// The balance carried over from the year before.
    #[serde(default)]
    pub opening: Money,
    /// Award money recovered from revoked decisions, counted back into the
    /// balance.
    #[serde(default)]
    pub recovered: Money,
    /// What rests on texts not read (a carry-over, recovered money, fund
    /// rules that change within the year): each needs review. Kept apart
    /// from `findings`, which are problems.
    #[serde(default)]
    pub unverified: Vec<FundFinding>,
    /// The cap as a share of the basis (0,01, 0,015, 0,2).
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub cap_rate: Decimal,
    /// The largest allowed allocation.
    pub cap: Money,
    /// The fund: allocation plus contributions plus the opening balance.
    pub total: Money,
    /// The sum of the budget lines' plans.
    pub planned: Money,
    /// The award money of the decisions the fund pays.
    pub committed: Money,
    /// The sum of the budget lines' spending.
    pub spent: Money,
    /// The fund less what is spent and less the commitments not yet paid
    /// (commitments above the award money spent), plus the money recovered.
    pub balance: Money,
    /// Planned and spent per category.
    pub categories: Vec<CategoryFigures>,
    /// Every problem found, in the order: cap, organising share, balance,
    /// payers.
    pub findings: Vec<FundFinding>,
}

impl crate::lang::Bilingual for BudgetCategory {
    fn vi(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.name_vi())
    }

    fn en(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(match self {
            BudgetCategory::AwardMoney => "award money",
            BudgetCategory::PrintingAndObjects => "printing and award objects",
            BudgetCategory::Organising => "organising the movement",
        })
    }
}

crate::lang::display_vi!(BudgetCategory);
