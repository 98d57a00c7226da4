//! The catalogue of emulation titles (danh hiệu thi đua) and commendation
//! forms (hình thức khen thưởng): their legal names, English names, who may
//! receive them and their rank.
//!
//! Names parse in any spelling a Vietnamese office uses: with or without
//! diacritics, NFC or NFD, any case, and the usual abbreviations.
//!
//! ```
//! use thidua::Award;
//!
//! for name in ["Chiến sĩ thi đua cơ sở", "chien si thi dua co so", "CSTĐCS", "cstdcs"] {
//!     assert_eq!(name.parse::<Award>()?, Award::GrassrootsEmulationFighter);
//! }
//! let err = "Chiến sĩ thi đua cơ sỡ xuất sắc".parse::<Award>().unwrap_err();
//! assert!(err.to_string().contains("did you mean 'Chiến sĩ thi đua cơ sở'"));
//! # Ok::<(), thidua::Error>(())
//! ```

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use crate::error::{Error, Result};
use crate::text;

/// What sort of award an [`Award`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
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
}

use RecipientKind::{Collective as C, Commune as X, Household as H, Individual as I, Village as V};

struct Entry {
    award: Award,
    id: &'static str,
    name_vi: &'static str,
    name_en: &'static str,
    kind: AwardKind,
    recipients: &'static [RecipientKind],
    rank: u16,
    aliases: &'static [&'static str],
}

