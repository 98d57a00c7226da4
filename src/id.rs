//! Identifiers: small newtypes over a validated code string.
//!
//! Codes in Vietnamese administration are short: a staff number, a citizen-ID
//! number ("001234567890", leading zeros kept), an administrative unit code
//! ("22345"), a decision number ("123/QĐ-UBND"). An id keeps codes of up to 22
//! bytes inline, so building a population of a million people does not
//! allocate a string per person.
//!
//! Ids order "naturally": codes made only of digits compare by numeric
//! value (so `9 < 10`) and come before every other code; other codes
//! compare byte by byte. Keeping the two kinds apart makes the order total
//! (mixing them gave `"0a" < "1" < "02" < "0a"`, which let `allocate` miss
//! a candidate listed twice).

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use crate::error::{Error, Result};

const INLINE: usize = 22;
const MAX_LEN: usize = 64;

/// A validated code: 1 to 64 bytes, no control characters, no surrounding
/// whitespace.
#[derive(Clone)]
enum Code {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

impl Code {
    fn new(what: &str, s: &str) -> Result<Code> {
        if s.is_empty() {
            return Err(Error::parse(
                format!("{what} trống"),
                format!("empty {what}"),
            ));
        }
        if s.len() > MAX_LEN {
            return Err(Error::parse(
                format!("{what} '{}' dài quá {MAX_LEN} byte", crate::text::shown(s)),
                format!(
                    "{what} '{}' is longer than {MAX_LEN} bytes",
                    crate::text::shown(s)
                ),
            ));
        }
        if s.chars().any(char::is_control) || s.trim() != s {
            return Err(Error::parse(
                format!(
                    "{what} '{}' có ký tự điều khiển hoặc dấu cách ở đầu, cuối",
                    crate::text::shown(s)
                ),
                format!(
                    "{what} '{}' has control characters or surrounding spaces",
                    crate::text::shown(s)
                ),
            ));
        }
        Ok(if s.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            for (b, c) in bytes.iter_mut().zip(s.as_bytes()) {
                *b = *c;
            }
            // `s.len() <= 22` so it fits in a u8.
            Code::Inline {
                len: s.len() as u8,
                bytes,
            }
        } else {
            Code::Heap(s.into())
        })
    }

    /// Whether two codes are the same: two inline codes compare as whole
    /// arrays (they are zero past their length, and a code is inline
    /// exactly when it fits), without a call to compare bytes.
    #[inline]
    fn same(&self, other: &Code) -> bool {
        match (self, other) {
            (Code::Inline { len: a, bytes: x }, Code::Inline { len: b, bytes: y }) => {
                a == b && x == y
            }
            _ => self.as_bytes() == other.as_bytes(),
        }
    }

    /// The bytes: what comparisons and hashes read, without checking UTF-8
    /// again.
    fn as_bytes(&self) -> &[u8] {
        match self {
            Code::Inline { len, bytes } => bytes.get(..usize::from(*len)).unwrap_or_default(),
            Code::Heap(s) => s.as_bytes(),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            // Inline bytes are always a copy of a whole `&str`.
            Code::Inline { .. } => std::str::from_utf8(self.as_bytes()).unwrap_or_default(),
            Code::Heap(s) => s,
        }
    }
}

fn natural_cmp(a: &[u8], b: &[u8]) -> Ordering {
    let digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
    match (digits(a), digits(b)) {
        (true, true) => {
            let zeros = |s: &[u8]| s.iter().take_while(|&&c| c == b'0').count();
            let (ta, tb) = (
                a.get(zeros(a)..).unwrap_or_default(),
                b.get(zeros(b)..).unwrap_or_default(),
            );
            ta.len()
                .cmp(&tb.len())
                .then_with(|| ta.cmp(tb))
                .then_with(|| a.cmp(b))
        }
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        (false, false) => a.cmp(b),
    }
}

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident => $what:literal;)*) => {$(
        $(#[$doc])*
        #[derive(Clone)]
        pub struct $name(Code);

        impl $name {
            /// Checks and wraps a code.
            ///
            /// # Errors
            ///
            /// An empty code, one longer than 64 bytes, or one with control
            /// characters or surrounding spaces.
            pub fn new(code: &str) -> Result<$name> {
                Code::new($what, code).map($name)
            }

            /// The code as written.
            #[must_use]
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }

            /// The code's bytes, for comparisons that need not see a `str`.
            #[must_use]
            pub fn as_bytes(&self) -> &[u8] {
                self.0.as_bytes()
            }
        }

        impl From<u64> for $name {
            // 20 digits hold any u64, and 20 ≤ INLINE.
            #[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
            fn from(n: u64) -> $name {
                let mut buf = [0u8; 20];
                let mut i = buf.len();
                let mut n = n;
                loop {
                    i -= 1;
                    buf[i] = b'0' + (n % 10) as u8;
                    n /= 10;
                    if n == 0 {
                        break;
                    }
                }
                let mut bytes = [0u8; INLINE];
                let len = buf.len() - i;
                bytes[..len].copy_from_slice(&buf[i..]);
                $name(Code::Inline { len: len as u8, bytes })
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<$name> {
                $name::new(s)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.as_str())
            }
        }

        impl PartialEq for $name {
            fn eq(&self, other: &$name) -> bool {
                self.0.same(&other.0)
            }
        }

        impl Eq for $name {}

        impl Hash for $name {
            fn hash<H: Hasher>(&self, state: &mut H) {
                self.0.as_bytes().hash(state);
            }
        }

        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &$name) -> Option<Ordering> {
                Some(self.cmp(other))
            }
        }

        impl Ord for $name {
            fn cmp(&self, other: &$name) -> Ordering {
                natural_cmp(self.0.as_bytes(), other.0.as_bytes())
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": concat!("A ", $what, ": a string, or an unsigned integer."),
                    "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "integer", "minimum": 0 }]
                })
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<$name, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        write!(f, "a {} (string or unsigned integer)", $what)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<$name, E> {
                        $name::new(v).map_err($crate::Error::into_de)
                    }
                    fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<$name, E> {
                        Ok($name::from(v))
                    }
                }
                d.deserialize_any(V)
            }
        }
    )*};
}

