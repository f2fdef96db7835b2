//! The annual section for Parliament, `jaarrapportage-<jaar>.pdf`: a public
//! document with figures per ministry and organisation only (no algorithm
//! names, no findings, no contact data), typeset by `templates/jaarrapportage.typ`.

use serde::Serialize;

use super::zinnen::{self, Stand, opsomming};
use crate::figures::Figures;
use crate::maat::{Groep, Maat, Scope};
use crate::model::{Category, Quarter};
use crate::registry::ministry_name;
use crate::text::dutch_date_long;

#[derive(Debug, Serialize)]
pub struct Ministerie {
    pub naam: String,
    pub alineas: Vec<String>,
}

/// The year-end figures of one group, one row per category.
#[derive(Debug, Serialize)]
pub struct StandGroep {
    pub naam: String,
    pub rijen: Vec<Vec<String>>,
}

#[derive(Debug, Serialize)]
pub struct Punt {
    pub kwartaal: String,
    pub gepubliceerd: u32,
    pub verplicht_gepubliceerd: u32,
    pub verplicht: u32,
}

#[derive(Debug, Serialize)]
pub struct Jaar {
    pub titel: String,
    pub jaar: i32,
    pub classificatie: &'static str,
    pub voorlopig: bool,
    pub peildatum: String,
    pub kwartalen_tekst: String,
    pub alineas: Vec<String>,
    pub ministeries: Vec<Ministerie>,
    pub stand_kop: Vec<&'static str>,
    pub stand: Vec<StandGroep>,
    pub verloop: Vec<Punt>,
    pub verloop_alt: String,
    pub dit_jaar_tekst: String,
    pub dit_jaar: Vec<Vec<String>>,
    pub daarna_tekst: String,
    pub daarna: Vec<Vec<String>>,
    /// What happened per algorithm during the year: counts per category only.
    pub veranderd_tekst: String,
    pub veranderd: Vec<Vec<String>>,
    pub organisaties: Vec<Vec<String>>,
}

/// Sums the quarter-to-quarter changes of the year (ministries only, counts
/// per category: no algorithm is named) into a text and a table.
fn veranderd(jaar: i32, quarters: &[(Quarter, Figures)]) -> (String, Vec<Vec<String>>) {
    let steps: Vec<&crate::history::Mutaties> = quarters.iter().filter_map(|(_, f)| f.mutaties.as_ref()).collect();
    if steps.is_empty() {
        return (
            format!("Er is maar één kwartaal van {jaar}: er valt per algoritme nog niets te vergelijken."),
            vec![],
        );
    }
    let mut sum: std::collections::BTreeMap<crate::model::Category, crate::history::MutatieTelling> =
        Default::default();
    for m in &steps {
        for (c, t) in &m.totaal {
            let s = sum.entry(*c).or_default();
            s.nieuw_geinventariseerd += t.nieuw_geinventariseerd;
            s.nieuw_gepubliceerd += t.nieuw_gepubliceerd;
            s.nieuw_vervallen += t.nieuw_vervallen;
            s.categorie_gewijzigd += t.categorie_gewijzigd;
            s.verschoven += t.verschoven;
            s.verschoven_dagen += t.verschoven_dagen;
            s.verdwenen += t.verdwenen;
        }
    }
    let labels = [
        "A: hoog-risico AI-systemen",
        "B: impactvolle algoritmen",
        "C: overige algoritmen",
    ];
    let rows: Vec<Vec<String>> = sum
        .values()
        .zip(labels)
        .map(|(t, label)| {
            let gemiddeld = if t.verschoven > 0 {
                (t.verschoven_dagen / i64::from(t.verschoven)).to_string()
            } else {
                "–".to_owned()
            };
            vec![
                label.to_owned(),
                t.nieuw_geinventariseerd.to_string(),
                t.nieuw_gepubliceerd.to_string(),
                t.nieuw_vervallen.to_string(),
                t.categorie_gewijzigd.to_string(),
                t.verschoven.to_string(),
                gemiddeld,
            ]
        })
        .collect();
    let total = |f: fn(&crate::history::MutatieTelling) -> u32| sum.values().map(f).sum::<u32>();
    let stappen: Vec<String> = steps
        .iter()
        .zip(quarters.iter().filter(|(_, f)| f.mutaties.is_some()))
        .map(|(m, (q, _))| format!("{} naar {q}", m.vorig_kwartaal))
        .collect();
    let verb = |n: u32, one: &str, more: &str| format!("{} {n}", if n == 1 { one } else { more });
    let tekst = format!(
        "Elk algoritme is van kwartaal tot kwartaal gevolgd ({}). Zo {} er bij de ministeries bij in de inventaris, \
         {} er gepubliceerd, {}, {} een andere categorie en schoof de geplande publicatie {} keer op. \
         De tabel telt per categorie; alleen aantallen, geen namen.",
        opsomming(&stappen),
        verb(total(|t| t.nieuw_geinventariseerd), "kwam", "kwamen"),
        verb(total(|t| t.nieuw_gepubliceerd), "werd", "werden"),
        verb(total(|t| t.nieuw_vervallen), "verviel er", "vervielen er"),
        verb(total(|t| t.categorie_gewijzigd), "kreeg", "kregen"),
        total(|t| t.verschoven),
    );
    (tekst, rows)
}

