//! The catalogue of emulation titles (danh hiệu thi đua) and commendation
//! forms (hình thức khen thưởng): their legal names, English names, who may
//! receive them and their rank.
//!
//! Names parse in any spelling a Vietnamese office uses: with or without
//! diacritics, NFC or NFD, any case, and the usual abbreviations.
//!
//! ```
//! # use thidua::Bilingual as _;
//! use thidua::Award;
//!
//! for name in ["Chiến sĩ thi đua cơ sở", "chien si thi dua co so", "CSTĐCS", "cstdcs"] {
//!     assert_eq!(name.parse::<Award>()?, Award::GrassrootsEmulationFighter);
//! }
//! let err = "Chiến sĩ thi đua cơ sỡ xuất sắc".parse::<Award>().unwrap_err();
//! assert!(err.en().contains("did you mean 'Chiến sĩ thi đua cơ sở'"));
//! # Ok::<(), thidua::Error>(())
//! ```

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use crate::authority::Authority;
use crate::error::{Error, Result};
use crate::text;

/// What sort of award an [`Award`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum AwardKind {
    /// Danh hiệu thi đua: an emulation title, conferred for a period's
    /// achievement (usually a year).
    EmulationTitle,
    /// Danh hiệu vinh dự nhà nước: a state honorary title (heroes, "nhân dân",
    /// "ưu tú").
    HonoraryTitle,
    /// Huân chương: an order.
    Order,
    /// Huy chương: a medal.
    Medal,
    /// Giải thưởng Hồ Chí Minh / Nhà nước: a state prize.
    Prize,
    /// Bằng khen: a certificate of merit.
    CertificateOfMerit,
    /// Giấy khen: a certificate of commendation.
    CertificateOfCommendation,
    /// Kỷ niệm chương: a commemorative medal.
    CommemorativeMedal,
}

impl AwardKind {
    /// Whether this is an emulation title (as opposed to a commendation form,
    /// which everything else is).
    #[must_use]
    pub fn is_title(self) -> bool {
        self == AwardKind::EmulationTitle
    }
}

/// Who may receive an award.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum RecipientKind {
    /// Cá nhân: a person.
    Individual,
    /// Tập thể: a collective (an agency, unit, enterprise …).
    Collective,
    /// Hộ gia đình: a household.
    Household,
    /// Thôn, tổ dân phố: a village or residential group.
    Village,
    /// Xã, phường, đặc khu: a commune-level unit.
    Commune,
}

impl RecipientKind {
    /// The Vietnamese word.
    #[must_use]
    pub fn name_vi(self) -> &'static str {
        match self {
            RecipientKind::Individual => "cá nhân",
            RecipientKind::Collective => "tập thể",
            RecipientKind::Household => "hộ gia đình",
            RecipientKind::Village => "thôn, tổ dân phố",
            RecipientKind::Commune => "xã, phường, đặc khu",
        }
    }

    /// The English word in the plural, as findings write "… for
    /// households" (the singular is [`en`](crate::Bilingual::en)).
    pub(crate) fn plural_en(self) -> &'static str {
        match self {
            RecipientKind::Individual => "individuals",
            RecipientKind::Collective => "collectives",
            RecipientKind::Household => "households",
            RecipientKind::Village => "villages",
            RecipientKind::Commune => "communes",
        }
    }
}

/// The kind of rule that judges an award: which engine of
/// [`eligibility`](crate::eligibility) reads its rules. The catalogue names
/// one for every award; an award added as data (a provincial title) names
/// the route it follows, and no code changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Route {
    /// A yearly title from the year's rating and the standard of "Lao động
    /// tiên tiến": its exclusions (new hires, discipline, leave …) and a
    /// lowest rating.
    AnnualTitle,
    /// "Chiến sĩ thi đua cơ sở": the annual title plus what the regime adds
    /// (an initiative, or "hoàn thành xuất sắc nhiệm vụ").
    GrassrootsFighter,
    /// A run of consecutive conferrals of a lower title ending in the year
    /// judged, plus an initiative of a scope.
    Streak,
    /// A commendation form (and a State honorary title, a prize, a
    /// commemorative medal): the regime's route for the form and recipient
    /// ([`FormRoute`](crate::law::FormRoute)): consecutive years after a
    /// lower award, criteria the province sets, or a text not read.
    Form,
    /// A collective title judged from the collective's own record and its
    /// members' titles.
    CollectiveTitle,
    /// An emulation flag: the leader of a cluster, block or movement.
    Flag,
    /// A checklist judged by the council (community titles).
    Checklist,
    /// No rules are bundled: priced, not judged; a verdict needs review.
    Unjudged,
}

impl Route {
    /// The wire id, e.g. `"annual_title"`.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Route::AnnualTitle => "annual_title",
            Route::GrassrootsFighter => "grassroots_fighter",
            Route::Streak => "streak",
            Route::Form => "form",
            Route::CollectiveTitle => "collective_title",
            Route::Flag => "flag",
            Route::Checklist => "checklist",
            Route::Unjudged => "unjudged",
        }
    }
}

