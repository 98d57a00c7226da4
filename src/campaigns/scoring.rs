//! Scoring sheets (bảng chấm điểm) and scorecards.

use std::collections::HashMap;
use std::fmt;

use rust_decimal::Decimal;

use crate::error::{Error, ErrorKind, Result};
use crate::id::{CriterionId, UnitId};
use crate::text;

/// A scored criterion (tiêu chí) of a sheet: a leaf scored directly, or a
/// group whose maximum is the sum of its sub-criteria's.
///
/// Sheets print a group's maximum next to its name ("Tiêu chí 1: 30 điểm"),
/// so a group states it too and the sheet checks that the parts add up.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::campaigns::ScoringCriterion;
///
/// let c = ScoringCriterion::group(
///     "1".parse()?,
///     "Thực hiện nhiệm vụ chính trị",
///     Decimal::from(30),
///     vec![
///         ScoringCriterion::leaf("1.1".parse()?, "Phát triển kinh tế", Decimal::from(20)),
///         ScoringCriterion::leaf("1.2".parse()?, "Văn hóa - xã hội", Decimal::from(10)),
///     ],
/// );
/// assert_eq!(c.children.len(), 2);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoringCriterion {
    /// The id scorecards use, e.g. `"1.2"`.
    pub id: CriterionId,
    /// What is judged.
    pub name: String,
    /// The most points it can give.
    #[serde(with = "rust_decimal::serde::str")]
    pub max: Decimal,
    /// The sub-criteria; empty for a leaf.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<ScoringCriterion>,
}

impl ScoringCriterion {
    /// A criterion scored directly, worth up to `max` points.
    #[must_use]
    pub fn leaf(id: CriterionId, name: impl Into<String>, max: Decimal) -> ScoringCriterion {
        ScoringCriterion {
            id,
            name: name.into(),
            max,
            children: Vec::new(),
        }
    }

    /// A group of sub-criteria whose maxima add up to `max`.
    #[must_use]
    pub fn group(
        id: CriterionId,
        name: impl Into<String>,
        max: Decimal,
        children: Vec<ScoringCriterion>,
    ) -> ScoringCriterion {
        ScoringCriterion {
            id,
            name: name.into(),
            max,
            children,
        }
    }
}

/// A bonus (điểm thưởng) or penalty (điểm trừ) item, worth up to `max`
/// points; the sheet caps the sum of each kind.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::campaigns::Adjustment;
///
/// let item = Adjustment::new("T1".parse()?, "Mô hình mới được nhân rộng", Decimal::from(2));
/// assert_eq!(item.max, Decimal::from(2));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adjustment {
    /// The id scorecards use.
    pub id: CriterionId,
    /// What earns or loses the points.
    pub name: String,
    /// The most points this item can add or take away.
    #[serde(with = "rust_decimal::serde::str")]
    pub max: Decimal,
}

impl Adjustment {
    /// An item worth up to `max` points.
    #[must_use]
    pub fn new(id: CriterionId, name: impl Into<String>, max: Decimal) -> Adjustment {
        Adjustment {
            id,
            name: name.into(),
            max,
        }
    }
}

/// A mandatory criterion (tiêu chí bắt buộc): met or not, no points; a
/// participant who fails one is disqualified from the ranking.
///
/// # Example
///
/// ```
/// let r = thidua::campaigns::Requirement::new("BB1".parse()?, "Không có cán bộ bị kỷ luật từ cảnh cáo trở lên");
/// assert_eq!(r.id.as_str(), "BB1");
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// The id scorecards use.
    pub id: CriterionId,
    /// What must hold.
    pub name: String,
}

impl Requirement {
    /// A pass/fail requirement.
    #[must_use]
    pub fn new(id: CriterionId, name: impl Into<String>) -> Requirement {
        Requirement {
            id,
            name: name.into(),
        }
    }
}

