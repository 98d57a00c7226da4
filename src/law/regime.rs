//! Legal regimes over time, and the rule book that says which one is in force
//! on a date.
//!
//! A [`Regime`] is data: its period in force, the instruments it is made of,
//! and how sure we are of them. The bundled national timeline is
//! [`RuleBook::national`]:
//!
//! | regime | in force | instruments |
//! |---|---|---|
//! | [`RegimeId::DECREE_91_2017`] | 2017-10-01 – 2023-12-31 | Law 2003 (amended 2005, and by Law 39/2013), Decree 91/2017, Circulars 08/2017 and 12/2019, Decree 122/2018 |
//! | [`RegimeId::LAW_2022`] | 2024-01-01 – 2025-06-30 | Law 06/2022, Decree 98/2023, Circular 01/2024, Decree 86/2023 |
//! | [`RegimeId::DECREE_152_2025`] | 2025-07-01 – 2026-09-30 | Law 06/2022, Decree 152/2025, Decree 129/2025, Circular 15/2025, Decree 86/2023 |
//! | [`RegimeId::AMENDMENT_2026`] | 2026-10-01 – 2027-02-28 (unverified) | the reported amending Law 06/2026/QH16, over Law 06/2022 and Decree 152/2025 |
//! | [`RegimeId::AFTER_DECREE_152`] | from 2027-03-01 (unverified) | Law 06/2022 as amended by Law 06/2026/QH16; Decree 152/2025 and Circular 15/2025 reported to end, their successor unknown |
//!
//! Dates before 2017-10-01 are not covered: the answer is an error that says
//! so, unless the caller builds a rule book with a regime of their own.

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;

use crate::citation::{Citation, Confidence, Instrument};
use crate::error::{Error, ErrorKind, Result};

use super::collective::CollectiveRules;
use super::community::CommunityRules;
use super::council::CouncilRules;
use super::flags::FlagRules;
use super::forms::FormRules;
use super::individual::IndividualRules;
use super::local::AwardRules;
use super::money::MoneyRules;
use super::powers::Powers;
use super::procedure::DossierRules;
use super::transition::Transition;
use crate::period::Period;

/// The version of the bundled legal data: bumped, with a CHANGELOG entry,
/// whenever a bundled regime, rule or table changes.
pub const DATA_VERSION: &str = "2026.3";