/// One row of the catalogue: an award's legal names, who may receive it,
/// its rank, its route and the other names offices write for it.
///
/// The national rows are `data/law/catalogue.toml`; a province's own title
/// is a row of its overlay file.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AwardEntry {
    /// The stable snake-case id.
    pub id: Cow<'static, str>,
    /// The Vietnamese legal name.
    pub name_vi: Cow<'static, str>,
    /// The English name.
    pub name_en: Cow<'static, str>,
    /// What sort of award it is.
    pub kind: AwardKind,
    /// Who may receive it.
    pub recipients: Vec<RecipientKind>,
    /// The precedence within one kind of recipient: higher is higher.
    pub rank: u16,
    /// The kind of rule that judges it.
    pub route: Route,
    /// Other names and abbreviations offices write.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<Cow<'static, str>>,
}

impl AwardEntry {
    /// A row with no aliases.
    #[must_use]
    pub fn new(
        id: impl Into<Cow<'static, str>>,
        name_vi: impl Into<Cow<'static, str>>,
        name_en: impl Into<Cow<'static, str>>,
        kind: AwardKind,
        recipients: &[RecipientKind],
        rank: u16,
        route: Route,
    ) -> AwardEntry {
        AwardEntry {
            id: id.into(),
            name_vi: name_vi.into(),
            name_en: name_en.into(),
            kind,
            recipients: recipients.to_vec(),
            rank,
            route,
            aliases: Vec::new(),
        }
    }

    /// The same row with one more alias.
    #[must_use]
    pub fn with_alias(mut self, alias: impl Into<Cow<'static, str>>) -> AwardEntry {
        self.aliases.push(alias.into());
        self
    }
}

/// An award that is not in the national catalogue: a province's or a
/// sector's own title, defined by a row of data ([`Award::local`]).
///
/// It is a `Copy` handle to its row, which lives as long as the program (a
/// few hundred bytes per award): define local awards once, when their
/// overlay is read, not per request. Two handles are equal when their ids
/// are.
#[derive(Clone, Copy)]
pub struct LocalAward(&'static AwardEntry);

impl fmt::Debug for LocalAward {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LocalAward({:?})", self.0.id)
    }
}

impl PartialEq for LocalAward {
    fn eq(&self, other: &LocalAward) -> bool {
        self.0.id == other.0.id
    }
}

impl Eq for LocalAward {}

impl std::hash::Hash for LocalAward {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.id.hash(state);
    }
}

