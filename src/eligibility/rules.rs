//! The eligibility rules of each regime, as data: thresholds and routes, each
//! with its citation and the confidence of its reading.
//!
//! The evaluator reads these values; it never asks which regime it is in.
//! A caller's own regime starts from a bundled one and changes fields.

use super::quota::Quota;
use crate::catalogue::Award;
use crate::citation::{Citation, Instrument};
use crate::people::{DisciplineForm, Rating, Scope, TrainingResult};

/// A rule's value and where it comes from.
///
/// In data files a rule is one inline table: the value and its citation in
/// the short form, `{ value = 6, cite = "01/2024/TT-BNV Điều 1 khoản 5 điểm
/// d", mark = "S", note = "…" }`; on the wire `{ "value": …, "citation": …
/// }`. A rule whose value may be absent leaves `value` out.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Rule<T> {
    /// The threshold or switch.
    pub value: T,
    /// The legal source, with the confidence of its reading.
    pub citation: Citation,
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Rule<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Rule<T>, D::Error> {
        use serde::de::Error as _;
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Repr<T> {
            value: T,
            #[serde(default)]
            citation: Option<Citation>,
            #[serde(default)]
            cite: Option<String>,
            #[serde(default, alias = "mark")]
            confidence: Option<crate::citation::Confidence>,
            #[serde(default)]
            note: Option<String>,
        }
        let r = Repr::<T>::deserialize(d)?;
        let citation = match (r.citation, r.cite) {
            (Some(c), None) if r.confidence.is_none() && r.note.is_none() => c,
            (None, Some(cite)) => {
                let confidence = r.confidence.ok_or_else(|| {
                    D::Error::custom("a rule needs its mark: mark = \"V\", \"S\" or \"U\"")
                })?;
                let c = Citation::parse_short(&cite)
                    .map_err(D::Error::custom)?
                    .with_confidence(confidence);
                match r.note {
                    Some(n) => c.with_note(n),
                    None => c,
                }
            }
            (None, None) => return Err(D::Error::custom("a rule needs cite = \"…\" or citation")),
            _ => {
                return Err(D::Error::custom(
                    "a rule gives either cite = \"…\" with its mark and note, or citation, not both",
                ));
            }
        };
        Ok(Rule {
            value: r.value,
            citation,
        })
    }
}

impl<T> Rule<T> {
    /// A rule from a value and its citation.
    pub const fn new(value: T, citation: Citation) -> Rule<T> {
        Rule { value, citation }
    }
}

/// How "Chiến sĩ thi đua cơ sở" adds to the "Lao động tiên tiến" standard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum GrassrootsRoute {
    /// An initiative (or accepted topic, or combat ingenuity) is required;
    /// "hoàn thành xuất sắc nhiệm vụ" alone is not enough (Decree 91/2017
    /// Art. 9 k3 b).
    Initiative,
    /// "Hoàn thành xuất sắc nhiệm vụ" **or** an initiative (Law 06/2022
    /// Art. 23 k2).
    ExcellentOrInitiative,
    /// "Hoàn thành xuất sắc nhiệm vụ" **and** an initiative (the reported
    /// 2026 amendment).
    ExcellentAndInitiative,
}

/// A title earned by a run of lower titles plus an initiative of wide scope
/// ("Chiến sĩ thi đua bộ, ban, ngành, tỉnh", "… toàn quốc").
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StreakRules {
    /// The lower title and how many consecutive conferrals of it
    /// ("03 lần liên tục").
    pub streak: Rule<(Award, u8)>,
    /// The narrowest scope at which an initiative's effect must be
    /// recognised.
    pub initiative_scope: Rule<Scope>,
}

