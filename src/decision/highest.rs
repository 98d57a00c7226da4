//! "Only the highest": which of one recipient's priced awards are not paid
//! because another pays more. The one implementation of the rule:
//! [`Decision::money`](crate::Decision::money) and
//! [`ReviewedPopulation::money`](crate::ReviewedPopulation::money) both call it.

use std::cmp::Reverse;

use super::MoneyNoteKind;
use crate::award::Award;
use crate::citation::{Citation, Instrument, InstrumentKind};
use crate::law::TitleAndForm;
use crate::money::Money;
use crate::period::Period;

/// Which titles of one recipient compete when "only the highest" is paid.
///
/// | scope | CSTĐCS 2024 and CSTĐ tỉnh 2022–2024 | LĐTT 2024 and CSTĐCS 2024 | basis |
/// |---|---|---|---|
/// | [`SamePeriod`](HighestOnlyScope::SamePeriod) (default) | both paid | CSTĐCS only | Decree 91/2017 Art. 66 k2 c; Decree 42/2010 Art. 68 k2 d; Decree 98/2023 Art. 53; Decree 152/2025 Art. 49 k5 |
/// | [`AllPeriods`](HighestOnlyScope::AllPeriods) | CSTĐ tỉnh only | CSTĐCS only | Ninh Thuận QĐ 02/2015 Art. 38 k2 c |
///
/// A title and a commendation form compete as well only under
/// [`TitleAndForm::HighestOnly`]; several forms are each paid otherwise.
///
/// # Example
///
/// ```
/// use thidua::Citation;
/// use thidua::decision::HighestOnlyScope;
/// use thidua::citation::Instrument;
///
/// let law = HighestOnlyScope::default();
/// assert_eq!(law, HighestOnlyScope::SamePeriod);
/// let first = &law.citations()[0];
/// assert_eq!(first.instrument(), &Instrument::DECREE_91_2017);
/// assert_eq!(
///     HighestOnlyScope::AllPeriods.citations()[0].to_string(),
///     "điểm c khoản 2 Điều 38 Quyết định số 02/2015/QĐ-UBND của Ủy ban nhân dân tỉnh Ninh Thuận"
/// );
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum HighestOnlyScope {
    /// The law's reading: only titles for the **same** achievement period,
    /// decided at the same time for one recipient, pay only the highest
    /// (Decree 91/2017 Art. 66 k2 c: "trong cùng một thời điểm, cùng một
    /// thành tích … nhận mức tiền thưởng cao nhất"; Decree 152/2025 Art. 49
    /// k5, second sentence). Titles whose periods differ, even when they
    /// overlap, are each paid (Decree 42/2010 Art. 68 k2 d: "các danh hiệu
    /// đó có thời gian để đạt được thành tích khác nhau thì được nhận tiền
    /// thưởng của các danh hiệu"; Decree 98/2023 Art. 53; Decree 152/2025
    /// Art. 49 k5, first sentence).
    #[default]
    SamePeriod,
    /// One recipient, one decision: only the highest of all the titles,
    /// whatever their periods — a simplification some provincial rules
    /// take (Ninh Thuận QĐ 02/2015/QĐ-UBND Art. 38 k2 c: "cùng một thời
    /// điểm, cùng một thành tích, cùng một thời gian … chỉ được nhận mức
    /// tiền thưởng cao nhất"), and the reference workload's
    /// `cash_total_vnd`.
    AllPeriods,
}

impl HighestOnlyScope {
    /// Where the reading is written, the confidence of each reading
    /// included: for [`SamePeriod`](HighestOnlyScope::SamePeriod) the
    /// same-period clauses and then the different-period ones; for
    /// [`AllPeriods`](HighestOnlyScope::AllPeriods) the provincial rule.
    #[must_use]
    pub fn citations(self) -> Vec<Citation> {
        match self {
            HighestOnlyScope::SamePeriod => vec![
                same_period_decree_91(),
                different_periods_decree_42(),
                Citation::new(Instrument::DECREE_98_2023).article(53),
                Citation::new(Instrument::DECREE_152_2025)
                    .article(49)
                    .clause(5),
            ],
            HighestOnlyScope::AllPeriods => vec![all_periods_ninh_thuan()],
        }
    }
}

/// Decree 91/2017 Art. 66 k2 c, read up to its condition (secondhand), as
/// the bundled regime cites it.
fn same_period_decree_91() -> Citation {
    Citation::new(Instrument::DECREE_91_2017)
        .article(66)
        .clause(2)
        .point('c')
        .secondhand()
}

