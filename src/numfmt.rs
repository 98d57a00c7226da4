//! Numbers the way Vietnamese documents write them: `1.538.875.000 đồng`,
//! `207,359 tỷ đồng`, `5.955 tỷ đồng`, `19,2%`.
//!
//! A dot separates groups of three digits and a comma is the decimal mark
//! (the convention the invoice rule, Circular 39/2014/TT-BTC Art. 4 k1 point
//! k, stated explicitly, and every report follows). Printing takes a
//! [`NumberFormat`]; parsing is strict, because a number read the wrong way
//! round is off by a factor of a thousand:
//!
//! | input | read as | why |
//! |---|---|---|
//! | `1.538.875.000 đồng` | 1538875000 đồng | groups of three after `.` |
//! | `207,359 tỷ đồng` | 207.359 tỷ đồng | `,` is the decimal mark |
//! | `1538875000` | 1538875000 | plain digits are fine |
//! | `19,2%` / `19,2 %` | 19.2 % | |
//! | `1.5` | **error** | a group of one digit after `.`: an English decimal? |
//! | `0.538` | **error** | a leading group of `0`: an English decimal? |
//! | `1,234,567` | **error** | two decimal marks: English thousands? |
//! | `1,234.5` | **error** | `.` after the decimal mark |
//! | `12 345` | **error** | a space inside the number |
//!
//! ```
//! # use thidua::Bilingual as _;
//! use rust_decimal::Decimal;
//! use thidua::{numfmt::{self, NumberFormat, Measure}};
//!
//! let total = Decimal::from(1_538_875_000_u64);
//! assert_eq!(NumberFormat::new().unit(Measure::Dong).format(total), "1.538.875.000 đồng");
//!
//! // Budgets print in tỷ đồng: convert, then round for print.
//! let spent = Measure::BillionDong.from_dong(Decimal::from(207_359_400_000_u64));
//! let tỷ = NumberFormat::new().max_decimals(3).unit(Measure::BillionDong);
//! assert_eq!(tỷ.format(spent), "207,359 tỷ đồng");
//!
//! assert_eq!(numfmt::format_percent(Decimal::new(19_24, 2), 1), "19,2%");
//! assert_eq!(numfmt::parse_percent("19,2%")?, Decimal::new(192, 1));
//! assert_eq!(numfmt::parse_dong("5.955 tỷ đồng")?, Decimal::from(5_955_000_000_000_u64));
//!
//! let err = numfmt::parse_number("1.5").unwrap_err();
//! assert!(err.en().contains("write '1,5' for a decimal"), "{err}");
//! # Ok::<(), thidua::Error>(())
//! ```
// Money and counts: every operator that could overflow is a checked call
// instead.
#![deny(clippy::arithmetic_side_effects)]

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::error::{Error, ErrorKind, Result};
use crate::text;

/// The unit written after a number.
///
/// Money units scale to đồng by [`dong_per_unit`](Measure::dong_per_unit);
/// a percentage is written in percentage points (`19,2%` is 19.2).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Measure {
    /// `%`, printed without a space: `19,2%`.
    Percent,
    /// `đồng`: award decisions print full đồng.
    Dong,
    /// `nghìn đồng` (also read: `ngàn đồng`, `nghìn`, `ngàn`).
    ThousandDong,
    /// `triệu đồng` (also read: `triệu`).
    MillionDong,
    /// `tỷ đồng` (also read: `tỉ đồng`, `tỷ`, `tỉ`): budgets and revenue.
    BillionDong,
    /// `nghìn tỷ đồng` (also read: `ngàn tỷ đồng`, `nghìn tỷ`, `ngàn tỷ`).
    ThousandBillionDong,
}

