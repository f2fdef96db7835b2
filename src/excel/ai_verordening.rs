//! `AI-verordening`: per organisation with high-risk AI systems (category
//! A) and per group, the answers on the EU database and the
//! fundamental-rights assessment, in long format: one row per answer.

use crate::cijfers::Cijfers;
use crate::maat::{Maat, Scope};
use crate::model::Category;
use crate::text::dutch_date;

use super::layout::{Column, Kind, TableSheet, Value};

/// The words of the sheet, for `Toelichting`.
pub const TERMS: &[(&str, &str)] = &[
    (
        "EU-databank",
        "De databank van de EU waarin een overheidsorganisatie een hoog-risico-AI-systeem (categorie A) uit bijlage III van de AI-verordening registreert vóór gebruik (artikel 49 en 71). Systemen voor biometrie, rechtshandhaving en migratie staan in een afgeschermd deel (artikel 49 lid 4). Antwoorden: geregistreerd, niet geregistreerd, niet van toepassing; leeg is onbekend.",
    ),
    (
        "Grondrechtentoets",
        "De toets op de gevolgen voor grondrechten die een overheidsorganisatie doet vóór zij een hoog-risico-AI-systeem gebruikt (artikel 27 van de AI-verordening); in Nederland meestal met het IAMA. Antwoorden: gedaan, niet gedaan, niet van toepassing; leeg is onbekend.",
    ),
];

/// The term for the date used, for `Toelichting`.
pub fn deadline_term(f: &Cijfers) -> (String, String) {
    (
        "Deadline EU-databank".to_owned(),
        format!(
            "{} (--deadline-eu). Vanaf deze datum is een hoog-risico-AI-systeem dat niet geregistreerd is, of waarvan het niet bekend is, een waarschuwing. De datum is een instelling: controleer de tekst van de AI-verordening die geldt.",
            dutch_date(f.deadline_eu)
        ),
    )
}

/// The question and answer of each maat on the AI Act.
fn vraag_antwoord(m: Maat) -> (&'static str, &'static str) {
    match m {
        Maat::EuGeregistreerd => ("EU-databank", "geregistreerd"),
        Maat::EuNietGeregistreerd => ("EU-databank", "niet geregistreerd"),
        Maat::EuNietVanToepassing => ("EU-databank", "niet van toepassing"),
        Maat::GrondrechtentoetsGedaan => ("Grondrechtentoets", "gedaan"),
        Maat::GrondrechtentoetsNietGedaan => ("Grondrechtentoets", "niet gedaan"),
        Maat::GrondrechtentoetsNietVanToepassing => ("Grondrechtentoets", "niet van toepassing"),
        Maat::GrondrechtentoetsOnbekend => ("Grondrechtentoets", "onbekend"),
        _ => ("EU-databank", "onbekend"),
    }
}

/// The sheet from a quarter's figures (in the annual workbook: the last
/// quarter read of the year).
pub fn ai_verordening(f: &Cijfers) -> TableSheet<'static> {
    let a = Scope::Category(Category::A);
    let maten = Maat::EU.into_iter().chain(Maat::GRONDRECHTENTOETS);
    let mut rows = Vec::new();
    for o in &f.organisaties {
        if Maat::EU.iter().map(|m| f.org_figure(&o.code, a, *m)).sum::<u32>() == 0 {
            continue;
        }
        for m in maten.clone() {
            let (vraag, antwoord) = vraag_antwoord(m);
            rows.push(vec![
                Value::text(f.kwartaal.to_string()),
                Value::text(&o.ministerie),
                Value::text(&o.code),
                Value::text(&o.naam),
                Value::text(vraag),
                Value::text(antwoord),
                Value::Count(f.org_figure(&o.code, a, m)),
                Value::text(m.name()),
            ]);
        }
    }
    for g in f.groups() {
        for m in maten.clone() {
            let (vraag, antwoord) = vraag_antwoord(m);
            rows.push(vec![
                Value::text(f.kwartaal.to_string()),
                Value::text(g.name()),
                Value::Empty,
                Value::text(g.name()),
                Value::text(vraag),
                Value::text(antwoord),
                Value::Count(f.total(g, a, m)),
                Value::text(m.name()),
            ]);
        }
    }
    TableSheet {
        sheet: "AI-verordening".into(),
        title: format!(
            "AI-verordening: EU-databank en grondrechtentoets van hoog-risico-AI-systemen, {}",
            f.kwartaal
        ),
        notes: vec![
            format!(
                "Per organisatie met hoog-risico-AI-systemen (categorie A) en per groep: hoeveel systemen elk antwoord hebben. Vervallen systemen tellen niet mee, systemen met een uitzondering wel. De vier antwoorden op een vraag tellen op tot alle hoog-risico-AI-systemen. Deadline EU-databank: {} (zie Toelichting).",
                dutch_date(f.deadline_eu)
            ),
            "Een groep staat onder de organisaties: de ministeries, Totaal (de ministeries samen) en de Toezichthouders. Maat is de naam in het blad Data en het JSON-bestand.".to_owned(),
        ],
        table: "tbl_ai_verordening".into(),
        columns: vec![
            Column::new("Kwartaal", Kind::Text),
            Column::new("Ministerie of groep", Kind::Text),
            Column::new("Code", Kind::Text),
            Column::new("Organisatie", Kind::Wrap),
            Column::new("Vraag", Kind::Text),
            Column::new("Antwoord", Kind::Text),
            Column::new("Aantal", Kind::Count),
            Column::new("Maat", Kind::Text),
        ],
        rows: rows.into(),
    }
}
