//! Units (đơn vị): provinces, districts, communes, agencies, villages,
//! households, and the registry that knows who is under whom.
//!
//! Emulation titles are conferred on units and on the people of units, by the
//! head of a unit of some level; campaigns are launched by a unit for the
//! units of a level. So the facts about units are a tree with dates: each
//! [`Unit`] has a kind, a parent and a period in force, and a commune merged
//! in the 2025 reorganisation names its successors.
//!
//! The local administration changed shape on 2025-07-01: the district level
//! (cấp huyện) and the commune-level town (thị trấn) ended, communes and
//! wards came directly under the province, and special zones (đặc khu)
//! began. The [`UnitRegistry`] checks every parent link against the kinds in
//! force on the dates of the link.

use std::collections::HashMap;
use std::fmt;

use chrono::NaiveDate;

use crate::citation::{Citation, Instrument};
use crate::error::{Error, ErrorKind, Result};
use crate::id::UnitId;
use crate::period::{Period, ymd};
use crate::text::{self, named_enum};

named_enum! {
    /// The kind of a unit.
    ///
    /// [`FromStr`](std::str::FromStr) accepts the snake-case id, the
    /// Vietnamese name and the usual local words (quận, thị xã, ấp, bản,
    /// khu phố …) with or without diacritics, NFC or NFD, in any case.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::units::{Level, UnitKind};
    ///
    /// assert_eq!("Thị trấn".parse::<UnitKind>()?, UnitKind::Township);
    /// assert_eq!("dac khu".parse::<UnitKind>()?, UnitKind::SpecialZone);
    /// assert_eq!("quận".parse::<UnitKind>()?, UnitKind::District);
    /// assert_eq!(UnitKind::Ward.to_string(), "phường");
    /// assert_eq!(UnitKind::Ward.territorial_level(), Some(Level::Commune));
    /// assert!("xóm trọ".parse::<UnitKind>().is_err());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    UnitKind, "unit kind", "loại đơn vị" {
        /// Tỉnh, thành phố trực thuộc trung ương: a province or centrally run
        /// city.
        Province = "province", "tỉnh", ["thành phố trực thuộc trung ương", "cấp tỉnh"];
        /// Huyện, quận, thị xã, thành phố thuộc tỉnh: the district level, which
        /// ended on 2025-06-30.
        District = "district", "huyện", ["quận", "thị xã", "thành phố thuộc tỉnh", "cấp huyện"];
        /// Xã: a rural commune.
        Commune = "commune", "xã", ["cấp xã"];
        /// Phường: an urban ward.
        Ward = "ward", "phường", [];
        /// Thị trấn: a commune-level town, which ended on 2025-06-30.
        Township = "township", "thị trấn", ["commune_level_town"];
        /// Đặc khu: a special zone at commune level, from 2025-07-01.
        SpecialZone = "special_zone", "đặc khu", [];
        /// Bộ, cơ quan ngang bộ, cơ quan trung ương: a ministry or central
        /// body.
        Ministry = "ministry", "bộ, ngành trung ương", ["bộ", "cơ quan trung ương", "central_body"];
        /// Cơ quan: an agency (a provincial department, a committee, an office
        /// of a people's committee).
        Agency = "agency", "cơ quan", ["sở", "cơ quan nhà nước"];
        /// Phòng, ban: a department inside an agency or a people's committee.
        Department = "department", "phòng, ban", ["phòng", "ban"];
        /// Đơn vị sự nghiệp công lập: a public service unit (a school, a
        /// hospital).
        PublicServiceUnit = "public_service_unit", "đơn vị sự nghiệp công lập", ["đơn vị sự nghiệp"];
        /// Doanh nghiệp: an enterprise.
        Enterprise = "enterprise", "doanh nghiệp", ["công ty"];
        /// Hợp tác xã: a cooperative.
        Cooperative = "cooperative", "hợp tác xã", ["HTX"];
        /// Tổ chức chính trị - xã hội, đoàn thể: a mass organisation or one of
        /// its branches.
        MassOrganisation = "mass_organisation", "tổ chức chính trị - xã hội", ["đoàn thể", "tổ chức đoàn thể"];
        /// Đơn vị lực lượng vũ trang: a unit of the army, police or militia.
        ArmedForcesUnit = "armed_forces_unit", "đơn vị lực lượng vũ trang", ["đơn vị quân đội", "lực lượng vũ trang"];
        /// Thôn (làng, ấp, bản, buôn, sóc): a village of a commune.
        Village = "village", "thôn", ["làng", "ấp", "bản", "buôn", "sóc"];
        /// Tổ dân phố (khu phố): a residential group of a ward or town.
        ResidentialGroup = "residential_group", "tổ dân phố", ["khu phố"];
        /// Hộ gia đình: a household.
        Household = "household", "hộ gia đình", ["hộ"];
    }
}

