//! Registrations (đăng ký thi đua) and their summaries.

use std::collections::HashSet;
use std::fmt;

use chrono::NaiveDate;

use super::Campaign;
use crate::award::Award;
use crate::error::{Error, ErrorKind, Result};
use crate::id::{CampaignId, PersonId, UnitId};
use crate::text::named_enum;
use crate::units::{Level, UnitRegistry};

named_enum! {
    /// How a registered title or model was judged at the end of a campaign.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::campaigns::Judgement;
    ///
    /// assert_eq!("đạt hiệu quả".parse::<Judgement>()?, Judgement::Achieved);
    /// assert_eq!("chua dat".parse::<Judgement>()?, Judgement::NotAchieved);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    Judgement, "judgement", "đánh giá" {
        /// Không đạt: not achieved.
        NotAchieved = "not_achieved", "không đạt", ["chưa đạt"];
        /// Đạt (hiệu quả): achieved.
        Achieved = "achieved", "đạt", ["đạt hiệu quả", "hoàn thành"];
    }
}

/// A title or commendation a registrant aims for, and how it turned out.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleAim {
    /// The title aimed for.
    pub award: Award,
    /// The judgement, once made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Judgement>,
}

/// A model (mô hình) a registrant undertakes to build, and whether it was
/// judged effective (đạt hiệu quả).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    /// The model, e.g. "Mô hình dân vận khéo trong xây dựng nông thôn mới".
    pub name: String,
    /// The judgement, once made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Judgement>,
}

/// A registration (đăng ký thi đua): a unit, or a person of a unit, registers
/// for a campaign the titles it aims for and the models it will build.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::Award;
/// use thidua::campaigns::{Judgement, Registration};
///
/// let r = Registration::new("PT-2021".parse()?, "PHONG-NV".parse()?, NaiveDate::from_ymd_opt(2021, 2, 1).unwrap())
///     .aim(Award::AdvancedCollective)
///     .model("Mô hình một cửa liên thông")
///     .judge_models(Judgement::Achieved)
///     .judge_titles(Judgement::Achieved);
/// assert_eq!(r.outcome(), Some(Judgement::Achieved));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    /// The campaign.
    pub campaign: CampaignId,
    /// The registering unit, or the unit of the registering person; its
    /// level is the level the summary counts the models at.
    pub unit: UnitId,
    /// The registering person, when a person registers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonId>,
    /// The day of registration.
    #[serde(deserialize_with = "crate::wire::date::deserialize")]
    pub registered_on: NaiveDate,
    /// Titles aimed for.
    #[serde(default)]
    pub titles: Vec<TitleAim>,
    /// Models to build.
    #[serde(default)]
    pub models: Vec<Model>,
}

impl Registration {
    /// A unit's registration with nothing registered yet.
    #[must_use]
    pub fn new(campaign: CampaignId, unit: UnitId, registered_on: NaiveDate) -> Registration {
        Registration {
            campaign,
            unit,
            person: None,
            registered_on,
            titles: Vec::new(),
            models: Vec::new(),
        }
    }

    /// The same registration made by `person` of the unit.
    #[must_use]
    pub fn by_person(mut self, person: PersonId) -> Registration {
        self.person = Some(person);
        self
    }

    /// The same registration aiming also for `award`.
    #[must_use]
    pub fn aim(mut self, award: Award) -> Registration {
        self.titles.push(TitleAim {
            award,
            outcome: None,
        });
        self
    }

    /// The same registration with one more model.
    #[must_use]
    pub fn model(mut self, name: impl Into<String>) -> Registration {
        self.models.push(Model {
            name: name.into(),
            outcome: None,
        });
        self
    }

    /// The same registration with every model judged `outcome`.
    #[must_use]
    pub fn judge_models(mut self, outcome: Judgement) -> Registration {
        for m in &mut self.models {
            m.outcome = Some(outcome);
        }
        self
    }

    /// The same registration with every title judged `outcome`.
    #[must_use]
    pub fn judge_titles(mut self, outcome: Judgement) -> Registration {
        for t in &mut self.titles {
            t.outcome = Some(outcome);
        }
        self
    }

