//! `Prognose` (the planned path to the deadline, one row per group,
//! category and month), `Achterstand` (after a deadline: the backlog per
//! group and organisation) and `Planning` (per organisation: the previous
//! quarter's plans measured against this quarter, and the Kamer's rules).

use crate::maat::Groep;
use crate::maat::Plicht;
use crate::pipeline::Report;
use crate::prognose::Achterstand;
use crate::text::dutch_date;

use super::layout::{Column, Kind, TableSheet, Value};

/// `Prognose`: the path in long format, for a chart or a pivot table.
pub fn prognose(report: &Report) -> TableSheet<'_> {
    let f = &report.cijfers;
    let rows = f
        .prognose
        .iter()
        .flat_map(|p| {
            p.pad.iter().map(|s| {
                vec![
                    Value::text(p.groep.name()),
                    Value::text(p.categorie.name()),
                    Value::text(s.maand.to_string()),
                    Value::Count(s.cumulatief),
                ]
            })
        })
        .collect();
    let mut notes = vec![
        "Cumulatief: het aantal gepubliceerde algoritmen aan het eind van de maand als elke organisatie haar planning haalt. Dat is wat op de peildatum gepubliceerd is, plus de nog te publiceren algoritmen die op of voor de laatste dag van die maand gepland staan.".to_owned(),
        "Categorie AB is A en B samen. Het pad loopt van de maand van de peildatum tot de maand van de laatste geplande datum, hooguit 24 maanden verder.".to_owned(),
    ];
    for p in f
        .prognose
        .iter()
        .filter(|p| p.groep == Groep::Totaal && p.categorie == Plicht::AB)
    {
        let Some(verwacht) = p.verwacht_voor_deadline else {
            notes.push(format!(
                "De deadline van alle ministeries samen ({}) is voorbij: voor een datum die voorbij is, geeft het pad geen verwachting meer. Wat er nog open staat en wanneer het naar verwachting klaar is, staat op het blad Achterstand.",
                dutch_date(p.deadline)
            ));
            continue;
        };
        let basis = if p.zonder_geschiedenis {
            "als elke planning gehaald wordt (er is geen vorig kwartaal om mee te vergelijken)".to_owned()
        } else {
            "als de organisaties hun planning halen zoals in het vorige kwartaal".to_owned()
        };
        notes.push(format!(
            "Verwacht voor de deadline ({}), alle ministeries samen, A en B: {} gepubliceerd, {basis}. Nu gepubliceerd: {}; gepland voor de deadline: {}.",
            dutch_date(p.deadline),
            verwacht,
            p.gepubliceerd,
            p.gepland_voor_deadline
        ));
    }
    TableSheet {
        sheet: "Prognose".into(),
        title: format!("Planning naar de deadline per maand, {}", f.kwartaal),
        notes,
        table: "tbl_prognose".into(),
        columns: vec![
            Column::new("Groep", Kind::Text),
            Column::new("Categorie", Kind::Text),
            Column::new("Maand", Kind::Text),
            Column::new("Cumulatief", Kind::Count),
        ],
        rows,
    }
}

/// The columns of [`achterstand_cells`].
fn achterstand_columns() -> [Column; 6] {
    [
        Column::new("Deadline", Kind::Date),
        Column::new("Gepubliceerd voor deadline", Kind::Count),
        Column::new("Ingehaald", Kind::Count),
        Column::new("Open", Kind::Count),
        Column::new("Tempo per kwartaal", Kind::Hundredths),
        Column::new("Verwacht klaar", Kind::Text),
    ]
}

/// The figures of one backlog, from the deadline to the expected quarter.
fn achterstand_cells(a: &Achterstand) -> Vec<Value> {
    vec![
        Value::Date(a.deadline),
        Value::Count(a.gepubliceerd_voor_deadline),
        Value::Count(a.ingehaald),
        Value::Count(a.open),
        Value::Decimal(a.tempo),
        Value::text(a.verwacht_tekst()),
    ]
}

/// `Achterstand`: per group, then per organisation, for each category past
/// its deadline; absent while every deadline is ahead.
pub fn achterstand(report: &Report) -> Option<TableSheet<'_>> {
    let f = &report.cijfers;
    if f.achterstand.is_empty() && f.achterstand_per_organisatie.is_empty() {
        return None;
    }
    let mut rows: Vec<Vec<Value>> = Vec::new();
    for g in &f.achterstand {
        let mut row = vec![
            Value::text(g.groep.name()),
            Value::Empty,
            Value::Empty,
            Value::text(g.categorie.name()),
        ];
        row.extend(achterstand_cells(&g.achterstand));
        row.extend([Value::Empty, Value::Empty]);
        rows.push(row);
    }
    for o in &f.achterstand_per_organisatie {
        let org = f.organisaties.iter().find(|s| *s.code == *o.organisatie);
        let groep = org.map(|s| {
            if s.toezichthouder {
                "Toezichthouders"
            } else {
                s.ministerie.as_str()
            }
        });
        let mut row = vec![
            Value::opt_text(groep),
            Value::text(&*o.organisatie),
            Value::opt_text(org.map(|s| s.naam.as_str())),
            Value::text(o.categorie.name()),
        ];
        row.extend(achterstand_cells(&o.achterstand));
        row.push(Value::Count(o.achterstallig));
        row.push(o.oudste_geplande_datum.map_or(Value::Empty, Value::Date));
        rows.push(row);
    }
    Some(TableSheet {
        sheet: "Achterstand".into(),
        title: format!("Na de deadline: achterstand per groep en organisatie, {}", f.kwartaal),
        notes: vec![
            "Alleen categorieën waarvan de deadline voor de peildatum ligt. Een ministerie met een eigen datum (doelen.csv) wordt daaraan gemeten; Totaal en Toezichthouders aan de datum van de Kamer. Eerst de groepen, dan de organisaties.".to_owned(),
            format!(
                "Ingehaald: na de deadline gepubliceerd. Open: nog niet gepubliceerd. Tempo: verplichte algoritmen met een publicatiedatum in de vier kwartalen tot en met {}, gedeeld door 4. Verwacht klaar: het kwartaal waarin bij dit tempo alles gepubliceerd is; niet te schatten als het tempo 0 is.",
                crate::model::Quarter::of(f.peildatum)
            ),
        ],
        table: "tbl_achterstand".into(),
        columns: vec![
            Column::new("Groep", Kind::Text),
            Column::new("Code", Kind::Text),
            Column::new("Organisatie", Kind::Text),
            Column::new("Categorie", Kind::Text),
        ]
        .into_iter()
        .chain(achterstand_columns())
        .chain([
            Column::new("Achterstallig", Kind::Count),
            Column::new("Oudste geplande datum", Kind::Date),
        ])
        .collect(),
        rows: rows.into(),
    })
}

