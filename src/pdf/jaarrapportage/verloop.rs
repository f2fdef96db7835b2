//! The course over the year: the ministries' published figures per
//! quarter, for the column chart, and the chart's alt text.

use serde::Serialize;

use crate::cijfers::Cijfers;
use crate::maat::{Groep, Maat, Scope};
use crate::model::{Category, Quarter};

#[derive(Debug, Serialize)]
pub struct Punt {
    pub kwartaal: String,
    pub gepubliceerd: u32,
    pub verplicht_gepubliceerd: u32,
    pub verplicht: u32,
}

/// One point per quarter read, oldest first, and the chart's alt text.
pub fn verloop(quarters: &[(Quarter, Cijfers)]) -> (Vec<Punt>, String) {
    let verloop: Vec<Punt> = quarters
        .iter()
        .map(|(q, f)| {
            let t = |scope: Scope, maat: Maat| f.total(&Groep::Totaal, scope, maat);
            let (a, b) = (Scope::Category(Category::A), Scope::Category(Category::B));
            Punt {
                kwartaal: q.to_string(),
                gepubliceerd: t(Scope::Alle, Maat::Gepubliceerd),
                verplicht_gepubliceerd: t(a, Maat::Gepubliceerd) + t(b, Maat::Gepubliceerd),
                verplicht: t(a, Maat::Verplicht) + t(b, Maat::Verplicht),
            }
        })
        .collect();
    let verloop_alt = format!(
        "Kolomdiagram van het aantal gepubliceerde algoritmen en AI-systemen van de ministeries per kwartaal: {}.",
        verloop
            .iter()
            .map(|p| format!("{} {}", p.kwartaal, p.gepubliceerd))
            .collect::<Vec<_>>()
            .join(", ")
    );
    (verloop, verloop_alt)
}
