//! The evaluators: individual titles, forms, overlays, collective
//! titles, community titles, flags and quotas, fed generated people,
//! collectives and communities, then damaged ones.
//!
//! A success must agree with itself (the explained verdict with the fast
//! path, a quota's selected and cut with its candidates, a tally with the
//! members given); a failure must name the bad value.

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate};
use proptest::collection::vec;
use proptest::prelude::*;
use rust_decimal::Decimal;
use thidua::citation::Instrument;
use thidua::collectives::{
    CollectiveRecord, Community, CommunityRecord, Exclusion, Holders, MemberTally,
};
use thidua::eligibility::{Candidate, Criterion, FlagNomination, TieBreak, allocate};
use thidua::history::{Conferral, Revocation};
use thidua::id::{InitiativeId, UnitId};
use thidua::law::{FlagRoute, OverlayRule, Quota, QuotaRounding, Share};
use thidua::people::{
    Discipline, DisciplineForm, Initiative, InjuryTreatment, Leave, LeaveKind, Training,
    TrainingResult, Transfer,
};
use thidua::strategies;
use thidua::{
    Award, Citation, Collective, ErrorKind, Outcome, Overlay, Period, Person, PersonCategory,
    Rating, RecipientKind, Review, RuleBook, Verdict,
};

use crate::support::{config, message};

/// The first and last days chrono knows, and the days around them.
pub fn edge_date() -> impl Strategy<Value = NaiveDate> {
    let any_day = (NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce())
        .prop_map(|d| NaiveDate::from_num_days_from_ce_opt(d).unwrap());
    prop_oneof![
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        Just(NaiveDate::MIN.succ_opt().unwrap()),
        Just(NaiveDate::MAX.pred_opt().unwrap()),
        Just(ymd(2024, 2, 29)),
        Just(ymd(2020, 2, 29)),
        Just(ymd(2025, 6, 30)),
        Just(ymd(2025, 7, 1)),
        Just(ymd(2023, 12, 31)),
        Just(ymd(2024, 1, 1)),
        any_day,
        (1990i32..=2030, 1u32..=366)
            .prop_map(|(y, d)| NaiveDate::from_yo_opt(y, d).unwrap_or_else(|| ymd(y, 12, 31))),
    ]
}

/// A year: mostly near today, sometimes at the ends of chrono or of `i32`.
pub fn edge_year() -> impl Strategy<Value = i32> {
    prop_oneof![
        6 => 2014i32..=2027,
        1 => Just(i32::MIN),
        1 => Just(i32::MAX),
        1 => Just(NaiveDate::MIN.year()),
        1 => Just(NaiveDate::MAX.year()),
        1 => Just(0),
        1 => any::<i32>(),
    ]
}

pub fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A review year and a judging date in it or early the next year; 29
/// February where there is one.
fn review_dates() -> impl Strategy<Value = (i32, NaiveDate)> {
    (2017i32..=2027, 0u8..5).prop_map(|(y, k)| {
        let on = match k {
            0 => ymd(y, 12, 20),
            1 => ymd(y + 1, 3, 1),
            2 => NaiveDate::from_ymd_opt(y + 1, 2, 29).unwrap_or(ymd(y + 1, 2, 28)),
            3 => ymd(y, 12, 31),
            _ => ymd(y + 1, 7, 1),
        };
        (y, on)
    })
}

fn award() -> impl Strategy<Value = Award> {
    prop::sample::select(Award::ALL.to_vec())
}

fn individual_award() -> impl Strategy<Value = Award> {
    prop_oneof![
        4 => prop::sample::select(vec![
            Award::AdvancedWorker,
            Award::AdvancedSoldier,
            Award::GrassrootsEmulationFighter,
            Award::MinistryOrProvinceEmulationFighter,
            Award::NationalEmulationFighter,
            Award::CertificateOfCommendation,
            Award::MinistryOrProvinceCertificateOfMerit,
            Award::PrimeMinisterCertificateOfMerit,
            Award::LabourOrderThird,
        ]),
        1 => award(),
    ]
}

fn period() -> impl Strategy<Value = Period> {
    prop_oneof![
        (edge_date(), edge_date()).prop_map(|(a, b)| {
            let (a, b) = if a < b { (a, b) } else { (b, a) };
            Period::new(a, b).unwrap_or(Period::starting(a))
        }),
        edge_date().prop_map(Period::starting),
        (2010i32..=2027).prop_map(|y| Period::year(y).unwrap()),
    ]
}

/// One thing wrong with a person's facts.
#[derive(Clone, Debug)]
enum Damage {
    DuplicateRecord(usize),
    RecordYear(usize, i32),
    Leave(usize, LeaveKind, u16, usize),
    Discipline(usize, DisciplineForm, NaiveDate, Option<NaiveDate>),
    Pending(usize),
    Training(usize, u16, Option<bool>, Option<TrainingResult>),
    Injury(usize, u16, Option<bool>),
    Transfer(usize, u16, Option<bool>, NaiveDate),
    DuplicateInitiative(usize),
    InitiativeDate(usize, NaiveDate),
    Initiative(String, thidua::people::Scope, NaiveDate),
    ServiceStart(Option<NaiveDate>),
    Conferral(Award, Period, Option<NaiveDate>, Vec<String>),
    DuplicateConferral(usize),
    NoRecords,
    NoConferrals,
    NoRating(usize),
    Category(PersonCategory),
}

