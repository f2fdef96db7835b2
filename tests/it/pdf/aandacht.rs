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
        "Dienst Alfa 2 algoritmen zijn te laat: de geplande datum is voorbij; 1 algoritme staat gepland na de deadline; \
         1 algoritme heeft nog geen geplande datum",
        "Bureau Beta 1 algoritme staat gepland na de deadline",
        // The bars: published of mandatory, and the five parts in the legend.
        "Dienst Alfa 1 van 7",
        "Bureau Beta 1 van 2",
        "gepubliceerd achterstallig op tijd gepland gepland na de deadline zonder planning",
        // The table per organisation: A, B, C, published, to publish, overdue,
        // after the deadline, unplanned.
        "Na de deadline Zonder planning",
        "3 5 2 2 6 2 1 1",
    ] {
        assert!(holds(&t, e), "missing in the PDF: {e}\n--- text:\n{t}");
    }
    // The most algorithms that need attention first.
    let at = |e: &str| squash(&t).find(&squash(e)).unwrap();
    assert!(at("Dienst Alfa 2 algoritmen zijn te laat") < at("Bureau Beta 1 algoritme staat gepland"));
    // Toezicht Tau has only a publication planned in time.
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
        "Openbaar Ministerie 1 algoritme staat gepland na de deadline",
        "Politie 1 algoritme staat gepland na de deadline",
        "Nationaal Rapporteur Mensenhandel Geen statusoverzicht ingeleverd",
    ] {
        assert!(holds(&t, e), "missing in the sample PDF: {e}\n--- text:\n{t}");
    }
    // Q2: the two overdue ones are no longer counted as planned in time.
    let t = sample("2025-Q2");
    let e = "11 van 22 gepubliceerd; nog 11 te publiceren: 9 op tijd gepland, 2 achterstallig";
    assert!(holds(&t, e), "missing in the sample PDF: {e}\n--- text:\n{t}");
}