impl PartialOrd for LocalAward {
    fn partial_cmp(&self, other: &LocalAward) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for LocalAward {
    fn cmp(&self, other: &LocalAward) -> std::cmp::Ordering {
        self.0.id.cmp(&other.0.id)
    }
}

macro_rules! national_awards {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $id:literal;
    )*) => {
        /// An emulation title or commendation form: one of the national
        /// catalogue (`data/law/catalogue.toml`), or a province's own
        /// ([`Award::Local`]).
        ///
        /// [`Display`](fmt::Display) prints the Vietnamese legal name;
        /// [`FromStr`] accepts it in any case, with or without diacritics,
        /// NFC or NFD, and the usual abbreviations. The wire form is the
        /// snake-case [`id`](Award::id).
        ///
        /// # Example
        ///
        /// ```
        /// # use thidua::Bilingual as _;
        /// use thidua::{Award, RecipientKind};
        /// use thidua::award::{AwardKind, Route};
        ///
        /// // NFC, NFD, no diacritics, any case, abbreviations.
        /// for name in ["Chiến sĩ thi đua cơ sở", "Chie\u{302}\u{301}n si\u{303} thi \u{111}ua co\u{31b} so\u{31b}\u{309}", "CHIEN SI THI DUA CO SO", "CSTĐCS"] {
        ///     assert_eq!(name.parse::<Award>()?, Award::GrassrootsEmulationFighter);
        /// }
        /// let a = Award::GrassrootsEmulationFighter;
        /// assert_eq!(a.id(), "grassroots_emulation_fighter");
        /// assert_eq!(a.name_en(), "Grassroots Emulation Fighter");
        /// assert_eq!(a.kind(), AwardKind::EmulationTitle);
        /// assert_eq!(a.route(), Route::GrassrootsFighter);
        /// assert!(a.accepts(RecipientKind::Individual));
        /// assert!(a.rank() > Award::AdvancedWorker.rank());
        ///
        /// let err = "Chiến sĩ thi đua cơ sỡ lắm".parse::<Award>().unwrap_err();
        /// assert!(err.en().contains("did you mean 'Chiến sĩ thi đua cơ sở'"), "{err}");
        /// # Ok::<(), thidua::Error>(())
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Award {
            $($(#[$doc])* $variant,)*
            /// An award defined as data outside the national catalogue.
            Local(LocalAward),
        }

        /// The national awards with their ids, in catalogue order.
        const NATIONAL: &[(Award, &str)] = &[$((Award::$variant, $id),)*];

        impl Award {
            /// Every award of the national catalogue, in catalogue order.
            pub const ALL: &'static [Award] = &[$(Award::$variant),*];

            /// The position of a national award in the catalogue.
            fn index(self) -> Option<usize> {
                NATIONAL.iter().position(|(a, _)| *a == self)
            }
        }
    };
}

national_awards! {

    /// "Lao động tiên tiến" (LĐTT), the yearly title of a person who
    /// completes their tasks well.
    AdvancedWorker = "advanced_worker";

    /// "Chiến sĩ tiên tiến" (CSTT), the armed-forces counterpart of
    /// [`AdvancedWorker`](Award::AdvancedWorker).
    AdvancedSoldier = "advanced_soldier";

    /// "Chiến sĩ thi đua cơ sở" (CSTĐCS).
    GrassrootsEmulationFighter = "grassroots_emulation_fighter";

    /// "Chiến sĩ thi đua bộ, ban, ngành, tỉnh": of a ministry, sector,
    /// province or central mass organisation.
    MinistryOrProvinceEmulationFighter = "ministry_or_province_emulation_fighter";

    /// "Chiến sĩ thi đua toàn quốc".
    NationalEmulationFighter = "national_emulation_fighter";

    /// "Tập thể lao động tiên tiến" (TTLĐTT).
    AdvancedCollective = "advanced_collective";

    /// "Đơn vị tiên tiến", the armed-forces counterpart of
    /// [`AdvancedCollective`](Award::AdvancedCollective).
    AdvancedUnit = "advanced_unit";

    /// "Tập thể lao động xuất sắc" (TTLĐXS).
    ExcellentCollective = "excellent_collective";

    /// "Đơn vị quyết thắng", the armed-forces counterpart of
    /// [`ExcellentCollective`](Award::ExcellentCollective).
    DeterminedToWinUnit = "determined_to_win_unit";

    /// "Cờ thi đua của bộ, ban, ngành, tỉnh".
    MinistryOrProvinceEmulationFlag = "ministry_or_province_emulation_flag";

    /// "Cờ thi đua" of a military region, corps or service, the Government
    /// Cipher Board or a national university.
    CorpsEmulationFlag = "corps_emulation_flag";

    /// "Cờ thi đua của Chính phủ".
    GovernmentEmulationFlag = "government_emulation_flag";

    /// "Xã, phường, thị trấn tiêu biểu" (Law 06/2022 Art. 29); named "xã,
    /// phường, đặc khu tiêu biểu" from 2025-07-01.
    ExemplaryCommune = "exemplary_commune";

    /// "Thôn, tổ dân phố văn hóa".
    CulturalVillage = "cultural_village";

    /// "Gia đình văn hóa".
    CulturalFamily = "cultural_family";

    /// "Giấy khen", conferred by heads of agencies, commune (formerly district)
    /// chairs and enterprise heads.
    CertificateOfCommendation = "certificate_of_commendation";

    /// "Bằng khen" of a military region, corps or service, the Cipher Board
    /// or a national university.
    CorpsCertificateOfMerit = "corps_certificate_of_merit";

    /// "Bằng khen của bộ, ban, ngành, tỉnh".
    MinistryOrProvinceCertificateOfMerit = "ministry_or_province_certificate_of_merit";

    /// "Bằng khen của Thủ tướng Chính phủ".
    PrimeMinisterCertificateOfMerit = "prime_minister_certificate_of_merit";

    /// "Kỷ niệm chương" of a ministry, sector, province or mass organisation.
    CommemorativeMedal = "commemorative_medal";

    /// "Kỷ niệm chương" of the Standing Committee of the National Assembly.
    NationalAssemblyCommemorativeMedal = "national_assembly_commemorative_medal";

    /// "Huy chương Thanh niên xung phong vẻ vang".
    GloriousYouthVolunteerMedal = "glorious_youth_volunteer_medal";

    /// "Huy chương Chiến sĩ vẻ vang hạng Ba".
    GloriousSoldierMedalThird = "glorious_soldier_medal_third";

    /// "Huy chương Chiến sĩ vẻ vang hạng Nhì".
    GloriousSoldierMedalSecond = "glorious_soldier_medal_second";

    /// "Huy chương Chiến sĩ vẻ vang hạng Nhất".
    GloriousSoldierMedalFirst = "glorious_soldier_medal_first";

    /// "Huy chương Vì an ninh Tổ quốc".
    NationalSecurityMedal = "national_security_medal";

    /// "Huy chương Quân kỳ quyết thắng".
    VictoryBannerMedal = "victory_banner_medal";

    /// "Huy chương Hữu nghị".
    FriendshipMedal = "friendship_medal";

    /// "Huân chương Dũng cảm".
    BraveryOrder = "bravery_order";

    /// "Huân chương Lao động hạng Ba".
    LabourOrderThird = "labour_order_third";

    /// "Huân chương Chiến công hạng Ba".
    FeatOfArmsOrderThird = "feat_of_arms_order_third";

    /// "Huân chương Bảo vệ Tổ quốc hạng Ba".
    FatherlandDefenceOrderThird = "fatherland_defence_order_third";

    /// "Huân chương Lao động hạng Nhì".
    LabourOrderSecond = "labour_order_second";

    /// "Huân chương Chiến công hạng Nhì".
    FeatOfArmsOrderSecond = "feat_of_arms_order_second";

    /// "Huân chương Bảo vệ Tổ quốc hạng Nhì".
    FatherlandDefenceOrderSecond = "fatherland_defence_order_second";

    /// "Huân chương Đại đoàn kết dân tộc".
    GreatNationalUnityOrder = "great_national_unity_order";

    /// "Huân chương Lao động hạng Nhất".
    LabourOrderFirst = "labour_order_first";

    /// "Huân chương Chiến công hạng Nhất".
    FeatOfArmsOrderFirst = "feat_of_arms_order_first";

    /// "Huân chương Bảo vệ Tổ quốc hạng Nhất".
    FatherlandDefenceOrderFirst = "fatherland_defence_order_first";

    /// "Huân chương Hữu nghị".
    FriendshipOrder = "friendship_order";

    /// "Huân chương Độc lập hạng Ba".
    IndependenceOrderThird = "independence_order_third";

    /// "Huân chương Quân công hạng Ba".
    MilitaryExploitOrderThird = "military_exploit_order_third";

    /// "Huân chương Độc lập hạng Nhì".
    IndependenceOrderSecond = "independence_order_second";

    /// "Huân chương Quân công hạng Nhì".
    MilitaryExploitOrderSecond = "military_exploit_order_second";

    /// "Huân chương Độc lập hạng Nhất".
    IndependenceOrderFirst = "independence_order_first";

    /// "Huân chương Quân công hạng Nhất".
    MilitaryExploitOrderFirst = "military_exploit_order_first";

    /// "Huân chương Hồ Chí Minh".
    HoChiMinhOrder = "ho_chi_minh_order";

    /// "Huân chương Sao vàng".
    GoldStarOrder = "gold_star_order";

    /// "Nghệ nhân ưu tú".
    MeritoriousArtisan = "meritorious_artisan";

    /// "Nghệ sĩ ưu tú".
    MeritoriousArtist = "meritorious_artist";

    /// "Nhà giáo ưu tú".
    MeritoriousTeacher = "meritorious_teacher";

    /// "Thầy thuốc ưu tú".
    MeritoriousDoctor = "meritorious_doctor";

    /// "Nghệ nhân nhân dân".
    PeoplesArtisan = "peoples_artisan";

    /// "Nghệ sĩ nhân dân".
    PeoplesArtist = "peoples_artist";

    /// "Nhà giáo nhân dân".
    PeoplesTeacher = "peoples_teacher";

    /// "Thầy thuốc nhân dân".
    PeoplesDoctor = "peoples_doctor";

    /// "Anh hùng Lao động".
    HeroOfLabour = "hero_of_labour";

    /// "Anh hùng Lực lượng vũ trang nhân dân".
    HeroOfPeoplesArmedForces = "hero_of_peoples_armed_forces";

    /// "Bà mẹ Việt Nam anh hùng".
    VietnameseHeroicMother = "vietnamese_heroic_mother";

    /// "Giải thưởng Nhà nước".
    StatePrize = "state_prize";

    /// "Giải thưởng Hồ Chí Minh".
    HoChiMinhPrize = "ho_chi_minh_prize";
}

/// The national catalogue, as data.
const CATALOGUE_TOML: &str = include_str!("../data/law/catalogue.toml");

/// The national rows, in the order of [`Award::ALL`], or why the bundled
/// file does not load (a bug the crate's tests rule out).
static CATALOGUE: LazyLock<std::result::Result<Vec<AwardEntry>, String>> = LazyLock::new(|| {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        schema: String,
        award: Vec<AwardEntry>,
    }
    let file: File = toml::from_str(CATALOGUE_TOML)
        .map_err(|e| format!("data/law/catalogue.toml: {}", e.message()))?;
    if file.schema != "thidua-catalogue@1" {
        return Err(format!(
            "data/law/catalogue.toml: unknown schema '{}'",
            file.schema
        ));
    }
    // In the order of the code's awards; every award has its row.
    NATIONAL
        .iter()
        .map(|(_, id)| {
            file.award
                .iter()
                .find(|e| e.id == *id)
                .cloned()
                .ok_or_else(|| format!("data/law/catalogue.toml: no row for award '{id}'"))
        })
        .collect()
});

