//! Money and budgets: `Money` arithmetic and rounding at the edges of
//! `Decimal`, salary schedules and tariffs on any date, decision pricing,
//! fund reviews, and amounts printed in figures and in words.

use std::collections::HashMap;
use std::sync::LazyLock;
use thidua::Bilingual as _;

use chrono::{Datelike, NaiveDate};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::ValueTree;
use rust_decimal::{Decimal, RoundingStrategy};
use thidua::citation::Instrument;
use thidua::decision::{Grant, Pay, PayOptions};
use thidua::fund::{BudgetCategory, BudgetLine, Commitment, FundFindingKind};
use thidua::history::Recipient;
use thidua::id::{PersonId, UnitId};
use thidua::law::{AreaClass, FundBasis, SalarySchedule, SalaryStep, TitleAndForm};
use thidua::numfmt::{self, Measure, NumberFormat};
use thidua::units::Level;
use thidua::words::{self, Style};
use thidua::{
    Authority, Award, Citation, Decision, ErrorKind, Fund, Money, Period, RecipientKind, Rounding,
    RuleBook, Tariff, strategies,
};

use crate::support::{config, message, names};

static BOOK: LazyLock<RuleBook> = LazyLock::new(RuleBook::national);
static SALARIES: LazyLock<SalarySchedule> = LazyLock::new(SalarySchedule::national);

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Days where something starts or ends: chrono's ends, both sides of every
/// regime and base-salary boundary, 29 February; and any other day.
fn date() -> impl Strategy<Value = NaiveDate> {
    let edges = vec![
        NaiveDate::MIN,
        NaiveDate::MAX,
        ymd(2013, 6, 30),
        ymd(2013, 7, 1),
        ymd(2017, 9, 30),
        ymd(2017, 10, 1),
        ymd(2019, 7, 1),
        ymd(2020, 2, 29),
        ymd(2021, 12, 20),
        ymd(2023, 6, 30),
        ymd(2023, 7, 1),
        ymd(2023, 12, 31),
        ymd(2024, 1, 1),
        ymd(2024, 2, 29),
        ymd(2024, 6, 30),
        ymd(2024, 7, 1),
        ymd(2025, 6, 30),
        ymd(2025, 7, 1),
        ymd(2026, 6, 30),
        ymd(2026, 7, 1),
        ymd(2026, 9, 30),
        ymd(2026, 10, 1),
    ];
    let (first, last) = (
        NaiveDate::MIN.num_days_from_ce(),
        NaiveDate::MAX.num_days_from_ce(),
    );
    prop_oneof![
        3 => select(edges),
        2 => (2012i32..=2030, 1u32..=366)
            .prop_map(|(y, d)| NaiveDate::from_yo_opt(y, d).unwrap_or(NaiveDate::MIN)),
        1 => (first..=last).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap()),
    ]
}

fn rounding() -> impl Strategy<Value = Rounding> {
    select(vec![
        Rounding::CeilTenThousand,
        Rounding::NearestHalfUpTenThousand,
        Rounding::None,
    ])
}

fn recipient_kind() -> impl Strategy<Value = RecipientKind> {
    select(vec![
        RecipientKind::Individual,
        RecipientKind::Collective,
        RecipientKind::Household,
        RecipientKind::Village,
        RecipientKind::Commune,
    ])
}

fn award() -> impl Strategy<Value = Award> {
    select(Award::ALL.to_vec())
}

fn signer() -> impl Strategy<Value = Authority> {
    select(Authority::ALL.to_vec())
}

/// Counts, the integer edges included.
fn count() -> impl Strategy<Value = u64> {
    prop_oneof![
        Just(0),
        Just(1),
        Just(u64::from(u32::MAX)),
        Just(u64::MAX),
        any::<u64>(),
        0u64..10_000,
    ]
}

#[test]
fn strategies_give_the_edges() {
    // The edge values the tests below rely on are in the strategy.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut seen = (false, false, false);
    for _ in 0..2_000 {
        let x = strategies::decimal()
            .new_tree(&mut runner)
            .unwrap()
            .current();
        seen.0 |= x == Decimal::MAX;
        seen.1 |= x == Decimal::MIN;
        seen.2 |= x.scale() == 28 && x.abs() == Decimal::new(1, 28);
    }
    assert_eq!(seen, (true, true, true));
}

