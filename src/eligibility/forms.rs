//! Commendation forms (hình thức khen thưởng) of individuals: "Giấy khen",
//! the "Bằng khen" of a ministry or province and of the Prime Minister, and
//! "Huân chương Lao động hạng Ba", with the general principles of
//! commendation as findings.
//!
//! Every form is judged by one rule code, a [`FormRoute`]: a run of yearly
//! ratings up to the year judged ("liên tục … đến thời điểm đề nghị"),
//! counted after a lower award ("đã được tặng …") and after the years the
//! same form already rewarded, with titles, excellent years or initiatives
//! within the run ("trong thời gian đó").
//!
//! | form | 2017–2023 (Decree 91/2017) | from 2024 (Law 06/2022) |
//! |---|---|---|
//! | Giấy khen | set by the ministry or province: an [`OverlayRule::CommendationStandard`](super::OverlayRule::CommendationStandard) | the same (Law Art. 75 k2) |
//! | Bằng khen bộ, ngành, tỉnh | 2 consecutive years HTXS + 2 grassroots initiatives in that time (Art. 39 k1) | 2 consecutive CSTĐCS **or** 2 consecutive years HTXS, + 2 initiatives or topics not used before (Art. 74 k1 d) |
//! | Bằng khen Thủ tướng | BK bộ/tỉnh, then 5 continuous years HTXS + 5 grassroots initiatives (Art. 38 k1 c) | BK bộ/tỉnh, then 5 continuous years HTT or better up to the proposal, with 3 CSTĐCS (Art. 73 k1 b) |
//! | Huân chương Lao động hạng Ba | BK Thủ tướng, then 5 continuous years of excellent achievement + 2 initiatives of ministry/province scope (Art. 24 k1) | BK Thủ tướng, then 5 continuous years HTT or better, ≥ 1 HTXS, 3 CSTĐCS (Art. 44 k1 e) |
//!
//! A run breaks on an earlier year without a record, a lower rating or
//! (from 2024) a discipline period; a year recorded but not yet rated, or
//! the year judged with no record yet, leaves it unknown.
//! Years count from the achievement period written in the previous decision
//! (Decree 98/2023 Art. 30 k9); a previous decision without a period cannot
//! be counted yet (the fallback of that clause was not read).

use chrono::{Datelike, Months, NaiveDate};

use crate::award::{Award, AwardKind};
use crate::people::{Fact, InitiativeKind, Rating, Scope};
use crate::period::Period;

use super::individual::{conferral_evidence, date_vi, initiative_evidence};
use super::review::{Review, Sink, Worst, gate};
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

/// The latest conferral in force of `award` that began before `before`.
fn latest<F: PersonFacts>(f: &F, award: Award, before: NaiveDate) -> Option<ConferralFact<'_>> {
    f.conferrals()
        .filter(|c| c.in_force && c.award == award && c.period.from() < before)
        .max_by_key(|c| (c.period.from(), c.period.until()))
}

/// Where a run may start after a conferral: the first year after its
/// period, or unknown when its period has no end (no period written).
fn free_from(c: &ConferralFact<'_>) -> Option<i32> {
    c.period.until().map(first_year_from)
}

