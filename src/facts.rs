//! The facts about a person that rules read, behind one trait, so that the
//! same rules judge a rich [`Person`] and a compact population row.

use chrono::{Datelike, NaiveDate};

use crate::award::Award;
use crate::history::{CommendationKind, Conferral, DecisionRef};
use crate::id::{InitiativeId, PersonId};
use crate::people::{
    DisciplineForm, Fact, FactSet, InitiativeKind, LeaveKind, Person, PersonCategory, Rating,
    Scope, Training, YearRecord,
};
use crate::period::Period;

/// A disciplinary measure as the rules see it: its form, and its dates when
/// known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DisciplineFact {
    /// The form.
    pub form: DisciplineForm,
    /// The day it was decided, if known.
    pub decided_on: Option<NaiveDate>,
    /// The day its period ends, if known.
    pub ends_on: Option<NaiveDate>,
}

/// Days of treatment after injury on duty, by whether a medical facility
/// certified them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct InjuryDays {
    /// Days certified.
    pub certified: u32,
    /// Days known not to be certified.
    pub not_certified: u32,
    /// Days whose certification is not known.
    pub unsure: u32,
}

/// What a year's record says, summarised into a small value: the form the
/// rules read.
///
/// The summary of a fact not given is empty (no discipline, zero days) and
/// the fact is in [`unknown`](YearFacts::unknown): rules read that set
/// first. The default value has every fact given and none happened, the
/// form of storage that records every event (a population's rows).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct YearFacts {
    /// The task rating, once rated.
    pub rating: Option<Rating>,
    /// The heaviest disciplinary form of the year; its `ends_on` is the
    /// latest end of the year's discipline periods (`None` if any is
    /// unknown).
    pub discipline: Option<DisciplineFact>,
    /// Whether a disciplinary process or inspection is open.
    pub discipline_pending: bool,
    /// The training of the year, summarised: the longest course, whether
    /// every course's rules were kept (`Some(false)` if one was broken,
    /// `None` if one is not known), and the lowest result of the courses of
    /// a year or more (`None` if one has none yet).
    pub training: Option<Training>,
    /// Days of treatment after injury on duty.
    pub injury_days: InjuryDays,
    /// Months at the old unit, and whether its comments came, after the
    /// transfer of the year that weighs most (the longest stay whose
    /// comments are not in, else the longest).
    pub transfer: Option<(u16, Option<bool>)>,
    /// Working days of sick leave and other leave (maternity leave is work
    /// time under every bundled regime, so it is kept apart).
    pub sick_and_other_leave_days: u32,
    /// Working days of maternity leave.
    pub maternity_leave_days: u32,
    /// The facts of the year that were not given.
    pub unknown: FactSet,
}

/// `Some(true)` if all are true, `Some(false)` if one is false, else
/// `None`.
fn all_known(values: impl Iterator<Item = Option<bool>>) -> Option<bool> {
    let mut all = Some(true);
    for v in values {
        match v {
            Some(false) => return Some(false),
            None => all = None,
            Some(true) => {}
        }
    }
    all
}

fn training_summary(courses: &[Training]) -> Option<Training> {
    let months = courses.iter().map(|t| t.months).max()?;
    let long: Vec<&Training> = courses.iter().filter(|t| t.months >= 12).collect();
    let result = if long.iter().any(|t| t.result.is_none()) {
        None
    } else {
        long.iter().filter_map(|t| t.result).min()
    };
    Some(Training {
        months,
        kept_rules: all_known(courses.iter().map(|t| t.kept_rules)),
        result,
    })
}

