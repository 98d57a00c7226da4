//! Pricing awards on a decision date.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::authority::Authority;
use crate::award::{Award, RecipientKind};
use crate::citation::{Citation, Confidence};
use crate::error::{Error, ErrorKind, Result};
use crate::law::{AwardObject, Principle, SalarySchedule, SalaryStep, combine};
use crate::law::{Overlay, Regime, RegimeId, RuleBook};
use crate::money::{Money, Rounding};

/// The prices of awards in decisions signed by one authority on one date:
/// the money tables of the regime in force on that date and the base salary
/// in force on that date.
///
/// An award amount is `multiplier × base salary on the decision date`,
/// rounded **once**, after the combined multiplier is formed (a collective's
/// Giấy khen is `2 × 0.15`, a household's is `1.5 × 0.3`):
///
/// | decree | base | award | exact | ceiling (default) | nearest |
/// |---|---|---|---|---|---|
/// | 91/2017 | 1.490.000 | Tập thể lao động tiên tiến, 0,8 | 1.192.000 | 1.200.000 | 1.190.000 |
/// | 91/2017 | 1.490.000 | Giấy khen of a commune chair, 0,15 | 223.500 | 230.000 | 220.000 |
/// | 152/2025 | 2.340.000 | Lao động tiên tiến, 0,3 | 702.000 | 710.000 | 700.000 |
/// | 152/2025 | 2.340.000 | Giấy khen to a household, 1,5 × 0,3 | 1.053.000 | 1.060.000 | 1.050.000 |
///
/// # Example
///
/// The awards of a district's 2021 review, signed by the district chair on
/// 2021-12-20 (Decree 91/2017, base salary 1.490.000 đồng):
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Authority, Award, Money, RecipientKind, RuleBook, Tariff};
/// use thidua::law::SalarySchedule;
///
/// let book = RuleBook::national();
/// let salaries = SalarySchedule::national();
/// let date = NaiveDate::from_ymd_opt(2021, 12, 20).unwrap();
/// let tariff = Tariff::new(&book, &salaries, date, Authority::DistrictChair)?;
///
/// let ttldtt = tariff.amount(Award::AdvancedCollective, RecipientKind::Collective)?;
/// assert_eq!(ttldtt.exact, Money::from_dong(1_192_000));
/// assert_eq!(ttldtt.amount, Money::from_dong(1_200_000)); // rounded up
///
/// use RecipientKind::{Collective, Individual};
/// let total = tariff.total([
///     (Award::AdvancedCollective, Collective, 60),
///     (Award::AdvancedWorker, Individual, 1000),
///     (Award::GrassrootsEmulationFighter, Individual, 129),
///     (Award::CertificateOfCommendation, Collective, 346),
///     (Award::CertificateOfCommendation, Individual, 542),
/// ])?;
/// assert_eq!(total, Money::from_dong(1_269_510_000));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Tariff<'a> {
    regime: &'a Regime,
    base: &'a SalaryStep,
    date: NaiveDate,
    signer: Authority,
    rounding: Rounding,
    overlay: Option<&'a Overlay>,
}

