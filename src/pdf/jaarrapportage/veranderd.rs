//! What happened per algorithm during the year: the quarter-to-quarter
//! changes of the ministries summed per category (counts only, no names).

use crate::cijfers::Cijfers;
use crate::model::Quarter;
use crate::pdf::zinnen::opsomming;

/// Sums the quarter-to-quarter changes of the year (ministries only, counts
/// per category: no algorithm is named) into a text and a table.
pub fn veranderd(jaar: i32, quarters: &[(Quarter, Cijfers)]) -> (String, Vec<Vec<String>>) {
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
        "A: hoog-risico-AI-systemen",
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
    let tekst = format!(
        "Elk algoritme is van kwartaal tot kwartaal gevolgd ({}). Bij de ministeries samen: nieuw in de inventaris {}, \
         gepubliceerd {}, vervallen {}, een andere categorie {}; de geplande publicatie schoof {} keer op. \
         De tabel telt per categorie; alleen aantallen, geen namen.",
        opsomming(&stappen),
        total(|t| t.nieuw_geinventariseerd),
        total(|t| t.nieuw_gepubliceerd),
        total(|t| t.nieuw_vervallen),
        total(|t| t.categorie_gewijzigd),
        total(|t| t.verschoven),
    );
    (tekst, rows)
}
