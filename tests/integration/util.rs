//! Builders and assertions shared by the integration tests.

use chrono::NaiveDate;
use thidua::eligibility::{Criterion, Status};
use thidua::history::{CommendationKind, Conferral};
use thidua::people::{Initiative, InitiativeKind, Scope};
use thidua::{
    Award, Outcome, Period, Person, PersonCategory, Rating, Review, RuleBook, Verdict, YearRecord,
};

#[track_caller]
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A civil servant in continuous service since 2010, rated `rating` in every
/// year from 2016 to `last`, every other fact given as none.
#[track_caller]
pub fn servant(id: &str, rating: Rating, last: i32) -> Person {
    let mut p = Person::new(
        id.parse().unwrap(),
        "",
        PersonCategory::CivilServant,
        "U1".parse().unwrap(),
    );
    p.service_start = Some(d(2010, 1, 1));
    p.records = (2016..=last)
        .map(|y| YearRecord::new(y).rated(rating).otherwise_none())
        .collect();
    p.initiatives = Some(Vec::new());
    p
}

#[track_caller]
pub fn initiative(p: &mut Person, id: &str, scope: Scope, on: NaiveDate) {
    p.add_initiative(Initiative {
        id: id.parse().unwrap(),
        kind: InitiativeKind::Initiative,
        scope,
        recognised_on: on,
    });
}

/// A regular conferral (khen thưởng theo công trạng) of `award` for `year`.
#[track_caller]
pub fn conferred(p: &mut Person, award: Award, year: i32) {
    p.awards.push(
        Conferral::new(award, Period::year(year).unwrap()).of_kind(CommendationKind::Regular),
    );
}

#[track_caller]
pub fn record(p: &mut Person, year: i32) -> &mut YearRecord {
    p.records.iter_mut().find(|r| r.year == year).unwrap()
}

#[track_caller]
pub fn judge(p: &Person, award: Award, year: i32, on: NaiveDate) -> Verdict {
    let book = RuleBook::national();
    let review = Review::new(&book, year, on).unwrap();
    let v = review.person(p, award).unwrap();
    // The fast path always agrees with the explained one.
    assert_eq!(review.person_outcome(p, award).unwrap(), v.outcome, "{v}");
    v
}

#[track_caller]
pub fn assert_outcome(v: &Verdict, outcome: Outcome) {
    assert_eq!(v.outcome, outcome, "{v}");
}

#[track_caller]
pub fn assert_status(v: &Verdict, criterion: Criterion, status: Status) {
    let f = v
        .finding(criterion)
        .unwrap_or_else(|| panic!("no {criterion:?} in {v}"));
    assert_eq!(f.status, status, "{v}");
}

/// Checks a generated page against its committed file (`rel`, from the
/// repository root), or writes it with `THIDUA_BLESS=1`; on a difference,
/// names the first line that differs and the command (`bless`) that
/// regenerates it.
pub fn generated_page(rel: &str, page: &str, source: &str, bless: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    if std::env::var_os("THIDUA_BLESS").is_some() {
        std::fs::write(&path, page).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != page {
        let line = committed
            .lines()
            .zip(page.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| committed.lines().count().min(page.lines().count()));
        panic!(
            "{rel} is not what {source} gives (first difference at line {}).\n\
             It is generated: run `{bless}` and commit the result.",
            line + 1
        );
    }
}
