//! Both languages: every human text of the crate in Vietnamese and in English.
//!
//! Verdicts, findings, fund findings, money notes, decision checks, report
//! indicators, labels of enums and errors all implement [`Bilingual`]:
//! [`vi`](Bilingual::vi) gives the Vietnamese text, [`en`](Bilingual::en) the
//! English one. `Display` prints the Vietnamese text everywhere, as the
//! documents offices print; the English text shows no internal ids.
//!
//! # Example
//!
//! ```
//! use thidua::{Bilingual, Outcome};
//!
//! assert_eq!(Outcome::NeedsReview.vi(), "cần xem xét thêm");
//! assert_eq!(Outcome::NeedsReview.en(), "needs review");
//! assert_eq!(Outcome::NeedsReview.to_string(), "cần xem xét thêm");
//! ```

use crate::error::{Error, Result};
use std::borrow::Cow;

/// A human text in Vietnamese and in English.
///
/// `Display` of every type that implements it prints [`vi`](Bilingual::vi).
///
/// # Example
///
/// ```
/// use thidua::{Award, Bilingual};
/// use thidua::lang::Lang;
///
/// let award = Award::AdvancedWorker;
/// assert_eq!(award.vi(), "Lao động tiên tiến");
/// assert_eq!(award.en(), "Advanced Worker");
/// assert_eq!(award.text(Lang::En), "Advanced Worker");
/// ```
pub trait Bilingual {
    /// The Vietnamese text (what `Display` prints).
    fn vi(&self) -> Cow<'_, str>;

    /// The English text.
    fn en(&self) -> Cow<'_, str>;

    /// The text in `lang`.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Bilingual, Outcome};
    /// use thidua::lang::Lang;
    ///
    /// assert_eq!(Outcome::Eligible.text(Lang::Vi), "đủ điều kiện");
    /// assert_eq!(Outcome::Eligible.text(Lang::En), "eligible");
    /// ```
    fn text(&self, lang: Lang) -> Cow<'_, str> {
        match lang {
            Lang::Vi => self.vi(),
            Lang::En => self.en(),
        }
    }
}

impl<T: Bilingual + ?Sized> Bilingual for &T {
    fn vi(&self) -> Cow<'_, str> {
        (**self).vi()
    }

    fn en(&self) -> Cow<'_, str> {
        (**self).en()
    }
}

/// A language of the crate's texts.
///
/// # Example
///
/// ```
/// use thidua::lang::Lang;
///
/// assert_eq!("vi".parse::<Lang>()?, Lang::Vi);
/// assert_eq!("English".parse::<Lang>()?, Lang::En);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Lang {
    /// Vietnamese (tiếng Việt), the language of `Display`.
    #[default]
    Vi,
    /// English.
    En,
}

// Here rather than in `error`, so that the error module stays below this
// one.
impl Bilingual for Error {
    fn vi(&self) -> Cow<'_, str> {
        self.full_vi()
    }

    fn en(&self) -> Cow<'_, str> {
        self.full_en()
    }
}

impl std::str::FromStr for Lang {
    type Err = Error;

    /// `vi`, `en`, or the language's name in either language.
    fn from_str(s: &str) -> Result<Lang> {
        match crate::text::fold(s).as_str() {
            "vi" | "vie" | "vietnamese" | "tieng viet" => Ok(Lang::Vi),
            "en" | "eng" | "english" | "tieng anh" => Ok(Lang::En),
            _ => Err(Error::unknown_name(
                format!(
                    "không rõ ngôn ngữ '{}'; dùng 'vi' hoặc 'en'",
                    crate::text::shown(s)
                ),
                format!(
                    "unknown language '{}'; use 'vi' or 'en'",
                    crate::text::shown(s)
                ),
            )),
        }
    }
}

/// An owned text in both languages.
///
/// # Example
///
/// ```
/// use thidua::Bilingual;
/// use thidua::lang::Text;
///
/// let t = Text::new("đủ điều kiện", "eligible");
/// assert_eq!(t.to_string(), "đủ điều kiện");
/// assert_eq!(t.en(), "eligible");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Text {
    /// The Vietnamese text.
    pub vi: String,
    /// The English text.
    pub en: String,
}

impl Text {
    /// A text from its Vietnamese and English renderings.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::lang::Text;
    ///
    /// assert_eq!(Text::new("tập thể", "collective").vi, "tập thể");
    /// ```
    #[must_use]
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            vi: vi.into(),
            en: en.into(),
        }
    }

    /// The text of anything bilingual, owned.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Outcome;
    /// use thidua::lang::Text;
    ///
    /// assert_eq!(Text::of(&Outcome::Ineligible).en, "ineligible");
    /// ```
    #[must_use]
    pub fn of(b: &(impl Bilingual + ?Sized)) -> Text {
        Text::new(b.vi().into_owned(), b.en().into_owned())
    }
}

impl Bilingual for Text {
    fn vi(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.vi)
    }

    fn en(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.en)
    }
}

/// Implements `Display` as the Vietnamese text of a [`Bilingual`] type.
macro_rules! display_vi {
    ($($t:ty),* $(,)?) => {$(
        impl ::std::fmt::Display for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&$crate::lang::Bilingual::vi(self))
            }
        }
    )*};
}

/// Implements [`Bilingual`] from two `fn(self) -> &'static str` of a `Copy`
/// type, and `Display` as the Vietnamese one.
macro_rules! bilingual_labels {
    ($t:ty, $vi:ident, $en:ident) => {
        impl $crate::lang::Bilingual for $t {
            fn vi(&self) -> ::std::borrow::Cow<'_, str> {
                ::std::borrow::Cow::Borrowed(<$t>::$vi(*self))
            }
            fn en(&self) -> ::std::borrow::Cow<'_, str> {
                ::std::borrow::Cow::Borrowed(<$t>::$en(*self))
            }
        }
    };
}

/// Implements [`Bilingual`] for a fieldless enum from its labels in both
/// languages, one line a variant: `Met => "đạt", "met";`.
macro_rules! bilingual_enum {
    ($t:ident { $($v:ident => $vi:expr, $en:expr;)+ }) => {
        impl $crate::lang::Bilingual for $t {
            fn vi(&self) -> ::std::borrow::Cow<'_, str> {
                ::std::borrow::Cow::Borrowed(match self { $($t::$v => $vi,)+ })
            }
            fn en(&self) -> ::std::borrow::Cow<'_, str> {
                ::std::borrow::Cow::Borrowed(match self { $($t::$v => $en,)+ })
            }
        }
    };
}

pub(crate) use {bilingual_enum, bilingual_labels, display_vi};

display_vi!(Text);