named_enum! {
    /// The administrative level (cấp) of a unit, narrowest first, so `>=`
    /// reads "this level or higher".
    ///
    /// Territorial units have the level of their kind; agencies, schools,
    /// enterprises and the like inherit the level of their nearest
    /// territorial ancestor (a department of a district's people's committee
    /// is at district level); a body outside every local administration is
    /// central. See [`UnitRegistry::level`].
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::units::Level;
    ///
    /// assert!(Level::Province > Level::Commune);
    /// assert_eq!("cấp huyện".parse::<Level>()?, Level::District);
    /// assert_eq!(Level::Commune.to_string(), "cấp xã");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    Level, "level", "cấp" {
        /// A household.
        Household = "household", "hộ gia đình", ["cấp hộ"];
        /// Thôn, tổ dân phố: villages and residential groups.
        Village = "village", "cấp thôn", ["thôn, tổ dân phố"];
        /// Cấp xã: communes, wards, towns and special zones.
        Commune = "commune", "cấp xã", ["xã"];
        /// Cấp huyện: districts (until 2025-06-30).
        District = "district", "cấp huyện", ["huyện"];
        /// Cấp tỉnh: provinces.
        Province = "province", "cấp tỉnh", ["tỉnh"];
        /// Trung ương: ministries and central bodies.
        Central = "central", "cấp trung ương", ["trung ương"];
    }
}

use UnitKind as K;

/// The commune-level kinds, under which villages and residential groups sit.
const COMMUNE_LEVEL: [UnitKind; 4] = [K::Commune, K::Ward, K::Township, K::SpecialZone];

impl UnitKind {
    /// The first day of the two-tier local government: from 2025-07-01 the
    /// district level and the thị trấn are gone and communes, wards and
    /// special zones sit directly under the province.
    pub const TWO_TIER_FROM: NaiveDate = ymd(2025, 7, 1);

    /// Where the end of the district level is written: Law 72/2025/QH15
    /// Art. 51 k3 (secondhand: read in a public reference list, not the
    /// gazette).
    pub const DISTRICT_LEVEL_ENDED: Citation = Citation::new(Instrument::LAW_72_2025)
        .article(51)
        .clause(3)
        .secondhand();

    /// Where the two local tiers (province; commune, ward, special zone) are
    /// written: Law 72/2025/QH15 Art. 2 (unverified: the article number was
    /// not read in the text).
    pub const TWO_TIERS: Citation = Citation::new(Instrument::LAW_72_2025)
        .article(2)
        .unverified();

    /// The level a territorial kind stands for; `None` for agencies,
    /// departments, schools, enterprises, cooperatives, mass organisations
    /// and armed-forces units, whose level comes from their place in the
    /// tree.
    #[must_use]
    pub fn territorial_level(self) -> Option<Level> {
        Some(match self {
            K::Province => Level::Province,
            K::District => Level::District,
            K::Commune | K::Ward | K::Township | K::SpecialZone => Level::Commune,
            K::Village | K::ResidentialGroup => Level::Village,
            K::Household => Level::Household,
            K::Ministry => Level::Central,
            K::Agency
            | K::Department
            | K::PublicServiceUnit
            | K::Enterprise
            | K::Cooperative
            | K::MassOrganisation
            | K::ArmedForcesUnit => return None,
        })
    }

    /// The first day units of this kind may exist, for kinds created by the
    /// 2025 reorganisation (the special zone).
    #[must_use]
    pub fn exists_from(self) -> Option<NaiveDate> {
        (self == K::SpecialZone).then_some(UnitKind::TWO_TIER_FROM)
    }