/// What an award whose row is missing reads as: never seen, since the
/// tests load the catalogue.
static MISSING: AwardEntry = AwardEntry {
    id: Cow::Borrowed("unknown"),
    name_vi: Cow::Borrowed("(chưa có trong danh mục)"),
    name_en: Cow::Borrowed("(not in the catalogue)"),
    kind: AwardKind::EmulationTitle,
    recipients: Vec::new(),
    rank: 0,
    route: Route::Unjudged,
    aliases: Vec::new(),
};

impl Award {
    /// Defines an award outside the national catalogue, e.g. a province's own
    /// title, from its catalogue row. The row lives as long as the program
    /// (see [`LocalAward`]); an overlay file's `[[awards]]` call this once per
    /// award when it is read.
    ///
    /// # Errors
    ///
    /// An id or name that a national award already has, an empty id or name,
    /// or no recipients.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Award, RecipientKind};
    /// use thidua::award::{AwardEntry, AwardKind, Route};
    ///
    /// let row = AwardEntry::new("lao_dong_gioi_tinh_a", "Lao động giỏi", "Good Worker",
    ///     AwardKind::EmulationTitle, &[RecipientKind::Individual], 115, Route::AnnualTitle);
    /// let good = Award::local(row)?;
    /// assert_eq!(good.to_string(), "Lao động giỏi");
    /// assert_eq!(good.route(), Route::AnnualTitle);
    /// assert!(good.is_local());
    /// assert!(Award::local(AwardEntry::new("x", "Lao động tiên tiến", "x",
    ///     AwardKind::EmulationTitle, &[RecipientKind::Individual], 1, Route::AnnualTitle)).is_err());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn local(entry: AwardEntry) -> Result<Award> {
        if entry.id.trim().is_empty() || entry.name_vi.trim().is_empty() {
            return Err(Error::new(
                crate::error::ErrorKind::Missing,
                "danh hiệu địa phương cần mã và tên tiếng Việt",
                "a local award needs an id and a Vietnamese name",
            ));
        }
        if entry.recipients.is_empty() {
            return Err(Error::new(
                crate::error::ErrorKind::Missing,
                format!(
                    "danh hiệu địa phương '{}' không nêu đối tượng được tặng",
                    text::shown(&entry.id)
                ),
                format!(
                    "local award '{}' names no recipients",
                    text::shown(&entry.id)
                ),
            ));
        }
        for name in [&entry.id, &entry.name_vi, &entry.name_en]
            .into_iter()
            .chain(entry.aliases.iter())
        {
            if let Ok(national) = name.parse::<Award>() {
                return Err(Error::new(
                    crate::error::ErrorKind::Duplicate,
                    format!(
                        "danh hiệu địa phương '{}': '{}' đã là tên của \"{national}\"",
                        text::shown(&entry.id),
                        text::shown(name)
                    ),
                    format!(
                        "local award '{}': '{}' already names \"{national}\"",
                        text::shown(&entry.id),
                        text::shown(name)
                    ),
                ));
            }
        }
        Ok(Award::Local(LocalAward(Box::leak(Box::new(entry)))))
    }

    /// Whether the award is defined outside the national catalogue.
    #[must_use]
    pub fn is_local(self) -> bool {
        matches!(self, Award::Local(_))
    }

    /// The award's catalogue row.
    #[must_use]
    pub fn entry(self) -> &'static AwardEntry {
        match self {
            Award::Local(LocalAward(entry)) => entry,
            national => national
                .index()
                .and_then(|i| CATALOGUE.as_ref().ok().and_then(|c| c.get(i)))
                .unwrap_or(&MISSING),
        }
    }

    /// The stable snake-case identifier used on the wire, e.g.
    /// `"grassroots_emulation_fighter"`.
    #[must_use]
    pub fn id(self) -> &'static str {
        &self.entry().id
    }

    /// The Vietnamese legal name, e.g. `"Chiến sĩ thi đua cơ sở"`.
    #[must_use]
    pub fn name_vi(self) -> &'static str {
        &self.entry().name_vi
    }

    /// The English name, e.g. `"Grassroots Emulation Fighter"`.
    #[must_use]
    pub fn name_en(self) -> &'static str {
        &self.entry().name_en
    }

    /// The usual abbreviation, if offices use one (`"LĐTT"`, `"CSTĐCS"` …).
    #[must_use]
    pub fn abbreviation(self) -> Option<&'static str> {
        self.entry()
            .aliases
            .iter()
            .map(AsRef::as_ref)
            .find(|a: &&str| a.chars().all(|c| c.is_uppercase()))
    }

    /// What sort of award it is.
    #[must_use]
    pub fn kind(self) -> AwardKind {
        self.entry().kind
    }

    /// Whether it is an emulation title (danh hiệu thi đua).
    #[must_use]
    pub fn is_title(self) -> bool {
        self.kind().is_title()
    }

    /// Who may receive it.
    #[must_use]
    pub fn recipients(self) -> &'static [RecipientKind] {
        &self.entry().recipients
    }

    /// Whether `recipient` may receive it.
    #[must_use]
    pub fn accepts(self, recipient: RecipientKind) -> bool {
        self.recipients().contains(&recipient)
    }

    /// The precedence of the award within the catalogue: within one kind of
    /// recipient, a higher rank is the higher award. Armed-forces
    /// counterparts share the rank of their civilian title.
    #[must_use]
    pub fn rank(self) -> u16 {
        self.entry().rank
    }

    /// The kind of rule that judges it.
    #[must_use]
    pub fn route(self) -> Route {
        self.entry().route
    }

    /// The civilian title an armed-forces title stands for ("Chiến sĩ tiên
    /// tiến" → "Lao động tiên tiến" …); other awards are their own.
    #[must_use]
    pub fn civilian(self) -> Award {
        match self {
            Award::AdvancedSoldier => Award::AdvancedWorker,
            Award::AdvancedUnit => Award::AdvancedCollective,
            Award::DeterminedToWinUnit => Award::ExcellentCollective,
            other => other,
        }
    }

    /// Looks up a national award by its exact wire [`id`](Award::id).
    #[must_use]
    pub fn from_id(id: &str) -> Option<Award> {
        NATIONAL.iter().find(|(_, i)| *i == id).map(|(a, _)| *a)
    }

    /// Whether `name` (any spelling [`FromStr`] accepts) names this award:
    /// its id, its names or an alias.
    #[must_use]
    pub fn is_named(self, name: &str) -> bool {
        let key = text::fold(name);
        let e = self.entry();
        [&e.id, &e.name_vi, &e.name_en]
            .into_iter()
            .chain(e.aliases.iter())
            .any(|n| text::fold(n) == key)
    }
}

