//! Whole populations: a province's yearly review (bình xét cuối năm) of
//! every person and collective at once.
//!
//! A [`Population`] stores people compactly — a few bytes per person-year,
//! ids inline — so that a province of a million people fits in memory
//! comfortably. People and records come in any order, one at a time or in
//! bulk from several threads ([`Population::load_people`],
//! [`Population::load_records`], or [`ParsedRecords::parse`] while the
//! people are read, then [`Population::add_records`]). [`Review::population`](crate::Review::population)
//! judges everyone in one call: the individual titles, the 2017–2023 quota
//! of "Chiến sĩ thi đua cơ sở" per collective, the titles earned by a
//! streak, and the collective titles from their members. The outcomes are
//! a table keyed by title ([`PersonOutcome::of`]), with one column per
//! title the review's regime judges. The fast path builds no explanation
//! and allocates nothing per person; [`ReviewedPopulation::explain`] gives
//! any one verdict, with every finding, on demand, and always agrees with
//! the fast path.
//!
//! The files: `storage` (rows, yearly slots, the facts a member shows the
//! rules), `index` (ids to positions), `bulk` (loading in batches),
//! `judge` (the passes of a review), `results` (outcomes, counts, money,
//! explanations, diffs).

mod bulk;
mod index;
mod judge;
mod results;
mod storage;

pub use bulk::{ParsedRecords, PeopleBatch, RecordBatch};
pub use results::{
    CollectiveOutcome, OutcomeDiff, PersonOutcome, PopulationMoney, ReviewedPopulation, TitleCounts,
};
pub use storage::{Member, PersonEntry, Population, Titles, YearEntry};
