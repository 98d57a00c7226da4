//! [proptest](mod@proptest) strategies for the main entities, to property-test rules of
//! your own (feature `proptest`).
//!
//! The values are realistic rather than uniform: most people are rated HTT,
//! discipline is rare, initiatives are few, and award histories are built
//! from the ratings so that streaks occur. Facts are now and then not given
//! ([`person`], [`year_record`]: the start of service, the initiatives, a
//! year's discipline, leave …), which the rules must read as unknown;
//! [`known_person`] and [`known_year_record`] give every fact, as a
//! population's rows do.
//!
//! | entity | strategies |
//! |---|---|
//! | people and their years | [`person`], [`known_person`], [`year_record`], [`known_year_record`], [`rating`], [`discipline`], [`category`] |
//! | collectives and populations | [`collective_with_members`], [`collective_with_members_sized`], [`population`] |
//! | units | [`units`], [`unit_registry`] |
//! | decisions and funds | [`decision`], [`fund`] |
//! | campaigns | [`campaign`] |
//! | money and words | [`decimal`], [`money`], [`words_style`] |
//!
//! ```
//! use proptest::prelude::*;
//! use thidua::strategies;
//!
//! proptest!(|(p in strategies::person(2021))| {
//!     // Every generated person can be judged on 2021-12-20.
//!     p.validate(chrono::NaiveDate::from_ymd_opt(2021, 12, 20).unwrap()).unwrap();
//! });
//! ```

use chrono::NaiveDate;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::award::Award;
use crate::history::{Conferral, Revocation};
use crate::id::{InitiativeId, PersonId, UnitId};
use crate::money::Money;
use crate::people::{
    Discipline, DisciplineForm, InitiativeKind, InjuryTreatment, Leave, LeaveKind, Person,
    PersonCategory, Rating, Scope, Training, TrainingResult, Transfer, YearRecord,
};
use crate::period::Period;

/// How many years of history a generated person has before the review year.
pub const HISTORY_YEARS: i32 = 3;

/// A day of `year` before December, so that it falls before a year-end
/// review.
fn day_in(year: i32) -> impl Strategy<Value = NaiveDate> {
    (1u32..=11, 1u32..=28)
        .prop_map(move |(m, d)| NaiveDate::from_ymd_opt(year, m, d).unwrap_or(NaiveDate::MIN))
}

/// The years before `year` in which service may start: from 2000, or the
/// twenty years before `year` if that is earlier (never an empty range).
fn earlier_years(year: i32) -> std::ops::RangeInclusive<i32> {
    let first = if year > 2000 {
        2000
    } else {
        year.saturating_sub(20)
    };
    first..=year.saturating_sub(1).max(first)
}

/// A yearly rating: mostly HTT, some HTXS and HT, a few KHT.
pub fn rating() -> impl Strategy<Value = Rating> {
    prop_oneof![
        15 => Just(Rating::Excellent),
        60 => Just(Rating::Good),
        20 => Just(Rating::Completed),
        5 => Just(Rating::NotCompleted),
    ]
}

/// A disciplinary form, lightest most often.
pub fn discipline_form() -> impl Strategy<Value = DisciplineForm> {
    prop_oneof![
        4 => Just(DisciplineForm::Reprimand),
        3 => Just(DisciplineForm::Warning),
        1 => Just(DisciplineForm::SalaryDemotion),
        1 => Just(DisciplineForm::Demotion),
        1 => Just(DisciplineForm::Dismissal),
    ]
}

/// A discipline decided in `year`, with a period of 6 or 12 months or an
/// unknown one.
pub fn discipline(year: i32) -> impl Strategy<Value = Discipline> {
    (
        discipline_form(),
        day_in(year),
        option::of(prop_oneof![Just(6u32), Just(12u32)]),
    )
        .prop_map(|(form, decided_on, months)| Discipline {
            form,
            decided_on,
            ends_on: months.and_then(|m| decided_on.checked_add_months(chrono::Months::new(m))),
        })
}

/// `known` as `Some` nineteen times in twenty and `None` (not given)
/// otherwise, when `unknowns`; always `Some` when not.
fn given<T: std::fmt::Debug + Clone + 'static>(
    known: impl Strategy<Value = T> + 'static,
    unknowns: bool,
) -> BoxedStrategy<Option<T>> {
    if unknowns {
        prop_oneof![19 => known.prop_map(Some), 1 => Just(None)].boxed()
    } else {
        known.prop_map(Some).boxed()
    }
}

