//! The regime of a pending dossier: the transitional articles applied.

use chrono::NaiveDate;

use crate::citation::Citation;
use crate::eligibility::{Criterion, Finding, Outcome, Status, Verdict};
use crate::error::{Error, Result};
use crate::lang::Bilingual as _;
use crate::law::{Handover, Regime, RegimeId, RuleBook};
use crate::period::Period;

/// Which regime governs a nominee's verdict and money, and why: the
/// verdicts under every regime the dossier crossed between its reception and
/// the decision date, the one chosen, and the article that chose.
///
/// | the dossier crosses | rule | choice |
/// |---|---|---|
/// | nothing (received and decided under one regime) | — | that regime |
/// | 2026-10-01, received before | Law 06/2026/QH16 Art. 4 k4 (S) | the better of both; equal: Law 06/2022 |
/// | 2025-07-01 | Decree 152/2025 Art. 60 k3 (not read) | the decision date's regime; *needs review* if the verdicts differ |
/// | 2024-01-01 | none (Law 06/2022 Art. 95, V) | the same |
/// | any, reception date not given | — | the same, the finding saying the date is unknown |
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct RegimeChoice {
    /// The verdict under each regime the dossier crossed, earliest first.
    pub verdicts: Vec<Verdict>,
    /// The regime whose verdict and money apply.
    pub chosen: RegimeId,
    /// The transitional article that chose, if the dossier crossed a
    /// regime's first day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<Citation>,
    /// Whether the choice is settled: `false` when the verdicts differ and
    /// the article that would choose was not read, gives no rule, or keys on
    /// a date not given.
    pub settled: bool,
    /// The outcome: the chosen verdict's, or *needs review* when the choice
    /// is not settled.
    pub outcome: Outcome,
    /// What the transitional rule found, if the dossier crossed a regime's
    /// first day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finding: Option<Finding>,
}

impl RegimeChoice {
    /// The verdict under the chosen regime.
    #[must_use]
    pub fn chosen_verdict(&self) -> Option<&Verdict> {
        self.verdicts.iter().find(|v| v.regime == self.chosen)
    }

    /// Whether more than one regime was judged.
    #[must_use]
    pub fn crossed(&self) -> bool {
        self.verdicts.len() > 1
    }
}

/// Whether the reception date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Received {
    On(NaiveDate),
    Unknown,
}

/// The regimes a dossier crosses, earliest first, and how its reception is
/// known: one regime when it crosses none.
pub(crate) fn crossed(
    book: &RuleBook,
    on: NaiveDate,
    received: Option<NaiveDate>,
    submitted: Option<NaiveDate>,
) -> Result<(Vec<&Regime>, Received)> {
    let regimes = book.regimes();
    let now = book.regime_on(on)?;
    let last = regimes
        .iter()
        .position(|r| r.id() == now.id())
        .unwrap_or_default();
    match received {
        Some(r) if r > on => Err(Error::out_of_range(
            format!("hồ sơ nhận ngày {r}, sau ngày quyết định {on}"),
            format!("the dossier was received on {r}, after the decision date {on}"),
        )),
        Some(r) => {
            let first = book.regime_on(r)?;
            let first = regimes
                .iter()
                .position(|x| x.id() == first.id())
                .unwrap_or(last);
            Ok((
                regimes
                    .get(first..=last)
                    .unwrap_or_default()
                    .iter()
                    .collect(),
                Received::On(r),
            ))
        }
        None => {
            let after_start = submitted.is_some_and(|s| s >= now.period().from());
            let previous = last.checked_sub(1).and_then(|i| regimes.get(i));
            match previous {
                Some(prev)
                    if !after_start && prev.period().until() == Some(now.period().from()) =>
                {
                    Ok((vec![prev, now], Received::Unknown))
                }
                _ => Ok((vec![now], Received::Unknown)),
            }
        }
    }
}

/// A rule book holding `regime` alone, in force on `on` too: the way to
/// judge and price under a regime a transitional article chose.
pub(crate) fn under(regime: &Regime, on: NaiveDate) -> Result<RuleBook> {
    let from = regime.period().from().min(on);
    let period = match regime.period().until() {
        Some(until) if until > on => Period::new(from, until)?,
        _ => Period::starting(from),
    };
    let mut copy = Regime::based_on(
        regime,
        regime.id().clone(),
        regime.name_vi().to_owned(),
        regime.name_en().to_owned(),
        period,
        regime.confidence(),
    );
    for i in regime.instruments() {
        copy = copy.with_instrument(i.clone());
    }
    RuleBook::new(vec![copy])
}