/// The parts of a [`ScoringSheet`] before it is checked, and its wire form.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::campaigns::{ScoringCriterion, ScoringSheet};
///
/// let sheet = ScoringSheet::builder("Bảng chấm điểm")
///     .criterion(ScoringCriterion::leaf("1".parse()?, "Nhiệm vụ", Decimal::from(100)))
///     .build()?;
/// assert_eq!(sheet.max(), Decimal::from(100));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoringSheetBuilder {
    name: String,
    criteria: Vec<ScoringCriterion>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    bonus: Vec<Adjustment>,
    #[serde(default, with = "rust_decimal::serde::str")]
    bonus_cap: Decimal,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    penalties: Vec<Adjustment>,
    #[serde(default, with = "rust_decimal::serde::str")]
    penalty_cap: Decimal,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    requirements: Vec<Requirement>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    tie_breaks: Vec<RankTieBreak>,
}

impl ScoringSheetBuilder {
    /// Adds a top-level criterion (with its sub-criteria).
    #[must_use]
    pub fn criterion(mut self, criterion: ScoringCriterion) -> ScoringSheetBuilder {
        self.criteria.push(criterion);
        self
    }

    /// Sets the bonus items and the cap on their sum (điểm thưởng tối đa).
    #[must_use]
    pub fn bonus(mut self, cap: Decimal, items: Vec<Adjustment>) -> ScoringSheetBuilder {
        self.bonus_cap = cap;
        self.bonus = items;
        self
    }

    /// Sets the penalty items and the cap on their sum (điểm trừ tối đa).
    #[must_use]
    pub fn penalties(mut self, cap: Decimal, items: Vec<Adjustment>) -> ScoringSheetBuilder {
        self.penalty_cap = cap;
        self.penalties = items;
        self
    }

    /// Adds a mandatory criterion.
    #[must_use]
    pub fn requirement(mut self, requirement: Requirement) -> ScoringSheetBuilder {
        self.requirements.push(requirement);
        self
    }

    /// Adds the next declared tie-break, applied when totals are equal, in
    /// the order added.
    #[must_use]
    pub fn tie_break(mut self, rule: RankTieBreak) -> ScoringSheetBuilder {
        self.tie_breaks.push(rule);
        self
    }

    /// Checks the sheet.
    ///
    /// # Errors
    ///
    /// - no criterion (`Missing`);
    /// - an id used twice across criteria, bonus, penalty and mandatory
    ///   items (`Duplicate`);
    /// - a maximum or cap that is not positive (zero caps are allowed)
    ///   (`OutOfRange`);
    /// - a group whose stated maximum is not the sum of its sub-criteria's
    ///   (`Conflict`);
    /// - a tie-break naming an unknown criterion (`UnknownReference`);
    /// - sums that overflow (`Overflow`).
    pub fn build(self) -> Result<ScoringSheet> {
        ScoringSheet::try_from(self)
    }
}

/// What an id of the sheet stands for.
#[derive(Clone, Copy, Debug)]
enum Slot {
    /// A node of the criteria tree, by its pre-order index.
    Node(usize),
    Bonus(usize),
    Penalty(usize),
    Requirement(usize),
}

/// A node of the flattened criteria tree.
#[derive(Clone, Debug)]
struct Node {
    parent: Option<usize>,
    is_leaf: bool,
    max: Decimal,
}

