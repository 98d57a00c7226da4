//! From proposal to decision: the process an emulation-commendation office
//! runs.
//!
//! A unit sends a [`Proposal`] (tờ trình, danh sách đề nghị, báo cáo thành
//! tích, biên bản họp bình xét); the office checks it with an
//! [`Appraisal`]; the council votes ([`CouncilMinutes`]); the competent
//! person signs a decision ([`ProposedDecision`], printed with
//! [`DecisionDocument`](crate::decision::DecisionDocument)); the money is
//! priced under the regime each dossier is governed by ([`ProposalMoney`])
//! and paid from the fund of the level that decides. A decision may later be
//! revoked ([`Revocation`]).
//!
//! | step | what is checked | legal basis |
//! |---|---|---|
//! | dossier | the parts for the award and regime; a province's own parts for the awards it sets | Law 06/2022 Art. 84 k1 (S); Decree 98/2023 Art. 34 (V); Decree 152/2025 Art. 6 k2 c (S), through an overlay |
//! | deadline | the submission date against an overlay's deadline | the province's rule |
//! | regime | the verdict under every regime the dossier crossed; the better where Law 06/2026/QH16 Art. 4 k4 applies; *needs review* where the verdicts differ and the article was not read | see [`RegimeChoice`] |
//! | council | the secret ballot's share, exact integer test on the members | Decree 91/2017 Art. 45 k8 (S); Decree 98/2023 Art. 30 k7 (V); an overlay from 2025-07-01 |
//! | decision | the signer's powers; each recipient under the issuing unit | [`Powers`](crate::law::Powers) |
//! | money | each line under its nominee's regime | the regime's money tables |
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use thidua::{Authority, Award, Outcome, Period, Person, PersonCategory, Rating, RuleBook, YearRecord};
//! use thidua::law::{DossierPart, SalarySchedule};
//! use thidua::proposal::{Appraisal, CouncilMinutes, Dossier, Nominee, Proposal};
//!
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let mut lan = Person::new("CB-01".parse()?, "Nguyễn Thị Lan", PersonCategory::CivilServant, "P-NV".parse()?);
//! lan.service_start = Some(d(2015, 3, 1));
//! // 2023 and 2024 told in full: nothing happened but the ratings.
//! lan.records.push(YearRecord::new(2023).rated(Rating::Good).otherwise_none());
//! lan.records.push(YearRecord::new(2024).rated(Rating::Excellent).otherwise_none());
//! let parts = Dossier::default()
//!     .with(DossierPart::Submission)
//!     .with(DossierPart::AchievementReport)
//!     .with(DossierPart::ReviewMinutes)
//!     .with(DossierPart::InitiativeOrExcellenceProof);
//! let proposal = Proposal::new(Authority::AgencyHead, Authority::AgencyHead, Period::year(2024)?)
//!     .received_on(d(2024, 12, 10))
//!     .with_dossier(parts)
//!     .nominate(Nominee::person(lan, Award::GrassrootsEmulationFighter));
//! let book = RuleBook::national();
//! let appraisal = Appraisal::new(&book, d(2024, 12, 20));
//! let mut report = appraisal.check(&proposal)?;
//! // Decree 98/2023 Art. 30 k7: at least 80% of all members.
//! let minutes = CouncilMinutes::new(d(2024, 12, 18), 9, 8)
//!     .vote(report.nominees[0].recipient.clone(), Award::GrassrootsEmulationFighter, 8, 0);
//! appraisal.council(&mut report, &minutes)?;
//! assert_eq!(report.nominees[0].outcome(), Outcome::Eligible);
//! let proposed = appraisal.decide(&report, "12/QĐ-SNV".parse()?, d(2024, 12, 20), None, None)?;
//! let money = appraisal.money(&report, &proposed, &SalarySchedule::national())?;
//! assert_eq!(money.money.total.to_string(), "2.340.000 đồng");
//! # Ok::<(), thidua::Error>(())
//! ```

mod appraisal;
mod choice;
mod council;
mod decide;
mod model;
mod revocation;

pub use appraisal::{Appraisal, NomineeReport, ProposalReport};
pub use choice::RegimeChoice;
pub use council::{Ballot, CouncilMinutes};
pub use decide::{ProposalMoney, ProposedDecision};
pub use model::{Candidate, Dossier, Nominee, Proposal};
pub use revocation::{Recovery, Revocation, RevocationGround};
