//! Verdicts: the readable outcome of judging one candidate for one award.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::award::Award;
use crate::citation::Citation;
use crate::id::{DecisionNumber, InitiativeId};
use crate::law::RegimeId;
use crate::people::{Rating, Scope};
use crate::period::Period;

/// The status of one criterion.
///
/// Ordered by how much it weighs against the candidate: `Met < Unknown <
/// Unmet`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The facts meet the criterion.
    Met,
    /// The facts or the text do not allow a decision: a fact is missing, or
    /// the rule rests on an unverified text.
    Unknown,
    /// The facts do not meet the criterion.
    Unmet,
}

impl Status {
    /// The Vietnamese label printed in front of a finding.
    #[must_use]
    pub fn label_vi(self) -> &'static str {
        match self {
            Status::Met => "đạt",
            Status::Unknown => "chưa xác định",
            Status::Unmet => "không đạt",
        }
    }

    /// A status from a yes/no fact.
    #[must_use]
    pub fn from_bool(met: bool) -> Status {
        if met { Status::Met } else { Status::Unmet }
    }
}

/// The outcome of a verdict.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Every criterion is met.
    Eligible,
    /// No criterion is unmet, but at least one is unknown: a person must
    /// look at it.
    NeedsReview,
    /// At least one criterion is unmet.
    Ineligible,
}

impl Outcome {
    /// The outcome of a set of criteria whose worst status is `worst`.
    #[must_use]
    pub fn from_worst(worst: Status) -> Outcome {
        match worst {
            Status::Met => Outcome::Eligible,
            Status::Unknown => Outcome::NeedsReview,
            Status::Unmet => Outcome::Ineligible,
        }
    }

    /// The Vietnamese label, e.g. `"đủ điều kiện"`.
    #[must_use]
    pub fn label_vi(self) -> &'static str {
        match self {
            Outcome::Eligible => "đủ điều kiện",
            Outcome::NeedsReview => "cần xem xét thêm",
            Outcome::Ineligible => "không đủ điều kiện",
        }
    }

    /// Whether the award may be conferred.
    #[must_use]
    pub fn is_eligible(self) -> bool {
        self == Outcome::Eligible
    }
}

/// Which criterion a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Criterion {
    /// The regime itself: its text was not read.
    Regime,
    /// A yearly record exists for the year judged.
    Record,
    /// The yearly task rating.
    Rating,
    /// A standard that the province details (Law 06/2022 Art. 24 k4).
    ProvincialStandard,
    /// Not a new hire under the minimum months of service.
    NewHire,
    /// No disciplinary measure of the excluding form in the year.
    Discipline,
    /// No disciplinary process, investigation or inspection open.
    PendingDiscipline,
    /// Achievement counts from the end of a discipline period.
    DisciplinePeriod,
    /// Training time counts as working time.
    Training,
    /// Days of leave under a local limit.
    Leave,
    /// The old unit's comments after a transfer.
    Transfer,
    /// An initiative, research topic or combat ingenuity, at the scope the
    /// award needs, not used for another award.
    Initiative,
    /// "Hoàn thành xuất sắc nhiệm vụ" or an initiative (from 2024).
    ExcellentOrInitiative,
    /// A run of consecutive titles or ratings ("liên tục").
    Streak,
    /// A quota on the number of awards.
    Quota,
    /// The achievement was not rewarded with the same award before.
    PreviousAward,
    /// A criterion of a collective, household, village or commune, or of a
    /// commendation form; the finding's reason says which.
    Standard,
    /// Who may sign the award.
    Authority,
    /// The lower award a ladder starts from (a ministry's or province's
    /// Bằng khen before the Prime Minister's), counted from the achievement
    /// period written in its decision.
    Prerequisite,
    /// One achievement, one award: the years judged were not rewarded
    /// already.
    OneAchievementOneAward,
    /// One state-level award a year (2017–2023).
    StateAwardPerYear,
    /// A higher award need not follow a lower one: the ladder is one route
    /// among others.
    LowerFormNotRequired,
    /// Leads its emulation cluster, block or movement.
    Leads,
    /// An exclusion of a household title (prosecution, duties, sanctions).
    Exclusion,
    /// A part of the proposal's dossier.
    Dossier,
    /// The proposal was submitted in time.
    Deadline,
    /// The council's secret ballot reached its share.
    CouncilVote,
    /// The transitional article that chose the regime of a pending dossier.
    Transition,
    /// The kind of commendation (thường xuyên, đột xuất, chuyên đề …): one
    /// the regime knows, and whose criteria the rules judge.
    Kind,
}

