//! The individual emulation titles: "Lao động tiên tiến" / "Chiến sĩ tiên
//! tiến", "Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua bộ, ban, ngành, tỉnh"
//! and "Chiến sĩ thi đua toàn quốc".
//!
//! Each function reads the regime's [`IndividualRules`](super::IndividualRules)
//! and writes one finding per criterion to a sink. The criteria follow the
//! law's order: standard, exclusions, then what the higher title adds.

use chrono::{Datelike, NaiveDate};

use crate::award::Award;
use crate::lang::Bilingual as _;
use crate::people::{Fact, InitiativeKind, PersonCategory, Rating, Scope};
use crate::period::Period;

use super::review::{Review, Sink, Worst, gate};
use super::verdict::{Criterion, Evidence, Finding, Outcome, Status};
use crate::facts::{ConferralFact, InitiativeFact, PersonFacts, YearFacts};
use crate::law::{GrassrootsRoute, Rule};

/// Whole months from `from` to `until` (for messages).
fn months_between(from: NaiveDate, until: NaiveDate) -> i32 {
    let months = (until.year() - from.year()) * 12 + until.month() as i32 - from.month() as i32;
    if until.day() < from.day() {
        months - 1
    } else {
        months
    }
}

/// `" ngày 04/05/2021"`, or nothing when the day is not known.
fn on_vi(day: Option<NaiveDate>) -> String {
    day.map(|d| format!(" ngày {}", date_vi(d)))
        .unwrap_or_default()
}

/// `" on 2021-05-04"`, or nothing when the day is not known.
fn on_en(day: Option<NaiveDate>) -> String {
    day.map(|d| format!(" on {d}")).unwrap_or_default()
}

/// The finding of a criterion whose fact was not given: unknown, naming
/// the fact (and the year, for a year's fact).
pub(super) fn unknown_fact(
    criterion: Criterion,
    fact: Fact,
    year: Option<i32>,
    citation: &crate::citation::Citation,
) -> Finding {
    let (vi, en) = match year {
        Some(y) => (
            format!(
                "chưa có thông tin về {} năm {y}: cần bổ sung (ghi rõ nếu không có)",
                fact.name_vi()
            ),
            format!(
                "{} in {y} not given: add it (an empty list if there is none)",
                fact.name_en()
            ),
        ),
        None => (
            format!("chưa có thông tin về {}: cần bổ sung", fact.name_vi()),
            format!("{} not given: add it", fact.name_en()),
        ),
    };
    Finding::new(criterion, Status::Unknown, citation, vi, en)
}