/// The record of `year`: a rating (rarely missing), rare discipline,
/// leave, training, injury treatment and transfers; each fact is now and
/// then not given (`None`), which the rules read as unknown.
pub fn year_record(year: i32) -> impl Strategy<Value = YearRecord> {
    year_record_given(year, true)
}

/// The record of `year` with every fact given (the rating apart, which may
/// be missing): the shape of a population's rows, where every event is
/// recorded.
pub fn known_year_record(year: i32) -> impl Strategy<Value = YearRecord> {
    year_record_given(year, false)
}

fn year_record_given(year: i32, unknowns: bool) -> impl Strategy<Value = YearRecord> {
    let leave = vec(
        (
            prop_oneof![
                Just(LeaveKind::Sick),
                Just(LeaveKind::Other),
                Just(LeaveKind::Maternity)
            ],
            0u16..=120,
        )
            .prop_map(|(kind, working_days)| Leave { kind, working_days }),
        0..=1,
    );
    let training = prop_oneof![
        19 => Just(Vec::new()),
        1 => (1u16..=24, option::of(prop::bool::weighted(0.9)), option::of(prop_oneof![
            Just(TrainingResult::Average), Just(TrainingResult::Fair), Just(TrainingResult::Good)
        ]))
            .prop_map(|(months, kept_rules, result)| vec![Training { months, kept_rules, result }]),
    ];
    let injury = prop_oneof![
        49 => Just(Vec::new()),
        1 => (1u16..=90, option::of(any::<bool>()))
            .prop_map(|(days, certified)| vec![InjuryTreatment { days, certified }]),
    ];
    let transfers = prop_oneof![
        29 => Just(Vec::new()),
        1 => (day_in(year), 0u16..=12, option::of(prop::bool::weighted(0.8))).prop_map(
            |(on, months_at_previous_unit, previous_unit_comments)| vec![Transfer {
                from_unit: UnitId::from(2),
                on,
                months_at_previous_unit,
                previous_unit_comments,
            }]
        ),
    ];
    (
        prop_oneof![49 => rating().prop_map(Some), 1 => Just(None)],
        given(
            prop_oneof![24 => Just(Vec::new()), 1 => discipline(year).prop_map(|d| vec![d])],
            unknowns,
        ),
        given(prop::bool::weighted(0.02), unknowns),
        given(leave, unknowns),
        given(training, unknowns),
        given(injury, unknowns),
        given(transfers, unknowns),
    )
        .prop_map(
            move |(
                rating,
                discipline,
                discipline_pending,
                leave,
                training,
                injury_treatment,
                transfers,
            )| YearRecord {
                year,
                rating,
                discipline,
                discipline_pending,
                leave,
                training,
                injury_treatment,
                transfers,
            },
        )
}

/// A category: mostly civil servants and public employees, some workers
/// and soldiers.
pub fn category() -> impl Strategy<Value = PersonCategory> {
    prop_oneof![
        4 => Just(PersonCategory::CivilServant),
        4 => Just(PersonCategory::PublicEmployee),
        1 => Just(PersonCategory::Official),
        1 => Just(PersonCategory::Worker),
        1 => Just(PersonCategory::Soldier),
    ]
}

/// A person judged for `year`: records for the review year and
/// [`HISTORY_YEARS`] before it, initiatives, and an award history of
/// "Lao động tiên tiến" and "Chiến sĩ thi đua cơ sở" built from the earlier
/// ratings (some revoked). Now and then a fact is not given (the start of
/// service, the initiatives, a year's discipline …): rules must read it as
/// unknown.
pub fn person(year: i32) -> impl Strategy<Value = Person> {
    person_given(year, true)
}

/// As [`person`], with every fact given (the ratings apart): the shape of a
/// population's rows, for comparing the engines that must agree on them.
pub fn known_person(year: i32) -> impl Strategy<Value = Person> {
    person_given(year, false)
}