/// A scoring sheet (bảng chấm điểm): a tree of criteria with maximum points,
/// bonus and penalty items with caps, mandatory criteria, and the declared
/// tie-breaks of the ranking.
///
/// A participant's total is
///
/// ```text
/// total = Σ leaf points + min(Σ bonus points, bonus cap) − min(Σ penalty points, penalty cap)
/// ```
///
/// so a total never exceeds [`max`](ScoringSheet::max) plus the bonus cap.
/// A participant failing a mandatory criterion keeps its total but is
/// disqualified: it gets no place in the [`Ranking`](super::Ranking).
///
/// # Example
///
/// ```
/// # use thidua::Bilingual as _;
/// use rust_decimal::Decimal;
/// use thidua::campaigns::{Adjustment, RankTieBreak, Requirement, Scorecard, ScoringCriterion, ScoringSheet};
///
/// let n = Decimal::from;
/// let sheet = ScoringSheet::builder("Bảng chấm điểm cụm thi đua")
///     .criterion(ScoringCriterion::group("1".parse()?, "Kinh tế - xã hội", n(60), vec![
///         ScoringCriterion::leaf("1.1".parse()?, "Thu ngân sách", n(30)),
///         ScoringCriterion::leaf("1.2".parse()?, "Nông thôn mới", n(30)),
///     ]))
///     .criterion(ScoringCriterion::leaf("2".parse()?, "Công tác thi đua, khen thưởng", n(40)))
///     .bonus(n(5), vec![Adjustment::new("T1".parse()?, "Mô hình mới", n(3))])
///     .penalties(n(10), vec![Adjustment::new("P1".parse()?, "Báo cáo chậm", n(2))])
///     .requirement(Requirement::new("BB1".parse()?, "Không để xảy ra điểm nóng"))
///     .tie_break(RankTieBreak::Criterion("2".parse()?))
///     .build()?;
/// assert_eq!(sheet.max(), n(100));
///
/// let card = Scorecard::new("H-BINH-LIEU".parse()?)
///     .score("1.1".parse()?, Decimal::new(285, 1)) // 28,5
///     .score("1.2".parse()?, n(27))
///     .score("2".parse()?, n(38))
///     .score("T1".parse()?, n(3))
///     .score("P1".parse()?, n(1))
///     .met("BB1".parse()?, true);
/// let score = sheet.score(&card)?;
/// assert_eq!(score.total(), Decimal::new(955, 1)); // 28,5 + 27 + 38 + 3 − 1
///
/// // A score above its criterion's maximum is an error naming both.
/// let err = sheet.score(&card.clone().score("1.2".parse()?, n(31))).unwrap_err();
/// assert!(err.en().contains("above its maximum 30"));
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, serde::Serialize)]
#[serde(into = "ScoringSheetBuilder")]
pub struct ScoringSheet {
    spec: ScoringSheetBuilder,
    max: Decimal,
    nodes: Vec<Node>,
    node_ids: Vec<CriterionId>,
    slots: HashMap<CriterionId, Slot>,
    tie_break_nodes: Vec<Option<usize>>,
}

impl PartialEq for ScoringSheet {
    fn eq(&self, other: &ScoringSheet) -> bool {
        self.spec == other.spec
    }
}

impl Eq for ScoringSheet {}

impl From<ScoringSheet> for ScoringSheetBuilder {
    fn from(sheet: ScoringSheet) -> ScoringSheetBuilder {
        sheet.spec
    }
}

/// `a + b`, exact: points needing more than 28 significant digits would be
/// rounded, and a group's total would then depend on the order of its
/// sub-criteria.
/// `what` names the sum, in Vietnamese and in English.
fn add(a: Decimal, b: Decimal, what: impl FnOnce() -> (String, String)) -> Result<Decimal> {
    crate::money::add_exact(a, b).ok_or_else(|| {
        let (vi, en) = what();
        Error::overflow(format!("{vi} bị tràn số"), format!("{en} overflows"))
    })
}

impl TryFrom<ScoringSheetBuilder> for ScoringSheet {
    type Error = Error;

