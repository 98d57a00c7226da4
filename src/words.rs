//! Amounts in Vietnamese words, as award decisions print them after
//! "Bằng chữ:": `Một triệu bốn trăm chín mươi nghìn đồng`.
//!
//! The spelling rules (the legal digest, §7):
//!
//! | rule | example |
//! |---|---|
//! | units digit 1 is "mốt" after a tens word of 2–9, else "một" | 21 hai mươi mốt; 11 mười một; 101 một trăm linh một |
//! | units digit 4 is "tư" after a tens word of 2–9 (or "bốn", [`Four::Bon`]), else "bốn" | 24 hai mươi tư; 14 mười bốn |
//! | units digit 5 is "lăm" after a tens word, else "năm" | 15 mười lăm; 25 hai mươi lăm; 105 một trăm linh năm |
//! | tens "mười" for 10–19, "mươi" for 20–90 | 10 mười; 50 năm mươi |
//! | a zero tens digit before a units digit is "linh" (or "lẻ", [`ZeroTens::Le`]) | 702.000 bảy trăm linh hai nghìn |
//! | a group after the first keeps "không trăm" | 1.050.000 một triệu không trăm năm mươi nghìn |
//! | groups of zeros are not read | 1.000.005 một triệu không trăm linh năm |
//! | beyond a billion, the count of "tỷ" is read like any number | 10¹² một nghìn tỷ; 10¹⁵ một triệu tỷ |
//!
//! Reading ([`parse`]) has one policy for abbreviated forms: **every one is
//! refused as ambiguous**, and the message spells the number in full both
//! ways. People say "ba nghìn hai" for 3.200, "hai triệu năm" for
//! 2.500.000, "một trăm năm" for 150 and "một trăm tư" for 140, but a
//! careless writer may mean 3.002, 2.000.005 or 105; an amount in a
//! decision must not be read one way when it was meant the other.
//!
//! | words | read as |
//! |---|---|
//! | ba nghìn hai trăm | 3.200 |
//! | ba nghìn không trăm linh hai; ba nghìn linh hai | 3.002 |
//! | ba nghìn hai | **error**: "write it in full: 'ba nghìn hai trăm' (3.200) or 'ba nghìn không trăm linh hai' (3.002)" |
//! | hai triệu năm | **error**: 2.500.000 or 2.000.005 |
//! | một trăm năm | **error**: 150 or 105 |
//! | một trăm tư, hai trăm mốt, một nghìn tư | **error**: 140, 210, 1.400 written in full |
//! | hai triệu năm nghìn | 2.005.000 (not abbreviated: "nghìn" follows) |
//!
//! ```
//! use thidua::{words::{self, Style}};
//!
//! assert_eq!(words::number(1_490_000, &Style::default())?, "Một triệu bốn trăm chín mươi nghìn");
//! let decision = Style::default().even(true);
//! assert_eq!(words::dong(1_800_000, &decision)?, "Một triệu tám trăm nghìn đồng chẵn");
//! assert_eq!(words::parse("một triệu không trăm linh một nghìn đồng")?, 1_001_000);
//! assert_eq!(words::parse("Mot trieu le mot nghin dong")?, 1_001_000);
//! # Ok::<(), thidua::Error>(())
//! ```

use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::text;

/// The largest number printed in words: 999.999.999.999.999.999 (just under
/// a "tỷ tỷ", 10¹⁸), far above any budget (the state budget is about 10¹⁵
/// đồng).
pub const MAX: u64 = 999_999_999_999_999_999;

/// How a zero tens digit before a units digit is read: 105 "một trăm linh
/// năm" or "một trăm lẻ năm".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ZeroTens {
    /// "linh": the Northern and administrative usage.
    #[default]
    Linh,
    /// "lẻ": the Southern usage.
    Le,
}

/// How a units digit 4 after a tens word of 2–9 is read: 24 "hai mươi tư"
/// or "hai mươi bốn".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Four {
    /// "tư".
    #[default]
    Tu,
    /// "bốn".
    Bon,
}

/// The word for a thousand: "nghìn" (Decrees 98/2023, 152/2025) or "ngàn"
/// (Decree 91/2017, the South).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Thousand {
    /// "nghìn".
    #[default]
    Nghin,
    /// "ngàn".
    Ngan,
}

