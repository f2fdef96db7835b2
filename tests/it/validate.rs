//! One cause, one finding: a row excluded by an error raises no follow-on
//! warning in the history, and of two sheets of one organisation the error
//! names the one that counts (the later peildatum, then the alphabet).

use std::process::Output;

use serde_json::Value as Json;

use crate::common::*;

// ---------------------------------------------------------------------------
// History: an excluded row is not gone

fn misspelt(q2_row: Option<[String; 10]>) -> Inputs {
    let inputs = Inputs::new();
    let q1 = [published("A-1", "B"), planned("A-2", "B", "2025-12-31")];
    add_q1(&inputs, "alfa.xlsx", &alfa_for("2025-Q1", &q1));
    let mut q2 = vec![published("A-1", "B")];
    q2.extend(q2_row);
    inputs.add_grid("alfa.xlsx", &crate::common::alfa(&q2));
    inputs
}

#[test]
fn a_misspelt_status_is_one_error_and_not_a_gone_algorithm() {
    let inputs = misspelt(Some(row("A-2", "B", "in documentatei", "2025-12-31", "", "", "geen")));
    let (out, j) = inputs.report(&["--accept-errors"]);
    let f = parse_findings(&out);
    let about_row: Vec<&Line> = f
        .iter()
        .filter(|l| l.place.ends_with("!E3") || l.message.contains("A-2") || l.code == "algoritme-verdwenen")
        .collect();
    assert_eq!(about_row.len(), 1, "{f:#?}");
    assert_eq!(
        (about_row[0].code.as_str(), about_row[0].severity.as_str()),
        ("status-onbekend", "fout")
    );
    let soorten: Vec<&str> = j["mutaties"]["wijzigingen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["soort"].as_str().unwrap())
        .collect();
    assert!(soorten.contains(&"niet-vergeleken"), "{soorten:?}");
    assert!(!soorten.contains(&"verdwenen"), "{soorten:?}");
    assert!(
        j["bevindingen"]
            .as_array()
            .unwrap()
            .iter()
            .all(|b| b["code"] != "algoritme-verdwenen"),
        "{}",
        j["bevindingen"]
    );
}

/// The reverse: a row excluded by an error in the previous quarter and
/// right now is not new (`nieuw`) and raises no `hoog-risico-niet-direct`:
/// it is "niet vergeleken", as a row excluded now is.
#[test]
fn a_row_excluded_last_quarter_is_not_new_now() {
    let inputs = Inputs::new();
    let q1 = [
        published("A-1", "B"),
        row("A-3", "A", "in documentatei", "2025-12-31", "", "", "geen"),
    ];
    add_q1(&inputs, "alfa.xlsx", &alfa_for("2025-Q1", &q1));
    let q2 = [published("A-1", "B"), planned("A-3", "A", "2025-12-31")];
    inputs.add_grid("alfa.xlsx", &crate::common::alfa(&q2));
    let (out, j) = inputs.report(&[]);
    let f = parse_findings(&out);
    assert!(f.iter().all(|l| l.code != "hoog-risico-niet-direct"), "{f:#?}");
    let wijzigingen = j["mutaties"]["wijzigingen"].as_array().unwrap();
    let soorten: Vec<&str> = wijzigingen.iter().map(|w| w["soort"].as_str().unwrap()).collect();
    assert!(soorten.contains(&"niet-vergeleken"), "{soorten:?}");
    assert!(!soorten.contains(&"nieuw"), "{soorten:?}");
    // A row that is really new in A still warns.
    let inputs = Inputs::new();
    add_q1(&inputs, "alfa.xlsx", &alfa_for("2025-Q1", &[published("A-1", "B")]));
    inputs.add_grid("alfa.xlsx", &crate::common::alfa(&q2));
    let (out, _) = inputs.report(&[]);
    expect(
        &parse_findings(&out),
        "hoog-risico-niet-direct",
        "waarschuwing",
        "alfa.xlsx:Algoritmen!E3",
    );
}

/// A sheet rejected as a whole (here: for another quarter) still has its
/// rows checked, so the organisation corrects everything in one round: the
/// row's error is there, at its cell, and says the sheet does not count.
#[test]
fn the_rows_of_a_sheet_that_does_not_count_are_checked_too() {
    let inputs = Inputs::new();
    let rows = [
        published("A-1", "B"),
        // Published without its date: a rule of the rows, not of one cell.
        row("A-2", "B", "gepubliceerd", "", "", "12345678", "geen"),
    ];
    inputs.add_grid("alfa.xlsx", &alfa_for("2025-Q1", &rows));
    let f = inputs.check();
    expect(&f, "kwartaal-klopt-niet", "fout", "alfa.xlsx:Organisatie!B4");
    let status: Vec<&Line> = f.iter().filter(|l| l.code == "waarde-ontbreekt").collect();
    assert_eq!(status.len(), 1, "{f:#?}");
    assert!(status[0].place.ends_with("alfa.xlsx:Algoritmen!G3"), "{:?}", status[0]);
    assert!(
        status[0].message.contains("telt nu niet mee: blad is voor 2025-Q1"),
        "{}",
        status[0].message
    );
    // The rows still do not count.
    let (_, j) = inputs.report(&["--accept-errors"]);
    assert_eq!(j["rijen"]["geteld"], 0);
    assert_eq!(j["rijen"]["uitgesloten"], 2);
}

#[test]
fn a_row_that_is_really_gone_is_still_reported() {
    let (out, j) = misspelt(None).report(&[]);
    expect(
        &parse_findings(&out),
        "algoritme-verdwenen",
        "waarschuwing",
        "alfa.xlsx:Algoritmen",
    );
    assert!(
        j["mutaties"]["wijzigingen"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["soort"] == "verdwenen")
    );
}

#[test]
fn the_council_pdf_says_not_compared_instead_of_gone() {
    let inputs = misspelt(Some(row("A-2", "B", "in documentatei", "2025-12-31", "", "", "geen")));
    let out = inputs.run("run", &["--out", "rapporten", "--accept-errors"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let pdf = std::fs::read(
        inputs
            .path()
            .join(format!("rapporten/{QUARTER}/voortgang-{QUARTER}.pdf")),
    )
    .unwrap();
    let t = pdf_text(&pdf);
    assert!(holds(&t, "niet vergeleken"), "{t}");
    assert!(!holds(&t, "verdwenen zonder vervallen"), "{t}");
}

// ---------------------------------------------------------------------------
// Two sheets of one organisation

/// `first.xlsx` and `second.xlsx` for Dienst Alfa, with their peildatums;
/// the one with the later peildatum has two rows, the other one.
fn two_sheets(first: &str, second: &str) -> (Output, Json) {
    let inputs = Inputs::new();
    let one = [published("A-1", "B")];
    let two = [published("A-1", "B"), planned("A-2", "B", "2025-12-31")];
    inputs
        .add_grid(
            "alfa-1.xlsx",
            &sheet_on(
                "AAA",
                "Dienst Alfa",
                "JenV",
                first,
                if first > second { &two } else { &one },
            ),
        )
        .add_grid(
            "alfa-2.xlsx",
            &sheet_on(
                "AAA",
                "Dienst Alfa",
                "JenV",
                second,
                if first > second { &one } else { &two },
            ),
        );
    inputs.report(&["--accept-errors"])
}

fn alfa(j: &Json) -> &Json {
    j["organisaties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["code"] == "AAA")
        .unwrap()
}

#[test]
fn of_two_sheets_the_later_peildatum_counts_in_either_name_order() {
    for (first, second, counts, not) in [
        ("15-06-2025", "30-06-2025", "alfa-2.xlsx", "alfa-1.xlsx"),
        ("30-06-2025", "15-06-2025", "alfa-1.xlsx", "alfa-2.xlsx"),
    ] {
        let (out, j) = two_sheets(first, second);
        let f = parse_findings(&out);
        let dubbel: Vec<&Line> = f.iter().filter(|l| l.code == "dubbel-blad").collect();
        assert_eq!(dubbel.len(), 1, "{f:#?}");
        assert!(dubbel[0].place.ends_with(not), "{dubbel:#?}");
        assert!(
            dubbel[0].message.contains(&format!("/{counts} telt mee")),
            "{dubbel:#?}"
        );
        assert!(dubbel[0].message.contains("peildatum daarvan later"), "{dubbel:#?}");
        assert!(alfa(&j)["bestand"].as_str().unwrap().ends_with(counts), "{}", alfa(&j));
        assert_eq!(j["rijen"]["geteld"], 2, "the later sheet's two rows count");
        assert_eq!(j["rijen"]["uitgesloten"], 1);
    }
}

#[test]
fn of_two_sheets_with_one_peildatum_the_first_name_counts() {
    let (out, j) = two_sheets("30-06-2025", "30-06-2025");
    let f = parse_findings(&out);
    expect(&f, "dubbel-blad", "fout", "alfa-2.xlsx");
    let d = f.iter().find(|l| l.code == "dubbel-blad").unwrap();
    assert!(
        d.message.contains("alfa-1.xlsx telt mee") && d.message.contains("alfabet"),
        "{d:#?}"
    );
    assert!(alfa(&j)["bestand"].as_str().unwrap().ends_with("alfa-1.xlsx"));
}
