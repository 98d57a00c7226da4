//! The coverage table: every award of the catalogue, for every recipient
//! it admits, under every bundled regime, is judged or needs review naming
//! the text that is missing; never unsupported.
//!
//! The tests are generated from the table: for a judged row, a case on each
//! side of the main threshold (eligible, then ineligible); for a row that
//! needs review, the verdict on a case that meets everything else needs
//! review and cites the row's text. The page
//! `src/_documentation/coverage.md` is written from the table:
//!
//! ```text
//! THIDUA_BLESS=1 cargo test --test integration coverage::
//! ```

use std::fmt::Write as _;

use chrono::NaiveDate;
use thidua::award::Route;
use thidua::collectives::{Community, CommunityRecord, Holders, MemberTally};
use thidua::eligibility::{Coverage, CoverageRow, FlagNomination, Gap, Status, coverage};
use thidua::history::{CommendationKind, Conferral};
use thidua::id::UnitId;
use thidua::law::{FlagRoute, FormRoute};
use thidua::people::Scope;
use thidua::{
    Award, Citation, Collective, Outcome, Period, Person, PersonCategory, Rating, RecipientKind,
    Regime, RegimeId, Review, RuleBook, Verdict,
};

use crate::util::{conferred, d, generated_page, initiative, record, servant};

const PAGE: &str = "src/_documentation/coverage.md";

/// The year judged and the judging date of a regime's cases.
fn when(regime: &Regime) -> (i32, NaiveDate) {
    let from = regime.period().from();
    let year = chrono::Datelike::year(&from).max(2021);
    let y = match regime.id().as_str() {
        "nd91-2017" => 2021,
        "luat06-2022" => 2024,
        "nd152-2025" => 2025,
        "luat06-2026" => 2026,
        _ => year.max(2027),
    };
    (y, d(y, 12, 20))
}

fn mark(c: &Citation) -> char {
    match c.confidence() {
        thidua::Confidence::Verified => 'V',
        thidua::Confidence::Secondhand => 'S',
        _ => 'U',
    }
}

fn recipient_en(r: RecipientKind) -> &'static str {
    match r {
        RecipientKind::Individual => "individual",
        RecipientKind::Collective => "collective",
        RecipientKind::Household => "household",
        RecipientKind::Village => "village",
        RecipientKind::Commune => "commune",
        _ => "other",
    }
}

fn gap_label(g: Gap) -> &'static str {
    match g {
        Gap::RegimeNotRead => "regime not read",
        Gap::TextNotRead => "text not read",
        Gap::SetLocally => "set locally",
        _ => "other",
    }
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

/// The counts of a regime's rows: (judged, needs review, by gap).
fn counts(rows: &[&CoverageRow]) -> (usize, usize, [usize; 3]) {
    let mut by = [0; 3];
    let mut judged = 0;
    for r in rows {
        match &r.coverage {
            Coverage::Judged { .. } => judged += 1,
            Coverage::NeedsReview { gap, .. } => {
                let i = match gap {
                    Gap::RegimeNotRead => 0,
                    Gap::TextNotRead => 1,
                    _ => 2,
                };
                by[i] += 1;
            }
            _ => {}
        }
    }
    (judged, rows.len() - judged, by)
}

