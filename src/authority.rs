//! Signing authorities (thẩm quyền quyết định khen thưởng).

use chrono::NaiveDate;

use crate::catalogue::Award;
use crate::citation::{Citation, Instrument};
use crate::decision::Decision;
use crate::eligibility::{Criterion, Finding, Rule, Status, gate};
use crate::error::{Error, Result};
use crate::law::regime::RuleBook;

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
pub enum Authority {
    /// Chủ tịch nước: the President (orders, medals, state honorary titles).
    President,
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
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Authority::President => "president",
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
    #[must_use]
    pub fn name_vi(self) -> &'static str {
        match self {
            Authority::President => "Chủ tịch nước",
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
                Error::unknown_name(format!(
                    "unknown signing authority '{}'",
                    crate::text::shown(s)
                ))
            })
    }
}

/// What one authority may confer under a regime: the list of an article,
/// or a delegation to other rules.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Power {
    /// Who signs.
    pub authority: Authority,
    /// The awards it may confer, the whole list; `None` when other rules
    /// set them (inside the armed forces, Law 06/2022 Art. 80 k5).
    pub awards: Option<Vec<Award>>,
    /// The article that says so, with the confidence of its reading.
    pub citation: Citation,
}

/// Who may confer what under one regime (thẩm quyền quyết định khen
/// thưởng), as data.
///
/// | signer | 2017–2023 | 2024-01-01 – 2025-06-30 | from 2025-07-01 |
/// |---|---|---|---|
/// | head of an agency or department | Law 2003 Art. 74–77, not read | TTLĐTT, CSTĐCS, LĐTT, Giấy khen (Art. 80 k1) | the same |
/// | district chair | not read | thôn văn hóa, TTLĐTT, CSTĐCS, LĐTT, Giấy khen (Art. 80 k2) | **none**: the district level ended |
/// | commune chair | not read | LĐTT, Giấy khen, Gia đình văn hóa (Art. 80 k3) | thôn văn hóa, Gia đình văn hóa, TTLĐTT, CSTĐCS, LĐTT, Giấy khen (Decree 129/2025 Art. 59) |
/// | enterprise head | not read | TTLĐTT, CSTĐCS, LĐTT, Giấy khen (Art. 80 k4) | the same |
/// | armed forces | not read | set by the Defence and Public Security ministries (Art. 80 k5) | the same |
/// | ministers, provincial chairs, the Prime Minister, the President | not read | Art. 77–79, not read | not read |
///
/// An authority whose powers rest on a text that was not read gets
/// *needs review*, never a guess.
///
/// # Example
///
/// ```
/// use thidua::{Authority, Award, Powers, Status};
///
/// let before = Powers::law_2022();
/// let after = Powers::two_tier_2025();
/// let chair = Authority::CommuneChair;
/// assert_eq!(before.judge(chair, Award::GrassrootsEmulationFighter).status, Status::Unmet);
/// assert_eq!(after.judge(chair, Award::GrassrootsEmulationFighter).status, Status::Met);
/// assert_eq!(after.judge(Authority::DistrictChair, Award::AdvancedWorker).status, Status::Unmet);
/// assert_eq!(Powers::law_2003().judge(chair, Award::AdvancedWorker).status, Status::Unknown);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct Powers {
    /// The powers read.
    pub powers: Vec<Power>,
    /// Authorities that no longer exist under the regime.
    pub abolished: Vec<Rule<Authority>>,
    /// Where the powers of everyone else are (not read).
    pub otherwise: Citation,
}

impl Powers {
    /// Law 2003 (amended 2005, 2013) Art. 74–77: not read, so every signer
    /// needs review.
    #[must_use]
    pub fn law_2003() -> Powers {
        Powers {
            powers: Vec::new(),
            abolished: Vec::new(),
            otherwise: Citation::new(Instrument::LAW_2003).unverified(),
        }
    }

