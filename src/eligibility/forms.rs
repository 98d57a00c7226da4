//! Commendation forms (hình thức khen thưởng) for every recipient they are
//! for: "Giấy khen", the "Bằng khen" of a ministry or province and of the
//! Prime Minister, the orders, medals, State honorary titles, prizes and
//! "Kỷ niệm chương", with the general principles of commendation as
//! findings.
//!
//! Every form is judged by one rule code from the regime's rows of data, a
//! [`FormRoute`] per form and recipient:
//!
//! - a **ladder**: a run of yearly ratings (or of a title) up to the year
//!   judged ("liên tục … đến thời điểm đề nghị"), counted after a lower
//!   award ("đã được tặng …") and after the years the same form already
//!   rewarded, with titles, excellent years, awards or initiatives within
//!   the run ("trong thời gian đó");
//! - criteria **set by the ministry, sector or province**: an overlay's
//!   [`OverlayRule::FormCriteria`](crate::law::OverlayRule::FormCriteria)
//!   (or, for an individual's "Giấy khen",
//!   [`OverlayRule::CommendationStandard`](crate::law::OverlayRule::CommendationStandard)),
//!   whose council-judged points come as [`Merits`]; without one the verdict
//!   needs review;
//! - a text **not read**: the verdict needs review, citing it.
//!
//! | form | 2017–2023 (Decree 91/2017) | from 2024 (Law 06/2022) |
//! |---|---|---|
//! | Giấy khen | set by the ministry or province: an overlay | the same (Law Art. 75 k2) |
//! | Bằng khen bộ, ngành, tỉnh | 2 consecutive years HTXS + 2 grassroots initiatives in that time (Art. 39 k1) | 2 consecutive CSTĐCS **or** 2 consecutive years HTXS, + 2 initiatives or topics not used before (Art. 74 k1 d) |
//! | Bằng khen Thủ tướng | BK bộ/tỉnh, then 5 continuous years HTXS + 5 grassroots initiatives (Art. 38 k1 c) | BK bộ/tỉnh, then 5 continuous years HTT or better up to the proposal, with 3 CSTĐCS (Art. 73 k1 b) |
//! | Huân chương Lao động hạng Ba | BK Thủ tướng, then 5 continuous years of excellent achievement + 2 initiatives of ministry/province scope (Art. 24 k1) | BK Thủ tướng, then 5 continuous years HTT or better, ≥ 1 HTXS, 3 CSTĐCS (Art. 44 k1 e) |
//!
//! For collectives the 2017–2023 regime reads the 2003 wording of Law 2003
//! Art. 43–44 (secondhand): "Huân chương Lao động hạng Ba" after 5
//! consecutive years of "Tập thể lao động xuất sắc" with a ministry's or
//! province's flag or a Bằng khen of the Prime Minister in that time;
//! "hạng Nhì" after "hạng Ba", then 5 such years with two flags of a
//! ministry or province or one Government flag. From 2024 the collective and
//! household clauses of Art. 42–44, 73 and 74 were not found: those verdicts
//! need review, naming the clause. [`coverage`](super::coverage) lists them
//! all.
//!
//! A run breaks on an earlier year without a record, a lower rating or
//! (from 2024) a discipline period; a year recorded but not yet rated, or
//! the year judged with no record yet, leaves it unknown. When the run
//! breaks, the counts the law reads within it are not reached: they are
//! reported with the counts found in the achievement period, marked
//! [`not_reached`](super::Finding::not_reached), and only what failed is
//! unmet. Years count from the achievement period written in the previous
//! decision (Decree 98/2023 Art. 30 k9); a previous decision without a
//! period cannot be counted yet (the fallback of that clause was not read).
//!
//! The kind of commendation matters ([`Review::with_kind`]): the ladders are
//! the regular commendation of achievements; from 2024 a one-off or
//! thematic award is not a basis for them (Decree 98/2023 Art. 4, Decree
//! 152/2025 Art. 4); until 2023 two state-level awards within a year are
//! barred unless one is one-off, for a career or for seniority (Circular
//! 12/2019/TT-BNV).

use std::borrow::Cow;

use chrono::{Datelike, Months, NaiveDate};

use crate::award::{Award, AwardKind, RecipientKind};
use crate::citation::Citation;
use crate::collectives::{Collective, Community, MemberTally};
use crate::history::CommendationKind;
use crate::people::{Fact, InitiativeKind, Rating, Scope};
use crate::period::Period;

use super::individual::{conferral_evidence, date_vi, initiative_evidence};
use super::merits::Merits;
use super::review::{Review, Sink, Worst, checklist_item, gate};
use super::verdict::{Criterion, Evidence, Finding, Status};
use crate::facts::{ConferralFact, InitiativeFact, PersonFacts};
use crate::law::OverlayRule;
use crate::law::{FormRoute, Rule};

/// How far back a run is followed: further than any career.
const MAX_YEARS: i32 = 80;

/// Whether a form is "cấp Nhà nước" (orders, medals, state honorary titles,
/// state prizes, the Prime Minister's Bằng khen).
fn is_state_level(award: Award) -> bool {
    matches!(
        award.kind(),
        AwardKind::Order | AwardKind::Medal | AwardKind::HonoraryTitle | AwardKind::Prize
    ) || award == Award::PrimeMinisterCertificateOfMerit
}

/// The first whole year at or after `until` (the end of an achievement
/// period): achievement counts again from there.
fn first_year_from(until: NaiveDate) -> i32 {
    if until.ordinal() == 1 {
        until.year()
    } else {
        until.year().saturating_add(1)
    }
}

/// Where a run may start after a conferral: the first year after its
/// period, or unknown when its period has no end (no period written).
fn free_from(c: &ConferralFact<'_>) -> Option<i32> {
    c.period.until().map(first_year_from)
}

/// Met with `sure` of `need`, unknown if the `maybe` could make it.
fn count_status(sure: u32, maybe: u32, need: u32) -> Status {
    if sure >= need {
        Status::Met
    } else if sure.saturating_add(maybe) >= need {
        Status::Unknown
    } else {
        Status::Unmet
    }
}

