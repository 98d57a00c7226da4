//! Campaigns: scoring sheets with caps and mandatory criteria, their
//! rankings and tie-breaks, registrations and their summaries, clusters and
//! blocks with rotating heads and pacts.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use chrono::NaiveDate;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;
use thidua::campaigns::{
    Adjustment, Campaign, CampaignKind, CampaignScope, EmulationGroup, GroupKind, GroupRegistry,
    Judgement, Mark, RankTieBreak, Registration, RegistrationSummary, Requirement, Score,
    Scorecard, ScoringCriterion, ScoringSheet,
};
use thidua::id::{CriterionId, PersonId, UnitId};
use thidua::units::{Level, Unit, UnitKind, UnitRegistry};
use thidua::{Award, ErrorKind, Money, Period, strategies};

use crate::support::{config, message, names};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn cid(s: &str) -> CriterionId {
    s.parse().unwrap()
}

/// A province "T" and six districts "D0" … "D5" under it, from 2000 (the
/// districts until 2025-06-30).
static UNITS: LazyLock<UnitRegistry> = LazyLock::new(|| {
    let from = Period::starting(ymd(2000, 1, 1));
    let mut units = vec![Unit::new(
        "T".parse().unwrap(),
        "Tỉnh",
        UnitKind::Province,
        from,
    )];
    // Districts were abolished on 2025-07-01.
    let district = Period::new(ymd(2000, 1, 1), ymd(2025, 7, 1)).unwrap();
    for i in 0..6 {
        units.push(
            Unit::new(unit(i), format!("Huyện {i}"), UnitKind::District, district)
                .under("T".parse().unwrap()),
        );
    }
    UnitRegistry::new(units).unwrap()
});

fn unit(i: u64) -> UnitId {
    format!("D{i}").parse().unwrap()
}

/// Text as offices type it, and worse: Vietnamese, NFD, control
/// characters, very long.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => Just("Bảng chấm điểm cụm thi đua".to_string()),
        2 => "[a-zA-Z0-9 ]{0,12}",
        1 => "[\\x00-\\x1f\\x7f]{1,4}",
        1 => Just("Ba\u{309}ng ch\u{302}\u{301}m".to_string()),
        1 => Just("đ".repeat(3_000)),
    ]
}

/// A maximum of points: mostly small whole numbers, sometimes at the
/// edges of `u32` and `Decimal`, zero or negative.
fn max_points() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        12 => (1u32..=100).prop_map(Decimal::from),
        1 => Just(Decimal::from(u32::MAX)),
        1 => strategies::decimal(),
    ]
}

/// One top-level criterion: a leaf (no children) or a group whose maximum
/// is the sum of its children's, or is off by one.
#[derive(Clone, Debug)]
struct TopSpec {
    max: Decimal,
    children: Vec<Decimal>,
    sum_off: bool,
}

#[derive(Clone, Debug)]
struct SheetSpec {
    name: String,
    top: Vec<TopSpec>,
    bonus_cap: Decimal,
    bonus: Vec<Decimal>,
    penalty_cap: Decimal,
    penalties: Vec<Decimal>,
    requirements: usize,
    /// Which ids are replaced by the first one ("c0"): duplicates.
    duplicate_at: Option<usize>,
    tie_breaks: Vec<u8>,
}

fn sheet_spec() -> impl Strategy<Value = SheetSpec> {
    let top = (
        max_points(),
        prop_oneof![2 => Just(Vec::new()), 1 => vec(max_points(), 1..4)],
        prop::bool::weighted(0.05),
    )
        .prop_map(|(max, children, sum_off)| TopSpec {
            max,
            children,
            sum_off,
        });
    let cap = prop_oneof![6 => (0u32..=10).prop_map(Decimal::from), 1 => strategies::decimal()];
    (
        text(),
        vec(top, 0..5),
        (cap.clone(), vec(max_points(), 0..3)),
        (cap, vec(max_points(), 0..3)),
        0usize..3,
        option::weighted(0.05, 0usize..12),
        vec(0u8..6, 0..3),
    )
        .prop_map(
            |(
                name,
                top,
                (bonus_cap, bonus),
                (penalty_cap, penalties),
                requirements,
                duplicate_at,
                tie_breaks,
            )| {
                SheetSpec {
                    name,
                    top,
                    bonus_cap,
                    bonus,
                    penalty_cap,
                    penalties,
                    requirements,
                    duplicate_at,
                    tie_breaks,
                }
            },
        )
}

/// The ids of a built sheet: its leaves with their maxima, its groups,
/// bonus and penalty items, mandatory criteria.
#[derive(Debug, Default)]
struct Ids {
    leaves: Vec<(CriterionId, Decimal)>,
    groups: Vec<CriterionId>,
    bonus: Vec<(CriterionId, Decimal)>,
    penalties: Vec<(CriterionId, Decimal)>,
    requirements: Vec<CriterionId>,
    all: Vec<CriterionId>,
}

