//! The law as data: reading regimes from the TOML files of `data/law/`.
//!
//! The bundled files are compiled into the crate and read through the same
//! path as a caller's own regime or overlay, with the same checks: unknown
//! keys are refused at any depth, and an error names the file, the key path
//! and the bad value.
//!
//! A regime file may start from another regime with `based_on = "<id>"`:
//! its tables are laid over the base's, key by key. A rule or citation (a
//! table with `value`, `cite`, `citation` or `instrument`) or a period (a
//! table with `from`) replaces the base's whole; an empty table `{}`
//! removes the base's rule.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;
use toml::{Table, Value};

use crate::error::{Error, ErrorKind, Result};
use crate::text;

use super::overlay::Overlay;
use super::regime::{Regime, RuleBook};
use super::salary::SalarySchedule;

/// The schema tag of a regime file.
pub(crate) const REGIME_SCHEMA: &str = "thidua-regime@1";

/// The manifest of the bundled law: its version and the regime files in
/// time order.
const MANIFEST: &str = include_str!("../../data/law/law.toml");

// `FILES`: every file of `data/law/`, by name, written by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/law_files.rs"));

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    version: String,
    regimes: Vec<String>,
}

/// The bundled base-salary schedule.
const SALARY: &str = include_str!("../../data/law/salary.toml");

static SALARIES: LazyLock<Result<SalarySchedule>> = LazyLock::new(|| {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        steps: SalarySchedule,
    }
    read_file::<File>(SALARY, "data/law/salary.toml", "thidua-salary@1").map(|f| f.steps)
});

/// The bundled base-salary schedule, or why it does not load (a bug the
/// crate's tests rule out).
pub(crate) fn salaries() -> Result<&'static SalarySchedule> {
    SALARIES.as_ref().map_err(Clone::clone)
}

/// The bundled rule book, read once.
static NATIONAL: LazyLock<Result<(String, RuleBook)>> = LazyLock::new(load_national);

fn load_national() -> Result<(String, RuleBook)> {
    let manifest: Manifest = read_file(MANIFEST, "data/law/law.toml", "thidua-law@1")?;
    let mut tables: BTreeMap<String, Table> = BTreeMap::new();
    let mut regimes = Vec::new();
    for name in &manifest.regimes {
        let text = FILES
            .iter()
            .find(|(file, _)| file == name)
            .map(|(_, text)| *text)
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::UnknownReference,
                    format!("data/law/law.toml: không có tệp đóng gói '{name}'"),
                    format!("data/law/law.toml: no bundled file '{name}'"),
                )
            })?;
        let source = format!("data/law/{name}");
        let table = resolve(text, &source, |id| {
            tables.get(id).cloned().ok_or_else(|| {
                Error::new(
                    ErrorKind::UnknownReference,
                    format!("{source}: based_on '{id}' không phải tệp trước đó của data/law"),
                    format!("{source}: based_on '{id}' is not an earlier file of data/law"),
                )
            })
        })?;
        let regime: Regime = from_table(table.clone(), &source)?;
        tables.insert(regime.id().as_str().to_owned(), table);
        regimes.push(regime);
    }
    Ok((manifest.version, RuleBook::new(regimes)?))
}

/// The bundled rule book, or why the bundled data does not load (a bug
/// the crate's tests rule out).
pub(crate) fn national() -> Result<&'static RuleBook> {
    NATIONAL
        .as_ref()
        .map(|(_, book)| book)
        .map_err(Clone::clone)
}

/// The version the bundled data declares in `data/law/law.toml`.
#[cfg(test)]
pub(crate) fn bundled_version() -> Result<&'static str> {
    NATIONAL
        .as_ref()
        .map(|(version, _)| version.as_str())
        .map_err(Clone::clone)
}

/// Parses a regime file, checks its schema and lays it over its base.
fn resolve(text: &str, source: &str, base: impl FnOnce(&str) -> Result<Table>) -> Result<Table> {
    let mut table: Table = text
        .parse()
        .map_err(|e: toml::de::Error| syntax_error(source, text, &e))?;
    check_schema(&mut table, source, REGIME_SCHEMA)?;
    match table.remove("based_on") {
        None => Ok(table),
        Some(Value::String(id)) => {
            let mut merged = base(&id)?;
            lay_over(&mut merged, table, "").map_err(|e| e.context(source))?;
            Ok(merged)
        }
        Some(other) => Err(Error::parse(
            format!(
                "{source}: based_on: cần mã chế độ, nhưng gặp {}",
                shown_value(&other)
            ),
            format!(
                "{source}: based_on: expected a regime id, found {}",
                shown_value(&other)
            ),
        )),
    }
}