/// What a ladder reads of its candidate: a person or a collective.
pub(super) trait Ladder {
    /// The award history.
    fn conferrals(&self) -> impl Iterator<Item = ConferralFact<'_>>;
    /// The kind of commendation of a conferral, if recorded.
    fn kind_of(&self, c: &ConferralFact<'_>) -> Option<CommendationKind>;
    /// The rating of year `y`: `None` without a record, `Some(None)` for a
    /// record not yet rated.
    fn rating(&self, y: i32) -> Option<Option<Rating>>;
    /// How year `y` counts in a run of ratings of at least `min`, and its
    /// rating.
    fn year_counts(&self, review: &Review<'_>, y: i32, min: Rating) -> (Status, Option<Rating>);
    /// Why year `y` does not count (for messages).
    fn why_year(&self, y: i32, min: Rating, rating: Option<Rating>) -> String;
    /// The title of the year judged: conferred already, or judged now (with
    /// the initiative that judgement relies on).
    fn this_year_title(
        &self,
        review: &Review<'_>,
        title: Award,
    ) -> (Status, Option<InitiativeFact<'_>>);
    /// Within the run: the initiatives a route needs (persons only).
    #[allow(clippy::too_many_arguments)]
    fn initiatives<S: Sink>(
        &self,
        review: &Review<'_>,
        award: Award,
        rule: &Rule<(u8, Scope)>,
        start: i32,
        taken: Option<&InitiativeFact<'_>>,
        not_reached: bool,
        sink: &mut S,
    );
    /// Nothing pending (persons only, from 2024).
    fn pending<S: Sink>(&self, review: &Review<'_>, sink: &mut S);
}

/// Whether `title` was conferred for year `y` (and stands).
fn has_title<L: Ladder>(l: &L, title: Award, y: i32) -> bool {
    l.conferrals().any(|c| {
        c.in_force && c.award.civilian() == title.civilian() && c.period.as_year() == Some(y)
    })
}

/// The latest conferral in force of `award` that began before `before`.
fn latest<L: Ladder>(l: &L, award: Award, before: NaiveDate) -> Option<ConferralFact<'_>> {
    l.conferrals()
        .filter(|c| c.in_force && c.award == award && c.period.from() < before)
        .max_by_key(|c| (c.period.from(), c.period.until()))
}

/// A person's facts, as a ladder reads them.
struct PersonLadder<'a, F>(&'a F);

impl<F: PersonFacts> Ladder for PersonLadder<'_, F> {
    fn conferrals(&self) -> impl Iterator<Item = ConferralFact<'_>> {
        self.0.conferrals()
    }

    fn kind_of(&self, c: &ConferralFact<'_>) -> Option<CommendationKind> {
        self.0.kind_of(c.award, c.period)
    }

    fn rating(&self, y: i32) -> Option<Option<Rating>> {
        self.0.year(y).map(|r| r.rating)
    }

    fn year_counts(&self, review: &Review<'_>, y: i32, min: Rating) -> (Status, Option<Rating>) {
        let f = self.0;
        let Some(facts) = f.year(y) else {
            // The record of the year judged may not be in yet; an earlier
            // year without a record breaks the run.
            let status = if y == review.year {
                Status::Unknown
            } else {
                Status::Unmet
            };
            return (status, None);
        };
        let rating = facts.rating;
        let mut status = match rating {
            None => Status::Unknown,
            Some(r) => Status::from_bool(r >= min),
        };
        // From 2024, achievement counts only after a discipline period.
        if review.rules().discipline_period.is_some() {
            if facts.unknown.contains(Fact::Discipline)
                || f.unknown_in(y - 1).contains(Fact::Discipline)
            {
                status = status.max(Status::Unknown);
            }
            let start = NaiveDate::from_ymd_opt(y, 1, 1);
            let next = NaiveDate::from_ymd_opt(y.saturating_add(1), 1, 1);
            if let (Some(start), Some(next)) = (start, next) {
                let earlier = f.year(y - 1).and_then(|p| p.discipline);
                for d in [facts.discipline, earlier].into_iter().flatten() {
                    if d.decided_on.is_none_or(|on| on < next)
                        && d.ends_on.is_none_or(|e| e > start)
                    {
                        status = status.max(match d.ends_on {
                            Some(e) if e >= next => Status::Unmet,
                            _ => Status::Unknown,
                        });
                    }
                }
            }
        }
        (status, rating)
    }

    fn why_year(&self, y: i32, min: Rating, rating: Option<Rating>) -> String {
        let f = self.0;
        match rating {
            _ if f.year(y).is_none() => format!("không có hồ sơ năm {y}"),
            None => format!("năm {y} chưa xếp loại"),
            Some(r) if r < min => format!("năm {y} xếp loại {}", r.abbreviation()),
            _ if f.unknown_in(y).contains(Fact::Discipline) => {
                format!("chưa có thông tin về kỷ luật năm {y}")
            }
            _ if f.unknown_in(y - 1).contains(Fact::Discipline) => {
                format!("chưa có thông tin về kỷ luật năm {}", y - 1)
            }
            Some(_) => format!("năm {y} trong thời hạn kỷ luật"),
        }
    }

    fn this_year_title(
        &self,
        review: &Review<'_>,
        title: Award,
    ) -> (Status, Option<InitiativeFact<'_>>) {
        let f = self.0;
        if has_title(self, title, review.year) {
            return (Status::Met, None);
        }
        // The review may have decided it already, e.g. after a quota.
        let decided = f.decided(title, review.year).map(Status::from_bool);
        let mut worst = Worst(Status::Met);
        if title == Award::GrassrootsEmulationFighter {
            let pick = review.grassroots(f, &mut worst);
            (decided.unwrap_or(worst.0), pick)
        } else if let Some(d) = decided {
            (d, None)
        } else {
            match review.judge_person(f, title, &mut worst) {
                Ok(()) => (worst.0, None),
                Err(_) => (Status::Unknown, None),
            }
        }
    }

    fn initiatives<S: Sink>(
        &self,
        review: &Review<'_>,
        award: Award,
        rule: &Rule<(u8, Scope)>,
        start: i32,
        taken: Option<&InitiativeFact<'_>>,
        not_reached: bool,
        sink: &mut S,
    ) {
        review.form_initiatives(self.0, award, rule, start, taken, not_reached, sink);
    }

    fn pending<S: Sink>(&self, review: &Review<'_>, sink: &mut S) {
        let Some(citation) = &review.rules().discipline_period else {
            return;
        };
        let f = self.0;
        let y = review.year;
        let pending = f
            .year(y)
            .filter(|r| !r.unknown.contains(Fact::PendingDiscipline))
            .map(|r| r.discipline_pending);
        let no_record = f.year(y).is_none();
        let status = gate(
            citation,
            match pending {
                None => Status::Unknown,
                Some(p) => Status::from_bool(!p),
            },
        );
        sink.add(status, || {
            let (vi, en) = match pending {
                None if no_record => (format!("chưa có hồ sơ năm {y}: chưa rõ có đang bị xem xét kỷ luật, thanh tra hay không"), format!("no record for {y}: whether anything is pending is not known")),
                None => (format!("chưa có thông tin về việc đang bị xem xét kỷ luật, điều tra, thanh tra năm {y}: cần bổ sung"), format!("pending discipline in {y} not given: whether anything is pending is not known")),
                Some(true) => ("đang bị xem xét kỷ luật, điều tra, thanh tra hoặc giải quyết khiếu nại: chưa khen thưởng".to_owned(), "a disciplinary process, investigation or inspection is open: no award yet".to_owned()),
                Some(false) => ("không có quá trình xem xét kỷ luật, điều tra, thanh tra đang diễn ra".to_owned(), "no disciplinary process, investigation or inspection open".to_owned()),
            };
            Finding::new(Criterion::PendingDiscipline, status, citation, vi, en)
        });
    }
}

/// A collective, with its members' tally for the title of the year judged,
/// as a ladder reads it.
struct CollectiveLadder<'a> {
    c: &'a Collective,
    tally: &'a MemberTally,
}

