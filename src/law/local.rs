//! Awards a province or a sector defines as data: a catalogue row, the
//! rules of the route it follows, and the money it pays.
//!
//! An overlay file lists them under `[[awards]]`:
//!
//! ```toml
//! [[awards]]
//! id = "lao_dong_gioi_tinh_a"
//! name_vi = "Lao động giỏi"
//! name_en = "Good Worker"
//! kind = "emulation_title"
//! recipients = ["individual"]
//! rank = 115
//! route = "annual_title"
//! rating = { value = "excellent", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
//! money = { recipient = "individual", multiplier = "0.5", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
//! ```
//!
//! The routes open to such an award are [`Route::AnnualTitle`] (the
//! standard of "Lao động tiên tiến" with a lowest rating of its own) and
//! [`Route::Streak`] (a run of a lower title and an initiative of a scope).

use std::borrow::Cow;

use rust_decimal::Decimal;

use crate::award::{Award, AwardEntry, AwardKind, RecipientKind, Route};
use crate::citation::{Citation, Confidence};
use crate::error::{Error, ErrorKind, Result};
use crate::people::{Rating, Scope};
use crate::text;

use super::individual::StreakRules;
use super::money::Rate;
use super::rule::Rule;

/// An award defined as data, with the rules of its route and its money.
///
/// # Example
///
/// ```
/// use thidua::award::Route;
/// use thidua::law::AwardRules;
///
/// let text = r#"
/// id = "lao_dong_gioi_tinh_a"
/// name_vi = "Lao động giỏi"
/// name_en = "Good Worker"
/// kind = "emulation_title"
/// recipients = ["individual"]
/// rank = 115
/// route = "annual_title"
/// rating = { value = "excellent", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
/// money = { recipient = "individual", multiplier = "0.5", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
/// "#;
/// let rules: AwardRules = toml::from_str(text)?;
/// assert_eq!(rules.award().to_string(), "Lao động giỏi");
/// assert_eq!(rules.award().route(), Route::AnnualTitle);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(into = "AwardRulesRepr")]
pub struct AwardRules {
    award: Award,
    rating: Option<Rule<Rating>>,
    streak: Option<StreakRules>,
    money: Vec<Rate>,
}

impl AwardRules {
    /// The award.
    ///
    /// # Example
    ///
    /// ```
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
    /// assert_eq!(good.award().name_en(), "Good Worker");
    /// assert!(good.award().is_local());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn award(&self) -> Award {
        self.award
    }

    /// The lowest yearly rating of an [annual title](Route::AnnualTitle).
    ///
    /// # Example
    ///
    /// ```
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
    /// use thidua::Rating;
    ///
    /// assert_eq!(good.rating().map(|r| r.value), Some(Rating::Excellent));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn rating(&self) -> Option<&Rule<Rating>> {
        self.rating.as_ref()
    }

    /// The run and initiative of a [streak](Route::Streak).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::law::AwardRules;
    ///
    /// let fighter: AwardRules = toml::from_str(r#"
    /// id = "chien_si_thi_dua_xuat_sac_tinh_a"
    /// name_vi = "Chiến sĩ thi đua xuất sắc tỉnh A"
    /// name_en = "Outstanding Emulation Fighter of Province A"
    /// kind = "emulation_title"
    /// recipients = ["individual"]
    /// rank = 125
    /// route = "streak"
    /// streak = { value = ["grassroots_emulation_fighter", 2], cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
    /// initiative_scope = { value = "grassroots", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
    /// money = { recipient = "individual", multiplier = "1.5", cite = "06/2022/QH15 Điều 24 khoản 4", mark = "S" }
    /// "#)?;
    /// use thidua::Award;
    ///
    /// let streak = fighter.streak().unwrap();
    /// assert_eq!(streak.streak.value, (Award::GrassrootsEmulationFighter, 2));
    /// assert!(fighter.rating().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn streak(&self) -> Option<&StreakRules> {
        self.streak.as_ref()
    }

    /// The money it pays, per kind of recipient.
    ///
    /// # Example
    ///
    /// ```
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
    /// use rust_decimal::Decimal;
    /// use thidua::RecipientKind;
    ///
    /// let [rate] = good.money() else { panic!("one money row") };
    /// assert_eq!(rate.recipient, RecipientKind::Individual);
    /// assert_eq!(rate.multiplier, Decimal::new(5, 1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn money(&self) -> &[Rate] {
        &self.money
    }
}

/// The money row of a local award in its file: the award is the one being
/// defined.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct MoneyRow {
    recipient: RecipientKind,
    #[serde(with = "rust_decimal::serde::str")]
    multiplier: Decimal,
    #[serde(default)]
    at_most: bool,
    cite: String,
    #[serde(alias = "mark")]
    confidence: Confidence,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct AwardRulesRepr {
    id: Cow<'static, str>,
    name_vi: Cow<'static, str>,
    name_en: Cow<'static, str>,
    kind: AwardKind,
    recipients: Vec<RecipientKind>,
    rank: u16,
    route: Route,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<Cow<'static, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rating: Option<Rule<Rating>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    streak: Option<Rule<(Award, u8)>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    initiative_scope: Option<Rule<Scope>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "one_or_many")]
    money: Vec<MoneyRow>,
}