/// `Achterstand` of the annual workbook: per quarter of the year, the
/// backlog of each group and category past its deadline at that quarter's
/// end; absent when no quarter of the year is past a deadline.
pub fn achterstand_jaar(quarters: &[(crate::model::Quarter, crate::cijfers::Cijfers)]) -> Option<TableSheet<'static>> {
    let rows: Vec<Vec<Value>> = quarters
        .iter()
        .flat_map(|(q, f)| {
            f.achterstand.iter().map(move |g| {
                let mut row = vec![
                    Value::text(q.to_string()),
                    Value::text(g.groep.name()),
                    Value::text(g.categorie.name()),
                ];
                row.extend(achterstand_cells(&g.achterstand));
                row.push(Value::Count(g.achterstand.ingehaald_dit_jaar));
                row
            })
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    Some(TableSheet {
        sheet: "Achterstand".into(),
        title: "Na de deadline: de achterstand aan het eind van elk kwartaal".to_owned(),
        notes: vec![
            "Per kwartaal zoals de cijfers van dat kwartaal hem geven: per groep en categorie waarvan de deadline voor het einde van het kwartaal lag. \
             Ingehaald dit jaar: na de deadline gepubliceerd, met een publicatiedatum in het jaar."
                .to_owned(),
        ],
        table: "tbl_achterstand_jaar".into(),
        columns: vec![
            Column::new("Kwartaal", Kind::Text),
            Column::new("Groep", Kind::Text),
            Column::new("Categorie", Kind::Text),
        ]
        .into_iter()
        .chain(achterstand_columns())
        .chain([Column::new("Ingehaald dit jaar", Kind::Count)])
        .collect(),
        rows: rows.into(),
    })
}

/// `Planning`: per compared organisation; absent without a previous quarter.
pub fn planning(report: &Report) -> Option<TableSheet<'_>> {
    let f = &report.cijfers;
    let planning = f.planning.as_ref()?;
    let rows = planning
        .per_organisatie
        .iter()
        .map(|o| {
            let org = f.organisaties.iter().find(|s| s.code == o.organisatie);
            let t = &o.telling;
            vec![
                Value::opt_text(org.map(|s| s.ministerie.as_str())),
                Value::text(&*o.organisatie),
                Value::opt_text(org.map(|s| s.naam.as_str())),
                Value::yes_no(org.is_some_and(|s| s.toezichthouder)),
                Value::Count(t.gepland),
                Value::Count(t.gehaald),
                Value::Count(t.verschoven),
                Value::Count(t.zonder_datum),
                // Over fewer than three a percentage says more than it knows.
                t.betrouwbaarheid
                    .filter(|_| t.gepland >= 3)
                    .map_or(Value::Empty, Value::Percent),
                Value::Count(o.hoog_risico_niet_direct),
                Value::Count(o.na_deadline_gepland),
            ]
        })
        .collect();
    Some(TableSheet {
        sheet: "Planning".into(),
        title: format!("Planning gehaald per organisatie, {} vergeleken met {}", f.kwartaal, planning.vorig_kwartaal),
        notes: vec![
            format!(
                "Gepland: verplichte algoritmen die in {} nog niet gepubliceerd waren en gepland stonden op of voor {}, de laatste dag van dit kwartaal. Gehaald, verschoven en zonder datum: wat er nu van die algoritmen in het statusoverzicht staat.",
                planning.vorig_kwartaal,
                dutch_date(f.kwartaal.last_day())
            ),
            "Betrouwbaarheid is gehaald gedeeld door gepland; leeg als er minder dan 3 gepland waren (dan zeggen Gepland en Gehaald het, zoals in de pdf: 1 van 2). Alleen organisaties met een statusoverzicht in beide kwartalen staan erin. Toezichthouder ja: telt niet mee in de totalen.".into(),
            "Verschoven na de deadline: stond in het vorige kwartaal op tijd gepland, staat nu na de deadline.".into(),
        ],
        table: "tbl_planning".into(),
        columns: vec![
            Column::new("Ministerie", Kind::Text),
            Column::new("Code", Kind::Text),
            Column::new("Organisatie", Kind::Text),
            Column::new("Toezichthouder", Kind::Text),
            Column::new("Gepland", Kind::Count),
            Column::new("Gehaald", Kind::Count),
            Column::new("Verschoven", Kind::Count),
            Column::new("Zonder datum", Kind::Count),
            Column::new("Betrouwbaarheid", Kind::Percent),
            Column::new("Nieuw in A, niet gepubliceerd", Kind::Count),
            Column::new("Verschoven na de deadline", Kind::Count),
        ],
        rows,
    })
}