fn build(spec: &SheetSpec) -> (Result<ScoringSheet, thidua::Error>, Ids) {
    let mut ids = Ids::default();
    let mut next = 0usize;
    let mut id = |ids: &mut Ids| {
        let n = next;
        next += 1;
        let id = if spec.duplicate_at == Some(n) {
            cid("c0")
        } else {
            cid(&format!("c{n}"))
        };
        ids.all.push(id.clone());
        id
    };
    let mut builder = ScoringSheet::builder(spec.name.clone());
    for t in &spec.top {
        let top_id = id(&mut ids);
        if t.children.is_empty() {
            ids.leaves.push((top_id.clone(), t.max));
            builder = builder.criterion(ScoringCriterion::leaf(top_id, "tiêu chí", t.max));
        } else {
            let mut children = Vec::new();
            let mut sum = Some(Decimal::ZERO);
            for &max in &t.children {
                let child = id(&mut ids);
                ids.leaves.push((child.clone(), max));
                sum = sum.and_then(|s| s.checked_add(max));
                children.push(ScoringCriterion::leaf(child, "tiêu chí con", max));
            }
            let mut max = sum.unwrap_or(t.max);
            if t.sum_off {
                max = max.checked_add(Decimal::ONE).unwrap_or(Decimal::ONE);
            }
            ids.groups.push(top_id.clone());
            builder = builder.criterion(ScoringCriterion::group(top_id, "nhóm", max, children));
        }
    }
    let mut bonus = Vec::new();
    for &max in &spec.bonus {
        let a = id(&mut ids);
        ids.bonus.push((a.clone(), max));
        bonus.push(Adjustment::new(a, "điểm thưởng", max));
    }
    let mut penalties = Vec::new();
    for &max in &spec.penalties {
        let a = id(&mut ids);
        ids.penalties.push((a.clone(), max));
        penalties.push(Adjustment::new(a, "điểm trừ", max));
    }
    builder = builder
        .bonus(spec.bonus_cap, bonus)
        .penalties(spec.penalty_cap, penalties);
    for _ in 0..spec.requirements {
        let r = id(&mut ids);
        ids.requirements.push(r.clone());
        builder = builder.requirement(Requirement::new(r, "bắt buộc"));
    }
    for &t in &spec.tie_breaks {
        builder = builder.tie_break(match t {
            0 => RankTieBreak::Base,
            1 => RankTieBreak::FewerPenaltyPoints,
            2 => RankTieBreak::MoreBonusPoints,
            3 => RankTieBreak::Criterion(cid("không có")),
            4 => RankTieBreak::Criterion(ids.groups.first().cloned().unwrap_or_else(|| cid("c0"))),
            _ => RankTieBreak::Criterion(
                ids.leaves
                    .first()
                    .map(|l| l.0.clone())
                    .unwrap_or_else(|| cid("c0")),
            ),
        });
    }
    (builder.build(), ids)
}

/// A scorecard before it meets a sheet: per leaf an action (mostly a fair
/// score, sometimes a damage) and a fraction of the maximum; per mandatory
/// criterion an action.
#[derive(Clone, Debug)]
struct CardSpec {
    participant: u64,
    marks: Vec<(u16, u16)>,
    checks: Vec<u16>,
}

fn card_spec() -> impl Strategy<Value = CardSpec> {
    (
        0u64..30,
        vec(
            (
                0u16..400,
                prop_oneof![3 => select(vec![0u16, 500, 1000]), 1 => 0u16..=1000],
            ),
            12,
        ),
        vec(0u16..200, 4),
    )
        .prop_map(|(participant, marks, checks)| CardSpec {
            participant,
            marks,
            checks,
        })
}

fn share_of(max: Decimal, num: u16) -> Decimal {
    max.checked_mul(Decimal::from(num))
        .and_then(|x| x.checked_div(Decimal::from(1000)))
        .unwrap_or(max)
        .min(max)
        .max(Decimal::ZERO)
}

/// The card, and whether it was damaged (so that scoring must fail), and
/// what a fair score gives each criterion.
struct Card {
    card: Scorecard,
    damaged: bool,
    given: HashMap<CriterionId, Decimal>,
    failed: Vec<CriterionId>,
}