proptest! {
    #![proptest_config(config())]

    /// Checked arithmetic agrees with `Decimal`'s, overflowing to `None`
    /// or to an error that names the sum so far.
    #[test]
    fn money_arithmetic_is_checked(
        a in strategies::decimal(),
        b in strategies::decimal(),
        n in count(),
    ) {
        let (ma, mb) = (Money::new(a), Money::new(b));
        // Sums and differences are exact or refused.
        // (An independent test of exactness: undoing the operation either
        // way gives the operands back.)
        let sum = ma.checked_add(mb).map(Money::dong);
        let exact_sum = a
            .checked_add(b)
            .filter(|&s| s.checked_sub(b) == Some(a) && s.checked_sub(a) == Some(b));
        prop_assert_eq!(sum, exact_sum);
        let difference = ma.checked_sub(mb).map(Money::dong);
        let exact_difference = a
            .checked_sub(b)
            .filter(|&d| d.checked_add(b) == Some(a) && a.checked_sub(d) == Some(b));
        prop_assert_eq!(difference, exact_difference);
        prop_assert_eq!(ma.checked_mul(b).map(Money::dong), a.checked_mul(b));
        prop_assert_eq!(
            ma.checked_times(n).map(Money::dong),
            a.checked_mul(Decimal::from(n))
        );
        prop_assert_eq!(ma.is_negative(), a < Decimal::ZERO);
        prop_assert_eq!(ma.is_zero(), a.is_zero());
        match Money::sum([ma, mb]) {
            Ok(s) => prop_assert_eq!(Some(s.dong()), sum),
            Err(e) => {
                prop_assert_eq!(e.kind(), ErrorKind::Overflow);
                prop_assert_eq!(sum, None);
                names(&e, &ma.to_string())?;
            }
        }
    }

    /// Rounding lands on a multiple of 10.000 đồng in the right direction
    /// and at most a step away, or fails naming the amount.
    #[test]
    fn rounding_at_the_edges(x in strategies::decimal(), mode in rounding()) {
        let m = Money::new(x);
        let step = Decimal::from(10_000);
        match m.round(mode) {
            Ok(r) => {
                let r = r.dong();
                if mode == Rounding::None {
                    prop_assert_eq!(r, x);
                    return Ok(());
                }
                prop_assert_eq!(r.checked_rem(step), Some(Decimal::ZERO), "{} → {}", x, r);
                // Bounds from multiples of the step, which are exact where
                // `r − x` may not be.
                let below = r.checked_sub(step);
                match mode {
                    Rounding::CeilTenThousand => {
                        prop_assert!(below.is_none_or(|b| b < x) && x <= r, "{} → {}", x, r);
                    }
                    _ => {
                        let half = Decimal::from(5_000);
                        let (low, high) = (r.checked_sub(half), r.checked_add(half));
                        prop_assert!(
                            low.is_none_or(|l| l <= x) && high.is_none_or(|h| x <= h),
                            "{} → {}", x, r
                        );
                        if Some(x) == low || Some(x) == high {
                            prop_assert!(r.abs() > x.abs(), "half away from zero: {} → {}", x, r);
                        }
                    }
                }
            }
            Err(e) => {
                prop_assert_eq!(e.kind(), ErrorKind::Overflow);
                names(&e, &m.to_string())?;
                prop_assert!(x.abs() > Decimal::MAX - step, "{} does not overflow", x);
            }
        }
    }

    /// A schedule of steps in any order: every step is kept, in time
    /// order, and each date finds the step in force; or the error names
    /// the date (and amount) at fault.
    #[test]
    fn salary_schedule_in_any_order(
        given in vec((date(), strategies::money()), 0..8),
        probe in date(),
    ) {
        let steps: Vec<SalaryStep> = given
            .iter()
            .map(|&(from, amount)| SalaryStep {
                from,
                amount,
                citation: Citation::new(Instrument::DECREE_73_2024),
            })
            .collect();
        match SalarySchedule::new(steps.clone()) {
            Ok(s) => {
                prop_assert_eq!(s.steps().len(), steps.len());
                for step in &steps {
                    prop_assert!(s.steps().contains(step));
                    prop_assert!(step.amount > Money::ZERO);
                }
                prop_assert!(s.steps().windows(2).all(|w| w[0].from < w[1].from));
                match s.on(probe) {
                    Ok(found) => {
                        prop_assert!(found.from <= probe);
                        prop_assert!(s.steps().iter().all(|x| x.from <= found.from || x.from > probe));
                    }
                    Err(e) => {
                        prop_assert_eq!(e.kind(), ErrorKind::NoRegime);
                        let first = s.steps()[0].from;
                        prop_assert!(probe < first);
                        let msg = message(&e)?;
                        prop_assert!(msg.contains(&probe.to_string()), "{}", msg);
                        prop_assert!(msg.contains(&first.to_string()), "{}", msg);
                    }
                }
            }
            Err(e) => {
                let msg = message(&e)?;
                match e.kind() {
                    ErrorKind::Missing => prop_assert!(steps.is_empty()),
                    ErrorKind::Duplicate => {
                        let twice = steps.iter().enumerate().any(|(i, a)| {
                            steps[..i].iter().any(|b| b.from == a.from)
                                && msg.contains(&a.from.to_string())
                        });
                        prop_assert!(twice, "{}", msg);
                    }
                    ErrorKind::OutOfRange => {
                        let bad = steps.iter().any(|s| {
                            s.amount <= Money::ZERO
                                && msg.contains(&s.from.to_string())
                                && msg.contains(&s.amount.to_string())
                        });
                        prop_assert!(bad, "{}", msg);
                    }
                    kind => prop_assert!(false, "{:?}: {}", kind, msg),
                }
            }
        }
    }

    /// Every award, recipient and signer on any date: the amount is the
    /// multiplier times the base salary in force, rounded once; a date
    /// without a regime or base salary, an award without money, or a
    /// multiplier out of range is an error that says which.
    #[test]
    fn tariff_on_any_date(
        date in date(),
        award in award(),
        recipient in recipient_kind(),
        signer in signer(),
        mode in rounding(),
        multiplier in option::weighted(0.3, strategies::decimal()),
        n in count(),
    ) {
        let tariff = match Tariff::new(&BOOK, &SALARIES, date, signer) {
            Ok(t) => t.rounding(mode),
            Err(e) => {
                prop_assert_eq!(e.kind(), ErrorKind::NoRegime);
                names(&e, &date.to_string())?;
                prop_assert!(date < ymd(2017, 10, 1));
                return Ok(());
            }
        };
        prop_assert!(date >= ymd(2017, 10, 1));
        let priced = match multiplier {
            None => tariff.amount(award, recipient),
            Some(x) => tariff.amount_at(award, recipient, x),
        };
        match priced {
            Ok(a) => {
                prop_assert_eq!(a.award, award);
                prop_assert_eq!(a.recipient, recipient);
                prop_assert_eq!(a.rounding, mode);
                prop_assert_eq!(a.base_salary, SALARIES.on(date).unwrap().amount);
                prop_assert_eq!(Some(a.exact), a.base_salary.checked_mul(a.multiplier));
                if a.at_most {
                    // A cap: never rounded above it; rounded otherwise, and
                    // unsettled when the rounding changed it.
                    let rounded = a.exact.round(mode).unwrap();
                    prop_assert!(a.amount <= rounded);
                    prop_assert!(a.amount == rounded || rounded > a.exact);
                    prop_assert_eq!(a.unsettled_by.is_some() || tariff.regime().unsettled().is_some(), a.amount != a.exact || tariff.regime().unsettled().is_some());
                } else {
                    prop_assert_eq!(a.amount, a.exact.round(mode).unwrap());
                }
                prop_assert!(a.multiplier >= Decimal::ZERO);
                prop_assert!(a.amount >= Money::ZERO);
                prop_assert!(a.citations().count() >= 1);
                let _ = a.confidence();
                if let Some(x) = multiplier {
                    prop_assert_eq!(a.multiplier, x);
                } else {
                    // The regime's own table gives the same multiplier.
                    let rules = tariff.regime().money();
                    prop_assert_eq!(rules.multiplier(award, recipient, signer).unwrap(), a.multiplier);
                    prop_assert!(rules.lookup(award, recipient, signer).is_ok());
                    let total = tariff.total([(award, recipient, n)]);
                    match a.amount.checked_times(n) {
                        Some(t) => prop_assert_eq!(total.unwrap(), t),
                        None => {
                            let e = total.unwrap_err();
                            prop_assert_eq!(e.kind(), ErrorKind::Overflow);
                            names(&e, &n.to_string())?;
                        }
                    }
                }
            }
            Err(e) => {
                let msg = message(&e)?;
                prop_assert!(msg.contains(&date.to_string()), "{}", msg);
                match e.kind() {
                    ErrorKind::Missing => {
                        prop_assert!(msg.contains(&award.civilian().to_string()), "{}", msg);
                        prop_assert!(msg.contains(recipient.name_vi()), "{}", msg);
                    }
                    ErrorKind::OutOfRange => {
                        let x = multiplier.unwrap();
                        prop_assert!(msg.contains(&x.to_string()), "{}", msg);
                    }
                    ErrorKind::Overflow => {
                        prop_assert!(multiplier.is_some());
                        prop_assert!(msg.contains("overflows"), "{}", msg);
                    }
                    kind => prop_assert!(false, "{:?}: {}", kind, msg),
                }
            }
        }
    }

    /// A decision of any grants: one line per grant, in order; the total
    /// is the sum of the lines and of the recipients' totals; a line not
    /// paid pays nothing. Duplicated grants and bad multipliers are errors
    /// that name the grant.
    #[test]
    fn decision_pricing(
        date in date(),
        signer in signer(),
        grants in vec(grant(), 0..12),
        mode in rounding(),
        policy in option::of(select(vec![TitleAndForm::BothPay, TitleAndForm::HighestOnly])),
    ) {
        check_decision(date, signer, grants, mode, policy)?;
    }

    /// A fund of any amounts: the review's figures add up (total,
    /// planned, spent, committed, balance) and its findings agree with
    /// them; a negative amount, an impossible year or an overflow is an
    /// error that names it.
    #[test]
    fn fund_review(
        year in prop_oneof![2 => 2016i32..=2030, 1 => any::<i32>(), 1 => select(vec![i32::MIN, i32::MAX, -262_144, 262_142])],
        level in level(),
        basis in basis(),
        allocation in strategies::money(),
        contributions in strategies::money(),
        lines in vec((0u64..12, select(BudgetCategory::ALL.to_vec()), strategies::money(), strategies::money()), 0..6),
        commitments in vec((strategies::money(), signer(), option::of(0u64..3)), 0..6),
    ) {
        let mut fund = Fund::new(UnitId::from(1), level, year, basis)
            .allocate(allocation)
            .contribute(contributions);
        for (id, category, planned, spent) in lines {
            fund = fund.line(BudgetLine::new(id.to_string().parse().unwrap(), category, planned).spent(spent));
        }
        for (k, (amount, signer, issuer)) in commitments.into_iter().enumerate() {
            fund.commitments.push(Commitment {
                decision: format!("{k}/QĐ").parse().unwrap(),
                date: ymd(2024, 5, 1),
                signer,
                issuer: issuer.map(UnitId::from),
                amount,
            });
        }
        check_fund(&fund)?;
    }

    /// What is printed reads back as the same number: plain, as money, as
    /// a percentage and in a unit; any number of decimals prints (and
    /// promptly: u32::MAX decimals is not four billion zeros).
    #[test]
    fn printed_numbers_parse_back(
        x in strategies::decimal(),
        decimals in prop_oneof![4 => 0u32..=30, 1 => Just(u32::MAX), 1 => any::<u32>()],
        unit in select(Measure::ALL.to_vec()),
    ) {
        let away = RoundingStrategy::MidpointAwayFromZero;
        let plain = NumberFormat::new().format(x);
        prop_assert_eq!(numfmt::parse_number(&plain).unwrap(), x, "{}", plain);
        let m = Money::new(x);
        prop_assert_eq!(m.to_string().parse::<Money>().unwrap(), m, "{}", m);

        let fixed = numfmt::format_number(x, decimals);
        prop_assert!(fixed.len() < 100, "{} decimals: {} characters", decimals, fixed.len());
        prop_assert_eq!(
            numfmt::parse_number(&fixed).unwrap(),
            x.round_dp_with_strategy(decimals, away),
            "{}", fixed
        );
        let percent = numfmt::format_percent(x, decimals);
        prop_assert_eq!(
            numfmt::parse_percent(&percent).unwrap(),
            x.round_dp_with_strategy(decimals, away),
            "{}", percent
        );
        let at_most = NumberFormat::new().max_decimals(decimals).unit(unit).format(x);
        prop_assert!(at_most.len() < 100, "{}", at_most);
        prop_assert_eq!(
            numfmt::parse(&at_most).unwrap().value,
            x.round_dp_with_strategy(decimals, away),
            "{}", at_most
        );

        if unit.is_money() {
            let printed = m.format_in(unit, decimals);
            let shown = unit.from_dong(x).round_dp_with_strategy(decimals, away);
            let per = unit.dong_per_unit().unwrap();
            match shown.checked_mul(per) {
                Some(dong) => prop_assert_eq!(numfmt::parse_dong(&printed).unwrap(), dong, "{}", printed),
                None => {
                    let e = numfmt::parse_dong(&printed).unwrap_err();
                    prop_assert_eq!(e.kind(), ErrorKind::Overflow);
                    names(&e, &printed)?;
                }
            }
        }
    }

    /// A number in words reads back as the number, in every spelling; one
    /// above `words::MAX` is an error that names it.
    #[test]
    fn numbers_in_words_read_back(
        n in prop_oneof![
            select(vec![0, 1, 10, 15, 21, 105, 1_000_000, words::MAX, words::MAX + 1, u64::MAX]),
            any::<u64>(),
            0..=words::MAX,
            0u64..100_000,
        ],
        style in thidua::strategies::words_style(),
    ) {
        match words::number(n, &style) {
            Ok(s) => {
                prop_assert!(n <= words::MAX);
                prop_assert_eq!(words::parse(&s).unwrap(), n, "{}", s);
                let d = words::dong(n, &style).unwrap();
                prop_assert!(d.starts_with(&s));
                prop_assert_eq!(words::parse(&d).unwrap(), n, "{}", d);
            }
            Err(e) => {
                prop_assert!(n > words::MAX);
                prop_assert_eq!(e.kind(), ErrorKind::OutOfRange);
                names(&e, &n.to_string())?;
                prop_assert!(words::dong(n, &style).is_err());
            }
        }
    }

    /// An amount in words reads back as the amount; a negative, fractional
    /// or too large amount (Decimal::MAX/MIN, scale 28) is an error that
    /// names it.
    #[test]
    fn amounts_in_words_read_back(x in strategies::decimal(), style in thidua::strategies::words_style()) {
        match words::amount(x, &style) {
            Ok(s) => {
                prop_assert!(x >= Decimal::ZERO && x.fract().is_zero());
                prop_assert_eq!(Decimal::from(words::parse(&s).unwrap()), x, "{}", s);
            }
            Err(e) => {
                prop_assert_eq!(e.kind(), ErrorKind::OutOfRange);
                names(&e, &x.to_string())?;
                let whole_in_range = x >= Decimal::ZERO
                    && x.fract().is_zero()
                    && x <= Decimal::from(words::MAX);
                prop_assert!(!whole_in_range, "{} was refused", x);
            }
        }
        let m = Money::new(x);
        prop_assert_eq!(
            m.to_words().ok(),
            words::amount(x, &Style::default()).ok()
        );
    }
}