fn date_vi(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// Chooses among `verdicts`, one per regime of `regimes` (same order).
pub(crate) fn choose(
    regimes: &[&Regime],
    verdicts: Vec<Verdict>,
    received: Received,
) -> RegimeChoice {
    let last = regimes.last().map(|r| r.id().clone());
    let Some(chosen_last) = last else {
        return RegimeChoice {
            verdicts,
            chosen: RegimeId::new("none"),
            article: None,
            settled: false,
            outcome: Outcome::NeedsReview,
            finding: None,
        };
    };
    if regimes.len() < 2 {
        let outcome = verdicts.last().map_or(Outcome::NeedsReview, |v| v.outcome);
        return RegimeChoice {
            verdicts,
            chosen: chosen_last,
            article: None,
            settled: true,
            outcome,
            finding: None,
        };
    }
    // The hand-overs crossed: each regime after the first takes over.
    let handovers: Vec<(&Regime, Option<&crate::law::Transition>)> = regimes
        .iter()
        .skip(1)
        .map(|r| (*r, r.transition()))
        .collect();
    let decides = matches!(received, Received::On(_))
        && handovers
            .iter()
            .all(|(_, t)| t.is_some_and(|t| t.decides()));
    let summary: Vec<String> = verdicts
        .iter()
        .map(|v| format!("{}: {}", v.regime, v.outcome.vi()))
        .collect();
    let summary = summary.join("; ");
    let first_day = |r: &Regime| r.period().from();
    if decides {
        // The earlier regime stays unless a later one is more favourable.
        let best = verdicts
            .iter()
            .map(|v| v.outcome)
            .min()
            .unwrap_or(Outcome::NeedsReview);
        let pick = verdicts
            .iter()
            .position(|v| v.outcome == best)
            .unwrap_or_default();
        let chosen = verdicts
            .get(pick)
            .map_or(chosen_last.clone(), |v| v.regime.clone());
        let Some(&(regime, Some(t))) = handovers.last() else {
            return RegimeChoice {
                verdicts,
                chosen: chosen_last,
                article: None,
                settled: false,
                outcome: Outcome::NeedsReview,
                finding: None,
            };
        };
        let article = Some(t.pending.citation.clone());
        let citation = t.pending.citation.clone();
        let received_on = match received {
            Received::On(d) => date_vi(d),
            Received::Unknown => String::new(),
        };
        let (vi, en) = if pick == 0 {
            (
                format!(
                    "hồ sơ tiếp nhận thẩm định ngày {received_on}, trước ngày {}: tiếp tục áp dụng chế độ \"{chosen}\"; quy định mới không có lợi hơn ({summary})",
                    date_vi(first_day(regime))
                ),
                format!(
                    "received for appraisal on {received_on}, before {}: '{chosen}' goes on; the new rule is not more favourable",
                    first_day(regime)
                ),
            )
        } else {
            (
                format!(
                    "hồ sơ tiếp nhận thẩm định ngày {received_on}, trước ngày {}: quy định của chế độ \"{chosen}\" có lợi hơn nên được áp dụng ({summary})",
                    date_vi(first_day(regime))
                ),
                format!(
                    "received for appraisal on {received_on}, before {}: the rule of '{chosen}' is more favourable and applies",
                    first_day(regime)
                ),
            )
        };
        let outcome = verdicts
            .get(pick)
            .map_or(Outcome::NeedsReview, |v| v.outcome);
        return RegimeChoice {
            verdicts,
            chosen,
            article,
            settled: true,
            outcome,
            finding: Some(Finding::new(
                Criterion::Transition,
                Status::Met,
                &citation,
                vi,
                en,
            )),
        };
    }
    // No article decides: the decision date's regime is the key.
    let unsettled = handovers
        .iter()
        .rev()
        .find(|(_, t)| !t.is_some_and(|t| t.decides()))
        .or_else(|| handovers.last())
        .copied();
    let Some((regime, t)) = unsettled else {
        return RegimeChoice {
            verdicts,
            chosen: chosen_last,
            article: None,
            settled: false,
            outcome: Outcome::NeedsReview,
            finding: None,
        };
    };
    let citation = t.map_or(
        Citation::new(crate::citation::Instrument::LAW_06_2022).unverified(),
        |t| t.pending.citation.clone(),
    );
    let why_vi = match (received, t.map(|t| t.pending.value)) {
        (Received::Unknown, _) => "chưa có ngày tiếp nhận hồ sơ thẩm định".to_owned(),
        (_, Some(Handover::NoRule)) => {
            "văn bản không quy định việc chuyển tiếp đối với hồ sơ đang xét".to_owned()
        }
        _ => "điều khoản chuyển tiếp chưa được đối chiếu với văn bản".to_owned(),
    };
    let why_en = match (received, t.map(|t| t.pending.value)) {
        (Received::Unknown, _) => "the reception date is not given",
        (_, Some(Handover::NoRule)) => "the texts give no rule for pending dossiers",
        _ => "the transitional article was not read",
    };
    let first = verdicts.first().map(|v| v.outcome);
    let agree = verdicts.iter().all(|v| Some(v.outcome) == first);
    let outcome_last = verdicts.last().map_or(Outcome::NeedsReview, |v| v.outcome);
    let (status, outcome, vi, en) = if agree {
        (
            Status::Met,
            outcome_last,
            format!(
                "hồ sơ có thể chịu chế độ trước ngày {} ({why_vi}), nhưng kết quả như nhau theo mọi chế độ ({summary})",
                date_vi(first_day(regime))
            ),
            format!(
                "the dossier may fall under the regime before {} ({why_en}), but the verdicts agree",
                first_day(regime)
            ),
        )
    } else {
        (
            Status::Unknown,
            Outcome::NeedsReview,
            format!(
                "kết quả khác nhau trước và từ ngày {} ({summary}); {why_vi}: chưa xác định được chế độ áp dụng, cần xem xét",
                date_vi(first_day(regime))
            ),
            format!(
                "the verdicts differ before and from {}; {why_en}: which regime governs needs review",
                first_day(regime)
            ),
        )
    };
    RegimeChoice {
        verdicts,
        chosen: chosen_last,
        article: None,
        settled: agree,
        outcome,
        finding: Some(Finding::new(
            Criterion::Transition,
            status,
            &citation,
            vi,
            en,
        )),
    }
}
