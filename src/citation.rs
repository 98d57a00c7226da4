//! Legal citations: which instrument, article (Điều), clause (khoản) and point
//! (điểm) a rule comes from, and how sure we are of its text.
//!
//! Citations print the way Vietnamese documents print them, smallest unit
//! first: `điểm c khoản 1 Điều 27 Luật Thi đua, khen thưởng số 06/2022/QH15`.

use std::borrow::Cow;
use std::fmt;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::lang::Bilingual;
use crate::text;

/// The bundled instrument list, as data.
const INSTRUMENTS_TOML: &str = include_str!("../data/law/instruments.toml");

/// An instrument of the bundled list, with its note.
#[derive(Debug)]
struct Entry {
    instrument: Instrument,
    note: Option<String>,
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Entry, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Row {
            number: String,
            kind: InstrumentKind,
            name: String,
            #[serde(default)]
            note: Option<String>,
        }
        let r = Row::deserialize(d)?;
        Ok(Entry {
            instrument: Instrument::new(r.kind, r.number, r.name),
            note: r.note,
        })
    }
}

static BUNDLED_INSTRUMENTS: LazyLock<std::result::Result<Vec<Entry>, String>> =
    LazyLock::new(|| {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct File {
            schema: String,
            instrument: Vec<Entry>,
        }
        let file: File = toml::from_str(INSTRUMENTS_TOML)
            .map_err(|e| format!("data/law/instruments.toml: {e}"))?;
        if file.schema != "thidua-instruments@1" {
            return Err(format!(
                "data/law/instruments.toml: unknown schema '{}'",
                file.schema
            ));
        }
        Ok(file.instrument)
    });

fn bundled_entries() -> &'static [Entry] {
    // The bundled file is tested to load (`bundled_instruments_load`); a
    // broken one leaves the list empty, so that every lookup fails loudly.
    BUNDLED_INSTRUMENTS.as_deref().unwrap_or(&[])
}

/// How sure the project is of the wording behind a rule.
///
/// The marks of the legal digests: **V** the wording was read verbatim,
/// **S** secondhand (a summary, a translation, one copy), **U** unsure.
/// A rule resting on an [`Unverified`](Confidence::Unverified) text never
/// decides a verdict on its own: the criteria it decides come back
/// *unknown* and the verdict *needs review*.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Confidence {
    /// U: inferred, from memory, truncated or contradicted.
    #[serde(alias = "U")]
    Unverified,
    /// S: read in a summary, a translation or a single third-party copy.
    #[serde(alias = "S")]
    Secondhand,
    /// V: the wording of the provision was read verbatim.
    #[serde(alias = "V")]
    Verified,
}

impl Confidence {
    /// Whether a verdict may rest on the rule: verified and secondhand texts
    /// may, unverified ones may not.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Confidence;
    ///
    /// assert!(Confidence::Verified.is_decisive());
    /// assert!(Confidence::Secondhand.is_decisive());
    /// assert!(!Confidence::Unverified.is_decisive()); // its criteria come back unknown
    /// ```
    #[must_use]
    pub fn is_decisive(self) -> bool {
        self != Confidence::Unverified
    }
}

/// The kind of a legal instrument (loại văn bản).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum InstrumentKind {
    /// Luật (a law of the National Assembly).
    Law,
    /// Nghị định (a Government decree).
    Decree,
    /// Thông tư (a ministry's circular).
    Circular,
    /// Quyết định (a decision, e.g. a provincial regulation).
    Decision,
    /// Công văn (an official letter giving guidance).
    OfficialLetter,
    /// Nghị quyết (a resolution).
    Resolution,
}

/// A legal instrument: a law, decree, circular, decision or official letter.
///
/// The bundled ones are constants (`Instrument::LAW_06_2022` …); an overlay
/// names its own, e.g. a provincial decision.
///
/// # Example
///
/// ```
/// use thidua::citation::{Instrument, InstrumentKind};
///
/// assert_eq!(
///     Instrument::LAW_06_2022.to_string(),
///     "Luật Thi đua, khen thưởng số 06/2022/QH15"
/// );
/// let bac_ninh = Instrument::new(
///     InstrumentKind::Decision,
///     "86/2025/QĐ-UBND",
///     "Quyết định số 86/2025/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Ninh",
/// );
/// assert_eq!(bac_ninh.number(), "86/2025/QĐ-UBND");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Instrument {
    kind: InstrumentKind,
    number: Cow<'static, str>,
    name: Cow<'static, str>,
}

