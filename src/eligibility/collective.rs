//! Collective titles: "Tập thể lao động tiên tiến" / "Đơn vị tiên tiến" and
//! "Tập thể lao động xuất sắc" / "Đơn vị quyết thắng".
//!
//! A collective is judged on its own rating and movement and on a tally of
//! its members. Members are counted as the law counts them: every person in
//! the collective in the year judged ("cá nhân trong tập thể"), new hires
//! and people on leave included. Shares are exact integer predicates.

use crate::award::{Award, RecipientKind, Route};
use crate::error::{Error, ErrorKind, Result};
use crate::lang::Bilingual as _;
use crate::law::FlagRoute;

use super::flags::FlagNomination;
use crate::people::{DisciplineForm, Fact, Rating};

use super::merits::Merits;
use super::review::{Explain, Review, Sink, Worst, gate, record_of_year};
use super::verdict::{Criterion, Finding, Outcome, Status, Verdict};
use crate::collectives::{Collective, CollectiveRecord, MemberTally};
use crate::facts::PersonFacts;
use crate::law::{Rule, Share};

/// Whether `count` (plus up to `unsure` more) of `total` make `share`.
fn share_status(share: Share, count: u32, unsure: u32, total: u32) -> Status {
    if share.holds(count, total) {
        Status::Met
    } else if share.holds(count.saturating_add(unsure), total) {
        Status::Unknown
    } else {
        Status::Unmet
    }
}

