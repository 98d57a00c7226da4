//! The rules of commendation forms in one regime: a route per form and
//! recipient, as rows of data.

use crate::award::{Award, RecipientKind};
use crate::citation::Citation;
use crate::history::CommendationKind;
use crate::people::{Rating, Scope};

use super::rule::Rule;

/// One route to a commendation form (or a state honorary title, prize or
/// commemorative medal) for some recipients: a ladder of consecutive years
/// up to the year judged, counted after a lower award; or criteria that the
/// ministry, sector or province sets (an overlay's
/// [`OverlayRule::FormCriteria`](super::OverlayRule::FormCriteria)); or a
/// text that was not read, which every verdict then cites as the reason it
/// needs review.
///
/// The rows are data: `[[forms.routes]]` of a regime file.
///
/// | field | Bằng khen Thủ tướng from 2024 |
/// |---|---|
/// | `awards`, `recipients` | "Bằng khen của Thủ tướng Chính phủ", individuals |
/// | `after` | "Bằng khen của bộ, ban, ngành, tỉnh" |
/// | `years` | `(5, Rating::Good)`: "liên tục từ 05 năm trở lên … hoàn thành tốt nhiệm vụ trở lên" |
/// | `titles` | `("Chiến sĩ thi đua cơ sở", 3)`: "03 lần được tặng danh hiệu CSTĐCS" |
///
/// # Example
///
/// ```
/// use thidua::{Award, Rating, RecipientKind, RegimeId, RuleBook};
///
/// let book = RuleBook::national();
/// let forms = book.regime(&RegimeId::LAW_2022)?.forms();
/// let pm = forms.route(Award::PrimeMinisterCertificateOfMerit, RecipientKind::Individual).unwrap();
/// assert_eq!(pm.after.as_ref().map(|r| r.value), Some(Award::MinistryOrProvinceCertificateOfMerit));
/// assert_eq!(pm.years.as_ref().map(|r| r.value), Some((5, Rating::Good)));
/// assert_eq!(pm.titles.as_ref().map(|r| r.value), Some((Award::GrassrootsEmulationFighter, 3)));
/// // The collective clause of Art. 73 was not read: the row says so.
/// let collective = forms.route(Award::PrimeMinisterCertificateOfMerit, RecipientKind::Collective).unwrap();
/// assert!(collective.unread.is_some());
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormRoute {
    /// The awards the route judges.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub awards: Vec<Award>,
    /// The recipients it judges.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<RecipientKind>,
    /// The lower award the run follows ("đã được tặng …"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<Rule<Award>>,
    /// How many consecutive years, rated at least how well, up to the year
    /// judged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub years: Option<Rule<(u8, Rating)>>,
    /// This many consecutive conferrals of a title up to the year judged:
    /// instead of the years when both are given ("02 lần liên tục được
    /// tặng danh hiệu CSTĐCS"), the run itself when `years` is not
    /// ("05 năm liên tục đạt danh hiệu Tập thể lao động xuất sắc").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub or_titles: Option<Rule<(Award, u8)>>,
    /// Within the run: at least this many years rated "hoàn thành xuất sắc
    /// nhiệm vụ".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excellent_years: Option<Rule<u8>>,
    /// Within the run: at least this many conferrals of a title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub titles: Option<Rule<(Award, u8)>>,
    /// Within the run: at least one of these counts of awards ("01 Cờ thi
    /// đua cấp bộ, tỉnh hoặc 01 Bằng khen của Thủ tướng Chính phủ").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub any_of: Option<Rule<Vec<(Award, u8)>>>,
    /// Within the run: this many initiatives or topics recognised at this
    /// scope or wider, not used for another award.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiatives: Option<Rule<(u8, Scope)>>,
    /// The criteria are set by each ministry, sector or province: an
    /// overlay's criteria judge them, and without one the verdict needs
    /// review citing this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegated: Option<Citation>,
    /// The text of the criteria was not read: the verdict needs review,
    /// citing it (and its note, which says what is missing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unread: Option<Citation>,
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
    /// assert_eq!(route.years.map(|r| r.value), Some((2, Rating::Good)));
    /// assert!(route.initiatives.is_none());
    /// ```
    #[must_use]
    pub fn years(years: u8, rating: Rating, citation: Citation) -> FormRoute {
        FormRoute {
            years: Some(Rule::new((years, rating), citation)),
            ..FormRoute::empty()
        }
    }

    /// A route whose text was not read, for `awards` to `recipients`: every
    /// verdict on it needs review, citing `citation`.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Award, Citation, RecipientKind};
    /// use thidua::citation::Instrument;
    /// use thidua::law::FormRoute;
    ///
    /// let r = FormRoute::unread(&[Award::LabourOrderFirst], &[RecipientKind::Collective], Citation::new(Instrument::LAW_06_2022).article(42).unverified());
    /// assert!(r.judges(Award::LabourOrderFirst, RecipientKind::Collective));
    /// assert!(!r.is_ladder());
    /// ```
    #[must_use]
    pub fn unread(awards: &[Award], recipients: &[RecipientKind], citation: Citation) -> FormRoute {
        FormRoute {
            awards: awards.to_vec(),
            recipients: recipients.to_vec(),
            unread: Some(citation),
            ..FormRoute::empty()
        }
    }

    fn empty() -> FormRoute {
        FormRoute {
            awards: Vec::new(),
            recipients: Vec::new(),
            after: None,
            years: None,
            or_titles: None,
            excellent_years: None,
            titles: None,
            any_of: None,
            initiatives: None,
            delegated: None,
            unread: None,
        }
    }

    /// Whether the route judges `award` (or its civilian counterpart) for
    /// `recipient`.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Award, RecipientKind, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let forms = book.regime(&RegimeId::LAW_2022)?.forms();
    /// let r = forms.route(Award::LabourOrderThird, RecipientKind::Individual).unwrap();
    /// assert!(r.judges(Award::LabourOrderThird, RecipientKind::Individual));
    /// assert!(!r.judges(Award::LabourOrderThird, RecipientKind::Household));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn judges(&self, award: Award, recipient: RecipientKind) -> bool {
        self.awards.contains(&award.civilian()) && self.recipients.contains(&recipient)
    }

    /// Whether the route is a ladder the engine counts (a run of years or
    /// of titles), rather than criteria set elsewhere or not read.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Award, RecipientKind, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let forms = book.regime(&RegimeId::LAW_2022)?.forms();
    /// assert!(forms.route(Award::PrimeMinisterCertificateOfMerit, RecipientKind::Individual).unwrap().is_ladder());
    /// assert!(!forms.route(Award::CertificateOfCommendation, RecipientKind::Individual).unwrap().is_ladder());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn is_ladder(&self) -> bool {
        self.unread.is_none() && (self.years.is_some() || self.or_titles.is_some())
    }

    /// The citation of the run: the years' or, without them, the titles'.
    #[must_use]
    pub fn run_citation(&self) -> Option<&Citation> {
        self.years
            .as_ref()
            .map(|r| &r.citation)
            .or(self.or_titles.as_ref().map(|r| &r.citation))
    }

    /// Every citation of the route's criteria: those a verdict on it rests
    /// on, whatever the candidate.
    pub fn citations(&self) -> impl Iterator<Item = &Citation> {
        self.after
            .iter()
            .map(|r| &r.citation)
            .chain(self.years.iter().map(|r| &r.citation))
            .chain(self.or_titles.iter().map(|r| &r.citation))
            .chain(self.excellent_years.iter().map(|r| &r.citation))
            .chain(self.titles.iter().map(|r| &r.citation))
            .chain(self.any_of.iter().map(|r| &r.citation))
            .chain(self.initiatives.iter().map(|r| &r.citation))
    }
}

