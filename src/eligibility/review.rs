//! A review (bình xét): the regime, year, judging date and overlays that
//! verdicts are judged under.

use chrono::{Datelike, Months, NaiveDate};

use crate::award::{Award, RecipientKind, Route};
use crate::citation::Citation;
use crate::error::{Error, ErrorKind, Result};
use crate::history::CommendationKind;
use crate::id::InitiativeId;
use crate::lang::Bilingual as _;
use crate::law::{Regime, RuleBook};
use crate::period::Period;

use super::merits::Merits;

use super::verdict::{Criterion, Finding, Outcome, Status, Verdict};
use crate::facts::PersonFacts;
use crate::law::{AwardRules, IndividualRules, Quota, QuotaRounding, Rule, Share, StreakRules};
use crate::law::{Overlay, OverlayRule};
use crate::people::DisciplineForm;

/// Where the rules write what they find. The fast sink keeps only the worst
/// status and never builds the finding; the explaining sink keeps every
/// finding. One rule code serves both.
pub(crate) trait Sink {
    /// Whether findings are built at all.
    const EXPLAIN: bool;
    /// Records a criterion's status; `finding` is called only when
    /// explaining.
    fn add(&mut self, status: Status, finding: impl FnOnce() -> Finding);
    /// Records an initiative the verdict relies on.
    fn rely_on(&mut self, id: Option<&InitiativeId>);
}

/// The fast sink: the worst status seen.
#[derive(Debug)]
pub(crate) struct Worst(pub(crate) Status);

impl Sink for Worst {
    const EXPLAIN: bool = false;
    #[inline]
    fn add(&mut self, status: Status, _: impl FnOnce() -> Finding) {
        self.0 = self.0.max(status);
    }
    #[inline]
    fn rely_on(&mut self, _: Option<&InitiativeId>) {}
}

/// The explaining sink: every finding, and the initiatives relied on.
#[derive(Debug, Default)]
pub(crate) struct Explain {
    pub(crate) findings: Vec<Finding>,
    pub(crate) relied_on: Vec<InitiativeId>,
}

impl Sink for Explain {
    const EXPLAIN: bool = true;
    fn add(&mut self, _: Status, finding: impl FnOnce() -> Finding) {
        self.findings.push(finding());
    }
    fn rely_on(&mut self, id: Option<&InitiativeId>) {
        if let Some(id) = id {
            self.relied_on.push(id.clone());
        }
    }
}

impl Explain {
    pub(crate) fn worst(&self) -> Status {
        self.findings
            .iter()
            .map(|f| f.status)
            .max()
            .unwrap_or(Status::Met)
    }
}

/// A status that rests on `citation`: an unverified text cannot decide, so
/// its criterion comes back unknown.
pub(crate) fn gate(citation: &Citation, status: Status) -> Status {
    if citation.confidence().is_decisive() {
        status
    } else {
        Status::Unknown
    }
}

/// The finding on item `i` of a checklist (`label`), judged `judged`:
/// "tiêu chí 2 đạt: …". `judge` names who judges it in "chưa được … đánh
/// giá" ("hội đồng" for a council's criteria), if anyone in particular.
pub(crate) fn checklist_item(
    citation: &Citation,
    status: Status,
    i: usize,
    label: &str,
    judged: Option<bool>,
    judge: Option<&str>,
) -> Finding {
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
            match judge {
                Some(who) => format!("tiêu chí {k} chưa được {who} đánh giá: {label}"),
                None => format!("tiêu chí {k} chưa được đánh giá: {label}"),
            },
            format!("criterion {k} not judged yet"),
        ),
    };
    Finding::new(Criterion::Standard, status, citation, vi, en)
}

/// The one record of `year` among `records` (of a collective or a
/// community), if given: two are an error ([`ErrorKind::Duplicate`]) naming
/// `owner`, whatever the award, since which one holds is not ours to guess.
pub(crate) fn record_of_year<'c, R>(
    records: &'c [R],
    year_of: impl Fn(&R) -> i32,
    year: i32,
    owner: &dyn std::fmt::Display,
) -> Result<Option<&'c R>> {
    let mut of_year = records.iter().filter(|r| year_of(r) == year);
    let record = of_year.next();
    if of_year.next().is_some() {
        return Err(Error::new(
            ErrorKind::Duplicate,
            format!("'{owner}' có hai bản ghi cho năm {year}"),
            format!("'{owner}' has two records for {year}"),
        ));
    }
    Ok(record)
}