/// The rules for individual emulation titles in one regime.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct IndividualRules {
    /// "Lao động tiên tiến": the lowest yearly rating that meets the
    /// standard ("hoàn thành tốt nhiệm vụ trở lên").
    pub rating: Rule<Rating>,
    /// The standard of workers, farmers and other labourers, qualitative and
    /// detailed by the province.
    pub labourer_standard: Citation,
    /// No title for people newly hired under this many months in the year.
    pub new_hire_months: Rule<u8>,
    /// Disciplinary forms from this one up exclude the year's titles
    /// (Decree 91/2017: "từ hình thức khiển trách trở lên").
    pub discipline_excludes: Option<Rule<DisciplineForm>>,
    /// No award while discipline or an inspection is pending, and after
    /// discipline achievement counts only from the end of its period
    /// (Decree 98/2023 Art. 4; Decree 152/2025 Art. 4 k4).
    pub discipline_period: Option<Citation>,
    /// Training time counts as work time if the rules of the course were
    /// kept; courses of a year or more may also need a result.
    pub training: Rule<Option<TrainingResult>>,
    /// Treatment after injury on duty counts as work time.
    pub injury_treatment: Citation,
    /// Maternity leave counts as work time.
    pub maternity: Citation,
    /// After a transfer the new unit judges; the old unit's comments are
    /// needed after this many months there.
    pub transfer_comments_months: Rule<u16>,
    /// "Chiến sĩ thi đua cơ sở": the "Lao động tiên tiến" standard is its
    /// base.
    pub grassroots_base: Citation,
    /// "Chiến sĩ thi đua cơ sở": what it adds.
    pub grassroots_route: Rule<GrassrootsRoute>,
    /// "Chiến sĩ thi đua cơ sở": at most this percentage of the unit's
    /// "Lao động tiên tiến" (2017–2023 only).
    pub grassroots_quota: Option<Rule<Quota>>,
    /// "Chiến sĩ thi đua bộ, ban, ngành, tỉnh".
    pub province: StreakRules,
    /// "Chiến sĩ thi đua toàn quốc".
    pub national: StreakRules,
    /// An achievement period rewarded once: the next award of a title
    /// counts from after the period written in the previous decision.
    pub achievement_counted_once: Citation,
}

const LAW03: Instrument = Instrument::LAW_2003;
const LAW22: Instrument = Instrument::LAW_06_2022;
const ND91: Instrument = Instrument::DECREE_91_2017;

impl IndividualRules {
    /// Law 2003 (amended 2005, 2013) and Decree 91/2017/NĐ-CP.
    #[must_use]
    pub fn decree_91_2017() -> IndividualRules {
        let art10 = Citation::new(ND91).article(10).secondhand();
        IndividualRules {
            // "Hoàn thành tốt nhiệm vụ" read as a rating of HTT or better:
            // the project's documented reading 1 (legal/README.md).
            rating: Rule::new(
                Rating::Good,
                Citation::new(LAW03)
                    .article(24)
                    .clause(1)
                    .point('a')
                    .secondhand(),
            ),
            labourer_standard: Citation::new(LAW03).article(24).clause(3),
            new_hire_months: Rule::new(10, art10.clone()),
            discipline_excludes: Some(Rule::new(DisciplineForm::Reprimand, art10.clone())),
            discipline_period: None,
            training: Rule::new(Some(TrainingResult::Fair), art10.clone()),
            injury_treatment: art10.clone().unverified(),
            maternity: art10.clone(),
            transfer_comments_months: Rule::new(6, art10.unverified()),
            grassroots_base: Citation::new(ND91).article(9).clause(3).point('a'),
            grassroots_route: Rule::new(
                GrassrootsRoute::Initiative,
                Citation::new(ND91).article(9).clause(3).point('b'),
            ),
            // Rounded down: the project's documented reading 2 (no national
            // rounding rule exists).
            grassroots_quota: Some(Rule::new(
                Quota::FIFTEEN_PERCENT_FLOOR,
                Citation::new(ND91).article(9).clause(3),
            )),
            province: StreakRules {
                streak: Rule::new(
                    (Award::GrassrootsEmulationFighter, 3),
                    Citation::new(ND91).article(9).clause(2),
                ),
                initiative_scope: Rule::new(
                    Scope::MinistryOrProvince,
                    Citation::new(ND91).article(9).clause(2),
                ),
            },
            // Not read for 2017–2023: the circular on procedures is cited
            // as unverified.
            achievement_counted_once: Citation::new(Instrument::CIRCULAR_12_2019).unverified(),
            national: StreakRules {
                streak: Rule::new(
                    (Award::MinistryOrProvinceEmulationFighter, 2),
                    Citation::new(ND91).article(9).clause(1).secondhand(),
                ),
                initiative_scope: Rule::new(
                    Scope::National,
                    Citation::new(ND91).article(9).clause(1).secondhand(),
                ),
            },
        }
    }