fn make_card(spec: &CardSpec, ids: &Ids) -> Card {
    let mut card = Scorecard::new(unit(spec.participant));
    let mut damaged = false;
    let mut given = HashMap::new();
    let mark = |card: &mut Scorecard, id: &CriterionId, points: Decimal| {
        card.points.push(Mark {
            criterion: id.clone(),
            points,
        });
    };
    for (i, (id, max)) in ids.leaves.iter().enumerate() {
        let (action, num) = spec.marks[i % spec.marks.len()];
        let fair = share_of(*max, num);
        // One leaf in forty is damaged.
        match action.saturating_sub(320) {
            0..=69 => {
                mark(&mut card, id, fair);
                given.insert(id.clone(), fair);
            }
            70 | 71 => damaged = true, // missing
            72 => {
                mark(&mut card, id, -Decimal::ONE);
                damaged = true;
            }
            73 => {
                mark(
                    &mut card,
                    id,
                    max.checked_add(Decimal::ONE).unwrap_or(Decimal::MAX),
                );
                damaged |= *max < Decimal::MAX;
                if *max == Decimal::MAX {
                    given.insert(id.clone(), Decimal::MAX);
                }
            }
            74 => {
                mark(&mut card, id, fair);
                mark(&mut card, id, fair);
                damaged = true;
            }
            75 => {
                mark(&mut card, id, fair);
                mark(&mut card, &cid("không có"), fair);
                damaged = true;
            }
            76 if !ids.groups.is_empty() => {
                mark(&mut card, id, fair);
                mark(&mut card, &ids.groups[0], Decimal::ZERO);
                damaged = true;
            }
            77 if !ids.requirements.is_empty() => {
                mark(&mut card, id, fair);
                mark(&mut card, &ids.requirements[0], Decimal::ZERO);
                damaged = true;
            }
            _ => {
                mark(&mut card, id, Decimal::MAX);
                damaged |= *max < Decimal::MAX;
                if *max == Decimal::MAX {
                    given.insert(id.clone(), Decimal::MAX);
                }
            }
        }
    }
    for (i, (id, max)) in ids.bonus.iter().chain(&ids.penalties).enumerate() {
        let (action, num) = spec.marks[(i + 5) % spec.marks.len()];
        if action < 250 {
            let fair = share_of(*max, num);
            mark(&mut card, id, fair);
            given.insert(id.clone(), fair);
        } else if action == 399 {
            mark(&mut card, id, -Decimal::ONE);
            damaged = true;
        }
    }
    let mut failed = Vec::new();
    for (i, id) in ids.requirements.iter().enumerate() {
        // One check in twenty is damaged.
        let action = spec.checks[i % spec.checks.len()].saturating_sub(160);
        let check = |card: &mut Scorecard, id: &CriterionId, met| {
            card.requirements.push(thidua::campaigns::MandatoryCheck {
                criterion: id.clone(),
                met,
            });
        };
        match action {
            0..=29 => check(&mut card, id, true),
            30..=35 => {
                check(&mut card, id, false);
                failed.push(id.clone());
            }
            36 => damaged = true,
            37 => {
                check(&mut card, id, true);
                check(&mut card, id, false);
                damaged = true;
            }
            38 => {
                check(&mut card, id, true);
                check(&mut card, &cid("không có"), true);
                damaged = true;
            }
            _ => {
                check(&mut card, id, true);
                if let Some((leaf, _)) = ids.leaves.first() {
                    check(&mut card, leaf, true);
                    damaged = true;
                }
            }
        }
    }
    Card {
        card,
        damaged,
        given,
        failed,
    }
}

/// What the sheet's tie-break `rule` compares.
fn key(s: &Score, rule: &RankTieBreak) -> Decimal {
    match rule {
        RankTieBreak::Criterion(id) => s.points(id).unwrap_or_default(),
        RankTieBreak::Base => s.base(),
        RankTieBreak::FewerPenaltyPoints => -s.penalty(),
        RankTieBreak::MoreBonusPoints => s.bonus(),
        _ => Decimal::ZERO,
    }
}

/// `Less` when `a` ranks before `b`, and the rule that separated them.
fn compare(sheet: &ScoringSheet, a: &Score, b: &Score) -> (Ordering, Option<RankTieBreak>) {
    let by_total = b.total().cmp(&a.total());
    if by_total != Ordering::Equal {
        return (by_total, None);
    }
    for rule in sheet.tie_breaks() {
        let o = key(b, rule).cmp(&key(a, rule));
        if o != Ordering::Equal {
            return (o, Some(rule.clone()));
        }
    }
    (Ordering::Equal, None)
}

/// A score that matches the card it came from, its sheet's caps and sums.
/// The exact sum of `parts` (as `Money` sums are), or `None` if some
/// partial sum needs more than 28 significant digits.
fn exact_sum(parts: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    Money::sum(parts.into_iter().map(Money::new))
        .ok()
        .map(Money::dong)
}

