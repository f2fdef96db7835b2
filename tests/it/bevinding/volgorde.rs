//! The order of findings: per organisation, errors first, in the console,
//! the JSON and the workbook; `--geen-info`; the same info in more files
//! once, with a count; the verdict of `check`.

use std::collections::BTreeSet;
use std::io::Cursor;
use std::process::Output;

use calamine::{Data, Reader};

use crate::common::*;

// ---------------------------------------------------------------------------
// The order: per organisation, errors first

/// Bureau Beta in a file that sorts first, Dienst Alfa with a warning in a
/// row above an error, a file of an unknown organisation and a text file.
fn mixed() -> Inputs {
    let inputs = Inputs::new();
    let alfa = [
        planned("A-1", "B", ""),
        row("A-2", "B", "gepubliceerd", "", "2025-05-01", "", "geen"),
    ];
    inputs
        .add_grid(
            "a-beta.xlsx",
            &with_column("BBB", "Bureau Beta", "AenM", "Eigenaar", &[published("B-1", "C")]),
        )
        .add_grid(
            "z-alfa.xlsx",
            &with_column("AAA", "Dienst Alfa", "JenV", "Afdeling", &alfa),
        )
        .add_grid(
            "m-onbekend.xlsx",
            &sheet("XXX", "Onbekend", "JenV", &[published("X-1", "C")]),
        )
        .add("notitie.txt", b"niet lezen");
    inputs
}

/// Groups appear once each, in `groups` order, and within a group the
/// severities do not go back.
fn assert_grouped(found: &[(String, String)], groups: &[&str]) {
    let mut seen: Vec<&str> = Vec::new();
    for (g, _) in found {
        if seen.last() != Some(&g.as_str()) {
            assert!(!seen.contains(&g.as_str()), "{g} twice: {found:?}");
            seen.push(g);
        }
    }
    assert_eq!(seen, groups, "{found:?}");
    for w in found.windows(2) {
        if w[0].0 == w[1].0 {
            assert!(rank(&w[0].1) <= rank(&w[1].1), "{found:?}");
        }
    }
}

