//! Collectives, households, villages and communes: the facts their titles are judged on.

use crate::award::RecipientKind;
use crate::error::{Error, ErrorKind, Result};
use crate::history::Conferral;
use crate::id::UnitId;
use crate::people::{DisciplineForm, Rating};

use crate::text::named_enum;

named_enum! {
    /// What excludes a household from "Gia đình văn hóa" for the year
    /// (Decree 86/2023): a member prosecuted, a duty not fulfilled, or an
    /// administrative sanction for one of the listed violations.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::collectives::Exclusion;
    ///
    /// assert_eq!("bao luc gia dinh".parse::<Exclusion>()?, Exclusion::DomesticViolence);
    /// assert_eq!(Exclusion::Tax.to_string(), "không hoàn thành nghĩa vụ nộp thuế");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    Exclusion, "exclusion", "trường hợp loại trừ" {
        /// A member is criminally prosecuted (bị truy cứu trách nhiệm hình
        /// sự).
        CriminalProsecution = "criminal_prosecution", "có thành viên bị truy cứu trách nhiệm hình sự", ["truy cứu trách nhiệm hình sự"];
        /// Military service not fulfilled.
        MilitaryService = "military_service", "không hoàn thành nghĩa vụ quân sự", ["nghĩa vụ quân sự"];
        /// Tax duties not fulfilled.
        Tax = "tax", "không hoàn thành nghĩa vụ nộp thuế", ["nghĩa vụ thuế"];
        /// Sanctioned for child marriage.
        ChildMarriage = "child_marriage", "bị xử phạt hành chính về tảo hôn", ["tảo hôn"];
        /// Sanctioned for violating marriage rules or monogamy.
        MarriageOrMonogamy = "marriage_or_monogamy", "bị xử phạt hành chính về vi phạm chế độ hôn nhân một vợ một chồng", ["hôn nhân một vợ một chồng"];
        /// Sanctioned for breaches of public order.
        PublicOrder = "public_order", "bị xử phạt hành chính về trật tự công cộng", ["trật tự công cộng"];
        /// Sanctioned for illegal gambling.
        Gambling = "gambling", "bị xử phạt hành chính về đánh bạc trái phép", ["đánh bạc"];
        /// Sanctioned for social evils.
        SocialEvils = "social_evils", "bị xử phạt hành chính về tệ nạn xã hội", ["tệ nạn xã hội"];
        /// Sanctioned for breaches of fire safety.
        FireSafety = "fire_safety", "bị xử phạt hành chính về phòng cháy, chữa cháy", ["phòng cháy chữa cháy"];
        /// Sanctioned for domestic violence.
        DomesticViolence = "domestic_violence", "bị xử phạt hành chính về bạo lực gia đình", ["bạo lực gia đình"];
    }
}

/// What a collective did in one year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CollectiveRecord {
    /// The year.
    pub year: i32,
    /// The collective's own task rating, once rated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// Whether it ran a regular, practical, effective emulation movement,
    /// if judged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub movement: Option<bool>,
}

/// A collective (tập thể): an agency, department, unit or enterprise judged
/// for collective titles.
///
/// # Example
///
/// ```
/// use thidua::{Collective, Rating};
/// use thidua::collectives::CollectiveRecord;
///
/// let mut c = Collective::new("PHONG-TC".parse()?, "Phòng Tài chính – Kế hoạch");
/// c.records.push(CollectiveRecord { year: 2021, rating: Some(Rating::Excellent), movement: Some(true) });
/// assert_eq!(c.record(2021).and_then(|r| r.rating), Some(Rating::Excellent));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Collective {
    /// The unit's id.
    pub id: UnitId,
    /// Its name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Whether it is an armed-forces unit ("Đơn vị tiên tiến", "Đơn vị
    /// quyết thắng").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub armed_forces: bool,
    /// One record per year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<CollectiveRecord>,
    /// Awards received.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub awards: Vec<Conferral>,
}