macro_rules! catalogue {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $id:literal, $vi:literal, $en:literal, $kind:ident, [$($r:ident),*], $rank:literal, [$($alias:literal),*];
    )*) => {
        /// An emulation title or commendation form of the catalogue.
        ///
        /// [`Display`](fmt::Display) prints the Vietnamese legal name;
        /// [`FromStr`] accepts it in any case, with or without diacritics,
        /// NFC or NFD, and the usual abbreviations. The wire form is the
        /// snake-case [`id`](Award::id).
        ///
        /// # Example
        ///
        /// ```
        /// use thidua::{Award, RecipientKind};
        /// use thidua::award::AwardKind;
        ///
        /// // NFC, NFD, no diacritics, any case, abbreviations.
        /// for name in ["Chiến sĩ thi đua cơ sở", "Chie\u{302}\u{301}n si\u{303} thi \u{111}ua co\u{31b} so\u{31b}\u{309}", "CHIEN SI THI DUA CO SO", "CSTĐCS"] {
        ///     assert_eq!(name.parse::<Award>()?, Award::GrassrootsEmulationFighter);
        /// }
        /// let a = Award::GrassrootsEmulationFighter;
        /// assert_eq!(a.id(), "grassroots_emulation_fighter");
        /// assert_eq!(a.name_en(), "Grassroots Emulation Fighter");
        /// assert_eq!(a.kind(), AwardKind::EmulationTitle);
        /// assert!(a.accepts(RecipientKind::Individual));
        /// assert!(a.rank() > Award::AdvancedWorker.rank());
        ///
        /// let err = "Chiến sĩ thi đua cơ sỡ lắm".parse::<Award>().unwrap_err();
        /// assert!(err.to_string().contains("did you mean 'Chiến sĩ thi đua cơ sở'"), "{err}");
        /// # Ok::<(), thidua::Error>(())
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Award {
            $($(#[$doc])* $variant,)*
        }

        const ENTRIES: &[Entry] = &[$(Entry {
            award: Award::$variant,
            id: $id,
            name_vi: $vi,
            name_en: $en,
            kind: AwardKind::$kind,
            recipients: &[$($r),*],
            rank: $rank,
            aliases: &[$($alias),*],
        },)*];
    };
}

catalogue! {
    /// "Lao động tiên tiến" (LĐTT), the yearly title of a person who
    /// completes their tasks well.
    AdvancedWorker = "advanced_worker", "Lao động tiên tiến", "Advanced Worker",
        EmulationTitle, [I], 110, ["LĐTT", "Danh hiệu Lao động tiên tiến"];
    /// "Chiến sĩ tiên tiến" (CSTT), the armed-forces counterpart of
    /// [`AdvancedWorker`](Award::AdvancedWorker).
    AdvancedSoldier = "advanced_soldier", "Chiến sĩ tiên tiến", "Advanced Soldier",
        EmulationTitle, [I], 110, ["CSTT"];
    /// "Chiến sĩ thi đua cơ sở" (CSTĐCS).
    GrassrootsEmulationFighter = "grassroots_emulation_fighter", "Chiến sĩ thi đua cơ sở",
        "Grassroots Emulation Fighter", EmulationTitle, [I], 120, ["CSTĐCS", "CSTĐ cơ sở"];
    /// "Chiến sĩ thi đua bộ, ban, ngành, tỉnh": of a ministry, sector,
    /// province or central mass organisation.
    MinistryOrProvinceEmulationFighter = "ministry_or_province_emulation_fighter",
        "Chiến sĩ thi đua bộ, ban, ngành, tỉnh", "Ministry or Province Emulation Fighter",
        EmulationTitle, [I], 130,
        ["CSTĐ tỉnh", "CSTĐ cấp tỉnh", "CSTĐ cấp bộ", "Chiến sĩ thi đua cấp tỉnh",
         "Chiến sĩ thi đua cấp bộ", "Chiến sĩ thi đua tỉnh",
         "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh, đoàn thể trung ương"];
    /// "Chiến sĩ thi đua toàn quốc".
    NationalEmulationFighter = "national_emulation_fighter", "Chiến sĩ thi đua toàn quốc",
        "National Emulation Fighter", EmulationTitle, [I], 140, ["CSTĐTQ", "CSTĐ toàn quốc"];
    /// "Tập thể lao động tiên tiến" (TTLĐTT).
    AdvancedCollective = "advanced_collective", "Tập thể lao động tiên tiến",
        "Advanced Collective", EmulationTitle, [C], 110, ["TTLĐTT"];
    /// "Đơn vị tiên tiến", the armed-forces counterpart of
    /// [`AdvancedCollective`](Award::AdvancedCollective).
    AdvancedUnit = "advanced_unit", "Đơn vị tiên tiến", "Advanced Unit",
        EmulationTitle, [C], 110, ["ĐVTT"];
    /// "Tập thể lao động xuất sắc" (TTLĐXS).
    ExcellentCollective = "excellent_collective", "Tập thể lao động xuất sắc",
        "Excellent Collective", EmulationTitle, [C], 120, ["TTLĐXS"];
    /// "Đơn vị quyết thắng", the armed-forces counterpart of
    /// [`ExcellentCollective`](Award::ExcellentCollective).
    DeterminedToWinUnit = "determined_to_win_unit", "Đơn vị quyết thắng",
        "Determined-to-Win Unit", EmulationTitle, [C], 120, ["ĐVQT"];
    /// "Cờ thi đua của bộ, ban, ngành, tỉnh".
    MinistryOrProvinceEmulationFlag = "ministry_or_province_emulation_flag",
        "Cờ thi đua của bộ, ban, ngành, tỉnh", "Emulation Flag of a Ministry or Province",
        EmulationTitle, [C], 140,
        ["Cờ thi đua cấp tỉnh", "Cờ thi đua cấp bộ", "Cờ thi đua tỉnh", "Cờ tỉnh",
         "Cờ thi đua của Ủy ban nhân dân tỉnh", "Cờ thi đua bộ, ban, ngành, tỉnh"];
    /// "Cờ thi đua" of a military region, corps or service, the Government
    /// Cipher Board or a national university.
    CorpsEmulationFlag = "corps_emulation_flag",
        "Cờ thi đua của quân khu, quân đoàn, quân chủng, binh chủng, Ban Cơ yếu Chính phủ, Đại học Quốc gia",
        "Emulation Flag of a Military Region, Corps, the Cipher Board or a National University",
        EmulationTitle, [C], 135, ["Cờ thi đua cấp quân khu", "Cờ thi đua Đại học Quốc gia"];
    /// "Cờ thi đua của Chính phủ".
    GovernmentEmulationFlag = "government_emulation_flag", "Cờ thi đua của Chính phủ",
        "Government Emulation Flag", EmulationTitle, [C], 150,
        ["Cờ thi đua Chính phủ", "Cờ CP", "Cờ thi đua CP"];
    /// "Xã, phường, thị trấn tiêu biểu" (Law 06/2022 Art. 29); named "xã,
    /// phường, đặc khu tiêu biểu" from 2025-07-01.
    ExemplaryCommune = "exemplary_commune", "Xã, phường, thị trấn tiêu biểu",
        "Exemplary Commune", EmulationTitle, [X], 120,
        ["Xã, phường, đặc khu tiêu biểu", "Xã tiêu biểu", "Phường tiêu biểu"];
    /// "Thôn, tổ dân phố văn hóa".
    CulturalVillage = "cultural_village", "Thôn, tổ dân phố văn hóa", "Cultural Village",
        EmulationTitle, [V], 110,
        ["Thôn văn hóa", "Tổ dân phố văn hóa", "Thôn, làng, ấp, bản, tổ dân phố văn hóa",
         "Làng văn hóa", "Bản văn hóa", "Ấp văn hóa"];
    /// "Gia đình văn hóa".
    CulturalFamily = "cultural_family", "Gia đình văn hóa", "Cultural Family",
        EmulationTitle, [H], 100, ["GĐVH"];
    /// "Giấy khen", conferred by heads of agencies, commune (formerly district)
    /// chairs and enterprise heads.
    CertificateOfCommendation = "certificate_of_commendation", "Giấy khen",
        "Certificate of Commendation", CertificateOfCommendation, [I, C, H], 200, ["GK"];
    /// "Bằng khen" of a military region, corps or service, the Cipher Board
    /// or a national university.
    CorpsCertificateOfMerit = "corps_certificate_of_merit",
        "Bằng khen của quân khu, quân đoàn, quân chủng, binh chủng, Ban Cơ yếu Chính phủ, Đại học Quốc gia",
        "Certificate of Merit of a Military Region, Corps, the Cipher Board or a National University",
        CertificateOfMerit, [I, C, H], 205, ["Bằng khen cấp quân khu", "Bằng khen Đại học Quốc gia"];
    /// "Bằng khen của bộ, ban, ngành, tỉnh".
    MinistryOrProvinceCertificateOfMerit = "ministry_or_province_certificate_of_merit",
        "Bằng khen của bộ, ban, ngành, tỉnh", "Certificate of Merit of a Ministry or Province",
        CertificateOfMerit, [I, C, H], 210,
        ["Bằng khen cấp tỉnh", "Bằng khen cấp bộ", "Bằng khen tỉnh", "BK tỉnh", "BK bộ",
         "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Bằng khen của Chủ tịch UBND tỉnh",
         "Bằng khen UBND tỉnh", "Bằng khen bộ, ban, ngành, tỉnh"];
    /// "Bằng khen của Thủ tướng Chính phủ".
    PrimeMinisterCertificateOfMerit = "prime_minister_certificate_of_merit",
        "Bằng khen của Thủ tướng Chính phủ", "Certificate of Merit of the Prime Minister",
        CertificateOfMerit, [I, C, H], 220,
        ["BKTTg", "BK TTg", "Bằng khen Thủ tướng", "Bằng khen Thủ tướng Chính phủ",
         "Bằng khen của Thủ tướng"];
    /// "Kỷ niệm chương" of a ministry, sector, province or mass organisation.
    CommemorativeMedal = "commemorative_medal", "Kỷ niệm chương", "Commemorative Medal",
        CommemorativeMedal, [I], 190, ["KNC"];
    /// "Kỷ niệm chương" of the Standing Committee of the National Assembly.
    NationalAssemblyCommemorativeMedal = "national_assembly_commemorative_medal",
        "Kỷ niệm chương của Ủy ban Thường vụ Quốc hội",
        "Commemorative Medal of the National Assembly Standing Committee",
        CommemorativeMedal, [I], 195, ["Kỷ niệm chương Ủy ban Thường vụ Quốc hội"];
    /// "Huy chương Thanh niên xung phong vẻ vang".
    GloriousYouthVolunteerMedal = "glorious_youth_volunteer_medal",
        "Huy chương Thanh niên xung phong vẻ vang", "Glorious Youth Volunteer Medal",
        Medal, [I], 300, [];
    /// "Huy chương Chiến sĩ vẻ vang hạng Ba".
    GloriousSoldierMedalThird = "glorious_soldier_medal_third",
        "Huy chương Chiến sĩ vẻ vang hạng Ba", "Glorious Soldier Medal, Third Class",
        Medal, [I], 301, [];
    /// "Huy chương Chiến sĩ vẻ vang hạng Nhì".
    GloriousSoldierMedalSecond = "glorious_soldier_medal_second",
        "Huy chương Chiến sĩ vẻ vang hạng Nhì", "Glorious Soldier Medal, Second Class",
        Medal, [I], 302, [];
    /// "Huy chương Chiến sĩ vẻ vang hạng Nhất".
    GloriousSoldierMedalFirst = "glorious_soldier_medal_first",
        "Huy chương Chiến sĩ vẻ vang hạng Nhất", "Glorious Soldier Medal, First Class",
        Medal, [I], 303, [];
    /// "Huy chương Vì an ninh Tổ quốc".
    NationalSecurityMedal = "national_security_medal", "Huy chương Vì an ninh Tổ quốc",
        "Medal for the Security of the Fatherland", Medal, [I], 304, [];
    /// "Huy chương Quân kỳ quyết thắng".
    VictoryBannerMedal = "victory_banner_medal", "Huy chương Quân kỳ quyết thắng",
        "Victory Banner Medal", Medal, [I], 305, [];
    /// "Huy chương Hữu nghị".
    FriendshipMedal = "friendship_medal", "Huy chương Hữu nghị", "Friendship Medal",
        Medal, [I], 306, [];
    /// "Huân chương Dũng cảm".
    BraveryOrder = "bravery_order", "Huân chương Dũng cảm", "Order of Bravery",
        Order, [I, C], 400, [];
    /// "Huân chương Lao động hạng Ba".
    LabourOrderThird = "labour_order_third", "Huân chương Lao động hạng Ba",
        "Labour Order, Third Class", Order, [I, C], 401, ["HCLĐ hạng Ba", "HCLĐ hạng 3"];
    /// "Huân chương Chiến công hạng Ba".
    FeatOfArmsOrderThird = "feat_of_arms_order_third", "Huân chương Chiến công hạng Ba",
        "Feat of Arms Order, Third Class", Order, [I, C], 401, [];
    /// "Huân chương Bảo vệ Tổ quốc hạng Ba".
    FatherlandDefenceOrderThird = "fatherland_defence_order_third",
        "Huân chương Bảo vệ Tổ quốc hạng Ba", "Fatherland Defence Order, Third Class",
        Order, [I, C], 401, [];
    /// "Huân chương Lao động hạng Nhì".
    LabourOrderSecond = "labour_order_second", "Huân chương Lao động hạng Nhì",
        "Labour Order, Second Class", Order, [I, C], 411, ["HCLĐ hạng Nhì", "HCLĐ hạng 2"];
    /// "Huân chương Chiến công hạng Nhì".
    FeatOfArmsOrderSecond = "feat_of_arms_order_second", "Huân chương Chiến công hạng Nhì",
        "Feat of Arms Order, Second Class", Order, [I, C], 411, [];
    /// "Huân chương Bảo vệ Tổ quốc hạng Nhì".
    FatherlandDefenceOrderSecond = "fatherland_defence_order_second",
        "Huân chương Bảo vệ Tổ quốc hạng Nhì", "Fatherland Defence Order, Second Class",
        Order, [I, C], 411, [];
    /// "Huân chương Đại đoàn kết dân tộc".
    GreatNationalUnityOrder = "great_national_unity_order",
        "Huân chương Đại đoàn kết dân tộc", "Great National Unity Order", Order, [I, C], 412, [];
    /// "Huân chương Lao động hạng Nhất".
    LabourOrderFirst = "labour_order_first", "Huân chương Lao động hạng Nhất",
        "Labour Order, First Class", Order, [I, C], 421, ["HCLĐ hạng Nhất", "HCLĐ hạng 1"];
    /// "Huân chương Chiến công hạng Nhất".
    FeatOfArmsOrderFirst = "feat_of_arms_order_first", "Huân chương Chiến công hạng Nhất",
        "Feat of Arms Order, First Class", Order, [I, C], 421, [];
    /// "Huân chương Bảo vệ Tổ quốc hạng Nhất".
    FatherlandDefenceOrderFirst = "fatherland_defence_order_first",
        "Huân chương Bảo vệ Tổ quốc hạng Nhất", "Fatherland Defence Order, First Class",
        Order, [I, C], 421, [];
    /// "Huân chương Hữu nghị".
    FriendshipOrder = "friendship_order", "Huân chương Hữu nghị", "Friendship Order",
        Order, [I, C], 425, [];
    /// "Huân chương Độc lập hạng Ba".
    IndependenceOrderThird = "independence_order_third", "Huân chương Độc lập hạng Ba",
        "Independence Order, Third Class", Order, [I, C], 431, [];
    /// "Huân chương Quân công hạng Ba".
    MilitaryExploitOrderThird = "military_exploit_order_third",
        "Huân chương Quân công hạng Ba", "Military Exploit Order, Third Class",
        Order, [I, C], 431, [];
    /// "Huân chương Độc lập hạng Nhì".
    IndependenceOrderSecond = "independence_order_second", "Huân chương Độc lập hạng Nhì",
        "Independence Order, Second Class", Order, [I, C], 441, [];
    /// "Huân chương Quân công hạng Nhì".
    MilitaryExploitOrderSecond = "military_exploit_order_second",
        "Huân chương Quân công hạng Nhì", "Military Exploit Order, Second Class",
        Order, [I, C], 441, [];
    /// "Huân chương Độc lập hạng Nhất".
    IndependenceOrderFirst = "independence_order_first", "Huân chương Độc lập hạng Nhất",
        "Independence Order, First Class", Order, [I, C], 451, [];
    /// "Huân chương Quân công hạng Nhất".
    MilitaryExploitOrderFirst = "military_exploit_order_first",
        "Huân chương Quân công hạng Nhất", "Military Exploit Order, First Class",
        Order, [I, C], 451, [];
    /// "Huân chương Hồ Chí Minh".
    HoChiMinhOrder = "ho_chi_minh_order", "Huân chương Hồ Chí Minh", "Ho Chi Minh Order",
        Order, [I, C], 460, [];
    /// "Huân chương Sao vàng".
    GoldStarOrder = "gold_star_order", "Huân chương Sao vàng", "Gold Star Order",
        Order, [I, C], 470, [];
    /// "Nghệ nhân ưu tú".
    MeritoriousArtisan = "meritorious_artisan", "Nghệ nhân ưu tú", "Meritorious Artisan",
        HonoraryTitle, [I], 500, [];
    /// "Nghệ sĩ ưu tú".
    MeritoriousArtist = "meritorious_artist", "Nghệ sĩ ưu tú", "Meritorious Artist",
        HonoraryTitle, [I], 500, [];
    /// "Nhà giáo ưu tú".
    MeritoriousTeacher = "meritorious_teacher", "Nhà giáo ưu tú", "Meritorious Teacher",
        HonoraryTitle, [I], 500, [];
    /// "Thầy thuốc ưu tú".
    MeritoriousDoctor = "meritorious_doctor", "Thầy thuốc ưu tú", "Meritorious Doctor",
        HonoraryTitle, [I], 500, [];
    /// "Nghệ nhân nhân dân".
    PeoplesArtisan = "peoples_artisan", "Nghệ nhân nhân dân", "People's Artisan",
        HonoraryTitle, [I], 510, [];
    /// "Nghệ sĩ nhân dân".
    PeoplesArtist = "peoples_artist", "Nghệ sĩ nhân dân", "People's Artist",
        HonoraryTitle, [I], 510, [];
    /// "Nhà giáo nhân dân".
    PeoplesTeacher = "peoples_teacher", "Nhà giáo nhân dân", "People's Teacher",
        HonoraryTitle, [I], 510, [];
    /// "Thầy thuốc nhân dân".
    PeoplesDoctor = "peoples_doctor", "Thầy thuốc nhân dân", "People's Doctor",
        HonoraryTitle, [I], 510, [];
    /// "Anh hùng Lao động".
    HeroOfLabour = "hero_of_labour", "Anh hùng Lao động", "Hero of Labour",
        HonoraryTitle, [I, C], 520, ["AHLĐ"];
    /// "Anh hùng Lực lượng vũ trang nhân dân".
    HeroOfPeoplesArmedForces = "hero_of_peoples_armed_forces",
        "Anh hùng Lực lượng vũ trang nhân dân", "Hero of the People's Armed Forces",
        HonoraryTitle, [I, C], 520, ["AHLLVTND", "Anh hùng LLVTND"];
    /// "Bà mẹ Việt Nam anh hùng".
    VietnameseHeroicMother = "vietnamese_heroic_mother", "Bà mẹ Việt Nam anh hùng",
        "Vietnamese Heroic Mother", HonoraryTitle, [I], 520, ["BMVNAH"];
    /// "Giải thưởng Nhà nước".
    StatePrize = "state_prize", "Giải thưởng Nhà nước", "State Prize", Prize, [I, C], 530, [];
    /// "Giải thưởng Hồ Chí Minh".
    HoChiMinhPrize = "ho_chi_minh_prize", "Giải thưởng Hồ Chí Minh", "Ho Chi Minh Prize",
        Prize, [I, C], 540, [];
}

impl Award {
    /// Every award of the catalogue, in catalogue order.
    // Evaluated at compile time: an index out of bounds fails the build.
    #[allow(clippy::indexing_slicing)]
    pub const ALL: &'static [Award] = &{
        let mut all = [Award::AdvancedWorker; ENTRIES.len()];
        let mut i = 0;
        while i < ENTRIES.len() {
            all[i] = ENTRIES[i].award;
            i += 1;
        }
        all
    };

    // The macro lists entries in declaration order, so the discriminant is
    // the index (a test checks every award).
    #[allow(clippy::indexing_slicing)]
    fn entry(self) -> &'static Entry {
        &ENTRIES[self as usize]
    }

    /// The stable snake-case identifier used on the wire, e.g.
    /// `"grassroots_emulation_fighter"`.
    #[must_use]
    pub fn id(self) -> &'static str {
        self.entry().id
    }

    /// The Vietnamese legal name, e.g. `"Chiến sĩ thi đua cơ sở"`.
    #[must_use]
    pub fn name_vi(self) -> &'static str {
        self.entry().name_vi
    }

    /// The English name, e.g. `"Grassroots Emulation Fighter"`.
    #[must_use]
    pub fn name_en(self) -> &'static str {
        self.entry().name_en
    }

    /// The usual abbreviation, if offices use one (`"LĐTT"`, `"CSTĐCS"` …).
    #[must_use]
    pub fn abbreviation(self) -> Option<&'static str> {
        self.entry()
            .aliases
            .iter()
            .copied()
            .find(|a| a.chars().all(|c| c.is_uppercase()))
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
        self.entry().recipients
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

    /// Looks up an award by its exact wire [`id`](Award::id).
    #[must_use]
    pub fn from_id(id: &str) -> Option<Award> {
        ENTRIES.iter().find(|e| e.id == id).map(|e| e.award)
    }
}

