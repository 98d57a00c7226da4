//! Revocation (hủy bỏ quyết định, thu hồi hiện vật và tiền thưởng): its
//! grounds, the money recovered, and the award histories it changes.

use chrono::NaiveDate;

use crate::citation::{Citation, Instrument};
use crate::decision::{Decision, DecisionMoney, Pay};
use crate::eligibility::{Criterion, Finding, Status};
use crate::error::{Error, ErrorKind, Result};
use crate::history::{Conferral, Recipient};
use crate::id::DecisionNumber;
use crate::money::Money;
use crate::text::named_enum;

named_enum! {
    /// Why an award decision is annulled and its objects and money recovered
    /// (Law 06/2022, the first article of Chương VII, k2 a–d; the copy read
    /// shows no article number, probably Art. 93).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::proposal::RevocationGround;
    ///
    /// assert_eq!("ho so gia mao".parse::<RevocationGround>()?, RevocationGround::FalseDossier);
    /// assert_eq!(RevocationGround::LaterViolation.point(), 'd');
    /// # Ok::<(), thidua::Error>(())
    /// ```
    RevocationGround, "revocation ground", "căn cứ hủy" {
        /// a) The achievements were declared fraudulently (gian dối trong
        /// việc kê khai thành tích).
        FraudulentAchievements = "fraudulent_achievements", "gian dối trong việc kê khai thành tích", ["kê khai gian dối"];
        /// b) The information was false or the dossier forged (cung cấp
        /// thông tin sai sự thật, làm giả hồ sơ).
        FalseDossier = "false_dossier", "cung cấp thông tin sai sự thật hoặc làm giả hồ sơ", ["hồ sơ giả mạo", "làm giả hồ sơ"];
        /// c) The dossier was appraised, reviewed or proposed against the
        /// law (a decision made while discipline or an investigation was
        /// pending, Decree 98/2023 and 152/2025 Art. 4).
        UnlawfulProcedure = "unlawful_procedure", "thẩm định, xét, duyệt, đề nghị khen thưởng trái quy định của pháp luật", ["trái quy định"];
        /// d) A competent body's conclusion, decision or judgment finds
        /// violations that break the standards in the achievement period
        /// (a later discipline, a conviction).
        LaterViolation = "later_violation", "có kết luận, quyết định, bản án xác định vi phạm trong thời gian lập thành tích", ["kỷ luật sau", "vi phạm"];
    }
}

impl RevocationGround {
    /// The point of k2 (a–d).
    #[must_use]
    pub fn point(self) -> char {
        match self {
            RevocationGround::FraudulentAchievements => 'a',
            RevocationGround::FalseDossier => 'b',
            RevocationGround::UnlawfulProcedure => 'c',
            RevocationGround::LaterViolation => 'd',
        }
    }

    /// Where the ground is written, for a decision of `decided`: Law
    /// 06/2022 (secondhand, a full-text copy without the article number)
    /// for decisions from 2024-01-01; for earlier ones Law 2003, whose
    /// article was not read.
    #[must_use]
    pub fn citation(self, decided: NaiveDate) -> Citation {
        if decided < crate::period::ymd(2024, 1, 1) {
            Citation::new(Instrument::LAW_2003)
                .unverified()
                .with_note("Not read: the revocation article of Law 2003 (as amended); the grounds of Law 06/2022 are shown provisionally.")
        } else {
            Citation::new(Instrument::LAW_06_2022).secondhand().with_note(format!(
                "Secondhand (a full-text copy): the first article of Chương VII, k2 point {} (the copy shows no article number, probably Art. 93). Who annuls, and how, was not read.",
                self.point()
            ))
        }
    }
}

/// The revocation of grants of a decision: the decision, the day, the
/// ground, the revoking decision, and which grants (all when empty).
///
/// Its effects: the money of the revoked grants is recovered
/// ([`Revocation::recover`], and [`Fund::recover`](crate::Fund::recover)
/// in the fund of the level that paid), and the conferrals are marked
/// revoked ([`Revocation::apply`]) so that a streak ("liên tục") through
/// them breaks and the initiatives they relied on are free again.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Authority, Award, Decision, Money, Period, RuleBook};
/// use thidua::history::{Conferral, Recipient};
/// use thidua::law::SalarySchedule;
/// use thidua::proposal::{Revocation, RevocationGround};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let an = Recipient::Individual("CB-01".parse()?);
/// let decision = Decision::new("88/QĐ-UBND".parse()?, d(2025, 12, 20), Authority::CommuneChair)
///     .grant(an.clone(), Award::GrassrootsEmulationFighter, Period::year(2025)?);
/// let money = decision.money(&RuleBook::national(), &SalarySchedule::national())?;
/// let revocation = Revocation::new(&decision, d(2026, 5, 4), RevocationGround::FalseDossier);
/// let recovery = revocation.recover(&money)?;
/// assert_eq!(recovery.recovered, Money::from_dong(2_340_000));
/// assert_eq!(recovery.money.total, Money::ZERO);
///
/// let mut history = decision.conferrals_of(&an);
/// assert_eq!(revocation.apply(&decision, &an, &mut history), 1);
/// assert!(!history[0].is_in_force());
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Revocation {
    /// The decision revoked.
    pub decision: DecisionNumber,
    /// Its date.
    pub decided: NaiveDate,
    /// The day of the revocation.
    pub on: NaiveDate,
    /// Why.
    pub ground: RevocationGround,
    /// The revoking decision, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<DecisionNumber>,
    /// The positions of the grants revoked; every grant when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grants: Vec<usize>,
}

