//! `thidua`: the library as a command-line program, JSON in, JSON out, for
//! tools not written in Rust.
//!
//! ```text
//! thidua judge case.json          # a person or a collective, one or more awards
//! thidua review data/             # a population: the workload's three CSV files, or JSON
//! thidua price decision.json      # a decision's money
//! thidua fund fund.json           # a fund's figures and findings
//! thidua indicators checks.json   # the figures a report states, checked
//! thidua catalogue                # every award, what it admits, its route
//! thidua schema                   # the JSON Schema of the wire format
//! ```
//!
//! Input is read from the file named, or from standard input when none (or
//! `-`) is named; a UTF-8 byte-order mark is skipped. Output is JSON on
//! standard output. An error is one JSON object on standard error:
//!
//! ```text
//! {"error": {"kind": "unknown_name", "message": "...", "message_vi": "...", "path": "person.records[0].rating"}}
//! ```
//!
//! Exit codes: 0 success (and a closed output pipe); 1 the input was read but
//! refused (the error's `kind` is an [`ErrorKind`](thidua::ErrorKind) id);
//! 2 a usage error (`kind` "usage"); 3 a file that cannot be read (`kind`
//! "io").
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod commands;
mod population;
mod schema;

use std::ffi::OsString;
use std::io::{Read, Write};
use std::process::ExitCode;

use thidua::Bilingual;

/// What went wrong, as the program reports it.
#[derive(Debug)]
pub(crate) enum Failure {
    /// Bad arguments.
    Usage { vi: String, en: String },
    /// A file that cannot be read.
    Io {
        file: String,
        vi: String,
        en: String,
    },
    /// Input the library refused.
    Refused(thidua::Error),
    /// Standard output was closed by its reader.
    BrokenPipe,
}

impl From<thidua::Error> for Failure {
    fn from(e: thidua::Error) -> Failure {
        Failure::Refused(e)
    }
}

impl Failure {
    pub(crate) fn usage(vi: impl Into<String>, en: impl Into<String>) -> Failure {
        Failure::Usage {
            vi: vi.into(),
            en: en.into(),
        }
    }

    fn exit_code(&self) -> u8 {
        match self {
            Failure::BrokenPipe => 0,
            Failure::Refused(_) => 1,
            Failure::Usage { .. } => 2,
            Failure::Io { .. } => 3,
        }
    }

    fn json(&self) -> serde_json::Value {
        let error = match self {
            Failure::Usage { vi, en } => serde_json::json!({
                "kind": "usage", "message": en, "message_vi": vi, "path": null
            }),
            Failure::Io { file, vi, en } => serde_json::json!({
                "kind": "io", "message": en, "message_vi": vi, "path": null, "file": file
            }),
            Failure::Refused(e) => serde_json::json!({
                "kind": e.kind().id(), "message": e.en(), "message_vi": e.vi(), "path": e.path()
            }),
            Failure::BrokenPipe => serde_json::Value::Null,
        };
        serde_json::json!({ "error": error })
    }
}

pub(crate) type Outcome<T = ()> = Result<T, Failure>;

const USAGE: &str = "\
thidua — Vietnam's emulation and commendation law (thi đua, khen thưởng), JSON in, JSON out

usage: thidua <command> [FILE] [options]

commands:
  judge [FILE]        judge a person or a collective for one or more awards
  review [DIR|FILE]   review a population: a folder of collectives.csv, people.csv and
                      records.csv, or a JSON population
  price [FILE]        the money of a decision
  fund [FILE]         a fund's figures and what is wrong with them
  indicators [FILE]   check the figures a report states (sums, shares, claims)
  catalogue           every award: names, recipients, route, how it is judged
  schema              the JSON Schema of the input and output formats

FILE is read from standard input when absent or '-'.

options:
  --lang vi|en        the language of `--text` output (default vi)
  --text              judge: print the verdicts as text instead of JSON
  --compact           one-line JSON
  --year YEAR         review: the achievement year (default: the last year of the records)
  --on YYYY-MM-DD     review: the judging date (default: 20 December of the year)
  --people            review: list every person's outcomes
  --to-json           review: print the population read as JSON, not reviewed
  -h, --help          this help
  -V, --version       the version

