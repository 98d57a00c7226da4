//! The one integration test binary.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    missing_docs
)]

mod catalogue;
mod indicators;
mod money;
mod numfmt;
mod units;