/// Decree 42/2010 Art. 68 k2 d, read verbatim in a provincial answer
/// (secondhand): titles of different periods each pay.
pub(crate) fn different_periods_decree_42() -> Citation {
    Citation::new(Instrument::DECREE_42_2010)
        .article(68)
        .clause(2)
        .point('d')
        .secondhand()
}

/// Ninh Thuận QĐ 02/2015 Art. 38 k2 c (secondhand): one recipient, the
/// highest only.
pub(crate) fn all_periods_ninh_thuan() -> Citation {
    Citation::new(Instrument::new(
        InstrumentKind::Decision,
        "02/2015/QĐ-UBND",
        "Quyết định số 02/2015/QĐ-UBND của Ủy ban nhân dân tỉnh Ninh Thuận",
    ))
    .article(38)
    .clause(2)
    .point('c')
    .secondhand()
}

/// One of a recipient's priced awards.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line {
    /// The award.
    pub(crate) award: Award,
    /// Its achievement period.
    pub(crate) period: Period,
    /// What it pays alone; `None` when the regime sets no money for it
    /// (such a line neither competes nor is superseded).
    pub(crate) amount: Option<Money>,
}

/// What the rule found for one recipient, besides the lines it superseded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Found {
    /// A title and a form of one period are both paid.
    pub(crate) title_and_form_both_paid: bool,
    /// Titles of different periods are each paid.
    pub(crate) different_periods_each_paid: bool,
}

/// The rule, with buffers reused from one recipient to the next (a
/// population of a million people allocates once).
#[derive(Debug, Default)]
pub(crate) struct HighestOnly {
    order: Vec<usize>,
    by: Vec<Option<(usize, MoneyNoteKind)>>,
}

impl HighestOnly {
    /// Applies the rule to one recipient's `lines` (in the order of the
    /// decision): in each competing class the line paying most (then of
    /// the higher rank, then the earlier) is paid and the others of the
    /// class are superseded by it. The classes: the titles of one period
    /// ([`HighestOnlyScope::SamePeriod`]) or all the titles
    /// ([`HighestOnlyScope::AllPeriods`]); under
    /// [`TitleAndForm::HighestOnly`] the forms compete with them.
    ///
    /// [`superseded`](HighestOnly::superseded) then gives, for each line,
    /// the line paid instead and the note that says why.
    pub(crate) fn apply(
        &mut self,
        lines: &[Line],
        scope: HighestOnlyScope,
        policy: TitleAndForm,
    ) -> Found {
        let HighestOnly { order, by } = self;
        by.clear();
        by.resize(lines.len(), None);
        if lines.len() < 2 {
            // Nothing competes; one award is not "both" anything.
            return Found::default();
        }
        order.clear();
        order.extend(0..lines.len());
        let line = |i: usize| lines.get(i);
        let period = |i: usize| line(i).map(|l| l.period);
        let is_title = |i: usize| line(i).is_some_and(|l| l.award.is_title());
        let competes = |i: &usize| policy == TitleAndForm::HighestOnly || is_title(*i);
        let key = |i: usize| line(i).and_then(|l| Some((l.amount?, l.award.rank(), Reverse(i))));
        let kind = |i: usize, best: usize| {
            if period(i) != period(best) {
                MoneyNoteKind::AllPeriodsHighestOnly
            } else if is_title(i) != is_title(best) {
                MoneyNoteKind::TitleAndFormHighestOnly
            } else {
                MoneyNoteKind::SamePeriodHighestOnly
            }
        };
        // By period, then in the order of the decision.
        order.sort_unstable_by_key(|&i| (period(i), i));
        let mut compete = |class: &[usize]| {
            let best = class
                .iter()
                .copied()
                .filter(competes)
                .filter_map(|i| key(i).map(|k| (k, i)))
                .max()
                .map(|(_, i)| i);
            let Some(best) = best else {
                return;
            };
            for &i in class.iter().filter(|i| competes(i)) {
                if i != best && key(i).is_some() {
                    if let Some(slot) = by.get_mut(i) {
                        *slot = Some((best, kind(i, best)));
                    }
                }
            }
        };
        match scope {
            HighestOnlyScope::AllPeriods => compete(order.as_slice()),
            HighestOnlyScope::SamePeriod => order
                .chunk_by(|&a, &b| period(a) == period(b))
                .for_each(&mut compete),
        }
        let paid = |i: usize| key(i).is_some() && by.get(i).is_some_and(Option::is_none);
        let mut found = Found::default();
        let mut titled: Option<Option<Period>> = None;
        for run in order.chunk_by(|&a, &b| period(a) == period(b)) {
            let title = run.iter().any(|&i| paid(i) && is_title(i));
            let form = run.iter().any(|&i| paid(i) && !is_title(i));
            found.title_and_form_both_paid |= title && form;
            if title {
                let p = run.first().and_then(|&i| period(i));
                match titled {
                    Some(q) if q != p => found.different_periods_each_paid = true,
                    _ => titled = Some(p),
                }
            }
        }
        found
    }