macro_rules! instruments {
    ($($(#[$doc:meta])* $konst:ident = $kind:ident, $number:literal, $name:literal;)*) => {
        impl Instrument {
            $(
                $(#[$doc])*
                pub const $konst: Instrument = Instrument {
                    kind: InstrumentKind::$kind,
                    number: Cow::Borrowed($number),
                    name: Cow::Borrowed($name),
                };
            )*

            /// Every bundled instrument.
            pub const BUNDLED: &'static [Instrument] = &[$(Instrument::$konst),*];
        }
    };
}

instruments! {
    /// Law 15/2003/QH11 as amended in 2005 and 2013 (consolidated in
    /// 16/VBHN-VPQH); in force until 2023-12-31.
    LAW_2003 = Law, "15/2003/QH11",
        "Luật Thi đua, khen thưởng số 15/2003/QH11 (sửa đổi, bổ sung năm 2005, 2013)";
    /// Law 39/2013/QH13 amending the Law of 2003 (in force 2014-06-01).
    LAW_39_2013 = Law, "39/2013/QH13",
        "Luật số 39/2013/QH13 sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng";
    /// Law 06/2022/QH15 (in force 2024-01-01).
    LAW_06_2022 = Law, "06/2022/QH15", "Luật Thi đua, khen thưởng số 06/2022/QH15";
    /// The reported amending law 06/2026/QH16 (reported in force
    /// 2026-10-01; no text read).
    LAW_06_2026 = Law, "06/2026/QH16",
        "Luật số 06/2026/QH16 sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng";
    /// Law 72/2025/QH15 on the organisation of local government: two local
    /// tiers (province and commune: xã, phường, đặc khu) from 2025-07-01, the
    /// district level ended.
    LAW_72_2025 = Law, "72/2025/QH15", "Luật Tổ chức chính quyền địa phương số 72/2025/QH15";
    /// Decree 42/2010/NĐ-CP (until 2017-09-30).
    DECREE_42_2010 = Decree, "42/2010/NĐ-CP", "Nghị định số 42/2010/NĐ-CP";
    /// Decree 65/2014/NĐ-CP.
    DECREE_65_2014 = Decree, "65/2014/NĐ-CP", "Nghị định số 65/2014/NĐ-CP";
    /// Decree 91/2017/NĐ-CP (2017-10-01 – 2023-12-31).
    DECREE_91_2017 = Decree, "91/2017/NĐ-CP", "Nghị định số 91/2017/NĐ-CP";
    /// Decree 122/2018/NĐ-CP (cultural titles, regime of 2017–2023).
    DECREE_122_2018 = Decree, "122/2018/NĐ-CP", "Nghị định số 122/2018/NĐ-CP";
    /// Decree 90/2020/NĐ-CP (yearly rating of civil servants).
    DECREE_90_2020 = Decree, "90/2020/NĐ-CP", "Nghị định số 90/2020/NĐ-CP";
    /// Decree 48/2023/NĐ-CP amending Decree 90/2020.
    DECREE_48_2023 = Decree, "48/2023/NĐ-CP", "Nghị định số 48/2023/NĐ-CP";
    /// Decree 86/2023/NĐ-CP (frameworks of the cultural titles, in force
    /// 2024-01-30).
    DECREE_86_2023 = Decree, "86/2023/NĐ-CP", "Nghị định số 86/2023/NĐ-CP";
    /// Decree 98/2023/NĐ-CP (2024-01-01 – 2025-06-30).
    DECREE_98_2023 = Decree, "98/2023/NĐ-CP", "Nghị định số 98/2023/NĐ-CP";
    /// Decree 129/2025/NĐ-CP (powers of the two local tiers, from 2025-07-01).
    DECREE_129_2025 = Decree, "129/2025/NĐ-CP", "Nghị định số 129/2025/NĐ-CP";
    /// Decree 152/2025/NĐ-CP (from 2025-07-01).
    DECREE_152_2025 = Decree, "152/2025/NĐ-CP", "Nghị định số 152/2025/NĐ-CP";
    /// Decree 335/2025/NĐ-CP (new rating of civil servants).
    DECREE_335_2025 = Decree, "335/2025/NĐ-CP", "Nghị định số 335/2025/NĐ-CP";
    /// Decree 66/2013/NĐ-CP (base salary 1,150,000 from 2013-07-01).
    DECREE_66_2013 = Decree, "66/2013/NĐ-CP", "Nghị định số 66/2013/NĐ-CP";
    /// Decree 47/2016/NĐ-CP (base salary 1,210,000 from 2016-05-01).
    DECREE_47_2016 = Decree, "47/2016/NĐ-CP", "Nghị định số 47/2016/NĐ-CP";
    /// Decree 47/2017/NĐ-CP (base salary 1,300,000 from 2017-07-01).
    DECREE_47_2017 = Decree, "47/2017/NĐ-CP", "Nghị định số 47/2017/NĐ-CP";
    /// Decree 72/2018/NĐ-CP (base salary 1,390,000 from 2018-07-01).
    DECREE_72_2018 = Decree, "72/2018/NĐ-CP", "Nghị định số 72/2018/NĐ-CP";
    /// Decree 38/2019/NĐ-CP (base salary 1,490,000 from 2019-07-01).
    DECREE_38_2019 = Decree, "38/2019/NĐ-CP", "Nghị định số 38/2019/NĐ-CP";
    /// Decree 24/2023/NĐ-CP (base salary 1,800,000 from 2023-07-01).
    DECREE_24_2023 = Decree, "24/2023/NĐ-CP", "Nghị định số 24/2023/NĐ-CP";
    /// Decree 73/2024/NĐ-CP (base salary 2,340,000 from 2024-07-01).
    DECREE_73_2024 = Decree, "73/2024/NĐ-CP", "Nghị định số 73/2024/NĐ-CP";
    /// Decree 161/2026/NĐ-CP (base salary 2,530,000 from 2026-07-01).
    DECREE_161_2026 = Decree, "161/2026/NĐ-CP", "Nghị định số 161/2026/NĐ-CP";
    /// Circular 07/2014/TT-BNV.
    CIRCULAR_07_2014 = Circular, "07/2014/TT-BNV", "Thông tư số 07/2014/TT-BNV";
    /// Circular 08/2017/TT-BNV (from 2017-12-15).
    CIRCULAR_08_2017 = Circular, "08/2017/TT-BNV", "Thông tư số 08/2017/TT-BNV";
    /// Circular 12/2019/TT-BNV (from 2020-01-01).
    CIRCULAR_12_2019 = Circular, "12/2019/TT-BNV", "Thông tư số 12/2019/TT-BNV";
    /// Circular 01/2024/TT-BNV (reported in force 2024-04-15).
    CIRCULAR_01_2024 = Circular, "01/2024/TT-BNV", "Thông tư số 01/2024/TT-BNV";
    /// Circular 15/2025/TT-BNV (reported to replace 01/2024 from 2025-08-05).
    CIRCULAR_15_2025 = Circular, "15/2025/TT-BNV", "Thông tư số 15/2025/TT-BNV";
    /// Circular 71/2011/TT-BTC (the fund under Decree 42/2010).
    CIRCULAR_71_2011_BTC = Circular, "71/2011/TT-BTC", "Thông tư số 71/2011/TT-BTC";
    /// Circular 28/2025/TT-BTC (spending norms of the fund, from 2025-07-15).
    CIRCULAR_28_2025_BTC = Circular, "28/2025/TT-BTC", "Thông tư số 28/2025/TT-BTC";
    /// Circular 151/2018/TT-BQP (emulation and commendation in the army).
    CIRCULAR_151_2018_BQP = Circular, "151/2018/TT-BQP", "Thông tư số 151/2018/TT-BQP";
    /// Official letter 5007/BNV-TĐKT of 2023-09-05 (an initiative is used once).
    LETTER_5007_2023 = OfficialLetter, "5007/BNV-TĐKT", "Công văn số 5007/BNV-TĐKT";
    /// Official letter 1168/BNV-BTĐKT of 2026-02-06 (initiatives for a Bằng khen).
    LETTER_1168_2026 = OfficialLetter, "1168/BNV-BTĐKT", "Công văn số 1168/BNV-BTĐKT";
}

impl Instrument {
    /// An instrument that is not bundled: a provincial decision, a sector
    /// circular.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    /// use thidua::citation::{Instrument, InstrumentKind};
    ///
    /// let decision = Instrument::new(
    ///     InstrumentKind::Decision,
    ///     "86/2025/QĐ-UBND",
    ///     "Quyết định số 86/2025/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Ninh",
    /// );
    /// let c = Citation::new(decision).article(4).clause(2).point('b');
    /// assert_eq!(c.to_string(), "điểm b khoản 2 Điều 4 Quyết định số 86/2025/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Ninh");
    /// ```
    #[must_use]
    pub fn new(
        kind: InstrumentKind,
        number: impl Into<Cow<'static, str>>,
        name: impl Into<Cow<'static, str>>,
    ) -> Instrument {
        Instrument {
            kind,
            number: number.into(),
            name: name.into(),
        }
    }

    /// What `data/law/instruments.toml` notes of a bundled instrument: its
    /// dates, what it replaced, what of it was read.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::citation::Instrument;
    ///
    /// let law = Instrument::bundled("06/2022/QH15")?;
    /// assert_eq!(law.note(), Some("Law 06/2022/QH15 (in force 2024-01-01)."));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn note(&self) -> Option<&'static str> {
        bundled_entries()
            .iter()
            .find(|e| e.instrument.number == self.number)
            .and_then(|e| e.note.as_deref())
    }

    /// The bundled instrument numbered `number` (`"06/2022/QH15"`), as
    /// `data/law/instruments.toml` lists it.
    ///
    /// # Errors
    ///
    /// No bundled instrument has that number; the message suggests the
    /// closest.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{citation::{Instrument, InstrumentKind}};
    ///
    /// let law = Instrument::bundled("06/2022/QH15")?;
    /// assert_eq!(law.kind(), InstrumentKind::Law);
    /// assert_eq!(law.name(), "Luật Thi đua, khen thưởng số 06/2022/QH15");
    /// assert!(Instrument::bundled("06/2022/QH16").is_err());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn bundled(number: &str) -> Result<&'static Instrument> {
        let all = bundled_entries();
        all.iter()
            .map(|e| &e.instrument)
            .find(|i| i.number == number)
            .ok_or_else(|| {
                let suggestions = text::closest(
                    number,
                    all.iter()
                        .map(|e| (e.instrument.number.as_ref(), e.instrument.number.as_ref())),
                );
                Error::unknown_name(
                    format!(
                        "không rõ văn bản '{}'{}; tự đặt một văn bản với \
                         instrument = {{ kind, number, name }}",
                        text::shown(number),
                        text::did_you_mean_vi(&suggestions)
                    ),
                    format!(
                        "unknown instrument '{}'{}; name an instrument of your own with \
                         instrument = {{ kind, number, name }}",
                        text::shown(number),
                        text::did_you_mean(&suggestions)
                    ),
                )
            })
    }

    /// Every bundled instrument, in the order of `data/law/instruments.toml`.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::citation::{Instrument, InstrumentKind};
    ///
    /// let laws: Vec<&str> = Instrument::all_bundled()
    ///     .filter(|i| i.kind() == InstrumentKind::Law)
    ///     .map(Instrument::number)
    ///     .collect();
    /// assert_eq!(laws.first(), Some(&"15/2003/QH11"));
    /// assert!(laws.contains(&"06/2026/QH16"));
    /// ```
    pub fn all_bundled() -> impl Iterator<Item = &'static Instrument> {
        bundled_entries().iter().map(|e| &e.instrument)
    }

    /// The kind of instrument.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::citation::{Instrument, InstrumentKind};
    ///
    /// assert_eq!(Instrument::bundled("152/2025/NĐ-CP")?.kind(), InstrumentKind::Decree);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn kind(&self) -> InstrumentKind {
        self.kind
    }

    /// The number (số hiệu), e.g. `"91/2017/NĐ-CP"`.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::citation::Instrument;
    ///
    /// assert_eq!(Instrument::LAW_06_2022.number(), "06/2022/QH15");
    /// ```
    #[must_use]
    pub fn number(&self) -> &str {
        &self.number
    }

    /// The full Vietnamese name, as [`Display`](fmt::Display) prints it.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::citation::Instrument;
    ///
    /// assert_eq!(Instrument::DECREE_152_2025.name(), "Nghị định số 152/2025/NĐ-CP");
    /// assert_eq!(Instrument::DECREE_152_2025.to_string(), Instrument::DECREE_152_2025.name());
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl<'de> Deserialize<'de> for Instrument {
    /// Reads a bundled instrument's number (`"06/2022/QH15"`) or a whole
    /// instrument (`{ kind, number, name, note }`).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Instrument, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Whole {
            kind: InstrumentKind,
            number: String,
            name: String,
        }
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Instrument;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an instrument number or { kind, number, name }")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<Instrument, E> {
                Instrument::bundled(v).cloned().map_err(Error::into_de)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> std::result::Result<Instrument, A::Error> {
                let w = Whole::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Instrument {
                    kind: w.kind,
                    number: w.number.into(),
                    name: w.name.into(),
                })
            }
        }
        d.deserialize_any(Visitor)
    }
}

