//! The bar chart: per organisation, or per ministry in a large batch, what
//! is published, planned in time, overdue and not planned in time, with the
//! chart's alt text.

use serde::Serialize;

use crate::cijfers::Cijfers;
use crate::maat::{Maat, Scope};
use crate::registry::ministry_name;

/// One organisation's bar: published, planned in time, overdue, and the rest
/// (no planned date, or planned after the deadline).
#[derive(Debug, Serialize)]
pub struct Balk {
    pub naam: String,
    pub gepubliceerd: u32,
    pub gepland: u32,
    pub achterstallig: u32,
    pub niet_gepland: u32,
}

/// The bars: one per organisation, or with `per_ministerie` one per ministry
/// (the sum of its organisations), without the supervisors.
pub fn balken(f: &Cijfers, per_ministerie: bool) -> (Vec<Balk>, String) {
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for o in f.organisaties.iter().filter(|o| o.telt_mee() && !o.toezichthouder) {
        if !per_ministerie {
            groups.push((o.naam.clone(), vec![o.code.as_str()]));
            continue;
        }
        let naam = ministry_name(&o.ministerie);
        match groups.iter_mut().find(|(n, _)| n == naam) {
            Some((_, codes)) => codes.push(&o.code),
            None => groups.push((naam.to_owned(), vec![o.code.as_str()])),
        }
    }
    let mut list: Vec<(Balk, u32)> = groups
        .into_iter()
        .map(|(naam, codes)| {
            let get = |maat: Maat| codes.iter().map(|c| f.org_figure(c, Scope::Alle, maat)).sum::<u32>();
            let (rest, gepland, achter) = (
                get(Maat::Resterend),
                get(Maat::GeplandVoorDeadline),
                get(Maat::Achterstallig),
            );
            let b = Balk {
                naam,
                gepubliceerd: get(Maat::Gepubliceerd),
                gepland: gepland.saturating_sub(achter),
                achterstallig: achter,
                niet_gepland: rest.saturating_sub(gepland),
            };
            (b, rest)
        })
        .filter(|(b, rest)| b.gepubliceerd + rest > 0)
        .collect();
    list.sort_by(|(x, xr), (y, yr)| {
        (y.gepubliceerd, yr)
            .cmp(&(x.gepubliceerd, xr))
            .then_with(|| crate::text::key(&x.naam).cmp(&crate::text::key(&y.naam)))
    });
    let parts: Vec<String> = list
        .iter()
        .map(|(b, _)| {
            format!(
                "{}: {} gepubliceerd, {} op tijd gepland, {} achterstallig, {} niet op tijd gepland",
                b.naam, b.gepubliceerd, b.gepland, b.achterstallig, b.niet_gepland
            )
        })
        .collect();
    let wat = if per_ministerie { "ministerie" } else { "organisatie" };
    let alt = if parts.is_empty() {
        format!("Staafdiagram per {wat}: geen organisatie heeft algoritmen gepubliceerd of gepland.")
    } else {
        format!("Staafdiagram per {wat}. {}.", parts.join("; "))
    };
    (list.into_iter().map(|(b, _)| b).collect(), alt)
}
