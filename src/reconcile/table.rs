//! The short reconciliation table printed by `reconcile` and `run --register`.

use std::fmt::Write;

use super::kolommen::{KOLOMMEN, SOM, getoond};
use super::{Afstemming, VerschilSoort};

/// The kinds with a column of their own (besides the counts of
/// `kolommen`, one of which is a kind), and the column's heading.
fn columns() -> impl Iterator<Item = (&'static str, VerschilSoort)> {
    VerschilSoort::ALL
        .into_iter()
        .filter(|k| !getoond(*k))
        .filter_map(|k| k.column().map(|c| (c, k)))
}

pub fn table(a: &Afstemming) -> String {
    let mut s = String::new();
    let r = a.regels;
    let _ = writeln!(
        s,
        "\nafstemming met het register ({}, soort: {})",
        a.register,
        a.soort.as_str()
    );
    let _ = writeln!(s, "  {}", a.soort.zin());
    let _ = writeln!(
        s,
        "  registerregels: {} gelezen = {} van deze organisaties + {} van andere + {} in een andere taal + {} onleesbaar",
        r.gelezen, r.eigen_organisaties, r.andere_organisaties, r.andere_taal, r.onleesbaar
    );
    for zin in a.ouderdom.zinnen() {
        let _ = writeln!(s, "  {zin}");
    }
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
    let _ = write!(s, "\n  {:<10}", "org.");
    for k in &KOLOMMEN {
        let _ = write!(s, "{:>12}", k.kort);
    }
    for (head, _) in columns() {
        let _ = write!(s, "{head:>13}");
    }
    let _ = writeln!(s);
    let shown = a
        .organisaties
        .iter()
        .filter(|o| o.ingeleverd && (o.in_register > 0 || o.gekoppeld_op_naam > 0 || o.verschillen.verschillen() > 0));
    for o in shown {
        let _ = write!(s, "  {:<10}", o.organisatie);
        for k in &KOLOMMEN {
            let _ = write!(s, "{:>12}", (k.waarde)(o));
        }
        for (_, soort) in columns() {
            let _ = write!(s, "{:>13}", o.verschillen.get(soort));
        }
        let _ = writeln!(s);
    }
    let _ = write!(s, "  {:<10}", "totaal");
    for k in &KOLOMMEN {
        let sum: usize = a.organisaties.iter().filter(|o| o.ingeleverd).map(k.waarde).sum();
        let _ = write!(s, "{sum:>12}");
    }
    for (_, soort) in columns() {
        let _ = write!(s, "{:>13}", a.totalen.get(soort));
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "  (alleen organisaties met een statusoverzicht; {SOM})");
    for k in &KOLOMMEN {
        let _ = writeln!(s, "  {}: {}", k.kort, k.uitleg);
    }
    let _ = writeln!(s, "  {}", a.samenvatting.zin());
    if let Some(w) = a.in_kwartaal {
        let _ = writeln!(
            s,
            "  in het kwartaal: {} voor het eerst gepubliceerd, {} bijgewerkt, {} met een andere categorie dan de versie ervoor",
            w.eerst_gepubliceerd, w.bijgewerkt, w.categorie_gewijzigd
        );
    }
    s
}