impl Measure {
    /// Every unit.
    pub const ALL: &'static [Measure] = &[
        Measure::Percent,
        Measure::Dong,
        Measure::ThousandDong,
        Measure::MillionDong,
        Measure::BillionDong,
        Measure::ThousandBillionDong,
    ];

    /// The label printed after the number: `"%"`, `"đồng"`, `"tỷ đồng"` …
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Measure::Percent => "%",
            Measure::Dong => "đồng",
            Measure::ThousandDong => "nghìn đồng",
            Measure::MillionDong => "triệu đồng",
            Measure::BillionDong => "tỷ đồng",
            Measure::ThousandBillionDong => "nghìn tỷ đồng",
        }
    }

    /// How many đồng one of this unit is; `None` for [`Percent`](Measure::Percent).
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::numfmt::Measure;
    ///
    /// assert_eq!(Measure::BillionDong.dong_per_unit(), Some(Decimal::from(1_000_000_000)));
    /// assert_eq!(Measure::Percent.dong_per_unit(), None);
    /// ```
    #[must_use]
    pub fn dong_per_unit(self) -> Option<Decimal> {
        let exponent = match self {
            Measure::Percent => return None,
            Measure::Dong => 0,
            Measure::ThousandDong => 3,
            Measure::MillionDong => 6,
            Measure::BillionDong => 9,
            Measure::ThousandBillionDong => 12,
        };
        Some(Decimal::from(10_i64.pow(exponent)))
    }

    /// An amount in đồng expressed in this unit, exactly (`207359400000` →
    /// `207.3594` tỷ); a percentage is returned unchanged.
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::numfmt::Measure;
    ///
    /// let tỷ = Measure::BillionDong.from_dong(Decimal::from(5_955_000_000_000_u64));
    /// assert_eq!(tỷ, Decimal::from(5955));
    /// ```
    #[must_use]
    pub fn from_dong(self, dong: Decimal) -> Decimal {
        // Dividing by a power of ten only moves the decimal point; the scale
        // stays within 28 for any đồng amount with at most 16 decimals.
        self.dong_per_unit()
            .and_then(|per| dong.checked_div(per))
            .unwrap_or(dong)
    }

    /// Whether it is a unit of money.
    #[must_use]
    pub fn is_money(self) -> bool {
        self != Measure::Percent
    }
}

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// How many decimals to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
enum Decimals {
    /// As many as the value carries.
    #[default]
    AsIs,
    /// Exactly `n`, rounded half away from zero and padded with zeros.
    Exactly(u32),
    /// At most `n`, rounded half away from zero, trailing zeros dropped.
    AtMost(u32),
}

/// How to print a number: the decimals and the unit.
///
/// Rounding for print is half away from zero (`19,25` → `19,3`), the
/// rounding of school arithmetic and of reports; never banker's rounding.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{numfmt::{NumberFormat, Measure}};
///
/// let pct = NumberFormat::new().decimals(2).unit(Measure::Percent);
/// assert_eq!(pct.format(Decimal::new(78_555, 3)), "78,56%");
/// assert_eq!(pct.format(Decimal::from(100)), "100,00%");
/// let short = NumberFormat::new().max_decimals(1).unit(Measure::Percent);
/// assert_eq!(short.format(Decimal::from(100)), "100%");
/// assert_eq!(short.format(Decimal::new(-73, 1)), "-7,3%");
/// assert_eq!(NumberFormat::new().format(Decimal::new(91952, 1)), "9.195,2");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct NumberFormat {
    decimals: Decimals,
    unit: Option<Measure>,
}

impl NumberFormat {
    /// A bare number printed with the decimals it carries.
    #[must_use]
    pub const fn new() -> NumberFormat {
        NumberFormat {
            decimals: Decimals::AsIs,
            unit: None,
        }
    }

    /// Exactly `n` decimals, rounded half away from zero and padded with
    /// zeros (`decimals(1)`: `100` → `100,0`). A decimal has at most 28, so
    /// more print as 28.
    #[must_use]
    pub const fn decimals(mut self, n: u32) -> NumberFormat {
        self.decimals = Decimals::Exactly(n);
        self
    }

