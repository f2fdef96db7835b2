//! What a text about the figures speaks of: the published and mandatory
//! counts of all ministries or of one, and per organisation.

use chrono::NaiveDate;

use crate::cijfers::Cijfers;
use crate::maat::{Groep, Maat, Scope};
use crate::model::Category;

/// One organisation and how many algorithms it published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgCount {
    pub naam: String,
    pub naam_in_zin: String,
    pub aantal: u32,
}

/// The mandatory figures of one category (A or B).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Verplicht {
    pub verplicht: u32,
    pub gepubliceerd: u32,
    pub resterend: u32,
    pub gepland_voor_deadline: u32,
    pub achterstallig: u32,
    pub zonder_planning: u32,
}

/// What the sentences are made from: the ministries' figures (supervisors apart).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stand {
    /// Ministry codes in scope (`JenV`, `AenM`).
    pub ministeries: Vec<String>,
    /// Published in every category.
    pub gepubliceerd: u32,
    /// Organisations that published at least one, in any order.
    pub organisaties: Vec<OrgCount>,
    pub a: Verplicht,
    pub b: Verplicht,
    pub deadline_a: NaiveDate,
    pub deadline_b: NaiveDate,
    /// The figures' peildatum: once past both deadlines, what remains is late.
    pub peildatum: NaiveDate,
    /// Supervisors: `None` when there are none in scope; otherwise what those
    /// that sent a sheet published (`None` inside when none sent one).
    pub toezichthouders: Option<Option<u32>>,
}

impl Stand {
    /// The figures of all ministries (`ministerie = None`) or of one ministry.
    pub fn from_figures(f: &Cijfers, ministerie: Option<&str>) -> Stand {
        let in_scope = |o: &&crate::cijfers::OrganisatieStatus| ministerie.is_none_or(|m| o.ministerie == m);
        // A ministry's own deadlines (doelen.csv); all ministries together: the Kamer's.
        let deadlines = ministerie.map_or(f.deadline, |m| f.deadlines_of(&Groep::Ministerie(m.to_owned())));
        let orgs: Vec<_> = f
            .organisaties
            .iter()
            .filter(in_scope)
            .filter(|o| !o.toezichthouder)
            .collect();
        let mut ministeries: Vec<String> = orgs.iter().map(|o| o.ministerie.clone()).collect();
        ministeries.sort();
        ministeries.dedup();
        let cat = |c: Category| {
            let sum = |maat: Maat| {
                orgs.iter()
                    .map(|o| f.org_figure(&o.code, Scope::Category(c), maat))
                    .sum()
            };
            Verplicht {
                verplicht: sum(Maat::Verplicht),
                gepubliceerd: sum(Maat::Gepubliceerd),
                resterend: sum(Maat::Resterend),
                gepland_voor_deadline: sum(Maat::GeplandVoorDeadline),
                achterstallig: sum(Maat::Achterstallig),
                zonder_planning: sum(Maat::ZonderPlanning),
            }
        };
        let supervisors: Vec<_> = f
            .organisaties
            .iter()
            .filter(in_scope)
            .filter(|o| o.toezichthouder)
            .collect();
        let toezichthouders = (ministerie.is_none() && !supervisors.is_empty()).then(|| {
            supervisors.iter().any(|o| o.ingeleverd).then(|| {
                supervisors
                    .iter()
                    .map(|o| f.org_figure(&o.code, Scope::Alle, Maat::Gepubliceerd))
                    .sum()
            })
        });
        Stand {
            gepubliceerd: orgs
                .iter()
                .map(|o| f.org_figure(&o.code, Scope::Alle, Maat::Gepubliceerd))
                .sum(),
            organisaties: orgs
                .iter()
                .map(|o| OrgCount {
                    naam: o.naam.clone(),
                    naam_in_zin: o.naam_in_zin.clone(),
                    aantal: f.org_figure(&o.code, Scope::Alle, Maat::Gepubliceerd),
                })
                .collect(),
            ministeries,
            a: cat(Category::A),
            b: cat(Category::B),
            deadline_a: deadlines.a,
            deadline_b: deadlines.b,
            peildatum: f.peildatum,
            toezichthouders,
        }
    }
}
