//! The `thidua` program run as a user runs it: every class of error gives
//! one JSON object on standard error and its documented exit code, and the
//! input of the former `evaluate_json` example is judged by `thidua judge`.
#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Runs the program with `args`, `stdin` on its standard input.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_thidua"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The program may stop reading early (a usage error): a closed pipe is
    // not the test's failure.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

/// The JSON error of a failed run, after checking its exit code and that
/// nothing went to standard output.
#[track_caller]
fn error_of(out: &Output, code: i32) -> Value {
    assert_eq!(
        out.status.code(),
        Some(code),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let text = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(text.lines().count(), 1, "one line: {text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    let e = &v["error"];
    for key in ["kind", "message", "message_vi"] {
        assert!(e[key].is_string(), "{key} in {text}");
    }
    assert!(e.get("path").is_some(), "path in {text}");
    e.clone()
}

/// The JSON output of a successful run.
#[track_caller]
fn output_of(out: &Output) -> Value {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty());
    serde_json::from_slice(&out.stdout).unwrap()
}

const CASE: &str = "examples/data/case.json";

fn case() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/case.json"
    ))
    .unwrap()
}

/// A case of the former example's format, with `record` as the 2024 year.
fn case_with(record: &str) -> String {
    format!(
        r#"{{"person": {{"id": "CB-01", "category": "civil_servant", "unit": "P-TC", "service_start": "2015-03-01",
            "records": [{record}]}}, "award": "LĐTT", "year": 2024, "judged_on": "2024-12-20"}}"#
    )
}

#[test]
fn bad_json_is_refused_with_its_place() {
    let e = error_of(&run(&["judge"], b"{\"person\": "), 1);
    assert_eq!(e["kind"], "parse");
    assert!(e["message"].as_str().unwrap().contains("line 1"), "{e}");
    assert_ne!(e["message"], e["message_vi"]);
    // Not JSON at all.
    let e = error_of(&run(&["price"], b"hello"), 1);
    assert_eq!(e["kind"], "parse");
}

#[test]
fn an_unknown_key_is_named_with_its_path() {
    let bad = case_with(
        r#"{"year": 2024, "rating": "HTT", "discipline": [{"form": "reprimand", "decided_on": "2024-01-02", "end_on": "2024-06-01"}]}"#,
    );
    let e = error_of(&run(&["judge"], bad.as_bytes()), 1);
    assert_eq!(e["kind"], "parse");
    assert_eq!(e["path"], "person.records[0].discipline[0].end_on");
    assert_eq!(
        e["message"],
        "person.records[0].discipline[0].end_on: unknown key 'end_on'; did you mean 'ends_on'?"
    );
    assert!(e["message_vi"].as_str().unwrap().contains("end_on"), "{e}");
}

#[test]
fn a_bad_value_is_refused_in_both_languages() {
    let bad = case_with(r#"{"year": 2024, "rating": "HTTT"}"#);
    let e = error_of(&run(&["judge"], bad.as_bytes()), 1);
    assert_eq!(e["kind"], "unknown_name");
    assert_eq!(e["path"], "person.records[0].rating");
    assert!(e["message"].as_str().unwrap().contains("HTTT"), "{e}");
    // A case that reads but cannot be judged: what is missing.
    let e = error_of(
        &run(
            &["judge"],
            r#"{"year": 2024, "judged_on": "2024-12-20", "award": "LĐTT"}"#.as_bytes(),
        ),
        1,
    );
    assert_eq!(e["kind"], "missing");
    assert_eq!(e["path"], Value::Null);
}

#[test]
fn a_missing_file_is_named() {
    let e = error_of(&run(&["judge", "no/such/case.json"], b""), 3);
    assert_eq!(e["kind"], "io");
    assert_eq!(e["file"], "no/such/case.json");
    assert_eq!(e["message"], "no file 'no/such/case.json'");
    assert_eq!(e["message_vi"], "không có tệp 'no/such/case.json'");
    // Text that is not UTF-8.
    let e = error_of(&run(&["judge"], b"{\"year\": \xff}"), 3);
    assert_eq!(e["kind"], "io");
    assert_eq!(e["file"], "-");
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let mut text = "\u{feff}".as_bytes().to_vec();
    text.extend(case().as_bytes());
    let v = output_of(&run(&["judge"], &text));
    assert_eq!(v["outcome"], "eligible");
}

#[test]
fn help_and_version() {
    for args in [
        &["--help"][..],
        &["-h"],
        &[],
        &["help"],
        &["judge", "--help"],
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.starts_with("thidua — "), "{args:?}: {text}");
        assert!(text.contains("exit codes: 0 success"), "{text}");
    }
    for args in [&["--version"][..], &["-V"]] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.starts_with(&format!("thidua {} (law data ", env!("CARGO_PKG_VERSION"))),
            "{text}"
        );
    }
}

