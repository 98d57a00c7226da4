//! The money tables of a regime: multipliers of the base salary per award
//! and recipient, the collective and household factors, and the rules for
//! several awards at once.

use rust_decimal::Decimal;

use super::fund::FundRules;
use crate::authority::Authority;
use crate::award::{Award, AwardKind, RecipientKind};
use crate::citation::Citation;
use crate::error::{Error, ErrorKind, Result};

/// A physical object that comes with an award (hiện vật khen thưởng), as the
/// decrees list them with the money.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum AwardObject {
    /// "Bằng chứng nhận": the certificate of an emulation title.
    Certificate,
    /// "Bằng": the diploma of an order, honorary title or Bằng khen.
    Diploma,
    /// "Giấy khen": the certificate of commendation itself.
    CommendationPaper,
    /// "Khung": a frame.
    Frame,
    /// "Huy hiệu": a badge.
    Badge,
    /// "Hộp": a box (for a badge, a medal).
    Box,
    /// "Cờ": a flag.
    Flag,
    /// "Huân chương": the order itself.
    Order,
    /// "Kỷ niệm chương": the commemorative medal itself.
    CommemorativeMedal,
}

impl AwardObject {
    /// The Vietnamese word the decrees use.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::law::AwardObject;
    ///
    /// assert_eq!(AwardObject::Certificate.name_vi(), "Bằng chứng nhận");
    /// assert_eq!(AwardObject::Frame.name_vi(), "khung");
    /// ```
    #[must_use]
    pub fn name_vi(self) -> &'static str {
        match self {
            AwardObject::Certificate => "Bằng chứng nhận",
            AwardObject::Diploma => "Bằng",
            AwardObject::CommendationPaper => "Giấy khen",
            AwardObject::Frame => "khung",
            AwardObject::Badge => "Huy hiệu",
            AwardObject::Box => "hộp",
            AwardObject::Flag => "Cờ",
            AwardObject::Order => "Huân chương",
            AwardObject::CommemorativeMedal => "Kỷ niệm chương",
        }
    }
}

/// The multiplier of the base salary one award pays one kind of recipient.
///
/// A data struct with public fields, so that an overlay or a caller's own
/// regime can write its table.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{Authority, Award, Citation, RecipientKind};
/// use thidua::citation::Instrument;
/// use thidua::law::Rate;
///
/// // Decree 91/2017: the Giấy khen of a commune chair pays 0,15.
/// let rate = Rate::new(
///     Award::CertificateOfCommendation,
///     RecipientKind::Individual,
///     Decimal::new(15, 2),
///     Citation::new(Instrument::DECREE_91_2017).article(73).clause(1).point('d'),
/// )
/// .signed_by(Authority::CommuneChair);
/// assert_eq!(rate.signer, Some(Authority::CommuneChair));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rate {
    /// The award (the civilian one for armed-forces counterparts: the rate
    /// of "Lao động tiên tiến" also prices "Chiến sĩ tiên tiến").
    pub award: Award,
    /// Who receives it.
    pub recipient: RecipientKind,
    /// The rate holds only for decisions of this signer (the commune chair's
    /// Giấy khen under Decree 91/2017); `None` for any signer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<Authority>,
    /// The multiple of the base salary.
    #[serde(with = "rust_decimal::serde::str")]
    pub multiplier: Decimal,
    /// Whether the multiplier is a cap ("không quá": the Kỷ niệm chương):
    /// the issuing body may pay less.
    #[serde(default)]
    pub at_most: bool,
    /// The objects that come with the award.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objects: Vec<AwardObject>,
    /// Where the rate is written.
    pub citation: Citation,
}

impl Rate {
    /// A fixed rate for any signer, with no objects.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::{Award, Citation, RecipientKind};
    /// use thidua::citation::Instrument;
    /// use thidua::law::Rate;
    ///
    /// let rate = Rate::new(
    ///     Award::AdvancedWorker,
    ///     RecipientKind::Individual,
    ///     Decimal::new(3, 1),
    ///     Citation::new(Instrument::DECREE_152_2025).article(50).clause(1).point('d'),
    /// );
    /// assert_eq!(rate.signer, None);
    /// assert!(!rate.at_most);
    /// ```
    #[must_use]
    pub fn new(
        award: Award,
        recipient: RecipientKind,
        multiplier: Decimal,
        citation: Citation,
    ) -> Rate {
        Rate {
            award,
            recipient,
            signer: None,
            multiplier,
            at_most: false,
            objects: Vec::new(),
            citation,
        }
    }

