//! Community titles: "Gia đình văn hóa" (households), "Thôn, tổ dân phố văn
//! hóa" (villages and residential groups) and "Xã, phường, thị trấn tiêu
//! biểu" (communes; "xã, phường, đặc khu tiêu biểu" from 2025-07-01).
//!
//! Each title is a checklist: the criteria of the law or of the national
//! framework (Decree 86/2023), each judged by the commune's council, plus
//! what the framework adds. Where the national text leaves the detail to
//! the province and that detail was not read (the share of households
//! holding "Gia đình văn hóa", of villages holding "Thôn văn hóa"), the
//! verdict needs review until an overlay gives the province's share
//! ([`OverlayRule::CommunityShare`](super::OverlayRule::CommunityShare)).
//!
//! | title | 2017–2023 | 2024 – 2025-06-30 | from 2025-07-01 |
//! |---|---|---|---|
//! | Gia đình văn hóa | Decree 122/2018 (not read: needs review) | 3 groups of criteria + exclusions (Decree 86/2023) | the same |
//! | Thôn, tổ dân phố văn hóa | Decree 122/2018 (not read) | 5 criteria (Law Art. 30 k1) + the province's share | the same |
//! | Xã, phường tiêu biểu | Decree 122/2018 (not read) | leads the **district** movement + 5 criteria (Law Art. 29 k1) + the province's share | the district level is gone: that criterion needs review |

use std::borrow::Cow;

use crate::catalogue::{Award, RecipientKind};
use crate::citation::{Citation, Instrument};
use crate::error::{Error, ErrorKind, Result};
use crate::id::UnitId;
use crate::text::named_enum;

use super::overlay::OverlayRule;
use super::review::{Explain, Review, Sink, Worst, gate};
use super::rules::{Rule, Share};
use super::verdict::{Criterion, Finding, Outcome, Status, Verdict};

named_enum! {
    /// What excludes a household from "Gia đình văn hóa" for the year
    /// (Decree 86/2023): a member prosecuted, a duty not fulfilled, or an
    /// administrative sanction for one of the listed violations.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Exclusion;
    ///
    /// assert_eq!("bao luc gia dinh".parse::<Exclusion>()?, Exclusion::DomesticViolence);
    /// assert_eq!(Exclusion::Tax.to_string(), "không hoàn thành nghĩa vụ nộp thuế");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    Exclusion, "exclusion" {
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
    /// ([`CommunityRules`]), each met, unmet or not judged (`None`); empty
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
/// use thidua::{Community, CommunityRecord, RecipientKind};
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
        }
    }

    /// The record of `year`.
    #[must_use]
    pub fn record(&self, year: i32) -> Option<&CommunityRecord> {
        self.records.iter().find(|r| r.year == year)
    }
}

/// The criteria of the community titles in one regime.
///
/// # Example
///
/// ```
/// use thidua::{CommunityRules, Confidence};
///
/// let rules = CommunityRules::law_2022();
/// assert_eq!(rules.family.value.len(), 3);
/// assert_eq!(rules.village.value.len(), 5);
/// // The framework's shares were not read: a province's overlay decides.
/// assert_eq!(rules.village_share.confidence(), Confidence::Unverified);
/// assert!(CommunityRules::two_tier_2025().district_gone.is_some());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct CommunityRules {
    /// "Gia đình văn hóa": the groups of criteria of the framework.
    pub family: Rule<Vec<Cow<'static, str>>>,
    /// "Gia đình văn hóa": the exclusions.
    pub family_exclusions: Citation,
    /// "Thôn, tổ dân phố văn hóa": the criteria of the law.
    pub village: Rule<Vec<Cow<'static, str>>>,
    /// "Thôn, tổ dân phố văn hóa": the share of households holding "Gia
    /// đình văn hóa", left to the framework and the province.
    pub village_share: Citation,
    /// "Xã, phường, thị trấn tiêu biểu": the criteria of the law.
    pub commune: Rule<Vec<Cow<'static, str>>>,
    /// "Xã, phường, thị trấn tiêu biểu": the share of villages holding
    /// "Thôn, tổ dân phố văn hóa", left to the framework and the province.
    pub commune_share: Citation,
    /// "Xã, phường, thị trấn tiêu biểu": leads the district's emulation
    /// movement ("dẫn đầu phong trào thi đua cấp huyện").
    pub commune_leads: Citation,
    /// Why the district criterion cannot be met as written: the district
    /// level ended on 2025-06-30.
    pub district_gone: Option<Citation>,
}

