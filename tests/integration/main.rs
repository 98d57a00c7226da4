//! The one integration test binary.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    missing_docs,
    unreachable_pub
)]

mod campaigns;
mod catalogue;
mod collective;
mod decision;
mod fund;
mod indicators;
mod individual;
mod laws;
mod money;
mod numfmt;
mod population;
mod units;
mod util;
mod words;
