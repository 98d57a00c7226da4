//! Award decisions (quyết định khen thưởng) and the money they pay.
// Money and counts: every operator that could overflow is a checked call
// instead.
#![deny(clippy::arithmetic_side_effects)]

mod document;
mod signing;
mod tariff;

pub use document::{AnnexRow, DecisionDocument};

pub use signing::AuthorityIssue;
pub use tariff::{AwardAmount, Tariff};
mod highest;

pub use highest::HighestOnlyScope;
pub(crate) use highest::{HighestOnly, Line};

use std::collections::{HashMap, HashSet};
use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::authority::Authority;
use crate::award::Award;
use crate::citation::Citation;
use crate::error::{Error, ErrorKind, Result};
use crate::history::{CommendationKind, Conferral, DecisionRef, Recipient};
use crate::id::{DecisionNumber, UnitId};
use crate::lang::Bilingual;
use crate::law::{MoneyRules, Principle, RegimeId, RuleBook, SalarySchedule, TitleAndForm};
use crate::money::{Money, Rounding};
use crate::period::Period;

/// One grant of a decision: a recipient, an award and the achievement
/// period it is for (thời gian lập thành tích).
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Grant {
    /// Who receives the award.
    pub recipient: Recipient,
    /// The award.
    pub award: Award,
    /// The achievement period written in the decision.
    pub period: Period,
    /// The multiplier the issuing body pays when the regime sets only a cap
    /// (the Kỷ niệm chương) or no amount (a local award); `None` pays the
    /// regime's rate.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rust_decimal::serde::str_option"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>"))]
    pub multiplier: Option<Decimal>,
    /// The amount in đồng the issuing body pays under a cap ("không quá":
    /// the Kỷ niệm chương), or where the regime sets no amount; `None` pays
    /// the regime's rate (or [`multiplier`](Grant::multiplier)). Given with
    /// a multiplier, the two must agree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// The kind of commendation (thường xuyên, đột xuất, …), if the
    /// decision says; kept in the conferrals it records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CommendationKind>,
}

/// An award decision (quyết định khen thưởng): number, date, signer and
/// grants (who receives which award for which achievement period).
///
/// [`Decision::money`]
/// prices every grant with the regime and base salary in force on the
/// decision date and applies the regime's rules for several awards at once:
///
/// | a recipient gets, in one decision … | pays | legal basis |
/// |---|---|---|
/// | several titles for the **same** achievement period (CSTĐCS and LĐTT for 2021) | the highest only | Decree 91/2017 Art. 66 k2 c ("trong cùng một thời điểm, cùng một thành tích … nhận mức tiền thưởng cao nhất"); Decree 152/2025 Art. 49 k5, second sentence |
/// | titles for **different** periods, even overlapping ones (CSTĐCS 2024 and CSTĐ tỉnh 2022–2024) | each | Decree 42/2010 Art. 68 k2 d ("các danh hiệu đó có thời gian để đạt được thành tích khác nhau thì được nhận tiền thưởng của các danh hiệu"); Decree 98/2023 Art. 53; Decree 152/2025 Art. 49 k5, first sentence |
/// | several commendation forms | each | Decree 98/2023 Art. 53; Decree 152/2025 Art. 49 k6 |
/// | a title **and** a form | both (see [`TitleAndForm`]) | Decree 98/2023 Art. 53; Decree 152/2025 Art. 49 k7; for Decree 91/2017 a documented reading |
///
/// "At once" is read as "in one decision": a title paid by an earlier
/// decision is not looked at again. A provincial rule that pays one
/// recipient only the highest of all its titles in a decision, whatever
/// their periods (Ninh Thuận QĐ 02/2015 Art. 38 k2 c), is
/// [`HighestOnlyScope::AllPeriods`], chosen with
/// [`PayOptions::highest_only`]. Each rule applied is a [`MoneyNote`] of
/// the result, with its citation.
///
/// # Example
///
/// A commune chair's decision of 2021-12-20 (Decree 91/2017, base salary
/// 1.490.000 đồng): a person who is both "Chiến sĩ thi đua cơ sở" and "Lao
/// động tiên tiến" for 2021 is paid the higher title only.
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Authority, Award, Decision, Money, Period, RuleBook};
/// use thidua::history::Recipient;
/// use thidua::id::PersonId;
/// use thidua::law::SalarySchedule;
///
/// let an = Recipient::Individual(PersonId::new("001")?);
/// let binh = Recipient::Individual(PersonId::new("002")?);
/// let y2021 = Period::year(2021)?;
/// let decision = Decision::new("120/QĐ-UBND".parse()?, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap(), Authority::CommuneChair)
///     .grant(an.clone(), Award::GrassrootsEmulationFighter, y2021)
///     .grant(an.clone(), Award::AdvancedWorker, y2021)
///     .grant(binh.clone(), Award::AdvancedWorker, y2021);
///
/// let money = decision.money(&RuleBook::national(), &SalarySchedule::national())?;
/// assert_eq!(money.lines[0].paid, Money::from_dong(1_490_000));
/// assert_eq!(money.lines[1].paid, Money::ZERO); // the lower title of the same year
/// assert_eq!(money.total, Money::from_dong(1_940_000));
/// assert_eq!(money.for_recipient(&an), Money::from_dong(1_490_000));
/// assert_eq!(money.total.to_string(), "1.940.000 đồng");
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Decision {
    /// The number, e.g. `"1520/QĐ-UBND"`.
    pub number: DecisionNumber,
    /// The day it was signed: it selects the regime and the base salary.
    #[serde(deserialize_with = "crate::wire::date::deserialize")]
    pub date: NaiveDate,
    /// Who signed it.
    pub signer: Authority,
    /// The unit whose head or chair signed it (the commune, the agency):
    /// the award money is paid from that unit's fund (Law 06/2022 Art. 11
    /// k4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<UnitId>,
    /// The grants, in the order of the decision. On the wire the key is
    /// required: a decision without it is refused rather than read as
    /// granting nothing.
    pub grants: Vec<Grant>,
}

