//! The figures as Dutch sentences, in the style of the letter to Parliament:
//! singular and plural, one ministry or both, zero counts, and organisations
//! sorted by count and then by name.

use chrono::{Datelike, NaiveDate};

use crate::figures::Figures;
use crate::maat::{Maat, Scope};
use crate::model::Category;
use crate::registry::ministry_name;
use crate::text::{dutch_date_long, key};

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
    pub fn from_figures(f: &Figures, ministerie: Option<&str>) -> Stand {
        let in_scope = |o: &&crate::figures::OrgStatus| ministerie.is_none_or(|m| o.ministerie == m);
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
            deadline_a: f.deadline.a,
            deadline_b: f.deadline.b,
            peildatum: f.peildatum,
            toezichthouders,
        }
    }
}

/// The first sentence names every organisation that published, up to this
/// many; with more, it gives their number and the [`MEESTE_IN_ZIN`] with the most.
pub const MAX_ORGANISATIES_IN_ZIN: usize = 20;
/// How many organisations a shortened first sentence names.
pub const MEESTE_IN_ZIN: usize = 5;

/// "1 organisatie", "12 organisaties".
pub fn organisaties(n: usize) -> String {
    if n == 1 {
        "1 organisatie".to_owned()
    } else {
        format!("{n} organisaties")
    }
}

/// Where everything is: "in de werkmap voortgang-2025-Q2.xlsx, blad Organisaties".
pub fn in_werkmap(kwartaal: &str, blad: &str) -> String {
    format!("in de werkmap voortgang-{kwartaal}.xlsx, blad {blad}")
}

/// Under the bar chart when it has one bar per ministry instead of one per organisation.
pub fn balken_per_ministerie(orgs: usize, kwartaal: &str) -> String {
    format!(
        "Dit rapport gaat over {}. Een staaf per organisatie is dan niet te lezen. \
         Daarom staat hier een staaf per ministerie. De cijfers van elke organisatie staan {}.",
        organisaties(orgs),
        in_werkmap(kwartaal, "Organisaties")
    )
}

/// Above the tables when they count per ministry instead of per organisation.
pub fn cijfers_per_ministerie(orgs: usize, kwartaal: &str) -> String {
    format!(
        "Dit rapport gaat over {}. Daarom staan hier de cijfers per ministerie, en daarna alleen de \
         organisaties met achterstallige publicaties. De cijfers van elke organisatie staan {}.",
        organisaties(orgs),
        in_werkmap(kwartaal, "Organisaties")
    )
}

/// Over the list of organisations with overdue publications, of which the
/// first `getoond` are shown.
pub fn achterstallig(n: usize, getoond: usize) -> String {
    match n {
        0 => "Geen enkele organisatie heeft achterstallige publicaties.".to_owned(),
        1 => "Eén organisatie heeft achterstallige publicaties.".to_owned(),
        n if n <= getoond => format!("Er zijn {n} organisaties met achterstallige publicaties."),
        n => format!(
            "Er zijn {n} organisaties met achterstallige publicaties. Hieronder staan de {getoond} met de meeste."
        ),
    }
}

/// A list cut short: "De tabel toont de eerste 25 van de 312 verschillen.
/// Alle verschillen staan in de werkmap ..., blad Afstemming." `wat` is the
/// plural noun; `totaal` is more than `getoond`.
pub fn eerste_van(getoond: usize, totaal: usize, wat: &str, waar: &str) -> String {
    let eerste = if getoond == 1 {
        "er 1".to_owned()
    } else {
        format!("de eerste {getoond}")
    };
    format!("De tabel toont {eerste} van de {totaal} {wat}. Alle {wat} staan {waar}.")
}

/// After the changes per organisation when only the largest are listed.
pub fn grootste_wijzigingen(n: usize, getoond: usize, waar: &str) -> String {
    format!(
        "Bij {} zijn de cijfers veranderd. De tabel toont de {getoond} met de grootste verandering. \
         De wijzigingen per algoritme staan {waar}.",
        organisaties(n)
    )
}

/// After the first names of the organisations without a sheet.
pub fn eerste_namen(getoond: usize, waar: &str) -> String {
    format!(
        "Hieronder staan de eerste {getoond}, op volgorde van de lijst met organisaties. \
         Wie wel en niet inleverde, staat {waar} (kolom Ingeleverd)."
    )
}

/// `a`, `a en b`, `a, b en c`.
pub fn opsomming(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} en {last}", init.join(", ")),
    }
}

/// "1 algoritme of AI-systeem", "32 algoritmen en AI-systemen".
pub fn algoritmen(n: u32) -> String {
    if n == 1 {
        "1 algoritme of AI-systeem".to_owned()
    } else {
        format!("{n} algoritmen en AI-systemen")
    }
}

/// "1 impactvol algoritme", "11 impactvolle algoritmen".
pub fn impactvol(n: u32) -> String {
    if n == 1 {
        "1 impactvol algoritme".to_owned()
    } else {
        format!("{n} impactvolle algoritmen")
    }
}

