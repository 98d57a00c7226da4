//! A proposal (hồ sơ đề nghị khen thưởng): who proposes, to whom, for whom,
//! which awards, the achievement period, the dates and the dossier's parts.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::authority::Authority;
use crate::award::Award;
use crate::collectives::{Collective, MemberTally};
use crate::eligibility::Merits;
use crate::history::{CommendationKind, Recipient};
use crate::id::UnitId;
use crate::law::DossierPart;
use crate::people::Person;
use crate::period::Period;

/// The parts of a dossier as facts: a part marked `true` is there, `false`
/// is known to be missing, and a part not marked is *unknown* (never
/// "missing").
///
/// # Example
///
/// ```
/// use thidua::law::DossierPart;
/// use thidua::proposal::Dossier;
///
/// let d = Dossier::default().with(DossierPart::Submission).without(DossierPart::ReviewMinutes);
/// assert_eq!(d.has(DossierPart::Submission), Some(true));
/// assert_eq!(d.has(DossierPart::ReviewMinutes), Some(false));
/// assert_eq!(d.has(DossierPart::AchievementReport), None);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Dossier(BTreeMap<DossierPart, bool>);

impl Dossier {
    /// The same dossier with `part` there.
    #[must_use]
    pub fn with(mut self, part: DossierPart) -> Dossier {
        self.0.insert(part, true);
        self
    }

    /// The same dossier with `part` known to be missing.
    #[must_use]
    pub fn without(mut self, part: DossierPart) -> Dossier {
        self.0.insert(part, false);
        self
    }

    /// Whether `part` is there: `None` when nobody said.
    #[must_use]
    pub fn has(&self, part: DossierPart) -> Option<bool> {
        self.0.get(&part).copied()
    }
}

/// Who a nominee is, with the facts the rules read.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Candidate {
    /// A person, with their yearly records, initiatives and award history.
    Person(Person),
    /// A collective, with its members' titles counted for the year.
    Collective {
        /// The collective.
        collective: Collective,
        /// Its members in the year judged.
        members: MemberTally,
    },
}

impl Candidate {
    /// Who receives the award.
    #[must_use]
    pub fn recipient(&self) -> Recipient {
        match self {
            Candidate::Person(p) => Recipient::Individual(p.id.clone()),
            Candidate::Collective { collective, .. } => {
                Recipient::Collective(collective.id.clone())
            }
        }
    }

    /// The name printed in the decision's list.
    #[must_use]
    pub fn name(&self) -> &str {
        match self {
            Candidate::Person(p) => &p.name,
            Candidate::Collective { collective, .. } => &collective.name,
        }
    }

    /// The unit a person works in, or the collective's own unit.
    #[must_use]
    pub fn unit(&self) -> &UnitId {
        match self {
            Candidate::Person(p) => &p.unit,
            Candidate::Collective { collective, .. } => &collective.id,
        }
    }
}

/// One line of a proposal's list (danh sách đề nghị): a person or a
/// collective, the award proposed for them, and their own parts of the
/// dossier (the report of achievements, the proof of an initiative).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nominee {
    /// Who.
    pub candidate: Candidate,
    /// The award proposed.
    pub award: Award,
    /// Their own parts of the dossier.
    #[serde(default)]
    pub dossier: Dossier,
    /// What the council found on the criteria it judges for the award (an
    /// overlay's [`FormCriteria`](crate::law::OverlayRule::FormCriteria)).
    #[serde(default, skip_serializing_if = "is_empty")]
    pub merits: Merits,
}

fn is_empty(m: &Merits) -> bool {
    m.answers().is_empty()
}

impl Nominee {
    /// A person proposed for `award`.
    #[must_use]
    pub fn person(person: Person, award: Award) -> Nominee {
        Nominee {
            candidate: Candidate::Person(person),
            award,
            dossier: Dossier::default(),
            merits: Merits::none(),
        }
    }

    /// A collective proposed for `award`, with its members counted.
    #[must_use]
    pub fn collective(collective: Collective, members: MemberTally, award: Award) -> Nominee {
        Nominee {
            candidate: Candidate::Collective {
                collective,
                members,
            },
            award,
            dossier: Dossier::default(),
            merits: Merits::none(),
        }
    }

    /// The same nominee with the council's answers on the criteria it
    /// judges.
    #[must_use]
    pub fn with_merits(mut self, merits: Merits) -> Nominee {
        self.merits = merits;
        self
    }

    /// The same nominee with their own parts of the dossier.
    #[must_use]
    pub fn with_dossier(mut self, dossier: Dossier) -> Nominee {
        self.dossier = dossier;
        self
    }
}