impl Decision {
    /// A decision with no grants yet.
    #[must_use]
    pub fn new(number: DecisionNumber, date: NaiveDate, signer: Authority) -> Decision {
        Decision {
            number,
            date,
            signer,
            issuer: None,
            grants: Vec::new(),
        }
    }

    /// The same decision, signed for `issuer` (whose fund pays).
    #[must_use]
    pub fn issued_by(mut self, issuer: UnitId) -> Decision {
        self.issuer = Some(issuer);
        self
    }

    /// The same decision with one more grant at the regime's rate.
    #[must_use]
    pub fn grant(self, recipient: Recipient, award: Award, period: Period) -> Decision {
        self.grant_many([recipient], award, period)
    }

    /// The same decision granting one award for one period to each of
    /// `recipients`, in their order, at the regime's rate: the annex of a
    /// decision that names twelve "Lao động tiên tiến".
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Authority, Award, Decision, Money, Period, RuleBook};
    /// use thidua::history::Recipient;
    /// use thidua::id::PersonId;
    /// use thidua::law::SalarySchedule;
    ///
    /// let staff = ["001", "002", "003"]
    ///     .into_iter()
    ///     .map(|id| PersonId::new(id).map(Recipient::Individual))
    ///     .collect::<Result<Vec<_>, _>>()?;
    /// let on = NaiveDate::from_ymd_opt(2021, 12, 20).unwrap();
    /// let decision = Decision::new("120/QĐ-UBND".parse()?, on, Authority::CommuneChair)
    ///     .grant_many(staff, Award::AdvancedWorker, Period::year(2021)?);
    /// assert_eq!(decision.grants.len(), 3);
    /// let money = decision.money(&RuleBook::national(), &SalarySchedule::national())?;
    /// assert_eq!(money.total, Money::from_dong(3 * 450_000));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn grant_many(
        mut self,
        recipients: impl IntoIterator<Item = Recipient>,
        award: Award,
        period: Period,
    ) -> Decision {
        self.grants
            .extend(recipients.into_iter().map(|recipient| Grant {
                recipient,
                award,
                period,
                multiplier: None,
                amount: None,
                kind: None,
            }));
        self
    }

    /// The same decision with one more grant at an amount in đồng of the
    /// issuing body's own (at or under a cap, or where the regime sets no
    /// amount).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Authority, Award, Decision, Money, Period, RuleBook};
    /// use thidua::history::Recipient;
    /// use thidua::id::PersonId;
    /// use thidua::law::SalarySchedule;
    ///
    /// // A Kỷ niệm chương pays "không quá 0,6" of 2.340.000 = 1.404.000 đồng.
    /// let an = Recipient::Individual(PersonId::new("001")?);
    /// let d = Decision::new("15/QĐ-BNV".parse()?, NaiveDate::from_ymd_opt(2025, 12, 20).unwrap(), Authority::Minister)
    ///     .grant_amount(an, Award::CommemorativeMedal, Period::year(2025)?, Money::from_dong(1_000_000));
    /// let money = d.money(&RuleBook::national(), &SalarySchedule::national())?;
    /// assert_eq!(money.total, Money::from_dong(1_000_000));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn grant_amount(
        mut self,
        recipient: Recipient,
        award: Award,
        period: Period,
        amount: Money,
    ) -> Decision {
        self.grants.push(Grant {
            recipient,
            award,
            period,
            multiplier: None,
            amount: Some(amount),
            kind: None,
        });
        self
    }

    /// The same decision with its last grant of this kind of commendation
    /// (a decision "khen thưởng đột xuất", "quá trình cống hiến" …); the
    /// conferrals it records keep the kind.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Authority, Award, Decision, Period};
    /// use thidua::history::{CommendationKind, Recipient};
    /// use thidua::id::PersonId;
    ///
    /// let an = Recipient::Individual(PersonId::new("001")?);
    /// let d = Decision::new("15/QĐ-UBND".parse()?, NaiveDate::from_ymd_opt(2025, 12, 20).unwrap(), Authority::ProvincialChair)
    ///     .grant(an.clone(), Award::MinistryOrProvinceCertificateOfMerit, Period::year(2025)?)
    ///     .of_kind(CommendationKind::OneOff);
    /// assert_eq!(d.conferrals_of(&an)[0].kind, Some(CommendationKind::OneOff));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn of_kind(mut self, kind: CommendationKind) -> Decision {
        if let Some(g) = self.grants.last_mut() {
            g.kind = Some(kind);
        }
        self
    }

    /// The same decision with one more grant at a multiplier of the issuing
    /// body's own (under a cap, or where the regime sets no amount).
    #[must_use]
    pub fn grant_at(
        mut self,
        recipient: Recipient,
        award: Award,
        period: Period,
        multiplier: Decimal,
    ) -> Decision {
        self.grants.push(Grant {
            recipient,
            award,
            period,
            multiplier: Some(multiplier),
            amount: None,
            kind: None,
        });
        self
    }

    /// The reference a conferral in a recipient's history keeps.
    #[must_use]
    pub fn reference(&self) -> DecisionRef {
        DecisionRef {
            number: self.number.clone(),
            date: self.date,
            signer: self.signer,
        }
    }

    /// What the decision conferred on `recipient`, as entries of its
    /// award history.
    #[must_use]
    pub fn conferrals_of(&self, recipient: &Recipient) -> Vec<Conferral> {
        self.grants
            .iter()
            .filter(|g| &g.recipient == recipient)
            .map(|g| {
                let mut c = Conferral::new(g.award, g.period);
                c.decision = Some(self.reference());
                c.kind = g.kind;
                c
            })
            .collect()
    }

    /// The money of the decision, rounded the decrees' way.
    ///
    /// # Errors
    ///
    /// As [`money_with`](Decision::money_with).
    pub fn money(&self, book: &RuleBook, salaries: &SalarySchedule) -> Result<DecisionMoney> {
        self.money_with(book, salaries, PayOptions::default())
    }

    /// The money of the decision under `options`.
    ///
    /// A grant the regime sets no money for is not an error: its line says
    /// so ([`Pay::NoMoney`]) and pays nothing.
    ///
    /// # Errors
    ///
    /// No regime or base salary on the decision date
    /// ([`ErrorKind::NoRegime`]); a grant for a period that begins after
    /// the decision date ([`ErrorKind::OutOfRange`]; a period not over yet
    /// is one of the [`checks`](DecisionMoney::checks)); a recipient
    /// given the same award for the same period twice ([`ErrorKind::Duplicate`]); a grant's own
    /// multiplier above the cap or against a fixed rate
    /// ([`ErrorKind::OutOfRange`]); a total that overflows
    /// ([`ErrorKind::Overflow`]).
    ///
    /// # Example
    ///
    /// A title and a Giấy khen of a commune chair for 2021: both paid and
    /// rounded up by default; a province's exact figures, or its policy of
    /// the higher amount only, reconciled with options.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::*;
    /// use thidua::{authority::*, award::*, campaigns::*, citation::*, collectives::*, decision::*, eligibility::*, facts::*, fund::*, history::*, id::*, law::*, money::*, people::*, population::*, units::*};
    ///
    /// let binh = Recipient::Individual(PersonId::new("002")?);
    /// let y2021 = Period::year(2021)?;
    /// let d = Decision::new("121/QĐ-UBND".parse()?, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap(), Authority::CommuneChair)
    ///     .grant(binh.clone(), Award::AdvancedWorker, y2021)
    ///     .grant(binh, Award::CertificateOfCommendation, y2021);
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    ///
    /// assert_eq!(d.money(&book, &salaries)?.total, Money::from_dong(450_000 + 230_000));
    /// let exact = d.money_with(&book, &salaries, PayOptions::default().rounding(Rounding::None))?;
    /// assert_eq!(exact.total, Money::from_dong(447_000 + 223_500));
    /// let higher = PayOptions::default().title_and_form(TitleAndForm::HighestOnly);
    /// assert_eq!(d.money_with(&book, &salaries, higher)?.total, Money::from_dong(450_000));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn money_with(
        &self,
        book: &RuleBook,
        salaries: &SalarySchedule,
        options: PayOptions,
    ) -> Result<DecisionMoney> {
        let context = || {
            (
                format!("quyết định {}", self.number),
                format!("decision {}", self.number),
            )
        };
        let tariff = Tariff::new(book, salaries, self.date, self.signer)
            .map_err(|e| e.context_pair(context()))?
            .rounding(options.rounding);
        let rules = tariff.regime().money();
        let title_and_form = options.title_and_form.unwrap_or(rules.title_and_form());
        let mut checks = Vec::new();
        // The date against the periods it rewards: a period not begun is
        // a mistake; one not over yet is said.
        for g in &self.grants {
            if g.period.from() > self.date {
                return Err(Error::out_of_range(
                    format!(
                        "quyết định ngày {} nhưng khen thưởng '{}' cho {}, bắt đầu sau ngày đó",
                        self.date, g.award, g.period
                    ),
                    format!(
                        "it is dated {} but rewards '{}' for {}, which begins after it",
                        self.date,
                        g.award,
                        g.period.en()
                    ),
                )
                .context_pair(context()));
            }
            if g.period.last_day().is_some_and(|last| self.date < last) && checks.is_empty() {
                checks.push(MoneyNote {
                    kind: MoneyNoteKind::DecidedBeforePeriodEnds,
                    citation: None,
                });
            }
        }
        let mut seen = HashSet::with_capacity(self.grants.len());
        for g in &self.grants {
            if !seen.insert((&g.recipient, g.award, g.period)) {
                return Err(Error::new(
                    ErrorKind::Duplicate,
                    format!(
                        "{} được tặng '{}' cho {} hai lần",
                        label(&g.recipient),
                        g.award,
                        g.period
                    ),
                    format!(
                        "{} is granted '{}' for {} twice",
                        label_en(&g.recipient),
                        g.award,
                        g.period.en()
                    ),
                )
                .context_pair(context()));
            }
        }
        let mut lines = Vec::with_capacity(self.grants.len());
        for g in &self.grants {
            let priced = match (g.multiplier, g.amount) {
                (None, None) => tariff.amount(g.award, g.recipient.kind()),
                (Some(x), None) => tariff.amount_at(g.award, g.recipient.kind(), x),
                (None, Some(m)) => tariff.amount_in_dong(g.award, g.recipient.kind(), m),
                (Some(x), Some(m)) => tariff.amount_at(g.award, g.recipient.kind(), x).and_then(
                    |a| {
                        if a.amount == m {
                            Ok(a)
                        } else {
                            Err(Error::out_of_range(
                                format!(
                                    "khoản tặng '{}' trả {m} nhưng hệ số {x} của nó cho {}",
                                    g.award, a.amount
                                ),
                                format!(
                                    "the grant of '{}' pays {m} but its multiplier {x} gives {}",
                                    g.award, a.amount
                                ),
                            ))
                        }
                    },
                ),
            };
            let pay = match priced {
                Ok(amount) => Pay::Paid(amount),
                Err(e) if e.kind() == ErrorKind::Missing => Pay::NoMoney,
                Err(e) => return Err(e.context_pair(context())),
            };
            lines.push(DecisionLine {
                recipient: g.recipient.clone(),
                award: g.award,
                period: g.period,
                paid: Money::ZERO,
                pay,
            });
        }
        let mut notes = Vec::new();
        supersede(&mut lines, options.highest_only, title_and_form, &mut notes);
        for line in &mut lines {
            if let Pay::Paid(a) = &line.pay {
                line.paid = a.amount;
            }
        }
        if lines.iter().any(|l| matches!(l.pay, Pay::NoMoney)) {
            notes.push(MoneyNoteKind::NoMoneyRule);
        }
        let notes = cite(notes, rules, title_and_form);
        // What leaves every amount unsettled: a regime whose text was not
        // read (the bundled one from 2026-10-01, and the one after Decree
        // 152/2025 ends on 2027-03-01).
        let regime_unsettled = tariff.regime().unsettled();
        if let Some(citation) = &regime_unsettled {
            checks.push(MoneyNote {
                kind: MoneyNoteKind::UnverifiedRegime,
                citation: Some(citation.clone()),
            });
        }
        // An amount left unsettled by its own rule (a rounded cap).
        let own = lines.iter().find_map(|l| match &l.pay {
            Pay::Paid(a) => a
                .unsettled_by
                .as_ref()
                .filter(|c| regime_unsettled.as_ref() != Some(*c)),
            _ => None,
        });
        if let Some(citation) = own {
            checks.push(MoneyNote {
                kind: MoneyNoteKind::UnsettledAmount,
                citation: Some(citation.clone()),
            });
        }
        let total =
            Money::sum(lines.iter().map(|l| l.paid)).map_err(|e| e.context_pair(context()))?;
        let by_recipient = totals(lines.iter().map(|l| (&l.recipient, l.paid)))
            .map_err(|e| e.context_pair(context()))?;
        Ok(DecisionMoney {
            number: self.number.clone(),
            date: self.date,
            regime: tariff.regime().id().clone(),
            base_salary: tariff.base_salary().amount,
            rounding: options.rounding,
            title_and_form,
            highest_only: options.highest_only,
            lines,
            total,
            by_recipient,
            notes,
            checks,
        })
    }
}