    /// At most `n` decimals, rounded half away from zero, trailing zeros
    /// dropped (`max_decimals(3)`: `207,3594` → `207,359`, `100` → `100`).
    #[must_use]
    pub const fn max_decimals(mut self, n: u32) -> NumberFormat {
        self.decimals = Decimals::AtMost(n);
        self
    }

    /// The unit printed after the number. The value is printed as given:
    /// convert đồng first with [`Measure::from_dong`].
    #[must_use]
    pub const fn unit(mut self, unit: Measure) -> NumberFormat {
        self.unit = Some(unit);
        self
    }

    /// The number as text.
    #[must_use]
    pub fn format(&self, value: Decimal) -> String {
        self.display(value).to_string()
    }

    /// The number as a [`Display`](fmt::Display) value, to write into a
    /// buffer without an intermediate string.
    #[must_use]
    pub fn display(&self, value: Decimal) -> Formatted {
        Formatted {
            format: *self,
            value,
        }
    }
}

/// A number ready to print: see [`NumberFormat::display`].
#[derive(Clone, Copy, Debug)]
pub struct Formatted {
    format: NumberFormat,
    value: Decimal,
}

impl fmt::Display for Formatted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let away = RoundingStrategy::MidpointAwayFromZero;
        let (value, width) = match self.format.decimals {
            Decimals::AsIs => (self.value, self.value.scale()),
            // Never pad past a decimal's 28 places: `u32::MAX` decimals
            // would be four billion zeros.
            Decimals::Exactly(n) => (
                self.value.round_dp_with_strategy(n, away),
                n.min(Decimal::MAX_SCALE),
            ),
            Decimals::AtMost(n) => {
                let v = self.value.round_dp_with_strategy(n, away).normalize();
                (v, v.scale())
            }
        };
        write_grouped(f, value, width)?;
        match self.format.unit {
            Some(Measure::Percent) => f.write_str("%"),
            Some(unit) => write!(f, " {}", unit.label()),
            None => Ok(()),
        }
    }
}

/// Writes `value` with `.` between thousands and `,` before exactly `width`
/// decimals (padding with zeros when the value carries fewer).
fn write_grouped(f: &mut fmt::Formatter<'_>, value: Decimal, width: u32) -> fmt::Result {
    let digits = value.mantissa().unsigned_abs().to_string();
    let scale = usize::try_from(value.scale()).unwrap_or(0);
    // Left-pad so there is at least one integer digit.
    let padded = if digits.len() <= scale {
        let zeros = scale.saturating_sub(digits.len()).saturating_add(1);
        format!("{}{digits}", "0".repeat(zeros))
    } else {
        digits
    };
    let (int, frac) = padded.split_at(padded.len().saturating_sub(scale));
    if !value.is_zero() && value.is_sign_negative() {
        f.write_str("-")?;
    }
    let first = match int.len() % 3 {
        0 => 3,
        r => r,
    };
    let (head, rest) = int.split_at(first.min(int.len()));
    f.write_str(head)?;
    for group in rest.as_bytes().chunks(3) {
        f.write_str(".")?;
        f.write_str(std::str::from_utf8(group).map_err(|_| fmt::Error)?)?;
    }
    let width = usize::try_from(width).unwrap_or(0);
    if width > 0 {
        f.write_str(",")?;
        f.write_str(frac)?;
        for _ in frac.len()..width {
            f.write_str("0")?;
        }
    }
    Ok(())
}

/// `value` with `decimals` decimals (rounded half away from zero) and no unit:
/// `format_number(3.155, 2)` → `"3,16"`.
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::numfmt;
///
/// assert_eq!(numfmt::format_number(Decimal::new(3155, 3), 2), "3,16");
/// assert_eq!(numfmt::format_number(Decimal::from(1_490_000), 0), "1.490.000");
/// ```
#[must_use]
pub fn format_number(value: Decimal, decimals: u32) -> String {
    NumberFormat::new().decimals(decimals).format(value)
}