impl fmt::Display for Instrument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// A point (điểm) of a clause: a Vietnamese letter `a`, `b`, `c`, `d`, `đ`,
/// `e`, `g` …
pub type Point = char;

/// Where a rule comes from: an instrument and, as far as known, the article,
/// clause and point, with the confidence of the reading.
///
/// Bundled rules hold their citation as a constant, built with `const`
/// methods.
///
/// # Example
///
/// ```
/// use thidua::{Citation, Confidence};
/// use thidua::citation::Instrument;
///
/// const TTLDXS: Citation = Citation::new(Instrument::LAW_06_2022)
///     .article(27)
///     .clause(1)
///     .point('c');
/// assert_eq!(
///     TTLDXS.to_string(),
///     "điểm c khoản 1 Điều 27 Luật Thi đua, khen thưởng số 06/2022/QH15"
/// );
/// assert_eq!(TTLDXS.confidence(), Confidence::Verified);
///
/// // The alternate form says when the text was not verified.
/// let unsure = Citation::new(Instrument::DECREE_91_2017).article(10).unverified();
/// assert_eq!(
///     format!("{unsure:#}"),
///     "Điều 10 Nghị định số 91/2017/NĐ-CP (chưa kiểm chứng)"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Citation {
    instrument: Instrument,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    article: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    clause: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    point: Option<Point>,
    confidence: Confidence,
    /// The reading the project takes where the text leaves a choice, and
    /// why: shown with the finding that rests on the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<Cow<'static, str>>,
}

