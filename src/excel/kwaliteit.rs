//! `Kwaliteit`: one row per published algorithm with what the quality check
//! found, and `Kwaliteit per organisatie`: the counts per organisation and
//! group; both only when the run was given `--register`.

use crate::kwaliteit::standaard::regel_van;
use crate::kwaliteit::{AlgoritmeKwaliteit, Kwaliteit, KwaliteitTelling, leesbaarheid};
use crate::model::Category;
use crate::pipeline::Report;
use crate::register::Veld;

use super::layout::{Column, Kind, TableSheet, Value};

/// The fields with a readability indication, in the sheet's order.
const B1: [Veld; 4] = [
    Veld::DescriptionShort,
    Veld::Goal,
    Veld::Proportionality,
    Veld::HumanIntervention,
];

/// The terms the quality sheets use, for `Toelichting`.
pub const TERMS: &[(&str, &str)] = &[
    (
        "Volledig",
        "Een beschrijving in het register volgens publicatiestandaard 1.0 waarin geen verplicht veld leeg is. Een streepje, 'n.v.t.', 'onbekend' en dergelijke tellen als leeg.",
    ),
    (
        "Oudere standaard",
        "Een beschrijving volgens een versie van de publicatiestandaard van voor 1.0. Alleen de velden die er zijn, worden gecontroleerd; zo'n beschrijving telt niet als volledig.",
    ),
    (
        "Impacttoets",
        "Een toets op de gevolgen van een algoritme, zoals een DPIA of IAMA. Voor categorie A en B hoort er een bij de beschrijving te staan.",
    ),
    (
        "IAMA",
        "Impact Assessment Mensenrechten en Algoritmes. Voor hoog-risico-AI-systemen (categorie A) hoort een IAMA bij de impacttoetsen te staan.",
    ),
    (
        "Leesbaarheidsindicatie",
        "Flesch-Douma-score (206,835 - 0,93 x woorden per zin - 77 x lettergrepen per woord) en gemiddelde zinslengte, zonder HTML. Hoe hoger de score, hoe makkelijker. Een tekst heet moeilijk bij een score onder 45 of meer dan 20 woorden per zin (vanaf 10 woorden). Dit is een indicatie, geen oordeel over taalniveau B1.",
    ),
];

fn ja_nee_als(applies: bool, yes: bool) -> Value {
    if applies { Value::yes_no(yes) } else { Value::Empty }
}

fn row(a: &AlgoritmeKwaliteit) -> Vec<Value> {
    let ab = a.categorie.is_some_and(Category::mandatory);
    let is_a = a.categorie == Some(Category::A);
    let lege: Vec<&str> = a.lege_velden.iter().map(|v| regel_van(*v).titel).collect();
    let afwijkingen: Vec<String> = a
        .afwijkingen
        .iter()
        .map(|x| format!("{}: {}", regel_van(x.veld).titel, x.reden))
        .collect();
    let gebreken: Vec<&str> = a.gebreken.iter().map(|g| g.label()).collect();
    let mut cells = vec![
        Value::text(&a.organisatie),
        Value::opt_text(a.algoritme_id.as_deref()),
        Value::text(&a.naam),
        Value::opt_text(a.categorie.map(|c| c.as_str())),
        Value::opt_text(a.standaard.as_deref()),
        Value::yes_no(a.oudere_standaard),
        Value::text(a.register_plaats.to_string()),
        Value::text(lege.join(", ")),
        Value::text(afwijkingen.join("; ")),
        ja_nee_als(ab, !a.zonder_impacttoets),
        ja_nee_als(is_a, !a.zonder_iama),
    ];
    for v in B1 {
        match a.leesbaarheid.iter().find(|t| t.veld == v) {
            Some(t) => {
                cells.push(Value::Decimal(t.leesbaarheid.flesch_douma));
                cells.push(Value::Decimal(t.leesbaarheid.zinslengte));
            }
            None => cells.extend([Value::Empty, Value::Empty]),
        }
    }
    cells.push(Value::text(gebreken.join(", ")));
    cells
}