fn damage() -> impl Strategy<Value = Damage> {
    let i = 0usize..8;
    prop_oneof![
        i.clone().prop_map(Damage::DuplicateRecord),
        (i.clone(), edge_year()).prop_map(|(i, y)| Damage::RecordYear(i, y)),
        (
            i.clone(),
            prop::sample::select(LeaveKind::ALL.to_vec()),
            prop_oneof![Just(u16::MAX), Just(0), Just(40), any::<u16>()],
            prop_oneof![Just(1usize), Just(2), Just(300)],
        )
            .prop_map(|(i, k, d, n)| Damage::Leave(i, k, d, n)),
        (
            i.clone(),
            prop::sample::select(DisciplineForm::ALL.to_vec()),
            edge_date(),
            proptest::option::of(edge_date()),
        )
            .prop_map(|(i, f, d, e)| Damage::Discipline(i, f, d, e)),
        i.clone().prop_map(Damage::Pending),
        (
            i.clone(),
            prop_oneof![Just(u16::MAX), Just(0), Just(12), any::<u16>()],
            proptest::option::of(any::<bool>()),
            proptest::option::of(prop::sample::select(TrainingResult::ALL.to_vec())),
        )
            .prop_map(|(i, m, k, r)| Damage::Training(i, m, k, r)),
        (
            i.clone(),
            prop_oneof![Just(u16::MAX), any::<u16>()],
            proptest::option::of(any::<bool>())
        )
            .prop_map(|(i, d, c)| Damage::Injury(i, d, c)),
        (
            i.clone(),
            prop_oneof![Just(u16::MAX), Just(0), any::<u16>()],
            proptest::option::of(any::<bool>()),
            edge_date()
        )
            .prop_map(|(i, m, c, on)| Damage::Transfer(i, m, c, on)),
        i.clone().prop_map(Damage::DuplicateInitiative),
        (i.clone(), edge_date()).prop_map(|(i, d)| Damage::InitiativeDate(i, d)),
        (
            "SK-[0-9]{1,2}",
            prop::sample::select(thidua::people::Scope::ALL.to_vec()),
            edge_date()
        )
            .prop_map(|(id, s, d)| Damage::Initiative(id, s, d)),
        proptest::option::of(edge_date()).prop_map(Damage::ServiceStart),
        (
            individual_award(),
            period(),
            proptest::option::of(edge_date()),
            vec("SK-[0-9]{1,2}", 0..3)
        )
            .prop_map(|(a, p, r, ids)| Damage::Conferral(a, p, r, ids)),
        i.clone().prop_map(Damage::DuplicateConferral),
        Just(Damage::NoRecords),
        Just(Damage::NoConferrals),
        i.prop_map(Damage::NoRating),
        prop::sample::select(PersonCategory::ALL.to_vec()).prop_map(Damage::Category),
    ]
}

fn apply(p: &mut Person, d: Damage) {
    let n = p.records.len().max(1);
    match d {
        Damage::DuplicateRecord(i) => {
            if let Some(r) = p.records.get(i % n).cloned() {
                p.records.push(r);
            }
        }
        Damage::RecordYear(i, y) => {
            if let Some(r) = p.records.get_mut(i % n) {
                r.year = y;
            }
        }
        Damage::Leave(i, kind, working_days, k) => {
            if let Some(r) = p.records.get_mut(i % n) {
                r.leave
                    .get_or_insert_default()
                    .extend(std::iter::repeat_n(Leave { kind, working_days }, k));
            }
        }
        Damage::Discipline(i, form, decided_on, ends_on) => {
            if let Some(r) = p.records.get_mut(i % n) {
                r.add_discipline(Discipline {
                    form,
                    decided_on,
                    ends_on,
                });
            }
        }
        Damage::Pending(i) => {
            if let Some(r) = p.records.get_mut(i % n) {
                r.discipline_pending = Some(true);
            }
        }
        Damage::Training(i, months, kept_rules, result) => {
            if let Some(r) = p.records.get_mut(i % n) {
                r.add_training(Training {
                    months,
                    kept_rules,
                    result,
                });
            }
        }
        Damage::Injury(i, days, certified) => {
            if let Some(r) = p.records.get_mut(i % n) {
                r.add_injury_treatment(InjuryTreatment { days, certified });
            }
        }
        Damage::Transfer(i, months, comments, on) => {
            if let Some(r) = p.records.get_mut(i % n) {
                r.add_transfer(Transfer {
                    from_unit: UnitId::from(9),
                    on,
                    months_at_previous_unit: months,
                    previous_unit_comments: comments,
                });
            }
        }
        Damage::DuplicateInitiative(i) => {
            let list = p.initiatives.get_or_insert_default();
            let k = list.len().max(1);
            if let Some(x) = list.get(i % k).cloned() {
                p.add_initiative(x);
            }
        }
        Damage::InitiativeDate(i, d) => {
            let list = p.initiatives.get_or_insert_default();
            let k = list.len().max(1);
            if let Some(x) = list.get_mut(i % k) {
                x.recognised_on = d;
            }
        }
        Damage::Initiative(id, scope, recognised_on) => p.add_initiative(Initiative {
            id: InitiativeId::new(&id).unwrap(),
            kind: thidua::people::InitiativeKind::Initiative,
            scope,
            recognised_on,
        }),
        Damage::ServiceStart(d) => p.service_start = d,
        Damage::Conferral(award, period, revoked, ids) => {
            let mut c = Conferral::new(award, period);
            c.revoked = revoked.map(|on| Revocation { on, decision: None });
            c.relied_on = ids.iter().map(|s| InitiativeId::new(s).unwrap()).collect();
            p.awards.push(c);
        }
        Damage::DuplicateConferral(i) => {
            let k = p.awards.len().max(1);
            if let Some(c) = p.awards.get(i % k).cloned() {
                p.awards.push(c);
            }
        }
        Damage::NoRecords => p.records.clear(),
        Damage::NoConferrals => p.awards.clear(),
        Damage::NoRating(i) => {
            if let Some(r) = p.records.get_mut(i % n) {
                r.rating = None;
            }
        }
        Damage::Category(c) => p.category = c,
    }
}