    /// The same rate, only for decisions of `signer`.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::{Authority, Award, Citation, RecipientKind};
    /// use thidua::citation::Instrument;
    /// use thidua::law::Rate;
    ///
    /// let commune = Rate::new(
    ///     Award::CertificateOfCommendation,
    ///     RecipientKind::Individual,
    ///     Decimal::new(15, 2),
    ///     Citation::new(Instrument::DECREE_91_2017).article(73).clause(1).point('d'),
    /// )
    /// .signed_by(Authority::CommuneChair);
    /// assert_eq!(commune.signer, Some(Authority::CommuneChair));
    /// ```
    #[must_use]
    pub fn signed_by(mut self, signer: Authority) -> Rate {
        self.signer = Some(signer);
        self
    }

    /// The same rate as a cap ("không quá").
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::{Award, Citation, RecipientKind};
    /// use thidua::citation::Instrument;
    /// use thidua::law::Rate;
    ///
    /// // "Kỷ niệm chương": không quá 0,6 lần mức lương cơ sở.
    /// let medal = Rate::new(
    ///     Award::CommemorativeMedal,
    ///     RecipientKind::Individual,
    ///     Decimal::new(6, 1),
    ///     Citation::new(Instrument::DECREE_152_2025).article(54).clause(1).secondhand(),
    /// )
    /// .at_most();
    /// assert!(medal.at_most);
    /// ```
    #[must_use]
    pub fn at_most(mut self) -> Rate {
        self.at_most = true;
        self
    }

    /// The same rate with these objects.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::{Award, Citation, RecipientKind};
    /// use thidua::citation::Instrument;
    /// use thidua::law::{AwardObject, Rate};
    ///
    /// let cstdcs = Rate::new(
    ///     Award::GrassrootsEmulationFighter,
    ///     RecipientKind::Individual,
    ///     Decimal::ONE,
    ///     Citation::new(Instrument::DECREE_152_2025).article(50).clause(1).point('c'),
    /// )
    /// .with_objects(&[AwardObject::Certificate, AwardObject::Frame]);
    /// assert_eq!(cstdcs.objects, [AwardObject::Certificate, AwardObject::Frame]);
    /// ```
    #[must_use]
    pub fn with_objects(mut self, objects: &[AwardObject]) -> Rate {
        self.objects = objects.to_vec();
        self
    }
}

/// A factor that turns an individual's rate into a collective's or a
/// household's: twice for a collective's order, Bằng khen or Giấy khen, 1,5
/// times for a household's Bằng khen or Giấy khen (Decree 152/2025).
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Factor {
    /// The recipient it prices: a collective (villages and communes that
    /// receive a commendation form count as collectives) or a household.
    pub recipient: RecipientKind,
    /// The kinds of award it applies to.
    pub applies_to: Vec<AwardKind>,
    /// The factor.
    #[serde(with = "rust_decimal::serde::str")]
    pub value: Decimal,
    /// Where it is written.
    pub citation: Citation,
}

/// What a recipient is paid when one decision confers an emulation title and
/// a commendation form at once (e.g. "Chiến sĩ thi đua cơ sở" and a Giấy
/// khen).
///
/// Decree 98/2023 Art. 53 and Decree 152/2025 Art. 49 k7 say both are paid.
/// For Decree 91/2017 the clause (Art. 66 k2) was not read in full: the
/// bundled regime takes the reading of a law firm's answer, **both**, as a
/// documented policy (secondhand); Decree 42/2010 and some provincial rules
/// paid only the higher amount, which [`HighestOnly`](TitleAndForm::HighestOnly)
/// reproduces.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TitleAndForm {
    /// Both the title and the form are paid.
    #[default]
    BothPay,
    /// Only the higher amount is paid, as for several titles of one period.
    HighestOnly,
}

