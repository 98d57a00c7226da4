//! The rules of commendation forms in one regime: a route per form.

use crate::award::Award;
use crate::citation::Citation;
use crate::people::{Rating, Scope};

use super::rule::Rule;

/// One route to a commendation form: consecutive years up to the year
/// judged, counted after a lower award, with what the years must hold.
///
/// | field | Bằng khen Thủ tướng from 2024 |
/// |---|---|
/// | `after` | "Bằng khen của bộ, ban, ngành, tỉnh" |
/// | `years` | `(5, Rating::Good)`: "liên tục từ 05 năm trở lên … hoàn thành tốt nhiệm vụ trở lên" |
/// | `titles` | `("Chiến sĩ thi đua cơ sở", 3)`: "03 lần được tặng danh hiệu CSTĐCS" |
///
/// # Example
///
/// ```
/// use thidua::{Award, Rating, RegimeId, RuleBook};
///
/// let book = RuleBook::national();
/// let pm = &book.regime(&RegimeId::LAW_2022)?.forms().prime_minister;
/// assert_eq!(pm.after.as_ref().map(|r| r.value), Some(Award::MinistryOrProvinceCertificateOfMerit));
/// assert_eq!(pm.years.value, (5, Rating::Good));
/// assert_eq!(pm.titles.as_ref().map(|r| r.value), Some((Award::GrassrootsEmulationFighter, 3)));
/// assert_eq!(
///     pm.years.citation.to_string(),
///     "điểm b khoản 1 Điều 73 Luật Thi đua, khen thưởng số 06/2022/QH15"
/// );
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormRoute {
    /// The lower award the run follows ("đã được tặng …"), if any.
    pub after: Option<Rule<Award>>,
    /// How many consecutive years, rated at least how well, up to the year
    /// judged.
    pub years: Rule<(u8, Rating)>,
    /// Instead of the years: this many consecutive conferrals of a title up
    /// to the year judged ("02 lần liên tục được tặng danh hiệu CSTĐCS").
    pub or_titles: Option<Rule<(Award, u8)>>,
    /// Within the run: at least this many years rated "hoàn thành xuất sắc
    /// nhiệm vụ".
    pub excellent_years: Option<Rule<u8>>,
    /// Within the run: at least this many conferrals of a title.
    pub titles: Option<Rule<(Award, u8)>>,
    /// Within the run: this many initiatives or topics recognised at this
    /// scope or wider, not used for another award.
    pub initiatives: Option<Rule<(u8, Scope)>>,
}

impl FormRoute {
    /// A route of consecutive years rated at least `rating`, nothing else:
    /// the shape of a province's "Giấy khen" criteria.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Citation, Rating};
    /// use thidua::citation::{Instrument, InstrumentKind};
    /// use thidua::law::FormRoute;
    ///
    /// // A province's Giấy khen: two consecutive years rated HTT or better.
    /// let cite = Citation::new(Instrument::new(
    ///     InstrumentKind::Decision,
    ///     "20/2024/QĐ-UBND",
    ///     "Quyết định số 20/2024/QĐ-UBND của Ủy ban nhân dân tỉnh A",
    /// ))
    /// .article(9);
    /// let route = FormRoute::years(2, Rating::Good, cite);
    /// assert_eq!(route.years.value, (2, Rating::Good));
    /// assert!(route.initiatives.is_none());
    /// ```
    #[must_use]
    pub fn years(years: u8, rating: Rating, citation: Citation) -> FormRoute {
        FormRoute {
            after: None,
            years: Rule::new((years, rating), citation),
            or_titles: None,
            excellent_years: None,
            titles: None,
            initiatives: None,
        }
    }
}

/// The rules for the commendation forms of individuals in one regime, and
/// the general principles they are judged under.
///
/// # Example
///
/// ```
/// use thidua::{Award, Rating, RuleBook};
/// use thidua::law::FormRules;
/// use chrono::NaiveDate;
///
/// let book = RuleBook::national();
/// let r1 = book.regime_on(NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?.forms();
/// // 2017–2023: five years HTXS and five initiatives after the provincial Bằng khen.
/// assert_eq!(r1.prime_minister.years.value, (5, Rating::Excellent));
/// assert!(r1.state_award_per_year.is_some());
/// // "Giấy khen" has no national route: its criteria are local.
/// assert!(r1.route(Award::CertificateOfCommendation).is_none());
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct FormRules {
    /// "Giấy khen": its criteria are set by each ministry, sector and
    /// province; the national text only delegates them.
    pub commendation: Citation,
    /// "Bằng khen của bộ, ban, ngành, tỉnh".
    pub merit: FormRoute,
    /// "Bằng khen của Thủ tướng Chính phủ".
    pub prime_minister: FormRoute,
    /// "Huân chương Lao động hạng Ba".
    pub labour_order: FormRoute,
    /// Years count from the achievement period written in the previous
    /// decision; `None` where the route's own text ("… tiếp theo") is the
    /// only basis.
    pub counting: Option<Citation>,
    /// How a previous decision that wrote no achievement period counts.
    pub counting_fallback: Citation,
    /// Where a route reads "02 sáng kiến … hoặc 02 đề tài" (from 2024):
    /// whether one initiative and one topic may make the count together.
    /// `None` where the routes name initiatives only ("sáng kiến", Decree
    /// 91/2017 Art. 38 k1 c, Art. 39 k1 c): research topics do not count.
    pub mixing: Option<Citation>,
    /// One achievement, one award.
    pub one_award: Citation,
    /// A higher form need not follow a lower one.
    pub lower_form_not_required: Citation,
    /// One state-level form a year (2017–2023 only).
    pub state_award_per_year: Option<Citation>,
}

impl FormRules {
    /// The route of a form judged by the national rules, if it has one
    /// ("Giấy khen" has none: its criteria are local).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Award, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let forms = book.regime(&RegimeId::LAW_2022)?.forms();
    /// let merit = forms.route(Award::MinistryOrProvinceCertificateOfMerit).unwrap();
    /// assert_eq!(merit.years.citation.to_short(), "06/2022/QH15 Điều 74 khoản 1 điểm d");
    /// assert!(forms.route(Award::CertificateOfCommendation).is_none());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn route(&self, award: Award) -> Option<&FormRoute> {
        match award {
            Award::MinistryOrProvinceCertificateOfMerit => Some(&self.merit),
            Award::PrimeMinisterCertificateOfMerit => Some(&self.prime_minister),
            Award::LabourOrderThird => Some(&self.labour_order),
            _ => None,
        }
    }
}
