//! The commands other than `review`: their input, what they compute, their
//! output.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use thidua::collectives::MemberTally;
use thidua::fund::{Fund, FundReport};
use thidua::indicators::{self, Precision};
use thidua::law::SalarySchedule;
use thidua::{Award, Bilingual, Collective, Decision, Error, ErrorKind, Person, Review, RuleBook};

use crate::{Args, Outcome, emit, emit_json, read_input};

/// What `judge` reads: the candidate, the awards, the year and the judging
/// date. The input of the former `evaluate_json` example is valid as it
/// was.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Case")]
pub(crate) struct Case {
    /// A person (exactly one of `person` and `collective`).
    #[serde(default)]
    pub(crate) person: Option<Person>,
    /// A collective (exactly one of `person` and `collective`); its members'
    /// counts go in `members`.
    #[serde(default)]
    pub(crate) collective: Option<Collective>,
    /// The counts of a collective's members for the year judged.
    #[serde(default)]
    pub(crate) members: Option<MemberTally>,
    /// The award, by any name ("Chiến sĩ thi đua cơ sở", "CSTĐCS",
    /// "grassroots_emulation_fighter"): the output is one verdict.
    #[serde(default)]
    pub(crate) award: Option<Award>,
    /// Several awards: the output is a list of verdicts, in this order.
    #[serde(default)]
    pub(crate) awards: Vec<Award>,
    /// The achievement year judged.
    pub(crate) year: i32,
    /// The judging date (it picks the regime): YYYY-MM-DD or DD/MM/YYYY.
    #[serde(deserialize_with = "thidua::wire::date::deserialize")]
    #[schemars(with = "crate::schema::DateText")]
    pub(crate) judged_on: NaiveDate,
    /// Local rules layered over the regime, as `Overlay::from_toml` reads
    /// them (in JSON).
    #[serde(default)]
    #[schemars(with = "Vec<serde_json::Value>")]
    pub(crate) overlays: Vec<thidua::Overlay>,
}

/// Judges a case: one verdict for `award`, a list for `awards`.
pub(crate) fn judge_case(case: &Case) -> Result<Vec<thidua::Verdict>, Error> {
    let book = RuleBook::national();
    let mut review = Review::new(&book, case.year, case.judged_on)?;
    for o in &case.overlays {
        review = review.with_overlay(o)?;
    }
    let awards: Vec<Award> = case
        .award
        .iter()
        .copied()
        .chain(case.awards.iter().copied())
        .collect();
    if awards.is_empty() {
        return Err(Error::new(
            ErrorKind::Missing,
            "cần 'award' hoặc 'awards': danh hiệu, hình thức được xét",
            "the case needs 'award' or 'awards': what to judge",
        ));
    }
    match (&case.person, &case.collective) {
        (Some(p), None) => awards.iter().map(|&a| review.person(p, a)).collect(),
        (None, Some(c)) => {
            let members = case.members.ok_or_else(|| {
                Error::new(
                    ErrorKind::Missing,
                    "một tập thể cần 'members': số thành viên và kết quả của họ",
                    "a collective needs 'members': the counts of its members",
                )
            })?;
            awards
                .iter()
                .map(|&a| review.collective(c, &members, a))
                .collect()
        }
        (Some(_), Some(_)) => Err(Error::new(
            ErrorKind::Conflict,
            "chỉ ghi một trong 'person' và 'collective'",
            "give one of 'person' and 'collective', not both",
        )),
        (None, None) => Err(Error::new(
            ErrorKind::Missing,
            "cần 'person' hoặc 'collective': đối tượng được xét",
            "the case needs 'person' or 'collective': who is judged",
        )),
    }
}

pub(crate) fn judge(args: &Args) -> Outcome {
    let input = read_input(args.file.as_ref())?;
    let case: Case = thidua::wire::from_json(&input)?;
    let verdicts = judge_case(&case)?;
    if args.text {
        let text: Vec<String> = verdicts
            .iter()
            .map(|v| v.text(args.lang).into_owned())
            .collect();
        return emit(text.join("\n").trim_end());
    }
    match (case.award, verdicts.as_slice()) {
        (Some(_), [one]) if case.awards.is_empty() => emit_json(args, one),
        _ => emit_json(args, &verdicts),
    }
}

