//! Overlays: a province's or a sector's rules layered over the national
//! regime, each with its own citation.
//!
//! Provinces and sectors may tighten or detail the national rules (Law
//! 06/2022 Art. 24 k4, Art. 28 k3, Art. 75 k2): a limit on days of leave, a
//! longer minimum service for new hires, a ratio for "Chiến sĩ thi đua cơ
//! sở". They may not loosen them: a review rejects an overlay that would.

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::citation::Citation;
use crate::period::Period;

use super::collective::Share;
use super::local::AwardRules;
use super::procedure::ProcedureRule;
use super::quota::QuotaRounding;
use crate::award::{Award, RecipientKind};
use crate::error::{Error, Result};
use crate::people::{DisciplineForm, Rating};
use crate::text;

/// One rule of an overlay.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub enum OverlayRule {
    /// No "Lao động tiên tiến" (and so no higher individual title) for
    /// people on leave this many working days or more in the year ("nghỉ từ
    /// 40 ngày làm việc trở lên"). Maternity leave and treatment after
    /// injury on duty count as work time, as the national rules say.
    LeaveLimit {
        /// The number of working days that excludes.
        working_days: u16,
    },
    /// A longer minimum service for new hires than the national rule.
    NewHireMonths {
        /// Months of service needed in the year.
        months: u8,
    },
    /// The province's or sector's detail of "Tập thể lao động tiên tiến"
    /// (Law 06/2022 Art. 28 k3): e.g. "ít nhất 70%" of members holding
    /// "Lao động tiên tiến" and none disciplined from "cảnh cáo" up.
    AdvancedCollectiveStandard {
        /// The share of members holding "Lao động tiên tiến".
        share: Share,
        /// No member disciplined from this form up, if the overlay says so.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        no_discipline_from: Option<DisciplineForm>,
    },
    /// The criteria of a "Giấy khen" of the ministry, sector or province
    /// (Law 06/2022 Art. 75 k2): this many consecutive years up to the year
    /// judged, rated at least `rating` ("02 năm liên tục hoàn thành tốt
    /// nhiệm vụ trở lên").
    CommendationStandard {
        /// Consecutive years needed, at least 1.
        years: u8,
        /// The lowest rating of each year.
        rating: Rating,
    },
    /// The criteria a ministry, sector or province sets for a form whose
    /// national rule delegates them ([`FormRoute::delegated`](super::FormRoute::delegated)): a "Giấy
    /// khen" (Law 06/2022 Art. 75 k2), a "Bằng khen" of the province for
    /// collectives and households (Art. 74 k6), a "Kỷ niệm chương". Bắc
    /// Ninh QĐ 86/2025 Art. 4 k3 b, for a collective's Giấy khen: compliance
    /// and internal unity (`all`), and one of a result recognised in a
    /// movement review or many or one-off achievements (`any`).
    ///
    /// The council judges each criterion: its answers go, in the order of
    /// `all` then `any`, in the [`Merits`](crate::eligibility::Merits) of
    /// the candidate; an answer not given leaves the verdict needing review.
    FormCriteria {
        /// The form.
        award: Award,
        /// Who it is for.
        recipient: RecipientKind,
        /// Consecutive years up to the year judged, rated at least this
        /// well ("hoàn thành tốt nhiệm vụ" is `[1, "good"]`), if the rule
        /// asks: persons and collectives only.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        years: Option<(u8, Rating)>,
        /// Criteria the council judges, every one needed.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        all: Vec<Cow<'static, str>>,
        /// Criteria the council judges, of which one is needed.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        any: Vec<Cow<'static, str>>,
    },
    /// The province's share for a community title, which the national
    /// framework (Decree 86/2023) leaves unread: for a "Thôn, tổ dân phố
    /// văn hóa" the households holding "Gia đình văn hóa"; for a "Xã,
    /// phường, thị trấn tiêu biểu" the villages holding "Thôn, tổ dân phố
    /// văn hóa".
    CommunityShare {
        /// [`Award::CulturalVillage`] or [`Award::ExemplaryCommune`].
        award: Award,
        /// The share of holders needed.
        share: Share,
    },
    /// A ratio for "Chiến sĩ thi đua cơ sở", as a percentage of the unit's
    /// "Lao động tiên tiến".
    GrassrootsQuota {
        /// The percentage.
        #[serde(with = "rust_decimal::serde::str")]
        percent: Decimal,
        /// How the percentage is rounded.
        #[serde(default)]
        rounding: QuotaRounding,
    },
}

