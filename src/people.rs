//! People (cá nhân) and their yearly records: the facts eligibility rules
//! read.
//!
//! A [`Person`] carries identity, category, unit and the start of continuous
//! service; one [`YearRecord`] per year (task rating, discipline, leave,
//! training, treatment after injury, transfer); the initiatives and research
//! topics recognised for them; and their award history
//! ([`Conferral`]s).
//!
//! Unknown facts are `None`, never a guess: a rule that needs a missing fact
//! says *needs review*.

use chrono::{Datelike, NaiveDate};

use crate::award::Award;
use crate::error::{Error, ErrorKind, Result, first_duplicate};
use crate::history::Conferral;
use crate::id::{InitiativeId, PersonId, UnitId};
use crate::lang::Bilingual as _;
use crate::text::named_enum;

named_enum! {
    /// Who a person is for the law: the category decides which standard
    /// applies (Law 06/2022 Art. 24 k1–k3).
    PersonCategory, "person category", "đối tượng" {
        /// Cán bộ: an elected or appointed official.
        Official = "official", "cán bộ", [];
        /// Công chức: a civil servant.
        CivilServant = "civil_servant", "công chức", [];
        /// Viên chức: an employee of a public service unit.
        PublicEmployee = "public_employee", "viên chức", [];
        /// Người lao động: a worker under a labour contract.
        Worker = "worker", "người lao động", ["công nhân"];
        /// Quân nhân: a member of the army.
        Soldier = "soldier", "quân nhân", ["bộ đội"];
        /// Công an: a member of the police.
        Police = "police", "công an", [];
        /// Dân quân (tự vệ): a member of the militia.
        Militia = "militia", "dân quân", ["dân quân tự vệ"];
        /// Nông dân: a farmer.
        Farmer = "farmer", "nông dân", [];
        /// Anyone else (other labourers, citizens).
        Other = "other", "khác", [];
    }
}

impl PersonCategory {
    /// Whether the person belongs to the armed forces, for whom the titles
    /// are "Chiến sĩ tiên tiến" and the like (Law 06/2022 Art. 24 k2).
    #[must_use]
    pub fn is_armed_forces(self) -> bool {
        matches!(
            self,
            PersonCategory::Soldier | PersonCategory::Police | PersonCategory::Militia
        )
    }

    /// The base yearly title of the category: "Chiến sĩ tiên tiến" for the
    /// armed forces, "Lao động tiên tiến" for everyone else (Law 06/2022
    /// Art. 24 k1–k2). "Chiến sĩ thi đua cơ sở" needs it.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Award, PersonCategory};
    ///
    /// assert_eq!(PersonCategory::Soldier.base_title(), Award::AdvancedSoldier);
    /// assert_eq!(PersonCategory::CivilServant.base_title(), Award::AdvancedWorker);
    /// ```
    #[must_use]
    pub fn base_title(self) -> Award {
        if self.is_armed_forces() {
            Award::AdvancedSoldier
        } else {
            Award::AdvancedWorker
        }
    }
}

named_enum! {
    /// Sex (giới tính): the law gives women priority and shorter tenure for
    /// some awards (Decree 98/2023 Art. 4).
    Sex, "sex", "giới tính" {
        /// Nữ.
        Female = "female", "nữ", [];
        /// Nam.
        Male = "male", "nam", [];
    }
}

named_enum! {
    /// The yearly task rating (xếp loại chất lượng), lowest first, so `>=`
    /// reads "or better".
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Rating;
    ///
    /// assert!(Rating::Excellent >= Rating::Good); // "hoàn thành tốt nhiệm vụ trở lên"
    /// assert_eq!("HTXS".parse::<Rating>()?, Rating::Excellent);
    /// assert_eq!("hoàn thành tốt nhiệm vụ".parse::<Rating>()?, Rating::Good);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    Rating, "rating", "xếp loại" {
        /// KHT: không hoàn thành nhiệm vụ.
        NotCompleted = "not_completed", "không hoàn thành nhiệm vụ", ["KHT", "KHTNV"];
        /// HT: hoàn thành nhiệm vụ.
        Completed = "completed", "hoàn thành nhiệm vụ", ["HT", "HTNV"];
        /// HTT: hoàn thành tốt nhiệm vụ.
        Good = "good", "hoàn thành tốt nhiệm vụ", ["HTT", "HTTNV"];
        /// HTXS: hoàn thành xuất sắc nhiệm vụ.
        Excellent = "excellent", "hoàn thành xuất sắc nhiệm vụ", ["HTXS", "HTXSNV"];
    }
}