fn person_given(year: i32, unknowns: bool) -> impl Strategy<Value = Person> {
    let first = year.saturating_sub(HISTORY_YEARS);
    let record = move |y| {
        if unknowns {
            year_record(y).boxed()
        } else {
            known_year_record(y).boxed()
        }
    };
    (
        1u64..1_000_000,
        category(),
        given(
            prop_oneof![
                9 => earlier_years(year).prop_flat_map(day_in),
                1 => day_in(year),
            ],
            unknowns,
        ),
        (first..=year).map(record).collect::<Vec<_>>(),
        given(
            vec(
                (
                    first..=year,
                    0u8..3,
                    prop_oneof![
                        8 => Just(InitiativeKind::Initiative),
                        2 => Just(InitiativeKind::ResearchTopic),
                    ],
                ),
                0..4,
            ),
            unknowns,
        ),
        vec(
            (
                first..=year.saturating_sub(1).max(first),
                prop::bool::weighted(0.5),
                prop::bool::weighted(0.05),
            ),
            0..4,
        ),
    )
        .prop_map(move |(n, category, start, records, initiatives, history)| {
            let mut p = Person::new(PersonId::from(n), "", category, UnitId::from(1));
            p.service_start = start;
            p.records = records;
            p.initiatives = initiatives.map(|initiatives| {
                initiatives
                    .into_iter()
                    .enumerate()
                    .filter_map(|(i, (y, scope, kind))| {
                        Some(crate::people::Initiative {
                            id: InitiativeId::new(&format!("SK-{y}-{i}")).ok()?,
                            kind,
                            scope: match scope {
                                0 => Scope::Grassroots,
                                1 => Scope::MinistryOrProvince,
                                _ => Scope::National,
                            },
                            recognised_on: NaiveDate::from_ymd_opt(y, 11, 30)?,
                        })
                    })
                    .collect()
            });
            for (y, grassroots, revoked) in history {
                let good = p
                    .record(y)
                    .and_then(|r| r.rating)
                    .is_some_and(|r| r >= Rating::Good);
                let Ok(period) = Period::year(y) else {
                    continue;
                };
                if !good || p.awards.iter().any(|c| c.period == period) {
                    continue;
                }
                let award = if grassroots {
                    Award::GrassrootsEmulationFighter
                } else {
                    Award::AdvancedWorker
                };
                let mut c = Conferral::new(award, period);
                if revoked {
                    c.revoked = NaiveDate::from_ymd_opt(year, 1, 15)
                        .map(|on| Revocation { on, decision: None });
                }
                p.awards.push(c);
            }
            p
        })
}

/// A collective judged for `year` with its members: its own rating and
/// movement, and one to forty people (generated by [`person`]) whose unit
/// is the collective.
pub fn collective_with_members(
    year: i32,
) -> impl Strategy<Value = (crate::collectives::Collective, Vec<Person>)> {
    collective_with_members_sized(year, 1..=40)
}

/// As [`collective_with_members`], with a number of members in `members`
/// (fewer make faster cases).
pub fn collective_with_members_sized(
    year: i32,
    members: impl Into<prop::collection::SizeRange>,
) -> impl Strategy<Value = (crate::collectives::Collective, Vec<Person>)> {
    use crate::collectives::{Collective, CollectiveRecord};
    (
        option::of(rating()),
        option::of(prop::bool::weighted(0.9)),
        vec(person(year), members),
    )
        .prop_map(move |(rating, movement, people)| {
            let id = UnitId::from(1);
            let mut c = Collective::new(id.clone(), "");
            c.records.push(CollectiveRecord {
                year,
                rating,
                movement,
            });
            // Distinct ids, all members of the collective.
            let members = people
                .into_iter()
                .zip(1u64..)
                .map(|(mut p, n)| {
                    p.id = PersonId::from(n);
                    p.unit = id.clone();
                    p
                })
                .collect();
            (c, members)
        })
}

