//! Rankings with declared tie-breaks, and the leaders of a cluster or block.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use std::collections::HashSet;

use super::scoring::{RankTieBreak, Score, Scorecard, ScoringSheet};
use crate::citation::Citation;
use crate::error::{Error, ErrorKind, Result};
use crate::id::UnitId;
use crate::law::Regime;

/// One participant's place in a [`Ranking`].
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Standing {
    score: Score,
    place: Option<usize>,
    separated_by: Option<RankTieBreak>,
}

impl Standing {
    /// The participant.
    #[must_use]
    pub fn participant(&self) -> &UnitId {
        self.score.participant()
    }

    /// The totalled scorecard.
    #[must_use]
    pub fn score(&self) -> &Score {
        &self.score
    }

    /// The place, from 1; `None` when a mandatory criterion was failed.
    #[must_use]
    pub fn place(&self) -> Option<usize> {
        self.place
    }

    /// The declared rule that put this participant below the one just above
    /// it with the same total, if a rule did.
    #[must_use]
    pub fn separated_by(&self) -> Option<&RankTieBreak> {
        self.separated_by.as_ref()
    }
}

/// Participants ordered by total, then by the sheet's declared tie-breaks;
/// those who failed a mandatory criterion come last, without a place.
///
/// # Leaders and the emulation flag
///
/// The leaders of a cluster or block (đơn vị dẫn đầu cụm, khối thi đua) are
/// the candidates for the emulation flag of the ministry or province (Law
/// 06/2022 Art. 26 from 2024; Decree 91/2017 Art. 12 for 2017–2023:
/// [`Ranking::flag_basis`]). Eligibility code asks [`leaders`](Ranking::leaders) rather
/// than keeping its own copy.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::campaigns::{RankTieBreak, Scorecard, ScoringCriterion, ScoringSheet};
///
/// let n = Decimal::from;
/// let sheet = ScoringSheet::builder("Bảng chấm điểm")
///     .criterion(ScoringCriterion::leaf("1".parse()?, "Kinh tế", n(60)))
///     .criterion(ScoringCriterion::leaf("2".parse()?, "Thi đua, khen thưởng", n(40)))
///     .tie_break(RankTieBreak::Criterion("2".parse()?))
///     .build()?;
/// let card = |who: &str, a, b| -> thidua::Result<Scorecard> {
///     Ok(Scorecard::new(who.parse()?).score("1".parse()?, n(a)).score("2".parse()?, n(b)))
/// };
/// let ranking = sheet.rank(&[card("A", 55, 35)?, card("B", 52, 38)?, card("C", 50, 30)?])?;
/// // A and B both have 90; B has more points in criterion 2.
/// assert_eq!(ranking.leaders(), ["B".parse()?]);
/// assert_eq!(ranking.place_of(&"A".parse()?), Some(2));
/// assert_eq!(ranking.standings()[1].separated_by(), Some(&RankTieBreak::Criterion("2".parse()?)));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Ranking {
    standings: Vec<Standing>,
}

/// The comparison of two qualified scores: `Less` when `a` ranks first, and
/// the index of the tie-break that decided, if one did.
fn compare(sheet: &ScoringSheet, a: &Score, b: &Score) -> (Ordering, Option<usize>) {
    let by_total = b.total().cmp(&a.total());
    if by_total != Ordering::Equal {
        return (by_total, None);
    }
    for (i, rule) in sheet.tie_breaks().iter().enumerate() {
        let key = |s: &Score| -> Decimal {
            match rule {
                RankTieBreak::Criterion(_) => sheet
                    .tie_break_node(i)
                    .map_or(Decimal::ZERO, |n| s.node_points(n)),
                RankTieBreak::Base => s.base(),
                RankTieBreak::FewerPenaltyPoints => -s.penalty(),
                RankTieBreak::MoreBonusPoints => s.bonus(),
            }
        };
        let o = key(b).cmp(&key(a));
        if o != Ordering::Equal {
            return (o, Some(i));
        }
    }
    (Ordering::Equal, None)
}

