//! The quarterly report for the CDO/CIO council, `voortgang-<kwartaal>.pdf`:
//! its data (built here, typeset by `templates/voortgang.typ`) and its exporter.

use anyhow::Result;
use serde::Serialize;

use super::Maker;
use super::zinnen::{self, Stand, algoritmen};
use crate::export::Exporter;
use crate::figures::{Figures, OrgStatus};
use crate::maat::{Groep, Maat, Scope};
use crate::model::Category;
use crate::pipeline::Loaded;
use crate::registry::ministry_name;
use crate::text::dutch_date_long;

/// A headline figure on the front panel.
#[derive(Debug, Serialize)]
pub struct Kern {
    pub titel: String,
    pub waarde: String,
    pub tekst: String,
    /// `true` on track, `false` needs attention, `None` no judgement.
    pub op_schema: Option<bool>,
}

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

/// One organisation's table row; counts are `None` when no sheet came in.
#[derive(Debug, Serialize)]
pub struct Rij {
    pub naam: String,
    pub fase: String,
    pub cijfers: Option<[u32; 7]>,
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
    pub totaal: Option<[u32; 7]>,
    /// Wider figure columns, for the totals of whole ministries.
    pub brede_getallen: bool,
}

/// The change in one organisation's figures since the previous quarter.
#[derive(Debug, Serialize)]
pub struct Wijziging {
    pub naam: String,
    pub gepubliceerd_vorig: u32,
    pub gepubliceerd: u32,
    pub resterend_vorig: u32,
    pub resterend: u32,
}

#[derive(Debug, Serialize)]
pub struct Wijzigingen {
    pub tekst: String,
    pub rijen: Vec<Wijziging>,
}