/// The four points of a collective title's standard.
#[derive(Clone, Debug)]
pub(crate) struct CollectiveStandard {
    pub(crate) rating: Rule<crate::people::Rating>,
    pub(crate) movement: Citation,
    pub(crate) share: Rule<Share>,
    pub(crate) discipline: Option<Rule<DisciplineForm>>,
}

/// The rules in force for one review: the regime on the judging date, the
/// achievement year, and the local overlays.
///
/// Build one per review and judge every candidate with it: the regime and
/// the derived thresholds are resolved once.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use thidua::{Award, Outcome, Person, PersonCategory, Rating, Review, RuleBook, YearRecord};
///
/// let book = RuleBook::national();
/// let review = Review::new(&book, 2021, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?;
///
/// let mut lan = Person::new("CB-01".parse()?, "Nguyễn Thị Lan", PersonCategory::CivilServant, "P-TC".parse()?);
/// lan.service_start = NaiveDate::from_ymd_opt(2015, 3, 1);
/// lan.records.push(YearRecord::new(2021).rated(Rating::Excellent).otherwise_none());
/// lan.initiatives = Some(vec![]); // none recognised
///
/// let v = review.person(&lan, Award::AdvancedWorker)?;
/// assert_eq!(v.outcome, Outcome::Eligible);
/// // 2021: an initiative is required for CSTĐCS, HTXS alone is not enough.
/// let v = review.person(&lan, Award::GrassrootsEmulationFighter)?;
/// assert_eq!(v.outcome, Outcome::Ineligible);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Review<'a> {
    pub(crate) regime: &'a Regime,
    pub(crate) year: i32,
    pub(crate) on: NaiveDate,
    pub(crate) year_start: NaiveDate,
    pub(crate) next_year: NaiveDate,
    pub(crate) new_hire: Rule<u8>,
    pub(crate) hire_cutoff: NaiveDate,
    pub(crate) leave_limit: Option<Rule<u16>>,
    pub(crate) quota: Option<Rule<Quota>>,
    /// An overlay's detail of "Tập thể lao động tiên tiến": its rating,
    /// movement, share and discipline rules, all citing the overlay.
    pub(crate) advanced_collective: Option<CollectiveStandard>,
    pub(crate) overlays: Vec<&'a Overlay>,
    /// The kind of commendation a form is judged as (regular unless said).
    pub(crate) kind: CommendationKind,
    /// The first year of the achievement period proposed, if given: where
    /// the counts of a broken run are reported.
    pub(crate) period_from: Option<i32>,
}