/// A set of local rules with the decision that made them and its period in
/// force.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Citation, Overlay, Period};
/// use thidua::citation::{Instrument, InstrumentKind};
/// use thidua::law::OverlayRule;
///
/// let province = Overlay::new(
///     "Quy chế thi đua, khen thưởng tỉnh A",
///     Citation::new(Instrument::new(
///         InstrumentKind::Decision,
///         "20/2024/QĐ-UBND",
///         "Quyết định số 20/2024/QĐ-UBND của Ủy ban nhân dân tỉnh A",
///     ))
///     .article(8),
///     Period::starting(NaiveDate::from_ymd_opt(2024, 3, 1).unwrap()),
/// )
/// .with(OverlayRule::LeaveLimit { working_days: 40 })
/// .with(OverlayRule::NewHireMonths { months: 10 });
/// assert_eq!(province.rules().len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    name: Cow<'static, str>,
    citation: Citation,
    in_force: Period,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    rules: Vec<OverlayRule>,
    /// Awards the overlay defines: a province's own titles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    awards: Vec<AwardRules>,
    /// Its procedural rules: dossiers, deadlines, council shares.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    procedure: Vec<ProcedureRule>,
}

impl Overlay {
    /// An overlay with no rules yet.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Citation, Overlay, Period};
    /// use thidua::citation::{Instrument, InstrumentKind};
    /// use thidua::law::OverlayRule;
    ///
    /// let decision = Citation::new(Instrument::new(
    ///     InstrumentKind::Decision,
    ///     "20/2024/QĐ-UBND",
    ///     "Quyết định số 20/2024/QĐ-UBND của Ủy ban nhân dân tỉnh A",
    /// ))
    /// .article(8);
    /// let from = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
    /// let province = Overlay::new("Quy chế thi đua, khen thưởng tỉnh A", decision.clone(), Period::starting(from))
    ///     .with(OverlayRule::LeaveLimit { working_days: 40 });
    /// assert_eq!(province.rules().len(), 1);
    /// ```
    #[must_use]
    pub fn new(
        name: impl Into<Cow<'static, str>>,
        citation: Citation,
        in_force: Period,
    ) -> Overlay {
        Overlay {
            name: name.into(),
            citation,
            in_force,
            rules: Vec::new(),
            awards: Vec::new(),
            procedure: Vec::new(),
        }
    }

    /// The same overlay with one more procedural rule (a dossier, a
    /// deadline, a council share).
    #[must_use]
    pub fn with_procedure(mut self, rule: ProcedureRule) -> Overlay {
        self.procedure.push(rule);
        self
    }

    /// Its procedural rules.
    #[must_use]
    pub fn procedure(&self) -> &[ProcedureRule] {
        &self.procedure
    }

    /// The same overlay with one more rule.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Citation, Overlay, Period};
    /// use thidua::citation::{Instrument, InstrumentKind};
    /// use thidua::law::OverlayRule;
    ///
    /// let decision = Citation::new(Instrument::new(
    ///     InstrumentKind::Decision,
    ///     "20/2024/QĐ-UBND",
    ///     "Quyết định số 20/2024/QĐ-UBND của Ủy ban nhân dân tỉnh A",
    /// ))
    /// .article(8);
    /// let from = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
    /// let province = Overlay::new("Quy chế thi đua, khen thưởng tỉnh A", decision.clone(), Period::starting(from))
    ///     .with(OverlayRule::LeaveLimit { working_days: 40 });
    /// let stricter = province.with(OverlayRule::NewHireMonths { months: 10 });
    /// assert_eq!(stricter.rules().len(), 2);
    /// ```
    #[must_use]
    pub fn with(mut self, rule: OverlayRule) -> Overlay {
        self.rules.push(rule);
        self
    }