/// Names a regime, e.g. `"nd91-2017"`.
///
/// The bundled regimes have constants; a caller's own regime takes any id.
///
/// # Example
///
/// ```
/// use thidua::{RegimeId, RuleBook};
/// use chrono::NaiveDate;
///
/// let book = RuleBook::national();
/// let r = book.regime_on(NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?;
/// assert_eq!(r.id(), &RegimeId::DECREE_91_2017);
/// assert_eq!(r.id().to_string(), "nd91-2017");
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct RegimeId(Cow<'static, str>);

impl RegimeId {
    /// Law 2003 (amended 2005, 2013) with Decree 91/2017/NĐ-CP.
    pub const DECREE_91_2017: RegimeId = RegimeId(Cow::Borrowed("nd91-2017"));
    /// Law 06/2022/QH15 with Decree 98/2023/NĐ-CP.
    pub const LAW_2022: RegimeId = RegimeId(Cow::Borrowed("luat06-2022"));
    /// Law 06/2022/QH15 with Decree 152/2025/NĐ-CP, two-tier local government.
    pub const DECREE_152_2025: RegimeId = RegimeId(Cow::Borrowed("nd152-2025"));
    /// The reported amending Law 06/2026/QH16 (unverified), 2026-10-01 –
    /// 2027-02-28.
    pub const AMENDMENT_2026: RegimeId = RegimeId(Cow::Borrowed("luat06-2026"));
    /// From 2027-03-01, when Decree 152/2025 is reported to end: its
    /// successor is unknown, so the regime is unverified.
    pub const AFTER_DECREE_152: RegimeId = RegimeId(Cow::Borrowed("sau-nd152-2027"));

    /// An id of the caller's own.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::RegimeId;
    ///
    /// let id = RegimeId::new("nd42-2010");
    /// assert_eq!(id.as_str(), "nd42-2010");
    /// assert_ne!(id, RegimeId::DECREE_91_2017);
    /// ```
    #[must_use]
    pub fn new(id: impl Into<Cow<'static, str>>) -> RegimeId {
        RegimeId(id.into())
    }

    /// The id as text.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::RegimeId;
    ///
    /// assert_eq!(RegimeId::DECREE_152_2025.as_str(), "nd152-2025");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RegimeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A legal regime: the instruments in force over a period, as data.
///
/// # Example
///
/// ```
/// use thidua::{Confidence, RuleBook};
///
/// let book = RuleBook::national();
/// let last = book.regimes().last().unwrap();
/// // Decree 152/2025 is reported to end on 2027-03-01; its successor is
/// // unknown, so what follows is unverified.
/// assert_eq!(last.confidence(), Confidence::Unverified);
/// assert_eq!(last.period().to_string(), "từ 01/03/2027");
/// ```
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regime {
    id: RegimeId,
    name_vi: Cow<'static, str>,
    name_en: Cow<'static, str>,
    period: Period,
    instruments: Vec<Instrument>,
    confidence: Confidence,
    /// The money tables: multipliers, factors, rules for several awards.
    money: MoneyRules,
    individual: IndividualRules,
    collective: CollectiveRules,
    forms: FormRules,
    flags: FlagRules,
    community: CommunityRules,
    powers: Powers,
    /// The council's vote shares, if the regime gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    council: Option<CouncilRules>,
    /// The parts of a proposal's dossier, if the regime gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    dossier: Option<DossierRules>,
    /// How the regime takes over the dossiers pending on its first day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    transition: Option<Transition>,
    /// Awards the regime defines as data, beyond the catalogue the code
    /// names: a title the law adds that follows an existing route.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    awards: Vec<AwardRules>,
}

impl Regime {
    /// A regime of the caller's own that starts from `base`: every rule,
    /// money table and power of `base`, under a new id, names, period and
    /// confidence, and no instruments yet (add them with
    /// [`with_instrument`](Regime::with_instrument); the first names the
    /// regime in findings). Change its rules with
    /// [`with_individual`](Regime::with_individual) and the other `with_`
    /// methods, or write it as a data file and read it with
    /// [`from_toml`](Regime::from_toml). Nothing is inherited but what
    /// `base` says.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Confidence, Period, Regime, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let base = book.regime(&RegimeId::DECREE_152_2025)?;
    /// let from = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let mine = Regime::based_on(base, RegimeId::new("tinh-a"), "Quy chế tỉnh A", "Province A", Period::starting(from), Confidence::Secondhand);
    /// // Every rule of the base, under the new id; no instruments yet.
    /// assert_eq!(mine.individual(), base.individual());
    /// assert_eq!(mine.money(), base.money());
    /// assert!(mine.instruments().is_empty());
    /// assert_eq!(mine.id().as_str(), "tinh-a");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn based_on(
        base: &Regime,
        id: RegimeId,
        name_vi: impl Into<Cow<'static, str>>,
        name_en: impl Into<Cow<'static, str>>,
        period: Period,
        confidence: Confidence,
    ) -> Regime {
        Regime {
            id,
            name_vi: name_vi.into(),
            name_en: name_en.into(),
            period,
            instruments: Vec::new(),
            confidence,
            ..base.clone()
        }
    }

    /// The same regime with one more instrument.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Confidence, Period, Regime, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let base = book.regime(&RegimeId::DECREE_152_2025)?;
    /// let from = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let mine = Regime::based_on(base, RegimeId::new("tinh-a"), "Quy chế tỉnh A", "Province A", Period::starting(from), Confidence::Secondhand);
    /// use thidua::citation::Instrument;
    ///
    /// let mine = mine.with_instrument(Instrument::bundled("152/2025/NĐ-CP")?.clone());
    /// assert_eq!(mine.instruments().len(), 1);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn with_instrument(mut self, instrument: Instrument) -> Regime {
        self.instruments.push(instrument);
        self
    }

    /// The same regime with other rules for individual titles.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Confidence, Period, Regime, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let base = book.regime(&RegimeId::DECREE_152_2025)?;
    /// let from = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let mine = Regime::based_on(base, RegimeId::new("tinh-a"), "Quy chế tỉnh A", "Province A", Period::starting(from), Confidence::Secondhand);
    ///
    /// let mut rules = mine.individual().clone();
    /// rules.new_hire_months.value = 10;
    /// let mine = mine.with_individual(rules);
    /// assert_eq!(mine.individual().new_hire_months.value, 10);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn with_individual(mut self, rules: IndividualRules) -> Regime {
        self.individual = rules;
        self
    }

    /// The same regime with other rules for collective titles.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Confidence, Period, Regime, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let base = book.regime(&RegimeId::DECREE_152_2025)?;
    /// let from = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let mine = Regime::based_on(base, RegimeId::new("tinh-a"), "Quy chế tỉnh A", "Province A", Period::starting(from), Confidence::Secondhand);
    /// use thidua::law::Share;
    ///
    /// let mut rules = mine.collective().clone();
    /// rules.advanced_share.value = Share::AtLeast(70);
    /// let mine = mine.with_collective(rules);
    /// assert_eq!(mine.collective().advanced_share.value, Share::AtLeast(70));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn with_collective(mut self, rules: CollectiveRules) -> Regime {
        self.collective = rules;
        self
    }

    /// The rules for collective emulation titles.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// use thidua::law::Share;
    ///
    /// let rules = book.regime(&RegimeId::LAW_2022)?.collective();
    /// assert_eq!(rules.excellent_share.value, Share::AtLeast(70));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn collective(&self) -> &CollectiveRules {
        &self.collective
    }

    /// The same regime with other rules for commendation forms.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Confidence, Period, Regime, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let base = book.regime(&RegimeId::DECREE_152_2025)?;
    /// let from = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let mine = Regime::based_on(base, RegimeId::new("tinh-a"), "Quy chế tỉnh A", "Province A", Period::starting(from), Confidence::Secondhand);
    /// use thidua::{Award, Rating, RecipientKind};
    /// use thidua::law::FormRoute;
    ///
    /// let mut forms = mine.forms().clone();
    /// let mut merit = forms.route(Award::MinistryOrProvinceCertificateOfMerit, RecipientKind::Individual).unwrap().clone();
    /// merit.years.as_mut().unwrap().value = (3, Rating::Excellent);
    /// // The first row that judges a form is its route.
    /// forms.routes.insert(0, merit);
    /// let mine = mine.with_forms(forms);
    /// let route = mine.forms().route(Award::MinistryOrProvinceCertificateOfMerit, RecipientKind::Individual).unwrap();
    /// assert_eq!(route.years.as_ref().map(|r| r.value), Some((3, Rating::Excellent)));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn with_forms(mut self, rules: FormRules) -> Regime {
        self.forms = rules;
        self
    }

    /// The rules for the commendation forms, a route per form and
    /// recipient, and the general principles of commendation.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// use thidua::{Award, Rating, RecipientKind};
    ///
    /// let forms = book.regime(&RegimeId::LAW_2022)?.forms();
    /// // "Bằng khen" of a ministry or province: 2 years HTXS (Art. 74 k1 d).
    /// let merit = forms.route(Award::MinistryOrProvinceCertificateOfMerit, RecipientKind::Individual).unwrap();
    /// assert_eq!(merit.years.as_ref().map(|r| r.value), Some((2, Rating::Excellent)));
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn forms(&self) -> &FormRules {
        &self.forms
    }

    /// The same regime with other rules for emulation flags.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Confidence, Period, Regime, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let base = book.regime(&RegimeId::DECREE_152_2025)?;
    /// let from = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let mine = Regime::based_on(base, RegimeId::new("tinh-a"), "Quy chế tỉnh A", "Province A", Period::starting(from), Confidence::Secondhand);
    ///
    /// let flags = mine.flags().clone();
    /// let mine = mine.with_flags(flags);
    /// assert_eq!(mine.flags(), base.flags());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn with_flags(mut self, rules: FlagRules) -> Regime {
        self.flags = rules;
        self
    }

    /// The rules for emulation flags.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// use thidua::Confidence;
    ///
    /// let flags = book.regime(&RegimeId::LAW_2022)?.flags();
    /// // No cap of the Government flag was found from 2024.
    /// assert_eq!(flags.government_cap.citation.confidence(), Confidence::Unverified);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn flags(&self) -> &FlagRules {
        &self.flags
    }

    /// The same regime with other rules for community titles.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Confidence, Period, Regime, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let base = book.regime(&RegimeId::DECREE_152_2025)?;
    /// let from = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let mine = Regime::based_on(base, RegimeId::new("tinh-a"), "Quy chế tỉnh A", "Province A", Period::starting(from), Confidence::Secondhand);
    ///
    /// let community = mine.community().clone();
    /// let mine = mine.with_community(community);
    /// assert_eq!(mine.community(), base.community());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn with_community(mut self, rules: CommunityRules) -> Regime {
        self.community = rules;
        self
    }

    /// The rules for "Gia đình văn hóa", "Thôn, tổ dân phố văn hóa" and
    /// "Xã, phường, thị trấn tiêu biểu".
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// use thidua::Confidence;
    ///
    /// let community = book.regime(&RegimeId::LAW_2022)?.community();
    /// // The Decree 86/2023 shares were not read: the province's are needed.
    /// assert_eq!(community.village_share.confidence(), Confidence::Unverified);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn community(&self) -> &CommunityRules {
        &self.community
    }

    /// The same regime with other signing powers.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Confidence, Period, Regime, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let base = book.regime(&RegimeId::DECREE_152_2025)?;
    /// let from = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let mine = Regime::based_on(base, RegimeId::new("tinh-a"), "Quy chế tỉnh A", "Province A", Period::starting(from), Confidence::Secondhand);
    /// use thidua::{Authority, Award};
    /// use thidua::eligibility::Status;
    ///
    /// let mut powers = mine.powers().clone();
    /// powers.powers.retain(|p| p.authority != Authority::EnterpriseHead);
    /// let mine = mine.with_powers(powers);
    /// assert_ne!(mine.powers().judge(Authority::EnterpriseHead, Award::AdvancedWorker).status, Status::Met);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn with_powers(mut self, powers: Powers) -> Regime {
        self.powers = powers;
        self
    }

    /// Who may confer what (thẩm quyền quyết định khen thưởng).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// use thidua::{Authority, Award};
    /// use thidua::eligibility::Status;
    ///
    /// let powers = book.regime(&RegimeId::DECREE_152_2025)?.powers();
    /// let f = powers.judge(Authority::CommuneChair, Award::GrassrootsEmulationFighter);
    /// assert_eq!(f.status, Status::Met);
    /// assert_eq!(f.citation.to_short(), "129/2025/NĐ-CP Điều 59");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn powers(&self) -> &Powers {
        &self.powers
    }

    /// The awards the regime defines as data (its `[[awards]]`), judged by
    /// the engine of the route each names, as an overlay's are.
    #[must_use]
    pub fn awards(&self) -> &[AwardRules] {
        &self.awards
    }

    /// The same regime with one more award defined as data.
    #[must_use]
    pub fn with_award(mut self, award: AwardRules) -> Regime {
        self.awards.push(award);
        self
    }

    /// The council's vote shares (see [`CouncilRules`]), if the regime
    /// gives them.
    #[must_use]
    pub fn council(&self) -> Option<&CouncilRules> {
        self.council.as_ref()
    }

    /// The same regime with other council rules.
    #[must_use]
    pub fn with_council(mut self, council: CouncilRules) -> Regime {
        self.council = Some(council);
        self
    }

    /// The parts of a proposal's dossier (see [`DossierRules`]), if the
    /// regime gives them.
    #[must_use]
    pub fn dossier(&self) -> Option<&DossierRules> {
        self.dossier.as_ref()
    }

    /// The same regime with other dossier rules.
    #[must_use]
    pub fn with_dossier(mut self, dossier: DossierRules) -> Regime {
        self.dossier = Some(dossier);
        self
    }

    /// How the regime takes over the dossiers pending on its first day (see
    /// [`Transition`]), if known.
    #[must_use]
    pub fn transition(&self) -> Option<&Transition> {
        self.transition.as_ref()
    }

    /// The same regime with another transitional rule.
    #[must_use]
    pub fn with_transition(mut self, transition: Transition) -> Regime {
        self.transition = Some(transition);
        self
    }

    /// The rules for individual emulation titles.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    ///
    /// let r1 = book.regime(&RegimeId::DECREE_91_2017)?.individual();
    /// let r2 = book.regime(&RegimeId::LAW_2022)?.individual();
    /// assert_eq!(r1.new_hire_months.value, 10); // "dưới 10 tháng"
    /// assert_eq!(r2.new_hire_months.value, 6);
    /// assert!(r1.grassroots_quota.is_some()); // 15%, until 2023
    /// assert!(r2.grassroots_quota.is_none());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn individual(&self) -> &IndividualRules {
        &self.individual
    }

    /// The id.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let r = book.regime_on(NaiveDate::from_ymd_opt(2025, 7, 1).unwrap())?;
    /// assert_eq!(r.id(), &RegimeId::DECREE_152_2025);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &RegimeId {
        &self.id
    }

    /// The Vietnamese name.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    ///
    /// assert_eq!(
    ///     book.regime(&RegimeId::LAW_2022)?.name_vi(),
    ///     "Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 98/2023/NĐ-CP"
    /// );
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn name_vi(&self) -> &str {
        &self.name_vi
    }

    /// The English name.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    ///
    /// assert_eq!(book.regime(&RegimeId::LAW_2022)?.name_en(), "Law 06/2022 and Decree 98/2023");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn name_en(&self) -> &str {
        &self.name_en
    }

    /// The period in force.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    ///
    /// let r2 = book.regime(&RegimeId::LAW_2022)?;
    /// assert_eq!(r2.period().to_string(), "01/01/2024 – 30/06/2025");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn period(&self) -> Period {
        self.period
    }

    /// The instruments the regime is made of.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    ///
    /// let numbers: Vec<&str> = book.regime(&RegimeId::LAW_2022)?.instruments().iter().map(|i| i.number()).collect();
    /// assert_eq!(numbers, ["06/2022/QH15", "98/2023/NĐ-CP", "01/2024/TT-BNV", "86/2023/NĐ-CP"]);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn instruments(&self) -> &[Instrument] {
        &self.instruments
    }

    /// The instrument that defines the regime (its first), cited without
    /// an article and so unverified: what a finding cites when the regime
    /// has no rule for a question, or its own text was not read.
    pub(crate) fn defining_citation(&self) -> Citation {
        let instrument = self
            .instruments
            .first()
            .cloned()
            .unwrap_or(Instrument::LAW_06_2022);
        Citation::new(instrument).unverified()
    }

    /// How sure we are that the regime exists as described.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// use thidua::Confidence;
    ///
    /// assert_eq!(book.regime(&RegimeId::LAW_2022)?.confidence(), Confidence::Secondhand);
    /// // No text of the 2026 amendment was read: every verdict under it needs review.
    /// assert_eq!(book.regime(&RegimeId::AMENDMENT_2026)?.confidence(), Confidence::Unverified);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn confidence(&self) -> Confidence {
        self.confidence
    }

    /// The money tables (see [`MoneyRules`]): empty for a regime of the
    /// caller's own until [`with_money`](Regime::with_money) fills them.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// use rust_decimal::Decimal;
    /// use thidua::{Authority, Award, RecipientKind};
    ///
    /// let money = book.regime(&RegimeId::LAW_2022)?.money();
    /// let m = money.multiplier(Award::MinistryOrProvinceCertificateOfMerit, RecipientKind::Individual, Authority::ProvincialChair)?;
    /// assert_eq!(m, Decimal::new(15, 1)); // 1,0 under Decree 91/2017
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn money(&self) -> &MoneyRules {
        &self.money
    }

    /// The same regime with other money tables, e.g. a province that pays
    /// a title and a form at once only the higher amount.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Confidence, Period, Regime, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let base = book.regime(&RegimeId::DECREE_152_2025)?;
    /// let from = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
    /// let mine = Regime::based_on(base, RegimeId::new("tinh-a"), "Quy chế tỉnh A", "Province A", Period::starting(from), Confidence::Secondhand);
    /// use thidua::law::MoneyRules;
    ///
    /// // A regime of the caller's own that pays nothing until rates are added.
    /// let mine = mine.with_money(MoneyRules::new());
    /// assert!(mine.money().rates().is_empty());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn with_money(mut self, money: MoneyRules) -> Regime {
        self.money = money;
        self
    }

    /// Why what the regime answers needs review, if it does: its
    /// text was not read (an unverified regime, such as the regime after
    /// Decree 152/2025 ends on 2027-03-01, whose successor is not known):
    /// the citation of its first instrument, marked unverified. Amounts
    /// priced and verdicts judged under it are never more certain than
    /// this citation.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Confidence, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert!(book.regime_on(on(2025, 12, 20))?.unsettled().is_none());
    /// let why = book.regime_on(on(2100, 1, 1))?.unsettled().unwrap();
    /// assert_eq!(why.confidence(), Confidence::Unverified);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn unsettled(&self) -> Option<crate::citation::Citation> {
        if self.confidence.is_decisive() {
            return None;
        }
        Some(
            self.instruments
                .first()
                .map_or(
                    crate::citation::Citation::new(Instrument::LAW_06_2026),
                    |i| crate::citation::Citation::new(i.clone()),
                )
                .unverified(),
        )
    }
}

