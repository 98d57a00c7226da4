//! Hostile input: every public entry point is fed valid values from the
//! crate's proptest strategies, then damaged ones, and must never panic,
//! never lose a record, and never fail without naming the bad value.
//!
//! Cases per entry point come from `THIDUA_HOSTILE_CASES` (default
//! [`support::DEFAULT_CASES`], so that `cargo test` stays fast). The release
//! check runs a million per entry point:
//!
//! ```text
//! THIDUA_HOSTILE_CASES=1000000 cargo test --release --all-features --test hostile
//! ```
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    missing_docs,
    unreachable_pub
)]

mod authority;
mod campaigns;
mod eligibility;
mod indicators;
mod json;
mod money;
mod parsers;
mod population;
mod regressions;
mod support;
mod units;
mod unknown;