impl Ladder for CollectiveLadder<'_> {
    fn conferrals(&self) -> impl Iterator<Item = ConferralFact<'_>> {
        self.c.awards.iter().map(ConferralFact::from)
    }

    fn kind_of(&self, c: &ConferralFact<'_>) -> Option<CommendationKind> {
        kind_in(&self.c.awards, c)
    }

    fn rating(&self, y: i32) -> Option<Option<Rating>> {
        self.c.record(y).map(|r| r.rating)
    }

    fn year_counts(&self, review: &Review<'_>, y: i32, min: Rating) -> (Status, Option<Rating>) {
        match self.c.record(y) {
            None if y == review.year => (Status::Unknown, None),
            None => (Status::Unmet, None),
            Some(r) => (
                r.rating
                    .map_or(Status::Unknown, |rating| Status::from_bool(rating >= min)),
                r.rating,
            ),
        }
    }

    fn why_year(&self, y: i32, _min: Rating, rating: Option<Rating>) -> String {
        match rating {
            _ if self.c.record(y).is_none() => format!("không có hồ sơ năm {y}"),
            None => format!("năm {y} tập thể chưa xếp loại"),
            Some(r) => format!("năm {y} tập thể xếp loại {}", r.abbreviation()),
        }
    }

    fn this_year_title(
        &self,
        review: &Review<'_>,
        title: Award,
    ) -> (Status, Option<InitiativeFact<'_>>) {
        if has_title(self, title, review.year) {
            return (Status::Met, None);
        }
        // The collective title of the year, judged from its tally.
        let title = match (title.civilian(), self.c.armed_forces) {
            (Award::ExcellentCollective, true) => Award::DeterminedToWinUnit,
            (Award::AdvancedCollective, true) => Award::AdvancedUnit,
            (other, _) => other,
        };
        let mut worst = Worst(Status::Met);
        match review.judge_collective(self.c, self.tally, title, &mut worst) {
            Ok(()) => (worst.0, None),
            Err(_) => (Status::Unknown, None),
        }
    }

    fn initiatives<S: Sink>(
        &self,
        _review: &Review<'_>,
        award: Award,
        rule: &Rule<(u8, Scope)>,
        _start: i32,
        _taken: Option<&InitiativeFact<'_>>,
        _not_reached: bool,
        sink: &mut S,
    ) {
        // No bundled route asks a collective for initiatives; a caller's
        // own regime that does is not judged here.
        sink.add(Status::Unknown, || {
            Finding::new(
                Criterion::Initiative,
                Status::Unknown,
                &rule.citation,
                format!(
                    "sáng kiến của tập thể đối với \"{award}\" chưa được xét tự động: cần xem xét"
                ),
                format!(
                    "the initiatives a collective needs for '{}' are not judged here: needs review",
                    award.name_en()
                ),
            )
        });
    }

    fn pending<S: Sink>(&self, _review: &Review<'_>, _sink: &mut S) {}
}

/// The kind recorded for a conferral of a list.
fn kind_in(list: &[crate::history::Conferral], c: &ConferralFact<'_>) -> Option<CommendationKind> {
    list.iter()
        .find(|x| x.award == c.award && x.period == c.period && x.kind.is_some())
        .and_then(|x| x.kind)
}

/// Criteria an overlay sets for a form and recipient.
struct LocalCriteria<'r> {
    years: Option<(u8, Rating)>,
    all: &'r [Cow<'static, str>],
    any: &'r [Cow<'static, str>],
}

