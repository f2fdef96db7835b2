//! The mail text for one organisation, in plain Dutch: what came in, what is
//! wrong (grouped, with cells), what to do, and by when. No personal data:
//! algoreg never has a contact person's name.

use std::fmt::Write;

use chrono::NaiveDate;

use super::{Geplaatst, Inhoud, Melding, Toestand};
use crate::bevinding::Ernst;
use crate::model::Quarter;
use crate::text::{cell_ref, counted, dutch_date_long};

/// "3 fouten en 1 waarschuwing", "1 fout", "geen fouten en geen waarschuwingen".
pub fn telling_zin(fouten: usize, waarschuwingen: usize) -> String {
    let part = |n: usize, one: &str, more: &str| (n > 0).then(|| counted(n, one, more));
    match (
        part(fouten, "fout", "fouten"),
        part(waarschuwingen, "waarschuwing", "waarschuwingen"),
    ) {
        (Some(f), Some(w)) => format!("{f} en {w}"),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => "geen fouten en geen waarschuwingen".to_owned(),
    }
}

/// Where a finding is, in words: "Algoritmen, cel E7" or "het bestand".
pub fn plaats(g: &Geplaatst) -> String {
    match g.cel {
        Some(c) => format!("{}, cel {}", c.blad.name(), cell_ref(c.row, u32::from(c.col))),
        None => match (&g.bevinding.location.sheet, &g.bevinding.location.cell) {
            (Some(s), Some(c)) => format!("{s}, {c}"),
            (Some(s), None) => format!("blad {s}"),
            _ => "het bestand".to_owned(),
        },
    }
}

/// The mail text file (`<code>-<kwartaal>.txt`): the subject line, then the text.
pub fn mail(onderwerp: &str, tekst: &str) -> String {
    format!("Onderwerp: {onderwerp}\n\n{tekst}")
}

