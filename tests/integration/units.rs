//! Units and their registry: hierarchy validation, the 2025 merger of
//! communes, ancestors, descendants and levels.

use chrono::NaiveDate;
use thidua::Bilingual as _;
use thidua::id::UnitId;
use thidua::units::{Level, Unit, UnitKind, UnitRegistry};
use thidua::{ErrorKind, Period};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn id(s: &str) -> UnitId {
    s.parse().unwrap()
}

/// Until the district level ended: [2000-01-01, 2025-07-01).
fn old() -> Period {
    Period::new(d(2000, 1, 1), d(2025, 7, 1)).unwrap()
}

/// The two-tier era: from 2025-07-01.
fn new() -> Period {
    Period::starting(d(2025, 7, 1))
}

fn unit(code: &str, kind: UnitKind, period: Period) -> Unit {
    Unit::new(id(code), format!("{} {code}", kind.name_vi()), kind, period)
}

fn province() -> Unit {
    unit("QN", UnitKind::Province, Period::starting(d(1963, 10, 30)))
}

#[track_caller]
fn rejected(units: Vec<Unit>, kind: ErrorKind, needles: &[&str]) {
    let err = UnitRegistry::new(units).unwrap_err();
    assert_eq!(err.kind(), kind, "{err}");
    let msg = err.en();
    for n in needles {
        assert!(msg.contains(n), "{msg:?} should mention {n:?}");
    }
    assert_eq!(msg, msg.trim_end_matches('.'), "no trailing period");
}

/// A province with one district, one commune, a village, a household, a
/// department of the district and a school of the commune; plus, after
/// 2025-07-01, a new commune directly under the province.
fn tree() -> UnitRegistry {
    UnitRegistry::new([
        province(),
        unit("H1", UnitKind::District, old()).under(id("QN")),
        unit("X1", UnitKind::Commune, old()).under(id("H1")),
        unit("T1", UnitKind::Village, old()).under(id("X1")),
        unit("HO1", UnitKind::Household, old()).under(id("T1")),
        unit("PNV", UnitKind::Department, old()).under(id("H1")),
        unit("TH1", UnitKind::PublicServiceUnit, old()).under(id("X1")),
        unit("X2", UnitKind::Commune, new()).under(id("QN")),
        unit("SO-NV", UnitKind::Agency, Period::starting(d(2008, 1, 1))).under(id("QN")),
        unit("BNV", UnitKind::Ministry, Period::starting(d(1990, 1, 1))),
        unit(
            "VU-TDKT",
            UnitKind::Department,
            Period::starting(d(1990, 1, 1)),
        )
        .under(id("BNV")),
        unit("CTY", UnitKind::Enterprise, Period::starting(d(2010, 1, 1))),
    ])
    .unwrap()
}

#[test]
fn ancestors_nearest_first() {
    let reg = tree();
    let up: Vec<&str> = reg
        .ancestors(&id("HO1"))
        .unwrap()
        .map(|u| u.id.as_str())
        .collect();
    assert_eq!(up, ["T1", "X1", "H1", "QN"]);
    assert_eq!(reg.ancestors(&id("QN")).unwrap().count(), 0);
    assert_eq!(reg.parent(&id("X2")).unwrap().unwrap().id, id("QN"));
    assert!(reg.parent(&id("QN")).unwrap().is_none());
}

#[test]
fn descendants_depth_first_in_given_order() {
    let reg = tree();
    let down: Vec<&str> = reg
        .descendants(&id("QN"))
        .unwrap()
        .map(|u| u.id.as_str())
        .collect();
    assert_eq!(down, ["H1", "X1", "T1", "HO1", "TH1", "PNV", "X2", "SO-NV"]);
    let kids: Vec<&str> = reg
        .children(&id("H1"))
        .unwrap()
        .map(|u| u.id.as_str())
        .collect();
    assert_eq!(kids, ["X1", "PNV"]);
    assert_eq!(reg.descendants(&id("HO1")).unwrap().count(), 0);
    assert!(reg.is_within(&id("HO1"), &id("QN")).unwrap());
    assert!(reg.is_within(&id("QN"), &id("QN")).unwrap());
    assert!(!reg.is_within(&id("X2"), &id("H1")).unwrap());
}

