//! From the appraisal to the decision: the grants of the eligible nominees,
//! the signer's powers and units, and the money under the regime each
//! nominee's dossier is governed by.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::decision::{AuthorityIssue, Decision, DecisionLine, DecisionMoney, MoneyNote};
use crate::eligibility::{Criterion, Finding, Status};
use crate::error::Result;
use crate::history::Recipient;
use crate::id::{DecisionNumber, UnitId};
use crate::law::{RegimeId, SalarySchedule};
use crate::money::Money;
use crate::units::UnitRegistry;

use super::appraisal::{Appraisal, ProposalReport};
use super::choice::under;

/// A decision drawn from an appraisal: the grants of the eligible nominees,
/// where each came from, what the signer's powers and units say, and who was
/// left out.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct ProposedDecision {
    /// The decision, one grant per eligible nominee, in the list's order.
    pub decision: Decision,
    /// For each grant, the index of its nominee in the report and the
    /// regime chosen for it.
    pub sources: Vec<(usize, RegimeId)>,
    /// Awards the signer may not confer (or whose power was not read), and
    /// recipients outside the signer's unit.
    pub authority: Vec<AuthorityIssue>,
    /// The nominees not granted (not eligible after the process), by index.
    pub left_out: Vec<usize>,
}

/// The money of a proposed decision, each line priced under the regime the
/// transitional articles chose for its nominee.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct ProposalMoney {
    /// The money of the decision. Its `regime` is the regime of most
    /// lines; [`regimes`](ProposalMoney::regimes) names each line's.
    pub money: DecisionMoney,
    /// The regime each line was priced under.
    pub regimes: Vec<RegimeId>,
    /// Lines whose amount would differ under another regime the dossier
    /// crossed, where the choice is not settled: *needs review*.
    pub findings: Vec<Finding>,
}

