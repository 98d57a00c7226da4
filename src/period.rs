//! Half-open date ranges: the time a regime, a unit or a membership is in
//! force, and the achievement period (thời gian lập thành tích) of an award.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::error::{Error, Result};

/// A half-open range of days `[from, until)`; `until = None` means "still in
/// force".
///
/// Half-open ranges split and join without gaps: the regime of Decree
/// 91/2017 is `[2017-10-01, 2024-01-01)` and the next one starts on
/// `2024-01-01`. [`Display`](fmt::Display) prints the Vietnamese way, with the
/// last day included: `01/10/2017 – 31/12/2023`.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::Period;
///
/// let r1 = Period::new(
///     NaiveDate::from_ymd_opt(2017, 10, 1).unwrap(),
///     NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
/// )?;
/// assert!(r1.contains(NaiveDate::from_ymd_opt(2023, 12, 31).unwrap()));
/// assert!(!r1.contains(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()));
/// assert_eq!(r1.to_string(), "01/10/2017 – 31/12/2023");
/// assert_eq!(Period::year(2021)?.to_string(), "năm 2021");
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(into = "PeriodRepr")]
pub struct Period {
    from: NaiveDate,
    until: Option<NaiveDate>,
}

/// The wire form of a [`Period`]: `{"from": "2017-10-01", "until": "2024-01-01"}`.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PeriodRepr {
    #[serde(deserialize_with = "crate::wire::date::deserialize")]
    from: NaiveDate,
    #[serde(
        default,
        deserialize_with = "crate::wire::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    until: Option<NaiveDate>,
}

impl TryFrom<PeriodRepr> for Period {
    type Error = Error;
    fn try_from(r: PeriodRepr) -> Result<Period> {
        match r.until {
            Some(until) => Period::new(r.from, until),
            None => Ok(Period::starting(r.from)),
        }
    }
}

impl From<Period> for PeriodRepr {
    fn from(p: Period) -> PeriodRepr {
        PeriodRepr {
            from: p.from,
            until: p.until,
        }
    }
}

impl Period {
    /// The days from `from` up to, not including, `until`.
    ///
    /// # Errors
    ///
    /// `until` not after `from` (an empty or reversed period).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::Period;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let r2 = Period::new(d(2024, 1, 1), d(2025, 7, 1))?;
    /// assert_eq!(r2.to_string(), "01/01/2024 – 30/06/2025");
    /// assert!(Period::new(d(2025, 7, 1), d(2025, 7, 1)).is_err());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn new(from: NaiveDate, until: NaiveDate) -> Result<Period> {
        if until <= from {
            return Err(Error::out_of_range(
                format!("khoảng thời gian kết thúc ngày {until} trước khi bắt đầu ngày {from}"),
                format!("period ends on {until} before it starts on {from}"),
            ));
        }
        Ok(Period {
            from,
            until: Some(until),
        })
    }

    /// An open-ended period from `from` on.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::Period;
    ///
    /// let from = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let r3 = Period::starting(from);
    /// assert_eq!(r3.until(), None);
    /// assert_eq!(r3.to_string(), "từ 01/07/2025");
    /// ```
    #[must_use]
    pub const fn starting(from: NaiveDate) -> Period {
        Period { from, until: None }
    }

    /// The calendar year `year`: the usual achievement period of a yearly
    /// title.
    ///
    /// # Errors
    ///
    /// A year outside the dates chrono can represent.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Period;
    ///
    /// let p = Period::year(2024)?;
    /// assert_eq!(p.to_string(), "năm 2024");
    /// assert_eq!(p.as_year(), Some(2024));
    /// assert!(Period::year(i32::MAX).is_err());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn year(year: i32) -> Result<Period> {
        let day = |y| {
            NaiveDate::from_ymd_opt(y, 1, 1).ok_or_else(|| {
                Error::out_of_range(
                    format!("năm {year} nằm ngoài phạm vi"),
                    format!("year {year} is out of range"),
                )
            })
        };
        Period::new(day(year)?, day(year.saturating_add(1))?)
    }

    /// The first day.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::Period;
    ///
    /// assert_eq!(Period::year(2024)?.from(), NaiveDate::from_ymd_opt(2024, 1, 1).unwrap());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub const fn from(&self) -> NaiveDate {
        self.from
    }

    /// The first day after the period, if it ends.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::Period;
    ///
    /// // Half-open: the first day after the year.
    /// assert_eq!(Period::year(2024)?.until(), NaiveDate::from_ymd_opt(2025, 1, 1));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub const fn until(&self) -> Option<NaiveDate> {
        self.until
    }

    /// The last day inside the period, if it ends.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::Period;
    ///
    /// assert_eq!(Period::year(2024)?.last_day(), NaiveDate::from_ymd_opt(2024, 12, 31));
    /// let open = Period::starting(NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
    /// assert_eq!(open.last_day(), None);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn last_day(&self) -> Option<NaiveDate> {
        self.until.and_then(|d| d.pred_opt())
    }

    /// Whether `date` falls inside.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::Period;
    ///
    /// let y = Period::year(2024)?;
    /// assert!(y.contains(NaiveDate::from_ymd_opt(2024, 12, 31).unwrap()));
    /// assert!(!y.contains(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn contains(&self, date: NaiveDate) -> bool {
        date >= self.from && self.until.is_none_or(|u| date < u)
    }

    /// Whether the two periods share at least one day.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::Period;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let r2 = Period::new(d(2024, 1, 1), d(2025, 7, 1))?;
    /// let r3 = Period::starting(d(2025, 7, 1));
    /// assert!(!r2.overlaps(&r3)); // they meet, but share no day
    /// assert!(r2.overlaps(&Period::year(2025)?));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn overlaps(&self, other: &Period) -> bool {
        let starts_before_other_ends = other.until.is_none_or(|u| self.from < u);
        let other_starts_before_end = self.until.is_none_or(|u| other.from < u);
        starts_before_other_ends && other_starts_before_end
    }

    /// Whether every day of `other` falls inside this period: a unit inside
    /// its parent's lifetime, a registration inside its campaign.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::Period;
    ///
    /// let forever = Period::starting(NaiveDate::from_ymd_opt(2000, 1, 1).unwrap());
    /// assert!(forever.covers(&Period::year(2024)?));
    /// assert!(!Period::year(2024)?.covers(&forever));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn covers(&self, other: &Period) -> bool {
        let ends_in_time = match (self.until, other.until) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => b <= a,
        };
        other.from >= self.from && ends_in_time
    }

    /// Whether the period is exactly one calendar year, and which.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::Period;
    ///
    /// assert_eq!(Period::year(2023)?.as_year(), Some(2023));
    /// let half = Period::new(
    ///     NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
    ///     NaiveDate::from_ymd_opt(2025, 7, 1).unwrap(),
    /// )?;
    /// assert_eq!(half.as_year(), None);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn as_year(&self) -> Option<i32> {
        let y = self.from.year();
        (self.from.ordinal() == 1 && self.until == NaiveDate::from_ymd_opt(y + 1, 1, 1))
            .then_some(y)
    }

    /// Splits the period at `date` into the part before and the part from
    /// `date` on; `None` when `date` is not strictly inside.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::Period;
    ///
    /// // A campaign of 2025 straddles the end of the district level.
    /// let campaign = Period::year(2025)?;
    /// let reform = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let (before, after) = campaign.split_at(reform).unwrap();
    /// assert_eq!(before.to_string(), "01/01/2025 – 30/06/2025");
    /// assert_eq!(after.from(), reform);
    /// assert!(!before.overlaps(&after));
    /// assert_eq!(campaign.split_at(campaign.from()), None);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn split_at(&self, date: NaiveDate) -> Option<(Period, Period)> {
        (date > self.from && self.contains(date)).then_some((
            Period {
                from: self.from,
                until: Some(date),
            },
            Period {
                from: date,
                until: self.until,
            },
        ))
    }
}