/// A percentage with `decimals` decimals: `format_percent(19.24, 1)` →
/// `"19,2%"`.
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::numfmt;
///
/// assert_eq!(numfmt::format_percent(Decimal::new(11195, 2), 1), "112,0%");
/// ```
#[must_use]
pub fn format_percent(value: Decimal, decimals: u32) -> String {
    NumberFormat::new()
        .decimals(decimals)
        .unit(Measure::Percent)
        .format(value)
}

/// A number read from text, with the unit written after it, if any.
///
/// `FromStr` and [`parse`] read it; `Display` prints it back the way it was
/// written (same decimals, same unit).
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{numfmt::{Quantity, Measure}};
///
/// let q: Quantity = "207,359 tỷ đồng".parse()?;
/// assert_eq!(q.value, Decimal::new(207_359, 3));
/// assert_eq!(q.unit, Some(Measure::BillionDong));
/// assert_eq!(q.to_dong()?, Decimal::from(207_359_000_000_u64));
/// assert_eq!(q.to_string(), "207,359 tỷ đồng");
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quantity {
    /// The number as written (`207,359` for `207,359 tỷ đồng`).
    #[serde(with = "rust_decimal::serde::str")]
    pub value: Decimal,
    /// The unit written after it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Measure>,
}

impl Quantity {
    /// The amount in đồng.
    ///
    /// # Errors
    ///
    /// No money unit was written ([`ErrorKind::Missing`]), or the amount
    /// overflows ([`ErrorKind::Overflow`]).
    pub fn to_dong(&self) -> Result<Decimal> {
        let per = self.unit.and_then(Measure::dong_per_unit).ok_or_else(|| {
            Error::new(
                ErrorKind::Missing,
                format!("'{self}' không phải một số tiền: không có đơn vị đồng"),
                format!("'{self}' is not an amount of money: no đồng unit"),
            )
        })?;
        self.value.checked_mul(per).ok_or_else(|| {
            Error::overflow(
                format!("'{self}' tính ra đồng bị tràn số"),
                format!("'{self}' in đồng overflows"),
            )
        })
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let format = match self.unit {
            Some(unit) => NumberFormat::new().unit(unit),
            None => NumberFormat::new(),
        };
        format.display(self.value).fmt(f)
    }
}

impl FromStr for Quantity {
    type Err = Error;

    fn from_str(s: &str) -> Result<Quantity> {
        parse(s)
    }
}

/// Reads a number with an optional unit: `"1.538.875.000 đồng"`,
/// `"207,359 tỷ đồng"`, `"19,2%"`, `"-7,3"`.
///
/// # Errors
///
/// [`ErrorKind::Parse`] for text that is not a Vietnamese number (see the
/// [module table](self) for the ambiguous shapes that are refused), or an
/// unknown unit; [`ErrorKind::Overflow`] for more digits than a [`Decimal`]
/// holds (28 or 29 significant digits).
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{numfmt::{self, Measure}};
///
/// let q = numfmt::parse("207,359 tỷ đồng")?;
/// assert_eq!((q.value, q.unit), (Decimal::new(207_359, 3), Some(Measure::BillionDong)));
/// assert_eq!(numfmt::parse("-7,3")?.value, Decimal::new(-73, 1));
/// // A dot followed by fewer than three digits is an English decimal: refused.
/// assert!(numfmt::parse("1.5 tỷ đồng").is_err());
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn parse(s: &str) -> Result<Quantity> {
    let (value, rest) = parse_prefix(s)?;
    let rest = rest.trim();
    if rest.is_empty() {
        return Ok(Quantity { value, unit: None });
    }
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(Error::parse(
            format!(
                "có dấu cách trong số '{}': viết hàng nghìn bằng dấu '.'",
                text::shown(s.trim())
            ),
            format!(
                "a space inside the number '{}': write thousands with '.'",
                text::shown(s.trim())
            ),
        ));
    }
    let unit = parse_unit(rest).ok_or_else(|| {
        Error::parse(
            format!(
                "'{}' có đơn vị không rõ; cần %, đồng, nghìn đồng, triệu đồng, tỷ đồng hoặc \
                 nghìn tỷ đồng",
                text::shown(s.trim())
            ),
            format!(
                "'{}' has an unknown unit; expected %, đồng, nghìn đồng, triệu đồng, tỷ đồng or \
                 nghìn tỷ đồng",
                text::shown(s.trim())
            ),
        )
    })?;
    Ok(Quantity {
        value,
        unit: Some(unit),
    })
}