#[test]
fn levels_territorial_and_inherited() {
    let reg = tree();
    let cases = [
        ("QN", Level::Province),
        ("H1", Level::District),
        ("X1", Level::Commune),
        ("X2", Level::Commune),
        ("T1", Level::Village),
        ("HO1", Level::Household),
        // Agencies take the level of their nearest territorial ancestor.
        ("PNV", Level::District),
        ("TH1", Level::Commune),
        ("SO-NV", Level::Province),
        ("BNV", Level::Central),
        ("VU-TDKT", Level::Central),
        // A body outside every local administration is central.
        ("CTY", Level::Central),
    ];
    for (code, level) in cases {
        assert_eq!(reg.level(&id(code)).unwrap(), level, "{code}");
    }
}

#[test]
fn unknown_id_suggests_the_closest() {
    let reg = tree();
    let err = reg.level(&id("X3")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnknownReference);
    assert!(
        err.en().starts_with("unknown unit 'X3'; did you mean"),
        "{err}"
    );
}

#[test]
fn duplicate_ids() {
    rejected(
        vec![province(), unit("QN", UnitKind::Province, new())],
        ErrorKind::Duplicate,
        &["duplicate unit id 'QN'"],
    );
}

#[test]
fn unknown_parent() {
    rejected(
        vec![unit("X1", UnitKind::Commune, new()).under(id("QN-OLD"))],
        ErrorKind::UnknownReference,
        &["unit 'X1' names unknown parent 'QN-OLD'"],
    );
}

#[test]
fn cycles_are_named() {
    let p = Period::starting(d(2000, 1, 1));
    rejected(
        vec![
            unit("A", UnitKind::Agency, p).under(id("B")),
            unit("B", UnitKind::Agency, p).under(id("C")),
            unit("C", UnitKind::Agency, p).under(id("A")),
        ],
        ErrorKind::Hierarchy,
        &["cycle", "'A' → 'B' → 'C' → 'A'"],
    );
    rejected(
        vec![unit("A", UnitKind::Agency, p).under(id("A"))],
        ErrorKind::Hierarchy,
        &["'A' → 'A'"],
    );
}

#[test]
fn impossible_parent_kinds() {
    rejected(
        vec![
            province(),
            unit("H1", UnitKind::District, old()).under(id("QN")),
            unit("X1", UnitKind::Commune, old()).under(id("H1")),
            unit("X2", UnitKind::Commune, old()).under(id("X1")),
        ],
        ErrorKind::Hierarchy,
        &[
            "'X2' (xã) cannot be under 'X1' (xã)",
            "a xã may be under: huyện, tỉnh",
        ],
    );
    rejected(
        vec![
            province(),
            unit("T1", UnitKind::Village, new()).under(id("QN")),
        ],
        ErrorKind::Hierarchy,
        &["'T1' (thôn) cannot be under 'QN' (tỉnh)"],
    );
    rejected(
        vec![
            province(),
            unit("H1", UnitKind::District, old()).under(id("QN")),
            unit("HO", UnitKind::Household, old()).under(id("H1")),
        ],
        ErrorKind::Hierarchy,
        &["'HO' (hộ gia đình) cannot be under 'H1' (huyện)"],
    );
}

#[test]
fn commune_under_district_only_before_2025_07_01() {
    let district = || unit("H1", UnitKind::District, old()).under(id("QN"));
    // Ends on 2025-06-30 (until 2025-07-01): fine.
    let ok = Period::new(d(2020, 1, 1), d(2025, 7, 1)).unwrap();
    UnitRegistry::new([
        province(),
        district(),
        unit("X1", UnitKind::Commune, ok).under(id("H1")),
    ])
    .unwrap();
    // One day longer: the district level has ended.
    let late = Period::new(d(2020, 1, 1), d(2025, 7, 2)).unwrap();
    rejected(
        vec![
            province(),
            district(),
            unit("X1", UnitKind::Commune, late).under(id("H1")),
        ],
        ErrorKind::Hierarchy,
        &[
            "'X1' (xã) cannot be under 'H1' (huyện)",
            "ended on 2025-06-30",
        ],
    );
    // A commune of the two-tier era under a district.
    rejected(
        vec![
            province(),
            district(),
            unit("X1", UnitKind::Commune, new()).under(id("H1")),
        ],
        ErrorKind::Hierarchy,
        &["ended on 2025-06-30"],
    );
}

