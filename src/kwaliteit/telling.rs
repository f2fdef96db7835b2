//! The quality counts: per organisation, per group (ministry, `Totaal`,
//! `Toezichthouders`), and the most common gaps in plain Dutch.

use std::collections::BTreeMap;

use serde::Serialize;

use super::controle::{AlgoritmeKwaliteit, Gebrek};
use super::standaard::regel_van;
use crate::maat::Groep;
use crate::model::Category;
use crate::organisaties::Organisatie;
use crate::register::Veld;

/// What one organisation or group published, and how complete it is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct KwaliteitTelling {
    /// Descriptions in the register.
    pub gepubliceerd: usize,
    /// Of those: written to a standard before 1.0 (not in `volledig`).
    pub oudere_standaard: usize,
    /// Standard 1.0 and no required field empty.
    pub volledig: usize,
    pub met_waarde_buiten_standaard: usize,
    /// Category A or B ...
    pub categorie_a_b: usize,
    /// ... of which with an impact assessment.
    pub met_impacttoets: usize,
    /// Category A ...
    pub categorie_a: usize,
    /// ... of which with an IAMA.
    pub met_iama: usize,
    /// Texts with a readability indication (the B1 fields that are filled in).
    pub teksten: usize,
    /// Of those, "moeilijk" by the indication.
    pub teksten_moeilijk: usize,
    /// Algorithms with at least one such text.
    pub algoritmen_met_moeilijke_tekst: usize,
}

impl KwaliteitTelling {
    fn add(&mut self, a: &AlgoritmeKwaliteit) {
        let ab = a.categorie.is_some_and(Category::mandatory);
        let is_a = a.categorie == Some(Category::A);
        let moeilijk = a.moeilijk().count();
        self.gepubliceerd += 1;
        self.oudere_standaard += usize::from(a.oudere_standaard);
        self.volledig += usize::from(a.volledig());
        self.met_waarde_buiten_standaard += usize::from(!a.afwijkingen.is_empty());
        self.categorie_a_b += usize::from(ab);
        self.met_impacttoets += usize::from(ab && !a.zonder_impacttoets);
        self.categorie_a += usize::from(is_a);
        self.met_iama += usize::from(is_a && !a.zonder_iama);
        self.teksten += a.leesbaarheid.len();
        self.teksten_moeilijk += moeilijk;
        self.algoritmen_met_moeilijke_tekst += usize::from(moeilijk > 0);
    }

    fn plus(&mut self, o: &KwaliteitTelling) {
        self.gepubliceerd += o.gepubliceerd;
        self.oudere_standaard += o.oudere_standaard;
        self.volledig += o.volledig;
        self.met_waarde_buiten_standaard += o.met_waarde_buiten_standaard;
        self.categorie_a_b += o.categorie_a_b;
        self.met_impacttoets += o.met_impacttoets;
        self.categorie_a += o.categorie_a;
        self.met_iama += o.met_iama;
        self.teksten += o.teksten;
        self.teksten_moeilijk += o.teksten_moeilijk;
        self.algoritmen_met_moeilijke_tekst += o.algoritmen_met_moeilijke_tekst;
    }
}

/// One organisation's counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgKwaliteit {
    pub organisatie: String,
    pub naam: String,
    pub ministerie: String,
    pub toezichthouder: bool,
    #[serde(flatten)]
    pub telling: KwaliteitTelling,
}

/// One group's counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroepKwaliteit {
    pub groep: Groep,
    #[serde(flatten)]
    pub telling: KwaliteitTelling,
}

