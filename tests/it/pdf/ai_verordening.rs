//! "AI-verordening: registratie in de EU-databank" in the quarterly report,
//! and the organisations behind on it in "Aandacht nodig", read back from the
//! PDF the real typst made.

use crate::common::*;

/// A row with the AI Act's two columns, not yet published.
fn eu_row(id: &str, eu: &str, toets: &str) -> Vec<algoreg_fixtures::grid::Value> {
    let mut r: Vec<String> = planned(id, "A", "2025-12-31").to_vec();
    r.extend([eu.to_owned(), toets.to_owned()]);
    r.iter().map(|v| text(v)).collect()
}

/// Dienst Alfa (JenV): three systems, one registered, one not, one unknown;
/// Bureau Beta (AenM): one system on a sheet without the columns.
fn quarter() -> Inputs {
    let inputs = Inputs::new();
    inputs.add_grid(
        "alfa.xlsx",
        &status_sheet(
            org_rows("AAA", "Dienst Alfa", "JenV"),
            &header_eu(),
            vec![
                eu_row("A-1", "geregistreerd", "gedaan"),
                eu_row("A-2", "niet geregistreerd", "niet gedaan"),
                eu_row("A-3", "", ""),
            ],
        ),
    );
    inputs.add_grid(
        "beta.xlsx",
        &sheet("BBB", "Bureau Beta", "AenM", &[planned("B-1", "A", "2025-12-31")]),
    );
    inputs
}

fn report(inputs: &Inputs, args: &[&str]) -> String {
    let out = inputs.run("run", &[&["--out", "rapporten"], args].concat());
    ok(&out);
    pdf_text(
        &std::fs::read(
            inputs
                .path()
                .join(format!("rapporten/{QUARTER}/voortgang-{QUARTER}.pdf")),
        )
        .unwrap(),
    )
}

#[test]
fn the_quarterly_report_says_per_ministry_how_far_the_eu_registration_is() {
    let inputs = quarter();
    let t = report(&inputs, &[]);
    for e in [
        "AI-verordening: registratie in de EU-databank",
        "Dit rapport gaat uit van 2 december 2027. Die datum is nog niet bereikt",
        "Het ministerie van Justitie en Veiligheid en zijn taakorganisaties hebben 3 hoog-risico-AI-systemen: \
         1 staat in de EU-databank, 1 staat er nog niet in en van 1 is het niet bekend. \
         Bij 1 is de toets op grondrechten gedaan.",
        "Het ministerie van Asiel en Migratie en zijn taakorganisaties hebben 1 hoog-risico-AI-systeem: \
         van geen enkel systeem is bekend of het in de EU-databank staat. \
         Bij geen enkel systeem is de toets op grondrechten al gedaan.",
        // Organisation, systems, registered, not, not applicable, unknown, assessment done.
        "Dienst Alfa 3 1 1 0 1 1",
        "Bureau Beta 1 0 0 0 1 0",
        "Totaal 4 1 1 0 2 1",
        // "Aandacht nodig": both are behind.
        "2 hoog-risico-AI-systemen staan niet in de EU-databank, of dat is niet bekend",
        "1 hoog-risico-AI-systeem staat niet in de EU-databank, of dat is niet bekend",
    ] {
        assert!(holds(&t, e), "missing {e:?} in\n{t}");
    }
    let after = report(&inputs, &["--deadline-eu", "2025-06-30"]);
    assert!(
        holds(&after, "Dit rapport gaat uit van 30 juni 2025. Die datum is voorbij"),
        "{after}"
    );
}