fn check_score(
    sheet: &ScoringSheet,
    ids: &Ids,
    card: &Card,
    s: &Score,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(s.participant(), &card.card.participant);
    for (id, _) in &ids.leaves {
        prop_assert_eq!(s.points(id), card.given.get(id).copied());
    }
    // Sums are compared where the test's own exact sum (in its order)
    // exists: both are then the true sum. The crate's sums are exact or
    // an error.
    let base = sheet.criteria().iter().try_fold(Decimal::ZERO, |sum, c| {
        let own = s.points(&c.id)?;
        if !c.children.is_empty() {
            let children = exact_sum(c.children.iter().map(|k| s.points(&k.id).unwrap()));
            assert!(children.is_none_or(|x| x == own), "{own} ≠ {children:?}");
        }
        exact_sum([sum, own])
    });
    if let Some(base) = base {
        prop_assert_eq!(s.base(), base);
    }
    let claimed = |items: &[(CriterionId, Decimal)]| {
        exact_sum(
            items
                .iter()
                .filter_map(|(id, _)| card.given.get(id).copied()),
        )
    };
    if let Some(b) = claimed(&ids.bonus) {
        prop_assert_eq!(s.bonus_claimed(), b);
    }
    if let Some(p) = claimed(&ids.penalties) {
        prop_assert_eq!(s.penalty_claimed(), p);
    }
    prop_assert_eq!(s.bonus(), s.bonus_claimed().min(sheet.bonus_cap()));
    prop_assert_eq!(s.penalty(), s.penalty_claimed().min(sheet.penalty_cap()));
    prop_assert_eq!(
        Some(Money::new(s.total())),
        Money::new(s.base())
            .checked_add(Money::new(s.bonus()))
            .and_then(|t| t.checked_sub(Money::new(s.penalty())))
    );
    prop_assert_eq!(s.failed(), &card.failed[..]);
    prop_assert_eq!(s.is_qualified(), card.failed.is_empty());
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// A sheet of any criteria, caps and tie-breaks builds, with its
    /// maximum the sum of its top criteria; or the error names the
    /// criterion, cap or sheet at fault, on one short line.
    #[test]
    fn scoring_sheets_build_or_say_why(spec in sheet_spec()) {
        let (built, ids) = build(&spec);
        match built {
            Ok(sheet) => {
                prop_assert!(spec.duplicate_at.is_none_or(|d| d >= ids.all.len() || d == 0));
                prop_assert!(!spec.top.is_empty());
                prop_assert_eq!(sheet.criteria().len(), spec.top.len());
                let max = sheet
                    .criteria()
                    .iter()
                    .try_fold(Decimal::ZERO, |a, c| a.checked_add(c.max));
                prop_assert_eq!(Some(sheet.max()), max);
                prop_assert_eq!(sheet.bonus_items().len(), ids.bonus.len());
                prop_assert_eq!(sheet.penalty_items().len(), ids.penalties.len());
                prop_assert_eq!(sheet.requirements().len(), ids.requirements.len());
                prop_assert_eq!(sheet.tie_breaks().len(), spec.tie_breaks.len());
                let unique: HashSet<_> = ids.all.iter().collect();
                prop_assert_eq!(unique.len(), ids.all.len());
            }
            Err(e) => {
                let msg = message(&e)?;
                names(&e, &format!("scoring sheet '{}'", crate::support::shown(&spec.name)))
                    .or_else(|_| names(&e, "scoring sheet '"))?;
                let named = ids.all.iter().any(|id| msg.contains(&format!("'{id}'")))
                    || msg.contains("'không có'")
                    || msg.contains(&spec.bonus_cap.to_string())
                    || msg.contains(&spec.penalty_cap.to_string())
                    || msg.contains("overflows")
                    || (spec.top.is_empty() && msg.contains("no criterion"));
                prop_assert!(named, "{:?}: {}", e.kind(), msg);
            }
        }
    }

    /// Scorecards, fair and damaged: a fair one scores to the sum of its
    /// marks within the caps; a damaged one is refused, naming the
    /// participant and the criterion. A ranking holds every scorecard
    /// once, in the order of the totals and the declared tie-breaks.
    #[test]
    fn scorecards_and_rankings(spec in sheet_spec(), cards in vec(card_spec(), 0..8)) {
        let (built, ids) = build(&spec);
        let Ok(sheet) = built else { return Ok(()) };
        let cards: Vec<Card> = cards.iter().map(|c| make_card(c, &ids)).collect();
        let mut scores = Vec::new();
        for card in &cards {
            match sheet.score(&card.card) {
                Ok(s) => {
                    prop_assert!(!card.damaged, "a damaged card scored: {:?}", card.card);
                    check_score(&sheet, &ids, card, &s)?;
                    scores.push(Some(s));
                }
                Err(e) => {
                    let msg = message(&e)?;
                    let who = format!("scorecard of '{}'", card.card.participant);
                    prop_assert!(msg.contains(&who), "{}", msg);
                    if e.kind() != ErrorKind::Overflow {
                        prop_assert!(card.damaged, "a fair card was refused: {}", msg);
                        let named = ids.all.iter().any(|id| msg.contains(&format!("'{id}'")))
                            || msg.contains("'không có'");
                        prop_assert!(named, "{}", msg);
                    }
                    scores.push(None);
                }
            }
        }
        let plain: Vec<Scorecard> = cards.iter().map(|c| c.card.clone()).collect();
        let mut seen = HashSet::new();
        let twice = plain.iter().find(|c| !seen.insert(c.participant.clone()));
        match sheet.rank(&plain) {
            Ok(ranking) => {
                prop_assert!(twice.is_none());
                prop_assert!(scores.iter().all(Option::is_some));
                let standings = ranking.standings();
                prop_assert_eq!(standings.len(), plain.len());
                let listed: HashSet<_> = standings.iter().map(|s| s.participant().clone()).collect();
                prop_assert_eq!(listed.len(), plain.len());
                for c in &plain {
                    prop_assert!(listed.contains(&c.participant));
                    prop_assert_eq!(
                        ranking.standing(&c.participant).unwrap().score(),
                        &sheet.score(c).unwrap()
                    );
                }
                let qualified = standings.iter().take_while(|s| s.place().is_some()).count();
                prop_assert_eq!(ranking.disqualified().count(), plain.len() - qualified);
                for (i, s) in standings.iter().enumerate() {
                    prop_assert_eq!(s.place().is_some(), s.score().is_qualified());
                    if i == 0 || i >= qualified {
                        if i == 0 && qualified > 0 {
                            prop_assert_eq!(s.place(), Some(1));
                        }
                        if i > qualified {
                            let prev = &standings[i - 1];
                            prop_assert!(prev.score().total() >= s.score().total());
                        }
                        continue;
                    }
                    let prev = &standings[i - 1];
                    let (order, rule) = compare(&sheet, prev.score(), s.score());
                    prop_assert!(order != Ordering::Greater, "{:?} before {:?}", prev, s);
                    if order == Ordering::Equal {
                        prop_assert_eq!(s.place(), prev.place());
                        prop_assert!(prev.participant() < s.participant());
                    } else {
                        prop_assert_eq!(s.place(), Some(i + 1));
                        prop_assert_eq!(s.separated_by(), rule.as_ref());
                    }
                }
                prop_assert_eq!(ranking.leaders().len(), standings.iter().filter(|s| s.place() == Some(1)).count());
            }
            Err(e) => {
                let msg = message(&e)?;
                let named_twice = twice.is_some_and(|c| {
                    e.kind() == ErrorKind::Duplicate
                        && msg.contains(&format!("two scorecards for '{}'", c.participant))
                });
                prop_assert!(named_twice || scores.iter().any(Option::is_none), "{}", msg);
            }
        }
    }
}