    fn try_from(spec: ScoringSheetBuilder) -> Result<ScoringSheet> {
        let sheet_name = text::shown(&spec.name).into_owned();
        let ctx = |e: Error| {
            e.context_in(
                format_args!("phiếu chấm điểm '{sheet_name}'"),
                format_args!("scoring sheet '{sheet_name}'"),
            )
        };
        if spec.criteria.is_empty() {
            return Err(ctx(Error::new(
                ErrorKind::Missing,
                "không có tiêu chí nào",
                "no criterion",
            )));
        }
        let mut sheet = ScoringSheet {
            max: Decimal::ZERO,
            nodes: Vec::new(),
            node_ids: Vec::new(),
            slots: HashMap::new(),
            tie_break_nodes: Vec::new(),
            spec: ScoringSheetBuilder::default(),
        };
        for c in &spec.criteria {
            sheet.flatten(c, None).map_err(ctx)?;
            sheet.max = add(sheet.max, c.max, || {
                ("điểm tối đa của phiếu".into(), "the sheet's maximum".into())
            })
            .map_err(ctx)?;
        }
        for (cap, what) in [(spec.bonus_cap, "bonus"), (spec.penalty_cap, "penalty")] {
            if cap < Decimal::ZERO {
                return Err(ctx(Error::out_of_range(
                    format!("mức trần {what} {cap} là số âm"),
                    format!("{what} cap {cap} is negative"),
                )));
            }
        }
        for (i, item) in spec.bonus.iter().enumerate() {
            positive(&item.id, item.max).map_err(ctx)?;
            sheet.claim(&item.id, Slot::Bonus(i)).map_err(ctx)?;
        }
        for (i, item) in spec.penalties.iter().enumerate() {
            positive(&item.id, item.max).map_err(ctx)?;
            sheet.claim(&item.id, Slot::Penalty(i)).map_err(ctx)?;
        }
        for (i, r) in spec.requirements.iter().enumerate() {
            sheet.claim(&r.id, Slot::Requirement(i)).map_err(ctx)?;
        }
        for rule in &spec.tie_breaks {
            let node = match rule {
                RankTieBreak::Criterion(id) => match sheet.slots.get(id) {
                    Some(Slot::Node(n)) => Some(*n),
                    _ => {
                        return Err(ctx(sheet.unknown(
                            id,
                            "tiêu chí phụ để xếp hạng nêu",
                            "tie-break names",
                        )));
                    }
                },
                _ => None,
            };
            sheet.tie_break_nodes.push(node);
        }
        sheet.spec = spec;
        Ok(sheet)
    }
}

fn positive(id: &CriterionId, max: Decimal) -> Result<()> {
    if max <= Decimal::ZERO {
        return Err(Error::out_of_range(
            format!("tiêu chí '{id}' có điểm tối đa {max}; điểm tối đa phải dương"),
            format!("criterion '{id}' has maximum {max}; a maximum must be positive"),
        ));
    }
    Ok(())
}

impl ScoringSheet {
    /// Starts a sheet named `name`.
    #[must_use]
    pub fn builder(name: impl Into<String>) -> ScoringSheetBuilder {
        ScoringSheetBuilder {
            name: name.into(),
            ..ScoringSheetBuilder::default()
        }
    }

    fn claim(&mut self, id: &CriterionId, slot: Slot) -> Result<()> {
        if self.slots.insert(id.clone(), slot).is_some() {
            return Err(Error::new(
                ErrorKind::Duplicate,
                format!("mã tiêu chí '{id}' được dùng hai lần"),
                format!("criterion id '{id}' is used twice"),
            ));
        }
        Ok(())
    }

    fn flatten(&mut self, c: &ScoringCriterion, parent: Option<usize>) -> Result<()> {
        positive(&c.id, c.max)?;
        let index = self.nodes.len();
        self.claim(&c.id, Slot::Node(index))?;
        self.nodes.push(Node {
            parent,
            is_leaf: c.children.is_empty(),
            max: c.max,
        });
        self.node_ids.push(c.id.clone());
        if !c.children.is_empty() {
            let mut sum = Decimal::ZERO;
            for child in &c.children {
                self.flatten(child, Some(index))?;
                sum = add(sum, child.max, || {
                    (
                        format!("tiêu chí '{}'", c.id),
                        format!("criterion '{}'", c.id),
                    )
                })?;
            }
            if sum != c.max {
                return Err(Error::new(
                    ErrorKind::Conflict,
                    format!(
                        "tiêu chí '{}' có điểm tối đa {} nhưng các tiêu chí con cộng lại {sum}",
                        c.id, c.max
                    ),
                    format!(
                        "criterion '{}' has maximum {} but its sub-criteria add up to {sum}",
                        c.id, c.max
                    ),
                ));
            }
        }
        Ok(())
    }

    fn unknown(&self, id: &CriterionId, what_vi: &str, what: &str) -> Error {
        let keys: Vec<(String, &str)> = self
            .slots
            .keys()
            .map(|k| (text::fold(k.as_str()), k.as_str()))
            .collect();
        let hint = text::closest(id.as_str(), keys.iter().map(|(k, l)| (k.as_str(), *l)));
        Error::new(
            ErrorKind::UnknownReference,
            format!(
                "{what_vi} tiêu chí không rõ '{id}'{}",
                text::did_you_mean_vi(&hint)
            ),
            format!(
                "{what} unknown criterion '{id}'{}",
                text::did_you_mean(&hint)
            ),
        )
    }