/// Every organisation of `orgs` (in that order) and the groups: each
/// ministry without its supervisors, `Totaal` of the ministries, `Toezichthouders`.
pub fn per_org_and_group(
    orgs: &[&Organisatie],
    algoritmen: &[AlgoritmeKwaliteit],
) -> (Vec<OrgKwaliteit>, Vec<GroepKwaliteit>) {
    let mut per_org: Vec<OrgKwaliteit> = orgs
        .iter()
        .map(|o| OrgKwaliteit {
            organisatie: o.code.clone(),
            naam: o.naam.clone(),
            ministerie: o.ministerie.clone(),
            toezichthouder: o.toezichthouder,
            telling: KwaliteitTelling::default(),
        })
        .collect();
    for a in algoritmen {
        if let Some(o) = per_org.iter_mut().find(|o| o.organisatie == a.organisatie) {
            o.telling.add(a);
        }
    }
    let mut ministries: BTreeMap<&str, KwaliteitTelling> = BTreeMap::new();
    let (mut totaal, mut toezicht) = (KwaliteitTelling::default(), KwaliteitTelling::default());
    let mut supervisors = false;
    for o in &per_org {
        if o.toezichthouder {
            supervisors = true;
            toezicht.plus(&o.telling);
        } else {
            ministries.entry(&o.ministerie).or_default().plus(&o.telling);
            totaal.plus(&o.telling);
        }
    }
    let mut groepen: Vec<GroepKwaliteit> = ministries
        .into_iter()
        .map(|(m, telling)| GroepKwaliteit {
            groep: Groep::Ministerie(m.to_owned()),
            telling,
        })
        .collect();
    groepen.push(GroepKwaliteit {
        groep: Groep::Totaal,
        telling: totaal,
    });
    if supervisors {
        groepen.push(GroepKwaliteit {
            groep: Groep::Toezichthouders,
            telling: toezicht,
        });
    }
    (per_org, groepen)
}

/// How many algorithms have one kind of gap (in one field, where it has one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GebrekTelling {
    pub gebrek: Gebrek,
    pub veld: Option<Veld>,
    pub algoritmen: usize,
    /// The gap in one plain Dutch sentence.
    pub zin: String,
}

fn algoritmes(n: usize) -> String {
    if n == 1 {
        "1 algoritme".to_owned()
    } else {
        format!("{n} algoritmes")
    }
}

fn zin(gebrek: Gebrek, veld: Option<Veld>, n: usize) -> String {
    let titel = veld.map_or("", |v| regel_van(v).titel);
    match gebrek {
        Gebrek::VeldLeeg => format!("Bij {} is het verplichte veld {titel} leeg.", algoritmes(n)),
        Gebrek::WaardeBuitenStandaard => {
            format!("Bij {} past {titel} niet bij de publicatiestandaard.", algoritmes(n))
        }
        Gebrek::GeenImpacttoets => format!(
            "Bij {} van categorie A of B staat geen impacttoets, zoals een DPIA of IAMA.",
            algoritmes(n)
        ),
        Gebrek::GeenIama => format!(
            "Bij {} van categorie A (hoog risico) staat geen IAMA bij de impacttoetsen.",
            algoritmes(n)
        ),
        Gebrek::TekstMoeilijk => format!(
            "Bij {} is {titel} volgens de leesbaarheidsindicatie moeilijk te lezen.",
            algoritmes(n)
        ),
    }
}

/// The gaps by kind and field, most common first (then in the order of kind and field).
pub fn meest_voorkomend(algoritmen: &[AlgoritmeKwaliteit]) -> Vec<GebrekTelling> {
    let mut n: BTreeMap<(Gebrek, Option<Veld>), usize> = BTreeMap::new();
    for a in algoritmen {
        let mut keys: Vec<(Gebrek, Option<Veld>)> = Vec::new();
        keys.extend(a.lege_velden.iter().map(|v| (Gebrek::VeldLeeg, Some(*v))));
        keys.extend(
            a.afwijkingen
                .iter()
                .map(|x| (Gebrek::WaardeBuitenStandaard, Some(x.veld))),
        );
        if a.gebreken.contains(&Gebrek::GeenImpacttoets) {
            keys.push((Gebrek::GeenImpacttoets, None));
        }
        if a.zonder_iama {
            keys.push((Gebrek::GeenIama, None));
        }
        keys.extend(a.moeilijk().map(|t| (Gebrek::TekstMoeilijk, Some(t.veld))));
        keys.sort();
        keys.dedup();
        for k in keys {
            *n.entry(k).or_default() += 1;
        }
    }
    let mut out: Vec<GebrekTelling> = n
        .into_iter()
        .map(|((gebrek, veld), algoritmen)| GebrekTelling {
            gebrek,
            veld,
            algoritmen,
            zin: zin(gebrek, veld, algoritmen),
        })
        .collect();
    out.sort_by_key(|g| std::cmp::Reverse(g.algoritmen));
    out
}