#[test]
fn commune_under_province_only_from_2025_07_01() {
    UnitRegistry::new([
        province(),
        unit("X1", UnitKind::Ward, new()).under(id("QN")),
    ])
    .unwrap();
    let early = Period::starting(d(2025, 6, 30));
    rejected(
        vec![
            province(),
            unit("X1", UnitKind::Ward, early).under(id("QN")),
        ],
        ErrorKind::Hierarchy,
        &["before 2025-07-01 a phường is under a district"],
    );
}

#[test]
fn kinds_that_began_or_ended_in_2025() {
    rejected(
        vec![unit(
            "H1",
            UnitKind::District,
            Period::starting(d(2000, 1, 1)),
        )],
        ErrorKind::Hierarchy,
        &["'H1' (huyện) is in force after 2025-06-30"],
    );
    let town = Period::new(d(2000, 1, 1), d(2025, 7, 2)).unwrap();
    rejected(
        vec![unit("TT", UnitKind::Township, town)],
        ErrorKind::Hierarchy,
        &["'TT' (thị trấn)"],
    );
    UnitRegistry::new([unit("TT", UnitKind::Township, old())]).unwrap();
    rejected(
        vec![unit(
            "DK",
            UnitKind::SpecialZone,
            Period::starting(d(2025, 6, 30)),
        )],
        ErrorKind::Hierarchy,
        &["'DK' (đặc khu) starts on 2025-06-30"],
    );
    UnitRegistry::new([
        province(),
        unit("DK", UnitKind::SpecialZone, new()).under(id("QN")),
    ])
    .unwrap();
}

#[test]
fn child_outside_parent_period() {
    let agency = unit(
        "SO",
        UnitKind::Agency,
        Period::new(d(2010, 1, 1), d(2020, 1, 1)).unwrap(),
    );
    let early = unit(
        "P",
        UnitKind::Department,
        Period::new(d(2009, 12, 31), d(2015, 1, 1)).unwrap(),
    )
    .under(id("SO"));
    rejected(
        vec![agency.clone(), early],
        ErrorKind::Hierarchy,
        &[
            "'P' in force 2009-12-31 to 2014-12-31",
            "parent 'SO' (2010-01-01 to 2019-12-31)",
        ],
    );
    let open = unit("P", UnitKind::Department, Period::starting(d(2015, 1, 1))).under(id("SO"));
    rejected(
        vec![agency.clone(), open],
        ErrorKind::Hierarchy,
        &["from 2015-01-01"],
    );
    let inside = unit(
        "P",
        UnitKind::Department,
        Period::new(d(2010, 1, 1), d(2020, 1, 1)).unwrap(),
    )
    .under(id("SO"));
    UnitRegistry::new([agency, inside]).unwrap();
}

/// Two communes of a district merge into one commune of the province on
/// 2025-07-01; the new commune later merges again.
fn merger() -> UnitRegistry {
    let later = Period::new(d(2025, 7, 1), d(2030, 1, 1)).unwrap();
    UnitRegistry::new([
        province(),
        unit("H1", UnitKind::District, old()).under(id("QN")),
        unit("XA", UnitKind::Commune, old())
            .under(id("H1"))
            .succeeded_by([id("XC")]),
        unit("XB", UnitKind::Commune, old())
            .under(id("H1"))
            .succeeded_by([id("XC")]),
        unit("XC", UnitKind::Commune, later)
            .under(id("QN"))
            .succeeded_by([id("XD")]),
        unit("XD", UnitKind::Ward, Period::starting(d(2030, 1, 1))).under(id("QN")),
    ])
    .unwrap()
}