ids! {
    /// Identifies a person (cá nhân): a staff number, a citizen-ID number, any
    /// stable code.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::id::PersonId;
    ///
    /// let a: PersonId = "9".parse()?;
    /// let b = PersonId::from(10);
    /// assert!(a < b); // digit codes compare by value
    /// assert_eq!("001234567890".parse::<PersonId>()?.to_string(), "001234567890");
    /// assert!(" 42".parse::<PersonId>().is_err());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    PersonId => "person id";
    /// Identifies a unit (đơn vị): a province, commune, agency, collective,
    /// village or household.
    ///
    /// # Example
    ///
    /// ```
    /// let id: thidua::id::UnitId = "XA-QUANG-LOI".parse()?;
    /// assert_eq!(id.as_str(), "XA-QUANG-LOI");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    UnitId => "unit id";
    /// Identifies an initiative (sáng kiến) or research topic (đề tài), so that
    /// it is used for one award only.
    ///
    /// # Example
    ///
    /// ```
    /// let id: thidua::id::InitiativeId = "SK-2021-07".parse()?;
    /// assert_eq!(id.to_string(), "SK-2021-07");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    InitiativeId => "initiative id";
    /// The number of a decision (số quyết định), e.g. `"123/QĐ-UBND"`.
    ///
    /// # Example
    ///
    /// ```
    /// let n: thidua::id::DecisionNumber = "1520/QĐ-UBND".parse()?;
    /// assert_eq!(n.as_str(), "1520/QĐ-UBND");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    DecisionNumber => "decision number";
    /// Identifies an emulation campaign (phong trào thi đua).
    ///
    /// # Example
    ///
    /// ```
    /// let id: thidua::id::CampaignId = "PT-2021".parse()?;
    /// assert_eq!(id.as_str(), "PT-2021");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    CampaignId => "campaign id";
    /// Identifies an emulation cluster or block (cụm, khối thi đua).
    ///
    /// # Example
    ///
    /// ```
    /// let id: thidua::id::GroupId = "CUM-MN-HD".parse()?;
    /// assert_eq!(id.as_str(), "CUM-MN-HD");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    GroupId => "group id";
    /// Identifies a criterion of a scoring sheet (tiêu chí), e.g. `"1.2"`,
    /// and the bonus, penalty and mandatory items of the sheet.
    ///
    /// # Example
    ///
    /// ```
    /// let a: thidua::id::CriterionId = "1.2".parse()?;
    /// assert_eq!(a.as_str(), "1.2");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    CriterionId => "criterion id";
    /// Identifies a line of a budget or fund (dòng dự toán).
    ///
    /// # Example
    ///
    /// ```
    /// let id: thidua::id::BudgetLineId = "BL-4".parse()?;
    /// assert_eq!(id.as_str(), "BL-4");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    BudgetLineId => "budget line id";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_heap_codes_read_back() {
        let short = PersonId::new("CB-001").unwrap();
        let long = PersonId::new("a-rather-long-staff-code-with-many-parts").unwrap();
        assert_eq!(short.as_str(), "CB-001");
        assert_eq!(long.as_str(), "a-rather-long-staff-code-with-many-parts");
        assert!(matches!(short.0, Code::Inline { .. }));
        assert!(matches!(long.0, Code::Heap(_)));
    }

    #[test]
    fn equal_whatever_the_making() {
        let from_text = PersonId::new("20417").unwrap();
        assert_eq!(from_text, PersonId::from(20417));
        assert_ne!(from_text, PersonId::from(2041));
        assert_ne!(
            PersonId::new("2041").unwrap(),
            PersonId::new("20410").unwrap()
        );
        let fits = "a".repeat(INLINE);
        let longer = "a".repeat(INLINE + 1);
        assert_eq!(PersonId::new(&fits).unwrap(), PersonId::new(&fits).unwrap());
        assert_eq!(
            PersonId::new(&longer).unwrap(),
            PersonId::new(&longer).unwrap()
        );
        assert_ne!(
            PersonId::new(&fits).unwrap(),
            PersonId::new(&longer).unwrap()
        );
    }

    #[test]
    fn natural_order() {
        let ids: Vec<PersonId> = ["10", "9", "010", "A2", "A10", "0a", "1", "02"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        let mut sorted = ids.clone();
        sorted.sort();
        let got: Vec<&str> = sorted.iter().map(PersonId::as_str).collect();
        assert_eq!(got, ["1", "02", "9", "010", "10", "0a", "A10", "A2"]);
    }

    #[test]
    fn from_u64_matches_parse() {
        for n in [0u64, 7, 10, 4_294_967_296, u64::MAX] {
            assert_eq!(
                PersonId::from(n),
                n.to_string().parse::<PersonId>().unwrap()
            );
        }
    }

    #[test]
    fn rejects_bad_codes() {
        for bad in ["", " x", "x ", "a\nb", &"x".repeat(65)] {
            let err = UnitId::new(bad).unwrap_err();
            assert_eq!(err.kind(), crate::error::ErrorKind::Parse, "{bad:?}");
        }
    }
}