impl<'a> Tariff<'a> {
    /// The prices for decisions of `signer` on `date`, rounded the decrees'
    /// way ([`Rounding::CeilTenThousand`]).
    ///
    /// # Errors
    ///
    /// No regime of `book`, or no base salary of `salaries`, is in force on
    /// `date` ([`ErrorKind::NoRegime`](crate::ErrorKind::NoRegime)).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::law::SalarySchedule;
    /// use thidua::{Authority, ErrorKind, RegimeId, RuleBook, Tariff};
    ///
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::CommuneChair)?;
    /// assert_eq!(tariff.regime().id(), &RegimeId::DECREE_152_2025);
    ///
    /// let before = NaiveDate::from_ymd_opt(2013, 6, 30).unwrap();
    /// let err = Tariff::new(&book, &salaries, before, Authority::CommuneChair).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::NoRegime);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn new(
        book: &'a RuleBook,
        salaries: &'a SalarySchedule,
        date: NaiveDate,
        signer: Authority,
    ) -> Result<Tariff<'a>> {
        Ok(Tariff {
            regime: book.regime_on(date)?,
            base: salaries.on(date)?,
            date,
            signer,
            rounding: Rounding::default(),
            overlay: None,
        })
    }

    /// The same prices with another rounding mode.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::law::SalarySchedule;
    /// use thidua::{Authority, Award, Money, RecipientKind, RuleBook, Tariff};
    ///
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::CommuneChair)?;
    /// use thidua::Rounding;
    ///
    /// // Reconciling a report that rounded to the nearest 10.000 đồng.
    /// let nearest = tariff.rounding(Rounding::NearestHalfUpTenThousand);
    /// let ldtt = nearest.amount(Award::AdvancedWorker, RecipientKind::Individual)?;
    /// assert_eq!(ldtt.amount, Money::from_dong(700_000)); // 702.000
    /// assert_eq!(tariff.amount(Award::AdvancedWorker, RecipientKind::Individual)?.amount, Money::from_dong(710_000));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn rounding(mut self, mode: Rounding) -> Tariff<'a> {
        self.rounding = mode;
        self
    }

    /// The same prices with the money of the awards `overlay` defines (a
    /// province's own titles).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Authority, Money, Overlay, RecipientKind, RuleBook, Tariff};
    /// use thidua::law::SalarySchedule;
    ///
    /// let overlay = Overlay::from_toml(r#"
    /// schema = "thidua-overlay@1"
    /// name = "Quy định tỉnh A"
    /// citation = { cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
    /// in_force = { from = "2025-07-01" }
    /// [[awards]]
    /// id = "lao_dong_gioi_tinh_a"
    /// name_vi = "Lao động giỏi"
    /// name_en = "Good Worker"
    /// kind = "emulation_title"
    /// recipients = ["individual"]
    /// rank = 115
    /// route = "annual_title"
    /// rating = { value = "excellent", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
    /// money = { recipient = "individual", multiplier = "0.5", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
    /// "#, "tinh-a.toml")?;
    /// let good = overlay.award("Lao động giỏi")?;
    /// let book = RuleBook::national();
    /// let salaries = SalarySchedule::national();
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::ProvincialChair)?.with_overlay(&overlay);
    /// // 0,5 × 2.340.000 = 1.170.000 đồng.
    /// assert_eq!(tariff.amount(good, RecipientKind::Individual)?.amount, Money::from_dong(1_170_000));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn with_overlay(mut self, overlay: &'a Overlay) -> Tariff<'a> {
        self.overlay = Some(overlay);
        self
    }

    /// The regime in force on the date.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::law::SalarySchedule;
    /// use thidua::{Authority, Award, Money, RecipientKind, RuleBook, Tariff};
    ///
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::CommuneChair)?;
    /// use thidua::RegimeId;
    ///
    /// assert_eq!(tariff.regime().id(), &RegimeId::DECREE_152_2025);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn regime(&self) -> &'a Regime {
        self.regime
    }

    /// The base salary in force on the date.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::law::SalarySchedule;
    /// use thidua::{Authority, Award, Money, RecipientKind, RuleBook, Tariff};
    ///
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::CommuneChair)?;
    ///
    /// assert_eq!(tariff.base_salary().amount, Money::from_dong(2_340_000));
    /// assert_eq!(tariff.base_salary().citation.instrument().number(), "73/2024/NĐ-CP");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn base_salary(&self) -> &'a SalaryStep {
        self.base
    }

    /// The decision date.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::law::SalarySchedule;
    /// use thidua::{Authority, Award, Money, RecipientKind, RuleBook, Tariff};
    ///
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::CommuneChair)?;
    ///
    /// assert_eq!(tariff.date(), on);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The signer.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::law::SalarySchedule;
    /// use thidua::{Authority, Award, Money, RecipientKind, RuleBook, Tariff};
    ///
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::CommuneChair)?;
    ///
    /// assert_eq!(tariff.signer(), Authority::CommuneChair);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn signer(&self) -> Authority {
        self.signer
    }

    /// The rounding mode.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::law::SalarySchedule;
    /// use thidua::{Authority, Award, Money, RecipientKind, RuleBook, Tariff};
    ///
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::CommuneChair)?;
    /// use thidua::Rounding;
    ///
    /// assert_eq!(tariff.rounding_mode(), Rounding::CeilTenThousand);
    /// assert_eq!(tariff.rounding(Rounding::None).rounding_mode(), Rounding::None);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn rounding_mode(&self) -> Rounding {
        self.rounding
    }

    /// The money `award` pays one `recipient`.
    ///
    /// # Errors
    ///
    /// The regime sets no money for the award and recipient
    /// ([`ErrorKind::Missing`](crate::ErrorKind::Missing)), or the amount
    /// overflows.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::law::SalarySchedule;
    /// use thidua::{Authority, Award, Money, RecipientKind, RuleBook, Tariff};
    ///
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::CommuneChair)?;
    /// use rust_decimal::Decimal;
    /// use thidua::ErrorKind;
    ///
    /// let v = tariff.amount(Award::CulturalVillage, RecipientKind::Village)?;
    /// assert_eq!(v.multiplier, Decimal::new(15, 1));
    /// assert_eq!(v.amount, Money::from_dong(3_510_000));
    /// // "Gia đình văn hóa" carries no money.
    /// let err = tariff.amount(Award::CulturalFamily, RecipientKind::Household).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Missing);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn amount(&self, award: Award, recipient: RecipientKind) -> Result<AwardAmount> {
        self.price(award, recipient, None)
    }

    /// The money `award` pays one `recipient` when the issuing body pays
    /// `multiplier` under a cap ("không quá": the Kỷ niệm chương), or under
    /// its own rule where the regime sets none.
    ///
    /// # Errors
    ///
    /// A multiplier above the regime's cap, or one that is negative
    /// ([`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange)); a fixed
    /// rate that `multiplier` differs from; an overflow.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::law::SalarySchedule;
    /// use thidua::{Authority, Award, Money, RecipientKind, RuleBook, Tariff};
    ///
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::CommuneChair)?;
    /// use rust_decimal::Decimal;
    ///
    /// // A Kỷ niệm chương pays at most 0,6 ×; the issuing body pays 0,5.
    /// let medal = tariff.amount_at(Award::CommemorativeMedal, RecipientKind::Individual, Decimal::new(5, 1))?;
    /// assert_eq!(medal.amount, Money::from_dong(1_170_000));
    /// // Above the cap is refused.
    /// assert!(tariff.amount_at(Award::CommemorativeMedal, RecipientKind::Individual, Decimal::ONE).is_err());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn amount_at(
        &self,
        award: Award,
        recipient: RecipientKind,
        multiplier: Decimal,
    ) -> Result<AwardAmount> {
        self.price(award, recipient, Some(multiplier))
    }

    /// The money `award` pays one `recipient` when the issuing body pays
    /// `amount` đồng under a cap ("không quá": the Kỷ niệm chương), or
    /// under its own rule where the regime sets none. The amount is paid as
    /// given: no rounding applies to it.
    ///
    /// # Errors
    ///
    /// An amount above the cap (the cap's exact product, `multiplier ×
    /// base salary`), or a negative one
    /// ([`ErrorKind::OutOfRange`](crate::ErrorKind::OutOfRange)); an amount
    /// that differs from a fixed rate's; an overflow.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::law::SalarySchedule;
    /// use thidua::{Authority, Award, Money, RecipientKind, RuleBook, Tariff};
    ///
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::Minister)?;
    ///
    /// // "Không quá 0,6" of 2.340.000 đồng: at most 1.404.000 đồng.
    /// let medal = tariff.amount_in_dong(Award::CommemorativeMedal, RecipientKind::Individual, Money::from_dong(1_404_000))?;
    /// assert_eq!(medal.amount, Money::from_dong(1_404_000));
    /// assert!(medal.unsettled_by.is_none());
    /// assert!(tariff.amount_in_dong(Award::CommemorativeMedal, RecipientKind::Individual, Money::from_dong(1_410_000)).is_err());
    /// // A fixed rate takes its own amount only.
    /// assert!(tariff.amount_in_dong(Award::AdvancedWorker, RecipientKind::Individual, Money::from_dong(710_000)).is_ok());
    /// assert!(tariff.amount_in_dong(Award::AdvancedWorker, RecipientKind::Individual, Money::from_dong(700_000)).is_err());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn amount_in_dong(
        &self,
        award: Award,
        recipient: RecipientKind,
        amount: Money,
    ) -> Result<AwardAmount> {
        let context = || {
            (
                format!("{} ngày {}", self.regime.id(), self.date),
                format!("{} on {}", self.regime.id(), self.date),
            )
        };
        if amount.is_negative() {
            return Err(Error::out_of_range(
                format!("số tiền âm {amount} cho \"{award}\""),
                format!("negative amount {amount} for '{award}'"),
            )
            .context_pair(context()));
        }
        let multiplier = if self.base.amount.is_zero() {
            Decimal::ZERO
        } else {
            amount
                .dong()
                .checked_div(self.base.amount.dong())
                .map(|d| d.normalize())
                .ok_or_else(|| {
                    Error::overflow(
                        format!("{amount} / {} bị tràn số", self.base.amount),
                        format!("{amount} / {} overflows", self.base.amount),
                    )
                    .context_pair(context())
                })?
        };
        match self.price(award, recipient, None) {
            Ok(full) if full.at_most => {
                if amount > full.exact {
                    return Err(Error::out_of_range(
                        format!(
                            "số tiền {amount} cho \"{award}\" vượt mức tối đa {} ({} × {})",
                            full.exact, full.multiplier, self.base.amount
                        ),
                        format!(
                            "amount {amount} for '{award}' is above the cap of {} ({} × {})",
                            full.exact, full.multiplier, self.base.amount
                        ),
                    )
                    .context_pair(context()));
                }
                Ok(AwardAmount {
                    multiplier,
                    exact: amount,
                    amount,
                    rounding: Rounding::None,
                    rounding_citation: None,
                    unsettled_by: self.regime.unsettled(),
                    ..full
                })
            }
            Ok(fixed) if fixed.amount == amount => Ok(fixed),
            Ok(fixed) => Err(Error::out_of_range(
                format!(
                    "số tiền {amount} cho \"{award}\" khác mức cố định {}",
                    fixed.amount
                ),
                format!(
                    "amount {amount} for '{award}' differs from the fixed amount {}",
                    fixed.amount
                ),
            )
            .context_pair(context())),
            // No rate: the issuing body's own amount, of no citation.
            Err(e) if e.kind() == ErrorKind::Missing => {
                let mut own = self.price(award, recipient, Some(multiplier))?;
                own.exact = amount;
                own.amount = amount;
                own.rounding = Rounding::None;
                own.rounding_citation = None;
                Ok(own)
            }
            Err(e) => Err(e),
        }
    }

    fn price(
        &self,
        award: Award,
        recipient: RecipientKind,
        chosen: Option<Decimal>,
    ) -> Result<AwardAmount> {
        let context = || {
            (
                format!("{} ngày {}", self.regime.id(), self.date),
                format!("{} on {}", self.regime.id(), self.date),
            )
        };
        if let Some(x) = chosen.filter(|x| x.is_sign_negative() && !x.is_zero()) {
            return Err(Error::out_of_range(
                format!("hệ số âm {x} cho '{award}'"),
                format!("negative multiplier {x} for '{award}'"),
            )
            .context_pair(context()));
        }
        let rules = self.regime.money();
        let local = self
            .regime
            .awards()
            .iter()
            .find(|r| r.award() == award)
            .or_else(|| self.overlay.and_then(|o| o.award_rules(award)))
            .and_then(|r| r.money().iter().find(|rate| rate.recipient == recipient));
        let found = match local {
            Some(rate) => Ok((rate, None)),
            None if award.is_local() => Err(Error::new(
                ErrorKind::Missing,
                format!(
                    "chưa quy định mức tiền thưởng của '{award}' cho {}: tính bằng quy định địa phương đặt ra danh hiệu đó (Tariff::with_overlay)",
                    recipient.name_vi()
                ),
                format!(
                    "no award money is set for '{award}' to a {}: price it with the overlay that defines it (Tariff::with_overlay)",
                    recipient.name_vi()
                ),
            )),
            None => rules.lookup(award, recipient, self.signer),
        };
        // The cap's full multiplier, for a rate "không quá".
        let mut cap = None;
        let (multiplier, at_most, objects, rate_citation, factor_citation) = match (found, chosen) {
            (Ok((rate, factor)), chosen) => {
                let full = combine(rate, factor)?;
                let multiplier = match chosen {
                    None => full,
                    Some(x) if rate.at_most && x <= full => x,
                    Some(x) if rate.at_most => {
                        return Err(Error::out_of_range(
                            format!("hệ số {x} cho '{award}' vượt mức tối đa {full}"),
                            format!("multiplier {x} for '{award}' is above the cap of {full}"),
                        )
                        .context_pair(context()));
                    }
                    Some(x) if x == full => x,
                    Some(x) => {
                        return Err(Error::out_of_range(
                            format!("hệ số {x} cho '{award}' khác mức cố định {full}"),
                            format!(
                                "multiplier {x} for '{award}' differs from the fixed rate {full}"
                            ),
                        )
                        .context_pair(context()));
                    }
                };
                if rate.at_most {
                    cap = Some(full);
                }
                let factor_citation = factor.map(|f| f.citation.clone());
                (
                    multiplier,
                    rate.at_most,
                    rate.objects.clone(),
                    Some(rate.citation.clone()),
                    factor_citation,
                )
            }
            // No rate: the issuing body's own multiplier, of no citation.
            (Err(e), Some(x)) if e.kind() == ErrorKind::Missing => {
                (x, false, Vec::new(), None, None)
            }
            (Err(e), _) => return Err(e.context_pair(context())),
        };
        let rounding_citation = match self.rounding {
            Rounding::CeilTenThousand => rules.principle(Principle::RoundUpToTenThousand).cloned(),
            _ => None,
        };
        let overflow = || {
            Error::overflow(
                format!("{} × {multiplier} bị tràn số", self.base.amount),
                format!("{} × {multiplier} overflows", self.base.amount),
            )
            .context_pair(context())
        };
        let exact = self
            .base
            .amount
            .checked_mul(multiplier)
            .ok_or_else(overflow)?;
        let mut amount = exact.round(self.rounding)?;
        let mut unsettled_by = self.regime.unsettled();
        if let Some(cap) = cap {
            // A cap is a cap: rounding never lifts the amount above it; it
            // is rounded down to the ten thousand instead. Whether rounding
            // applies to a cap at all is not read: an amount it changes
            // needs review.
            let ceiling = self.base.amount.checked_mul(cap).ok_or_else(overflow)?;
            if amount > ceiling {
                amount = floor_ten_thousand(ceiling).ok_or_else(overflow)?;
            }
            if amount != exact && unsettled_by.is_none() {
                unsettled_by = Some(rules.cap_rounding().cloned().unwrap_or_else(|| {
                    rules
                        .principle(Principle::RoundUpToTenThousand)
                        .cloned()
                        .unwrap_or_else(|| Citation::new(self.base.citation.instrument().clone()))
                        .unverified()
                }));
            }
        }
        Ok(AwardAmount {
            award,
            recipient,
            regime: self.regime.id().clone(),
            multiplier,
            base_salary: self.base.amount,
            exact,
            amount,
            rounding: self.rounding,
            at_most,
            objects,
            rate_citation,
            factor_citation,
            base_salary_citation: self.base.citation.clone(),
            rounding_citation,
            unsettled_by,
        })
    }

    /// The total money of `count` recipients for each `(award, recipient)`:
    /// each recipient's amount is rounded, then multiplied.
    ///
    /// # Errors
    ///
    /// As [`amount`](Tariff::amount), or a total that overflows.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::law::SalarySchedule;
    /// use thidua::{Authority, Award, Money, RecipientKind, RuleBook, Tariff};
    ///
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::CommuneChair)?;
    ///
    /// let total = tariff.total([
    ///     (Award::AdvancedWorker, RecipientKind::Individual, 40),
    ///     (Award::GrassrootsEmulationFighter, RecipientKind::Individual, 6),
    /// ])?;
    /// // 40 × 710.000 + 6 × 2.340.000
    /// assert_eq!(total, Money::from_dong(42_440_000));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn total(
        &self,
        items: impl IntoIterator<Item = (Award, RecipientKind, u64)>,
    ) -> Result<Money> {
        items
            .into_iter()
            .try_fold(Money::ZERO, |acc, (award, recipient, count)| {
                let one = self.amount(award, recipient)?.amount;
                one.checked_times(count)
                    .and_then(|line| acc.checked_add(line))
                    .ok_or_else(|| {
                        Error::overflow(
                            format!("tổng của {count} × '{award}' bị tràn số"),
                            format!("the total of {count} × '{award}' overflows"),
                        )
                    })
            })
    }
}

