//! Eligibility: who may receive which award under the regime in force, with
//! verdicts that cite the law.
//!
//! Build a [`Review`] for an achievement year and a judging date, add local
//! [`Overlay`](crate::Overlay)s, and judge candidates with it. A [`Verdict`] lists every
//! criterion with its [`Status`], its [`Citation`](crate::Citation) and a
//! reason in Vietnamese and English. Ineligible is a verdict, not an error;
//! missing facts and unverified texts make a verdict *needs review*, never
//! *ineligible*.
//!
//! ## Individual titles
//!
//! | title | 2017–2023 (Decree 91/2017) | 2024–2025 (Law 06/2022) | from 2025-07-01 (Decree 152/2025) |
//! |---|---|---|---|
//! | "Lao động tiên tiến" | rating HTT or better; not hired under 10 months; no discipline from khiển trách up | rating HTT or better; not hired under 6 months; nothing pending; achievement counts after a discipline period | as 2024, the circular's details unverified |
//! | "Chiến sĩ thi đua cơ sở" | LĐTT + an initiative (HTXS alone is not enough); at most 15% of the unit's LĐTT | LĐTT + HTXS **or** an initiative; no quota | as 2024 |
//! | "Chiến sĩ thi đua bộ, ban, ngành, tỉnh" | 3 consecutive CSTĐCS + an initiative of provincial scope | the same (Law Art. 22) | the same |
//! | "Chiến sĩ thi đua toàn quốc" | 2 consecutive CSTĐ bộ/tỉnh + a national initiative | the same (Law Art. 21) | the same |
//!
//! An initiative supports one award only: a verdict names the initiatives it
//! relied on ([`Verdict::relied_on`]); record them in the
//! [`Conferral`](crate::history::Conferral) and the next verdict will not use them
//! again. An initiative is a *recognition record*: one recognised by its unit
//! and later at provincial scope is two [`Initiative`](crate::people::Initiative)s
//! with the same id, one per scope. "Chiến sĩ thi đua cơ sở" reads the
//! grassroots record ("được cơ sở công nhận"); the higher titles read the
//! records of their scope.
//!
//! ## Flags, community titles and commendation forms
//!
//! - Emulation flags ([`Review::flag`]): the leaders of the clusters and
//!   blocks, passed as unit ids; the Government flag's cap of "không quá
//!   20%" (Decree 91/2017 Art. 11 k1) is a population rule,
//!   [`Review::allocate_government_flags`], over [`Quota`](crate::law::Quota) and [`allocate`].
//!   From 2024 no cap was found: the allocation is provisional.
//! - "Gia đình văn hóa", "Thôn, tổ dân phố văn hóa", "Xã, phường, thị trấn
//!   tiêu biểu" ([`Review::community`]): checklists judged by the council,
//!   the household exclusions, and the province's shares as overlays. The
//!   commune criterion "dẫn đầu phong trào thi đua cấp huyện" needs review
//!   from 2025-07-01, when the district level ended.
//! - Commendation forms, orders, medals, State honorary titles, prizes and
//!   "Kỷ niệm chương", for every recipient they are for
//!   ([`Review::person`], [`Review::collective_with`],
//!   [`Review::community_with`]): one rule code, a
//!   [`FormRoute`](crate::law::FormRoute) per form, recipient and regime
//!   (a ladder, criteria an overlay sets with the council's [`Merits`], or
//!   a text not read, which the verdict names), with the general principles
//!   as findings (one achievement, one award; one state-level form a year
//!   until 2023, unless one of them is one-off, for a career or seniority;
//!   nothing pending; a lower form not required) and the kind of
//!   commendation ([`Review::with_kind`]).
//!
//! ## Coverage
//!
//! [`coverage`] lists, for every award, recipient and regime, whether the
//! verdicts decide or need review, and why; the bundled table is
//! [the coverage page](crate::_documentation::coverage). No award is
//! unsupported for a recipient it admits.

mod allocate;
mod collective;
mod community;
mod coverage;
mod flags;
mod forms;
mod individual;
mod merits;
pub(crate) mod review;
mod verdict;

pub use allocate::{Allocation, Candidate, TieBreak, allocate};
pub use coverage::{Coverage, CoverageRow, Gap, coverage};
pub use flags::{FlagAllocation, FlagNomination};
pub use merits::Merits;
pub use review::Review;
pub(crate) use review::gate;
pub use verdict::{Criterion, Evidence, Finding, Outcome, Status, Verdict};
