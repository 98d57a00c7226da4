//! The crate's one error type.
//!
//! `Err` is for malformed input, unknown names, dates that no regime covers and
//! arithmetic overflow. A candidate who does not qualify for a title is **not**
//! an error: that is an ineligible [`Verdict`](crate::Verdict).

use std::borrow::Cow;
use std::fmt;

/// The result type of every fallible function in this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, as a value a program can match on.
///
/// The message of the [`Error`] names the offending value; the kind says what
/// sort of problem it is.
///
/// # Example
///
/// ```
/// use thidua::{Award, ErrorKind};
///
/// let err = "Lao động lạc hậu".parse::<Award>().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::UnknownName);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A name (award, unit kind, rating …) that the catalogue does not know.
    UnknownName,
    /// Text that does not have the expected shape: a number, a date, an id.
    Parse,
    /// A date that no regime of the rule book covers.
    NoRegime,
    /// The same thing given twice: a year, a person, a unit id.
    Duplicate,
    /// A reference to something that does not exist: a parent unit, a
    /// collective, a criterion.
    UnknownReference,
    /// A unit hierarchy that cannot exist: a cycle, or a parent of an
    /// impossible kind.
    Hierarchy,
    /// A value outside its allowed range: a negative count, a score above its
    /// maximum, a record after the judging date.
    OutOfRange,
    /// A fact that the computation cannot do without.
    Missing,
    /// Two facts that cannot both hold: a member of two blocks of the same
    /// kind in one year.
    Conflict,
    /// Arithmetic that would overflow.
    Overflow,
    /// Something the library does not judge (yet), e.g. an award with no
    /// rules for that kind of candidate.
    Unsupported,
}

impl ErrorKind {
    /// Every kind, in order.
    pub const ALL: &'static [ErrorKind] = &[
        ErrorKind::UnknownName,
        ErrorKind::Parse,
        ErrorKind::NoRegime,
        ErrorKind::Duplicate,
        ErrorKind::UnknownReference,
        ErrorKind::Hierarchy,
        ErrorKind::OutOfRange,
        ErrorKind::Missing,
        ErrorKind::Conflict,
        ErrorKind::Overflow,
        ErrorKind::Unsupported,
    ];

    /// The stable snake-case id, as the command-line program and JSON
    /// reports write it: `"unknown_name"`, `"no_regime"` …
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::ErrorKind;
    ///
    /// assert_eq!(ErrorKind::UnknownName.id(), "unknown_name");
    /// assert_eq!(ErrorKind::OutOfRange.id(), "out_of_range");
    /// ```
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            ErrorKind::UnknownName => "unknown_name",
            ErrorKind::Parse => "parse",
            ErrorKind::NoRegime => "no_regime",
            ErrorKind::Duplicate => "duplicate",
            ErrorKind::UnknownReference => "unknown_reference",
            ErrorKind::Hierarchy => "hierarchy",
            ErrorKind::OutOfRange => "out_of_range",
            ErrorKind::Missing => "missing",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Overflow => "overflow",
            ErrorKind::Unsupported => "unsupported",
        }
    }
}

/// An error of this crate: a [`kind`](Error::kind) and a message in
/// Vietnamese and in English that names the bad value.
///
/// Messages are lowercase, without a trailing period, and chain context with
/// `": "`, e.g. `records.csv line 4: unknown rating 'HTX'`. `Display` prints
/// the Vietnamese message, as every `Display` of the crate does;
/// [`en`](crate::Bilingual::en) gives the English one.
///
/// # Example
///
/// ```
/// use thidua::{Bilingual, ErrorKind, Rating};
///
/// let err = "HTX".parse::<Rating>().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::UnknownName);
/// assert!(err.en().starts_with("unknown rating 'HTX'; did you mean"), "{}", err.en());
/// assert!(err.to_string().starts_with("không rõ xếp loại 'HTX'"), "{err}");
/// ```
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.full(&self.vi))]
pub struct Error {
    kind: ErrorKind,
    vi: Box<str>,
    en: Box<str>,
    path: Option<Box<str>>,
    /// Whether the messages already start with the path (a context went in
    /// front of it).
    path_shown: bool,
}