    /// The first day units of this kind no longer exist, for kinds ended by
    /// the 2025 reorganisation (the district level and the thị trấn).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::units::UnitKind;
    ///
    /// assert_eq!(UnitKind::District.exists_until(), Some(UnitKind::TWO_TIER_FROM));
    /// assert_eq!(UnitKind::Commune.exists_until(), None);
    /// ```
    #[must_use]
    pub fn exists_until(self) -> Option<NaiveDate> {
        matches!(self, K::District | K::Township).then_some(UnitKind::TWO_TIER_FROM)
    }

    /// The kinds a unit of this kind may sit under, whatever the date. For
    /// communes and wards the date decides between the two: a district
    /// before 2025-07-01, the province from then.
    #[must_use]
    pub fn allowed_parents(self) -> &'static [UnitKind] {
        match self {
            K::Province | K::Ministry => &[],
            K::District | K::SpecialZone => &[K::Province],
            K::Commune | K::Ward => &[K::District, K::Province],
            K::Township => &[K::District],
            K::Agency => &[
                K::Ministry,
                K::Province,
                K::District,
                K::Commune,
                K::Ward,
                K::Township,
                K::SpecialZone,
                K::Agency,
            ],
            K::Department => &[
                K::Ministry,
                K::Province,
                K::District,
                K::Commune,
                K::Ward,
                K::Township,
                K::SpecialZone,
                K::Agency,
                K::Department,
                K::PublicServiceUnit,
                K::Enterprise,
                K::Cooperative,
                K::MassOrganisation,
                K::ArmedForcesUnit,
            ],
            K::PublicServiceUnit => &[
                K::Ministry,
                K::Province,
                K::District,
                K::Commune,
                K::Ward,
                K::Township,
                K::SpecialZone,
                K::Agency,
                K::PublicServiceUnit,
                K::MassOrganisation,
                K::ArmedForcesUnit,
            ],
            K::Enterprise => &[
                K::Ministry,
                K::Province,
                K::District,
                K::Commune,
                K::Ward,
                K::Township,
                K::SpecialZone,
                K::Agency,
                K::Enterprise,
                K::ArmedForcesUnit,
            ],
            K::Cooperative => &[
                K::Province,
                K::District,
                K::Commune,
                K::Ward,
                K::Township,
                K::SpecialZone,
                K::Cooperative,
            ],
            K::MassOrganisation => &[
                K::Ministry,
                K::Province,
                K::District,
                K::Commune,
                K::Ward,
                K::Township,
                K::SpecialZone,
                K::Agency,
                K::PublicServiceUnit,
                K::Enterprise,
                K::Cooperative,
                K::MassOrganisation,
                K::Village,
                K::ResidentialGroup,
            ],
            K::ArmedForcesUnit => &[
                K::Ministry,
                K::Province,
                K::District,
                K::Commune,
                K::Ward,
                K::Township,
                K::SpecialZone,
                K::ArmedForcesUnit,
            ],
            K::Village | K::ResidentialGroup => &COMMUNE_LEVEL,
            K::Household => &[K::Village, K::ResidentialGroup],
        }
    }

    /// Why a unit of this kind in force during `period` cannot sit under a
    /// unit of kind `parent`, if it cannot.
    /// Why a unit of this kind cannot be under `parent` (Vietnamese,
    /// English), if it cannot.
    fn parent_problem(self, parent: UnitKind, period: &Period) -> Option<(String, String)> {
        if !self.allowed_parents().contains(&parent) {
            let allowed: Vec<&str> = self.allowed_parents().iter().map(|k| k.name_vi()).collect();
            let (allowed_vi, allowed) = if allowed.is_empty() {
                (
                    "không đơn vị nào (là đơn vị gốc)".to_string(),
                    "no other unit (it is a root)".to_string(),
                )
            } else {
                (allowed.join(", "), allowed.join(", "))
            };
            return Some((
                format!("{} chỉ có thể thuộc: {allowed_vi}", self.name_vi()),
                format!("a {} may be under: {allowed}", self.name_vi()),
            ));
        }
        if let Some(end) = parent.exists_until() {
            if period.until().is_none_or(|u| u > end) {
                let ended = end.pred_opt().unwrap_or(end);
                return Some((
                    format!(
                        "{} không thể thuộc {} từ {end} trở đi: cấp đó kết thúc ngày {ended}",
                        self.name_vi(),
                        parent.name_vi(),
                    ),
                    format!(
                        "a {} cannot be under a {} on or after {end}: that level ended on {ended}",
                        self.name_vi(),
                        parent.name_vi(),
                    ),
                ));
            }
        }
        if matches!(self, K::Commune | K::Ward)
            && parent == K::Province
            && period.from() < UnitKind::TWO_TIER_FROM
        {
            return Some((
                format!(
                    "trước {} {} thuộc huyện, không trực thuộc {}",
                    UnitKind::TWO_TIER_FROM,
                    self.name_vi(),
                    parent.name_vi()
                ),
                format!(
                    "before {} a {} is under a district (huyện), not directly under a {}",
                    UnitKind::TWO_TIER_FROM,
                    self.name_vi(),
                    parent.name_vi()
                ),
            ));
        }
        None
    }
}