fn judgement() -> impl Strategy<Value = Option<Judgement>> {
    option::of(select(vec![Judgement::Achieved, Judgement::NotAchieved]))
}

/// Days at the campaign's edges (2021), chrono's ends and 29 February.
fn day() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        6 => (1u32..=365).prop_map(|d| NaiveDate::from_yo_opt(2021, d).unwrap()),
        1 => select(vec![
            NaiveDate::MIN,
            NaiveDate::MAX,
            ymd(2020, 12, 31),
            ymd(2022, 1, 1),
            ymd(2020, 2, 29),
            ymd(2024, 2, 29),
        ]),
    ]
}

fn registration() -> impl Strategy<Value = Registration> {
    (
        prop::bool::weighted(0.03),
        0u64..8,
        option::weighted(0.4, 0u64..6),
        day(),
        vec((select(Award::ALL.to_vec()), judgement()), 0..3),
        vec((text(), judgement()), 0..3),
    )
        .prop_map(|(other, u, person, on, titles, models)| {
            let campaign = if other { "PT-KHAC" } else { "PT-2021" };
            let mut r = Registration::new(campaign.parse().unwrap(), unit(u), on);
            r.person = person.map(PersonId::from);
            r.titles = titles
                .into_iter()
                .map(|(award, outcome)| thidua::campaigns::TitleAim { award, outcome })
                .collect();
            r.models = models
                .into_iter()
                .map(|(name, outcome)| thidua::campaigns::Model { name, outcome })
                .collect();
            r
        })
}