/// What `price` reads: a decision.
pub(crate) fn price(args: &Args) -> Outcome {
    let input = read_input(args.file.as_ref())?;
    let decision: Decision = thidua::wire::from_json(&input)?;
    let money = decision.money(&RuleBook::national(), &SalarySchedule::national())?;
    emit_json(args, &money)
}

/// What `fund` reads: a fund.
pub(crate) fn fund(args: &Args) -> Outcome {
    let input = read_input(args.file.as_ref())?;
    let fund: Fund = thidua::wire::from_json(&input)?;
    let report: FundReport = fund.review(&RuleBook::national())?;
    emit_json(args, &report)
}

/// A decimal as a report or a program writes it: a string (`"2501.1"`,
/// `"2.501,1"`) or an integer; never a JSON number with a fraction, which
/// would be a float.
#[derive(Clone, Copy, Debug, Serialize, schemars::JsonSchema)]
#[serde(transparent)]
#[schemars(with = "crate::schema::DecimalText")]
pub(crate) struct Figure(#[serde(with = "rust_decimal::serde::str")] Decimal);

impl<'de> Deserialize<'de> for Figure {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Figure, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            Int(i64),
            Text(String),
        }
        match Repr::deserialize(d)? {
            Repr::Int(n) => Ok(Figure(Decimal::from(n))),
            Repr::Text(s) => match s.trim().parse::<Decimal>() {
                Ok(x) if !s.contains(',') && s.matches('.').count() <= 1 => Ok(Figure(x)),
                _ => thidua::numfmt::parse_number(&s)
                    .map(Figure)
                    .map_err(serde::de::Error::custom),
            },
        }
    }
}

/// One check of `indicators`.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub(crate) enum CheckInput {
    /// Parts that add up to a stated total.
    Sum {
        /// What the figures are ("giá trị sản xuất").
        #[serde(default)]
        label: String,
        /// The parts, as printed.
        parts: Vec<Figure>,
        /// The total the report states.
        stated: Figure,
    },
    /// Shares (in percent) that add up to 100.
    Shares {
        /// What the shares are ("cơ cấu kinh tế").
        #[serde(default)]
        label: String,
        /// The shares, as printed.
        shares: Vec<Figure>,
    },
    /// A claim ("tăng 19,2%", "đạt 79%") checked against its figures.
    Claim {
        /// What the claim is about.
        #[serde(default)]
        label: String,
        /// The value of the period.
        value: Figure,
        /// The base: last year's value, or the target.
        #[serde(default)]
        base: Option<Figure>,
        /// The claim as the report prints it.
        claim: String,
    },
}

/// What `indicators` reads.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Checks")]
pub(crate) struct Checks {
    /// The checks, in order.
    pub(crate) checks: Vec<CheckInput>,
}

/// One check's result.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub(crate) struct CheckOutput {
    /// The label.
    pub(crate) label: String,
    /// `consistent`, `within_rounding`, `mismatch` or `not_computable`.
    pub(crate) status: thidua::indicators::Agreement,
    /// Whether the figures hold.
    pub(crate) holds: bool,
    /// The status in Vietnamese and English.
    pub(crate) status_text: thidua::lang::Text,
    /// The check as a report prints it.
    pub(crate) text_vi: String,
}

pub(crate) fn indicators(args: &Args) -> Outcome {
    let input = read_input(args.file.as_ref())?;
    let checks: Checks = thidua::wire::from_json(&input)?;
    let mut out = Vec::with_capacity(checks.checks.len());
    for (i, c) in checks.checks.iter().enumerate() {
        let at = |e: Error| e.context(format_args!("checks[{i}]"));
        let check = match c {
            CheckInput::Sum {
                label,
                parts,
                stated,
            } => {
                let parts: Vec<Decimal> = parts.iter().map(|f| f.0).collect();
                indicators::check_sum(label.clone(), &parts, stated.0, Precision::Printed)
            }
            CheckInput::Shares { label, shares } => {
                let shares: Vec<Decimal> = shares.iter().map(|f| f.0).collect();
                indicators::check_shares(label.clone(), &shares, Precision::Printed)
            }
            CheckInput::Claim {
                label,
                value,
                base,
                claim,
            } => claim.parse().and_then(|claim| {
                indicators::check_claim(label.clone(), value.0, base.map(|b| b.0), claim)
            }),
        }
        .map_err(at)?;
        out.push(CheckOutput {
            label: check.label().to_string(),
            status: check.status(),
            holds: check.holds(),
            status_text: thidua::lang::Text::of(&check.status()),
            text_vi: check.to_string(),
        });
    }
    emit_json(args, &out)
}