impl fmt::Display for Regime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name_vi, self.period)
    }
}

/// The regimes of a country (or of a caller's own model), in time order,
/// without overlaps.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{ErrorKind, RegimeId, RuleBook};
///
/// let book = RuleBook::national();
/// let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(book.regime_on(on(2023, 12, 31))?.id(), &RegimeId::DECREE_91_2017);
/// assert_eq!(book.regime_on(on(2024, 1, 1))?.id(), &RegimeId::LAW_2022);
/// assert_eq!(book.regime_on(on(2025, 7, 1))?.id(), &RegimeId::DECREE_152_2025);
/// let err = book.regime_on(on(2017, 9, 30)).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::NoRegime);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(into = "Vec<Regime>")]
pub struct RuleBook {
    regimes: Vec<Regime>,
}

impl RuleBook {
    /// A rule book of the caller's own regimes, in any order.
    ///
    /// # Errors
    ///
    /// No regimes, two regimes with the same id, or two regimes in force on
    /// the same day.
    ///
    /// # Example
    ///
    /// A book of the caller's own: the regime before Decree 91/2017, then
    /// the bundled ones.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Confidence, ErrorKind, Period, Regime, RegimeId, RuleBook};
    /// use thidua::citation::Instrument;
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let national = RuleBook::national();
    /// let r1 = national.regime(&RegimeId::DECREE_91_2017)?;
    /// let r2 = national.regime(&RegimeId::LAW_2022)?;
    /// // An earlier regime of the caller's own, starting from the 2017 rules.
    /// let before = Regime::based_on(
    ///     r1,
    ///     RegimeId::new("nd42-2010"),
    ///     "Nghị định số 42/2010/NĐ-CP",
    ///     "Decree 42/2010",
    ///     Period::new(d(2010, 6, 1), d(2017, 10, 1))?,
    ///     Confidence::Unverified,
    /// )
    /// .with_instrument(Instrument::bundled("42/2010/NĐ-CP")?.clone());
    /// let book = RuleBook::new(vec![r2.clone(), before, r1.clone()])?;
    /// assert_eq!(book.regime_on(d(2015, 1, 1))?.id().as_str(), "nd42-2010");
    /// assert_eq!(book.regime_on(d(2024, 1, 1))?.id(), &RegimeId::LAW_2022);
    /// // The book ends where its last regime ends.
    /// assert_eq!(book.regime_on(d(2025, 7, 1)).unwrap_err().kind(), ErrorKind::NoRegime);
    ///
    /// let twice = RuleBook::new(vec![r2.clone(), r2.clone()]).unwrap_err();
    /// assert_eq!(twice.kind(), ErrorKind::Duplicate);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn new(mut regimes: Vec<Regime>) -> Result<RuleBook> {
        if regimes.is_empty() {
            return Err(Error::new(
                ErrorKind::Missing,
                "bộ quy định cần ít nhất một chế độ",
                "a rule book needs at least one regime",
            ));
        }
        regimes.sort_by_key(|r| r.period.from());
        if let Some(r) = crate::error::first_duplicate(&regimes, |r| &r.id) {
            return Err(Error::new(
                ErrorKind::Duplicate,
                format!("chế độ '{}' được ghi hai lần", r.id),
                format!("regime '{}' is given twice", r.id),
            ));
        }
        for pair in regimes.windows(2) {
            if let [a, b] = pair {
                if a.period.overlaps(&b.period) {
                    return Err(Error::new(
                        ErrorKind::Conflict,
                        format!(
                            "chế độ '{}' ({}) và '{}' ({}) cùng có hiệu lực ngày {}",
                            a.id,
                            a.period,
                            b.id,
                            b.period,
                            b.period.from()
                        ),
                        format!(
                            "regimes '{}' ({}) and '{}' ({}) are both in force on {}",
                            a.id,
                            a.period,
                            b.id,
                            b.period,
                            b.period.from()
                        ),
                    ));
                }
            }
        }
        Ok(RuleBook { regimes })
    }

    /// The regimes, in time order.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::RuleBook;
    ///
    /// let book = RuleBook::national();
    /// let periods: Vec<String> = book.regimes().iter().map(|r| r.period().to_string()).collect();
    /// assert_eq!(periods[0], "01/10/2017 – 31/12/2023");
    /// assert_eq!(periods.len(), 5);
    /// ```
    #[must_use]
    pub fn regimes(&self) -> &[Regime] {
        &self.regimes
    }

    /// The regime with this id.
    ///
    /// # Errors
    ///
    /// No regime has that id.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// use thidua::ErrorKind;
    ///
    /// assert_eq!(book.regime(&RegimeId::LAW_2022)?.id(), &RegimeId::LAW_2022);
    /// let err = book.regime(&RegimeId::new("nd42-2010")).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::UnknownReference);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn regime(&self, id: &RegimeId) -> Result<&Regime> {
        self.regimes.iter().find(|r| &r.id == id).ok_or_else(|| {
            Error::new(
                ErrorKind::UnknownReference,
                format!("không có chế độ '{id}' trong bộ quy định"),
                format!("no regime '{id}' in the rule book"),
            )
        })
    }

    /// The regime in force on `date`.
    ///
    /// # Errors
    ///
    /// No regime covers `date` ([`ErrorKind::NoRegime`]).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{ErrorKind, RegimeId, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(book.regime_on(on(2026, 9, 30))?.id(), &RegimeId::DECREE_152_2025);
    /// assert_eq!(book.regime_on(on(2026, 10, 1))?.id(), &RegimeId::AMENDMENT_2026);
    /// assert_eq!(book.regime_on(on(2017, 9, 30)).unwrap_err().kind(), ErrorKind::NoRegime);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn regime_on(&self, date: NaiveDate) -> Result<&Regime> {
        let at = self.regimes.partition_point(|r| r.period.from() <= date);
        at.checked_sub(1)
            .and_then(|i| self.regimes.get(i))
            .filter(|r| r.period.contains(date))
            .ok_or_else(|| self.no_regime(date))
    }

    fn no_regime(&self, date: NaiveDate) -> Error {
        let first = self.regimes.first().map(|r| r.period.from());
        match first {
            Some(first) if date < first => Error::new(
                ErrorKind::NoRegime,
                format!(
                    "không có chế độ nào có hiệu lực ngày {date}: bộ quy định bắt đầu từ \
                     {first}; hãy thêm một chế độ riêng cho những ngày trước đó"
                ),
                format!(
                    "no regime in force on {date}: the rule book starts on {first}; \
                     add a regime of your own for earlier dates"
                ),
            ),
            _ => Error::new(
                ErrorKind::NoRegime,
                format!("không có chế độ nào có hiệu lực ngày {date}"),
                format!("no regime in force on {date}"),
            ),
        }
    }
}