pub fn kwaliteit(report: &Report) -> Option<TableSheet<'_>> {
    let k = report.cijfers.kwaliteit.as_ref()?;
    let mut columns = vec![
        Column::new("Organisatie", Kind::Text),
        Column::new("Algoritme-ID", Kind::Text),
        Column::new("Naam", Kind::Wrap),
        Column::new("Categorie", Kind::Text),
        Column::new("Standaard", Kind::Text),
        Column::new("Oudere standaard", Kind::Text),
        Column::new("Plaats in download", Kind::Text),
        Column::new("Lege verplichte velden", Kind::Wrap),
        Column::new("Waarden buiten de standaard", Kind::Wrap),
        Column::new("Impacttoets (A en B)", Kind::Text),
        Column::new("IAMA (A)", Kind::Text),
    ];
    for v in B1 {
        let titel = regel_van(v).titel;
        columns.push(Column::new(format!("{titel}: Flesch-Douma"), Kind::Decimal));
        columns.push(Column::new(format!("{titel}: woorden per zin"), Kind::Decimal));
    }
    columns.push(Column::new("Gebreken", Kind::Wrap));
    Some(TableSheet {
        sheet: "Kwaliteit".into(),
        title: format!("Kwaliteit van de registraties, {}", report.cijfers.kwartaal),
        notes: vec![
            format!(
                "Elke gepubliceerde beschrijving van deze organisaties in de export {}, getoetst aan publicatiestandaard 1.0.",
                k.register
            ),
            format!(
                "Leesbaarheid is een indicatie, geen oordeel over B1: moeilijk bij een Flesch-Douma-score onder {} of meer dan {} woorden per zin. Zie Toelichting.",
                leesbaarheid::FLESCH_DOUMA_MOEILIJK,
                leesbaarheid::ZINSLENGTE_MOEILIJK
            ),
        ],
        table: "tbl_kwaliteit".into(),
        columns,
        rows: k.algoritmen.iter().map(row).collect(),
    })
}

fn counts(t: &KwaliteitTelling) -> [Value; 11] {
    [
        t.gepubliceerd,
        t.oudere_standaard,
        t.volledig,
        t.met_waarde_buiten_standaard,
        t.categorie_a_b,
        t.met_impacttoets,
        t.categorie_a,
        t.met_iama,
        t.teksten,
        t.teksten_moeilijk,
        t.algoritmen_met_moeilijke_tekst,
    ]
    .map(|n| Value::Count(n.try_into().unwrap_or(u32::MAX)))
}

fn summary_rows(k: &Kwaliteit) -> Vec<Vec<Value>> {
    let orgs = k.organisaties.iter().map(|o| {
        let mut r = vec![
            Value::text("Organisatie"),
            Value::text(&o.organisatie),
            Value::text(&o.naam),
        ];
        r.extend(counts(&o.telling));
        r
    });
    let groups = k.groepen.iter().map(|g| {
        let mut r = vec![Value::text("Groep"), Value::text(g.groep.name()), Value::Empty];
        r.extend(counts(&g.telling));
        r
    });
    orgs.chain(groups).collect()
}

pub fn per_organisatie(report: &Report) -> Option<TableSheet<'_>> {
    let k = report.cijfers.kwaliteit.as_ref()?;
    let mut columns = vec![
        Column::new("Soort", Kind::Text),
        Column::new("Organisatie of groep", Kind::Text),
        Column::new("Naam", Kind::Wrap),
    ];
    for h in [
        "Gepubliceerd",
        "Oudere standaard",
        "Volledig",
        "Met waarde buiten de standaard",
        "Categorie A of B",
        "Met impacttoets",
        "Categorie A",
        "Met IAMA",
        "Teksten",
        "Teksten moeilijk",
        "Algoritmes met moeilijke tekst",
    ] {
        columns.push(Column::new(h, Kind::Count));
    }
    Some(TableSheet {
        sheet: "Kwaliteit per organisatie".into(),
        title: format!("Kwaliteit van de registraties per organisatie, {}", report.cijfers.kwartaal),
        notes: vec![
            "Gepubliceerd telt de beschrijvingen in het register; Volledig telt die volgens standaard 1.0 zonder leeg verplicht veld. Groepen: elk ministerie zonder toezichthouders, Totaal en Toezichthouders.".into(),
        ],
        table: "tbl_kwaliteit_organisaties".into(),
        columns,
        rows: summary_rows(k).into(),
    })
}