    /// For each line of the last [`apply`](HighestOnly::apply): the line
    /// paid instead and the rule, or `None` if it is paid (or pays
    /// nothing of itself).
    pub(crate) fn superseded(&self) -> &[Option<(usize, MoneyNoteKind)>] {
        &self.by
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for crate::law::TitleAndForm {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TitleAndForm".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A title and a commendation form of one period: both paid, or only the higher.",
            "enum": ["both_pay", "highest_only"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(award: Award, from: i32, to: i32, dong: Option<i64>) -> Line {
        let start = chrono::NaiveDate::from_ymd_opt(from, 1, 1).unwrap();
        let end = chrono::NaiveDate::from_ymd_opt(to.checked_add(1).unwrap(), 1, 1).unwrap();
        Line {
            award,
            period: Period::new(start, end).unwrap(),
            amount: dong.map(Money::from_dong),
        }
    }

    #[test]
    fn overlapping_periods_each_pay_under_the_law_and_compete_under_all_periods() {
        let lines = [
            line(Award::AdvancedWorker, 2024, 2024, Some(710_000)),
            line(
                Award::GrassrootsEmulationFighter,
                2024,
                2024,
                Some(2_340_000),
            ),
            line(
                Award::MinistryOrProvinceEmulationFighter,
                2022,
                2024,
                Some(7_020_000),
            ),
            line(Award::CulturalFamily, 2024, 2024, None),
        ];
        let mut h = HighestOnly::default();
        let found = h.apply(&lines, HighestOnlyScope::SamePeriod, TitleAndForm::BothPay);
        assert_eq!(
            h.superseded(),
            [
                Some((1, MoneyNoteKind::SamePeriodHighestOnly)),
                None,
                None,
                None
            ]
        );
        assert!(found.different_periods_each_paid);
        assert!(!found.title_and_form_both_paid);
        let found = h.apply(&lines, HighestOnlyScope::AllPeriods, TitleAndForm::BothPay);
        assert_eq!(
            h.superseded(),
            [
                Some((2, MoneyNoteKind::AllPeriodsHighestOnly)),
                Some((2, MoneyNoteKind::AllPeriodsHighestOnly)),
                None,
                None
            ]
        );
        assert_eq!(found, Found::default());
    }

    #[test]
    fn forms_compete_only_under_the_highest_only_policy() {
        let lines = [
            line(Award::CertificateOfCommendation, 2021, 2021, Some(230_000)),
            line(Award::AdvancedWorker, 2021, 2021, Some(450_000)),
            line(Award::CertificateOfCommendation, 2020, 2020, Some(230_000)),
        ];
        let mut h = HighestOnly::default();
        let found = h.apply(&lines, HighestOnlyScope::SamePeriod, TitleAndForm::BothPay);
        assert_eq!(h.superseded(), [None, None, None]);
        assert!(found.title_and_form_both_paid);
        h.apply(
            &lines,
            HighestOnlyScope::SamePeriod,
            TitleAndForm::HighestOnly,
        );
        assert_eq!(
            h.superseded(),
            [
                Some((1, MoneyNoteKind::TitleAndFormHighestOnly)),
                None,
                None
            ]
        );
        // One recipient, one decision: the forms of any period compete too.
        h.apply(
            &lines,
            HighestOnlyScope::AllPeriods,
            TitleAndForm::HighestOnly,
        );
        assert_eq!(
            h.superseded(),
            [
                Some((1, MoneyNoteKind::TitleAndFormHighestOnly)),
                None,
                Some((1, MoneyNoteKind::AllPeriodsHighestOnly))
            ]
        );
        assert_eq!(
            h.apply(&[], HighestOnlyScope::AllPeriods, TitleAndForm::BothPay),
            Found::default()
        );
        assert!(h.superseded().is_empty());
    }
}
