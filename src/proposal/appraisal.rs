//! The appraisal of a proposal (thẩm định): the dossier, the deadlines,
//! the paths of proposal and each nominee's verdict under the regime the
//! transitional articles choose.

use chrono::{Datelike, NaiveDate};

use crate::authority::Authority;
use crate::award::Award;
use crate::citation::Citation;
use crate::eligibility::{Criterion, Finding, Outcome, Review, Status, Verdict, gate};
use crate::error::{Error, Result};
use crate::history::Recipient;
use crate::id::UnitId;
use crate::law::{DossierPart, Overlay, ProcedureRule, Regime, RuleBook};
use crate::period::Period;

use super::choice::{RegimeChoice, choose, crossed, under};
use super::model::{Candidate, Nominee, Proposal};

/// The office that appraises proposals: the rule book, the day it judges
/// (the decision date), and the province's or sector's overlays (their
/// dossiers, deadlines and council shares, and their rules of the titles).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Authority, Award, Outcome, Period, Person, PersonCategory, Rating, RuleBook, YearRecord};
/// use thidua::law::DossierPart;
/// use thidua::proposal::{Appraisal, Dossier, Nominee, Proposal};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let mut lan = Person::new("CB-01".parse()?, "Nguyễn Thị Lan", PersonCategory::CivilServant, "SO-NV".parse()?);
/// lan.service_start = Some(d(2015, 3, 1));
/// lan.records.push(YearRecord::new(2025).rated(Rating::Good));
/// let parts = Dossier::default()
///     .with(DossierPart::Submission)
///     .with(DossierPart::AchievementReport)
///     .with(DossierPart::ReviewMinutes);
/// let proposal = Proposal::new(Authority::AgencyHead, Authority::ProvincialChair, Period::year(2025)?)
///     .received_on(d(2026, 9, 20))
///     .with_dossier(parts)
///     .nominate(Nominee::person(lan, Award::AdvancedWorker));
/// let book = RuleBook::national();
/// // Judged on 2026-10-15, after Law 06/2026/QH16 took effect: the dossier
/// // was received before, so Law 06/2022 goes on unless the new rule is
/// // more favourable (its Art. 4 k4).
/// let report = Appraisal::new(&book, d(2026, 10, 15)).check(&proposal)?;
/// let n = &report.nominees[0];
/// assert_eq!(n.choice.chosen.as_str(), "nd152-2025");
/// assert_eq!(n.choice.article.as_ref().unwrap().to_short(), "06/2026/QH16 Điều 4 khoản 4");
/// assert_eq!(n.choice.verdicts.len(), 2);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Appraisal<'a> {
    pub(crate) book: &'a RuleBook,
    pub(crate) on: NaiveDate,
    pub(crate) overlays: Vec<&'a Overlay>,
}

/// The appraisal of one nominee: the regime chosen, the dossier, the
/// deadline, the council's vote, and the verdict that joins them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct NomineeReport {
    /// Who receives the award.
    pub recipient: Recipient,
    /// The name printed in the list.
    pub name: String,
    /// The person's unit, or the collective's own.
    pub unit: UnitId,
    /// The award proposed.
    pub award: Award,
    /// The regime chosen by the transitional articles, with every verdict.
    pub choice: RegimeChoice,
    /// The parts of the dossier, one finding each.
    pub dossier: Vec<Finding>,
    /// The deadline an overlay sets, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Finding>,
    /// The council's vote, once applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub council: Option<Finding>,
    /// The verdict under the chosen regime with the transitional, dossier,
    /// deadline and council findings joined: what the decision follows.
    pub verdict: Verdict,
}

impl NomineeReport {
    /// The joined outcome.
    #[must_use]
    pub fn outcome(&self) -> Outcome {
        self.verdict.outcome
    }

    /// Rebuilds the joined verdict from the chosen one and the findings of
    /// the process.
    pub(crate) fn join(&mut self) {
        let Some(base) = self.choice.chosen_verdict() else {
            return;
        };
        let mut v = base.clone();
        let extra: Vec<Finding> = self
            .choice
            .finding
            .iter()
            .chain(&self.dossier)
            .chain(&self.deadline)
            .chain(&self.council)
            .cloned()
            .collect();
        let worst = extra
            .iter()
            .filter(|f| f.criterion != Criterion::Transition)
            .map(|f| f.status)
            .max()
            .unwrap_or(Status::Met);
        v.findings.extend(extra);
        v.outcome = self.choice.outcome.max(Outcome::from_worst(worst));
        self.verdict = v;
    }
}

