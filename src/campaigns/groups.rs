//! Emulation clusters and blocks (cụm, khối thi đua), their members over
//! time, the rotating head and deputy, and emulation pacts (giao ước thi
//! đua).

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::ranking::Ranking;
use super::scoring::{Scorecard, ScoringSheet};
use crate::error::{Error, ErrorKind, Result};
use crate::id::{GroupId, UnitId};
use crate::period::Period;
use crate::text::named_enum;
use crate::units::UnitRegistry;

named_enum! {
    /// Whether a group is a cluster (cụm: units of one territory or kind,
    /// e.g. the mountain and island districts) or a block (khối: units of one
    /// sector or function).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::campaigns::GroupKind;
    ///
    /// assert_eq!("khoi thi dua".parse::<GroupKind>()?, GroupKind::Block);
    /// assert_eq!(GroupKind::Cluster.to_string(), "cụm thi đua");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    GroupKind, "group kind", "loại cụm, khối" {
        /// Cụm thi đua.
        Cluster = "cluster", "cụm thi đua", ["cụm"];
        /// Khối thi đua.
        Block = "block", "khối thi đua", ["khối"];
    }
}

/// A unit's membership of a group for a period.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    /// The member.
    pub unit: UnitId,
    /// When it is a member.
    pub period: Period,
}

/// The head (cụm trưởng, khối trưởng) and deputy (cụm phó, khối phó) of a
/// group for one year.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leadership {
    /// The calendar year.
    pub year: i32,
    /// The head.
    pub head: UnitId,
    /// The deputy, if one was named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deputy: Option<UnitId>,
}

/// The first and (if it ends) last calendar year a period touches.
fn years(p: &Period) -> (i32, Option<i32>) {
    (p.from().year(), p.last_day().map(|d| d.year()))
}

fn touches_year(p: &Period, year: i32) -> bool {
    let (first, last) = years(p);
    first <= year && last.is_none_or(|l| l >= year)
}

/// An emulation cluster or block: its members over time and the head and
/// deputy of each year, organised by a province, ministry or sector.
///
/// The law names clusters and blocks among the ways emulation is organised
/// (Law 06/2022 Art. 16 from 2024: [`Campaign::legal_basis`](crate::campaigns::Campaign::legal_basis)).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::Period;
/// use thidua::campaigns::{EmulationGroup, GroupKind};
/// use thidua::id::UnitId;
///
/// let ids: Vec<UnitId> = ["BL", "TY", "BC"].iter().map(|s| s.parse()).collect::<Result<_, _>>()?;
/// let mut cluster = EmulationGroup::new("CUM-1".parse()?, "Cụm thi đua số 1", GroupKind::Cluster, "QN".parse()?);
/// for id in &ids {
///     cluster = cluster.member(id.clone(), Period::new(
///         NaiveDate::from_ymd_opt(2022, 1, 1).unwrap(),
///         NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
///     )?);
/// }
/// // The head rotates: this year's deputy is next year's head.
/// let cluster = cluster.rotate(&ids, 2022, 3);
/// cluster.validate()?;
/// assert_eq!(cluster.head(2022), Some(&ids[0]));
/// assert_eq!(cluster.deputy(2022), Some(&ids[1]));
/// assert_eq!(cluster.head(2023), Some(&ids[1]));
/// assert_eq!(cluster.head(2024), Some(&ids[2]));
/// assert_eq!(cluster.deputy(2024), Some(&ids[0]));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmulationGroup {
    /// The id.
    pub id: GroupId,
    /// The name, e.g. "Cụm thi đua các huyện miền núi, hải đảo".
    pub name: String,
    /// Cluster or block.
    pub kind: GroupKind,
    /// The province, ministry or sector that runs it.
    pub organiser: UnitId,
    /// Who is a member, when.
    #[serde(default)]
    pub members: Vec<Membership>,
    /// The head and deputy of each year.
    #[serde(default)]
    pub leadership: Vec<Leadership>,
}

impl EmulationGroup {
    /// A group with no members yet.
    #[must_use]
    pub fn new(
        id: GroupId,
        name: impl Into<String>,
        kind: GroupKind,
        organiser: UnitId,
    ) -> EmulationGroup {
        EmulationGroup {
            id,
            name: name.into(),
            kind,
            organiser,
            members: Vec::new(),
            leadership: Vec::new(),
        }
    }

    /// The same group with `unit` as a member during `period`.
    #[must_use]
    pub fn member(mut self, unit: UnitId, period: Period) -> EmulationGroup {
        self.members.push(Membership { unit, period });
        self
    }