/// Marks the lines that are not paid because another line of the same
/// recipient pays more ([`HighestOnly`], recipient by recipient), and notes
/// the rules that did it.
fn supersede(
    lines: &mut [DecisionLine],
    scope: HighestOnlyScope,
    policy: TitleAndForm,
    notes: &mut Vec<MoneyNoteKind>,
) {
    // The lines of each recipient, in order of first appearance.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    {
        let mut index: HashMap<&Recipient, usize> = HashMap::new();
        for (i, line) in lines.iter().enumerate() {
            match index.get(&line.recipient).and_then(|&g| groups.get_mut(g)) {
                Some(group) => group.push(i),
                None => {
                    index.insert(&line.recipient, groups.len());
                    groups.push(vec![i]);
                }
            }
        }
    }
    let mut rule = HighestOnly::default();
    let mut priced: Vec<Line> = Vec::new();
    // (line, the line paid instead, why)
    let mut superseded: Vec<(usize, usize, MoneyNoteKind)> = Vec::new();
    let (mut both_paid, mut each_paid) = (false, false);
    for group in &groups {
        priced.clear();
        priced.extend(group.iter().filter_map(|&i| lines.get(i)).map(|l| Line {
            award: l.award,
            period: l.period,
            amount: match &l.pay {
                Pay::Paid(a) => Some(a.amount),
                _ => None,
            },
        }));
        let found = rule.apply(&priced, scope, policy);
        both_paid |= found.title_and_form_both_paid;
        each_paid |= found.different_periods_each_paid;
        for (k, s) in rule.superseded().iter().enumerate() {
            if let (Some(&i), Some((by, kind))) = (group.get(k), s) {
                if let Some(&by) = group.get(*by) {
                    superseded.push((i, by, *kind));
                }
            }
        }
    }
    superseded.sort_unstable_by_key(|&(i, _, _)| i);
    for (i, by, kind) in superseded {
        if !notes.contains(&kind) {
            notes.push(kind);
        }
        if let Some(line) = lines.get_mut(i) {
            if let Pay::Paid(a) = &line.pay {
                line.pay = Pay::Superseded {
                    by,
                    amount: a.clone(),
                };
            }
        }
    }
    if each_paid {
        notes.push(MoneyNoteKind::DifferentPeriodsEachPaid);
    }
    if both_paid {
        notes.push(MoneyNoteKind::TitleAndFormBothPaid);
    }
}