/// The mail's text below its subject line: in the `.txt` after
/// `Onderwerp:`, and the body of the mail draft. Only what the organisation
/// can act on: no finding that is the coordinator's, no path of the
/// coordinator's machine, no option.
pub fn tekst(m: &Melding, quarter: Quarter, uiterlijk: Option<NaiveDate>) -> String {
    let bijlage = m.workbook_name(quarter).unwrap_or_default();
    let bestand = m.bestand.as_deref().unwrap_or("");
    let deadline = uiterlijk
        .map(|d| format!(", uiterlijk {}", dutch_date_long(d)))
        .unwrap_or_default();
    let mut t = String::new();
    let _ = writeln!(t, "Beste collega's van {},\n", m.organisatie.naam_in_zin);
    match m.toestand {
        Toestand::Goedgekeurd | Toestand::Ontvangen => {
            let _ = writeln!(t, "Wij hebben uw statusoverzicht voor {quarter} ontvangen ({bestand}).");
            let _ = writeln!(t, "Het is goed: wij vonden geen fouten en geen vragen.");
            let _ = writeln!(t, "U hoeft niets te doen. Dank u wel!");
        }
        Toestand::MetOpmerkingen => {
            let _ = writeln!(
                t,
                "Wij hebben uw statusoverzicht voor {quarter} ontvangen ({bestand}). Dank u wel. Er staan geen fouten in."
            );
            let _ = writeln!(
                t,
                "Wel hebben wij {} over wat er staat. {}",
                counted(m.telling.waarschuwing, "vraag", "vragen"),
                if m.telling.waarschuwing == 1 {
                    "Dat is een waarschuwing: vaak klopt het gewoon."
                } else {
                    "Dat zijn waarschuwingen: vaak klopt het gewoon."
                }
            );
            list(&mut t, m, Ernst::Waarschuwing, "Vragen");
            let _ = writeln!(t, "\nWat moet u doen?");
            let _ = writeln!(
                t,
                "1. Kijk bij elke vraag of het klopt wat er staat. Klopt het? Dan hoeft u niets te doen en niets opnieuw te sturen. Verander een cel die klopt niet."
            );
            let _ = writeln!(
                t,
                "2. Klopt het niet? Verbeter dan de cel in het bestand {bijlage} in de bijlage (de gele cellen) en stuur het terug{deadline}."
            );
        }
        Toestand::Verbeteren if !m.onleesbaar => {
            let _ = writeln!(
                t,
                "Wij hebben uw statusoverzicht voor {quarter} ontvangen ({bestand}). Dank u wel."
            );
            let _ = writeln!(
                t,
                "Bij de controle vonden wij {}.",
                telling_zin(m.telling.fout, m.telling.waarschuwing)
            );
            let _ = writeln!(
                t,
                "Fouten moeten verbeterd worden. Anders tellen (een deel van) uw algoritmen niet mee."
            );
            if m.telling.waarschuwing > 0 {
                let _ = writeln!(
                    t,
                    "Een waarschuwing is een vraag: kijk of het klopt wat er staat. Klopt het, verander het dan niet."
                );
            }
            if let Some(Inhoud::Eigen(inv)) = &m.inhoud
                && inv.moved
            {
                let _ = writeln!(
                    t,
                    "\nLet op: in het bestand dat u terugkrijgt, staan de kolommen in de volgorde van het sjabloon. De cellen hieronder zijn de cellen in dat bestand."
                );
            }
            list(&mut t, m, Ernst::Fout, "Fouten");
            list(&mut t, m, Ernst::Waarschuwing, "Vragen (waarschuwingen)");
            let _ = writeln!(t, "\nWat moet u doen?");
            let _ = writeln!(
                t,
                "1. Open het bestand {bijlage} in de bijlage. Het eerste blad, Terugmelding, noemt alle meldingen. Klik op een cel in de lijst om er naartoe te gaan."
            );
            let _ = writeln!(
                t,
                "2. Verbeter de rode cellen: dat zijn fouten. In de opmerking bij de cel staat wat er mis is. Een gele cel is een vraag: verander hem alleen als het niet klopt. Verander de andere cellen niet."
            );
            let _ = writeln!(
                t,
                "3. Sla het bestand op als .xlsx of .ods en stuur het terug{deadline}. Alles wat u eerder invulde staat er nog in: u hoeft niets opnieuw te typen."
            );
        }
        Toestand::Verbeteren | Toestand::NietOntvangen => {
            if m.toestand == Toestand::NietOntvangen {
                let _ = writeln!(t, "Wij hebben van u nog geen statusoverzicht voor {quarter} ontvangen.");
            } else {
                let _ = writeln!(
                    t,
                    "Wij hebben uw bestand {bestand} ontvangen, maar wij kunnen het niet lezen als statusoverzicht."
                );
                list(&mut t, m, Ernst::Fout, "Wat er mis is");
                let _ = writeln!(t);
            }
            let prefill = match &m.inhoud {
                Some(Inhoud::Sjabloon(Some((q, _)))) => {
                    format!(" Het is al ingevuld met uw rijen uit {q}: kijk ze na en pas aan wat veranderd is.")
                }
                _ => String::new(),
            };
            let _ = writeln!(
                t,
                "In de bijlage zit het statusoverzicht voor {quarter} ({bijlage}).{prefill}"
            );
            let _ = writeln!(
                t,
                "Vul ook de peildatum, de fase en de contactpersoon in. Sla het bestand op als .xlsx of .ods en stuur het naar ons{deadline}."
            );
        }
    }
    let _ = writeln!(t, "\nHeeft u een vraag? Beantwoord dan deze mail.");
    let _ = writeln!(t, "\nMet vriendelijke groet,\n\nDe coördinator Algoritmeregister");
    t
}

/// The subject line: the quarter and, in a few words, what to do.
pub fn onderwerp(m: &Melding, quarter: Quarter) -> String {
    let wat = match m.toestand {
        Toestand::Goedgekeurd | Toestand::Ontvangen => "goedgekeurd",
        Toestand::MetOpmerkingen => "goed ontvangen, met vragen",
        Toestand::Verbeteren if m.onleesbaar => "niet te lezen",
        Toestand::Verbeteren => "graag verbeteren",
        Toestand::NietOntvangen => "nog niet ontvangen",
    };
    format!("Statusoverzicht Algoritmeregister {quarter}: {wat}")
}

/// The findings of one severity as a list, grouped per sheet.
fn list(t: &mut String, m: &Melding, ernst: Ernst, title: &str) {
    let found: Vec<&Geplaatst> = m.bevindingen.iter().filter(|g| g.bevinding.severity == ernst).collect();
    if found.is_empty() {
        return;
    }
    let _ = writeln!(t, "\n{title}:");
    for g in found {
        let _ = writeln!(t, "- {}: {}", plaats(g), g.bevinding.message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_in_words() {
        assert_eq!(telling_zin(3, 1), "3 fouten en 1 waarschuwing");
        assert_eq!(telling_zin(1, 0), "1 fout");
        assert_eq!(telling_zin(0, 2), "2 waarschuwingen");
        assert_eq!(telling_zin(0, 0), "geen fouten en geen waarschuwingen");
    }
}
