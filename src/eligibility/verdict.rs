//! Verdicts: the readable outcome of judging one candidate for one award.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};

use crate::award::Award;
use crate::citation::Citation;
use crate::id::{DecisionNumber, InitiativeId};
use crate::lang::{Bilingual, Text, display_vi};
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// A status from a yes/no fact.
    #[must_use]
    pub fn from_bool(met: bool) -> Status {
        if met { Status::Met } else { Status::Unmet }
    }
}

/// The outcome of a verdict, ordered from the best: the worst of several
/// verdicts is their `max`.
///
/// # Example
///
/// ```
/// use thidua::{Bilingual, Outcome};
/// use thidua::eligibility::Status;
///
/// assert_eq!(Outcome::from_worst(Status::Unknown), Outcome::NeedsReview);
/// assert_eq!(Outcome::Eligible.max(Outcome::NeedsReview), Outcome::NeedsReview);
/// assert_eq!(Outcome::NeedsReview.to_string(), "cần xem xét thêm");
/// assert_eq!(Outcome::NeedsReview.en(), "needs review");
/// assert_eq!(serde_json::to_string(&Outcome::NeedsReview).unwrap(), r#""needs_review""#);
/// ```
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

impl Bilingual for Evidence {
    fn vi(&self) -> Cow<'_, str> {
        Cow::Owned(match self {
            Evidence::Conferral {
                award,
                period,
                decision,
            } => match decision {
                Some(d) => format!("{award} {period} (QĐ {d})"),
                None => format!("{award} {period}"),
            },
            Evidence::ThisReview {
                award,
                period,
                outcome,
            } => format!("{award} {period} (xét cùng đợt: {})", outcome.vi()),
            Evidence::Year { year, rating } => match rating {
                Some(r) => format!("năm {year}: {}", r.abbreviation()),
                None => format!("năm {year}: chưa xếp loại"),
            },
            Evidence::Initiative {
                label,
                scope,
                recognised_on,
                year_only,
                ..
            } => {
                if *year_only {
                    format!(
                        "{label} ({}, công nhận năm {})",
                        scope.name_vi(),
                        recognised_on.year()
                    )
                } else {
                    format!(
                        "{label} ({}, công nhận {})",
                        scope.name_vi(),
                        recognised_on.format("%d/%m/%Y")
                    )
                }
            }
        })
    }

    fn en(&self) -> Cow<'_, str> {
        Cow::Owned(match self {
            Evidence::Conferral {
                award,
                period,
                decision,
            } => match decision {
                Some(d) => format!("{} {} (decision {d})", award.name_en(), period.en()),
                None => format!("{} {}", award.name_en(), period.en()),
            },
            Evidence::ThisReview {
                award,
                period,
                outcome,
            } => format!(
                "{} {} (in this review: {})",
                award.name_en(),
                period.en(),
                outcome.en()
            ),
            Evidence::Year { year, rating } => match rating {
                Some(r) => format!("{year}: {}", r.abbreviation()),
                None => format!("{year}: not rated"),
            },
            Evidence::Initiative {
                label,
                scope,
                recognised_on,
                year_only,
                ..
            } => {
                if *year_only {
                    format!(
                        "{label} ({}, recognised in {})",
                        scope.en(),
                        recognised_on.year()
                    )
                } else {
                    format!("{label} ({}, recognised on {recognised_on})", scope.en())
                }
            }
        })
    }
}

display_vi!(Evidence);

/// One criterion judged: its status, the rule's citation, and a short reason
/// in Vietnamese and in English.
///
/// # Example
///
/// A verdict's findings say which criterion failed, and why, in both
/// languages.
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Award, Person, PersonCategory, Rating, Review, RuleBook, YearRecord};
/// use thidua::eligibility::{Criterion, Status};
///
/// let mut lan = Person::new("CB-01".parse()?, "Nguyễn Thị Lan", PersonCategory::CivilServant, "P-TC".parse()?);
/// lan.service_start = NaiveDate::from_ymd_opt(2015, 3, 1);
/// lan.records.push(YearRecord::new(2024).rated(Rating::Completed).otherwise_none());
/// let book = RuleBook::national();
/// let review = Review::new(&book, 2024, NaiveDate::from_ymd_opt(2024, 12, 20).unwrap())?;
/// let verdict = review.person(&lan, Award::AdvancedWorker)?;
/// let rating = verdict.findings.iter().find(|f| f.criterion == Criterion::Rating).unwrap();
/// assert_eq!(rating.status, Status::Unmet);
/// assert_eq!(rating.reason_en, "rated HT for 2024; HTT or better needed");
/// assert_eq!(rating.citation.article_number(), Some(24));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

