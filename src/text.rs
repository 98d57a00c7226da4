//! Vietnamese text as data: folding for lookups, and "did you mean" hints.
//!
//! Parsing accepts names with or without diacritics, in NFC (precomposed) or
//! NFD (base letter + combining marks), in any case. Both forms fold to the
//! same key: lowercase ASCII letters and digits separated by single spaces.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds text to a lookup key: lowercase, no diacritics, `đ` → `d`, every run
/// of other characters (spaces, commas, quotes, dashes, dots) → one space.
///
/// The text is decomposed (NFD) and its combining marks dropped, so NFC and
/// NFD spellings fold alike.
///
/// ```text
/// "Chiến sĩ thi đua cơ sở"     → "chien si thi dua co so"
/// "CHIẾN SĨ THI ĐUA CƠ SỞ"     → "chien si thi dua co so"
/// "Chie\u{302}\u{301}n si\u{303} …" (NFD) → "chien si …"
/// "“Lao động tiên tiến”"       → "lao dong tien tien"
/// ```
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfd().flat_map(char::to_lowercase) {
        if is_combining_mark(c) {
            continue;
        }
        let c = if c == 'đ' { 'd' } else { c };
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else {
            pending_space = true;
        }
    }
    out
}

/// The edit distance between two folded keys, by characters.
fn distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

/// How many words two folded keys have in common.
fn common_words(a: &str, b: &str) -> usize {
    let b: Vec<&str> = b.split(' ').collect();
    let mut seen: Vec<&str> = Vec::new();
    a.split(' ')
        .filter(|w| {
            let new = !seen.contains(w) && b.contains(w);
            seen.push(w);
            new
        })
        .count()
}

/// Whether `s` is longer (in bytes) than any spelling of a name whose
/// longest folded key has `longest` characters could be: each folded
/// letter is at most a base letter and two combining marks, or a
/// precomposed letter, and runs of spaces and punctuation fold to one.
/// Eight bytes a letter, and some room, is far beyond that, and refuses a
/// pasted page at once instead of folding it.
pub(crate) fn longer_than_a_name(s: &str, longest: usize) -> bool {
    s.len() > longest.saturating_mul(8).saturating_add(64)
}

/// Inputs that fold to more characters than this get no "did you mean"
/// hint: no legal name is half as long, and the distance is quadratic, so a
/// pasted page must not cost seconds per field.
const HINT_INPUT_LIMIT: usize = 256;

/// The (at most three) candidate labels closest to `input`, best first, for
/// "did you mean" messages. `candidates` yields `(folded key, label)`.
pub(crate) fn closest<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<&'a str> {
    // Far longer than a hint could fold from: no folding at all.
    if longer_than_a_name(input, HINT_INPUT_LIMIT) {
        return Vec::new();
    }
    let key = fold(input);
    if key.chars().count() > HINT_INPUT_LIMIT {
        return Vec::new();
    }
    // Ranked by the words in common first ("cap co so" shares "co so"
    // with "Chiến sĩ thi đua cơ sở"), then by the edit distance.
    let mut scored: Vec<(std::cmp::Reverse<usize>, usize, &str)> = candidates
        .into_iter()
        .map(|(folded, label)| {
            (
                std::cmp::Reverse(common_words(&key, folded)),
                distance(&key, folded),
                label,
            )
        })
        .collect();
    scored.sort_by_key(|&(w, d, label)| (w, d, label));
    let mut out: Vec<&str> = Vec::new();
    for (_, _, label) in scored {
        if !out.contains(&label) {
            out.push(label);
        }
        if out.len() == 3 {
            break;
        }
    }
    out
}

/// Text as an error message shows it: at most 80 characters, then "…", so
/// that a huge bad input does not make a huge message, and control
/// characters escaped (`\n`, `\u{202e}`), so that a message stays one line
/// and prints what was typed.
pub(crate) fn shown(s: &str) -> std::borrow::Cow<'_, str> {
    let cut = s.char_indices().nth(80).map(|(at, _)| at);
    let head = cut.and_then(|at| s.get(..at)).unwrap_or(s);
    if cut.is_none() && !s.chars().any(char::is_control) {
        return s.into();
    }
    let mut out = String::with_capacity(head.len() + 3);
    for c in head.chars() {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    if cut.is_some() {
        out.push('…');
    }
    out.into()
}