/// The notes of `kinds`, each with the citation of its rule: the regime's
/// where the regime cites it (for titles of different periods, Decree
/// 42/2010 Art. 68 k2 d where it cites none); the scope's own for one
/// recipient's highest only; none for a title-and-form policy the caller
/// chose over the regime's.
pub(crate) fn cite(
    kinds: Vec<MoneyNoteKind>,
    rules: &MoneyRules,
    title_and_form: TitleAndForm,
) -> Vec<MoneyNote> {
    kinds
        .into_iter()
        .map(|kind| MoneyNote {
            kind,
            citation: match kind {
                MoneyNoteKind::SamePeriodHighestOnly => {
                    rules.principle(Principle::SamePeriodHighestOnly).cloned()
                }
                // Decree 91/2017 cites no clause of its own for this: the
                // clause of Decree 42/2010 it replaced was read.
                MoneyNoteKind::DifferentPeriodsEachPaid => Some(
                    rules
                        .principle(Principle::DifferentPeriodsEachPay)
                        .cloned()
                        .unwrap_or_else(highest::different_periods_decree_42),
                ),
                MoneyNoteKind::AllPeriodsHighestOnly => Some(highest::all_periods_ninh_thuan()),
                // The regime's clause backs its own policy only, not a
                // caller's override of it.
                MoneyNoteKind::TitleAndFormBothPaid | MoneyNoteKind::TitleAndFormHighestOnly
                    if title_and_form == rules.title_and_form() =>
                {
                    rules.principle(Principle::TitleAndForm).cloned()
                }
                _ => None,
            },
        })
        .collect()
}

