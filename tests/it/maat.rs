//! The five parts of `verplicht` (verplicht gepubliceerd, achterstallig, op
//! tijd gepland, gepland na de deadline, zonder planning) add up to `verplicht`
//! for every organisation and group, on a hand-made quarter and on the sample.

use serde_json::Value as Json;

use crate::common::*;

const PARTS: [&str; 5] = [
    "verplicht_gepubliceerd",
    "achterstallig",
    "op_tijd_gepland",
    "gepland_na_deadline",
    "zonder_planning",
];

/// Runs `run --no-pdf` with `args` and reads the figures back.
fn figures(inputs: &Inputs, args: &[&str]) -> Json {
    let out = inputs.run("run", &[&["--out", "rapporten", "--no-pdf"], args].concat());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    json(
        &inputs
            .path()
            .join(format!("rapporten/{QUARTER}/cijfers-{QUARTER}.json")),
    )
}

/// One record's count, from `cijfers` (per organisation) or `totalen` (per group).
fn count(records: &Json, who: (&str, &str), cat: &str, maat: &str) -> u64 {
    records
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c[who.0] == who.1 && c["categorie"] == cat && c["maat"] == maat)
        .unwrap_or_else(|| panic!("no {maat} for {} {cat}", who.1))["aantal"]
        .as_u64()
        .unwrap()
}

/// For every organisation and group, every category: the parts sum to
/// `verplicht`, and `resterend` is `verplicht` less what is published. Returns
/// how many sums it checked.
fn assert_parts_add_up(j: &Json) -> usize {
    let mut checked = 0;
    for (records, key) in [("cijfers", "organisatie"), ("totalen", "groep")] {
        let list = &j[records];
        let mut whos: Vec<(&str, &str)> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c[key].as_str().unwrap(), c["categorie"].as_str().unwrap()))
            .collect();
        whos.sort_unstable();
        whos.dedup();
        for (who, cat) in whos {
            let get = |maat: &str| count(list, (key, who), cat, maat);
            let sum: u64 = PARTS.iter().map(|m| get(m)).sum();
            assert_eq!(sum, get("verplicht"), "{records}: {who} {cat}");
            assert_eq!(
                get("resterend"),
                get("verplicht") - get("verplicht_gepubliceerd"),
                "{records}: {who} {cat}"
            );
            checked += 1;
        }
    }
    checked
}

#[test]
fn every_mandatory_row_is_in_exactly_one_part() {
    let inputs = every_part();
    let j = figures(&inputs, &[]);
    let cijfers = &j["cijfers"];
    let alfa = |cat: &str, maat: &str| count(cijfers, ("organisatie", "AAA"), cat, maat);
    assert_eq!(alfa("A", "verplicht_gepubliceerd"), 1);
    assert_eq!(alfa("A", "achterstallig"), 1, "planned on the quarter's last day");
    assert_eq!(alfa("A", "op_tijd_gepland"), 1, "planned the day after the quarter");
    assert_eq!(alfa("B", "op_tijd_gepland"), 1, "planned on the deadline itself");
    assert_eq!(
        alfa("B", "gepland_na_deadline"),
        1,
        "planned the day after the deadline"
    );
    assert_eq!(alfa("B", "zonder_planning"), 1);
    assert_eq!(alfa("B", "achterstallig"), 1, "planned in April");
    assert_eq!(alfa("B", "verplicht"), 4, "the volledig row is not mandatory");
    assert_eq!(alfa("C", "verplicht"), 0);
    for part in PARTS {
        assert_eq!(alfa("C", part), 0, "C is never mandatory: {part}");
    }
    assert_eq!(alfa("C", "gepubliceerd"), 1);
    // The old maten keep their meaning: planned on or before the deadline,
    // the overdue ones included.
    assert_eq!(alfa("A", "gepland_voor_deadline"), 2);
    assert_eq!(alfa("B", "gepland_voor_deadline"), 2);
    let totalen = &j["totalen"];
    let group = |g: &str, cat: &str, maat: &str| count(totalen, ("groep", g), cat, maat);
    assert_eq!(
        group("Totaal", "totaal", "gepland_na_deadline"),
        2,
        "one of AAA, one of BBB"
    );
    assert_eq!(group("Totaal", "totaal", "op_tijd_gepland"), 2);
    assert_eq!(group("Totaal", "totaal", "verplicht"), 9);
    assert_eq!(group("Totaal", "totaal", "gepubliceerd"), 3, "C counts in gepubliceerd");
    assert_eq!(group("Totaal", "totaal", "verplicht_gepubliceerd"), 2);
    assert_eq!(group("Toezichthouders", "B", "op_tijd_gepland"), 1);
    // AAA, BBB, TTT and the groups JenV, AenM, Totaal, Toezichthouders.
    assert_eq!(assert_parts_add_up(&j), 3 * 3 + 4 * 4);
}

#[test]
fn once_the_deadline_has_passed_nothing_is_planned_in_time() {
    let inputs = every_part();
    let j = figures(&inputs, &["--deadline-a", "2025-05-31", "--deadline-b", "2025-05-31"]);
    let op_tijd: Vec<&Json> = j["cijfers"]
        .as_array()
        .unwrap()
        .iter()
        .chain(j["totalen"].as_array().unwrap())
        .filter(|c| c["maat"] == "op_tijd_gepland" && c["aantal"] != 0)
        .collect();
    assert!(op_tijd.is_empty(), "{op_tijd:#?}");
    let group = |maat: &str| count(&j["totalen"], ("groep", "Totaal"), "totaal", maat);
    // Planned after the quarter: all after the deadline now.
    assert_eq!(group("gepland_na_deadline"), 4);
    assert_eq!(group("achterstallig"), 2);
    assert!(assert_parts_add_up(&j) > 0);
}

#[test]
fn the_parts_add_up_in_every_quarter_of_the_sample() {
    for quarter in ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"] {
        let out = tempfile::tempdir().unwrap();
        let o = algoreg(
            repo(),
            &[
                "run",
                "--inputs",
                &repo().join("inputs").to_string_lossy(),
                "--quarter",
                quarter,
                "--no-pdf",
                "--out",
                &out.path().to_string_lossy(),
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stdout));
        let j = json(&out.path().join(quarter).join(format!("cijfers-{quarter}.json")));
        assert!(assert_parts_add_up(&j) > 40 * 3, "{quarter}");
    }
}

#[test]
fn the_summary_shows_the_parts_next_to_everything_published() {
    let inputs = every_part();
    let out = inputs.run("run", &["--out", "rapporten", "--no-pdf"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    let head = lines
        .iter()
        .position(|l| l.trim_start().starts_with("groep"))
        .expect("table header");
    let words = |l: &str| l.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(
        [words(lines[head - 1]), words(lines[head])].concat().join(" "),
        "gepubliceerd verplicht op tijd gepland na zonder \
         groep cat. (A, B en C) verplicht gepubliceerd achterstallig gepland de deadline planning"
    );
    let totaal = lines.iter().position(|l| l.starts_with("  Totaal ")).expect("Totaal");
    // Published 3 (one of them C), mandatory 9 = 2 + 2 + 2 + 2 + 1.
    assert_eq!(words(lines[totaal + 3]), ["totaal", "3", "9", "2", "2", "2", "2", "1"]);
    assert!(!stdout.contains("VOORLOPIG"));
}