    /// Its name.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Citation, Overlay, Period};
    /// use thidua::citation::{Instrument, InstrumentKind};
    /// use thidua::law::OverlayRule;
    ///
    /// let decision = Citation::new(Instrument::new(
    ///     InstrumentKind::Decision,
    ///     "20/2024/QĐ-UBND",
    ///     "Quyết định số 20/2024/QĐ-UBND của Ủy ban nhân dân tỉnh A",
    /// ))
    /// .article(8);
    /// let from = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
    /// let province = Overlay::new("Quy chế thi đua, khen thưởng tỉnh A", decision.clone(), Period::starting(from))
    ///     .with(OverlayRule::LeaveLimit { working_days: 40 });
    /// assert_eq!(province.name(), "Quy chế thi đua, khen thưởng tỉnh A");
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The decision that made it.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Citation, Overlay, Period};
    /// use thidua::citation::{Instrument, InstrumentKind};
    /// use thidua::law::OverlayRule;
    ///
    /// let decision = Citation::new(Instrument::new(
    ///     InstrumentKind::Decision,
    ///     "20/2024/QĐ-UBND",
    ///     "Quyết định số 20/2024/QĐ-UBND của Ủy ban nhân dân tỉnh A",
    /// ))
    /// .article(8);
    /// let from = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
    /// let province = Overlay::new("Quy chế thi đua, khen thưởng tỉnh A", decision.clone(), Period::starting(from))
    ///     .with(OverlayRule::LeaveLimit { working_days: 40 });
    /// assert_eq!(province.citation(), &decision);
    /// assert_eq!(province.citation().to_string(), "Điều 8 Quyết định số 20/2024/QĐ-UBND của Ủy ban nhân dân tỉnh A");
    /// ```
    #[must_use]
    pub fn citation(&self) -> &Citation {
        &self.citation
    }

    /// Its period in force.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Citation, Overlay, Period};
    /// use thidua::citation::{Instrument, InstrumentKind};
    /// use thidua::law::OverlayRule;
    ///
    /// let decision = Citation::new(Instrument::new(
    ///     InstrumentKind::Decision,
    ///     "20/2024/QĐ-UBND",
    ///     "Quyết định số 20/2024/QĐ-UBND của Ủy ban nhân dân tỉnh A",
    /// ))
    /// .article(8);
    /// let from = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
    /// let province = Overlay::new("Quy chế thi đua, khen thưởng tỉnh A", decision.clone(), Period::starting(from))
    ///     .with(OverlayRule::LeaveLimit { working_days: 40 });
    /// assert_eq!(province.in_force().to_string(), "từ 01/03/2024");
    /// ```
    #[must_use]
    pub fn in_force(&self) -> Period {
        self.in_force
    }

    /// Its rules.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Citation, Overlay, Period};
    /// use thidua::citation::{Instrument, InstrumentKind};
    /// use thidua::law::OverlayRule;
    ///
    /// let decision = Citation::new(Instrument::new(
    ///     InstrumentKind::Decision,
    ///     "20/2024/QĐ-UBND",
    ///     "Quyết định số 20/2024/QĐ-UBND của Ủy ban nhân dân tỉnh A",
    /// ))
    /// .article(8);
    /// let from = NaiveDate::from_ymd_opt(2024, 3, 1).unwrap();
    /// let province = Overlay::new("Quy chế thi đua, khen thưởng tỉnh A", decision.clone(), Period::starting(from))
    ///     .with(OverlayRule::LeaveLimit { working_days: 40 });
    /// assert_eq!(province.rules(), [OverlayRule::LeaveLimit { working_days: 40 }]);
    /// ```
    #[must_use]
    pub fn rules(&self) -> &[OverlayRule] {
        &self.rules
    }

    /// The same overlay with one more award of its own.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Citation, Overlay, Period};
    /// use thidua::citation::{Instrument, InstrumentKind};
    /// use thidua::law::AwardRules;
    ///
    /// let good: AwardRules = toml::from_str(r#"
    /// id = "lao_dong_gioi_tinh_a"
    /// name_vi = "Lao động giỏi"
    /// name_en = "Good Worker"
    /// kind = "emulation_title"
    /// recipients = ["individual"]
    /// rank = 115
    /// route = "annual_title"
    /// rating = { value = "excellent", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
    /// money = { recipient = "individual", multiplier = "0.5", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
    /// "#)?;
    /// let decision = Citation::new(Instrument::new(
    ///     InstrumentKind::Decision,
    ///     "12/2025/QĐ-UBND",
    ///     "Quyết định số 12/2025/QĐ-UBND của Ủy ban nhân dân tỉnh A",
    /// ));
    /// let from = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let province = Overlay::new("Quy chế tỉnh A", decision, Period::starting(from)).with_award(good);
    /// assert_eq!(province.awards().len(), 1);
    /// assert!(province.award("Lao động giỏi").is_ok());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_award(mut self, award: AwardRules) -> Overlay {
        self.awards.push(award);
        self
    }

    /// The awards it defines.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Overlay;
    ///
    /// let text = r#"
    /// schema = "thidua-overlay@1"
    /// name = "Quy chế thi đua, khen thưởng tỉnh A"
    /// citation = { instrument = { kind = "decision", number = "12/2025/QĐ-UBND", name = "Quyết định số 12/2025/QĐ-UBND của Ủy ban nhân dân tỉnh A" }, article = 5, mark = "V" }
    /// in_force = { from = "2025-07-01" }
    ///
    /// [[awards]]
    /// id = "lao_dong_gioi_tinh_a"
    /// name_vi = "Lao động giỏi"
    /// name_en = "Good Worker"
    /// kind = "emulation_title"
    /// recipients = ["individual"]
    /// rank = 115
    /// route = "annual_title"
    /// aliases = ["LĐG"]
    /// rating = { value = "excellent", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
    /// money = { recipient = "individual", multiplier = "0.5", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
    /// "#;
    /// let province = Overlay::from_toml(text, "tinh-a.toml")?;
    /// assert_eq!(province.awards().len(), 1);
    /// assert_eq!(province.awards()[0].award().to_string(), "Lao động giỏi");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn awards(&self) -> &[AwardRules] {
        &self.awards
    }

    /// The award this overlay defines under `name` (its id, a name or an
    /// alias, in any spelling).
    ///
    /// # Errors
    ///
    /// The overlay defines no award of that name.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Overlay;
    ///
    /// let text = r#"
    /// schema = "thidua-overlay@1"
    /// name = "Quy chế thi đua, khen thưởng tỉnh A"
    /// citation = { instrument = { kind = "decision", number = "12/2025/QĐ-UBND", name = "Quyết định số 12/2025/QĐ-UBND của Ủy ban nhân dân tỉnh A" }, article = 5, mark = "V" }
    /// in_force = { from = "2025-07-01" }
    ///
    /// [[awards]]
    /// id = "lao_dong_gioi_tinh_a"
    /// name_vi = "Lao động giỏi"
    /// name_en = "Good Worker"
    /// kind = "emulation_title"
    /// recipients = ["individual"]
    /// rank = 115
    /// route = "annual_title"
    /// aliases = ["LĐG"]
    /// rating = { value = "excellent", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
    /// money = { recipient = "individual", multiplier = "0.5", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
    /// "#;
    /// let province = Overlay::from_toml(text, "tinh-a.toml")?;
    /// use thidua::ErrorKind;
    ///
    /// // Its id, a name or an alias, in any spelling.
    /// let good = province.award("lao dong gioi")?;
    /// assert_eq!(province.award("LĐG")?, good);
    /// assert_eq!(province.award("lao_dong_gioi_tinh_a")?, good);
    /// assert_eq!(province.award("Lao động tiên tiến").unwrap_err().kind(), ErrorKind::UnknownName);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn award(&self, name: &str) -> Result<Award> {
        self.awards
            .iter()
            .map(AwardRules::award)
            .find(|a| a.is_named(name))
            .ok_or_else(|| {
                Error::unknown_name(
                    format!(
                        "quy định địa phương '{}' không định nghĩa danh hiệu '{}'",
                        text::shown(&self.name),
                        text::shown(name)
                    ),
                    format!(
                        "overlay '{}' defines no award '{}'",
                        text::shown(&self.name),
                        text::shown(name)
                    ),
                )
            })
    }

    /// The rules of `award` if this overlay defines it.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Overlay;
    ///
    /// let text = r#"
    /// schema = "thidua-overlay@1"
    /// name = "Quy chế thi đua, khen thưởng tỉnh A"
    /// citation = { instrument = { kind = "decision", number = "12/2025/QĐ-UBND", name = "Quyết định số 12/2025/QĐ-UBND của Ủy ban nhân dân tỉnh A" }, article = 5, mark = "V" }
    /// in_force = { from = "2025-07-01" }
    ///
    /// [[awards]]
    /// id = "lao_dong_gioi_tinh_a"
    /// name_vi = "Lao động giỏi"
    /// name_en = "Good Worker"
    /// kind = "emulation_title"
    /// recipients = ["individual"]
    /// rank = 115
    /// route = "annual_title"
    /// aliases = ["LĐG"]
    /// rating = { value = "excellent", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
    /// money = { recipient = "individual", multiplier = "0.5", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
    /// "#;
    /// let province = Overlay::from_toml(text, "tinh-a.toml")?;
    /// use thidua::{Award, Rating};
    ///
    /// let good = province.award("Lao động giỏi")?;
    /// let rules = province.award_rules(good).unwrap();
    /// assert_eq!(rules.rating().map(|r| r.value), Some(Rating::Excellent));
    /// assert!(province.award_rules(Award::AdvancedWorker).is_none());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn award_rules(&self, award: Award) -> Option<&AwardRules> {
        self.awards.iter().find(|r| r.award() == award)
    }
}