/// Whether a table is one rule or citation, replaced as a whole.
fn is_leaf(t: &Table) -> bool {
    t.is_empty()
        || ["value", "cite", "citation", "instrument", "from"]
            .iter()
            .any(|k| t.contains_key(*k))
}

/// Lays `over` on `base`: tables merge key by key, everything else replaces;
/// an empty table removes the key, which the base must have (a misspelled
/// removal must not leave the base's rule in place without a word).
fn lay_over(base: &mut Table, over: Table, path: &str) -> Result<()> {
    for (key, value) in over {
        let at = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        match (base.get_mut(&key), value) {
            (None, Value::Table(t)) if t.is_empty() => {
                let known: Vec<String> = base.keys().map(|k| text::fold(k)).collect();
                let hint = text::closest(
                    &key,
                    known
                        .iter()
                        .map(String::as_str)
                        .zip(base.keys().map(String::as_str)),
                );
                return Err(Error::parse(
                    format!(
                        "{}: bỏ '{}', khóa mà bản gốc không có{}",
                        text::shown_path(&at),
                        text::shown(&key),
                        text::did_you_mean_vi(hint.get(..1).unwrap_or_default())
                    ),
                    format!(
                        "{}: removes '{}', which the base does not have{}",
                        text::shown_path(&at),
                        text::shown(&key),
                        text::did_you_mean(hint.get(..1).unwrap_or_default())
                    ),
                ));
            }
            (_, Value::Table(t)) if t.is_empty() => {
                base.remove(&key);
            }
            (Some(Value::Table(b)), Value::Table(t)) if !is_leaf(&t) && !is_leaf(b) => {
                lay_over(b, t, &at)?;
            }
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
    Ok(())
}

/// A TOML syntax error: the file, the line and the message.
fn syntax_error(source: &str, text: &str, e: &toml::de::Error) -> Error {
    let line = e
        .span()
        .map(|s| text.get(..s.start).map_or(0, |t| t.matches('\n').count()) + 1);
    match line {
        Some(line) => Error::parse(
            format!("{source} dòng {line}: {}", first_line(e.message())),
            format!("{source} line {line}: {}", first_line(e.message())),
        ),
        None => Error::parse(
            format!("{source}: {}", first_line(e.message())),
            format!("{source}: {}", first_line(e.message())),
        ),
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}

fn shown_value(v: &Value) -> String {
    format!("'{}'", text::shown(&v.to_string()))
}

/// Reads a data file whose top level is `schema` and the fields of `T`.
pub(crate) fn read_file<T: serde::de::DeserializeOwned>(
    text: &str,
    source: &str,
    schema: &str,
) -> Result<T> {
    let mut table: Table = text
        .parse()
        .map_err(|e: toml::de::Error| syntax_error(source, text, &e))?;
    check_schema(&mut table, source, schema)?;
    from_table(table, source)
}

/// Removes and checks the `schema` key.
fn check_schema(table: &mut Table, source: &str, schema: &str) -> Result<()> {
    match table.remove("schema") {
        Some(Value::String(s)) if s == schema => Ok(()),
        Some(other) => Err(Error::parse(
            format!(
                "{source}: schema: cần \"{schema}\", nhưng gặp {}",
                shown_value(&other)
            ),
            format!(
                "{source}: schema: expected \"{schema}\", found {}",
                shown_value(&other)
            ),
        )),
        None => Err(Error::new(
            ErrorKind::Missing,
            format!("{source}: schema: thiếu; ghi schema = \"{schema}\""),
            format!("{source}: schema: missing; write schema = \"{schema}\""),
        )),
    }
}

/// Deserializes a table, naming the key path of any error.
fn from_table<T: serde::de::DeserializeOwned>(table: Table, source: &str) -> Result<T> {
    crate::error::Error::clear_de();
    serde_path_to_error::deserialize(Value::Table(table)).map_err(|e| {
        let path = e.path().to_string();
        let message = e.into_inner().to_string();
        let error = crate::error::Error::from_de(&message).unwrap_or_else(|| {
            let (vi, en) = text::serde_message(&message);
            Error::parse(vi, en)
        });
        if path == "." {
            error.context(source)
        } else {
            let path = text::shown_path(&path);
            error.context(format_args!("{source}: {path}"))
        }
    })
}

impl RuleBook {
    /// The bundled national timeline, in time order: Decree 91/2017, Law
    /// 06/2022 with Decree 98/2023, Decree 152/2025, the reported 2026
    /// amendment, and from 2027-03-01 the unknown successor of Decree
    /// 152/2025.
    ///
    /// The regimes are read from the data files of `data/law/`, compiled
    /// into the crate: no file system is needed.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Confidence, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let ids: Vec<&str> = book.regimes().iter().map(|r| r.id().as_str()).collect();
    /// assert_eq!(ids, ["nd91-2017", "luat06-2022", "nd152-2025", "luat06-2026", "sau-nd152-2027"]);
    /// assert_eq!(book.regime(&RegimeId::AMENDMENT_2026)?.confidence(), Confidence::Unverified);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    // The bundled data is tested to load (`law::data::tests`): it is a
    // constant of the crate, not input.
    #[allow(clippy::expect_used)]
    pub fn national() -> RuleBook {
        national().expect("the bundled law loads").clone()
    }
}

impl SalarySchedule {
    /// The bundled national schedule, 2013-07-01 onward (see the table
    /// above).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Money;
    /// use thidua::law::SalarySchedule;
    ///
    /// let schedule = SalarySchedule::national();
    /// assert_eq!(schedule.steps().len(), 8);
    /// assert_eq!(schedule.steps()[0].amount, Money::from_dong(1_150_000));
    /// ```
    #[must_use]
    // The bundled data is tested to load (`law::data::tests`): it is a
    // constant of the crate, not input.
    #[allow(clippy::expect_used)]
    pub fn national() -> SalarySchedule {
        salaries()
            .expect("the bundled base-salary schedule loads")
            .clone()
    }
}

impl Overlay {
    /// Reads an overlay from the text of a data file: `schema =
    /// "thidua-overlay@1"`, its `name`, the `citation` of the decision that
    /// makes it, its `in_force` period and its `rules` (each a table whose
    /// `rule` names its kind). `source` names the file in errors.
    ///
    /// # Errors
    ///
    /// As [`Regime::from_toml`]: a syntax error with its line, a missing or
    /// unknown schema, an unknown key at any depth, a value of the wrong
    /// kind, each naming `source`, the key path and the value.
    ///
    /// # Example
    ///
    /// Bắc Ninh's share for "Tập thể lao động tiên tiến" (QĐ 86/2025/QĐ-UBND
    /// Art. 4 k2 b: at least 70% instead of more than half).
    ///
    /// ```
    /// # use thidua::Bilingual as _;
    /// use thidua::Overlay;
    ///
    /// let text = r#"
    /// schema = "thidua-overlay@1"
    /// name = "Quy định thi đua, khen thưởng tỉnh Bắc Ninh"
    /// citation = { instrument = { kind = "decision", number = "86/2025/QĐ-UBND", name = "Quyết định số 86/2025/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Ninh" }, article = 4, clause = 2, point = "b", mark = "V" }
    /// in_force = { from = "2025-12-15" }
    ///
    /// [[rules]]
    /// rule = "advanced_collective_standard"
    /// share = { at_least = 70 }
    /// no_discipline_from = "warning"
    /// "#;
    /// let bac_ninh = Overlay::from_toml(text, "bac-ninh.toml")?;
    /// assert_eq!(bac_ninh.rules().len(), 1);
    ///
    /// // A misspelled key is an error that names it, not a rule that vanishes.
    /// let err = Overlay::from_toml(&text.replace("no_discipline_from", "no_discipline_form"), "bac-ninh.toml").unwrap_err();
    /// assert_eq!(
    ///     err.en(),
    ///     "bac-ninh.toml: rules[0]: unknown key 'no_discipline_form'; did you mean 'no_discipline_from'?"
    /// );
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn from_toml(text: &str, source: &str) -> Result<Overlay> {
        read_file(text, source, OVERLAY_SCHEMA)
    }
}

/// The schema tag of an overlay file.
pub(crate) const OVERLAY_SCHEMA: &str = "thidua-overlay@1";

impl Regime {
    /// Reads a regime from the text of a data file (the format of
    /// `data/law/*.toml`). `source` names the file in errors. A file with
    /// `based_on = "<id>"` starts from that regime of `book`.
    ///
    /// # Errors
    ///
    /// A syntax error (with its line), a missing or unknown `schema`, an
    /// unknown `based_on`, an unknown or misspelled key at any depth, or a
    /// value of the wrong kind; the message names `source`, the key path and
    /// the value.
    ///
    /// # Example
    ///
    /// A province's own regime: Decree 152/2025 with a longer new-hire rule.
    ///
    /// ```
    /// # use thidua::Bilingual as _;
    /// use thidua::{Regime, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let text = r#"
    /// schema = "thidua-regime@1"
    /// based_on = "nd152-2025"
    /// id = "nd152-2025-tinh-a"
    /// name_vi = "Nghị định 152/2025/NĐ-CP, quy chế tỉnh A"
    /// name_en = "Decree 152/2025, rules of province A"
    ///
    /// [individual]
    /// new_hire_months = { value = 10, cite = "152/2025/NĐ-CP Điều 4", mark = "S", note = "the province's rule" }
    /// "#;
    /// let mine = Regime::from_toml(text, "tinh-a.toml", &book)?;
    /// assert_eq!(mine.individual().new_hire_months.value, 10);
    /// assert_eq!(mine.individual().new_hire_months.citation.note(), Some("the province's rule"));
    ///
    /// // A misspelled key is refused, with its path.
    /// let err = Regime::from_toml(&text.replace("new_hire_months", "new_hire_month"), "tinh-a.toml", &book).unwrap_err();
    /// assert_eq!(
    ///     err.en(),
    ///     "tinh-a.toml: individual.new_hire_month: unknown key 'new_hire_month'; did you mean 'new_hire_months'?"
    /// );
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn from_toml(text: &str, source: &str, book: &RuleBook) -> Result<Regime> {
        let table = resolve(text, source, |id| {
            let base = book
                .regime(&super::regime::RegimeId::new(id.to_owned()))
                .map_err(|e| e.context(format!("{source}: based_on")))?;
            match Value::try_from(base) {
                Ok(Value::Table(t)) => Ok(t),
                _ => Err(Error::new(
                    ErrorKind::Unsupported,
                    format!("{source}: based_on: chế độ '{id}' không viết được thành dữ liệu"),
                    format!("{source}: based_on: regime '{id}' cannot be written as data"),
                )),
            }
        })?;
        from_table(table, source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Bilingual as _;

    #[test]
    fn bundled_salaries_load() {
        assert_eq!(salaries().unwrap().steps().len(), 8);
    }

    #[test]
    fn bundled_law_loads() {
        let book = national().unwrap();
        assert_eq!(book.regimes().len(), 5);
        assert_eq!(
            bundled_version().unwrap(),
            super::super::regime::DATA_VERSION
        );
    }

    /// Strips every `note` key, so that the data (which adds notes) can be
    /// compared with the book as it was before the data.
    fn without_notes(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.remove("note");
                m.values_mut().for_each(without_notes);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(without_notes),
            _ => {}
        }
    }

    /// The data files give exactly the golden rule book, notes aside
    /// (`tests/data/golden/rulebook-2026.1.json`). The golden file was first
    /// written from the Rust constructors the data replaced, which proved the
    /// move; since then every change of a value, citation or mark changes it
    /// in the same commit, so that a reviewer sees it. `THIDUA_BLESS=1`
    /// rewrites it.
    #[test]
    fn data_gives_the_coded_book() {
        const GOLDEN: &str = "tests/data/golden/rulebook-2026.1.json";
        let mut data = serde_json::to_value(national().unwrap()).unwrap();
        without_notes(&mut data);
        if std::env::var_os("THIDUA_BLESS").is_some() {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(GOLDEN);
            std::fs::write(path, serde_json::to_string_pretty(&data).unwrap() + "\n").unwrap();
        }
        let mut code: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/data/golden/rulebook-2026.1.json"))
                .unwrap();
        without_notes(&mut code);
        let (d, c) = (data.as_array().unwrap(), code.as_array().unwrap());
        assert_eq!(d.len(), c.len());
        for (d, c) in d.iter().zip(c) {
            for (k, v) in c.as_object().unwrap() {
                assert_eq!(&d[k], v, "regime {}: {k}", c["id"]);
            }
        }
    }

    #[test]
    fn lay_over_merges_tables_and_replaces_rules() {
        let mut base: Table = r#"
            [a]
            x = 1
            rule = { value = 1, cite = "c", mark = "V" }
            gone = { value = 2, cite = "c", mark = "V" }
        "#
        .parse()
        .unwrap();
        let over: Table = r#"
            [a]
            rule = { value = 3, cite = "d", mark = "S" }
            gone = {}
        "#
        .parse()
        .unwrap();
        lay_over(&mut base, over, "").unwrap();
        let err = lay_over(&mut base, "[a]\nrul = {}".parse().unwrap(), "").unwrap_err();
        assert_eq!(
            err.en(),
            "a.rul: removes 'rul', which the base does not have; did you mean 'rule'?"
        );
        let a = base["a"].as_table().unwrap();
        assert_eq!(a["x"].as_integer(), Some(1));
        assert_eq!(a["rule"].as_table().unwrap()["value"].as_integer(), Some(3));
        assert!(!a["rule"].as_table().unwrap().contains_key("citation"));
        assert!(!a.contains_key("gone"));
    }
}