impl Rating {
    /// The abbreviation offices print: `HTXS`, `HTT`, `HT`, `KHT`.
    #[must_use]
    pub fn abbreviation(self) -> &'static str {
        match self {
            Rating::Excellent => "HTXS",
            Rating::Good => "HTT",
            Rating::Completed => "HT",
            Rating::NotCompleted => "KHT",
        }
    }
}

named_enum! {
    /// A fact about a person that a rule reads and that may not be given:
    /// verdicts name it when it is missing, and [`FactSet`] collects them.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::people::Fact;
    ///
    /// assert_eq!(Fact::Discipline.id(), "discipline");
    /// assert_eq!(Fact::Discipline.to_string(), "kỷ luật");
    /// ```
    Fact, "fact", "dữ kiện" {
        /// The start of continuous service (`Person::service_start`).
        ServiceStart = "service_start", "ngày bắt đầu công tác liên tục", [];
        /// The initiatives and topics recognised (`Person::initiatives`).
        Initiatives = "initiatives", "sáng kiến, đề tài được công nhận", [];
        /// The disciplinary measures of a year.
        Discipline = "discipline", "kỷ luật", [];
        /// Whether a disciplinary process or inspection is open.
        PendingDiscipline = "discipline_pending", "việc đang bị xem xét kỷ luật, điều tra, thanh tra", [];
        /// The leave of a year.
        Leave = "leave", "thời gian nghỉ", [];
        /// The training courses of a year.
        Training = "training", "đào tạo, bồi dưỡng", [];
        /// The treatment after injury on duty of a year.
        InjuryTreatment = "injury_treatment", "điều trị do bị thương khi làm nhiệm vụ", [];
        /// The transfers of a year.
        Transfers = "transfers", "chuyển công tác", [];
    }
}

impl Fact {
    /// The English name, for reasons in English: `"discipline"`,
    /// `"start of service"`.
    #[must_use]
    pub fn name_en(self) -> &'static str {
        match self {
            Fact::ServiceStart => "start of service",
            Fact::Initiatives => "initiatives",
            Fact::Discipline => "discipline",
            Fact::PendingDiscipline => "pending discipline",
            Fact::Leave => "leave",
            Fact::Training => "training",
            Fact::InjuryTreatment => "injury treatment",
            Fact::Transfers => "transfers",
        }
    }

    const fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of [`Fact`]s: those not given for a person or a year.
///
/// # Example
///
/// ```
/// use thidua::people::{Fact, FactSet};
///
/// let mut missing = FactSet::EMPTY;
/// missing.insert(Fact::Leave);
/// assert!(missing.contains(Fact::Leave) && !missing.contains(Fact::Discipline));
/// assert_eq!(missing.iter().collect::<Vec<_>>(), [Fact::Leave]);
/// assert!(FactSet::YEAR.contains(Fact::Transfers));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FactSet(u16);

impl FactSet {
    /// No fact.
    pub const EMPTY: FactSet = FactSet(0);
    /// Every fact of a year's record (discipline, pending discipline,
    /// leave, training, treatment, transfers).
    pub const YEAR: FactSet = FactSet(
        Fact::Discipline.bit()
            | Fact::PendingDiscipline.bit()
            | Fact::Leave.bit()
            | Fact::Training.bit()
            | Fact::InjuryTreatment.bit()
            | Fact::Transfers.bit(),
    );

    /// The set of one fact.
    #[must_use]
    pub const fn of(fact: Fact) -> FactSet {
        FactSet(fact.bit())
    }

    /// Whether `fact` is in the set.
    #[must_use]
    pub const fn contains(self, fact: Fact) -> bool {
        self.0 & fact.bit() != 0
    }

    /// Adds `fact`.
    pub fn insert(&mut self, fact: Fact) {
        self.0 |= fact.bit();
    }

    /// Both sets together.
    #[must_use]
    pub const fn union(self, other: FactSet) -> FactSet {
        FactSet(self.0 | other.0)
    }