/// The coverage page, from the table.
fn render() -> String {
    let book = RuleBook::national();
    let rows = coverage(&book);
    let mut s = String::new();
    s.push_str(
        "# Coverage: every award, every recipient, every regime\n\
         \n\
         For every award of the catalogue, every kind of recipient it admits and\n\
         every bundled regime, [`eligibility::coverage`](crate::eligibility::coverage)\n\
         says whether a verdict decides on either side of the award's main\n\
         threshold (**judged**, with the article the threshold rests on), or whether\n\
         every verdict needs review, and why, naming the text that is missing:\n\
         \n\
         | why | meaning |\n\
         |---|---|\n\
         | regime not read | the regime's own text was not read (the reported Law 06/2026/QH16; the unknown successor of Decree 152/2025 from 2027-03-01) |\n\
         | text not read | a text the criteria rest on was not read (the collective clauses of Law 06/2022 Art. 42–44, 73 k2, 74 k2–k3; Decree 91/2017 Art. 38 k2, 39 k2–k3, 40; the orders, medals, honorary titles and prizes) |\n\
         | set locally | the ministry, sector, province or issuing body sets the criteria (the Giấy khen, the Kỷ niệm chương): an overlay's `form_criteria` decides, and without one the verdict needs review |\n\
         \n\
         No row is unsupported: `Review::person`, `Review::collective_with`,\n\
         `Review::community_with` and `Review::flag` answer for every award and\n\
         recipient it admits. The table is read without overlays; a province's\n\
         overlay turns the *set locally* rows it details into judged ones. Each row\n\
         is checked against the verdicts by `tests/integration/coverage.rs`.\n\
         \n\
         *This page is generated from [`coverage`](crate::eligibility::coverage) by the\n\
         test `coverage::coverage_page_is_the_table`. Do not edit it by hand: after a\n\
         change to the data, run `THIDUA_BLESS=1 cargo test --test integration coverage::`\n\
         and commit the result.*\n",
    );
    let _ = writeln!(
        s,
        "\nBundled data version: `{}`.\n",
        thidua::law::DATA_VERSION
    );
    s.push_str("## The counts\n\n| regime | rows | judged | needs review | regime not read | text not read | set locally |\n|---|---|---|---|---|---|---|\n");
    for regime in book.regimes() {
        let mine: Vec<&CoverageRow> = rows.iter().filter(|r| &r.regime == regime.id()).collect();
        let (judged, review, by) = counts(&mine);
        let _ = writeln!(
            s,
            "| `{}` | {} | {judged} | {review} | {} | {} | {} |",
            regime.id(),
            mine.len(),
            by[0],
            by[1],
            by[2]
        );
    }
    for regime in book.regimes() {
        let mine: Vec<&CoverageRow> = rows.iter().filter(|r| &r.regime == regime.id()).collect();
        let _ = writeln!(
            s,
            "\n## {} (`{}`)\n\n{}, {}.\n",
            regime.name_en(),
            regime.id(),
            regime.name_vi(),
            regime.period()
        );
        if let Some(why) = regime.unsettled() {
            let _ = writeln!(
                s,
                "Every row needs review: the regime's text was not read ({}, {}). The rules of the regime before it are carried over provisionally and shown in every verdict.",
                cell(&why.to_short()),
                mark(&why)
            );
            continue;
        }
        s.push_str("| award | recipient | route | coverage | citation | mark | note |\n|---|---|---|---|---|---|---|\n");
        for r in mine {
            let (status, c) = match &r.coverage {
                Coverage::Judged { basis } => ("judged".to_owned(), basis),
                Coverage::NeedsReview { gap, citation } => {
                    (format!("needs review: {}", gap_label(*gap)), citation)
                }
                _ => continue,
            };
            let note = match &r.coverage {
                Coverage::Judged { .. } => "—".to_owned(),
                _ => c.note().map_or_else(|| "—".to_owned(), cell),
            };
            let _ = writeln!(
                s,
                "| {} | {} | `{}` | {status} | {} | {} | {note} |",
                cell(r.award.name_vi()),
                recipient_en(r.recipient),
                r.route.id(),
                cell(&c.to_short()),
                mark(c),
            );
        }
    }
    s
}

/// The committed page is the one the table gives.
#[test]
fn coverage_page_is_the_table() {
    generated_page(
        PAGE,
        &render(),
        "the coverage table",
        "THIDUA_BLESS=1 cargo test --test integration coverage::",
    );
}

