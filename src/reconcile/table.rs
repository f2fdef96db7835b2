//! The short reconciliation table printed by `reconcile` and `run --register`.

use std::fmt::Write;

use super::Afstemming;

/// Reads one count from a tally.
type Count = fn(&super::Telling) -> usize;

/// Column headings and the count each shows.
const COLUMNS: [(&str, Count); 6] = [
    ("niet in reg.", |t| t.niet_in_register),
    ("andere org.", |t| t.register_andere_organisatie),
    ("niet in inv.", |t| t.niet_in_inventaris),
    ("categorie", |t| t.categorie_verschilt),
    ("status", |t| t.status_verschilt),
    ("datum", |t| t.publicatiedatum_verschilt),
];

pub fn table(a: &Afstemming) -> String {
    let mut s = String::new();
    let r = a.regels;
    let _ = writeln!(s, "\nafstemming met het register ({})", a.register);
    let _ = writeln!(
        s,
        "  registerregels: {} gelezen = {} van deze organisaties + {} van andere + {} in een andere taal + {} onleesbaar",
        r.gelezen, r.eigen_organisaties, r.andere_organisaties, r.andere_taal, r.onleesbaar
    );
    if !a.met_algoritme_id {
        let _ = writeln!(
            s,
            "  let op: dit registerbestand heeft geen Algoritme-ID's; alles is op naam gekoppeld"
        );
    }
    if !a.met_publicatiedatum {
        let _ = writeln!(
            s,
            "  let op: dit registerbestand heeft geen publicatiedatum; datums zijn niet vergeleken"
        );
    }
    let _ = write!(
        s,
        "\n  {:<10}{:>8}{:>8}{:>8}{:>8}",
        "org.", "in reg.", "op ID", "op naam", "later"
    );
    for (head, _) in COLUMNS {
        let _ = write!(s, "{head:>13}");
    }
    let _ = writeln!(s);
    let shown = a
        .organisaties
        .iter()
        .filter(|o| o.ingeleverd && (o.in_register > 0 || o.gekoppeld_op_naam > 0 || o.verschillen.verschillen() > 0));
    for o in shown {
        let _ = write!(
            s,
            "  {:<10}{:>8}{:>8}{:>8}{:>8}",
            o.organisatie, o.in_register, o.gekoppeld_op_id, o.gekoppeld_op_naam, o.na_peildatum
        );
        for (_, count) in COLUMNS {
            let _ = write!(s, "{:>13}", count(&o.verschillen));
        }
        let _ = writeln!(s);
    }
    let sum =
        |f: fn(&super::OrgAfstemming) -> usize| a.organisaties.iter().filter(|o| o.ingeleverd).map(f).sum::<usize>();
    let _ = write!(
        s,
        "  {:<10}{:>8}{:>8}{:>8}{:>8}",
        "totaal",
        sum(|o| o.in_register),
        sum(|o| o.gekoppeld_op_id),
        sum(|o| o.gekoppeld_op_naam),
        sum(|o| o.na_peildatum)
    );
    for (_, count) in COLUMNS {
        let _ = write!(s, "{:>13}", count(&a.totalen));
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "  (later: na de peildatum gepubliceerd, niet vergeleken; alleen organisaties met een statusoverzicht)"
    );
    s
}