impl<'a> Review<'a> {
    /// The review of achievement year `year`, judged on `on` under the
    /// regime `book` has in force that day.
    ///
    /// # Errors
    ///
    /// No regime on `on`, or `year` before the year the first regime starts
    /// (the first bundled one, Decree 91/2017 from 2017-10-01, or an earlier
    /// one of `book`) ([`ErrorKind::NoRegime`]); `year` after the year of
    /// `on`; a year chrono cannot represent.
    ///
    /// # Example
    ///
    /// ```
    /// # use thidua::Bilingual as _;
    /// use chrono::NaiveDate;
    /// use thidua::{ErrorKind, Review, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let err = Review::new(&book, 1900, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap()).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::NoRegime);
    /// assert!(err.en().contains("starts on 2017-10-01"), "{err}");
    /// ```
    pub fn new(book: &'a RuleBook, year: i32, on: NaiveDate) -> Result<Review<'a>> {
        if year > on.year() {
            return Err(Error::out_of_range(
                format!(
                    "không thể xét thành tích năm {year} vào ngày {on}, trước khi năm đó bắt đầu"
                ),
                format!(
                    "cannot judge the achievements of {year} on {on}, before the year has begun"
                ),
            ));
        }
        let regime = book.regime_on(on)?;
        // Achievements from before the first regime, the bundled one or an
        // earlier one of the caller's book: no rule was written for them.
        let bundled = crate::law::data::national()
            .ok()
            .and_then(|b| b.regimes().first());
        let first = [bundled, book.regimes().first()]
            .into_iter()
            .flatten()
            .min_by_key(|r| r.period().from());
        if let Some(first) = first {
            let start = first.period().from();
            if year < start.year() {
                return Err(Error::new(
                    ErrorKind::NoRegime,
                    format!(
                        "không thể xét thành tích năm {year} vào ngày {on}: chế độ đầu tiên, '{}', bắt đầu từ {start}; hãy thêm một chế độ riêng cho các năm trước",
                        first.id()
                    ),
                    format!(
                        "cannot judge the achievements of {year} on {on}: the first regime, '{}', starts on {start}; add a regime of your own for earlier years",
                        first.id()
                    ),
                ));
            }
        }
        let day = |y: i32| {
            NaiveDate::from_ymd_opt(y, 1, 1).ok_or_else(|| {
                Error::out_of_range(
                    format!("năm {year} nằm ngoài phạm vi"),
                    format!("year {year} is out of range"),
                )
            })
        };
        let year_start = day(year)?;
        let next_year = day(year.saturating_add(1))?;
        let rules = regime.individual();
        let new_hire = rules.new_hire_months.clone();
        let quota = rules.grassroots_quota.clone();
        let mut review = Review {
            regime,
            year,
            on,
            year_start,
            next_year,
            hire_cutoff: next_year,
            new_hire,
            leave_limit: None,
            quota,
            advanced_collective: None,
            overlays: Vec::new(),
            kind: CommendationKind::Regular,
            period_from: None,
        };
        review.hire_cutoff = review.cutoff(review.new_hire.value)?;
        Ok(review)
    }

    fn cutoff(&self, months: u8) -> Result<NaiveDate> {
        self.next_year
            .checked_sub_months(Months::new(u32::from(months)))
            .ok_or_else(|| {
                Error::out_of_range(
                    format!("năm {} nằm ngoài phạm vi", self.year),
                    format!("year {} is out of range", self.year),
                )
            })
    }

    /// The same review with a local overlay layered over the regime.
    ///
    /// # Errors
    ///
    /// The overlay is not in force on the judging date, one of its rules
    /// loosens the national rule (a shorter new-hire period, a higher
    /// quota than the national cap), or sets a share past 100%.
    ///
    /// # Example
    ///
    /// A province that excludes 40 working days of leave or more.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::*;
    /// use thidua::{authority::*, award::*, campaigns::*, citation::*, collectives::*, decision::*, eligibility::*, facts::*, fund::*, history::*, id::*, law::*, money::*, people::*, population::*, units::*};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let province = Overlay::new(
    ///     "Quy chế thi đua, khen thưởng tỉnh A",
    ///     Citation::new(Instrument::new(InstrumentKind::Decision, "20/2024/QĐ-UBND", "Quyết định số 20/2024/QĐ-UBND")).article(8),
    ///     Period::starting(d(2024, 3, 1)),
    /// )
    /// .with(OverlayRule::LeaveLimit { working_days: 40 });
    /// let book = RuleBook::national();
    /// let national = Review::new(&book, 2024, d(2024, 12, 20))?;
    /// let local = Review::new(&book, 2024, d(2024, 12, 20))?.with_overlay(&province)?;
    ///
    /// let mut p = Person::new("CB-03".parse()?, "", PersonCategory::PublicEmployee, "TH-A".parse()?);
    /// p.service_start = Some(d(2018, 9, 1));
    /// p.records.push(YearRecord::new(2023).rated(Rating::Good).otherwise_none());
    /// let mut r = YearRecord::new(2024).rated(Rating::Good).otherwise_none();
    /// r.add_leave(Leave { kind: LeaveKind::Sick, working_days: 45 });
    /// p.records.push(r);
    /// assert_eq!(national.person(&p, Award::AdvancedWorker)?.outcome, Outcome::Eligible);
    /// assert_eq!(local.person(&p, Award::AdvancedWorker)?.outcome, Outcome::Ineligible);
    ///
    /// // An overlay not yet in force on the judging date is refused.
    /// let early = Review::new(&book, 2023, d(2023, 12, 20)).and_then(|r| r.with_overlay(&province));
    /// assert_eq!(early.unwrap_err().kind(), ErrorKind::OutOfRange);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn with_overlay(mut self, overlay: &'a Overlay) -> Result<Review<'a>> {
        if !overlay.in_force().contains(self.on) {
            return Err(Error::out_of_range(
                format!(
                    "quy định địa phương '{}' ({}) không có hiệu lực ngày {}",
                    crate::text::shown(overlay.name()),
                    overlay.in_force(),
                    self.on
                ),
                format!(
                    "overlay '{}' ({}) is not in force on {}",
                    crate::text::shown(overlay.name()),
                    overlay.in_force(),
                    self.on
                ),
            ));
        }
        let loosens = |what_vi: String, what: String| {
            Err(Error::new(
                ErrorKind::Conflict,
                format!(
                    "quy định địa phương '{}' nới lỏng quy định quốc gia: {what_vi}",
                    crate::text::shown(overlay.name())
                ),
                format!(
                    "overlay '{}' loosens the national rule: {what}",
                    crate::text::shown(overlay.name())
                ),
            ))
        };
        for rule in overlay.rules() {
            // A share past 100% ("trên 100%", "ít nhất 700%") never holds: a
            // typo that would make every candidate ineligible without a word.
            if let OverlayRule::AdvancedCollectiveStandard { share, .. }
            | OverlayRule::CommunityShare { share, .. } = rule
            {
                // Not even all of the members make it.
                if !share.holds(1, 1) {
                    return Err(Error::out_of_range(
                        format!(
                            "quy định địa phương '{}' đặt tỷ lệ {}, vượt quá 100%",
                            crate::text::shown(overlay.name()),
                            share.vi()
                        ),
                        format!(
                            "overlay '{}' sets a share of {}, past 100%",
                            crate::text::shown(overlay.name()),
                            share.vi()
                        ),
                    ));
                }
            }
            match rule {
                OverlayRule::LeaveLimit { working_days } => {
                    let tighter = self
                        .leave_limit
                        .as_ref()
                        .is_none_or(|l| *working_days < l.value);
                    if tighter {
                        self.leave_limit =
                            Some(Rule::new(*working_days, overlay.citation().clone()));
                    }
                }
                OverlayRule::NewHireMonths { months } => {
                    if *months < self.new_hire.value {
                        return loosens(
                            format!(
                                "người mới tuyển cần {} tháng, không phải {months}",
                                self.new_hire.value
                            ),
                            format!(
                                "new hires need {} months, not {months}",
                                self.new_hire.value
                            ),
                        );
                    }
                    self.new_hire = Rule::new(*months, overlay.citation().clone());
                    self.hire_cutoff = self.cutoff(*months)?;
                }
                OverlayRule::AdvancedCollectiveStandard {
                    share,
                    no_discipline_from,
                } => {
                    let national = &self.regime.collective().advanced_share.value;
                    if !share.at_least_as_strict_as(*national) {
                        return loosens(
                            format!(
                                "tỷ lệ \"Lao động tiên tiến\" là {}, không phải {}",
                                national.vi(),
                                share.vi()
                            ),
                            format!(
                                "the share of \"Lao động tiên tiến\" is {}, not {}",
                                national.vi(),
                                share.vi()
                            ),
                        );
                    }
                    // The national discipline rule stays unless the overlay
                    // sets a stricter one (from a lighter form): an overlay
                    // that says nothing of discipline does not lift it.
                    let national_discipline = &self.regime.collective().advanced_discipline;
                    if let (Some(n), Some(f)) = (national_discipline, no_discipline_from) {
                        if *f > n.value {
                            return loosens(
                                format!(
                                    "thành viên bị kỷ luật từ \"{}\" trở lên bị loại, không chỉ từ \"{f}\"",
                                    n.value
                                ),
                                format!(
                                    "members disciplined from \"{}\" up are excluded, not only from \"{f}\"",
                                    n.value
                                ),
                            );
                        }
                    }
                    let citation = overlay.citation().clone();
                    self.advanced_collective = Some(CollectiveStandard {
                        rating: Rule::new(
                            self.regime.collective().advanced_rating.value,
                            citation.clone(),
                        ),
                        movement: citation.clone(),
                        share: Rule::new(*share, citation.clone()),
                        discipline: match no_discipline_from {
                            Some(f) => Some(Rule::new(*f, citation)),
                            None => national_discipline.clone(),
                        },
                    });
                }
                OverlayRule::CommendationStandard { years: 0, .. } => {
                    return Err(Error::out_of_range(
                        format!(
                            "quy định địa phương '{}' đặt tiêu chuẩn \"Giấy khen\" với 0 năm",
                            crate::text::shown(overlay.name())
                        ),
                        format!(
                            "overlay '{}' sets the criteria of a \"Giấy khen\" with 0 years",
                            crate::text::shown(overlay.name())
                        ),
                    ));
                }
                OverlayRule::CommunityShare { award, .. }
                    if !matches!(award, Award::CulturalVillage | Award::ExemplaryCommune) =>
                {
                    return Err(Error::new(
                        ErrorKind::Unsupported,
                        format!(
                            "quy định địa phương '{}' đặt tỷ lệ cộng đồng cho '{award}', danh hiệu không có tỷ lệ này",
                            crate::text::shown(overlay.name())
                        ),
                        format!(
                            "overlay '{}' sets a community share for '{award}', which has none",
                            crate::text::shown(overlay.name())
                        ),
                    ));
                }
                OverlayRule::FormCriteria {
                    award,
                    recipient,
                    years,
                    all,
                    any,
                } => {
                    let name = crate::text::shown(overlay.name());
                    if !award.accepts(*recipient) {
                        return Err(Error::new(
                            ErrorKind::Conflict,
                            format!(
                                "quy định '{name}' đặt tiêu chuẩn \"{award}\" cho {}, đối tượng không được tặng danh hiệu này",
                                recipient.name_vi()
                            ),
                            format!(
                                "overlay '{name}' sets criteria of '{award}' for a {}, who does not receive it",
                                recipient.name_vi()
                            ),
                        ));
                    }
                    let route = self.regime.forms().route(*award, *recipient);
                    if route.is_some_and(|r| r.delegated.is_none()) {
                        return Err(Error::new(
                            ErrorKind::Conflict,
                            format!(
                                "quy định '{name}' đặt tiêu chuẩn \"{award}\" cho {}, điều quy định trung ương không giao cho tỉnh",
                                recipient.name_vi()
                            ),
                            format!(
                                "overlay '{name}' sets criteria of '{award}' for a {}, which the national rule does not leave to the province",
                                recipient.name_vi()
                            ),
                        ));
                    }
                    if years.is_some_and(|(n, _)| n == 0) {
                        return Err(Error::out_of_range(
                            format!("quy định '{name}' đặt tiêu chuẩn \"{award}\" với 0 năm"),
                            format!("overlay '{name}' sets the criteria of '{award}' with 0 years"),
                        ));
                    }
                    if years.is_none() && all.is_empty() && any.is_empty() {
                        return Err(Error::new(
                            ErrorKind::Missing,
                            format!("quy định '{name}' không đặt tiêu chuẩn nào của \"{award}\""),
                            format!("overlay '{name}' sets no criteria of '{award}'"),
                        ));
                    }
                }
                // Read where the form or title is judged.
                OverlayRule::CommendationStandard { .. } | OverlayRule::CommunityShare { .. } => {}
                OverlayRule::GrassrootsQuota { percent, rounding } => {
                    if let Some(national) = &self.quota {
                        if *percent > national.value.percent() {
                            return loosens(
                                format!(
                                    "tỷ lệ tối đa là {}%, không phải {percent}%",
                                    national.value.percent()
                                ),
                                format!(
                                    "the quota is at most {}%, not {percent}%",
                                    national.value.percent()
                                ),
                            );
                        }
                    }
                    self.quota = Some(Rule::new(
                        Quota::new(*percent, *rounding).map_err(|e| {
                            e.context_in(
                                format!(
                                    "quy định địa phương '{}'",
                                    crate::text::shown(overlay.name())
                                ),
                                format!("overlay '{}'", crate::text::shown(overlay.name())),
                            )
                        })?,
                        overlay.citation().clone(),
                    ));
                }
            }
        }
        self.overlays.push(overlay);
        Ok(self)
    }