    /// Whether the set is empty.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The facts of the set, in the order of [`Fact::ALL`].
    pub fn iter(self) -> impl Iterator<Item = Fact> {
        Fact::ALL.iter().copied().filter(move |f| self.contains(*f))
    }
}

named_enum! {
    /// A disciplinary form (hình thức kỷ luật), lightest first, so `>=` reads
    /// "or heavier" ("từ hình thức khiển trách trở lên").
    DisciplineForm, "discipline form", "hình thức kỷ luật" {
        /// Khiển trách: reprimand.
        Reprimand = "reprimand", "khiển trách", ["khien_trach"];
        /// Cảnh cáo: warning.
        Warning = "warning", "cảnh cáo", ["canh_cao"];
        /// Hạ bậc lương: salary step lowered.
        SalaryDemotion = "salary_demotion", "hạ bậc lương", [];
        /// Giáng chức: demotion.
        Demotion = "demotion", "giáng chức", [];
        /// Cách chức: removal from post.
        Dismissal = "dismissal", "cách chức", ["cach_chuc"];
        /// Buộc thôi việc: forced resignation.
        ForcedResignation = "forced_resignation", "buộc thôi việc", [];
    }
}

/// A disciplinary measure: its form, the day it was decided and the end of
/// its period (thời hạn kỷ luật), when known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Discipline {
    /// The form.
    pub form: DisciplineForm,
    /// The day the disciplinary decision was made.
    #[serde(deserialize_with = "crate::wire::date::deserialize")]
    pub decided_on: NaiveDate,
    /// The day the discipline period ends, if known.
    #[serde(
        default,
        deserialize_with = "crate::wire::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub ends_on: Option<NaiveDate>,
}

named_enum! {
    /// Why a person was on leave.
    LeaveKind, "leave kind", "loại nghỉ" {
        /// Nghỉ thai sản: maternity leave under the social-insurance regime.
        Maternity = "maternity", "nghỉ thai sản", ["thai sản"];
        /// Nghỉ ốm: sick leave.
        Sick = "sick", "nghỉ ốm", ["ốm"];
        /// Any other leave.
        Other = "other", "nghỉ khác", ["khác"];
    }
}

/// Leave taken in a year, in working days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Leave {
    /// Why.
    pub kind: LeaveKind,
    /// How many working days.
    pub working_days: u16,
}

named_enum! {
    /// The grade of a training course's result, lowest first.
    TrainingResult, "training result", "kết quả đào tạo" {
        /// Không đạt: failed.
        Failed = "failed", "không đạt", [];
        /// Trung bình: pass.
        Average = "average", "trung bình", [];
        /// Khá: fair (the 2017–2023 bar for courses of a year or more).
        Fair = "fair", "khá", [];
        /// Giỏi: good.
        Good = "good", "giỏi", [];
        /// Xuất sắc: excellent.
        Excellent = "excellent", "xuất sắc", [];
    }
}

/// Training or retraining (đào tạo, bồi dưỡng) taken in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Training {
    /// Length of the course in months.
    pub months: u16,
    /// Whether the person kept the training institution's rules, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept_rules: Option<bool>,
    /// The result, if graded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<TrainingResult>,
}

/// Treatment after an injury on duty or in a rescue (điều trị, điều dưỡng do
/// bị thương khi làm nhiệm vụ).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InjuryTreatment {
    /// Days of treatment.
    pub days: u16,
    /// Whether a medical facility certified it (from 2024: "cấp huyện hoặc
    /// tương đương trở lên"), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certified: Option<bool>,
}

/// A move from another unit during the year (chuyển công tác).
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Transfer {
    /// The unit the person came from.
    pub from_unit: UnitId,
    /// The day of the move.
    #[serde(deserialize_with = "crate::wire::date::deserialize")]
    pub on: NaiveDate,
    /// Months worked at the old unit in the year of the move.
    pub months_at_previous_unit: u16,
    /// Whether the old unit's comments (ý kiến nhận xét) were received, if
    /// known. The law asks for them after 6 months or more there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_unit_comments: Option<bool>,
}