/// A unit (đơn vị): its id, name, kind, parent, period in force and, when it
/// was merged or split, its successors.
///
/// Fields are public so that callers can build units from their own records;
/// the [`UnitRegistry`] checks them together.
///
/// A unit has one parent for its whole period. A commune that moved from a
/// district to the province on 2025-07-01 is two units: the old one ending
/// on 2025-06-30 and naming the new one as its successor.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::Period;
/// use thidua::units::{Unit, UnitKind};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let old = Unit::new(
///     "X-AN-LAC".parse()?,
///     "Xã An Lạc",
///     UnitKind::Commune,
///     Period::new(d(2000, 1, 1), d(2025, 7, 1))?,
/// )
/// .under("H-1".parse()?)
/// .succeeded_by(["X-AN-BINH".parse()?]);
/// assert_eq!(old.successors.len(), 1);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// The id.
    pub id: UnitId,
    /// The name as written in decisions, e.g. "Xã Quảng Lợi".
    pub name: String,
    /// The kind.
    pub kind: UnitKind,
    /// The unit it sits under; `None` for the roots of the registry (a
    /// province, a ministry, or the top of a partial registry).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<UnitId>,
    /// When the unit exists.
    pub period: Period,
    /// The units that took over when this one ended (merged communes name the
    /// new commune).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub successors: Vec<UnitId>,
    /// The sector (ngành) the unit works in, e.g. "giáo dục", for campaigns
    /// that run by sector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
}

impl Unit {
    /// A root unit with no successors and no sector.
    #[must_use]
    pub fn new(id: UnitId, name: impl Into<String>, kind: UnitKind, period: Period) -> Unit {
        Unit {
            id,
            name: name.into(),
            kind,
            parent: None,
            period,
            successors: Vec::new(),
            sector: None,
        }
    }

    /// The same unit under `parent`.
    #[must_use]
    pub fn under(mut self, parent: UnitId) -> Unit {
        self.parent = Some(parent);
        self
    }

    /// The same unit, succeeded by `successors` when it ends.
    #[must_use]
    pub fn succeeded_by(mut self, successors: impl IntoIterator<Item = UnitId>) -> Unit {
        self.successors.extend(successors);
        self
    }

    /// The same unit in `sector` (ngành).
    #[must_use]
    pub fn in_sector(mut self, sector: impl Into<String>) -> Unit {
        self.sector = Some(sector.into());
        self
    }