/// The spelling choices for numbers in words.
///
/// The default is the administrative spelling: "linh", "tư", "nghìn", a
/// capital first letter, and no "chẵn".
///
/// # Example
///
/// ```
/// use thidua::{words::{self, Four, Style, Thousand, ZeroTens}};
///
/// let south = Style::default().zero_tens(ZeroTens::Le).four(Four::Bon).thousand(Thousand::Ngan);
/// assert_eq!(words::number(124_105, &south)?, "Một trăm hai mươi bốn ngàn một trăm lẻ năm");
/// assert_eq!(words::number(124_105, &Style::default().capitalize(false))?,
///     "một trăm hai mươi tư nghìn một trăm linh năm");
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Style {
    zero_tens: ZeroTens,
    four: Four,
    thousand: Thousand,
    even: bool,
    capitalize: bool,
}

impl Default for Style {
    fn default() -> Style {
        Style {
            zero_tens: ZeroTens::Linh,
            four: Four::Tu,
            thousand: Thousand::Nghin,
            even: false,
            capitalize: true,
        }
    }
}

impl Style {
    /// The same style reading a zero tens digit as `zero_tens`.
    #[must_use]
    pub fn zero_tens(mut self, zero_tens: ZeroTens) -> Style {
        self.zero_tens = zero_tens;
        self
    }

    /// The same style reading a units 4 after a tens word as `four`.
    #[must_use]
    pub fn four(mut self, four: Four) -> Style {
        self.four = four;
        self
    }

    /// The same style with `thousand` for a thousand.
    #[must_use]
    pub fn thousand(mut self, thousand: Thousand) -> Style {
        self.thousand = thousand;
        self
    }

    /// Whether an amount ends "đồng chẵn" (a whole amount, as many
    /// decisions print it) instead of "đồng".
    #[must_use]
    pub fn even(mut self, even: bool) -> Style {
        self.even = even;
        self
    }

    /// Whether the first letter is a capital (the default, as after
    /// "Bằng chữ:").
    #[must_use]
    pub fn capitalize(mut self, capitalize: bool) -> Style {
        self.capitalize = capitalize;
        self
    }
}

const DIGITS: [&str; 10] = [
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
];

fn digit(d: u64) -> &'static str {
    usize::try_from(d)
        .ok()
        .and_then(|i| DIGITS.get(i))
        .copied()
        .unwrap_or("")
}

/// Reads a group of three digits (`0..=999`); `full` keeps "không trăm" and
/// "linh" (a group after the first).
fn group(n: u64, full: bool, style: &Style, out: &mut Vec<&'static str>) {
    let (h, t, u) = (n / 100, n / 10 % 10, n % 10);
    let hundreds = full || h > 0;
    if hundreds {
        out.extend([digit(h), "trăm"]);
    }
    match t {
        0 if u == 0 => {}
        0 if hundreds => out.extend([
            match style.zero_tens {
                ZeroTens::Linh => "linh",
                ZeroTens::Le => "lẻ",
            },
            digit(u),
        ]),
        0 => out.push(digit(u)),
        1 => {
            out.push("mười");
            match u {
                0 => {}
                5 => out.push("lăm"),
                _ => out.push(digit(u)),
            }
        }
        _ => {
            out.extend([digit(t), "mươi"]);
            match u {
                0 => {}
                1 => out.push("mốt"),
                4 if style.four == Four::Tu => out.push("tư"),
                5 => out.push("lăm"),
                _ => out.push(digit(u)),
            }
        }
    }
}

/// Reads `n < 10⁹`; `leading` when nothing was read before it.
fn below_billion(n: u64, leading: bool, style: &Style, out: &mut Vec<&'static str>) {
    let thousand = match style.thousand {
        Thousand::Nghin => "nghìn",
        Thousand::Ngan => "ngàn",
    };
    let mut first = leading;
    for (g, scale) in [
        (n / 1_000_000, "triệu"),
        (n / 1_000 % 1_000, thousand),
        (n % 1_000, ""),
    ] {
        if g == 0 {
            continue;
        }
        group(g, !first, style, out);
        if !scale.is_empty() {
            out.push(scale);
        }
        first = false;
    }
}