/// A small population reviewed in `year`: one to five collectives (rating,
/// movement, some armed-forces units) and up to sixty people with the
/// records of `year` and the two years before, yearly titles included.
pub fn population(year: i32) -> impl Strategy<Value = crate::population::Population> {
    use crate::collectives::{Collective, CollectiveRecord};
    use crate::population::{PersonEntry, Population, Titles, YearEntry};
    let collective = (
        option::of(rating()),
        option::of(prop::bool::weighted(0.9)),
        prop::bool::weighted(0.1),
    );
    let entry = (
        prop_oneof![19 => rating().prop_map(Some), 1 => Just(None)],
        prop_oneof![24 => Just(None), 1 => discipline_form().prop_map(Some)],
        (0u8..3, 0u8..2, prop_oneof![19 => Just(0u8), 1 => Just(1u8)]),
        prop_oneof![4 => Just(None), 4 => Just(Some(Award::AdvancedWorker)), 2 => Just(Some(Award::GrassrootsEmulationFighter))],
    );
    let person = (
        category(),
        prop_oneof![9 => earlier_years(year).prop_flat_map(day_in), 1 => day_in(year)],
        0i32..=100,
        vec(entry, 3),
    );
    (vec(collective, 1..=5), vec((0usize..5, person), 0..60)).prop_map(
        move |(collectives, people)| {
            let mut pop = Population::new(year.saturating_sub(2)..=year)
                .unwrap_or_else(|_| unreachable_population());
            let n = collectives.len();
            for (k, (rating, movement, armed)) in collectives.into_iter().enumerate() {
                let mut c = Collective::new(UnitId::from(k as u64 + 1), "");
                c.armed_forces = armed;
                c.records.push(CollectiveRecord {
                    year,
                    rating,
                    movement,
                });
                let _ = pop.add_collective(c);
            }
            for (id, (k, (category, start, score, years))) in people.into_iter().enumerate() {
                let entry = PersonEntry {
                    id: PersonId::from(id as u64 + 1),
                    category,
                    service_start: start,
                    collective: UnitId::from((k % n) as u64 + 1),
                    score,
                };
                let Ok(i) = pop.add_person(entry) else {
                    continue;
                };
                for (offset, (rating, discipline, (g, p, nat), title)) in
                    years.into_iter().enumerate()
                {
                    let y = year.saturating_sub(2).saturating_add(offset as i32);
                    let titles = match title {
                        Some(award) if y < year => Titles::NONE.with(award).unwrap_or_default(),
                        _ => Titles::NONE,
                    };
                    let _ = pop.set_year(
                        i,
                        y,
                        YearEntry {
                            rating,
                            discipline,
                            initiatives: [g, p, nat],
                            titles,
                        },
                    );
                }
            }
            pop
        },
    )
}

/// Any decimal, weighted to the values that break arithmetic: zero, ±1, the
/// largest and smallest ([`Decimal::MAX`], [`Decimal::MIN`]), the smallest
/// step (scale 28), values a step inside the limits, and mantissas of every
/// size at every scale. For testing that sums and ratios of your own fail
/// cleanly rather than panic.
///
/// ```
/// use proptest::prelude::*;
/// use thidua::strategies;
///
/// proptest!(|(a in strategies::decimal(), b in strategies::decimal())| {
///     // Checked arithmetic never panics: it overflows to `None`.
///     let _ = a.checked_add(b);
/// });
/// ```
pub fn decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        1 => prop_oneof![
            Just(Decimal::ZERO),
            Just(Decimal::ONE),
            Just(Decimal::NEGATIVE_ONE),
            Just(Decimal::MAX),
            Just(Decimal::MIN),
            Just(Decimal::new(1, 28)),
            Just(Decimal::new(-1, 28)),
            Just(Decimal::from_parts(4_294_967_294, u32::MAX, u32::MAX, false, 0)),
            Just(Decimal::from_parts(4_294_967_294, u32::MAX, u32::MAX, true, 0)),
            Just(Decimal::from_parts(u32::MAX, u32::MAX, u32::MAX, false, 28)),
        ],
        2 => (any::<i64>(), 0u32..=28).prop_map(|(m, s)| Decimal::new(m, s)),
        1 => (any::<(u32, u32, u32)>(), any::<bool>(), 0u32..=28)
            .prop_map(|((lo, mid, hi), neg, s)| Decimal::from_parts(lo, mid, hi, neg, s)),
    ]
}

/// An amount of money as decisions and budgets carry it: mostly whole đồng
/// up to a province's budget (10¹⁵), sometimes with decimals (a share of a
/// fund), and sometimes anything [`decimal`] gives (negative, huge, scale
/// 28).
///
/// ```
/// use proptest::prelude::*;
/// use thidua::strategies;
///
/// proptest!(|(m in strategies::money())| {
///     // Printing never panics, whatever the amount.
///     let _ = m.to_string();
/// });
/// ```
pub fn money() -> impl Strategy<Value = Money> {
    prop_oneof![
        6 => (0i64..=1_000_000_000_000_000).prop_map(Money::from_dong),
        2 => (0i64..=1_000_000_000_000, 1u32..=4).prop_map(|(m, s)| Money::new(Decimal::new(m, s))),
        2 => decimal().prop_map(Money::new),
    ]
}