/// What a person did in one calendar year: the facts a yearly title is judged
/// on.
///
/// Every fact a rule reads tells "not given" from "none". A fact not given
/// is `None` (on the wire: the key is absent, or `null`), and a rule that
/// reads it comes back *unknown*, never *unmet* or *met*; "none" is an
/// empty list (`"discipline": []`) or `false`. [`YearRecord::new`] gives
/// nothing; [`otherwise_none`](YearRecord::otherwise_none) states "nothing
/// else happened" for every fact still not given.
///
/// | field | not given | none |
/// |---|---|---|
/// | `rating` | `None` (not rated yet) | — |
/// | `discipline` | `None` | `Some(vec![])` / `"discipline": []` |
/// | `discipline_pending` | `None` | `Some(false)` / `"discipline_pending": false` |
/// | `leave`, `training`, `injury_treatment`, `transfers` | `None` | `Some(vec![])` / `[]` |
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Rating, YearRecord};
/// use thidua::people::{Discipline, DisciplineForm, Fact, Leave, LeaveKind};
///
/// let mut r = YearRecord::new(2021).rated(Rating::Good).otherwise_none();
/// r.add_leave(Leave { kind: LeaveKind::Sick, working_days: 25 });
/// r.add_leave(Leave { kind: LeaveKind::Sick, working_days: 20 });
/// r.add_discipline(Discipline {
///     form: DisciplineForm::Reprimand,
///     decided_on: NaiveDate::from_ymd_opt(2021, 5, 4).unwrap(),
///     ends_on: None,
/// });
/// // 45 days of sick leave: over a province's limit of 40, if it sets one.
/// assert_eq!(r.leave_days(LeaveKind::Sick), Some(45));
/// assert_eq!(r.heaviest_discipline().map(|d| d.form), Some(DisciplineForm::Reprimand));
/// assert!(r.unknown().is_empty());
/// // Not given is not "none": rules read it as unknown.
/// let bare = YearRecord::new(2022);
/// assert_eq!(bare.rating, None);
/// assert_eq!(bare.discipline, None);
/// assert!(bare.unknown().contains(Fact::Discipline));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct YearRecord {
    /// The calendar year.
    pub year: i32,
    /// The task rating, once rated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// The disciplinary measures decided in the year; `None` when not
    /// given. A measure decided last year may still run into this one: it
    /// is read from last year's record, and a year in service whose
    /// discipline is not given (no record, or `None`) leaves this year's
    /// discipline period unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discipline: Option<Vec<Discipline>>,
    /// Whether a disciplinary process, investigation, inspection or verified
    /// complaint is open against the person on the judging date; `None`
    /// when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discipline_pending: Option<bool>,
    /// Leave taken; `None` when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leave: Option<Vec<Leave>>,
    /// Training courses taken; `None` when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training: Option<Vec<Training>>,
    /// Treatment after injury on duty; `None` when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub injury_treatment: Option<Vec<InjuryTreatment>>,
    /// Moves from another unit; `None` when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfers: Option<Vec<Transfer>>,
}

impl YearRecord {
    /// A record for `year` with nothing given yet: every fact is unknown
    /// until set.
    #[must_use]
    pub fn new(year: i32) -> YearRecord {
        YearRecord {
            year,
            ..YearRecord::default()
        }
    }

    /// The same record with a rating.
    #[must_use]
    pub fn rated(mut self, rating: Rating) -> YearRecord {
        self.rating = Some(rating);
        self
    }