/// Reads a bare number, with no unit: `"1.538.875.000"`, `"3,16"`.
///
/// # Errors
///
/// As [`parse`], and any unit after the number.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::numfmt;
///
/// assert_eq!(numfmt::parse_number("1.538.875.000")?, Decimal::from(1_538_875_000_u64));
/// assert_eq!(numfmt::parse_number("3,16")?, Decimal::new(316, 2));
/// assert!(numfmt::parse_number("3,16%").is_err());
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn parse_number(s: &str) -> Result<Decimal> {
    let q = parse(s)?;
    match q.unit {
        None => Ok(q.value),
        Some(unit) => Err(Error::parse(
            format!(
                "cần một số không có đơn vị, nhưng có đơn vị '{unit}' trong '{}'",
                text::shown(s.trim())
            ),
            format!(
                "expected a bare number, found the unit '{unit}' in '{}'",
                text::shown(s.trim())
            ),
        )),
    }
}

/// Reads a percentage, `%` required: `"19,2%"` → 19.2.
///
/// # Errors
///
/// As [`parse`], and a missing `%` or another unit.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::numfmt;
///
/// assert_eq!(numfmt::parse_percent("19,2 %")?, Decimal::new(192, 1));
/// assert!(numfmt::parse_percent("19,2").is_err());
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn parse_percent(s: &str) -> Result<Decimal> {
    let q = parse(s)?;
    match q.unit {
        Some(Measure::Percent) => Ok(q.value),
        _ => Err(Error::parse(
            format!(
                "cần một tỷ lệ phần trăm như '19,2%', nhưng gặp '{}'",
                text::shown(s.trim())
            ),
            format!(
                "expected a percentage such as '19,2%', found '{}'",
                text::shown(s.trim())
            ),
        )),
    }
}

/// Reads an amount of money and converts it to đồng: `"5.955 tỷ đồng"` →
/// 5955000000000.
///
/// # Errors
///
/// As [`parse`], a missing money unit, or an amount that overflows.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::numfmt;
///
/// assert_eq!(numfmt::parse_dong("1,5 triệu đồng")?, Decimal::from(1_500_000));
/// assert_eq!(numfmt::parse_dong("1.490.000 đồng")?, Decimal::from(1_490_000));
/// assert!(numfmt::parse_dong("1.490.000").is_err()); // no unit: not money
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn parse_dong(s: &str) -> Result<Decimal> {
    in_dong(&parse(s)?, s)
}

/// `q`, read from `s`, in đồng, with errors that quote `s` as it was
/// written.
pub(crate) fn in_dong(q: &Quantity, s: &str) -> Result<Decimal> {
    q.to_dong().map_err(|e| {
        let s = text::shown(s.trim());
        match e.kind() {
            ErrorKind::Missing => Error::parse(
                format!("cần một số tiền như '1.490.000 đồng' hoặc '5,2 tỷ đồng', nhưng gặp '{s}'"),
                format!(
                    "expected an amount such as '1.490.000 đồng' or '5,2 tỷ đồng', found '{s}'"
                ),
            ),
            _ => Error::overflow(
                format!("'{s}' tính ra đồng bị tràn số"),
                format!("'{s}' in đồng overflows"),
            ),
        }
    })
}