impl Collective {
    /// A collective with no records yet.
    #[must_use]
    pub fn new(id: UnitId, name: impl Into<String>) -> Collective {
        Collective {
            id,
            name: name.into(),
            armed_forces: false,
            records: Vec::new(),
            awards: Vec::new(),
        }
    }

    /// The record of `year`.
    #[must_use]
    pub fn record(&self, year: i32) -> Option<&CollectiveRecord> {
        self.records.iter().find(|r| r.year == year)
    }
}

/// The members of a collective in the year judged, counted for the
/// collective titles.
///
/// "Advanced" members hold "Lao động tiên tiến" / "Chiến sĩ tiên tiến";
/// "fighters" hold "Chiến sĩ thi đua cơ sở" (after any quota). Members whose
/// title, rating or discipline is not settled are counted apart, so that a
/// share that depends on them comes back unknown rather than guessed.
///
/// Every count is a statement: zero says "none". On the wire every key is
/// required, so a count left out is an error that names it, never a zero.
///
/// # Example
///
/// ```
/// use thidua::collectives::MemberTally;
///
/// let mut t = MemberTally::new(10);
/// t.completed = 10;
/// t.advanced = 6;
/// t.validate()?;
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MemberTally {
    /// Every member.
    pub members: u32,
    /// Members rated "hoàn thành nhiệm vụ" or better.
    pub completed: u32,
    /// Members not yet rated.
    pub unrated: u32,
    /// Members holding "Lao động tiên tiến" / "Chiến sĩ tiên tiến".
    pub advanced: u32,
    /// Members whose "Lao động tiên tiến" needs review.
    pub advanced_unknown: u32,
    /// Members holding "Chiến sĩ thi đua cơ sở".
    pub fighters: u32,
    /// Members whose "Chiến sĩ thi đua cơ sở" needs review.
    pub fighters_unknown: u32,
    /// Members disciplined in the year, by their heaviest form, lightest
    /// first (khiển trách … buộc thôi việc).
    pub disciplined: [u32; 6],
    /// Members whose discipline in the year is not known: a rule that
    /// allows no one disciplined needs review while any is left.
    pub disciplined_unknown: u32,
}

// One slot of `MemberTally::disciplined` per disciplinary form.
const _: () = assert!(DisciplineForm::ALL.len() == 6);

impl MemberTally {
    /// A tally of `members` members, nothing else counted yet.
    #[must_use]
    pub fn new(members: u32) -> MemberTally {
        MemberTally {
            members,
            ..MemberTally::default()
        }
    }

    /// Members disciplined with `form` or heavier.
    #[must_use]
    pub fn disciplined_from(&self, form: DisciplineForm) -> u32 {
        let from = DisciplineForm::ALL
            .iter()
            .position(|f| *f == form)
            .unwrap_or(0);
        self.disciplined
            .iter()
            .skip(from)
            .fold(0, |sum, &c| sum.saturating_add(c))
    }

    /// Counts one disciplined member under their heaviest form.
    pub fn add_discipline(&mut self, form: DisciplineForm) {
        if let Some(i) = DisciplineForm::ALL.iter().position(|f| *f == form) {
            if let Some(slot) = self.disciplined.get_mut(i) {
                *slot = slot.saturating_add(1);
            }
        }
    }