    /// The same record with every fact still not given stated as none: no
    /// discipline, nothing pending, no leave, training, treatment or
    /// transfer. The rating is left as it is (a rating is never "none").
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Rating, YearRecord};
    ///
    /// let r = YearRecord::new(2024).rated(Rating::Good).otherwise_none();
    /// assert_eq!(r.discipline, Some(vec![]));
    /// assert_eq!(r.discipline_pending, Some(false));
    /// assert!(r.unknown().is_empty());
    /// ```
    #[must_use]
    pub fn otherwise_none(mut self) -> YearRecord {
        self.discipline.get_or_insert_with(Vec::new);
        self.discipline_pending.get_or_insert(false);
        self.leave.get_or_insert_with(Vec::new);
        self.training.get_or_insert_with(Vec::new);
        self.injury_treatment.get_or_insert_with(Vec::new);
        self.transfers.get_or_insert_with(Vec::new);
        self
    }

    /// Adds a disciplinary measure (the list is then given).
    pub fn add_discipline(&mut self, d: Discipline) {
        self.discipline.get_or_insert_with(Vec::new).push(d);
    }

    /// Adds leave (the list is then given).
    pub fn add_leave(&mut self, l: Leave) {
        self.leave.get_or_insert_with(Vec::new).push(l);
    }

    /// Adds a training course (the list is then given).
    pub fn add_training(&mut self, t: Training) {
        self.training.get_or_insert_with(Vec::new).push(t);
    }

    /// Adds a treatment after injury (the list is then given).
    pub fn add_injury_treatment(&mut self, t: InjuryTreatment) {
        self.injury_treatment.get_or_insert_with(Vec::new).push(t);
    }

    /// Adds a transfer (the list is then given).
    pub fn add_transfer(&mut self, t: Transfer) {
        self.transfers.get_or_insert_with(Vec::new).push(t);
    }

    /// The facts of the record that are not given (the rating apart: a
    /// record not rated yet has `rating: None`).
    #[must_use]
    pub fn unknown(&self) -> FactSet {
        let mut set = FactSet::EMPTY;
        let mut mark = |given: bool, fact: Fact| {
            if !given {
                set.insert(fact);
            }
        };
        mark(self.discipline.is_some(), Fact::Discipline);
        mark(self.discipline_pending.is_some(), Fact::PendingDiscipline);
        mark(self.leave.is_some(), Fact::Leave);
        mark(self.training.is_some(), Fact::Training);
        mark(self.injury_treatment.is_some(), Fact::InjuryTreatment);
        mark(self.transfers.is_some(), Fact::Transfers);
        set
    }

    /// The heaviest discipline of the year, if the discipline is given and
    /// not empty.
    #[must_use]
    pub fn heaviest_discipline(&self) -> Option<&Discipline> {
        self.discipline
            .iter()
            .flatten()
            .max_by_key(|d| (d.form, d.decided_on))
    }

    /// Working days of leave of `kind`, if the leave is given; a sum past
    /// `u32::MAX` (tens of thousands of entries) stays at `u32::MAX`, far
    /// past any limit.
    #[must_use]
    pub fn leave_days(&self, kind: LeaveKind) -> Option<u32> {
        self.leave.as_ref().map(|leave| {
            leave
                .iter()
                .filter(|l| l.kind == kind)
                .fold(0u32, |sum, l| sum.saturating_add(u32::from(l.working_days)))
        })
    }
}

named_enum! {
    /// What was recognised: an initiative, a research work, or combat
    /// ingenuity.
    InitiativeKind, "initiative kind", "loại sáng kiến" {
        /// Sáng kiến: an initiative.
        Initiative = "initiative", "sáng kiến", [];
        /// Đề tài, đề án, công trình khoa học (và công nghệ): a research
        /// topic or scientific work, accepted and applied.
        ResearchTopic = "research_topic", "đề tài khoa học", ["đề tài", "đề án khoa học", "công trình khoa học"];
        /// Mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu: combat
        /// ingenuity (armed forces).
        CombatIngenuity = "combat_ingenuity", "mưu trí, sáng tạo trong chiến đấu", [];
    }
}

named_enum! {
    /// The scope at which an initiative's effect was recognised, narrowest
    /// first, so `>=` reads "or wider".
    Scope, "scope", "phạm vi" {
        /// Cơ sở: the grassroots unit.
        Grassroots = "grassroots", "cấp cơ sở", ["cơ sở"];
        /// Bộ, ban, ngành, tỉnh: a ministry, sector or province.
        MinistryOrProvince = "ministry_or_province", "cấp bộ, ban, ngành, tỉnh", ["cấp tỉnh", "cấp bộ", "tỉnh", "bộ"];
        /// Toàn quốc: nationwide.
        National = "national", "toàn quốc", ["cấp toàn quốc"];
    }
}

