//! The annual report's "AI-verordening: registratie in de EU-databank": at
//! the year's last peildatum, per group the answers of its high-risk AI
//! systems (category A) and one sentence per ministry. Counts only: the
//! annual report is public.

use serde::Serialize;

use crate::cijfers::Cijfers;
use crate::maat::Groep;
use crate::pdf::voortgang::ai_verordening::{groep_stand, rij};
use crate::pdf::zinnen::eu_databank;
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
            Groep::Ministerie(m) => Some(eu_databank(m, &groep_stand(last, g))),
            Groep::Totaal | Groep::Toezichthouders => None,
        })
        .collect();
    let rijen = groups
        .iter()
        .map(|(g, naam)| rij((*naam).to_owned(), &groep_stand(last, g)))
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