impl Review<'_> {
    /// Judges a collective for "Tập thể lao động tiên tiến" / "Đơn vị tiên
    /// tiến" or "Tập thể lao động xuất sắc" / "Đơn vị quyết thắng", with
    /// every finding.
    ///
    /// # Errors
    ///
    /// An inconsistent tally; an award that is not a collective title
    /// judged here; the title of the other kind of collective ("Đơn vị tiên
    /// tiến" and "Đơn vị quyết thắng" for armed-forces units only, the
    /// others for every other collective).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Collective, Outcome, Rating, Review, RuleBook};
    /// use thidua::collectives::{CollectiveRecord, MemberTally};
    ///
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2021, NaiveDate::from_ymd_opt(2021, 12, 20).unwrap())?;
    /// let mut c = Collective::new("P-TC".parse()?, "Phòng Tài chính");
    /// c.records.push(CollectiveRecord { year: 2021, rating: Some(Rating::Good), movement: Some(true) });
    /// let mut t = MemberTally::new(10);
    /// t.completed = 10;
    /// t.advanced = 5; // not more than half
    /// assert_eq!(review.collective(&c, &t, Award::AdvancedCollective)?.outcome, Outcome::Ineligible);
    /// t.advanced = 6;
    /// assert_eq!(review.collective(&c, &t, Award::AdvancedCollective)?.outcome, Outcome::Eligible);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn collective(&self, c: &Collective, tally: &MemberTally, award: Award) -> Result<Verdict> {
        self.collective_with(c, tally, award, &Merits::none())
    }

    /// Judges a collective for any award it may receive, with the
    /// council's answers on the criteria it judges (an overlay's
    /// [`FormCriteria`](crate::law::OverlayRule::FormCriteria)): a
    /// collective title from its record and tally; a commendation form by
    /// its route ([`FormRoute`](crate::law::FormRoute)), the tally judging
    /// the title of the year a ladder counts; a flag without the leaders of
    /// its clusters, which only [`flag`](Review::flag) is given, needs
    /// review.
    ///
    /// # Errors
    ///
    /// As [`collective`](Review::collective); an award not conferred on
    /// collectives ([`ErrorKind::Conflict`]).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Collective, Outcome, Period, Rating, Review, RuleBook};
    /// use thidua::collectives::{CollectiveRecord, MemberTally};
    /// use thidua::eligibility::Merits;
    /// use thidua::history::Conferral;
    ///
    /// // 2017–2023: "Huân chương Lao động hạng Ba" after five years of
    /// // "Tập thể lao động xuất sắc" with a provincial flag among them.
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2022, NaiveDate::from_ymd_opt(2023, 3, 1).unwrap())?;
    /// let mut c = Collective::new("SO-TC".parse()?, "Sở Tài chính");
    /// for y in 2018..=2022 {
    ///     c.awards.push(Conferral::new(Award::ExcellentCollective, Period::year(y)?));
    /// }
    /// c.awards.push(Conferral::new(Award::MinistryOrProvinceEmulationFlag, Period::year(2020)?));
    /// let t = MemberTally::new(20);
    /// let v = review.collective_with(&c, &t, Award::LabourOrderThird, &Merits::none())?;
    /// assert_eq!(v.outcome, Outcome::Eligible, "{v}");
    /// c.awards.retain(|a| a.award != Award::MinistryOrProvinceEmulationFlag);
    /// assert_eq!(review.collective(&c, &t, Award::LabourOrderThird)?.outcome, Outcome::Ineligible);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn collective_with(
        &self,
        c: &Collective,
        tally: &MemberTally,
        award: Award,
        merits: &Merits,
    ) -> Result<Verdict> {
        tally.validate()?;
        let mut sink = Explain::default();
        self.judge_collective_with(c, tally, award, merits, &mut sink)?;
        Ok(self
            .verdict(award, c.id.to_string(), sink)
            .with_name(Some(&c.name)))
    }

    /// The outcome alone: the fast path, always equal to
    /// `collective(..)?.outcome`.
    ///
    /// # Errors
    ///
    /// As [`collective`](Review::collective).
    pub fn collective_outcome(
        &self,
        c: &Collective,
        tally: &MemberTally,
        award: Award,
    ) -> Result<Outcome> {
        tally.validate()?;
        let mut sink = Worst(Status::Met);
        self.judge_collective(c, tally, award, &mut sink)?;
        Ok(Outcome::from_worst(sink.0))
    }

    pub(crate) fn judge_collective<S: Sink>(
        &self,
        c: &Collective,
        t: &MemberTally,
        award: Award,
        sink: &mut S,
    ) -> Result<()> {
        self.judge_collective_with(c, t, award, &Merits::none(), sink)
    }

    fn judge_collective_with<S: Sink>(
        &self,
        c: &Collective,
        t: &MemberTally,
        award: Award,
        merits: &Merits,
        sink: &mut S,
    ) -> Result<()> {
        if !award.accepts(RecipientKind::Collective) {
            return Err(Error::new(
                ErrorKind::Conflict,
                format!("\"{award}\" không tặng cho tập thể ('{}')", c.id),
                format!("'{award}' is not conferred on collectives ('{}')", c.id),
            ));
        }
        let record = record_of_year(&c.records, |r| r.year, self.year, &c.id)?;
        match award.route() {
            Route::CollectiveTitle => self.collective_title(c, record, t, award, sink),
            Route::Form => {
                self.regime_finding(sink);
                self.collective_form(c, t, award, merits, sink);
                Ok(())
            }
            Route::Flag => {
                let n = FlagNomination::new(award, FlagRoute::Cluster);
                self.judge_flag(c, &n, None, sink)
            }
            other => {
                self.regime_finding(sink);
                self.unjudged(award, other, RecipientKind::Collective, sink);
                Ok(())
            }
        }
    }

    /// A collective title: "Tập thể lao động tiên tiến" / "Đơn vị tiên
    /// tiến", "Tập thể lao động xuất sắc" / "Đơn vị quyết thắng".
    fn collective_title<S: Sink>(
        &self,
        c: &Collective,
        record: Option<&CollectiveRecord>,
        t: &MemberTally,
        award: Award,
        sink: &mut S,
    ) -> Result<()> {
        let (excellent, armed) = match award {
            Award::AdvancedCollective => (false, false),
            Award::AdvancedUnit => (false, true),
            Award::ExcellentCollective => (true, false),
            Award::DeterminedToWinUnit => (true, true),
            other => {
                return Err(Error::new(
                    ErrorKind::Unsupported,
                    format!("'{other}' không phải danh hiệu tập thể mà hàm này xét"),
                    format!("'{other}' is not a collective title judged by this function"),
                ));
            }
        };
        // "Đơn vị tiên tiến" and "Đơn vị quyết thắng" are the titles of
        // armed-forces units, the others of every other collective: asking
        // for the other kind's title is a mistake in the input, as for the
        // community titles.
        if armed != c.armed_forces {
            let right = match (excellent, c.armed_forces) {
                (false, true) => Award::AdvancedUnit,
                (false, false) => Award::AdvancedCollective,
                (true, true) => Award::DeterminedToWinUnit,
                (true, false) => Award::ExcellentCollective,
            };
            return Err(Error::new(
                ErrorKind::Conflict,
                format!("'{}' được xét cho '{right}', không phải '{award}'", c.id),
                format!("'{}' is judged for '{right}', not '{award}'", c.id),
            ));
        }
        self.regime_finding(sink);
        let rules = self.regime.collective();
        let (rating_rule, movement, share, discipline) =
            match (excellent, &self.advanced_collective) {
                (true, _) => (
                    &rules.excellent_rating,
                    &rules.excellent_movement,
                    &rules.excellent_share,
                    &rules.excellent_discipline,
                ),
                (false, Some(o)) => (&o.rating, &o.movement, &o.share, &o.discipline),
                (false, None) => (
                    &rules.advanced_rating,
                    &rules.advanced_movement,
                    &rules.advanced_share,
                    &rules.advanced_discipline,
                ),
            };
        // Armed-forces units: clause 2 of the article applies the other
        // points and asks its own share of "Chiến sĩ tiên tiến" (and, for
        // "Đơn vị quyết thắng", the completion) in place of point c. An
        // overlay's detail of the advanced title cites itself.
        let unit = match (armed, excellent, &self.advanced_collective) {
            (false, _, _) | (true, false, Some(_)) => None,
            (true, false, None) => Some(&rules.advanced_unit),
            (true, true, _) => Some(&rules.excellent_unit),
        };
        self.collective_rating(record.and_then(|r| r.rating), rating_rule, sink);
        self.movement(record.and_then(|r| r.movement), movement, sink);
        if excellent {
            let citation = unit.unwrap_or(&rules.excellent_completion);
            // Counts fit: the tally was validated (completed + unrated ≤
            // members); u64 keeps it so for any caller.
            let sure_or_unrated = u64::from(t.completed) + u64::from(t.unrated);
            let status = gate(
                citation,
                if t.completed == t.members {
                    Status::Met
                } else if sure_or_unrated == u64::from(t.members) {
                    Status::Unknown
                } else {
                    Status::Unmet
                },
            );
            sink.add(status, || {
                Finding::new(
                    Criterion::Standard,
                    status,
                    citation,
                    format!(
                        "{}/{} cá nhân hoàn thành nhiệm vụ ({} chưa xếp loại); cần 100%",
                        t.completed, t.members, t.unrated
                    ),
                    format!(
                        "{}/{} members completed their tasks ({} unrated); 100% needed",
                        t.completed, t.members, t.unrated
                    ),
                )
            });
        }
        let lower = if armed {
            Award::AdvancedSoldier
        } else {
            Award::AdvancedWorker
        };
        let share_citation = unit.unwrap_or(&share.citation);
        let status = gate(
            share_citation,
            share_status(share.value, t.advanced, t.advanced_unknown, t.members),
        );
        sink.add(status, || {
            let mut vi = format!(
                "{}/{} cá nhân đạt danh hiệu \"{lower}\"; cần {}",
                t.advanced,
                t.members,
                share.value.vi()
            );
            let mut en = format!(
                "{}/{} members hold '{}'; {} needed",
                t.advanced,
                t.members,
                lower.name_en(),
                share.value.vi()
            );
            if t.advanced_unknown > 0 {
                vi.push_str(&format!(" ({} người chưa xác định)", t.advanced_unknown));
                en.push_str(&format!(" ({} undecided)", t.advanced_unknown));
            }
            Finding::new(Criterion::Standard, status, share_citation, vi, en)
        });
        if excellent {
            let status = gate(
                &rules.excellent_fighter,
                if t.fighters > 0 {
                    Status::Met
                } else if t.fighters_unknown > 0 {
                    Status::Unknown
                } else {
                    Status::Unmet
                },
            );
            sink.add(status, || {
                Finding::new(
                    Criterion::Standard,
                    status,
                    &rules.excellent_fighter,
                    format!(
                        "{} cá nhân đạt danh hiệu \"Chiến sĩ thi đua cơ sở\"; cần ít nhất 1",
                        t.fighters
                    ),
                    format!(
                        "{} members hold 'Grassroots Emulation Fighter'; at least one needed",
                        t.fighters
                    ),
                )
            });
        }
        if let Some(rule) = discipline {
            let hit = t.disciplined_from(rule.value);
            let unsure = t.disciplined_unknown;
            // "Đơn vị tiên tiến": the clause sits in point c of clause 1,
            // which clause 2 replaces, naming points a, b and d only (as
            // read). Whether it reaches armed-forces units is not known: no
            // one disciplined meets every reading; anyone disciplined needs
            // review, never a guess.
            let open = unit.filter(|_| !excellent && hit > 0);
            let citation = open.unwrap_or(&rule.citation);
            let status = match open {
                Some(_) => Status::Unknown,
                None if hit == 0 && unsure > 0 => Status::Unknown,
                None => gate(&rule.citation, Status::from_bool(hit == 0)),
            };
            sink.add(status, || {
                let mut vi = format!(
                    "{hit} cá nhân bị kỷ luật từ hình thức \"{}\" trở lên; cần không có ai",
                    rule.value
                );
                let mut en = format!(
                    "{hit} members disciplined with {} or heavier; none allowed",
                    rule.value.id()
                );
                if unsure > 0 {
                    vi.push_str(&format!(" ({unsure} người chưa có thông tin về kỷ luật)"));
                    en.push_str(&format!(" ({unsure} with discipline not given)"));
                }
                if open.is_some() {
                    vi.push_str(": khoản 2 chỉ dẫn chiếu các điểm a, b, d; chưa rõ tiêu chí kỷ luật có áp dụng cho đơn vị lực lượng vũ trang hay không");
                    en.push_str(": clause 2 names points a, b and d only; whether the discipline clause reaches armed-forces units is not known");
                }
                Finding::new(Criterion::Discipline, status, citation, vi, en)
            });
        }
        Ok(())
    }

    fn collective_rating<S: Sink>(
        &self,
        rating: Option<Rating>,
        rule: &Rule<Rating>,
        sink: &mut S,
    ) {
        let y = self.year;
        let status = gate(
            &rule.citation,
            rating.map_or(Status::Unknown, |r| Status::from_bool(r >= rule.value)),
        );
        sink.add(status, || {
            let (vi, en) = match rating {
                Some(r) => (
                    format!(
                        "tập thể xếp loại \"{r}\" năm {y}; cần \"{}\" trở lên",
                        rule.value
                    ),
                    format!(
                        "the collective is rated {} for {y}; {} or better needed",
                        r.abbreviation(),
                        rule.value.abbreviation()
                    ),
                ),
                None => (
                    format!("tập thể chưa được xếp loại năm {y}"),
                    format!("the collective is not rated for {y}"),
                ),
            };
            Finding::new(Criterion::Rating, status, &rule.citation, vi, en)
        });
    }

    fn movement<S: Sink>(
        &self,
        movement: Option<bool>,
        citation: &crate::citation::Citation,
        sink: &mut S,
    ) {
        let status = gate(
            citation,
            movement.map_or(Status::Unknown, Status::from_bool),
        );
        sink.add(status, || {
            let (vi, en) = match movement {
                Some(true) => (
                    "có phong trào thi đua thường xuyên, thiết thực, hiệu quả",
                    "runs a regular, practical, effective emulation movement",
                ),
                Some(false) => (
                    "không có phong trào thi đua thường xuyên, thiết thực, hiệu quả",
                    "runs no regular, practical, effective emulation movement",
                ),
                None => (
                    "chưa đánh giá phong trào thi đua",
                    "the emulation movement is not judged yet",
                ),
            };
            Finding::new(Criterion::Standard, status, citation, vi, en)
        });
    }
}

