//! A rule of the law: a value with its citation.

use crate::citation::Citation;

/// A rule's value and where it comes from.
///
/// In data files a rule is one inline table: the value and its citation in
/// the short form, `{ value = 6, cite = "01/2024/TT-BNV Điều 1 khoản 5 điểm
/// d", mark = "S", note = "…" }`; on the wire `{ "value": …, "citation": …
/// }`. A rule whose value may be absent leaves `value` out.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Rule<T> {
    /// The threshold or switch.
    pub value: T,
    /// The legal source, with the confidence of its reading.
    pub citation: Citation,
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Rule<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Rule<T>, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Repr<T> {
            value: T,
            #[serde(default)]
            citation: Option<Citation>,
            #[serde(default)]
            cite: Option<String>,
            #[serde(default, alias = "mark")]
            confidence: Option<crate::citation::Confidence>,
            #[serde(default)]
            note: Option<String>,
        }
        let r = Repr::<T>::deserialize(d)?;
        let citation = match (r.citation, r.cite) {
            (Some(c), None) if r.confidence.is_none() && r.note.is_none() => c,
            (None, Some(cite)) => {
                let confidence = r.confidence.ok_or_else(|| {
                    crate::error::Error::new(
                        crate::error::ErrorKind::Parse,
                        "quy định cần mức tin cậy: mark = \"V\", \"S\" hoặc \"U\"",
                        "a rule needs its mark: mark = \"V\", \"S\" or \"U\"",
                    )
                    .into_de::<D::Error>()
                })?;
                let c = Citation::parse_short(&cite)
                    .map_err(crate::error::Error::into_de)?
                    .with_confidence(confidence);
                match r.note {
                    Some(n) => c.with_note(n),
                    None => c,
                }
            }
            (None, None) => {
                return Err(crate::error::Error::new(
                    crate::error::ErrorKind::Parse,
                    "quy định cần cite = \"…\" hoặc citation",
                    "a rule needs cite = \"…\" or citation",
                )
                .into_de::<D::Error>());
            }
            _ => {
                return Err(crate::error::Error::new(crate::error::ErrorKind::Parse, "quy định ghi hoặc cite = \"…\" cùng mức tin cậy và ghi chú, hoặc citation, không ghi cả hai", "a rule gives either cite = \"…\" with its mark and note, or citation, not both").into_de::<D::Error>());
            }
        };
        Ok(Rule {
            value: r.value,
            citation,
        })
    }
}

impl<T> Rule<T> {
    /// A rule from a value and its citation.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    /// use thidua::citation::Instrument;
    /// use thidua::law::Rule;
    ///
    /// const NEW_HIRE: Rule<u8> = Rule::new(10, Citation::new(Instrument::DECREE_91_2017).article(10).secondhand());
    /// assert_eq!(NEW_HIRE.value, 10);
    /// assert!(NEW_HIRE.citation.confidence().is_decisive());
    /// ```
    pub const fn new(value: T, citation: Citation) -> Rule<T> {
        Rule { value, citation }
    }
}
