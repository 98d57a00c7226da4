//! Which awards the rules judge, for whom, under which regime: the coverage
//! table.
//!
//! For every award of the catalogue, every kind of recipient it admits and
//! every regime of a rule book, [`coverage`] says whether a verdict
//! decides on either side of the award's main threshold (*judged*), or
//! whether every verdict needs review, and why, citing the text that is
//! missing: the regime itself was not read, the criteria were not read, or
//! they are set by a ministry, sector or province (an overlay decides). No
//! row is unsupported: every engine answers for every recipient the award
//! admits.
//!
//! The table of the bundled rule book is
//! [the coverage page](crate::_documentation::coverage).

use crate::award::{Award, RecipientKind, Route};
use crate::citation::Citation;
use crate::law::{Regime, RegimeId, RuleBook};

/// Why every verdict on an award needs review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Gap {
    /// The regime's text was not read (the reported 2026 amendment; the
    /// unknown successor of Decree 152/2025 from 2027-03-01).
    RegimeNotRead,
    /// A text the criteria rest on was not read.
    TextNotRead,
    /// The criteria are set by the ministry, sector, province or issuing
    /// body: an overlay's rule decides, and without one the verdict needs
    /// review.
    SetLocally,
}

impl Gap {
    /// The reason in Vietnamese.
    #[must_use]
    pub fn reason_vi(self) -> &'static str {
        match self {
            Gap::RegimeNotRead => "văn bản của chế độ chưa được đối chiếu",
            Gap::TextNotRead => "văn bản quy định tiêu chuẩn chưa được đối chiếu",
            Gap::SetLocally => {
                "tiêu chuẩn do bộ, ban, ngành, tỉnh hoặc cơ quan tặng quy định: cần quy định của địa phương (overlay)"
            }
        }
    }

    /// The reason in English.
    #[must_use]
    pub fn reason_en(self) -> &'static str {
        match self {
            Gap::RegimeNotRead => "the text of the regime was not read",
            Gap::TextNotRead => "the text of the criteria was not read",
            Gap::SetLocally => {
                "the criteria are set by the ministry, province or issuing body: an overlay decides"
            }
        }
    }
}

/// How one award is judged for one kind of recipient under one regime.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Coverage {
    /// A verdict decides, on either side of the main threshold, which rests
    /// on `basis`.
    Judged {
        /// Where the main threshold is written.
        basis: Citation,
    },
    /// Every verdict needs review: `gap` says why, `citation` names the
    /// text (its note says what is missing).
    NeedsReview {
        /// Why.
        gap: Gap,
        /// The text missing, or the one that delegates.
        citation: Citation,
    },
}

/// One row of the coverage table: an award, a kind of recipient it admits,
/// a regime, the route that judges it and how.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct CoverageRow {
    /// The award.
    pub award: Award,
    /// Who receives it.
    pub recipient: RecipientKind,
    /// The regime.
    pub regime: RegimeId,
    /// The kind of rule that judges it.
    pub route: Route,
    /// Judged, or needs review and why.
    pub coverage: Coverage,
}

impl CoverageRow {
    /// Whether verdicts decide.
    #[must_use]
    pub fn is_judged(&self) -> bool {
        matches!(self.coverage, Coverage::Judged { .. })
    }

    /// The citation of the row: the basis of a judged row, the missing
    /// text of one that needs review.
    #[must_use]
    pub fn citation(&self) -> &Citation {
        match &self.coverage {
            Coverage::Judged { basis } => basis,
            Coverage::NeedsReview { citation, .. } => citation,
        }
    }
}

/// The coverage table of `book`: a row per regime, award of the national
/// catalogue and kind of recipient it admits, in the order of the regimes
/// and of the catalogue.
///
/// # Example
///
/// ```
/// use thidua::{Award, RecipientKind, RegimeId, RuleBook};
/// use thidua::eligibility::{Coverage, Gap, coverage};
///
/// let book = RuleBook::national();
/// let rows = coverage(&book);
/// let row = |award, recipient, regime: &RegimeId| {
///     rows.iter()
///         .find(|r| r.award == award && r.recipient == recipient && &r.regime == regime)
///         .unwrap()
/// };
/// // The Prime Minister's Bằng khen: judged for individuals from 2024 …
/// assert!(row(Award::PrimeMinisterCertificateOfMerit, RecipientKind::Individual, &RegimeId::LAW_2022).is_judged());
/// // … but Art. 73 k2 (collectives) was not read.
/// let c = row(Award::PrimeMinisterCertificateOfMerit, RecipientKind::Collective, &RegimeId::LAW_2022);
/// assert!(matches!(c.coverage, Coverage::NeedsReview { gap: Gap::TextNotRead, .. }));
/// assert_eq!(c.citation().to_short(), "06/2022/QH15 Điều 73 khoản 2");
/// // Every award, every recipient it admits, every regime.
/// let admitted: usize = Award::ALL.iter().map(|a| a.recipients().len()).sum();
/// assert_eq!(rows.len(), admitted * book.regimes().len());
/// ```
#[must_use]
pub fn coverage(book: &RuleBook) -> Vec<CoverageRow> {
    let mut rows = Vec::new();
    for regime in book.regimes() {
        for &award in Award::ALL {
            for &recipient in award.recipients() {
                rows.push(CoverageRow {
                    award,
                    recipient,
                    regime: regime.id().clone(),
                    route: award.route(),
                    coverage: of(regime, award, recipient),
                });
            }
        }
    }
    rows
}