/// "1 hoogrisico-AI-systeem", "3 hoogrisico-AI-systemen".
pub fn hoogrisico(n: u32) -> String {
    if n == 1 {
        "1 hoogrisico-AI-systeem".to_owned()
    } else {
        format!("{n} hoogrisico-AI-systemen")
    }
}

const NUMBER_WORDS: [&str; 13] = [
    "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
];

/// "de beide ministeries en haar taakorganisaties", "het ministerie van Asiel
/// en Migratie en zijn taakorganisaties".
pub fn onderwerp(ministeries: &[String]) -> String {
    match ministeries {
        [] => "de organisaties".to_owned(),
        [one] => {
            let name = ministry_name(one);
            let in_sentence = match name.strip_prefix("Ministerie ") {
                Some(rest) => format!("het ministerie {rest}"),
                None => format!("het ministerie {name}"),
            };
            format!("{in_sentence} en zijn taakorganisaties")
        }
        [_, _] => "de beide ministeries en haar taakorganisaties".to_owned(),
        more => {
            let n = more.len();
            let word = NUMBER_WORDS.get(n).map_or_else(|| n.to_string(), |w| (*w).to_owned());
            format!("de {word} ministeries en hun taakorganisaties")
        }
    }
}

/// "eind 2025" for 31 December, else "30 september 2026".
pub fn deadline_tekst(d: NaiveDate) -> String {
    if d.month() == 12 && d.day() == 31 {
        format!("eind {}", d.year())
    } else {
        dutch_date_long(d)
    }
}

/// Organisations with at least one publication: most first, then by name.
pub fn per_organisatie(orgs: &[OrgCount]) -> Vec<&OrgCount> {
    let mut list: Vec<&OrgCount> = orgs.iter().filter(|o| o.aantal > 0).collect();
    list.sort_by(|x, y| {
        y.aantal
            .cmp(&x.aantal)
            .then_with(|| key(&x.naam).cmp(&key(&y.naam)))
            .then_with(|| x.naam.cmp(&y.naam))
    });
    list
}

/// B then A, leaving out zeros: "11 impactvolle algoritmen en 3 hoogrisico-AI-systemen".
fn b_en_a(b: u32, a: u32) -> (String, u32, usize) {
    let mut parts = Vec::new();
    if b > 0 {
        parts.push(impactvol(b));
    }
    if a > 0 {
        parts.push(hoogrisico(a));
    }
    (opsomming(&parts), a + b, parts.len())
}

/// The paragraphs. `moment` opens the first sentence: "Op dit moment",
/// "Op 31 december 2025".
pub fn alineas(s: &Stand, moment: &str) -> Vec<String> {
    let mut out = Vec::new();
    let wie = onderwerp(&s.ministeries);

    // What has been published, and by whom.
    let mut p = if s.gepubliceerd == 0 {
        format!("{moment} hebben {wie} nog geen algoritmen of AI-systemen gepubliceerd in het algoritmeregister.")
    } else {
        format!(
            "{moment} hebben {wie} {} gepubliceerd in het algoritmeregister.",
            algoritmen(s.gepubliceerd)
        )
    };
    let orgs = per_organisatie(&s.organisaties);
    match orgs.as_slice() {
        [] => {}
        [one] if one.aantal == 1 => p.push_str(&format!(
            " Het gaat om een algoritme of AI-systeem van {}.",
            one.naam_in_zin
        )),
        list if list.len() > MAX_ORGANISATIES_IN_ZIN => {
            let items: Vec<String> = list
                .iter()
                .take(MEESTE_IN_ZIN)
                .map(|o| format!("{} ({})", o.naam_in_zin, o.aantal))
                .collect();
            p.push_str(&format!(
                " Het gaat om algoritmen en AI-systemen van {} organisaties, het meest van {}.",
                list.len(),
                opsomming(&items)
            ));
        }
        list => {
            let items: Vec<String> = list
                .iter()
                .map(|o| format!("{} ({})", o.naam_in_zin, o.aantal))
                .collect();
            p.push_str(&format!(
                " Het gaat om algoritmen en AI-systemen van {}.",
                opsomming(&items)
            ));
        }
    }
    out.push(p);

    // The mandatory ones: A and B.
    let (verplicht, v_total, v_parts) = b_en_a(s.b.verplicht, s.a.verplicht);
    if v_total == 0 {
        out.push(
            "Er zijn geen impactvolle algoritmen of hoogrisico-AI-systemen die gepubliceerd moeten worden.".into(),
        );
    } else {
        let mut p = if v_parts == 1 {
            let verb = if v_total == 1 { "moet" } else { "moeten" };
            format!("In totaal {verb} {verplicht} verplicht worden gepubliceerd.")
        } else {
            format!(
                "In totaal moeten {} verplicht worden gepubliceerd: {verplicht}.",
                algoritmen(v_total)
            )
        };
        let (gepubl, g_total, _) = b_en_a(s.b.gepubliceerd, s.a.gepubliceerd);
        if g_total == 0 {
            p.push_str(" Hiervan is nog geen enkel algoritme of AI-systeem gepubliceerd.");
        } else {
            let verb = if g_total == 1 { "is" } else { "zijn" };
            p.push_str(&format!(" Hiervan {verb} inmiddels {gepubl} gepubliceerd."));
        }
        p.push_str(&resterend(s, g_total));
        out.push(p);
    }

    if let Some(published) = s.toezichthouders {
        let mut p =
            String::from("De onafhankelijke toezichthouders registreren zelf en tellen niet mee in deze cijfers.");
        match published {
            Some(0) => p.push_str(" Zij hebben samen nog geen algoritmen of AI-systemen gepubliceerd."),
            Some(n) => p.push_str(&format!(" Zij hebben samen {} gepubliceerd.", algoritmen(n))),
            None => {}
        }
        out.push(p);
    }
    out
}

