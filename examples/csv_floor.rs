//! The parse-only floor of the reference workload: read the three CSV files
//! with the `csv` crate and do nothing else, to compare `annual_review`
//! with (see `benches/README.md`).
//!
//! ```text
//! cargo run --release --example csv_floor DATA_DIR
//! ```
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(std::path::PathBuf::from) else {
        eprintln!("usage: csv_floor DATA_DIR");
        return ExitCode::from(2);
    };
    let mut fields = 0usize;
    for name in ["collectives.csv", "people.csv", "records.csv"] {
        let mut reader = match csv::Reader::from_path(dir.join(name)) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{name}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let mut record = csv::ByteRecord::new();
        loop {
            match reader.read_byte_record(&mut record) {
                Ok(true) => fields += record.len(),
                Ok(false) => break,
                Err(e) => {
                    eprintln!("{name}: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
    }
    println!("{fields} fields");
    ExitCode::SUCCESS
}