/// A proposal for awards (tờ trình, danh sách đề nghị, báo cáo thành tích,
/// biên bản họp bình xét), as the office that appraises it receives it.
///
/// Dates not given are unknown: a proposal without a reception date cannot
/// use a transitional article that keys on it, and a verdict that depends on
/// it needs review.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Authority, Award, Period, Person, PersonCategory, Rating, YearRecord};
/// use thidua::law::DossierPart;
/// use thidua::proposal::{Dossier, Nominee, Proposal};
///
/// let mut lan = Person::new("CB-01".parse()?, "Nguyễn Thị Lan", PersonCategory::CivilServant, "SO-NV".parse()?);
/// lan.service_start = NaiveDate::from_ymd_opt(2015, 3, 1);
/// lan.records.push(YearRecord::new(2025).rated(Rating::Excellent));
/// let p = Proposal::new(Authority::AgencyHead, Authority::ProvincialChair, Period::year(2025)?)
///     .numbered("45/TTr-SNV")
///     .received_on(NaiveDate::from_ymd_opt(2026, 9, 20).unwrap())
///     .with_dossier(Dossier::default().with(DossierPart::Submission))
///     .nominate(Nominee::person(lan, Award::MinistryOrProvinceCertificateOfMerit));
/// assert_eq!(p.nominees.len(), 1);
/// assert_eq!(p.submitted, None); // not given: unknown
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    /// The submission's number (số tờ trình), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Who proposes.
    pub proposer: Authority,
    /// The proposing unit, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposer_unit: Option<UnitId>,
    /// Who is asked to decide.
    pub to: Authority,
    /// The achievement period (thời gian lập thành tích): the whole period
    /// the awards reward, e.g. 2020–2024 for a Bằng khen of the Prime
    /// Minister; when a ladder's run breaks, its counts are reported for
    /// the whole period.
    pub period: Period,
    /// The kind of commendation asked for (thường xuyên, đột xuất,
    /// chuyên đề …); the regular kind unless said.
    #[serde(default = "regular", skip_serializing_if = "is_regular")]
    pub kind: CommendationKind,
    /// The day the proposal was submitted, if known.
    #[serde(
        default,
        deserialize_with = "crate::wire::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub submitted: Option<NaiveDate>,
    /// The day the appraising office received the dossier for appraisal
    /// (ngày tiếp nhận hồ sơ thẩm định), if known.
    #[serde(
        default,
        deserialize_with = "crate::wire::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub received: Option<NaiveDate>,
    /// The parts shared by every nominee (the submission, the minutes).
    #[serde(default)]
    pub dossier: Dossier,
    /// The list.
    #[serde(default)]
    pub nominees: Vec<Nominee>,
}

impl Proposal {
    /// A proposal by `proposer` to `to` for achievements of `period`, with no
    /// nominees, dates or parts yet.
    #[must_use]
    pub fn new(proposer: Authority, to: Authority, period: Period) -> Proposal {
        Proposal {
            number: None,
            proposer,
            proposer_unit: None,
            to,
            period,
            kind: CommendationKind::Regular,
            submitted: None,
            received: None,
            dossier: Dossier::default(),
            nominees: Vec::new(),
        }
    }

    /// The same proposal, for this kind of commendation.
    #[must_use]
    pub fn of_kind(mut self, kind: CommendationKind) -> Proposal {
        self.kind = kind;
        self
    }

    /// The same proposal with its submission's number.
    #[must_use]
    pub fn numbered(mut self, number: impl Into<String>) -> Proposal {
        self.number = Some(number.into());
        self
    }

    /// The same proposal from the unit `unit`.
    #[must_use]
    pub fn from_unit(mut self, unit: UnitId) -> Proposal {
        self.proposer_unit = Some(unit);
        self
    }

    /// The same proposal, submitted on `on`.
    #[must_use]
    pub fn submitted_on(mut self, on: NaiveDate) -> Proposal {
        self.submitted = Some(on);
        self
    }

    /// The same proposal, received for appraisal on `on`.
    #[must_use]
    pub fn received_on(mut self, on: NaiveDate) -> Proposal {
        self.received = Some(on);
        self
    }

    /// The same proposal with its shared parts.
    #[must_use]
    pub fn with_dossier(mut self, dossier: Dossier) -> Proposal {
        self.dossier = dossier;
        self
    }

    /// The same proposal with one more nominee.
    #[must_use]
    pub fn nominate(mut self, nominee: Nominee) -> Proposal {
        self.nominees.push(nominee);
        self
    }
}

fn regular() -> CommendationKind {
    CommendationKind::Regular
}

// Serde's `skip_serializing_if` passes a reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_regular(k: &CommendationKind) -> bool {
    *k == CommendationKind::Regular
}
