//! The `thidua` command-line program.

fn main() {}