    /// Whether the unit exists on `date`.
    #[must_use]
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.period.contains(date)
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// The units of a country, a province or a single agency, checked as a
/// whole: answers parents, children, ancestors, descendants, levels and
/// successors.
///
/// Building one rejects, with an error naming the values:
///
/// | problem | [`ErrorKind`] |
/// |---|---|
/// | two units with one id | `Duplicate` |
/// | a parent or successor id that is not in the registry | `UnknownReference` |
/// | a unit that is its own ancestor (a cycle) | `Hierarchy` |
/// | a district or thị trấn after 2025-06-30; a special zone before 2025-07-01 | `Hierarchy` |
/// | a parent of an impossible kind: a commune under a commune, a village under a province, a commune under a district after 2025-06-30 or directly under a province before 2025-07-01 | `Hierarchy` |
/// | a unit in force outside its parent's period | `Hierarchy` |
/// | successors named by a unit that does not end, or that are not in force the day after it ends | `Hierarchy` |
///
/// Any kind may be a root, so that a registry can hold only part of the
/// tree (one commune with its villages and households).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::Period;
/// use thidua::units::{Level, Unit, UnitKind, UnitRegistry};
///
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let old = Period::new(d(2000, 1, 1), d(2025, 7, 1))?;
/// let new = Period::starting(d(2025, 7, 1));
/// let reg = UnitRegistry::new([
///     Unit::new("QN".parse()?, "Tỉnh Quảng Ninh", UnitKind::Province, Period::starting(d(1963, 10, 30))),
///     Unit::new("H-DAM-HA".parse()?, "Huyện Đầm Hà", UnitKind::District, old).under("QN".parse()?),
///     Unit::new("X-QUANG-LOI".parse()?, "Xã Quảng Lợi", UnitKind::Commune, old)
///         .under("H-DAM-HA".parse()?)
///         .succeeded_by(["X-DAM-HA".parse()?]),
///     Unit::new("X-DAM-HA".parse()?, "Xã Đầm Hà", UnitKind::Commune, new).under("QN".parse()?),
///     Unit::new("PHONG-NV".parse()?, "Phòng Nội vụ", UnitKind::Department, old).under("H-DAM-HA".parse()?),
/// ])?;
///
/// assert_eq!(reg.level(&"PHONG-NV".parse()?)?, Level::District);
/// let up: Vec<&str> = reg.ancestors(&"X-QUANG-LOI".parse()?)?.map(|u| u.id.as_str()).collect();
/// assert_eq!(up, ["H-DAM-HA", "QN"]);
/// let now = reg.successors_on(&"X-QUANG-LOI".parse()?, d(2025, 9, 1))?;
/// assert_eq!(now[0].name, "Xã Đầm Hà");
///
/// // A commune cannot sit under a district after the district level ended.
/// let err = UnitRegistry::new([
///     Unit::new("H".parse()?, "Huyện A", UnitKind::District, old),
///     Unit::new("X".parse()?, "Xã B", UnitKind::Commune, new).under("H".parse()?),
/// ])
/// .unwrap_err();
/// assert_eq!(err.kind(), thidua::ErrorKind::Hierarchy);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, Default, serde::Serialize)]
#[serde(into = "Vec<Unit>")]
pub struct UnitRegistry {
    units: Vec<Unit>,
    index: HashMap<UnitId, usize>,
    parent: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
}

impl UnitRegistry {
    /// Checks `units` together and indexes them; they may come in any order.
    ///
    /// # Errors
    ///
    /// The first problem of the table above, in input order.
    pub fn new(units: impl IntoIterator<Item = Unit>) -> Result<UnitRegistry> {
        let units: Vec<Unit> = units.into_iter().collect();
        let mut index = HashMap::with_capacity(units.len());
        for (i, u) in units.iter().enumerate() {
            if index.insert(u.id.clone(), i).is_some() {
                return Err(Error::new(
                    ErrorKind::Duplicate,
                    format!("mã đơn vị '{}' bị trùng", u.id),
                    format!("duplicate unit id '{}'", u.id),
                ));
            }
        }
        let mut parent = Vec::with_capacity(units.len());
        for u in &units {
            parent.push(match &u.parent {
                None => None,
                Some(p) => Some(*index.get(p).ok_or_else(|| {
                    Error::new(
                        ErrorKind::UnknownReference,
                        format!("đơn vị '{}' có đơn vị cấp trên không rõ '{p}'", u.id),
                        format!("unit '{}' names unknown parent '{p}'", u.id),
                    )
                })?),
            });
        }
        let mut reg = UnitRegistry {
            children: vec![Vec::new(); units.len()],
            units,
            index,
            parent,
        };
        reg.check_cycles()?;
        for (i, p) in reg.parent.iter().enumerate() {
            if let Some(c) = p.and_then(|p| reg.children.get_mut(p)) {
                c.push(i);
            }
        }
        for u in &reg.units {
            reg.check_unit(u)?;
        }
        Ok(reg)
    }