impl From<&YearRecord> for YearFacts {
    fn from(r: &YearRecord) -> YearFacts {
        let list = r.discipline.as_deref().unwrap_or_default();
        let discipline = r.heaviest_discipline().map(|d| DisciplineFact {
            form: d.form,
            decided_on: Some(d.decided_on),
            ends_on: list
                .iter()
                .map(|d| d.ends_on)
                .try_fold(None::<NaiveDate>, |acc, e| e.map(|e| acc.max(Some(e))))
                .flatten(),
        });
        let mut injury_days = InjuryDays::default();
        for t in r.injury_treatment.iter().flatten() {
            let slot = match t.certified {
                Some(true) => &mut injury_days.certified,
                Some(false) => &mut injury_days.not_certified,
                None => &mut injury_days.unsure,
            };
            *slot = slot.saturating_add(u32::from(t.days));
        }
        let transfers = r.transfers.as_deref().unwrap_or_default();
        let weighs = transfers.iter().max_by_key(|t| {
            (
                t.previous_unit_comments != Some(true),
                t.months_at_previous_unit,
            )
        });
        let days = |kind| r.leave_days(kind).unwrap_or(0);
        YearFacts {
            rating: r.rating,
            discipline,
            discipline_pending: r.discipline_pending.unwrap_or(false),
            training: training_summary(r.training.as_deref().unwrap_or_default()),
            injury_days,
            transfer: weighs.map(|t| (t.months_at_previous_unit, t.previous_unit_comments)),
            sick_and_other_leave_days: days(LeaveKind::Sick).saturating_add(days(LeaveKind::Other)),
            maternity_leave_days: days(LeaveKind::Maternity),
            unknown: r.unknown(),
        }
    }
}

/// An initiative or topic as the rules see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InitiativeFact<'a> {
    /// Its id; `None` for one known only by a yearly count.
    pub id: Option<&'a InitiativeId>,
    /// What it is.
    pub kind: InitiativeKind,
    /// The scope recognised.
    pub scope: Scope,
    /// The day it was recognised; when only the year is known, the first
    /// day of that year.
    pub recognised_on: NaiveDate,
    /// Whether `recognised_on` is the real day (`false`: only the year is
    /// known).
    pub dated: bool,
    /// Its position among the person's initiatives, for labels.
    pub ordinal: u32,
}

impl InitiativeFact<'_> {
    /// Its id, or a label such as `"sáng kiến cấp cơ sở năm 2021 #1"`.
    #[must_use]
    pub fn label(&self) -> String {
        match self.id {
            Some(id) => id.to_string(),
            None => format!(
                "{} {} năm {} #{}",
                self.kind.name_vi(),
                self.scope.name_vi(),
                self.recognised_on.year(),
                self.ordinal + 1
            ),
        }
    }
}

/// A conferral as the rules see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConferralFact<'a> {
    /// The award.
    pub award: Award,
    /// The achievement period.
    pub period: Period,
    /// Whether it stands (was not revoked).
    pub in_force: bool,
    /// The initiatives it relied on.
    pub relied_on: &'a [InitiativeId],
    /// The decision, if known.
    pub decision: Option<&'a DecisionRef>,
}

impl<'a> From<&'a Conferral> for ConferralFact<'a> {
    fn from(c: &'a Conferral) -> ConferralFact<'a> {
        ConferralFact {
            award: c.award,
            period: c.period,
            in_force: c.is_in_force(),
            relied_on: &c.relied_on,
            decision: c.decision.as_ref(),
        }
    }
}

