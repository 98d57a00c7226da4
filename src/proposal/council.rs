//! The minutes of a council meeting (biên bản họp Hội đồng Thi đua – Khen
//! thưởng) and the vote's outcome per nominee.

use chrono::NaiveDate;

use crate::award::Award;
use crate::citation::Citation;
use crate::eligibility::{Criterion, Finding, Status, gate};
use crate::error::{Error, Result};
use crate::history::Recipient;
use crate::lang::Bilingual as _;
use crate::law::{CouncilThreshold, ProcedureRule};

use super::appraisal::{Appraisal, ProposalReport, label, label_vi};

/// The secret-ballot result for one nominee and award: the "yes" and "no"
/// votes, written opinions of absent members included.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ballot {
    /// The nominee.
    pub recipient: Recipient,
    /// The award voted on.
    pub award: Award,
    /// Votes in favour (phiếu đồng ý).
    pub yes: u32,
    /// Votes against or blank.
    #[serde(default)]
    pub no: u32,
}

/// The minutes of a council meeting: its members, those present, and the
/// ballots.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::Award;
/// use thidua::history::Recipient;
/// use thidua::proposal::CouncilMinutes;
///
/// let minutes = CouncilMinutes::new(NaiveDate::from_ymd_opt(2026, 9, 28).unwrap(), 15, 13)
///     .vote(Recipient::Individual("CB-01".parse()?), Award::MinistryOrProvinceEmulationFighter, 14, 1);
/// minutes.validate()?;
/// assert_eq!(minutes.ballots.len(), 1);
/// // More ballots than members is malformed input.
/// let bad = CouncilMinutes::new(NaiveDate::from_ymd_opt(2026, 9, 28).unwrap(), 15, 13)
///     .vote(Recipient::Individual("CB-01".parse()?), Award::AdvancedWorker, 14, 2);
/// assert!(bad.validate().is_err());
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CouncilMinutes {
    /// The day of the meeting.
    pub date: NaiveDate,
    /// The number of members of the council.
    pub members: u32,
    /// The number present.
    pub present: u32,
    /// The ballots.
    #[serde(default)]
    pub ballots: Vec<Ballot>,
}

impl CouncilMinutes {
    /// Minutes with no ballots yet.
    #[must_use]
    pub fn new(date: NaiveDate, members: u32, present: u32) -> CouncilMinutes {
        CouncilMinutes {
            date,
            members,
            present,
            ballots: Vec::new(),
        }
    }

    /// The same minutes with one more ballot.
    #[must_use]
    pub fn vote(mut self, recipient: Recipient, award: Award, yes: u32, no: u32) -> CouncilMinutes {
        self.ballots.push(Ballot {
            recipient,
            award,
            yes,
            no,
        });
        self
    }