/// A sound registry of units: a province; one to three districts and
/// communes until 2025-06-30, some communes succeeded by a new one under the
/// province from 2025-07-01; and agencies, departments and villages under
/// them. Ids: `P` (the province), `H0`…, `X0`…, `XN`, `A0`….
///
/// ```
/// use proptest::prelude::*;
/// use thidua::strategies;
/// use thidua::units::UnitRegistry;
///
/// proptest!(|(units in strategies::units())| {
///     // Every generated table is a sound registry.
///     UnitRegistry::new(units).unwrap();
/// });
/// ```
pub fn units() -> impl Strategy<Value = Vec<crate::units::Unit>> {
    use crate::units::{Unit, UnitKind};
    let id = |s: &str| UnitId::new(s).ok();
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
                    UnitKind::PublicServiceUnit,
                    UnitKind::Enterprise,
                ]),
            ),
            0..6,
        ),
    )
        .prop_filter_map(
            "a registry of valid ids",
            move |(districts, communes, others)| {
                let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
                let old = Period::new(day(1990, 1, 1)?, day(2025, 7, 1)?).ok()?;
                let new = Period::starting(day(2025, 7, 1)?);
                let mut units = vec![Unit::new(
                    id("P")?,
                    "Tỉnh A",
                    UnitKind::Province,
                    Period::starting(day(1990, 1, 1)?),
                )];
                for d in 0..districts {
                    units.push(
                        Unit::new(id(&format!("H{d}"))?, "Huyện", UnitKind::District, old)
                            .under(id("P")?),
                    );
                }
                units.push(Unit::new(id("XN")?, "Xã mới", UnitKind::Commune, new).under(id("P")?));
                for (k, (d, merged)) in communes.into_iter().enumerate() {
                    let mut c = Unit::new(id(&format!("X{k}"))?, "Xã", UnitKind::Commune, old)
                        .under(id(&format!("H{}", d % districts))?);
                    if merged {
                        c = c.succeeded_by([id("XN")?]);
                    }
                    units.push(c);
                }
                for (k, (at, kind)) in others.into_iter().enumerate() {
                    let parent = units.get(at % units.len())?.clone();
                    let fits = |k: &UnitKind| k.allowed_parents().contains(&parent.kind);
                    let kind = [kind, UnitKind::Department, UnitKind::Agency]
                        .into_iter()
                        .find(fits)?;
                    units.push(
                        Unit::new(id(&format!("A{k}"))?, "Cơ quan", kind, parent.period)
                            .under(parent.id.clone()),
                    );
                }
                Some(units)
            },
        )
}

/// A [`UnitRegistry`](crate::units::UnitRegistry) of [`units`].
pub fn unit_registry() -> impl Strategy<Value = crate::units::UnitRegistry> {
    units().prop_filter_map("a sound registry", |units| {
        crate::units::UnitRegistry::new(units).ok()
    })
}