impl Ranking {
    /// Where the leaders of a cluster or block are named as the candidates
    /// for the emulation flag of a ministry or province ("dẫn đầu phong trào
    /// thi đua của cụm, khối thi đua"), under `regime`, the regime of the
    /// review that confers the flag (e.g. [`Review::regime`](crate::Review::regime)):
    /// Law 06/2022 Art. 26 from 2024, Decree 91/2017 Art. 12 before (both
    /// secondhand).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::RuleBook;
    /// use thidua::campaigns::Ranking;
    ///
    /// let book = RuleBook::national();
    /// let on = |y| NaiveDate::from_ymd_opt(y, 12, 20).unwrap();
    /// assert_eq!(Ranking::flag_basis(book.regime_on(on(2024))?).to_string(), "Điều 26 Luật Thi đua, khen thưởng số 06/2022/QH15");
    /// assert_eq!(Ranking::flag_basis(book.regime_on(on(2021))?).to_string(), "Điều 12 Nghị định số 91/2017/NĐ-CP");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn flag_basis(regime: &Regime) -> &Citation {
        &regime.flags().province_leads
    }

    pub(crate) fn new(sheet: &ScoringSheet, scores: Vec<Score>) -> Ranking {
        let (mut qualified, mut out): (Vec<Score>, Vec<Score>) =
            scores.into_iter().partition(Score::is_qualified);
        qualified.sort_by(|a, b| {
            compare(sheet, a, b)
                .0
                .then_with(|| a.participant().cmp(b.participant()))
        });
        out.sort_by(|a, b| {
            b.total()
                .cmp(&a.total())
                .then_with(|| a.participant().cmp(b.participant()))
        });
        let mut standings: Vec<Standing> = Vec::with_capacity(qualified.len() + out.len());
        for (i, score) in qualified.into_iter().enumerate() {
            let (place, separated_by) = match standings.last() {
                None => (i + 1, None),
                Some(prev) => {
                    let (order, rule) = compare(sheet, &prev.score, &score);
                    let place = if order == Ordering::Equal {
                        prev.place.unwrap_or(i + 1)
                    } else {
                        i + 1
                    };
                    let rule = rule.and_then(|r| sheet.tie_breaks().get(r)).cloned();
                    (place, rule)
                }
            };
            standings.push(Standing {
                score,
                place: Some(place),
                separated_by,
            });
        }
        standings.extend(out.into_iter().map(|score| Standing {
            score,
            place: None,
            separated_by: None,
        }));
        Ranking { standings }
    }

    /// Every participant: the placed ones by place (equal places by id),
    /// then the disqualified ones by total.
    #[must_use]
    pub fn standings(&self) -> &[Standing] {
        &self.standings
    }

    /// The standing of `participant`, if it was scored.
    #[must_use]
    pub fn standing(&self, participant: &UnitId) -> Option<&Standing> {
        self.standings
            .iter()
            .find(|s| s.participant() == participant)
    }

    /// The place of `participant`; `None` if it was not scored or was
    /// disqualified.
    #[must_use]
    pub fn place_of(&self, participant: &UnitId) -> Option<usize> {
        self.standing(participant).and_then(Standing::place)
    }

    /// The leaders: the participants in first place (more than one only
    /// when no declared rule separates them). These are the candidates for
    /// the emulation flag ([`Ranking::flag_basis`]).
    #[must_use]
    pub fn leaders(&self) -> Vec<UnitId> {
        self.within(1)
    }

    /// The participants placed `places` or better, e.g. when a cluster of
    /// many members may propose two flags.
    #[must_use]
    pub fn within(&self, places: usize) -> Vec<UnitId> {
        self.standings
            .iter()
            .filter(|s| s.place.is_some_and(|p| p <= places))
            .map(|s| s.participant().clone())
            .collect()
    }

    /// The participants who failed a mandatory criterion.
    pub fn disqualified(&self) -> impl Iterator<Item = &Standing> {
        self.standings.iter().filter(|s| s.place.is_none())
    }
}

impl ScoringSheet {
    /// Scores every card and ranks the participants by total, then by the
    /// declared tie-breaks; see [`Ranking`].
    ///
    /// # Errors
    ///
    /// Two cards for one participant (`Duplicate`), or the first card that
    /// [`score`](ScoringSheet::score) rejects.
    pub fn rank(&self, cards: &[Scorecard]) -> Result<Ranking> {
        let mut seen: HashSet<&UnitId> = HashSet::with_capacity(cards.len());
        let mut scores = Vec::with_capacity(cards.len());
        for card in cards {
            if !seen.insert(&card.participant) {
                return Err(Error::new(
                    ErrorKind::Duplicate,
                    format!("hai phiếu chấm điểm cho '{}'", card.participant),
                    format!("two scorecards for '{}'", card.participant),
                ));
            }
            scores.push(self.score(card)?);
        }
        Ok(Ranking::new(self, scores))
    }
}