impl MemberTally {
    /// Counts one member: their rating, heaviest discipline, and the
    /// outcomes of their "Lao động tiên tiến" and "Chiến sĩ thi đua cơ sở".
    pub(crate) fn count(
        &mut self,
        rating: Option<Rating>,
        discipline: Option<DisciplineForm>,
        advanced: Outcome,
        fighter: Outcome,
    ) {
        let add = |n: &mut u32| *n = n.saturating_add(1);
        match rating {
            None => add(&mut self.unrated),
            Some(r) if r >= Rating::Completed => add(&mut self.completed),
            Some(_) => {}
        }
        if let Some(form) = discipline {
            self.add_discipline(form);
        }
        match advanced {
            Outcome::Eligible => add(&mut self.advanced),
            Outcome::NeedsReview => add(&mut self.advanced_unknown),
            Outcome::Ineligible => {}
        }
        match fighter {
            Outcome::Eligible => add(&mut self.fighters),
            Outcome::NeedsReview => add(&mut self.fighters_unknown),
            Outcome::Ineligible => {}
        }
    }

    /// Tallies `members` by judging each of them in `review`: ratings and
    /// discipline from their records (a member whose discipline is not
    /// given is counted in [`disciplined_unknown`](MemberTally::disciplined_unknown)), titles from their verdicts (the titles
    /// of the year judged are judged, not looked up). Fighters beyond the
    /// review's quota (2017–2023) are not counted.
    ///
    /// # Errors
    ///
    /// A member that cannot be judged (see [`Review::person`]).
    pub fn judge<F: PersonFacts>(review: &Review<'_>, members: &[F]) -> Result<MemberTally> {
        let mut t = MemberTally::new(
            u32::try_from(members.len())
                .map_err(|_| Error::overflow("quá nhiều thành viên", "too many members"))?,
        );
        for m in members {
            let facts = m.year(review.year);
            let lower = m.category().base_title();
            let discipline_known = !m.unknown_in(review.year).contains(Fact::Discipline);
            t.count(
                facts.and_then(|f| f.rating),
                facts
                    .and_then(|f| f.discipline)
                    .filter(|_| discipline_known)
                    .map(|d| d.form),
                review.person_outcome(m, lower)?,
                review.person_outcome(m, Award::GrassrootsEmulationFighter)?,
            );
            if !discipline_known {
                t.disciplined_unknown = t.disciplined_unknown.saturating_add(1);
            }
        }
        if let Some(q) = review.grassroots_quota() {
            // Members whose LĐTT needs review may raise the quota's base: the
            // places they could add are not sure.
            let sure = q.value.cap(t.advanced)?;
            let most = q.value.cap(t.advanced.saturating_add(t.advanced_unknown))?;
            let eligible = t.fighters;
            t.fighters = eligible.min(sure);
            t.fighters_unknown = t
                .fighters_unknown
                .saturating_add(eligible.min(most) - t.fighters);
        }
        Ok(t)
    }
}