impl TryFrom<Vec<Regime>> for RuleBook {
    type Error = Error;
    fn try_from(regimes: Vec<Regime>) -> Result<RuleBook> {
        RuleBook::new(regimes)
    }
}

impl From<RuleBook> for Vec<Regime> {
    fn from(book: RuleBook) -> Vec<Regime> {
        book.regimes
    }
}

impl crate::lang::Bilingual for Regime {
    /// The Vietnamese name and period in force.
    fn vi(&self) -> Cow<'_, str> {
        format!("{} ({})", self.name_vi, self.period).into()
    }

    /// The English name and period in force.
    fn en(&self) -> Cow<'_, str> {
        format!("{} ({})", self.name_en, self.period.en()).into()
    }
}

crate::error::deserialize_via!(RuleBook, Vec<Regime>);

crate::wire::string_schema!(
    RegimeId,
    "RegimeId",
    "The id of a regime of the rule book (`luat06-2022`, `nd152-2025`).",
    Vec::new()
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Bilingual as _;
    use crate::period::ymd;

    #[test]
    fn national_partitions_time_from_2017() {
        let book = RuleBook::national();
        let regimes = book.regimes();
        for pair in regimes.windows(2) {
            assert_eq!(pair[0].period().until(), Some(pair[1].period().from()));
        }
        assert_eq!(regimes[0].period().from(), ymd(2017, 10, 1));
        assert_eq!(regimes.last().map(|r| r.period().until()), Some(None));
    }

    #[test]
    fn boundaries() {
        let book = RuleBook::national();
        let cases = [
            (ymd(2017, 10, 1), RegimeId::DECREE_91_2017),
            (ymd(2023, 12, 31), RegimeId::DECREE_91_2017),
            (ymd(2024, 1, 1), RegimeId::LAW_2022),
            (ymd(2025, 6, 30), RegimeId::LAW_2022),
            (ymd(2025, 7, 1), RegimeId::DECREE_152_2025),
            (ymd(2026, 9, 30), RegimeId::DECREE_152_2025),
            (ymd(2026, 10, 1), RegimeId::AMENDMENT_2026),
            (ymd(2027, 2, 28), RegimeId::AMENDMENT_2026),
            (ymd(2027, 3, 1), RegimeId::AFTER_DECREE_152),
        ];
        for (date, id) in cases {
            assert_eq!(book.regime_on(date).unwrap().id(), &id, "{date}");
        }
        let err = book.regime_on(ymd(2017, 9, 30)).unwrap_err();
        assert!(err.en().contains("2017-10-01"), "{err}");
    }

    #[test]
    fn rejects_overlaps_and_duplicates() {
        let national = RuleBook::national();
        let bundled = |id: &RegimeId| national.regime(id).unwrap().clone();
        let mut other = bundled(&RegimeId::LAW_2022);
        other.id = RegimeId::new("mine");
        let err = RuleBook::new(vec![
            bundled(&RegimeId::DECREE_91_2017),
            bundled(&RegimeId::LAW_2022),
            other,
        ])
        .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Conflict);
        let err = RuleBook::new(vec![
            bundled(&RegimeId::LAW_2022),
            bundled(&RegimeId::LAW_2022),
        ])
        .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Duplicate);
        let gap = RuleBook::new(vec![
            bundled(&RegimeId::DECREE_91_2017),
            bundled(&RegimeId::DECREE_152_2025),
        ])
        .unwrap();
        assert_eq!(
            gap.regime_on(ymd(2024, 6, 1)).unwrap_err().kind(),
            ErrorKind::NoRegime
        );
    }
}