impl Citation {
    /// A citation of a whole instrument, verified; narrow it with
    /// [`article`](Citation::article), [`clause`](Citation::clause) and
    /// [`point`](Citation::point).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    /// use thidua::citation::Instrument;
    ///
    /// let whole = Citation::new(Instrument::DECREE_152_2025);
    /// assert_eq!(whole.to_string(), "Nghị định số 152/2025/NĐ-CP");
    /// assert_eq!(whole.to_short(), "152/2025/NĐ-CP");
    /// ```
    #[must_use]
    pub const fn new(instrument: Instrument) -> Citation {
        Citation {
            instrument,
            article: None,
            clause: None,
            point: None,
            confidence: Confidence::Verified,
            note: None,
        }
    }

    /// The same citation with a reading note: the choice the project takes
    /// where the text leaves one, and why.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    /// use thidua::citation::Instrument;
    ///
    /// let c = Citation::new(Instrument::DECREE_98_2023)
    ///     .article(52)
    ///     .with_note("'Trích 20%' is read as a cap on the organising share.");
    /// assert_eq!(c.note(), Some("'Trích 20%' is read as a cap on the organising share."));
    /// // A note is not printed: documents print the citation alone.
    /// assert_eq!(c.to_string(), "Điều 52 Nghị định số 98/2023/NĐ-CP");
    /// ```
    #[must_use]
    pub fn with_note(mut self, note: impl Into<Cow<'static, str>>) -> Citation {
        self.note = Some(note.into());
        self
    }