/// Folded names and aliases of the national awards, sorted for binary
/// search.
static INDEX: LazyLock<Vec<(String, Award)>> = LazyLock::new(|| {
    let mut index: Vec<(String, Award)> = Award::ALL
        .iter()
        .flat_map(|&a| {
            let e = a.entry();
            std::iter::once(&e.name_vi)
                .chain(e.aliases.iter())
                .chain([&e.id, &e.name_en])
                .map(move |n| (text::fold(n), a))
        })
        .collect();
    index.sort();
    index.dedup();
    index
});

/// The award of a folded key, or of the key as people also type it: with
/// "cấp" before the level ("Chiến sĩ thi đua cấp cơ sở"), or with "danh
/// hiệu" / "hình thức" in front.
fn lookup(key: &str) -> Option<Award> {
    let index = &*INDEX;
    let exact = |k: &str| {
        let at = index.partition_point(|(x, _)| x.as_str() < k);
        index.get(at).filter(|(x, _)| x == k).map(|(_, a)| *a)
    };
    if let Some(a) = exact(key) {
        return Some(a);
    }
    let mut k = key;
    for lead in ["danh hieu ", "hinh thuc "] {
        k = k.strip_prefix(lead).unwrap_or(k);
    }
    if let Some(a) = exact(k) {
        return Some(a);
    }
    let without_cap: Vec<&str> = k.split(' ').filter(|w| *w != "cap").collect();
    exact(&without_cap.join(" "))
}