#[test]
fn findings_are_grouped_per_organisation_with_errors_first_everywhere() {
    let inputs = mixed();
    let (out, j) = inputs.report(&["--accept-errors"]);
    let console = grouped(&out);
    let shown: Vec<(String, String)> = console.iter().map(|(g, l)| (g.clone(), l.severity.clone())).collect();
    assert_grouped(
        &shown,
        &[
            "algemeen",
            "Dienst Alfa (AAA)",
            "Bureau Beta (BBB)",
            "Toezicht Tau (TTT)",
        ],
    );
    let alfa: Vec<&Line> = console
        .iter()
        .filter(|(g, _)| g.contains("AAA"))
        .map(|(_, l)| l)
        .collect();
    assert!(
        alfa.first().is_some_and(|l| l.severity == "fout") && alfa.iter().any(|l| l.severity == "waarschuwing"),
        "{alfa:#?}"
    );
    assert!(
        console
            .iter()
            .any(|(g, l)| g == "algemeen" && l.code == "organisatie-onbekend"),
        "{console:#?}"
    );

    let list = j["bevindingen"].as_array().unwrap();
    let in_json: Vec<(String, String)> = list
        .iter()
        .map(|b| {
            (
                b["organisatie"].as_str().unwrap().to_owned(),
                b["ernst"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_grouped(&in_json, &["algemeen", "AAA", "BBB", "TTT"]);

    let path = inputs
        .path()
        .join(format!("rapporten/{QUARTER}/voortgang-{QUARTER}.xlsx"));
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(std::fs::read(path).unwrap())).unwrap();
    let range = wb.worksheet_range("Bevindingen").unwrap();
    let cell = |c: &Data| match c {
        Data::String(s) => s.clone(),
        _ => String::new(),
    };
    let table: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(cell).collect::<Vec<_>>())
        .skip_while(|r| r.first().map(String::as_str) != Some("Organisatie"))
        .collect();
    assert_eq!(table[0][..5], ["Organisatie", "Bestand", "Blad", "Cel", "Ernst"]);
    let in_book: Vec<(String, String)> = table[1..]
        .iter()
        .filter(|r| !r[0].is_empty())
        .map(|r| (r[0].clone(), r[4].clone()))
        .collect();
    assert_eq!(
        in_book, in_json,
        "the workbook lists the JSON's findings in the JSON's order"
    );
}

#[test]
fn geen_info_hides_info_lines_but_not_from_the_json() {
    let inputs = mixed();
    let with = parse_findings(&inputs.run("check", &[]));
    assert!(with.iter().any(|l| l.severity == "info"), "{with:#?}");
    let out = inputs.run("check", &["--geen-info"]);
    let without = parse_findings(&out);
    assert!(without.iter().all(|l| l.severity != "info"), "{without:#?}");
    assert_eq!(
        without.len(),
        with.iter().filter(|l| l.severity != "info").count(),
        "only info is left out"
    );
    assert!(stdout(&out).contains("--geen-info"), "one line says info was left out");
    assert!(
        stdout(&out)
            .lines()
            .any(|l| l.starts_with("== algemeen:") && l.ends_with(", 1 info ==")),
        "the heading still counts the hidden info:\n{}",
        stdout(&out)
    );
    let (_, j) = inputs.report(&["--accept-errors", "--geen-info"]);
    assert!(
        j["bevindingen"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["ernst"] == "info")
    );
}

#[test]
fn the_same_info_in_more_files_is_one_line_with_a_count() {
    let inputs = Inputs::new();
    inputs
        .add_grid(
            "alfa.xlsx",
            &with_column("AAA", "Dienst Alfa", "JenV", "Eigenaar", &[published("A-1", "C")]),
        )
        .add_grid(
            "beta.xlsx",
            &with_column("BBB", "Bureau Beta", "AenM", "Eigenaar", &[published("B-1", "C")]),
        )
        .add_grid(
            "tau.xlsx",
            &with_column("TTT", "Toezicht Tau", "JenV", "Afdeling", &[published("T-1", "C")]),
        );
    let f = inputs.check();
    let eigenaar: Vec<&Line> = f.iter().filter(|l| l.message.contains("Eigenaar")).collect();
    assert_eq!(eigenaar.len(), 1, "{f:#?}");
    assert_eq!(
        (eigenaar[0].place.as_str(), eigenaar[0].severity.as_str()),
        ("in 2 bestanden", "info")
    );
    expect(&f, "kolom-onbekend", "info", "tau.xlsx:Algoritmen!K1");
}

// ---------------------------------------------------------------------------
// The verdict of check

fn last_line(out: &Output) -> String {
    stdout(out).lines().last().unwrap_or_default().to_owned()
}

#[test]
fn check_ends_with_a_verdict() {
    let inputs = mixed();
    let out = inputs.run("check", &[]);
    let f = grouped(&out);
    let errors = f.iter().filter(|(_, l)| l.severity == "fout").count();
    let orgs: BTreeSet<&str> = f
        .iter()
        .filter(|(g, l)| l.severity == "fout" && g != "algemeen")
        .map(|(g, _)| g.as_str())
        .collect();
    let general = f
        .iter()
        .filter(|(g, l)| l.severity == "fout" && g == "algemeen")
        .count();
    assert!(errors > general && general > 0, "{f:#?}");
    let warnings = f.iter().filter(|(_, l)| l.severity == "waarschuwing").count();
    let words = |n: usize, one: &str, more: &str| format!("{n} {}", if n == 1 { one } else { more });
    assert_eq!(
        last_line(&out),
        format!(
            "{} bij {} en {general} in de groep algemeen: nog niet klaar voor rapporteer (en {}).",
            words(errors, "fout", "fouten"),
            words(orgs.len(), "organisatie", "organisaties"),
            words(warnings, "waarschuwing", "waarschuwingen")
        )
    );

    let clean = Inputs::new();
    clean.add_grid("alfa.xlsx", &alfa(&[published("A-1", "B")]));
    let out = clean.run("check", &[]);
    assert_eq!(out.status.code(), Some(0));
    let warnings = parse_findings(&out)
        .iter()
        .filter(|l| l.severity == "waarschuwing")
        .count();
    assert!(warnings > 0, "BBB and TTT sent nothing");
    assert_eq!(
        last_line(&out),
        format!(
            "Geen fouten: klaar voor rapporteer ({}).",
            words(warnings, "waarschuwing", "waarschuwingen")
        )
    );
}
