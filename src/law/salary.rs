//! The base salary (mức lương cơ sở) over time.

use chrono::NaiveDate;

use crate::citation::Citation;
use crate::error::{Error, ErrorKind, Result};
use crate::money::Money;

/// One step of the base-salary schedule: the amount in force from a date
/// until the next step, and the instrument that set it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SalaryStep {
    /// The first day the amount is in force.
    pub from: NaiveDate,
    /// The monthly base salary.
    pub amount: Money,
    /// The instrument (article, clause) that set it, with how sure we are.
    pub citation: Citation,
}

/// The base salary (mức lương cơ sở) in force on each date: the amount award
/// money is a multiple of.
///
/// The amount that counts is the one in force on the day the award decision
/// is signed, not in the year of the achievement (Decree 91/2017 Art. 68 k1;
/// Decree 98/2023 Art. 53; Decree 152/2025 Art. 49 k1).
///
/// [`SalarySchedule::national`] is the bundled schedule:
///
/// | from | đồng / month | set by | confidence |
/// |---|---|---|---|
/// | 2013-07-01 | 1.150.000 | Decree 66/2013/NĐ-CP | secondhand |
/// | 2016-05-01 | 1.210.000 | Decree 47/2016/NĐ-CP | unverified (the decree number) |
/// | 2017-07-01 | 1.300.000 | Decree 47/2017/NĐ-CP | unverified (the decree number) |
/// | 2018-07-01 | 1.390.000 | Decree 72/2018/NĐ-CP | secondhand |
/// | 2019-07-01 | 1.490.000 | Decree 38/2019/NĐ-CP | secondhand |
/// | 2023-07-01 | 1.800.000 | Decree 24/2023/NĐ-CP | verified |
/// | 2024-07-01 | 2.340.000 | Decree 73/2024/NĐ-CP Art. 3 k2 | verified |
/// | 2026-07-01 | 2.530.000 | Decree 161/2026/NĐ-CP Art. 3 k2 | verified |
///
/// The 1.600.000 planned for 2020-07-01 was never applied (Resolution
/// 122/2020/QH14 put it off), so 1.490.000 runs to 2023-06-30.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::Money;
/// use thidua::law::SalarySchedule;
///
/// let schedule = SalarySchedule::national();
/// let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(schedule.on(on(2021, 12, 20))?.amount, Money::from_dong(1_490_000));
/// assert_eq!(schedule.on(on(2024, 6, 30))?.amount, Money::from_dong(1_800_000));
/// assert_eq!(schedule.on(on(2024, 7, 1))?.amount, Money::from_dong(2_340_000));
/// assert!(schedule.on(on(2013, 6, 30)).is_err());
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(into = "Vec<SalaryStep>")]
pub struct SalarySchedule {
    steps: Vec<SalaryStep>,
}

impl SalarySchedule {
    /// A schedule of the caller's own, in any order: a reform, an
    /// earlier history, a province's test of a proposed amount.
    ///
    /// # Errors
    ///
    /// No steps ([`ErrorKind::Missing`]), two steps on the same day
    /// ([`ErrorKind::Duplicate`]), or an amount that is not positive
    /// ([`ErrorKind::OutOfRange`]).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Citation, ErrorKind, Money};
    /// use thidua::citation::{Instrument, InstrumentKind};
    /// use thidua::law::{SalarySchedule, SalaryStep};
    ///
    /// // A test of a proposed amount from 2027-07-01.
    /// let proposal = Citation::new(Instrument::new(InstrumentKind::Decree, "dự thảo", "Dự thảo nghị định về mức lương cơ sở")).unverified();
    /// let mut steps = SalarySchedule::national().steps().to_vec();
    /// steps.push(SalaryStep {
    ///     from: NaiveDate::from_ymd_opt(2027, 7, 1).unwrap(),
    ///     amount: Money::from_dong(2_800_000),
    ///     citation: proposal,
    /// });
    /// let mine = SalarySchedule::new(steps)?;
    /// assert_eq!(mine.on(NaiveDate::from_ymd_opt(2027, 12, 20).unwrap())?.amount, Money::from_dong(2_800_000));
    /// assert_eq!(SalarySchedule::new(vec![]).unwrap_err().kind(), ErrorKind::Missing);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn new(mut steps: Vec<SalaryStep>) -> Result<SalarySchedule> {
        if steps.is_empty() {
            return Err(Error::new(
                ErrorKind::Missing,
                "bảng lương cơ sở cần ít nhất một mức",
                "a salary schedule needs at least one step",
            ));
        }
        steps.sort_by_key(|s| s.from);
        for pair in steps.windows(2) {
            if let [a, b] = pair {
                if a.from == b.from {
                    return Err(Error::new(
                        ErrorKind::Duplicate,
                        format!(
                            "hai mức lương cơ sở từ {}: {} và {}",
                            a.from, a.amount, b.amount
                        ),
                        format!(
                            "two base salaries from {}: {} and {}",
                            a.from, a.amount, b.amount
                        ),
                    ));
                }
            }
        }
        if let Some(bad) = steps.iter().find(|s| s.amount <= Money::ZERO) {
            return Err(Error::out_of_range(
                format!(
                    "lương cơ sở từ {} là {}, không phải số tiền dương",
                    bad.from, bad.amount
                ),
                format!(
                    "base salary from {} is {}, not a positive amount",
                    bad.from, bad.amount
                ),
            ));
        }
        Ok(SalarySchedule { steps })
    }

    /// The steps, in time order.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Money;
    /// use thidua::law::SalarySchedule;
    ///
    /// let schedule = SalarySchedule::national();
    /// let last = schedule.steps().last().unwrap();
    /// assert_eq!(last.amount, Money::from_dong(2_530_000));
    /// assert_eq!(last.from.to_string(), "2026-07-01");
    /// ```
    #[must_use]
    pub fn steps(&self) -> &[SalaryStep] {
        &self.steps
    }

    /// The step in force on `date`.
    ///
    /// # Errors
    ///
    /// `date` is before the first step ([`ErrorKind::NoRegime`]).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{ErrorKind, Money};
    /// use thidua::law::SalarySchedule;
    ///
    /// let schedule = SalarySchedule::national();
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// // The 1.600.000 planned for 2020-07-01 was never applied.
    /// assert_eq!(schedule.on(day(2022, 12, 20))?.amount, Money::from_dong(1_490_000));
    /// assert_eq!(schedule.on(day(2026, 7, 1))?.amount, Money::from_dong(2_530_000));
    /// assert_eq!(schedule.on(day(2013, 6, 30)).unwrap_err().kind(), ErrorKind::NoRegime);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn on(&self, date: NaiveDate) -> Result<&SalaryStep> {
        let at = self.steps.partition_point(|s| s.from <= date);
        at.checked_sub(1)
            .and_then(|i| self.steps.get(i))
            .ok_or_else(|| {
                let first = self
                    .steps
                    .first()
                    .map(|s| s.from.to_string())
                    .unwrap_or_default();
                Error::new(
                    ErrorKind::NoRegime,
                    format!(
                        "không có mức lương cơ sở có hiệu lực ngày {date}: bảng bắt đầu từ {first}"
                    ),
                    format!("no base salary in force on {date}: the schedule starts on {first}"),
                )
            })
    }
}