#[test]
fn bad_arguments_are_usage_errors() {
    for (args, message) in [
        (
            &["frobnicate"][..],
            "unknown command 'frobnicate'; see thidua --help",
        ),
        (
            &["judge", "a.json", "b.json"],
            "unexpected argument 'b.json'",
        ),
        (
            &["review", "--year", "twenty"],
            "--year: 'twenty' is not a year",
        ),
        (&["judge", "--bogus"], "invalid option '--bogus'"),
    ] {
        let e = error_of(&run(args, b""), 2);
        assert_eq!(e["kind"], "usage", "{args:?}");
        assert_eq!(e["message"], message, "{args:?}");
        assert_ne!(e["message_vi"], e["message"], "{args:?}");
        assert_eq!(e["path"], Value::Null);
    }
    let e = error_of(&run(&["judge", "--lang", "fr"], b""), 2);
    assert_eq!(e["kind"], "usage");
    let e = error_of(&run(&["review", "--on", "31/02/2024"], b""), 2);
    assert_eq!(e["kind"], "usage");
}

#[test]
fn a_closed_output_pipe_is_not_an_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_thidua"))
        .arg("catalogue")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

// ---------------------------------------------------------------------------
// The former `evaluate_json` example's input, through `thidua judge`.

#[test]
fn the_old_example_inputs_are_judged() {
    // The bundled case, from a file and from standard input.
    let from_file = output_of(&run(&["judge", CASE], b""));
    let from_stdin = output_of(&run(&["judge", "-"], case().as_bytes()));
    assert_eq!(from_file, from_stdin);
    assert_eq!(from_file["outcome"], "eligible");
    assert_eq!(from_file["award"], "grassroots_emulation_fighter");
    // Its documented spellings: rating words and codes, categories in
    // Vietnamese, awards in any spelling.
    for (rating, category, award) in [
        ("excellent", "civil_servant", "LĐTT"),
        ("HTT", "công chức", "Lao động tiên tiến"),
        ("Hoàn thành tốt nhiệm vụ", "viên chức", "advanced_worker"),
        ("good", "public_employee", "lao dong tien tien"),
    ] {
        let text = format!(
            r#"{{"person": {{"id": "CB-01", "category": "{category}", "unit": "P-TC", "service_start": "2015-03-01",
                "records": [{{"year": 2023, "discipline": []}}, {{"year": 2024, "rating": "{rating}", "discipline": [], "discipline_pending": false,
                "leave": [], "training": [], "injury_treatment": [], "transfers": []}}]}},
                "award": "{award}", "year": 2024, "judged_on": "2024-12-20"}}"#
        );
        let v = output_of(&run(&["judge"], text.as_bytes()));
        assert_eq!(v["award"], "advanced_worker", "{rating} {category} {award}");
        assert_eq!(v["outcome"], "eligible", "{rating} {category} {award}: {v}");
    }
    // A key left out is a fact not given: needs review, not an error.
    let v = output_of(&run(&["judge"], case_with(r#"{"year": 2024}"#).as_bytes()));
    assert_eq!(v["outcome"], "needs_review");
}

/// A population read from CSV is written as JSON, read back from JSON to
/// the same file, and reviewed alike from either.
#[test]
fn a_population_is_read_from_and_written_to_json() {
    let dir = "tests/data/annual_review/edge";
    let json = output_of(&run(&["review", dir, "--to-json"], b""));
    let text = serde_json::to_string(&json).unwrap();
    let again = output_of(&run(&["review", "-", "--to-json"], text.as_bytes()));
    assert_eq!(json, again);
    let from_csv = output_of(&run(&["review", dir], b""));
    let from_json = output_of(&run(&["review", "-"], text.as_bytes()));
    assert_eq!(from_csv, from_json);
}