/// An award decision for the achievements of `year`: signed by a
/// provincial, district or commune chair or an agency head, mostly early in
/// the next year (sometimes in December of `year`, before the period ends),
/// with one to eight grants of yearly titles, "Chiến sĩ thi đua" of a
/// province for three years, and Giấy khen and Bằng khen, to people and
/// collectives, no grant twice.
///
/// ```
/// use proptest::prelude::*;
/// use thidua::strategies;
/// use thidua::RuleBook;
/// use thidua::law::SalarySchedule;
///
/// proptest!(|(d in strategies::decision(2024))| {
///     // Every generated decision is priced.
///     d.money(&RuleBook::national(), &SalarySchedule::national()).unwrap();
/// });
/// ```
pub fn decision(year: i32) -> impl Strategy<Value = crate::decision::Decision> {
    use crate::authority::Authority;
    use crate::decision::Decision;
    use crate::history::Recipient;
    let signer = prop::sample::select(vec![
        Authority::ProvincialChair,
        Authority::DistrictChair,
        Authority::CommuneChair,
        Authority::AgencyHead,
    ]);
    let date = prop_oneof![
        4 => (1u32..=3, 1u32..=28).prop_filter_map("a day", move |(m, d)| NaiveDate::from_ymd_opt(year.saturating_add(1), m, d)),
        1 => (20u32..=31).prop_filter_map("a day", move |d| NaiveDate::from_ymd_opt(year, 12, d)),
    ];
    let grant = (
        any::<bool>(),
        1u64..=20,
        prop::sample::select(vec![0usize, 1, 2, 3, 4]),
    );
    (1u64..=999, signer, date, vec(grant, 1..=8)).prop_filter_map(
        "a decision with valid ids",
        move |(number, signer, date, grants)| {
            let number = format!("{number}/QĐ-UBND").parse().ok()?;
            let mut d = Decision::new(number, date, signer);
            let one = Period::year(year).ok()?;
            let three = Period::new(
                NaiveDate::from_ymd_opt(year.saturating_sub(2), 1, 1)?,
                NaiveDate::from_ymd_opt(year.saturating_add(1), 1, 1)?,
            )
            .ok()?;
            for (person, n, k) in grants {
                let (recipient, award, period) = if person {
                    let award = [
                        Award::AdvancedWorker,
                        Award::GrassrootsEmulationFighter,
                        Award::CertificateOfCommendation,
                        Award::MinistryOrProvinceCertificateOfMerit,
                        Award::MinistryOrProvinceEmulationFighter,
                    ];
                    let award = *award.get(k)?;
                    let period = if award == Award::MinistryOrProvinceEmulationFighter {
                        three
                    } else {
                        one
                    };
                    (Recipient::Individual(PersonId::from(n)), award, period)
                } else {
                    let award = [
                        Award::AdvancedCollective,
                        Award::ExcellentCollective,
                        Award::CertificateOfCommendation,
                        Award::AdvancedCollective,
                        Award::ExcellentCollective,
                    ];
                    (Recipient::Collective(UnitId::from(n)), *award.get(k)?, one)
                };
                let twice = d
                    .grants
                    .iter()
                    .any(|g| g.recipient == recipient && g.award == award && g.period == period);
                if !twice {
                    d = d.grant(recipient, award, period);
                }
            }
            Some(d)
        },
    )
}

/// The fund of a commune or district for `year`: its recurrent spending
/// (delta or highland), an allocation near its cap, budget lines of every
/// category, and the award money of up to three [`decision`]s committed to
/// it (priced under the bundled law).
///
/// ```
/// use proptest::prelude::*;
/// use thidua::strategies;
/// use thidua::RuleBook;
///
/// proptest!(|(f in strategies::fund(2024))| {
///     // Every generated fund is reviewed; problems are findings.
///     f.review(&RuleBook::national()).unwrap();
/// });
/// ```
pub fn fund(year: i32) -> impl Strategy<Value = crate::fund::Fund> {
    use crate::fund::{BudgetCategory, BudgetLine, Fund};
    use crate::law::{AreaClass, FundBasis, SalarySchedule};
    use crate::units::Level;
    (
        any::<bool>(),
        any::<bool>(),
        1_000_000_000i64..=50_000_000_000,
        0u32..=200,
        vec(
            (
                0usize..BudgetCategory::ALL.len(),
                0i64..=100_000_000,
                0i64..=100_000_000,
            ),
            0..4,
        ),
        vec(decision(year), 0..=3),
    )
        .prop_filter_map(
            "a fund with valid ids",
            move |(commune, highland, spending, per_mille, lines, decisions)| {
                let (level, owner) = if commune {
                    (Level::Commune, "X0")
                } else {
                    (Level::District, "H0")
                };
                let area = if highland {
                    AreaClass::Highland
                } else {
                    AreaClass::Delta
                };
                // Up to a fifth over the cap of 1% of spending, in tenths of a per mille.
                let allocation = spending / 1000 * i64::from(per_mille) / 10 / 10;
                let mut fund = Fund::new(
                    UnitId::new(owner).ok()?,
                    level,
                    year,
                    FundBasis::RecurrentSpending {
                        spending: Money::from_dong(spending),
                        area,
                    },
                )
                .allocate(Money::from_dong(allocation));
                for (k, (category, planned, spent)) in lines.into_iter().enumerate() {
                    let category = *BudgetCategory::ALL.get(category)?;
                    let id = format!("L{k}").parse().ok()?;
                    fund = fund.line(
                        BudgetLine::new(id, category, Money::from_dong(planned))
                            .spent(Money::from_dong(spent)),
                    );
                }
                let book = crate::law::RuleBook::national();
                let salaries = SalarySchedule::national();
                for d in decisions {
                    if let Ok(money) = d.money(&book, &salaries) {
                        fund.commit(&d, &money);
                    }
                }
                Some(fund)
            },
        )
}

