//! The comparison with the previous quarter per organisation: a text on the
//! totals and the organisations whose figures changed, the largest first
//! when there are many.

use serde::Serialize;

use super::capped::MAX_ROWS;
use crate::aggregate::Vorig;
use crate::cijfers::Cijfers;
use crate::maat::{Groep, Maat, Scope};
use crate::pdf::zinnen::{self, algoritmen};

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

pub fn wijzigingen(f: &Cijfers, vorig: Option<&Vorig>) -> Wijzigingen {
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
    let total = |maat: Maat| f.total(&Groep::Totaal, Scope::Alle, maat);
    let (nu, toen) = (total(Maat::Gepubliceerd), p.gepubliceerd);
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
    let (rest_nu, rest_toen) = (total(Maat::Resterend), p.resterend);
    tekst.push_str(&format!(
        " Nog te publiceren (verplicht): {rest_nu}, in {vorige} waren dat er {rest_toen}."
    ));
    let mut rijen = Vec::new();
    for o in f.organisaties.iter().filter(|o| !o.toezichthouder) {
        let now = |maat: Maat| f.org_figure(&o.code, Scope::Alle, maat);
        let (gepubliceerd_vorig, resterend_vorig) = p.organisatie(&o.code);
        let w = Wijziging {
            naam: o.naam.clone(),
            gepubliceerd_vorig,
            gepubliceerd: now(Maat::Gepubliceerd),
            resterend_vorig,
            resterend: now(Maat::Resterend),
        };
        if w.gepubliceerd != w.gepubliceerd_vorig || w.resterend != w.resterend_vorig {
            rijen.push(w);
        }
    }
    if rijen.is_empty() {
        tekst.push_str(" Bij geen enkele organisatie zijn de cijfers veranderd.");
    }
    if rijen.len() > MAX_ROWS {
        let n = rijen.len();
        let grootte =
            |w: &Wijziging| w.gepubliceerd.abs_diff(w.gepubliceerd_vorig) + w.resterend.abs_diff(w.resterend_vorig);
        rijen.sort_by(|x, y| {
            grootte(y)
                .cmp(&grootte(x))
                .then_with(|| crate::text::key(&x.naam).cmp(&crate::text::key(&y.naam)))
        });
        rijen.truncate(MAX_ROWS);
        tekst.push(' ');
        tekst.push_str(&zinnen::grootste_wijzigingen(
            n,
            MAX_ROWS,
            &zinnen::in_werkmap(&f.kwartaal.to_string(), "Mutaties"),
        ));
    }
    Wijzigingen { tekst, rijen }
}