fn level() -> impl Strategy<Value = Level> {
    select(vec![
        Level::Central,
        Level::Province,
        Level::District,
        Level::Commune,
        Level::Village,
        Level::Household,
    ])
}

fn basis() -> impl Strategy<Value = FundBasis> {
    prop_oneof![
        strategies::money().prop_map(|salary_fund| FundBasis::SalaryFund { salary_fund }),
        (
            strategies::money(),
            select(vec![AreaClass::Delta, AreaClass::Highland])
        )
            .prop_map(|(spending, area)| FundBasis::RecurrentSpending { spending, area }),
    ]
}

/// A recipient from a small pool, so that the same one comes back.
fn recipient() -> impl Strategy<Value = Recipient> {
    (0u64..4, 0u8..5).prop_map(|(n, kind)| match kind {
        0 | 1 => Recipient::Individual(PersonId::from(n)),
        2 => Recipient::Collective(UnitId::from(n)),
        3 => Recipient::Household(UnitId::from(n)),
        _ => Recipient::Village(UnitId::from(n)),
    })
}

fn grant() -> impl Strategy<Value = Grant> {
    let period = prop_oneof![
        4 => (2019i32..=2026).prop_map(|y| Period::year(y).unwrap()),
        1 => date().prop_map(|d| match d.succ_opt() {
            Some(next) => Period::new(d, next).unwrap(),
            None => Period::starting(d),
        }),
    ];
    let multiplier = prop_oneof![
        6 => Just(None),
        2 => select(vec!["0", "0.15", "0.3", "1", "1.5", "3", "5"])
            .prop_map(|s| Some(s.parse::<Decimal>().unwrap())),
        1 => strategies::decimal().prop_map(Some),
    ];
    (recipient(), award(), period, multiplier).prop_map(|(recipient, award, period, multiplier)| {
        Grant {
            recipient,
            award,
            period,
            multiplier,
            amount: None,
            kind: None,
        }
    })
}

