//! Award money at the scale of a district's year: pricing one decision of
//! ten thousand grants, reading amounts in words, parsing report figures.
//!
//! ```text
//! cargo bench --bench money
//! ```
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use thidua::history::Recipient;
use thidua::id::PersonId;
use thidua::law::SalarySchedule;
use thidua::words::{self, Style};
use thidua::{Authority, Award, Decision, Money, Period, RecipientKind, RuleBook, Tariff, numfmt};

fn decision(n: u64) -> Decision {
    let y = Period::year(2025).unwrap();
    let mut d = Decision::new(
        "1/QĐ-UBND".parse().unwrap(),
        NaiveDate::from_ymd_opt(2026, 1, 20).unwrap(),
        Authority::CommuneChair,
    );
    for i in 0..n {
        let who = Recipient::Individual(PersonId::from(i));
        d = d.grant(who.clone(), Award::AdvancedWorker, y);
        if i % 7 == 0 {
            d = d.grant(who.clone(), Award::GrassrootsEmulationFighter, y);
        }
        if i % 11 == 0 {
            d = d.grant(who, Award::CertificateOfCommendation, y);
        }
    }
    d
}

fn bench(c: &mut Criterion) {
    let book = RuleBook::national();
    let salaries = SalarySchedule::national();

    let d = decision(10_000);
    let grants = d.grants.len();
    c.bench_function("decision_money_11_338_grants", |b| {
        b.iter(|| {
            let m = black_box(&d).money(&book, &salaries).unwrap();
            assert_eq!(m.lines.len(), grants);
            m.total
        });
    });

    let date = NaiveDate::from_ymd_opt(2021, 12, 20).unwrap();
    c.bench_function("tariff_amount", |b| {
        let tariff = Tariff::new(&book, &salaries, date, Authority::DistrictChair).unwrap();
        b.iter(|| {
            let a = tariff
                .amount(
                    black_box(Award::CertificateOfCommendation),
                    RecipientKind::Collective,
                )
                .unwrap();
            assert_eq!(a.amount, Money::from_dong(900_000));
            a.amount
        });
    });

    c.bench_function("words_dong_and_parse", |b| {
        let style = Style::default();
        b.iter(|| {
            let text = words::dong(black_box(1_538_875_000), &style).unwrap();
            assert_eq!(words::parse(&text).unwrap(), 1_538_875_000);
            text.len()
        });
    });

    c.bench_function("numfmt_parse_dong", |b| {
        b.iter(|| {
            let d = numfmt::parse_dong(black_box("1.538.875.000 đồng")).unwrap();
            assert!(!d.is_zero());
            d
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