    /// The registration as a whole: not achieved if any item was not,
    /// achieved if every item was, `None` while something is unjudged or
    /// nothing was registered.
    #[must_use]
    pub fn outcome(&self) -> Option<Judgement> {
        let items = self
            .titles
            .iter()
            .map(|t| t.outcome)
            .chain(self.models.iter().map(|m| m.outcome));
        let mut any = false;
        let mut all_judged = true;
        for o in items {
            any = true;
            match o {
                Some(Judgement::NotAchieved) => return Some(Judgement::NotAchieved),
                None => all_judged = false,
                Some(_) => {}
            }
        }
        (any && all_judged).then_some(Judgement::Achieved)
    }

    fn who_vi(&self) -> String {
        match &self.person {
            Some(p) => format!("người '{p}' của đơn vị '{}'", self.unit),
            None => format!("đơn vị '{}'", self.unit),
        }
    }

    fn who(&self) -> String {
        match &self.person {
            Some(p) => format!("person '{p}' of unit '{}'", self.unit),
            None => format!("unit '{}'", self.unit),
        }
    }
}

/// A count with its judged parts: "54/69" is 54 achieved of 69.
///
/// # Example
///
/// ```
/// let t = thidua::campaigns::Tally { registered: 69, achieved: 54, not_achieved: 15 };
/// assert_eq!(t.to_string(), "54/69");
/// assert_eq!(t.pending(), 0);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Tally {
    /// How many were registered.
    pub registered: usize,
    /// How many were judged achieved.
    pub achieved: usize,
    /// How many were judged not achieved.
    pub not_achieved: usize,
}

impl Tally {
    fn count(&mut self, outcome: Option<Judgement>) {
        self.registered = self.registered.saturating_add(1);
        match outcome {
            Some(Judgement::Achieved) => self.achieved = self.achieved.saturating_add(1),
            Some(Judgement::NotAchieved) => {
                self.not_achieved = self.not_achieved.saturating_add(1);
            }
            _ => {}
        }
    }

    /// How many are not judged yet.
    #[must_use]
    pub fn pending(&self) -> usize {
        self.registered
            .saturating_sub(self.achieved)
            .saturating_sub(self.not_achieved)
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.achieved, self.registered)
    }
}

/// The counts a report prints about a campaign's registrations: "147 đơn vị
/// đăng ký 147 mô hình; 54/69 mô hình cấp huyện đạt hiệu quả".
///
/// Models are counted at the level of the registering unit (a district's
/// departments are at district level, a commune's school at commune level;
/// see [`UnitRegistry::level`]).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::*;
/// use thidua::{authority::*, award::*, campaigns::*, citation::*, collectives::*, decision::*, eligibility::*, facts::*, fund::*, history::*, id::*, law::*, money::*, people::*, population::*, units::*};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let old = Period::new(d(2000, 1, 1), d(2025, 7, 1))?;
/// let units = UnitRegistry::new([
///     Unit::new("H".parse()?, "Huyện Đầm Hà", UnitKind::District, old),
///     Unit::new("P1".parse()?, "Phòng Nội vụ", UnitKind::Department, old).under("H".parse()?),
///     Unit::new("X1".parse()?, "Xã Quảng Lợi", UnitKind::Commune, old).under("H".parse()?),
/// ])?;
/// let campaign = Campaign::new(
///     "PT-2021".parse()?, "Phong trào thi đua năm 2021", CampaignKind::Regular,
///     Period::year(2021)?, "H".parse()?, Level::District, CampaignScope::Level(Level::Commune),
/// );
/// let on = d(2021, 3, 1);
/// let regs = [
///     Registration::new(campaign.id.clone(), "P1".parse()?, on).model("Mô hình A").judge_models(Judgement::Achieved),
///     Registration::new(campaign.id.clone(), "X1".parse()?, on).model("Mô hình B").judge_models(Judgement::NotAchieved),
/// ];
/// let summary = RegistrationSummary::new(&campaign, &regs, &units)?;
/// assert_eq!(
///     summary.to_string(),
///     "2 đơn vị đăng ký 2 mô hình; 1/1 mô hình cấp huyện đạt hiệu quả; 0/1 mô hình cấp xã đạt hiệu quả"
/// );
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct RegistrationSummary {
    units: usize,
    people: usize,
    registrations: Tally,
    models: Tally,
    models_by_level: Vec<(Level, Tally)>,
    titles: Vec<(Award, Tally)>,
}