/// `cá nhân '001'`, `hộ gia đình 'h1'`: a recipient named in a message.
fn label_en(r: &Recipient) -> String {
    let id: &dyn fmt::Display = match r {
        Recipient::Individual(id) => id,
        Recipient::Collective(id)
        | Recipient::Household(id)
        | Recipient::Village(id)
        | Recipient::Commune(id) => id,
    };
    format!("{} '{id}'", r.kind().en())
}

fn label(r: &Recipient) -> String {
    let id: &dyn fmt::Display = match r {
        Recipient::Individual(id) => id,
        Recipient::Collective(id)
        | Recipient::Household(id)
        | Recipient::Village(id)
        | Recipient::Commune(id) => id,
    };
    format!("{} '{id}'", r.kind().name_vi())
}

/// Options for pricing a decision.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct PayOptions {
    /// How each amount is rounded (default: up to the next 10.000 đồng).
    pub rounding: Rounding,
    /// Overrides the regime's policy for a title and a form at once (e.g.
    /// a province that paid only the higher amount under Decree 91/2017).
    pub title_and_form: Option<TitleAndForm>,
    /// Which titles of one recipient compete for "only the highest"
    /// (default: those of the same achievement period, the law's reading).
    #[serde(default)]
    pub highest_only: HighestOnlyScope,
}

impl PayOptions {
    /// The same options with another rounding mode.
    #[must_use]
    pub fn rounding(mut self, rounding: Rounding) -> PayOptions {
        self.rounding = rounding;
        self
    }

    /// The same options with another policy for a title and a form at once.
    #[must_use]
    pub fn title_and_form(mut self, policy: TitleAndForm) -> PayOptions {
        self.title_and_form = Some(policy);
        self
    }

    /// The same options with another scope of "only the highest": e.g.
    /// [`HighestOnlyScope::AllPeriods`] for a provincial rule that pays one
    /// recipient only the highest of all its titles in a decision.
    #[must_use]
    pub fn highest_only(mut self, scope: HighestOnlyScope) -> PayOptions {
        self.highest_only = scope;
        self
    }
}

/// Whether and how a grant is paid.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "pay", rename_all = "snake_case")]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Pay {
    /// Paid this amount.
    Paid(AwardAmount),
    /// Not paid: line `by` pays the same recipient more for the same period
    /// (several titles of one period, or a title and a form under
    /// [`TitleAndForm::HighestOnly`]), or for any period under
    /// [`HighestOnlyScope::AllPeriods`]. `amount` is what it would pay
    /// alone.
    Superseded {
        /// The index of the line that is paid instead.
        by: usize,
        /// What this grant would pay alone.
        amount: AwardAmount,
    },
    /// The regime sets no money for this award and recipient (e.g. "Gia
    /// đình văn hóa"): nothing is paid.
    NoMoney,
    /// Paid, then recovered: the grant was revoked (thu hồi tiền thưởng).
    /// `amount` is what had been paid.
    Revoked {
        /// What had been paid.
        amount: AwardAmount,
        /// The day of the revocation.
        on: NaiveDate,
    },
}

/// The money of one grant.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DecisionLine {
    /// Who receives the award.
    pub recipient: Recipient,
    /// The award.
    pub award: Award,
    /// The achievement period.
    pub period: Period,
    /// What is paid: the amount if [`Pay::Paid`], else zero.
    pub paid: Money,
    /// Why.
    pub pay: Pay,
}

/// A rule that shaped a decision's money, said in the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum MoneyNoteKind {
    /// Several titles of one period: only the highest was paid.
    SamePeriodHighestOnly,
    /// A title and a form of one period were both paid.
    TitleAndFormBothPaid,
    /// A title and a form of one period: only the higher was paid.
    TitleAndFormHighestOnly,
    /// Some grants carry no money under the regime.
    NoMoneyRule,
    /// Titles of different achievement periods (even overlapping ones) were
    /// each paid ([`HighestOnlyScope::SamePeriod`]).
    DifferentPeriodsEachPaid,
    /// Awards of different periods: only the highest was paid
    /// ([`HighestOnlyScope::AllPeriods`], a provincial rule).
    AllPeriodsHighestOnly,
    /// The decision is dated before an achievement period it rewards ends.
    DecidedBeforePeriodEnds,
    /// The regime's text was not read: every amount needs review (from
    /// 2027-03-01, when Decree 152/2025 is reported to end, the money
    /// tables and the base salary are not known).
    UnverifiedRegime,
    /// An amount rests on a rule that was not read: a cap ("không quá", the
    /// Kỷ niệm chương) rounded, whose rounding no text settles
    /// ([`AwardAmount::unsettled_by`]).
    UnsettledAmount,
}

