//! The unit hierarchy: registries built from a sound tree of a
//! province, then damaged — duplicated ids, unknown parents and successors,
//! cycles, impossible parent kinds, periods at chrono's ends. A registry
//! that is built answers every question about every unit it was given; one
//! that is refused names the unit at fault.

use std::collections::BTreeSet;
use thidua::Bilingual as _;

use chrono::NaiveDate;
use proptest::collection::vec;
use proptest::prelude::*;
use thidua::id::UnitId;
use thidua::units::{Unit, UnitKind, UnitRegistry};
use thidua::{ErrorKind, Period};

use crate::eligibility::{edge_date, ymd};
use crate::support::{config, message};

fn id(s: &str) -> UnitId {
    s.parse().unwrap()
}

/// A sound registry: a province, districts and communes until 2025-06-30
/// (the communes succeeded by new ones under the province), agencies and
/// departments under any of them, and villages under the communes.
fn sound_units() -> impl Strategy<Value = Vec<Unit>> {
    (
        1usize..=3,
        vec((0usize..3, any::<bool>()), 0..6),
        vec(
            (
                0usize..12,
                prop::sample::select(vec![
                    UnitKind::Agency,
                    UnitKind::Department,
                    UnitKind::Village,
                    UnitKind::Household,
                    UnitKind::PublicServiceUnit,
                    UnitKind::Enterprise,
                    UnitKind::MassOrganisation,
                ]),
            ),
            0..6,
        ),
    )
        .prop_map(|(districts, communes, others)| {
            let old = Period::new(ymd(1990, 1, 1), ymd(2025, 7, 1)).unwrap();
            let new = Period::starting(ymd(2025, 7, 1));
            let mut units = vec![Unit::new(
                id("P"),
                "Tỉnh A",
                UnitKind::Province,
                Period::starting(ymd(1990, 1, 1)),
            )];
            for d in 0..districts {
                units.push(
                    Unit::new(id(&format!("H{d}")), "Huyện", UnitKind::District, old)
                        .under(id("P")),
                );
            }
            units.push(Unit::new(id("XN"), "Xã mới", UnitKind::Commune, new).under(id("P")));
            for (k, (d, merged)) in communes.into_iter().enumerate() {
                let mut c = Unit::new(id(&format!("X{k}")), "Xã", UnitKind::Commune, old)
                    .under(id(&format!("H{}", d % districts)));
                if merged {
                    c = c.succeeded_by([id("XN")]);
                }
                units.push(c);
            }
            for (k, (at, kind)) in others.into_iter().enumerate() {
                let parent = units[at % units.len()].clone();
                // The kind asked for if it may sit there, else one that may.
                let fits = |k: &UnitKind| k.allowed_parents().contains(&parent.kind);
                let (kind, parent) = match [kind, UnitKind::Department, UnitKind::MassOrganisation]
                    .into_iter()
                    .find(fits)
                {
                    Some(kind) => (kind, parent),
                    None => (UnitKind::Agency, units[0].clone()),
                };
                units.push(
                    Unit::new(id(&format!("A{k}")), "Cơ quan", kind, parent.period)
                        .under(parent.id.clone()),
                );
            }
            units
        })
}

