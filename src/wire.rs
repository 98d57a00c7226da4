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
/// use thidua::people::Discipline;
///
/// let text = r#"{"form": "reprimand", "decided_on": "2024-03-02", "end_on": "2024-09-02"}"#;
/// let mut json = serde_json::Deserializer::from_str(text);
/// let err = thidua::wire::deserialize::<_, Discipline>(&mut json).unwrap_err();
/// assert_eq!(err.to_string(), "end_on: unknown key 'end_on'; did you mean 'ends_on'?");
/// ```
pub fn deserialize<'de, D, T>(deserializer: D) -> Result<T>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = e.path().to_string();
        let message = text::serde_message(&e.into_inner().to_string());
        if path == "." {
            Error::parse(message)
        } else {
            Error::parse(format!("{}: {message}", text::shown_path(&path)))
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
/// use thidua::Person;
///
/// let text = r#"{"id": "CB-01", "category": "civil_servant", "unit": "P-TC",
///   "records": [{"year": 2024, "rating": "good",
///     "discipline": [{"form": "reprimand", "decided_on": "2024-03-02", "end_on": "2024-09-02"}]}]}"#;
/// let err = thidua::wire::from_json::<Person>(text).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "records[0].discipline[0].end_on: unknown key 'end_on'; did you mean 'ends_on'?"
/// );
/// assert!(thidua::wire::from_json::<Person>(&text.replace("end_on", "ends_on")).is_ok());
/// ```
#[cfg(feature = "json")]
#[cfg_attr(docsrs, doc(cfg(feature = "json")))]
pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    let mut json = serde_json::Deserializer::from_str(text);
    let value = deserialize(&mut json)?;
    json.end()
        .map_err(|e| Error::parse(text::serde_message(&e.to_string())))?;
    Ok(value)
}