    /// The sheet's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.spec.name
    }

    /// The top-level criteria.
    #[must_use]
    pub fn criteria(&self) -> &[ScoringCriterion] {
        &self.spec.criteria
    }

    /// The most points the criteria can give, before bonus and penalty.
    #[must_use]
    pub fn max(&self) -> Decimal {
        self.max
    }

    /// The bonus items.
    #[must_use]
    pub fn bonus_items(&self) -> &[Adjustment] {
        &self.spec.bonus
    }

    /// The cap on the sum of bonus points.
    #[must_use]
    pub fn bonus_cap(&self) -> Decimal {
        self.spec.bonus_cap
    }

    /// The penalty items.
    #[must_use]
    pub fn penalty_items(&self) -> &[Adjustment] {
        &self.spec.penalties
    }

    /// The cap on the sum of penalty points.
    #[must_use]
    pub fn penalty_cap(&self) -> Decimal {
        self.spec.penalty_cap
    }

    /// The mandatory criteria.
    #[must_use]
    pub fn requirements(&self) -> &[Requirement] {
        &self.spec.requirements
    }

    /// The declared tie-breaks, in order.
    #[must_use]
    pub fn tie_breaks(&self) -> &[RankTieBreak] {
        &self.spec.tie_breaks
    }

    pub(crate) fn tie_break_node(&self, i: usize) -> Option<usize> {
        self.tie_break_nodes.get(i).copied().flatten()
    }

    /// Checks a scorecard against the sheet and totals it.
    ///
    /// # Errors
    ///
    /// Each names the participant, the criterion and the value:
    /// - an unknown criterion (`UnknownReference`, with the closest ids);
    /// - points for a group rather than its sub-criteria, or a met/failed
    ///   mark on a scored item, or points on a mandatory one (`Conflict`);
    /// - points below zero or above the item's maximum (`OutOfRange`);
    /// - the same item twice (`Duplicate`);
    /// - a leaf without points, or a mandatory criterion not marked
    ///   (`Missing`): an unscored item is never read as zero;
    /// - sums that overflow (`Overflow`).
    pub fn score(&self, card: &Scorecard) -> Result<Score> {
        self.score_inner(card)
            .map_err(|e| e.context(format_args!("scorecard of '{}'", card.participant)))
    }

    fn score_inner(&self, card: &Scorecard) -> Result<Score> {
        let mut points: Vec<Option<Decimal>> = vec![None; self.nodes.len()];
        let mut bonus: Vec<Option<Decimal>> = vec![None; self.spec.bonus.len()];
        let mut penalty: Vec<Option<Decimal>> = vec![None; self.spec.penalties.len()];
        let mut met: Vec<Option<bool>> = vec![None; self.spec.requirements.len()];
        for mark in &card.points {
            let id = &mark.criterion;
            let (cell, max) = match self.slots.get(id) {
                None => return Err(self.unknown(id, "điểm cho", "points for")),
                Some(Slot::Node(n)) => {
                    let node = self.nodes.get(*n);
                    if !node.is_some_and(|n| n.is_leaf) {
                        return Err(Error::new(
                            ErrorKind::Conflict,
                            format!(
                                "tiêu chí '{id}' là một nhóm: chấm điểm các tiêu chí con ({})",
                                self.children_of(*n)
                            ),
                            format!(
                                "criterion '{id}' is a group: score its sub-criteria ({})",
                                self.children_of(*n)
                            ),
                        ));
                    }
                    (points.get_mut(*n), node.map(|n| n.max))
                }
                Some(Slot::Bonus(i)) => (bonus.get_mut(*i), self.spec.bonus.get(*i).map(|a| a.max)),
                Some(Slot::Penalty(i)) => (
                    penalty.get_mut(*i),
                    self.spec.penalties.get(*i).map(|a| a.max),
                ),
                Some(Slot::Requirement(_)) => {
                    return Err(Error::new(
                        ErrorKind::Conflict,
                        format!(
                            "tiêu chí '{id}' là tiêu chí bắt buộc: đánh dấu đạt hoặc không đạt, không chấm điểm"
                        ),
                        format!("criterion '{id}' is mandatory: mark it met or failed, not scored"),
                    ));
                }
            };
            let (Some(cell), Some(max)) = (cell, max) else {
                return Err(self.unknown(id, "điểm cho", "points for"));
            };
            let p = mark.points;
            if p < Decimal::ZERO {
                return Err(Error::out_of_range(
                    format!("điểm {p} của tiêu chí '{id}' là số âm"),
                    format!("score {p} for criterion '{id}' is negative"),
                ));
            }
            if p > max {
                return Err(Error::out_of_range(
                    format!("điểm {p} của tiêu chí '{id}' vượt điểm tối đa {max}"),
                    format!("score {p} for criterion '{id}' is above its maximum {max}"),
                ));
            }
            if cell.replace(p).is_some() {
                return Err(Error::new(
                    ErrorKind::Duplicate,
                    format!("tiêu chí '{id}' được chấm hai lần"),
                    format!("criterion '{id}' is scored twice"),
                ));
            }
        }
        for MandatoryCheck {
            criterion: id,
            met: is_met,
        } in &card.requirements
        {
            let Some(Slot::Requirement(i)) = self.slots.get(id) else {
                return match self.slots.get(id) {
                    None => {
                        Err(self.unknown(id, "đánh dấu đạt/không đạt cho", "a met/failed mark for"))
                    }
                    Some(_) => Err(Error::new(
                        ErrorKind::Conflict,
                        format!("tiêu chí '{id}' chấm điểm, không phải bắt buộc: hãy cho điểm"),
                        format!("criterion '{id}' is scored, not mandatory: give it points"),
                    )),
                };
            };
            if met.get_mut(*i).and_then(|c| c.replace(*is_met)).is_some() {
                return Err(Error::new(
                    ErrorKind::Duplicate,
                    format!("tiêu chí bắt buộc '{id}' được đánh dấu hai lần"),
                    format!("mandatory criterion '{id}' is marked twice"),
                ));
            }
        }
        // Every leaf scored, every requirement marked.
        let mut totals = vec![Decimal::ZERO; self.nodes.len()];
        for (n, node) in self.nodes.iter().enumerate().rev() {
            let own = if node.is_leaf {
                points.get(n).copied().flatten().ok_or_else(|| {
                    Error::new(
                        ErrorKind::Missing,
                        format!("không có điểm cho tiêu chí '{}'", self.node_id(n)),
                        format!("no score for criterion '{}'", self.node_id(n)),
                    )
                })?
            } else {
                totals.get(n).copied().unwrap_or_default()
            };
            if let Some(t) = totals.get_mut(n) {
                *t = own;
            }
            if let Some(p) = node.parent {
                let sum = add(totals.get(p).copied().unwrap_or_default(), own, || {
                    let id = self.node_id(p);
                    (format!("tiêu chí '{id}'"), format!("criterion '{id}'"))
                })?;
                if let Some(t) = totals.get_mut(p) {
                    *t = sum;
                }
            }
        }
        let mut failed = Vec::new();
        for (r, m) in self.spec.requirements.iter().zip(&met) {
            match m {
                None => {
                    return Err(Error::new(
                        ErrorKind::Missing,
                        format!(
                            "tiêu chí bắt buộc '{}' chưa được đánh dấu đạt hoặc không đạt",
                            r.id
                        ),
                        format!("mandatory criterion '{}' is not marked met or failed", r.id),
                    ));
                }
                Some(false) => failed.push(r.id.clone()),
                Some(true) => {}
            }
        }
        let mut base = Decimal::ZERO;
        for (n, node) in self.nodes.iter().enumerate() {
            if node.parent.is_none() {
                base = add(base, totals.get(n).copied().unwrap_or_default(), || {
                    ("tổng điểm các tiêu chí".into(), "the criteria total".into())
                })?;
            }
        }
        let sum = |cells: &[Option<Decimal>], vi: &str, en: &str| -> Result<Decimal> {
            cells.iter().flatten().try_fold(Decimal::ZERO, |acc, &p| {
                add(acc, p, || {
                    (format!("điểm {vi}"), format!("the {en} points"))
                })
            })
        };
        let bonus_claimed = sum(&bonus, "thưởng", "bonus")?;
        let penalty_claimed = sum(&penalty, "trừ", "penalty")?;
        let bonus = bonus_claimed.min(self.spec.bonus_cap);
        let penalty = penalty_claimed.min(self.spec.penalty_cap);
        let total = crate::money::sub_exact(
            add(base, bonus, || ("tổng điểm".into(), "the total".into()))?,
            penalty,
        )
        .ok_or_else(|| Error::overflow("tổng điểm bị tràn số", "the total overflows"))?;
        Ok(Score {
            participant: card.participant.clone(),
            criteria: self.node_ids.iter().cloned().zip(totals).collect(),
            base,
            bonus,
            bonus_claimed,
            penalty,
            penalty_claimed,
            total,
            failed,
        })
    }

    fn node_id(&self, n: usize) -> &str {
        self.node_ids.get(n).map_or("", CriterionId::as_str)
    }

    /// The first sub-criteria of group `n`, quoted: a message names a few,
    /// not hundreds.
    fn children_of(&self, n: usize) -> String {
        const SHOWN: usize = 5;
        let mut children = self
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, c)| c.parent == Some(n))
            .map(|(i, _)| format!("'{}'", self.node_id(i)));
        let mut list: Vec<String> = children.by_ref().take(SHOWN).collect();
        if children.next().is_some() {
            list.push("…".into());
        }
        list.join(", ")
    }
}