    /// Law 06/2022/QH15, Decree 98/2023/NĐ-CP and Circular 01/2024/TT-BNV.
    #[must_use]
    pub fn law_2022() -> IndividualRules {
        let tt01 = Citation::new(Instrument::CIRCULAR_01_2024)
            .article(1)
            .clause(5);
        let art4 = Citation::new(Instrument::DECREE_98_2023)
            .article(4)
            .secondhand();
        IndividualRules {
            rating: Rule::new(
                Rating::Good,
                Citation::new(LAW22).article(24).clause(1).point('a'),
            ),
            labourer_standard: Citation::new(LAW22).article(24).clause(3),
            new_hire_months: Rule::new(6, tt01.clone().point('d').secondhand()),
            discipline_excludes: None,
            discipline_period: Some(art4.clone()),
            training: Rule::new(None, tt01.clone().point('b')),
            injury_treatment: tt01.clone().point('a'),
            maternity: art4,
            transfer_comments_months: Rule::new(6, tt01.point('c').unverified()),
            grassroots_base: Citation::new(LAW22).article(23).clause(1),
            grassroots_route: Rule::new(
                GrassrootsRoute::ExcellentOrInitiative,
                Citation::new(LAW22).article(23).clause(2),
            ),
            grassroots_quota: None,
            province: StreakRules {
                streak: Rule::new(
                    (Award::GrassrootsEmulationFighter, 3),
                    Citation::new(LAW22).article(22).clause(1).point('a'),
                ),
                initiative_scope: Rule::new(
                    Scope::MinistryOrProvince,
                    Citation::new(LAW22).article(22).clause(1).point('b'),
                ),
            },
            achievement_counted_once: Citation::new(Instrument::DECREE_98_2023)
                .article(30)
                .clause(9),
            national: StreakRules {
                streak: Rule::new(
                    (Award::MinistryOrProvinceEmulationFighter, 2),
                    Citation::new(LAW22).article(21).clause(1).point('a'),
                ),
                initiative_scope: Rule::new(
                    Scope::National,
                    Citation::new(LAW22).article(21).clause(1).point('b'),
                ),
            },
        }
    }

    /// Law 06/2022/QH15, Decree 152/2025/NĐ-CP and Circular 15/2025/TT-BNV.
    ///
    /// The criteria of the Law are unchanged; the circular's rules on new
    /// hires, training, injury and transfers were not read, so they are
    /// carried over as unverified.
    #[must_use]
    pub fn decree_152_2025() -> IndividualRules {
        let tt15 = Citation::new(Instrument::CIRCULAR_15_2025).unverified();
        let art4 = Citation::new(Instrument::DECREE_152_2025).article(4);
        IndividualRules {
            new_hire_months: Rule::new(6, tt15.clone()),
            discipline_period: Some(art4.clone().clause(4)),
            training: Rule::new(None, tt15.clone()),
            injury_treatment: tt15.clone(),
            maternity: art4.clause(5),
            transfer_comments_months: Rule::new(6, tt15),
            // Decree 152/2025 re-enacts the procedures of Decree 98/2023;
            // its article was not read.
            achievement_counted_once: Citation::new(Instrument::DECREE_152_2025).unverified(),
            ..IndividualRules::law_2022()
        }
    }

