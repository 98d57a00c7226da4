//! Population reviews at the scale of a province: one verdict per title, a
//! batch of 10⁵ and 10⁶ generated people, the what-if diff, and parsing
//! Vietnamese award names.
//!
//! ```text
//! cargo bench --bench review
//! ```
//!
//! People are generated here, not read from disk, with the distributions of
//! the reference workload (`shared/bench/annual-review.md`). Results are in
//! `benches/README.md`.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use thidua::collectives::CollectiveRecord;
use thidua::id::UnitId;
use thidua::law::SalarySchedule;
use thidua::people::DisciplineForm;
use thidua::population::{PersonEntry, Titles, YearEntry};
use thidua::{
    Authority, Award, Collective, Outcome, PersonCategory, Population, Rating, Review, RuleBook,
    Tariff,
};

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// An index drawn by integer weights.
    fn pick(&mut self, weights: &[u64]) -> usize {
        let total: u64 = weights.iter().sum();
        let mut r = self.next() % total;
        for (i, &w) in weights.iter().enumerate() {
            if r < w {
                return i;
            }
            r -= w;
        }
        weights.len() - 1
    }
}

const RATINGS: [Rating; 4] = [
    Rating::Excellent,
    Rating::Good,
    Rating::Completed,
    Rating::NotCompleted,
];

/// A province of `people` people in collectives of 8–40, as the workload
/// draws them.
pub fn province(people: u64, seed: u64) -> Population {
    let mut rng = Rng(seed | 1);
    let mut pop = Population::new(2019..=2021).unwrap();
    pop.reserve(people as usize);
    let (mut left, mut id, mut cid) = (people, 1u64, 1u64);
    while left > 0 {
        let size = (8 + rng.next() % 33).min(left);
        let mut c = Collective::new(UnitId::from(cid), "");
        c.records.push(CollectiveRecord {
            year: 2021,
            rating: Some(RATINGS[rng.pick(&[30, 50, 15, 5])]),
            movement: Some(rng.pick(&[9, 1]) == 0),
        });
        pop.add_collective(c).unwrap();
        for _ in 0..size {
            let start = if rng.pick(&[9, 1]) == 0 {
                NaiveDate::from_ymd_opt(
                    2000 + (rng.next() % 20) as i32,
                    1 + (rng.next() % 12) as u32,
                    1,
                )
                .unwrap()
            } else {
                NaiveDate::from_ymd_opt(
                    2021,
                    1 + (rng.next() % 12) as u32,
                    1 + (rng.next() % 28) as u32,
                )
                .unwrap()
            };
            let i = pop
                .add_person(PersonEntry {
                    id: id.into(),
                    category: PersonCategory::CivilServant,
                    service_start: start,
                    collective: UnitId::from(cid),
                    score: (rng.next() % 101) as i32,
                })
                .unwrap();
            for year in 2019..=2021 {
                let discipline = [
                    None,
                    Some(DisciplineForm::Reprimand),
                    Some(DisciplineForm::Warning),
                    Some(DisciplineForm::Dismissal),
                ][rng.pick(&[192, 4, 3, 1])];
                let title = match (year, rng.pick(&[8, 9, 3])) {
                    (2021, _) | (_, 0) => Titles::NONE,
                    (_, 1) => Titles::NONE.with(Award::AdvancedWorker).unwrap(),
                    _ => Titles::NONE
                        .with(Award::GrassrootsEmulationFighter)
                        .unwrap(),
                };
                let entry = YearEntry {
                    rating: Some(RATINGS[rng.pick(&[15, 60, 20, 5])]),
                    discipline,
                    initiatives: [rng.pick(&[15, 4, 1]) as u8, rng.pick(&[19, 1]) as u8, 0],
                    titles: title,
                };
                pop.set_year(i, year, entry).unwrap();
            }
            id += 1;
        }
        left -= size;
        cid += 1;
    }
    pop
}

fn bench(c: &mut Criterion) {
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();
    let on = NaiveDate::from_ymd_opt(2021, 12, 20).unwrap();
    let review = Review::new(&book, 2021, on).unwrap();
    let tariff = Tariff::new(&book, &salaries, on, Authority::ProvincialChair).unwrap();

    let small = province(1_000, 7);
    let mut g = c.benchmark_group("verdict");
    let lan = small.person(0).unwrap();
    for award in [
        Award::AdvancedWorker,
        Award::GrassrootsEmulationFighter,
        Award::MinistryOrProvinceEmulationFighter,
    ] {
        g.bench_function(BenchmarkId::new("explained", award.id()), |b| {
            b.iter(|| assert!(review.person(black_box(&lan), award).is_ok()))
        });
        g.bench_function(BenchmarkId::new("fast", award.id()), |b| {
            b.iter(|| assert!(review.person_outcome(black_box(&lan), award).is_ok()))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("population");
    g.sample_size(10);
    for n in [100_000u64, 1_000_000] {
        let pop = province(n, 7);
        g.throughput(Throughput::Elements(n));
        g.bench_with_input(BenchmarkId::new("review", n), &pop, |b, pop| {
            b.iter(|| {
                let r = review.population(black_box(pop)).unwrap();
                assert!(r.count(Award::AdvancedWorker).eligible > 0);
            })
        });
        if n == 100_000 {
            let result = review.population(&pop).unwrap();
            g.bench_function(BenchmarkId::new("money", n), |b| {
                b.iter(|| assert!(!result.money(black_box(&tariff)).unwrap().is_zero()))
            });
            let later =
                Review::new(&book, 2021, NaiveDate::from_ymd_opt(2024, 1, 20).unwrap()).unwrap();
            let tariff2 = Tariff::new(
                &book,
                &salaries,
                NaiveDate::from_ymd_opt(2024, 1, 20).unwrap(),
                Authority::ProvincialChair,
            )
            .unwrap();
            g.bench_function(BenchmarkId::new("what_if_diff", n), |b| {
                b.iter(|| {
                    let (a, b2) = (
                        review.population(&pop).unwrap(),
                        later.population(&pop).unwrap(),
                    );
                    let d = a.diff(&b2, (&tariff, &tariff2)).unwrap();
                    assert!(!d.gained.is_empty());
                })
            });
            g.bench_function(BenchmarkId::new("explain_one", n), |b| {
                b.iter(|| {
                    assert_ne!(
                        result
                            .explain(black_box(1234), Award::GrassrootsEmulationFighter)
                            .unwrap()
                            .outcome,
                        Outcome::NeedsReview
                    )
                })
            });
        }
    }
    g.finish();

    let names = [
        "Lao động tiên tiến",
        "CSTĐCS",
        "chien si thi dua co so",
        "Tập thể lao động xuất sắc",
        "Bằng khen của Thủ tướng Chính phủ",
        "Huân chương Lao động hạng Ba",
    ];
    c.bench_function("parse_award_names", |b| {
        b.iter(|| {
            for n in names {
                assert!(black_box(n).parse::<Award>().is_ok());
            }
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