#[test]
fn merged_communes_name_their_successor() {
    let reg = merger();
    let on = |code: &str, date| -> Vec<String> {
        reg.successors_on(&id(code), date)
            .unwrap()
            .iter()
            .map(|u| u.id.to_string())
            .collect()
    };
    assert_eq!(on("XA", d(2025, 6, 30)), ["XA"]);
    assert_eq!(on("XA", d(2025, 7, 1)), ["XC"]);
    assert_eq!(on("XB", d(2025, 7, 1)), ["XC"]);
    assert_eq!(on("XA", d(2029, 12, 31)), ["XC"]);
    assert_eq!(on("XA", d(2030, 1, 1)), ["XD"]);
    assert!(on("XC", d(2025, 6, 30)).is_empty(), "before it began");
    // The old communes and the new one are at commune level, under the
    // province through different paths.
    assert_eq!(reg.level(&id("XA")).unwrap(), Level::Commune);
    assert!(reg.is_within(&id("XA"), &id("H1")).unwrap());
    assert!(!reg.is_within(&id("XC"), &id("H1")).unwrap());
    let on_day: Vec<&str> = reg
        .in_force_on(d(2025, 7, 1))
        .map(|u| u.id.as_str())
        .collect();
    assert_eq!(on_day, ["QN", "XC"]);
}

#[test]
fn successor_errors() {
    let base = || {
        vec![
            province(),
            unit("H1", UnitKind::District, old()).under(id("QN")),
        ]
    };
    let mut unknown = base();
    unknown.push(
        unit("XA", UnitKind::Commune, old())
            .under(id("H1"))
            .succeeded_by([id("XZ")]),
    );
    rejected(
        unknown,
        ErrorKind::UnknownReference,
        &["unit 'XA' names unknown successor 'XZ'"],
    );

    let mut no_end = base();
    no_end.push(unit("XC", UnitKind::Commune, new()).under(id("QN")));
    no_end.push(
        unit("XE", UnitKind::Commune, new())
            .under(id("QN"))
            .succeeded_by([id("XC")]),
    );
    rejected(
        no_end,
        ErrorKind::Hierarchy,
        &["'XE' names successor 'XC' but its period has no end"],
    );

    let mut gap = base();
    gap.push(
        unit("XA", UnitKind::Commune, old())
            .under(id("H1"))
            .succeeded_by([id("XC")]),
    );
    gap.push(unit("XC", UnitKind::Commune, Period::starting(d(2025, 8, 1))).under(id("QN")));
    rejected(
        gap,
        ErrorKind::Hierarchy,
        &["successor 'XC' of unit 'XA' is not in force on 2025-07-01"],
    );
}

#[test]
fn kinds_parse_in_every_spelling() {
    let cases = [
        ("Xã", UnitKind::Commune),
        ("XA", UnitKind::Commune),
        ("Phu\u{31b}o\u{31b}\u{300}ng", UnitKind::Ward),
        ("THỊ TRẤN", UnitKind::Township),
        ("đặc khu", UnitKind::SpecialZone),
        ("thi xa", UnitKind::District),
        ("Tổ dân phố", UnitKind::ResidentialGroup),
        ("ấp", UnitKind::Village),
        ("hop tac xa", UnitKind::Cooperative),
        ("don vi su nghiep cong lap", UnitKind::PublicServiceUnit),
        ("household", UnitKind::Household),
    ];
    for (s, k) in cases {
        assert_eq!(s.parse::<UnitKind>().unwrap(), k, "{s}");
    }
    let err = "thon xom".parse::<UnitKind>().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnknownName);
    assert!(err.en().contains("did you mean"), "{err}");
    assert_eq!("cap tinh".parse::<Level>().unwrap(), Level::Province);
}

#[test]
fn registry_round_trips_and_rechecks_on_read() {
    let reg = merger();
    let json = serde_json::to_string(&reg).unwrap();
    let back: UnitRegistry = serde_json::from_str(&json).unwrap();
    assert_eq!(
        back.iter().collect::<Vec<_>>(),
        reg.iter().collect::<Vec<_>>()
    );
    assert!(json.contains(r#""kind":"commune""#), "{json}");
    assert!(json.contains(r#""successors":["XC"]"#), "{json}");
    let bad = r#"[{"id":"X1","name":"Xã 1","kind":"commune","parent":"X0","period":{"from":"2025-07-01"}}]"#;
    let err = serde_json::from_str::<UnitRegistry>(bad).unwrap_err();
    assert!(err.to_string().contains("unknown parent 'X0'"), "{err}");
}
