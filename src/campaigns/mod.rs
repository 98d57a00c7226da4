//! Emulation campaigns (phong trào thi đua): where titles come from.
//!
//! An office runs a year of campaigns: a regular one (thi đua thường xuyên)
//! for the year and thematic ones (theo chuyên đề, theo đợt) with their own
//! periods, each launched by a unit for the units in its scope. Units
//! register the titles they aim for and the models they will build; the
//! members of each cluster or block sign a pact, are scored on a sheet and
//! ranked; the leaders are the candidates for the emulation flags.
//!
//! The regime in force sets out these forms of emulation (regular and
//! thematic; from the national level down to clusters, blocks and single
//! agencies): Law 06/2022 Art. 16 from 2024, the Law of 2003 before
//! ([`Campaign::legal_basis`] reads the one in force when the campaign
//! starts).

mod groups;
mod ranking;
mod registration;
mod scoring;

pub use groups::{EmulationGroup, GroupKind, GroupRegistry, Leadership, Membership, Pact};
pub use ranking::{Ranking, Standing};
pub use registration::{Judgement, Model, Registration, RegistrationSummary, Tally, TitleAim};
pub use scoring::{
    Adjustment, MandatoryCheck, Mark, RankTieBreak, Requirement, Score, Scorecard,
    ScoringCriterion, ScoringSheet, ScoringSheetBuilder,
};

use chrono::NaiveDate;

use crate::citation::Citation;
use crate::error::{Error, ErrorKind, Result};
use crate::id::{CampaignId, GroupId, UnitId};
use crate::lang::Bilingual as _;
use crate::law::RuleBook;
use crate::period::Period;
use crate::text::{self, named_enum};
use crate::units::{Level, UnitRegistry};

named_enum! {
    /// The form of a campaign (Law 06/2022 Art. 16).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::campaigns::CampaignKind;
    ///
    /// assert_eq!("theo chuyen de".parse::<CampaignKind>()?, CampaignKind::Thematic);
    /// assert_eq!(CampaignKind::Regular.to_string(), "thi đua thường xuyên");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    CampaignKind, "campaign kind", "loại phong trào" {
        /// Thi đua thường xuyên: regular emulation on the daily tasks, judged
        /// yearly.
        Regular = "regular", "thi đua thường xuyên", ["thường xuyên", "hằng năm"];
        /// Thi đua theo chuyên đề, theo đợt: thematic emulation for a goal
        /// within a set period.
        Thematic = "thematic", "thi đua theo chuyên đề, theo đợt", ["theo chuyên đề", "chuyên đề", "theo đợt"];
    }
}

named_enum! {
    /// A review of a campaign.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!("tong ket".parse::<thidua::campaigns::StocktakeKind>()?, thidua::campaigns::StocktakeKind::Final);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    StocktakeKind, "review kind", "loại sơ kết, tổng kết" {
        /// Sơ kết: a preliminary (mid-term) review, inside the period.
        Preliminary = "preliminary", "sơ kết", [];
        /// Tổng kết: the final review, at or after the end.
        Final = "final", "tổng kết", [];
    }
}

/// A review held on a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stocktake {
    /// Sơ kết or tổng kết.
    pub kind: StocktakeKind,
    /// The day it is held.
    #[serde(deserialize_with = "crate::wire::date::deserialize")]
    pub on: NaiveDate,
}

/// Who takes part in a campaign.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CampaignScope {
    /// The members of a cluster or block (cụm, khối thi đua).
    Group(GroupId),
    /// The units of a sector (ngành) under the launching unit.
    Sector(String),
    /// The territorial units of a level under the launching unit, e.g. all
    /// communes of a province.
    Level(Level),
    /// The units listed.
    Units(Vec<UnitId>),
}

/// A campaign (phong trào thi đua): name, form, period, launching unit and
/// level, scope, themes, targets and reviews.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::*;
/// use thidua::{authority::*, award::*, campaigns::*, citation::*, collectives::*, decision::*, eligibility::*, facts::*, fund::*, history::*, id::*, law::*, money::*, people::*, population::*, units::*};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let units = UnitRegistry::new([
///     Unit::new("QN".parse()?, "Tỉnh Quảng Ninh", UnitKind::Province, Period::starting(d(1963, 10, 30))),
///     Unit::new("X1".parse()?, "Xã A", UnitKind::Commune, Period::starting(d(2025, 7, 1))).under("QN".parse()?),
///     Unit::new("P1".parse()?, "Phường B", UnitKind::Ward, Period::starting(d(2025, 7, 1))).under("QN".parse()?),
///     Unit::new("SO".parse()?, "Sở Nội vụ", UnitKind::Agency, Period::starting(d(2008, 1, 1))).under("QN".parse()?),
/// ])?;
/// let campaign = Campaign::new(
///     "PT-NTM".parse()?,
///     "Cả nước chung sức xây dựng nông thôn mới",
///     CampaignKind::Thematic,
///     Period::new(d(2025, 8, 1), d(2026, 8, 1))?,
///     "QN".parse()?,
///     Level::Province,
///     CampaignScope::Level(Level::Commune),
/// )
/// .review(StocktakeKind::Preliminary, d(2026, 1, 15))
/// .review(StocktakeKind::Final, d(2026, 8, 20));
/// campaign.validate(&units)?;
///
/// let who = campaign.participants(&units, &GroupRegistry::default(), d(2025, 9, 1))?;
/// assert_eq!(who, ["X1".parse()?, "P1".parse()?]);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    /// The id.
    pub id: CampaignId,
    /// The name as launched.
    pub name: String,
    /// Regular or thematic.
    pub kind: CampaignKind,
    /// When it runs; a registration must fall inside.
    pub period: Period,
    /// The unit that launched it.
    pub launched_by: UnitId,
    /// The level of the campaign, which is the launching unit's level.
    pub level: Level,
    /// Who takes part.
    pub scope: CampaignScope,
    /// The themes (nội dung thi đua).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    /// The targets (chỉ tiêu, mục tiêu).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<String>,
    /// The reviews (sơ kết, tổng kết).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Stocktake>,
}