/// What a form is judged on for one recipient in a review.
enum Basis<'r> {
    /// A route of the regime that the engine counts.
    Ladder(&'r FormRoute),
    /// An overlay's years rule for an individual's "Giấy khen".
    Years(Box<FormRoute>),
    /// An overlay's criteria, with its citation.
    Local(LocalCriteria<'r>, &'r Citation),
    /// Criteria set by the ministry or province, not given.
    Delegated(&'r Citation),
    /// A text that was not read.
    Unread(&'r Citation),
    /// No rule at all for this form and recipient.
    Missing,
}

impl<'r> Review<'r> {
    /// The basis of `award` for `recipient` under this review.
    fn basis(&self, award: Award, recipient: RecipientKind) -> Basis<'r> {
        let route = self.regime.forms().route(award, recipient);
        // An overlay's criteria, where the national rule delegates them.
        let delegated = route.and_then(|r| r.delegated.as_ref());
        if delegated.is_some() || route.is_none() {
            let local = self.overlay_rule(|r| match r {
                OverlayRule::FormCriteria {
                    award: a,
                    recipient: k,
                    years,
                    all,
                    any,
                } if *a == award.civilian() && *k == recipient => Some(LocalCriteria {
                    years: *years,
                    all,
                    any,
                }),
                _ => None,
            });
            if let Some((criteria, citation)) = local {
                return Basis::Local(criteria, citation);
            }
            if award == Award::CertificateOfCommendation && recipient == RecipientKind::Individual {
                if let Some(years) = self.commendation_route() {
                    return Basis::Years(Box::new(years));
                }
            }
        }
        match route {
            None => Basis::Missing,
            Some(r) => match (&r.unread, &r.delegated) {
                (Some(c), _) => Basis::Unread(c),
                (None, Some(c)) if !r.is_ladder() => Basis::Delegated(c),
                _ if r.is_ladder() => Basis::Ladder(r),
                _ => Basis::Missing,
            },
        }
    }

    /// The "Giấy khen" criteria of the last overlay that sets them.
    fn commendation_route(&self) -> Option<FormRoute> {
        self.overlay_rule(|r| match r {
            OverlayRule::CommendationStandard { years, rating } => Some((*years, *rating)),
            _ => None,
        })
        .map(|((years, rating), citation)| FormRoute::years(years, rating, citation.clone()))
    }

    /// A commendation form for an individual: its route, then the general
    /// principles.
    pub(super) fn form<F: PersonFacts, S: Sink>(
        &self,
        f: &F,
        award: Award,
        merits: &Merits,
        sink: &mut S,
    ) {
        let l = PersonLadder(f);
        self.form_of(&l, RecipientKind::Individual, award, merits, sink);
    }

    /// A commendation form for a collective.
    pub(super) fn collective_form<S: Sink>(
        &self,
        c: &Collective,
        tally: &MemberTally,
        award: Award,
        merits: &Merits,
        sink: &mut S,
    ) {
        let l = CollectiveLadder { c, tally };
        self.form_of(&l, RecipientKind::Collective, award, merits, sink);
    }

    /// A commendation form for a household.
    pub(super) fn household_form<S: Sink>(
        &self,
        c: &Community,
        award: Award,
        merits: &Merits,
        sink: &mut S,
    ) {
        self.regime_finding(sink);
        if !self.kind_finding(award, sink) {
            let same = latest_in(&c.awards, award, self.next_year);
            self.one_award(award, same, c.awards.iter().map(ConferralFact::from), sink);
            return;
        }
        match self.basis(award, RecipientKind::Household) {
            Basis::Local(criteria, citation) => {
                if criteria.years.is_some() {
                    sink.add(Status::Unknown, || {
                        Finding::new(
                            Criterion::Standard,
                            Status::Unknown,
                            citation,
                            "hộ gia đình không có xếp loại hằng năm: tiêu chí số năm của quy định địa phương cần xem xét",
                            "a household has no yearly rating: the overlay's years need review",
                        )
                    });
                }
                self.checklist(&criteria, citation, merits, sink);
            }
            other => self.no_ladder(award, RecipientKind::Household, &other, sink),
        }
        let same = latest_in(&c.awards, award, self.next_year);
        self.one_award(award, same, c.awards.iter().map(ConferralFact::from), sink);
        self.state_award_per_year(
            award,
            c.awards.iter().map(|x| (ConferralFact::from(x), x.kind)),
            sink,
        );
    }

    /// The form for a person or a collective: kind, basis, principles.
    fn form_of<L: Ladder, S: Sink>(
        &self,
        l: &L,
        recipient: RecipientKind,
        award: Award,
        merits: &Merits,
        sink: &mut S,
    ) {
        let same = latest(l, award, self.next_year);
        if self.kind_finding(award, sink) {
            match self.basis(award, recipient) {
                Basis::Ladder(route) => self.route(l, award, route, same, sink),
                Basis::Years(route) => self.route(l, award, &route, same, sink),
                Basis::Local(criteria, citation) => {
                    if let Some((n, min)) = criteria.years {
                        let route = FormRoute::years(n, min, citation.clone());
                        self.route(l, award, &route, same, sink);
                    }
                    self.checklist(&criteria, citation, merits, sink);
                }
                other => self.no_ladder(award, recipient, &other, sink),
            }
        }
        self.principles(l, award, same, sink);
    }

    /// The kind of commendation judged: a kind the regime does not know is
    /// unmet; a kind other than the regular one is judged by the council on
    /// the achievement itself. False when the form's own routes do not
    /// apply (a kind other than the regular one).
    fn kind_finding<S: Sink>(&self, award: Award, sink: &mut S) -> bool {
        let kind = self.kind;
        let rules = self.regime.forms();
        if kind == CommendationKind::Regular || rules.kinds.is_empty() {
            return true;
        }
        match rules.kind(kind) {
            None => {
                let base = rules
                    .kind(CommendationKind::Regular)
                    .or(rules.kinds.first().map(|(_, c)| c));
                if let Some(citation) = base {
                    let status = gate(citation, Status::Unmet);
                    sink.add(status, || {
                        Finding::new(
                            Criterion::Kind,
                            status,
                            citation,
                            format!("\"{kind}\" không phải là loại hình khen thưởng của chế độ \"{}\" (ngày xét {})", self.regime.name_vi(), date_vi(self.on)),
                            format!("'{}' is not a kind of commendation of regime '{}' on {}", kind.id(), self.regime.id(), self.on),
                        )
                    });
                }
            }
            Some(citation) => {
                let status = gate(citation, Status::Met);
                sink.add(status, || {
                    Finding::new(
                        Criterion::Kind,
                        status,
                        citation,
                        format!("loại hình khen thưởng: {kind}"),
                        format!("kind of commendation: {}", kind.id()),
                    )
                });
                sink.add(Status::Unknown, || {
                    Finding::new(
                        Criterion::Standard,
                        Status::Unknown,
                        citation,
                        format!("\"{award}\" theo loại hình \"{kind}\": thành tích do hội đồng thi đua – khen thưởng đánh giá theo từng trường hợp; thư viện chỉ tự động xét các tuyến khen thưởng theo công trạng: cần xem xét"),
                        format!("'{}' as a {} award: the council judges the achievement case by case; only the regular ladders are judged here: needs review", award.name_en(), kind.id()),
                    )
                });
            }
        }
        false
    }

    /// The finding of a form whose criteria are set elsewhere or were not
    /// read.
    fn no_ladder<S: Sink>(
        &self,
        award: Award,
        recipient: RecipientKind,
        basis: &Basis<'_>,
        sink: &mut S,
    ) {
        let who = recipient.name_vi();
        let who_en = recipient.plural_en();
        match basis {
            Basis::Delegated(citation) => sink.add(Status::Unknown, || {
                Finding::new(
                    Criterion::ProvincialStandard,
                    Status::Unknown,
                    citation,
                    format!("tiêu chuẩn xét tặng \"{award}\" cho {who} do bộ, ban, ngành, tỉnh (cơ quan tặng) quy định chi tiết; cần bổ sung quy định của địa phương (overlay)"),
                    format!("the criteria of '{}' for {who_en} are set by each ministry, province or issuing body; add the local rule as an overlay", award.name_en()),
                )
            }),
            Basis::Unread(citation) => sink.add(Status::Unknown, || {
                let mut vi = format!("tiêu chuẩn xét tặng \"{award}\" cho {who} chưa được đối chiếu ({citation}): cần xem xét");
                let mut en = format!("the criteria of '{}' for {who_en} were not read ({}): needs review", award.name_en(), citation.to_short());
                if let Some(note) = citation.note() {
                    vi.push_str(&format!(" — {note}"));
                    en.push_str(&format!(" — {note}"));
                }
                Finding::new(Criterion::Standard, Status::Unknown, citation, vi, en)
            }),
            _ => {
                let citation = self.regime.defining_citation();
                sink.add(Status::Unknown, || {
                    Finding::new(
                        Criterion::Standard,
                        Status::Unknown,
                        &citation,
                        format!("chế độ \"{}\" không có quy tắc xét tặng \"{award}\" cho {who}: cần xem xét", self.regime.name_vi()),
                        format!("{} has no rule for '{}' to {who_en}: needs review", self.regime.name_en(), award.name_en()),
                    )
                });
            }
        }
    }

    /// An overlay's council-judged criteria: every one of `all`, and one
    /// of `any`.
    fn checklist<S: Sink>(
        &self,
        c: &LocalCriteria<'_>,
        citation: &Citation,
        merits: &Merits,
        sink: &mut S,
    ) {
        for (i, label) in c.all.iter().enumerate() {
            let judged = merits.answer(i);
            let status = gate(citation, judged.map_or(Status::Unknown, Status::from_bool));
            sink.add(status, || {
                checklist_item(citation, status, i, label, judged, Some("hội đồng"))
            });
        }
        if c.any.is_empty() {
            return;
        }
        let offset = c.all.len();
        let answers: Vec<Option<bool>> = (0..c.any.len())
            .map(|i| merits.answer(offset + i))
            .collect();
        let met = answers.iter().position(|a| *a == Some(true));
        let open = answers.iter().any(Option::is_none);
        let status = gate(
            citation,
            match (met, open) {
                (Some(_), _) => Status::Met,
                (None, true) => Status::Unknown,
                (None, false) => Status::Unmet,
            },
        );
        sink.add(status, || {
            let list = c.any.join("; ");
            let (vi, en) = match met {
                Some(i) => (
                    format!(
                        "đạt một trong các tiêu chí: {}",
                        c.any.get(i).map_or("", |s| s.as_ref())
                    ),
                    format!(
                        "meets one of the {} alternatives (no. {})",
                        c.any.len(),
                        i + 1
                    ),
                ),
                None if open => (
                    format!("hội đồng chưa đánh giá đủ các tiêu chí (cần đạt một): {list}"),
                    format!(
                        "the council has not judged every alternative (one needed of {})",
                        c.any.len()
                    ),
                ),
                None => (
                    format!("không đạt tiêu chí nào trong: {list}"),
                    format!("meets none of the {} alternatives", c.any.len()),
                ),
            };
            Finding::new(Criterion::Standard, status, citation, vi, en)
        });
    }

    /// Judges a ladder and writes its findings.
    #[allow(clippy::too_many_lines)]
    fn route<L: Ladder, S: Sink>(
        &self,
        l: &L,
        award: Award,
        route: &FormRoute,
        same: Option<ConferralFact<'_>>,
        sink: &mut S,
    ) {
        let y = self.year;
        // Years already rewarded with this form do not count again.
        let mut lower = y - MAX_YEARS;
        let mut floor_unknown = false;
        if let Some(c) = &same {
            match free_from(c) {
                Some(first) => lower = lower.max(first),
                None => floor_unknown = true,
            }
        }
        // The lower award the run follows, counted from the period written
        // in its decision; from 2024 only a regular one counts.
        if let Some(after) = &route.after {
            lower = lower.max(self.prerequisite(l, after, &mut floor_unknown, sink));
        }
        // The title of the year judged, and the initiative it relies on.
        let title_of_year = route
            .or_titles
            .as_ref()
            .or(route.titles.as_ref())
            .map(|t| l.this_year_title(self, t.value.0));
        let taken = title_of_year.as_ref().and_then(|(_, pick)| pick.as_ref());
        // The runs the route reads: of ratings, and of titles (instead of
        // the years, either suffices; or the run itself). Each is judged
        // with the counts within it, and the better one is kept.
        let mut runs: Vec<(Status, i32, i32, Chain<'_>)> = Vec::new();
        if let Some(years) = &route.years {
            let (n, min) = years.value;
            let need = i32::from(n);
            let run = self.rating_run(l, min, lower, S::EXPLAIN);
            let status = gate(&years.citation, run.status(need));
            let start = run.start(y, need);
            runs.push((status, start, need, Chain::Years(years, run)));
        }
        if let (Some(alt), Some((this_year, _))) = (&route.or_titles, &title_of_year) {
            let (title, m) = alt.value;
            let mut titles = Run::new(S::EXPLAIN);
            let mut go_on = titles.push(*this_year, || {
                format!("\"{title}\" năm {y} chưa đủ điều kiện")
            });
            let mut yy = y - 1;
            while go_on && yy >= lower {
                let met = Status::from_bool(has_title(l, title, yy));
                go_on = titles.push(met, || format!("không có \"{title}\" năm {yy}"));
                yy -= 1;
            }
            let need = i32::from(m);
            let alt_status = gate(&alt.citation, titles.status(need));
            let alt_start = titles.start(y, need);
            runs.push((alt_status, alt_start, need, Chain::Titles(alt, titles)));
        }
        let this_year = title_of_year.as_ref().map(|(s, _)| *s);
        // The better run: the better verdict on it and what it holds, then
        // the wider window.
        let mut best: Option<((Status, i32), usize)> = None;
        for (i, (status, start, _, _)) in runs.iter().enumerate() {
            let mut worst = Worst(*status);
            self.within(l, award, route, *start, this_year, taken, false, &mut worst);
            let key = (worst.0, *start);
            if best.is_none_or(|(b, _)| key < b) {
                best = Some((key, i));
            }
        }
        let Some((_, pick)) = best else {
            return;
        };
        let (mut status, start, need, chain) = runs.swap_remove(pick);
        if floor_unknown && status == Status::Met {
            status = Status::Unknown;
        }
        // A broken chain: the counts within it are not reached; they are
        // shown for the achievement period proposed (at least the years the
        // chain needs), after any earlier award that bounds it.
        let broken = status == Status::Unmet;
        let start = if broken {
            let from = (y - need + 1).min(self.period_from.unwrap_or(y));
            from.max(lower)
        } else {
            start
        };
        sink.add(status, || {
            let from = if lower > y - MAX_YEARS {
                (
                    format!(", tính từ năm {lower}"),
                    format!(", counted from {lower}"),
                )
            } else {
                (String::new(), String::new())
            };
            let (mut vi, mut en, why, citation, evidence) = match &chain {
                Chain::Titles(alt, titles) => {
                    let (title, m) = alt.value;
                    (
                        format!(
                            "{} lần liên tục được tặng \"{title}\" đến năm {y} (cần {m} lần{})",
                            titles.definite, from.0
                        ),
                        format!(
                            "{} consecutive '{}' up to {y} ({m} needed{})",
                            titles.definite,
                            title.name_en(),
                            from.1
                        ),
                        titles.why(status),
                        &alt.citation,
                        Vec::new(),
                    )
                }
                Chain::Years(years, run) => {
                    let (n, min) = years.value;
                    (
                        format!(
                            "{} năm liên tục xếp loại {}{} đến năm {y} (cần {n} năm{})",
                            run.definite,
                            min.abbreviation(),
                            if min == Rating::Excellent {
                                ""
                            } else {
                                " trở lên"
                            },
                            from.0
                        ),
                        format!(
                            "{} consecutive years rated {} or better up to {y} ({n} needed{})",
                            run.definite,
                            min.abbreviation(),
                            from.1
                        ),
                        run.why(status),
                        &years.citation,
                        run.years.clone(),
                    )
                }
            };
            if let Some(why) = why {
                vi.push_str(&format!(": {why}"));
                en.push_str(": see the years");
            }
            if floor_unknown {
                vi.push_str("; thời gian lập thành tích của lần khen trước chưa xác định");
                en.push_str("; the period of the previous award is not known");
            }
            Finding::new(Criterion::Streak, status, citation, vi, en).with_evidence(evidence)
        });
        self.within(l, award, route, start, this_year, taken, broken, sink);
    }

    /// The counts a ladder reads within its run, from `start` to the year
    /// judged: excellent years, titles, awards, initiatives; when the run
    /// broke, each is not reached.
    #[allow(clippy::too_many_arguments)]
    fn within<L: Ladder, S: Sink>(
        &self,
        l: &L,
        award: Award,
        route: &FormRoute,
        start: i32,
        this_year: Option<Status>,
        taken: Option<&InitiativeFact<'_>>,
        broken: bool,
        sink: &mut S,
    ) {
        let y = self.year;
        let not_reached = |status: Status| if broken { Status::Unknown } else { status };
        let reached = |f: Finding| {
            if broken { f.not_reached() } else { f }
        };
        // Within the run: excellent years.
        if let Some(rule) = &route.excellent_years {
            let (mut sure, mut maybe) = (0u32, 0u32);
            for yy in start..=y {
                match l.rating(yy) {
                    Some(Some(Rating::Excellent)) => sure += 1,
                    Some(None) => maybe += 1,
                    _ => {}
                }
            }
            let m = u32::from(rule.value);
            let status = not_reached(gate(&rule.citation, count_status(sure, maybe, m)));
            sink.add(status, || {
                reached(Finding::new(
                    Criterion::Rating,
                    status,
                    &rule.citation,
                    format!("{sure} năm hoàn thành xuất sắc nhiệm vụ trong thời gian {start}–{y} (cần ít nhất {m})"),
                    format!("{sure} years rated HTXS in {start}–{y} (at least {m} needed)"),
                ))
            });
        }
        // Within the run: titles.
        if let (Some(rule), Some(this_year)) = (&route.titles, this_year) {
            let (title, m) = rule.value;
            let earlier = (start..y).filter(|&yy| has_title(l, title, yy)).count();
            let sure = u32::try_from(earlier)
                .unwrap_or(u32::MAX)
                .saturating_add(u32::from(this_year == Status::Met));
            let maybe = u32::from(this_year == Status::Unknown);
            let status = not_reached(gate(
                &rule.citation,
                count_status(sure, maybe, u32::from(m)),
            ));
            sink.add(status, || {
                let mut years: Vec<String> = (start..y).filter(|&yy| has_title(l, title, yy)).map(|yy| yy.to_string()).collect();
                match this_year {
                    Status::Met => years.push(y.to_string()),
                    Status::Unknown => years.push(format!("{y} (chưa xác định)")),
                    Status::Unmet => {}
                }
                let list = if years.is_empty() { "không có".to_owned() } else { format!("năm {}", years.join(", ")) };
                reached(Finding::new(
                    Criterion::Standard,
                    status,
                    &rule.citation,
                    format!("{sure} lần được tặng \"{title}\" trong thời gian {start}–{y} (cần {m}): {list}"),
                    format!("'{}' {sure} times in {start}–{y} ({m} needed)", title.name_en()),
                ))
            });
        }
        // Within the run: one of several counts of awards.
        if let Some(rule) = &route.any_of {
            self.any_of(l, rule, start, broken, sink);
        }
        // Within the run: initiatives not used for another award.
        if let Some(rule) = &route.initiatives {
            l.initiatives(self, award, rule, start, taken, broken, sink);
        }
    }

    /// The lower award a ladder follows: its finding, and the first year
    /// the run may count from.
    fn prerequisite<L: Ladder, S: Sink>(
        &self,
        l: &L,
        after: &Rule<Award>,
        floor_unknown: &mut bool,
        sink: &mut S,
    ) -> i32 {
        let rules = self.regime.forms();
        let y = self.year;
        let lower_award = after.value;
        let regular_only = rules.regular_only.as_ref();
        // From 2024 a one-off or thematic award is not a basis: skip the
        // conferrals known to be of another kind.
        let counts = |c: &ConferralFact<'_>| {
            regular_only.is_none() || l.kind_of(c).is_none_or(|k| k == CommendationKind::Regular)
        };
        let prior = l
            .conferrals()
            .filter(|c| c.in_force && c.award == lower_award && c.period.from() < self.next_year)
            .filter(|c| counts(c))
            .max_by_key(|c| (c.period.from(), c.period.until()));
        let skipped = regular_only.and_then(|_| {
            l.conferrals()
                .filter(|c| c.in_force && c.award == lower_award && !counts(c))
                .max_by_key(|c| (c.period.from(), c.period.until()))
        });
        let unknown_kind = match (regular_only, &prior) {
            (Some(_), Some(c)) => l.kind_of(c).is_none(),
            _ => false,
        };
        let first = prior.as_ref().and_then(free_from);
        let (mut status, mut citation) = match (&prior, first) {
            (None, _) => match (&skipped, regular_only) {
                (Some(_), Some(ro)) => (gate(ro, Status::Unmet), ro),
                _ => (gate(&after.citation, Status::Unmet), &after.citation),
            },
            (Some(_), None) => (
                gate(&rules.counting_fallback, Status::Unknown),
                &rules.counting_fallback,
            ),
            (Some(_), Some(first)) => {
                let citation = rules.counting.as_ref().unwrap_or(&after.citation);
                (gate(citation, Status::from_bool(first <= y)), citation)
            }
        };
        if let (true, Some(ro)) = (unknown_kind, regular_only) {
            if status == Status::Met {
                status = Status::Unknown;
                citation = ro;
            }
        }
        let lower = match first {
            Some(first) => first,
            None => {
                *floor_unknown = true;
                y - MAX_YEARS
            }
        };
        sink.add(status, || {
            let (mut vi, mut en) = match (&prior, first) {
                (None, _) => match &skipped {
                    Some(c) => {
                        let kind = l.kind_of(c).map_or("", CommendationKind::name_vi);
                        (
                            format!("chỉ được tặng \"{lower_award}\" theo loại hình \"{kind}\" ({}): kết quả khen thưởng đột xuất, chuyên đề không làm căn cứ đề nghị khen thưởng theo công trạng", c.period),
                            format!("'{}' was received only as a {} award ({}): one-off and thematic results are not a basis for this ladder", lower_award.name_en(), l.kind_of(c).map_or("", CommendationKind::id), c.period),
                        )
                    }
                    None => (
                        format!("chưa được tặng \"{lower_award}\""),
                        format!("has not received '{}'", lower_award.name_en()),
                    ),
                },
                (Some(c), None) => (
                    format!("đã được tặng \"{lower_award}\" nhưng quyết định không ghi thời gian lập thành tích ({}): chưa xác định được thời điểm bắt đầu tính", c.period),
                    format!("received '{}' but its decision writes no achievement period ({}): the count cannot start", lower_award.name_en(), c.period),
                ),
                (Some(c), Some(first)) => (
                    format!("đã được tặng \"{lower_award}\" cho thành tích {}; thời gian đề nghị tiếp theo tính từ năm {first}", c.period),
                    format!("received '{}' for {}; the next proposal counts from {first}", lower_award.name_en(), c.period),
                ),
            };
            if unknown_kind {
                vi.push_str("; quyết định không ghi loại hình khen thưởng: chỉ khen thưởng theo công trạng mới làm căn cứ, cần xác định");
                en.push_str("; the decision records no kind of commendation: only a regular one is a basis, to be checked");
            }
            let evidence = prior.iter().chain(skipped.iter()).map(conferral_evidence).collect();
            Finding::new(Criterion::Prerequisite, status, citation, vi, en).with_evidence(evidence)
        });
        lower
    }

    /// Within the run: at least one of several counts of awards.
    fn any_of<L: Ladder, S: Sink>(
        &self,
        l: &L,
        rule: &Rule<Vec<(Award, u8)>>,
        start: i32,
        broken: bool,
        sink: &mut S,
    ) {
        let y = self.year;
        let regular_only = self.regime.forms().regular_only.is_some();
        let (Some(from), next) = (NaiveDate::from_ymd_opt(start, 1, 1), self.next_year) else {
            return;
        };
        let counts: Vec<(Award, u32, u32, u8)> = rule
            .value
            .iter()
            .map(|&(award, need)| {
                let (mut sure, mut maybe) = (0u32, 0u32);
                for c in l.conferrals().filter(|c| {
                    c.in_force
                        && c.award.civilian() == award.civilian()
                        && c.period.from() >= from
                        && c.period.until().is_some_and(|u| u <= next)
                }) {
                    match (regular_only, l.kind_of(&c)) {
                        (false, _) | (true, Some(CommendationKind::Regular)) => sure += 1,
                        (true, None) => maybe += 1,
                        (true, Some(_)) => {}
                    }
                }
                (award, sure, maybe, need)
            })
            .collect();
        let status = counts
            .iter()
            .map(|&(_, sure, maybe, need)| count_status(sure, maybe, u32::from(need)))
            .min()
            .unwrap_or(Status::Met);
        let status = gate(&rule.citation, status);
        let status = if broken { Status::Unknown } else { status };
        sink.add(status, || {
            let parts_vi: Vec<String> = counts
                .iter()
                .map(|(a, sure, _, need)| format!("{sure} \"{a}\" (cần {need})"))
                .collect();
            let parts_en: Vec<String> = counts
                .iter()
                .map(|(a, sure, _, need)| format!("{sure} '{}' ({need} needed)", a.name_en()))
                .collect();
            let f = Finding::new(
                Criterion::Standard,
                status,
                &rule.citation,
                format!(
                    "trong thời gian {start}–{y}: {}; cần đạt một trong các mức",
                    parts_vi.join(" hoặc ")
                ),
                format!(
                    "in {start}–{y}: {}; one of them is needed",
                    parts_en.join(" or ")
                ),
            );
            if broken { f.not_reached() } else { f }
        });
    }

    /// Walks the ratings back from the year judged down to `lower`.
    fn rating_run<L: Ladder>(&self, l: &L, min: Rating, lower: i32, explain: bool) -> Run {
        let mut run = Run::new(explain);
        for k in 0..MAX_YEARS {
            let y = self.year - k;
            if y < lower {
                break;
            }
            let (status, rating) = l.year_counts(self, y, min);
            if explain && l.rating(y).is_some() {
                run.years.push(Evidence::Year { year: y, rating });
            }
            let go_on = run.push(status, || l.why_year(y, min, rating));
            if !go_on {
                break;
            }
        }
        run
    }

    /// The initiatives or topics a route needs within its run, each used
    /// once.
    #[allow(clippy::too_many_arguments)]
    fn form_initiatives<F: PersonFacts, S: Sink>(
        &self,
        f: &F,
        award: Award,
        rule: &Rule<(u8, Scope)>,
        start: i32,
        taken: Option<&InitiativeFact<'_>>,
        not_reached: bool,
        sink: &mut S,
    ) {
        let (n, scope) = rule.value;
        let y = self.year;
        let Some(from) = NaiveDate::from_ymd_opt(start, 1, 1) else {
            return;
        };
        let judged = Period::new(from, self.next_year).ok().map(|p| (award, p));
        let usable = || {
            self.usable_initiatives(f, from, move |i| i.scope >= scope, judged)
                .filter(move |i| taken.is_none_or(|t| t != i))
        };
        let topic = |i: &InitiativeFact<'_>| i.kind == InitiativeKind::ResearchTopic;
        let (topics, others) = usable().fold((0usize, 0usize), |(t, o), i| {
            if topic(&i) { (t + 1, o) } else { (t, o + 1) }
        });
        let need = usize::from(n);
        let mixing = self.regime.forms().mixing.as_ref();
        // Two of a kind make the count; a mix is settled by a letter whose
        // answer was not read.
        let (status, citation, kind) = match mixing {
            Some(mixing) if others < need && topics < need && others + topics >= need => {
                (gate(mixing, Status::Unknown), mixing, None)
            }
            Some(_) if others < need && topics >= need => (
                gate(&rule.citation, Status::Met),
                &rule.citation,
                Some(true),
            ),
            Some(_) => (
                gate(&rule.citation, Status::from_bool(others >= need)),
                &rule.citation,
                Some(false),
            ),
            None => (
                gate(&rule.citation, Status::from_bool(others >= need)),
                &rule.citation,
                Some(false),
            ),
        };
        // Initiatives not given: what is missing may be among them.
        let not_given = f.unknown().contains(Fact::Initiatives);
        let status = if not_given && status == Status::Unmet {
            Status::Unknown
        } else {
            status
        };
        let status = if not_reached { Status::Unknown } else { status };
        let mut picked: Vec<InitiativeFact<'_>> = Vec::new();
        if S::EXPLAIN {
            picked = usable()
                .filter(|i| kind.is_none_or(|k| topic(i) == k))
                .collect();
            picked.sort_by_key(|i| (i.scope, i.recognised_on, i.id, i.ordinal));
            picked.truncate(need);
            if status == Status::Met {
                for i in &picked {
                    sink.rely_on(i.id);
                }
            }
        }
        sink.add(status, || {
            let (count, what_vi, what_en) = if mixing.is_some() {
                (topics + others, "sáng kiến, đề tài", "initiatives or topics")
            } else {
                (others, "sáng kiến (không tính đề tài)", "initiatives (topics do not count)")
            };
            let mut vi = format!("{count} {what_vi} được công nhận {} trở lên trong thời gian {start}–{y}, chưa dùng cho khen thưởng khác (cần {n})", scope.name_vi());
            let en = format!("{count} unused {what_en} recognised at {} scope or wider in {start}–{y} ({n} needed)", scope.id());
            let mut en = en;
            if citation != &rule.citation {
                vi.push_str("; gồm cả sáng kiến và đề tài: việc kết hợp chưa được xác định");
            }
            if not_given {
                vi.push_str("; chưa có thông tin về sáng kiến, đề tài được công nhận");
                en.push_str("; initiatives not given");
            }
            let evidence = picked.iter().map(initiative_evidence).collect();
            let f = Finding::new(Criterion::Initiative, status, citation, vi, en).with_evidence(evidence);
            if not_reached { f.not_reached() } else { f }
        });
    }

    /// The general principles: one achievement, one award; one state-level
    /// form a year (2017–2023); nothing pending; a lower form not required.
    fn principles<L: Ladder, S: Sink>(
        &self,
        l: &L,
        award: Award,
        same: Option<ConferralFact<'_>>,
        sink: &mut S,
    ) {
        let rules = self.regime.forms();
        self.one_award(award, same, l.conferrals(), sink);
        self.state_award_per_year(award, l.conferrals().map(|c| (c, l.kind_of(&c))), sink);
        l.pending(self, sink);
        // A lower form is not required first: the ladder is one route.
        let after = rules
            .routes
            .iter()
            .find(|r| r.awards.contains(&award.civilian()) && r.after.is_some())
            .and_then(|r| r.after.as_ref());
        if let Some(after) = after.filter(|_| self.kind == CommendationKind::Regular) {
            let citation = &rules.lower_form_not_required;
            sink.add(Status::Met, || {
                Finding::new(
                    Criterion::LowerFormNotRequired,
                    Status::Met,
                    citation,
                    format!("không nhất thiết phải có hình thức khen thưởng mức thấp mới được khen mức cao hơn: tuyến xét này dựa trên \"{}\"; thành tích xuất sắc đột xuất hoặc tiêu biểu trong phong trào thi đua do hội đồng xét theo tuyến khác", after.value),
                    format!("a lower form is not required first: this route builds on '{}'; one-off or movement achievements are judged by the council on other routes", after.value.name_en()),
                )
            });
        }
    }

    /// One achievement, one award.
    fn one_award<'c, S: Sink>(
        &self,
        award: Award,
        same: Option<ConferralFact<'_>>,
        history: impl Iterator<Item = ConferralFact<'c>>,
        sink: &mut S,
    ) {
        let rules = self.regime.forms();
        let y = self.year;
        let mut history = history;
        let repeated = same.filter(|c| free_from(c).is_some_and(|first| first > y));
        let other = history.find(|c| {
            c.in_force
                && !c.award.is_title()
                && c.award != award
                && c.period.until() == Some(self.next_year)
        });
        let status = gate(
            &rules.one_award,
            match (&repeated, &other) {
                (Some(_), _) => Status::Unmet,
                (None, Some(_)) => Status::Unknown,
                (None, None) => Status::Met,
            },
        );
        sink.add(status, || {
            let (vi, en) = match (&repeated, &other) {
                (Some(c), _) => (
                    format!("đã được tặng \"{award}\" cho thành tích {}: không khen thưởng nhiều lần cho một thành tích", c.period),
                    format!("'{}' was already given for {}: one achievement, one award", award.name_en(), c.period),
                ),
                (None, Some(c)) => (
                    format!("đã được tặng \"{}\" cho thành tích {}: không khen thưởng nhiều hình thức cho một thành tích, cần xác định thành tích đề nghị lần này là thành tích khác", c.award, c.period),
                    format!("'{}' was given for {}: one achievement, one form; the council must tell the achievements apart", c.award.name_en(), c.period),
                ),
                (None, None) => (
                    format!("thành tích đến năm {y} chưa được khen thưởng bằng hình thức khác"),
                    format!("the achievement up to {y} has not been rewarded with another form"),
                ),
            };
            let evidence = repeated.iter().chain(other.iter()).map(conferral_evidence).collect();
            Finding::new(Criterion::OneAchievementOneAward, status, &rules.one_award, vi, en).with_evidence(evidence)
        });
    }

    /// One state-level form a year (2017–2023), unless one of the two is of
    /// an excepted kind (one-off, career, seniority).
    fn state_award_per_year<'c, S: Sink>(
        &self,
        award: Award,
        history: impl Iterator<Item = (ConferralFact<'c>, Option<CommendationKind>)>,
        sink: &mut S,
    ) {
        let rules = self.regime.forms();
        let (Some(citation), true) = (&rules.state_award_per_year, is_state_level(award)) else {
            return;
        };
        let exempt = |k: CommendationKind| rules.state_award_exempt.contains(&k);
        let year_ago = self
            .on
            .checked_sub_months(Months::new(12))
            .unwrap_or(NaiveDate::MIN);
        let recent: Vec<(ConferralFact<'c>, Option<CommendationKind>)> = history
            .filter(|(c, _)| {
                let when = c.decision.map(|d| d.date).or(c.period.last_day());
                c.in_force
                    && is_state_level(c.award)
                    && when.is_some_and(|d| d > year_ago && d <= self.on)
            })
            .collect();
        let own_exempt = exempt(self.kind);
        // The recent awards that bar this one: those not of an excepted
        // kind (a kind not recorded may bar it).
        let barring: Vec<&(ConferralFact<'c>, Option<CommendationKind>)> = if own_exempt {
            Vec::new()
        } else {
            recent
                .iter()
                .filter(|(_, k)| k.is_none_or(|k| !exempt(k)))
                .collect()
        };
        let sure_bar = barring.iter().find(|(_, k)| k.is_some()).copied();
        let raw = match (barring.first(), sure_bar) {
            (None, _) => Status::Met,
            (Some(_), Some(_)) => Status::Unmet,
            (Some(_), None) => Status::Unknown,
        };
        let status = gate(citation, raw);
        sink.add(status, || {
            let on_vi = date_vi(self.on);
            let (vi, en) = match (recent.first(), barring.first(), sure_bar) {
                (None, _, _) => (
                    format!("không có hình thức khen thưởng cấp Nhà nước nào trong 01 năm trước ngày {on_vi}"),
                    format!("no state-level form within a year before {}", self.on),
                ),
                (Some(_), None, _) if own_exempt => (
                    format!("đã có hình thức khen thưởng cấp Nhà nước trong 01 năm trước ngày {on_vi}, nhưng lần này là \"{}\", được loại trừ", self.kind),
                    format!("a state-level form was given within a year before {}, but this one is {}, which is excepted", self.on, self.kind.id()),
                ),
                (Some((c, k)), None, _) => (
                    format!("\"{}\" trong vòng 01 năm trước ngày {on_vi} là \"{}\", được loại trừ", c.award, k.map_or("", CommendationKind::name_vi)),
                    format!("'{}' within a year before {} is {}, which is excepted", c.award.name_en(), self.on, k.map_or("", CommendationKind::id)),
                ),
                (_, _, Some((c, _))) => (
                    format!("đã có \"{}\" trong vòng 01 năm trước ngày {on_vi}: không xét 2 hình thức khen thưởng cấp Nhà nước trong 01 năm, trừ khen thưởng đột xuất, quá trình cống hiến, niên hạn", c.award),
                    format!("'{}' was given within a year before {}: no two state-level forms within a year unless one-off, career or seniority", c.award.name_en(), self.on),
                ),
                (_, Some((c, _)), None) => (
                    format!("đã có \"{}\" trong vòng 01 năm trước ngày {on_vi}: không xét 2 hình thức khen thưởng cấp Nhà nước trong 01 năm, trừ khen thưởng đột xuất, quá trình cống hiến, niên hạn — quyết định không ghi loại hình khen thưởng, cần xác định", c.award),
                    format!("'{}' was given within a year before {}: no two state-level forms within a year unless one-off, career or seniority; its kind is not recorded and must be checked", c.award.name_en(), self.on),
                ),
            };
            let evidence = recent.iter().map(|(c, _)| conferral_evidence(c)).collect();
            Finding::new(Criterion::StateAwardPerYear, status, citation, vi, en).with_evidence(evidence)
        });
    }
}

/// The latest conferral in force of `award` in a list that began before
/// `before`.
fn latest_in(
    list: &[crate::history::Conferral],
    award: Award,
    before: NaiveDate,
) -> Option<ConferralFact<'_>> {
    list.iter()
        .filter(|c| c.is_in_force() && c.award == award && c.period.from() < before)
        .map(ConferralFact::from)
        .max_by_key(|c| (c.period.from(), c.period.until()))
}