/// The recognition of an initiative, research topic or act of combat
/// ingenuity at a scope on a date. Each initiative supports one award only
/// (Official letter 5007/BNV-TĐKT).
///
/// An initiative recognised by its unit and later at provincial scope is two
/// records with the same id: "Chiến sĩ thi đua cơ sở" reads the grassroots
/// record ("được cơ sở công nhận"), the provincial title the provincial one,
/// and using either uses the initiative.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::people::{Initiative, InitiativeKind, Scope};
///
/// let grassroots = Initiative {
///     id: "SK-2024-01".parse()?,
///     kind: InitiativeKind::Initiative,
///     scope: Scope::Grassroots,
///     recognised_on: NaiveDate::from_ymd_opt(2024, 9, 1).unwrap(),
/// };
/// // Recognised again by the province: a second record, the same id.
/// let provincial = Initiative {
///     scope: Scope::MinistryOrProvince,
///     recognised_on: NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(),
///     ..grassroots.clone()
/// };
/// assert_eq!(grassroots.id, provincial.id);
/// // Dates on the wire as offices write them too.
/// let read: Initiative = serde_json::from_str(
///     r#"{"id": "SK-2024-01", "kind": "initiative", "scope": "grassroots", "recognised_on": "01/09/2024"}"#,
/// ).unwrap();
/// assert_eq!(read, grassroots);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Initiative {
    /// Its id, so that awards can say they relied on it.
    pub id: InitiativeId,
    /// What it is.
    pub kind: InitiativeKind,
    /// The widest scope at which its effect was recognised.
    pub scope: Scope,
    /// The day it was recognised.
    #[serde(deserialize_with = "crate::wire::date::deserialize")]
    pub recognised_on: NaiveDate,
}

/// A person with their yearly records, initiatives and award history.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Person, PersonCategory, Rating, YearRecord};
///
/// let mut p = Person::new("CB-01".parse()?, "Nguyễn Thị Lan", PersonCategory::CivilServant, "PHONG-TC".parse()?);
/// p.service_start = NaiveDate::from_ymd_opt(2015, 3, 1);
/// p.records.push(YearRecord::new(2021).rated(Rating::Excellent).otherwise_none());
/// p.initiatives = Some(vec![]); // none recognised
/// assert_eq!(p.record(2021).and_then(|r| r.rating), Some(Rating::Excellent));
/// assert!(p.unknown().is_empty());
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Person {
    /// The id.
    pub id: PersonId,
    /// The full name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The category that decides which standard applies.
    pub category: PersonCategory,
    /// Sex, if recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// The unit the person works in during the year judged.
    pub unit: UnitId,
    /// Start of continuous service at the agency (the new-hire rules count
    /// from here); `None` when not given, and the new-hire rule then needs
    /// review.
    #[serde(
        default,
        deserialize_with = "crate::wire::date::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub service_start: Option<NaiveDate>,
    /// One record per year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<YearRecord>,
    /// Initiatives and research topics recognised; `None` when not given
    /// (`Some(vec![])`, on the wire `"initiatives": []`, says there are
    /// none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiatives: Option<Vec<Initiative>>,
    /// Awards received (the award history).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub awards: Vec<Conferral>,
}

impl Person {
    /// A person with no records yet.
    #[must_use]
    pub fn new(
        id: PersonId,
        name: impl Into<String>,
        category: PersonCategory,
        unit: UnitId,
    ) -> Person {
        Person {
            id,
            name: name.into(),
            category,
            sex: None,
            unit,
            service_start: None,
            records: Vec::new(),
            initiatives: None,
            awards: Vec::new(),
        }
    }

    /// Adds a recognised initiative (the list is then given).
    pub fn add_initiative(&mut self, initiative: Initiative) {
        self.initiatives
            .get_or_insert_with(Vec::new)
            .push(initiative);
    }

    /// The initiatives given, or none.
    pub fn initiatives(&self) -> impl Iterator<Item = &Initiative> {
        self.initiatives.iter().flatten()
    }

    /// The facts about the person (not of a year) that are not given: the
    /// start of service, the initiatives.
    #[must_use]
    pub fn unknown(&self) -> FactSet {
        let mut set = FactSet::EMPTY;
        if self.service_start.is_none() {
            set.insert(Fact::ServiceStart);
        }
        if self.initiatives.is_none() {
            set.insert(Fact::Initiatives);
        }
        set
    }

    /// The record of `year`, if any.
    #[must_use]
    pub fn record(&self, year: i32) -> Option<&YearRecord> {
        self.records.iter().find(|r| r.year == year)
    }