/// The unit of the text after a number, if it is one.
fn parse_unit(rest: &str) -> Option<Measure> {
    if rest == "%" {
        return Some(Measure::Percent);
    }
    if rest == "đ" || rest == "Đ" {
        return Some(Measure::Dong);
    }
    // Longer than any unit could be written ("nghìn tỷ đồng"): not one,
    // and not worth folding.
    if text::longer_than_a_name(rest, "ngan ty dong".len()) {
        return None;
    }
    let key = text::fold(rest);
    let key = key.strip_suffix(" dong").unwrap_or(&key);
    Some(match key {
        "dong" | "vnd" => Measure::Dong,
        "nghin" | "ngan" => Measure::ThousandDong,
        "trieu" => Measure::MillionDong,
        "ty" | "ti" => Measure::BillionDong,
        "nghin ty" | "ngan ty" | "nghin ti" | "ngan ti" => Measure::ThousandBillionDong,
        _ => return None,
    })
}

/// Reads the number at the start of `s` (after leading spaces) and returns
/// it with the rest of the text.
fn parse_prefix(s: &str) -> Result<(Decimal, &str)> {
    if s.trim().is_empty() {
        return Err(Error::parse("số trống", "empty number"));
    }
    let t = s.trim_start();
    let (negative, t) = match t.chars().next() {
        Some('-' | '\u{2212}') => (true, &t[t.chars().next().map_or(0, char::len_utf8)..]),
        Some('+') => (false, &t[1..]),
        _ => (false, t),
    };
    let end = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(t.len());
    let (number, rest) = t.split_at(end);
    let shown = text::shown(s.trim());
    if number.is_empty() {
        return Err(Error::parse(
            format!("'{shown}' không bắt đầu bằng một số"),
            format!("'{shown}' does not start with a number"),
        ));
    }
    let bad = |why_vi: &str, why: &str| {
        Error::parse(
            format!("'{shown}' không phải cách viết số của Việt Nam: {why_vi}"),
            format!("'{shown}' is not a Vietnamese number: {why}"),
        )
    };
    let (int, frac) = match number.split_once(',') {
        Some((int, frac)) => {
            if frac.contains(',') {
                return Err(bad(
                    "nhiều hơn một dấu ','; ',' là dấu thập phân, '.' ngăn cách hàng nghìn",
                    "more than one ','; ',' is the decimal mark, '.' separates thousands",
                ));
            }
            if frac.contains('.') {
                return Err(bad(
                    "dấu '.' sau dấu thập phân ','; '.' ngăn cách hàng nghìn",
                    "'.' after the decimal ','; '.' separates thousands",
                ));
            }
            if frac.is_empty() {
                return Err(bad(
                    "không có chữ số sau dấu thập phân ','",
                    "no digits after the decimal ','",
                ));
            }
            (int, frac)
        }
        None => (number, ""),
    };
    if int.is_empty() {
        return Err(bad(
            "không có chữ số trước dấu thập phân ','",
            "no digits before the decimal ','",
        ));
    }
    let mut digits = String::with_capacity(number.len());
    let mut groups = int.split('.');
    let head = groups.next().unwrap_or_default();
    let grouped = int.contains('.');
    if grouped {
        let english = || {
            let decimal = text::shown(&int.replacen('.', ",", 1)).into_owned();
            bad(
                &format!(
                    "dấu '.' ngăn cách hàng nghìn và mỗi nhóm sau nó có 3 chữ số; \
                 viết '{decimal}' cho số thập phân"
                ),
                &format!(
                    "'.' separates thousands and every group after it has 3 digits; \
                 write '{decimal}' for a decimal"
                ),
            )
        };
        if head.is_empty() || head.len() > 3 || (head.starts_with('0')) {
            return Err(if head.starts_with('0') && head.len() == 1 {
                english()
            } else {
                bad(
                    "nhóm đầu trước dấu '.' phải có 1 đến 3 chữ số và không bắt đầu bằng 0",
                    "the first group before '.' must have 1 to 3 digits and no leading zero",
                )
            });
        }
        digits.push_str(head);
        for group in groups {
            if group.len() != 3 {
                return Err(if int.matches('.').count() == 1 && frac.is_empty() {
                    english()
                } else {
                    bad(
                        "mỗi nhóm sau dấu '.' phải có 3 chữ số",
                        "every group after '.' must have 3 digits",
                    )
                });
            }
            digits.push_str(group);
        }
    } else {
        digits.push_str(head);
    }
    digits.push_str(frac);
    let scale = u32::try_from(frac.len()).unwrap_or(u32::MAX);
    let too_big = || {
        Error::overflow(
            format!("'{shown}' có nhiều chữ số hơn một số thập phân chứa được"),
            format!("'{shown}' has more digits than a decimal can hold"),
        )
    };
    let value = match decimal(&digits, scale, negative) {
        Some(v) => v,
        // Zeros padding the decimals ("…376,00000000000", as
        // `format_number` prints them) may not fit; the value does.
        None => {
            let zeros = frac.len().saturating_sub(frac.trim_end_matches('0').len());
            let digits = digits
                .get(..digits.len().saturating_sub(zeros))
                .unwrap_or_default();
            let scale = scale.saturating_sub(u32::try_from(zeros).unwrap_or(u32::MAX));
            decimal(digits, scale, negative).ok_or_else(too_big)?
        }
    };
    Ok((value, rest))
}

