//! The workbooks of a terugmelding: per organisation its status sheet given
//! back (a first sheet `Terugmelding` listing every finding with a link to
//! its cell, then the template's sheets with the marked cells), and the
//! chase list `overzicht-<kwartaal>.xlsx`.

use anyhow::Result;
use rust_xlsxwriter::Workbook;

use crate::bevinding::Ernst;
use crate::ingest::Field;
use crate::ingest::bevestiging::{BLAD, KOP_BLAD, KOP_CEL, KOP_CODE, KOP_KLOPT};
use crate::statusoverzicht::{Blad, Cel, Invulling};
use crate::terugmelding::mail::{plaats, telling_zin};
use crate::terugmelding::{Inhoud, Melding, Terugmelding, Toestand};
use crate::text::{cell_ref, counted, dutch_date_long};

use super::layout::{Column, Formats, Kind, TableSheet, Value};
use super::sjabloon::{SjabloonSpec, finish, instructions, properties, status_sheets};
use super::statusoverzicht::{Mark, MarkKind};

const REFILL_ROW: &str =
    "Uitzondering volledig: wij bewaren het ID en de naam niet. Vul ze opnieuw in uit uw eigen administratie.";
const REFILL_CONTACT: &str = "Wij bewaren de contactpersoon niet. Vul de naam opnieuw in.";

/// The workbook that goes back to one organisation; `None` for a clean sheet.
pub fn returned_workbook(t: &Terugmelding, m: &Melding) -> Result<Option<Vec<u8>>> {
    let Some(inhoud) = &m.inhoud else { return Ok(None) };
    let (invulling, previous) = match inhoud {
        Inhoud::Eigen(inv) => (inv.clone(), None),
        Inhoud::Sjabloon(earlier) => {
            let rows = earlier.as_ref().map_or(&[][..], |(_, (_, rows))| rows.as_slice());
            (
                Invulling::sjabloon(t.quarter, Some(&m.organisatie), rows),
                earlier.as_ref().map(|(q, (_, rows))| (*q, rows.clone())),
            )
        }
    };
    let spec = SjabloonSpec {
        quarter: t.quarter,
        org: Some(m.organisatie.clone()),
        previous,
    };
    let f = Formats::default();
    let mut book = Workbook::new();
    properties(&mut book, &spec, "Terugmelding statusoverzicht")?;
    summary_sheet(t, m, &invulling).write(&mut book, &f)?;
    instructions(&spec, invulling.header_row).write(&mut book, &f)?;
    status_sheets(&mut book, &f, t.quarter, &invulling, &marks(m, &invulling))?;
    finish(book).map(Some)
}

/// Every finding on its cell, and the cells to fill in again.
fn marks(m: &Melding, inv: &Invulling) -> Vec<Mark> {
    let mut out: Vec<Mark> = m
        .bevindingen
        .iter()
        .filter_map(|g| {
            let kind = match g.bevinding.severity {
                Ernst::Fout => MarkKind::Fout,
                Ernst::Waarschuwing => MarkKind::Waarschuwing,
                Ernst::Info => return None,
            };
            Some(Mark {
                cel: g.cel?,
                kind,
                note: g.bevinding.message.clone(),
            })
        })
        .collect();
    for row in &inv.refill_rows {
        for field in [Field::Id, Field::Naam] {
            out.push(Mark {
                cel: Cel {
                    blad: Blad::Algoritmen,
                    row: *row,
                    col: field as u16,
                },
                kind: MarkKind::Opnieuw,
                note: REFILL_ROW.to_owned(),
            });
        }
    }
    for label in inv.labels.iter().filter(|l| l.refill) {
        out.push(Mark {
            cel: Cel {
                blad: Blad::Organisatie,
                row: label.row,
                col: 1,
            },
            kind: MarkKind::Opnieuw,
            note: REFILL_CONTACT.to_owned(),
        });
    }
    out
}

