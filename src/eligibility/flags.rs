//! Emulation flags (cờ thi đua): of a ministry, sector or province, and of
//! the Government.
//!
//! A flag goes to the collective that leads a cluster or block of the
//! emulation movement (cụm, khối thi đua) and meets the flag standard. Who
//! leads is the outcome of the cluster's ranking: pass the leaders as a
//! list of unit ids, the [`Ranking::leaders`](crate::Ranking::leaders) of
//! the clusters and blocks the ministry or province runs.
//!
//! | flag | 2017–2023 (Decree 91/2017) | from 2024 (Law 06/2022) |
//! |---|---|---|
//! | bộ, ban, ngành, tỉnh | the leader of a cluster or block the ministry or province runs (Art. 12) | the same (Law Art. 26) |
//! | Chính phủ, route 1 | the leaders among the collectives meeting the ministry/province flag standard, **at most 20%** of them (Art. 11 k1) | among the leaders of the ministry/province clusters (Law Art. 25 k1); a cap was not found: **unverified** |
//! | Chính phủ, route 2 | a ministry or province leading a central cluster or block (Art. 11 k2) | the leader of a cluster run by the central council (Art. 25 k2) |
//! | Chính phủ, route 3 | the most typical collective of a thematic movement of ≥ 5 years launched by the President or Prime Minister (Art. 11 k3) | the same, launched by the Prime Minister (Art. 25 k3) |
//!
//! The single verdict ([`Review::flag`]) does not apply the cap; the cap is
//! a population rule applied by [`Review::allocate_government_flags`], which
//! reuses [`Quota`] and [`allocate`].

use crate::award::Award;
use crate::error::{Error, ErrorKind, Result};
use crate::id::UnitId;
use crate::numfmt::format_number;

use super::allocate::{Allocation, Candidate, TieBreak, allocate};
use super::review::{Explain, Review, Sink, Worst, gate};
use super::verdict::{Criterion, Finding, Outcome, Status, Verdict};
use crate::collectives::Collective;
use crate::law::Rule;
use crate::law::{FlagRoute, Quota, QuotaRounding};

/// A collective put forward for a flag: the flag, the route, and whether
/// the council found the flag standard met (exceeds its targets, leads its
/// sector, united, thrifty …): `None` while not judged.
///
/// # Example
///
/// ```
/// use thidua::Award;
/// use thidua::eligibility::FlagNomination;
/// use thidua::law::FlagRoute;
///
/// let n = FlagNomination::new(Award::GovernmentEmulationFlag, FlagRoute::Cluster).standard(true);
/// assert_eq!(n.standard, Some(true));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagNomination {
    /// [`Award::MinistryOrProvinceEmulationFlag`] or
    /// [`Award::GovernmentEmulationFlag`].
    pub award: Award,
    /// The route.
    pub route: FlagRoute,
    /// The council's finding on the flag standard, once judged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard: Option<bool>,
}

impl FlagNomination {
    /// A nomination whose standard is not judged yet.
    #[must_use]
    pub fn new(award: Award, route: FlagRoute) -> FlagNomination {
        FlagNomination {
            award,
            route,
            standard: None,
        }
    }

    /// The same nomination with the council's finding on the standard.
    #[must_use]
    pub fn standard(mut self, met: bool) -> FlagNomination {
        self.standard = Some(met);
        self
    }
}

/// The Government flags allocated over the collectives of route 1.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagAllocation {
    /// How many collectives met the ministry/province flag standard.
    pub qualifying: u32,
    /// The cap, with the rounding applied, and its source.
    pub quota: Rule<Quota>,
    /// Met when the cap rests on a text that was read; unknown when it is
    /// unverified: the allocation is then provisional.
    pub status: Status,
    /// Who is selected, cut or tied.
    pub allocation: Allocation<UnitId>,
    /// The cap explained, e.g. "không quá 20% của 33 tập thể = 6,6 → 6".
    pub finding: Finding,
}