    /// Law 06/2022/QH15 Art. 80 (read in the Official Gazette), from
    /// 2024-01-01.
    #[must_use]
    pub fn law_2022() -> Powers {
        use Award::{
            AdvancedCollective, AdvancedWorker, CertificateOfCommendation, CulturalFamily,
            CulturalVillage, GrassrootsEmulationFighter,
        };
        let art80 = Citation::new(Instrument::LAW_06_2022).article(80);
        let power = |authority, awards: &[Award], citation: Citation| Power {
            authority,
            awards: Some(awards.to_vec()),
            citation,
        };
        let grassroots = [
            AdvancedCollective,
            GrassrootsEmulationFighter,
            AdvancedWorker,
            CertificateOfCommendation,
        ];
        Powers {
            powers: vec![
                power(Authority::AgencyHead, &grassroots, art80.clone().clause(1)),
                power(
                    Authority::DistrictChair,
                    &[
                        CulturalVillage,
                        AdvancedCollective,
                        GrassrootsEmulationFighter,
                        AdvancedWorker,
                        CertificateOfCommendation,
                    ],
                    art80.clone().clause(2),
                ),
                power(
                    Authority::CommuneChair,
                    &[AdvancedWorker, CertificateOfCommendation, CulturalFamily],
                    art80.clone().clause(3),
                ),
                // k4 (enterprises and cooperatives) lists the same four:
                // the digest's rows on each title cite the Gazette text.
                power(
                    Authority::EnterpriseHead,
                    &grassroots,
                    art80.clone().clause(4),
                ),
                Power {
                    authority: Authority::ArmedForcesCommander,
                    awards: None,
                    citation: art80.clause(5),
                },
            ],
            abolished: Vec::new(),
            otherwise: Citation::new(Instrument::LAW_06_2022).unverified(),
        }
    }

    /// From 2025-07-01: the district level is gone (Law 72/2025/QH15) and
    /// the commune chair holds the district chair's powers (Decree
    /// 129/2025/NĐ-CP Art. 59).
    #[must_use]
    pub fn two_tier_2025() -> Powers {
        use Award::{
            AdvancedCollective, AdvancedWorker, CertificateOfCommendation, CulturalFamily,
            CulturalVillage, GrassrootsEmulationFighter,
        };
        let mut powers = Powers::law_2022();
        powers
            .powers
            .retain(|p| p.authority != Authority::DistrictChair);
        for p in &mut powers.powers {
            if p.authority == Authority::CommuneChair {
                p.awards = Some(vec![
                    CulturalVillage,
                    CulturalFamily,
                    AdvancedCollective,
                    GrassrootsEmulationFighter,
                    AdvancedWorker,
                    CertificateOfCommendation,
                ]);
                p.citation = Citation::new(Instrument::DECREE_129_2025).article(59);
            }
        }
        powers.abolished.push(Rule::new(
            Authority::DistrictChair,
            Citation::new(Instrument::LAW_72_2025).secondhand(),
        ));
        powers
    }

    /// The same powers with every reading marked unverified: a regime whose
    /// text was not read (the reported 2026 amendment).
    #[must_use]
    pub fn unverified(mut self) -> Powers {
        for p in &mut self.powers {
            p.citation = p.citation.clone().unverified();
        }
        for a in &mut self.abolished {
            a.citation = a.citation.clone().unverified();
        }
        self
    }

    /// Whether `signer` may confer `award`: met, unmet (with the article
    /// that lists the signer's powers) or unknown (a text not read).
    #[must_use]
    pub fn judge(&self, signer: Authority, award: Award) -> Finding {
        if let Some(gone) = self.abolished.iter().find(|a| a.value == signer) {
            let status = gate(&gone.citation, Status::Unmet);
            return Finding::new(
                Criterion::Authority,
                status,
                &gone.citation,
                format!(
                    "{signer} không còn tồn tại (chính quyền địa phương hai cấp): không có thẩm quyền tặng \"{award}\""
                ),
                format!(
                    "the {} no longer exists (two-tier local government): may not confer '{}'",
                    signer.id(),
                    award.name_en()
                ),
            );
        }
        let mine: Vec<&Power> = self
            .powers
            .iter()
            .filter(|p| p.authority == signer)
            .collect();
        let listed = mine
            .iter()
            .find(|p| p.awards.as_ref().is_some_and(|a| a.contains(&award)));
        if let Some(p) = listed {
            let status = gate(&p.citation, Status::Met);
            return Finding::new(
                Criterion::Authority,
                status,
                &p.citation,
                format!("{signer} được quyết định tặng \"{award}\""),
                format!("the {} may confer '{}'", signer.id(), award.name_en()),
            );
        }
        if let Some(p) = mine.iter().find(|p| p.awards.is_none()) {
            return Finding::new(
                Criterion::Authority,
                Status::Unknown,
                &p.citation,
                format!(
                    "thẩm quyền của {signer} do Bộ Quốc phòng, Bộ Công an quy định; chưa đối chiếu với \"{award}\""
                ),
                format!(
                    "the {}'s powers are set by the Defence and Public Security ministries: not checked for '{}'",
                    signer.id(),
                    award.name_en()
                ),
            );
        }
        if let Some(p) = mine.first() {
            let list: Vec<String> = p
                .awards
                .iter()
                .flatten()
                .map(|a| format!("\"{a}\""))
                .collect();
            let status = gate(&p.citation, Status::Unmet);
            return Finding::new(
                Criterion::Authority,
                status,
                &p.citation,
                format!(
                    "{signer} chỉ được quyết định tặng: {}; không có thẩm quyền tặng \"{award}\"",
                    list.join(", ")
                ),
                format!(
                    "the {} may confer only {} awards, not '{}'",
                    signer.id(),
                    list.len(),
                    award.name_en()
                ),
            );
        }
        Finding::new(
            Criterion::Authority,
            Status::Unknown,
            &self.otherwise,
            format!(
                "thẩm quyền của {signer} đối với \"{award}\" chưa được đối chiếu với văn bản: cần xem xét"
            ),
            format!(
                "the {}'s power to confer '{}' rests on articles not read: needs review",
                signer.id(),
                award.name_en()
            ),
        )
    }
}