impl MoneyNoteKind {
    /// The note in Vietnamese.
    #[must_use]
    pub fn message_vi(self) -> &'static str {
        match self {
            MoneyNoteKind::SamePeriodHighestOnly => {
                "nhiều danh hiệu thi đua cùng thời gian lập thành tích: chỉ nhận tiền thưởng của danh hiệu cao nhất"
            }
            MoneyNoteKind::TitleAndFormBothPaid => {
                "vừa được tặng danh hiệu thi đua vừa được khen thưởng: nhận tiền thưởng của cả hai"
            }
            MoneyNoteKind::TitleAndFormHighestOnly => {
                "vừa được tặng danh hiệu thi đua vừa được khen thưởng: chỉ nhận mức tiền thưởng cao nhất"
            }
            MoneyNoteKind::NoMoneyRule => "có hình thức không kèm mức tiền thưởng theo quy định",
            MoneyNoteKind::DifferentPeriodsEachPaid => {
                "các danh hiệu thi đua có thời gian lập thành tích khác nhau: nhận tiền thưởng của từng danh hiệu"
            }
            MoneyNoteKind::AllPeriodsHighestOnly => {
                "nhiều danh hiệu, hình thức khen thưởng trong cùng một quyết định, dù thời gian lập thành tích khác nhau: chỉ nhận mức tiền thưởng cao nhất"
            }
            MoneyNoteKind::DecidedBeforePeriodEnds => {
                "quyết định ký trước khi kết thúc thời gian lập thành tích được khen thưởng"
            }
            MoneyNoteKind::UnverifiedRegime => {
                "văn bản của chế độ áp dụng chưa được đối chiếu: mức tiền thưởng cần xem xét lại"
            }
            MoneyNoteKind::UnsettledAmount => {
                "có mức tiền thưởng \"không quá\" được làm tròn mà chưa có quy định về việc làm tròn: cần xem xét lại"
            }
        }
    }

    /// The note in English.
    #[must_use]
    pub fn message_en(self) -> &'static str {
        match self {
            MoneyNoteKind::SamePeriodHighestOnly => {
                "several titles for the same period: only the highest is paid"
            }
            MoneyNoteKind::TitleAndFormBothPaid => {
                "a title and a commendation form at once: both are paid"
            }
            MoneyNoteKind::TitleAndFormHighestOnly => {
                "a title and a commendation form at once: only the higher is paid"
            }
            MoneyNoteKind::NoMoneyRule => "some awards carry no money under the regime",
            MoneyNoteKind::DifferentPeriodsEachPaid => {
                "titles for different achievement periods: each is paid"
            }
            MoneyNoteKind::AllPeriodsHighestOnly => {
                "several awards in one decision, whatever their periods: only the highest is paid"
            }
            MoneyNoteKind::DecidedBeforePeriodEnds => {
                "the decision is dated before an achievement period it rewards ends"
            }
            MoneyNoteKind::UnverifiedRegime => {
                "the text of the regime was not read: the amounts need review"
            }
            MoneyNoteKind::UnsettledAmount => {
                "an amount capped by 'không quá' was rounded, and no text settles that rounding: it needs review"
            }
        }
    }
}

/// A note of a decision's money: the rule and where it is written, with the
/// confidence of the reading (the Decree 91/2017 reading that a title and a
/// form are both paid is secondhand, and says so).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MoneyNote {
    /// The rule.
    pub kind: MoneyNoteKind,
    /// Where it is written, if the regime cites it; `None` for a policy
    /// the caller chose over the regime's ([`PayOptions::title_and_form`]).
    /// A scope of "only the highest" the caller chose carries its own
    /// ([`HighestOnlyScope::citations`]).
    pub citation: Option<Citation>,
}

impl Bilingual for MoneyNote {
    /// `"<message> (<citation>)"`, the citation marked when not verified.
    fn vi(&self) -> std::borrow::Cow<'_, str> {
        match &self.citation {
            Some(c) => format!("{} ({c:#})", self.kind.message_vi()).into(),
            None => self.kind.message_vi().into(),
        }
    }

    /// The note in English, with its citation.
    fn en(&self) -> std::borrow::Cow<'_, str> {
        match &self.citation {
            Some(c) => format!("{} ({})", self.kind.message_en(), c.en()).into(),
            None => self.kind.message_en().into(),
        }
    }
}

crate::lang::display_vi!(MoneyNote);

/// The money of a decision: a line per grant, the total, the totals per
/// recipient and the notes on the rules applied.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DecisionMoney {
    /// The decision number.
    pub number: DecisionNumber,
    /// The decision date.
    #[serde(deserialize_with = "crate::wire::date::deserialize")]
    pub date: NaiveDate,
    /// The regime in force on the date.
    pub regime: RegimeId,
    /// The base salary in force on the date.
    pub base_salary: Money,
    /// How each amount was rounded.
    pub rounding: Rounding,
    /// The policy applied to a title and a form at once.
    pub title_and_form: TitleAndForm,
    /// Which titles of one recipient competed for "only the highest".
    #[serde(default)]
    pub highest_only: HighestOnlyScope,
    /// A line per grant, in the order of the decision.
    pub lines: Vec<DecisionLine>,
    /// The sum of the lines' `paid`.
    pub total: Money,
    /// The total per recipient, in order of first appearance.
    pub by_recipient: Vec<(Recipient, Money)>,
    /// The rules that shaped the money.
    pub notes: Vec<MoneyNote>,
    /// What the decision's date leaves to check: a period it rewards not
    /// over yet ([`MoneyNoteKind::DecidedBeforePeriodEnds`]), a regime
    /// whose text was not read ([`MoneyNoteKind::UnverifiedRegime`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<MoneyNote>,
}

