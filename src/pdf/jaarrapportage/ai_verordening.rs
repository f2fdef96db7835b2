//! The annual report's "AI-verordening: registratie in de EU-databank": at
//! the year's last peildatum, per group the answers of its high-risk AI
//! systems (category A) and one sentence per ministry. Counts only: the
//! annual report is public.

use serde::Serialize;

use crate::cijfers::Cijfers;
use crate::maat::{Groep, Maat, Scope};
use crate::model::Category;
use crate::pdf::zinnen::{EuStand, eu_databank};
use crate::text::dutch_date_long;

#[derive(Debug, Serialize)]
pub struct JaarAiVerordening {
    pub tekst: String,
    /// One sentence per ministry.
    pub zinnen: Vec<String>,
    pub kolommen: [&'static str; 7],
    /// Per group: name, systems, the four answers, assessment done.
    pub rijen: Vec<[String; 7]>,
}

fn stand(f: &Cijfers, g: &Groep) -> EuStand {
    let get = |m: Maat| f.total(g, Scope::Category(Category::A), m);
    EuStand {
        geregistreerd: get(Maat::EuGeregistreerd),
        niet_geregistreerd: get(Maat::EuNietGeregistreerd),
        niet_van_toepassing: get(Maat::EuNietVanToepassing),
        onbekend: get(Maat::EuOnbekend),
        toets_gedaan: get(Maat::GrondrechtentoetsGedaan),
    }
}

/// The section from the last quarter read; `groups` are the groups with the
/// names a reader sees.
pub fn sectie(last: &Cijfers, groups: &[(&Groep, &str)]) -> JaarAiVerordening {
    let tekst = format!(
        "Een overheidsorganisatie die een hoog-risico-AI-systeem (categorie A) gebruikt, registreert dat systeem vóór gebruik in de EU-databank (AI-verordening, artikel 49 en 71) en toetst de gevolgen voor grondrechten (artikel 27, in Nederland meestal met het IAMA). De stand op {}. Deze rapportage gaat uit van {} als datum waarop de registratie verplicht is; de tekst van de verordening die geldt, beslist. Vervallen systemen tellen niet mee, systemen met een uitzondering wel.",
        dutch_date_long(last.peildatum),
        dutch_date_long(last.deadline_eu)
    );
    let zinnen = groups
        .iter()
        .filter_map(|(g, _)| match g {
            Groep::Ministerie(m) => Some(eu_databank(m, &stand(last, g))),
            Groep::Totaal | Groep::Toezichthouders => None,
        })
        .collect();
    let rijen = groups
        .iter()
        .map(|(g, naam)| {
            let s = stand(last, g);
            [
                (*naam).to_owned(),
                s.systemen().to_string(),
                s.geregistreerd.to_string(),
                s.niet_geregistreerd.to_string(),
                s.niet_van_toepassing.to_string(),
                s.onbekend.to_string(),
                s.toets_gedaan.to_string(),
            ]
        })
        .collect();
    JaarAiVerordening {
        tekst,
        zinnen,
        kolommen: [
            "Groep",
            "Hoog-risico-AI-systemen",
            "Geregistreerd",
            "Niet geregistreerd",
            "Niet van toepassing",
            "Onbekend",
            "Toets op grondrechten gedaan",
        ],
        rijen,
    }
}
