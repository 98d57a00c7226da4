//! What every hostile test shares: how many cases to run, and what an error
//! must say.

use proptest::test_runner::{Config, FileFailurePersistence, TestCaseError};

/// Cases per entry point when `THIDUA_HOSTILE_CASES` is not set.
pub const DEFAULT_CASES: u32 = 500;

/// The number of cases per entry point: `THIDUA_HOSTILE_CASES`, or
/// [`DEFAULT_CASES`]. A value that is not a number stops the run rather than
/// silently running the default.
pub fn cases() -> u32 {
    match std::env::var("THIDUA_HOSTILE_CASES") {
        Err(_) => DEFAULT_CASES,
        Ok(s) => s
            .trim()
            .replace('_', "")
            .parse()
            .unwrap_or_else(|_| panic!("THIDUA_HOSTILE_CASES={s:?} is not a number of cases")),
    }
}

/// The proptest configuration of every hostile test.
pub fn config() -> Config {
    let cases = cases();
    Config {
        cases,
        // Strategies that filter may reject; never let a long run die of it.
        max_global_rejects: cases.saturating_mul(4),
        max_local_rejects: cases.saturating_mul(4).max(65_536),
        // The seeds of failures found, re-run first: one file of this
        // binary's own, apart from the integration tests' files (some
        // modules share their names).
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/hostile/proptest-seeds.txt"
        )))),
        ..Config::default()
    }
}

/// Text as the crate's messages show a bad value: at most 80 characters,
/// then "…", with control characters escaped.
pub fn shown(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().take(80) {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out
}

/// Fails unless the message of `err` names `value`: as the crate shows it
/// (cut after 80 characters, control characters escaped), with or without
/// the surrounding spaces it ignores.
pub fn names(err: &dyn English, value: &str) -> Result<(), TestCaseError> {
    let msg = message(err)?;
    if mentions(&msg, value) || mentions(&msg, value.trim()) {
        Ok(())
    } else {
        Err(TestCaseError::fail(format!(
            "error {msg:?} does not name the bad value {:?}",
            shown(value)
        )))
    }
}

/// As [`names`], for parsers of phrases that name the word at fault.
pub fn names_a_word(err: &dyn English, value: &str) -> Result<(), TestCaseError> {
    let msg = message(err)?;
    if mentions(&msg, value.trim()) || value.split_whitespace().any(|w| mentions(&msg, w)) {
        Ok(())
    } else {
        Err(TestCaseError::fail(format!(
            "error {msg:?} names no word of the bad value {:?}",
            shown(value)
        )))
    }
}

/// The message of `err`: one line, not empty, and short whatever the input
/// (bad values are cut after 80 characters).
pub fn message(err: &dyn English) -> Result<String, TestCaseError> {
    if let Some(vi) = err.vietnamese() {
        if vi.is_empty() || vi.contains('\n') || vi.chars().count() > 1_000 {
            return Err(TestCaseError::fail(format!(
                "Vietnamese error message is empty, several lines or too long: {:?}",
                shown(&vi)
            )));
        }
    }
    let msg = err.english();
    if msg.is_empty() || msg.contains('\n') || msg.chars().count() > 1_000 {
        return Err(TestCaseError::fail(format!(
            "error message is empty, several lines or too long: {:?}",
            shown(&msg)
        )));
    }
    Ok(msg)
}

/// An error's English message (the Vietnamese one is checked alongside).
pub trait English {
    /// The English message.
    fn english(&self) -> String;
    /// The Vietnamese message, if the error has one.
    fn vietnamese(&self) -> Option<String> {
        None
    }
}

impl English for thidua::Error {
    fn english(&self) -> String {
        thidua::Bilingual::en(self).into_owned()
    }
    fn vietnamese(&self) -> Option<String> {
        Some(self.to_string())
    }
}

impl English for serde_json::Error {
    fn english(&self) -> String {
        self.to_string()
    }
}

impl English for String {
    fn english(&self) -> String {
        self.clone()
    }
}

impl English for &str {
    fn english(&self) -> String {
        (*self).to_string()
    }
}

fn mentions(msg: &str, value: &str) -> bool {
    msg.contains(&shown(value))
}