/// Points given for one item of a sheet.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mark {
    /// The criterion, bonus or penalty item.
    pub criterion: CriterionId,
    /// The points (for a penalty item: the points taken away, as a positive
    /// number).
    #[serde(with = "rust_decimal::serde::str")]
    pub points: Decimal,
}

/// A mandatory criterion marked met or failed.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MandatoryCheck {
    /// The mandatory criterion.
    pub criterion: CriterionId,
    /// Whether it was met.
    pub met: bool,
}

/// One participant's scorecard (phiếu chấm điểm): points per leaf criterion,
/// bonus and penalty item, and met/failed per mandatory criterion.
///
/// Bonus and penalty items that do not apply may be left out; every leaf
/// criterion and every mandatory criterion must be there.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// use thidua::campaigns::Scorecard;
///
/// let card = Scorecard::new("H-TIEN-YEN".parse()?)
///     .score("1.1".parse()?, Decimal::new(295, 1))
///     .met("BB1".parse()?, true);
/// assert_eq!(card.points.len(), 1);
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scorecard {
    /// Who is scored.
    pub participant: UnitId,
    /// Points per criterion, bonus and penalty item.
    #[serde(default)]
    pub points: Vec<Mark>,
    /// Met or failed per mandatory criterion.
    #[serde(default)]
    pub requirements: Vec<MandatoryCheck>,
}

