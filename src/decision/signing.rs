//! Whether a signer may confer an award: the judging of signing powers.

use chrono::NaiveDate;

use crate::authority::Authority;
use crate::award::Award;
use crate::eligibility::{Criterion, Finding, Status, gate};
use crate::error::Result;
use crate::law::{Power, Powers, RuleBook};

use super::Decision;

impl Powers {
    /// Whether `signer` may confer `award`: met, unmet (with the article
    /// that lists the signer's powers) or unknown (a text not read).
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Authority, Award, RegimeId, RuleBook};
    /// use thidua::eligibility::Status;
    ///
    /// let book = RuleBook::national();
    /// let powers = book.regime(&RegimeId::DECREE_152_2025)?.powers();
    /// // The district level ended on 2025-06-30.
    /// let f = powers.judge(Authority::DistrictChair, Award::AdvancedWorker);
    /// assert_eq!(f.status, Status::Unmet);
    /// // The powers of a minister (Law 06/2022 Art. 79) were not read.
    /// let f = powers.judge(Authority::Minister, Award::MinistryOrProvinceCertificateOfMerit);
    /// assert_eq!(f.status, Status::Unknown);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn judge(&self, signer: Authority, award: Award) -> Finding {
        if let Some(gone) = self.abolished.iter().find(|a| a.value == signer) {
            let status = gate(&gone.citation, Status::Unmet);
            return Finding::new(
                Criterion::Authority,
                status,
                &gone.citation,
                format!(
                    "{signer} không còn tồn tại (chính quyền địa phương hai cấp): không có thẩm quyền tặng \"{award}\""
                ),
                format!(
                    "the {} no longer exists (two-tier local government): may not confer '{}'",
                    signer.id(),
                    award.name_en()
                ),
            );
        }
        let mine: Vec<&Power> = self
            .powers
            .iter()
            .filter(|p| p.authority == signer)
            .collect();
        let listed = mine
            .iter()
            .find(|p| p.awards.as_ref().is_some_and(|a| a.contains(&award)));
        if let Some(p) = listed {
            let status = gate(&p.citation, Status::Met);
            return Finding::new(
                Criterion::Authority,
                status,
                &p.citation,
                format!("{signer} được quyết định tặng \"{award}\""),
                format!("the {} may confer '{}'", signer.id(), award.name_en()),
            );
        }
        if let Some(p) = mine.iter().find(|p| p.awards.is_none()) {
            return Finding::new(
                Criterion::Authority,
                Status::Unknown,
                &p.citation,
                format!(
                    "thẩm quyền của {signer} do Bộ Quốc phòng, Bộ Công an quy định; chưa đối chiếu với \"{award}\""
                ),
                format!(
                    "the {}'s powers are set by the Defence and Public Security ministries: not checked for '{}'",
                    signer.id(),
                    award.name_en()
                ),
            );
        }
        if let Some(p) = mine.first() {
            let list: Vec<String> = p
                .awards
                .iter()
                .flatten()
                .map(|a| format!("\"{a}\""))
                .collect();
            let status = gate(&p.citation, Status::Unmet);
            return Finding::new(
                Criterion::Authority,
                status,
                &p.citation,
                format!(
                    "{signer} chỉ được quyết định tặng: {}; không có thẩm quyền tặng \"{award}\"",
                    list.join(", ")
                ),
                format!(
                    "the {} may confer only {} awards, not '{}'",
                    signer.id(),
                    list.len(),
                    award.name_en()
                ),
            );
        }
        Finding::new(
            Criterion::Authority,
            Status::Unknown,
            &self.otherwise,
            format!(
                "thẩm quyền của {signer} đối với \"{award}\" chưa được đối chiếu với văn bản: cần xem xét"
            ),
            format!(
                "the {}'s power to confer '{}' rests on articles not read: needs review",
                signer.id(),
                award.name_en()
            ),
        )
    }
}

impl Authority {
    /// Whether this authority may confer `award` on `on`, under the regime
    /// in force that day: a finding with its status and citation.
    ///
    /// # Errors
    ///
    /// No regime in force on `on`.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Authority, Award, RuleBook};
    /// use thidua::eligibility::Status;
    ///
    /// let book = RuleBook::national();
    /// let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let chair = Authority::CommuneChair;
    /// assert_eq!(chair.may_confer(&book, Award::AdvancedCollective, on(2025, 3, 15))?.status, Status::Unmet);
    /// assert_eq!(chair.may_confer(&book, Award::AdvancedCollective, on(2025, 12, 15))?.status, Status::Met);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn may_confer(self, book: &RuleBook, award: Award, on: NaiveDate) -> Result<Finding> {
        Ok(book.regime_on(on)?.powers().judge(self, award))
    }
}

/// An award of a decision that its signer may not confer, or whose power
/// could not be established.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorityIssue {
    /// The award.
    pub award: Award,
    /// The positions of its grants in the decision.
    pub grants: Vec<usize>,
    /// Why: unmet (not allowed) or unknown (needs review), with the
    /// citation.
    pub finding: Finding,
}

impl Decision {
    /// Checks the signer's power over every award of the decision, under the
    /// regime in force on its date: each award the signer may not confer
    /// (or whose power rests on a text not read) is reported once, with the
    /// grants it concerns. An empty list means every award is within the
    /// signer's power.
    ///
    /// # Errors
    ///
    /// No regime in force on the decision date.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Authority, Award, Decision, Period, RuleBook};
    /// use thidua::eligibility::Status;
    /// use thidua::history::Recipient;
    ///
    /// let book = RuleBook::national();
    /// let unit = Recipient::Collective("THON-1".parse()?);
    /// let d = Decision::new("15/QĐ-UBND".parse()?, NaiveDate::from_ymd_opt(2025, 3, 15).unwrap(), Authority::CommuneChair)
    ///     .grant(unit, Award::AdvancedCollective, Period::year(2024)?);
    /// let issues = d.authority_issues(&book)?;
    /// assert_eq!(issues.len(), 1);
    /// assert_eq!(issues[0].finding.status, Status::Unmet);
    /// assert_eq!(issues[0].finding.citation.to_string(), "khoản 3 Điều 80 Luật Thi đua, khen thưởng số 06/2022/QH15");
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn authority_issues(&self, book: &RuleBook) -> Result<Vec<AuthorityIssue>> {
        let powers = book
            .regime_on(self.date)
            .map_err(|e| e.context(format!("decision {}", self.number)))?
            .powers();
        let mut issues: Vec<AuthorityIssue> = Vec::new();
        for (i, g) in self.grants.iter().enumerate() {
            if let Some(issue) = issues.iter_mut().find(|x| x.award == g.award) {
                issue.grants.push(i);
                continue;
            }
            let finding = powers.judge(self.signer, g.award);
            if finding.status != Status::Met {
                issues.push(AuthorityIssue {
                    award: g.award,
                    grants: vec![i],
                    finding,
                });
            }
        }
        Ok(issues)
    }
}
