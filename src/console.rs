//! What a run prints: the findings, one per line, and a short summary table.

mod bevindingen;

use std::fmt::Write;

use crate::maat::{Groep, Maat, Scope};
use crate::pipeline::Loaded;
use crate::text::dutch_date;

pub use bevindingen::{findings, verdict};

/// The summary printed at the end of every run.
pub fn summary(loaded: &Loaded) -> String {
    let f = &loaded.cijfers;
    let t = f.bevindingen_telling;
    let delivered = f.organisaties.iter().filter(|o| o.ingeleverd).count();
    let mut s = String::new();
    let _ = writeln!(s, "\nalgoreg {} (peildatum {})", f.kwartaal, dutch_date(f.peildatum));
    let _ = writeln!(
        s,
        "  bestanden:     {} gevonden, {} gelezen",
        loaded.files, loaded.sheets_read
    );
    let _ = writeln!(
        s,
        "  organisaties:  {delivered} van {} hebben een statusoverzicht ingeleverd",
        f.organisaties.len()
    );
    let _ = writeln!(
        s,
        "  rijen:         {} gelezen = {} geteld + {} uitgesloten",
        f.rijen.gelezen, f.rijen.geteld, f.rijen.uitgesloten
    );
    let _ = writeln!(
        s,
        "  bevindingen:   {} fout, {} waarschuwing, {} info",
        t.fout, t.waarschuwing, t.info
    );
    let _ = writeln!(s);
    let cols = [
        (Maat::Gepubliceerd, "gepubl."),
        (Maat::Verplicht, "verplicht"),
        (Maat::Resterend, "resterend"),
        (Maat::GeplandVoorDeadline, "op tijd gepland"),
        (Maat::Achterstallig, "achterstallig"),
        (Maat::ZonderPlanning, "zonder planning"),
    ];
    let _ = write!(s, "  {:<18}{:>7}", "groep", "cat.");
    for (_, head) in cols {
        let _ = write!(s, "{head:>16}");
    }
    let _ = writeln!(s);
    for g in f.groups() {
        for scope in Scope::ALL {
            let label = if scope == Scope::ALL[0] { g.name() } else { "" };
            let _ = write!(s, "  {label:<18}{:>7}", scope.name());
            for (maat, _) in cols {
                let _ = write!(s, "{:>16}", f.total(g, scope, maat));
            }
            let _ = writeln!(s);
        }
    }
    let _ = writeln!(
        s,
        "  ({}: alle ministeries samen, zonder {})",
        Groep::Totaal,
        Groep::Toezichthouders.name().to_lowercase()
    );
    s
}