/// A generated person of `year`, then damaged.
fn damaged_person() -> impl Strategy<Value = (i32, NaiveDate, Person, Vec<Damage>)> {
    review_dates().prop_flat_map(|(year, on)| {
        (
            Just(year),
            Just(on),
            strategies::person(year),
            vec(damage(), 0..4),
        )
    })
}

/// What a refusal of `p` judged on `on` may name: the years, initiatives,
/// awards and dates that are wrong. Empty when the facts are sound.
fn culprits(p: &Person, on: NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    let mut years: BTreeMap<i32, usize> = BTreeMap::new();
    for r in &p.records {
        *years.entry(r.year).or_default() += 1;
        if r.year > on.year() {
            out.push(format!("year {}", r.year));
        }
    }
    out.extend(
        years
            .iter()
            .filter(|(_, n)| **n > 1)
            .map(|(y, _)| format!("year {y}")),
    );
    let initiatives: Vec<_> = p.initiatives().collect();
    for (i, x) in initiatives.iter().enumerate() {
        let twice = initiatives[..i]
            .iter()
            .any(|o| o.id == x.id && o.scope == x.scope);
        if twice || x.recognised_on > on {
            out.push(format!("'{}'", x.id));
        }
    }
    for c in &p.awards {
        if c.period.from() > on {
            out.push(format!("'{}'", c.award));
        }
    }
    out
}

