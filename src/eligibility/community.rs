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

use crate::award::{Award, Route};
use crate::citation::Citation;
use crate::error::{Error, ErrorKind, Result};
use crate::lang::Bilingual as _;

use super::merits::Merits;
use super::review::{Explain, Review, Sink, Worst, checklist_item, gate, record_of_year};
use super::verdict::{Criterion, Finding, Outcome, Status, Verdict};
use crate::collectives::Community;
use crate::law::OverlayRule;
use crate::law::Share;

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
    /// use thidua::{Award, Outcome, RecipientKind, Review, RuleBook};
    /// use thidua::collectives::{Community, CommunityRecord, Exclusion};
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
        self.community_with(c, award, &Merits::none())
    }

    /// Judges a household, village or commune for any award it may
    /// receive, with the council's answers on the criteria it judges: a
    /// community title by its checklist; a household's Giấy khen or Bằng
    /// khen by its route ([`FormRoute`](crate::law::FormRoute)) and the
    /// criteria an overlay sets
    /// ([`FormCriteria`](crate::law::OverlayRule::FormCriteria)).
    ///
    /// # Errors
    ///
    /// As [`community`](Review::community); an award not conferred on the
    /// community's kind ([`ErrorKind::Conflict`]).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Outcome, Overlay, RecipientKind, Review, RuleBook};
    /// use thidua::collectives::Community;
    /// use thidua::eligibility::Merits;
    ///
    /// // Bắc Ninh QĐ 86/2025 Art. 4 k3 c: a household's Giấy khen.
    /// let bac_ninh = Overlay::from_toml(r#"
    /// schema = "thidua-overlay@1"
    /// name = "Quy định thi đua, khen thưởng tỉnh Bắc Ninh"
    /// citation = { instrument = { kind = "decision", number = "86/2025/QĐ-UBND", name = "Quyết định số 86/2025/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Ninh" }, article = 4, clause = 3, point = "c", mark = "V" }
    /// in_force = { from = "2025-12-15" }
    /// [[rules]]
    /// rule = "form_criteria"
    /// award = "certificate_of_commendation"
    /// recipient = "household"
    /// all = ["gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước"]
    /// any = ["có đóng góp về công sức, đất đai, tài sản cho địa phương", "có thành tích được bình xét trong phong trào thi đua"]
    /// "#, "bac-ninh.toml")?;
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2025, NaiveDate::from_ymd_opt(2025, 12, 20).unwrap())?.with_overlay(&bac_ninh)?;
    /// let home = Community::new("HO-01".parse()?, "Hộ ông An", RecipientKind::Household);
    /// let yes = Merits::new(vec![Some(true), Some(true), None]);
    /// assert_eq!(review.community_with(&home, Award::CertificateOfCommendation, &yes)?.outcome, Outcome::Eligible);
    /// let no = Merits::new(vec![Some(true), Some(false), Some(false)]);
    /// assert_eq!(review.community_with(&home, Award::CertificateOfCommendation, &no)?.outcome, Outcome::Ineligible);
    /// // Without the province's rule the national text only delegates.
    /// let national = Review::new(&book, 2025, NaiveDate::from_ymd_opt(2025, 12, 20).unwrap())?;
    /// assert_eq!(national.community(&home, Award::CertificateOfCommendation)?.outcome, Outcome::NeedsReview);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn community_with(&self, c: &Community, award: Award, merits: &Merits) -> Result<Verdict> {
        let mut sink = Explain::default();
        if award.route() == Route::Checklist {
            self.judge_community(c, award, &mut sink)?;
        } else {
            if !award.accepts(c.kind) {
                return Err(Error::new(
                    ErrorKind::Conflict,
                    format!("'{award}' không tặng cho {} ('{}')", c.kind.name_vi(), c.id),
                    format!(
                        "'{}' is not conferred on a {} ('{}')",
                        award.name_en(),
                        c.kind.en(),
                        c.id
                    ),
                ));
            }
            record_of_year(&c.records, |r| r.year, self.year, &c.id)?;
            match award.route() {
                Route::Form => self.household_form(c, award, merits, &mut sink),
                other => {
                    self.regime_finding(&mut sink);
                    self.unjudged(award, other, c.kind, &mut sink);
                }
            }
        }
        Ok(self
            .verdict(award, c.id.to_string(), sink)
            .with_name(Some(&c.name)))
    }

    /// The outcome alone: the fast path, always equal to
    /// `community(..)?.outcome`.
    ///
    /// # Errors
    ///
    /// As [`community`](Review::community).
    pub fn community_outcome(&self, c: &Community, award: Award) -> Result<Outcome> {
        if award.route() != Route::Checklist {
            return self.community(c, award).map(|v| v.outcome);
        }
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
                format!("'{award}' không phải danh hiệu cộng đồng mà hàm này xét"),
                format!("'{award}' is not a community title judged by this function"),
            ));
        };
        if !award.accepts(c.kind) {
            return Err(Error::new(
                ErrorKind::Conflict,
                format!("'{award}' không tặng cho {} ('{}')", c.kind.name_vi(), c.id),
                format!(
                    "'{award}' is not conferred on a {} ('{}')",
                    c.kind.name_vi(),
                    c.id
                ),
            ));
        }
        let y = self.year;
        let record = record_of_year(&c.records, |r| r.year, self.year, &c.id)?;
        if let Some(r) = record {
            if !r.criteria.is_empty() && r.criteria.len() != checklist.value.len() {
                return Err(Error::out_of_range(
                    format!(
                        "bản ghi của '{}' năm {y} xét {} tiêu chí, nhưng '{award}' có {}",
                        c.id,
                        r.criteria.len(),
                        checklist.value.len()
                    ),
                    format!(
                        "the record of '{}' for {y} judges {} criteria, but '{award}' has {}",
                        c.id,
                        r.criteria.len(),
                        checklist.value.len()
                    ),
                ));
            }
            if let Some(h) = r.holders.filter(|h| h.holding > h.of) {
                return Err(Error::out_of_range(
                    format!("'{}' có {} đạt trên {} năm {y}", c.id, h.holding, h.of),
                    format!("'{}' has {} holders of {} for {y}", c.id, h.holding, h.of),
                ));
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
                checklist_item(&checklist.citation, status, i, label, judged, None)
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
                            format!("{}; cần {}", counted.0, share.vi()),
                            format!("{}; {} needed", counted.1, share.vi()),
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