/// The rules for commendation forms in one regime, and the general
/// principles they are judged under: a [`FormRoute`] per form and
/// recipient, the kinds of commendation the regime knows, and the rules
/// that depend on the kind.
///
/// # Example
///
/// ```
/// use thidua::{Award, Rating, RecipientKind, RuleBook};
/// use thidua::law::FormRules;
/// use chrono::NaiveDate;
///
/// let book = RuleBook::national();
/// let r1 = book.regime_on(NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?.forms();
/// // 2017–2023: five years HTXS and five initiatives after the provincial Bằng khen.
/// let pm = r1.route(Award::PrimeMinisterCertificateOfMerit, RecipientKind::Individual).unwrap();
/// assert_eq!(pm.years.as_ref().map(|r| r.value), Some((5, Rating::Excellent)));
/// assert!(r1.state_award_per_year.is_some());
/// // "Giấy khen" has no national route: its criteria are local.
/// let gk = r1.route(Award::CertificateOfCommendation, RecipientKind::Individual).unwrap();
/// assert!(gk.delegated.is_some());
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct FormRules {
    /// The routes, a row per form and recipient: the first row that
    /// [judges](FormRoute::judges) an award for a recipient is its route.
    pub routes: Vec<FormRoute>,
    /// Years count from the achievement period written in the previous
    /// decision; `None` where the route's own text ("… tiếp theo") is the
    /// only basis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counting: Option<Citation>,
    /// How a previous decision that wrote no achievement period counts.
    pub counting_fallback: Citation,
    /// Where a route reads "02 sáng kiến … hoặc 02 đề tài" (from 2024):
    /// whether one initiative and one topic may make the count together.
    /// `None` where the routes name initiatives only ("sáng kiến", Decree
    /// 91/2017 Art. 38 k1 c, Art. 39 k1 c): research topics do not count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mixing: Option<Citation>,
    /// One achievement, one award.
    pub one_award: Citation,
    /// A higher form need not follow a lower one.
    pub lower_form_not_required: Citation,
    /// One state-level form a year (2017–2023 only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_award_per_year: Option<Citation>,
    /// The kinds of commendation the one-a-year rule excepts (one-off,
    /// career, seniority: Circular 12/2019/TT-BNV, secondhand).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub state_award_exempt: Vec<CommendationKind>,
    /// The results of one-off and thematic commendation are not a basis for
    /// the ladders ("không làm căn cứ đề nghị khen thưởng theo công trạng"):
    /// a lower award of the ladder counts only if it was a regular one
    /// (from 2024).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regular_only: Option<Citation>,
    /// The kinds of commendation the regime knows, each with where it is
    /// written; a kind not listed is not one of the regime (the kinds Law
    /// 06/2026/QH16 adds exist from 2026-10-01 only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<(CommendationKind, Citation)>,
}