/// Folded names and aliases, sorted for binary search.
static INDEX: LazyLock<Vec<(String, Award)>> = LazyLock::new(|| {
    let mut index: Vec<(String, Award)> = ENTRIES
        .iter()
        .flat_map(|e| {
            std::iter::once(e.name_vi)
                .chain(e.aliases.iter().copied())
                .chain([e.id, e.name_en])
                .map(move |n| (text::fold(n), e.award))
        })
        .collect();
    index.sort();
    index.dedup();
    index
});

impl FromStr for Award {
    type Err = Error;

    /// Parses a Vietnamese name, an abbreviation, the English name or the wire
    /// id.
    ///
    /// # Errors
    ///
    /// A name the catalogue does not know; the message suggests the closest
    /// names.
    fn from_str(s: &str) -> Result<Award> {
        // Longer than any name could be written: refused before folding.
        let longest = INDEX.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        if text::longer_than_a_name(s, longest) {
            return Err(Error::unknown_name(format!(
                "unknown award '{}': longer than any award name",
                text::shown(s)
            )));
        }
        let key = text::fold(s);
        let index = &*INDEX;
        let at = index.partition_point(|(k, _)| k.as_str() < key.as_str());
        if let Some((k, award)) = index.get(at) {
            if *k == key {
                return Ok(*award);
            }
        }
        let suggestions = text::closest(s, index.iter().map(|(k, a)| (k.as_str(), a.name_vi())));
        Err(Error::unknown_name(format!(
            "unknown award '{}'{}",
            text::shown(s),
            text::did_you_mean(&suggestions)
        )))
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
    /// Reads the wire id, or any name [`FromStr`] accepts.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Award, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Award::from_id(&s)
            .map_or_else(|| s.parse(), Ok)
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discriminant_is_index() {
        for (i, e) in ENTRIES.iter().enumerate() {
            assert_eq!(e.award as usize, i, "{}", e.id);
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
    fn abbreviations() {
        assert_eq!(Award::AdvancedWorker.abbreviation(), Some("LĐTT"));
        assert_eq!(Award::ExcellentCollective.abbreviation(), Some("TTLĐXS"));
        assert_eq!(Award::GoldStarOrder.abbreviation(), None);
    }
}