fn read(n: u64, leading: bool, style: &Style, out: &mut Vec<&'static str>) {
    const BILLION: u64 = 1_000_000_000;
    if n >= BILLION {
        read(n / BILLION, leading, style, out);
        out.push("tỷ");
        below_billion(n % BILLION, false, style, out);
    } else {
        below_billion(n, leading, style, out);
    }
}

fn finish(words: &[&str], style: &Style) -> String {
    let text = words.join(" ");
    if !style.capitalize {
        return text;
    }
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

fn too_large(n: impl std::fmt::Display) -> Error {
    Error::out_of_range(
        format!("{n} lớn hơn số lớn nhất đọc được bằng chữ, {MAX}"),
        format!("{n} is above the largest number read in words, {MAX}"),
    )
}

/// `n` in words, without a unit: `"Bảy trăm linh hai nghìn"`.
///
/// # Errors
///
/// `n` above [`MAX`] ([`ErrorKind::OutOfRange`](crate::error::ErrorKind::OutOfRange)).
///
/// # Example
///
/// ```
/// use thidua::{words::{self, Four, Style, ZeroTens}};
///
/// assert_eq!(words::number(702_000, &Style::default())?, "Bảy trăm linh hai nghìn");
/// assert_eq!(words::number(24, &Style::default())?, "Hai mươi tư");
/// let south = Style::default().zero_tens(ZeroTens::Le).four(Four::Bon);
/// assert_eq!(words::number(104, &south)?, "Một trăm lẻ bốn");
/// assert!(words::number(words::MAX + 1, &Style::default()).is_err());
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn number(n: u64, style: &Style) -> Result<String> {
    if n > MAX {
        return Err(too_large(n));
    }
    let mut out = Vec::with_capacity(24);
    if n == 0 {
        out.push("không");
    } else {
        read(n, true, style, &mut out);
    }
    Ok(finish(&out, style))
}

/// `n` đồng in words: `"Một triệu bốn trăm chín mươi nghìn đồng"`, or
/// "… đồng chẵn" with [`Style::even`].
///
/// # Errors
///
/// `n` above [`MAX`] ([`ErrorKind::OutOfRange`](crate::error::ErrorKind::OutOfRange)).
///
/// # Example
///
/// ```
/// use thidua::{words::{self, Style}};
///
/// assert_eq!(words::dong(1_490_000, &Style::default())?, "Một triệu bốn trăm chín mươi nghìn đồng");
/// assert_eq!(words::dong(230_000, &Style::default().even(true))?, "Hai trăm ba mươi nghìn đồng chẵn");
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn dong(n: u64, style: &Style) -> Result<String> {
    let mut s = number(n, style)?;
    s.push_str(if style.even {
        " đồng chẵn"
    } else {
        " đồng"
    });
    Ok(s)
}

/// An amount of đồng (a [`Decimal`], as [`Money`](crate::Money) holds it) in
/// words.
///
/// # Errors
///
/// A negative amount, one with a fraction of a đồng, or one above [`MAX`]
/// ([`ErrorKind::OutOfRange`](crate::error::ErrorKind::OutOfRange)).
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::Money;
/// use thidua::{words::{self, Style}};
///
/// let total = Money::from_dong(1_940_000);
/// assert_eq!(words::amount(total.dong(), &Style::default())?, "Một triệu chín trăm bốn mươi nghìn đồng");
/// assert!(words::amount(Decimal::new(2_235_005, 1), &Style::default()).is_err()); // 223.500,5
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn amount(dong_amount: Decimal, style: &Style) -> Result<String> {
    if dong_amount.is_sign_negative() && !dong_amount.is_zero() {
        return Err(Error::out_of_range(
            format!("số tiền âm {dong_amount} không đọc được bằng chữ"),
            format!("negative amount {dong_amount} has no reading in words"),
        ));
    }
    if dong_amount.fract() != Decimal::ZERO {
        return Err(Error::out_of_range(
            format!(
                "số tiền {dong_amount} có phần lẻ của một đồng; làm tròn trước khi đọc bằng chữ"
            ),
            format!(
                "amount {dong_amount} has a fraction of a đồng; round it before reading it in words"
            ),
        ));
    }
    let n = u64::try_from(dong_amount.trunc()).map_err(|_| too_large(dong_amount))?;
    dong(n, style)
}

/// More folded characters than the longest number below [`MAX`] in words
/// ("chín trăm chín mươi chín nghìn … đồng chẵn" is under 300).
const LONGEST_WORDS: usize = 400;

/// One word of a number, after folding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    Digit(u64),
    /// "mốt", "tư", "lăm", "nhăm": a units digit after a tens word only.
    Unit(u64),
    /// "mười" or "mươi" (they fold alike; the word before tells them apart).
    Muoi,
    Hundred,
    Linh,
    Thousand,
    Million,
    Billion,
}