/// Judged on `basis` unless one of `rests_on` (every citation a verdict
/// rests on, whatever the candidate) is not decisive.
fn judged<'a>(basis: &Citation, rests_on: impl IntoIterator<Item = &'a Citation>) -> Coverage {
    match rests_on.into_iter().find(|c| !c.confidence().is_decisive()) {
        Some(c) => Coverage::NeedsReview {
            gap: Gap::TextNotRead,
            citation: c.clone(),
        },
        None => Coverage::Judged {
            basis: basis.clone(),
        },
    }
}

/// The citation of a regime that has no rule at all (never for the bundled
/// book, whose every award has its route).
fn nothing(regime: &Regime) -> Coverage {
    Coverage::NeedsReview {
        gap: Gap::TextNotRead,
        citation: regime.defining_citation(),
    }
}

/// How `award` is judged for `recipient` under `regime`.
fn of(regime: &Regime, award: Award, recipient: RecipientKind) -> Coverage {
    if let Some(citation) = regime.unsettled() {
        return Coverage::NeedsReview {
            gap: Gap::RegimeNotRead,
            citation,
        };
    }
    let ind = regime.individual();
    let col = regime.collective();
    match award.route() {
        Route::AnnualTitle => judged(&ind.rating.citation, [&ind.rating.citation]),
        Route::GrassrootsFighter => judged(
            &ind.grassroots_route.citation,
            [&ind.grassroots_base, &ind.grassroots_route.citation],
        ),
        Route::Streak => match ind.streak_rules(award) {
            Some(s) => judged(
                &s.streak.citation,
                [&s.streak.citation, &s.initiative_scope.citation],
            ),
            None => nothing(regime),
        },
        Route::CollectiveTitle => {
            let (excellent, armed) = match award {
                Award::AdvancedUnit => (false, true),
                Award::ExcellentCollective => (true, false),
                Award::DeterminedToWinUnit => (true, true),
                _ => (false, false),
            };
            let unit = if excellent {
                &col.excellent_unit
            } else {
                &col.advanced_unit
            };
            let mut rests: Vec<&Citation> = if excellent {
                vec![
                    &col.excellent_rating.citation,
                    &col.excellent_movement,
                    &col.excellent_completion,
                    &col.excellent_share.citation,
                    &col.excellent_fighter,
                ]
            } else {
                vec![
                    &col.advanced_rating.citation,
                    &col.advanced_movement,
                    &col.advanced_share.citation,
                ]
            };
            let discipline = if excellent {
                &col.excellent_discipline
            } else {
                &col.advanced_discipline
            };
            rests.extend(discipline.iter().map(|r| &r.citation));
            if armed {
                rests.push(unit);
            }
            let basis = if armed {
                unit
            } else if excellent {
                &col.excellent_share.citation
            } else {
                &col.advanced_share.citation
            };
            judged(basis, rests)
        }
        Route::Flag => {
            let f = regime.flags();
            match award {
                Award::GovernmentEmulationFlag => judged(
                    &f.government_cluster,
                    [&f.government_cluster, &f.government_standard],
                ),
                Award::MinistryOrProvinceEmulationFlag => {
                    judged(&f.province_leads, [&f.province_leads, &f.province_standard])
                }
                _ => judged(&f.corps, [&f.corps]),
            }
        }
        Route::Checklist => {
            let c = regime.community();
            match award {
                Award::CulturalFamily => judged(
                    &c.family.citation,
                    [&c.family.citation, &c.family_exclusions],
                ),
                Award::CulturalVillage => {
                    judged(&c.village.citation, [&c.village.citation, &c.village_share])
                }
                _ => match &c.district_gone {
                    Some(gone) => Coverage::NeedsReview {
                        gap: Gap::TextNotRead,
                        citation: gone.clone(),
                    }
                    .or_unread(&[&c.commune.citation, &c.commune_share]),
                    None => judged(
                        &c.commune.citation,
                        [&c.commune.citation, &c.commune_share, &c.commune_leads],
                    ),
                },
            }
        }
        Route::Form => {
            let forms = regime.forms();
            match forms.route(award, recipient) {
                None => nothing(regime),
                Some(r) => match (&r.unread, &r.delegated) {
                    (Some(unread), _) => Coverage::NeedsReview {
                        gap: Gap::TextNotRead,
                        citation: unread.clone(),
                    },
                    (None, Some(delegated)) if !r.is_ladder() => Coverage::NeedsReview {
                        gap: Gap::SetLocally,
                        citation: delegated.clone(),
                    },
                    _ => match r.run_citation() {
                        Some(basis) => judged(
                            basis,
                            r.citations().chain(std::iter::once(&forms.one_award)),
                        ),
                        None => nothing(regime),
                    },
                },
            }
        }
        _ => nothing(regime),
    }
}

impl Coverage {
    /// A gap that stands, unless an earlier citation was not read either
    /// (then that one is named first).
    fn or_unread(self, earlier: &[&Citation]) -> Coverage {
        match earlier.iter().find(|c| !c.confidence().is_decisive()) {
            Some(c) => Coverage::NeedsReview {
                gap: Gap::TextNotRead,
                citation: (*c).clone(),
            },
            None => self,
        }
    }
}