/// The checks every verdict passes.
fn sound(v: &Verdict, review: &Review<'_>) -> Result<(), TestCaseError> {
    prop_assert_eq!(v.year, review.year());
    prop_assert_eq!(v.judged_on, review.judged_on());
    prop_assert!(!v.findings.is_empty(), "a verdict without findings: {v:?}");
    let worst = v.findings.iter().map(|f| f.status).max().unwrap();
    prop_assert_eq!(v.outcome, Outcome::from_worst(worst));
    let shown = v.to_string();
    prop_assert!(!shown.is_empty());
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// Individual titles and forms: the explained verdict equals the fast
    /// path; damaged facts are refused naming the year, initiative, award or
    /// date at fault, and never judged silently.
    #[test]
    fn person_verdicts_agree_and_refusals_name_the_fault(
        (year, on, mut p, damages) in damaged_person(),
        award in individual_award(),
    ) {
        for d in damages {
            apply(&mut p, d);
        }
        let book = RuleBook::national();
        let review = Review::new(&book, year, on).unwrap();
        let slow = review.person(&p, award);
        let fast = review.person_outcome(&p, award);
        let culprits = culprits(&p, on);
        match (&slow, &fast) {
            (Ok(v), Ok(o)) => {
                prop_assert!(culprits.is_empty(), "judged despite {culprits:?}: {p:?}");
                prop_assert_eq!(v.outcome, *o);
                prop_assert_eq!(&v.candidate, &p.id.to_string());
                prop_assert_eq!(v.award, award);
                sound(v, &review)?;
                for id in &v.relied_on {
                    prop_assert!(p.initiatives().any(|i| &i.id == id), "relies on unknown {id}");
                }
                // A start of service after the judging date is a finding
                // that rules the person out, not an error.
                if p.service_start.is_some_and(|s| s > on) && v.finding(Criterion::NewHire).is_some() {
                    prop_assert_eq!(v.outcome, Outcome::Ineligible, "{}", v);
                }
            }
            (Err(a), Err(b)) => {
                prop_assert_eq!(a.to_string(), b.to_string());
                let msg = message(a)?;
                if culprits.is_empty() {
                    // Only a title this function does not judge is
                    // refused (a missing start of service is unknown).
                    prop_assert!(
                        msg.contains(&format!("'{award}'")),
                        "refused without cause: {msg}"
                    );
                } else {
                    prop_assert!(msg.contains(&format!("'{}'", p.id)), "{msg}");
                    prop_assert!(culprits.iter().any(|c| msg.contains(c.as_str())),
                        "{msg:?} names none of {culprits:?}");
                }
            }
            _ => prop_assert!(false, "paths disagree: {slow:?} vs {fast:?}"),
        }
    }

    /// Judging dates at the ends of chrono's range and years far from them:
    /// a review is built or refused naming the year or the date.
    #[test]
    fn reviews_at_the_ends_of_time(year in edge_year(), on in edge_date(), p in strategies::person(2021)) {
        let book = RuleBook::national();
        match Review::new(&book, year, on) {
            Ok(review) => {
                prop_assert!(year <= on.year());
                for award in [Award::AdvancedWorker, Award::GrassrootsEmulationFighter, Award::NationalEmulationFighter, Award::LabourOrderThird] {
                    let slow = review.person(&p, award);
                    let fast = review.person_outcome(&p, award);
                    match (&slow, &fast) {
                        (Ok(v), Ok(o)) => { prop_assert_eq!(v.outcome, *o); sound(v, &review)?; }
                        (Err(a), Err(b)) => {
                            prop_assert_eq!(a.to_string(), b.to_string());
                            message(a)?;
                        }
                        _ => prop_assert!(false, "paths disagree: {slow:?} vs {fast:?}"),
                    }
                }
            }
            Err(e) => {
                let msg = message(&e)?;
                prop_assert!(msg.contains(&year.to_string()) || msg.contains(&on.to_string()), "{msg}");
            }
        }
    }

    /// Overlays with any rule, in force any time: layered or refused naming
    /// the overlay; a layered review judges as consistently as a plain one.
    #[test]
    fn overlays_layer_or_name_themselves(
        (year, on) in review_dates(),
        name in prop_oneof!["[a-zA-Z ]{1,20}", "\\PC{0,30}", ".{0,200}"],
        in_force in period(),
        rules in vec(overlay_rule(), 0..4),
        p in strategies::person(2021),
        award in individual_award(),
    ) {
        let mut overlay = Overlay::new(
            name.clone(),
            Citation::new(Instrument::new(thidua::citation::InstrumentKind::Decision, "20/2024/QĐ-UBND", "Quyết định 20/2024")).article(8),
            in_force,
        );
        // A share that 100 of 100 do not make is past 100%.
        let past_all = rules.iter().any(|r| matches!(r,
            OverlayRule::AdvancedCollectiveStandard { share, .. } | OverlayRule::CommunityShare { share, .. }
                if !share.holds(100, 100)));
        for r in rules {
            overlay = overlay.with(r);
        }
        let book = RuleBook::national();
        let on = if year >= 2021 { on } else { ymd(2021, 12, 20) };
        let year = year.max(2021);
        match Review::new(&book, year, on).unwrap().with_overlay(&overlay) {
            Ok(review) => {
                prop_assert!(in_force.contains(on));
                prop_assert!(!past_all, "a share past 100% accepted: {overlay:?}");
                let slow = review.person(&p, award);
                let fast = review.person_outcome(&p, award);
                match (&slow, &fast) {
                    (Ok(v), Ok(o)) => { prop_assert_eq!(v.outcome, *o); sound(v, &review)?; }
                    (Err(a), Err(b)) => { prop_assert_eq!(a.to_string(), b.to_string()); message(a)?; }
                    _ => prop_assert!(false, "paths disagree: {slow:?} vs {fast:?}"),
                }
            }
            Err(e) => {
                crate::support::names(&e, &name)?;
            }
        }
    }

    /// Collective titles: the tally counts every member given, once; the
    /// explained verdict equals the fast path; damaged tallies and records
    /// are refused naming the count or the collective.
    #[test]
    fn collective_verdicts_agree_and_tallies_count_everyone(
        (year, on) in review_dates(),
        (mut c, members) in strategies::collective_with_members_sized(2021, 0..=12),
        extra in vec((edge_year(), proptest::option::of(strategies::rating()), proptest::option::of(any::<bool>())), 0..3),
        armed in any::<bool>(),
        award in prop_oneof![
            4 => prop::sample::select(vec![Award::AdvancedCollective, Award::AdvancedUnit, Award::ExcellentCollective, Award::DeterminedToWinUnit]),
            1 => award(),
        ],
    ) {
        let (year, on) = if year >= 2021 { (2021, on.max(ymd(2021, 12, 20))) } else { (2021, ymd(2022, 3, 1)) };
        c.armed_forces = armed;
        for (y, rating, movement) in extra {
            c.records.push(CollectiveRecord { year: y, rating, movement });
        }
        let book = RuleBook::national();
        let review = Review::new(&book, year, on).unwrap();
        let tally = MemberTally::judge(&review, &members).unwrap();
        prop_assert_eq!(tally.members as usize, members.len());
        tally.validate().unwrap();
        prop_assert!(tally.completed + tally.unrated <= tally.members);
        let slow = review.collective(&c, &tally, award);
        let fast = review.collective_outcome(&c, &tally, award);
        let twice = c.records.iter().filter(|r| r.year == year).count() > 1;
        match (&slow, &fast) {
            (Ok(v), Ok(o)) => {
                prop_assert!(!twice, "two records for {year} judged: {c:?}");
                prop_assert_eq!(v.outcome, *o);
                prop_assert_eq!(&v.candidate, &c.id.to_string());
                sound(v, &review)?;
            }
            (Err(a), Err(b)) => {
                prop_assert_eq!(a.to_string(), b.to_string());
                let msg = message(a)?;
                prop_assert!(msg.contains(&format!("'{}'", c.id)) || msg.contains(&format!("'{award}'")), "{msg}");
                if twice && a.kind() == ErrorKind::Duplicate {
                    prop_assert!(msg.contains(&year.to_string()), "{msg}");
                }
            }
            _ => prop_assert!(false, "paths disagree: {slow:?} vs {fast:?}"),
        }
    }

    /// Any tally: refused naming the count that does not fit, or judged
    /// the same both ways.
    #[test]
    fn damaged_tallies_are_refused_naming_the_count(
        counts in vec(prop_oneof![Just(0u32), Just(u32::MAX), 0u32..50, any::<u32>()], 13),
        award in prop::sample::select(vec![Award::AdvancedCollective, Award::ExcellentCollective]),
    ) {
        let mut t = MemberTally::new(counts[0]);
        t.completed = counts[1];
        t.unrated = counts[2];
        t.advanced = counts[3];
        t.advanced_unknown = counts[4];
        t.fighters = counts[5];
        t.fighters_unknown = counts[6];
        t.disciplined.copy_from_slice(&counts[7..13]);
        let mut c = Collective::new(UnitId::from(1), "");
        c.records.push(CollectiveRecord { year: 2021, rating: Some(Rating::Excellent), movement: Some(true) });
        let book = RuleBook::national();
        let review = Review::new(&book, 2021, ymd(2021, 12, 20)).unwrap();
        let slow = review.collective(&c, &t, award);
        let fast = review.collective_outcome(&c, &t, award);
        match (&slow, &fast) {
            (Ok(v), Ok(o)) => {
                t.validate().unwrap();
                prop_assert_eq!(v.outcome, *o);
                sound(v, &review)?;
            }
            (Err(a), Err(b)) => {
                prop_assert_eq!(a.to_string(), b.to_string());
                let msg = message(a)?;
                prop_assert!(counts.iter().any(|n| msg.contains(&n.to_string())), "{msg}");
            }
            _ => prop_assert!(false, "paths disagree: {slow:?} vs {fast:?}"),
        }
    }

    /// Community titles: any record, any kind, any award.
    #[test]
    fn community_verdicts_agree_or_name_the_community(
        (year, on) in review_dates(),
        kind in prop::sample::select(vec![RecipientKind::Household, RecipientKind::Village, RecipientKind::Commune, RecipientKind::Collective, RecipientKind::Individual]),
        records in vec(community_record(), 0..4),
        award in prop_oneof![
            4 => prop::sample::select(vec![Award::CulturalFamily, Award::CulturalVillage, Award::ExemplaryCommune]),
            1 => award(),
        ],
        share in proptest::option::of(share()),
    ) {
        let mut c = Community::new("HO-0012".parse().unwrap(), "Hộ ông An", kind);
        // Records of the year judged, the others wherever they fall.
        c.records = records.into_iter().map(|(same, mut r)| { if same { r.year = year; } r }).collect();
        let overlay = share.map(|s| Overlay::new(
            "tỉnh A",
            Citation::new(Instrument::new(thidua::citation::InstrumentKind::Decision, "20/2024/QĐ-UBND", "Quyết định 20/2024")),
            Period::starting(NaiveDate::MIN),
        ).with(OverlayRule::CommunityShare { award: Award::CulturalVillage, share: s })
         .with(OverlayRule::CommunityShare { award: Award::ExemplaryCommune, share: s }));
        let book = RuleBook::national();
        let mut review = Review::new(&book, year, on).unwrap();
        if let Some(o) = &overlay {
            match review.with_overlay(o) {
                Ok(r) => review = r,
                Err(e) => {
                    // Only a share past 100% is refused.
                    let s = share.unwrap();
                    prop_assert!(!s.holds(100, 100), "{s:?}: {e}");
                    prop_assert!(message(&e)?.contains(thidua::Bilingual::vi(&s).as_ref()));
                    return Ok(());
                }
            }
        }
        let slow = review.community(&c, award);
        let fast = review.community_outcome(&c, award);
        let of_year = c.records.iter().filter(|r| r.year == year).count();
        match (&slow, &fast) {
            (Ok(v), Ok(o)) => {
                prop_assert!(of_year <= 1);
                prop_assert_eq!(v.outcome, *o);
                sound(v, &review)?;
            }
            (Err(a), Err(b)) => {
                prop_assert_eq!(a.to_string(), b.to_string());
                let msg = message(a)?;
                prop_assert!(msg.contains("'HO-0012'") || msg.contains(&format!("'{award}'")), "{msg}");
            }
            _ => prop_assert!(false, "paths disagree: {slow:?} vs {fast:?}"),
        }
    }

    /// Flags: any nomination, any route, any leaders (empty, duplicated).
    #[test]
    fn flag_verdicts_agree_or_name_the_flag(
        (year, on) in review_dates(),
        award in prop_oneof![
            3 => prop::sample::select(vec![Award::MinistryOrProvinceEmulationFlag, Award::GovernmentEmulationFlag]),
            1 => award(),
        ],
        route in prop_oneof![
            Just(FlagRoute::Cluster),
            Just(FlagRoute::CentralCluster),
            prop_oneof![Just(0u16), Just(u16::MAX), any::<u16>()].prop_map(|years| FlagRoute::Movement { years }),
        ],
        standard in proptest::option::of(any::<bool>()),
        leaders in vec(0u64..6, 0..8),
        held in proptest::option::of(period()),
    ) {
        let mut c = Collective::new(UnitId::from(1), "");
        if let Some(p) = held {
            c.awards.push(Conferral::new(Award::MinistryOrProvinceEmulationFlag, p));
        }
        let leaders: Vec<UnitId> = leaders.into_iter().map(UnitId::from).collect();
        let mut n = FlagNomination::new(award, route);
        if let Some(s) = standard {
            n = n.standard(s);
        }
        let book = RuleBook::national();
        let review = Review::new(&book, year, on).unwrap();
        let slow = review.flag(&c, &n, &leaders);
        let fast = review.flag_outcome(&c, &n, &leaders);
        match (&slow, &fast) {
            (Ok(v), Ok(o)) => {
                prop_assert_eq!(v.outcome, *o);
                sound(v, &review)?;
                // A flag whose criteria were read is lost without leading;
                // one whose criteria were not read needs review.
                if !leaders.contains(&c.id) && held.is_none() && award != Award::CorpsEmulationFlag {
                    prop_assert_eq!(v.outcome, Outcome::Ineligible);
                }
            }
            (Err(a), Err(b)) => {
                prop_assert_eq!(a.to_string(), b.to_string());
                let msg = message(a)?;
                prop_assert!(msg.contains(&format!("'{award}'")) || msg.contains(&format!("{route:?}")), "{msg}");
            }
            _ => prop_assert!(false, "paths disagree: {slow:?} vs {fast:?}"),
        }
    }

    /// Quotas: any percentage is accepted within 0–100 % or refused naming
    /// it; an accepted one never gives more places than the base.
    #[test]
    fn quota_caps_stay_within_the_base(
        percent in decimal(),
        rounding in rounding(),
        base in prop_oneof![Just(0u32), Just(1), Just(u32::MAX), Just(u32::MAX - 1), any::<u32>(), 0u32..100],
    ) {
        match Quota::new(percent, rounding) {
            Ok(q) => {
                prop_assert!(percent >= Decimal::ZERO && percent <= Decimal::ONE_HUNDRED);
                let cap = q.cap(base).unwrap();
                prop_assert!(cap <= base, "{percent}% of {base} gave {cap}");
                if base > 0 && rounding == QuotaRounding::FloorAtLeastOne {
                    prop_assert!(cap >= 1);
                }
                let lower = q.cap(base.saturating_sub(1)).unwrap();
                prop_assert!(lower <= cap, "not monotone: {lower} > {cap}");
            }
            Err(e) => {
                prop_assert_eq!(e.kind(), ErrorKind::OutOfRange);
                crate::support::names(&e, &percent.to_string())?;
            }
        }
    }

    /// `allocate`: duplicated ids are refused naming one; otherwise every
    /// candidate comes back once, and no more than the cap are selected.
    #[test]
    fn allocations_keep_every_candidate(
        candidates in vec((0u32..40, prop_oneof![Just(i64::MIN), Just(i64::MAX), -3i64..3, any::<i64>()]), 0..40),
        cap in prop_oneof![Just(0u32), Just(u32::MAX), 0u32..45, any::<u32>()],
        tie in prop::sample::select(vec![TieBreak::LowerIdFirst, TieBreak::HigherIdFirst, TieBreak::Review]),
    ) {
        let given: Vec<Candidate<u32, i64>> = candidates.iter().map(|&(id, score)| Candidate { id, score }).collect();
        let mut ids: Vec<u32> = candidates.iter().map(|c| c.0).collect();
        ids.sort_unstable();
        let dups: Vec<u32> = ids.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0]).collect();
        match allocate(given, cap, tie) {
            Ok(a) => {
                prop_assert!(dups.is_empty());
                prop_assert_eq!(a.cap, cap);
                prop_assert!(a.selected.len() as u64 <= u64::from(cap));
                let mut back: Vec<u32> = a.selected.iter().chain(&a.tied).chain(&a.cut).copied().collect();
                back.sort_unstable();
                prop_assert_eq!(&back, &ids);
                if tie != TieBreak::Review {
                    prop_assert!(a.tied.is_empty());
                    prop_assert_eq!(a.selected.len(), ids.len().min(cap as usize));
                }
                let score = |id: &u32| candidates.iter().find(|c| c.0 == *id).unwrap().1;
                if let (Some(worst_in), Some(best_out)) = (a.selected.last(), a.cut.first()) {
                    prop_assert!(score(worst_in) >= score(best_out));
                }
            }
            Err(e) => {
                let msg = message(&e)?;
                prop_assert_eq!(e.kind(), ErrorKind::Duplicate);
                prop_assert!(dups.iter().any(|d| msg.contains(&format!("'{d}'"))), "{msg} names none of {dups:?}");
            }
        }
    }

    /// The Government flag's 20 % cap over any number of qualifying
    /// collectives, duplicated ids included.
    #[test]
    fn government_flags_stay_within_the_cap(
        ids in vec(0u64..30, 0..30),
        rounding in rounding(),
        tie in prop::sample::select(vec![TieBreak::LowerIdFirst, TieBreak::HigherIdFirst, TieBreak::Review]),
        on in prop_oneof![Just(ymd(2022, 3, 1)), Just(ymd(2024, 12, 20)), Just(ymd(2025, 7, 1)), Just(NaiveDate::MAX)],
    ) {
        let book = RuleBook::national();
        let review = Review::new(&book, on.year() - 1, on).unwrap();
        let n = ids.len();
        let qualifying: Vec<Candidate<UnitId, u64>> = ids.iter().map(|&i| Candidate { id: UnitId::from(i), score: i % 7 }).collect();
        match review.allocate_government_flags(qualifying, rounding, tie) {
            Ok(f) => {
                prop_assert_eq!(f.qualifying as usize, n);
                let a = &f.allocation;
                prop_assert_eq!(a.selected.len() + a.tied.len() + a.cut.len(), n);
                prop_assert!(a.selected.len() as u32 <= a.cap);
                prop_assert!(a.cap as usize <= n);
                prop_assert_eq!(a.cap, f.quota.value.cap(f.qualifying).unwrap());
            }
            Err(e) => {
                let msg = message(&e)?;
                prop_assert_eq!(e.kind(), ErrorKind::Duplicate);
                prop_assert!(ids.iter().any(|i| msg.contains(&format!("'{}'", UnitId::from(*i)))), "{msg}");
            }
        }
    }
}