impl Error {
    /// An error of `kind` with a message naming the offending value, in
    /// Vietnamese and in English.
    ///
    /// Library code uses it; callers who wrap this crate may use it to report
    /// their own input problems in the same shape.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Bilingual, Error, ErrorKind};
    ///
    /// let err = Error::new(ErrorKind::Duplicate, "người '42' bị ghi hai lần", "duplicate person '42'");
    /// assert_eq!(err.to_string(), "người '42' bị ghi hai lần");
    /// assert_eq!(err.en(), "duplicate person '42'");
    /// ```
    pub fn new(kind: ErrorKind, vi: impl Into<String>, en: impl Into<String>) -> Error {
        Error {
            kind,
            vi: vi.into().into_boxed_str(),
            en: en.into().into_boxed_str(),
            path: None,
            path_shown: false,
        }
    }

    /// What sort of problem this is.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{ErrorKind, Period, RuleBook};
    /// use chrono::NaiveDate;
    ///
    /// let err = RuleBook::national().regime_on(NaiveDate::from_ymd_opt(2010, 1, 1).unwrap()).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::NoRegime);
    /// let err = Period::year(i32::MAX).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::OutOfRange);
    /// ```
    #[must_use]
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The key path of the bad value in the input read by
    /// [`wire`](crate::wire) (`records[0].rating`), if the error came from
    /// reading one. The messages start with it.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::people::Discipline;
    ///
    /// let text = r#"{"form": "reprimand", "decided_on": "2024-13-02"}"#;
    /// let err = thidua::wire::from_json::<Discipline>(text).unwrap_err();
    /// assert_eq!(err.path(), Some("decided_on"));
    /// ```
    #[must_use]
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The same error with `context` in front, in both languages, e.g. the
    /// file and line it came from.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Bilingual, Error, ErrorKind};
    ///
    /// let err = Error::new(ErrorKind::Parse, "xếp loại sai 'X'", "bad rating 'X'").context("records.csv:3");
    /// assert_eq!(err.en(), "records.csv:3: bad rating 'X'");
    /// assert_eq!(err.to_string(), "records.csv:3: xếp loại sai 'X'");
    /// assert_eq!(err.kind(), ErrorKind::Parse);
    /// ```
    #[must_use]
    pub fn context(self, context: impl fmt::Display) -> Error {
        let context = context.to_string();
        self.context_in(&context, &context)
    }

    /// The same error with a context that is said differently in each
    /// language in front: `vi` before the Vietnamese message, `en` before
    /// the English one.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Bilingual, Error, ErrorKind};
    ///
    /// let err = Error::new(ErrorKind::Parse, "xếp loại sai 'X'", "bad rating 'X'")
    ///     .context_in("dòng 3", "line 3");
    /// assert_eq!(err.en(), "line 3: bad rating 'X'");
    /// assert_eq!(err.to_string(), "dòng 3: xếp loại sai 'X'");
    /// ```
    #[must_use]
    pub fn context_in(self, vi: impl fmt::Display, en: impl fmt::Display) -> Error {
        // The context goes in front of the path, which the messages then
        // carry themselves.
        Error {
            kind: self.kind,
            vi: format!("{vi}: {}", self.full_vi()).into_boxed_str(),
            en: format!("{en}: {}", self.full_en()).into_boxed_str(),
            path: self.path,
            path_shown: true,
        }
    }

    /// The same error with a context given as (Vietnamese, English).
    pub(crate) fn context_pair(self, (vi, en): (String, String)) -> Error {
        self.context_in(vi, en)
    }

    /// The same error, read at `path` of an input.
    pub(crate) fn at_path(mut self, path: impl Into<String>) -> Error {
        self.path = Some(path.into().into_boxed_str());
        self
    }