    /// Checks that every count fits inside the members.
    ///
    /// # Errors
    ///
    /// A count larger than the members, or parts that add up to more.
    pub fn validate(&self) -> Result<()> {
        let n = self.members;
        let check = |what_vi: &str, what: &str, count: u64| {
            if count > u64::from(n) {
                Err(Error::new(
                    ErrorKind::OutOfRange,
                    format!("{what_vi} ({count}) vượt quá {n} thành viên"),
                    format!("{what} ({count}) exceed the {n} members"),
                ))
            } else {
                Ok(())
            }
        };
        check(
            "thành viên hoàn thành nhiệm vụ và chưa xếp loại",
            "completed and unrated members",
            u64::from(self.completed) + u64::from(self.unrated),
        )?;
        check(
            "thành viên lao động tiên tiến",
            "advanced members",
            u64::from(self.advanced) + u64::from(self.advanced_unknown),
        )?;
        check(
            "chiến sĩ thi đua",
            "fighters",
            u64::from(self.fighters) + u64::from(self.fighters_unknown),
        )?;
        check(
            "thành viên bị kỷ luật, đã biết hoặc chưa,",
            "disciplined members, known or not,",
            self.disciplined
                .iter()
                .map(|&c| u64::from(c))
                .sum::<u64>()
                .saturating_add(u64::from(self.disciplined_unknown)),
        )?;
        // Both fit in the members (checked above), so the sum cannot wrap.
        let advanced = u64::from(self.advanced) + u64::from(self.advanced_unknown);
        if u64::from(self.fighters) > advanced {
            return Err(Error::new(
                ErrorKind::Conflict,
                format!(
                    "{} chiến sĩ thi đua nhưng chỉ {advanced} thành viên lao động tiên tiến, đã hoặc chưa có quyết định: \"Chiến sĩ thi đua cơ sở\" cần \"Lao động tiên tiến\"",
                    self.fighters
                ),
                format!(
                    "{} fighters but only {advanced} advanced members, decided or not: \"Chiến sĩ thi đua cơ sở\" needs \"Lao động tiên tiến\"",
                    self.fighters
                ),
            ));
        }
        Ok(())
    }
}

/// How many of a community's households (or villages) hold the lower
/// title: "Gia đình văn hóa" for a village, "Thôn, tổ dân phố văn hóa" for a
/// commune.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holders {
    /// Those holding the lower title.
    pub holding: u32,
    /// All of them.
    pub of: u32,
}

/// What a household, village or commune did in one year, as its council
/// judged it.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommunityRecord {
    /// The year.
    pub year: i32,
    /// The title's criteria in the order of the law
    /// ([`CommunityRules`](crate::law::CommunityRules)), each met, unmet or not judged (`None`); empty
    /// while none is judged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<Option<bool>>,
    /// Households: the exclusions found in the year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclusions: Vec<Exclusion>,
    /// Households: whether the exclusions were checked (with the police,
    /// the military command, the tax office).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exclusions_checked: bool,
    /// Villages and communes: the holders of the lower title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holders: Option<Holders>,
    /// Communes: whether it leads the emulation movement of the district.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leads_movement: Option<bool>,
}

impl CommunityRecord {
    /// A record of `year` with nothing judged yet.
    #[must_use]
    pub fn new(year: i32) -> CommunityRecord {
        CommunityRecord {
            year,
            ..CommunityRecord::default()
        }
    }
}

/// A household, village or residential group, or commune, judged for a
/// community title.
///
/// # Example
///
/// ```
/// use thidua::RecipientKind;
/// use thidua::collectives::{Community, CommunityRecord};
///
/// let mut home = Community::new("HO-0012".parse()?, "Hộ ông Nguyễn Văn An", RecipientKind::Household);
/// let mut r = CommunityRecord::new(2024);
/// r.criteria = vec![Some(true); 3];
/// r.exclusions_checked = true;
/// home.records.push(r);
/// assert!(home.record(2024).is_some());
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Community {
    /// Its id.
    pub id: UnitId,
    /// Its name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// A household, a village or a commune.
    pub kind: RecipientKind,
    /// One record per year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<CommunityRecord>,
    /// Awards received (a household's Giấy khen or Bằng khen): an award
    /// not listed was not conferred.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub awards: Vec<Conferral>,
}

impl Community {
    /// A community with no records yet.
    #[must_use]
    pub fn new(id: UnitId, name: impl Into<String>, kind: RecipientKind) -> Community {
        Community {
            id,
            name: name.into(),
            kind,
            records: Vec::new(),
            awards: Vec::new(),
        }
    }

    /// The record of `year`.
    #[must_use]
    pub fn record(&self, year: i32) -> Option<&CommunityRecord> {
        self.records.iter().find(|r| r.year == year)
    }
}
