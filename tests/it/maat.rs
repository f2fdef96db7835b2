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

// ---------------------------------------------------------------------------
// The AI Act: the answers on the EU database and the fundamental-rights
// assessment of category A, and the warning from `--deadline-eu` on

/// A row in the template's layout with the AI Act's two columns.
fn eu_row(id: &str, cat: &str, status: &str, uitz: &str, eu: &str, toets: &str) -> Vec<algoreg_fixtures::grid::Value> {
    let (plan, pubdate, reg) = if status == "gepubliceerd" {
        ("", "2025-05-01", "12345670")
    } else {
        ("2025-12-31", "", "")
    };
    let mut r: Vec<String> = row(id, cat, status, plan, pubdate, reg, uitz).to_vec();
    if uitz == "volledig" {
        r[1] = "GEHEIM-NAAM-EU".to_owned();
    }
    r.extend([eu.to_owned(), toets.to_owned()]);
    r.iter().map(|v| text(v)).collect()
}

/// Dienst Alfa (JenV) with both columns and every value, some spelt
/// loosely, one that is no answer (`ja`), an uitzondering of each kind, a
/// vervallen row and a category-B row with answers; Bureau Beta (AenM) with
/// a sheet without the columns, as every sheet sent so far.
fn ai_quarter() -> Inputs {
    let inputs = Inputs::new();
    let alfa = vec![
        eu_row("A-1", "A", "gepubliceerd", "geen", "geregistreerd", "gedaan"), // row 2
        eu_row(
            "A-2",
            "A",
            "in documentatie",
            "geen",
            "Niet  Geregistreerd",
            "niet gedaan",
        ), // 3
        eu_row("A-3", "A", "in documentatie", "geen", "niet van toepassing", "N.V.T."), // 4
        eu_row("A-4", "A", "in documentatie", "geen", "", ""),                 // 5
        eu_row("A-5", "A", "in documentatie", "gedeeltelijk", "GEREGISTREERD", "Gedaan"), // 6
        eu_row(
            "A-6",
            "A",
            "in documentatie",
            "volledig",
            "niet geregistreerd",
            "niet gedaan",
        ), // 7
        eu_row("A-7", "A", "vervallen", "geen", "geregistreerd", "gedaan"),    // 8
        eu_row("B-1", "B", "in documentatie", "geen", "geregistreerd", "gedaan"), // 9
        eu_row("A-8", "A", "in documentatie", "geen", "ja", "ja"),             // 10
    ];
    inputs.add_grid(
        "alfa.xlsx",
        &status_sheet(org_rows("AAA", "Dienst Alfa", "JenV"), &header_eu(), alfa),
    );
    inputs.add_grid(
        "beta.xlsx",
        &sheet(
            "BBB",
            "Bureau Beta",
            "AenM",
            &[published("B-A1", "A"), planned("B-A2", "A", "2025-12-31")],
        ),
    );
    inputs
}

const EU: [&str; 4] = [
    "eu_geregistreerd",
    "eu_niet_geregistreerd",
    "eu_niet_van_toepassing",
    "eu_onbekend",
];
const TOETS: [&str; 4] = [
    "grondrechtentoets_gedaan",
    "grondrechtentoets_niet_gedaan",
    "grondrechtentoets_niet_van_toepassing",
    "grondrechtentoets_onbekend",
];