exit codes: 0 success, 1 input refused, 2 usage error, 3 file not readable.
Errors are written to standard error as
  {\"error\": {\"kind\", \"message\", \"message_vi\", \"path\"}}.
The wire format: https://docs.rs/thidua (README, \"The wire format\").
";

/// The parsed command line.
#[derive(Debug, Default)]
pub(crate) struct Args {
    pub(crate) command: String,
    pub(crate) file: Option<OsString>,
    pub(crate) lang: thidua::lang::Lang,
    pub(crate) text: bool,
    pub(crate) compact: bool,
    pub(crate) year: Option<i32>,
    pub(crate) on: Option<chrono::NaiveDate>,
    pub(crate) people: bool,
    pub(crate) to_json: bool,
}

enum Parsed {
    Run(Args),
    Help,
    Version,
}

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Outcome<Parsed> {
    use lexopt::prelude::*;
    let bad = |e: lexopt::Error| {
        let en = e.to_string();
        Failure::usage(format!("đối số sai: {en}"), en)
    };
    let mut parser = lexopt::Parser::from_args(args);
    let mut a = Args::default();
    let mut positional: Vec<OsString> = Vec::new();
    while let Some(arg) = parser.next().map_err(bad)? {
        match arg {
            Short('h') | Long("help") => return Ok(Parsed::Help),
            Short('V') | Long("version") => return Ok(Parsed::Version),
            Long("lang") => {
                let v = parser.value().map_err(bad)?;
                let v = v.to_string_lossy();
                a.lang = v.parse().map_err(|e: thidua::Error| {
                    Failure::usage(e.vi().into_owned(), e.en().into_owned())
                })?;
            }
            Long("text") => a.text = true,
            Long("compact") => a.compact = true,
            Long("people") => a.people = true,
            Long("to-json") => a.to_json = true,
            Long("year") => {
                let v = parser.value().map_err(bad)?;
                let v = v.to_string_lossy();
                a.year = Some(v.parse().map_err(|_| {
                    Failure::usage(
                        format!("--year: '{v}' không phải một năm"),
                        format!("--year: '{v}' is not a year"),
                    )
                })?);
            }
            Long("on") => {
                let v = parser.value().map_err(bad)?;
                let v = v.to_string_lossy();
                a.on = Some(thidua::wire::parse_date(&v).map_err(|e| {
                    Failure::usage(format!("--on: {}", e.vi()), format!("--on: {}", e.en()))
                })?);
            }
            Value(v) => positional.push(v),
            _ => return Err(bad(arg.unexpected())),
        }
    }
    let mut positional = positional.into_iter();
    let Some(command) = positional.next() else {
        return Ok(Parsed::Help);
    };
    a.command = command.to_string_lossy().into_owned();
    a.file = positional.next();
    if let Some(extra) = positional.next() {
        let extra = extra.to_string_lossy();
        return Err(Failure::usage(
            format!("thừa đối số '{extra}'"),
            format!("unexpected argument '{extra}'"),
        ));
    }
    if a.command == "help" {
        return Ok(Parsed::Help);
    }
    Ok(Parsed::Run(a))
}

/// Reads the input: the file named, or standard input. A byte-order mark is
/// skipped; text that is not UTF-8 is refused.
pub(crate) fn read_input(file: Option<&OsString>) -> Outcome<String> {
    let (name, bytes) = match file.filter(|f| f.as_os_str() != "-") {
        Some(path) => {
            let name = path.to_string_lossy().into_owned();
            match std::fs::read(path) {
                Ok(b) => (name, b),
                Err(e) => return Err(io_failure(&name, &e)),
            }
        }
        None => {
            let mut b = Vec::new();
            std::io::stdin()
                .read_to_end(&mut b)
                .map_err(|e| io_failure("-", &e))?;
            ("-".to_string(), b)
        }
    };
    text_of(&name, bytes)
}

/// The UTF-8 text of a file's bytes, without a byte-order mark.
pub(crate) fn text_of(name: &str, bytes: Vec<u8>) -> Outcome<String> {
    let mut text = String::from_utf8(bytes).map_err(|_| Failure::Io {
        file: name.to_string(),
        vi: format!("{name}: không phải văn bản UTF-8"),
        en: format!("{name}: not UTF-8 text"),
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

pub(crate) fn io_failure(name: &str, e: &std::io::Error) -> Failure {
    let (vi, en) = match e.kind() {
        std::io::ErrorKind::NotFound => (
            format!("không có tệp '{name}'"),
            format!("no file '{name}'"),
        ),
        std::io::ErrorKind::PermissionDenied => (
            format!("không có quyền đọc tệp '{name}'"),
            format!("no permission to read '{name}'"),
        ),
        _ => (
            format!("không đọc được '{name}': {e}"),
            format!("cannot read '{name}': {e}"),
        ),
    };
    Failure::Io {
        file: name.to_string(),
        vi,
        en,
    }
}

/// Writes `text` and a newline to standard output; a closed pipe is not an
/// error.
pub(crate) fn emit(text: &str) -> Outcome {
    let mut out = std::io::stdout().lock();
    let written = out
        .write_all(text.as_bytes())
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Failure::BrokenPipe),
        Err(e) => Err(io_failure("<stdout>", &e)),
    }
}

/// Writes `value` as JSON.
pub(crate) fn emit_json(args: &Args, value: &impl serde::Serialize) -> Outcome {
    let text = if args.compact {
        serde_json::to_string(value)
    } else {
        serde_json::to_string_pretty(value)
    };
    let text = text.map_err(|e| Failure::Io {
        file: "<stdout>".into(),
        vi: format!("không viết được JSON: {e}"),
        en: format!("cannot write JSON: {e}"),
    })?;
    emit(&text)
}

fn run(args: &Args) -> Outcome {
    match args.command.as_str() {
        "judge" => commands::judge(args),
        "review" => population::review(args),
        "price" => commands::price(args),
        "fund" => commands::fund(args),
        "indicators" => commands::indicators(args),
        "catalogue" | "catalog" => commands::catalogue(args),
        "schema" => emit_json(args, &schema::generate()),
        other => Err(Failure::usage(
            format!("không rõ lệnh '{other}'; xem thidua --help"),
            format!("unknown command '{other}'; see thidua --help"),
        )),
    }
}

fn main() -> ExitCode {
    let result = parse_args(std::env::args_os().skip(1)).and_then(|parsed| match parsed {
        Parsed::Help => emit(USAGE.trim_end()),
        Parsed::Version => emit(&format!(
            "thidua {} (law data {})",
            env!("CARGO_PKG_VERSION"),
            thidua::law::DATA_VERSION
        )),
        Parsed::Run(args) => run(&args),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(f) => {
            let _ = writeln!(std::io::stderr().lock(), "{}", f.json());
            ExitCode::from(f.exit_code())
        }
    }
}
