//! The section "AI-verordening: registratie in de EU-databank": per
//! organisation with high-risk AI systems (category A) the answers on the EU
//! database and the fundamental-rights assessment, the date used
//! (`--deadline-eu`), and one sentence per ministry.

use serde::Serialize;

use super::capped::cap;
use crate::cijfers::Cijfers;
use crate::maat::{Groep, Maat, Scope};
use crate::model::Category;
use crate::pdf::zinnen::{EuStand, eu_databank};
use crate::text::dutch_date_long;

/// The columns of the table.
pub const KOLOMMEN: [&str; 7] = [
    "Organisatie",
    "Hoog-risico-AI-systemen",
    "Geregistreerd",
    "Niet geregistreerd",
    "Niet van toepassing",
    "Onbekend",
    "Toets op grondrechten gedaan",
];

#[derive(Debug, Serialize)]
pub struct AiVerordeningSectie {
    /// What the section shows, with the date used.
    pub tekst: String,
    /// One sentence per ministry.
    pub zinnen: Vec<String>,
    pub kolommen: [&'static str; 7],
    /// The organisations with category A, then the groups.
    pub rijen: Vec<[String; 7]>,
    /// The rows of `rijen` that are groups (zero-based), printed bold.
    pub groepen: Vec<usize>,
}

/// One row of the table: the name, the systems and the answers.
pub fn rij(naam: String, s: &EuStand) -> [String; 7] {
    [
        naam,
        s.systemen().to_string(),
        s.geregistreerd.to_string(),
        s.niet_geregistreerd.to_string(),
        s.niet_van_toepassing.to_string(),
        s.onbekend.to_string(),
        s.toets_gedaan.to_string(),
    ]
}

/// The answers from the figures: `get` gives a maat's count for category A.
fn stand(get: impl Fn(Maat) -> u32) -> EuStand {
    EuStand {
        geregistreerd: get(Maat::EuGeregistreerd),
        niet_geregistreerd: get(Maat::EuNietGeregistreerd),
        niet_van_toepassing: get(Maat::EuNietVanToepassing),
        onbekend: get(Maat::EuOnbekend),
        toets_gedaan: get(Maat::GrondrechtentoetsGedaan),
    }
}

/// An organisation's answers (category A).
pub fn org_stand(f: &Cijfers, code: &str) -> EuStand {
    stand(|m| f.org_figure(code, Scope::Category(Category::A), m))
}

/// A group's answers (category A).
pub fn groep_stand(f: &Cijfers, groep: &Groep) -> EuStand {
    stand(|m| f.total(groep, Scope::Category(Category::A), m))
}

pub fn sectie(f: &Cijfers) -> AiVerordeningSectie {
    let datum = dutch_date_long(f.deadline_eu);
    let wanneer = if f.peildatum >= f.deadline_eu {
        "Die datum is voorbij: bij elk systeem dat niet geregistreerd is, of waarvan het niet bekend is, staat een waarschuwing in de terugmelding aan de organisatie.".to_owned()
    } else {
        format!(
            "Die datum is nog niet bereikt: de tabel laat zien wie al zo ver is. Vanaf {datum} krijgt de organisatie een waarschuwing bij elk systeem dat niet geregistreerd is, of waarvan het niet bekend is."
        )
    };
    let mut tekst = format!(
        "Een overheidsorganisatie die een hoog-risico-AI-systeem (categorie A) gebruikt, registreert dat systeem vóór gebruik in de EU-databank (AI-verordening, artikel 49 en 71) en toetst de gevolgen voor grondrechten (artikel 27, in Nederland meestal met het IAMA). Dit rapport gaat uit van {datum}. {wanneer} De datum is een instelling: de tekst van de verordening die geldt, beslist. Vervallen systemen tellen niet mee, systemen met een uitzondering wel. Onbekend: de organisatie heeft niets of iets onleesbaars ingevuld."
    );
    let mut rijen: Vec<[String; 7]> = f
        .organisaties
        .iter()
        .map(|o| (o, org_stand(f, &o.code)))
        .filter(|(_, s)| s.systemen() > 0)
        .map(|(o, s)| rij(o.naam.clone(), &s))
        .collect();
    if rijen.is_empty() {
        tekst.push_str(" Geen enkele organisatie heeft nu hoog-risico-AI-systemen.");
    }
    cap(&mut rijen, &mut tekst, "organisaties", f, "AI-verordening");
    let eerste_groep = rijen.len();
    rijen.extend(
        f.groups()
            .into_iter()
            .map(|g| rij(g.name().to_owned(), &groep_stand(f, g))),
    );
    let groepen = (eerste_groep..rijen.len()).collect();
    let zinnen = f
        .groups()
        .into_iter()
        .filter_map(|g| match g {
            Groep::Ministerie(m) => Some(eu_databank(m, &groep_stand(f, g))),
            Groep::Totaal | Groep::Toezichthouders => None,
        })
        .collect();
    AiVerordeningSectie {
        tekst,
        zinnen,
        kolommen: KOLOMMEN,
        rijen,
        groepen,
    }
}

/// For "Aandacht nodig": the organisation's high-risk AI systems that are
/// not registered in the EU database, or of which that is not known.
pub fn aandacht(f: &Cijfers, code: &str) -> Option<String> {
    let s = org_stand(f, code);
    let n = s.niet_geregistreerd + s.onbekend;
    match n {
        0 => None,
        1 => Some("1 hoog-risico-AI-systeem staat niet in de EU-databank, of dat is niet bekend".to_owned()),
        n => Some(format!(
            "{n} hoog-risico-AI-systemen staan niet in de EU-databank, of dat is niet bekend"
        )),
    }
}