fn id_of(r: &Recipient) -> String {
    match r {
        Recipient::Individual(id) => id.to_string(),
        Recipient::Collective(id)
        | Recipient::Household(id)
        | Recipient::Village(id)
        | Recipient::Commune(id) => id.to_string(),
        _ => String::new(),
    }
}

fn check_decision(
    date: NaiveDate,
    signer: Authority,
    grants: Vec<Grant>,
    mode: Rounding,
    policy: Option<TitleAndForm>,
) -> Result<(), TestCaseError> {
    let mut decision = Decision::new("1/QĐ-UBND".parse().unwrap(), date, signer);
    decision.grants = grants.clone();
    let mut options = PayOptions::default().rounding(mode);
    if let Some(p) = policy {
        options = options.title_and_form(p);
    }
    match decision.money_with(&BOOK, &SALARIES, options) {
        Ok(m) => {
            prop_assert_eq!(m.lines.len(), grants.len());
            for (i, (line, g)) in m.lines.iter().zip(&grants).enumerate() {
                prop_assert_eq!(&line.recipient, &g.recipient);
                prop_assert_eq!(line.award, g.award);
                prop_assert_eq!(line.period, g.period);
                match &line.pay {
                    Pay::Paid(a) => {
                        prop_assert_eq!(line.paid, a.amount);
                        prop_assert_eq!(a.award, g.award);
                    }
                    Pay::Superseded { by, amount } => {
                        prop_assert_eq!(line.paid, Money::ZERO);
                        prop_assert!(*by != i);
                        let winner = &m.lines[*by];
                        prop_assert_eq!(&winner.recipient, &line.recipient);
                        prop_assert_eq!(winner.period, line.period);
                        prop_assert!(matches!(winner.pay, Pay::Paid(_)));
                        prop_assert!(winner.paid >= amount.amount);
                    }
                    Pay::NoMoney => prop_assert_eq!(line.paid, Money::ZERO),
                    other => prop_assert!(false, "{:?}", other),
                }
            }
            let total = Money::sum(m.lines.iter().map(|l| l.paid)).unwrap();
            prop_assert_eq!(m.total, total);
            let mut want: HashMap<&Recipient, Money> = HashMap::new();
            for l in &m.lines {
                let e = want.entry(&l.recipient).or_insert(Money::ZERO);
                *e = e.checked_add(l.paid).unwrap();
            }
            prop_assert_eq!(m.by_recipient.len(), want.len());
            for (r, sum) in &m.by_recipient {
                prop_assert_eq!(Some(sum), want.get(r));
                prop_assert_eq!(m.for_recipient(r), *sum);
            }
            prop_assert_eq!(
                Money::sum(m.by_recipient.iter().map(|(_, s)| *s)).unwrap(),
                m.total
            );
            // Committed to a fund, the decision's total is what it commits.
            let mut fund = Fund::new(
                UnitId::from(1),
                Level::Commune,
                2024,
                FundBasis::SalaryFund {
                    salary_fund: Money::from_dong(1_000_000_000),
                },
            );
            fund.commit(&decision, &m);
            fund.commit(&decision, &m);
            prop_assert_eq!(fund.commitments.len(), 2);
            match fund.review(&BOOK) {
                Ok(r) => prop_assert_eq!(Some(r.committed), m.total.checked_add(m.total)),
                Err(e) => {
                    prop_assert_eq!(e.kind(), ErrorKind::Overflow);
                    prop_assert_eq!(m.total.checked_add(m.total), None);
                }
            }
            // The same decision twice: every recipient once, paid twice.
            match thidua::decision::totals_by_recipient([&m, &m]) {
                Ok(both) => {
                    prop_assert_eq!(both.len(), m.by_recipient.len());
                    for ((r, twice), (r1, once)) in both.iter().zip(&m.by_recipient) {
                        prop_assert_eq!(r, r1);
                        prop_assert_eq!(Some(*twice), once.checked_add(*once));
                    }
                }
                Err(e) => {
                    prop_assert_eq!(e.kind(), ErrorKind::Overflow);
                    let msg = message(&e)?;
                    let named = m.by_recipient.iter().any(|(r, once)| {
                        once.checked_add(*once).is_none()
                            && msg.contains(&format!("'{}'", id_of(r)))
                    });
                    prop_assert!(named, "{}", msg);
                }
            }
        }
        Err(e) => {
            let msg = message(&e)?;
            prop_assert!(msg.contains("1/QĐ-UBND"), "{}", msg);
            match e.kind() {
                ErrorKind::NoRegime => prop_assert!(date < ymd(2017, 10, 1)),
                ErrorKind::Duplicate => {
                    let named = grants.iter().enumerate().any(|(i, g)| {
                        grants[..i].iter().any(|o| {
                            o.recipient == g.recipient && o.award == g.award && o.period == g.period
                        }) && msg.contains(&format!("'{}'", id_of(&g.recipient)))
                            && msg.contains(&g.award.to_string())
                    });
                    prop_assert!(named, "{}", msg);
                }
                ErrorKind::OutOfRange => {
                    let named = grants
                        .iter()
                        .filter_map(|g| g.multiplier)
                        .any(|x| msg.contains(&x.to_string()))
                        // A period that begins after the decision date.
                        || grants.iter().any(|g| {
                            g.period.from() > date
                                && msg.contains(thidua::Bilingual::en(&g.period).as_ref())
                        });
                    prop_assert!(named, "{}", msg);
                }
                ErrorKind::Overflow => prop_assert!(msg.contains("overflows"), "{}", msg),
                kind => prop_assert!(false, "{:?}: {}", kind, msg),
            }
        }
    }
    Ok(())
}