    /// The same group led in `year` by `head`, with `deputy`, replacing an
    /// earlier entry for that year.
    #[must_use]
    pub fn led(mut self, year: i32, head: UnitId, deputy: Option<UnitId>) -> EmulationGroup {
        self.leadership.retain(|l| l.year != year);
        self.leadership.push(Leadership { year, head, deputy });
        self
    }

    /// The same group with heads rotating through `order` for `years` years
    /// from `first_year`: the head of year k is `order[k mod n]` and its
    /// deputy, the next head, `order[(k + 1) mod n]`.
    #[must_use]
    pub fn rotate(mut self, order: &[UnitId], first_year: i32, years: u16) -> EmulationGroup {
        let n = order.len();
        let mut heads = Vec::with_capacity(usize::from(years));
        for k in 0..usize::from(years) {
            let (Some(head), Some(year)) = (
                order.get(k.checked_rem(n).unwrap_or(0)),
                i32::try_from(k)
                    .ok()
                    .and_then(|k| first_year.checked_add(k)),
            ) else {
                break;
            };
            let deputy = (n > 1)
                .then(|| order.get(k.saturating_add(1).checked_rem(n).unwrap_or(0)))
                .flatten()
                .cloned();
            heads.push(Leadership {
                year,
                head: head.clone(),
                deputy,
            });
        }
        // The years rotated replace earlier entries for them, in one pass
        // (entry by entry, 65 535 years took seconds).
        if let (Some(first), Some(last)) = (heads.first(), heads.last()) {
            let (first, last) = (first.year, last.year);
            self.leadership.retain(|l| l.year < first || l.year > last);
        }
        self.leadership.extend(heads);
        self
    }

    /// The members at any time in `year`, in the order listed.
    pub fn members_in(&self, year: i32) -> impl Iterator<Item = &UnitId> {
        self.members
            .iter()
            .filter(move |m| touches_year(&m.period, year))
            .map(|m| &m.unit)
    }

    /// The members on `date`.
    pub fn members_on(&self, date: NaiveDate) -> impl Iterator<Item = &UnitId> {
        self.members
            .iter()
            .filter(move |m| m.period.contains(date))
            .map(|m| &m.unit)
    }

    /// Whether `unit` is a member at any time in `year`.
    #[must_use]
    pub fn is_member_in(&self, unit: &UnitId, year: i32) -> bool {
        self.members_in(year).any(|m| m == unit)
    }

    fn leadership_in(&self, year: i32) -> Option<&Leadership> {
        self.leadership.iter().find(|l| l.year == year)
    }

    /// The head of `year`.
    #[must_use]
    pub fn head(&self, year: i32) -> Option<&UnitId> {
        self.leadership_in(year).map(|l| &l.head)
    }

    /// The deputy of `year`.
    #[must_use]
    pub fn deputy(&self, year: i32) -> Option<&UnitId> {
        self.leadership_in(year).and_then(|l| l.deputy.as_ref())
    }

    fn what(&self) -> String {
        format!("{} '{}'", self.kind.name_vi(), self.id)
    }

    /// The first member, in the order given, listed again for an
    /// overlapping period. Each unit's periods are sorted by start, so that
    /// 20 000 members take milliseconds, not seconds.
    fn listed_twice(&self) -> Option<&UnitId> {
        let mut by_unit: HashMap<&UnitId, Vec<&Period>> = HashMap::new();
        for m in &self.members {
            by_unit.entry(&m.unit).or_default().push(&m.period);
        }
        let twice: std::collections::HashSet<&UnitId> = by_unit
            .into_iter()
            .filter_map(|(unit, mut periods)| {
                periods.sort_by_key(|p| p.from());
                // The latest end so far: `None` before the first period,
                // `Some(None)` once one is open-ended.
                let mut latest: Option<Option<NaiveDate>> = None;
                for p in periods {
                    if let Some(end) = latest {
                        if end.is_none_or(|e| p.from() < e) {
                            return Some(unit);
                        }
                    }
                    latest = Some(match (latest, p.until()) {
                        (None, until) => until,
                        (Some(Some(a)), Some(b)) => Some(a.max(b)),
                        _ => None,
                    });
                }
                None
            })
            .collect();
        self.members
            .iter()
            .map(|m| &m.unit)
            .find(|u| twice.contains(u))
    }