/// The groups of the totals in report order, with the name a reader sees.
fn groups(f: &Figures) -> Vec<(&Groep, &str)> {
    f.groups()
        .into_iter()
        .map(|g| {
            let name = match g {
                Groep::Totaal => "Ministeries samen",
                Groep::Toezichthouders => "Onafhankelijke toezichthouders",
                Groep::Ministerie(code) => ministry_name(code),
            };
            (g, name)
        })
        .collect()
}

/// The rows of the state table: each scope with the label a reader sees.
fn scope_label(scope: Scope) -> &'static str {
    match scope {
        Scope::Category(Category::A) => "A: hoog-risico AI-systemen",
        Scope::Category(Category::B) => "B: impactvolle algoritmen",
        Scope::Category(Category::C) => "C: overige algoritmen",
        Scope::Alle => "Totaal",
    }
}

fn kwartalen_tekst(jaar: i32, present: &[Quarter], missing: &[Quarter]) -> String {
    let names = |qs: &[Quarter]| opsomming(&qs.iter().map(Quarter::to_string).collect::<Vec<_>>());
    let mut s = format!("Deze rapportage gebruikt de statusoverzichten van {}.", names(present));
    if !missing.is_empty() {
        s.push_str(&format!(
            " Van {} ontbreken de cijfers nog; de stand aan het einde van {jaar} is daarom de stand op de laatste peildatum.",
            names(missing)
        ));
    }
    s
}