/// The facts about a person that the eligibility rules read.
///
/// [`Person`] implements it; so do the compact rows of a population review.
/// Implement it over your own storage to judge people without copying them
/// into [`Person`] values.
pub trait PersonFacts {
    /// The person's id.
    fn person_id(&self) -> &PersonId;
    /// The person's name, if known: a verdict's header prints it.
    fn person_name(&self) -> Option<&str> {
        None
    }
    /// The category that decides the standard.
    fn category(&self) -> PersonCategory;
    /// The start of continuous service, `None` when not given.
    fn service_start(&self) -> Option<NaiveDate>;
    /// The facts of one year, if there is a record.
    fn year(&self, year: i32) -> Option<YearFacts>;
    /// The facts about the person (not of a year) that are not given:
    /// [`Fact::ServiceStart`], [`Fact::Initiatives`]. The default gives
    /// every fact: storage that records every event (a population's rows)
    /// need not override it.
    fn unknown(&self) -> FactSet {
        if self.service_start().is_none() {
            FactSet::of(Fact::ServiceStart)
        } else {
            FactSet::EMPTY
        }
    }
    /// The facts of `year` that are not given: those of its record, and
    /// for a year without a record, what storage that does not record every
    /// event cannot say. The default reads the record, and a year without
    /// one has nothing unknown (storage that records every event, such as
    /// a population, says so).
    fn unknown_in(&self, year: i32) -> FactSet {
        self.year(year).map_or(FactSet::EMPTY, |f| f.unknown)
    }
    /// The initiatives and topics recognised.
    fn initiatives(&self) -> impl Iterator<Item = InitiativeFact<'_>>;
    /// The initiatives recognised on `from` or later. The default filters
    /// [`initiatives`](PersonFacts::initiatives); storage kept by year can
    /// skip the years before.
    fn initiatives_since(&self, from: NaiveDate) -> impl Iterator<Item = InitiativeFact<'_>> {
        self.initiatives().filter(move |i| i.recognised_on >= from)
    }
    /// The award history.
    fn conferrals(&self) -> impl Iterator<Item = ConferralFact<'_>>;
    /// The kind of commendation recorded for the conferral of `award` for
    /// `period` (thường xuyên, đột xuất …), if recorded. The default records
    /// none: every kind is unknown, and a rule that reads it needs review.
    fn kind_of(&self, award: Award, period: Period) -> Option<CommendationKind> {
        let _ = (award, period);
        None
    }
    /// The outcome of `award` for `year` when the review has already decided
    /// it, e.g. "Chiến sĩ thi đua cơ sở" after a quota: `Some(true)`
    /// conferred, `Some(false)` not. The default, `None`, lets the rules
    /// judge it.
    fn decided(&self, award: Award, year: i32) -> Option<bool> {
        let _ = (award, year);
        None
    }

    /// Checks the facts can be judged on `on` (no duplicate years, nothing
    /// after `on`). The default accepts everything: storage that validates
    /// when it is built need not check again.
    ///
    /// # Errors
    ///
    /// The first problem found, naming the value.
    fn validate(&self, on: NaiveDate) -> crate::error::Result<()> {
        let _ = on;
        Ok(())
    }
}

impl PersonFacts for Person {
    fn person_id(&self) -> &PersonId {
        &self.id
    }

    fn person_name(&self) -> Option<&str> {
        Some(self.name.as_str()).filter(|n| !n.trim().is_empty())
    }

    fn category(&self) -> PersonCategory {
        self.category
    }

    fn service_start(&self) -> Option<NaiveDate> {
        self.service_start
    }

    fn year(&self, year: i32) -> Option<YearFacts> {
        self.record(year).map(YearFacts::from)
    }

    fn unknown(&self) -> FactSet {
        Person::unknown(self)
    }

    fn unknown_in(&self, year: i32) -> FactSet {
        match self.record(year) {
            Some(r) => r.unknown(),
            // Not in service that year (it started after the year ended):
            // nothing happened here to be told.
            None if self
                .service_start
                .zip(NaiveDate::from_ymd_opt(year.saturating_add(1), 1, 1))
                .is_some_and(|(start, next)| start >= next) =>
            {
                FactSet::EMPTY
            }
            // A year in service without a record: nothing about it is given.
            None => FactSet::YEAR,
        }
    }

    fn initiatives(&self) -> impl Iterator<Item = InitiativeFact<'_>> {
        Person::initiatives(self)
            .zip(0u32..)
            .map(|(i, ordinal)| InitiativeFact {
                id: Some(&i.id),
                kind: i.kind,
                scope: i.scope,
                recognised_on: i.recognised_on,
                dated: true,
                ordinal,
            })
    }

    fn conferrals(&self) -> impl Iterator<Item = ConferralFact<'_>> {
        self.awards.iter().map(ConferralFact::from)
    }

    fn kind_of(&self, award: Award, period: Period) -> Option<CommendationKind> {
        self.awards
            .iter()
            .find(|c| c.award == award && c.period == period && c.kind.is_some())
            .and_then(|c| c.kind)
    }

    fn validate(&self, on: NaiveDate) -> crate::error::Result<()> {
        Person::validate(self, on)
    }
}