/// Every award, every recipient it admits, every regime: one row each, none
/// unsupported; the counts per regime.
#[test]
fn every_admitted_recipient_has_a_row() {
    let book = RuleBook::national();
    let rows = coverage(&book);
    let admitted: usize = Award::ALL.iter().map(|a| a.recipients().len()).sum();
    assert_eq!(rows.len(), admitted * book.regimes().len());
    for r in &rows {
        assert_ne!(r.route, Route::Unjudged, "{r:?}");
        if let Coverage::NeedsReview { citation, .. } = &r.coverage {
            // The text that is missing says so: unverified with a note, or a
            // delegation.
            assert!(
                !citation.confidence().is_decisive() || citation.note().is_some(),
                "{r:?}"
            );
        }
    }
    // Regimes whose text was not read need review everywhere.
    for regime in [RegimeId::AMENDMENT_2026, RegimeId::AFTER_DECREE_152] {
        assert!(rows.iter().filter(|r| r.regime == regime).all(|r| matches!(
            r.coverage,
            Coverage::NeedsReview {
                gap: Gap::RegimeNotRead,
                ..
            }
        )));
    }
    // The JSON listing round-trips.
    let json = serde_json::to_string(&rows).unwrap();
    assert!(json.contains(r#""status":"judged""#), "{json:.200}");
    assert!(json.contains(r#""gap":"set_locally""#));
    let back: Vec<CoverageRow> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, rows);
}

// ---------------------------------------------------------------------------
// Cases generated from the table.
// ---------------------------------------------------------------------------

/// A candidate of any kind, and how to judge it.
enum Case {
    Person(Person),
    Collective(Collective, MemberTally),
    Community(Community),
    Flag(Collective, FlagNomination, Vec<UnitId>),
}

fn verdict(review: &Review<'_>, case: &Case, award: Award) -> Verdict {
    let v = match case {
        Case::Person(p) => review.person(p, award),
        Case::Collective(c, t) => review.collective(c, t, award),
        Case::Community(c) => review.community(c, award),
        Case::Flag(c, n, leaders) => review.flag(c, n, leaders),
    };
    v.unwrap_or_else(|e| panic!("{award} under {}: {e}", review.regime().id()))
}

fn soldier_or_servant(award: Award, rating: Rating, last: i32) -> Person {
    let mut p = servant("CB-1", rating, last);
    if award == Award::AdvancedSoldier {
        p.category = PersonCategory::Soldier;
    }
    p
}

fn collective(armed: bool, y: i32) -> Collective {
    let mut c = Collective::new("DV-1".parse().unwrap(), "Đơn vị Một");
    c.armed_forces = armed;
    for year in y - 8..=y {
        c.records.push(thidua::collectives::CollectiveRecord {
            year,
            rating: Some(Rating::Excellent),
            movement: Some(true),
        });
    }
    c
}

fn tally(advanced: u32) -> MemberTally {
    let mut t = MemberTally::new(10);
    t.completed = 10;
    t.advanced = advanced;
    t.fighters = 1;
    t
}

fn community(kind: RecipientKind, year: i32, criteria: usize, met: bool) -> Community {
    let mut c = Community::new("CD-1".parse().unwrap(), "Cộng đồng Một", kind);
    let mut r = CommunityRecord::new(year);
    r.criteria = vec![Some(true); criteria];
    if !met {
        if let Some(first) = r.criteria.first_mut() {
            *first = Some(false);
        }
    }
    r.exclusions_checked = true;
    r.holders = Some(Holders { holding: 9, of: 10 });
    r.leads_movement = Some(true);
    c.records.push(r);
    c
}

/// A person on a form's ladder: every count the route asks for, and the
/// run broken a year before the year judged when `pass` is false.
fn ladder_person(route: &FormRoute, y: i32, pass: bool) -> Person {
    let mut p = servant("CB-1", Rating::Excellent, y);
    let need = route
        .years
        .as_ref()
        .map(|r| i32::from(r.value.0))
        .or(route.or_titles.as_ref().map(|r| i32::from(r.value.1)))
        .unwrap();
    if let Some(after) = &route.after {
        conferred(&mut p, after.value, y - need);
    }
    if let Some(t) = &route.titles {
        let (title, m) = t.value;
        for k in 0..i32::from(m) {
            conferred(&mut p, title, y - k);
        }
    }
    if let Some(i) = &route.initiatives {
        let (n, scope) = i.value;
        for k in 0..i32::from(n) {
            let year = y - k % need;
            initiative(&mut p, &format!("SK-{k}"), scope, d(year, 10, 1));
        }
    }
    if !pass {
        record(&mut p, y - 1).rating = Some(Rating::Completed);
    }
    p
}

/// A collective on a form's ladder (the 2003 wording of the Labour Order).
fn ladder_collective(route: &FormRoute, y: i32, pass: bool) -> Collective {
    let mut c = collective(false, y);
    let (title, m) = route.or_titles.as_ref().unwrap().value;
    for k in 0..i32::from(m) {
        if pass || k != 1 {
            c.awards
                .push(Conferral::new(title, Period::year(y - k).unwrap()));
        }
    }
    if let Some(any) = &route.any_of {
        let (award, n) = any.value[0];
        for k in 0..i32::from(n) {
            c.awards.push(
                Conferral::new(award, Period::year(y - 1 - k).unwrap())
                    .of_kind(CommendationKind::Regular),
            );
        }
    }
    if let Some(after) = &route.after {
        c.awards.push(
            Conferral::new(after.value, Period::year(y - i32::from(m)).unwrap())
                .of_kind(CommendationKind::Regular),
        );
    }
    c
}

/// A case that meets the award's main threshold (`pass`) or fails it.
fn case(row: &CoverageRow, regime: &Regime, y: i32, pass: bool) -> Case {
    let award = row.award;
    let id = |s: &str| -> UnitId { s.parse().unwrap() };
    match (row.route, row.recipient) {
        (Route::AnnualTitle, _) => {
            let mut p = soldier_or_servant(award, Rating::Good, y);
            if !pass {
                record(&mut p, y).rating = Some(Rating::Completed);
            }
            Case::Person(p)
        }
        (Route::GrassrootsFighter, _) => {
            if pass {
                let mut p = servant("CB-1", Rating::Excellent, y);
                initiative(&mut p, "SK-1", Scope::Grassroots, d(y, 10, 1));
                Case::Person(p)
            } else {
                Case::Person(servant("CB-1", Rating::Good, y))
            }
        }
        (Route::Streak, _) => {
            let rules = regime.individual().streak_rules(award).unwrap();
            let (lower, times) = rules.streak.value;
            let years = regime
                .individual()
                .streak_rules(lower)
                .map_or(1, |r| i32::from(r.streak.value.1));
            let mut p = servant("CB-1", Rating::Excellent, y);
            let mut end = y + 1;
            for k in 0..i32::from(times) {
                if pass || k != 1 {
                    let period = Period::new(d(end - years, 1, 1), d(end, 1, 1)).unwrap();
                    p.awards.push(Conferral::new(lower, period));
                }
                end -= years;
            }
            initiative(&mut p, "SK-1", rules.initiative_scope.value, d(y, 10, 1));
            Case::Person(p)
        }
        (Route::CollectiveTitle, _) => {
            let armed = matches!(award, Award::AdvancedUnit | Award::DeterminedToWinUnit);
            Case::Collective(collective(armed, y), tally(if pass { 8 } else { 3 }))
        }
        (Route::Flag, _) => {
            let c = collective(false, y);
            let n = FlagNomination::new(award, FlagRoute::Cluster).standard(true);
            Case::Flag(c, n, if pass { vec![id("DV-1")] } else { vec![] })
        }
        (Route::Checklist, kind) => {
            let size = match award {
                Award::CulturalFamily => regime.community().family.value.len(),
                Award::CulturalVillage => regime.community().village.value.len(),
                _ => regime.community().commune.value.len(),
            };
            Case::Community(community(kind, y, size, pass))
        }
        (Route::Form, recipient) => {
            let route = regime.forms().route(award, recipient);
            let ladder = route.filter(|r| r.is_ladder());
            match (recipient, ladder) {
                (RecipientKind::Individual, Some(r)) => Case::Person(ladder_person(r, y, pass)),
                (RecipientKind::Collective, Some(r)) => {
                    Case::Collective(ladder_collective(r, y, pass), tally(8))
                }
                (RecipientKind::Individual, None) => {
                    Case::Person(servant("CB-1", Rating::Excellent, y))
                }
                (RecipientKind::Collective, None) => {
                    Case::Collective(collective(false, y), tally(8))
                }
                (kind, _) => Case::Community(Community::new(id("HO-1"), "Hộ Một", kind)),
            }
        }
        (other, _) => panic!("no case for route {other:?}"),
    }
}

/// Every row of the table, against the verdicts: a judged row decides on
/// either side of its threshold; a row that needs review does, citing its
/// text, for a case that meets everything else.
#[test]
fn every_row_is_what_the_verdicts_say() {
    let book = RuleBook::national();
    let mut checked = (0, 0);
    for row in coverage(&book) {
        let regime = book.regime(&row.regime).unwrap();
        let (y, on) = when(regime);
        let review = Review::new(&book, y, on).unwrap();
        let what = format!(
            "{} for a {} under {}",
            row.award,
            recipient_en(row.recipient),
            row.regime
        );
        match &row.coverage {
            Coverage::Judged { basis } => {
                let yes = verdict(&review, &case(&row, regime, y, true), row.award);
                assert_eq!(yes.outcome, Outcome::Eligible, "{what}: {yes}");
                let no = verdict(&review, &case(&row, regime, y, false), row.award);
                assert_eq!(no.outcome, Outcome::Ineligible, "{what}: {no}");
                // What failed rests on the row's basis or on the run.
                assert!(no.unmet().count() >= 1, "{what}: {no}");
                let _ = basis;
                checked.0 += 1;
            }
            Coverage::NeedsReview { citation, .. } => {
                let v = verdict(&review, &case(&row, regime, y, true), row.award);
                assert_eq!(v.outcome, Outcome::NeedsReview, "{what}: {v}");
                assert!(
                    v.findings
                        .iter()
                        .any(|f| f.status == Status::Unknown && &f.citation == citation),
                    "{what}: no unknown finding cites {}: {v}",
                    citation.to_short()
                );
                checked.1 += 1;
            }
            _ => panic!("{what}: a coverage this test does not know"),
        }
    }
    assert!(checked.0 > 20 && checked.1 > 100, "{checked:?}");
}