impl Campaign {
    /// Where the forms of emulation the campaign takes are set out (regular
    /// and thematic emulation, organised from the national level down to
    /// clusters, blocks and single agencies), under the regime of `book` in
    /// force on the first day of the campaign: Law 06/2022 Art. 16 from
    /// 2024 (secondhand); the Law of 2003 before (unverified).
    ///
    /// # Errors
    ///
    /// No regime of `book` on the first day of the campaign
    /// ([`ErrorKind::NoRegime`]).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Period, RuleBook};
    /// use thidua::campaigns::{Campaign, CampaignKind, CampaignScope};
    /// use thidua::units::Level;
    ///
    /// let book = RuleBook::national();
    /// let campaign = |year| Campaign::new("PT-1".parse().unwrap(), "Thi đua", CampaignKind::Regular,
    ///     Period::year(year).unwrap(), "TINH".parse().unwrap(), Level::Province, CampaignScope::Level(Level::Commune));
    /// assert_eq!(campaign(2024).legal_basis(&book)?.to_string(), "Điều 16 Luật Thi đua, khen thưởng số 06/2022/QH15");
    /// assert!(campaign(2021).legal_basis(&book)?.to_string().contains("15/2003/QH11"));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn legal_basis<'b>(&self, book: &'b RuleBook) -> Result<&'b Citation> {
        Ok(&book.regime_on(self.period.from())?.flags().campaign_forms)
    }

    /// A campaign with no themes, targets or reviews yet.
    #[must_use]
    pub fn new(
        id: CampaignId,
        name: impl Into<String>,
        kind: CampaignKind,
        period: Period,
        launched_by: UnitId,
        level: Level,
        scope: CampaignScope,
    ) -> Campaign {
        Campaign {
            id,
            name: name.into(),
            kind,
            period,
            launched_by,
            level,
            scope,
            themes: Vec::new(),
            targets: Vec::new(),
            reviews: Vec::new(),
        }
    }

    /// The same campaign with one more theme.
    #[must_use]
    pub fn theme(mut self, theme: impl Into<String>) -> Campaign {
        self.themes.push(theme.into());
        self
    }

    /// The same campaign with one more target.
    #[must_use]
    pub fn target(mut self, target: impl Into<String>) -> Campaign {
        self.targets.push(target.into());
        self
    }

    /// The same campaign with one more review.
    #[must_use]
    pub fn review(mut self, kind: StocktakeKind, on: NaiveDate) -> Campaign {
        self.reviews.push(Stocktake { kind, on });
        self
    }

    /// Checks the campaign against the units: the launching unit exists, is
    /// in force when the campaign starts and is at the stated level; a
    /// preliminary review falls inside the period, a final one not before
    /// its start, and no preliminary review after a final one.
    ///
    /// # Errors
    ///
    /// The first problem, naming the campaign and the value.
    pub fn validate(&self, units: &UnitRegistry) -> Result<()> {
        let ctx = |e: Error| {
            e.context_in(
                format_args!("phong trào '{}'", self.id),
                format_args!("campaign '{}'", self.id),
            )
        };
        let launcher = units.unit(&self.launched_by).map_err(ctx)?;
        if !launcher.in_force_on(self.period.from()) {
            return Err(ctx(Error::out_of_range(
                format!(
                    "đơn vị phát động '{}' không có hiệu lực ngày {}",
                    launcher.id,
                    self.period.from()
                ),
                format!(
                    "launching unit '{}' is not in force on {}",
                    launcher.id,
                    self.period.from()
                ),
            )));
        }
        let level = units.level(&self.launched_by).map_err(ctx)?;
        if level != self.level {
            return Err(ctx(Error::new(
                ErrorKind::Conflict,
                format!(
                    "ghi cấp {} nhưng đơn vị phát động '{}' ở cấp {}",
                    self.level.name_vi(),
                    launcher.id,
                    level.name_vi()
                ),
                format!(
                    "stated level {} but launching unit '{}' is at {}",
                    self.level.name_vi(),
                    launcher.id,
                    level.name_vi()
                ),
            )));
        }
        let first_final = self
            .reviews
            .iter()
            .filter(|r| r.kind == StocktakeKind::Final)
            .map(|r| r.on)
            .min();
        for r in &self.reviews {
            let bad = match r.kind {
                StocktakeKind::Preliminary => {
                    !self.period.contains(r.on) || first_final.is_some_and(|f| r.on > f)
                }
                StocktakeKind::Final => r.on < self.period.from(),
            };
            if bad {
                return Err(ctx(Error::out_of_range(
                    format!(
                        "{} ngày {} không nằm trong thời gian ({}){}",
                        r.kind.name_vi(),
                        r.on,
                        self.period,
                        if r.kind == StocktakeKind::Preliminary {
                            " or comes after the tổng kết"
                        } else {
                            ""
                        }
                    ),
                    format!(
                        "{} on {} does not fit the period ({}){}",
                        r.kind.name_vi(),
                        r.on,
                        self.period.en(),
                        if r.kind == StocktakeKind::Preliminary {
                            " or comes after the tổng kết"
                        } else {
                            ""
                        }
                    ),
                )));
            }
        }
        Ok(())
    }

    /// Checks that `registration` is for this campaign and dated inside its
    /// period.
    ///
    /// # Errors
    ///
    /// Another campaign's registration (`Conflict`); a date outside the
    /// period (`OutOfRange`), e.g. `registration of unit 'X1' on 2022-01-05
    /// is outside campaign 'PT-2021' (năm 2021)`.
    pub fn check_registration(&self, registration: &Registration) -> Result<()> {
        if registration.campaign != self.id {
            return Err(Error::new(
                ErrorKind::Conflict,
                format!(
                    "đăng ký của đơn vị '{}' là cho phong trào '{}', không phải '{}'",
                    registration.unit, registration.campaign, self.id
                ),
                format!(
                    "registration of unit '{}' is for campaign '{}', not '{}'",
                    registration.unit, registration.campaign, self.id
                ),
            ));
        }
        if !self.period.contains(registration.registered_on) {
            let who = match &registration.person {
                Some(p) => format!("person '{p}' of unit '{}'", registration.unit),
                None => format!("unit '{}'", registration.unit),
            };
            return Err(Error::out_of_range(
                format!(
                    "đăng ký của {who} ngày {} nằm ngoài phong trào '{}' ({})",
                    registration.registered_on, self.id, self.period
                ),
                format!(
                    "registration of {who} on {} is outside campaign '{}' ({})",
                    registration.registered_on,
                    self.id,
                    self.period.en()
                ),
            ));
        }
        Ok(())
    }

    /// The units taking part on `date`, resolved against the registries:
    /// the group's members on that day, or the units in force under the
    /// launching unit of the sector or at the level (depth first, in the
    /// registry's order), or the units listed.
    ///
    /// # Errors
    ///
    /// A date outside the campaign (`OutOfRange`); an unknown group or unit
    /// (`UnknownReference`); a listed unit not in force on `date`
    /// (`OutOfRange`).
    pub fn participants(
        &self,
        units: &UnitRegistry,
        groups: &GroupRegistry,
        date: NaiveDate,
    ) -> Result<Vec<UnitId>> {
        if !self.period.contains(date) {
            return Err(Error::out_of_range(
                format!(
                    "{date} nằm ngoài phong trào '{}' ({})",
                    self.id, self.period
                ),
                format!(
                    "{date} is outside campaign '{}' ({})",
                    self.id,
                    self.period.en()
                ),
            ));
        }
        let under = || {
            units
                .descendants(&self.launched_by)
                .map(|it| it.filter(move |u| u.in_force_on(date)))
        };
        Ok(match &self.scope {
            CampaignScope::Group(g) => groups.group(g)?.members_on(date).cloned().collect(),
            CampaignScope::Sector(s) => {
                let key = text::fold(s);
                under()?
                    .filter(|u| u.sector.as_deref().is_some_and(|x| text::fold(x) == key))
                    .map(|u| u.id.clone())
                    .collect()
            }
            CampaignScope::Level(level) => under()?
                .filter(|u| u.kind.territorial_level() == Some(*level))
                .map(|u| u.id.clone())
                .collect(),
            CampaignScope::Units(list) => {
                for id in list {
                    let u = units.unit(id)?;
                    if !u.in_force_on(date) {
                        return Err(Error::out_of_range(
                            format!(
                                "đơn vị '{id}' của phong trào '{}' không có hiệu lực ngày {date}",
                                self.id
                            ),
                            format!(
                                "unit '{id}' of campaign '{}' is not in force on {date}",
                                self.id
                            ),
                        ));
                    }
                }
                list.clone()
            }
        })
    }
}