fn word(key: &str) -> Option<Word> {
    Some(match key {
        "khong" => Word::Digit(0),
        "mot" => Word::Digit(1),
        "hai" => Word::Digit(2),
        "ba" => Word::Digit(3),
        "bon" => Word::Digit(4),
        "nam" => Word::Digit(5),
        "sau" => Word::Digit(6),
        "bay" => Word::Digit(7),
        "tam" => Word::Digit(8),
        "chin" => Word::Digit(9),
        "tu" => Word::Unit(4),
        "lam" | "nham" => Word::Unit(5),
        "muoi" => Word::Muoi,
        "tram" => Word::Hundred,
        "linh" | "le" => Word::Linh,
        "nghin" | "ngan" => Word::Thousand,
        "trieu" => Word::Million,
        "ty" | "ti" => Word::Billion,
        _ => return None,
    })
}

/// Reads a number written in words, with or without "đồng" / "đồng chẵn",
/// any case, with or without diacritics: `"Một triệu không trăm năm mươi
/// nghìn đồng"` → 1050000.
///
/// Both spellings of every choice are read ("linh" / "lẻ", "tư" / "bốn",
/// "mốt" / "một", "nghìn" / "ngàn", "tỷ" / "tỉ"), and "không trăm" may be
/// left out.
///
/// # Errors
///
/// [`ErrorKind::Parse`](crate::error::ErrorKind::Parse) for an unknown word or words in an order that is
/// not a number, and for every abbreviated form (`"một trăm năm"`, which
/// could mean 105 or 150; `"ba nghìn hai"`, 3.200 or 3.002: see the
/// [module](self) table), with both readings written in full;
/// [`ErrorKind::OutOfRange`](crate::error::ErrorKind::OutOfRange) above [`MAX`].
///
/// # Example
///
/// ```
/// # use thidua::Bilingual as _;
/// use thidua::words;
///
/// assert_eq!(words::parse("Một triệu không trăm năm mươi nghìn đồng")?, 1_050_000);
/// assert_eq!(words::parse("hai muoi tu nghin dong chan")?, 24_000);
/// assert!(words::parse("một trăm năm").is_err()); // 105 or 150?
/// let err = words::parse("ba nghìn hai").unwrap_err();
/// assert!(err.en().ends_with(
///     "write it in full: 'ba nghìn hai trăm' (3.200) or 'ba nghìn không trăm linh hai' (3.002)"
/// ), "{err}");
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn parse(s: &str) -> Result<u64> {
    // Longer than the longest number in words could be written: refused
    // before folding.
    if text::longer_than_a_name(s, LONGEST_WORDS) {
        return Err(Error::parse(
            format!("'{}' dài hơn mọi số viết bằng chữ", text::shown(s.trim())),
            format!(
                "'{}' is longer than any number in words",
                text::shown(s.trim())
            ),
        ));
    }
    let folded = text::fold(s);
    let mut keys: Vec<&str> = folded.split(' ').filter(|k| !k.is_empty()).collect();
    if keys.last() == Some(&"chan") {
        keys.pop();
    }
    if keys.last() == Some(&"dong") {
        keys.pop();
    }
    let shown = s.trim();
    let quoted = text::shown(shown);
    if keys.is_empty() {
        return Err(Error::parse(
            format!("'{quoted}' không có số viết bằng chữ"),
            format!("'{quoted}' has no number in words"),
        ));
    }
    let mut tokens = Vec::with_capacity(keys.len());
    for k in &keys {
        let w = word(k).ok_or_else(|| {
            Error::parse(
                format!("không rõ từ '{}' trong số '{quoted}'", text::shown(k)),
                format!("unknown word '{}' in the number '{quoted}'", text::shown(k)),
            )
        })?;
        tokens.push(w);
    }
    if tokens == [Word::Digit(0)] {
        return Ok(0);
    }
    abbreviated(&tokens, shown)?;
    Parser {
        tokens: &tokens,
        at: 0,
        shown,
    }
    .number()
}

