//! The year on the path to the deadline: the chart of each category over
//! the year's quarters, and what each quarter expected at the deadline next
//! to what was published when it came. For a year after the deadline: the
//! backlog at each quarter's end, what was caught up in the year, and the
//! quarter everything is expected to be published in.

use chrono::NaiveDate;
use serde::Serialize;

use crate::cijfers::Cijfers;
use crate::maat::Groep;
use crate::maat::Plicht;
use crate::model::Quarter;
use crate::pdf::grafiek::Grafiek;
use crate::pdf::voortgang::prognose::{chart, totaal, zin};
use crate::pdf::zinnen::{na_deadline, opsomming, tempo_tekst};
use crate::text::dutch_date_long;

/// The section's data.
#[derive(Debug, Serialize)]
pub struct JaarPrognose {
    pub grafieken: Vec<Grafiek>,
    pub tekst: String,
    /// Kwartaal, expected at the deadline, mandatory, plans kept the quarter before:
    /// the quarters before the deadline.
    pub verwachting: Vec<[String; 4]>,
    /// After the deadline (A and B together, the ministries): the backlog.
    pub na_deadline: Option<JaarAchterstand>,
}

/// The year after the deadline: the backlog at each quarter's end.
#[derive(Debug, Serialize)]
pub struct JaarAchterstand {
    pub tekst: String,
    /// Kwartaal, open, ingehaald since the deadline, tempo per quarter, expected quarter.
    pub per_kwartaal: Vec<[String; 5]>,
}

/// `text` with its first letter in lower case, to follow a colon.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
}

/// The backlog of the ministries together for A and B at each of the year's
/// quarters past the deadline; absent when the last one is not past it.
fn na_deadline_sectie(jaar: i32, quarters: &[(Quarter, Cijfers)]) -> Option<JaarAchterstand> {
    let (_, last) = quarters.last()?;
    let a = &last.achterstand_of(&Groep::Totaal, Plicht::AB)?.achterstand;
    let per_kwartaal = quarters
        .iter()
        .filter_map(|(q, f)| {
            let a = &f.achterstand_of(&Groep::Totaal, Plicht::AB)?.achterstand;
            Some([
                q.to_string(),
                a.open.to_string(),
                a.ingehaald.to_string(),
                tempo_tekst(a.tempo),
                a.verwacht_tekst(),
            ])
        })
        .collect();
    let ingehaald = match a.ingehaald_dit_jaar {
        0 => format!("In {jaar} is er na de deadline niets ingehaald."),
        1 => format!("In {jaar} is er 1 verplicht algoritme ingehaald: gepubliceerd na de deadline."),
        n => format!("In {jaar} zijn er {n} verplichte algoritmen ingehaald: gepubliceerd na de deadline."),
    };
    Some(JaarAchterstand {
        tekst: format!(
            "De deadline was {}. {ingehaald} De stand op {}: {}",
            dutch_date_long(a.deadline),
            dutch_date_long(last.peildatum),
            lower_first(&na_deadline(a))
        ),
        per_kwartaal,
    })
}

/// The section for the year's `quarters` (oldest first, not empty).
pub fn sectie(quarters: &[(Quarter, Cijfers)]) -> Option<JaarPrognose> {
    let (_, last) = quarters.last()?;
    let earlier = &quarters[..quarters.len() - 1];
    // The charts side by side cover the same time.
    let tot = Plicht::ALL
        .into_iter()
        .filter_map(|deel| {
            let (p, _) = totaal(last, deel)?;
            let klaar = last
                .achterstand_of(&Groep::Totaal, deel)
                .and_then(|a| a.achterstand.verwacht_klaar);
            Some(crate::pdf::grafiek::einde(&p.pad, p.deadline, klaar))
        })
        .max();
    let grafieken = Plicht::ALL
        .into_iter()
        .filter_map(|deel| {
            let (p, verplicht) = totaal(last, deel)?;
            let eerder: Vec<(NaiveDate, u32)> = earlier
                .iter()
                .filter_map(|(_, f)| totaal(f, deel).map(|(p, _)| (f.peildatum, p.gepubliceerd)))
                .collect();
            let achter = last.achterstand_of(&Groep::Totaal, deel).map(|a| &a.achterstand);
            let zin = match achter {
                Some(a) => na_deadline(a),
                None => zin(p, verplicht, last.planning.as_ref(), last.peildatum),
            };
            Some(chart(
                p,
                verplicht,
                last.peildatum,
                &eerder,
                zin,
                achter.and_then(|a| a.verwacht_klaar),
                tot,
            ))
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
        // A quarter past the deadline expects nothing at it.
        let Some(v) = p.verwacht_voor_deadline.filter(|_| f.peildatum < p.deadline) else {
            continue;
        };
        let basis = if p.zonder_geschiedenis {
            " (er was niets om aan te toetsen: alle planning telt)"
        } else {
            ""
        };
        verwacht.push(format!("in {q} {v} van de {verplicht}{basis}"));
        verwachting.push([q.to_string(), v.to_string(), verplicht.to_string(), kept]);
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
    let jaar = last.kwartaal.year;
    Some(JaarPrognose {
        grafieken,
        tekst,
        verwachting,
        na_deadline: na_deadline_sectie(jaar, quarters),
    })
}
