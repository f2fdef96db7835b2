//! What a run prints: the findings, one per line, and a short summary table.

use std::fmt::Write;

use crate::aggregate::{GROUP_ALL, GROUP_SUPERVISORS};
use crate::commands::Loaded;
use crate::text::dutch_date;

/// The summary printed at the end of every run.
pub fn summary(loaded: &Loaded) -> String {
    let f = &loaded.figures;
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
        ("gepubliceerd", "gepubl."),
        ("verplicht", "verplicht"),
        ("resterend", "resterend"),
        ("gepland_voor_deadline", "op tijd gepland"),
        ("achterstallig", "achterstallig"),
        ("zonder_planning", "zonder planning"),
    ];
    let _ = write!(s, "  {:<18}{:>7}", "groep", "cat.");
    for (_, head) in cols {
        let _ = write!(s, "{head:>16}");
    }
    let _ = writeln!(s);
    let mut groups: Vec<&str> = f.totalen.iter().map(|t| t.groep.as_str()).collect();
    groups.dedup();
    for g in groups {
        for cat in ["A", "B", "C", "totaal"] {
            let label = if cat == "A" { g } else { "" };
            let _ = write!(s, "  {label:<18}{cat:>7}");
            for (maat, _) in cols {
                let _ = write!(s, "{:>16}", f.total(g, cat, maat));
            }
            let _ = writeln!(s);
        }
    }
    let _ = writeln!(
        s,
        "  ({GROUP_ALL}: alle ministeries samen, zonder {})",
        GROUP_SUPERVISORS.to_lowercase()
    );
    s
}