fn check_fund(fund: &Fund) -> Result<(), TestCaseError> {
    let review = match fund.review(&BOOK) {
        Ok(r) => r,
        Err(e) => {
            let msg = message(&e)?;
            prop_assert!(msg.contains(&fund.year.to_string()), "{}", msg);
            match e.kind() {
                ErrorKind::OutOfRange => {
                    let amounts = [fund.allocation, fund.contributions]
                        .into_iter()
                        .chain(fund.lines.iter().flat_map(|l| [l.planned, l.spent]))
                        .chain(fund.commitments.iter().map(|c| c.amount))
                        .chain(match fund.basis {
                            FundBasis::SalaryFund { salary_fund } => Some(salary_fund),
                            FundBasis::RecurrentSpending { spending, .. } => Some(spending),
                            _ => None,
                        });
                    let named = amounts
                        .filter(|a| a.is_negative())
                        .any(|a| msg.contains(&a.to_string()))
                        || NaiveDate::from_ymd_opt(fund.year, 1, 1).is_none();
                    prop_assert!(named, "{}", msg);
                }
                ErrorKind::NoRegime => prop_assert!(fund.year < 2018, "{}", msg),
                ErrorKind::Duplicate => {
                    let named = fund.lines.iter().enumerate().any(|(i, l)| {
                        fund.lines[..i].iter().any(|o| o.id == l.id)
                            && msg.contains(&format!("'{}'", l.id))
                    });
                    prop_assert!(named, "{}", msg);
                }
                ErrorKind::Overflow => prop_assert!(msg.contains("overflows"), "{}", msg),
                kind => prop_assert!(false, "{:?}: {}", kind, msg),
            }
            return Ok(());
        }
    };
    let sum = |amounts: &mut dyn Iterator<Item = Money>| Money::sum(amounts).unwrap();
    prop_assert_eq!(
        Some(review.total),
        fund.allocation.checked_add(fund.contributions)
    );
    prop_assert_eq!(
        review.planned,
        sum(&mut fund.lines.iter().map(|l| l.planned))
    );
    prop_assert_eq!(review.spent, sum(&mut fund.lines.iter().map(|l| l.spent)));
    prop_assert_eq!(
        review.committed,
        sum(&mut fund.commitments.iter().map(|c| c.amount))
    );
    prop_assert_eq!(review.categories.len(), BudgetCategory::ALL.len());
    prop_assert_eq!(
        review.planned,
        sum(&mut review.categories.iter().map(|c| c.planned))
    );
    prop_assert_eq!(
        review.spent,
        sum(&mut review.categories.iter().map(|c| c.spent))
    );
    for c in &review.categories {
        let of = |l: &&BudgetLine| l.category == c.category;
        prop_assert_eq!(
            c.planned,
            sum(&mut fund.lines.iter().filter(of).map(|l| l.planned))
        );
        prop_assert_eq!(
            c.spent,
            sum(&mut fund.lines.iter().filter(of).map(|l| l.spent))
        );
    }
    let award_spent = review
        .categories
        .iter()
        .find(|c| c.category == BudgetCategory::AwardMoney)
        .unwrap()
        .spent;
    let unpaid = review
        .committed
        .checked_sub(award_spent)
        .unwrap()
        .max(Money::ZERO);
    prop_assert_eq!(
        Some(review.balance),
        review
            .total
            .checked_sub(review.spent)
            .and_then(|b| b.checked_sub(unpaid))
    );
    let has = |kind| review.findings.iter().filter(|f| f.kind == kind).count();
    prop_assert_eq!(
        has(FundFindingKind::CommitmentsOverBalance),
        usize::from(review.balance.is_negative())
    );
    prop_assert_eq!(
        has(FundFindingKind::AllocationOverCap),
        usize::from(fund.allocation > review.cap)
    );
    prop_assert!(has(FundFindingKind::PaidFromOtherLevel) <= fund.commitments.len());
    for f in &review.findings {
        message(&f.message_en)?;
        message(&f.message_vi)?;
        message(&f.message_vi)?;
    }
    Ok(())
}