    /// Checks the group on its own: a unit's memberships do not overlap;
    /// each year has one head, who, like the deputy, is a member that year;
    /// head and deputy differ.
    ///
    /// # Errors
    ///
    /// The first problem, naming the group, unit and year.
    pub fn validate(&self) -> Result<()> {
        if let Some(unit) = self.listed_twice() {
            return Err(Error::new(
                ErrorKind::Duplicate,
                format!(
                    "{}: đơn vị '{unit}' được ghi hai lần cho các khoảng thời gian chồng nhau",
                    self.what(),
                ),
                format!(
                    "{}: unit '{unit}' is listed twice for overlapping periods",
                    self.what(),
                ),
            ));
        }
        // A set, not a scan of the earlier entries: a rotation over 65 535
        // years made that quadratic.
        let mut years = std::collections::HashSet::with_capacity(self.leadership.len());
        for l in &self.leadership {
            if !years.insert(l.year) {
                return Err(Error::new(
                    ErrorKind::Duplicate,
                    format!(
                        "{}: hai trưởng cụm, khối được nêu cho năm {}",
                        self.what(),
                        l.year
                    ),
                    format!("{}: two heads named for {}", self.what(), l.year),
                ));
            }
            let roles = [("head", Some(&l.head)), ("deputy", l.deputy.as_ref())];
            for (role, unit) in roles {
                if let Some(u) = unit {
                    if !self.is_member_in(u, l.year) {
                        return Err(Error::new(
                            ErrorKind::Conflict,
                            format!(
                                "{}: {role} '{u}' năm {} không phải thành viên năm đó",
                                self.what(),
                                l.year
                            ),
                            format!(
                                "{}: {role} '{u}' of {} is not a member that year",
                                self.what(),
                                l.year
                            ),
                        ));
                    }
                }
            }
            if l.deputy.as_ref() == Some(&l.head) {
                return Err(Error::new(
                    ErrorKind::Conflict,
                    format!(
                        "{}: '{}' vừa là trưởng vừa là phó năm {}",
                        self.what(),
                        l.head,
                        l.year
                    ),
                    format!(
                        "{}: '{}' is both head and deputy in {}",
                        self.what(),
                        l.head,
                        l.year
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The pact (giao ước thi đua) for `year`, signed on `signed_on` by every
    /// unit that is a member on that day and in that year.
    ///
    /// # Errors
    ///
    /// No member to sign (`Missing`).
    pub fn pact(&self, year: i32, signed_on: NaiveDate, commitments: Vec<String>) -> Result<Pact> {
        let signatories: Vec<UnitId> = self
            .members
            .iter()
            .filter(|m| m.period.contains(signed_on) && touches_year(&m.period, year))
            .map(|m| m.unit.clone())
            .collect();
        if signatories.is_empty() {
            return Err(Error::new(
                ErrorKind::Missing,
                format!(
                    "{}: không có thành viên nào ngày {signed_on} để ký giao ước năm {year}",
                    self.what()
                ),
                format!(
                    "{}: no member on {signed_on} to sign the pact for {year}",
                    self.what()
                ),
            ));
        }
        Ok(Pact {
            group: self.id.clone(),
            year,
            signed_on,
            signatories,
            commitments,
        })
    }

    /// Ranks the members of `year` on `sheet`: every card must be a member's
    /// and every member must have a card. The leaders are then
    /// `group.rank(year, &sheet, &cards)?.leaders()`.
    ///
    /// # Errors
    ///
    /// A card of a non-member (`Conflict`), a member without a card
    /// (`Missing`), or what [`ScoringSheet::rank`] rejects.
    pub fn rank(&self, year: i32, sheet: &ScoringSheet, cards: &[Scorecard]) -> Result<Ranking> {
        for card in cards {
            if !self.is_member_in(&card.participant, year) {
                return Err(Error::new(
                    ErrorKind::Conflict,
                    format!(
                        "{}: '{}' được chấm điểm nhưng không phải thành viên năm {year}",
                        self.what(),
                        card.participant
                    ),
                    format!(
                        "{}: '{}' is scored but is not a member in {year}",
                        self.what(),
                        card.participant
                    ),
                ));
            }
        }
        if let Some(m) = self
            .members_in(year)
            .find(|m| !cards.iter().any(|c| &c.participant == *m))
        {
            return Err(Error::new(
                ErrorKind::Missing,
                format!(
                    "{}: thành viên '{m}' không có phiếu chấm điểm năm {year}",
                    self.what()
                ),
                format!("{}: member '{m}' has no scorecard for {year}", self.what()),
            ));
        }
        sheet.rank(cards)
    }
}

/// An emulation pact (giao ước thi đua): what the members of a cluster or
/// block commit to for a year, and who signed.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::Period;
/// use thidua::campaigns::{EmulationGroup, GroupKind};
///
/// let cluster = EmulationGroup::new("CUM-1".parse()?, "Cụm 1", GroupKind::Cluster, "QN".parse()?)
///     .member("A".parse()?, Period::year(2024)?)
///     .member("B".parse()?, Period::year(2024)?);
/// let pact = cluster.pact(2024, NaiveDate::from_ymd_opt(2024, 2, 20).unwrap(), vec![
///     "Hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2024".into(),
/// ])?;
/// assert_eq!(pact.signatories.len(), 2);
/// pact.check(&cluster)?;
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pact {
    /// The cluster or block.
    pub group: GroupId,
    /// The year it covers.
    pub year: i32,
    /// The day it was signed.
    #[serde(deserialize_with = "crate::wire::date::deserialize")]
    pub signed_on: NaiveDate,
    /// The members who signed.
    pub signatories: Vec<UnitId>,
    /// What they commit to (nội dung giao ước).
    #[serde(default)]
    pub commitments: Vec<String>,
}

impl Pact {
    /// Checks the pact against its group: the same group, each signatory a
    /// member on the signing day and in the year, none twice.
    ///
    /// # Errors
    ///
    /// Another group's pact or a non-member signing (`Conflict`), a
    /// signatory listed twice (`Duplicate`).
    pub fn check(&self, group: &EmulationGroup) -> Result<()> {
        if self.group != group.id {
            return Err(Error::new(
                ErrorKind::Conflict,
                format!(
                    "giao ước của cụm, khối '{}' được đối chiếu với cụm, khối '{}'",
                    self.group, group.id
                ),
                format!(
                    "pact of group '{}' checked against group '{}'",
                    self.group, group.id
                ),
            ));
        }
        // Sets, not scans: 20 000 signatories took seconds.
        let members: std::collections::HashSet<&UnitId> = group
            .members
            .iter()
            .filter(|m| m.period.contains(self.signed_on) && touches_year(&m.period, self.year))
            .map(|m| &m.unit)
            .collect();
        let mut seen = std::collections::HashSet::with_capacity(self.signatories.len());
        for s in &self.signatories {
            if !seen.insert(s) {
                return Err(Error::new(
                    ErrorKind::Duplicate,
                    format!(
                        "giao ước của '{}' năm {}: '{s}' ký hai lần",
                        self.group, self.year
                    ),
                    format!(
                        "pact of '{}' for {}: '{s}' signs twice",
                        self.group, self.year
                    ),
                ));
            }
            if !members.contains(s) {
                return Err(Error::new(
                    ErrorKind::Conflict,
                    format!(
                        "giao ước của '{}' năm {}: '{s}' không phải thành viên ngày {}",
                        self.group, self.year, self.signed_on
                    ),
                    format!(
                        "pact of '{}' for {}: '{s}' is not a member on {}",
                        self.group, self.year, self.signed_on
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The members of the year who did not sign (e.g. who joined later).
    #[must_use]
    pub fn unsigned<'a>(&self, group: &'a EmulationGroup) -> Vec<&'a UnitId> {
        let signed: std::collections::HashSet<&UnitId> = self.signatories.iter().collect();
        group
            .members_in(self.year)
            .filter(|m| !signed.contains(m))
            .collect()
    }
}

/// The clusters and blocks of one or more organisers, checked together
/// against the units.
///
/// Building one rejects, naming the values: two groups with one id
/// (`Duplicate`); an organiser or member that is not a unit
/// (`UnknownReference`); a membership outside the member unit's period
/// (`Conflict`), e.g. a district kept in a cluster after 2025-06-30; what
/// [`EmulationGroup::validate`] rejects; and **a unit in two groups of the
/// same kind and organiser in one year** (`Conflict`).
///
/// # Example
///
/// ```
/// # use thidua::Bilingual as _;
/// use chrono::NaiveDate;
/// use thidua::{ErrorKind, Period};
/// use thidua::campaigns::{EmulationGroup, GroupKind, GroupRegistry};
/// use thidua::units::{Unit, UnitKind, UnitRegistry};
///
/// let from = Period::starting(NaiveDate::from_ymd_opt(2008, 1, 1).unwrap());
/// let units = UnitRegistry::new([
///     Unit::new("QN".parse()?, "Tỉnh Quảng Ninh", UnitKind::Province, from),
///     Unit::new("SO-GD".parse()?, "Sở Giáo dục và Đào tạo", UnitKind::Agency, from).under("QN".parse()?),
/// ])?;
/// let block = |id: &str| -> thidua::Result<EmulationGroup> {
///     Ok(EmulationGroup::new(id.parse()?, id, GroupKind::Block, "QN".parse()?)
///         .member("SO-GD".parse()?, Period::year(2024)?))
/// };
/// let err = GroupRegistry::new(vec![block("KHOI-VX")?, block("KHOI-KT")?], &units).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Conflict);
/// assert_eq!(
///     err.en(),
///     "unit 'SO-GD' is in two khối thi đua of 'QN' in 2024: 'KHOI-VX' and 'KHOI-KT'"
/// );
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct GroupRegistry {
    groups: Vec<EmulationGroup>,
    index: HashMap<GroupId, usize>,
}

impl GroupRegistry {
    /// Checks `groups` together against `units`.
    ///
    /// # Errors
    ///
    /// See the type's documentation.
    pub fn new(groups: Vec<EmulationGroup>, units: &UnitRegistry) -> Result<GroupRegistry> {
        let mut index = HashMap::with_capacity(groups.len());
        // unit → (group index, membership period)
        let mut by_unit: HashMap<&UnitId, Vec<(usize, &Period)>> = HashMap::new();
        for (gi, g) in groups.iter().enumerate() {
            if index.insert(g.id.clone(), gi).is_some() {
                return Err(Error::new(
                    ErrorKind::Duplicate,
                    format!("mã cụm, khối '{}' bị trùng", g.id),
                    format!("duplicate group id '{}'", g.id),
                ));
            }
            g.validate()?;
            units.unit(&g.organiser).map_err(|e| {
                e.context_in(
                    format_args!("đơn vị tổ chức của {}", g.what()),
                    format_args!("organiser of {}", g.what()),
                )
            })?;
            for m in &g.members {
                let unit = units.unit(&m.unit).map_err(|e| {
                    e.context_in(
                        format_args!("thành viên của {}", g.what()),
                        format_args!("member of {}", g.what()),
                    )
                })?;
                if !unit.period.covers(&m.period) {
                    return Err(Error::new(
                        ErrorKind::Conflict,
                        format!(
                            "{}: thời gian thành viên của '{}' ({}) nằm ngoài thời gian của chính đơn vị ({})",
                            g.what(),
                            m.unit,
                            m.period,
                            unit.period
                        ),
                        format!(
                            "{}: membership of '{}' ({}) is outside the unit's own period ({})",
                            g.what(),
                            m.unit,
                            m.period,
                            unit.period
                        ),
                    ));
                }
                let earlier = by_unit.entry(&m.unit).or_default();
                for &(oi, op) in earlier.iter() {
                    let Some(other) = groups.get(oi) else {
                        continue;
                    };
                    if oi == gi || other.kind != g.kind || other.organiser != g.organiser {
                        continue;
                    }
                    if let Some(year) = first_common_year(op, &m.period) {
                        return Err(Error::new(
                            ErrorKind::Conflict,
                            format!(
                                "đơn vị '{}' ở hai {} của '{}' năm {year}: '{}' và '{}'",
                                m.unit,
                                g.kind.name_vi(),
                                g.organiser,
                                other.id,
                                g.id
                            ),
                            format!(
                                "unit '{}' is in two {} of '{}' in {year}: '{}' and '{}'",
                                m.unit,
                                g.kind.name_vi(),
                                g.organiser,
                                other.id,
                                g.id
                            ),
                        ));
                    }
                }
                earlier.push((gi, &m.period));
            }
        }
        Ok(GroupRegistry { groups, index })
    }

    /// The group with `id`, if any.
    #[must_use]
    pub fn get(&self, id: &GroupId) -> Option<&EmulationGroup> {
        self.index.get(id).and_then(|&i| self.groups.get(i))
    }

    /// The group with `id`.
    ///
    /// # Errors
    ///
    /// An unknown id (`UnknownReference`).
    pub fn group(&self, id: &GroupId) -> Result<&EmulationGroup> {
        self.get(id).ok_or_else(|| {
            Error::new(
                ErrorKind::UnknownReference,
                format!("không rõ cụm, khối '{id}'"),
                format!("unknown cluster or block '{id}'"),
            )
        })
    }

    /// Every group, in the order given.
    pub fn iter(&self) -> impl Iterator<Item = &EmulationGroup> {
        self.groups.iter()
    }

    /// The groups `unit` belongs to at any time in `year`.
    pub fn groups_of<'a>(
        &'a self,
        unit: &'a UnitId,
        year: i32,
    ) -> impl Iterator<Item = &'a EmulationGroup> {
        self.groups
            .iter()
            .filter(move |g| g.is_member_in(unit, year))
    }
}

/// The first calendar year both periods touch.
fn first_common_year(a: &Period, b: &Period) -> Option<i32> {
    let (af, al) = years(a);
    let (bf, bl) = years(b);
    let first = af.max(bf);
    let last = match (al, bl) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) => x,
        (None, y) => y,
    };
    last.is_none_or(|l| first <= l).then_some(first)
}