    fn check_cycles(&self) -> Result<()> {
        // 0: not seen, 1: on the path being walked, 2: known to reach a root.
        let mut state = vec![0u8; self.units.len()];
        for start in 0..self.units.len() {
            let mut path = Vec::new();
            let mut cur = Some(start);
            while let Some(i) = cur {
                match state.get(i).copied() {
                    Some(0) => {
                        if let Some(s) = state.get_mut(i) {
                            *s = 1;
                        }
                        path.push(i);
                        cur = self.parent.get(i).copied().flatten();
                    }
                    Some(1) => {
                        let from = path.iter().position(|&j| j == i).unwrap_or(0);
                        let mut names: Vec<String> = path
                            .get(from..)
                            .unwrap_or_default()
                            .iter()
                            .map(|&j| format!("'{}'", self.at(j).id))
                            .collect();
                        names.push(format!("'{}'", self.at(i).id));
                        return Err(Error::new(
                            ErrorKind::Hierarchy,
                            format!(
                                "vòng lặp trong hệ thống đơn vị: {} (mỗi đơn vị thuộc đơn vị kế tiếp)",
                                names.join(" → ")
                            ),
                            format!(
                                "cycle in the unit hierarchy: {} (each is under the next)",
                                names.join(" → ")
                            ),
                        ));
                    }
                    _ => break,
                }
            }
            for j in path {
                if let Some(s) = state.get_mut(j) {
                    *s = 2;
                }
            }
        }
        Ok(())
    }

    fn check_unit(&self, u: &Unit) -> Result<()> {
        let hierarchy = |vi: String, en: String| Err(Error::new(ErrorKind::Hierarchy, vi, en));
        let kind = u.kind;
        if let Some(end) = kind.exists_until() {
            if u.period.until().is_none_or(|until| until > end) {
                let ended = end.pred_opt().unwrap_or(end);
                return hierarchy(
                    format!(
                        "đơn vị '{}' ({}) còn hiệu lực sau {ended}, khi cấp đó đã kết thúc",
                        u.id,
                        kind.name_vi(),
                    ),
                    format!(
                        "unit '{}' ({}) is in force after {ended}, when that level ended",
                        u.id,
                        kind.name_vi(),
                    ),
                );
            }
        }
        if let Some(start) = kind.exists_from() {
            if u.period.from() < start {
                return hierarchy(
                    format!(
                        "đơn vị '{}' ({}) bắt đầu ngày {}, trước khi loại đơn vị đó có từ {start}",
                        u.id,
                        kind.name_vi(),
                        u.period.from()
                    ),
                    format!(
                        "unit '{}' ({}) starts on {}, before that kind of unit began on {start}",
                        u.id,
                        kind.name_vi(),
                        u.period.from()
                    ),
                );
            }
        }
        if let Some(p) = u.parent.as_ref().and_then(|p| self.get(p)) {
            if let Some((why_vi, why)) = kind.parent_problem(p.kind, &u.period) {
                return hierarchy(
                    format!(
                        "đơn vị '{}' ({}) không thể thuộc '{}' ({}): {why_vi}",
                        u.id,
                        kind.name_vi(),
                        p.id,
                        p.kind.name_vi()
                    ),
                    format!(
                        "unit '{}' ({}) cannot be under '{}' ({}): {why}",
                        u.id,
                        kind.name_vi(),
                        p.id,
                        p.kind.name_vi()
                    ),
                );
            }
            if !p.period.covers(&u.period) {
                return hierarchy(
                    format!(
                        "đơn vị '{}' có hiệu lực {} không nằm trong thời gian của đơn vị cấp trên '{}' ({})",
                        u.id,
                        describe_vi(&u.period),
                        p.id,
                        describe_vi(&p.period)
                    ),
                    format!(
                        "unit '{}' in force {} is not within the period of its parent '{}' ({})",
                        u.id,
                        describe(&u.period),
                        p.id,
                        describe(&p.period)
                    ),
                );
            }
        }
        for s in &u.successors {
            let Some(next) = self.get(s) else {
                return Err(Error::new(
                    ErrorKind::UnknownReference,
                    format!("đơn vị '{}' có đơn vị kế thừa không rõ '{s}'", u.id),
                    format!("unit '{}' names unknown successor '{s}'", u.id),
                ));
            };
            let Some(end) = u.period.until() else {
                return hierarchy(
                    format!(
                        "đơn vị '{}' có đơn vị kế thừa '{s}' nhưng thời gian của nó không có ngày kết thúc",
                        u.id
                    ),
                    format!(
                        "unit '{}' names successor '{s}' but its period has no end",
                        u.id
                    ),
                );
            };
            if !next.period.contains(end) {
                return hierarchy(
                    format!(
                        "đơn vị kế thừa '{s}' của đơn vị '{}' không có hiệu lực ngày {end}, ngày sau khi '{}' kết thúc",
                        u.id, u.id
                    ),
                    format!(
                        "successor '{s}' of unit '{}' is not in force on {end}, the day after '{}' ended",
                        u.id, u.id
                    ),
                );
            }
        }
        Ok(())
    }