impl RegistrationSummary {
    /// Checks `registrations` against `campaign` and `units` and counts them.
    ///
    /// # Errors
    ///
    /// Naming the registrant and the value: a registration for another
    /// campaign (`Conflict`); a registration dated outside the campaign's
    /// period (`OutOfRange`); an unknown unit (`UnknownReference`); the same
    /// unit or person registering twice (`Duplicate`).
    pub fn new(
        campaign: &Campaign,
        registrations: &[Registration],
        units: &UnitRegistry,
    ) -> Result<RegistrationSummary> {
        let mut seen: HashSet<(&UnitId, Option<&PersonId>)> = HashSet::new();
        let mut unit_ids: HashSet<&UnitId> = HashSet::new();
        let mut people: HashSet<&PersonId> = HashSet::new();
        let mut summary = RegistrationSummary {
            units: 0,
            people: 0,
            registrations: Tally::default(),
            models: Tally::default(),
            models_by_level: Vec::new(),
            titles: Vec::new(),
        };
        for r in registrations {
            campaign.check_registration(r)?;
            let level = units.level(&r.unit).map_err(|e| {
                e.context_in(
                    format_args!("đăng ký của {}", r.who_vi()),
                    format_args!("registration of {}", r.who()),
                )
            })?;
            if !seen.insert((&r.unit, r.person.as_ref())) {
                return Err(Error::new(
                    ErrorKind::Duplicate,
                    format!(
                        "{} đăng ký hai lần cho phong trào '{}'",
                        r.who_vi(),
                        campaign.id
                    ),
                    format!("{} registers twice for campaign '{}'", r.who(), campaign.id),
                ));
            }
            match &r.person {
                Some(p) => {
                    people.insert(p);
                }
                None => {
                    unit_ids.insert(&r.unit);
                }
            }
            summary.registrations.count(r.outcome());
            for m in &r.models {
                summary.models.count(m.outcome);
                count(&mut summary.models_by_level, level, m.outcome);
            }
            for t in &r.titles {
                count(&mut summary.titles, t.award, t.outcome);
            }
        }
        summary.units = unit_ids.len();
        summary.people = people.len();
        summary
            .models_by_level
            .sort_by_key(|(level, _)| std::cmp::Reverse(*level));
        summary
            .titles
            .sort_by(|a, b| b.0.rank().cmp(&a.0.rank()).then(a.0.cmp(&b.0)));
        Ok(summary)
    }

    /// How many units registered (people's registrations not counted).
    #[must_use]
    pub fn units(&self) -> usize {
        self.units
    }

    /// How many people registered.
    #[must_use]
    pub fn people(&self) -> usize {
        self.people
    }

    /// The registrations, judged as a whole ([`Registration::outcome`]).
    #[must_use]
    pub fn registrations(&self) -> Tally {
        self.registrations
    }

    /// Every model registered.
    #[must_use]
    pub fn models(&self) -> Tally {
        self.models
    }

    /// The models registered by units of `level`.
    #[must_use]
    pub fn models_at(&self, level: Level) -> Tally {
        self.models_by_level
            .iter()
            .find(|(l, _)| *l == level)
            .map(|&(_, t)| t)
            .unwrap_or_default()
    }

    /// The models by level, highest level first.
    #[must_use]
    pub fn models_by_level(&self) -> &[(Level, Tally)] {
        &self.models_by_level
    }

    /// The titles aimed for, highest rank first.
    #[must_use]
    pub fn titles(&self) -> &[(Award, Tally)] {
        &self.titles
    }

    /// The count for `award`.
    #[must_use]
    pub fn title(&self, award: Award) -> Tally {
        self.titles
            .iter()
            .find(|(a, _)| *a == award)
            .map(|&(_, t)| t)
            .unwrap_or_default()
    }
}

/// Counts `outcome` in the tally of `key`, adding the tally if it is new.
fn count<K: PartialEq + Copy>(list: &mut Vec<(K, Tally)>, key: K, outcome: Option<Judgement>) {
    match list.iter_mut().find(|(k, _)| *k == key) {
        Some((_, tally)) => tally.count(outcome),
        None => {
            let mut tally = Tally::default();
            tally.count(outcome);
            list.push((key, tally));
        }
    }
}

impl fmt::Display for RegistrationSummary {
    /// The report sentence: units and models, then the models judged
    /// effective at each level, highest first.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} đơn vị đăng ký {} mô hình",
            self.units, self.models.registered
        )?;
        if self.people > 0 {
            write!(f, ", {} cá nhân đăng ký thi đua", self.people)?;
        }
        for (level, t) in &self.models_by_level {
            write!(f, "; {t} mô hình {} đạt hiệu quả", level.name_vi())?;
        }
        Ok(())
    }
}