/// The signer named after "của" in a folded award name ("giay khen cua
/// giam doc so" → the head of an agency), if the words say one.
fn issuer(key: &str) -> Option<Authority> {
    let words: Vec<&str> = key.split(' ').collect();
    let has = |phrase: &str| {
        let p: Vec<&str> = phrase.split(' ').collect();
        words.windows(p.len()).any(|w| w == p.as_slice())
    };
    let committee = has("chu tich") || has("ubnd") || has("uy ban nhan dan") || has("ub");
    if has("chu tich nuoc") {
        Some(Authority::President)
    } else if has("thu tuong") {
        Some(Authority::PrimeMinister)
    } else if has("chinh phu") {
        Some(Authority::Government)
    } else if has("bo truong") || has("thu truong co quan ngang bo") {
        Some(Authority::Minister)
    } else if committee && (has("tinh") || has("thanh pho truc thuoc trung uong")) {
        Some(Authority::ProvincialChair)
    } else if committee && (has("huyen") || has("quan") || has("thi xa") || has("thanh pho")) {
        Some(Authority::DistrictChair)
    } else if committee && (has("xa") || has("phuong") || has("thi tran") || has("dac khu")) {
        Some(Authority::CommuneChair)
    } else if has("tu lenh") || has("chi huy") || has("chinh uy") {
        Some(Authority::ArmedForcesCommander)
    } else if has("tong giam doc") || has("doanh nghiep") || has("cong ty") || has("hop tac xa") {
        Some(Authority::EnterpriseHead)
    } else if has("giam doc")
        || has("thu truong")
        || has("truong phong")
        || has("hieu truong")
        || has("vien truong")
        || has("don vi")
        || has("co quan")
    {
        Some(Authority::AgencyHead)
    } else {
        None
    }
}

/// An award named with its signer: "Giấy khen của Giám đốc Sở" → Giấy khen
/// and the head of an agency; "Bằng khen của Bộ trưởng" → the ministry's
/// Bằng khen. A known award with a signer the words do not name ("Giấy
/// khen của ông A") keeps the award without a signer; "Bằng khen" alone
/// names no award, so it needs one.
fn with_issuer(key: &str) -> Option<(Award, Option<Authority>)> {
    let (left, right) = key.split_once(" cua ")?;
    let by = issuer(right);
    let award = match lookup(left) {
        Some(a) => a,
        None if left.split(' ').filter(|w| *w != "cap").eq(["bang", "khen"]) => match by? {
            Authority::PrimeMinister => Award::PrimeMinisterCertificateOfMerit,
            Authority::Minister | Authority::ProvincialChair => {
                Award::MinistryOrProvinceCertificateOfMerit
            }
            _ => return None,
        },
        None => return None,
    };
    Some((award, by))
}