fn campaign() -> Campaign {
    Campaign::new(
        "PT-2021".parse().unwrap(),
        "Phong trào thi đua năm 2021",
        CampaignKind::Regular,
        Period::year(2021).unwrap(),
        "T".parse().unwrap(),
        Level::Province,
        CampaignScope::Units(vec![]),
    )
}

fn tally_ok(t: thidua::campaigns::Tally) -> Result<(), TestCaseError> {
    prop_assert!(t.achieved + t.not_achieved <= t.registered);
    prop_assert_eq!(t.pending(), t.registered - t.achieved - t.not_achieved);
    Ok(())
}

/// A group's members and their periods, a rotation of heads, a pact.
#[derive(Clone, Debug)]
struct GroupSpec {
    kind: GroupKind,
    members: Vec<(u64, Period)>,
    order: Vec<u64>,
    first_year: i32,
    years: u16,
    pact_year: i32,
    signed_on: NaiveDate,
}

fn member_period() -> impl Strategy<Value = Period> {
    prop_oneof![
        4 => (2018i32..=2024).prop_map(|y| Period::year(y).unwrap()),
        2 => (2018i32..=2024).prop_map(|y| Period::starting(ymd(y, 1, 1))),
        1 => (day(), 1u32..800).prop_map(|(from, days)| {
            match from.checked_add_days(chrono::Days::new(days.into())) {
                Some(until) => Period::new(from, until).unwrap(),
                None => Period::starting(from),
            }
        }),
    ]
}

fn group_spec() -> impl Strategy<Value = GroupSpec> {
    (
        select(vec![GroupKind::Cluster, GroupKind::Block]),
        vec((0u64..7, member_period()), 0..7),
        vec(0u64..7, 0..5),
        prop_oneof![4 => 2018i32..=2024, 1 => select(vec![i32::MIN, i32::MAX, i32::MAX - 3, 262_142])],
        prop_oneof![60 => 0u16..12, 1 => Just(u16::MAX)],
        2018i32..=2024,
        day(),
    )
        .prop_map(|(kind, members, order, first_year, years, pact_year, signed_on)| GroupSpec {
            kind,
            members,
            order,
            first_year,
            years,
            pact_year,
            signed_on,
        })
}