#[derive(Debug, Serialize)]
pub struct Ontbreekt {
    pub zinnen: Vec<String>,
    pub zonder_blad: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Voortgang {
    pub titel: String,
    pub kwartaal: String,
    pub peildatum: String,
    pub classificatie: String,
    pub voorlopig: bool,
    pub kern: Vec<Kern>,
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
    pub kolommen: [&'static str; 7],
    pub groepen: Vec<Tabelgroep>,
    pub wijzigingen: Wijzigingen,
    pub mutaties: Option<super::secties::Mutatiedeel>,
    pub afstemming: Option<super::secties::Afstemdeel>,
    pub ontbreekt: Ontbreekt,
}

/// Up to this many organisations (in `organisaties.csv`) the bar chart and
/// the tables show each organisation; with more, they count per ministry and
/// list only the organisations with overdue publications.
pub const MAX_ORGANISATIES: usize = 60;
/// Most rows in a list of the report (overdue organisations, changes per
/// organisation, changes per algorithm, differences with the register); the
/// rest is in the workbook.
pub const MAX_RIJEN: usize = 25;
/// Most names in the list of organisations without a sheet.
pub const MAX_NAMEN: usize = 20;

/// The table's figure columns, in order.
const KOLOMMEN: [&str; 7] = [
    "A",
    "B",
    "C",
    "Gepubliceerd",
    "Nog te publiceren",
    "Achterstallig",
    "Zonder planning",
];

fn row_figures(f: &Figures, code: &str) -> [u32; 7] {
    let inv = |c: Category| f.org_figure(code, Scope::Category(c), Maat::Geinventariseerd);
    let all = |maat: Maat| f.org_figure(code, Scope::Alle, maat);
    [
        inv(Category::A),
        inv(Category::B),
        inv(Category::C),
        all(Maat::Gepubliceerd),
        all(Maat::Resterend),
        all(Maat::Achterstallig),
        all(Maat::ZonderPlanning),
    ]
}

fn kern_categorie(f: &Figures, cat: Category, titel: &str) -> Kern {
    let get = |maat: Maat| f.total(&Groep::Totaal, Scope::Category(cat), maat);
    let (verplicht, gepubl, rest) = (get(Maat::Verplicht), get(Maat::Gepubliceerd), get(Maat::Resterend));
    let (gepland, achter, zonder) = (
        get(Maat::GeplandVoorDeadline),
        get(Maat::Achterstallig),
        get(Maat::ZonderPlanning),
    );
    let op_schema = gepland == rest && achter == 0;
    let mut tekst = if verplicht == 0 {
        "geen verplichte publicaties".to_owned()
    } else if rest == 0 {
        "gepubliceerd: alle verplichte".to_owned()
    } else if gepland == rest {
        format!("gepubliceerd; nog {rest} te publiceren, alle op tijd gepland")
    } else {
        format!("gepubliceerd; nog {rest} te publiceren, {gepland} op tijd gepland")
    };
    if zonder > 0 {
        tekst.push_str(&format!(", {zonder} zonder planning"));
    }
    if achter > 0 {
        tekst.push_str(&format!(", {achter} achterstallig"));
    }
    Kern {
        titel: titel.to_owned(),
        waarde: format!("{gepubl} van {verplicht}"),
        tekst,
        op_schema: (verplicht > 0).then_some(op_schema),
    }
}

fn fase(o: &OrgStatus) -> String {
    match (o.overgenomen_uit, o.ingeleverd, o.fase) {
        (Some(q), _, _) => format!("overgenomen uit {q}"),
        (None, false, _) => "geen overzicht".to_owned(),
        (None, true, Some(p)) => p.as_str().to_owned(),
        (None, true, None) => "onbekend".to_owned(),
    }
}

/// The table, one group per ministry and the supervisors last.
fn groepen(f: &Figures) -> Vec<Tabelgroep> {
    let mut keys: Vec<(bool, String)> = f
        .organisaties
        .iter()
        .map(|o| (o.toezichthouder, o.ministerie.clone()))
        .collect();
    keys.sort();
    keys.dedup_by(|a, b| a.0 && b.0 || a == b);
    keys.into_iter()
        .map(|(toez, ministerie)| {
            let mut orgs: Vec<&OrgStatus> = f
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
            let mut totaal = [0u32; 7];
            for r in rijen.iter().filter_map(|r| r.cijfers) {
                for (t, v) in totaal.iter_mut().zip(r) {
                    *t += v;
                }
            }
            let naam = if toez {
                "Onafhankelijke toezichthouders (tellen niet mee in de totalen)".to_owned()
            } else {
                ministry_name(&ministerie).to_owned()
            };
            Tabelgroep {
                naam,
                tekst: None,
                kop: ["Organisatie", "Fase"],
                rijen,
                totaal: Some(totaal),
                brede_getallen: false,
            }
        })
        .collect()
}

fn optellen(totaal: &mut [u32; 7], rij: [u32; 7]) {
    for (t, v) in totaal.iter_mut().zip(rij) {
        *t += v;
    }
}

/// "12 van 13": how many of `orgs` sent a sheet (or had one carried forward).
fn ingeleverd(orgs: &[&OrgStatus]) -> String {
    format!("{} van {}", orgs.iter().filter(|o| o.telt_mee()).count(), orgs.len())
}

/// The tables of a large batch: one row per ministry with the total, the
/// supervisors together, and the organisations with the most overdue publications.
fn groepen_per_ministerie(f: &Figures) -> Vec<Tabelgroep> {
    let mut ministeries: Vec<&str> = f
        .organisaties
        .iter()
        .filter(|o| !o.toezichthouder)
        .map(|o| o.ministerie.as_str())
        .collect();
    ministeries.sort_unstable();
    ministeries.dedup();
    let som = |orgs: &[&OrgStatus]| {
        let mut s = [0u32; 7];
        for o in orgs.iter().filter(|o| o.telt_mee()) {
            optellen(&mut s, row_figures(f, &o.code));
        }
        s
    };
    let mut rijen: Vec<Rij> = ministeries
        .iter()
        .map(|m| {
            let orgs: Vec<&OrgStatus> = f
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
    let mut totaal = [0u32; 7];
    for r in rijen.iter().filter_map(|r| r.cijfers) {
        optellen(&mut totaal, r);
    }
    let mut out = vec![Tabelgroep {
        naam: "Ministeries".to_owned(),
        tekst: None,
        kop: ["Ministerie", "Ingeleverd"],
        rijen,
        totaal: Some(totaal),
        brede_getallen: true,
    }];
    let toezicht: Vec<&OrgStatus> = f.organisaties.iter().filter(|o| o.toezichthouder).collect();
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
    let mut achter: Vec<(&OrgStatus, [u32; 7])> = f
        .organisaties
        .iter()
        .filter(|o| o.telt_mee())
        .map(|o| (o, row_figures(f, &o.code)))
        .filter(|(_, r)| r[5] > 0)
        .collect();
    achter.sort_by(|(x, xr), (y, yr)| {
        (yr[5], yr[4])
            .cmp(&(xr[5], xr[4]))
            .then_with(|| crate::text::key(&x.naam).cmp(&crate::text::key(&y.naam)))
    });
    let n = achter.len();
    if n > 0 {
        out.push(Tabelgroep {
            naam: "Organisaties met achterstallige publicaties".to_owned(),
            tekst: Some(zinnen::achterstallig(n, MAX_RIJEN)),
            kop: ["Organisatie", "Fase"],
            rijen: achter
                .into_iter()
                .take(MAX_RIJEN)
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

/// The bars: one per organisation, or with `per_ministerie` one per ministry
/// (the sum of its organisations), without the supervisors.
fn balken(f: &Figures, per_ministerie: bool) -> (Vec<Balk>, String) {
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

fn wijzigingen(f: &Figures, vorig: Option<&Figures>) -> Wijzigingen {
    let Some(p) = vorig else {
        return Wijzigingen {
            tekst: format!(
                "Er is geen eerder kwartaal dan {} in de invoer. Daarom is er geen vergelijking met het vorige kwartaal.",
                f.kwartaal
            ),
            rijen: vec![],
        };
    };
    let vorige = p.kwartaal;
    let total = |x: &Figures, maat: Maat| x.total(&Groep::Totaal, Scope::Alle, maat);
    let (nu, toen) = (total(f, Maat::Gepubliceerd), total(p, Maat::Gepubliceerd));
    let verschil = i64::from(nu) - i64::from(toen);
    let mut tekst = match verschil {
        0 => format!("Sinds {vorige} is het aantal gepubliceerde algoritmen en AI-systemen gelijk gebleven ({nu})."),
        d if d > 0 => format!(
            "Sinds {vorige} {} er {} bijgekomen in het register: van {toen} naar {nu}.",
            if d == 1 { "is" } else { "zijn" },
            algoritmen(d as u32)
        ),
        d => format!(
            "Sinds {vorige} is het aantal gepubliceerde algoritmen en AI-systemen gedaald met {}: van {toen} naar {nu}.",
            -d
        ),
    };
    let (rest_nu, rest_toen) = (total(f, Maat::Resterend), total(p, Maat::Resterend));
    tekst.push_str(&format!(
        " Nog te publiceren (verplicht): {rest_nu}, in {vorige} waren dat er {rest_toen}."
    ));
    let mut rijen = Vec::new();
    for o in f.organisaties.iter().filter(|o| !o.toezichthouder) {
        let now = |x: &Figures, maat: Maat| x.org_figure(&o.code, Scope::Alle, maat);
        let w = Wijziging {
            naam: o.naam.clone(),
            gepubliceerd_vorig: now(p, Maat::Gepubliceerd),
            gepubliceerd: now(f, Maat::Gepubliceerd),
            resterend_vorig: now(p, Maat::Resterend),
            resterend: now(f, Maat::Resterend),
        };
        if w.gepubliceerd != w.gepubliceerd_vorig || w.resterend != w.resterend_vorig {
            rijen.push(w);
        }
    }
    if rijen.is_empty() {
        tekst.push_str(" Bij geen enkele organisatie zijn de cijfers veranderd.");
    }
    if rijen.len() > MAX_RIJEN {
        let n = rijen.len();
        let grootte =
            |w: &Wijziging| w.gepubliceerd.abs_diff(w.gepubliceerd_vorig) + w.resterend.abs_diff(w.resterend_vorig);
        rijen.sort_by(|x, y| {
            grootte(y)
                .cmp(&grootte(x))
                .then_with(|| crate::text::key(&x.naam).cmp(&crate::text::key(&y.naam)))
        });
        rijen.truncate(MAX_RIJEN);
        tekst.push(' ');
        tekst.push_str(&zinnen::grootste_wijzigingen(
            n,
            MAX_RIJEN,
            &zinnen::in_werkmap(&f.kwartaal.to_string(), "Mutaties"),
        ));
    }
    Wijzigingen { tekst, rijen }
}

fn ontbreekt(f: &Figures) -> Ontbreekt {
    let zonder_blad: Vec<String> = f
        .organisaties
        .iter()
        .filter(|o| !o.ingeleverd)
        .map(|o| match o.overgenomen_uit {
            Some(q) => format!("{} (cijfers overgenomen uit {q})", o.naam),
            None => o.naam.clone(),
        })
        .collect();
    let n = zonder_blad.len();
    let totaal = f.organisaties.len();
    let mut zinnen = vec![match n {
        0 => format!("Alle {totaal} organisaties hebben een statusoverzicht ingeleverd."),
        1 => format!("Van de {totaal} organisaties heeft er 1 geen statusoverzicht ingeleverd."),
        _ => format!("Van de {totaal} organisaties hebben er {n} geen statusoverzicht ingeleverd."),
    }];
    let t = f.bevindingen_telling;
    let woord = |n: usize, een: &str, meer: &str| format!("{n} {}", if n == 1 { een } else { meer });
    zinnen.push(format!(
        "Bij de controle zijn {}, {} en {} gevonden. De lijst met bevindingen staat in cijfers-{}.json.",
        woord(t.fout, "fout", "fouten"),
        woord(t.waarschuwing, "waarschuwing", "waarschuwingen"),
        woord(t.info, "opmerking", "opmerkingen"),
        f.kwartaal
    ));
    let u = f.rijen.uitgesloten;
    if u > 0 {
        zinnen.push(format!(
            "Van de {} gelezen rijen {} niet meegeteld, omdat er een fout in zit.",
            f.rijen.gelezen,
            if u == 1 {
                "is er 1".to_owned()
            } else {
                format!("zijn er {u}")
            }
        ));
    }
    let mut zonder_blad = zonder_blad;
    if n > MAX_NAMEN {
        zonder_blad.truncate(MAX_NAMEN);
        zinnen.push(zinnen::eerste_namen(
            MAX_NAMEN,
            &zinnen::in_werkmap(&f.kwartaal.to_string(), "Organisaties"),
        ));
    }
    Ontbreekt { zinnen, zonder_blad }
}

/// Everything the template needs, as plain data.
pub fn data(f: &Figures, vorig: Option<&Figures>) -> Voortgang {
    let delivered = f.organisaties.iter().filter(|o| o.ingeleverd).count();
    let per_ministerie = f.organisaties.len() > MAX_ORGANISATIES;
    let (balken, balken_alt) = balken(f, per_ministerie);
    let kwartaal = f.kwartaal.to_string();
    let wat = if per_ministerie { "ministerie" } else { "organisatie" };
    Voortgang {
        titel: format!("Voortgang publicatie in het Algoritmeregister, {}", f.kwartaal),
        kwartaal: f.kwartaal.to_string(),
        peildatum: dutch_date_long(f.peildatum),
        classificatie: f.classificatie.to_owned(),
        voorlopig: f.voorlopig,
        kern: vec![
            Kern {
                titel: "Gepubliceerd".into(),
                waarde: f.total(&Groep::Totaal, Scope::Alle, Maat::Gepubliceerd).to_string(),
                tekst: "algoritmen en AI-systemen in het register (A, B en C)".into(),
                op_schema: None,
            },
            kern_categorie(f, Category::A, "Hoog-risico AI-systemen (A)"),
            kern_categorie(f, Category::B, "Impactvolle algoritmen (B)"),
            Kern {
                titel: "Statusoverzichten".into(),
                waarde: format!("{delivered} van {}", f.organisaties.len()),
                tekst: "organisaties hebben ingeleverd".into(),
                op_schema: None,
            },
        ],
        alineas: zinnen::alineas(&Stand::from_figures(f, None), "Op dit moment"),
        balken_kop: format!("Publicatie per {wat}"),
        balken_onderschrift: format!("Gepubliceerd, gepland en achterstallig per {wat} (zonder de toezichthouders)"),
        balken_tekst: per_ministerie.then(|| zinnen::balken_per_ministerie(f.organisaties.len(), &kwartaal)),
        balken,
        balken_alt,
        cijfers_kop: format!("Cijfers per {wat}"),
        cijfers_tekst: per_ministerie.then(|| zinnen::cijfers_per_ministerie(f.organisaties.len(), &kwartaal)),
        kolommen: KOLOMMEN,
        groepen: if per_ministerie {
            groepen_per_ministerie(f)
        } else {
            groepen(f)
        },
        wijzigingen: wijzigingen(f, vorig),
        mutaties: super::secties::mutaties(f),
        afstemming: super::secties::afstemming(f),
        ontbreekt: ontbreekt(f),
    }
}

/// `voortgang-<kwartaal>.pdf`.
pub struct QuarterlyPdf {
    pub maker: Maker,
}

impl Exporter for QuarterlyPdf {
    fn file_name(&self, loaded: &Loaded) -> String {
        format!("voortgang-{}.pdf", loaded.figures.kwartaal)
    }

    fn render(&self, loaded: &Loaded) -> Result<Vec<u8>> {
        let f = &loaded.figures;
        self.maker
            .render("voortgang.typ", &data(f, loaded.previous.as_ref()), f.peildatum)
    }
}
