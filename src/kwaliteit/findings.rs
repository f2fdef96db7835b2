//! The findings of the quality check: one per algorithm and kind of gap,
//! naming the fields, at the line of the export where the description starts.

use super::controle::{AlgoritmeKwaliteit, Gebrek};
use super::standaard::regel_van;
use crate::bevinding::{Bevinding, Bevindingen, Code};
use crate::model::Category;

impl Gebrek {
    pub const ALL: [Gebrek; 5] = [
        Gebrek::VeldLeeg,
        Gebrek::WaardeBuitenStandaard,
        Gebrek::GeenImpacttoets,
        Gebrek::GeenIama,
        Gebrek::TekstMoeilijk,
    ];

    /// The finding code of this kind of gap.
    pub fn code(self) -> Code {
        match self {
            Gebrek::VeldLeeg => Code::RegisterVeldLeeg,
            Gebrek::WaardeBuitenStandaard => Code::RegisterWaardeOngeldig,
            Gebrek::GeenImpacttoets => Code::RegisterImpacttoetsOntbreekt,
            Gebrek::GeenIama => Code::RegisterIamaOntbreekt,
            Gebrek::TekstMoeilijk => Code::RegisterTekstMoeilijk,
        }
    }

    /// A short label, for the workbook's columns and the console.
    pub fn label(self) -> &'static str {
        match self {
            Gebrek::VeldLeeg => "verplicht veld leeg",
            Gebrek::WaardeBuitenStandaard => "waarde buiten de standaard",
            Gebrek::GeenImpacttoets => "geen impacttoets",
            Gebrek::GeenIama => "geen IAMA",
            Gebrek::TekstMoeilijk => "tekst moeilijk (indicatie)",
        }
    }
}

fn titels(velden: impl Iterator<Item = crate::register::Veld>) -> String {
    velden.map(|v| regel_van(v).titel).collect::<Vec<_>>().join(", ")
}

/// How many values outside the standard one finding names; the workbook
/// (blad Kwaliteit) names them all.
const SHOWN: usize = 2;

/// The findings of one checked description.
pub fn of(a: &AlgoritmeKwaliteit, shown: &str) -> Vec<Bevinding> {
    let loc = a.register_plaats.location(shown);
    let naam = crate::text::quote(&a.naam);
    let mut out = Bevindingen::default();
    for g in &a.gebreken {
        let code = g.code();
        match g {
            Gebrek::VeldLeeg => out.waarschuwing(
                code,
                loc.clone(),
                format!(
                    "In het register zijn bij {naam} verplichte velden leeg: {}. Ook een streepje, 'n.v.t.' of 'onbekend' telt als leeg.",
                    titels(a.lege_velden.iter().copied())
                ),
            ),
            Gebrek::WaardeBuitenStandaard => {
                // Each reason may quote a value: a few keep the line short.
                let mut wat: Vec<String> = a
                    .afwijkingen
                    .iter()
                    .take(SHOWN)
                    .map(|x| format!("{}: {}", regel_van(x.veld).titel, x.reden))
                    .collect();
                if a.afwijkingen.len() > SHOWN {
                    wat.push(format!(
                        "en nog {} (alle op het blad Kwaliteit van de werkmap)",
                        a.afwijkingen.len() - SHOWN
                    ));
                }
                out.waarschuwing(
                    code,
                    loc.clone(),
                    format!(
                        "In het register past bij {naam} niet alles bij de publicatiestandaard. {}.",
                        wat.join("; ")
                    ),
                );
            }
            Gebrek::GeenImpacttoets => {
                let cat = if a.categorie == Some(Category::A) { "A" } else { "B" };
                out.waarschuwing(
                    code,
                    loc.clone(),
                    format!(
                        "{naam} staat in het register als categorie {cat}, maar er staat geen impacttoets bij, zoals een DPIA of IAMA{}.",
                        if cat == "A" { " (voor categorie A hoort daar een IAMA bij)" } else { "" }
                    ),
                );
            }
            Gebrek::GeenIama => out.waarschuwing(
                code,
                loc.clone(),
                format!(
                    "{naam} staat in het register als hoog-risico-AI-systeem (categorie A), maar bij de impacttoetsen staat geen IAMA (Impact Assessment Mensenrechten en Algoritmes)."
                ),
            ),
            Gebrek::TekstMoeilijk => {
                let wat: Vec<String> = a
                    .moeilijk()
                    .map(|t| {
                        format!(
                            "{} (Flesch-Douma {}, gemiddeld {} woorden per zin)",
                            regel_van(t.veld).titel,
                            t.leesbaarheid.flesch_douma,
                            t.leesbaarheid.zinslengte
                        )
                    })
                    .collect();
                out.info(
                    code,
                    loc.clone(),
                    format!(
                        "De leesbaarheidsindicatie wijst bij {naam} op moeilijke tekst in: {}. Dit is een indicatie, geen oordeel over taalniveau B1.",
                        wat.join("; ")
                    ),
                );
            }
        }
    }
    out.voor(Some(&a.organisatie))
}
