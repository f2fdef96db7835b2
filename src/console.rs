//! What a run prints: the findings, one per line, and a short summary table.

mod bevindingen;

use std::fmt::Write;

use crate::maat::{Groep, Maat, Scope};
use crate::pipeline::Report;
use crate::text::{dutch_date, dutch_decimal};

pub use bevindingen::{findings, verdict};

/// The summary printed at the end of every run.
pub fn summary(report: &Report) -> String {
    let f = &report.cijfers;
    let t = f.bevindingen_telling;
    let delivered = f.organisaties.iter().filter(|o| o.ingeleverd).count();
    let mut s = String::new();
    let _ = writeln!(s, "\nalgoreg {} (peildatum {})", f.kwartaal, dutch_date(f.peildatum));
    let _ = writeln!(
        s,
        "  bestanden:     {} gevonden, {} gelezen",
        report.files, report.sheets_read
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
    if f.voorlopig {
        let _ = writeln!(
            s,
            "  VOORLOPIG: er {} nog {} in de statusoverzichten. Gebruik deze cijfers niet als definitieve cijfers.",
            if t.fout == 1 { "stond" } else { "stonden" },
            if t.fout == 1 {
                "1 fout".to_owned()
            } else {
                format!("{} fouten", t.fout)
            }
        );
        let _ = writeln!(s);
    }
    // Two header lines per column. Published in every category stands next
    // to the published mandatory ones; then the five parts of `verplicht`.
    let cols = [
        (Maat::Gepubliceerd, ["gepubliceerd", "(A, B en C)"]),
        (Maat::Verplicht, ["", "verplicht"]),
        (Maat::VerplichtGepubliceerd, ["verplicht", "gepubliceerd"]),
        (Maat::Achterstallig, ["", "achterstallig"]),
        (Maat::OpTijdGepland, ["op tijd", "gepland"]),
        (Maat::GeplandNaDeadline, ["gepland na", "de deadline"]),
        (Maat::ZonderPlanning, ["zonder", "planning"]),
    ];
    for line in 0..2 {
        let (groep, cat) = if line == 0 { ("", "") } else { ("groep", "cat.") };
        let _ = write!(s, "  {groep:<18}{cat:>7}");
        for (_, head) in cols {
            let _ = write!(s, "{:>15}", head[line]);
        }
        let _ = writeln!(s);
    }
    for g in f.groups() {
        for scope in Scope::ALL {
            let label = if scope == Scope::ALL[0] { g.name() } else { "" };
            let _ = write!(s, "  {label:<18}{:>7}", scope.name());
            for (maat, _) in cols {
                let _ = write!(s, "{:>15}", f.total(g, scope, maat));
            }
            let _ = writeln!(s);
        }
    }
    let _ = writeln!(
        s,
        "  (verplicht = verplicht gepubliceerd + achterstallig + op tijd gepland + gepland na de deadline + zonder planning)"
    );
    let _ = writeln!(
        s,
        "  ({}: alle ministeries samen, zonder {})",
        Groep::Totaal,
        Groep::Toezichthouders.name().to_lowercase()
    );
    let _ = writeln!(s, "{}", ai_verordening(report));
    // After the deadline: per category, the ministries' backlog.
    for a in &f.achterstand {
        if a.groep != Groep::Totaal {
            continue;
        }
        let x = &a.achterstand;
        let klaar = match x.verwacht_klaar {
            _ if x.klaar => "alles gepubliceerd".to_owned(),
            Some(q) => format!("verwacht klaar {q}"),
            None => "klaar: niet te schatten".to_owned(),
        };
        let _ = writeln!(
            s,
            "  na de deadline ({}), categorie {}: {} open, {} ingehaald, tempo {} per kwartaal, {klaar}",
            dutch_date(x.deadline),
            a.categorie.name(),
            x.open,
            x.ingehaald,
            dutch_decimal(x.tempo)
        );
    }
    s
}

/// The AI Act's one line: the ministries' high-risk AI systems (`Totaal`)
/// and their answers on the EU database and the fundamental-rights assessment.
fn ai_verordening(report: &Report) -> String {
    let f = &report.cijfers;
    let a = Scope::Category(crate::model::Category::A);
    let n = |m: Maat| f.total(&Groep::Totaal, a, m);
    let systemen: u32 = Maat::EU.iter().map(|m| n(*m)).sum();
    format!(
        "  AI-verordening (deadline EU-databank {}): {systemen} hoog-risico-AI-systemen, {} geregistreerd, {} niet geregistreerd, {} niet van toepassing, {} onbekend; grondrechtentoets {} gedaan",
        dutch_date(f.deadline_eu),
        n(Maat::EuGeregistreerd),
        n(Maat::EuNietGeregistreerd),
        n(Maat::EuNietVanToepassing),
        n(Maat::EuOnbekend),
        n(Maat::GrondrechtentoetsGedaan),
    )
}