    /// Checks the counts: a council with members, no more present than
    /// members, no more ballots than members, no nominee voted twice.
    ///
    /// # Errors
    ///
    /// The first bad count, naming it.
    pub fn validate(&self) -> Result<()> {
        if self.members == 0 {
            return Err(Error::out_of_range(
                "hội đồng 0 thành viên không thể bỏ phiếu",
                "a council of 0 members cannot vote",
            ));
        }
        if self.present > self.members {
            return Err(Error::out_of_range(
                format!(
                    "{} thành viên dự họp của hội đồng {} thành viên",
                    self.present, self.members
                ),
                format!(
                    "{} members present of a council of {}",
                    self.present, self.members
                ),
            ));
        }
        for (i, b) in self.ballots.iter().enumerate() {
            if u64::from(b.yes) + u64::from(b.no) > u64::from(self.members) {
                return Err(Error::out_of_range(
                    format!(
                        "{} cho '{}': {} đồng ý và {} không đồng ý của hội đồng {} thành viên",
                        label_vi(&b.recipient),
                        b.award,
                        b.yes,
                        b.no,
                        self.members
                    ),
                    format!(
                        "{} for '{}': {} yes and {} no of a council of {}",
                        label(&b.recipient),
                        b.award,
                        b.yes,
                        b.no,
                        self.members
                    ),
                ));
            }
            let twice = self
                .ballots
                .iter()
                .take(i)
                .any(|o| o.recipient == b.recipient && o.award == b.award);
            if twice {
                return Err(Error::new(
                    crate::error::ErrorKind::Duplicate,
                    format!(
                        "{} được bỏ phiếu cho '{}' hai lần",
                        label_vi(&b.recipient),
                        b.award
                    ),
                    format!(
                        "{} is voted on for '{}' twice",
                        label(&b.recipient),
                        b.award
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The ballot on `recipient` for `award`, if any.
    #[must_use]
    pub fn ballot(&self, recipient: &Recipient, award: Award) -> Option<&Ballot> {
        self.ballots
            .iter()
            .find(|b| &b.recipient == recipient && b.award == award)
    }
}

/// `"đồng ý 14/15 (93,3%)"`.
fn tally_vi(yes: u32, base: u32) -> String {
    let pct = if base == 0 {
        "0".to_owned()
    } else {
        let p = rust_decimal::Decimal::from(u64::from(yes))
            .checked_mul(rust_decimal::Decimal::ONE_HUNDRED)
            .and_then(|x| x.checked_div(rust_decimal::Decimal::from(u64::from(base))))
            .unwrap_or_default();
        crate::numfmt::NumberFormat::new().max_decimals(1).format(p)
    };
    format!("đồng ý {yes}/{base} ({pct}%)")
}

impl Appraisal<'_> {
    /// Joins the council's vote to every nominee of `report`: the share is
    /// an overlay's (in force on the meeting day) where one is given and at
    /// least as strict as the national one, else the chosen regime's
    /// ([`CouncilRules`](crate::law::CouncilRules)), else *needs review*. A
    /// nominee without a ballot needs review.
    ///
    /// # Errors
    ///
    /// Malformed minutes ([`CouncilMinutes::validate`]); an overlay share
    /// below the national one.
    ///
    /// # Example
    ///
    /// See [`Appraisal`]; the integration test `proposal` runs a mixed list.
    pub fn council(&self, report: &mut ProposalReport, minutes: &CouncilMinutes) -> Result<()> {
        minutes.validate()?;
        let local: Vec<(CouncilThreshold, &Citation)> = self
            .procedure(minutes.date)
            .filter_map(|(r, c)| match r {
                ProcedureRule::CouncilThreshold {
                    awards,
                    share,
                    of,
                    quorum,
                } => Some((
                    CouncilThreshold {
                        awards: awards.clone(),
                        share: *share,
                        of: *of,
                        quorum: *quorum,
                        citation: c.clone(),
                    },
                    c,
                )),
                _ => None,
            })
            .collect();
        for n in &mut report.nominees {
            let regime = self.book.regime(&n.choice.chosen).ok();
            let rules = regime.and_then(|r| r.council());
            let national = rules.and_then(|r| r.threshold(n.award));
            let overlay = local
                .iter()
                .rev()
                .find(|(t, _)| t.awards.is_empty() || t.awards.contains(&n.award))
                .map(|(t, _)| t);
            if let (Some(o), Some(nat)) = (overlay, national) {
                let stricter = o.of == nat.of && o.share.at_least_as_strict_as(nat.share);
                if !stricter {
                    return Err(Error::new(
                        crate::error::ErrorKind::Conflict,
                        format!(
                            "tỷ lệ phiếu của quy định địa phương cho '{}' ({} {}) nới lỏng tỷ lệ quốc gia ({} {})",
                            n.award,
                            o.share.vi(),
                            o.of.vi(),
                            nat.share.vi(),
                            nat.of.vi()
                        ),
                        format!(
                            "the overlay's council share for '{}' ({} of {}) loosens the national one ({} of {})",
                            n.award,
                            o.share.vi(),
                            o.of.vi(),
                            nat.share.vi(),
                            nat.of.vi()
                        ),
                    ));
                }
            }
            let threshold = overlay.or(national);
            let finding = match (threshold, minutes.ballot(&n.recipient, n.award)) {
                (None, _) => {
                    let citation = rules.map_or_else(
                        || Citation::new(crate::citation::Instrument::LAW_06_2022).unverified(),
                        |r| r.otherwise.clone(),
                    );
                    Finding::new(
                        Criterion::CouncilVote,
                        Status::Unknown,
                        &citation,
                        format!(
                            "chưa có quy định về tỷ lệ phiếu đồng ý đối với \"{}\": cần xem xét",
                            n.award
                        ),
                        format!(
                            "no share of votes is read for '{}': needs review",
                            n.award.name_en()
                        ),
                    )
                }
                (Some(t), None) => Finding::new(
                    Criterion::CouncilVote,
                    Status::Unknown,
                    &t.citation,
                    format!(
                        "biên bản họp Hội đồng không ghi kết quả bỏ phiếu đối với \"{}\"",
                        n.award
                    ),
                    format!("the minutes record no ballot on '{}'", n.award.name_en()),
                ),
                (Some(t), Some(b)) => {
                    let base = match t.of {
                        crate::law::VoteBase::AllMembers => minutes.members,
                        crate::law::VoteBase::Present => minutes.present,
                    };
                    if !t.quorate(minutes.present, minutes.members) {
                        Finding::new(
                            Criterion::CouncilVote,
                            gate(&t.citation, Status::Unmet),
                            &t.citation,
                            format!(
                                "phiên họp có {}/{} thành viên dự, chưa đủ {}",
                                minutes.present,
                                minutes.members,
                                t.quorum.map_or(String::new(), |q| q.vi().into_owned())
                            ),
                            format!(
                                "{} of {} members present: no quorum",
                                minutes.present, minutes.members
                            ),
                        )
                    } else {
                        let pass = t.passes(b.yes, minutes.present, minutes.members);
                        Finding::new(
                            Criterion::CouncilVote,
                            gate(&t.citation, Status::from_bool(pass)),
                            &t.citation,
                            format!(
                                "bỏ phiếu kín: {} tính trên {}; cần {}",
                                tally_vi(b.yes, base),
                                t.of.vi(),
                                t.share.vi()
                            ),
                            format!(
                                "secret ballot: {} yes of {base}; needs {}",
                                b.yes,
                                t.share
                                    .vi()
                                    .replace("trên", "more than")
                                    .replace("ít nhất", "at least")
                            ),
                        )
                    }
                }
            };
            n.council = Some(finding);
            n.join();
        }
        Ok(())
    }
}
