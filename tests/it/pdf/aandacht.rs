//! The five parts of `verplicht` and "Aandacht nodig" in the PDF reports,
//! read back from the PDFs the real typst made.

use crate::common::*;

/// Runs `command` on `inputs` into `rapporten` with `args` and reads `pdf` back.
fn pdf(inputs: &Inputs, command: &str, args: &[&str], pdf: &str) -> String {
    let out = inputs.run(command, &[&["--out", "rapporten"], args].concat());
    ok(&out);
    pdf_text(&std::fs::read(inputs.path().join("rapporten").join(pdf)).unwrap())
}

#[test]
fn the_quarterly_report_shows_the_parts_and_who_needs_attention() {
    let inputs = every_part();
    let t = pdf(&inputs, "run", &[], &format!("{QUARTER}/voortgang-{QUARTER}.pdf"));
    for e in [
        // Category B: 5 mandatory, 1 published, the other 4 one in each part.
        "1 van 5 gepubliceerd; nog 4 te publiceren: 1 op tijd gepland, 1 achterstallig, 1 gepland na de deadline, 1 zonder planning",
        "Aandacht nodig 2 organisaties hebben aandacht nodig.",
        // Each row says the numbers: published of mandatory first, then the
        // parts that need attention; one planned on the deadline day is said.
        "Dienst Alfa 1 van 7 verplicht gepubliceerd; 2 algoritmen te laat (geplande datum voorbij); 1 algoritme gepland \
         na de deadline; 1 algoritme zonder geplande datum; 1 algoritme gepland op de dag van de deadline zelf",
        "Bureau Beta 1 van 2 verplicht gepubliceerd; 1 algoritme gepland na de deadline",
        // The bars: published of mandatory, and the five parts in the legend.
        "Dienst Alfa 1 van 7",
        "Bureau Beta 1 van 2",
        "gepubliceerd achterstallig op tijd gepland gepland na de deadline zonder planning",
        // The table per organisation adds up on the page: A, B, uitzondering
        // volledig, verplicht, its five parts, C.
        "Dienst Alfa publiceren 3 5 1 7 1 2 2 1 1 2",
        "Totaal 4 6 1 9 2 2 2 2 1 2",
    ] {
        assert!(holds(&t, e), "missing in the PDF: {e}\n--- text:\n{t}");
    }
    // The most algorithms that need attention first.
    let at = |e: &str| squash(&t).find(&squash(e)).unwrap();
    assert!(at("Dienst Alfa 1 van 7 verplicht") < at("Bureau Beta 1 van 2 verplicht"));
    // Toezicht Tau, a supervisor, is in its own short list, after the others.
    assert!(
        at("Bureau Beta 1 van 2 verplicht") < at("Toezichthouders De onafhankelijke toezichthouders tellen niet mee")
    );
    assert!(!holds(&t, "Toezicht Tau (toezichthouder)"), "{t}");
}

#[test]
fn after_the_deadline_the_annual_report_has_nothing_planned_in_time() {
    let inputs = every_part();
    // Verplicht, verplicht gepubliceerd, then the four parts of the rest:
    // achterstallig, op tijd gepland, na de deadline, zonder planning.
    let t = pdf(&inputs, "annual", &["--year", "2025"], "2025/jaarrapportage-2025.pdf");
    assert!(holds(&t, "Dienst Alfa JenV 7 1 2 2 1 1"), "two planned in time: {t}");
    let passed = ["--deadline-a", "2025-05-31", "--deadline-b", "2025-05-31"];
    let t = pdf(
        &inputs,
        "annual",
        &[&["--year", "2025"], &passed[..]].concat(),
        "2025/jaarrapportage-2025.pdf",
    );
    assert!(
        holds(&t, "Dienst Alfa JenV 7 1 2 0 3 1"),
        "none in time once the deadline passed: {t}"
    );
}

/// Runs the shipped sample for `quarter` and reads its quarterly PDF back.
fn sample(quarter: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let inputs = repo().join("inputs");
    let out = algoreg(
        dir.path(),
        &[
            "run",
            "--inputs",
            inputs.to_str().unwrap(),
            "--quarter",
            quarter,
            "--out",
            "reports",
        ],
    );
    ok(&out);
    pdf_text(&std::fs::read(dir.path().join(format!("reports/{quarter}/voortgang-{quarter}.pdf"))).unwrap())
}

#[test]
fn the_sample_shows_who_planned_after_the_deadline() {
    let t = sample("2025-Q3");
    for e in [
        "Aandacht nodig",
        "Openbaar Ministerie 0 van 1 verplicht gepubliceerd; 1 algoritme gepland na de deadline",
        "Politie 5 van 9 verplicht gepubliceerd; 1 algoritme gepland na de deadline",
        // A high-risk system not yet being documented, and nothing published yet.
        "Immigratie- en Naturalisatiedienst 3 van 6 verplicht gepubliceerd; 1 hoog-risico-AI-systeem (A) nog niet in documentatie",
        "Centraal Orgaan opvang asielzoekers 0 van 2 verplicht gepubliceerd",
        "Nationaal Rapporteur Mensenhandel Geen statusoverzicht ingeleverd",
    ] {
        assert!(holds(&t, e), "missing in the sample PDF: {e}\n--- text:\n{t}");
    }
    // By weight: overdue or after the deadline, then A not in documentation,
    // nothing published, missing sheets, and last those still at the start.
    let at = |e: &str| squash(&t).find(&squash(e)).unwrap_or_else(|| panic!("{e}"));
    let order = [
        "Politie 5 van 9",
        "Immigratie- en Naturalisatiedienst 3 van 6",
        "Centraal Orgaan opvang asielzoekers 0 van 2",
        "Nationaal Rapporteur Mensenhandel Geen statusoverzicht",
        "Adviesraad Migratie Nog in de fase agenderen",
    ];
    for w in order.windows(2) {
        assert!(at(w[0]) < at(w[1]), "{} before {}", w[0], w[1]);
    }
    // The supervisors apart, in their own list after all the others.
    assert!(
        at("Adviesraad Migratie Nog in de fase agenderen") < at("Toezichthouders De onafhankelijke toezichthouders")
    );
    // Q2: the two overdue ones are no longer counted as planned in time.
    let t = sample("2025-Q2");
    let e = "11 van 22 gepubliceerd; nog 11 te publiceren: 9 op tijd gepland, 2 achterstallig";
    assert!(holds(&t, e), "missing in the sample PDF: {e}\n--- text:\n{t}");
}