/// The money tables of a regime, carried by [`Regime::money`](crate::Regime::money).
///
/// The bundled regimes fill them from Decrees 91/2017 (Art. 66–73), 98/2023
/// (Art. 53–58) and 152/2025 (Art. 49–54); every rate carries its citation
/// and confidence. A caller's own regime starts with empty tables
/// ([`MoneyRules::new`]) and adds rates.
///
/// | award (individual) | 91/2017 | 98/2023 | 152/2025 |
/// |---|---|---|---|
/// | Lao động tiên tiến | 0,3 | 0,3 | 0,3 |
/// | Chiến sĩ thi đua cơ sở | 1,0 | 1,0 | 1,0 |
/// | Bằng khen of a ministry or province | 1,0 | 1,5 | 1,5 |
/// | Giấy khen of a commune chair | 0,15 | 0,3 | 0,3 |
/// | other Giấy khen | 0,3 | 0,3 | 0,3 |
/// | Kỷ niệm chương of a ministry or province | — | ≤ 0,6 | ≤ 0,6 |
/// | a household's Bằng khen or Giấy khen | — | — | 1,5 × |
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::{Authority, Award, RecipientKind, RegimeId, RuleBook};
///
/// let book = RuleBook::national();
/// let rules = book.regime(&RegimeId::DECREE_91_2017)?.money();
/// let m = rules.multiplier(Award::CertificateOfCommendation, RecipientKind::Collective, Authority::CommuneChair)?;
/// assert_eq!(m, Decimal::new(30, 2)); // 2 × 0,15
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MoneyRules {
    rates: Vec<Rate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    factors: Vec<Factor>,
    #[serde(default)]
    title_and_form: TitleAndForm,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    principles: Vec<(Principle, Citation)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fund: Option<FundRules>,
    /// Whether the rounding of the amounts applies to a cap ("không quá":
    /// the Kỷ niệm chương), which rounding up could lift above it: no text
    /// read says, so the bundled regimes cite it unverified and a capped
    /// amount that rounding would change needs review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cap_rounding: Option<Citation>,
}

/// A general money rule of a regime, cited once for every amount it shapes.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Principle {
    /// The base salary in force on the decision date applies.
    BaseSalaryOnDecisionDate,
    /// The amount is rounded up to the ten thousands of đồng.
    RoundUpToTenThousand,
    /// Several titles for the same achievement period pay only the highest.
    SamePeriodHighestOnly,
    /// Titles for different periods each pay; forms for different
    /// achievements each pay.
    DifferentPeriodsEachPay,
    /// How a title and a form at once are paid (see [`TitleAndForm`]).
    TitleAndForm,
}

impl MoneyRules {
    /// Empty tables: no award pays anything until rates are added.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Authority, Award, ErrorKind, RecipientKind};
    /// use thidua::law::MoneyRules;
    ///
    /// let empty = MoneyRules::new();
    /// assert!(empty.rates().is_empty());
    /// let err = empty.multiplier(Award::AdvancedWorker, RecipientKind::Individual, Authority::AgencyHead).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::Missing);
    /// ```
    #[must_use]
    pub fn new() -> MoneyRules {
        MoneyRules::default()
    }

    /// The same tables with one more rate. A rate for the same award,
    /// recipient and signer as an earlier one replaces it.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::{Authority, Award, Citation, RecipientKind};
    /// use thidua::citation::Instrument;
    /// use thidua::law::{MoneyRules, Rate};
    ///
    /// let cite = Citation::new(Instrument::DECREE_152_2025).article(50);
    /// let rules = MoneyRules::new()
    ///     .with_rate(Rate::new(Award::AdvancedWorker, RecipientKind::Individual, Decimal::new(2, 1), cite.clone()))
    ///     // The same award and recipient again: the later rate replaces it.
    ///     .with_rate(Rate::new(Award::AdvancedWorker, RecipientKind::Individual, Decimal::new(3, 1), cite));
    /// assert_eq!(rules.rates().len(), 1);
    /// assert_eq!(
    ///     rules.multiplier(Award::AdvancedWorker, RecipientKind::Individual, Authority::AgencyHead)?,
    ///     Decimal::new(3, 1)
    /// );
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn with_rate(mut self, rate: Rate) -> MoneyRules {
        self.rates.retain(|r| {
            !(r.award == rate.award && r.recipient == rate.recipient && r.signer == rate.signer)
        });
        self.rates.push(rate);
        self
    }