impl Award {
    /// Reads an award as offices write it, with the signer it names: "Giấy
    /// khen của Giám đốc Sở" is a Giấy khen signed by the head of an agency
    /// ([`Authority::AgencyHead`]), "Giấy khen của Chủ tịch UBND xã" one of
    /// a commune's chair. A name without a signer, or with one the words do
    /// not make out, gives `None`.
    ///
    /// # Errors
    ///
    /// As [`FromStr`]: an empty name, or one the catalogue does not know.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Authority, Award};
    ///
    /// assert_eq!(
    ///     Award::parse_with_issuer("Giấy khen của Giám đốc Sở")?,
    ///     (Award::CertificateOfCommendation, Some(Authority::AgencyHead))
    /// );
    /// assert_eq!(
    ///     Award::parse_with_issuer("Giấy khen của Chủ tịch UBND xã")?,
    ///     (Award::CertificateOfCommendation, Some(Authority::CommuneChair))
    /// );
    /// assert_eq!(
    ///     Award::parse_with_issuer("Giấy khen của Thủ trưởng đơn vị")?,
    ///     (Award::CertificateOfCommendation, Some(Authority::AgencyHead))
    /// );
    /// assert_eq!(Award::parse_with_issuer("CSTĐCS")?, (Award::GrassrootsEmulationFighter, None));
    /// // FromStr reads the same names and keeps the award.
    /// assert_eq!("Chiến sĩ thi đua cấp cơ sở".parse::<Award>()?, Award::GrassrootsEmulationFighter);
    /// assert_eq!("Giấy khen của Giám đốc Sở".parse::<Award>()?, Award::CertificateOfCommendation);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn parse_with_issuer(s: &str) -> Result<(Award, Option<Authority>)> {
        let award: Award = s.parse()?;
        // The signer only where the words name this same award with one.
        let by = with_issuer(&text::fold(s))
            .filter(|(a, _)| *a == award)
            .and_then(|(_, by)| by);
        Ok((award, by))
    }
}

impl FromStr for Award {
    type Err = Error;

    /// Parses a Vietnamese name, an abbreviation, the English name or the wire
    /// id of a national award. A local award is named through the overlay
    /// that defines it.
    ///
    /// # Errors
    ///
    /// A name the catalogue does not know; the message suggests the closest
    /// names.
    fn from_str(s: &str) -> Result<Award> {
        // Longer than any name could be written: refused before folding.
        let longest = INDEX.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        if text::longer_than_a_name(s, longest) {
            return Err(Error::unknown_name(
                format!(
                    "không rõ danh hiệu '{}': dài hơn mọi tên danh hiệu",
                    text::shown(s)
                ),
                format!(
                    "unknown award '{}': longer than any award name",
                    text::shown(s)
                ),
            ));
        }
        let key = text::fold(s);
        if s.trim().is_empty() {
            return Err(Error::unknown_name(
                "tên danh hiệu trống",
                "empty award name",
            ));
        }
        if key.is_empty() {
            // Only marks and punctuation: nothing to suggest from.
            return Err(Error::unknown_name(
                format!("không rõ danh hiệu '{}': không có chữ nào", text::shown(s)),
                format!("unknown award '{}': no letters", text::shown(s)),
            ));
        }
        if let Some(award) = lookup(&key) {
            return Ok(award);
        }
        if let Some((award, _)) = with_issuer(&key) {
            return Ok(award);
        }
        let index = &*INDEX;
        let suggestions = text::closest(s, index.iter().map(|(k, a)| (k.as_str(), a.name_vi())));
        Err(Error::unknown_name(
            format!(
                "không rõ danh hiệu '{}'{}",
                text::shown(s),
                text::did_you_mean_vi(&suggestions)
            ),
            format!(
                "unknown award '{}'{}",
                text::shown(s),
                text::did_you_mean(&suggestions)
            ),
        ))
    }
}

impl fmt::Display for Award {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name_vi())
    }
}

impl serde::Serialize for Award {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> serde::Deserialize<'de> for Award {
    /// Reads the wire id, or any name [`FromStr`] accepts, of a national
    /// award. A signer in the name ("Giấy khen của Giám đốc Sở") is read
    /// and dropped: the award's signer is the decision's
    /// ([`Award::parse_with_issuer`] keeps it).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Award, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Award::from_id(&s)
            .map_or_else(|| s.parse(), Ok)
            .map_err(Error::into_de)
    }
}

impl crate::lang::Bilingual for RecipientKind {
    fn vi(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.name_vi())
    }

    fn en(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(match self {
            RecipientKind::Individual => "individual",
            RecipientKind::Collective => "collective",
            RecipientKind::Household => "household",
            RecipientKind::Village => "village or residential group",
            RecipientKind::Commune => "commune",
        })
    }
}

crate::lang::display_vi!(RecipientKind);

impl crate::lang::Bilingual for Award {
    /// The Vietnamese legal name.
    fn vi(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.name_vi())
    }

    /// The English name.
    fn en(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.name_en())
    }
}