/// One thing wrong with a registry.
#[derive(Clone, Debug)]
enum Damage {
    /// Unit `i` takes the id of unit `j`.
    DuplicateId(usize, usize),
    /// Unit `i` names a parent not in the registry.
    UnknownParent(usize),
    /// Unit `i` goes under unit `j` (a cycle when `j` is below `i`).
    Parent(usize, usize),
    /// Unit `i` becomes of `kind`.
    Kind(usize, UnitKind),
    /// Unit `i` is in force from `from` (until `until`, if after it).
    Period(usize, NaiveDate, Option<NaiveDate>),
    /// Unit `i` is succeeded by unit `j`.
    Successor(usize, usize),
    /// Unit `i` names a successor not in the registry.
    UnknownSuccessor(usize),
    /// The units come in another order.
    Rotate(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    let i = 0usize..20;
    prop_oneof![
        (i.clone(), i.clone()).prop_map(|(i, j)| Damage::DuplicateId(i, j)),
        i.clone().prop_map(Damage::UnknownParent),
        (i.clone(), i.clone()).prop_map(|(i, j)| Damage::Parent(i, j)),
        (i.clone(), prop::sample::select(UnitKind::ALL.to_vec()))
            .prop_map(|(i, k)| Damage::Kind(i, k)),
        (i.clone(), edge_date(), proptest::option::of(edge_date()))
            .prop_map(|(i, a, b)| Damage::Period(i, a, b)),
        (i.clone(), i.clone()).prop_map(|(i, j)| Damage::Successor(i, j)),
        i.clone().prop_map(Damage::UnknownSuccessor),
        i.prop_map(Damage::Rotate),
    ]
}

fn apply(units: &mut [Unit], d: &Damage) {
    let n = units.len();
    match *d {
        Damage::DuplicateId(i, j) => units[i % n].id = units[j % n].id.clone(),
        Damage::UnknownParent(i) => units[i % n].parent = Some(id(&format!("NOPE-{i}"))),
        Damage::Parent(i, j) => units[i % n].parent = Some(units[j % n].id.clone()),
        Damage::Kind(i, k) => units[i % n].kind = k,
        Damage::Period(i, from, until) => {
            units[i % n].period = until
                .and_then(|u| Period::new(from, u).ok())
                .unwrap_or(Period::starting(from));
        }
        Damage::Successor(i, j) => {
            let s = units[j % n].id.clone();
            units[i % n].successors.push(s);
        }
        Damage::UnknownSuccessor(i) => units[i % n].successors.push(id(&format!("GONE-{i}"))),
        Damage::Rotate(k) => units.rotate_left(k % n),
    }
}

/// Every answer the registry gives about every unit it holds.
fn answers(reg: &UnitRegistry, units: &[Unit], dates: &[NaiveDate]) -> Result<(), TestCaseError> {
    let n = units.len();
    prop_assert_eq!(reg.len(), n);
    let ids: Vec<&UnitId> = reg.iter().map(|u| &u.id).collect();
    let given: Vec<&UnitId> = units.iter().map(|u| &u.id).collect();
    prop_assert_eq!(ids, given);
    // Each unit is below exactly one root: the roots and their descendants
    // are everyone, once.
    let mut seen = BTreeSet::new();
    for root in units.iter().filter(|u| u.parent.is_none()) {
        prop_assert!(seen.insert(root.id.clone()));
        for d in reg.descendants(&root.id).unwrap() {
            prop_assert!(seen.insert(d.id.clone()), "{} twice", d.id);
            prop_assert!(reg.is_within(&d.id, &root.id).unwrap());
        }
    }
    prop_assert_eq!(seen.len(), n);
    for u in units {
        let up: Vec<&Unit> = reg.ancestors(&u.id).unwrap().collect();
        prop_assert!(up.len() < n);
        prop_assert_eq!(reg.parent(&u.id).unwrap().map(|p| &p.id), u.parent.as_ref());
        for c in reg.children(&u.id).unwrap() {
            prop_assert_eq!(c.parent.as_ref(), Some(&u.id));
        }
        reg.level(&u.id).unwrap();
        for &date in dates {
            for s in reg.successors_on(&u.id, date).unwrap() {
                prop_assert!(s.in_force_on(date), "{} not in force on {date}", s.id);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// A sound registry is built and answers for every unit; a damaged one
    /// is built and answers the same way, or is refused naming a unit.
    #[test]
    fn registries_answer_for_everyone_or_name_the_unit(
        mut units in sound_units(),
        damages in vec(damage(), 0..3),
        dates in vec(edge_date(), 1..4),
    ) {
        for d in &damages {
            apply(&mut units, d);
        }
        match UnitRegistry::new(units.clone()) {
            Ok(reg) => answers(&reg, &units, &dates)?,
            Err(e) => {
                let msg = message(&e)?;
                prop_assert!(!damages.is_empty(), "a sound registry refused: {msg}");
                prop_assert!(
                    units.iter().any(|u| msg.contains(&format!("'{}'", u.id))),
                    "{msg} names no unit"
                );
                let mut ids = BTreeSet::new();
                let twice = units.iter().find(|u| !ids.insert(u.id.clone()));
                match e.kind() {
                    ErrorKind::Duplicate => {
                        let twice = twice.unwrap();
                        prop_assert_eq!(msg, format!("duplicate unit id '{}'", twice.id));
                    }
                    ErrorKind::UnknownReference => {
                        prop_assert!(twice.is_none());
                        prop_assert!(msg.contains("'NOPE-") || msg.contains("'GONE-"), "{msg}");
                    }
                    ErrorKind::Hierarchy => prop_assert!(twice.is_none()),
                    other => prop_assert!(false, "unexpected kind {other:?}: {msg}"),
                }
            }
        }
    }

    /// Units of any kind under any parent in any period: never a panic, and
    /// a refusal names a unit.
    #[test]
    fn any_units_are_checked(
        raw in vec((
            prop::sample::select(UnitKind::ALL.to_vec()),
            proptest::option::of(0usize..10),
            edge_date(),
            proptest::option::of(edge_date()),
            vec(0usize..10, 0..2),
        ), 0..10),
        date in edge_date(),
    ) {
        let n = raw.len();
        let units: Vec<Unit> = raw
            .iter()
            .enumerate()
            .map(|(k, (kind, parent, from, until, successors))| {
                let period = until
                    .and_then(|u| Period::new(*from, u).ok())
                    .unwrap_or(Period::starting(*from));
                let mut u = Unit::new(id(&format!("U{k}")), "", *kind, period);
                u.parent = parent.map(|p| id(&format!("U{}", p % n.max(1))));
                u.successors = successors.iter().map(|s| id(&format!("U{}", s % n.max(1)))).collect();
                u
            })
            .collect();
        match UnitRegistry::new(units.clone()) {
            Ok(reg) => answers(&reg, &units, &[date])?,
            Err(e) => {
                let msg = message(&e)?;
                prop_assert!(units.iter().any(|u| msg.contains(&format!("'{}'", u.id))), "{msg}");
                if e.kind() == ErrorKind::Hierarchy && msg.starts_with("cycle") {
                    // Each unit of the cycle named is under the next.
                    let named: Vec<&Unit> = units.iter().filter(|u| msg.contains(&format!("'{}'", u.id))).collect();
                    prop_assert!(named.iter().all(|u| u.parent.as_ref().is_some_and(|p| msg.contains(&format!("'{p}'")))), "{msg}");
                }
            }
        }
    }
}

/// A chain of 100 000 agencies, each under the next: walked without
/// recursion, and the same chain closed into a cycle is refused.
#[test]
fn enormous_hierarchies_and_cycles() {
    let n = 100_000;
    let period = Period::starting(ymd(2000, 1, 1));
    let chain = |closed: bool| -> Vec<Unit> {
        (0..n)
            .map(|k| {
                let u = Unit::new(id(&format!("A{k}")), "", UnitKind::Agency, period);
                if k + 1 < n {
                    u.under(id(&format!("A{}", k + 1)))
                } else if closed {
                    u.under(id("A0"))
                } else {
                    u
                }
            })
            .collect()
    };
    let reg = UnitRegistry::new(chain(false)).unwrap();
    assert_eq!(reg.ancestors(&id("A0")).unwrap().count(), n - 1);
    assert_eq!(
        reg.descendants(&id(&format!("A{}", n - 1)))
            .unwrap()
            .count(),
        n - 1
    );
    assert!(
        reg.is_within(&id("A0"), &id(&format!("A{}", n - 1)))
            .unwrap()
    );
    let err = UnitRegistry::new(chain(true)).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Hierarchy);
    let msg = err.en();
    assert!(
        msg.starts_with("cycle in the unit hierarchy: 'A0' → 'A1'"),
        "{}",
        &msg[..80]
    );
}

/// A unit under itself, and a successor chain that comes back to its start.
#[test]
fn self_parent_and_successor_loops() {
    let p = Period::starting(ymd(2000, 1, 1));
    let err = UnitRegistry::new([Unit::new(id("A"), "", UnitKind::Agency, p).under(id("A"))])
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Hierarchy);
    assert_eq!(
        err.en(),
        "cycle in the unit hierarchy: 'A' → 'A' (each is under the next)"
    );
    // Periods at chrono's ends: a unit from the first day to the last.
    let all = Period::new(NaiveDate::MIN, NaiveDate::MAX).unwrap();
    let a = Unit::new(id("A"), "", UnitKind::Agency, all).succeeded_by([id("B")]);
    let b = Unit::new(
        id("B"),
        "",
        UnitKind::Agency,
        Period::starting(NaiveDate::MAX),
    )
    .succeeded_by([id("A")]);
    let err = UnitRegistry::new([a, b]).unwrap_err();
    assert!(err.en().contains("'B'"), "{err}");
}