impl Authority {
    /// Whether this authority may confer `award` on `on`, under the regime
    /// in force that day: a finding with its status and citation.
    ///
    /// # Errors
    ///
    /// No regime in force on `on`.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Authority, Award, RuleBook, Status};
    ///
    /// let book = RuleBook::national();
    /// let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let chair = Authority::CommuneChair;
    /// assert_eq!(chair.may_confer(&book, Award::AdvancedCollective, on(2025, 3, 15))?.status, Status::Unmet);
    /// assert_eq!(chair.may_confer(&book, Award::AdvancedCollective, on(2025, 12, 15))?.status, Status::Met);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn may_confer(self, book: &RuleBook, award: Award, on: NaiveDate) -> Result<Finding> {
        Ok(book.regime_on(on)?.powers().judge(self, award))
    }
}

/// An award of a decision that its signer may not confer, or whose power
/// could not be established.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorityIssue {
    /// The award.
    pub award: Award,
    /// The positions of its grants in the decision.
    pub grants: Vec<usize>,
    /// Why: unmet (not allowed) or unknown (needs review), with the
    /// citation.
    pub finding: Finding,
}

impl Decision {
    /// Checks the signer's power over every award of the decision, under the
    /// regime in force on its date: each award the signer may not confer
    /// (or whose power rests on a text not read) is reported once, with the
    /// grants it concerns. An empty list means every award is within the
    /// signer's power.
    ///
    /// # Errors
    ///
    /// No regime in force on the decision date.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Authority, Award, Decision, Period, Recipient, RuleBook, Status};
    ///
    /// let book = RuleBook::national();
    /// let unit = Recipient::Collective("THON-1".parse()?);
    /// let d = Decision::new("15/QĐ-UBND".parse()?, NaiveDate::from_ymd_opt(2025, 3, 15).unwrap(), Authority::CommuneChair)
    ///     .grant(unit, Award::AdvancedCollective, Period::year(2024)?);
    /// let issues = d.authority_issues(&book)?;
    /// assert_eq!(issues.len(), 1);
    /// assert_eq!(issues[0].finding.status, Status::Unmet);
    /// assert_eq!(issues[0].finding.citation.to_string(), "khoản 3 Điều 80 Luật Thi đua, khen thưởng số 06/2022/QH15");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn authority_issues(&self, book: &RuleBook) -> Result<Vec<AuthorityIssue>> {
        let powers = book
            .regime_on(self.date)
            .map_err(|e| e.context(format!("decision {}", self.number)))?
            .powers();
        let mut issues: Vec<AuthorityIssue> = Vec::new();
        for (i, g) in self.grants.iter().enumerate() {
            if let Some(issue) = issues.iter_mut().find(|x| x.award == g.award) {
                issue.grants.push(i);
                continue;
            }
            let finding = powers.judge(self.signer, g.award);
            if finding.status != Status::Met {
                issues.push(AuthorityIssue {
                    award: g.award,
                    grants: vec![i],
                    finding,
                });
            }
        }
        Ok(issues)
    }
}