    /// The reported amendment of 2026 (unverified): the "Lao động tiên
    /// tiến" standard is reported to be replaced, and "Chiến sĩ thi đua cơ
    /// sở" to need both "hoàn thành xuất sắc nhiệm vụ" and an initiative.
    #[must_use]
    pub fn amendment_2026() -> IndividualRules {
        let amended = Citation::new(Instrument::LAW_06_2026).unverified();
        IndividualRules {
            rating: Rule::new(Rating::Good, amended.clone()),
            grassroots_route: Rule::new(GrassrootsRoute::ExcellentAndInitiative, amended),
            ..IndividualRules::decree_152_2025()
        }
    }

    /// The streak rules of a title, if it is earned by a streak.
    #[must_use]
    pub fn streak_rules(&self, award: Award) -> Option<&StreakRules> {
        match award {
            Award::MinistryOrProvinceEmulationFighter => Some(&self.province),
            Award::NationalEmulationFighter => Some(&self.national),
            _ => None,
        }
    }
}

/// A share of a collective's members, as the law states it: "trên 50%"
/// (strictly more than half) or "ít nhất 70%" (at least).
///
/// Shares are exact integer predicates: `MoreThan(50)` of `n` members holds
/// for `l` members when `100 × l > 50 × n`; there is no rounding.
///
/// | share | 10 members | 23 members |
/// |---|---|---|
/// | `MoreThan(50)` | 6 or more | 12 or more |
/// | `AtLeast(70)` | 7 or more | 17 or more (16 is 69.6%) |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Share {
    /// Strictly more than the percentage ("trên x%").
    MoreThan(u8),
    /// At least the percentage ("ít nhất x%", "từ x% trở lên").
    AtLeast(u8),
}

impl Share {
    /// Whether `count` of `total` members make the share. An empty
    /// collective makes no share.
    #[must_use]
    pub fn holds(self, count: u32, total: u32) -> bool {
        let (c, t) = (u64::from(count) * 100, u64::from(total));
        total > 0
            && match self {
                Share::MoreThan(p) => c > u64::from(p) * t,
                Share::AtLeast(p) => c >= u64::from(p) * t,
            }
    }

    /// Whether every count that makes this share also makes `other`.
    #[must_use]
    pub fn at_least_as_strict_as(self, other: Share) -> bool {
        match (self, other) {
            (Share::MoreThan(a), Share::MoreThan(b)) | (Share::AtLeast(a), Share::AtLeast(b)) => {
                a >= b
            }
            (Share::MoreThan(a), Share::AtLeast(b)) => a >= b,
            (Share::AtLeast(a), Share::MoreThan(b)) => a > b,
        }
    }

    /// The Vietnamese wording, e.g. `"trên 50%"`.
    #[must_use]
    pub fn label_vi(self) -> String {
        match self {
            Share::MoreThan(p) => format!("trên {p}%"),
            Share::AtLeast(p) => format!("ít nhất {p}%"),
        }
    }
}

/// The rules for "Tập thể lao động tiên tiến" / "Đơn vị tiên tiến" and
/// "Tập thể lao động xuất sắc" / "Đơn vị quyết thắng" in one regime.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
#[serde(deny_unknown_fields)]
pub struct CollectiveRules {
    /// TTLĐTT: the collective's own lowest rating.
    pub advanced_rating: Rule<Rating>,
    /// TTLĐTT: a regular, practical, effective emulation movement.
    pub advanced_movement: Citation,
    /// TTLĐTT: the share of members holding "Lao động tiên tiến".
    pub advanced_share: Rule<Share>,
    /// TTLĐTT: no member disciplined from this form up.
    pub advanced_discipline: Option<Rule<DisciplineForm>>,
    /// TTLĐXS: the collective's own rating ("hoàn thành xuất sắc").
    pub excellent_rating: Rule<Rating>,
    /// TTLĐXS: the emulation movement.
    pub excellent_movement: Citation,
    /// TTLĐXS: every member completes their tasks.
    pub excellent_completion: Citation,
    /// TTLĐXS: the share of members holding "Lao động tiên tiến".
    pub excellent_share: Rule<Share>,
    /// TTLĐXS: a member holds "Chiến sĩ thi đua cơ sở".
    pub excellent_fighter: Citation,
    /// TTLĐXS: no member disciplined from this form up (2017–2023 only).
    pub excellent_discipline: Option<Rule<DisciplineForm>>,
    /// "Đơn vị tiên tiến" (armed forces): the clause that applies points a,
    /// b and d of TTLĐTT and asks the share of members holding "Chiến sĩ
    /// tiên tiến" in place of point c.
    pub advanced_unit: Citation,
    /// "Đơn vị quyết thắng" (armed forces): the clause that applies points
    /// of TTLĐXS and asks 100% completion with the share of members holding
    /// "Chiến sĩ tiên tiến" in place of point c.
    pub excellent_unit: Citation,
}

