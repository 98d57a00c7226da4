//! Ids sort as a total order that agrees with equality.

use proptest::prelude::*;
use thidua::Bilingual as _;

/// Codes that mix digits and letters, where a "natural" order can go wrong.
fn code() -> impl Strategy<Value = thidua::id::PersonId> {
    "[0-9]{1,3}|[0-9]{0,2}[a-c]{1,2}[0-9]{0,2}|0{1,2}[0-9]{1,2}"
        .prop_map(|s| s.parse::<thidua::id::PersonId>().unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Ids are a total order that agrees with `==`: sorting never panics,
    /// `allocate` finds duplicates next to each other, and ordered lookups
    /// find what they hold.
    #[test]
    fn ids_are_totally_ordered(a in code(), b in code(), c in code()) {
        use std::cmp::Ordering;
        prop_assert_eq!(a.cmp(&b) == Ordering::Equal, a == b);
        prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
        if a <= b && b <= c {
            prop_assert!(a <= c, "{:?} <= {:?} <= {:?} but {:?} > {:?}", a, b, c, a, c);
        }
    }
}

/// The ids that once slipped a duplicate past `allocate`, when digit-only
/// and other codes shared one order that was not transitive.
#[test]
fn allocate_sees_a_duplicate_among_mixed_ids() {
    use thidua::ErrorKind;
    use thidua::eligibility::{Candidate, TieBreak, allocate};
    use thidua::id::PersonId;
    let ids = ["0a", "2", "2b", "b", "10", "1", "1a", "2", "02", "9", "20"];
    let candidates: Vec<Candidate<PersonId, u32>> = ids
        .iter()
        .map(|s| Candidate {
            id: s.parse().unwrap(),
            score: 1,
        })
        .collect();
    let err = allocate(candidates, 100, TieBreak::LowerIdFirst).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Duplicate);
    assert_eq!(err.en(), "candidate '2' is listed twice");
}