/// One piece of evidence a finding rests on.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub enum Evidence {
    /// A conferral in the award history.
    Conferral {
        /// The award.
        award: Award,
        /// The achievement period written in the decision.
        period: Period,
        /// The decision number, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decision: Option<DecisionNumber>,
    },
    /// A title judged in the same review.
    ThisReview {
        /// The award.
        award: Award,
        /// The achievement period it would be conferred for.
        period: Period,
        /// Its outcome in this review.
        outcome: Outcome,
    },
    /// A yearly record.
    Year {
        /// The year.
        year: i32,
        /// Its rating, if rated.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        rating: Option<Rating>,
    },
    /// An initiative or research topic.
    Initiative {
        /// Its id; `None` for one known only by a yearly count.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<InitiativeId>,
        /// Its id, or a label for one known only by count.
        label: String,
        /// The scope recognised.
        scope: Scope,
        /// The day it was recognised; only the year when `year_only`.
        recognised_on: NaiveDate,
        /// Whether only the year of `recognised_on` is known.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        year_only: bool,
    },
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Evidence::Conferral {
                award,
                period,
                decision,
            } => {
                write!(f, "{award} {period}")?;
                if let Some(d) = decision {
                    write!(f, " (QĐ {d})")?;
                }
                Ok(())
            }
            Evidence::ThisReview {
                award,
                period,
                outcome,
            } => write!(f, "{award} {period} (xét cùng đợt: {})", outcome.label_vi()),
            Evidence::Year { year, rating } => match rating {
                Some(r) => write!(f, "năm {year}: {}", r.abbreviation()),
                None => write!(f, "năm {year}: chưa xếp loại"),
            },
            Evidence::Initiative {
                label,
                scope,
                recognised_on,
                year_only,
                ..
            } => {
                write!(f, "{label} ({}, công nhận ", scope.name_vi())?;
                if *year_only {
                    write!(f, "năm {})", recognised_on.year())
                } else {
                    write!(f, "{})", recognised_on.format("%d/%m/%Y"))
                }
            }
        }
    }
}

/// One criterion judged: its status, the rule's citation, and a short reason
/// in Vietnamese and in English.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// Which criterion.
    pub criterion: Criterion,
    /// Met, unmet or unknown.
    pub status: Status,
    /// Where the rule comes from, with the confidence of the reading.
    pub citation: Citation,
    /// The reason in Vietnamese.
    pub reason_vi: String,
    /// The reason in English.
    pub reason_en: String,
    /// The records the finding rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// The criterion was not reached: a count the law reads within a run of
    /// years ("trong thời gian đó") when the run itself broke. Its status is
    /// [`Unknown`](Status::Unknown) and its reason gives the counts found in
    /// the achievement period; it is not among the criteria that failed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_reached: bool,
}

impl Finding {
    /// A finding without evidence.
    #[must_use]
    pub fn new(
        criterion: Criterion,
        status: Status,
        citation: &Citation,
        reason_vi: impl Into<String>,
        reason_en: impl Into<String>,
    ) -> Finding {
        Finding {
            criterion,
            status,
            citation: citation.clone(),
            reason_vi: reason_vi.into(),
            reason_en: reason_en.into(),
            evidence: Vec::new(),
            not_reached: false,
        }
    }

    /// The same finding, not reached: its status is unknown, as the run it
    /// counts within broke (see [`not_reached`](Finding::not_reached)).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    /// use thidua::citation::Instrument;
    /// use thidua::eligibility::{Criterion, Finding, Status};
    ///
    /// let c = Citation::new(Instrument::LAW_06_2022).article(73).clause(1).point('b');
    /// let f = Finding::new(Criterion::Standard, Status::Unmet, &c, "3 lần", "3 times").not_reached();
    /// assert!(f.not_reached);
    /// assert_eq!(f.status, Status::Unknown);
    /// assert!(f.to_string().starts_with("[chưa xét đến]"));
    /// ```
    #[must_use]
    pub fn not_reached(mut self) -> Finding {
        if !self.not_reached {
            self.reason_vi
                .push_str(" — chưa xét đến: chuỗi năm liên tục đã bị gián đoạn");
            self.reason_en
                .push_str(" — not reached: the run of consecutive years broke");
        }
        self.not_reached = true;
        self.status = Status::Unknown;
        self
    }