#[test]
fn a_decision_of_twenty_thousand_grants_loses_none() {
    let mut d = Decision::new(
        "9/QĐ-UBND".parse().unwrap(),
        ymd(2021, 12, 20),
        Authority::CommuneChair,
    );
    for n in 0..20_000u64 {
        d = d.grant(
            Recipient::Individual(PersonId::from(n)),
            Award::AdvancedWorker,
            Period::year(2021).unwrap(),
        );
    }
    let m = d.money(&BOOK, &SALARIES).unwrap();
    assert_eq!(m.lines.len(), 20_000);
    assert_eq!(m.by_recipient.len(), 20_000);
    // 0,3 × 1.490.000 = 447.000, rounded up to 450.000 đồng each.
    assert_eq!(m.total, Money::from_dong(20_000 * 450_000));
}

#[test]
fn an_empty_fund_and_an_overflowing_one() {
    let basis = FundBasis::SalaryFund {
        salary_fund: Money::ZERO,
    };
    let empty = Fund::new(UnitId::from(1), Level::Province, 2024, basis);
    let r = empty.review(&BOOK).unwrap();
    assert_eq!(r.total, Money::ZERO);
    assert_eq!(r.balance, Money::ZERO);
    assert!(r.findings.is_empty(), "{:?}", r.findings);

    let mut full = empty.clone();
    for k in 0..2 {
        full.commitments.push(Commitment {
            decision: format!("{k}/QĐ").parse().unwrap(),
            date: ymd(2024, 5, 1),
            signer: Authority::ProvincialChair,
            issuer: None,
            amount: Money::MAX,
        });
    }
    let err = full.review(&BOOK).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Overflow);
    assert!(err.en().contains("overflows after"), "{err}");
}