/// Refuses a number that ends in an abbreviated form: one digit word right
/// after "trăm", "nghìn", "triệu" or "tỷ" ("ba nghìn hai", "hai triệu năm",
/// "một trăm năm", "một trăm tư"). People saying it mean the next lower
/// place (3.200, 2.500.000, 150, 140); a careless writer may mean the units
/// (3.002, 2.000.005, 105). Both are spelled out in the message.
fn abbreviated(tokens: &[Word], shown: &str) -> Result<()> {
    let [head @ .., scale, last] = tokens else {
        return Ok(());
    };
    let (digit, literal) = match *last {
        Word::Digit(d) if d > 0 => (d, true),
        Word::Unit(u) => (u, false),
        _ => return Ok(()),
    };
    let place: u64 = match scale {
        Word::Hundred => 10,
        Word::Thousand => 100,
        Word::Million => 100_000,
        Word::Billion => 100_000_000,
        _ => return Ok(()),
    };
    let Some(prefix_tokens) = tokens.get(..=head.len()) else {
        return Ok(());
    };
    let prefix = Parser {
        tokens: prefix_tokens,
        at: 0,
        shown,
    }
    .number();
    // A prefix that is not a number is refused by the parser, with its own
    // reason.
    let Ok(prefix) = prefix else { return Ok(()) };
    let style = Style::default().capitalize(false);
    let spell = |n: u64| -> Result<String> {
        Ok(format!(
            "'{}' ({})",
            number(n, &style)?,
            crate::numfmt::format_number(n.into(), 0)
        ))
    };
    let said = prefix
        .checked_add(digit.saturating_mul(place))
        .filter(|&n| n <= MAX)
        .ok_or_else(|| too_large(format!("'{}'", text::shown(shown))))?;
    let mut readings = spell(said)?;
    if literal {
        if let Some(units) = prefix.checked_add(digit).filter(|&n| n <= MAX) {
            readings.push_str(&format!(" or {}", spell(units)?));
        }
    }
    Err(Error::parse(
        format!(
            "'{}' không phải số viết bằng chữ: cách viết tắt bị từ chối vì không rõ nghĩa; viết đầy đủ: {readings}",
            text::shown(shown)
        ),
        format!(
            "'{}' is not a number in words: an abbreviated form is refused as ambiguous; write it in full: {readings}",
            text::shown(shown)
        ),
    ))
}

struct Parser<'a> {
    tokens: &'a [Word],
    at: usize,
    shown: &'a str,
}