pub(super) fn date_vi(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

impl Review<'_> {
    /// "Chiến sĩ tiên tiến" is the title of the armed forces, "Lao động
    /// tiên tiến" of everyone else (Law 06/2022 Art. 24 k1–k2).
    pub(super) fn category_fits<F: PersonFacts, S: Sink>(&self, f: &F, award: Award, sink: &mut S) {
        let armed = f.category().is_armed_forces();
        let right = f.category().base_title();
        if award != right {
            let citation = self
                .rules()
                .rating
                .citation
                .clone()
                .clause(if armed { 2 } else { 1 });
            sink.add(Status::Unmet, || {
                Finding::new(
                    Criterion::ProvincialStandard,
                    Status::Unmet,
                    &citation,
                    format!(
                        "{} được xét danh hiệu \"{right}\", không phải \"{award}\"",
                        f.category()
                    ),
                    format!(
                        "a {} is judged for '{}', not '{}'",
                        f.category().en(),
                        right.name_en(),
                        award.name_en()
                    ),
                )
            });
        }
    }

    /// The standard of "Lao động tiên tiến" and its exclusions.
    pub(crate) fn advanced<F: PersonFacts, S: Sink>(&self, f: &F, sink: &mut S) {
        self.annual(f, &self.rules().rating, sink);
    }

    /// An annual title: the standard of "Lao động tiên tiến" and its
    /// exclusions, with `rating` as the lowest yearly rating (the national
    /// one, or a local title's).
    pub(crate) fn annual<F: PersonFacts, S: Sink>(
        &self,
        f: &F,
        rating: &Rule<Rating>,
        sink: &mut S,
    ) {
        let rules = self.rules();
        let y = self.year;
        let Some(facts) = f.year(y) else {
            sink.add(Status::Unknown, || {
                Finding::new(
                    Criterion::Record,
                    Status::Unknown,
                    &rules.rating.citation,
                    format!("chưa có hồ sơ đánh giá năm {y}"),
                    format!("no record for {y}"),
                )
            });
            return;
        };
        if let Some(start) = f.service_start().filter(|s| s.year() > y) {
            sink.add(Status::Unknown, || {
                Finding::new(
                    Criterion::Record,
                    Status::Unknown,
                    &rules.rating.citation,
                    format!("hồ sơ năm {y} có trước ngày bắt đầu công tác liên tục ({}): cần kiểm tra lại ngày bắt đầu công tác", date_vi(start)),
                    format!("the record of {y} is from before the start of service ({start}): check the start of service"),
                )
            });
        }
        self.standard(f.category(), facts, rating, sink);
        self.new_hire(f, sink);
        self.discipline(f, &facts, sink);
        self.training(&facts, sink);
        self.leave(&facts, sink);
        self.transfer(&facts, sink);
    }

    fn standard<S: Sink>(
        &self,
        category: PersonCategory,
        facts: YearFacts,
        rating: &Rule<Rating>,
        sink: &mut S,
    ) {
        let rules = self.rules();
        let y = self.year;
        if matches!(category, PersonCategory::Farmer | PersonCategory::Other) {
            sink.add(Status::Unknown, || {
                Finding::new(
                    Criterion::ProvincialStandard,
                    Status::Unknown,
                    &rules.labourer_standard,
                    format!("tiêu chuẩn đối với {category} do Ủy ban nhân dân cấp tỉnh quy định chi tiết; cần hội đồng thi đua, khen thưởng đánh giá"),
                    format!("the standard for a {} is detailed by the province; the council must judge it", category.id()),
                )
            });
            return;
        }
        let min = rating.value;
        let citation = &rating.citation;
        match facts.rating {
            None => sink.add(Status::Unknown, || {
                Finding::new(
                    Criterion::Rating,
                    Status::Unknown,
                    citation,
                    format!("chưa có kết quả xếp loại năm {y}"),
                    format!("not rated for {y} yet"),
                )
            }),
            Some(r) => {
                let status = gate(citation, Status::from_bool(r >= min));
                sink.add(status, || {
                    Finding::new(
                        Criterion::Rating,
                        status,
                        citation,
                        format!("năm {y} xếp loại \"{r}\"; cần \"{min}\" trở lên"),
                        format!(
                            "rated {} for {y}; {} or better needed",
                            r.abbreviation(),
                            min.abbreviation()
                        ),
                    )
                });
            }
        }
    }

    fn new_hire<F: PersonFacts, S: Sink>(&self, f: &F, sink: &mut S) {
        let rule = &self.new_hire;
        let n = rule.value;
        let y = self.year;
        let Some(start) = f.service_start() else {
            sink.add(Status::Unknown, || {
                unknown_fact(Criterion::NewHire, Fact::ServiceStart, None, &rule.citation)
            });
            return;
        };
        if start > self.on {
            sink.add(Status::Unmet, || {
                Finding::new(
                    Criterion::NewHire,
                    Status::Unmet,
                    &rule.citation,
                    format!("ngày bắt đầu công tác {} sau ngày xét {}: chưa công tác trong năm {y}", date_vi(start), date_vi(self.on)),
                    format!("service starts on {start}, after the judging date {}: not in service in {y}", self.on),
                )
            });
            return;
        }
        // Whoever served the whole year is no new hire under any reading.
        let status = if start <= self.year_start {
            Status::Met
        } else {
            gate(&rule.citation, Status::from_bool(start <= self.hire_cutoff))
        };
        sink.add(status, || {
            let served = months_between(start.max(self.year_start), self.next_year).max(0);
            Finding::new(
                Criterion::NewHire,
                status,
                &rule.citation,
                format!("công tác liên tục từ {}: {served} tháng trong năm {y}; không xét người mới tuyển dụng dưới {n} tháng", date_vi(start)),
                format!("in continuous service since {start}: {served} months in {y}; new hires under {n} months are not considered"),
            )
        });
    }

    fn discipline<F: PersonFacts, S: Sink>(&self, f: &F, facts: &YearFacts, sink: &mut S) {
        let rules = self.rules();
        let y = self.year;
        let unknown = facts.unknown;
        if let Some(rule) = rules
            .discipline_excludes
            .as_ref()
            .filter(|_| unknown.contains(Fact::Discipline))
        {
            sink.add(Status::Unknown, || {
                unknown_fact(
                    Criterion::Discipline,
                    Fact::Discipline,
                    Some(y),
                    &rule.citation,
                )
            });
        } else if let Some(rule) = &rules.discipline_excludes {
            let hit = facts.discipline.filter(|d| d.form >= rule.value);
            let status = gate(&rule.citation, Status::from_bool(hit.is_none()));
            sink.add(status, || {
                let (vi, en) = match hit {
                    Some(d) => (
                        format!(
                            "bị kỷ luật \"{}\"{} (loại trừ từ hình thức \"{}\" trở lên)",
                            d.form,
                            on_vi(d.decided_on),
                            rule.value
                        ),
                        format!(
                            "disciplined ({}){}; {} or heavier excludes",
                            d.form.id(),
                            on_en(d.decided_on),
                            rule.value.id()
                        ),
                    ),
                    None => (
                        format!(
                            "không bị kỷ luật từ hình thức \"{}\" trở lên trong năm {y}",
                            rule.value
                        ),
                        format!("no discipline of {} or heavier in {y}", rule.value.id()),
                    ),
                };
                Finding::new(Criterion::Discipline, status, &rule.citation, vi, en)
            });
        }
        let Some(citation) = &rules.discipline_period else {
            return;
        };
        let pending = facts.discipline_pending;
        if unknown.contains(Fact::PendingDiscipline) {
            sink.add(Status::Unknown, || {
                unknown_fact(
                    Criterion::PendingDiscipline,
                    Fact::PendingDiscipline,
                    Some(y),
                    citation,
                )
            });
        } else {
            let status = gate(citation, Status::from_bool(!pending));
            sink.add(status, || {
                let (vi, en) = if pending {
                    (
                        "đang bị xem xét kỷ luật, điều tra, thanh tra hoặc giải quyết khiếu nại"
                            .to_owned(),
                        "a disciplinary process, investigation or inspection is open".to_owned(),
                    )
                } else {
                    (
                        "không có quá trình xem xét kỷ luật, điều tra, thanh tra đang diễn ra"
                            .to_owned(),
                        "no disciplinary process, investigation or inspection open".to_owned(),
                    )
                };
                Finding::new(Criterion::PendingDiscipline, status, citation, vi, en)
            });
        }
        // Achievement counts only from the end of a discipline period: one
        // in force this year, or decided last year and still running.
        let earlier = f.year(y - 1).and_then(|p| p.discipline);
        let running = [facts.discipline, earlier]
            .into_iter()
            .flatten()
            .filter(|d| {
                d.decided_on.is_none_or(|on| on < self.next_year)
                    && d.ends_on.is_none_or(|e| e > self.year_start)
            })
            .max_by_key(|d| d.ends_on.unwrap_or(NaiveDate::MAX));
        let status = match running {
            None => Status::Met,
            Some(d) => match d.ends_on {
                Some(e) if e >= self.next_year => Status::Unmet,
                _ => Status::Unknown,
            },
        };
        // This year's or last year's discipline not given: a period may
        // run.
        let not_given = unknown.contains(Fact::Discipline);
        let earlier_not_given = f.unknown_in(y - 1).contains(Fact::Discipline);
        let status = if not_given || earlier_not_given {
            status.max(Status::Unknown)
        } else {
            status
        };
        let status = gate(citation, status);
        sink.add(status, || {
            let (vi, en) = match running {
                None if not_given => {
                    return unknown_fact(Criterion::DisciplinePeriod, Fact::Discipline, Some(y), citation);
                }
                None if earlier_not_given => (
                    format!("chưa có thông tin về kỷ luật năm {}: hình thức kỷ luật quyết định năm đó có thể còn thời hạn trong năm {y}", y - 1),
                    format!("discipline in {} not given: a measure decided then may still run in {y}", y - 1),
                ),
                None => (format!("không có thời hạn kỷ luật trong năm {y}"), format!("no discipline period in {y}")),
                Some(d) => match d.ends_on {
                    Some(e) if e >= self.next_year => (
                        format!("kỷ luật \"{}\"{} còn thời hạn đến {}: thành tích năm {y} chưa được tính", d.form, on_vi(d.decided_on), date_vi(e)),
                        format!("discipline ({}){} runs until {e}: no achievement counts in {y}", d.form.id(), on_en(d.decided_on)),
                    ),
                    Some(e) => (
                        format!("kỷ luật \"{}\"{}: thành tích chỉ được tính từ {}", d.form, on_vi(d.decided_on), date_vi(e)),
                        format!("discipline ({}){}: achievement counts only from {e}", d.form.id(), on_en(d.decided_on)),
                    ),
                    None => (
                        format!("kỷ luật \"{}\"{}: chưa rõ thời hạn kỷ luật", d.form, on_vi(d.decided_on)),
                        format!("discipline ({}){}: its period is not known", d.form.id(), on_en(d.decided_on)),
                    ),
                },
            };
            Finding::new(Criterion::DisciplinePeriod, status, citation, vi, en)
        });
    }

    fn training<S: Sink>(&self, facts: &YearFacts, sink: &mut S) {
        let rule = &self.rules().training;
        if facts.unknown.contains(Fact::Training) {
            sink.add(Status::Unknown, || {
                unknown_fact(
                    Criterion::Training,
                    Fact::Training,
                    Some(self.year),
                    &rule.citation,
                )
            });
            return;
        }
        let Some(t) = facts.training else { return };
        let long = t.months >= 12;
        let kept = match t.kept_rules {
            Some(true) => Status::Met,
            Some(false) => Status::Unmet,
            None => Status::Unknown,
        };
        let grade = match (long, rule.value) {
            (true, Some(min)) => match t.result {
                Some(r) => Status::from_bool(r >= min),
                None => Status::Unknown,
            },
            _ => Status::Met,
        };
        let status = gate(&rule.citation, kept.max(grade));
        sink.add(status, || {
            let mut vi = format!("đào tạo, bồi dưỡng {} tháng", t.months);
            let mut en = format!("training of {} months", t.months);
            match t.kept_rules {
                Some(true) => (
                    vi.push_str(", chấp hành quy chế"),
                    en.push_str(", rules kept"),
                ),
                Some(false) => (
                    vi.push_str(", không chấp hành quy chế"),
                    en.push_str(", rules broken"),
                ),
                None => (
                    vi.push_str(", chưa rõ việc chấp hành quy chế"),
                    en.push_str(", keeping of the rules unknown"),
                ),
            };
            if let (true, Some(min)) = (long, rule.value) {
                match t.result {
                    Some(r) => {
                        vi.push_str(&format!(", kết quả \"{r}\" (cần \"{min}\" trở lên)"));
                        en.push_str(&format!(
                            ", result {} ({} or better needed)",
                            r.id(),
                            min.id()
                        ));
                    }
                    None => {
                        vi.push_str(&format!(", chưa có kết quả (cần \"{min}\" trở lên)"));
                        en.push_str(&format!(", no result yet ({} or better needed)", min.id()));
                    }
                }
            }
            Finding::new(Criterion::Training, status, &rule.citation, vi, en)
        });
    }

    /// A local limit on days of leave; maternity leave and treatment after
    /// injury on duty count as work time where the national rule says so.
    fn leave<S: Sink>(&self, facts: &YearFacts, sink: &mut S) {
        let Some(limit) = &self.leave_limit else {
            return;
        };
        let rules = self.rules();
        let mut definite = facts.sick_and_other_leave_days;
        let mut maybe = 0u32;
        if !rules.maternity.confidence().is_decisive() {
            maybe = maybe.saturating_add(facts.maternity_leave_days);
        }
        let inj = facts.injury_days;
        if rules.injury_treatment.confidence().is_decisive() {
            definite = definite.saturating_add(inj.not_certified);
            maybe = maybe.saturating_add(inj.unsure);
        } else {
            maybe = maybe
                .saturating_add(inj.certified)
                .saturating_add(inj.not_certified)
                .saturating_add(inj.unsure);
        }
        // Leave or treatment not given: any number of days may be missing.
        let missing: Vec<Fact> = [Fact::Leave, Fact::InjuryTreatment]
            .into_iter()
            .filter(|f| facts.unknown.contains(*f))
            .collect();
        let max = u32::from(limit.value);
        let status = if definite >= max {
            Status::Unmet
        } else if !missing.is_empty() || definite.saturating_add(maybe) >= max {
            Status::Unknown
        } else {
            Status::Met
        };
        sink.add(status, || {
            let mut vi = format!("nghỉ {definite} ngày làm việc (giới hạn: nghỉ từ {max} ngày trở lên thì không xét)");
            let mut en = format!("{definite} working days of leave (limit: {max} days or more excludes)");
            if maybe > 0 {
                vi.push_str(&format!("; {maybe} ngày điều trị, thai sản chưa xác định được tính là thời gian công tác"));
                en.push_str(&format!("; whether {maybe} days of treatment or maternity count as work is unsettled"));
            }
            for f in &missing {
                vi.push_str(&format!("; chưa có thông tin về {} năm {}", f.name_vi(), self.year));
                en.push_str(&format!("; {} in {} not given", f.name_en(), self.year));
            }
            Finding::new(Criterion::Leave, status, &limit.citation, vi, en)
        });
    }

    fn transfer<S: Sink>(&self, facts: &YearFacts, sink: &mut S) {
        let rule = &self.rules().transfer_comments_months;
        if facts.unknown.contains(Fact::Transfers) {
            sink.add(Status::Unknown, || {
                unknown_fact(
                    Criterion::Transfer,
                    Fact::Transfers,
                    Some(self.year),
                    &rule.citation,
                )
            });
            return;
        }
        let Some((months, comments)) = facts.transfer else {
            return;
        };
        let n = rule.value;
        let status = match comments {
            Some(true) => Status::Met,
            _ if months < n => gate(&rule.citation, Status::Met),
            _ => Status::Unknown,
        };
        sink.add(status, || {
            let (vi, en) = match comments {
                Some(true) => (
                    format!("chuyển công tác, đã có ý kiến nhận xét của đơn vị cũ ({months} tháng ở đơn vị cũ)"),
                    format!("transferred; the old unit's comments are in ({months} months there)"),
                ),
                _ => (
                    format!("chuyển công tác sau {months} tháng ở đơn vị cũ; đơn vị mới xét, cần ý kiến nhận xét của đơn vị cũ nếu công tác từ {n} tháng trở lên ở đó"),
                    format!("transferred after {months} months at the old unit; the new unit judges, with the old unit's comments after {n} months or more there"),
                ),
            };
            Finding::new(Criterion::Transfer, status, &rule.citation, vi, en)
        });
    }

    /// "Chiến sĩ thi đua cơ sở": the "Lao động tiên tiến" standard, and what
    /// the regime adds to it. Returns the initiative it relies on.
    pub(super) fn grassroots<'f, F: PersonFacts, S: Sink>(
        &self,
        f: &'f F,
        sink: &mut S,
    ) -> Option<InitiativeFact<'f>> {
        self.advanced(f, sink);
        self.grassroots_route(f, sink)
    }

    /// What "Chiến sĩ thi đua cơ sở" adds to the "Lao động tiên tiến"
    /// standard; returns the initiative it relies on.
    pub(crate) fn grassroots_route<'f, F: PersonFacts, S: Sink>(
        &self,
        f: &'f F,
        sink: &mut S,
    ) -> Option<InitiativeFact<'f>> {
        let rules = self.rules();
        let route = &rules.grassroots_route;
        let y = self.year;
        let rating = f.year(y).and_then(|r| r.rating);
        let excellent = rating.map(|r| r == Rating::Excellent);
        // Prefer the "hoàn thành xuất sắc" route where it suffices alone: it
        // keeps the initiatives for later awards.
        let pick = match (route.value, excellent) {
            (GrassrootsRoute::ExcellentOrInitiative, Some(true)) => None,
            _ => {
                let judged = Period::new(self.year_start, self.next_year).ok();
                let judged = judged.map(|p| (Award::GrassrootsEmulationFighter, p));
                self.pick_initiative(
                    f,
                    self.year_start,
                    None,
                    |i| i.scope == Scope::Grassroots,
                    judged,
                )
            }
        };
        let has_initiative = pick.is_some();
        // Initiatives not given: none found may still be one not told.
        let not_given = f.unknown().contains(Fact::Initiatives);
        let lacking = if not_given {
            Status::Unknown
        } else {
            Status::Unmet
        };
        let status = match route.value {
            GrassrootsRoute::Initiative if has_initiative => Status::Met,
            GrassrootsRoute::Initiative => lacking,
            GrassrootsRoute::ExcellentOrInitiative => match (excellent, has_initiative) {
                (Some(true), _) | (_, true) => Status::Met,
                (None, false) => Status::Unknown,
                (Some(false), false) => lacking,
            },
            GrassrootsRoute::ExcellentAndInitiative => match (excellent, has_initiative) {
                (None, _) => Status::Unknown,
                (Some(false), _) => Status::Unmet,
                (Some(true), true) => Status::Met,
                (Some(true), false) => lacking,
            },
        };
        let status = gate(&route.citation, status);
        if let Some(i) = pick.filter(|_| status == Status::Met) {
            sink.rely_on(i.id);
        }
        let criterion = match route.value {
            GrassrootsRoute::Initiative => Criterion::Initiative,
            _ => Criterion::ExcellentOrInitiative,
        };
        sink.add(status, || {
            let rating_vi = rating.map_or("chưa xếp loại".to_owned(), |r| format!("xếp loại \"{r}\""));
            let (vi, en) = match (route.value, pick) {
                (GrassrootsRoute::ExcellentOrInitiative, _) if excellent == Some(true) => (
                    format!("hoàn thành xuất sắc nhiệm vụ năm {y} (không cần dùng sáng kiến)"),
                    format!("rated HTXS for {y} (no initiative needed)"),
                ),
                (_, Some(i)) => (
                    format!("có sáng kiến được cơ sở công nhận: {}; {rating_vi}", i.label()),
                    format!("an initiative recognised at the grassroots: {}", i.label()),
                ),
                (GrassrootsRoute::Initiative, None) => (
                    format!("không có sáng kiến, đề tài được cơ sở công nhận trong năm {y} chưa dùng cho khen thưởng khác; hoàn thành xuất sắc nhiệm vụ không thay được sáng kiến"),
                    format!("no unused initiative or topic recognised at the grassroots in {y}; an HTXS rating does not replace it"),
                ),
                (_, None) => (
                    format!("{rating_vi} năm {y}, không có sáng kiến, đề tài được cơ sở công nhận chưa dùng cho khen thưởng khác"),
                    format!("{} for {y}, and no unused initiative or topic recognised at the grassroots", rating.map_or("not rated", Rating::abbreviation)),
                ),
            };
            let (vi, en) = if not_given && pick.is_none() {
                (format!("{vi}; chưa có thông tin về sáng kiến, đề tài được công nhận"), format!("{en}; initiatives not given"))
            } else {
                (vi, en)
            };
            let evidence = pick.iter().map(initiative_evidence).collect();
            Finding::new(criterion, status, &route.citation, vi, en).with_evidence(evidence)
        });
        pick.filter(|_| status == Status::Met)
    }

    /// Picks the unused initiative that serves an award: recognised between
    /// `from` and the judging date, at a scope `fits`, not `taken` by the
    /// lower title of the same review; narrowest scope first, then oldest.
    fn pick_initiative<'f, F: PersonFacts>(
        &self,
        f: &'f F,
        from: NaiveDate,
        taken: Option<&InitiativeFact<'f>>,
        fits: impl Fn(&InitiativeFact<'f>) -> bool,
        judged: Option<(Award, Period)>,
    ) -> Option<InitiativeFact<'f>> {
        self.usable_initiatives(f, from, fits, judged)
            .filter(|i| taken.is_none_or(|t| t != i))
            .min_by_key(|i| (i.scope, i.recognised_on, i.id, i.ordinal))
    }

    /// The initiatives that may serve an award: recognised between `from`
    /// and the judging date, at a scope `fits`, of a kind the person may
    /// use, not already supporting another award in force.
    pub(super) fn usable_initiatives<'f, F: PersonFacts>(
        &self,
        f: &'f F,
        from: NaiveDate,
        fits: impl Fn(&InitiativeFact<'f>) -> bool,
        judged: Option<(Award, Period)>,
    ) -> impl Iterator<Item = InitiativeFact<'f>> {
        let armed = f.category().is_armed_forces();
        let on = self.on;
        f.initiatives_since(from)
            .filter(move |i| i.recognised_on >= from && i.recognised_on <= on)
            .filter(move |i| armed || i.kind != InitiativeKind::CombatIngenuity)
            .filter(move |i| fits(i))
            .filter(move |i| !is_used(f, i, judged))
    }

    /// "Chiến sĩ thi đua bộ, ban, ngành, tỉnh" and "… toàn quốc": a run of
    /// the lower title ending in the year judged, and an initiative of wide
    /// scope not used before.
    pub(super) fn streak_title<F: PersonFacts, S: Sink>(&self, f: &F, award: Award, sink: &mut S) {
        let Some(rules) = self.streak_rules(award) else {
            return;
        };
        let (lower, times) = rules.streak.value;
        let mut links: Vec<Evidence> = Vec::new();
        let mut end = self.next_year;
        let mut status = Status::Met;
        let mut gap: Option<String> = None;
        let mut taken = None;
        for k in 0..times {
            let found = f
                .conferrals()
                .find(|c| c.award == lower && c.in_force && c.period.until() == Some(end));
            if let Some(c) = found {
                if S::EXPLAIN {
                    links.push(conferral_evidence(&c));
                }
                end = c.period.from();
                continue;
            }
            if k == 0 {
                // The lower title of the year judged, judged in this review.
                let mut worst = Worst(Status::Met);
                let years = self
                    .streak_rules(lower)
                    .map_or(1, |r| i32::from(r.streak.value.1));
                // The review may have decided it already, e.g. after a quota.
                let decided = f.decided(lower, self.year);
                if lower == Award::GrassrootsEmulationFighter {
                    // Its initiative is not available to the higher title.
                    taken = match decided {
                        Some(_) => self.grassroots_route(f, &mut Worst(Status::Met)),
                        None => self.grassroots(f, &mut worst),
                    };
                } else if decided.is_none() {
                    self.streak_title(f, lower, &mut worst);
                }
                if let Some(d) = decided {
                    worst.0 = Status::from_bool(d);
                }
                let start = self.year - years + 1;
                if S::EXPLAIN {
                    let period = NaiveDate::from_ymd_opt(start, 1, 1)
                        .and_then(|from| Period::new(from, self.next_year).ok());
                    if let Some(period) = period {
                        links.push(Evidence::ThisReview {
                            award: lower,
                            period,
                            outcome: match decided {
                                Some(true) => Outcome::Eligible,
                                Some(false) => Outcome::Ineligible,
                                None => Outcome::from_worst(worst.0),
                            },
                        });
                    }
                }
                status = status.max(worst.0);
                if worst.0 == Status::Unmet && S::EXPLAIN {
                    gap = Some(format!("\"{lower}\" năm {} không đủ điều kiện", self.year));
                }
                match NaiveDate::from_ymd_opt(start, 1, 1) {
                    Some(d) => end = d,
                    None => break,
                }
                continue;
            }
            status = Status::Unmet;
            if S::EXPLAIN {
                let revoked = f
                    .conferrals()
                    .any(|c| c.award == lower && !c.in_force && c.period.until() == Some(end));
                let last = end.pred_opt().map_or(end.year(), |d| d.year());
                gap = Some(if revoked {
                    format!("\"{lower}\" kết thúc năm {last} đã bị thu hồi")
                } else {
                    format!("không có \"{lower}\" kết thúc năm {last}")
                });
            }
            break;
        }
        let status = gate(&rules.streak.citation, status);
        sink.add(status, || {
            let mut vi = format!("{times} lần liên tục đạt \"{lower}\" đến năm {}", self.year);
            let mut en = format!(
                "{times} consecutive '{}' up to {}",
                lower.name_en(),
                self.year
            );
            if let Some(g) = &gap {
                vi.push_str(&format!(": chuỗi bị gián đoạn ({g})"));
                en.push_str(": the run is broken");
            }
            Finding::new(Criterion::Streak, status, &rules.streak.citation, vi, en)
                .with_evidence(links.clone())
        });
        // Achievements already rewarded by an earlier decision of the same
        // title do not count again: the next award counts from the period
        // written in the previous decision.
        let run = Period::new(end.min(self.year_start), self.next_year).ok();
        let earlier = run.and_then(|run| {
            f.conferrals().find(|c| {
                c.award == award && c.in_force && c.period.overlaps(&run) && c.period != run
            })
        });
        let once = &self.rules().achievement_counted_once;
        // Without an earlier award the rule cannot exclude, whatever its
        // wording.
        let status = if earlier.is_none() {
            Status::Met
        } else {
            gate(once, Status::Unmet)
        };
        sink.add(status, || {
            let (vi, en) = match &earlier {
                Some(c) => (
                    format!("thành tích từ {} đã được tặng \"{award}\" ({}); lần tiếp theo tính từ sau thời gian ghi trong quyết định trước", run.map_or_else(String::new, |r| r.to_string()), c.period),
                    format!("the achievements of {} were already rewarded with '{}' ({}); the next award counts from after that period", run.map_or_else(String::new, |r| r.to_string()), award.name_en(), c.period),
                ),
                None => (
                    format!("thời gian lập thành tích chưa được tặng \"{award}\""),
                    format!("the period was not rewarded with '{}' before", award.name_en()),
                ),
            };
            Finding::new(Criterion::PreviousAward, status, once, vi, en)
        });
        // Initiatives count from the start of the run.
        let from = end.min(self.year_start);
        let scope = rules.initiative_scope.value;
        let judged = Period::new(end, self.next_year).ok().map(|p| (award, p));
        let pick = self.pick_initiative(f, from, taken.as_ref(), |i| i.scope >= scope, judged);
        let not_given = f.unknown().contains(Fact::Initiatives);
        let status = gate(
            &rules.initiative_scope.citation,
            match (pick.is_some(), not_given) {
                (true, _) => Status::Met,
                (false, true) => Status::Unknown,
                (false, false) => Status::Unmet,
            },
        );
        if let Some(i) = pick.filter(|_| status == Status::Met) {
            sink.rely_on(i.id);
        }
        sink.add(status, || {
            let (vi, en) = match pick {
                Some(i) => (
                    format!("có sáng kiến, đề tài được công nhận hiệu quả {}: {}", scope.name_vi(), i.label()),
                    format!("an initiative or topic recognised at {} scope: {}", scope.id(), i.label()),
                ),
                None if not_given => (
                    format!("chưa có thông tin về sáng kiến, đề tài được công nhận hiệu quả {} từ {}", scope.name_vi(), date_vi(from)),
                    format!("initiatives not given: none known recognised at {} scope since {from}", scope.id()),
                ),
                None => (
                    format!("không có sáng kiến, đề tài được công nhận hiệu quả {} từ {} chưa dùng cho khen thưởng khác", scope.name_vi(), date_vi(from)),
                    format!("no unused initiative or topic recognised at {} scope since {from}", scope.id()),
                ),
            };
            let evidence = pick.iter().map(initiative_evidence).collect();
            Finding::new(Criterion::Initiative, status, &rules.initiative_scope.citation, vi, en).with_evidence(evidence)
        });
    }
}

/// Whether an initiative already supports another award in force. The award
/// being judged again (same award, same period) does not count against it.
fn is_used<F: PersonFacts>(f: &F, i: &InitiativeFact<'_>, judged: Option<(Award, Period)>) -> bool {
    let Some(id) = i.id else { return false };
    f.conferrals()
        .any(|c| c.in_force && c.relied_on.contains(id) && judged != Some((c.award, c.period)))
}

pub(super) fn conferral_evidence(c: &ConferralFact<'_>) -> Evidence {
    Evidence::Conferral {
        award: c.award,
        period: c.period,
        decision: c.decision.map(|d| d.number.clone()),
    }
}

pub(super) fn initiative_evidence(i: &InitiativeFact<'_>) -> Evidence {
    Evidence::Initiative {
        id: i.id.cloned(),
        label: i.label(),
        scope: i.scope,
        recognised_on: i.recognised_on,
        year_only: !i.dated,
    }
}