    // Indices come from the registry's own index and parent tables.
    #[allow(clippy::indexing_slicing)]
    fn at(&self, i: usize) -> &Unit {
        &self.units[i]
    }

    fn position(&self, id: &UnitId) -> Result<usize> {
        self.index.get(id).copied().ok_or_else(|| {
            let keys: Vec<(String, &str)> = if self.units.len() <= 10_000 {
                self.units
                    .iter()
                    .map(|u| (text::fold(u.id.as_str()), u.id.as_str()))
                    .collect()
            } else {
                Vec::new()
            };
            let hint = text::closest(id.as_str(), keys.iter().map(|(k, l)| (k.as_str(), *l)));
            Error::new(
                ErrorKind::UnknownReference,
                format!("không rõ đơn vị '{id}'{}", text::did_you_mean_vi(&hint)),
                format!("unknown unit '{id}'{}", text::did_you_mean(&hint)),
            )
        })
    }

    /// How many units.
    #[must_use]
    pub fn len(&self) -> usize {
        self.units.len()
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// Every unit, in the order given.
    pub fn iter(&self) -> impl Iterator<Item = &Unit> {
        self.units.iter()
    }

    /// The units in force on `date`.
    pub fn in_force_on(&self, date: NaiveDate) -> impl Iterator<Item = &Unit> {
        self.units.iter().filter(move |u| u.in_force_on(date))
    }

    /// The unit with `id`, if any.
    #[must_use]
    pub fn get(&self, id: &UnitId) -> Option<&Unit> {
        self.index.get(id).map(|&i| self.at(i))
    }

    /// The unit with `id`.
    ///
    /// # Errors
    ///
    /// An unknown id (`UnknownReference`), with the closest ids as a hint.
    pub fn unit(&self, id: &UnitId) -> Result<&Unit> {
        self.position(id).map(|i| self.at(i))
    }

    /// The unit `id` sits under, if any.
    ///
    /// # Errors
    ///
    /// An unknown id.
    pub fn parent(&self, id: &UnitId) -> Result<Option<&Unit>> {
        let i = self.position(id)?;
        Ok(self.parent.get(i).copied().flatten().map(|p| self.at(p)))
    }

    /// The units directly under `id`, in the order given.
    ///
    /// # Errors
    ///
    /// An unknown id.
    pub fn children(&self, id: &UnitId) -> Result<impl Iterator<Item = &Unit>> {
        let i = self.position(id)?;
        Ok(self
            .children
            .get(i)
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .map(|&c| self.at(c)))
    }

    /// The units above `id`, nearest first, up to its root.
    ///
    /// # Errors
    ///
    /// An unknown id.
    pub fn ancestors(&self, id: &UnitId) -> Result<impl Iterator<Item = &Unit>> {
        let i = self.position(id)?;
        let mut next = self.parent.get(i).copied().flatten();
        Ok(std::iter::from_fn(move || {
            let here = next?;
            next = self.parent.get(here).copied().flatten();
            Some(self.at(here))
        }))
    }

    /// Every unit below `id`, depth first, children in the order given.
    ///
    /// # Errors
    ///
    /// An unknown id.
    pub fn descendants(&self, id: &UnitId) -> Result<impl Iterator<Item = &Unit>> {
        let i = self.position(id)?;
        let mut stack: Vec<usize> = self.children_of(i).iter().rev().copied().collect();
        Ok(std::iter::from_fn(move || {
            let here = stack.pop()?;
            stack.extend(self.children_of(here).iter().rev());
            Some(self.at(here))
        }))
    }

    fn children_of(&self, i: usize) -> &[usize] {
        self.children.get(i).map(Vec::as_slice).unwrap_or_default()
    }

    /// Whether `id` is `ancestor` or sits somewhere under it.
    ///
    /// # Errors
    ///
    /// An unknown id.
    pub fn is_within(&self, id: &UnitId, ancestor: &UnitId) -> Result<bool> {
        self.position(ancestor)?;
        Ok(id == ancestor || self.ancestors(id)?.any(|u| &u.id == ancestor))
    }

    /// The administrative level of `id`: its own for territorial kinds, else
    /// that of its nearest territorial ancestor, else central.
    ///
    /// # Errors
    ///
    /// An unknown id.
    pub fn level(&self, id: &UnitId) -> Result<Level> {
        let own = self.unit(id)?.kind.territorial_level();
        Ok(own
            .or_else(|| {
                self.ancestors(id)
                    .ok()?
                    .find_map(|u| u.kind.territorial_level())
            })
            .unwrap_or(Level::Central))
    }

    /// The units that stand for `id` on `date`: the unit itself when it is
    /// in force then, otherwise its successors (and theirs) in force then.
    /// Empty when `date` is before the unit began or nothing took over.
    ///
    /// # Errors
    ///
    /// An unknown id.
    pub fn successors_on(&self, id: &UnitId, date: NaiveDate) -> Result<Vec<&Unit>> {
        let start = self.position(id)?;
        let mut out: Vec<&Unit> = Vec::new();
        let mut seen = vec![start];
        let mut queue = vec![start];
        while let Some(i) = queue.pop() {
            let u = self.at(i);
            if u.in_force_on(date) {
                if !out.iter().any(|o| o.id == u.id) {
                    out.push(u);
                }
                continue;
            }
            if u.period.until().is_some_and(|end| date >= end) {
                for s in u.successors.iter().rev() {
                    if let Some(&j) = self.index.get(s) {
                        if !seen.contains(&j) {
                            seen.push(j);
                            queue.push(j);
                        }
                    }
                }
            }
        }
        Ok(out)
    }
}

/// A period for an English message: `2000-01-01 to 2025-06-30` or
/// `from 2025-07-01`.
fn describe_vi(p: &Period) -> String {
    match p.last_day() {
        Some(last) => format!("{} đến {last}", p.from()),
        None => format!("từ {}", p.from()),
    }
}

fn describe(p: &Period) -> String {
    match p.last_day() {
        Some(last) => format!("{} to {last}", p.from()),
        None => format!("from {}", p.from()),
    }
}

impl TryFrom<Vec<Unit>> for UnitRegistry {
    type Error = Error;
    fn try_from(units: Vec<Unit>) -> Result<UnitRegistry> {
        UnitRegistry::new(units)
    }
}

impl From<UnitRegistry> for Vec<Unit> {
    fn from(reg: UnitRegistry) -> Vec<Unit> {
        reg.units
    }
}

crate::error::deserialize_via!(UnitRegistry, Vec<Unit>);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_parses_by_name_and_id() {
        for &k in UnitKind::ALL {
            assert_eq!(k.name_vi().parse::<UnitKind>().unwrap(), k);
            assert_eq!(k.id().parse::<UnitKind>().unwrap(), k);
        }
        assert_eq!(UnitKind::ALL.len(), 17);
    }

    #[test]
    fn commune_parent_depends_on_the_date() {
        let before = Period::new(ymd(2020, 1, 1), ymd(2025, 7, 1)).unwrap();
        let after = Period::starting(ymd(2025, 7, 1));
        assert!(K::Commune.parent_problem(K::District, &before).is_none());
        assert!(K::Commune.parent_problem(K::District, &after).is_some());
        assert!(K::Commune.parent_problem(K::Province, &after).is_none());
        assert!(K::Commune.parent_problem(K::Province, &before).is_some());
        assert!(K::Village.parent_problem(K::Province, &after).is_some());
    }
}
