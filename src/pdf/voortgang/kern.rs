//! The front panel: the headline figures (published, categories A and B,
//! sheets sent in), each with a line of text and a judgement: before the
//! deadline on track or not, after it the backlog (`Achterstand`).

use serde::Serialize;

use crate::cijfers::Cijfers;
use crate::maat::{Groep, Maat, Plicht, Scope};
use crate::model::Category;
use crate::text::dutch_date_long;

/// A headline figure on the front panel.
#[derive(Debug, Serialize)]
pub struct Kern {
    pub titel: String,
    pub waarde: String,
    pub tekst: String,
    /// `true` on track, `false` needs attention, `None` no judgement (or past the deadline).
    pub op_schema: Option<bool>,
    /// Past the deadline: what is still open ("Achterstand"); `None` before it.
    pub achterstand: Option<u32>,
}

/// The five headline figures, in the order of the panel: what is mandatory
/// first (published of mandatory, then per category), all published second.
pub fn kern(f: &Cijfers) -> Vec<Kern> {
    let delivered = f.organisaties.iter().filter(|o| o.ingeleverd).count();
    let get = |maat: Maat| f.total(&Groep::Totaal, Scope::Alle, maat);
    let (verplicht, verplicht_gepubl, gepubl) = (
        get(Maat::Verplicht),
        get(Maat::VerplichtGepubliceerd),
        get(Maat::Gepubliceerd),
    );
    vec![
        Kern {
            titel: "Verplicht gepubliceerd (A en B)".into(),
            waarde: format!("{verplicht_gepubl} van {verplicht}"),
            tekst: "verplichte algoritmen en AI-systemen in het register".into(),
            op_schema: None,
            achterstand: None,
        },
        kern_categorie(f, Category::A, "Hoog-risico-AI-systemen (A)"),
        kern_categorie(f, Category::B, "Impactvolle algoritmen (B)"),
        Kern {
            titel: "Alle gepubliceerd (A, B en C)".into(),
            waarde: gepubl.to_string(),
            tekst: format!(
                "in het register, ook de {} vrijwillige (niet verplicht)",
                gepubl.saturating_sub(verplicht_gepubl)
            ),
            op_schema: None,
            achterstand: None,
        },
        Kern {
            titel: "Statusoverzichten".into(),
            waarde: format!("{delivered} van {}", f.organisaties.len()),
            tekst: "organisaties hebben ingeleverd".into(),
            op_schema: None,
            achterstand: None,
        },
    ]
}

/// The sentences under the panel: what "op schema" means before the
/// deadline, what "achterstand" means after it.
pub fn uitleg(f: &Cijfers) -> String {
    let past = [Plicht::A, Plicht::B].map(|d| f.achterstand_of(&Groep::Totaal, d).is_some());
    let mut s =
        "Verplicht zijn hoog-risico-AI-systemen (categorie A) en impactvolle algoritmen (categorie B), behalve algoritmen met uitzondering volledig.".to_owned();
    if past.contains(&false) {
        s.push_str(" Op schema: alles wat nog moet, staat voor de deadline gepland en niets is te laat. En als de organisaties hun planning even goed halen als vorig kwartaal, is bij de deadline alles gepubliceerd.");
    }
    if past.contains(&true) {
        s.push_str(" Achterstand: de deadline is voorbij, en zoveel verplichte algoritmen zijn nog niet gepubliceerd.");
    }
    s.push_str(" De onafhankelijke toezichthouders tellen niet mee in deze totalen.");
    s
}

fn kern_categorie(f: &Cijfers, cat: Category, titel: &str) -> Kern {
    let get = |maat: Maat| f.total(&Groep::Totaal, Scope::Category(cat), maat);
    let (verplicht, gepubl, rest) = (
        get(Maat::Verplicht),
        get(Maat::VerplichtGepubliceerd),
        get(Maat::Resterend),
    );
    let deel = if cat == Category::A { Plicht::A } else { Plicht::B };
    if let Some(a) = f.achterstand_of(&Groep::Totaal, deel) {
        let a = &a.achterstand;
        let tekst = if verplicht == 0 {
            "geen verplichte publicaties".to_owned()
        } else if a.klaar {
            match a.ingehaald {
                0 => "gepubliceerd: alle verplichte, op tijd".to_owned(),
                1 => "gepubliceerd; na de deadline is er 1 ingehaald".to_owned(),
                n => format!("gepubliceerd; na de deadline zijn er {n} ingehaald"),
            }
        } else {
            format!(
                "gepubliceerd; {} open sinds de deadline van {}, {} ingehaald",
                a.open,
                dutch_date_long(a.deadline),
                a.ingehaald
            )
        };
        return Kern {
            titel: titel.to_owned(),
            waarde: format!("{gepubl} van {verplicht}"),
            tekst,
            op_schema: None,
            achterstand: (verplicht > 0).then_some(a.open),
        };
    }
    let parts = [
        (get(Maat::OpTijdGepland), "op tijd gepland"),
        (get(Maat::Achterstallig), "achterstallig"),
        (get(Maat::GeplandNaDeadline), "gepland na de deadline"),
        (get(Maat::ZonderPlanning), "zonder planning"),
    ];
    let op_tijd = parts[0].0;
    // The plans are on track only if they are believable: the expectation
    // (plans kept as well as last quarter) reaches every mandatory algorithm.
    let verwacht = f
        .prognose
        .iter()
        .find(|p| p.groep == Groep::Totaal && p.categorie.categories() == [cat])
        .and_then(|p| p.verwacht_voor_deadline)
        .unwrap_or(verplicht);
    let op_schema = op_tijd == rest && verwacht >= verplicht;
    let tekst = if verplicht == 0 {
        "geen verplichte publicaties".to_owned()
    } else if rest == 0 {
        "gepubliceerd: alle verplichte".to_owned()
    } else if op_schema {
        format!("gepubliceerd; nog {rest} te publiceren, alle op tijd gepland")
    } else if op_tijd == rest {
        format!(
            "gepubliceerd; nog {rest} te publiceren, alle op tijd gepland, maar naar verwachting zijn er bij de deadline {verwacht} gepubliceerd"
        )
    } else {
        // The parts of what remains; together they are `rest`.
        let deel: Vec<String> = parts
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, wat)| format!("{n} {wat}"))
            .collect();
        format!("gepubliceerd; nog {rest} te publiceren: {}", deel.join(", "))
    };
    Kern {
        titel: titel.to_owned(),
        waarde: format!("{gepubl} van {verplicht}"),
        tekst,
        op_schema: (verplicht > 0).then_some(op_schema),
        achterstand: None,
    }
}