/// What an appraisal found: the paths of proposal and the signer's powers
/// (one finding per award), and a report per nominee, in the order of the
/// list.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct ProposalReport {
    /// The submission's number, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Who proposed.
    pub proposer: Authority,
    /// Who is asked to decide.
    pub to: Authority,
    /// The achievement period.
    pub period: Period,
    /// The day of the appraisal.
    pub on: NaiveDate,
    /// The proposal paths and the signer's powers, per award.
    pub findings: Vec<Finding>,
    /// One report per nominee.
    pub nominees: Vec<NomineeReport>,
}

impl ProposalReport {
    /// The nominees whose joined verdict is eligible.
    pub fn eligible(&self) -> impl Iterator<Item = &NomineeReport> {
        self.nominees
            .iter()
            .filter(|n| n.outcome() == Outcome::Eligible)
    }

    /// The nominees whose joined verdict is not eligible, with it.
    pub fn left_out(&self) -> impl Iterator<Item = &NomineeReport> {
        self.nominees
            .iter()
            .filter(|n| n.outcome() != Outcome::Eligible)
    }
}

fn date_vi(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

impl<'a> Appraisal<'a> {
    /// An appraisal on `on` with the national rules only.
    #[must_use]
    pub fn new(book: &'a RuleBook, on: NaiveDate) -> Appraisal<'a> {
        Appraisal {
            book,
            on,
            overlays: Vec::new(),
        }
    }

    /// The same appraisal with a province's or sector's overlay: its rules
    /// of the titles (through [`Review::with_overlay`]) and its procedure.
    #[must_use]
    pub fn with_overlay(mut self, overlay: &'a Overlay) -> Appraisal<'a> {
        self.overlays.push(overlay);
        self
    }

    /// The day of the appraisal.
    #[must_use]
    pub fn on(&self) -> NaiveDate {
        self.on
    }

    /// The procedural rules of the overlays in force on `on` that `pick`
    /// accepts, with their overlay's citation, latest overlay last.
    pub(crate) fn procedure(
        &self,
        on: NaiveDate,
    ) -> impl Iterator<Item = (&'a ProcedureRule, &'a Citation)> {
        self.overlays
            .iter()
            .filter(move |o| o.in_force().contains(on))
            .flat_map(|o| o.procedure().iter().map(move |r| (r, o.citation())))
    }

    /// Checks a proposal: the path of proposal and the signer's power for
    /// each award, and for each nominee the verdict under every regime its
    /// dossier crossed, the regime the transitional articles choose, the
    /// parts of the dossier, and the overlays' deadlines.
    ///
    /// # Errors
    ///
    /// No regime on the appraisal date or the reception date; a reception
    /// date after the appraisal; an achievement period ending after the
    /// appraisal's year; an overlay that loosens a national rule; a nominee's
    /// facts that cannot be judged, or an award the engines do not judge
    /// for that kind of nominee (the message names the nominee); a deadline
    /// that is not a date.
    pub fn check(&self, proposal: &Proposal) -> Result<ProposalReport> {
        let context = |vi: String, en: String| match &proposal.number {
            Some(n) => {
                let n = crate::text::shown(n);
                (format!("tờ trình {n}: {vi}"), format!("proposal {n}: {en}"))
            }
            None => (format!("tờ trình: {vi}"), format!("proposal: {en}")),
        };
        let year = proposal
            .period
            .last_day()
            .map_or(proposal.period.from().year(), |d| d.year());
        let (regimes, received) =
            crossed(self.book, self.on, proposal.received, proposal.submitted)
                .map_err(|e| e.context_pair(context("ngày".into(), "dates".into())))?;
        let books: Vec<RuleBook> = regimes
            .iter()
            .map(|r| under(r, self.on))
            .collect::<Result<_>>()?;
        let mut reviews = Vec::with_capacity(books.len());
        for book in &books {
            let mut review = Review::new(book, year, self.on)?.with_kind(proposal.kind);
            // The ladders count within the whole period proposed.
            if proposal.period.until().is_some() {
                review = review.with_period(proposal.period)?;
            }
            for o in &self.overlays {
                review = review.with_overlay(o)?;
            }
            reviews.push(review);
        }
        let now = self.book.regime_on(self.on)?;
        let mut findings = Vec::new();
        let mut awards: Vec<Award> = Vec::new();
        for n in &proposal.nominees {
            if !awards.contains(&n.award) {
                awards.push(n.award);
            }
        }
        for &award in &awards {
            if proposal.proposer != proposal.to {
                findings.push(
                    now.powers()
                        .judge_proposing(proposal.proposer, proposal.to, award),
                );
            }
            findings.push(now.powers().judge(proposal.to, award));
        }
        let mut nominees = Vec::with_capacity(proposal.nominees.len());
        for n in &proposal.nominees {
            let name = n.candidate.recipient();
            let mut verdicts = Vec::with_capacity(reviews.len());
            for review in &reviews {
                let v = judge(review, n).map_err(|e| {
                    e.context_pair(context(
                        format!("người được đề nghị {}", label_vi(&name)),
                        format!("nominee {}", label(&name)),
                    ))
                })?;
                verdicts.push(v);
            }
            let choice = choose(&regimes, verdicts, received);
            let regime = regimes
                .iter()
                .find(|r| r.id() == &choice.chosen)
                .copied()
                .unwrap_or(now);
            let dossier = self.dossier(regime, proposal, n);
            let deadline = self.deadline(proposal, n.award, year)?;
            let mut report = NomineeReport {
                recipient: name,
                name: n.candidate.name().to_owned(),
                unit: n.candidate.unit().clone(),
                award: n.award,
                verdict: choice
                    .chosen_verdict()
                    .cloned()
                    .unwrap_or_else(|| empty_verdict(n, &choice, year, self.on)),
                choice,
                dossier,
                deadline,
                council: None,
            };
            report.join();
            nominees.push(report);
        }
        Ok(ProposalReport {
            number: proposal.number.clone(),
            proposer: proposal.proposer,
            to: proposal.to,
            period: proposal.period,
            on: self.on,
            findings,
            nominees,
        })
    }

    /// The findings on the parts of a nominee's dossier under `regime`.
    fn dossier(&self, regime: &Regime, proposal: &Proposal, n: &Nominee) -> Vec<Finding> {
        let mut out = Vec::new();
        let Some(rules) = regime.dossier() else {
            let citation = regime
                .instruments()
                .first()
                .map_or(
                    Citation::new(crate::citation::Instrument::LAW_06_2022),
                    |i| Citation::new(i.clone()),
                )
                .unverified();
            out.push(Finding::new(
                Criterion::Dossier,
                Status::Unknown,
                &citation,
                format!(
                    "chế độ \"{}\" không có quy định về hồ sơ: cần xem xét",
                    regime.id()
                ),
                format!(
                    "regime '{}' gives no dossier rules: needs review",
                    regime.id()
                ),
            ));
            return out;
        };
        let mut seen: Vec<DossierPart> = Vec::new();
        for (part, citation) in rules.required(n.award) {
            if !seen.contains(&part) {
                seen.push(part);
                out.push(part_finding(part, citation, proposal, n));
            }
        }
        let local: Vec<(DossierPart, &Citation)> = self
            .procedure(self.on)
            .filter(|(r, _)| r.applies_to(n.award))
            .filter_map(|(r, c)| match r {
                ProcedureRule::DossierParts { parts, .. } => {
                    Some(parts.iter().map(move |p| (*p, c)))
                }
                _ => None,
            })
            .flatten()
            .collect();
        if let Some(d) = rules.delegated(n.award) {
            if local.is_empty() {
                out.push(Finding::new(
                    Criterion::Dossier,
                    Status::Unknown,
                    &d.citation,
                    format!("hồ sơ \"{}\" do bộ, ngành, tỉnh quy định: chưa có quy định của địa phương, cần xem xét", n.award),
                    format!("the ministry or province sets the dossier of '{}': its rule is not given, needs review", n.award.name_en()),
                ));
            }
        }
        for (part, citation) in local {
            if !seen.contains(&part) {
                seen.push(part);
                out.push(part_finding(part, citation, proposal, n));
            }
        }
        out
    }

    /// The deadline of the last overlay rule for `award`, if any.
    fn deadline(&self, proposal: &Proposal, award: Award, year: i32) -> Result<Option<Finding>> {
        let rule = self
            .procedure(self.on)
            .filter(|(r, _)| r.applies_to(award))
            .filter_map(|(r, c)| match r {
                ProcedureRule::Deadline {
                    month,
                    day,
                    following_year,
                    ..
                } => Some((*month, *day, *following_year, c)),
                _ => None,
            })
            .last();
        let Some((month, day, following, citation)) = rule else {
            return Ok(None);
        };
        let y = if following {
            year.saturating_add(1)
        } else {
            year
        };
        let last = NaiveDate::from_ymd_opt(y, month, day).ok_or_else(|| {
            Error::out_of_range(
                format!("hạn {day}/{month}/{y} không phải một ngày"),
                format!("deadline {day}/{month}/{y} is not a date"),
            )
        })?;
        let finding = match proposal.submitted {
            None => Finding::new(
                Criterion::Deadline,
                Status::Unknown,
                citation,
                format!("chưa có ngày gửi hồ sơ; hạn cuối ngày {}", date_vi(last)),
                format!("the submission date is not given; the deadline is {last}"),
            ),
            Some(s) => Finding::new(
                Criterion::Deadline,
                gate(citation, Status::from_bool(s <= last)),
                citation,
                format!(
                    "gửi hồ sơ ngày {}, hạn cuối ngày {}",
                    date_vi(s),
                    date_vi(last)
                ),
                format!("submitted on {s}, deadline {last}"),
            ),
        };
        Ok(Some(finding))
    }
}

/// The finding on one part of the dossier.
fn part_finding(
    part: DossierPart,
    citation: &Citation,
    proposal: &Proposal,
    n: &Nominee,
) -> Finding {
    let has = match (n.dossier.has(part), proposal.dossier.has(part)) {
        (Some(true), _) | (_, Some(true)) => Some(true),
        (Some(false), _) | (_, Some(false)) => Some(false),
        (None, None) => None,
    };
    match has {
        Some(true) => Finding::new(
            Criterion::Dossier,
            gate(citation, Status::Met),
            citation,
            format!("hồ sơ có {part}"),
            format!("the dossier holds the {}", part.id().replace('_', " ")),
        ),
        Some(false) => Finding::new(
            Criterion::Dossier,
            gate(citation, Status::Unmet),
            citation,
            format!("hồ sơ thiếu {part}"),
            format!("the dossier lacks the {}", part.id().replace('_', " ")),
        ),
        None => Finding::new(
            Criterion::Dossier,
            Status::Unknown,
            citation,
            format!("chưa rõ hồ sơ có {part} hay không"),
            format!(
                "whether the dossier holds the {} is not given",
                part.id().replace('_', " ")
            ),
        ),
    }
}

/// Judges a nominee under a review.
fn judge(review: &Review<'_>, n: &Nominee) -> Result<Verdict> {
    match &n.candidate {
        Candidate::Person(p) => review.person_with(p, n.award, &n.merits),
        Candidate::Collective {
            collective,
            members,
        } => review.collective_with(collective, members, n.award, &n.merits),
    }
}

/// A verdict with no findings, where no regime was judged (never, as the
/// appraisal always judges one).
fn empty_verdict(n: &Nominee, choice: &RegimeChoice, year: i32, on: NaiveDate) -> Verdict {
    Verdict {
        award: n.award,
        candidate: label(&n.candidate.recipient()),
        candidate_name: None,
        regime: choice.chosen.clone(),
        regime_name: None,
        year,
        judged_on: on,
        outcome: Outcome::NeedsReview,
        findings: Vec::new(),
        relied_on: Vec::new(),
    }
}

/// A recipient as printed in messages.
pub(crate) fn label_vi(r: &Recipient) -> String {
    match r {
        Recipient::Individual(p) => format!("người '{p}'"),
        Recipient::Collective(u) => format!("tập thể '{u}'"),
        Recipient::Household(u) => format!("hộ gia đình '{u}'"),
        Recipient::Village(u) => format!("thôn, tổ dân phố '{u}'"),
        Recipient::Commune(u) => format!("xã, phường '{u}'"),
    }
}

pub(crate) fn label(r: &Recipient) -> String {
    match r {
        Recipient::Individual(p) => format!("person '{p}'"),
        Recipient::Collective(u) => format!("collective '{u}'"),
        Recipient::Household(u) => format!("household '{u}'"),
        Recipient::Village(u) => format!("village '{u}'"),
        Recipient::Commune(u) => format!("commune '{u}'"),
    }
}