impl Scorecard {
    /// An empty card for `participant`.
    #[must_use]
    pub fn new(participant: UnitId) -> Scorecard {
        Scorecard {
            participant,
            points: Vec::new(),
            requirements: Vec::new(),
        }
    }

    /// The same card with `points` for `criterion`, replacing earlier points
    /// for it.
    #[must_use]
    pub fn score(mut self, criterion: CriterionId, points: Decimal) -> Scorecard {
        self.points.retain(|m| m.criterion != criterion);
        self.points.push(Mark { criterion, points });
        self
    }

    /// The same card with the mandatory `criterion` met or failed, replacing
    /// an earlier mark.
    #[must_use]
    pub fn met(mut self, criterion: CriterionId, met: bool) -> Scorecard {
        self.requirements.retain(|c| c.criterion != criterion);
        self.requirements.push(MandatoryCheck { criterion, met });
        self
    }
}

/// A scorecard totalled against its sheet.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Score {
    participant: UnitId,
    #[serde(skip)]
    criteria: Vec<(CriterionId, Decimal)>,
    #[serde(with = "rust_decimal::serde::str")]
    base: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    bonus: Decimal,
    #[serde(skip)]
    bonus_claimed: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    penalty: Decimal,
    #[serde(skip)]
    penalty_claimed: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    total: Decimal,
    failed: Vec<CriterionId>,
}