/// "De overige 11 impactvolle algoritmen en 7 hoogrisico-AI-systemen"; a count
/// of 1 takes its own article: "Het overige impactvolle algoritme en de overige
/// 2 hoogrisico-AI-systemen".
fn overige(b: u32, a: u32, joined: &str) -> String {
    if b != 1 && a != 1 {
        return format!("De overige {joined}");
    }
    let part = |n: u32, one: &str, many: String| match n {
        0 => None,
        1 => Some(format!("het overige {one}")),
        _ => Some(format!("de overige {many}")),
    };
    let parts: Vec<String> = [
        part(b, "impactvolle algoritme", impactvol(b)),
        part(a, "hoogrisico-AI-systeem", hoogrisico(a)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let text = opsomming(&parts);
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The sentences on what is still to be published, with a leading space.
fn resterend(s: &Stand, published: u32) -> String {
    let (rest, r_total, r_parts) = b_en_a(s.b.resterend, s.a.resterend);
    if r_total == 0 {
        return " Daarmee zijn alle verplichte algoritmen en AI-systemen gepubliceerd.".into();
    }
    let voor = if s.deadline_a == s.deadline_b {
        format!("voor {}", deadline_tekst(s.deadline_b))
    } else {
        format!(
            "voor hun deadline ({} voor impactvolle algoritmen, {} voor hoogrisico-AI-systemen)",
            deadline_tekst(s.deadline_b),
            deadline_tekst(s.deadline_a)
        )
    };
    let gepland = s.a.gepland_voor_deadline + s.b.gepland_voor_deadline;
    let zonder = s.a.zonder_planning + s.b.zonder_planning;
    let later = r_total.saturating_sub(gepland + zonder);
    let achter = s.a.achterstallig + s.b.achterstallig;
    let single = r_total == 1 && r_parts == 1;
    let overige = overige(s.b.resterend, s.a.resterend, &rest);
    let mut out = String::new();
    if s.peildatum >= s.deadline_a.max(s.deadline_b) {
        let deadline = if s.deadline_a == s.deadline_b {
            format!("de deadline ({})", deadline_tekst(s.deadline_b))
        } else {
            "de deadline".to_owned()
        };
        let verb = if single { "is" } else { "zijn" };
        out.push_str(&format!(
            " {overige} {verb} nog niet gepubliceerd, terwijl {deadline} voorbij is."
        ));
        if later > 0 {
            out.push_str(&format!(" Voor {later} daarvan staat de publicatie nu later gepland."));
        }
        if zonder > 0 {
            out.push_str(&format!(" Voor {zonder} daarvan is nog geen datum gepland."));
        }
        return out;
    }
    if gepland == r_total {
        if published == 0 {
            let wie = if r_total == 1 { "Het staat" } else { "Ze staan allemaal" };
            out.push_str(&format!(" {wie} {voor} gepland voor publicatie."));
        } else {
            let verb = if single { "staat" } else { "staan" };
            out.push_str(&format!(" {overige} {verb} {voor} gepland voor publicatie."));
        }
    } else {
        if published > 0 {
            let verb = if single { "moet" } else { "moeten" };
            out.push_str(&format!(" {overige} {verb} nog worden gepubliceerd."));
        }
        match gepland {
            0 => out.push_str(&format!(" Daarvan staat er nog geen {voor} gepland voor publicatie.")),
            1 => out.push_str(&format!(" Daarvan staat er 1 {voor} gepland voor publicatie.")),
            n => out.push_str(&format!(" Daarvan staan er {n} {voor} gepland voor publicatie.")),
        }
        if later > 0 {
            out.push_str(&format!(" Voor {later} daarvan ligt de geplande datum later."));
        }
        if zonder > 0 {
            out.push_str(&format!(" Voor {zonder} daarvan is nog geen datum gepland."));
        }
    }
    match achter {
        0 => {}
        1 => out.push_str(" Volgens de eigen planning had 1 algoritme of AI-systeem al gepubliceerd moeten zijn."),
        n => out.push_str(&format!(
            " Volgens de eigen planning hadden {} al gepubliceerd moeten zijn.",
            algoritmen(n)
        )),
    }
    out
}

#[cfg(test)]
mod tests;