impl DecisionMoney {
    /// What `recipient` is paid by the decision (zero if not named).
    #[must_use]
    pub fn for_recipient(&self, recipient: &Recipient) -> Money {
        self.by_recipient
            .iter()
            .find(|(r, _)| r == recipient)
            .map_or(Money::ZERO, |(_, m)| *m)
    }

    /// The money per award, in order of first appearance: how many lines
    /// grant it, how many of them are paid, and what they pay — the rows
    /// of a decision's summary ("12 Lao động tiên tiến: 5.400.000 đồng").
    ///
    /// # Errors
    ///
    /// A sum that overflows ([`ErrorKind::Overflow`]); it cannot for a
    /// result of [`Decision::money`], whose total is the sum of all lines.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Authority, Award, Decision, Money, Period, RuleBook};
    /// use thidua::history::Recipient;
    /// use thidua::id::PersonId;
    /// use thidua::law::SalarySchedule;
    ///
    /// let an = Recipient::Individual(PersonId::new("001")?);
    /// let binh = Recipient::Individual(PersonId::new("002")?);
    /// let y2021 = Period::year(2021)?;
    /// let on = NaiveDate::from_ymd_opt(2021, 12, 20).unwrap();
    /// let money = Decision::new("120/QĐ-UBND".parse()?, on, Authority::CommuneChair)
    ///     .grant(an.clone(), Award::GrassrootsEmulationFighter, y2021)
    ///     .grant_many([an, binh], Award::AdvancedWorker, y2021)
    ///     .money(&RuleBook::national(), &SalarySchedule::national())?;
    /// let rows = money.by_award()?;
    /// assert_eq!(rows[0].award, Award::GrassrootsEmulationFighter);
    /// assert_eq!(rows[0].paid, Money::from_dong(1_490_000));
    /// // An's LĐTT of the same year is superseded by the higher title.
    /// assert_eq!((rows[1].lines, rows[1].paid_lines), (2, 1));
    /// assert_eq!(rows[1].paid, Money::from_dong(450_000));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn by_award(&self) -> Result<Vec<AwardMoney>> {
        let mut out: Vec<AwardMoney> = Vec::new();
        for line in &self.lines {
            let at = match out.iter().position(|r| r.award == line.award) {
                Some(at) => at,
                None => {
                    out.push(AwardMoney {
                        award: line.award,
                        lines: 0,
                        paid_lines: 0,
                        paid: Money::ZERO,
                    });
                    out.len().saturating_sub(1)
                }
            };
            let Some(row) = out.get_mut(at) else { continue };
            row.lines = row.lines.saturating_add(1);
            if matches!(line.pay, Pay::Paid(_)) {
                row.paid_lines = row.paid_lines.saturating_add(1);
            }
            row.paid = row.paid.checked_add(line.paid).ok_or_else(|| {
                Error::overflow(
                    format!("tổng tiền thưởng \"{}\" bị tràn số", line.award),
                    format!("the total of '{}' overflows", line.award.name_en()),
                )
            })?;
        }
        Ok(out)
    }
}

/// The money of one award in a decision ([`DecisionMoney::by_award`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct AwardMoney {
    /// The award.
    pub award: Award,
    /// How many lines grant it.
    pub lines: usize,
    /// How many of them are paid ([`Pay::Paid`]).
    pub paid_lines: usize,
    /// What they pay together.
    pub paid: Money,
}

/// The total per recipient over several decisions, in order of first
/// appearance.
///
/// # Errors
///
/// A total that overflows ([`ErrorKind::Overflow`]).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::*;
/// use thidua::{authority::*, award::*, campaigns::*, citation::*, collectives::*, decision::*, eligibility::*, facts::*, fund::*, history::*, id::*, law::*, money::*, people::*, population::*, units::*};
///
/// let an = Recipient::Individual(PersonId::new("001")?);
/// let on = NaiveDate::from_ymd_opt(2021, 12, 20).unwrap();
/// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
/// let titles = Decision::new("120/QĐ-UBND".parse()?, on, Authority::CommuneChair)
///     .grant(an.clone(), Award::AdvancedWorker, Period::year(2021)?)
///     .money(&book, &salaries)?;
/// let merit = Decision::new("122/QĐ-UBND".parse()?, on, Authority::CommuneChair)
///     .grant(an.clone(), Award::CertificateOfCommendation, Period::year(2021)?)
///     .money(&book, &salaries)?;
/// let totals = totals_by_recipient([&titles, &merit])?;
/// assert_eq!(totals, [(an, Money::from_dong(450_000 + 230_000))]);
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn totals_by_recipient<'a>(
    decisions: impl IntoIterator<Item = &'a DecisionMoney>,
) -> Result<Vec<(Recipient, Money)>> {
    totals(
        decisions
            .into_iter()
            .flat_map(|d| d.by_recipient.iter().map(|(r, m)| (r, *m))),
    )
}

