//! A provincial overlay read from a file: Bắc Ninh's detail of "Tập thể lao
//! động tiên tiến" (Quyết định số 86/2025/QĐ-UBND), and three collectives
//! judged for 2025 with and without it.
//!
//! ```text
//! cargo run --example overlay                      # examples/data/bac-ninh-86-2025.toml
//! cargo run --example overlay -- my-province.toml  # an overlay of your own
//! ```
//!
//! Under the national rules of 2025 (Law 06/2022 with Decree 152/2025) the
//! share of "Lao động tiên tiến" members a TTLĐTT needs rests on Law 06/2022
//! Art. 28, whose 2022 wording was not read: the verdict is *needs review*.
//! Bắc Ninh's decision details it (at least 70%, no member disciplined from
//! "cảnh cáo" up), so with the overlay the verdicts decide, citing the
//! decision. An overlay that loosens the national rules is refused. The
//! collectives and their numbers are made up.

#![allow(clippy::print_stdout)]

use std::path::PathBuf;

use chrono::NaiveDate;
use thidua::collectives::{CollectiveRecord, MemberTally};
use thidua::law::{OverlayRule, Share};
use thidua::people::DisciplineForm;
use thidua::{Award, Collective, Error, ErrorKind, Outcome, Overlay, Rating, Review, RuleBook};

fn day(y: i32, m: u32, d: u32) -> Result<NaiveDate, Error> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        Error::new(
            ErrorKind::OutOfRange,
            format!("không có ngày {d}/{m}/{y}"),
            format!("no day {y}-{m}-{d}"),
        )
    })
}

/// The bundled overlay file, or the one named on the command line.
fn overlay_path() -> PathBuf {
    std::env::args_os().nth(1).map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data/bac-ninh-86-2025.toml"),
        PathBuf::from,
    )
}

/// Reads an overlay file; errors name the file, the key path and the value.
pub(crate) fn read_overlay(path: &std::path::Path) -> Result<Overlay, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::new(
            ErrorKind::Missing,
            format!("{}: {e}", path.display()),
            format!("{}: {e}", path.display()),
        )
    })?;
    Overlay::from_toml(&text, &path.display().to_string())
}

/// A collective of `members` people, `advanced` of them "Lao động tiên
/// tiến", `warned` disciplined with a warning in 2025.
fn school(
    id: &str,
    name: &str,
    members: u32,
    advanced: u32,
    warned: u32,
) -> Result<(Collective, MemberTally), Error> {
    let mut c = Collective::new(id.parse()?, name);
    c.records.push(CollectiveRecord {
        year: 2025,
        rating: Some(Rating::Good),
        movement: Some(true),
    });
    let mut tally = MemberTally::new(members);
    tally.completed = members;
    tally.advanced = advanced;
    if let Some(slot) = DisciplineForm::ALL
        .iter()
        .position(|f| *f == DisciplineForm::Warning)
        .and_then(|i| tally.disciplined.get_mut(i))
    {
        *slot = warned;
    }
    Ok((c, tally))
}

/// The outcomes of the three collectives, national rules first, then with
/// the overlay; and the report the example prints.
pub(crate) fn report(overlay: &Overlay) -> Result<(Vec<(Outcome, Outcome)>, String), Error> {
    let book = RuleBook::national();
    let on = day(2025, 12, 20)?;
    let national = Review::new(&book, 2025, on)?;
    let provincial = Review::new(&book, 2025, on)?.with_overlay(overlay)?;

    let mut out = format!(
        "# {}\n\n{} quy định ({}), {}\n",
        overlay.name(),
        overlay.rules().len(),
        overlay.citation(),
        overlay.in_force()
    );
    let mut outcomes = Vec::new();
    for (id, name, members, advanced, warned) in [
        ("TH-DONG-NGAN", "Trường Tiểu học Đông Ngàn", 20, 16, 0),
        ("THCS-TAN-HONG", "Trường THCS Tân Hồng", 20, 12, 0),
        ("MN-HOA-SEN", "Trường Mầm non Hoa Sen", 20, 18, 1),
    ] {
        let (c, tally) = school(id, name, members, advanced, warned)?;
        let before = national.collective(&c, &tally, Award::AdvancedCollective)?;
        let after = provincial.collective(&c, &tally, Award::AdvancedCollective)?;
        out.push_str(&format!(
            "\n## {name}: {advanced}/{members} \"Lao động tiên tiến\", {warned} bị kỷ luật cảnh cáo\n\n\
             Theo quy định chung: {}\n\nTheo quy định của tỉnh:\n{after}",
            before.outcome
        ));
        outcomes.push((before.outcome, after.outcome));
    }

    // An overlay may tighten, never loosen: "ít nhất 40%" is below the
    // national "trên 50%".
    let loose = Overlay::new(
        "Quy định nới lỏng (ví dụ)",
        overlay.citation().clone(),
        overlay.in_force(),
    )
    .with(OverlayRule::AdvancedCollectiveStandard {
        share: Share::AtLeast(40),
        no_discipline_from: None,
    });
    let refused = Review::new(&book, 2025, on)?.with_overlay(&loose);
    if let Err(e) = refused {
        out.push_str(&format!("\nMột quy định nới lỏng bị từ chối: {e}\n"));
    }
    Ok((outcomes, out))
}

fn main() -> Result<(), Error> {
    let overlay = read_overlay(&overlay_path())?;
    let (_, out) = report(&overlay)?;
    print!("{out}");
    Ok(())
}
