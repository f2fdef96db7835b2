//! The quarterly report for the CDO/CIO council, `voortgang-<kwartaal>.pdf`:
//! the document `data.json` that `templates/voortgang.typ` typesets, its
//! assembly from the sections, and its exporter.
//!
//! Each section owns its part of the data contract, in its own file:
//! [`kern`] the front panel, [`aandacht`] who needs attention, [`prognose`] the path to the deadline, [`achterstand`] the backlog after it, [`balken`] the bar chart, [`tabellen`] the tables
//! of figures, [`wijzigingen`] the comparison per organisation, [`mutaties`]
//! the changes per algorithm, [`afstemming`] the reconciliation with the
//! register, [`kwaliteit`] the quality of the registrations, [`ai_verordening`] the AI Act's EU database and [`ontbreekt`] what is missing. [`capped`] holds the caps on
//! the lists and the helpers that keep them; it uses no section.

pub mod aandacht;
pub mod achterstand;
pub mod ai_verordening;
pub mod afstemming;
pub mod balken;
pub mod capped;
pub mod kern;
pub mod prognose;
pub mod kwaliteit;
pub mod mutaties;
pub mod ontbreekt;
pub mod tabellen;
pub mod wijzigingen;

use anyhow::Result;
use serde::Serialize;

pub use aandacht::Aandacht;
pub use achterstand::NaDeadlineSectie;
pub use afstemming::AfstemmingSectie;
pub use ai_verordening::AiVerordeningSectie;
pub use balken::Balk;
pub use capped::{MAX_NAMES, MAX_ORGANISATIONS, MAX_ROWS};
pub use kern::Kern;
pub use kwaliteit::KwaliteitSectie;
pub use mutaties::MutatieSectie;
pub use ontbreekt::Ontbreekt;
pub use prognose::PrognoseSectie;
pub use tabellen::{Rij, Tabelgroep};
pub use wijzigingen::{Wijziging, Wijzigingen};

use crate::aggregate::Vorig;
use crate::cijfers::Cijfers;
use crate::export::Exporter;
use crate::history::Verloop;
use crate::pdf::Maker;
use crate::pdf::zinnen::{self, Stand};
use crate::pipeline::Report;
use crate::text::dutch_date_long;
use crate::validate::CountedRow;

/// `data.json` of the quarterly report; the fields in the order they appear.
#[derive(Debug, Serialize)]
pub struct Voortgang {
    pub titel: String,
    pub kwartaal: String,
    pub peildatum: String,
    pub classificatie: String,
    pub voorlopig: bool,
    pub kern: Vec<Kern>,
    /// Under the front panel: what its judgements mean.
    pub kern_tekst: String,
    /// "Aandacht nodig": the organisations the council may have to help.
    pub aandacht: Aandacht,
    /// "Op koers naar de deadline?": the charts of the path, the planning per organisation.
    pub koers: PrognoseSectie,
    /// "Na de deadline": the backlog, for the categories past the deadline; absent before it.
    pub na_deadline: Option<NaDeadlineSectie>,
    pub alineas: Vec<String>,
    /// Heading and caption of the bar chart: per organisation or per ministry.
    pub balken_kop: String,
    pub balken_onderschrift: String,
    /// Under the chart when it counts per ministry: where the rest is.
    pub balken_tekst: Option<String>,
    pub balken: Vec<Balk>,
    pub balken_alt: String,
    /// Heading of the tables, and a sentence under it when they count per ministry.
    pub cijfers_kop: String,
    pub cijfers_tekst: Option<String>,
    pub kolommen: [&'static str; tabellen::WIDTH],
    pub groepen: Vec<Tabelgroep>,
    pub wijzigingen: Wijzigingen,
    pub mutaties: Option<MutatieSectie>,
    pub afstemming: Option<AfstemmingSectie>,
    pub kwaliteit: Option<KwaliteitSectie>,
    /// "AI-verordening: registratie in de EU-databank": category A and the EU database.
    pub ai_verordening: AiVerordeningSectie,
    pub ontbreekt: Ontbreekt,
}

/// Everything the template needs, as plain data.
pub fn data(f: &Cijfers, rows: &[CountedRow], vorig: Option<&Vorig>, verloop: &[Verloop]) -> Voortgang {
    let per_ministerie = f.organisaties.len() > MAX_ORGANISATIONS;
    let (balken, balken_alt) = balken::balken(f, per_ministerie);
    let kwartaal = f.kwartaal.to_string();
    let wat = if per_ministerie { "ministerie" } else { "organisatie" };
    Voortgang {
        titel: format!("Voortgang publicatie in het Algoritmeregister, {}", f.kwartaal),
        kwartaal: f.kwartaal.to_string(),
        peildatum: dutch_date_long(f.peildatum),
        classificatie: f.classificatie.to_owned(),
        voorlopig: f.voorlopig,
        kern: kern::kern(f),
        kern_tekst: kern::uitleg(f),
        aandacht: aandacht::aandacht(f, rows),
        koers: prognose::sectie(f, verloop),
        na_deadline: achterstand::sectie(f, verloop),
        alineas: zinnen::alineas(&Stand::from_figures(f, None), "Op dit moment"),
        balken_kop: format!("Publicatie per {wat}"),
        balken_onderschrift: format!(
            "Verplichte algoritmen (A en B) per {wat}, in vijf delen (zonder de toezichthouders)"
        ),
        balken_tekst: per_ministerie.then(|| zinnen::balken_per_ministerie(f.organisaties.len(), &kwartaal)),
        balken,
        balken_alt,
        cijfers_kop: format!("Cijfers per {wat}"),
        cijfers_tekst: per_ministerie.then(|| zinnen::cijfers_per_ministerie(f.organisaties.len(), &kwartaal)),
        kolommen: tabellen::COLUMNS,
        groepen: if per_ministerie {
            tabellen::groepen_per_ministerie(f)
        } else {
            tabellen::groepen(f)
        },
        wijzigingen: wijzigingen::wijzigingen(f, vorig),
        mutaties: mutaties::mutaties(f),
        afstemming: afstemming::afstemming(f),
        kwaliteit: kwaliteit::kwaliteit(f),
        ai_verordening: ai_verordening::sectie(f),
        ontbreekt: ontbreekt::ontbreekt(f),
    }
}

/// `voortgang-<kwartaal>.pdf`.
pub struct VoortgangPdf {
    pub maker: Maker,
}

impl Exporter for VoortgangPdf {
    fn file_name(&self, report: &Report) -> String {
        format!("voortgang-{}.pdf", report.cijfers.kwartaal)
    }

    fn render(&self, report: &Report) -> Result<Vec<u8>> {
        let f = &report.cijfers;
        self.maker.render(
            "voortgang.typ",
            &data(f, &report.batch.rows, report.previous.as_ref(), &report.verloop),
            f.peildatum,
        )
    }
}
