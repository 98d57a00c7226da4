//! The book and the data agree: the readings page is generated from the
//! bundled law, and the tables in the module docs state what the data says.
//!
//! `src/_documentation/readings.md` is written from `RuleBook::national()`:
//! every reading note of every rule, with its citation and mark, and every
//! note of the instrument list. When the data changes, regenerate it:
//!
//! ```text
//! THIDUA_BLESS=1 cargo test --test integration book::
//! ```

use std::fmt::Write as _;

use serde_json::Value;
use thidua::citation::Instrument;
use thidua::law::SalarySchedule;
use thidua::{Authority, Award, Citation, Confidence, Regime, RegimeId, RuleBook};

use crate::util::{d, generated_page};

/// `examples/overlay.rs`, loaded as a module: the test runs the same
/// `report()` that `cargo run --example overlay` prints.
#[allow(dead_code)]
#[path = "../../examples/overlay.rs"]
mod overlay_example;

const READINGS: &str = "src/_documentation/readings.md";

/// One note of the data: where it sits, its citation and its mark.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Reading {
    cite: String,
    mark: char,
    note: String,
}

fn mark(c: Confidence) -> char {
    match c {
        Confidence::Verified => 'V',
        Confidence::Secondhand => 'S',
        _ => 'U',
    }
}

/// A label for an element of an array: the award, recipient or authority it
/// is about, or the first string of a pair (`["round_up…", { … }]`).
fn element_label(v: &Value, i: usize) -> String {
    match v {
        Value::Object(m) => {
            let mut parts = Vec::new();
            for key in ["award", "authority", "recipient", "signer", "applies_to"] {
                match m.get(key) {
                    Some(Value::String(s)) => parts.push(s.clone()),
                    Some(Value::Array(a)) => parts.push(
                        a.iter()
                            .filter_map(Value::as_str)
                            .collect::<Vec<_>>()
                            .join("+"),
                    ),
                    _ => {}
                }
            }
            // Rows that name several awards and recipients (the routes of
            // the forms) are labelled by them.
            if parts.is_empty() {
                for key in ["awards", "recipients"] {
                    if let Some(Value::Array(a)) = m.get(key) {
                        parts.push(
                            a.iter()
                                .filter_map(Value::as_str)
                                .collect::<Vec<_>>()
                                .join("+"),
                        );
                    }
                }
            }
            if parts.is_empty() {
                i.to_string()
            } else {
                parts.join(", ")
            }
        }
        Value::Array(a) => a
            .first()
            .and_then(Value::as_str)
            .map_or_else(|| i.to_string(), str::to_owned),
        _ => i.to_string(),
    }
}

/// Walks a regime written as JSON and collects every citation with a note,
/// keyed by the path of its rule (`individual.new_hire_months`,
/// `money.rates[advanced_worker, individual]`).
fn walk(v: &Value, path: &str, out: &mut Vec<(String, Reading)>) {
    match v {
        Value::Object(m) => {
            if let (Some(Value::String(_)), Some(_)) = (m.get("note"), m.get("confidence")) {
                let c: Citation = serde_json::from_value(v.clone()).unwrap();
                let rule = path.strip_suffix(".citation").unwrap_or(path);
                out.push((
                    rule.to_owned(),
                    Reading {
                        cite: c.to_short(),
                        mark: mark(c.confidence()),
                        note: c.note().unwrap().to_owned(),
                    },
                ));
            }
            for (k, v) in m {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                walk(v, &p, out);
            }
        }
        Value::Array(a) => {
            // A pair [name, citation] is labelled by its name alone.
            let pair = a.len() == 2 && a.first().is_some_and(Value::is_string);
            for (i, e) in a.iter().enumerate() {
                if pair {
                    // The pair's path already names it.
                    if i == 1 {
                        walk(e, path, out);
                    }
                } else {
                    walk(e, &format!("{path}[{}]", element_label(e, i)), out);
                }
            }
        }
        _ => {}
    }
}

fn readings_of(regime: &Regime) -> Vec<(String, Reading)> {
    let mut out = Vec::new();
    walk(&serde_json::to_value(regime).unwrap(), "", &mut out);
    out
}