    /// The reading note, if the rule has one.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let rules = book.regime(&RegimeId::LAW_2022)?.individual();
    /// let note = rules.new_hire_months.citation.note().unwrap_or_default();
    /// assert!(note.starts_with("Secondhand"), "{note}");
    /// assert_eq!(rules.labourer_standard.note(), None);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    /// The same citation without its note.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    /// use thidua::citation::Instrument;
    ///
    /// let c = Citation::new(Instrument::DECREE_98_2023).article(53).with_note("reading 3");
    /// let bare = c.clone().without_note();
    /// assert_eq!(bare.note(), None);
    /// assert_ne!(bare, c);
    /// assert_eq!(bare.to_string(), c.to_string());
    /// ```
    #[must_use]
    pub fn without_note(mut self) -> Citation {
        self.note = None;
        self
    }

    /// The article (Điều).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    /// use thidua::citation::Instrument;
    ///
    /// const ART_24: Citation = Citation::new(Instrument::LAW_06_2022).article(24);
    /// assert_eq!(ART_24.to_string(), "Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15");
    /// ```
    #[must_use]
    pub const fn article(mut self, article: u16) -> Citation {
        self.article = Some(article);
        self
    }

    /// The clause (khoản).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    /// use thidua::citation::Instrument;
    ///
    /// let c = Citation::new(Instrument::DECREE_91_2017).article(9).clause(3);
    /// assert_eq!(c.to_string(), "khoản 3 Điều 9 Nghị định số 91/2017/NĐ-CP");
    /// ```
    #[must_use]
    pub const fn clause(mut self, clause: u8) -> Citation {
        self.clause = Some(clause);
        self
    }