proptest! {
    #![proptest_config(config())]

    /// Registrations, fair and damaged: the summary counts every one given
    /// (registrations, models, titles, per level), or the error names the
    /// registration at fault.
    #[test]
    fn registration_summaries_count_everything(regs in vec(registration(), 0..10)) {
        let campaign = campaign();
        match RegistrationSummary::new(&campaign, &regs, &UNITS) {
            Ok(summary) => {
                let total = summary.registrations();
                prop_assert_eq!(total.registered, regs.len());
                tally_ok(total)?;
                let models: usize = regs.iter().map(|r| r.models.len()).sum();
                prop_assert_eq!(summary.models().registered, models);
                tally_ok(summary.models())?;
                let by_level: usize = summary.models_by_level().iter().map(|(_, t)| t.registered).sum();
                prop_assert_eq!(by_level, models);
                let titles: usize = summary.titles().iter().map(|(_, t)| t.registered).sum();
                prop_assert_eq!(titles, regs.iter().map(|r| r.titles.len()).sum::<usize>());
                for (award, t) in summary.titles() {
                    tally_ok(*t)?;
                    let aims = regs.iter().flat_map(|r| &r.titles).filter(|a| a.award == *award);
                    prop_assert_eq!(t.registered, aims.clone().count());
                    prop_assert_eq!(
                        t.achieved,
                        aims.filter(|a| a.outcome == Some(Judgement::Achieved)).count()
                    );
                }
                let achieved = regs.iter().filter(|r| r.outcome() == Some(Judgement::Achieved)).count();
                prop_assert_eq!(total.achieved, achieved);
                let units: HashSet<_> = regs.iter().filter(|r| r.person.is_none()).map(|r| &r.unit).collect();
                prop_assert_eq!(summary.units(), units.len());
                let people: HashSet<_> = regs.iter().filter_map(|r| r.person.as_ref()).collect();
                prop_assert_eq!(summary.people(), people.len());
                let _ = summary.to_string();
            }
            Err(e) => {
                let msg = message(&e)?;
                let named = regs.iter().any(|r| {
                    msg.contains(&format!("'{}'", r.unit))
                        && match e.kind() {
                            ErrorKind::OutOfRange => msg.contains(&r.registered_on.to_string()),
                            ErrorKind::Conflict => msg.contains(&format!("'{}'", r.campaign)),
                            _ => true,
                        }
                });
                prop_assert!(named, "{:?}: {}", e.kind(), msg);
            }
        }
    }

    /// A cluster or block of any members (twice listed, overlapping,
    /// unknown units, at chrono's ends) and any rotation of heads (none to
    /// rotate, u16::MAX years, years past i32::MAX): the rotation gives the
    /// heads in turn, validation names what is wrong, a pact is signed by
    /// every member on the day and by nobody else.
    #[test]
    fn groups_rotations_and_pacts(spec in group_spec()) {
        let mut g = EmulationGroup::new("CUM-1".parse().unwrap(), "Cụm 1", spec.kind, "T".parse().unwrap());
        for (u, period) in &spec.members {
            g = g.member(unit(*u), *period);
        }
        let order: Vec<UnitId> = spec.order.iter().map(|&u| unit(u)).collect();
        g = g.rotate(&order, spec.first_year, spec.years);
        let n = order.len();
        let rotated = usize::from(spec.years).min(
            usize::try_from(i64::from(i32::MAX) - i64::from(spec.first_year) + 1).unwrap_or(usize::MAX),
        );
        if n == 0 {
            prop_assert!(g.leadership.is_empty());
        } else {
            prop_assert_eq!(g.leadership.len(), rotated);
            for k in [0, 1, rotated / 2, rotated.saturating_sub(1)] {
                if k >= rotated {
                    continue;
                }
                let year = spec.first_year + i32::try_from(k).unwrap();
                prop_assert_eq!(g.head(year), Some(&order[k % n]));
                let deputy = (n > 1).then(|| &order[(k + 1) % n]);
                prop_assert_eq!(g.deputy(year), deputy);
            }
        }
        match g.validate() {
            Ok(()) => {
                for (i, a) in g.members.iter().enumerate() {
                    for b in &g.members[..i] {
                        prop_assert!(a.unit != b.unit || !a.period.overlaps(&b.period));
                    }
                }
                for l in &g.leadership {
                    prop_assert!(g.is_member_in(&l.head, l.year));
                    prop_assert!(l.deputy.as_ref() != Some(&l.head));
                }
                match GroupRegistry::new(vec![g.clone()], &UNITS) {
                    Ok(registry) => {
                        prop_assert!(registry.get(&g.id).is_some());
                        prop_assert!(g.members.iter().all(|m| UNITS.get(&m.unit).is_some()));
                    }
                    Err(e) => {
                        let msg = message(&e)?;
                        let named = g.members.iter().any(|m| msg.contains(&format!("'{}'", m.unit)));
                        prop_assert!(named, "{}", msg);
                    }
                }
            }
            Err(e) => {
                let msg = message(&e)?;
                prop_assert!(msg.contains("'CUM-1'"), "{}", msg);
                let named = g.members.iter().any(|m| msg.contains(&format!("'{}'", m.unit)))
                    || g.leadership.iter().any(|l| msg.contains(&l.year.to_string()));
                prop_assert!(named, "{}", msg);
            }
        }
        match g.pact(spec.pact_year, spec.signed_on, vec!["cam kết".into()]) {
            Ok(pact) => {
                let want = g
                    .members
                    .iter()
                    .filter(|m| m.period.contains(spec.signed_on) && g.members_in(spec.pact_year).any(|u| u == &m.unit) && {
                        let (from, last) = (m.period.from(), m.period.last_day());
                        use chrono::Datelike;
                        from.year() <= spec.pact_year && last.is_none_or(|l| l.year() >= spec.pact_year)
                    })
                    .count();
                prop_assert_eq!(pact.signatories.len(), want);
                prop_assert!(want > 0);
                let unsigned = pact.unsigned(&g);
                for m in g.members_in(spec.pact_year) {
                    prop_assert!(pact.signatories.contains(m) || unsigned.contains(&m));
                }
                if g.validate().is_ok() {
                    prop_assert!(pact.check(&g).is_ok(), "{:?}", pact.check(&g));
                }
            }
            Err(e) => {
                prop_assert_eq!(e.kind(), ErrorKind::Missing);
                let msg = message(&e)?;
                prop_assert!(msg.contains(&spec.signed_on.to_string()), "{}", msg);
                prop_assert!(msg.contains(&spec.pact_year.to_string()), "{}", msg);
            }
        }
    }
}

#[test]
fn a_ranking_of_five_thousand_scorecards_keeps_them_all() {
    let sheet = ScoringSheet::builder("Bảng điểm")
        .criterion(ScoringCriterion::leaf(
            cid("1"),
            "Nhiệm vụ",
            Decimal::from(100),
        ))
        .tie_break(RankTieBreak::Base)
        .build()
        .unwrap();
    let cards: Vec<Scorecard> = (0..5_000u64)
        .map(|i| Scorecard::new(UnitId::from(i)).score(cid("1"), Decimal::from(i % 101)))
        .collect();
    let ranking = sheet.rank(&cards).unwrap();
    assert_eq!(ranking.standings().len(), 5_000);
    // 49 or 50 cards share each total; the 50 with 100 points come first.
    assert_eq!(ranking.leaders().len(), 49);
    assert_eq!(ranking.place_of(&UnitId::from(99)), Some(50));
}

