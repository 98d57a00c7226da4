//! The one integration test binary.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    missing_docs,
    unreachable_pub
)]

mod authority;
mod autotraits;
mod award_forms;
mod book;
mod campaigns;
mod caps;
mod catalogue;
mod collective;
mod community;
mod coverage;
mod decision;
mod differential;
mod flags;
mod forms;
mod fund;
mod highest_only;
mod ids;
mod indicators;
mod individual;
mod laws;
mod local_awards;
mod money;
mod mutation;
mod numfmt;
mod ordering;
mod population;
mod proposal;
mod proposal_example;
mod strict;
mod units;
mod util;
mod wire;
mod words;
