//! The tables of figures: one per ministry with its organisations (and the
//! supervisors apart), or in a large batch one row per ministry and the
//! organisations with overdue publications.

use serde::Serialize;

use super::capped::MAX_ROWS;
use crate::cijfers::{Cijfers, OrganisatieStatus};
use crate::maat::{Maat, Scope};
use crate::model::Category;
use crate::organisaties::ministry_name;
use crate::pdf::zinnen;

/// One organisation's table row; counts are `None` when no sheet came in.
#[derive(Debug, Serialize)]
pub struct Rij {
    pub naam: String,
    pub fase: String,
    pub cijfers: Option<[u32; WIDTH]>,
}

/// One table under its own heading: the organisations of one ministry (or
/// of the supervisors) with their total; in a large batch the ministries, or
/// the organisations with overdue publications.
#[derive(Debug, Serialize)]
pub struct Tabelgroep {
    pub naam: String,
    /// A sentence under the heading.
    pub tekst: Option<String>,
    /// The headers of the first two columns ("Organisatie", "Fase").
    pub kop: [&'static str; 2],
    pub rijen: Vec<Rij>,
    /// The bold last row; `None`: no total row.
    pub totaal: Option<[u32; WIDTH]>,
    /// Wider figure columns, for the totals of whole ministries.
    pub brede_getallen: bool,
}

/// The number of figure columns.
pub const WIDTH: usize = 10;

/// The table's figure columns, in order; the maten under their own label
/// ([`Maat::label`]). Each row adds up on the page: A + B − uitzondering
/// volledig = verplicht, and verplicht = verplicht gepubliceerd +
/// achterstallig + op tijd gepland + gepland na de deadline + zonder planning.
pub const COLUMNS: [&str; WIDTH] = [
    "A",
    "B",
    "Uitzondering volledig (A, B)",
    Maat::Verplicht.label(),
    Maat::VerplichtGepubliceerd.label(),
    Maat::Achterstallig.label(),
    Maat::OpTijdGepland.label(),
    Maat::GeplandNaDeadline.label(),
    Maat::ZonderPlanning.label(),
    "C",
];

/// The place of achterstallig, verplicht and verplicht gepubliceerd in a row.
const ACHTERSTALLIG: usize = 5;
const VERPLICHT: usize = 3;
const VERPLICHT_GEPUBLICEERD: usize = 4;

fn row_figures(f: &Cijfers, code: &str) -> [u32; WIDTH] {
    let cat = |c: Category, maat: Maat| f.org_figure(code, Scope::Category(c), maat);
    let all = |maat: Maat| f.org_figure(code, Scope::Alle, maat);
    [
        cat(Category::A, Maat::Geinventariseerd),
        cat(Category::B, Maat::Geinventariseerd),
        cat(Category::A, Maat::UitzonderingVolledig) + cat(Category::B, Maat::UitzonderingVolledig),
        all(Maat::Verplicht),
        all(Maat::VerplichtGepubliceerd),
        all(Maat::Achterstallig),
        all(Maat::OpTijdGepland),
        all(Maat::GeplandNaDeadline),
        all(Maat::ZonderPlanning),
        cat(Category::C, Maat::Geinventariseerd),
    ]
}

/// Rows of only zeros are left out; the sentence names them.
fn zonder_nullen(rijen: Vec<Rij>) -> (Vec<Rij>, Option<String>) {
    let (nul, rest): (Vec<Rij>, Vec<Rij>) = rijen
        .into_iter()
        .partition(|r| r.cijfers.is_some_and(|c| c.iter().all(|v| *v == 0)));
    let tekst = match nul.len() {
        0 => None,
        1 => Some(format!("Niet in de tabel, want zonder algoritmen: {}.", nul[0].naam)),
        _ => Some(format!(
            "Niet in de tabel, want zonder algoritmen: {}.",
            zinnen::opsomming(&nul.iter().map(|r| r.naam.clone()).collect::<Vec<_>>())
        )),
    };
    (rest, tekst)
}

fn fase(o: &OrganisatieStatus) -> String {
    match (o.overgenomen_uit, o.ingeleverd, o.fase) {
        (Some(q), _, _) => format!("overgenomen uit {q}"),
        (None, false, _) => "geen overzicht".to_owned(),
        (None, true, Some(p)) => p.as_str().to_owned(),
        (None, true, None) => "onbekend".to_owned(),
    }
}

/// The table, first the ministries side by side (supervisors apart), then
/// one group per ministry with its organisations and the supervisors last.
pub fn groepen(f: &Cijfers) -> Vec<Tabelgroep> {
    let mut out = per_ministerie(f);
    out.extend(per_organisatie(f));
    out
}

fn per_organisatie(f: &Cijfers) -> Vec<Tabelgroep> {
    let mut keys: Vec<(bool, String)> = f
        .organisaties
        .iter()
        .map(|o| (o.toezichthouder, o.ministerie.clone()))
        .collect();
    keys.sort();
    keys.dedup_by(|a, b| a.0 && b.0 || a == b);
    keys.into_iter()
        .map(|(toez, ministerie)| {
            let mut orgs: Vec<&OrganisatieStatus> = f
                .organisaties
                .iter()
                .filter(|o| o.toezichthouder == toez && (toez || o.ministerie == ministerie))
                .collect();
            orgs.sort_by_key(|o| crate::text::key(&o.naam));
            let rijen: Vec<Rij> = orgs
                .iter()
                .map(|o| Rij {
                    naam: o.naam.clone(),
                    fase: fase(o),
                    cijfers: o.telt_mee().then(|| row_figures(f, &o.code)),
                })
                .collect();
            let mut totaal = [0u32; WIDTH];
            for r in rijen.iter().filter_map(|r| r.cijfers) {
                optellen(&mut totaal, r);
            }
            let (rijen, tekst) = zonder_nullen(rijen);
            let naam = if toez {
                "Onafhankelijke toezichthouders (tellen niet mee in de totalen)".to_owned()
            } else {
                ministry_name(&ministerie).to_owned()
            };
            Tabelgroep {
                naam,
                tekst,
                kop: ["Organisatie", "Fase"],
                rijen,
                totaal: Some(totaal),
                brede_getallen: false,
            }
        })
        .collect()
}

fn optellen(totaal: &mut [u32; WIDTH], rij: [u32; WIDTH]) {
    for (t, v) in totaal.iter_mut().zip(rij) {
        *t += v;
    }
}

/// "12 van 13": how many of `orgs` sent a sheet (or had one carried forward).
fn ingeleverd(orgs: &[&OrganisatieStatus]) -> String {
    format!("{} van {}", orgs.iter().filter(|o| o.telt_mee()).count(), orgs.len())
}

/// The tables of a large batch: one row per ministry with the total, the
/// supervisors together, and the organisations with the most overdue publications.
pub fn groepen_per_ministerie(f: &Cijfers) -> Vec<Tabelgroep> {
    let mut out = per_ministerie(f);
    out.extend(achterstallig(f));
    out
}

/// One row per ministry with the total, and the supervisors together apart.
fn per_ministerie(f: &Cijfers) -> Vec<Tabelgroep> {
    let mut ministeries: Vec<&str> = f
        .organisaties
        .iter()
        .filter(|o| !o.toezichthouder)
        .map(|o| o.ministerie.as_str())
        .collect();
    ministeries.sort_unstable();
    ministeries.dedup();
    let som = |orgs: &[&OrganisatieStatus]| {
        let mut s = [0u32; WIDTH];
        for o in orgs.iter().filter(|o| o.telt_mee()) {
            optellen(&mut s, row_figures(f, &o.code));
        }
        s
    };
    let mut rijen: Vec<Rij> = ministeries
        .iter()
        .map(|m| {
            let orgs: Vec<&OrganisatieStatus> = f
                .organisaties
                .iter()
                .filter(|o| !o.toezichthouder && o.ministerie == *m)
                .collect();
            Rij {
                naam: ministry_name(m).to_owned(),
                fase: ingeleverd(&orgs),
                cijfers: Some(som(&orgs)),
            }
        })
        .collect();
    rijen.sort_by_key(|r| crate::text::key(&r.naam));
    let mut totaal = [0u32; WIDTH];
    for r in rijen.iter().filter_map(|r| r.cijfers) {
        optellen(&mut totaal, r);
    }
    let mut out = vec![Tabelgroep {
        naam: "Per ministerie".to_owned(),
        tekst: None,
        // A group that is no ministry (`GEM`) is not called one.
        kop: [
            if ministeries
                .iter()
                .all(|m| crate::maat::Groep::Ministerie((*m).to_owned()).is_ministerie())
            {
                "Ministerie"
            } else {
                "Ministerie of groep"
            },
            "Ingeleverd",
        ],
        rijen,
        totaal: Some(totaal),
        brede_getallen: true,
    }];
    let toezicht: Vec<&OrganisatieStatus> = f.organisaties.iter().filter(|o| o.toezichthouder).collect();
    if !toezicht.is_empty() {
        out.push(Tabelgroep {
            naam: "Onafhankelijke toezichthouders (tellen niet mee in de totalen)".to_owned(),
            tekst: None,
            kop: ["", "Ingeleverd"],
            rijen: vec![Rij {
                naam: "Alle toezichthouders samen".to_owned(),
                fase: ingeleverd(&toezicht),
                cijfers: Some(som(&toezicht)),
            }],
            totaal: None,
            brede_getallen: true,
        });
    }
    out
}

/// The organisations with the most overdue publications, at most [`MAX_ROWS`].
fn achterstallig(f: &Cijfers) -> Vec<Tabelgroep> {
    let mut out = Vec::new();
    let mut achter: Vec<(&OrganisatieStatus, [u32; WIDTH])> = f
        .organisaties
        .iter()
        .filter(|o| o.telt_mee())
        .map(|o| (o, row_figures(f, &o.code)))
        .filter(|(_, r)| r[ACHTERSTALLIG] > 0)
        .collect();
    achter.sort_by(|(x, xr), (y, yr)| {
        let open = |r: &[u32; WIDTH]| r[VERPLICHT] - r[VERPLICHT_GEPUBLICEERD];
        (yr[ACHTERSTALLIG], open(yr))
            .cmp(&(xr[ACHTERSTALLIG], open(xr)))
            .then_with(|| crate::text::key(&x.naam).cmp(&crate::text::key(&y.naam)))
    });
    let n = achter.len();
    if n > 0 {
        out.push(Tabelgroep {
            naam: "Organisaties met achterstallige publicaties".to_owned(),
            tekst: Some(zinnen::achterstallig(n, MAX_ROWS)),
            kop: ["Organisatie", "Fase"],
            rijen: achter
                .into_iter()
                .take(MAX_ROWS)
                .map(|(o, r)| Rij {
                    naam: o.naam.clone(),
                    fase: fase(o),
                    cijfers: Some(r),
                })
                .collect(),
            totaal: None,
            brede_getallen: false,
        });
    }
    out
}