    /// The same tables with one more collective or household factor.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::{Authority, Award, Citation, RecipientKind};
    /// use thidua::award::AwardKind;
    /// use thidua::citation::Instrument;
    /// use thidua::law::{Factor, MoneyRules, Rate};
    ///
    /// let cite = Citation::new(Instrument::DECREE_152_2025).article(54);
    /// let rules = MoneyRules::new()
    ///     .with_rate(Rate::new(Award::CertificateOfCommendation, RecipientKind::Individual, Decimal::new(3, 1), cite.clone()))
    ///     .with_factor(Factor {
    ///         recipient: RecipientKind::Household,
    ///         applies_to: vec![AwardKind::CertificateOfCommendation],
    ///         value: Decimal::new(15, 1),
    ///         citation: cite,
    ///     });
    /// let m = rules.multiplier(Award::CertificateOfCommendation, RecipientKind::Household, Authority::CommuneChair)?;
    /// assert_eq!(m, Decimal::new(45, 2)); // 1,5 × 0,3, formed before rounding
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn with_factor(mut self, factor: Factor) -> MoneyRules {
        self.factors.push(factor);
        self
    }

    /// The same tables with another policy for a title and a form at once.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Citation, RegimeId, RuleBook};
    /// use thidua::citation::{Instrument, InstrumentKind};
    /// use thidua::law::{Principle, TitleAndForm};
    ///
    /// // A province that pays a title and a form at once only the higher amount.
    /// let book = RuleBook::national();
    /// let rule = Citation::new(Instrument::new(
    ///     InstrumentKind::Decision,
    ///     "10/2024/QĐ-UBND",
    ///     "Quyết định số 10/2024/QĐ-UBND của Ủy ban nhân dân tỉnh A",
    /// ))
    /// .article(12);
    /// let money = book.regime(&RegimeId::LAW_2022)?.money().clone()
    ///     .with_title_and_form(TitleAndForm::HighestOnly, rule.clone());
    /// assert_eq!(money.title_and_form(), TitleAndForm::HighestOnly);
    /// assert_eq!(money.principle(Principle::TitleAndForm), Some(&rule));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn with_title_and_form(mut self, policy: TitleAndForm, citation: Citation) -> MoneyRules {
        self.title_and_form = policy;
        self.with_principle(Principle::TitleAndForm, citation)
    }

    /// The same tables citing `citation` for `principle` (replacing an
    /// earlier citation of it).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    /// use thidua::citation::Instrument;
    /// use thidua::law::{MoneyRules, Principle};
    ///
    /// let cite = Citation::new(Instrument::DECREE_152_2025).article(49).clause(2);
    /// let rules = MoneyRules::new().with_principle(Principle::RoundUpToTenThousand, cite.clone());
    /// assert_eq!(rules.principle(Principle::RoundUpToTenThousand), Some(&cite));
    /// ```
    #[must_use]
    pub fn with_principle(mut self, principle: Principle, citation: Citation) -> MoneyRules {
        self.principles.retain(|(p, _)| *p != principle);
        self.principles.push((principle, citation));
        self
    }

    /// The same tables with these fund rules.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    /// use thidua::law::MoneyRules;
    ///
    /// let book = RuleBook::national();
    /// let fund = book.regime(&RegimeId::DECREE_152_2025)?.money().fund().unwrap().clone();
    /// let rules = MoneyRules::new().with_fund(fund.clone());
    /// assert_eq!(rules.fund(), Some(&fund));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn with_fund(mut self, fund: FundRules) -> MoneyRules {
        self.fund = Some(fund);
        self
    }

    /// The same tables citing `citation` for the rounding of a cap (see
    /// [`cap_rounding`](MoneyRules::cap_rounding)).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::Citation;
    /// use thidua::citation::Instrument;
    /// use thidua::law::MoneyRules;
    ///
    /// let cite = Citation::new(Instrument::DECREE_152_2025).article(49).clause(2).unverified();
    /// let rules = MoneyRules::new().with_cap_rounding(cite.clone());
    /// assert_eq!(rules.cap_rounding(), Some(&cite));
    /// ```
    #[must_use]
    pub fn with_cap_rounding(mut self, citation: Citation) -> MoneyRules {
        self.cap_rounding = Some(citation);
        self
    }

    /// Where the tables say whether rounding applies to a cap ("không
    /// quá"): the bundled regimes cite the rounding clause, unverified, as
    /// no text read settles it. A capped amount is never rounded above its
    /// cap ([`Tariff`](crate::Tariff) rounds it down to the ten thousand
    /// instead), and one that rounding changes carries this citation in
    /// [`AwardAmount::unsettled_by`](crate::decision::AwardAmount::unsettled_by).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Confidence, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let c = book.regime(&RegimeId::DECREE_152_2025)?.money().cap_rounding().unwrap();
    /// assert_eq!(c.confidence(), Confidence::Unverified);
    /// assert_eq!(c.to_short(), "152/2025/NĐ-CP Điều 49 khoản 2");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn cap_rounding(&self) -> Option<&Citation> {
        self.cap_rounding.as_ref()
    }

    /// The rules of the emulation-commendation fund (caps, organising
    /// share), if the regime sets them.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let fund = book.regime(&RegimeId::DECREE_152_2025)?.money().fund().unwrap();
    /// assert_eq!(fund.delta_cap, Decimal::new(10, 3)); // 1,0% of recurrent spending
    /// assert_eq!(fund.highland_cap, Decimal::new(15, 3)); // 1,5%
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn fund(&self) -> Option<&FundRules> {
        self.fund.as_ref()
    }

    /// Every rate.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Award, RecipientKind, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let rates = book.regime(&RegimeId::DECREE_152_2025)?.money().rates();
    /// let ldtt = rates.iter().find(|r| r.award == Award::AdvancedWorker && r.recipient == RecipientKind::Individual).unwrap();
    /// assert_eq!(ldtt.multiplier.to_string(), "0.3");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn rates(&self) -> &[Rate] {
        &self.rates
    }

    /// Every collective or household factor.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RecipientKind, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let r3 = book.regime(&RegimeId::DECREE_152_2025)?.money();
    /// assert!(r3.factors().iter().any(|f| f.recipient == RecipientKind::Household));
    /// // Households are priced from Decree 152/2025 only.
    /// let r2 = book.regime(&RegimeId::LAW_2022)?.money();
    /// assert!(!r2.factors().iter().any(|f| f.recipient == RecipientKind::Household));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn factors(&self) -> &[Factor] {
        &self.factors
    }

    /// The policy for a title and a form conferred at once.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    /// use thidua::law::TitleAndForm;
    ///
    /// let book = RuleBook::national();
    /// assert_eq!(book.regime(&RegimeId::DECREE_152_2025)?.money().title_and_form(), TitleAndForm::BothPay);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn title_and_form(&self) -> TitleAndForm {
        self.title_and_form
    }

    /// Where `principle` is written, if the tables cite it.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    /// use thidua::law::Principle;
    ///
    /// let book = RuleBook::national();
    /// let money = book.regime(&RegimeId::DECREE_152_2025)?.money();
    /// let c = money.principle(Principle::SamePeriodHighestOnly).unwrap();
    /// assert_eq!(c.to_short(), "152/2025/NĐ-CP Điều 49 khoản 5");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn principle(&self, principle: Principle) -> Option<&Citation> {
        self.principles
            .iter()
            .find(|(p, _)| *p == principle)
            .map(|(_, c)| c)
    }

    /// The rate and factor that price `award` for a `recipient` in a
    /// decision signed by `signer`.
    ///
    /// The lookup, in order: a rate for this recipient and signer; a rate for
    /// this recipient and any signer; for a collective (or a village or
    /// commune receiving a commendation form) or a household, the
    /// individual's rate times the matching [`Factor`].
    ///
    /// # Errors
    ///
    /// No rate prices the award for this recipient ([`ErrorKind::Missing`]):
    /// e.g. "Gia đình văn hóa", which the decrees attach no money to, or a
    /// household's Giấy khen under Decree 91/2017.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Authority, Award, RecipientKind, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let money = book.regime(&RegimeId::DECREE_152_2025)?.money();
    /// // A household's Giấy khen: the individual rate and the household factor.
    /// let (rate, factor) = money.lookup(Award::CertificateOfCommendation, RecipientKind::Household, Authority::CommuneChair)?;
    /// assert_eq!(rate.recipient, RecipientKind::Individual);
    /// assert_eq!(factor.unwrap().recipient, RecipientKind::Household);
    /// // "Gia đình văn hóa" carries no money.
    /// assert!(money.lookup(Award::CulturalFamily, RecipientKind::Household, Authority::CommuneChair).is_err());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn lookup(
        &self,
        award: Award,
        recipient: RecipientKind,
        signer: Authority,
    ) -> Result<(&Rate, Option<&Factor>)> {
        let award = award.civilian();
        let direct = |kind: RecipientKind| {
            let mut any_signer = None;
            for r in self
                .rates
                .iter()
                .filter(|r| r.award == award && r.recipient == kind)
            {
                if r.signer == Some(signer) {
                    return Some(r);
                }
                if r.signer.is_none() && any_signer.is_none() {
                    any_signer = Some(r);
                }
            }
            any_signer
        };
        if let Some(rate) = direct(recipient) {
            return Ok((rate, None));
        }
        let factor_kind = match recipient {
            RecipientKind::Individual => None,
            RecipientKind::Household => Some(RecipientKind::Household),
            _ => Some(RecipientKind::Collective),
        };
        let factor = factor_kind.and_then(|kind| {
            self.factors
                .iter()
                .find(|f| f.recipient == kind && f.applies_to.contains(&award.kind()))
        });
        if let (Some(factor), Some(rate)) = (factor, direct(RecipientKind::Individual)) {
            return Ok((rate, Some(factor)));
        }
        Err(Error::new(
            ErrorKind::Missing,
            format!(
                "chưa quy định mức tiền thưởng của '{award}' cho {}",
                recipient.name_vi()
            ),
            format!(
                "no award money is set for '{award}' to a {}",
                recipient.name_vi()
            ),
        ))
    }

    /// The combined multiplier of the base salary (the rate times any
    /// factor) for `award` to a `recipient` in a decision of `signer`.
    ///
    /// # Errors
    ///
    /// As [`lookup`](MoneyRules::lookup), or a product that overflows.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::{Authority, Award, RecipientKind, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let money = book.regime(&RegimeId::DECREE_152_2025)?.money();
    /// let m = money.multiplier(Award::CertificateOfCommendation, RecipientKind::Household, Authority::CommuneChair)?;
    /// assert_eq!(m, Decimal::new(45, 2));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn multiplier(
        &self,
        award: Award,
        recipient: RecipientKind,
        signer: Authority,
    ) -> Result<Decimal> {
        let (rate, factor) = self.lookup(award, recipient, signer)?;
        combine(rate, factor)
    }
}