/// One award of the catalogue.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub(crate) struct CatalogueEntry {
    /// The wire id.
    pub(crate) id: &'static str,
    /// The Vietnamese legal name.
    pub(crate) name_vi: &'static str,
    /// The English name.
    pub(crate) name_en: &'static str,
    /// The usual abbreviation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) abbreviation: Option<&'static str>,
    /// Title or commendation form, and which kind.
    pub(crate) kind: thidua::award::AwardKind,
    /// Who may receive it.
    pub(crate) recipients: Vec<thidua::RecipientKind>,
    /// The kind of rule that judges it (`annual_title`, `streak`, `form` …;
    /// `unjudged` when it is priced but not judged).
    pub(crate) route: thidua::award::Route,
    /// How `judge` judges it, in both languages.
    pub(crate) judged: thidua::lang::Text,
}

fn judged(award: Award) -> thidua::lang::Text {
    use thidua::award::Route;
    use thidua::lang::Text;
    match award.route() {
        Route::AnnualTitle => Text::new(
            "theo xếp loại của năm và tiêu chuẩn \"Lao động tiên tiến\"",
            "from the year's rating and the standard of \"Advanced Worker\"",
        ),
        Route::GrassrootsFighter => Text::new(
            "như danh hiệu hằng năm, cộng sáng kiến hoặc \"hoàn thành xuất sắc nhiệm vụ\"",
            "as the annual title, plus an initiative or an excellent rating",
        ),
        Route::Streak => Text::new(
            "theo số lần liên tục đạt danh hiệu thấp hơn, cộng sáng kiến ở phạm vi cần thiết",
            "from consecutive conferrals of a lower title, plus an initiative of the scope needed",
        ),
        Route::Form => Text::new(
            "theo số năm liên tục và hình thức khen thưởng thấp hơn",
            "from consecutive years and a lower award",
        ),
        Route::CollectiveTitle => Text::new(
            "theo xếp loại của tập thể và kết quả của các thành viên ('members')",
            "from the collective's own rating and its members' titles ('members')",
        ),
        Route::Flag => Text::new(
            "đơn vị dẫn đầu cụm, khối, phong trào thi đua (Review::flag)",
            "the leader of a cluster, block or movement (Review::flag)",
        ),
        Route::Checklist => Text::new(
            "theo bảng tiêu chí do hội đồng chấm (Review::community)",
            "from a checklist the council judges (Review::community)",
        ),
        _ => Text::new(
            "không xét điều kiện: chỉ tính tiền thưởng",
            "not judged: priced only",
        ),
    }
}

pub(crate) fn catalogue(args: &Args) -> Outcome {
    let entries: Vec<CatalogueEntry> = Award::ALL
        .iter()
        .map(|&a| CatalogueEntry {
            id: a.id(),
            name_vi: a.name_vi(),
            name_en: a.name_en(),
            abbreviation: a.abbreviation(),
            kind: a.kind(),
            recipients: a.recipients().to_vec(),
            route: a.route(),
            judged: judged(a),
        })
        .collect();
    if args.text {
        let lines: Vec<String> = entries
            .iter()
            .map(|e| {
                let name = match args.lang {
                    thidua::lang::Lang::En => e.name_en,
                    _ => e.name_vi,
                };
                format!("{:40} {:24} {}", e.id, e.route.id(), name)
            })
            .collect();
        return emit(&lines.join("\n"));
    }
    emit_json(args, &entries)
}
