//! The Dutch words of the Excel products: plain-language (B1) definitions of
//! every category, status, exception and phase, for the Toelichting sheet
//! and the template. (The maten own their labels and meanings: `maat.rs`.)

use crate::model::{Category, Exception, Phase, Status};

pub fn category_meaning(c: Category) -> &'static str {
    match c {
        Category::A => "Hoog-risico-AI-systemen, zoals de Europese AI-verordening ze noemt. Publiceren is verplicht.",
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
    (
        "Cumulatief (blad Prognose)",
        "Hoeveel algoritmen aan het eind van de maand gepubliceerd zijn als elke organisatie haar planning haalt: wat nu gepubliceerd is, plus wat op of voor de laatste dag van die maand gepland staat.",
    ),
    (
        "Gepland (blad Planning)",
        "Verplichte algoritmen die in het vorige statusoverzicht nog niet gepubliceerd waren en gepland stonden op of voor de laatste dag van dit kwartaal. Ze hadden nu gepubliceerd moeten zijn.",
    ),
    (
        "Gehaald",
        "Van de geplande algoritmen: de algoritmen die nu gepubliceerd zijn.",
    ),
    (
        "Verschoven",
        "Van de geplande algoritmen: nog niet gepubliceerd, en nu later gepland dan in het vorige kwartaal.",
    ),
    (
        "Zonder datum",
        "Van de geplande algoritmen: nog niet gepubliceerd, en nu zonder geplande datum.",
    ),
    (
        "Betrouwbaarheid",
        "Gehaald gedeeld door gepland. 75% betekent: van elke 4 algoritmen die gepubliceerd hadden moeten zijn, zijn er 3 gepubliceerd.",
    ),
    (
        "Verwacht voor deadline",
        "Wat nu gepubliceerd is, plus het deel van de algoritmen die voor de deadline gepland staan dat de organisaties naar verwachting halen: gepland voor de deadline keer de betrouwbaarheid, naar beneden afgerond. Is er geen vorig kwartaal, dan telt alles wat voor de deadline gepland staat. Is de deadline voorbij, dan is er geen verwachting meer (zie het blad Achterstand).",
    ),
    (
        "Eigen deadline (doelen.csv)",
        "Een ministerie kan voor categorie A of B een eigen datum hebben (doelen.csv). De rijen van dat ministerie worden aan die datum gemeten; Totaal en Toezichthouders houden de datum van de Kamer. Welke datums gelden, staat hieronder bij Deadline.",
    ),
    (
        "Gepubliceerd voor deadline (blad Achterstand)",
        "Verplichte algoritmen met een publicatiedatum op of voor de deadline.",
    ),
    (
        "Ingehaald (blad Achterstand)",
        "Verplichte algoritmen die na de deadline gepubliceerd zijn.",
    ),
    (
        "Open (blad Achterstand)",
        "Verplichte algoritmen die nog niet gepubliceerd zijn (nog te publiceren).",
    ),
    (
        "Tempo per kwartaal (blad Achterstand)",
        "Verplichte algoritmen met een publicatiedatum in de laatste vier kwartalen (tot en met het kwartaal van de peildatum), gedeeld door 4.",
    ),
    (
        "Verwacht klaar (blad Achterstand)",
        "Het kwartaal waarin bij dit tempo alles gepubliceerd is: open gedeeld door tempo, naar boven afgerond, kwartalen na het kwartaal van de peildatum. Niet te schatten als het tempo 0 is; klaar als er niets meer open staat.",
    ),
    (
        "Nieuw in A, niet gepubliceerd",
        "Algoritmen die dit kwartaal nieuw zijn in categorie A (hoog risico) en nog niet gepubliceerd. Volgens de motie Dekker-Abdulaziz komt een nieuw hoog-risico-AI-systeem direct in het Algoritmeregister.",
    ),
    (
        "Verschoven na de deadline",
        "Verplichte algoritmen die in het vorige kwartaal op of voor de deadline gepland stonden, en nu erna. Niet hetzelfde als Gepland na de deadline: dat zijn alle verplichte algoritmen die nu na de deadline gepland staan.",
    ),
];

/// The deadlines in force, as terms for Toelichting: the Kamer's (for
/// `Totaal` and `Toezichthouders`), then each ministry's, own or the Kamer's.
pub fn deadlines(f: &crate::cijfers::Cijfers) -> Vec<(String, String)> {
    use crate::text::dutch_date;
    let both =
        |d: crate::maat::Deadlines| format!("categorie A: {}, categorie B: {}", dutch_date(d.a), dutch_date(d.b));
    let mut out = vec![(
        "Deadline van de Kamer".to_owned(),
        format!("{} (voor Totaal en Toezichthouders).", both(f.deadline)),
    )];
    for (m, d) in &f.deadlines {
        let bron = if *d == f.deadline {
            "de datum van de Kamer"
        } else {
            "eigen datum uit doelen.csv"
        };
        out.push((format!("Deadline {m}"), format!("{} ({bron}).", both(*d))));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::maat::{Deadlines, Maat};

    #[test]
    fn the_deadline_meaning_names_the_deadline_dates() {
        assert!(
            Maat::GeplandVoorDeadline
                .meaning(Deadlines::default())
                .contains("31-12-2025")
        );
    }
}