/// The rate's multiplier times the factor, if any.
pub(crate) fn combine(rate: &Rate, factor: Option<&Factor>) -> Result<Decimal> {
    match factor {
        None => Ok(rate.multiplier),
        Some(f) => rate
            .multiplier
            .checked_mul(f.value)
            .map(|d| d.normalize())
            .ok_or_else(|| {
                Error::overflow(
                    format!(
                        "hệ số {} × {} của '{}' bị tràn số",
                        rate.multiplier, f.value, rate.award
                    ),
                    format!(
                        "multiplier {} × {} of '{}' overflows",
                        rate.multiplier, f.value, rate.award
                    ),
                )
            }),
    }
}

impl crate::lang::Bilingual for AwardObject {
    fn vi(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(self.name_vi())
    }

    fn en(&self) -> ::std::borrow::Cow<'_, str> {
        ::std::borrow::Cow::Borrowed(match self {
            AwardObject::Certificate => "certificate",
            AwardObject::Diploma => "diploma",
            AwardObject::CommendationPaper => "certificate of merit",
            AwardObject::Frame => "frame",
            AwardObject::Badge => "badge",
            AwardObject::Box => "box",
            AwardObject::Flag => "flag",
            AwardObject::Order => "order",
            AwardObject::CommemorativeMedal => "commemorative medal",
        })
    }
}