/// Everything the annual template needs. `quarters` holds the quarters of
/// the year that were read, oldest first, and is not empty.
pub fn data(jaar: i32, quarters: &[(Quarter, Figures)], missing: &[Quarter]) -> Option<Jaar> {
    let (_, last) = quarters.last()?;
    let present: Vec<Quarter> = quarters.iter().map(|(q, _)| *q).collect();
    let moment = format!("Op {}", dutch_date_long(last.peildatum));
    let all = Stand::from_figures(last, None);
    let ministeries = all
        .ministeries
        .iter()
        .map(|m| Ministerie {
            naam: ministry_name(m).to_owned(),
            alineas: zinnen::alineas(&Stand::from_figures(last, Some(m)), &moment),
        })
        .collect();

    let groups = groups(last);
    let stand = groups
        .iter()
        .map(|(g, name)| StandGroep {
            naam: (*name).to_owned(),
            rijen: Scope::ALL
                .iter()
                .map(|scope| {
                    let mut row = vec![scope_label(*scope).to_owned()];
                    row.extend(
                        [
                            Maat::Geinventariseerd,
                            Maat::Verplicht,
                            Maat::Gepubliceerd,
                            Maat::Resterend,
                            Maat::GeplandVoorDeadline,
                            Maat::ZonderPlanning,
                        ]
                        .map(|maat| last.total(g, *scope, maat).to_string()),
                    );
                    row
                })
                .collect(),
        })
        .collect();

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

    let nieuw = |g: &Groep, scope: Scope| -> u32 {
        quarters
            .iter()
            .map(|(_, f)| f.total(g, scope, Maat::NieuwGepubliceerd))
            .sum()
    };
    let dit_jaar = groups
        .iter()
        .map(|(g, name)| {
            let mut row = vec![(*name).to_owned()];
            row.extend(Scope::ALL.map(|scope| nieuw(g, scope).to_string()));
            row
        })
        .collect();
    let n_all = nieuw(&Groep::Totaal, Scope::Alle);
    let mut dit_jaar_tekst = format!(
        "In {} hebben de ministeries en hun taakorganisaties {} nieuw gepubliceerd (publicatiedatum in het kwartaal).",
        opsomming(&present.iter().map(Quarter::to_string).collect::<Vec<_>>()),
        if n_all == 0 {
            "geen algoritmen of AI-systemen".to_owned()
        } else {
            zinnen::algoritmen(n_all)
        }
    );
    if !missing.is_empty() {
        dit_jaar_tekst.push_str(" De kwartalen zonder cijfers tellen hier nog niet mee.");
    }

    let daarna = groups
        .iter()
        .map(|(g, name)| {
            let t = |maat: Maat| last.total(g, Scope::Alle, maat);
            let rest = t(Maat::Resterend);
            let later = rest.saturating_sub(t(Maat::Achterstallig) + t(Maat::ZonderPlanning));
            vec![
                (*name).to_owned(),
                rest.to_string(),
                later.to_string(),
                t(Maat::Achterstallig).to_string(),
                t(Maat::ZonderPlanning).to_string(),
            ]
        })
        .collect();
    let daarna_tekst = format!(
        "Nog te publiceren zijn de verplichte algoritmen (A en B) die op {} nog niet in het register stonden. \
         Gepland na de peildatum: er is een publicatiedatum na {}.",
        dutch_date_long(last.peildatum),
        dutch_date_long(last.peildatum)
    );

    let mut organisaties: Vec<(bool, String, String, Vec<String>)> = last
        .organisaties
        .iter()
        .map(|o| {
            let get = |maat: Maat| {
                if o.ingeleverd {
                    last.org_figure(&o.code, Scope::Alle, maat).to_string()
                } else {
                    "–".to_owned()
                }
            };
            let ministerie = if o.toezichthouder {
                "toezichthouder".to_owned()
            } else {
                o.ministerie.clone()
            };
            let row = vec![
                o.naam.clone(),
                ministerie.clone(),
                get(Maat::Gepubliceerd),
                get(Maat::Verplicht),
                get(Maat::Resterend),
                get(Maat::GeplandVoorDeadline),
            ];
            (o.toezichthouder, ministerie, crate::text::key(&o.naam), row)
        })
        .collect();
    organisaties.sort_by(|a, b| (a.0, &a.1, &a.2).cmp(&(b.0, &b.1, &b.2)));

    let (veranderd_tekst, veranderd) = veranderd(jaar, quarters);
    Some(Jaar {
        veranderd_tekst,
        veranderd,
        titel: format!("Jaarrapportage Bedrijfsvoering Rijk {jaar}: Algoritmeregister JenV en AenM"),
        jaar,
        classificatie: "Openbaar",
        voorlopig: quarters.iter().any(|(_, f)| f.voorlopig),
        peildatum: dutch_date_long(last.peildatum),
        kwartalen_tekst: kwartalen_tekst(jaar, &present, missing),
        alineas: zinnen::alineas(&all, &moment),
        ministeries,
        stand_kop: vec![
            "Categorie",
            "Geïnventariseerd",
            "Verplicht",
            "Gepubliceerd",
            "Nog te publiceren",
            "Op tijd gepland",
            "Zonder planning",
        ],
        stand,
        verloop,
        verloop_alt,
        dit_jaar_tekst,
        dit_jaar,
        daarna_tekst,
        daarna,
        organisaties: organisaties.into_iter().map(|(_, _, _, r)| r).collect(),
    })
}