fn decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::ZERO),
        Just(Decimal::ONE_HUNDRED),
        Just(Decimal::new(1_000_001, 4)),
        Just(Decimal::new(-1, 28)),
        Just(Decimal::from_i128_with_scale(
            999_999_999_999_999_999_999_999_999,
            25
        )),
        (0i64..=10_000, 0u32..=3).prop_map(|(n, s)| Decimal::new(n, s)),
        (any::<i64>(), 0u32..=28).prop_map(|(n, s)| Decimal::new(n, s)),
        any::<[u8; 16]>().prop_map(Decimal::deserialize),
    ]
}

fn rounding() -> impl Strategy<Value = QuotaRounding> {
    prop::sample::select(vec![
        QuotaRounding::Floor,
        QuotaRounding::Ceil,
        QuotaRounding::NearestHalfUp,
        QuotaRounding::FloorAtLeastOne,
    ])
}

fn share() -> impl Strategy<Value = Share> {
    prop_oneof![
        any::<u8>().prop_map(Share::MoreThan),
        any::<u8>().prop_map(Share::AtLeast),
    ]
}

fn overlay_rule() -> impl Strategy<Value = OverlayRule> {
    prop_oneof![
        prop_oneof![Just(0u16), Just(u16::MAX), any::<u16>()]
            .prop_map(|working_days| OverlayRule::LeaveLimit { working_days }),
        any::<u8>().prop_map(|months| OverlayRule::NewHireMonths { months }),
        (
            share(),
            proptest::option::of(prop::sample::select(DisciplineForm::ALL.to_vec()))
        )
            .prop_map(|(share, no_discipline_from)| {
                OverlayRule::AdvancedCollectiveStandard {
                    share,
                    no_discipline_from,
                }
            }),
        (any::<u8>(), strategies::rating())
            .prop_map(|(years, rating)| OverlayRule::CommendationStandard { years, rating }),
        (award(), share()).prop_map(|(award, share)| OverlayRule::CommunityShare { award, share }),
        (decimal(), rounding())
            .prop_map(|(percent, rounding)| OverlayRule::GrassrootsQuota { percent, rounding }),
    ]
}