/// The run a ladder judged: of ratings, or of a title.
enum Chain<'r> {
    Years(&'r Rule<(u8, Rating)>, Run),
    Titles(&'r Rule<(Award, u8)>, Run),
}

/// A run of consecutive years, walked back from the year judged.
#[derive(Clone, Debug)]
struct Run {
    /// Whether the reasons are written (the explaining path).
    explain: bool,
    /// Years met before the first year that is not.
    definite: i32,
    /// Years met or unknown before the first year that is unmet.
    optimistic: i32,
    /// The first year left unknown, and why.
    unknown_at: Option<String>,
    /// The year that broke the run, and why.
    unmet_at: Option<String>,
    /// What the years showed.
    years: Vec<Evidence>,
}

impl Run {
    fn new(explain: bool) -> Run {
        Run {
            explain,
            definite: 0,
            optimistic: 0,
            unknown_at: None,
            unmet_at: None,
            years: Vec::new(),
        }
    }

    fn status(&self, need: i32) -> Status {
        if self.definite >= need {
            Status::Met
        } else if self.optimistic >= need {
            Status::Unknown
        } else {
            Status::Unmet
        }
    }

    /// The first year of the run the later criteria look in: the definite
    /// run once it suffices, otherwise the optimistic one.
    fn start(&self, y: i32, need: i32) -> i32 {
        let len = if self.definite >= need {
            self.definite
        } else {
            self.optimistic
        };
        y - len.max(1) + 1
    }

    /// Adds the next year back; false once the run is broken.
    fn push(&mut self, status: Status, why: impl FnOnce() -> String) -> bool {
        match status {
            Status::Met => {
                if self.definite == self.optimistic {
                    self.definite += 1;
                }
                self.optimistic += 1;
                true
            }
            Status::Unknown => {
                if self.explain && self.unknown_at.is_none() {
                    self.unknown_at = Some(why());
                }
                self.optimistic += 1;
                true
            }
            Status::Unmet => {
                if self.explain {
                    self.unmet_at = Some(why());
                }
                false
            }
        }
    }

    /// Why the run has `status`, if it says anything.
    fn why(&self, status: Status) -> Option<&str> {
        match status {
            Status::Met => None,
            Status::Unknown => self.unknown_at.as_deref(),
            Status::Unmet => self.unmet_at.as_deref(),
        }
    }
}