    /// The point (điểm).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    /// use thidua::citation::Instrument;
    ///
    /// let c = Citation::new(Instrument::DECREE_152_2025).article(50).clause(2).point('đ');
    /// assert_eq!(c.to_string(), "điểm đ khoản 2 Điều 50 Nghị định số 152/2025/NĐ-CP");
    /// ```
    #[must_use]
    pub const fn point(mut self, point: Point) -> Citation {
        self.point = Some(point);
        self
    }

    /// Marks the reading as secondhand (S).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Citation, Confidence};
    /// use thidua::citation::Instrument;
    ///
    /// let c = Citation::new(Instrument::DECREE_91_2017).article(10).secondhand();
    /// assert_eq!(c.confidence(), Confidence::Secondhand);
    /// assert_eq!(format!("{c:#}"), "Điều 10 Nghị định số 91/2017/NĐ-CP (nguồn thứ cấp)");
    /// ```
    #[must_use]
    pub const fn secondhand(mut self) -> Citation {
        self.confidence = Confidence::Secondhand;
        self
    }

    /// Marks the reading as unverified (U).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Citation, Confidence};
    /// use thidua::citation::Instrument;
    ///
    /// let c = Citation::new(Instrument::LAW_06_2026).unverified();
    /// assert_eq!(c.confidence(), Confidence::Unverified);
    /// assert!(!c.confidence().is_decisive());
    /// ```
    #[must_use]
    pub const fn unverified(mut self) -> Citation {
        self.confidence = Confidence::Unverified;
        self
    }

    /// The same citation with another confidence.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Citation, Confidence};
    /// use thidua::citation::Instrument;
    ///
    /// let c = Citation::new(Instrument::LAW_06_2022).article(28).with_confidence(Confidence::Unverified);
    /// assert_eq!(format!("{c:#}"), "Điều 28 Luật Thi đua, khen thưởng số 06/2022/QH15 (chưa kiểm chứng)");
    /// ```
    #[must_use]
    pub const fn with_confidence(mut self, confidence: Confidence) -> Citation {
        self.confidence = confidence;
        self
    }

    /// The instrument.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    ///
    /// let c = Citation::parse_short("98/2023/NĐ-CP Điều 53")?;
    /// assert_eq!(c.instrument().number(), "98/2023/NĐ-CP");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn instrument(&self) -> &Instrument {
        &self.instrument
    }

    /// The article (Điều), if known.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    ///
    /// let c = Citation::parse_short("06/2022/QH15 Điều 80 khoản 3")?;
    /// assert_eq!(c.article_number(), Some(80));
    /// assert_eq!(Citation::parse_short("06/2022/QH15")?.article_number(), None);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn article_number(&self) -> Option<u16> {
        self.article
    }

    /// The clause (khoản), if known.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    ///
    /// assert_eq!(Citation::parse_short("06/2022/QH15 Điều 80 khoản 3")?.clause_number(), Some(3));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn clause_number(&self) -> Option<u8> {
        self.clause
    }

    /// The point (điểm), if known.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    ///
    /// let c = Citation::parse_short("06/2022/QH15 Điều 27 khoản 1 điểm c")?;
    /// assert_eq!(c.point_letter(), Some('c'));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn point_letter(&self) -> Option<Point> {
        self.point
    }

    /// How sure we are of the text.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Confidence, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let collective = book.regime(&RegimeId::LAW_2022)?.collective();
    /// // The 2022 wording of Art. 28 was not read.
    /// assert_eq!(collective.advanced_share.citation.confidence(), Confidence::Unverified);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn confidence(&self) -> Confidence {
        self.confidence
    }
}