impl Bilingual for Finding {
    /// `[không đạt] <reason> (<citation>): <evidence>`; a criterion not
    /// reached is `[chưa xét đến]`.
    fn vi(&self) -> Cow<'_, str> {
        let label = if self.not_reached {
            Cow::Borrowed("chưa xét đến")
        } else {
            self.status.vi()
        };
        let mut out = format!("[{label}] {} ({:#})", self.reason_vi, self.citation);
        if !self.evidence.is_empty() {
            let items: Vec<Cow<'_, str>> = self.evidence.iter().map(Bilingual::vi).collect();
            out.push_str(&format!(": {}", items.join("; ")));
        }
        Cow::Owned(out)
    }

    /// `[unmet] <reason> (<citation>): <evidence>`; a criterion not
    /// reached is `[not reached]`.
    fn en(&self) -> Cow<'_, str> {
        let label = if self.not_reached {
            Cow::Borrowed("not reached")
        } else {
            self.status.en()
        };
        let mut out = format!("[{label}] {} ({})", self.reason_en, self.citation.en());
        if !self.evidence.is_empty() {
            let items: Vec<Cow<'_, str>> = self.evidence.iter().map(Bilingual::en).collect();
            out.push_str(&format!(": {}", items.join("; ")));
        }
        Cow::Owned(out)
    }
}

display_vi!(Finding);

/// The verdict on one candidate for one award: the outcome and every
/// criterion with its status, citation and reason.
///
/// Ineligible is a verdict, not an error. [`Display`](std::fmt::Display) prints a
/// short Vietnamese explanation an officer can paste into a report.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Award, Outcome, Person, PersonCategory, Rating, Review, RuleBook, YearRecord};
/// use thidua::eligibility::{Criterion, Status};
/// use thidua::Bilingual;
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
/// // The header names the person, the award and the regime.
/// assert!(v.to_string().starts_with("Trần Văn Bình (CB-02) — danh hiệu/hình thức \"Lao động tiên tiến\" năm 2021: KHÔNG ĐỦ ĐIỀU KIỆN"), "{v}");
/// assert!(v.en().starts_with("Trần Văn Bình (CB-02) — \"Advanced Worker\" for 2021: INELIGIBLE (judged on 2021-12-20 under Law of 2003"), "{}", v.en());
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Verdict {
    /// The award judged.
    pub award: Award,
    /// Who was judged, as printed (a person's or unit's id).
    pub candidate: String,
    /// The candidate's name, if known: the header prints it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub candidate_name: Option<String>,
    /// The regime the verdict applied.
    pub regime: RegimeId,
    /// The regime's name in both languages, as the header prints it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regime_name: Option<Text>,
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
    /// The same verdict naming the candidate `name` (an empty name is
    /// none).
    pub(crate) fn with_name(mut self, name: Option<&str>) -> Verdict {
        self.candidate_name = name
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string);
        self
    }

    /// Who was judged, as the header prints it: `"Nguyễn Thị Lan (CB-01)"`,
    /// or the id alone when the name is not known.
    fn who(&self) -> String {
        match &self.candidate_name {
            Some(name) => format!("{name} ({})", self.candidate),
            None => self.candidate.clone(),
        }
    }

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

impl Bilingual for Verdict {
    /// The header and a line per finding:
    ///
    /// ```text
    /// Nguyễn Thị Lan (CB-01) — danh hiệu/hình thức "Chiến sĩ thi đua cơ sở" năm 2024: ĐỦ ĐIỀU KIỆN (xét ngày 20/12/2024, theo Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 98/2023/NĐ-CP)
    /// - [đạt] …
    /// ```
    fn vi(&self) -> Cow<'_, str> {
        let regime = match &self.regime_name {
            Some(n) => n.vi.clone(),
            None => self.regime.to_string(),
        };
        let mut out = format!(
            "{} — danh hiệu/hình thức \"{}\" năm {}: {} (xét ngày {}, theo {})\n",
            self.who(),
            self.award,
            self.year,
            self.outcome.vi().to_uppercase(),
            self.judged_on.format("%d/%m/%Y"),
            regime
        );
        for finding in &self.findings {
            out.push_str(&format!("- {}\n", finding.vi()));
        }
        Cow::Owned(out)
    }

    /// The header and a line per finding, in English:
    ///
    /// ```text
    /// Nguyễn Thị Lan (CB-01) — "Grassroots Emulation Fighter" for 2024: ELIGIBLE (judged on 2024-12-20 under Law 06/2022 and Decree 98/2023)
    /// - [met] …
    /// ```
    fn en(&self) -> Cow<'_, str> {
        let regime = match &self.regime_name {
            Some(n) => n.en.clone(),
            None => self.regime.to_string(),
        };
        let mut out = format!(
            "{} — \"{}\" for {}: {} (judged on {} under {})\n",
            self.who(),
            self.award.name_en(),
            self.year,
            self.outcome.en().to_uppercase(),
            self.judged_on,
            regime
        );
        for finding in &self.findings {
            out.push_str(&format!("- {}\n", finding.en()));
        }
        Cow::Owned(out)
    }
}

display_vi!(Verdict);

crate::lang::bilingual_enum!(Status {
    Met => "đạt", "met";
    Unknown => "chưa xác định", "unknown";
    Unmet => "không đạt", "unmet";
});

display_vi!(Status);

crate::lang::bilingual_enum!(Outcome {
    Eligible => "đủ điều kiện", "eligible";
    NeedsReview => "cần xem xét thêm", "needs review";
    Ineligible => "không đủ điều kiện", "ineligible";
});

display_vi!(Outcome);