/// `money` is one row or a list of rows.
mod one_or_many {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::MoneyRow;

    pub(super) fn serialize<S: Serializer>(rows: &[MoneyRow], s: S) -> Result<S::Ok, S::Error> {
        rows.serialize(s)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<MoneyRow>, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum OneOrMany {
            One(MoneyRow),
            Many(Vec<MoneyRow>),
        }
        Ok(match OneOrMany::deserialize(d)? {
            OneOrMany::One(row) => vec![row],
            OneOrMany::Many(rows) => rows,
        })
    }
}

impl TryFrom<AwardRulesRepr> for AwardRules {
    type Error = Error;

    fn try_from(r: AwardRulesRepr) -> Result<AwardRules> {
        let id = r.id.clone();
        let bad = |what_vi: String, what: String| {
            Error::new(
                ErrorKind::Missing,
                format!("danh hiệu '{}': {what_vi}", text::shown(&id)),
                format!("award '{}': {what}", text::shown(&id)),
            )
        };
        let (rating, streak) = match r.route {
            Route::AnnualTitle => {
                let rating = r.rating.ok_or_else(|| {
                    bad(
                        "danh hiệu hằng năm cần mức xếp loại thấp nhất: rating = { value = … }"
                            .into(),
                        "an annual title needs its lowest rating: rating = { value = … }".into(),
                    )
                })?;
                if r.streak.is_some() || r.initiative_scope.is_some() {
                    return Err(bad(
                        "danh hiệu hằng năm không có chuỗi hay phạm vi sáng kiến".into(),
                        "an annual title has no streak or initiative scope".into(),
                    ));
                }
                (Some(rating), None)
            }
            Route::Streak => {
                let (Some(streak), Some(initiative_scope)) = (r.streak, r.initiative_scope) else {
                    return Err(bad("danh hiệu theo chuỗi cần streak = { value = [danh hiệu thấp hơn, số lần] … } và initiative_scope"
                            .into(), "a streak needs streak = { value = [lower award, times] … } and initiative_scope"
                            .into(),));
                };
                if r.rating.is_some() {
                    return Err(bad(
                        "danh hiệu theo chuỗi không có xếp loại riêng".into(),
                        "a streak has no rating of its own".into(),
                    ));
                }
                if streak.value.1 == 0 {
                    return Err(Error::out_of_range(
                        format!("danh hiệu '{}': chuỗi 0 lần được tặng", text::shown(&id)),
                        format!("award '{}': a streak of 0 conferrals", text::shown(&id)),
                    ));
                }
                (
                    None,
                    Some(StreakRules {
                        streak,
                        initiative_scope,
                    }),
                )
            }
            other => {
                return Err(Error::new(
                    ErrorKind::Unsupported,
                    format!(
                        "danh hiệu '{}': danh hiệu định nghĩa bằng dữ liệu theo đường annual_title hoặc streak, không phải {}",
                        text::shown(&id),
                        other.id()
                    ),
                    format!(
                        "award '{}': an award defined as data follows the route annual_title or streak, not {}",
                        text::shown(&id),
                        other.id()
                    ),
                ));
            }
        };
        let mut entry = AwardEntry::new(
            r.id,
            r.name_vi,
            r.name_en,
            r.kind,
            &r.recipients,
            r.rank,
            r.route,
        );
        entry.aliases = r.aliases;
        let award = Award::local(entry)?;
        let money = r
            .money
            .into_iter()
            .map(|m| {
                let mut citation = Citation::parse_short(&m.cite)?.with_confidence(m.confidence);
                if let Some(note) = m.note {
                    citation = citation.with_note(note);
                }
                let rate = Rate::new(award, m.recipient, m.multiplier, citation);
                Ok(if m.at_most { rate.at_most() } else { rate })
            })
            .collect::<Result<Vec<Rate>>>()?;
        Ok(AwardRules {
            award,
            rating,
            streak,
            money,
        })
    }
}

impl From<AwardRules> for AwardRulesRepr {
    fn from(r: AwardRules) -> AwardRulesRepr {
        let e = r.award.entry();
        let (streak, initiative_scope) = match r.streak {
            Some(s) => (Some(s.streak), Some(s.initiative_scope)),
            None => (None, None),
        };
        AwardRulesRepr {
            id: e.id.clone(),
            name_vi: e.name_vi.clone(),
            name_en: e.name_en.clone(),
            kind: e.kind,
            recipients: e.recipients.clone(),
            rank: e.rank,
            route: e.route,
            aliases: e.aliases.clone(),
            rating: r.rating,
            streak,
            initiative_scope,
            money: r
                .money
                .into_iter()
                .map(|m| MoneyRow {
                    recipient: m.recipient,
                    multiplier: m.multiplier,
                    at_most: m.at_most,
                    cite: m.citation.to_short(),
                    confidence: m.citation.confidence(),
                    note: m.citation.note().map(str::to_owned),
                })
                .collect(),
        }
    }
}

crate::error::deserialize_via!(AwardRules, AwardRulesRepr);