/// The decimal of `digits` with `scale` decimals, if it fits.
fn decimal(digits: &str, scale: u32, negative: bool) -> Option<Decimal> {
    let mantissa: i128 = digits.parse().ok()?;
    let mantissa = if negative {
        mantissa.checked_neg()?
    } else {
        mantissa
    };
    Decimal::try_from_i128_with_scale(mantissa, scale).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Bilingual as _;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn prints_the_report_figures() {
        let dong = NumberFormat::new().unit(Measure::Dong);
        assert_eq!(dong.format(d("1538875000")), "1.538.875.000 đồng");
        assert_eq!(dong.format(d("702000")), "702.000 đồng");
        assert_eq!(dong.format(d("0")), "0 đồng");
        assert_eq!(dong.format(d("999")), "999 đồng");
        assert_eq!(dong.format(d("1000")), "1.000 đồng");
        let ty = NumberFormat::new()
            .max_decimals(3)
            .unit(Measure::BillionDong);
        assert_eq!(ty.format(d("207.359")), "207,359 tỷ đồng");
        assert_eq!(ty.format(d("5955")), "5.955 tỷ đồng");
        assert_eq!(ty.format(d("9195.2")), "9.195,2 tỷ đồng");
        assert_eq!(format_percent(d("19.2"), 1), "19,2%");
        assert_eq!(format_percent(d("78.555"), 2), "78,56%");
        assert_eq!(format_percent(d("111.6"), 1), "111,6%");
        assert_eq!(format_number(d("3.155"), 2), "3,16");
        assert_eq!(format_number(d("0.05"), 2), "0,05");
        assert_eq!(format_number(d("0.5"), 0), "1");
        assert_eq!(format_number(d("-0.04"), 1), "0,0");
        assert_eq!(format_number(d("-1234567.891"), 2), "-1.234.567,89");
        assert_eq!(NumberFormat::new().format(d("0.00123")), "0,00123");
    }

    #[test]
    fn rounds_half_away_from_zero_never_to_even() {
        assert_eq!(format_number(d("0.125"), 2), "0,13");
        assert_eq!(format_number(d("2.5"), 0), "3");
        assert_eq!(format_number(d("-2.5"), 0), "-3");
        assert_eq!(format_number(d("19.25"), 1), "19,3");
        assert_eq!(format_number(d("19.249"), 1), "19,2");
    }

    #[test]
    fn parses_the_report_figures() {
        assert_eq!(parse_dong("1.538.875.000 đồng").unwrap(), d("1538875000"));
        assert_eq!(parse_dong("1.538.875.000đ").unwrap(), d("1538875000"));
        assert_eq!(parse_dong("1538875000 VNĐ").unwrap(), d("1538875000"));
        assert_eq!(parse_dong("207,359 tỷ đồng").unwrap(), d("207359000000"));
        assert_eq!(parse_dong("207,359 tỉ").unwrap(), d("207359000000"));
        assert_eq!(parse_dong("5.955 tỷ đồng").unwrap(), d("5955000000000"));
        assert_eq!(parse_dong("5 ngàn tỷ").unwrap(), d("5000000000000"));
        assert_eq!(parse_dong("450 nghìn đồng").unwrap(), d("450000"));
        assert_eq!(parse_dong("1,49 triệu đồng").unwrap(), d("1490000"));
        assert_eq!(parse_dong("  1.490.000   đồng ").unwrap(), d("1490000"));
        assert_eq!(parse_percent("19,2%").unwrap(), d("19.2"));
        assert_eq!(parse_percent("19,2 %").unwrap(), d("19.2"));
        assert_eq!(parse_percent("-7,3%").unwrap(), d("-7.3"));
        assert_eq!(parse_number("0,538").unwrap(), d("0.538"));
        assert_eq!(parse_number("0").unwrap(), d("0"));
        assert_eq!(parse_number("1.000").unwrap(), d("1000"));
        assert_eq!(parse_number("+12").unwrap(), d("12"));
        // NFD diacritics in the unit.
        assert_eq!(
            parse_dong("2 ty\u{309} \u{111}o\u{302}\u{300}ng").unwrap(),
            d("2000000000")
        );
    }

    #[test]
    fn refuses_ambiguous_and_malformed_numbers() {
        let cases = [
            ("", "empty number"),
            ("   ", "empty number"),
            ("đồng", "does not start with a number"),
            ("1.5", "write '1,5' for a decimal"),
            ("0.538", "write '0,538' for a decimal"),
            ("1.2345", "write '1,2345' for a decimal"),
            ("1,234,567", "more than one ','"),
            ("1,234.5", "'.' after the decimal ','"),
            ("1234.567", "first group"),
            ("1.234.56", "every group after '.' must have 3 digits"),
            ("1..234", "every group after '.' must have 3 digits"),
            (".5", "first group"),
            ("5,", "no digits after"),
            (",5", "no digits before"),
            ("12 345", "a space inside the number"),
            ("5 usd", "'5 usd' has an unknown unit"),
            ("5 d", "'5 d' has an unknown unit"),
            ("-", "does not start with a number"),
        ];
        for (input, message) in cases {
            let err = parse(input).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Parse, "{input}");
            assert!(err.en().contains(message), "{input}: {err}");
        }
        let err = parse("123456789012345678901234567890123456789012").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Overflow);
        let err = parse("100000000000000000000000000000").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Overflow);
        assert!(parse_number("5%").unwrap_err().en().contains("bare number"));
        assert!(parse_percent("5").unwrap_err().en().contains("percentage"));
        assert!(
            parse_dong("5%")
                .unwrap_err()
                .to_string()
                .contains("1.490.000 đồng")
        );
        let huge = parse_dong("79.228.162.514.264.337.593.543 nghìn tỷ đồng").unwrap_err();
        assert_eq!(huge.kind(), ErrorKind::Overflow);
    }

    #[test]
    fn display_reprints_as_written() {
        for s in [
            "1.538.875.000 đồng",
            "207,359 tỷ đồng",
            "19,20%",
            "-7,3",
            "0,05 triệu đồng",
        ] {
            assert_eq!(parse(s).unwrap().to_string(), s);
        }
    }
}