    /// This error as a serde format's error, keeping both messages (read
    /// back by [`wire`](crate::wire) and the law's data).
    ///
    /// The format's message is the English one; the error itself is kept
    /// aside on this thread, so that [`wire`](crate::wire) gives it back
    /// whole (kind, both messages) with its key path.
    pub(crate) fn into_de<E: serde::de::Error>(self) -> E {
        let message = self.full_en().into_owned();
        LAST_DE_ERROR.with(|last| *last.borrow_mut() = Some(self));
        E::custom(message)
    }

    /// The error that [`into_de`](Error::into_de) last sent through a format
    /// on this thread, if the format's `message` is its message.
    pub(crate) fn from_de(message: &str) -> Option<Error> {
        LAST_DE_ERROR
            .with(|last| last.borrow_mut().take())
            .filter(|e| message.starts_with(e.full_en().as_ref()))
    }

    /// Forgets an error kept by [`into_de`](Error::into_de).
    pub(crate) fn clear_de() {
        LAST_DE_ERROR.with(|last| *last.borrow_mut() = None);
    }

    fn full<'a>(&self, message: &'a str) -> Cow<'a, str> {
        match &self.path {
            Some(p) if !self.path_shown => Cow::Owned(format!("{p}: {message}")),
            _ => Cow::Borrowed(message),
        }
    }

    pub(crate) fn unknown_name(vi: impl Into<String>, en: impl Into<String>) -> Error {
        Error::new(ErrorKind::UnknownName, vi, en)
    }

    pub(crate) fn parse(vi: impl Into<String>, en: impl Into<String>) -> Error {
        Error::new(ErrorKind::Parse, vi, en)
    }

    pub(crate) fn out_of_range(vi: impl Into<String>, en: impl Into<String>) -> Error {
        Error::new(ErrorKind::OutOfRange, vi, en)
    }

    pub(crate) fn overflow(vi: impl Into<String>, en: impl Into<String>) -> Error {
        Error::new(ErrorKind::Overflow, vi, en)
    }
}

/// Implements `Deserialize` for a type through its `TryFrom<Repr>` with
/// [`Error`], keeping both languages of a refused value (serde's own
/// `try_from` would keep only what `Display` prints).
macro_rules! deserialize_via {
    ($t:ty, $repr:ty) => {
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(
                d: D,
            ) -> ::std::result::Result<$t, D::Error> {
                let repr = <$repr as serde::Deserialize>::deserialize(d)?;
                <$t>::try_from(repr).map_err($crate::error::Error::into_de)
            }
        }
    };
}

pub(crate) use deserialize_via;

thread_local! {
    /// The last error sent through a serde format on this thread.
    static LAST_DE_ERROR: std::cell::RefCell<Option<Error>> = const { std::cell::RefCell::new(None) };
}

impl Error {
    /// The Vietnamese message, with the key path in front if it is not
    /// already in it ([`Bilingual::vi`](crate::Bilingual::vi)).
    pub(crate) fn full_vi(&self) -> Cow<'_, str> {
        self.full(&self.vi)
    }

    /// The English message, with the key path in front if it is not
    /// already in it ([`Bilingual::en`](crate::Bilingual::en)).
    pub(crate) fn full_en(&self) -> Cow<'_, str> {
        self.full(&self.en)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.full(&self.en))
    }
}

/// The first item, in order, whose key an earlier item already has: what a
/// [`ErrorKind::Duplicate`] error names. Short lists are scanned; long ones
/// sorted, so that a huge list is not quadratic.
pub(crate) fn first_duplicate<'a, T, K: Ord>(
    items: &'a [T],
    key: impl Fn(&'a T) -> K,
) -> Option<&'a T> {
    if items.len() <= 32 {
        return items
            .iter()
            .enumerate()
            .find(|&(i, x)| items.iter().take(i).any(|o| key(o) == key(x)))
            .map(|(_, x)| x);
    }
    let mut keyed: Vec<(K, usize)> = items.iter().map(&key).zip(0..).collect();
    keyed.sort_unstable();
    keyed
        .iter()
        .zip(keyed.iter().skip(1))
        .filter(|(a, b)| a.0 == b.0)
        .map(|(_, b)| b.1)
        .min()
        .and_then(|i| items.get(i))
}