/// `s` with every quoted part (between `` ` `` or `"`) longer than 80
/// characters cut as [`shown`] cuts it: a format's message quotes the bad
/// value whole.
fn bounded_quotes(s: &str) -> String {
    let mut out = String::with_capacity(s.len().min(1024));
    let mut rest = s;
    while let Some(open) = rest.find(['`', '"']) {
        let (head, tail) = rest.split_at(open);
        out.push_str(head);
        let quote = tail.chars().next().unwrap_or('"');
        let inner = &tail[quote.len_utf8()..];
        match inner.find(quote) {
            Some(close) => {
                out.push(quote);
                out.push_str(&shown(&inner[..close]));
                out.push(quote);
                rest = &inner[close + quote.len_utf8()..];
            }
            None => {
                out.push(quote);
                out.push_str(&shown(inner));
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// A key path as an error shows it: at most 160 characters, then "…".
pub(crate) fn shown_path(path: &str) -> std::borrow::Cow<'_, str> {
    match path.char_indices().nth(160) {
        Some((at, _)) => format!("{}…", path.get(..at).unwrap_or(path)).into(),
        None => path.into(),
    }
}

/// Rewrites a serde message in Vietnamese and in English (in that order).
///
/// "unknown field `x`, expected one of `a`, `b` …" (and the same for
/// variants) becomes a short message with the closest names only:
/// `unknown key 'x'; did you mean 'a'?`. Other messages pass with their
/// quoted values cut to 80 characters.
pub(crate) fn serde_message(message: &str) -> (String, String) {
    let message = message.lines().next().unwrap_or(message);
    for (prefix, what, what_vi) in [
        ("unknown field `", "key", "khóa"),
        ("unknown variant `", "value", "giá trị"),
    ] {
        let Some(rest) = message.strip_prefix(prefix) else {
            continue;
        };
        let Some((name, tail)) = rest.split_once('`') else {
            continue;
        };
        let expected: Vec<&str> = tail.split('`').skip(1).step_by(2).collect();
        let folded: Vec<String> = expected.iter().map(|e| fold(e)).collect();
        let hints = closest(
            name,
            folded
                .iter()
                .map(String::as_str)
                .zip(expected.iter().copied()),
        );
        // A hint only where it is close: at most a third of the name differs.
        let close: Vec<&str> = hints
            .into_iter()
            .filter(|h| distance(&fold(name), &fold(h)) * 3 <= fold(h).chars().count().max(3))
            .take(1)
            .collect();
        return (
            format!(
                "{what_vi} không rõ '{}'{}",
                shown(name),
                did_you_mean_vi(&close)
            ),
            format!("unknown {what} '{}'{}", shown(name), did_you_mean(&close)),
        );
    }
    let en = bounded_quotes(message);
    let vi = [
        ("missing field `", "thiếu khóa `"),
        ("duplicate field `", "khóa ghi hai lần `"),
        ("invalid type: ", "sai kiểu: "),
        ("invalid value: ", "giá trị sai: "),
        ("invalid length ", "độ dài sai "),
        ("trailing characters", "còn ký tự thừa sau giá trị"),
        ("EOF while parsing", "văn bản hết giữa chừng khi đọc"),
        ("expected value", "cần một giá trị"),
    ]
    .iter()
    .find_map(|(p, v)| en.strip_prefix(p).map(|rest| format!("{v}{rest}")))
    .unwrap_or_else(|| format!("dữ liệu không đọc được: {en}"));
    (position_vi(&vi).replace(", expected ", ", cần "), en)
}

/// " at line 3 column 7" in Vietnamese: " tại dòng 3 cột 7".
fn position_vi(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(" at line ") {
        s.replace(" at line ", " tại dòng ")
            .replace(" column ", " cột ")
            .into()
    } else {
        s.into()
    }
}

/// Formats a "did you mean" list: `; did you mean 'A', 'B' or 'C'?`.
pub(crate) fn did_you_mean(labels: &[&str]) -> String {
    match labels {
        [] => String::new(),
        [one] => format!("; did you mean '{one}'?"),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(|l| format!("'{l}'")).collect();
            format!("; did you mean {} or '{last}'?", init.join(", "))
        }
    }
}

/// The Vietnamese "did you mean" list: `; có phải là 'A', 'B' hay 'C'?`.
pub(crate) fn did_you_mean_vi(labels: &[&str]) -> String {
    match labels {
        [] => String::new(),
        [one] => format!("; có phải là '{one}'?"),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(|l| format!("'{l}'")).collect();
            format!("; có phải là {} hay '{last}'?", init.join(", "))
        }
    }
}

/// Declares a fieldless enum of named legal values: a stable snake-case id
/// for the wire, a Vietnamese name for display, and `FromStr` accepting the id,
/// the name or an alias in any spelling (via [`fold`]), with a "did you mean"
/// hint on failure.
macro_rules! named_enum {
    (
        $(#[$doc:meta])*
        $name:ident, $what:literal, $what_vi:literal {
            $($(#[$vdoc:meta])* $variant:ident = $id:literal, $vi:literal, [$($alias:literal),*];)*
        }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[derive(serde::Serialize)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $id)] $variant,)*
        }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stable snake-case id used on the wire.
            #[must_use]
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)* }
            }

            /// The Vietnamese name.
            #[must_use]
            pub fn name_vi(self) -> &'static str {
                match self { $($name::$variant => $vi,)* }
            }

            fn aliases(self) -> &'static [&'static str] {
                match self { $($name::$variant => &[$($alias),*],)* }
            }
        }

        impl $crate::lang::Bilingual for $name {
            /// The Vietnamese name.
            fn vi(&self) -> ::std::borrow::Cow<'_, str> {
                ::std::borrow::Cow::Borrowed(self.name_vi())
            }

            /// The id in words: `civil_servant` → "civil servant".
            fn en(&self) -> ::std::borrow::Cow<'_, str> {
                ::std::borrow::Cow::Owned(self.id().replace('_', " "))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.name_vi())
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let mut examples: Vec<String> = Vec::new();
                for v in $name::ALL {
                    for n in [v.id(), v.name_vi()].into_iter().chain(v.aliases().iter().copied()) {
                        if !examples.iter().any(|e| e == n) {
                            examples.push(n.to_string());
                        }
                    }
                }
                let ids: Vec<&str> = $name::ALL.iter().map(|v| v.id()).collect();
                $crate::wire::schema::string(
                    &format!(
                        "A {}: the id ({}), the Vietnamese name or an abbreviation, in any spelling (NFC or NFD, with or without diacritics, any case). Written as the id.",
                        $what,
                        ids.join(", ")
                    ),
                    examples,
                )
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            /// The id, the Vietnamese name or an abbreviation in any
            /// spelling, as [`FromStr`](std::str::FromStr) reads them.
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> ::std::result::Result<$name, D::Error> {
                let s = <::std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                s.parse().map_err($crate::error::Error::into_de)
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::error::Error;

            /// Accepts the id, the Vietnamese name (with or without
            /// diacritics, NFC or NFD, any case) and the usual
            /// abbreviations.
            fn from_str(s: &str) -> $crate::error::Result<$name> {
                let longest = $name::ALL
                    .iter()
                    .flat_map(|&v| [v.id(), v.name_vi()].into_iter().chain(v.aliases().iter().copied()))
                    .map(str::len)
                    .max()
                    .unwrap_or(0);
                if $crate::text::longer_than_a_name(s, longest) {
                    return Err($crate::error::Error::unknown_name(
                        format!("không rõ {} '{}': dài hơn mọi tên {}", $what_vi, $crate::text::shown(s), $what_vi),
                        format!("unknown {} '{}': longer than any {} name", $what, $crate::text::shown(s), $what),
                    ));
                }
                if s.trim().is_empty() {
                    return Err($crate::error::Error::unknown_name(
                        format!("{} trống", $what_vi),
                        format!("empty {}", $what),
                    ));
                }
                let key = $crate::text::fold(s);
                let names = |v: $name| {
                    [v.id(), v.name_vi()].into_iter().chain(v.aliases().iter().copied())
                };
                if let Some(v) = $name::ALL.iter().copied().find(|&v| names(v).any(|n| $crate::text::fold(n) == key)) {
                    return Ok(v);
                }
                let keys: Vec<(String, &str)> = $name::ALL
                    .iter()
                    .flat_map(|&v| names(v).map(move |n| ($crate::text::fold(n), v.name_vi())))
                    .collect();
                let hint = $crate::text::closest(s, keys.iter().map(|(k, l)| (k.as_str(), *l)));
                Err($crate::error::Error::unknown_name(
                    format!("không rõ {} '{}'{}", $what_vi, $crate::text::shown(s), $crate::text::did_you_mean_vi(&hint)),
                    format!("unknown {} '{}'{}", $what, $crate::text::shown(s), $crate::text::did_you_mean(&hint)),
                ))
            }
        }
    };
}