impl crate::lang::Bilingual for Period {
    /// `năm 2024`, `01/01/2022 – 31/12/2024`, `từ 01/10/2026`.
    fn vi(&self) -> std::borrow::Cow<'_, str> {
        if let Some(y) = self.as_year() {
            return format!("năm {y}").into();
        }
        match self.last_day() {
            Some(last) => format!(
                "{} – {}",
                self.from.format("%d/%m/%Y"),
                last.format("%d/%m/%Y")
            ),
            None => format!("từ {}", self.from.format("%d/%m/%Y")),
        }
        .into()
    }

    /// `2024`, `2022-01-01 to 2024-12-31`, `from 2026-10-01`.
    fn en(&self) -> std::borrow::Cow<'_, str> {
        if let Some(y) = self.as_year() {
            return y.to_string().into();
        }
        match self.last_day() {
            Some(last) => format!("{} to {last}", self.from),
            None => format!("from {}", self.from),
        }
        .into()
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::lang::Bilingual::vi(self))
    }
}

/// Builds a date from a literal known to be valid, for the bundled tables.
pub(crate) const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => NaiveDate::MIN,
    }
}

crate::error::deserialize_via!(Period, PeriodRepr);

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Period {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Period".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let date = g.subschema_for::<NaiveDate>();
        schemars::json_schema!({
            "description": "A period: its first day and, if it ends, the day after its last (`until`).",
            "type": "object",
            "properties": { "from": date, "until": date },
            "required": ["from"],
            "additionalProperties": false
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlaps_is_symmetric_on_edges() {
        let a = Period::new(ymd(2020, 1, 1), ymd(2021, 1, 1)).unwrap();
        let b = Period::new(ymd(2021, 1, 1), ymd(2022, 1, 1)).unwrap();
        let c = Period::starting(ymd(2020, 12, 31));
        assert!(!a.overlaps(&b) && !b.overlaps(&a));
        assert!(a.overlaps(&c) && c.overlaps(&a));
        assert!(b.overlaps(&c));
    }

    #[test]
    fn split_then_join() {
        let p = Period::starting(ymd(2017, 10, 1));
        let (a, b) = p.split_at(ymd(2024, 1, 1)).unwrap();
        assert_eq!(a.until(), Some(b.from()));
        assert_eq!(b.until(), None);
        assert!(p.split_at(ymd(2017, 10, 1)).is_none());
        assert_eq!(b.to_string(), "từ 01/01/2024");
    }

    #[test]
    fn rejects_empty() {
        assert!(Period::new(ymd(2020, 1, 1), ymd(2020, 1, 1)).is_err());
    }
}