impl Review<'_> {
    /// Judges a collective for a flag, with every finding. `leaders` are
    /// the collectives that lead the clusters, blocks or movement of the
    /// route, e.g. [`Ranking::leaders`](crate::campaigns::Ranking::leaders) (order
    /// does not matter).
    ///
    /// The Government flag's cap is a population rule, applied by
    /// [`allocate_government_flags`](Review::allocate_government_flags),
    /// not here.
    ///
    /// # Errors
    ///
    /// An award that is not a flag, or a route the flag does not have.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Award, Collective, Outcome, Review, RuleBook};
    /// use thidua::eligibility::FlagNomination;
    /// use thidua::id::UnitId;
    /// use thidua::law::FlagRoute;
    ///
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2024, NaiveDate::from_ymd_opt(2024, 12, 20).unwrap())?;
    /// let c = Collective::new("SO-TC".parse()?, "Sở Tài chính");
    /// let leaders: Vec<UnitId> = vec!["SO-TC".parse()?, "SO-XD".parse()?];
    /// let n = FlagNomination::new(Award::MinistryOrProvinceEmulationFlag, FlagRoute::Cluster).standard(true);
    /// assert_eq!(review.flag(&c, &n, &leaders)?.outcome, Outcome::Eligible);
    /// assert_eq!(review.flag(&c, &n, &leaders[1..])?.outcome, Outcome::Ineligible);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn flag(&self, c: &Collective, n: &FlagNomination, leaders: &[UnitId]) -> Result<Verdict> {
        let mut sink = Explain::default();
        self.judge_flag(c, n, Some(leaders), &mut sink)?;
        Ok(self
            .verdict(n.award, c.id.to_string(), sink)
            .with_name(Some(&c.name)))
    }

    /// The outcome alone: the fast path, always equal to
    /// `flag(..)?.outcome`.
    ///
    /// # Errors
    ///
    /// As [`flag`](Review::flag).
    pub fn flag_outcome(
        &self,
        c: &Collective,
        n: &FlagNomination,
        leaders: &[UnitId],
    ) -> Result<Outcome> {
        let mut sink = Worst(Status::Met);
        self.judge_flag(c, n, Some(leaders), &mut sink)?;
        Ok(Outcome::from_worst(sink.0))
    }

    /// Judges a flag; `leaders` not given leaves who leads unknown.
    pub(super) fn judge_flag<S: Sink>(
        &self,
        c: &Collective,
        n: &FlagNomination,
        leaders: Option<&[UnitId]>,
        sink: &mut S,
    ) -> Result<()> {
        let rules = self.regime.flags();
        let government = match n.award {
            Award::MinistryOrProvinceEmulationFlag => false,
            Award::GovernmentEmulationFlag => true,
            Award::CorpsEmulationFlag => {
                // The flag of a military region, corps or national
                // university: its criteria were not read.
                self.regime_finding(sink);
                let citation = &rules.corps;
                sink.add(Status::Unknown, || {
                    let mut vi = format!(
                        "tiêu chuẩn xét tặng \"{}\" chưa được đối chiếu ({citation}): cần xem xét",
                        n.award
                    );
                    let mut en = format!(
                        "the criteria of '{}' were not read ({}): needs review",
                        n.award.name_en(),
                        citation.to_short()
                    );
                    if let Some(note) = citation.note() {
                        vi.push_str(&format!(" — {note}"));
                        en.push_str(&format!(" — {note}"));
                    }
                    Finding::new(Criterion::Standard, Status::Unknown, citation, vi, en)
                });
                return Ok(());
            }
            other => {
                return Err(Error::new(
                    ErrorKind::Unsupported,
                    format!("'{other}' không phải cờ thi đua mà hàm này xét"),
                    format!("'{other}' is not an emulation flag judged by this function"),
                ));
            }
        };
        if !government && n.route != FlagRoute::Cluster {
            return Err(Error::new(
                ErrorKind::Unsupported,
                format!(
                    "cờ thi đua của bộ, tỉnh tặng cho đơn vị dẫn đầu cụm, khối thi đua, không theo đường {:?}",
                    n.route
                ),
                format!(
                    "the flag of a ministry or province goes to the leader of its clusters and blocks, not by route {:?}",
                    n.route
                ),
            ));
        }
        self.regime_finding(sink);
        let y = self.year;
        let leads = leaders.map(|l| l.contains(&c.id));
        let (status, citation, vi, en) = match n.route {
            FlagRoute::Cluster if !government => (
                leads.map_or(Status::Unknown, Status::from_bool),
                &rules.province_leads,
                "dẫn đầu cụm, khối thi đua do bộ, ban, ngành, tỉnh tổ chức",
                "leads a cluster or block run by the ministry or province",
            ),
            FlagRoute::Cluster => {
                let holds = c.awards.iter().any(|a| {
                    a.is_in_force()
                        && a.award == Award::MinistryOrProvinceEmulationFlag
                        && a.period.as_year() == Some(y)
                });
                (
                    match leads {
                        _ if holds => Status::Met,
                        Some(l) => Status::from_bool(l),
                        None => Status::Unknown,
                    },
                    &rules.government_cluster,
                    "được tặng hoặc dẫn đầu để được tặng \"Cờ thi đua của bộ, ban, ngành, tỉnh\" năm xét",
                    "holds, or leads for, the ministry's or province's flag of the year",
                )
            }
            FlagRoute::CentralCluster => (
                leads.map_or(Status::Unknown, Status::from_bool),
                &rules.government_central,
                "dẫn đầu cụm, khối thi đua do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức",
                "leads a cluster or block run by the central council",
            ),
            FlagRoute::Movement { .. } => (
                leads.map_or(Status::Unknown, Status::from_bool),
                &rules.government_movement.citation,
                "tiêu biểu nhất trong phong trào thi đua theo chuyên đề do Thủ tướng Chính phủ phát động",
                "the most typical collective of a thematic movement launched by the Prime Minister",
            ),
        };
        let status = gate(citation, status);
        sink.add(status, || {
            let (vi, en) = if leads.is_none() && status != Status::Met {
                (
                    format!("chưa có danh sách tập thể dẫn đầu để xác định: {vi} năm {y} (xét bằng Review::flag)"),
                    format!("the leaders are not given: whether it {en} in {y} is not known (judge it with Review::flag)"),
                )
            } else if status == Status::Unmet {
                (
                    format!("không {vi} (không có trong danh sách dẫn đầu)"),
                    format!("does not: {en}"),
                )
            } else {
                (format!("{vi} năm {y}"), format!("{en} in {y}"))
            };
            Finding::new(Criterion::Leads, status, citation, vi, en)
        });
        if let FlagRoute::Movement { years } = n.route {
            let rule = &rules.government_movement;
            let status = gate(&rule.citation, Status::from_bool(years >= rule.value));
            sink.add(status, || {
                Finding::new(
                    Criterion::Standard,
                    status,
                    &rule.citation,
                    format!(
                        "phong trào thi đua kéo dài {years} năm (cần từ {} năm trở lên)",
                        rule.value
                    ),
                    format!(
                        "the movement ran {years} years ({} or more needed)",
                        rule.value
                    ),
                )
            });
        }
        let citation = if government {
            &rules.government_standard
        } else {
            &rules.province_standard
        };
        let status = gate(
            citation,
            n.standard.map_or(Status::Unknown, Status::from_bool),
        );
        sink.add(status, || {
            let (vi, en) = match n.standard {
                Some(true) => ("đạt tiêu chuẩn cờ thi đua: hoàn thành vượt mức chỉ tiêu, dẫn đầu, đoàn kết, thực hành tiết kiệm, chống tham nhũng", "meets the flag standard"),
                Some(false) => ("không đạt tiêu chuẩn cờ thi đua", "does not meet the flag standard"),
                None => ("hội đồng chưa đánh giá tiêu chuẩn cờ thi đua", "the council has not judged the flag standard yet"),
            };
            Finding::new(Criterion::Standard, status, citation, vi, en)
        });
        Ok(())
    }

    /// Allocates the Government flags of route 1 over the collectives that
    /// meet the ministry/province flag standard, ranked by score: at most
    /// the regime's share of them, rounded by `rounding`, ties broken by
    /// `tie`.
    ///
    /// Under Decree 91/2017 (2017–2023) the cap is "không quá 20%" (Art. 11
    /// k1). From 2024 no cap was found: the same cap is applied
    /// provisionally and the allocation's status is unknown.
    ///
    /// # Errors
    ///
    /// The same collective listed twice; more collectives than a `u32`
    /// counts.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use thidua::{Review, RuleBook};
    /// use thidua::eligibility::{Candidate, Status, TieBreak};
    /// use thidua::id::UnitId;
    /// use thidua::law::QuotaRounding;
    ///
    /// let book = RuleBook::national();
    /// let review = Review::new(&book, 2021, NaiveDate::from_ymd_opt(2022, 3, 1).unwrap())?;
    /// let qualifying: Vec<Candidate<UnitId, u32>> = (1..=33)
    ///     .map(|i| Ok(Candidate { id: format!("DV-{i:02}").parse()?, score: 100 - i }))
    ///     .collect::<thidua::Result<_>>()?;
    /// let a = review.allocate_government_flags(qualifying.clone(), QuotaRounding::Floor, TieBreak::LowerIdFirst)?;
    /// assert_eq!(a.allocation.cap, 6); // 20% of 33 = 6.6
    /// assert_eq!(a.status, Status::Met);
    /// let a = review.allocate_government_flags(qualifying, QuotaRounding::Ceil, TieBreak::LowerIdFirst)?;
    /// assert_eq!(a.allocation.cap, 7);
    /// # Ok::<(), thidua::Error>(())
    /// ```
    pub fn allocate_government_flags<S: Ord>(
        &self,
        qualifying: Vec<Candidate<UnitId, S>>,
        rounding: QuotaRounding,
        tie: TieBreak,
    ) -> Result<FlagAllocation> {
        let rule = &self.regime.flags().government_cap;
        let quota = Quota::new(rule.value.percent(), rounding)?;
        let n = u32::try_from(qualifying.len()).map_err(|_| {
            Error::overflow(
                format!("{} tập thể vượt quá số đếm được", qualifying.len()),
                format!("{} collectives do not fit a count", qualifying.len()),
            )
        })?;
        let cap = quota.cap(n)?;
        let allocation = allocate(qualifying, cap, tie)?;
        let status = gate(&rule.citation, Status::Met);
        // At most 100 × u32::MAX: far inside a Decimal, checked all the same.
        let exact = quota
            .percent()
            .checked_mul(rust_decimal::Decimal::from(n))
            .and_then(|x| x.checked_div(rust_decimal::Decimal::ONE_HUNDRED))
            .ok_or_else(|| {
                Error::overflow(
                    format!("{}% của {n} tập thể bị tràn số", quota.percent()),
                    format!("{}% of {n} collectives overflows", quota.percent()),
                )
            })?;
        let percent = format_number(quota.percent(), 0);
        let finding = Finding::new(
            Criterion::Quota,
            status,
            &rule.citation,
            format!(
                "\"{}\": không quá {percent}% của {n} tập thể đạt tiêu chuẩn cờ thi đua của bộ, ban, ngành, tỉnh = {} → {cap}{}",
                Award::GovernmentEmulationFlag,
                format_number(exact.normalize(), exact.normalize().scale()),
                if status == Status::Met {
                    ""
                } else {
                    " (tỷ lệ chưa kiểm chứng: kết quả tạm tính, cần xem xét)"
                }
            ),
            format!(
                "at most {percent}% of the {n} collectives meeting the ministry/province flag standard = {exact} → {cap}{}",
                if status == Status::Met {
                    ""
                } else {
                    " (the cap is unverified: provisional)"
                }
            ),
        );
        Ok(FlagAllocation {
            qualifying: n,
            quota: Rule::new(quota, rule.citation.clone()),
            status,
            allocation,
            finding,
        })
    }
}