/// The money a revocation recovers: the decision's money after it, what is
/// recovered in all and per revoked line, and the ground with its citation.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct Recovery {
    /// The decision's money after the revocation: the revoked lines are
    /// [`Pay::Revoked`] and pay nothing.
    pub money: DecisionMoney,
    /// The total recovered.
    pub recovered: Money,
    /// Each revoked line: its position, recipient and the amount recovered.
    pub lines: Vec<(usize, Recipient, Money)>,
    /// The ground, with its citation.
    pub ground: Finding,
}

impl Revocation {
    /// Revokes every grant of `decision` on `on` for `ground`.
    #[must_use]
    pub fn new(decision: &Decision, on: NaiveDate, ground: RevocationGround) -> Revocation {
        Revocation {
            decision: decision.number.clone(),
            decided: decision.date,
            on,
            ground,
            by: None,
            grants: Vec::new(),
        }
    }

    /// The same revocation limited to the grants at `positions`.
    #[must_use]
    pub fn of_grants(mut self, positions: impl IntoIterator<Item = usize>) -> Revocation {
        self.grants = positions.into_iter().collect();
        self
    }

    /// The same revocation, made by decision `by`.
    #[must_use]
    pub fn by(mut self, by: DecisionNumber) -> Revocation {
        self.by = Some(by);
        self
    }

    fn covers(&self, position: usize) -> bool {
        self.grants.is_empty() || self.grants.contains(&position)
    }

    /// The ground as a finding: met, with its citation (needs review for a
    /// decision before 2024-01-01, whose revocation article was not read).
    #[must_use]
    pub fn ground_finding(&self) -> Finding {
        let citation = self.ground.citation(self.decided);
        let status = if citation.confidence().is_decisive() {
            Status::Met
        } else {
            Status::Unknown
        };
        Finding::new(
            Criterion::Standard,
            status,
            &citation,
            format!(
                "hủy bỏ quyết định {}, thu hồi hiện vật và tiền thưởng: {}",
                self.decision, self.ground
            ),
            format!(
                "decision {} annulled, its objects and money recovered: {}",
                self.decision,
                self.ground.id().replace('_', " ")
            ),
        )
    }

    /// The money recovered from `money`, the money of the decision revoked.
    ///
    /// # Errors
    ///
    /// `money` is another decision's, or a position past its lines
    /// ([`ErrorKind::UnknownReference`]); a total that overflows.
    pub fn recover(&self, money: &DecisionMoney) -> Result<Recovery> {
        if money.number != self.decision {
            return Err(Error::new(
                ErrorKind::UnknownReference,
                format!(
                    "tiền thưởng của quyết định {} không phải của quyết định {}",
                    money.number, self.decision
                ),
                format!(
                    "the money of decision {} is not that of decision {}",
                    money.number, self.decision
                ),
            ));
        }
        if let Some(&bad) = self.grants.iter().find(|&&i| i >= money.lines.len()) {
            return Err(Error::new(
                ErrorKind::UnknownReference,
                format!(
                    "quyết định {} không có mục khen thưởng {bad}",
                    self.decision
                ),
                format!("decision {} has no grant {bad}", self.decision),
            ));
        }
        let mut after = money.clone();
        let mut lines = Vec::new();
        for (i, line) in after.lines.iter_mut().enumerate() {
            if !self.covers(i) {
                continue;
            }
            if let Pay::Paid(a) = &line.pay {
                lines.push((i, line.recipient.clone(), line.paid));
                line.pay = Pay::Revoked {
                    amount: a.clone(),
                    on: self.on,
                };
                line.paid = Money::ZERO;
            }
        }
        let recovered = Money::sum(lines.iter().map(|(_, _, m)| *m))?;
        after.total = Money::sum(after.lines.iter().map(|l| l.paid))?;
        for (r, m) in &mut after.by_recipient {
            *m = Money::sum(
                after
                    .lines
                    .iter()
                    .filter(|l| &l.recipient == r)
                    .map(|l| l.paid),
            )?;
        }
        Ok(Recovery {
            money: after,
            recovered,
            lines,
            ground: self.ground_finding(),
        })
    }

    /// Marks revoked, in `history` (the award history of `recipient`), the
    /// conferrals of the revoked grants of `decision` for `recipient`, and
    /// returns how many it marked. A revoked conferral no longer counts in a
    /// streak, and the initiatives it relied on may support another award.
    pub fn apply(
        &self,
        decision: &Decision,
        recipient: &Recipient,
        history: &mut [Conferral],
    ) -> usize {
        let revoked: Vec<_> = decision
            .grants
            .iter()
            .enumerate()
            .filter(|(i, g)| self.covers(*i) && &g.recipient == recipient)
            .map(|(_, g)| (g.award, g.period))
            .collect();
        let mut count = 0;
        for c in history.iter_mut() {
            let same_decision = c
                .decision
                .as_ref()
                .is_none_or(|d| d.number == self.decision);
            if c.revoked.is_none() && same_decision && revoked.contains(&(c.award, c.period)) {
                c.revoked = Some(crate::history::Revocation {
                    on: self.on,
                    decision: self.by.clone(),
                });
                count += 1;
            }
        }
        count
    }
}