impl Parser<'_> {
    fn peek(&self) -> Option<Word> {
        self.tokens.get(self.at).copied()
    }

    fn next(&mut self) -> Option<Word> {
        let w = self.peek();
        self.at += 1;
        w
    }

    fn bad(&self, why_vi: &str, why: &str) -> Error {
        Error::parse(
            format!(
                "'{}' không phải số viết bằng chữ: {why_vi}",
                text::shown(self.shown)
            ),
            format!(
                "'{}' is not a number in words: {why}",
                text::shown(self.shown)
            ),
        )
    }

    /// segment (tỷ segment?)*
    fn number(mut self) -> Result<u64> {
        let mut total: u64 = 0;
        let mut any = false;
        loop {
            let segment = self.segment()?;
            any |= segment.is_some();
            let segment = segment.unwrap_or(0);
            match self.next() {
                Some(Word::Billion) => {
                    if !any {
                        return Err(self.bad(
                            "'tỷ' không có số đứng trước",
                            "'tỷ' with no number before it",
                        ));
                    }
                    total = total
                        .checked_add(segment)
                        .and_then(|t| t.checked_mul(1_000_000_000))
                        .filter(|&t| t <= MAX)
                        .ok_or_else(|| too_large(format!("'{}'", text::shown(self.shown))))?;
                }
                None => {
                    let n = total
                        .checked_add(segment)
                        .filter(|&t| t <= MAX)
                        .ok_or_else(|| too_large(format!("'{}'", text::shown(self.shown))))?;
                    if !any {
                        return Err(self.bad("không có số", "no number"));
                    }
                    return Ok(n);
                }
                Some(_) => return Err(self.bad("các từ sai thứ tự", "words out of order")),
            }
        }
    }

    /// [group triệu] [group nghìn] [group], below a billion; `None` if
    /// empty.
    fn segment(&mut self) -> Result<Option<u64>> {
        let mut value = 0;
        let mut any = false;
        let mut last_scale = u64::MAX;
        while let Some(g) = self.group()? {
            let scale = match self.peek() {
                Some(Word::Million) => 1_000_000,
                Some(Word::Thousand) => 1_000,
                _ => 1,
            };
            if scale >= last_scale {
                return Err(self.bad(
                    "'triệu' và 'nghìn' sai thứ tự",
                    "'triệu' and 'nghìn' out of order",
                ));
            }
            if scale > 1 {
                self.at += 1;
            }
            last_scale = scale;
            value += g * scale;
            any = true;
            if scale == 1 {
                break;
            }
        }
        Ok(any.then_some(value))
    }

    /// A group `0..=999`, or `None` if the next word does not start one.
    fn group(&mut self) -> Result<Option<u64>> {
        let mut value = 0;
        let start = self.at;
        // Hundreds: D trăm.
        if let (Some(Word::Digit(h)), Some(Word::Hundred)) =
            (self.peek(), self.tokens.get(self.at + 1).copied())
        {
            value = h * 100;
            self.at += 2;
        }
        let hundreds = self.at > start;
        match self.peek() {
            Some(Word::Linh) => {
                // "một triệu lẻ một nghìn" leaves out "không trăm"; a number
                // cannot start with "linh".
                if !hundreds && start == 0 {
                    return Err(self.bad(
                        "'linh' hoặc 'lẻ' không có hàng trăm đứng trước",
                        "'linh' or 'lẻ' with no hundreds before it",
                    ));
                }
                self.at += 1;
                match self.next() {
                    Some(Word::Digit(u)) if u > 0 => value += u,
                    Some(Word::Unit(u)) => value += u,
                    _ => {
                        return Err(self.bad(
                            "sau 'linh' hoặc 'lẻ' phải là một chữ số 1–9",
                            "'linh' or 'lẻ' must be followed by a digit 1–9",
                        ));
                    }
                }
            }
            Some(Word::Muoi) => {
                // "mười": 10–19.
                self.at += 1;
                value += 10 + self.units()?;
            }
            Some(Word::Digit(t)) if self.tokens.get(self.at + 1) == Some(&Word::Muoi) => {
                if t == 0 {
                    return Err(self.bad("'không mươi'", "'không mươi'"));
                }
                self.at += 2;
                value += t * 10 + self.units()?;
            }
            Some(Word::Digit(u)) => {
                if hundreds {
                    return Err(self.bad(
                        "chữ số hàng đơn vị ngay sau 'trăm' không rõ nghĩa: viết 'linh' trước nó (105: một trăm linh năm) \
                         hoặc 'mươi' sau nó (150: một trăm năm mươi)",
                        "a units digit right after 'trăm' is ambiguous: write 'linh' before it (105: một trăm linh năm) \
                         or 'mươi' after it (150: một trăm năm mươi)",
                    ));
                }
                self.at += 1;
                value += u;
            }
            Some(Word::Unit(_)) if hundreds => {
                return Err(self.bad(
                    "'mốt', 'tư' hoặc 'lăm' ngay sau 'trăm' là cách viết tắt, bị từ chối vì không rõ nghĩa: \
                     viết đầy đủ hàng chục (140: một trăm bốn mươi; 104: một trăm linh bốn)",
                    "'mốt', 'tư' or 'lăm' right after 'trăm' is an abbreviated form, refused as ambiguous: \
                     write the tens in full (140: một trăm bốn mươi; 104: một trăm linh bốn)",
                ));
            }
            Some(Word::Unit(_)) => {
                return Err(self.bad(
                    "'mốt', 'tư' hoặc 'lăm' không có hàng chục đứng trước",
                    "'mốt', 'tư' or 'lăm' with no tens before it",
                ));
            }
            _ => {}
        }
        if self.at == start {
            return Ok(None);
        }
        if value == 0 && self.at == start + 1 {
            return Err(self.bad("'không' ở giữa một số", "'không' inside a number"));
        }
        Ok(Some(value))
    }

    /// The optional units digit after a tens word.
    fn units(&mut self) -> Result<u64> {
        match self.peek() {
            Some(Word::Digit(u))
                if u > 0 && self.tokens.get(self.at + 1) != Some(&Word::Hundred) =>
            {
                self.at += 1;
                Ok(u)
            }
            Some(Word::Unit(u)) => {
                self.at += 1;
                Ok(u)
            }
            Some(Word::Digit(0)) if self.tokens.get(self.at + 1) != Some(&Word::Hundred) => {
                Err(self.bad("'không' sau một từ hàng chục", "'không' after a tens word"))
            }
            _ => Ok(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use crate::lang::Bilingual as _;

    fn w(n: u64) -> String {
        number(n, &Style::default().capitalize(false)).unwrap()
    }

    #[test]
    fn small_numbers() {
        let cases = [
            (0, "không"),
            (1, "một"),
            (5, "năm"),
            (10, "mười"),
            (11, "mười một"),
            (14, "mười bốn"),
            (15, "mười lăm"),
            (20, "hai mươi"),
            (21, "hai mươi mốt"),
            (24, "hai mươi tư"),
            (25, "hai mươi lăm"),
            (50, "năm mươi"),
            (100, "một trăm"),
            (101, "một trăm linh một"),
            (104, "một trăm linh bốn"),
            (105, "một trăm linh năm"),
            (110, "một trăm mười"),
            (115, "một trăm mười lăm"),
            (301, "ba trăm linh một"),
            (711, "bảy trăm mười một"),
            (999, "chín trăm chín mươi chín"),
        ];
        for (n, text) in cases {
            assert_eq!(w(n), text, "{n}");
            assert_eq!(parse(text).unwrap(), n, "{text}");
        }
    }

    #[test]
    fn the_longest_number_fits_the_bound() {
        let longest = dong(MAX, &Style::default().even(true)).unwrap();
        assert!(text::fold(&longest).len() < LONGEST_WORDS, "{longest}");
        assert_eq!(parse(&longest).unwrap(), MAX);
        let huge = "một ".repeat(1_000_000);
        assert!(
            parse(&huge)
                .unwrap_err()
                .en()
                .contains("longer than any number in words")
        );
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for (s, why) in [
            ("", "no number"),
            ("đồng", "no number"),
            ("một trăm năm", "ambiguous"),
            ("tư", "no tens before it"),
            ("lăm nghìn", "no tens before it"),
            ("linh năm", "no hundreds"),
            ("một nghìn hai triệu", "out of order"),
            ("một nghìn hai nghìn", "out of order"),
            ("tỷ", "no number before it"),
            ("hai mươi không", "after a tens word"),
            ("một trăm linh không", "digit 1–9"),
            ("một đô la", "unknown word 'do'"),
            ("không không", "inside a number"),
            (
                "ba nghìn hai",
                "(3.200) or 'ba nghìn không trăm linh hai' (3.002)",
            ),
            (
                "hai triệu năm",
                "(2.500.000) or 'hai triệu không trăm linh năm' (2.000.005)",
            ),
            (
                "một trăm năm",
                "'một trăm năm mươi' (150) or 'một trăm linh năm' (105)",
            ),
            ("một trăm tư", "'một trăm bốn mươi' (140)"),
            ("hai trăm mốt", "'hai trăm mười' (210)"),
            ("một nghìn tư", "'một nghìn bốn trăm' (1.400)"),
            ("hai tỷ ba", "(2.300.000.000) or"),
            ("một trăm tư nghìn", "abbreviated form"),
        ] {
            let err = parse(s).unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Parse, "{s}");
            assert!(err.en().contains(why), "{s}: {err}");
        }
        assert_eq!(
            parse("một tỷ tỷ").unwrap_err().kind(),
            ErrorKind::OutOfRange
        );
        assert_eq!(
            number(MAX + 1, &Style::default()).unwrap_err().kind(),
            ErrorKind::OutOfRange
        );
    }
}