/// The largest multiple of 10.000 đồng not above `m` (for `m ≥ 0`).
fn floor_ten_thousand(m: Money) -> Option<Money> {
    let step = Decimal::from(10_000);
    let rest = m.dong().checked_rem(step)?;
    m.dong()
        .checked_sub(rest)
        .map(|d| Money::new(d.normalize()))
}

/// The money of one award to one recipient, with how it was computed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AwardAmount {
    /// The award.
    pub award: Award,
    /// Who receives it.
    pub recipient: RecipientKind,
    /// The regime whose tables priced it.
    pub regime: RegimeId,
    /// The combined multiplier of the base salary (rate × collective or
    /// household factor), formed before rounding.
    #[serde(with = "rust_decimal::serde::str")]
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    pub multiplier: Decimal,
    /// The base salary on the decision date.
    pub base_salary: Money,
    /// `multiplier × base_salary`, before rounding.
    pub exact: Money,
    /// The amount paid: `exact`, rounded once.
    pub amount: Money,
    /// How `exact` was rounded.
    pub rounding: Rounding,
    /// Whether the multiplier is a cap the issuing body may pay less than.
    pub at_most: bool,
    /// The objects that come with the award.
    pub objects: Vec<AwardObject>,
    /// Where the rate is written; `None` for a multiplier of the caller's
    /// own (see [`Tariff::amount_at`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_citation: Option<Citation>,
    /// Where the collective or household factor is written, if one applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub factor_citation: Option<Citation>,
    /// Where the base salary is set.
    pub base_salary_citation: Citation,
    /// Where the rounding rule is written, when the decrees' rounding was
    /// applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rounding_citation: Option<Citation>,
    /// Why the amount is not settled, if it is not: the regime's text was
    /// not read ([`Regime::unsettled`]; from 2027-03-01, when Decree
    /// 152/2025 is reported to end, the bundled regime is unverified), or
    /// the amount is a cap ("không quá") that rounding changed, which no
    /// text read settles ([`MoneyRules::cap_rounding`](crate::law::MoneyRules::cap_rounding)).
    /// The amount is then never more certain than this citation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsettled_by: Option<Citation>,
}

