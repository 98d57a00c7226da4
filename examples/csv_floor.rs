//! The parse-only floors of the reference workload, to compare
//! `annual_review` with (see `benches/README.md`):
//!
//! ```text
//! cargo run --release --example csv_floor DATA_DIR            # the csv crate, one core
//! cargo run --release --example csv_floor DATA_DIR --split    # annual_review's reader, every core
//! ```
//!
//! The first reads the three files with the `csv` crate (`ByteRecord`
//! reused) and does nothing else. The second reads them as
//! `examples/annual_review.rs` does — blocks of whole lines, `memchr` for
//! line ends and commas, on every core (`THIDUA_THREADS` to choose) — and
//! counts the fields without reading a value: what is left of
//! `annual_review` when the population, the review and the money are taken
//! away.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;
use std::sync::Mutex;

#[allow(dead_code, unreachable_pub)]
#[path = "annual_review.rs"]
mod annual_review;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(dir) = args.next().map(std::path::PathBuf::from) else {
        eprintln!("usage: csv_floor DATA_DIR [--split]");
        return ExitCode::from(2);
    };
    let split = args.next().is_some_and(|a| a == "--split");
    let counted = if split {
        split_floor(&dir)
    } else {
        csv_floor(&dir)
    };
    match counted {
        Ok(fields) => {
            println!("{fields} fields");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// The `csv` crate on one core.
fn csv_floor(dir: &std::path::Path) -> Result<usize, String> {
    let mut fields = 0usize;
    for name in ["collectives.csv", "people.csv", "records.csv"] {
        let mut reader =
            csv::Reader::from_path(dir.join(name)).map_err(|e| format!("{name}: {e}"))?;
        let mut record = csv::ByteRecord::new();
        while reader
            .read_byte_record(&mut record)
            .map_err(|e| format!("{name}: {e}"))?
        {
            fields += record.len();
        }
    }
    Ok(fields)
}

/// `annual_review`'s reader on every core, counting fields.
fn split_floor(dir: &std::path::Path) -> Result<usize, String> {
    let threads = annual_review::threads().get();
    let mut fields = 0usize;
    let files: [(&str, &[&str]); 3] = [
        ("collectives.csv", &["collective_id", "rating", "movement"]),
        (
            "people.csv",
            &["person_id", "collective_id", "hired_on", "score"],
        ),
        (
            "records.csv",
            &[
                "person_id",
                "year",
                "rating",
                "discipline",
                "grassroots_initiatives",
                "provincial_initiatives",
                "title",
            ],
        ),
    ];
    for (name, header) in files {
        let chunks = annual_review::Chunks::open(dir, name, header, annual_review::CHUNK)
            .map_err(|e| e.to_string())?;
        let chunks = Mutex::new(chunks);
        let counts: Vec<Result<usize, String>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..threads)
                .map(|_| {
                    s.spawn(|| {
                        let mut n = 0usize;
                        loop {
                            let next = chunks.lock().map_err(|e| e.to_string())?.next();
                            let Some(chunk) = next else { return Ok(n) };
                            let chunk = chunk.map_err(|e| e.to_string())?;
                            annual_review::for_each_row(name, &chunk, header.len(), |row| {
                                n += row.fields().len();
                                Ok(())
                            })
                            .map_err(|e| e.to_string())?;
                        }
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|_| Err("a thread failed".to_owned()))
                })
                .collect()
        });
        for c in counts {
            fields += c?;
        }
    }
    Ok(fields)
}