/// `Terugmelding`: who, which quarter, which file, the summary, and every finding.
fn summary_sheet<'a>(t: &Terugmelding, m: &'a Melding, inv: &Invulling) -> TableSheet<'a> {
    let org = &m.organisatie;
    let q = t.quarter;
    let deadline = t
        .uiterlijk
        .map(|d| format!(", uiterlijk {}", dutch_date_long(d)))
        .unwrap_or_default();
    let file = m.bestand.as_deref().unwrap_or("");
    let mut notes = vec![
        format!("Organisatie: {} ({}), {}.", org.naam, org.code, org.ministerie),
        format!("Kwartaal: {q}."),
    ];
    match m.toestand {
        Toestand::NietOntvangen => notes.push(format!("Wij hebben van u geen statusoverzicht voor {q} ontvangen.")),
        _ if m.onleesbaar => notes.push(format!(
            "Wij konden uw bestand {file} niet lezen. De reden staat in de tabel hieronder."
        )),
        _ => notes.push(format!("Uw bestand: {file}.")),
    }
    match m.toestand {
        // The template goes back: nothing came, or nothing readable.
        _ if matches!(m.inhoud, Some(Inhoud::Sjabloon(_))) => {
            let prefill = match &m.inhoud {
                Some(Inhoud::Sjabloon(Some((prev, _)))) => format!(", al ingevuld met uw rijen uit {prev}"),
                _ => String::new(),
            };
            notes.push(format!(
                "Dit bestand is het statusoverzicht voor {q}{prefill}. Vul het in en stuur het op{deadline}."
            ));
        }
        Toestand::MetOpmerkingen => notes.push(format!(
            "Geen fouten; {}. Klopt wat er staat? Dan hoeft u niets opnieuw te sturen. Klopt het niet? Verbeter de cel en stuur het bestand terug{deadline}.",
            counted(m.telling.waarschuwing, "vraag (waarschuwing)", "vragen (waarschuwingen)")
        )),
        _ => notes.push(format!(
            "{}; na verbeteren opnieuw insturen{deadline}.",
            capitalised(&telling_zin(m.telling.fout, m.telling.waarschuwing))
        )),
    }
    notes.push(
        "Rood is een fout: verbeter de cel. Geel is een vraag (waarschuwing): verander de cel alleen als het niet klopt. Blauw: opnieuw invullen. \
         De opmerking bij de cel zegt wat er is. Klik op een cel in de tabel om er naartoe te gaan."
            .to_owned(),
    );
    if inv.moved {
        notes.push(
            "Let op: de kolommen staan nu in de volgorde van het sjabloon. De kolom Cel is de cel in dit bestand; de kolom Cel in uw bestand zegt waar het in uw eigen bestand stond."
                .to_owned(),
        );
    }
    if m.telling.waarschuwing > 0 {
        notes.push(format!(
            "Klopt een vraag (waarschuwing) zoals het er staat? Typ dan ja in de kolom {KOP_KLOPT} en verander de cel niet. \
             Stuurt u het bestand toch terug, dan vragen wij er niet meer naar."
        ));
    }
    let mut columns = vec![Column::new(KOP_BLAD, Kind::Text), Column::new(KOP_CEL, Kind::Text)];
    if inv.moved {
        columns.push(Column::new("Cel in uw bestand", Kind::Text));
    }
    columns.extend([
        Column::new("Ernst", Kind::Text),
        Column::new(KOP_CODE, Kind::Text),
        Column::new("Melding", Kind::Wrap),
        Column::new(KOP_KLOPT, Kind::Text),
    ]);
    let rows = m
        .bevindingen
        .iter()
        .map(|g| {
            let b = &g.bevinding;
            let (blad, cel) = match g.cel {
                Some(c) => (
                    Value::text(c.blad.name()),
                    Value::CellLink {
                        sheet: c.blad.name().to_owned(),
                        cell: cell_ref(c.row, u32::from(c.col)),
                    },
                ),
                None => (Value::text(plaats(g)), Value::text("—")),
            };
            let mut row = vec![blad, cel];
            if inv.moved {
                row.push(Value::opt_text(b.location.cell.as_deref()));
            }
            row.extend([
                Value::text(b.severity.as_str()),
                Value::text(b.code.as_str()),
                Value::text(&b.message),
                if b.severity == Ernst::Waarschuwing && g.cel.is_some() {
                    Value::Empty
                } else {
                    Value::text("—")
                },
            ]);
            row
        })
        .collect();
    TableSheet {
        sheet: BLAD.into(),
        title: format!("Terugmelding statusoverzicht {q}: {}", org.naam),
        notes,
        table: "tbl_bevindingen".into(),
        columns,
        rows,
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|first| first.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// `overzicht-<kwartaal>.xlsx`: the chase list, one row per organisation.
pub fn overview_workbook(t: &Terugmelding) -> Result<Vec<u8>> {
    let f = Formats::default();
    let mut book = Workbook::new();
    let spec = SjabloonSpec {
        quarter: t.quarter,
        org: None,
        previous: None,
    };
    properties(&mut book, &spec, "Overzicht terugmelding")?;
    let counts: Vec<String> = Toestand::ALL
        .iter()
        .filter(|s| t.count(**s) > 0)
        .map(|s| format!("{} {}", t.count(*s), s.as_str()))
        .collect();
    let ronde = match t.ronde {
        0 => "Er is nog geen terugmelding verstuurd.".to_owned(),
        n => format!("Laatste ronde: {n}."),
    };
    let mut notes = vec![format!("{}. {ronde}", capitalised(&counts.join(", ")))];
    notes.push(
        "Ontvangen: er is een nieuw bestand sinds de laatste ronde; de volgende ronde beantwoordt het. \
         Gecontroleerd met opmerkingen: geen fouten, wel vragen (waarschuwingen); de organisatie hoeft niets opnieuw te sturen als het klopt. \
         Voor u: bevindingen die alleen u kunt oplossen (twee bestanden van één organisatie, het register); die gaan niet naar de organisatie."
            .to_owned(),
    );
    if let Some(d) = t.uiterlijk {
        notes.push(format!("Verbeterde bestanden terug uiterlijk {}.", dutch_date_long(d)));
    }
    if !t.zonder_organisatie.is_empty() {
        notes.push(format!(
            "{} bestanden horen bij geen organisatie: zie het blad Onbekende bestanden.",
            t.zonder_organisatie.len()
        ));
    }
    let text = |s: &str| Value::text(s);
    let count = |n: usize| Value::Count(n as u32);
    let rows = t
        .regels()
        .into_iter()
        .map(|r| {
            vec![
                text(&r.ministerie),
                text(&r.code),
                text(&r.organisatie),
                Value::yes_no(r.toezichthouder),
                text(r.stand.toestand.as_str()),
                if r.stand.ronde == 0 {
                    Value::Empty
                } else {
                    count(r.stand.ronde as usize)
                },
                text(r.veranderd.as_str()),
                Value::opt_text(r.bestand.as_deref()),
                Value::opt_date(r.datum_bestand),
                count(r.fouten),
                count(r.waarschuwingen),
                count(r.voor_coordinator),
                Value::opt_text(r.terugmelding.as_deref()),
                Value::opt_text(r.mail.as_deref()),
                match (&r.concept, r.met_email) {
                    (Some(c), _) => text(c),
                    (None, true) => Value::Empty,
                    (None, false) => text("geen e-mailadres"),
                },
            ]
        })
        .collect();
    TableSheet {
        sheet: "Overzicht".into(),
        title: format!("Terugmelding {}: wie moet nog iets doen?", t.quarter),
        notes,
        table: "tbl_terugmelding".into(),
        columns: vec![
            Column::new("Ministerie", Kind::Text),
            Column::new("Code", Kind::Text),
            Column::new("Organisatie", Kind::Text),
            Column::new("Toezichthouder", Kind::Text),
            Column::new("Toestand", Kind::Text),
            Column::new("Ronde", Kind::Count),
            Column::new("Sinds de vorige ronde", Kind::Text),
            Column::new("Bestand", Kind::Text),
            Column::new("Datum bestand", Kind::Date),
            Column::new("Fouten", Kind::Count),
            Column::new("Vragen (waarschuwingen)", Kind::Count),
            Column::new("Voor u", Kind::Count),
            Column::new("Terugmelding", Kind::Text),
            Column::new("Mail", Kind::Text),
            Column::new("E-mailconcept", Kind::Text),
        ],
        rows,
    }
    .write(&mut book, &f)?;
    let apart: Vec<Vec<Value>> = t
        .meldingen
        .iter()
        .flat_map(|m| {
            let coordinator = m.voor_coordinator.iter().map(move |b| (m, "voor u", b));
            let confirmed = m.bevestigd.iter().map(move |b| (m, "bevestigd door de organisatie", b));
            coordinator.chain(confirmed)
        })
        .map(|(m, soort, b)| {
            vec![
                text(&m.organisatie.code),
                text(soort),
                text(b.severity.as_str()),
                text(&b.code.as_str()),
                Value::text(&b.message),
            ]
        })
        .collect();
    if !apart.is_empty() {
        TableSheet {
            sheet: "Voor u".into(),
            title: "Bevindingen die niet (meer) naar de organisatie gaan".into(),
            notes: vec![
                "Voor u: alleen u kunt ze oplossen (twee bestanden van één organisatie in de map, het register, een grens). \
                 Bevestigd: de organisatie zegt dat de waarschuwing klopt zoals het er staat."
                    .into(),
            ],
            table: "tbl_voor_u".into(),
            columns: vec![
                Column::new("Code", Kind::Text),
                Column::new("Soort", Kind::Text),
                Column::new("Ernst", Kind::Text),
                Column::new("Bevinding", Kind::Text),
                Column::new("Melding", Kind::Wrap),
            ],
            rows: apart.into(),
        }
        .write(&mut book, &f)?;
    }
    if !t.zonder_organisatie.is_empty() {
        let rows = t
            .zonder_organisatie
            .iter()
            .flat_map(|z| {
                z.bevindingen.iter().map(|b| {
                    vec![
                        text(&z.bestand),
                        text(b.severity.as_str()),
                        text(&b.code.as_str()),
                        Value::text(&b.message),
                    ]
                })
            })
            .collect();
        TableSheet {
            sheet: "Onbekende bestanden".into(),
            title: "Bestanden die bij geen organisatie horen".into(),
            notes: vec![
                "Uit deze bestanden is niet te lezen van welke organisatie ze zijn. Zoek uit wie ze stuurde.".into(),
            ],
            table: "tbl_onbekende_bestanden".into(),
            columns: vec![
                Column::new("Bestand", Kind::Text),
                Column::new("Ernst", Kind::Text),
                Column::new("Code", Kind::Text),
                Column::new("Melding", Kind::Wrap),
            ],
            rows,
        }
        .write(&mut book, &f)?;
    }
    finish(book)
}
