//! The law: regimes and their periods in force, every rule with its
//! citation, the money tables and signing powers, read from the data files
//! of `data/law/`.

pub(crate) mod data;
pub(crate) mod regime;
