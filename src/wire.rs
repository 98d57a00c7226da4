//! Reading the wire format with errors that name the key path.
//!
//! Every deserializable type refuses unknown keys at any depth. Read through
//! [`deserialize`] (any serde format) or [`from_json`] (feature `json`), an
//! error names where it happened, as a path of keys and list indexes, and
//! for a misspelled key the closest key it probably meant:
//!
//! ```text
//! records[0].discipline[0].end_on: unknown key 'end_on'; did you mean 'ends_on'?
//! ```

use crate::error::{Error, Result};
use crate::text;

/// Deserializes a `T` from any serde `deserializer`, naming the key path of
/// an error ([`ErrorKind::Parse`](crate::ErrorKind::Parse)): `path: message`,
/// the message at most about 80 characters of any bad value.
///
/// # Errors
///
/// What the format or `T` refuses: an unknown or missing key, a value of
/// the wrong kind, an unknown name.
///
/// # Example
///
/// ```
/// # use thidua::Bilingual as _;
/// use thidua::people::Discipline;
///
/// let text = r#"{"form": "reprimand", "decided_on": "2024-03-02", "end_on": "2024-09-02"}"#;
/// let mut json = serde_json::Deserializer::from_str(text);
/// let err = thidua::wire::deserialize::<_, Discipline>(&mut json).unwrap_err();
/// assert_eq!(err.en(), "end_on: unknown key 'end_on'; did you mean 'ends_on'?");
/// ```
pub fn deserialize<'de, D, T>(deserializer: D) -> Result<T>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    Error::clear_de();
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = e.path().to_string();
        let message = e.into_inner().to_string();
        // An error of this crate sent through the format comes back whole:
        // its kind and both messages.
        let error = Error::from_de(&message).unwrap_or_else(|| {
            let (vi, en) = text::serde_message(&message);
            Error::parse(vi, en)
        });
        if path == "." {
            error
        } else {
            error.at_path(text::shown_path(&path))
        }
    })
}

/// Reads a `T` from JSON text, naming the key path of an error.
///
/// # Errors
///
/// As [`deserialize`], and text that is not JSON or goes on after the value
/// (with its line and column).
///
/// # Example
///
/// ```
/// # use thidua::Bilingual as _;
/// use thidua::Person;
///
/// let text = r#"{"id": "CB-01", "category": "civil_servant", "unit": "P-TC",
///   "records": [{"year": 2024, "rating": "good",
///     "discipline": [{"form": "reprimand", "decided_on": "2024-03-02", "end_on": "2024-09-02"}]}]}"#;
/// let err = thidua::wire::from_json::<Person>(text).unwrap_err();
/// assert_eq!(
///     err.en(),
///     "records[0].discipline[0].end_on: unknown key 'end_on'; did you mean 'ends_on'?"
/// );
/// assert!(thidua::wire::from_json::<Person>(&text.replace("end_on", "ends_on")).is_ok());
/// ```
/// # use thidua::Bilingual as _;
#[cfg(feature = "json")]
#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    let mut json = serde_json::Deserializer::from_str(text);
    let value = deserialize(&mut json)?;
    json.end().map_err(|e| {
        let (vi, en) = text::serde_message(&e.to_string());
        Error::parse(vi, en)
    })?;
    Ok(value)
}

/// Reads a date as offices write it: `YYYY-MM-DD` (the canonical form,
/// always written) or `DD/MM/YYYY`.
///
/// # Errors
///
/// Text that is neither ([`ErrorKind::Parse`](crate::ErrorKind::Parse)).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
///
/// let d = NaiveDate::from_ymd_opt(2024, 12, 20).unwrap();
/// assert_eq!(thidua::wire::parse_date("2024-12-20")?, d);
/// assert_eq!(thidua::wire::parse_date("20/12/2024")?, d);
/// assert!(thidua::wire::parse_date("12/20/2024").is_err());
/// # Ok::<(), thidua::Error>(())
/// ```
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate> {
    date::parse(s)
}

/// Serde helpers for dates as offices write them, `YYYY-MM-DD` or
/// `DD/MM/YYYY`, for `#[serde(deserialize_with = ...)]` in your own types;
/// the crate's own date fields read them so.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
///
/// #[derive(serde::Deserialize)]
/// struct Row {
///     #[serde(deserialize_with = "thidua::wire::date::deserialize")]
///     on: NaiveDate,
///     #[serde(default, deserialize_with = "thidua::wire::date::option")]
///     until: Option<NaiveDate>,
/// }
///
/// let row: Row = serde_json::from_str(r#"{"on": "01/10/2026"}"#).unwrap();
/// assert_eq!(row.on, NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
/// assert_eq!(row.until, None);
/// ```
pub mod date {
    use chrono::NaiveDate;
    use serde::Deserialize;

    use crate::error::Error;

    /// Reads `2024-12-20` or `20/12/2024`.
    pub(crate) fn parse(s: &str) -> crate::error::Result<NaiveDate> {
        let t = s.trim();
        let parsed = if t.contains('/') {
            NaiveDate::parse_from_str(t, "%d/%m/%Y")
        } else {
            NaiveDate::parse_from_str(t, "%Y-%m-%d")
        };
        parsed.map_err(|_| {
            let shown = crate::text::shown(s);
            Error::parse(
                format!("'{shown}' không phải một ngày: viết YYYY-MM-DD hoặc DD/MM/YYYY"),
                format!("'{shown}' is not a date: write YYYY-MM-DD or DD/MM/YYYY"),
            )
        })
    }

    /// A required date.
    ///
    /// # Errors
    ///
    /// A value that is not a date in either form.
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        parse(&s).map_err(Error::into_de)
    }

    /// An optional date (`null`, or absent with `#[serde(default)]`, is
    /// `None`).
    ///
    /// # Errors
    ///
    /// A value that is not a date in either form.
    pub fn option<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let s = <Option<std::borrow::Cow<'de, str>>>::deserialize(d)?;
        s.map(|s| parse(&s).map_err(Error::into_de)).transpose()
    }
}

/// JSON Schemas of the types whose serde form is written by hand.
#[cfg(feature = "schema")]
pub(crate) mod schema {
    /// A string schema with a description and examples.
    pub(crate) fn string(description: &str, examples: Vec<String>) -> schemars::Schema {
        let mut s = schemars::json_schema!({ "type": "string", "description": description });
        if !examples.is_empty() {
            s.insert("examples".into(), examples.into());
        }
        s
    }
}

/// Implements `JsonSchema` as a string schema.
macro_rules! string_schema {
    ($t:ty, $name:literal, $description:expr, $examples:expr) => {
        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $t {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                $name.into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                $crate::wire::schema::string($description, $examples)
            }
        }
    };
}

pub(crate) use string_schema;
