//! The crate's one error type.
//!
//! `Err` is for malformed input, unknown names, dates that no regime covers and
//! arithmetic overflow. A candidate who does not qualify for a title is **not**
//! an error: that is an ineligible [`Verdict`](crate::Verdict).

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

/// An error of this crate: a [`kind`](Error::kind) and a message that names
/// the bad value.
///
/// Messages are lowercase, without a trailing period, and chain context with
/// `": "`, e.g. `records.csv line 4: unknown rating 'HTX'`.
///
/// # Example
///
/// ```
/// use thidua::{ErrorKind, Rating};
///
/// let err = "HTX".parse::<Rating>().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::UnknownName);
/// assert!(err.to_string().starts_with("unknown rating 'HTX'; did you mean"), "{err}");
/// ```
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    kind: ErrorKind,
    message: Box<str>,
}

impl Error {
    /// An error of `kind` with a message naming the offending value.
    ///
    /// Library code uses it; callers who wrap this crate may use it to report
    /// their own input problems in the same shape.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Error, ErrorKind};
    ///
    /// let err = Error::new(ErrorKind::Duplicate, "duplicate person '42'");
    /// assert_eq!(err.to_string(), "duplicate person '42'");
    /// ```
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into().into_boxed_str(),
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

    /// The same error with `context` in front, e.g. the file and line it came
    /// from.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Error, ErrorKind};
    ///
    /// let err = Error::new(ErrorKind::Parse, "bad rating 'X'").context("records.csv line 3");
    /// assert_eq!(err.to_string(), "records.csv line 3: bad rating 'X'");
    /// assert_eq!(err.kind(), ErrorKind::Parse);
    /// ```
    #[must_use]
    pub fn context(self, context: impl fmt::Display) -> Error {
        Error {
            kind: self.kind,
            message: format!("{context}: {}", self.message).into_boxed_str(),
        }
    }

    pub(crate) fn unknown_name(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::UnknownName, message)
    }

    pub(crate) fn parse(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Parse, message)
    }

    pub(crate) fn out_of_range(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::OutOfRange, message)
    }

    pub(crate) fn overflow(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Overflow, message)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
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
