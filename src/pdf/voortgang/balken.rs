//! The bar chart: per organisation, or per ministry in a large batch, the
//! five parts of the mandatory algorithms (published, overdue, planned in
//! time, planned after the deadline, not planned), with the chart's alt text.

use serde::Serialize;

use crate::cijfers::Cijfers;
use crate::maat::{Maat, Scope};
use crate::organisaties::ministry_name;

/// One organisation's bar: its mandatory algorithms in five parts that add
/// up to `verplicht` ([`Maat::PARTS`]).
#[derive(Debug, Serialize)]
pub struct Balk {
    pub naam: String,
    /// Mandatory and published (`verplicht_gepubliceerd`).
    pub gepubliceerd: u32,
    pub achterstallig: u32,
    /// Planned after the quarter, on or before the deadline (`op_tijd_gepland`).
    pub gepland: u32,
    pub na_deadline: u32,
    pub zonder_planning: u32,
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
            let rest = get(Maat::Resterend);
            let b = Balk {
                naam,
                gepubliceerd: get(Maat::VerplichtGepubliceerd),
                achterstallig: get(Maat::Achterstallig),
                gepland: get(Maat::OpTijdGepland),
                na_deadline: get(Maat::GeplandNaDeadline),
                zonder_planning: get(Maat::ZonderPlanning),
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
                "{}: {} gepubliceerd, {} achterstallig, {} op tijd gepland, {} gepland na de deadline, {} zonder planning",
                b.naam, b.gepubliceerd, b.achterstallig, b.gepland, b.na_deadline, b.zonder_planning
            )
        })
        .collect();
    let wat = if per_ministerie { "ministerie" } else { "organisatie" };
    let alt = if parts.is_empty() {
        format!("Staafdiagram per {wat}: geen organisatie heeft verplichte algoritmen.")
    } else {
        format!("Staafdiagram per {wat}. {}.", parts.join("; "))
    };
    (list.into_iter().map(|(b, _)| b).collect(), alt)
}