/// Counted by hand. Alfa's category A, not vervallen,
/// 7 rows (the uitzonderingen count; A-7 is vervallen; B-1 is B).
/// EU: geregistreerd; niet geregistreerd; niet van
/// toepassing A-3; onbekend A-4 (empty) and A-8 (`ja`). The assessment the
/// same way. Beta: 2 category-A rows, no columns: both unknown.
#[test]
fn the_ai_act_answers_count_per_organisation_and_group_and_add_up() {
    let inputs = ai_quarter();
    let (out, j) = inputs.report(&["--accept-errors"]);
    let c = &j["cijfers"];
    let t = &j["totalen"];
    let org = |code: &str, m: &str| count(c, ("organisatie", code), "A", m);
    assert_eq!(EU.map(|m| org("AAA", m)), [2, 2, 1, 2]);
    assert_eq!(TOETS.map(|m| org("AAA", m)), [2, 2, 1, 2]);
    assert_eq!(EU.map(|m| org("BBB", m)), [0, 0, 0, 2]);
    assert_eq!(TOETS.map(|m| org("BBB", m)), [0, 0, 0, 2]);
    // Category B's answers are not counted.
    for m in EU.iter().chain(&TOETS) {
        assert_eq!(count(c, ("organisatie", "AAA"), "B", m), 0, "{m}");
    }
    let groep = |g: &str, cat: &str, m: &str| count(t, ("groep", g), cat, m);
    assert_eq!(EU.map(|m| groep("JenV", "A", m)), [2, 2, 1, 2]);
    assert_eq!(EU.map(|m| groep("AenM", "A", m)), [0, 0, 0, 2]);
    assert_eq!(EU.map(|m| groep("Totaal", "A", m)), [2, 2, 1, 4]);
    assert_eq!(EU.map(|m| groep("Totaal", "totaal", m)), [2, 2, 1, 4]);
    // They add up to the category-A rows counted (7 + 2).
    for list in [EU, TOETS] {
        let sum: u64 = list.iter().map(|m| groep("Totaal", "A", m)).sum();
        assert_eq!(sum, 9);
        assert_eq!(sum, groep("Totaal", "A", "geinventariseerd"));
    }
    // `ja` is a fout at its cell with the allowed values; the row still counts.
    let f = parse_findings(&out);
    expect(&f, "eu-databank-onbekend", "fout", "alfa.xlsx:Algoritmen!K10");
    expect(&f, "grondrechtentoets-onbekend", "fout", "alfa.xlsx:Algoritmen!L10");
    let fout = f.iter().find(|l| l.code == "eu-databank-onbekend").unwrap();
    assert!(
        fout.message
            .contains("geregistreerd, niet geregistreerd, niet van toepassing"),
        "{}",
        fout.message
    );
    assert_eq!(org("AAA", "geinventariseerd"), 7);
    // The sheet without the columns has no finding about them.
    assert!(f.iter().all(|l| !l.place.contains("beta.xlsx")), "{f:#?}");
    // A `volledig` row's name appears nowhere.
    let all = std::fs::read_dir(inputs.path().join(format!("rapporten/{QUARTER}")))
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect::<Vec<_>>();
    assert!(all.iter().all(|b| find_bytes(b, b"GEHEIM-NAAM-EU").is_none()));
    assert!(!stdout(&out).contains("GEHEIM-NAAM-EU"));
}

/// The warning comes on or after `--deadline-eu` (the peildatum is 30 June
/// 2025), at the EU-databank cell of each counted category-A row that is
/// niet geregistreerd or unknown: Alfa's, and Beta's
/// two rows (no column: the row). Not for geregistreerd, niet van
/// toepassing, vervallen or category B.
#[test]
fn the_eu_warning_comes_from_the_deadline_eu_on() {
    let inputs = ai_quarter();
    let warnings = |deadline: &str| -> Vec<String> {
        let out = inputs.run("check", &["--deadline-eu", deadline]);
        parse_findings(&out)
            .into_iter()
            .filter(|l| l.code == "eu-registratie-ontbreekt")
            .inspect(|l| assert_eq!(l.severity, "waarschuwing"))
            .map(|l| l.place)
            .collect()
    };
    assert!(warnings("2025-07-01").is_empty());
    assert!(warnings("2027-12-02").is_empty());
    let mut on = warnings("2025-06-30");
    on.sort();
    assert_eq!(on.len(), 6, "{on:#?}");
    for c in ["K3", "K5", "K7", "K10"] {
        let e = format!("alfa.xlsx:Algoritmen!{c}");
        assert!(on.iter().any(|p| p.ends_with(&e)), "{e} in {on:#?}");
    }
    assert_eq!(on.iter().filter(|p| p.contains("beta.xlsx")).count(), 2, "{on:#?}");
    assert_eq!(warnings("2024-01-01").len(), 6);
}
