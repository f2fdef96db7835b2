//! The front panel: the headline figures (published, categories A and B,
//! sheets sent in), each with a line of text and a judgement.

use serde::Serialize;

use crate::cijfers::Cijfers;
use crate::maat::{Groep, Maat, Scope};
use crate::model::Category;

/// A headline figure on the front panel.
#[derive(Debug, Serialize)]
pub struct Kern {
    pub titel: String,
    pub waarde: String,
    pub tekst: String,
    /// `true` on track, `false` needs attention, `None` no judgement.
    pub op_schema: Option<bool>,
}

/// The four headline figures, in the order of the panel.
pub fn kern(f: &Cijfers) -> Vec<Kern> {
    let delivered = f.organisaties.iter().filter(|o| o.ingeleverd).count();
    vec![
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
    ]
}

fn kern_categorie(f: &Cijfers, cat: Category, titel: &str) -> Kern {
    let get = |maat: Maat| f.total(&Groep::Totaal, Scope::Category(cat), maat);
    let (verplicht, gepubl, rest) = (get(Maat::Verplicht), get(Maat::Gepubliceerd), get(Maat::Resterend));
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
        .map_or(verplicht, |p| p.verwacht_voor_deadline);
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
    }
}