/// A campaign of `year` launched by the province `P` of [`units`] for its
/// communes: regular for the whole year or thematic for part of it, with
/// themes, targets and its reviews (a preliminary one inside the period, the
/// final one after it).
///
/// ```
/// use proptest::prelude::*;
/// use thidua::{strategies, RuleBook};
///
/// proptest!(|(c in strategies::campaign(2024))| {
///     // The legal basis follows the campaign's year.
///     c.legal_basis(&RuleBook::national()).unwrap();
/// });
/// ```
pub fn campaign(year: i32) -> impl Strategy<Value = crate::campaigns::Campaign> {
    use crate::campaigns::{Campaign, CampaignKind, CampaignScope, StocktakeKind};
    use crate::units::Level;
    (
        1u64..=99,
        any::<bool>(),
        1u32..=6,
        vec("[a-zđ ]{3,20}", 0..3),
        vec("[a-zđ ]{3,20}", 0..3),
        any::<bool>(),
    )
        .prop_filter_map(
            "a campaign with valid ids",
            move |(n, regular, months, themes, targets, preliminary)| {
                let first = NaiveDate::from_ymd_opt(year, 1, 1)?;
                let (kind, period) = if regular {
                    (CampaignKind::Regular, Period::year(year).ok()?)
                } else {
                    let until =
                        first.checked_add_months(chrono::Months::new(months.saturating_mul(2)))?;
                    (CampaignKind::Thematic, Period::new(first, until).ok()?)
                };
                let end = period.until()?;
                let mut c = Campaign::new(
                    format!("PT-{year}-{n}").parse().ok()?,
                    "Phong trào thi đua",
                    kind,
                    period,
                    UnitId::new("P").ok()?,
                    Level::Province,
                    CampaignScope::Level(Level::Commune),
                );
                for t in themes {
                    c = c.theme(t);
                }
                for t in targets {
                    c = c.target(t);
                }
                if preliminary {
                    c = c.review(
                        StocktakeKind::Preliminary,
                        first.checked_add_months(chrono::Months::new(1))?,
                    );
                }
                Some(c.review(
                    StocktakeKind::Final,
                    end.checked_add_days(chrono::Days::new(14))?,
                ))
            },
        )
}

// A one-year window is always valid: this is not input.
#[allow(clippy::panic)]
fn unreachable_population() -> crate::population::Population {
    crate::population::Population::new(2000..=2000).unwrap_or_else(|e| panic!("{e}"))
}

/// Every way of writing numbers in words ([`crate::words::Style`]): "linh"
/// or "lẻ", "bốn" or "tư", "nghìn" or "ngàn", "chẵn" or not, capitalised or
/// not.
///
/// ```
/// use proptest::prelude::*;
/// use thidua::{strategies, words};
///
/// proptest!(|(style in strategies::words_style())| {
///     // Whatever the style, the words read back as the number.
///     let written = words::number(1_004_021, &style).unwrap();
///     prop_assert_eq!(words::parse(&written).unwrap(), 1_004_021);
/// });
/// ```
/// # use thidua::Bilingual as _;
pub fn words_style() -> impl Strategy<Value = crate::words::Style> {
    use crate::words::{Four, Style, Thousand, ZeroTens};
    any::<[bool; 5]>().prop_map(|[le, bon, ngan, even, capitalize]| {
        Style::default()
            .zero_tens(if le { ZeroTens::Le } else { ZeroTens::Linh })
            .four(if bon { Four::Bon } else { Four::Tu })
            .thousand(if ngan {
                Thousand::Ngan
            } else {
                Thousand::Nghin
            })
            .even(even)
            .capitalize(capitalize)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::test_runner::TestRunner;

    #[test]
    fn generated_people_are_valid() {
        let on = NaiveDate::from_ymd_opt(2021, 12, 20).unwrap_or(NaiveDate::MIN);
        let mut runner = TestRunner::default();
        runner
            .run(&person(2021), |p| {
                p.validate(on)
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
                Ok(())
            })
            .unwrap_or_else(|e| panic!("{e}"));
    }
}