/// A citation as data files and the wire write it: either the parts
/// (`instrument`, `article`, `clause`, `point`, `confidence`) or one short
/// string, `cite = "06/2022/QH15 Điều 24 khoản 1 điểm a"`, with its mark
/// (`mark = "V"`, `"S"` or `"U"`, or `confidence`) and an optional `note`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CitationRepr {
    #[serde(default)]
    instrument: Option<Instrument>,
    #[serde(default)]
    article: Option<u16>,
    #[serde(default)]
    clause: Option<u8>,
    #[serde(default)]
    point: Option<Point>,
    #[serde(default, alias = "mark")]
    confidence: Option<Confidence>,
    #[serde(default)]
    cite: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

impl TryFrom<CitationRepr> for Citation {
    type Error = Error;
    fn try_from(r: CitationRepr) -> Result<Citation> {
        let confidence = r.confidence.ok_or_else(|| {
            Error::new(
                crate::error::ErrorKind::Missing,
                "trích dẫn cần mức tin cậy: mark = \"V\", \"S\" hoặc \"U\"",
                "a citation needs its mark: mark = \"V\", \"S\" or \"U\"",
            )
        })?;
        let mut c = match (r.cite, r.instrument) {
            (Some(cite), None)
                if r.article.is_none() && r.clause.is_none() && r.point.is_none() =>
            {
                Citation::parse_short(&cite)?
            }
            (None, Some(instrument)) => Citation {
                instrument,
                article: r.article,
                clause: r.clause,
                point: r.point,
                confidence,
                note: None,
            },
            (Some(_), _) => {
                return Err(Error::parse(
                    "trích dẫn ghi hoặc cite = \"…\" hoặc các phần của nó (instrument, article, clause, point), không ghi cả hai",
                    "a citation gives either cite = \"…\" or its parts (instrument, article, clause, point), not both",
                ));
            }
            (None, None) => {
                return Err(Error::new(
                    crate::error::ErrorKind::Missing,
                    "trích dẫn cần cite = \"<số hiệu> Điều … khoản … điểm …\" hoặc một văn bản",
                    "a citation needs cite = \"<number> Điều … khoản … điểm …\" or an instrument",
                ));
            }
        };
        c.confidence = confidence;
        c.note = r.note.map(Cow::Owned);
        Ok(c)
    }
}

impl Citation {
    /// Reads the short form of the data files: a bundled instrument's number,
    /// then as far as known `Điều N`, `khoản K`, `điểm P` (with or without
    /// diacritics), e.g. `"152/2025/NĐ-CP Điều 49 khoản 5"`. The citation is
    /// verified until marked otherwise.
    ///
    /// # Errors
    ///
    /// An unknown instrument, or words that are not article, clause and point
    /// in that order.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    ///
    /// let c = Citation::parse_short("06/2022/QH15 Điều 27 khoản 1 điểm c")?;
    /// assert_eq!(c.to_string(), "điểm c khoản 1 Điều 27 Luật Thi đua, khen thưởng số 06/2022/QH15");
    /// assert_eq!(c.to_short(), "06/2022/QH15 Điều 27 khoản 1 điểm c");
    /// assert!(Citation::parse_short("06/2022/QH15 khoản 1 Điều 27").is_err());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn parse_short(s: &str) -> Result<Citation> {
        let bad = |why_vi: &str, why: &str| {
            Error::parse(
                format!("trích dẫn '{}': {why_vi}", text::shown(s)),
                format!("citation '{}': {why}", text::shown(s)),
            )
        };
        let mut words = s.split_whitespace();
        let number = words.next().ok_or_else(|| bad("trống", "empty"))?;
        let mut c = Citation::new(Instrument::bundled(number)?.clone());
        let mut last = 0;
        while let Some(word) = words.next() {
            let value = words.next().ok_or_else(|| {
                bad(
                    "thiếu số sau từ cuối",
                    "a number is missing after the last word",
                )
            })?;
            let (rank, ok) = match text::fold(word).as_str() {
                "dieu" => (1, value.parse().map(|a| c.article = Some(a)).is_ok()),
                "khoan" => (2, value.parse().map(|k| c.clause = Some(k)).is_ok()),
                "diem" => {
                    let mut letters = value.chars();
                    let point = letters.next().filter(|_| letters.next().is_none());
                    (3, point.map(|p| c.point = Some(p)).is_some())
                }
                _ => {
                    return Err(bad(
                        "cần Điều, khoản hoặc điểm",
                        "expected Điều, khoản or điểm",
                    ));
                }
            };
            if !ok {
                return Err(bad(
                    &format!("'{}' không phải số hay chữ cái", text::shown(value)),
                    &format!("'{}' is not a number or letter", text::shown(value)),
                ));
            }
            if rank <= last {
                return Err(bad(
                    "viết Điều, rồi khoản, rồi điểm",
                    "write Điều, then khoản, then điểm",
                ));
            }
            last = rank;
        }
        Ok(c)
    }

    /// The short form of the data files, without the mark:
    /// `"06/2022/QH15 Điều 27 khoản 1 điểm c"`.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    /// use thidua::citation::Instrument;
    ///
    /// let c = Citation::new(Instrument::DECREE_152_2025).article(49).clause(5);
    /// assert_eq!(c.to_short(), "152/2025/NĐ-CP Điều 49 khoản 5");
    /// assert_eq!(Citation::parse_short(&c.to_short())?, c);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn to_short(&self) -> String {
        let mut s = self.instrument.number().to_owned();
        if let Some(a) = self.article {
            s.push_str(&format!(" Điều {a}"));
        }
        if let Some(k) = self.clause {
            s.push_str(&format!(" khoản {k}"));
        }
        if let Some(p) = self.point {
            s.push_str(&format!(" điểm {p}"));
        }
        s
    }
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = self.point {
            write!(f, "điểm {p} ")?;
        }
        if let Some(k) = self.clause {
            write!(f, "khoản {k} ")?;
        }
        if let Some(a) = self.article {
            write!(f, "Điều {a} ")?;
        }
        write!(f, "{}", self.instrument)?;
        if f.alternate() && self.confidence != Confidence::Verified {
            write!(f, " ({})", self.confidence.vi())?;
        }
        Ok(())
    }
}

