//! The council's answers on the criteria a rule leaves to its judgement.

/// What the council found on the criteria it judges for a form (compliance,
/// internal unity, a result recognised in a movement review …): one answer
/// per criterion, in the order the rule lists them (an
/// [`OverlayRule::FormCriteria`](crate::law::OverlayRule::FormCriteria):
/// `all`, then `any`); `None` while not judged. A criterion with no answer
/// leaves the verdict needing review.
///
/// # Example
///
/// ```
/// use thidua::eligibility::Merits;
///
/// let m = Merits::new(vec![Some(true), None]);
/// assert_eq!(m.answer(0), Some(true));
/// assert_eq!(m.answer(1), None);
/// assert_eq!(m.answer(7), None);
/// assert!(Merits::none().answers().is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Merits(Vec<Option<bool>>);

impl Merits {
    /// The council's answers, in the order of the rule's criteria.
    #[must_use]
    pub fn new(answers: Vec<Option<bool>>) -> Merits {
        Merits(answers)
    }

    /// No answer yet.
    #[must_use]
    pub fn none() -> Merits {
        Merits(Vec::new())
    }

    /// The answer on criterion `i`, if given.
    #[must_use]
    pub fn answer(&self, i: usize) -> Option<bool> {
        self.0.get(i).copied().flatten()
    }

    /// Every answer.
    #[must_use]
    pub fn answers(&self) -> &[Option<bool>] {
        &self.0
    }
}
