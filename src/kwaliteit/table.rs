//! The short quality table printed by `reconcile` and `run --register`.

use std::fmt::Write;

use super::Kwaliteit;

/// How many of the most common gaps are printed and shown in the PDF.
pub const MEEST_VOORKOMEND: usize = 5;

pub fn table(k: &Kwaliteit) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "\nkwaliteit van de registraties ({})", k.register);
    let _ = writeln!(
        s,
        "\n  {:<16}{:>8}{:>10}{:>10}{:>10}{:>8}{:>8}{:>10}{:>10}",
        "org.", "in reg.", "ouder", "volledig", "A/B", "toets", "A", "IAMA", "moeilijk"
    );
    let rows = k
        .organisaties
        .iter()
        .filter(|o| o.telling.gepubliceerd > 0)
        .map(|o| (o.organisatie.as_str(), &o.telling))
        .chain(k.groepen.iter().map(|g| (g.groep.name(), &g.telling)));
    for (name, t) in rows {
        let _ = writeln!(
            s,
            "  {:<16}{:>8}{:>10}{:>10}{:>10}{:>8}{:>8}{:>10}{:>10}",
            name,
            t.gepubliceerd,
            t.oudere_standaard,
            t.volledig,
            t.categorie_a_b,
            t.met_impacttoets,
            t.categorie_a,
            t.met_iama,
            t.algoritmen_met_moeilijke_tekst
        );
    }
    let _ = writeln!(
        s,
        "  (ouder: standaard voor 1.0; volledig: geen verplicht veld leeg; toets: A/B met impacttoets; \
         moeilijk: algoritmes met een moeilijke tekst volgens de leesbaarheidsindicatie, geen oordeel over B1)"
    );
    if !k.meest_voorkomend.is_empty() {
        let _ = writeln!(s, "\n  meest voorkomend:");
        for g in k.meest_voorkomend.iter().take(MEEST_VOORKOMEND) {
            let _ = writeln!(s, "  - {}", g.zin);
        }
    }
    s
}
