//! The small words and phrases the texts are built from: counts with
//! their noun (singular or plural), lists, the subject, the deadline, and
//! the notes under a capped list.

use chrono::{Datelike, NaiveDate};

use crate::organisaties::ministry_name;
use crate::text::{dutch_date_long, key};

use super::stand::OrgCount;

/// The first sentence names every organisation that published, up to this
/// many; with more, it gives their number and the [`MOST_IN_SENTENCE`] with the most.
pub const MAX_ORGANISATIONS_IN_SENTENCE: usize = 20;
/// How many organisations a shortened first sentence names.
pub const MOST_IN_SENTENCE: usize = 5;

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

/// "1 hoog-risico-AI-systeem", "3 hoog-risico-AI-systemen".
pub fn hoogrisico(n: u32) -> String {
    if n == 1 {
        "1 hoog-risico-AI-systeem".to_owned()
    } else {
        format!("{n} hoog-risico-AI-systemen")
    }
}

const NUMBER_WORDS: [&str; 13] = [
    "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
];

/// "beide ministeries en hun taakorganisaties", "het ministerie van Asiel
/// en Migratie en zijn taakorganisaties". Only ministries count as
/// ministries; other groups (`GEM`, `PROV`) are named apart.
pub fn onderwerp(groepen: &[String]) -> String {
    let (ministeries, andere): (Vec<String>, Vec<String>) = groepen
        .iter()
        .cloned()
        .partition(|g| crate::organisaties::is_ministry(g));
    if andere.is_empty() {
        return onderwerp_ministeries(&ministeries);
    }
    let andere = format!("de organisaties van {}", opsomming(&andere));
    if ministeries.is_empty() {
        return andere;
    }
    format!("{}, en {andere}", onderwerp_ministeries(&ministeries))
}

fn onderwerp_ministeries(ministeries: &[String]) -> String {
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
        [_, _] => "beide ministeries en hun taakorganisaties".to_owned(),
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
