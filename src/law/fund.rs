//! The rules of the emulation-commendation fund in one regime.

use rust_decimal::Decimal;

use crate::citation::Citation;
use crate::money::Money;

/// The area class of a budget level, which sets its cap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum AreaClass {
    /// Delta provinces and centrally run cities: 1,0% of recurrent spending.
    Delta,
    /// Mountainous, midland, Central Highlands, remote and island areas
    /// (miền núi, trung du, Tây Nguyên, vùng sâu, vùng xa, hải đảo): 1,5%.
    Highland,
}

/// What a fund's cap is a share of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(tag = "basis", rename_all = "snake_case")]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum FundBasis {
    /// A ministry, central body or provincial department: its salary fund
    /// by grade and step of the staff on its payroll, plus approved wages,
    /// for the year.
    SalaryFund {
        /// The salary fund of the year.
        salary_fund: Money,
    },
    /// A province, district or commune budget level: its recurrent spending
    /// (chi ngân sách thường xuyên) for the year.
    RecurrentSpending {
        /// The recurrent spending of the level for the year.
        spending: Money,
        /// The area class, which sets the cap.
        area: AreaClass,
    },
}

/// The fund rules of a regime: the caps and the organising share, each with
/// its citation. Carried by [`MoneyRules::fund`](crate::law::MoneyRules::fund).
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FundRules {
    /// The cap of a ministry's or department's fund, as a share of its
    /// salary fund (0,20).
    #[serde(with = "rust_decimal::serde::str")]
    pub salary_fund_cap: Decimal,
    /// Where that cap is written.
    pub salary_fund_citation: Citation,
    /// The cap of a delta budget level, as a share of its recurrent
    /// spending (0,010).
    #[serde(with = "rust_decimal::serde::str")]
    pub delta_cap: Decimal,
    /// The cap of a highland budget level (0,015).
    #[serde(with = "rust_decimal::serde::str")]
    pub highland_cap: Decimal,
    /// Where the budget-level caps are written.
    pub budget_level_citation: Citation,
    /// The share of the fund for organising the movement (0,20).
    #[serde(with = "rust_decimal::serde::str")]
    pub organising_share: Decimal,
    /// Where that share is written.
    pub organising_citation: Citation,
    /// Where it is written that the award money of a decision is paid from
    /// the fund of the level that signed it (Law 06/2022 Art. 11 k4 from
    /// 2024); `None` where the regime cites no rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer_citation: Option<Citation>,
}

impl FundRules {
    /// The cap rate for `basis` and where it is written.
    ///
    /// # Example
    ///
    /// ```
    /// use rust_decimal::Decimal;
    /// use thidua::{Money, RegimeId, RuleBook};
    /// use thidua::law::{AreaClass, FundBasis};
    ///
    /// let book = RuleBook::national();
    /// let fund = book.regime(&RegimeId::DECREE_152_2025)?.money().fund().unwrap();
    /// let commune = FundBasis::RecurrentSpending { spending: Money::from_dong(30_000_000_000), area: AreaClass::Highland };
    /// let (rate, citation) = fund.cap_rate(&commune);
    /// assert_eq!(rate, Decimal::new(15, 3));
    /// assert_eq!(citation.to_short(), "152/2025/NĐ-CP Điều 46 khoản 3 điểm b");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn cap_rate(&self, basis: &FundBasis) -> (Decimal, &Citation) {
        match basis {
            FundBasis::SalaryFund { .. } => (self.salary_fund_cap, &self.salary_fund_citation),
            FundBasis::RecurrentSpending {
                area: AreaClass::Delta,
                ..
            } => (self.delta_cap, &self.budget_level_citation),
            FundBasis::RecurrentSpending {
                area: AreaClass::Highland,
                ..
            } => (self.highland_cap, &self.budget_level_citation),
        }
    }
}