/// Whether `title` was conferred for year `y` (and stands).
fn has_title<F: PersonFacts>(f: &F, title: Award, y: i32) -> bool {
    f.conferrals().any(|c| {
        c.in_force && c.award.civilian() == title.civilian() && c.period.as_year() == Some(y)
    })
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

impl Review<'_> {
    /// A commendation form for an individual: its route, then the general
    /// principles.
    pub(super) fn form<F: PersonFacts, S: Sink>(&self, f: &F, award: Award, sink: &mut S) {
        let rules = self.regime.forms();
        let local;
        let route = match rules.route(award) {
            Some(route) => Some(route),
            None => {
                local = self.commendation_route();
                local.as_ref()
            }
        };
        let same = latest(f, award, self.next_year);
        match route {
            Some(route) => self.route(f, award, route, same, sink),
            None => {
                let citation = &rules.commendation;
                sink.add(Status::Unknown, || {
                    Finding::new(
                        Criterion::ProvincialStandard,
                        Status::Unknown,
                        citation,
                        format!("tiêu chuẩn xét tặng \"{award}\" do bộ, ban, ngành, tỉnh quy định chi tiết; cần bổ sung quy định của địa phương (overlay)"),
                        format!("the criteria of '{}' are set by each ministry or province; add the local rule as an overlay", award.name_en()),
                    )
                });
            }
        }
        self.principles(f, award, same, sink);
    }

    /// The "Giấy khen" criteria of the last overlay that sets them.
    fn commendation_route(&self) -> Option<FormRoute> {
        self.overlay_rule(|r| match r {
            OverlayRule::CommendationStandard { years, rating } => Some((*years, *rating)),
            _ => None,
        })
        .map(|((years, rating), citation)| FormRoute::years(years, rating, citation.clone()))
    }

    /// Whether year `y` counts in a run of ratings of at least `min`.
    fn year_counts<F: PersonFacts>(&self, f: &F, y: i32, min: Rating) -> (Status, Option<Rating>) {
        let Some(facts) = f.year(y) else {
            // The record of the year judged may not be in yet; an earlier
            // year without a record breaks the run.
            let status = if y == self.year {
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
        if self.rules().discipline_period.is_some() {
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

    /// Walks the ratings back from the year judged down to `lower`.
    fn rating_run<F: PersonFacts>(&self, f: &F, min: Rating, lower: i32, explain: bool) -> Run {
        let mut run = Run::new(explain);
        for k in 0..MAX_YEARS {
            let y = self.year - k;
            if y < lower {
                break;
            }
            let (status, rating) = self.year_counts(f, y, min);
            if explain && f.year(y).is_some() {
                run.years.push(Evidence::Year { year: y, rating });
            }
            let go_on = run.push(status, || match rating {
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
            });
            if !go_on {
                break;
            }
        }
        run
    }

    /// The title of the year judged: conferred already, or judged now (with
    /// the initiative that judgement relies on).
    fn this_year_title<'f, F: PersonFacts>(
        &self,
        f: &'f F,
        title: Award,
    ) -> (Status, Option<InitiativeFact<'f>>) {
        if has_title(f, title, self.year) {
            return (Status::Met, None);
        }
        // The review may have decided it already, e.g. after a quota.
        let decided = f.decided(title, self.year).map(Status::from_bool);
        let mut worst = Worst(Status::Met);
        if title == Award::GrassrootsEmulationFighter {
            let pick = self.grassroots(f, &mut worst);
            (decided.unwrap_or(worst.0), pick)
        } else if let Some(d) = decided {
            (d, None)
        } else {
            match self.judge_person(f, title, &mut worst) {
                Ok(()) => (worst.0, None),
                Err(_) => (Status::Unknown, None),
            }
        }
    }

    /// Judges a route and writes its findings.
    #[allow(clippy::too_many_lines)]
    fn route<F: PersonFacts, S: Sink>(
        &self,
        f: &F,
        award: Award,
        route: &FormRoute,
        same: Option<ConferralFact<'_>>,
        sink: &mut S,
    ) {
        let rules = self.regime.forms();
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
        // in its decision.
        if let Some(after) = &route.after {
            let prior = latest(f, after.value, self.next_year);
            let first = prior.as_ref().and_then(free_from);
            let (status, citation) = match (&prior, first) {
                (None, _) => (gate(&after.citation, Status::Unmet), &after.citation),
                (Some(_), None) => (
                    gate(&rules.counting_fallback, Status::Unknown),
                    &rules.counting_fallback,
                ),
                (Some(_), Some(first)) => {
                    let citation = rules.counting.as_ref().unwrap_or(&after.citation);
                    (gate(citation, Status::from_bool(first <= y)), citation)
                }
            };
            match first {
                Some(first) => lower = lower.max(first),
                None => floor_unknown = true,
            }
            sink.add(status, || {
                let lower_award = after.value;
                let (vi, en) = match (&prior, first) {
                    (None, _) => (
                        format!("chưa được tặng \"{lower_award}\""),
                        format!("has not received '{}'", lower_award.name_en()),
                    ),
                    (Some(c), None) => (
                        format!("đã được tặng \"{lower_award}\" nhưng quyết định không ghi thời gian lập thành tích ({}): chưa xác định được thời điểm bắt đầu tính", c.period),
                        format!("received '{}' but its decision writes no achievement period ({}): the count cannot start", lower_award.name_en(), c.period),
                    ),
                    (Some(c), Some(first)) => (
                        format!("đã được tặng \"{lower_award}\" cho thành tích {}; thời gian đề nghị tiếp theo tính từ năm {first}", c.period),
                        format!("received '{}' for {}; the next proposal counts from {first}", lower_award.name_en(), c.period),
                    ),
                };
                let evidence = prior.iter().map(conferral_evidence).collect();
                Finding::new(Criterion::Prerequisite, status, citation, vi, en).with_evidence(evidence)
            });
        }
        // The run of ratings.
        let (n, min) = route.years.value;
        let need = i32::from(n);
        let run = self.rating_run(f, min, lower, S::EXPLAIN);
        let mut status = gate(&route.years.citation, run.status(need));
        let mut start = run.start(y, need);
        // The title of the year judged, and the initiative it relies on.
        let title_of_year = route
            .or_titles
            .as_ref()
            .or(route.titles.as_ref())
            .map(|t| self.this_year_title(f, t.value.0));
        let taken = title_of_year.and_then(|(_, pick)| pick);
        // Or a run of titles instead: either suffices, take the better.
        let mut via_titles: Option<(&Rule<(Award, u8)>, Run)> = None;
        if let (Some(alt), Some((this_year, _))) = (&route.or_titles, title_of_year) {
            let (title, m) = alt.value;
            let mut titles = Run::new(S::EXPLAIN);
            let mut go_on = titles.push(this_year, || {
                format!("\"{title}\" năm {y} chưa đủ điều kiện")
            });
            let mut yy = y - 1;
            while go_on && yy >= lower {
                let met = Status::from_bool(has_title(f, title, yy));
                go_on = titles.push(met, || format!("không có \"{title}\" năm {yy}"));
                yy -= 1;
            }
            let alt_status = gate(&alt.citation, titles.status(i32::from(m)));
            let alt_start = titles.start(y, i32::from(m));
            if (alt_status, alt_start) < (status, start) {
                status = alt_status;
                start = alt_start;
                via_titles = Some((alt, titles));
            }
        }
        if floor_unknown && status == Status::Met {
            status = Status::Unknown;
        }
        sink.add(status, || {
            let from = if lower > y - MAX_YEARS {
                (
                    format!(", tính từ năm {lower}"),
                    format!(", counted from {lower}"),
                )
            } else {
                (String::new(), String::new())
            };
            let (mut vi, mut en, why, citation, evidence) = match &via_titles {
                Some((alt, titles)) => {
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
                None => (
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
                    &route.years.citation,
                    run.years.clone(),
                ),
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
        // Within the run: excellent years.
        if let Some(rule) = &route.excellent_years {
            let (mut sure, mut maybe) = (0u32, 0u32);
            for yy in start..=y {
                match f.year(yy).map(|r| r.rating) {
                    Some(Some(Rating::Excellent)) => sure += 1,
                    Some(None) => maybe += 1,
                    _ => {}
                }
            }
            let m = u32::from(rule.value);
            let status = gate(&rule.citation, count_status(sure, maybe, m));
            sink.add(status, || {
                Finding::new(
                    Criterion::Rating,
                    status,
                    &rule.citation,
                    format!("{sure} năm hoàn thành xuất sắc nhiệm vụ trong thời gian {start}–{y} (cần ít nhất {m})"),
                    format!("{sure} years rated HTXS in {start}–{y} (at least {m} needed)"),
                )
            });
        }
        // Within the run: titles.
        if let (Some(rule), Some((this_year, _))) = (&route.titles, title_of_year) {
            let (title, m) = rule.value;
            let earlier = (start..y).filter(|&yy| has_title(f, title, yy)).count();
            let sure = u32::try_from(earlier)
                .unwrap_or(u32::MAX)
                .saturating_add(u32::from(this_year == Status::Met));
            let maybe = u32::from(this_year == Status::Unknown);
            let status = gate(&rule.citation, count_status(sure, maybe, u32::from(m)));
            sink.add(status, || {
                let mut years: Vec<String> = (start..y).filter(|&yy| has_title(f, title, yy)).map(|yy| yy.to_string()).collect();
                match this_year {
                    Status::Met => years.push(y.to_string()),
                    Status::Unknown => years.push(format!("{y} (chưa xác định)")),
                    Status::Unmet => {}
                }
                let list = if years.is_empty() { "không có".to_owned() } else { format!("năm {}", years.join(", ")) };
                Finding::new(
                    Criterion::Standard,
                    status,
                    &rule.citation,
                    format!("{sure} lần được tặng \"{title}\" trong thời gian {start}–{y} (cần {m}): {list}"),
                    format!("'{}' {sure} times in {start}–{y} ({m} needed)", title.name_en()),
                )
            });
        }
        // Within the run: initiatives not used for another award.
        if let Some(rule) = &route.initiatives {
            self.form_initiatives(f, award, rule, start, taken.as_ref(), sink);
        }
    }

    /// The initiatives or topics a route needs within its run, each used
    /// once.
    fn form_initiatives<F: PersonFacts, S: Sink>(
        &self,
        f: &F,
        award: Award,
        rule: &Rule<(u8, Scope)>,
        start: i32,
        taken: Option<&InitiativeFact<'_>>,
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
            Finding::new(Criterion::Initiative, status, citation, vi, en).with_evidence(evidence)
        });
    }

    /// The general principles: one achievement, one award; one state-level
    /// form a year (2017–2023); nothing pending; a lower form not required.
    fn principles<F: PersonFacts, S: Sink>(
        &self,
        f: &F,
        award: Award,
        same: Option<ConferralFact<'_>>,
        sink: &mut S,
    ) {
        let rules = self.regime.forms();
        let y = self.year;
        // One achievement, one award.
        let repeated = same.filter(|c| free_from(c).is_some_and(|first| first > y));
        let other = f.conferrals().find(|c| {
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
        // One state-level form a year.
        if let (Some(citation), true) = (&rules.state_award_per_year, is_state_level(award)) {
            let year_ago = self
                .on
                .checked_sub_months(Months::new(12))
                .unwrap_or(NaiveDate::MIN);
            let recent = f.conferrals().find(|c| {
                let when = c.decision.map(|d| d.date).or(c.period.last_day());
                c.in_force
                    && is_state_level(c.award)
                    && when.is_some_and(|d| d > year_ago && d <= self.on)
            });
            let status = gate(
                citation,
                if recent.is_some() {
                    Status::Unknown
                } else {
                    Status::Met
                },
            );
            sink.add(status, || {
                let (vi, en) = match &recent {
                    Some(c) => (
                        format!("đã có \"{}\" trong vòng 01 năm trước ngày {}: không xét 2 hình thức khen thưởng cấp Nhà nước trong 01 năm, trừ khen thưởng đột xuất, quá trình cống hiến, niên hạn — cần xác định loại khen thưởng", c.award, date_vi(self.on)),
                        format!("'{}' was given within a year before {}: no two state-level forms within a year unless one-off, career or seniority; the kind must be checked", c.award.name_en(), self.on),
                    ),
                    None => (
                        format!("không có hình thức khen thưởng cấp Nhà nước nào trong 01 năm trước ngày {}", date_vi(self.on)),
                        format!("no state-level form within a year before {}", self.on),
                    ),
                };
                let evidence = recent.iter().map(conferral_evidence).collect();
                Finding::new(Criterion::StateAwardPerYear, status, citation, vi, en).with_evidence(evidence)
            });
        }
        // Nothing pending (from 2024).
        if let Some(citation) = &self.rules().discipline_period {
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
        // A lower form is not required first: the ladder is one route.
        if let Some(after) = rules.route(award).and_then(|r| r.after.as_ref()) {
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
}
