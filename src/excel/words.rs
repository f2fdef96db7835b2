//! The Dutch words of the Excel products: column labels for the maten and
//! plain-language (B1) definitions of every maat, category, status,
//! exception and phase, for the Toelichting sheet and the template.

use crate::aggregate::Deadlines;
use crate::model::{Category, Exception, Phase, Status};
use crate::text::dutch_date;

/// The column header for a maat (`gepland_voor_deadline` -> `Gepland voor deadline`).
pub fn maat_label(maat: &str) -> &'static str {
    match maat {
        "geinventariseerd" => "Geïnventariseerd",
        "gepubliceerd" => "Gepubliceerd",
        "verplicht" => "Verplicht",
        "resterend" => "Nog te publiceren",
        "gepland_voor_deadline" => "Gepland voor deadline",
        "achterstallig" => "Achterstallig",
        "zonder_planning" => "Zonder planning",
        "nieuw_gepubliceerd" => "Nieuw gepubliceerd",
        "risicoselectie" => "Risicoselectie",
        "uitzondering_gedeeltelijk" => "Uitzondering gedeeltelijk",
        "uitzondering_volledig" => "Uitzondering volledig",
        "vervallen" => "Vervallen",
        _ => "Onbekend",
    }
}

/// What a maat counts, in plain Dutch.
pub fn maat_meaning(maat: &str, deadlines: Deadlines) -> String {
    match maat {
        "geinventariseerd" => "Alle algoritmen die de organisatie in beeld heeft. Vervallen algoritmen tellen niet mee.".into(),
        "gepubliceerd" => "Algoritmen die in het Algoritmeregister staan (status gepubliceerd).".into(),
        "verplicht" => "Algoritmen die gepubliceerd moeten worden: categorie A of B, niet vervallen en zonder volledige uitzondering.".into(),
        "resterend" => "Verplichte algoritmen die nog niet gepubliceerd zijn. In de cijferbestanden heet deze maat resterend.".into(),
        "gepland_voor_deadline" => format!(
            "Nog te publiceren algoritmen die volgens de planning op tijd klaar zijn: gepland op of voor de deadline (categorie A: {}, categorie B: {}).",
            dutch_date(deadlines.a),
            dutch_date(deadlines.b)
        ),
        "achterstallig" => "Nog te publiceren algoritmen waarvan de geplande datum al voorbij is: gepland op of voor de laatste dag van het kwartaal.".into(),
        "zonder_planning" => "Nog te publiceren algoritmen zonder geplande publicatiedatum.".into(),
        "nieuw_gepubliceerd" => "Gepubliceerde algoritmen met een publicatiedatum in dit kwartaal.".into(),
        "risicoselectie" => "Algoritmen die helpen kiezen wie of wat extra gecontroleerd wordt (Risicoselectie = ja). Vervallen algoritmen tellen niet mee.".into(),
        "uitzondering_gedeeltelijk" => "Algoritmen waarvan een deel van de informatie niet openbaar wordt, bijvoorbeeld om opsporing te beschermen. Vervallen algoritmen tellen niet mee.".into(),
        "uitzondering_volledig" => "Algoritmen die helemaal niet openbaar worden. Ze staan alleen in de eigen administratie van de organisatie. Ze tellen mee, maar hun naam staat in geen enkel bestand. Vervallen algoritmen tellen niet mee.".into(),
        "vervallen" => "Algoritmen die niet meer gebruikt worden en nooit gepubliceerd zijn.".into(),
        _ => String::new(),
    }
}

pub fn category_meaning(c: Category) -> &'static str {
    match c {
        Category::A => "Hoog-risico AI-systemen, zoals de Europese AI-verordening ze noemt. Publiceren is verplicht.",
        Category::B => {
            "Impactvolle algoritmes: algoritmen die gevolgen hebben voor burgers of bedrijven, bijvoorbeeld bij een besluit of een controle. Publiceren is verplicht."
        }
        Category::C => "Overige algoritmes. Publiceren mag, maar hoeft niet.",
    }
}

pub fn status_meaning(s: Status) -> &'static str {
    match s {
        Status::Inventoried => {
            "Het algoritme staat op de lijst van de organisatie. Aan de beschrijving is nog niet begonnen."
        }
        Status::InDocumentation => "De organisatie schrijft de beschrijving voor het register.",
        Status::UnderReview => "De beschrijving is klaar en wordt gecontroleerd voordat hij in het register komt.",
        Status::Published => "Het algoritme staat in het Algoritmeregister.",
        Status::Withdrawn => "Het algoritme wordt niet meer gebruikt en is nooit gepubliceerd.",
    }
}

pub fn exception_meaning(e: Exception) -> &'static str {
    match e {
        Exception::None => "Alles over het algoritme mag openbaar.",
        Exception::Partial => {
            "Een deel van de informatie blijft geheim, bijvoorbeeld om opsporing te beschermen. De rest wordt gepubliceerd."
        }
        Exception::Full => {
            "Niets wordt gepubliceerd. Het algoritme telt mee, maar de naam, het ID en de toelichting komen in geen enkel bestand van algoreg."
        }
    }
}

pub fn phase_meaning(p: Phase) -> &'static str {
    match p {
        Phase::Agenda => "Fase 1: de organisatie zet het onderwerp op de agenda en wijst mensen aan.",
        Phase::Inventory => "Fase 2: de organisatie zoekt uit welke algoritmen zij gebruikt.",
        Phase::Document => "Fase 3: de organisatie beschrijft de algoritmen voor het register.",
        Phase::Publish => "Fase 4: de organisatie publiceert de algoritmen in het register.",
        Phase::Embed => {
            "Fase 5: publiceren hoort bij het gewone werk; nieuwe algoritmen komen vanzelf in het register."
        }
    }
}

/// Other terms used in the workbook.
pub const TERMS: &[(&str, &str)] = &[
    (
        "Peildatum",
        "De datum waarop de cijfers gelden. Voor de werkmap is dat de laatste peildatum van de ingeleverde statusoverzichten.",
    ),
    (
        "Toezichthouder",
        "Een onafhankelijke toezichthouder. Toezichthouders publiceren zelfstandig en tellen niet mee in de totalen van de ministeries.",
    ),
    (
        "Ingeleverd",
        "ja als het statusoverzicht van de organisatie voor dit kwartaal is ontvangen en gelezen.",
    ),
    (
        "Uitgesloten rij",
        "Een rij die wel gelezen is, maar niet meetelt, bijvoorbeeld omdat het blad voor een ander kwartaal is. De reden staat erbij.",
    ),
    (
        "[afgeschermd]",
        "Hier stond tekst van een algoritme met uitzondering volledig. Die tekst komt niet in dit bestand.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregate::MAATEN;

    #[test]
    fn every_maat_has_a_unique_label_and_a_meaning() {
        let mut labels: Vec<_> = MAATEN.iter().map(|m| maat_label(m)).collect();
        assert!(!labels.contains(&"Onbekend"));
        labels.sort();
        labels.dedup();
        assert_eq!(labels.len(), MAATEN.len());
        assert!(MAATEN.iter().all(|m| !maat_meaning(m, Deadlines::default()).is_empty()));
        assert!(maat_meaning("gepland_voor_deadline", Deadlines::default()).contains("31-12-2025"));
    }
}