    /// The same finding with evidence.
    #[must_use]
    pub fn with_evidence(mut self, evidence: Vec<Evidence>) -> Finding {
        self.evidence = evidence;
        self
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = if self.not_reached {
            "chưa xét đến"
        } else {
            self.status.label_vi()
        };
        write!(f, "[{label}] {} ({:#})", self.reason_vi, self.citation)?;
        if !self.evidence.is_empty() {
            let items: Vec<String> = self.evidence.iter().map(ToString::to_string).collect();
            write!(f, ": {}", items.join("; "))?;
        }
        Ok(())
    }
}

/// The verdict on one candidate for one award: the outcome and every
/// criterion with its status, citation and reason.
///
/// Ineligible is a verdict, not an error. [`Display`](fmt::Display) prints a
/// short Vietnamese explanation an officer can paste into a report.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Award, Outcome, Person, PersonCategory, Rating, Review, RuleBook, YearRecord};
/// use thidua::eligibility::{Criterion, Status};
///
/// let book = RuleBook::national();
/// let review = Review::new(&book, 2021, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?;
/// let mut p = Person::new("CB-02".parse()?, "Trần Văn Bình", PersonCategory::CivilServant, "P-TC".parse()?);
/// p.service_start = NaiveDate::from_ymd_opt(2016, 8, 1);
/// p.records.push(YearRecord::new(2021).rated(Rating::Completed));
///
/// let v = review.person(&p, Award::AdvancedWorker)?;
/// assert_eq!(v.outcome, Outcome::Ineligible);
/// // Each criterion says why, with its citation.
/// let rating = v.finding(Criterion::Rating).unwrap();
/// assert_eq!(rating.status, Status::Unmet);
/// assert_eq!(v.findings_with(Status::Unmet).count(), 1);
/// assert!(v.to_string().starts_with("CB-02 — danh hiệu/hình thức \"Lao động tiên tiến\" năm 2021: KHÔNG ĐỦ ĐIỀU KIỆN"), "{v}");
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verdict {
    /// The award judged.
    pub award: Award,
    /// Who was judged, as printed (a person's or unit's id).
    pub candidate: String,
    /// The regime the verdict applied.
    pub regime: RegimeId,
    /// The achievement year judged.
    pub year: i32,
    /// The day it was judged on.
    pub judged_on: NaiveDate,
    /// Eligible, ineligible or needs review.
    pub outcome: Outcome,
    /// Every criterion, in the order the law lists them.
    pub findings: Vec<Finding>,
    /// The initiatives the verdict relied on: record them in the conferral so
    /// that the next award does not use them again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relied_on: Vec<InitiativeId>,
}

impl Verdict {
    /// The findings with a given status.
    pub fn findings_with(&self, status: Status) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.status == status)
    }

    /// The finding of a criterion, if judged.
    #[must_use]
    pub fn finding(&self, criterion: Criterion) -> Option<&Finding> {
        self.findings.iter().find(|f| f.criterion == criterion)
    }

    /// What failed: the criteria unmet. A count not reached because the
    /// run it counts within broke is not among them
    /// ([`not_reached`](Verdict::not_reached)).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Person, PersonCategory, Rating, Review, RuleBook, YearRecord};
    ///
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2024, NaiveDate::from_ymd_opt(2024, 12, 20).unwrap())?;
    /// let mut p = Person::new("CB-02".parse()?, "", PersonCategory::CivilServant, "P-TC".parse()?);
    /// p.service_start = NaiveDate::from_ymd_opt(2016, 8, 1);
    /// p.records.push(YearRecord::new(2024).rated(Rating::Completed).otherwise_none());
    /// let v = review.person(&p, Award::AdvancedWorker)?;
    /// assert_eq!(v.unmet().count(), 1);
    /// assert_eq!(v.not_reached().count(), 0);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn unmet(&self) -> impl Iterator<Item = &Finding> {
        self.findings_with(Status::Unmet)
    }

    /// The criteria not reached: counts within a run of years that broke,
    /// with the counts found in the achievement period.
    pub fn not_reached(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.not_reached)
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} — danh hiệu/hình thức \"{}\" năm {}: {} (xét ngày {}, theo {})",
            self.candidate,
            self.award,
            self.year,
            self.outcome.label_vi().to_uppercase(),
            self.judged_on.format("%d/%m/%Y"),
            self.regime
        )?;
        for finding in &self.findings {
            writeln!(f, "- {finding}")?;
        }
        Ok(())
    }
}