    /// The same review with another rounding of the "Chiến sĩ thi đua cơ sở"
    /// quota (default: round down).
    #[must_use]
    pub fn with_quota_rounding(mut self, rounding: QuotaRounding) -> Review<'a> {
        if let Some(q) = &mut self.quota {
            if let Ok(quota) = Quota::new(q.value.percent(), rounding) {
                q.value = quota;
            }
        }
        self
    }

    /// The same review, judging commendation forms as `kind` of
    /// commendation (the default is the regular commendation of a period's
    /// achievements, "theo công trạng và thành tích đạt được", the one the
    /// ladders describe). A kind the regime does not know is unmet (the
    /// kinds Law 06/2026/QH16 adds exist from 2026-10-01); another kind
    /// needs review, as its achievement is the council's to judge. Titles
    /// are not affected.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Outcome, Person, PersonCategory, Rating, Review, RuleBook, YearRecord};
    /// use thidua::history::CommendationKind;
    ///
    /// let book = RuleBook::national();
    /// let mut p = Person::new("CB-01".parse()?, "", PersonCategory::CivilServant, "P-TC".parse()?);
    /// p.service_start = NaiveDate::from_ymd_opt(2015, 1, 1);
    /// p.records.push(YearRecord::new(2025).rated(Rating::Excellent).otherwise_none());
    /// let on = NaiveDate::from_ymd_opt(2025, 12, 20).unwrap();
    /// let movement = Review::new(&book, 2025, on)?.with_kind(CommendationKind::ThematicMovement);
    /// // "Khen thưởng phong trào thi đua theo chuyên đề" exists from 2026-10-01 only.
    /// let v = movement.person(&p, Award::MinistryOrProvinceCertificateOfMerit)?;
    /// assert_eq!(v.outcome, Outcome::Ineligible);
    /// let one_off = Review::new(&book, 2025, on)?.with_kind(CommendationKind::OneOff);
    /// assert_eq!(one_off.person(&p, Award::MinistryOrProvinceCertificateOfMerit)?.outcome, Outcome::NeedsReview);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn with_kind(mut self, kind: CommendationKind) -> Review<'a> {
        self.kind = kind;
        self
    }

    /// The same review for the whole achievement period a proposal states
    /// (thời gian lập thành tích), ending in the review's year: when the run
    /// of a ladder breaks, the counts the law reads within it (CSTĐCS,
    /// initiatives …) are reported for the whole period, as not reached,
    /// with the counts found there.
    ///
    /// # Errors
    ///
    /// A period that does not end in the review's year, or has no end.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Period, Review, RuleBook};
    ///
    /// let book = RuleBook::national();
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let review = Review::new(&book, 2024, d(2024, 12, 20))?;
    /// let five = Period::new(d(2020, 1, 1), d(2025, 1, 1))?;
    /// assert_eq!(review.clone().with_period(five)?.period_from(), Some(2020));
    /// assert!(review.with_period(Period::year(2023)?).is_err());
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn with_period(mut self, period: Period) -> Result<Review<'a>> {
        let last = period.last_day().map(|d| d.year());
        if last != Some(self.year) {
            return Err(Error::out_of_range(
                format!(
                    "thời gian lập thành tích {period} không kết thúc trong năm {}, năm được xét",
                    self.year
                ),
                format!(
                    "the achievement period {period} does not end in {}, the year judged",
                    self.year
                ),
            ));
        }
        self.period_from = Some(period.from().year());
        Ok(self)
    }

    /// The kind of commendation forms are judged as.
    #[must_use]
    pub fn kind(&self) -> CommendationKind {
        self.kind
    }

    /// The first year of the achievement period, if one was given
    /// ([`with_period`](Review::with_period)).
    #[must_use]
    pub fn period_from(&self) -> Option<i32> {
        self.period_from
    }

    /// The regime in force on the judging date.
    #[must_use]
    pub fn regime(&self) -> &'a Regime {
        self.regime
    }

    /// The achievement year.
    #[must_use]
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The judging date.
    #[must_use]
    pub fn judged_on(&self) -> NaiveDate {
        self.on
    }

    /// The last rule of the overlays that `pick` accepts, with its overlay's
    /// citation: a later overlay (or a later rule of one) details an earlier.
    pub(crate) fn overlay_rule<T>(
        &self,
        pick: impl Fn(&'a OverlayRule) -> Option<T>,
    ) -> Option<(T, &'a Citation)> {
        self.overlays.iter().rev().find_map(|o| {
            o.rules()
                .iter()
                .rev()
                .find_map(&pick)
                .map(|t| (t, o.citation()))
        })
    }

    /// The overlays layered over the regime.
    #[must_use]
    pub fn overlays(&self) -> &[&'a Overlay] {
        &self.overlays
    }

    /// The "Chiến sĩ thi đua cơ sở" quota of this review, if any: national
    /// (2017–2023) or from an overlay.
    #[must_use]
    pub fn grassroots_quota(&self) -> Option<&Rule<Quota>> {
        self.quota.as_ref()
    }

    pub(crate) fn rules(&self) -> &'a IndividualRules {
        self.regime.individual()
    }

    /// The verdict on `candidate` for `award` from what the sink found.
    pub(crate) fn verdict(&self, award: Award, candidate: String, sink: Explain) -> Verdict {
        Verdict {
            award,
            candidate,
            regime: self.regime.id().clone(),
            regime_name: Some(crate::lang::Text::new(
                self.regime.name_vi(),
                self.regime.name_en(),
            )),
            candidate_name: None,
            year: self.year,
            judged_on: self.on,
            outcome: Outcome::from_worst(sink.worst()),
            findings: sink.findings,
            relied_on: sink.relied_on,
        }
    }

    /// Judges a person for an individual title, with every finding.
    ///
    /// The verdict does not apply population rules: the 2017–2023 quota of
    /// "Chiến sĩ thi đua cơ sở" is applied by [`allocate`](crate::eligibility::allocate)
    /// or a population review.
    ///
    /// # Errors
    ///
    /// Facts that cannot be judged: duplicate years, a record or initiative
    /// after the judging date; or an award this function does not judge. A
    /// fact not given (a start of service, a year's discipline) is not an
    /// error: the criteria that read it are unknown and name it.
    pub fn person<F: PersonFacts>(&self, facts: &F, award: Award) -> Result<Verdict> {
        self.person_with(facts, award, &Merits::none())
    }

    /// Judges a person for a form with the council's answers on the
    /// criteria it judges (an overlay's
    /// [`FormCriteria`](crate::law::OverlayRule::FormCriteria)).
    ///
    /// # Errors
    ///
    /// As [`person`](Review::person).
    pub fn person_with<F: PersonFacts>(
        &self,
        facts: &F,
        award: Award,
        merits: &Merits,
    ) -> Result<Verdict> {
        facts.validate(self.on)?;
        let mut sink = Explain::default();
        self.judge_person_with(facts, award, merits, &mut sink)?;
        Ok(self
            .verdict(award, facts.person_id().to_string(), sink)
            .with_name(facts.person_name()))
    }

    /// The outcome alone, without building findings: the fast path of
    /// population reviews. Always equal to `person(..)?.outcome`.
    ///
    /// # Errors
    ///
    /// As [`person`](Review::person).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Outcome, Person, PersonCategory, Rating, Review, RuleBook, YearRecord};
    ///
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2024, NaiveDate::from_ymd_opt(2024, 12, 20).unwrap())?;
    /// let mut p = Person::new("CB-04".parse()?, "", PersonCategory::Worker, "XN-1".parse()?);
    /// p.service_start = NaiveDate::from_ymd_opt(2024, 8, 1); // 5 months in 2024, under 6
    /// p.records.push(YearRecord::new(2024).rated(Rating::Excellent));
    /// let fast = review.person_outcome(&p, Award::AdvancedWorker)?;
    /// assert_eq!(fast, Outcome::Ineligible);
    /// assert_eq!(fast, review.person(&p, Award::AdvancedWorker)?.outcome);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn person_outcome<F: PersonFacts>(&self, facts: &F, award: Award) -> Result<Outcome> {
        facts.validate(self.on)?;
        let mut sink = Worst(Status::Met);
        self.judge_person(facts, award, &mut sink)?;
        Ok(Outcome::from_worst(sink.0))
    }

    pub(crate) fn judge_person<F: PersonFacts, S: Sink>(
        &self,
        facts: &F,
        award: Award,
        sink: &mut S,
    ) -> Result<()> {
        self.judge_person_with(facts, award, &Merits::none(), sink)
    }

    pub(crate) fn judge_person_with<F: PersonFacts, S: Sink>(
        &self,
        facts: &F,
        award: Award,
        merits: &Merits,
        sink: &mut S,
    ) -> Result<()> {
        if !award.accepts(RecipientKind::Individual) {
            return Err(Error::new(
                ErrorKind::Conflict,
                format!("'{award}' không tặng cho cá nhân"),
                format!("'{award}' is not conferred on individuals"),
            ));
        }
        self.regime_finding(sink);
        match award.route() {
            Route::AnnualTitle => match self.local_rules(award) {
                Some(local) => match local.rating() {
                    Some(rating) => self.annual(facts, rating, sink),
                    None => {
                        self.unjudged(award, Route::AnnualTitle, RecipientKind::Individual, sink)
                    }
                },
                None if award.is_local() => return Err(not_in_review(award)),
                None => {
                    self.category_fits(facts, award, sink);
                    self.advanced(facts, sink);
                }
            },
            Route::GrassrootsFighter => {
                self.grassroots(facts, sink);
            }
            Route::Streak => match self.streak_rules(award) {
                None if award.is_local() => return Err(not_in_review(award)),
                None => self.unjudged(award, Route::Streak, RecipientKind::Individual, sink),
                Some(_) => self.streak_title(facts, award, sink),
            },
            Route::Form => self.form(facts, award, merits, sink),
            other => self.unjudged(award, other, RecipientKind::Individual, sink),
        }
        Ok(())
    }

    /// An award whose route does not judge this recipient (a local award
    /// of a route this engine lacks): needs review, naming it.
    pub(crate) fn unjudged<S: Sink>(
        &self,
        award: Award,
        route: Route,
        recipient: RecipientKind,
        sink: &mut S,
    ) {
        let citation = self.regime.defining_citation();
        sink.add(Status::Unknown, || {
            Finding::new(
                Criterion::Standard,
                Status::Unknown,
                &citation,
                format!(
                    "\"{award}\" (tuyến xét \"{}\") không có quy tắc xét tặng cho {} trong chế độ \"{}\": cần xem xét",
                    route.id(),
                    recipient.name_vi(),
                    self.regime.name_vi()
                ),
                format!(
                    "'{}' (route {}) has no rule for {} under {}: needs review",
                    award.name_en(),
                    route.id(),
                    recipient.plural_en(),
                    self.regime.name_en()
                ),
            )
        });
    }

    /// The rules of a streak title: the regime's, or those of a local
    /// award an overlay of this review defines.
    pub(crate) fn streak_rules(&self, award: Award) -> Option<&'a StreakRules> {
        match self.local_rules(award) {
            Some(local) => local.streak(),
            None => self.rules().streak_rules(award),
        }
    }

    /// The rules of an award defined as data: by the regime, or by an
    /// overlay of this review.
    pub(crate) fn local_rules(&self, award: Award) -> Option<&'a AwardRules> {
        if !award.is_local() {
            return None;
        }
        self.regime
            .awards()
            .iter()
            .find(|r| r.award() == award)
            .or_else(|| self.overlays.iter().find_map(|o| o.award_rules(award)))
    }

    /// The awards defined as data that this review knows: the regime's,
    /// then its overlays'.
    fn data_awards(&self) -> impl Iterator<Item = Award> + '_ {
        self.regime
            .awards()
            .iter()
            .chain(self.overlays.iter().flat_map(|o| o.awards()))
            .map(AwardRules::award)
    }

    /// The award named `name`: a national award, or one the regime or an
    /// overlay of this review defines as data (its id, a name or an alias,
    /// in any spelling).
    ///
    /// # Errors
    ///
    /// No award of the catalogue, the regime or the overlays has that
    /// name.
    pub fn award(&self, name: &str) -> Result<Award> {
        match self.data_awards().find(|a| a.is_named(name)) {
            Some(a) => Ok(a),
            None => name.parse(),
        }
    }

    /// The individual titles this review judges in a population, lowest
    /// first: the national yearly titles, then the individual titles the
    /// regime and the overlays define as data.
    #[must_use]
    pub fn individual_titles(&self) -> Vec<Award> {
        let national = [
            Award::AdvancedWorker,
            Award::GrassrootsEmulationFighter,
            Award::MinistryOrProvinceEmulationFighter,
            Award::NationalEmulationFighter,
        ];
        let local = self
            .data_awards()
            .filter(|a| a.accepts(RecipientKind::Individual));
        national.into_iter().chain(local).collect()
    }

    /// An unverified regime cannot decide anything on its own (the regime
    /// after Decree 152/2025, whose successor is not known, is one).
    pub(crate) fn regime_finding<S: Sink>(&self, sink: &mut S) {
        if !self.regime.confidence().is_decisive() {
            sink.add(Status::Unknown, || {
                // The first instrument is the one that defines the regime.
                let citation = self.regime.defining_citation();
                Finding::new(
                    Criterion::Regime,
                    Status::Unknown,
                    &citation,
                    format!(
                        "văn bản của chế độ \"{}\" chưa được đối chiếu; các tiêu chí dưới đây tạm theo quy định trước đó",
                        self.regime.name_vi()
                    ),
                    format!(
                        "the text of regime '{}' was not read; the criteria below follow the earlier rules provisionally",
                        self.regime.id()
                    ),
                )
            });
        }
    }
}

/// A local award whose overlay the review does not have.
fn not_in_review(award: Award) -> Error {
    Error::new(
        ErrorKind::UnknownReference,
        format!(
            "'{award}' do một quy định địa phương mà lượt xét này không có quy định; hãy thêm bằng Review::with_overlay"
        ),
        format!(
            "'{award}' is defined by an overlay this review does not have; add it with Review::with_overlay"
        ),
    )
}
