//! Judges one JSON case and prints the verdict as JSON, so that tools in
//! other languages can use the library.
//!
//! ```text
//! cargo run --example evaluate_json examples/data/case.json
//! cargo run --example evaluate_json < examples/data/case.json
//! ```
//!
//! # The case
//!
//! ```text
//! {
//!   "person":   a person: {"id", "name"?, "category", "sex"?, "unit",
//!               "service_start"?, "records"?: [{"year", "rating"?,
//!               "discipline"?: [{"form", "decided_on", "ends_on"?}],
//!               "discipline_pending"?, "leave"?: [{"kind", "working_days"}],
//!               "training"?: [{"months", "kept_rules"?, "result"?}],
//!               "injury_treatment"?: [{"days", "certified"?}],
//!               "transfers"?: [{"from_unit", "on", "months_at_previous_unit",
//!               "previous_unit_comments"?}]}],
//!               "initiatives"?: [{"id", "kind", "scope", "recognised_on"}],
//!               "awards"?: [{"award", "period": {"from", "until"?},
//!               "decision"?, "revoked"?, "relied_on"?: [ids]}]},
//!   "award":    the title, by any name ("Chiến sĩ thi đua cơ sở", "CSTĐCS",
//!               "grassroots_emulation_fighter" …),
//!   "year":     the achievement year judged,
//!   "judged_on": the judging date, YYYY-MM-DD (it picks the regime),
//!   "overlays"?: local rules: [{"name", "citation", "in_force", "rules"}]
//! }
//! ```
//!
//! Ratings are `excellent`, `good`, `completed`, `not_completed` (or HTXS,
//! HTT, HT, KHT); categories `civil_servant`, `public_employee`, `official`,
//! `worker`, `soldier`, `police`, `militia`, `farmer`, `other`; dates
//! `YYYY-MM-DD`.
//!
//! A key left out (`?`) is a fact not given: the criteria that read it come
//! back unknown, and the verdict needs review. Say "none" with an empty list
//! (`"discipline": []`, `"initiatives": []`) or `false`
//! (`"discipline_pending": false`). Unknown keys are refused at every depth,
//! naming the key path and the key probably meant:
//! `records[0].discipline[0].end_on: unknown key 'end_on'; did you mean
//! 'ends_on'?`.
//!
//! # The verdict
//!
//! `{"award", "candidate", "regime", "year", "judged_on", "outcome":
//! "eligible" | "needs_review" | "ineligible", "findings": [{"criterion",
//! "status": "met" | "unknown" | "unmet", "citation", "reason_vi",
//! "reason_en", "evidence"?}], "relied_on"?}`. Bad input prints
//! `{"error": {"kind", "message"}}` and exits with status 1.
#![allow(clippy::print_stdout)]

use std::io::Read;
use std::process::ExitCode;

use chrono::NaiveDate;
use thidua::{Award, Error, Overlay, Person, Review, RuleBook, Verdict};

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    person: Person,
    award: Award,
    year: i32,
    judged_on: NaiveDate,
    #[serde(default)]
    overlays: Vec<Overlay>,
}

/// Judges the case of `input` (public for the tests).
pub(crate) fn judge(input: &str) -> Result<Verdict, Error> {
    let case: Case = thidua::wire::from_json(input).map_err(|e| e.context("bad case"))?;
    let book = RuleBook::national();
    let mut review = Review::new(&book, case.year, case.judged_on)?;
    for o in &case.overlays {
        review = review.with_overlay(o)?;
    }
    review.person(&case.person, case.award)
}

fn main() -> ExitCode {
    let mut input = String::new();
    let read = match std::env::args_os().nth(1) {
        Some(path) => std::fs::read_to_string(&path).map(|s| input = s),
        None => std::io::stdin().read_to_string(&mut input).map(|_| ()),
    };
    if let Err(e) = read {
        println!(
            "{}",
            serde_json::json!({"error": {"kind": "io", "message": e.to_string()}})
        );
        return ExitCode::FAILURE;
    }
    match judge(&input) {
        Ok(v) => match serde_json::to_string_pretty(&v) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                println!(
                    "{}",
                    serde_json::json!({"error": {"kind": "json", "message": e.to_string()}})
                );
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            println!(
                "{}",
                serde_json::json!({"error": {"kind": format!("{:?}", e.kind()), "message": e.to_string()}})
            );
            ExitCode::FAILURE
        }
    }
}