    /// Checks the facts for judging on `as_of`: no two records of one year,
    /// no record of a year after `as_of`, no initiative recognised after
    /// `as_of`, no award for a period starting after `as_of`. (A start of
    /// service after `as_of`, or a record from before it, is not an error:
    /// the verdict's findings say so.)
    ///
    /// # Errors
    ///
    /// The first problem found, naming the person and the value.
    ///
    /// # Example
    ///
    /// ```
    /// # use thidua::Bilingual as _;
    /// use chrono::NaiveDate;
    /// use thidua::{ErrorKind, Person, PersonCategory, Rating, YearRecord};
    ///
    /// let mut p = Person::new("CB-01".parse()?, "", PersonCategory::CivilServant, "P-TC".parse()?);
    /// p.records.push(YearRecord::new(2021).rated(Rating::Good));
    /// p.validate(NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?;
    ///
    /// p.records.push(YearRecord::new(2021).rated(Rating::Excellent));
    /// let err = p.validate(NaiveDate::from_ymd_opt(2021, 12, 20).unwrap()).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Duplicate);
    /// assert_eq!(err.en(), "person 'CB-01': two records for year 2021");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn validate(&self, as_of: NaiveDate) -> Result<()> {
        let who = || format!("person '{}'", self.id);
        let who_vi = || format!("người '{}'", self.id);
        if let Some(r) = first_duplicate(&self.records, |r| r.year) {
            return Err(Error::new(
                ErrorKind::Duplicate,
                format!("{}: hai bản ghi cho năm {}", who_vi(), r.year),
                format!("{}: two records for year {}", who(), r.year),
            ));
        }
        for r in &self.records {
            if r.year > as_of.year() {
                return Err(Error::out_of_range(
                    format!("{}: bản ghi năm {} sau ngày xét {as_of}", who_vi(), r.year),
                    format!(
                        "{}: record for year {} is after the judging date {as_of}",
                        who(),
                        r.year
                    ),
                ));
            }
        }
        // One record per recognition: the same initiative may be recognised
        // at several scopes, once each.
        let initiatives = self.initiatives.as_deref().unwrap_or_default();
        if let Some(ini) = first_duplicate(initiatives, |i| (&i.id, i.scope)) {
            return Err(Error::new(
                ErrorKind::Duplicate,
                format!(
                    "{}: sáng kiến '{}' được công nhận hai lần ở {}",
                    who_vi(),
                    ini.id,
                    ini.scope
                ),
                format!(
                    "{}: initiative '{}' is recognised twice at {}",
                    who(),
                    ini.id,
                    ini.scope
                ),
            ));
        }
        for ini in initiatives {
            if ini.recognised_on > as_of {
                return Err(Error::out_of_range(
                    format!(
                        "{}: sáng kiến '{}' được công nhận ngày {} sau ngày xét {as_of}",
                        who_vi(),
                        ini.id,
                        ini.recognised_on
                    ),
                    format!(
                        "{}: initiative '{}' is recognised on {} after the judging date {as_of}",
                        who(),
                        ini.id,
                        ini.recognised_on
                    ),
                ));
            }
        }
        for c in &self.awards {
            if c.period.from() > as_of {
                return Err(Error::out_of_range(
                    format!(
                        "{}: danh hiệu '{}' cho {} bắt đầu sau ngày xét {as_of}",
                        who_vi(),
                        c.award,
                        c.period
                    ),
                    format!(
                        "{}: award '{}' for {} starts after the judging date {as_of}",
                        who(),
                        c.award,
                        c.period.en()
                    ),
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_parse_every_spelling() {
        assert_eq!("KHT".parse::<Rating>().unwrap(), Rating::NotCompleted);
        assert_eq!(
            "khong hoan thanh nhiem vu".parse::<Rating>().unwrap(),
            Rating::NotCompleted
        );
        assert_eq!(
            "canh_cao".parse::<DisciplineForm>().unwrap(),
            DisciplineForm::Warning
        );
        assert_eq!(
            "Cảnh cáo".parse::<DisciplineForm>().unwrap(),
            DisciplineForm::Warning
        );
        assert_eq!(
            "CÔNG CHỨC".parse::<PersonCategory>().unwrap(),
            PersonCategory::CivilServant
        );
        let err = "HTX".parse::<Rating>().unwrap_err();
        assert!(
            err.en().starts_with("unknown rating 'HTX'; did you mean"),
            "{err}"
        );
    }

    #[test]
    fn orders_read_as_law_does() {
        assert!(Rating::Excellent > Rating::Good && Rating::Good > Rating::Completed);
        assert!(DisciplineForm::Warning > DisciplineForm::Reprimand);
        assert!(Scope::National > Scope::MinistryOrProvince);
    }
}
