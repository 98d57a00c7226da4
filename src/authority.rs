//! Signing authorities (thẩm quyền quyết định khen thưởng).

use crate::error::Error;

/// Who signs an award decision.
///
/// Law 06/2022 Art. 80 splits the grassroots powers between heads of
/// agencies (k1), district chairs (k2, until 2025-06-30), commune chairs (k3)
/// and enterprise heads (k4); from 2025-07-01 the commune chair also holds
/// the former district chair's powers (Decree 129/2025 Art. 59).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Authority {
    /// Chủ tịch nước: the President (orders, medals, state honorary titles).
    President,
    /// Chính phủ: the Government ("Cờ thi đua của Chính phủ", Law 06/2022
    /// Art. 78 k1).
    Government,
    /// Thủ tướng Chính phủ: the Prime Minister.
    PrimeMinister,
    /// Bộ trưởng, thủ trưởng cơ quan ngang bộ, ban, ngành, đoàn thể trung
    /// ương: the head of a ministry, sector or central mass organisation.
    Minister,
    /// Chủ tịch Ủy ban nhân dân cấp tỉnh: a provincial chair.
    ProvincialChair,
    /// Chủ tịch Ủy ban nhân dân cấp huyện: a district chair (the district
    /// level ended on 2025-06-30).
    DistrictChair,
    /// Chủ tịch Ủy ban nhân dân cấp xã: a commune chair.
    CommuneChair,
    /// Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân thuộc bộ, ngành,
    /// tỉnh; giám đốc sở: the head of an agency or department.
    AgencyHead,
    /// Giám đốc, chủ tịch hội đồng quản trị doanh nghiệp, hợp tác xã: the head
    /// of an enterprise or cooperative.
    EnterpriseHead,
    /// A commander in the armed forces, under the rules of the Ministries of
    /// Defence and Public Security (Law 06/2022 Art. 80 k5).
    ArmedForcesCommander,
}

impl Authority {
    /// Every authority.
    pub const ALL: &'static [Authority] = &[
        Authority::President,
        Authority::Government,
        Authority::PrimeMinister,
        Authority::Minister,
        Authority::ProvincialChair,
        Authority::DistrictChair,
        Authority::CommuneChair,
        Authority::AgencyHead,
        Authority::EnterpriseHead,
        Authority::ArmedForcesCommander,
    ];

    /// The stable snake-case id used on the wire.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Authority;
    ///
    /// assert_eq!(Authority::CommuneChair.id(), "commune_chair");
    /// assert_eq!("commune_chair".parse::<Authority>()?, Authority::CommuneChair);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Authority::President => "president",
            Authority::Government => "government",
            Authority::PrimeMinister => "prime_minister",
            Authority::Minister => "minister",
            Authority::ProvincialChair => "provincial_chair",
            Authority::DistrictChair => "district_chair",
            Authority::CommuneChair => "commune_chair",
            Authority::AgencyHead => "agency_head",
            Authority::EnterpriseHead => "enterprise_head",
            Authority::ArmedForcesCommander => "armed_forces_commander",
        }
    }

    /// The Vietnamese title of the signer.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Authority;
    ///
    /// assert_eq!(Authority::CommuneChair.name_vi(), "Chủ tịch Ủy ban nhân dân cấp xã");
    /// assert_eq!(Authority::CommuneChair.to_string(), Authority::CommuneChair.name_vi());
    /// // Parsing accepts the title in any spelling.
    /// assert_eq!("chu tich uy ban nhan dan cap xa".parse::<Authority>()?, Authority::CommuneChair);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn name_vi(self) -> &'static str {
        match self {
            Authority::President => "Chủ tịch nước",
            Authority::Government => "Chính phủ",
            Authority::PrimeMinister => "Thủ tướng Chính phủ",
            Authority::Minister => {
                "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, ban, ngành, đoàn thể trung ương"
            }
            Authority::ProvincialChair => "Chủ tịch Ủy ban nhân dân cấp tỉnh",
            Authority::DistrictChair => "Chủ tịch Ủy ban nhân dân cấp huyện",
            Authority::CommuneChair => "Chủ tịch Ủy ban nhân dân cấp xã",
            Authority::AgencyHead => "Thủ trưởng cơ quan, đơn vị",
            Authority::EnterpriseHead => "Giám đốc doanh nghiệp, hợp tác xã",
            Authority::ArmedForcesCommander => "Người chỉ huy trong lực lượng vũ trang",
        }
    }
}

impl std::fmt::Display for Authority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name_vi())
    }
}

impl std::str::FromStr for Authority {
    type Err = Error;

    /// Accepts the Vietnamese title (any spelling) or the snake-case id.
    fn from_str(s: &str) -> std::result::Result<Authority, Error> {
        let key = crate::text::fold(s);
        Authority::ALL
            .iter()
            .find(|a| crate::text::fold(a.name_vi()) == key || crate::text::fold(a.id()) == key)
            .copied()
            .ok_or_else(|| {
                Error::unknown_name(
                    format!("không rõ cấp có thẩm quyền '{}'", crate::text::shown(s)),
                    format!("unknown signing authority '{}'", crate::text::shown(s)),
                )
            })
    }
}

impl crate::lang::Bilingual for Authority {
    fn vi(&self) -> std::borrow::Cow<'_, str> {
        std::borrow::Cow::Borrowed(self.name_vi())
    }

    /// The title in English: "provincial chair".
    fn en(&self) -> std::borrow::Cow<'_, str> {
        std::borrow::Cow::Borrowed(match self {
            Authority::President => "the President",
            Authority::Government => "the Government",
            Authority::PrimeMinister => "the Prime Minister",
            Authority::Minister => "a minister or head of a central body",
            Authority::ProvincialChair => "the chair of a provincial people's committee",
            Authority::DistrictChair => "the chair of a district people's committee",
            Authority::CommuneChair => "the chair of a commune people's committee",
            Authority::AgencyHead => "the head of an agency or unit",
            Authority::EnterpriseHead => "the head of an enterprise",
            Authority::ArmedForcesCommander => "a commander of the armed forces",
        })
    }
}
