//! The sentences after a deadline: what came in since, what is still open,
//! and at the pace of the last four quarters when it will be done.

use crate::prognose::Achterstand;
use crate::text::dutch_decimal;

/// A pace in Dutch: `1,25`, `0,5`, `2`.
pub fn tempo_tekst(tempo: f64) -> String {
    dutch_decimal(tempo)
}

/// "Sinds de deadline zijn er 3 gepubliceerd; er staan er nog 4 open. Op dit
/// tempo (1,25 per kwartaal) is alles naar verwachting in 2027-Q3 gepubliceerd."
pub fn na_deadline(a: &Achterstand) -> String {
    if a.klaar {
        return match a.ingehaald {
            0 => "Alles is gepubliceerd, en alles op tijd.".to_owned(),
            1 => "Alles is gepubliceerd. Na de deadline is er nog 1 gepubliceerd.".to_owned(),
            n => format!("Alles is gepubliceerd. Na de deadline zijn er nog {n} gepubliceerd."),
        };
    }
    let mut s = match a.ingehaald {
        0 => "Sinds de deadline is er nog niets gepubliceerd".to_owned(),
        1 => "Sinds de deadline is er 1 gepubliceerd".to_owned(),
        n => format!("Sinds de deadline zijn er {n} gepubliceerd"),
    };
    s.push_str(&match a.open {
        1 => "; er staat er nog 1 open.".to_owned(),
        n => format!("; er staan er nog {n} open."),
    });
    match a.verwacht_klaar {
        Some(q) => s.push_str(&format!(
            " Op dit tempo ({} per kwartaal) is alles naar verwachting in {q} gepubliceerd.",
            tempo_tekst(a.tempo)
        )),
        None => s.push_str(
            " In de laatste vier kwartalen is er niets gepubliceerd. Wanneer alles gepubliceerd is, is daarom niet te schatten.",
        ),
    }
    s
}