crate::lang::bilingual_enum!(Confidence {
    Verified => "đã đối chiếu văn bản", "verified against the text";
    Secondhand => "nguồn thứ cấp", "secondhand";
    Unverified => "chưa kiểm chứng", "unverified";
});

impl Bilingual for Citation {
    /// As Vietnamese documents print it, smallest unit first; the mark
    /// after it when the reading is not verified: `khoản 3 Điều 9 Nghị định
    /// số 91/2017/NĐ-CP (nguồn thứ cấp)`.
    fn vi(&self) -> Cow<'_, str> {
        format!("{self:#}").into()
    }

    /// `Art. 9(3) Nghị định số 91/2017/NĐ-CP (secondhand)`: the article,
    /// clause and point, then the instrument's legal name.
    fn en(&self) -> Cow<'_, str> {
        let mut out = String::new();
        if let Some(a) = self.article {
            out.push_str(&format!("Art. {a}"));
            if let Some(k) = self.clause {
                out.push_str(&format!("({k})"));
            }
            if let Some(p) = self.point {
                out.push_str(&format!("({p})"));
            }
            out.push(' ');
        }
        out.push_str(&self.instrument.name);
        if self.confidence != Confidence::Verified {
            out.push_str(&format!(" ({})", self.confidence.en()));
        }
        out.into()
    }
}

crate::error::deserialize_via!(Citation, CitationRepr);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_smallest_unit_first() {
        let c = Citation::new(Instrument::DECREE_91_2017)
            .article(9)
            .clause(3);
        assert_eq!(c.to_string(), "khoản 3 Điều 9 Nghị định số 91/2017/NĐ-CP");
        let d = Citation::new(Instrument::DECREE_152_2025)
            .article(50)
            .clause(2)
            .point('đ')
            .secondhand();
        assert_eq!(
            format!("{d:#}"),
            "điểm đ khoản 2 Điều 50 Nghị định số 152/2025/NĐ-CP (nguồn thứ cấp)"
        );
    }

    #[test]
    fn bundled_instruments_load() {
        assert!(
            BUNDLED_INSTRUMENTS.is_ok(),
            "{:?}",
            BUNDLED_INSTRUMENTS.as_ref().err()
        );
        assert!(!bundled_entries().is_empty());
        // The constants and the data agree.
        for konst in Instrument::BUNDLED {
            assert_eq!(Instrument::bundled(konst.number()).unwrap(), konst);
            assert!(konst.note().is_some());
        }
    }

    #[test]
    fn bundled_numbers_are_unique() {
        let mut numbers: Vec<&str> = Instrument::BUNDLED.iter().map(Instrument::number).collect();
        numbers.sort_unstable();
        let before = numbers.len();
        numbers.dedup();
        assert_eq!(before, numbers.len());
    }
}