/// The rules of one reading: `a.b`, `money.rates`: `x, individual`; `y, collective`.
fn rule_list(rules: &[&str]) -> String {
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for r in rules {
        let (head, label) = match r.split_once('[') {
            Some((head, rest)) => (head, rest.strip_suffix(']').unwrap_or(rest)),
            None => (*r, ""),
        };
        match groups.iter_mut().find(|(h, _)| *h == head) {
            Some((_, labels)) if !label.is_empty() => labels.push(label),
            _ => groups.push((
                head,
                if label.is_empty() {
                    vec![]
                } else {
                    vec![label]
                },
            )),
        }
    }
    groups
        .iter()
        .map(|(head, labels)| {
            if labels.is_empty() {
                format!("`{head}`")
            } else {
                let labels: Vec<String> = labels.iter().map(|l| format!("`{l}`")).collect();
                format!("`{head}`: {}", labels.join("; "))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

/// The readings page, from the bundled data.
fn render_readings() -> String {
    let book = RuleBook::national();
    let mut s = String::new();
    s.push_str(
        "# The readings the library takes\n\
         \n\
         Where a legal text leaves a choice, was read only in a summary, or was not\n\
         read at all, the bundled data says which reading the library takes and why,\n\
         in a `note` on the rule's citation ([`Citation::note`](crate::Citation::note)).\n\
         The note travels into every finding and money rate that rests on the rule,\n\
         and into their JSON. This page lists every note of the data files of\n\
         `data/law/`, regime by regime, with the citation (in the data files' short\n\
         form) and its mark.\n\
         \n\
         | Mark | Meaning | Effect |\n\
         |---|---|---|\n\
         | V | verified: the wording of the provision was read verbatim | decides |\n\
         | S | secondhand: a summary, a translation, one third-party copy, or a documented reading | decides; the finding shows the mark |\n\
         | U | unverified: inferred, cut off, contradicted or not read | never decides: the criterion is *unknown* and the verdict *needs review* |\n\
         \n\
         The project's four documented readings, named in the notes of the rules\n\
         they touch: (1) under Decree 91/2017 \"hoàn thành tốt nhiệm vụ\" is met by a\n\
         rating of HTT or HTXS; (2) a quota \"không quá x%\" of N allows\n\
         floor(x × N / 100); (3) award money is rounded up to the next 10.000 đồng;\n\
         (4) several titles for one achievement period pay only the highest. A fifth,\n\
         no regime before 2017-10-01, is the manifest itself: no file starts earlier.\n\
         \n\
         A reading that is the same as in the regime before it (the same rule,\n\
         citation, mark and note, as a file `based_on` that regime inherits it) is\n\
         listed only under that regime. Rules that share a citation, mark and note\n\
         are listed together.\n\
         \n\
         *This page is generated from [`RuleBook::national`](crate::RuleBook::national)\n\
         by the test `book::readings_page_is_the_data` of `tests/integration/book.rs`.\n\
         Do not edit it by hand: after a change to the data, run\n\
         `THIDUA_BLESS=1 cargo test --test integration book::` and commit the result.*\n",
    );
    let _ = writeln!(
        s,
        "\nBundled data version: `{}`.",
        thidua::law::DATA_VERSION
    );
    let mut previous: Vec<(String, Reading)> = Vec::new();
    for regime in book.regimes() {
        let all = readings_of(regime);
        let own: Vec<_> = all.iter().filter(|r| !previous.contains(r)).collect();
        let _ = writeln!(
            s,
            "\n## {} (`{}`)\n\n{}, {}; the regime as a whole: {}.\n",
            regime.name_en(),
            regime.id(),
            regime.name_vi(),
            regime.period(),
            format!("{:?}", regime.confidence()).to_lowercase(),
        );
        if own.is_empty() {
            s.push_str("No reading of its own.\n");
        } else {
            // Rules that share one reading are listed together, in the order
            // of their first rule.
            let mut groups: Vec<(&Reading, Vec<&str>)> = Vec::new();
            for (rule, reading) in &own {
                match groups.iter_mut().find(|(r, _)| *r == reading) {
                    Some((_, rules)) => rules.push(rule),
                    None => groups.push((reading, vec![rule])),
                }
            }
            s.push_str("| rule | citation | mark | note |\n|---|---|---|---|\n");
            for (reading, rules) in groups {
                let rules = rule_list(&rules);
                let _ = writeln!(
                    s,
                    "| {} | {} | {} | {} |",
                    rules,
                    cell(&reading.cite),
                    reading.mark,
                    cell(&reading.note)
                );
            }
        }
        previous = all;
    }
    s.push_str(
        "\n## The base salary\n\n\
         The steps of `data/law/salary.toml`\n\
         ([`SalarySchedule::national`](crate::law::SalarySchedule::national)).\n\n\
         | from | đồng / month | citation | mark | note |\n|---|---|---|---|---|\n",
    );
    for step in SalarySchedule::national().steps() {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} |",
            step.from,
            step.amount.to_string().trim_end_matches(" đồng"),
            cell(&step.citation.to_short()),
            mark(step.citation.confidence()),
            cell(step.citation.note().unwrap_or("—"))
        );
    }
    s.push_str(
        "\n## The instruments\n\n\
         What `data/law/instruments.toml` notes of each instrument a regime cites\n\
         ([`Instrument::note`](crate::citation::Instrument::note)).\n\n\
         | number | name | note |\n|---|---|---|\n",
    );
    for i in Instrument::all_bundled() {
        let _ = writeln!(
            s,
            "| {} | {} | {} |",
            cell(i.number()),
            cell(i.name()),
            cell(i.note().unwrap_or("—"))
        );
    }
    s
}

fn repo_file(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The committed readings page is the one the data gives.
#[test]
fn readings_page_is_the_data() {
    generated_page(
        READINGS,
        &render_readings(),
        "the bundled data",
        "THIDUA_BLESS=1 cargo test --test integration book::",
    );
}

/// Every note of the data is on the page, and every unverified rule says
/// what was not read.
#[test]
fn every_note_is_on_the_page() {
    let page = render_readings();
    let book = RuleBook::national();
    let mut unverified_without_note = Vec::new();
    for regime in book.regimes() {
        for (_, r) in readings_of(regime) {
            assert!(page.contains(&cell(&r.note)), "{}: {}", regime.id(), r.note);
        }
        let mut all = Vec::new();
        collect_citations(&serde_json::to_value(regime).unwrap(), "", &mut all);
        for (path, c) in all {
            if c.confidence() == Confidence::Unverified && c.note().is_none() {
                unverified_without_note.push(format!("{}: {path}", regime.id()));
            }
        }
    }
    for i in Instrument::all_bundled() {
        if let Some(n) = i.note() {
            assert!(page.contains(&cell(n)), "{}: {n}", i.number());
        }
    }
    for step in SalarySchedule::national().steps() {
        if let Some(n) = step.citation.note() {
            assert!(page.contains(&cell(n)), "{}: {n}", step.from);
        }
    }
    assert!(
        unverified_without_note.is_empty(),
        "unverified rules without a note saying what was not read: {unverified_without_note:#?}"
    );
}

/// Every citation of a regime written as JSON, with its path.
fn collect_citations(v: &Value, path: &str, out: &mut Vec<(String, Citation)>) {
    match v {
        Value::Object(m) => {
            if m.contains_key("instrument") && m.contains_key("confidence") {
                out.push((path.to_owned(), serde_json::from_value(v.clone()).unwrap()));
            }
            for (k, v) in m {
                collect_citations(v, &format!("{path}.{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, e) in a.iter().enumerate() {
                collect_citations(e, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// The tables of the module docs, checked against the data.
// ---------------------------------------------------------------------------

/// The rows of the first markdown table in the doc comment of `source`
/// after `marker`, cells trimmed, header and rule lines skipped.
fn doc_table(source: &str, marker: &str) -> Vec<Vec<String>> {
    let start = source
        .find(marker)
        .unwrap_or_else(|| panic!("no '{marker}'"));
    let mut rows = Vec::new();
    let mut in_table = false;
    for line in source[start..].lines() {
        let line = line
            .trim_start()
            .trim_start_matches("//!")
            .trim_start_matches("///")
            .trim();
        if line.starts_with('|') {
            in_table = true;
            if line.starts_with("|---") {
                continue;
            }
            rows.push(
                line.trim_matches('|')
                    .split('|')
                    .map(|c| c.trim().to_owned())
                    .collect(),
            );
        } else if in_table {
            break;
        }
    }
    assert!(rows.len() > 1, "no table after '{marker}'");
    rows.remove(0); // the header
    rows
}

/// "1.150.000" → 1150000.
fn dong(s: &str) -> i64 {
    s.replace('.', "").parse().unwrap()
}

/// `src/law/salary.rs`: every row of the base-salary table is a step of the
/// bundled schedule, in order, with its decree and confidence.
#[test]
fn salary_table_is_the_data() {
    let rows = doc_table(
        include_str!("../../src/law/salary.rs"),
        "is the bundled schedule:",
    );
    let steps = SalarySchedule::national();
    let steps = steps.steps();
    assert_eq!(rows.len(), steps.len(), "one row per step");
    for (row, step) in rows.iter().zip(steps) {
        let [from, amount, by, confidence] = row.as_slice() else {
            panic!("row {row:?}: expected 4 cells");
        };
        assert_eq!(from, &step.from.to_string(), "{row:?}");
        assert_eq!(
            thidua::Money::from_dong(dong(amount)),
            step.amount,
            "{row:?}"
        );
        let number = step.citation.instrument().number();
        assert!(by.contains(number), "{row:?}: the data cites {number}");
        if let Some(a) = step.citation.article_number() {
            assert!(by.contains(&format!("Art. {a}")), "{row:?}: Art. {a}");
        }
        if let Some(k) = step.citation.clause_number() {
            assert!(by.contains(&format!("k{k}")), "{row:?}: k{k}");
        }
        let label = match step.citation.confidence() {
            Confidence::Verified => "verified",
            Confidence::Secondhand => "secondhand",
            _ => "unverified",
        };
        assert!(
            confidence.starts_with(label),
            "{row:?}: the data marks it {label}"
        );
    }
}

/// `src/law/regime.rs`: every row of the regime table is a bundled regime,
/// in order, with its period and confidence.
#[test]
fn regime_table_is_the_data() {
    let rows = doc_table(include_str!("../../src/law/regime.rs"), "| regime |");
    let book = RuleBook::national();
    assert_eq!(rows.len(), book.regimes().len(), "one row per regime");
    let constants = [
        ("DECREE_91_2017", RegimeId::DECREE_91_2017),
        ("LAW_2022", RegimeId::LAW_2022),
        ("DECREE_152_2025", RegimeId::DECREE_152_2025),
        ("AMENDMENT_2026", RegimeId::AMENDMENT_2026),
        ("AFTER_DECREE_152", RegimeId::AFTER_DECREE_152),
    ];
    for (row, regime) in rows.iter().zip(book.regimes()) {
        let [id, in_force, instruments] = row.as_slice() else {
            panic!("row {row:?}: expected 3 cells");
        };
        let (_, konst) = constants
            .iter()
            .find(|(name, _)| id.contains(&format!("RegimeId::{name}`")))
            .unwrap_or_else(|| panic!("row {row:?} names no regime constant"));
        assert_eq!(konst, regime.id(), "{row:?}: the regimes in time order");
        let from = regime.period().from().to_string();
        match regime.period().last_day() {
            Some(last) => assert!(in_force.starts_with(&format!("{from} – {last}")), "{row:?}"),
            None => assert!(in_force.starts_with(&format!("from {from}")), "{row:?}"),
        }
        assert_eq!(
            in_force.contains("unverified"),
            regime.confidence() == Confidence::Unverified,
            "{row:?}: the data marks the regime {:?}",
            regime.confidence()
        );
        // Every decree and circular the row names is an instrument of the
        // regime.
        for i in regime.instruments() {
            let short = i.number().split('/').take(2).collect::<Vec<_>>().join("/");
            let named = instruments.contains(&short)
                || (i.number().ends_with("QH11") && instruments.contains("Law 2003"));
            assert!(
                named,
                "{row:?}: the data lists {} among its instruments",
                i.number()
            );
        }
    }
}

/// The awards the signing-powers table names, as it writes them.
const TABLE_AWARDS: [(&str, Award); 6] = [
    ("thôn văn hóa", Award::CulturalVillage),
    ("Gia đình văn hóa", Award::CulturalFamily),
    ("TTLĐTT", Award::AdvancedCollective),
    ("CSTĐCS", Award::GrassrootsEmulationFighter),
    ("LĐTT", Award::AdvancedWorker),
    ("Giấy khen", Award::CertificateOfCommendation),
];

/// The awards a cell of the signing-powers table names.
fn table_awards(cell: &str) -> Vec<Award> {
    let words: Vec<&str> = cell.split([',', ' ', '(', ')']).collect();
    let mut found: Vec<Award> = TABLE_AWARDS
        .iter()
        .filter(|(name, _)| {
            // "LĐTT" also occurs inside "TTLĐTT": match whole words.
            if name.contains(' ') {
                cell.contains(name)
            } else {
                words.contains(name)
            }
        })
        .map(|(_, a)| *a)
        .collect();
    found.sort();
    found
}

/// `src/law/powers.rs`: for the grassroots signers, what each row says
/// each regime lets them confer is what the data says, with the article.
#[test]
fn powers_table_is_the_data() {
    let rows = doc_table(include_str!("../../src/law/powers.rs"), "| signer |");
    let book = RuleBook::national();
    let regimes = [
        book.regime(&RegimeId::DECREE_91_2017).unwrap(),
        book.regime(&RegimeId::LAW_2022).unwrap(),
        book.regime(&RegimeId::DECREE_152_2025).unwrap(),
    ];
    let signers = [
        ("head of an agency", Authority::AgencyHead),
        ("district chair", Authority::DistrictChair),
        ("commune chair", Authority::CommuneChair),
        ("enterprise head", Authority::EnterpriseHead),
        ("armed forces", Authority::ArmedForcesCommander),
    ];
    let mut checked = 0;
    for row in &rows {
        let Some((_, who)) = signers.iter().find(|(name, _)| row[0].starts_with(name)) else {
            continue;
        };
        let mut before: Option<&String> = None;
        for (cell, regime) in row.iter().skip(1).zip(regimes) {
            // "the same" repeats the cell to its left.
            let cell = if cell.starts_with("the same") {
                before.unwrap()
            } else {
                cell
            };
            before = Some(cell);
            let power = regime.powers().powers.iter().find(|p| p.authority == *who);
            let stated = table_awards(cell);
            match power {
                None => assert!(
                    cell.contains("not read") || cell.contains("none"),
                    "{who:?} under {}: the data has no power; the table says {cell:?}",
                    regime.id()
                ),
                Some(p) => {
                    if p.citation.confidence() == Confidence::Unverified {
                        assert!(
                            cell.contains("not read"),
                            "{who:?} {}: {cell:?}",
                            regime.id()
                        );
                        continue;
                    }
                    // The data may list more (armed-forces counterparts):
                    // compare the awards the table writes.
                    let data = p.awards.as_ref().map(|a| {
                        let mut a: Vec<Award> = a
                            .iter()
                            .copied()
                            .filter(|x| TABLE_AWARDS.iter().any(|(_, t)| t == x))
                            .collect();
                        a.sort();
                        a.dedup();
                        a
                    });
                    match &data {
                        None => assert!(
                            cell.contains("set by"),
                            "{who:?} {}: the data delegates; the table says {cell:?}",
                            regime.id()
                        ),
                        Some(d) if d.is_empty() => assert!(
                            cell.contains("none"),
                            "{who:?} {}: the data lists nothing; the table says {cell:?}",
                            regime.id()
                        ),
                        Some(d) => assert_eq!(
                            &stated,
                            d,
                            "{who:?} {}: the table says {cell:?}",
                            regime.id()
                        ),
                    }
                    if let Some(a) = p.citation.article_number() {
                        assert!(
                            cell.contains(&format!("Art. {a}")),
                            "{who:?} {}: the data cites Art. {a}; the table says {cell:?}",
                            regime.id()
                        );
                    }
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 12, "only {checked} cells checked");
}

/// `src/eligibility/mod.rs`: the values the "Individual titles" table
/// states for each regime are the data's.
#[test]
fn individual_titles_table_is_the_data() {
    let rows = doc_table(
        include_str!("../../src/eligibility/mod.rs"),
        "## Individual titles",
    );
    let book = RuleBook::national();
    let regimes = [
        book.regime_on(d(2021, 12, 20)).unwrap(),
        book.regime_on(d(2024, 12, 20)).unwrap(),
        book.regime_on(d(2025, 12, 20)).unwrap(),
    ];
    let row = |title: &str| {
        rows.iter()
            .find(|r| r[0].contains(title))
            .unwrap_or_else(|| panic!("no row for {title}"))
    };
    // "the same" and "as 2024" repeat the cell to the left.
    let cells = |title: &str| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in row(title).iter().skip(1) {
            let c = if c.starts_with("the same") || c.starts_with("as 2024") {
                format!("{} {c}", out.last().cloned().unwrap_or_default())
            } else {
                c.clone()
            };
            out.push(c);
        }
        out
    };

    for (cell, regime) in cells("Lao động tiên tiến").iter().zip(regimes) {
        let rules = regime.individual();
        let months = rules.new_hire_months.value;
        assert!(
            cell.contains(&format!("not hired under {months} months")),
            "{}: the data says {months} months; the table: {cell:?}",
            regime.id()
        );
        let rating = rules.rating.value;
        assert_eq!(rating, thidua::Rating::Good, "{}", regime.id());
        assert!(cell.contains("HTT or better"), "{cell:?}");
    }

    for (cell, regime) in cells("Chiến sĩ thi đua cơ sở").iter().zip(regimes) {
        let rules = regime.individual();
        let route = format!("{:?}", rules.grassroots_route.value);
        let quota = rules.grassroots_quota.as_ref();
        if cell.contains("HTXS alone is not enough") {
            assert!(!route.contains("Excellent"), "{}: {route}", regime.id());
        } else {
            assert!(route.contains("Excellent"), "{}: {route}", regime.id());
        }
        match quota {
            Some(q) => assert!(
                cell.contains(&format!("at most {}%", q.value.percent())),
                "{}: quota {}%; the table: {cell:?}",
                regime.id(),
                q.value.percent()
            ),
            None => assert!(cell.contains("no quota"), "{}: {cell:?}", regime.id()),
        }
    }

    let streaks = [
        (
            "Chiến sĩ thi đua bộ, ban, ngành, tỉnh",
            Award::MinistryOrProvinceEmulationFighter,
        ),
        (
            "Chiến sĩ thi đua toàn quốc",
            Award::NationalEmulationFighter,
        ),
    ];
    for (title, award) in streaks {
        let first = &cells(title)[0];
        for regime in regimes {
            let s = regime.individual().streak_rules(award).unwrap();
            let (lower, years) = s.streak.value;
            if let Some(abbr) = lower.abbreviation() {
                assert!(
                    first.contains(abbr),
                    "{title}: the data's streak is of {abbr}; the table: {first:?}"
                );
            }
            assert!(
                first.starts_with(&format!("{years} consecutive")),
                "{title} under {}: the data says {years}; the table: {first:?}",
                regime.id()
            );
        }
    }
}

/// The overlay example: Bắc Ninh's file loads, and its share decides what
/// the national rules leave to review.
#[test]
fn overlay_example_judges_with_the_file() {
    use thidua::Outcome::{Eligible, Ineligible, NeedsReview};
    let overlay =
        overlay_example::read_overlay(&repo_file("examples/data/bac-ninh-86-2025.toml")).unwrap();
    assert_eq!(overlay.citation().instrument().number(), "86/2025/QĐ-UBND");
    let (outcomes, report) = overlay_example::report(&overlay).unwrap();
    assert_eq!(
        outcomes,
        [
            (NeedsReview, Eligible),
            (NeedsReview, Ineligible),
            (NeedsReview, Ineligible)
        ]
    );
    assert!(report.contains("nới lỏng quy định quốc gia"), "{report}");
}

/// "0,3" → 0.3; "1,5 ×" → 1.5; "≤ 0,6" → 0.6.
fn vn_decimal(cell: &str) -> rust_decimal::Decimal {
    let n: String = cell
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == ',')
        .collect();
    n.replace(',', ".").parse().unwrap()
}

/// `src/law/money.rs`: the multipliers of the `MoneyRules` table are the
/// data's, regime by regime, caps and household factors included.
#[test]
fn money_table_is_the_data() {
    use thidua::RecipientKind::{Household, Individual};
    let rows = doc_table(
        include_str!("../../src/law/money.rs"),
        "| award (individual) |",
    );
    let book = RuleBook::national();
    let regimes = [
        book.regime(&RegimeId::DECREE_91_2017).unwrap(),
        book.regime(&RegimeId::LAW_2022).unwrap(),
        book.regime(&RegimeId::DECREE_152_2025).unwrap(),
    ];
    let awards: [(&str, Award, Authority); 6] = [
        (
            "Lao động tiên tiến",
            Award::AdvancedWorker,
            Authority::AgencyHead,
        ),
        (
            "Chiến sĩ thi đua cơ sở",
            Award::GrassrootsEmulationFighter,
            Authority::AgencyHead,
        ),
        (
            "Bằng khen of a ministry or province",
            Award::MinistryOrProvinceCertificateOfMerit,
            Authority::ProvincialChair,
        ),
        (
            "Giấy khen of a commune chair",
            Award::CertificateOfCommendation,
            Authority::CommuneChair,
        ),
        (
            "other Giấy khen",
            Award::CertificateOfCommendation,
            Authority::AgencyHead,
        ),
        (
            "Kỷ niệm chương of a ministry or province",
            Award::CommemorativeMedal,
            Authority::Minister,
        ),
    ];
    let mut checked = 0;
    for row in &rows {
        let name = &row[0];
        for (cell, regime) in row.iter().skip(1).zip(regimes) {
            let money = regime.money();
            if name.starts_with("a household's") {
                for award in [
                    Award::CertificateOfCommendation,
                    Award::MinistryOrProvinceCertificateOfMerit,
                ] {
                    let found = money.lookup(award, Household, Authority::CommuneChair);
                    if cell == "—" {
                        assert!(
                            found.is_err(),
                            "{name} under {}: the data pays",
                            regime.id()
                        );
                    } else {
                        let (_, factor) = found.unwrap();
                        assert_eq!(
                            factor.unwrap().value,
                            vn_decimal(cell),
                            "{name} under {}",
                            regime.id()
                        );
                    }
                }
                checked += 1;
                continue;
            }
            let (_, award, signer) = awards
                .iter()
                .find(|(n, _, _)| n == name)
                .unwrap_or_else(|| panic!("a row the test does not know: {name}"));
            let found = money.lookup(*award, Individual, *signer);
            if cell == "—" {
                assert!(
                    found.is_err(),
                    "{name} under {}: the data pays",
                    regime.id()
                );
            } else {
                let (rate, _) = found.unwrap_or_else(|e| panic!("{name} {}: {e}", regime.id()));
                assert_eq!(
                    rate.multiplier,
                    vn_decimal(cell),
                    "{name} under {}",
                    regime.id()
                );
                assert_eq!(
                    rate.at_most,
                    cell.starts_with('≤'),
                    "{name} {}",
                    regime.id()
                );
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 21);
}

/// `src/fund.rs`: the caps of the fund table are every regime's, and the
/// articles it cites are the data's.
#[test]
fn fund_table_is_the_data() {
    use rust_decimal::Decimal;
    let rows = doc_table(include_str!("../../src/fund.rs"), "| who | basis |");
    let book = RuleBook::national();
    let percent = |cell: &str| vn_decimal(cell) / Decimal::ONE_HUNDRED;
    let cited = |cell: &str, c: &Citation| {
        let number = c.instrument().number();
        let decree = format!(
            "Decree {}",
            number.split('/').take(2).collect::<Vec<_>>().join("/")
        );
        let mut s = decree;
        if let Some(a) = c.article_number() {
            s.push_str(&format!(" Art. {a}"));
        }
        if let Some(k) = c.clause_number() {
            s.push_str(&format!(" k{k}"));
        }
        if let Some(p) = c.point_letter() {
            s.push_str(&format!(" {p}"));
        }
        cell.contains(&s)
    };
    for regime in book.regimes() {
        let fund = regime.money().fund().unwrap();
        let [salary, delta, highland, organising] = rows.as_slice() else {
            panic!("four rows expected");
        };
        assert_eq!(fund.salary_fund_cap, percent(&salary[2]), "{}", regime.id());
        assert_eq!(fund.delta_cap, percent(&delta[2]), "{}", regime.id());
        assert_eq!(fund.highland_cap, percent(&highland[2]), "{}", regime.id());
        assert_eq!(
            fund.organising_share,
            percent(&organising[2]),
            "{}",
            regime.id()
        );
    }
    // Each article the table cites is the data's for some regime.
    let all: Vec<(String, Citation)> = book
        .regimes()
        .iter()
        .flat_map(|r| {
            let f = r.money().fund().unwrap();
            [
                ("salary", f.salary_fund_citation.clone()),
                ("budget", f.budget_level_citation.clone()),
                ("organising", f.organising_citation.clone()),
            ]
        })
        .map(|(k, c)| (k.to_owned(), c))
        .collect();
    for (row, kind) in rows
        .iter()
        .zip(["salary", "budget", "budget", "organising"])
    {
        let basis = &row[3];
        if basis == "same" {
            continue;
        }
        for part in basis.split(';') {
            let part = part.trim();
            assert!(
                all.iter()
                    .any(|(k, c)| k == kind && c.confidence().is_decisive() && cited(part, c)),
                "the fund table cites {part:?}, which no regime's data cites, read, for {kind}"
            );
        }
    }
}

/// `src/eligibility/forms.rs`: the numbers of the commendation-form table
/// (years, ratings, titles, initiatives and articles) are the data's.
#[test]
fn forms_table_is_the_data() {
    use thidua::Rating;
    use thidua::law::FormRoute;
    use thidua::people::Scope;
    let rows = doc_table(
        include_str!("../../src/eligibility/forms.rs"),
        "| form | 2017–2023",
    );
    let book = RuleBook::national();
    let regimes = [
        book.regime(&RegimeId::DECREE_91_2017).unwrap(),
        book.regime(&RegimeId::LAW_2022).unwrap(),
    ];
    let routes: [(&str, Award); 3] = [
        ("Bằng khen bộ", Award::MinistryOrProvinceCertificateOfMerit),
        (
            "Bằng khen Thủ tướng",
            Award::PrimeMinisterCertificateOfMerit,
        ),
        ("Huân chương Lao động hạng Ba", Award::LabourOrderThird),
    ];
    let mut checked = 0;
    for (name, award) in routes {
        let row = rows.iter().find(|r| r[0].starts_with(name)).unwrap();
        for (cell, regime) in row.iter().skip(1).zip(regimes) {
            let r: &FormRoute = regime
                .forms()
                .route(award, thidua::RecipientKind::Individual)
                .unwrap();
            let at = |what: &str| {
                format!(
                    "{name} under {}: {what}; the table says {cell:?}",
                    regime.id()
                )
            };
            let (years, rating) = r.years.as_ref().unwrap().value;
            assert!(
                cell.contains(&format!("{years} ")),
                "{}",
                at(&format!("{years} years"))
            );
            let rating_words = match rating {
                Rating::Excellent => ["HTXS", "excellent"],
                _ => ["HTT or better", "HTT or better"],
            };
            assert!(
                rating_words.iter().any(|w| cell.contains(w)),
                "{}",
                at(&format!("rated {rating:?}"))
            );
            if let Some(t) = &r.or_titles {
                let (award, n) = t.value;
                let abbr = award.abbreviation().unwrap();
                assert!(
                    cell.contains(&format!("{n} consecutive {abbr}")),
                    "{}",
                    at(&format!("or {n} {abbr}"))
                );
            }
            if let Some(t) = &r.titles {
                let (award, n) = t.value;
                let abbr = award.abbreviation().unwrap();
                assert!(
                    cell.contains(&format!("{n} {abbr}")),
                    "{}",
                    at(&format!("{n} {abbr}"))
                );
            }
            if let Some(e) = &r.excellent_years {
                assert!(
                    cell.contains(&format!("≥ {} HTXS", e.value)),
                    "{}",
                    at("excellent years")
                );
            }
            if let Some(i) = &r.initiatives {
                let (n, scope) = i.value;
                let scope = match scope {
                    Scope::Grassroots => "grassroots ",
                    Scope::MinistryOrProvince => "of ministry/province scope",
                    _ => "",
                };
                assert!(
                    cell.contains(&format!("{n} ")),
                    "{}",
                    at(&format!("{n} initiatives"))
                );
                assert!(
                    cell.contains(scope) || !cell.contains("scope"),
                    "{}",
                    at(scope)
                );
            }
            if r.after.is_some() {
                assert!(cell.starts_with("BK "), "{}", at("after a lower form"));
            }
            let c = &r.years.as_ref().unwrap().citation;
            let mut art = format!("Art. {}", c.article_number().unwrap());
            if let Some(k) = c.clause_number() {
                art.push_str(&format!(" k{k}"));
            }
            assert!(cell.contains(&art), "{}", at(&art));
            checked += 1;
        }
    }
    assert_eq!(checked, 6);
}