impl Score {
    /// Who was scored.
    #[must_use]
    pub fn participant(&self) -> &UnitId {
        &self.participant
    }

    /// The points of a criterion of the tree (a group gives the sum of its
    /// sub-criteria), if the sheet has it.
    #[must_use]
    pub fn points(&self, criterion: &CriterionId) -> Option<Decimal> {
        self.criteria
            .iter()
            .find(|(c, _)| c == criterion)
            .map(|&(_, p)| p)
    }

    pub(crate) fn node_points(&self, n: usize) -> Decimal {
        self.criteria.get(n).map_or(Decimal::ZERO, |&(_, p)| p)
    }

    /// The points of the criteria, before bonus and penalty.
    #[must_use]
    pub fn base(&self) -> Decimal {
        self.base
    }

    /// The bonus points counted, after the cap.
    #[must_use]
    pub fn bonus(&self) -> Decimal {
        self.bonus
    }

    /// The bonus points given, before the cap.
    #[must_use]
    pub fn bonus_claimed(&self) -> Decimal {
        self.bonus_claimed
    }

    /// The penalty points counted, after the cap.
    #[must_use]
    pub fn penalty(&self) -> Decimal {
        self.penalty
    }

    /// The penalty points given, before the cap.
    #[must_use]
    pub fn penalty_claimed(&self) -> Decimal {
        self.penalty_claimed
    }

    /// Base + bonus − penalty.
    #[must_use]
    pub fn total(&self) -> Decimal {
        self.total
    }

    /// The mandatory criteria failed.
    #[must_use]
    pub fn failed(&self) -> &[CriterionId] {
        &self.failed
    }

    /// Whether every mandatory criterion was met.
    #[must_use]
    pub fn is_qualified(&self) -> bool {
        self.failed.is_empty()
    }
}

/// A declared rule that orders participants with equal totals.
///
/// A sheet applies its rules in the order declared; participants equal
/// under every rule share the place (1, 1, 3 …), so a ranking never depends
/// on the order the cards came in.
///
/// | rule | ranks first |
/// |---|---|
/// | `Criterion(id)` | more points in criterion `id` (a group counts its sub-criteria) |
/// | `Base` | more points from the criteria, before bonus and penalty |
/// | `FewerPenaltyPoints` | fewer penalty points counted |
/// | `MoreBonusPoints` | more bonus points counted |
///
/// # Example
///
/// ```
/// use thidua::campaigns::RankTieBreak;
///
/// let rule = RankTieBreak::Criterion("2".parse()?);
/// assert_eq!(rule.to_string(), "điểm tiêu chí 2 cao hơn");
/// assert_eq!(RankTieBreak::FewerPenaltyPoints.to_string(), "ít điểm trừ hơn");
/// # Ok::<(), thidua::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RankTieBreak {
    /// More points in this criterion of the tree.
    Criterion(CriterionId),
    /// More points from the criteria, before bonus and penalty.
    Base,
    /// Fewer penalty points (after the cap).
    FewerPenaltyPoints,
    /// More bonus points (after the cap).
    MoreBonusPoints,
}

impl fmt::Display for RankTieBreak {
    /// The Vietnamese wording of the rule.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RankTieBreak::Criterion(id) => write!(f, "điểm tiêu chí {id} cao hơn"),
            RankTieBreak::Base => f.write_str("điểm chấm theo tiêu chí cao hơn"),
            RankTieBreak::FewerPenaltyPoints => f.write_str("ít điểm trừ hơn"),
            RankTieBreak::MoreBonusPoints => f.write_str("nhiều điểm thưởng hơn"),
        }
    }
}

crate::error::deserialize_via!(ScoringSheet, ScoringSheetBuilder);
