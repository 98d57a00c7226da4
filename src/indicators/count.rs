//! Counts out of a whole ("6/8 xã") and per-capita values.

use std::borrow::Cow;
use std::fmt;

use rust_decimal::Decimal;

use super::{Indicator, display_decimals, percent_of, positive, rounded, write_vi};
use crate::error::{Error, ErrorKind, Result};

/// A count out of a whole, as reports print it: "6/8 xã (75,0%)".
///
/// The percentage of a count out of zero is [`Indicator::Zero`]. Printing
/// takes the formatter's precision for the percentage (1 decimal by
/// default) and leaves it out when the whole is zero.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{Count, Indicator}};
///
/// let advanced = Count::new(6, 8)?.of("xã");
/// assert_eq!(advanced.percent(), Indicator::Value(Decimal::from(75)));
/// assert_eq!(advanced.to_string(), "6/8 xã (75,0%)");
/// assert_eq!(format!("{advanced:.0}"), "6/8 xã (75%)");
/// assert_eq!(Count::new(0, 0)?.percent(), Indicator::Zero);
/// assert!(Count::new(9, 8).is_err());
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Count {
    part: u64,
    whole: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    noun: Option<Cow<'static, str>>,
}

impl Count {
    /// `part` out of `whole`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::OutOfRange`] when `part` exceeds `whole`: "9/8 xã" is not
    /// a count of anything.
    pub fn new(part: u64, whole: u64) -> Result<Count> {
        if part > whole {
            return Err(Error::new(
                ErrorKind::OutOfRange,
                format!("số đếm {part} vượt quá tổng {whole}"),
                format!("count {part} exceeds its whole {whole}"),
            ));
        }
        Ok(Count {
            part,
            whole,
            noun: None,
        })
    }

    /// The same count of `noun` ("xã", "mô hình"), printed after the
    /// numbers.
    #[must_use]
    pub fn of(mut self, noun: impl Into<Cow<'static, str>>) -> Count {
        self.noun = Some(noun.into());
        self
    }

    /// How many.
    #[must_use]
    pub fn part(&self) -> u64 {
        self.part
    }

    /// Out of how many.
    #[must_use]
    pub fn whole(&self) -> u64 {
        self.whole
    }

    /// What is counted, if named.
    #[must_use]
    pub fn noun(&self) -> Option<&str> {
        self.noun.as_deref()
    }

    /// `part / whole × 100`, exact to the 28 digits of a `Decimal`.
    #[must_use]
    pub fn percent(&self) -> Indicator<Decimal> {
        match positive(Some(Decimal::from(self.whole))) {
            // Two u64 values: part × 100 always fits, so the quotient does.
            Ok(whole) => percent_of(Decimal::from(self.part), whole)
                .map_or(Indicator::Zero, Indicator::Value),
            Err(outcome) => outcome,
        }
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dp = display_decimals(f);
        write!(f, "{}/{}", self.part, self.whole)?;
        if let Some(noun) = &self.noun {
            write!(f, " {noun}")?;
        }
        if let Indicator::Value(p) = self.percent() {
            f.write_str(" (")?;
            write_vi(f, rounded(p, dp))?;
            f.write_str("%)")?;
        }
        Ok(())
    }
}

/// A value per person: `total / population` ("thu nhập bình quân đầu
/// người").
///
/// Units are the caller's: a total in triệu đồng over a population in
/// persons gives triệu đồng per person. A population that is missing, zero
/// or negative gives that [`Indicator`].
///
/// # Errors
///
/// [`ErrorKind::Overflow`] for a quotient beyond the range of a `Decimal`.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{indicators::{per_capita, Indicator}};
///
/// // 2.400 tỷ đồng of income over 40.000 people: 60 triệu đồng each.
/// let each = per_capita(Decimal::from(2_400_000_000_000_u64), Decimal::from(40_000))?;
/// assert_eq!(each, Indicator::Value(Decimal::from(60_000_000)));
/// assert_eq!(per_capita(Decimal::ONE, None)?, Indicator::Missing);
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn per_capita(
    total: Decimal,
    population: impl Into<Option<Decimal>>,
) -> Result<Indicator<Decimal>> {
    match positive(population.into()) {
        Ok(p) => Ok(Indicator::Value(super::div(total, p)?)),
        Err(outcome) => Ok(outcome),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Bilingual as _;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn percentages_and_printing() {
        let c = Count::new(54, 69).unwrap().of("mô hình");
        assert_eq!(
            c.percent(),
            Indicator::Value(d("78.260869565217391304347826087"))
        );
        assert_eq!(format!("{c:.0}"), "54/69 mô hình (78%)");
        assert_eq!(format!("{c}"), "54/69 mô hình (78,3%)");
        assert_eq!(format!("{c:.2}"), "54/69 mô hình (78,26%)");
        let all = Count::new(8, 8).unwrap();
        assert_eq!(all.to_string(), "8/8 (100,0%)");
        let none = Count::new(0, 8).unwrap();
        assert_eq!(none.percent(), Indicator::Value(Decimal::ZERO));
        assert_eq!(Count::new(0, 0).unwrap().to_string(), "0/0");
        let big = Count::new(u64::MAX - 1, u64::MAX).unwrap();
        assert!(big.percent().value().unwrap() < d("100"));
        assert_eq!(
            Count::new(9, 8).unwrap_err().en(),
            "count 9 exceeds its whole 8"
        );
    }

    #[test]
    fn per_capita_values() {
        assert_eq!(
            per_capita(d("10"), d("4")).unwrap(),
            Indicator::Value(d("2.5"))
        );
        assert_eq!(
            per_capita(d("-10"), d("4")).unwrap(),
            Indicator::Value(d("-2.5"))
        );
        assert_eq!(per_capita(d("10"), d("0")).unwrap(), Indicator::Zero);
        assert_eq!(per_capita(d("10"), d("-4")).unwrap(), Indicator::Negative);
        assert_eq!(per_capita(d("10"), None).unwrap(), Indicator::Missing);
        assert_eq!(
            per_capita(Decimal::MAX, d("0.1")).unwrap_err().kind(),
            ErrorKind::Overflow
        );
    }
}