impl TryFrom<Vec<SalaryStep>> for SalarySchedule {
    type Error = Error;
    fn try_from(steps: Vec<SalaryStep>) -> Result<SalarySchedule> {
        SalarySchedule::new(steps)
    }
}

impl From<SalarySchedule> for Vec<SalaryStep> {
    fn from(s: SalarySchedule) -> Vec<SalaryStep> {
        s.steps
    }
}

crate::error::deserialize_via!(SalarySchedule, Vec<SalaryStep>);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Bilingual as _;
    use crate::period::ymd;

    #[test]
    fn boundaries_of_each_step() {
        let s = SalarySchedule::national();
        let cases = [
            (ymd(2013, 7, 1), 1_150_000),
            (ymd(2016, 4, 30), 1_150_000),
            (ymd(2016, 5, 1), 1_210_000),
            (ymd(2017, 6, 30), 1_210_000),
            (ymd(2017, 7, 1), 1_300_000),
            (ymd(2018, 6, 30), 1_300_000),
            (ymd(2018, 7, 1), 1_390_000),
            (ymd(2019, 6, 30), 1_390_000),
            (ymd(2019, 7, 1), 1_490_000),
            (ymd(2020, 7, 1), 1_490_000),
            (ymd(2023, 6, 30), 1_490_000),
            (ymd(2023, 7, 1), 1_800_000),
            (ymd(2024, 6, 30), 1_800_000),
            (ymd(2024, 7, 1), 2_340_000),
            (ymd(2026, 6, 30), 2_340_000),
            (ymd(2026, 7, 1), 2_530_000),
            (ymd(2040, 1, 1), 2_530_000),
        ];
        for (date, dong) in cases {
            assert_eq!(s.on(date).unwrap().amount, Money::from_dong(dong), "{date}");
        }
        let err = s.on(ymd(2013, 6, 30)).unwrap_err();
        assert!(err.en().contains("starts on 2013-07-01"), "{err}");
        // Read in the text of Decree 161/2026 in the December 2026 reading.
        assert_eq!(
            s.on(ymd(2026, 7, 1)).unwrap().citation.confidence(),
            crate::citation::Confidence::Verified
        );
    }

    #[test]
    fn own_schedules_are_checked() {
        let step = |from, dong| SalaryStep {
            from,
            amount: Money::from_dong(dong),
            citation: Citation::new(crate::citation::Instrument::DECREE_73_2024),
        };
        assert_eq!(
            SalarySchedule::new(vec![]).unwrap_err().kind(),
            ErrorKind::Missing
        );
        let dup = SalarySchedule::new(vec![step(ymd(2024, 7, 1), 1), step(ymd(2024, 7, 1), 2)]);
        assert_eq!(dup.unwrap_err().kind(), ErrorKind::Duplicate);
        let zero = SalarySchedule::new(vec![step(ymd(2024, 7, 1), 0)]);
        assert_eq!(zero.unwrap_err().kind(), ErrorKind::OutOfRange);
        let ok = SalarySchedule::new(vec![
            step(ymd(2030, 1, 1), 3_000_000),
            step(ymd(2024, 7, 1), 2_340_000),
        ])
        .unwrap();
        assert_eq!(
            ok.on(ymd(2029, 12, 31)).unwrap().amount,
            Money::from_dong(2_340_000)
        );
    }
}