/// Sums amounts per recipient, in order of first appearance.
fn totals<'a>(
    amounts: impl Iterator<Item = (&'a Recipient, Money)>,
) -> Result<Vec<(Recipient, Money)>> {
    let mut out: Vec<(Recipient, Money)> = Vec::new();
    let mut index: HashMap<&Recipient, usize> = HashMap::new();
    for (r, m) in amounts {
        match index.get(r).and_then(|&i| out.get_mut(i)) {
            Some((_, sum)) => {
                *sum = sum.checked_add(m).ok_or_else(|| {
                    Error::overflow(
                        format!("tổng của {} bị tràn số", label(r)),
                        format!("the total of {} overflows", label_en(r)),
                    )
                })?;
            }
            None => {
                index.insert(r, out.len());
                out.push((r.clone(), m));
            }
        }
    }
    Ok(out)
}

crate::lang::bilingual_labels!(MoneyNoteKind, message_vi, message_en);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::PersonId;
    use crate::period::ymd;

    fn person(id: &str) -> Recipient {
        Recipient::Individual(PersonId::new(id).unwrap())
    }

    fn y(year: i32) -> Period {
        Period::year(year).unwrap()
    }

    fn price(d: &Decision) -> DecisionMoney {
        d.money(&RuleBook::national(), &SalarySchedule::national())
            .unwrap()
    }

    #[test]
    fn same_period_titles_pay_the_highest_only() {
        let d = Decision::new(
            "1/QĐ".parse().unwrap(),
            ymd(2021, 12, 20),
            Authority::CommuneChair,
        )
        .grant(person("a"), Award::AdvancedWorker, y(2021))
        .grant(person("a"), Award::GrassrootsEmulationFighter, y(2021));
        let m = price(&d);
        assert!(matches!(m.lines[0].pay, Pay::Superseded { by: 1, .. }));
        assert_eq!(m.lines[0].paid, Money::ZERO);
        assert_eq!(m.total, Money::from_dong(1_490_000));
        assert_eq!(m.notes[0].kind, MoneyNoteKind::SamePeriodHighestOnly);
        assert_eq!(
            m.notes[0].to_string(),
            "nhiều danh hiệu thi đua cùng thời gian lập thành tích: chỉ nhận tiền thưởng của danh hiệu cao nhất \
             (điểm c khoản 2 Điều 66 Nghị định số 91/2017/NĐ-CP (nguồn thứ cấp))"
        );
    }

    #[test]
    fn different_periods_each_pay() {
        let d = Decision::new(
            "2/QĐ".parse().unwrap(),
            ymd(2021, 12, 20),
            Authority::CommuneChair,
        )
        .grant(person("a"), Award::AdvancedWorker, y(2020))
        .grant(person("a"), Award::AdvancedWorker, y(2021));
        assert_eq!(price(&d).total, Money::from_dong(900_000));
    }

    #[test]
    fn a_title_and_a_form_under_decree_91_is_a_policy_that_says_so() {
        let d = Decision::new(
            "3/QĐ".parse().unwrap(),
            ymd(2021, 12, 20),
            Authority::CommuneChair,
        )
        .grant(person("a"), Award::AdvancedWorker, y(2021))
        .grant(person("a"), Award::CertificateOfCommendation, y(2021));
        let both = price(&d);
        assert_eq!(both.total, Money::from_dong(450_000 + 230_000));
        assert_eq!(both.title_and_form, TitleAndForm::BothPay);
        let note = &both.notes[0];
        assert_eq!(note.kind, MoneyNoteKind::TitleAndFormBothPaid);
        assert!(
            note.to_string()
                .ends_with("(khoản 2 Điều 66 Nghị định số 91/2017/NĐ-CP (nguồn thứ cấp))"),
            "{note}"
        );
        let options = PayOptions::default().title_and_form(TitleAndForm::HighestOnly);
        let highest = d
            .money_with(&RuleBook::national(), &SalarySchedule::national(), options)
            .unwrap();
        assert_eq!(highest.total, Money::from_dong(450_000));
        assert!(matches!(
            highest.lines[1].pay,
            Pay::Superseded { by: 0, .. }
        ));
        assert_eq!(
            highest.notes[0].kind,
            MoneyNoteKind::TitleAndFormHighestOnly
        );
        // The caller's policy: the clause read as "both" does not back it.
        assert_eq!(highest.notes[0].citation, None);
    }

    #[test]
    fn grants_without_money_and_duplicates() {
        let household = Recipient::Household(UnitId::new("h1").unwrap());
        let d = Decision::new(
            "4/QĐ".parse().unwrap(),
            ymd(2025, 11, 20),
            Authority::CommuneChair,
        )
        .grant(household.clone(), Award::CulturalFamily, y(2025));
        let m = price(&d);
        assert_eq!(m.lines[0].pay, Pay::NoMoney);
        assert_eq!(m.total, Money::ZERO);
        assert_eq!(m.notes[0].kind, MoneyNoteKind::NoMoneyRule);
        let local = Decision::new(
            "5/QĐ".parse().unwrap(),
            ymd(2025, 11, 20),
            Authority::CommuneChair,
        )
        .grant_at(
            household.clone(),
            Award::CulturalFamily,
            y(2025),
            Decimal::new(1, 1),
        );
        assert_eq!(price(&local).total, Money::from_dong(240_000));
        let dup = d.clone().grant(household, Award::CulturalFamily, y(2025));
        let err = dup
            .money(&RuleBook::national(), &SalarySchedule::national())
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Duplicate);
        assert_eq!(
            err.en(),
            "decision 4/QĐ: household 'h1' is granted 'Gia đình văn hóa' for 2025 twice"
        );
    }
}
