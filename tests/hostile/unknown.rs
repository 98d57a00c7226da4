//! Properties of unknown facts and misspelled keys, over the crate's
//! strategies (which generate facts not given as well as given ones):
//!
//! - removing a fact never makes a verdict more certain: an outcome that
//!   changes becomes *needs review*;
//! - a misspelled key never changes an outcome silently: it is an error that
//!   names the key path.

use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::Value;
use thidua::Bilingual as _;
use thidua::people::Fact;
use thidua::{Award, Outcome, Person, Review, RuleBook, strategies};

use crate::support::config;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const AWARDS: [Award; 7] = [
    Award::AdvancedWorker,
    Award::AdvancedSoldier,
    Award::GrassrootsEmulationFighter,
    Award::MinistryOrProvinceEmulationFighter,
    Award::CertificateOfCommendation,
    Award::MinistryOrProvinceCertificateOfMerit,
    Award::PrimeMinisterCertificateOfMerit,
];

/// One fact removed (made "not given"): a person-level fact, or a fact of
/// the record at index `i` (modulo the records).
#[derive(Clone, Debug)]
enum Removal {
    Person(Fact),
    Year(usize, Fact),
}

fn removal() -> impl Strategy<Value = Removal> {
    prop_oneof![
        prop::sample::select(vec![Fact::ServiceStart, Fact::Initiatives]).prop_map(Removal::Person),
        (
            0usize..8,
            prop::sample::select(vec![
                Fact::Discipline,
                Fact::PendingDiscipline,
                Fact::Leave,
                Fact::Training,
                Fact::InjuryTreatment,
                Fact::Transfers,
            ])
        )
            .prop_map(|(i, f)| Removal::Year(i, f)),
    ]
}

fn remove(p: &mut Person, r: &Removal) {
    match *r {
        Removal::Person(Fact::ServiceStart) => p.service_start = None,
        Removal::Person(_) => p.initiatives = None,
        Removal::Year(i, fact) => {
            let n = p.records.len().max(1);
            let Some(rec) = p.records.get_mut(i % n) else {
                return;
            };
            match fact {
                Fact::Discipline => rec.discipline = None,
                Fact::PendingDiscipline => rec.discipline_pending = None,
                Fact::Leave => rec.leave = None,
                Fact::Training => rec.training = None,
                Fact::InjuryTreatment => rec.injury_treatment = None,
                _ => rec.transfers = None,
            }
        }
    }
}

/// Every key path of a JSON value, with a way to rename it.
fn key_paths(v: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match v {
        Value::Object(o) => {
            for (k, child) in o {
                at.push(k.clone());
                out.push(at.clone());
                key_paths(child, at, out);
                at.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                at.push(format!("[{i}]"));
                key_paths(child, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn rename(v: &mut Value, path: &[String], to: &str) {
    let (last, init) = path.split_last().unwrap();
    let mut v = v;
    for seg in init {
        v = match seg.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            Some(i) => &mut v[i.parse::<usize>().unwrap()],
            None => &mut v[seg.as_str()],
        };
    }
    let o = v.as_object_mut().unwrap();
    let value = o.remove(last).unwrap();
    o.insert(to.to_owned(), value);
}

/// `records[0].discipline` from `["records", "[0]", "discipline"]`.
fn printed(path: &[String]) -> String {
    let mut out = String::new();
    for seg in path {
        if !seg.starts_with('[') && !out.is_empty() {
            out.push('.');
        }
        out.push_str(seg);
    }
    out
}

proptest! {
    #![proptest_config(config())]

    /// Removing any fact never makes a verdict more certain: what changes
    /// becomes *needs review*, and the fast path agrees.
    #[test]
    fn removing_a_fact_never_makes_a_verdict_more_certain(
        (year, p) in (2018i32..=2027).prop_flat_map(|y| (Just(y), strategies::person(y))),
        removals in proptest::collection::vec(removal(), 1..4),
        award in prop::sample::select(AWARDS.to_vec()),
        late in any::<bool>(),
    ) {
        let book = RuleBook::national();
        let on = if late { ymd(year + 1, 2, 1) } else { ymd(year, 12, 20) };
        let review = Review::new(&book, year, on).unwrap();
        let before = review.person(&p, award).unwrap();
        let mut q = p.clone();
        for r in &removals {
            remove(&mut q, r);
        }
        let after = review.person(&q, award).unwrap();
        prop_assert_eq!(review.person_outcome(&q, award).unwrap(), after.outcome);
        prop_assert!(
            after.outcome == before.outcome || after.outcome == Outcome::NeedsReview,
            "{:?}: {:?} became {:?}\nbefore: {}\nafter: {}",
            removals, before.outcome, after.outcome, before, after
        );
    }

    /// A misspelled key anywhere in a person's JSON is an error naming its
    /// path, never a person judged differently.
    #[test]
    fn a_misspelled_key_never_changes_an_outcome_silently(
        p in (2018i32..=2026).prop_flat_map(strategies::person),
        pick in any::<prop::sample::Index>(),
        how in 0u8..3,
    ) {
        let json = serde_json::to_value(&p).unwrap();
        let mut paths = Vec::new();
        key_paths(&json, &mut Vec::new(), &mut paths);
        let path = pick.get(&paths).clone();
        let key = path.last().unwrap().clone();
        let wrong = match how {
            0 => format!("{key}s"),
            1 => key.chars().skip(1).collect(),
            _ => key.to_uppercase(),
        };
        prop_assume!(wrong != key);
        let mut v = json.clone();
        rename(&mut v, &path, &wrong);
        let err = thidua::wire::from_json::<Person>(&v.to_string());
        let err = match err {
            Err(e) => e.en().into_owned(),
            Ok(q) => {
                prop_assert!(false, "{}: '{}' accepted: {:?}", printed(&path), wrong, q);
                unreachable!()
            }
        };
        let parent = printed(&path[..path.len() - 1]);
        prop_assert!(parent.is_empty() || err.starts_with(&parent), "{}: {}", printed(&path), err);
        prop_assert!(err.contains(&format!("'{wrong}'")) || err.contains(&format!("'{key}'")) || err.contains(&format!("`{key}`")),
            "{}: {}", printed(&path), err);
    }
}