impl Appraisal<'_> {
    /// The decision `number` of `date`, signed by the authority the
    /// proposal was sent to, for `issuer` (whose fund pays): one grant per
    /// nominee whose joined verdict is eligible, for the achievement period
    /// of the proposal. Its authority issues are the signer's powers under
    /// the regime of `date` and, with `units`, the recipients outside the
    /// issuer's unit.
    ///
    /// # Errors
    ///
    /// No regime on `date`; a unit the registry does not know.
    pub fn decide(
        &self,
        report: &ProposalReport,
        number: DecisionNumber,
        date: NaiveDate,
        issuer: Option<UnitId>,
        units: Option<&UnitRegistry>,
    ) -> Result<ProposedDecision> {
        let mut decision = Decision::new(number, date, report.to);
        decision.issuer = issuer;
        let mut sources = Vec::new();
        let mut left_out = Vec::new();
        for (i, n) in report.nominees.iter().enumerate() {
            if n.outcome().is_eligible() {
                decision = decision.grant(n.recipient.clone(), n.award, report.period);
                sources.push((i, n.choice.chosen.clone()));
            } else {
                left_out.push(i);
            }
        }
        let mut authority = decision.authority_issues(self.book)?;
        if let Some(units) = units {
            let unit_of: HashMap<&Recipient, &UnitId> = report
                .nominees
                .iter()
                .map(|n| (&n.recipient, &n.unit))
                .collect();
            authority.extend(
                decision
                    .scope_issues(self.book, units, |r| unit_of.get(r).map(|u| (*u).clone()))?,
            );
        }
        Ok(ProposedDecision {
            decision,
            sources,
            authority,
            left_out,
        })
    }

    /// The money of `proposed`: each line priced with the base salary of
    /// the decision date under the regime chosen for its nominee; where the
    /// choice is not settled and another regime the dossier crossed would
    /// pay a different amount, a finding says so.
    ///
    /// # Errors
    ///
    /// As [`Decision::money`].
    pub fn money(
        &self,
        report: &ProposalReport,
        proposed: &ProposedDecision,
        salaries: &SalarySchedule,
    ) -> Result<ProposalMoney> {
        let d = &proposed.decision;
        // Every regime any nominee of the decision was judged under.
        let mut ids: Vec<RegimeId> = Vec::new();
        for (i, _) in &proposed.sources {
            if let Some(n) = report.nominees.get(*i) {
                for v in &n.choice.verdicts {
                    if !ids.contains(&v.regime) {
                        ids.push(v.regime.clone());
                    }
                }
            }
        }
        let mut priced: Vec<(RegimeId, DecisionMoney)> = Vec::with_capacity(ids.len());
        for id in ids {
            let regime = self.book.regime(&id)?;
            let book = under(regime, d.date)?;
            priced.push((id, d.money(&book, salaries)?));
        }
        let line_of = |id: &RegimeId, k: usize| -> Option<&DecisionLine> {
            priced
                .iter()
                .find(|(r, _)| r == id)
                .and_then(|(_, m)| m.lines.get(k))
        };
        let mut lines = Vec::with_capacity(d.grants.len());
        let mut regimes = Vec::with_capacity(d.grants.len());
        let mut findings = Vec::new();
        let mut notes: Vec<MoneyNote> = Vec::new();
        for (k, (i, chosen)) in proposed.sources.iter().enumerate() {
            let Some(line) = line_of(chosen, k) else {
                continue;
            };
            lines.push(line.clone());
            regimes.push(chosen.clone());
            let Some(n) = report.nominees.get(*i) else {
                continue;
            };
            if !n.choice.settled
                || n.choice
                    .finding
                    .as_ref()
                    .is_some_and(|f| f.status != Status::Met)
            {
                let others: Vec<String> = n
                    .choice
                    .verdicts
                    .iter()
                    .filter(|v| &v.regime != chosen)
                    .filter_map(|v| line_of(&v.regime, k).map(|l| (v, l)))
                    .filter(|(_, l)| l.paid != line.paid)
                    .map(|(v, l)| format!("{} theo {}", l.paid, v.regime))
                    .collect();
                if !others.is_empty() {
                    let citation = n
                        .choice
                        .finding
                        .as_ref()
                        .map(|f| f.citation.clone())
                        .unwrap_or_else(|| {
                            crate::citation::Citation::new(crate::citation::Instrument::LAW_06_2022)
                                .unverified()
                        });
                    findings.push(Finding::new(
                        Criterion::Transition,
                        Status::Unknown,
                        &citation,
                        format!(
                            "tiền thưởng của {}: {} theo {}, {}; chưa xác định được chế độ áp dụng",
                            n.name,
                            line.paid,
                            chosen,
                            others.join(", ")
                        ),
                        format!("the money of {} differs between the regimes the dossier crossed: needs review", n.name),
                    ));
                }
            }
        }
        for (id, m) in &priced {
            if regimes.contains(id) {
                for note in &m.notes {
                    if !notes.contains(note) {
                        notes.push(note.clone());
                    }
                }
            }
        }
        let total = Money::sum(lines.iter().map(|l| l.paid))?;
        let mut by_recipient: Vec<(Recipient, Money)> = Vec::new();
        for l in &lines {
            match by_recipient.iter_mut().find(|(r, _)| r == &l.recipient) {
                Some((_, m)) => {
                    *m = m.checked_add(l.paid).ok_or_else(|| {
                        crate::error::Error::overflow(
                            format!("tổng của quyết định {} bị tràn số", d.number),
                            format!("the total of decision {} overflows", d.number),
                        )
                    })?;
                }
                None => by_recipient.push((l.recipient.clone(), l.paid)),
            }
        }
        let most = most_common(&regimes);
        let base = priced
            .iter()
            .find(|(r, _)| Some(r) == most.as_ref())
            .or_else(|| priced.first())
            .map(|(_, m)| m);
        let Some(base) = base else {
            // No grant at all: price the empty decision under the date's regime.
            let money = d.money(self.book, salaries)?;
            return Ok(ProposalMoney {
                money,
                regimes,
                findings,
            });
        };
        let mut money = base.clone();
        money.lines = lines;
        money.total = total;
        money.by_recipient = by_recipient;
        money.notes = notes;
        Ok(ProposalMoney {
            money,
            regimes,
            findings,
        })
    }
}

/// The id that occurs most often (the first among equals).
fn most_common(ids: &[RegimeId]) -> Option<RegimeId> {
    let mut best: Option<(&RegimeId, usize)> = None;
    for id in ids {
        let n = ids.iter().filter(|x| *x == id).count();
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((id, n));
        }
    }
    best.map(|(id, _)| id.clone())
}
