//! Whether a signer may confer an award: the judging of signing powers.

use chrono::NaiveDate;

use crate::authority::Authority;
use crate::award::Award;
use crate::eligibility::{Criterion, Finding, Status, gate};
use crate::error::Result;
use crate::history::Recipient;
use crate::id::UnitId;
use crate::law::{Power, Powers, RuleBook};
use crate::units::UnitRegistry;

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
        // Not listed: not allowed only where every list of the signer was
        // read; the least sure list decides.
        if let Some(p) = mine.iter().min_by_key(|p| p.citation.confidence()) {
            let list: Vec<String> = mine
                .iter()
                .flat_map(|p| p.awards.iter().flatten())
                .map(|a| format!("\"{a}\""))
                .collect();
            let status = gate(&p.citation, Status::Unmet);
            let (vi, en) = if status == Status::Unmet {
                (
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
                )
            } else {
                (
                    format!(
                        "\"{award}\" không có trong các thẩm quyền đã đối chiếu của {signer}; quy định chưa được đối chiếu với văn bản: cần xem xét"
                    ),
                    format!(
                        "'{}' is not among the {}'s powers read; the rest rests on articles not read: needs review",
                        award.name_en(),
                        signer.id()
                    ),
                )
            };
            return Finding::new(Criterion::Authority, status, &p.citation, vi, en);
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

impl Powers {
    /// Whether `proposer` proposes `award` to `signer` by a path the regime
    /// lists: met (with its article), or unknown where no path was read.
    /// Proposal paths are never *not allowed*: the lists read are partial.
    ///
    /// # Example
    ///
    /// ```
    /// use thidua::{Authority, Award, RegimeId, RuleBook};
    /// use thidua::eligibility::Status;
    ///
    /// let book = RuleBook::national();
    /// let powers = book.regime(&RegimeId::DECREE_152_2025)?.powers();
    /// let path = powers.judge_proposing(Authority::ProvincialChair, Authority::PrimeMinister, Award::PrimeMinisterCertificateOfMerit);
    /// assert_eq!(path.status, Status::Met);
    /// assert_eq!(path.citation.to_short(), "152/2025/NĐ-CP Điều 42");
    /// let path = powers.judge_proposing(Authority::CommuneChair, Authority::President, Award::LabourOrderThird);
    /// assert_eq!(path.status, Status::Unknown);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    #[must_use]
    pub fn judge_proposing(&self, proposer: Authority, signer: Authority, award: Award) -> Finding {
        match self.proposing(proposer, signer, award) {
            Some(p) => Finding::new(
                Criterion::Authority,
                gate(&p.citation, Status::Met),
                &p.citation,
                format!("{proposer} đề nghị {signer} quyết định tặng \"{award}\""),
                format!(
                    "the {} proposes '{}' to the {}",
                    proposer.id(),
                    award.name_en(),
                    signer.id()
                ),
            ),
            None => Finding::new(
                Criterion::Authority,
                Status::Unknown,
                &self.otherwise,
                format!(
                    "chưa đối chiếu được thẩm quyền đề nghị: {proposer} đề nghị {signer} tặng \"{award}\"; cần xem xét"
                ),
                format!(
                    "no path read by which the {} proposes '{}' to the {}: needs review",
                    proposer.id(),
                    award.name_en(),
                    signer.id()
                ),
            ),
        }
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
            .map_err(|e| {
                e.context_in(
                    format!("quyết định {}", self.number),
                    format!("decision {}", self.number),
                )
            })?
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

/// What a recipient of a decision is, for the check of the signer's unit:
/// a unit of its own, or a person of a unit.
fn own_unit(recipient: &Recipient) -> Option<&UnitId> {
    match recipient {
        Recipient::Collective(u)
        | Recipient::Household(u)
        | Recipient::Village(u)
        | Recipient::Commune(u) => Some(u),
        _ => None,
    }
}

impl Decision {
    /// Checks that every recipient sits under the unit the decision was
    /// signed for ([`issuer`](Decision::issuer)), per `units`: a person of
    /// that unit or of a unit below it, a collective strictly below it (a
    /// unit does not reward itself). Each grant outside is an issue: *not
    /// allowed* where the regime's rule on whom a signer rewards was read
    /// (Decree 91/2017 Art. 43 k2 a, S), *needs review* where it was not
    /// (from 2024: Law 06/2022 Art. 83, not read). A recipient whose unit is
    /// not known (`person_unit` gives none), or a decision without an
    /// issuing unit, needs review. A regime with no such rule checks
    /// nothing.
    ///
    /// # Errors
    ///
    /// No regime on the decision date; a unit id the registry does not
    /// know.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Authority, Award, Decision, Period, RuleBook};
    /// use thidua::eligibility::Status;
    /// use thidua::history::Recipient;
    /// use thidua::units::{Unit, UnitKind, UnitRegistry};
    ///
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let units = UnitRegistry::new([
    ///     Unit::new("T-1".parse()?, "Tỉnh A", UnitKind::Province, Period::starting(d(2000, 1, 1))),
    ///     Unit::new("X-1".parse()?, "Xã B", UnitKind::Commune, Period::starting(d(2025, 7, 1))).under("T-1".parse()?),
    ///     Unit::new("X-2".parse()?, "Xã C", UnitKind::Commune, Period::starting(d(2025, 7, 1))).under("T-1".parse()?),
    /// ])?;
    /// let decision = Decision::new("9/QĐ-UBND".parse()?, d(2025, 12, 20), Authority::CommuneChair)
    ///     .issued_by("X-1".parse()?)
    ///     .grant(Recipient::Commune("X-2".parse()?), Award::CertificateOfCommendation, Period::year(2025)?);
    /// let issues = decision.scope_issues(&RuleBook::national(), &units, |_| None)?;
    /// assert_eq!(issues.len(), 1);
    /// // From 2024 the rule was not read: needs review, never "allowed".
    /// assert_eq!(issues[0].finding.status, Status::Unknown);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn scope_issues(
        &self,
        book: &RuleBook,
        units: &UnitRegistry,
        person_unit: impl Fn(&Recipient) -> Option<UnitId>,
    ) -> Result<Vec<AuthorityIssue>> {
        let context = || {
            (
                format!("quyết định {}", self.number),
                format!("decision {}", self.number),
            )
        };
        let powers = book
            .regime_on(self.date)
            .map_err(|e| e.context_pair(context()))?
            .powers();
        let Some(scope) = &powers.scope else {
            return Ok(Vec::new());
        };
        let mut issues = Vec::new();
        for (i, g) in self.grants.iter().enumerate() {
            let (unit, strict) = match own_unit(&g.recipient) {
                Some(u) => (Some(u.clone()), true),
                None => (person_unit(&g.recipient), false),
            };
            let finding = match (&self.issuer, unit) {
                (None, _) => Some(Finding::new(
                    Criterion::Authority,
                    Status::Unknown,
                    scope,
                    "quyết định không ghi đơn vị ban hành: chưa kiểm tra được phạm vi khen thưởng",
                    "the decision names no issuing unit: whom it may reward cannot be checked",
                )),
                (Some(_), None) => Some(Finding::new(
                    Criterion::Authority,
                    Status::Unknown,
                    scope,
                    "chưa biết đơn vị của người được khen thưởng: chưa kiểm tra được phạm vi khen thưởng",
                    "the recipient's unit is not known: whether it is under the signer cannot be checked",
                )),
                (Some(issuer), Some(unit)) => {
                    let within = units
                        .is_within(&unit, issuer)
                        .map_err(|e| e.context_pair(context()))?;
                    let ok = within && !(strict && &unit == issuer);
                    (!ok).then(|| {
                        let issuer_name = units.get(issuer).map_or(issuer.as_str(), |u| u.name.as_str());
                        let unit_name = units.get(&unit).map_or(unit.as_str(), |u| u.name.as_str());
                        Finding::new(
                            Criterion::Authority,
                            gate(scope, Status::Unmet),
                            scope,
                            format!(
                                "\"{unit_name}\" không thuộc phạm vi quản lý của \"{issuer_name}\": người ký chỉ khen thưởng cá nhân, tập thể thuộc quyền"
                            ),
                            format!("'{unit}' is not under '{issuer}': a signer rewards only those under its own unit"),
                        )
                    })
                }
            };
            if let Some(finding) = finding {
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