impl AwardAmount {
    /// Every citation the amount rests on: rate, factor, base salary,
    /// rounding, and what leaves it unsettled (see
    /// [`unsettled_by`](AwardAmount::unsettled_by)).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::law::SalarySchedule;
    /// use thidua::{Authority, Award, Money, RecipientKind, RuleBook, Tariff};
    ///
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::CommuneChair)?;
    ///
    /// let paper = tariff.amount(Award::CertificateOfCommendation, RecipientKind::Household)?;
    /// let cited: Vec<String> = paper.citations().map(|c| c.to_short()).collect();
    /// // The rate, the household factor, the base salary and the rounding rule.
    /// assert_eq!(cited.len(), 4);
    /// assert!(cited.iter().all(|c| c.contains("NĐ-CP")), "{cited:?}");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn citations(&self) -> impl Iterator<Item = &Citation> {
        self.rate_citation
            .iter()
            .chain(&self.factor_citation)
            .chain(std::iter::once(&self.base_salary_citation))
            .chain(&self.rounding_citation)
            .chain(&self.unsettled_by)
    }

    /// The lowest confidence of the citations the amount rests on; an
    /// amount of the caller's own multiplier is
    /// [`Unverified`](Confidence::Unverified).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::law::SalarySchedule;
    /// use thidua::{Authority, Award, Money, RecipientKind, RuleBook, Tariff};
    ///
    /// let (book, salaries) = (RuleBook::national(), SalarySchedule::national());
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let tariff = Tariff::new(&book, &salaries, on, Authority::CommuneChair)?;
    /// use rust_decimal::Decimal;
    /// use thidua::Confidence;
    ///
    /// let ldtt = tariff.amount(Award::AdvancedWorker, RecipientKind::Individual)?;
    /// assert!(ldtt.confidence().is_decisive());
    /// // A multiplier of the caller's own, where the regime sets none, is unverified.
    /// let own = tariff.amount_at(Award::CulturalFamily, RecipientKind::Household, Decimal::new(1, 1))?;
    /// assert_eq!(own.confidence(), Confidence::Unverified);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn confidence(&self) -> Confidence {
        if self.rate_citation.is_none() {
            return Confidence::Unverified;
        }
        self.citations()
            .map(Citation::confidence)
            .min()
            .unwrap_or(Confidence::Unverified)
    }
}