#[test]
fn a_rotation_over_u16_max_years() {
    let order: Vec<UnitId> = (0..3).map(unit).collect();
    let g = EmulationGroup::new(
        "CUM-1".parse().unwrap(),
        "Cụm 1",
        GroupKind::Cluster,
        "T".parse().unwrap(),
    )
    .member(unit(0), Period::starting(ymd(2000, 1, 1)))
    .member(unit(1), Period::starting(ymd(2000, 1, 1)))
    .member(unit(2), Period::starting(ymd(2000, 1, 1)))
    .rotate(&order, 2000, u16::MAX);
    assert_eq!(g.leadership.len(), usize::from(u16::MAX));
    g.validate().unwrap();
    assert_eq!(g.head(2000 + 65_534), Some(&order[65_534 % 3]));
    // Rotating again from 2001 replaces those years, not adds to them.
    let g = g.rotate(&order[1..], 2001, 2);
    assert_eq!(g.leadership.len(), usize::from(u16::MAX));
    assert_eq!(g.head(2001), Some(&order[1]));
}

fn campaign_scope() -> impl Strategy<Value = CampaignScope> {
    prop_oneof![
        Just(CampaignScope::Group("CUM-1".parse().unwrap())),
        Just(CampaignScope::Group("CUM-KHAC".parse().unwrap())),
        text().prop_map(CampaignScope::Sector),
        select(vec![Level::Province, Level::District, Level::Commune])
            .prop_map(CampaignScope::Level),
        vec(0u64..8, 0..5).prop_map(|us| CampaignScope::Units(us.into_iter().map(unit).collect())),
    ]
}

proptest! {
    #![proptest_config(config())]

    /// A campaign of any launcher, level, period, reviews and scope:
    /// validation names what is wrong; its participants on a day are units
    /// in force that day, as many as its scope lists.
    #[test]
    fn campaigns_and_their_participants(
        launcher in prop_oneof![Just("T".to_string()), (0u64..8).prop_map(|u| format!("D{u}"))],
        level in select(vec![Level::Province, Level::District, Level::Commune]),
        period in member_period(),
        reviews in vec((any::<bool>(), day()), 0..3),
        scope in campaign_scope(),
        on in day(),
    ) {
        let mut campaign = Campaign::new(
            "PT-1".parse().unwrap(),
            "Phong trào",
            CampaignKind::Thematic,
            period,
            launcher.parse().unwrap(),
            level,
            scope.clone(),
        );
        for (final_review, date) in &reviews {
            let kind = if *final_review { thidua::campaigns::StocktakeKind::Final } else { thidua::campaigns::StocktakeKind::Preliminary };
            campaign = campaign.review(kind, *date);
        }
        match campaign.validate(&UNITS) {
            Ok(()) => {
                let unit = UNITS.get(&campaign.launched_by);
                prop_assert!(unit.is_some_and(|u| u.in_force_on(period.from())));
                prop_assert_eq!(UNITS.level(&campaign.launched_by).unwrap(), level);
            }
            Err(e) => {
                let msg = message(&e)?;
                prop_assert!(msg.contains("'PT-1'"), "{}", msg);
                let named = msg.contains(&format!("'{launcher}'"))
                    || reviews.iter().any(|(_, d)| msg.contains(&d.to_string()));
                prop_assert!(named, "{}", msg);
            }
        }
        let group = EmulationGroup::new("CUM-1".parse().unwrap(), "Cụm 1", GroupKind::Cluster, "T".parse().unwrap())
            .member(unit(0), Period::year(2021).unwrap())
            .member(unit(1), Period::new(ymd(2020, 1, 1), ymd(2025, 7, 1)).unwrap());
        let groups = GroupRegistry::new(vec![group], &UNITS).unwrap();
        match campaign.participants(&UNITS, &groups, on) {
            Ok(list) => {
                prop_assert!(period.contains(on));
                for u in &list {
                    prop_assert!(UNITS.get(u).is_none_or(|x| x.in_force_on(on)), "{}", u);
                }
                if let CampaignScope::Units(given) = &scope {
                    prop_assert_eq!(&list, given);
                }
            }
            Err(e) => {
                let msg = message(&e)?;
                let named = msg.contains(&on.to_string())
                    || msg.contains(&format!("'{launcher}'"))
                    || msg.contains("'CUM-KHAC'")
                    || (0..8).any(|u| msg.contains(&format!("'D{u}'")));
                prop_assert!(named, "{}", msg);
            }
        }
    }
}
