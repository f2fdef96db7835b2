//! The status sheet's layout, for every command that writes one (`template`
//! and `terugmelding`): its two sheets, the labels and columns in their
//! order, the notes that say what to fill in, and how a sheet's cells are
//! placed (`Invulling`: an organisation's own sheet given back in
//! `invulling`, the blank or prefilled template in `sjabloon`). The xlsx
//! writing itself is `excel::statusoverzicht`; reading is `ingest`.

mod invulling;
mod sjabloon;

use crate::ingest::Field;
use crate::model::Quarter;
use crate::text::dutch_date;

pub use invulling::{Blad, Cel, Invulling, LABELS, Label};

/// The explanation of each label of the Organisatie sheet.
pub fn label_help(label: &str, q: Quarter) -> String {
    match label {
        "Organisatie" => "De naam van uw organisatie.".into(),
        "Code" => "De code van uw organisatie in de lijst van de coördinator, bijvoorbeeld NFI.".into(),
        "Ministerie" => "JenV of AenM. De volledige naam van het ministerie mag ook.".into(),
        "Kwartaal" => format!("Het kwartaal van dit overzicht, geschreven als {q}."),
        "Peildatum" => format!(
            "De datum waarop dit overzicht klopt: een datum in het kwartaal, van {} tot en met {}.",
            dutch_date(q.first_day()),
            dutch_date(q.last_day())
        ),
        "Fase" => "Waar staat uw organisatie in de vijf fasen? Kies uit de lijst: agenderen, inventariseren, documenteren, publiceren of inbedden.".into(),
        _ => "Wie kunnen we bellen met vragen? Deze naam komt in geen enkel rapport.".into(),
    }
}

/// What to fill in per column of the Algoritmen sheet of quarter `q` (its
/// examples are dates of `q`).
pub fn column_help(f: Field, q: Quarter) -> String {
    let help = match f {
        Field::Id => "Uw eigen kenmerk voor dit algoritme. Elk ID komt één keer voor. Verplicht.",
        Field::Naam => "De naam van het algoritme. Verplicht.",
        Field::Categorie => {
            "A = hoog-risico AI-systeem, B = impactvol algoritme, C = overig algoritme. Kies uit de lijst. Verplicht."
        }
        Field::Risicoselectie => {
            "ja als het algoritme helpt kiezen wie of wat extra gecontroleerd wordt, anders nee. Leeg is nee."
        }
        Field::Status => {
            "geïnventariseerd, in documentatie, ter controle, gepubliceerd of vervallen. Kies uit de lijst. Verplicht."
        }
        Field::GeplandePublicatie => {
            return format!(
                "Wanneer publiceert u? Een datum ({}) of een kwartaal ({q}). Verplicht bij categorie A en B die nog niet gepubliceerd zijn.",
                dutch_date(q.last_day())
            );
        }
        Field::Publicatiedatum => {
            "De datum waarop het algoritme in het register kwam, niet later dan de peildatum. Verplicht bij gepubliceerd."
        }
        Field::AlgoritmeId => {
            "Het nummer van 8 cijfers uit het Algoritmeregister, of de link naar de pagina. Neem het over van algoritmes.overheid.nl: het laatste cijfer is een controlecijfer, zo valt een tikfout op. Verplicht bij gepubliceerd."
        }
        Field::Uitzondering => {
            "geen, gedeeltelijk of volledig. Volledig: het algoritme wordt niet gepubliceerd en de naam komt in geen rapport. Leeg is geen."
        }
        Field::Toelichting => "Vrije tekst, niet verplicht. Schrijf hier geen namen van personen.",
        Field::EuDatabank => {
            "Alleen bij categorie A. Staat dit AI-systeem in de EU-databank van de AI-verordening? geregistreerd, niet geregistreerd of niet van toepassing (bijvoorbeeld geen systeem uit bijlage III). Kies uit de lijst. Leeg is onbekend. Bij de andere categorieën: leeg laten."
        }
        Field::Grondrechtentoets => {
            "Alleen bij categorie A. Is de toets op grondrechten gedaan (artikel 27 van de AI-verordening, meestal met het IAMA)? gedaan, niet gedaan of niet van toepassing. Kies uit de lijst. Leeg is onbekend. Bij de andere categorieën: leeg laten."
        }
    };
    help.to_owned()
}