fn labels(items: &[&'static str]) -> Vec<Cow<'static, str>> {
    items.iter().map(|s| Cow::Borrowed(*s)).collect()
}

const FAMILY: [&str; 3] = [
    "gương mẫu chấp hành chủ trương, chính sách, pháp luật; nếp sống văn minh trong việc cưới, việc tang, lễ hội; an toàn, trật tự, phòng cháy",
    "tích cực tham gia phong trào thi đua ở địa phương; thành viên trong độ tuổi lao động có việc làm; trẻ em trong độ tuổi đi học được đến trường",
    "gia đình no ấm, tiến bộ, hạnh phúc; tương trợ, giúp đỡ cộng đồng",
];
const VILLAGE: [&str; 5] = [
    "đời sống kinh tế ổn định và từng bước phát triển",
    "đời sống văn hóa, tinh thần lành mạnh, phong phú",
    "môi trường cảnh quan sạch đẹp, an toàn",
    "chấp hành tốt chủ trương, chính sách, pháp luật; giữ gìn an ninh, trật tự",
    "có tinh thần đoàn kết, tương trợ, giúp đỡ trong cộng đồng",
];
const COMMUNE: [&str; 5] = [
    "hoàn thành tốt nhiệm vụ phát triển kinh tế – xã hội, quốc phòng, an ninh",
    "đời sống kinh tế ổn định và từng bước phát triển",
    "đời sống văn hóa, tinh thần lành mạnh, phong phú",
    "môi trường cảnh quan sạch đẹp, an toàn",
    "chấp hành tốt chủ trương, chính sách, pháp luật",
];

impl CommunityRules {
    /// The regime of 2017–2023: the titles of Decree 122/2018/NĐ-CP, whose
    /// text was not read, so every criterion needs review.
    #[must_use]
    pub fn decree_122_2018() -> CommunityRules {
        let nd122 = Citation::new(Instrument::DECREE_122_2018).unverified();
        CommunityRules {
            family: Rule::new(labels(&FAMILY), nd122.clone()),
            family_exclusions: nd122.clone(),
            village: Rule::new(labels(&VILLAGE), nd122.clone()),
            village_share: nd122.clone(),
            commune: Rule::new(labels(&COMMUNE), nd122.clone()),
            commune_share: nd122.clone(),
            commune_leads: nd122,
            district_gone: None,
        }
    }

    /// Law 06/2022/QH15 Art. 29–31 and the framework of Decree
    /// 86/2023/NĐ-CP (its annex of percentages was not read).
    #[must_use]
    pub fn law_2022() -> CommunityRules {
        let law = Citation::new(Instrument::LAW_06_2022);
        let nd86 = Citation::new(Instrument::DECREE_86_2023);
        CommunityRules {
            family: Rule::new(labels(&FAMILY), nd86.clone().secondhand()),
            family_exclusions: nd86.clone().secondhand(),
            village: Rule::new(
                labels(&VILLAGE),
                law.clone().article(30).clause(1).secondhand(),
            ),
            village_share: nd86.clone().unverified(),
            commune: Rule::new(
                labels(&COMMUNE),
                law.clone().article(29).clause(1).secondhand(),
            ),
            commune_share: nd86.unverified(),
            commune_leads: law.article(29).clause(1).secondhand(),
            district_gone: None,
        }
    }

    /// From 2025-07-01: the same criteria, but the district level named by
    /// Law Art. 29 k1 no longer exists (Law 72/2025/QH15).
    #[must_use]
    pub fn two_tier_2025() -> CommunityRules {
        CommunityRules {
            district_gone: Some(Citation::new(Instrument::LAW_72_2025).secondhand()),
            ..CommunityRules::law_2022()
        }
    }

    fn checklist(&self, award: Award) -> Option<&Rule<Vec<Cow<'static, str>>>> {
        match award {
            Award::CulturalFamily => Some(&self.family),
            Award::CulturalVillage => Some(&self.village),
            Award::ExemplaryCommune => Some(&self.commune),
            _ => None,
        }
    }
}

impl Review<'_> {
    /// Judges a household, village or commune for its community title,
    /// with every finding.
    ///
    /// # Errors
    ///
    /// An award that is not a community title, or not the title of the
    /// community's kind; two records for the year; a record whose criteria
    /// do not match the title's checklist; more holders than there are.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Community, CommunityRecord, Exclusion, Outcome, RecipientKind, Review, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2024, NaiveDate::from_ymd_opt(2024, 11, 20).unwrap())?;
    /// let mut home = Community::new("HO-0012".parse()?, "Hộ ông An", RecipientKind::Household);
    /// let mut r = CommunityRecord::new(2024);
    /// r.criteria = vec![Some(true); 3];
    /// r.exclusions_checked = true;
    /// home.records.push(r.clone());
    /// assert_eq!(review.community(&home, Award::CulturalFamily)?.outcome, Outcome::Eligible);
    ///
    /// r.exclusions.push(Exclusion::DomesticViolence);
    /// home.records = vec![r];
    /// assert_eq!(review.community(&home, Award::CulturalFamily)?.outcome, Outcome::Ineligible);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn community(&self, c: &Community, award: Award) -> Result<Verdict> {
        let mut sink = Explain::default();
        self.judge_community(c, award, &mut sink)?;
        Ok(self.verdict(award, c.id.to_string(), sink))
    }

    /// The outcome alone: the fast path, always equal to
    /// `community(..)?.outcome`.
    ///
    /// # Errors
    ///
    /// As [`community`](Review::community).
    pub fn community_outcome(&self, c: &Community, award: Award) -> Result<Outcome> {
        let mut sink = Worst(Status::Met);
        self.judge_community(c, award, &mut sink)?;
        Ok(Outcome::from_worst(sink.0))
    }

    #[allow(clippy::too_many_lines)]
    fn judge_community<S: Sink>(&self, c: &Community, award: Award, sink: &mut S) -> Result<()> {
        let rules = self.regime.community();
        let Some(checklist) = rules.checklist(award) else {
            return Err(Error::new(
                ErrorKind::Unsupported,
                format!("'{award}' is not a community title judged by this function"),
            ));
        };
        if !award.accepts(c.kind) {
            return Err(Error::new(
                ErrorKind::Conflict,
                format!(
                    "'{award}' is not conferred on a {} ('{}')",
                    c.kind.name_vi(),
                    c.id
                ),
            ));
        }
        let y = self.year;
        let mut records = c.records.iter().filter(|r| r.year == y);
        let record = records.next();
        if records.next().is_some() {
            return Err(Error::new(
                ErrorKind::Duplicate,
                format!("'{}' has two records for {y}", c.id),
            ));
        }
        if let Some(r) = record {
            if !r.criteria.is_empty() && r.criteria.len() != checklist.value.len() {
                return Err(Error::out_of_range(format!(
                    "the record of '{}' for {y} judges {} criteria, but '{award}' has {}",
                    c.id,
                    r.criteria.len(),
                    checklist.value.len()
                )));
            }
            if let Some(h) = r.holders.filter(|h| h.holding > h.of) {
                return Err(Error::out_of_range(format!(
                    "'{}' has {} holders of {} for {y}",
                    c.id, h.holding, h.of
                )));
            }
        }
        self.regime_finding(sink);
        let Some(r) = record else {
            let citation = &checklist.citation;
            sink.add(Status::Unknown, || {
                Finding::new(
                    Criterion::Record,
                    Status::Unknown,
                    citation,
                    format!("chưa có kết quả bình xét năm {y}"),
                    format!("no review record for {y}"),
                )
            });
            return Ok(());
        };
        // The checklist, item by item.
        for (i, label) in checklist.value.iter().enumerate() {
            let judged = r.criteria.get(i).copied().flatten();
            let status = gate(
                &checklist.citation,
                judged.map_or(Status::Unknown, Status::from_bool),
            );
            sink.add(status, || {
                let k = i + 1;
                let (vi, en) = match judged {
                    Some(true) => (
                        format!("tiêu chí {k} đạt: {label}"),
                        format!("criterion {k} met"),
                    ),
                    Some(false) => (
                        format!("tiêu chí {k} không đạt: {label}"),
                        format!("criterion {k} not met"),
                    ),
                    None => (
                        format!("tiêu chí {k} chưa được đánh giá: {label}"),
                        format!("criterion {k} not judged yet"),
                    ),
                };
                Finding::new(Criterion::Standard, status, &checklist.citation, vi, en)
            });
        }
        match award {
            Award::CulturalFamily => {
                let citation = &rules.family_exclusions;
                let status = gate(
                    citation,
                    if !r.exclusions.is_empty() {
                        Status::Unmet
                    } else if r.exclusions_checked {
                        Status::Met
                    } else {
                        Status::Unknown
                    },
                );
                sink.add(status, || {
                    let (vi, en) = if r.exclusions.is_empty() {
                        if r.exclusions_checked {
                            ("không có thành viên bị truy cứu trách nhiệm hình sự, vi phạm nghĩa vụ quân sự, nghĩa vụ thuế hoặc bị xử phạt hành chính về các hành vi loại trừ".to_owned(), "no exclusion found".to_owned())
                        } else {
                            ("chưa kiểm tra các trường hợp loại trừ (truy cứu hình sự, nghĩa vụ quân sự, thuế, xử phạt hành chính)".to_owned(), "the exclusions have not been checked".to_owned())
                        }
                    } else {
                        let list: Vec<&str> = r.exclusions.iter().map(|e| e.name_vi()).collect();
                        let ids: Vec<&str> = r.exclusions.iter().map(|e| e.id()).collect();
                        (format!("không xét tặng: {}", list.join("; ")), format!("excluded: {}", ids.join(", ")))
                    };
                    Finding::new(Criterion::Exclusion, status, citation, vi, en)
                });
            }
            _ => {
                let national = if award == Award::CulturalVillage {
                    &rules.village_share
                } else {
                    &rules.commune_share
                };
                let (lower, whose) = if award == Award::CulturalVillage {
                    (Award::CulturalFamily, ("hộ gia đình", "households"))
                } else {
                    (Award::CulturalVillage, ("thôn, tổ dân phố", "villages"))
                };
                let local = self.community_share(award);
                let (status, citation) = match (local, r.holders) {
                    (None, _) => (gate(national, Status::Unknown), national),
                    (Some((_, cited)), None) => (gate(cited, Status::Unknown), cited),
                    (Some((share, cited)), Some(h)) => (
                        gate(cited, Status::from_bool(share.holds(h.holding, h.of))),
                        cited,
                    ),
                };
                sink.add(status, || {
                    let counted = r.holders.map_or_else(
                        || (format!("chưa thống kê số {} đạt \"{lower}\"", whose.0), format!("the {} holding '{}' are not counted", whose.1, lower.name_en())),
                        |h| (format!("{}/{} {} đạt \"{lower}\"", h.holding, h.of, whose.0), format!("{}/{} {} hold '{}'", h.holding, h.of, whose.1, lower.name_en())),
                    );
                    let (vi, en) = match local {
                        Some((share, _)) => (
                            format!("{}; cần {}", counted.0, share.label_vi()),
                            format!("{}; {} needed", counted.1, share.label_vi()),
                        ),
                        None => (
                            format!("{}; tỷ lệ cần đạt do khung tiêu chuẩn của Chính phủ và Ủy ban nhân dân cấp tỉnh quy định, chưa được đối chiếu: cần bổ sung quy định của tỉnh (overlay)", counted.0),
                            format!("{}; the share needed is set by the national framework and the province and was not read: add the province's rule as an overlay", counted.1),
                        ),
                    };
                    Finding::new(Criterion::Standard, status, citation, vi, en)
                });
            }
        }
        if award == Award::ExemplaryCommune {
            let citation = &rules.commune_leads;
            let status = match &rules.district_gone {
                Some(_) => Status::Unknown,
                None => gate(
                    citation,
                    r.leads_movement.map_or(Status::Unknown, Status::from_bool),
                ),
            };
            sink.add(status, || {
                let (vi, en) = match (&rules.district_gone, r.leads_movement) {
                    (Some(gone), _) => (
                        format!("tiêu chí \"dẫn đầu phong trào thi đua cấp huyện\" dẫn chiếu cấp huyện, không còn từ ngày 01/07/2025 ({gone}); dự thảo sửa đổi (12/2025) đề xuất \"có thành tích tiêu biểu trong phong trào thi đua cấp tỉnh\": cần xem xét"),
                        "'leads the district's emulation movement': the district level ended on 2025-07-01; the December 2025 draft proposes 'typical in the province's movement': needs review".to_owned(),
                    ),
                    (None, Some(true)) => ("dẫn đầu phong trào thi đua cấp huyện".to_owned(), "leads the district's emulation movement".to_owned()),
                    (None, Some(false)) => ("không dẫn đầu phong trào thi đua cấp huyện".to_owned(), "does not lead the district's emulation movement".to_owned()),
                    (None, None) => ("chưa xác định việc dẫn đầu phong trào thi đua cấp huyện".to_owned(), "whether it leads the district's movement is not known".to_owned()),
                };
                Finding::new(Criterion::Leads, status, citation, vi, en)
            });
        }
        Ok(())
    }

    /// The share an overlay sets for a community title, the last one wins.
    fn community_share(&self, award: Award) -> Option<(Share, &Citation)> {
        self.overlay_rule(|r| match r {
            OverlayRule::CommunityShare { award: a, share } if *a == award => Some(*share),
            _ => None,
        })
    }
}