pub(crate) use named_enum;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_nfc_nfd_case_and_punctuation() {
        assert_eq!(fold("Chiến sĩ thi đua cơ sở"), "chien si thi dua co so");
        assert_eq!(fold("CHIẾN SĨ THI ĐUA CƠ SỞ"), "chien si thi dua co so");
        let nfd = "Chie\u{302}\u{301}n si\u{303} thi \u{111}ua co\u{31b} so\u{31b}\u{309}";
        assert_eq!(fold(nfd), "chien si thi dua co so");
        assert_eq!(fold("  “Lao  động, tiên-tiến”. "), "lao dong tien tien");
        assert_eq!(fold("LĐTT"), "ldtt");
    }

    #[test]
    fn folds_every_vietnamese_vowel() {
        let all = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
        let folded: String = all.chars().map(|c| fold(&c.to_string())).collect();
        assert_eq!(
            folded,
            "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"
        );
    }

    #[test]
    fn hints_rank_by_words_in_common() {
        let c = [
            ("chien si thi dua co so", "Chiến sĩ thi đua cơ sở"),
            (
                "chien si thi dua bo ban nganh tinh",
                "Chiến sĩ thi đua bộ, ban, ngành, tỉnh",
            ),
            ("giay khen", "Giấy khen"),
        ];
        assert_eq!(
            closest("chien si thi dua cap co so", c)[0],
            "Chiến sĩ thi đua cơ sở"
        );
        assert_eq!(closest("giay khen cua giam doc so", c)[0], "Giấy khen");
    }

    #[test]
    fn serde_messages_show_a_bad_value_once_and_short() {
        let long = "x".repeat(10_000);
        let (_, m) = serde_message(&format!("invalid type: string \"{long}\", expected a date"));
        assert!(m.chars().count() < 150, "{m}");
        assert!(m.contains("xxxx"));
        assert!(m.ends_with("…\", expected a date"), "{m}");
        let (_, m) = serde_message(&format!("unknown field `{long}`, expected `a` or `b`"));
        assert!(m.chars().count() < 120, "{m}");
        assert_eq!(shown_path(&long).chars().count(), 161);
    }

    #[test]
    fn closest_ranks_by_distance() {
        let c = [
            ("lao dong tien tien", "Lao động tiên tiến"),
            ("chien si tien tien", "Chiến sĩ tiên tiến"),
        ];
        assert_eq!(closest("lao dong tien tin", c)[0], "Lao động tiên tiến");
        // Text far longer than any name gets no hint, at once.
        assert_eq!(closest(&"Đ".repeat(256), c).len(), 2);
        assert!(closest(&"Đ".repeat(257), c).is_empty());
        assert_eq!(
            did_you_mean(&["A", "B", "C"]),
            "; did you mean 'A', 'B' or 'C'?"
        );
    }
}