/// A community record, of the year judged (`true`) or of another year.
fn community_record() -> impl Strategy<Value = (bool, CommunityRecord)> {
    (
        any::<bool>(),
        edge_year(),
        vec(proptest::option::of(any::<bool>()), 0..12),
        vec(prop::sample::select(Exclusion::ALL.to_vec()), 0..3),
        any::<bool>(),
        proptest::option::of(
            (
                prop_oneof![Just(0u32), Just(u32::MAX), 0u32..100],
                prop_oneof![Just(0u32), Just(u32::MAX), 0u32..100],
            )
                .prop_map(|(holding, of)| Holders { holding, of }),
        ),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(
            |(same, year, criteria, exclusions, exclusions_checked, holders, leads_movement)| {
                let mut r = CommunityRecord::new(year);
                r.criteria = criteria;
                r.exclusions = exclusions;
                r.exclusions_checked = exclusions_checked;
                r.holders = holders;
                r.leads_movement = leads_movement;
                (same, r)
            },
        )
}

/// 65 536 leaves of 65 535 days overflow a `u32` sum.
#[test]
fn enormous_leave_is_judged() {
    let book = RuleBook::national();
    let review = Review::new(&book, 2024, ymd(2024, 12, 20)).unwrap();
    let mut p = Person::new(
        "CB-01".parse().unwrap(),
        "",
        PersonCategory::CivilServant,
        UnitId::from(1),
    );
    p.service_start = Some(ymd(2015, 3, 1));
    let mut r = thidua::YearRecord::new(2024).rated(Rating::Good);
    r.leave = Some(vec![
        Leave {
            kind: LeaveKind::Sick,
            working_days: u16::MAX,
        };
        70_000
    ]);
    r.injury_treatment = Some(vec![InjuryTreatment {
        days: u16::MAX,
        certified: Some(false),
    }]);
    p.records.push(r);
    let province = Overlay::new(
        "tỉnh A",
        Citation::new(Instrument::LAW_06_2022),
        Period::starting(ymd(2024, 1, 1)),
    )
    .with(OverlayRule::LeaveLimit { working_days: 40 });
    let review = review.with_overlay(&province).unwrap();
    for award in [Award::AdvancedWorker, Award::GrassrootsEmulationFighter] {
        let v = review.person(&p, award).unwrap();
        assert_eq!(v.outcome, Outcome::Ineligible);
        assert_eq!(review.person_outcome(&p, award).unwrap(), v.outcome);
    }
}

/// Quotas over the largest counts a `u32` holds, every rounding.
#[test]
fn quota_of_the_largest_count() {
    for rounding in [
        QuotaRounding::Floor,
        QuotaRounding::Ceil,
        QuotaRounding::NearestHalfUp,
        QuotaRounding::FloorAtLeastOne,
    ] {
        let q = Quota::new(Decimal::from(20), rounding).unwrap();
        // 20% of 4 294 967 295 is 858 993 459 exactly.
        assert_eq!(q.cap(u32::MAX).unwrap(), 858_993_459);
        assert_eq!(
            q.cap(u32::MAX - 1).unwrap(),
            858_993_458
                + u32::from(
                    rounding == QuotaRounding::Ceil || rounding == QuotaRounding::NearestHalfUp
                )
        );
        let all = Quota::new(Decimal::ONE_HUNDRED, rounding).unwrap();
        assert_eq!(all.cap(u32::MAX).unwrap(), u32::MAX);
        let tiny = Quota::new(Decimal::new(1, 28), rounding).unwrap();
        assert!(tiny.cap(u32::MAX).unwrap() <= 1);
    }
}

/// One enormous allocation: every candidate back once.
#[test]
fn enormous_allocation_keeps_everyone() {
    let n = 200_000u32;
    let candidates: Vec<Candidate<u32, u32>> =
        (0..n).map(|id| Candidate { id, score: id % 97 }).collect();
    for cap in [0, 1, n / 5, n, u32::MAX] {
        let a = allocate(candidates.clone(), cap, TieBreak::Review).unwrap();
        assert_eq!(
            a.selected.len() + a.tied.len() + a.cut.len(),
            n as usize,
            "cap {cap}"
        );
        assert!(a.selected.len() as u64 <= u64::from(cap));
    }
}

/// A month added to the last day chrono knows does not exist: the facts are
/// still judged.
#[test]
fn discipline_ending_at_the_end_of_time() {
    let book = RuleBook::national();
    let review = Review::new(&book, 2024, ymd(2024, 12, 20)).unwrap();
    let mut p = Person::new(
        "CB-02".parse().unwrap(),
        "",
        PersonCategory::CivilServant,
        UnitId::from(1),
    );
    p.service_start = Some(NaiveDate::MIN);
    let mut r = thidua::YearRecord::new(2024).rated(Rating::Good);
    r.add_discipline(Discipline {
        form: DisciplineForm::Reprimand,
        decided_on: NaiveDate::MIN,
        ends_on: NaiveDate::MAX.checked_add_months(Months::new(1)),
    });
    r.add_discipline(Discipline {
        form: DisciplineForm::Reprimand,
        decided_on: ymd(2024, 2, 29),
        ends_on: Some(NaiveDate::MAX),
    });
    p.records.push(r);
    // One period has no end chrono can show: not known, so not eligible.
    let v = review.person(&p, Award::AdvancedWorker).unwrap();
    assert_eq!(v.outcome, Outcome::NeedsReview);
}