impl FormRules {
    /// The route of `award` for `recipient`: the first row that judges it.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Award, RecipientKind, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let forms = book.regime(&RegimeId::LAW_2022)?.forms();
    /// let merit = forms.route(Award::MinistryOrProvinceCertificateOfMerit, RecipientKind::Individual).unwrap();
    /// assert_eq!(merit.years.as_ref().unwrap().citation.to_short(), "06/2022/QH15 Điều 74 khoản 1 điểm d");
    /// assert!(forms.route(Award::AdvancedWorker, RecipientKind::Individual).is_none());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn route(&self, award: Award, recipient: RecipientKind) -> Option<&FormRoute> {
        self.routes.iter().find(|r| r.judges(award, recipient))
    }

    /// Where the regime writes `kind`, if it knows it.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    /// use thidua::history::CommendationKind;
    ///
    /// let book = RuleBook::national();
    /// let r3 = book.regime(&RegimeId::DECREE_152_2025)?.forms();
    /// assert!(r3.kind(CommendationKind::OneOff).is_some());
    /// // Law 06/2026/QH16 adds it from 2026-10-01.
    /// assert!(r3.kind(CommendationKind::ThematicMovement).is_none());
    /// assert!(book.regime(&RegimeId::AMENDMENT_2026)?.forms().kind(CommendationKind::ThematicMovement).is_some());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn kind(&self, kind: CommendationKind) -> Option<&Citation> {
        self.kinds.iter().find(|(k, _)| *k == kind).map(|(_, c)| c)
    }
}
