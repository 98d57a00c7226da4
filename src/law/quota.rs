//! Quotas: "không quá x%" of a count, with the rounding the text leaves open.

use rust_decimal::Decimal;

use crate::error::{Error, Result};

/// How a percentage of a count becomes a whole number of awards.
///
/// | policy | 15% of 46 = 6.9 | 15% of 6 = 0.9 |
/// |---|---|---|
/// | `Floor` (default) | 6 | 0 |
/// | `Ceil` | 7 | 1 |
/// | `NearestHalfUp` | 7 | 1 |
/// | `FloorAtLeastOne` | 6 | 1 |
///
/// `FloorAtLeastOne` is the pattern of a sector rule ("nhỏ hơn 01 thì được
/// 01", Circular 02/2024/TT-VKSTC Art. 18 k2): round down, but a non-empty
/// group gets at least one.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuotaRounding {
    /// Round down: never pass the percentage.
    #[default]
    Floor,
    /// Round up.
    Ceil,
    /// Round to the nearest whole number, halves up.
    NearestHalfUp,
    /// Round down, but at least one when the base is not empty.
    FloorAtLeastOne,
}

/// A quota: at most `percent`% of a base count, rounded by a policy.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::law::{Quota, QuotaRounding};
///
/// let q = Quota::new(Decimal::from(15), QuotaRounding::Floor)?;
/// assert_eq!(q.cap(40)?, 6); // 6.0
/// assert_eq!(q.cap(45)?, 6); // 6.75
/// assert_eq!(q.cap(46)?, 6); // 6.9
/// assert_eq!(q.cap(47)?, 7); // 7.05
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
// Read through `Quota::new`, so JSON cannot hold a quota of 10^28 %.
pub struct Quota {
    #[serde(with = "rust_decimal::serde::str")]
    percent: Decimal,
    rounding: QuotaRounding,
}

/// A [`Quota`] as read, before [`Quota::new`] checks it.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct QuotaRepr {
    #[serde(with = "rust_decimal::serde::str")]
    percent: Decimal,
    rounding: QuotaRounding,
}

impl TryFrom<QuotaRepr> for Quota {
    type Error = Error;

    fn try_from(q: QuotaRepr) -> Result<Quota> {
        Quota::new(q.percent, q.rounding)
    }
}

impl Quota {
    /// At most 15%, rounded down: "Chiến sĩ thi đua cơ sở" under Decree
    /// 91/2017 Art. 9 k3.
    pub const FIFTEEN_PERCENT_FLOOR: Quota = Quota {
        percent: Decimal::from_parts(15, 0, 0, false, 0),
        rounding: QuotaRounding::Floor,
    };

    /// At most 20%, rounded down: the Government's emulation flag among the
    /// collectives meeting the ministry/province flag standard under Decree
    /// 91/2017 Art. 11 k1.
    pub const TWENTY_PERCENT_FLOOR: Quota = Quota {
        percent: Decimal::from_parts(20, 0, 0, false, 0),
        rounding: QuotaRounding::Floor,
    };

    /// At most `percent`% (0 to 100), rounded by `rounding`.
    ///
    /// # Errors
    ///
    /// A percentage below 0 or above 100.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::law::{Quota, QuotaRounding};
    ///
    /// let q = Quota::new(Decimal::from(15), QuotaRounding::Floor)?;
    /// assert_eq!(q, Quota::FIFTEEN_PERCENT_FLOOR);
    /// assert!(Quota::new(Decimal::new(1001, 1), QuotaRounding::Floor).is_err()); // 100,1%
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn new(percent: Decimal, rounding: QuotaRounding) -> Result<Quota> {
        if percent.is_sign_negative() || percent > Decimal::ONE_HUNDRED {
            return Err(Error::out_of_range(
                format!("tỷ lệ {percent}% nằm ngoài 0–100%"),
                format!("quota of {percent}% is outside 0–100%"),
            ));
        }
        Ok(Quota { percent, rounding })
    }

    /// The percentage.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::law::Quota;
    ///
    /// assert_eq!(Quota::TWENTY_PERCENT_FLOOR.percent(), Decimal::from(20));
    /// ```
    #[must_use]
    pub fn percent(&self) -> Decimal {
        self.percent
    }

    /// The rounding policy.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::law::{Quota, QuotaRounding};
    ///
    /// // Reading 2 of the project: "không quá x%" rounds down.
    /// assert_eq!(Quota::FIFTEEN_PERCENT_FLOOR.rounding(), QuotaRounding::Floor);
    /// ```
    #[must_use]
    pub fn rounding(&self) -> QuotaRounding {
        self.rounding
    }

    /// How many of `base` may receive the award: `percent × base / 100`,
    /// rounded once by the policy, in exact arithmetic.
    ///
    /// # Errors
    ///
    /// Never for a base that fits in a `u32`; the `Result` guards the
    /// conversion back.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::law::{Quota, QuotaRounding};
    ///
    /// // 15% of 47 "Lao động tiên tiến" is 7,05.
    /// assert_eq!(Quota::FIFTEEN_PERCENT_FLOOR.cap(47)?, 7);
    /// let ceil = Quota::new(Decimal::from(15), QuotaRounding::Ceil)?;
    /// assert_eq!(ceil.cap(47)?, 8);
    /// let at_least_one = Quota::new(Decimal::from(15), QuotaRounding::FloorAtLeastOne)?;
    /// assert_eq!(at_least_one.cap(5)?, 1); // 0,75
    /// assert_eq!(Quota::FIFTEEN_PERCENT_FLOOR.cap(5)?, 0);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn cap(&self, base: u32) -> Result<u32> {
        let exact = self.percent * Decimal::from(base) / Decimal::ONE_HUNDRED;
        let rounded = match self.rounding {
            QuotaRounding::Floor => exact.floor(),
            QuotaRounding::Ceil => exact.ceil(),
            QuotaRounding::NearestHalfUp => exact
                .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
            QuotaRounding::FloorAtLeastOne if base > 0 => exact.floor().max(Decimal::ONE),
            QuotaRounding::FloorAtLeastOne => exact.floor(),
        };
        u32::try_from(rounded).map_err(|_| {
            Error::overflow(
                format!("số lượng {rounded} vượt quá giới hạn"),
                format!("quota of {rounded} does not fit"),
            )
        })
    }
}

crate::error::deserialize_via!(Quota, QuotaRepr);
