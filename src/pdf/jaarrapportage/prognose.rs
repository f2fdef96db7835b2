//! The year on the path to the deadline: the chart of each category over
//! the year's quarters, and what each quarter expected at the deadline next
//! to what was published when it came.

use chrono::NaiveDate;
use serde::Serialize;

use crate::cijfers::{Cijfers, Plicht};
use crate::maat::Groep;
use crate::model::Quarter;
use crate::pdf::grafiek::Grafiek;
use crate::pdf::voortgang::prognose::{chart, totaal, zin};
use crate::pdf::zinnen::opsomming;
use crate::text::dutch_date_long;

/// The section's data.
#[derive(Debug, Serialize)]
pub struct JaarPrognose {
    pub grafieken: Vec<Grafiek>,
    pub tekst: String,
    /// Kwartaal, expected at the deadline, mandatory, plans kept the quarter before.
    pub verwachting: Vec<[String; 4]>,
}

/// The section for the year's `quarters` (oldest first, not empty).
pub fn sectie(quarters: &[(Quarter, Cijfers)]) -> Option<JaarPrognose> {
    let (_, last) = quarters.last()?;
    let earlier = &quarters[..quarters.len() - 1];
    let grafieken = Plicht::ALL
        .into_iter()
        .filter_map(|deel| {
            let (p, verplicht) = totaal(last, deel)?;
            let eerder: Vec<(NaiveDate, u32)> = earlier
                .iter()
                .filter_map(|(_, f)| totaal(f, deel).map(|(p, _)| (f.peildatum, p.gepubliceerd)))
                .collect();
            let zin = zin(p, verplicht, last.planning.as_ref(), last.peildatum);
            Some(chart(p, verplicht, last.peildatum, &eerder, zin))
        })
        .collect();
    let mut verwachting = Vec::new();
    let mut verwacht = Vec::new();
    for (q, f) in quarters {
        let Some((p, verplicht)) = totaal(f, Plicht::AB) else {
            continue;
        };
        let kept = match (&f.planning, p.zonder_geschiedenis) {
            (Some(pl), false) => {
                let t = pl.groep(&Groep::Totaal);
                format!("{} van de {}", t.gehaald, t.gepland)
            }
            _ => "niet te toetsen".to_owned(),
        };
        if f.peildatum < p.deadline {
            let basis = if p.zonder_geschiedenis {
                " (er was niets om aan te toetsen: alle planning telt)"
            } else {
                ""
            };
            verwacht.push(format!("in {q} {} van de {verplicht}{basis}", p.verwacht_voor_deadline));
        }
        verwachting.push([
            q.to_string(),
            p.verwacht_voor_deadline.to_string(),
            verplicht.to_string(),
            kept,
        ]);
    }
    let (p, verplicht) = totaal(last, Plicht::AB)?;
    let deadline = dutch_date_long(p.deadline);
    let actual = quarters
        .iter()
        .find(|(q, _)| *q == Quarter::of(p.deadline))
        .and_then(|(_, f)| totaal(f, Plicht::AB));
    let mut tekst = match actual {
        Some((at, verplicht)) => format!(
            "Bij de deadline ({deadline}) waren {} van de {verplicht} verplichte algoritmen (A en B) gepubliceerd.",
            at.gepubliceerd
        ),
        None => format!(
            "De cijfers van de deadline ({deadline}) zijn er nog niet. Op {} waren {} van de {verplicht} verplichte algoritmen (A en B) gepubliceerd.",
            dutch_date_long(last.peildatum),
            p.gepubliceerd
        ),
    };
    if !verwacht.is_empty() {
        tekst.push_str(&format!(
            " Verwacht werd, met de planning zo vaak gehaald als in het kwartaal ervoor: {}.",
            opsomming(&verwacht)
        ));
    }
    Some(JaarPrognose {
        grafieken,
        tekst,
        verwachting,
    })
}