impl CollectiveRules {
    /// Law 2003 (amended 2005, 2013) Art. 27–28.
    #[must_use]
    pub fn law_2003() -> CollectiveRules {
        let a28 = Citation::new(LAW03).article(28).clause(1);
        let a27 = Citation::new(LAW03).article(27).clause(1);
        CollectiveRules {
            // "Hoàn thành tốt nhiệm vụ và kế hoạch được giao" read as a
            // rating of HTT or better: the project's reading 1, secondhand.
            advanced_rating: Rule::new(Rating::Good, a28.clone().point('a').secondhand()),
            advanced_movement: a28.clone().point('b'),
            advanced_share: Rule::new(Share::MoreThan(50), a28.clone().point('c')),
            advanced_discipline: Some(Rule::new(DisciplineForm::Warning, a28.point('c'))),
            excellent_rating: Rule::new(Rating::Excellent, a27.clone().point('a')),
            excellent_movement: a27.clone().point('b'),
            excellent_completion: a27.clone().point('c'),
            excellent_share: Rule::new(Share::AtLeast(70), a27.clone().point('c')),
            excellent_fighter: a27.clone().point('d'),
            excellent_discipline: Some(Rule::new(DisciplineForm::Warning, a27.point('d'))),
            // Points a, b, d plus "trên 50%" CSTT (Art. 28 k2); points a, b,
            // d, đ plus 100% completion and at least 70% CSTT (Art. 27 k2).
            advanced_unit: Citation::new(LAW03).article(28).clause(2),
            excellent_unit: Citation::new(LAW03).article(27).clause(2),
        }
    }

    /// Law 06/2022/QH15 Art. 27–28. Art. 27 was read (no discipline clause);
    /// the 2022 wording of Art. 28 was not, so its share ("trên 50%" by
    /// analogy) and its discipline clause ("likely") are unverified.
    #[must_use]
    pub fn law_2022() -> CollectiveRules {
        let a28 = Citation::new(LAW22).article(28).clause(1).unverified();
        let a27 = Citation::new(LAW22).article(27).clause(1);
        CollectiveRules {
            advanced_rating: Rule::new(Rating::Good, a28.clone().point('a')),
            advanced_movement: a28.clone().point('b'),
            advanced_share: Rule::new(Share::MoreThan(50), a28.clone().point('c')),
            advanced_discipline: Some(Rule::new(DisciplineForm::Warning, a28.point('c'))),
            excellent_rating: Rule::new(Rating::Excellent, a27.clone().point('a')),
            excellent_movement: a27.clone().point('b'),
            excellent_completion: a27.clone().point('c'),
            excellent_share: Rule::new(Share::AtLeast(70), a27.clone().point('c')),
            excellent_fighter: a27.point('d'),
            excellent_discipline: None,
            // Art. 28 was not read; Art. 27 k2 is cut after "points a, b, d
            // and" in both copies read.
            advanced_unit: Citation::new(LAW22).article(28).clause(2).unverified(),
            excellent_unit: Citation::new(LAW22).article(27).clause(2).unverified(),
        }
    }
}