crate::wire::string_schema!(
    Award,
    "Award",
    "An award: its id (`grassroots_emulation_fighter`), its Vietnamese name (`Chiến sĩ thi đua cơ sở`) or its abbreviation (`CSTĐCS`), in any spelling; a Giấy khen with its issuer (`Giấy khen của Giám đốc Sở`). Written as the id.",
    Award::ALL
        .iter()
        .flat_map(|a| [Some(a.id()), Some(a.name_vi()), a.abbreviation()])
        .flatten()
        .map(str::to_string)
        .collect()
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_award_has_its_row() {
        let rows = CATALOGUE.as_ref().unwrap();
        assert_eq!(rows.len(), Award::ALL.len());
        for (award, row) in Award::ALL.iter().zip(rows) {
            assert_eq!(award.id(), row.id);
        }
    }

    #[test]
    fn no_alias_names_two_awards() {
        let index = &*INDEX;
        for w in index.windows(2) {
            assert!(
                w[0].0 != w[1].0,
                "'{}' names {:?} and {:?}",
                w[0].0,
                w[0].1,
                w[1].1
            );
        }
    }

    #[test]
    fn names_with_cap_and_danh_hieu() {
        for name in [
            "Chiến sĩ thi đua cấp cơ sở",
            "chien si thi dua cap co so",
            "Danh hiệu Chiến sĩ thi đua cấp cơ sở",
            "danh hiệu \"Chiến sĩ thi đua cơ sở\"",
        ] {
            assert_eq!(
                name.parse::<Award>().ok(),
                Some(Award::GrassrootsEmulationFighter),
                "{name}"
            );
        }
        assert_eq!(
            "Danh hiệu Lao động tiên tiến".parse::<Award>().ok(),
            Some(Award::AdvancedWorker)
        );
    }

    #[test]
    fn giay_khen_with_its_issuer() {
        for (name, by) in [
            ("Giấy khen của Giám đốc Sở", Authority::AgencyHead),
            ("Giấy khen của Chủ tịch UBND xã", Authority::CommuneChair),
            (
                "Giấy khen của Chủ tịch Ủy ban nhân dân phường",
                Authority::CommuneChair,
            ),
            (
                "Giấy khen của Chủ tịch UBND huyện",
                Authority::DistrictChair,
            ),
            ("Giấy khen của Thủ trưởng đơn vị", Authority::AgencyHead),
            (
                "Giấy khen của Tổng Giám đốc Công ty",
                Authority::EnterpriseHead,
            ),
        ] {
            assert_eq!(
                name.parse::<Award>().ok(),
                Some(Award::CertificateOfCommendation),
                "{name}"
            );
            assert_eq!(
                Award::parse_with_issuer(name).ok(),
                Some((Award::CertificateOfCommendation, Some(by))),
                "{name}"
            );
        }
        // A signer the words do not make out: the award, without one.
        assert_eq!(
            Award::parse_with_issuer("Giấy khen của ông Nguyễn Văn A").ok(),
            Some((Award::CertificateOfCommendation, None))
        );
        assert_eq!(
            Award::parse_with_issuer("Bằng khen của Thủ tướng Chính phủ").ok(),
            Some((
                Award::PrimeMinisterCertificateOfMerit,
                Some(Authority::PrimeMinister)
            ))
        );
        assert_eq!(
            Award::parse_with_issuer("Bằng khen của Chủ tịch UBND tỉnh").ok(),
            Some((
                Award::MinistryOrProvinceCertificateOfMerit,
                Some(Authority::ProvincialChair)
            ))
        );
        // "Bằng khen" of an unknown signer names no award.
        assert!("Bằng khen của ông A".parse::<Award>().is_err());
        assert_eq!(
            Award::parse_with_issuer("Lao động tiên tiến").ok(),
            Some((Award::AdvancedWorker, None))
        );
    }

    #[test]
    fn an_empty_name_is_refused_as_empty() {
        use crate::lang::Bilingual;
        for name in ["", "   ", "\t\n"] {
            let err = name.parse::<Award>().unwrap_err();
            assert_eq!(err.en(), "empty award name", "{name:?}");
            assert_eq!(err.vi(), "tên danh hiệu trống", "{name:?}");
        }
        // No letters: the text is named, with nothing suggested.
        for name in [" - ", "_", "\u{301}"] {
            let err = name.parse::<Award>().unwrap_err();
            assert!(
                err.en().ends_with("': no letters"),
                "{name:?}: {}",
                err.en()
            );
            assert!(!err.en().contains("did you mean"));
        }
    }

    #[test]
    fn suggestions_rank_words_in_common_first() {
        use crate::lang::Bilingual;
        let err = "Chiến sĩ thi đua cơ sở năm".parse::<Award>().unwrap_err();
        assert!(
            err.en().starts_with(
                "unknown award 'Chiến sĩ thi đua cơ sở năm'; did you mean 'Chiến sĩ thi đua cơ sở'"
            ),
            "{}",
            err.en()
        );
        assert!(
            err.vi()
                .starts_with("không rõ danh hiệu 'Chiến sĩ thi đua cơ sở năm'"),
            "{}",
            err.vi()
        );
        // A misspelt Giấy khen: Giấy khen first.
        let err = "Giây khen cua".parse::<Award>().unwrap_err();
        assert!(
            err.en().contains("did you mean 'Giấy khen'"),
            "{}",
            err.en()
        );
    }

    #[test]
    fn abbreviations() {
        assert_eq!(Award::AdvancedWorker.abbreviation(), Some("LĐTT"));
        assert_eq!(Award::ExcellentCollective.abbreviation(), Some("TTLĐXS"));
        assert_eq!(Award::GoldStarOrder.abbreviation(), None);
    }
}
