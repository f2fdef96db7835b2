//! The maten: what the figures count, each with its JSON name, its Dutch
//! label and its meaning in one place; the groups totals are made for; the
//! publication deadlines: the Kamer's, and each ministry's own (`Doelen`).

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::model::Category;
use crate::text::dutch_date;

/// What every maat on the AI Act counts over, in its meaning.
const EU_TELT: &str = "Alleen categorie A telt, niet vervallen, ook met een uitzondering. De vier antwoorden tellen op tot alle hoog-risico-AI-systemen die niet vervallen zijn.";

/// One maat: a count per organisation and category.
///
/// The mandatory rows (`Verplicht`) fall in exactly one of five parts:
/// `VerplichtGepubliceerd`, `Achterstallig`, `OpTijdGepland`,
/// `GeplandNaDeadline` and `ZonderPlanning` ([`Maat::PARTS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Maat {
    Geinventariseerd,
    Gepubliceerd,
    Verplicht,
    Resterend,
    GeplandVoorDeadline,
    Achterstallig,
    ZonderPlanning,
    VerplichtGepubliceerd,
    OpTijdGepland,
    GeplandNaDeadline,
    NieuwGepubliceerd,
    Risicoselectie,
    UitzonderingGedeeltelijk,
    UitzonderingVolledig,
    Vervallen,
    EuGeregistreerd,
    EuNietGeregistreerd,
    EuNietVanToepassing,
    EuOnbekend,
    GrondrechtentoetsGedaan,
    GrondrechtentoetsNietGedaan,
    GrondrechtentoetsNietVanToepassing,
    GrondrechtentoetsOnbekend,
}

impl Maat {
    /// Every maat, in the order every output lists them.
    pub const ALL: [Maat; 23] = [
        Maat::Geinventariseerd,
        Maat::Gepubliceerd,
        Maat::Verplicht,
        Maat::Resterend,
        Maat::GeplandVoorDeadline,
        Maat::Achterstallig,
        Maat::ZonderPlanning,
        Maat::VerplichtGepubliceerd,
        Maat::OpTijdGepland,
        Maat::GeplandNaDeadline,
        Maat::NieuwGepubliceerd,
        Maat::Risicoselectie,
        Maat::UitzonderingGedeeltelijk,
        Maat::UitzonderingVolledig,
        Maat::Vervallen,
        Maat::EuGeregistreerd,
        Maat::EuNietGeregistreerd,
        Maat::EuNietVanToepassing,
        Maat::EuOnbekend,
        Maat::GrondrechtentoetsGedaan,
        Maat::GrondrechtentoetsNietGedaan,
        Maat::GrondrechtentoetsNietVanToepassing,
        Maat::GrondrechtentoetsOnbekend,
    ];

    /// The answers on the EU database (AI Act): each category-A row that is
    /// not vervallen counts in exactly one, uitzonderingen included.
    pub const EU: [Maat; 4] = [
        Maat::EuGeregistreerd,
        Maat::EuNietGeregistreerd,
        Maat::EuNietVanToepassing,
        Maat::EuOnbekend,
    ];

    /// The answers on the fundamental-rights assessment, as [`Maat::EU`].
    pub const GRONDRECHTENTOETS: [Maat; 4] = [
        Maat::GrondrechtentoetsGedaan,
        Maat::GrondrechtentoetsNietGedaan,
        Maat::GrondrechtentoetsNietVanToepassing,
        Maat::GrondrechtentoetsOnbekend,
    ];

    /// The five parts of `Verplicht`, in the order every output shows them:
    /// each mandatory row counts in exactly one.
    pub const PARTS: [Maat; 5] = [
        Maat::VerplichtGepubliceerd,
        Maat::Achterstallig,
        Maat::OpTijdGepland,
        Maat::GeplandNaDeadline,
        Maat::ZonderPlanning,
    ];

    /// The number of maten.
    pub const COUNT: usize = Maat::ALL.len();

    /// The name in the JSON and the `Data` sheet (`gepland_voor_deadline`).
    pub fn name(self) -> &'static str {
        match self {
            Maat::Geinventariseerd => "geinventariseerd",
            Maat::Gepubliceerd => "gepubliceerd",
            Maat::Verplicht => "verplicht",
            Maat::Resterend => "resterend",
            Maat::GeplandVoorDeadline => "gepland_voor_deadline",
            Maat::Achterstallig => "achterstallig",
            Maat::ZonderPlanning => "zonder_planning",
            Maat::VerplichtGepubliceerd => "verplicht_gepubliceerd",
            Maat::OpTijdGepland => "op_tijd_gepland",
            Maat::GeplandNaDeadline => "gepland_na_deadline",
            Maat::NieuwGepubliceerd => "nieuw_gepubliceerd",
            Maat::Risicoselectie => "risicoselectie",
            Maat::UitzonderingGedeeltelijk => "uitzondering_gedeeltelijk",
            Maat::UitzonderingVolledig => "uitzondering_volledig",
            Maat::Vervallen => "vervallen",
            Maat::EuGeregistreerd => "eu_geregistreerd",
            Maat::EuNietGeregistreerd => "eu_niet_geregistreerd",
            Maat::EuNietVanToepassing => "eu_niet_van_toepassing",
            Maat::EuOnbekend => "eu_onbekend",
            Maat::GrondrechtentoetsGedaan => "grondrechtentoets_gedaan",
            Maat::GrondrechtentoetsNietGedaan => "grondrechtentoets_niet_gedaan",
            Maat::GrondrechtentoetsNietVanToepassing => "grondrechtentoets_niet_van_toepassing",
            Maat::GrondrechtentoetsOnbekend => "grondrechtentoets_onbekend",
        }
    }

    /// The column header (`Gepland voor deadline`).
    pub const fn label(self) -> &'static str {
        match self {
            Maat::Geinventariseerd => "Geïnventariseerd",
            Maat::Gepubliceerd => "Gepubliceerd",
            Maat::Verplicht => "Verplicht",
            Maat::Resterend => "Nog te publiceren",
            Maat::GeplandVoorDeadline => "Gepland voor deadline",
            Maat::Achterstallig => "Achterstallig",
            Maat::ZonderPlanning => "Zonder planning",
            Maat::VerplichtGepubliceerd => "Verplicht gepubliceerd",
            Maat::OpTijdGepland => "Op tijd gepland",
            Maat::GeplandNaDeadline => "Gepland na de deadline",
            Maat::NieuwGepubliceerd => "Nieuw gepubliceerd",
            Maat::Risicoselectie => "Risicoselectie",
            Maat::UitzonderingGedeeltelijk => "Uitzondering gedeeltelijk",
            Maat::UitzonderingVolledig => "Uitzondering volledig",
            Maat::Vervallen => "Vervallen",
            Maat::EuGeregistreerd => "EU-databank: geregistreerd",
            Maat::EuNietGeregistreerd => "EU-databank: niet geregistreerd",
            Maat::EuNietVanToepassing => "EU-databank: niet van toepassing",
            Maat::EuOnbekend => "EU-databank: onbekend",
            Maat::GrondrechtentoetsGedaan => "Grondrechtentoets: gedaan",
            Maat::GrondrechtentoetsNietGedaan => "Grondrechtentoets: niet gedaan",
            Maat::GrondrechtentoetsNietVanToepassing => "Grondrechtentoets: niet van toepassing",
            Maat::GrondrechtentoetsOnbekend => "Grondrechtentoets: onbekend",
        }
    }

    /// What the maat counts, in plain Dutch.
    pub fn meaning(self, deadlines: Deadlines) -> String {
        match self {
            Maat::Geinventariseerd => "Alle algoritmen die de organisatie in beeld heeft. Vervallen algoritmen tellen niet mee.".into(),
            Maat::Gepubliceerd => "Algoritmen die in het Algoritmeregister staan (status gepubliceerd).".into(),
            Maat::Verplicht => "Algoritmen die gepubliceerd moeten worden: categorie A of B, niet vervallen en zonder volledige uitzondering.".into(),
            Maat::Resterend => "Verplichte algoritmen die nog niet gepubliceerd zijn. In de cijferbestanden heet deze maat resterend.".into(),
            Maat::GeplandVoorDeadline => format!(
                "Nog te publiceren algoritmen die volgens de planning op tijd klaar zijn: gepland op of voor de deadline (categorie A: {}, categorie B: {}).",
                dutch_date(deadlines.a),
                dutch_date(deadlines.b)
            ),
            Maat::Achterstallig => "Nog te publiceren algoritmen waarvan de geplande datum al voorbij is: gepland op of voor de laatste dag van het kwartaal.".into(),
            Maat::ZonderPlanning => "Nog te publiceren algoritmen zonder geplande publicatiedatum.".into(),
            Maat::VerplichtGepubliceerd => "Verplichte algoritmen die in het Algoritmeregister staan. Verplicht = verplicht gepubliceerd + achterstallig + op tijd gepland + gepland na de deadline + zonder planning.".into(),
            Maat::OpTijdGepland => "Nog te publiceren algoritmen die na de laatste dag van het kwartaal gepland staan, en op of voor de deadline. Is de deadline voorbij, dan is dit altijd 0.".into(),
            Maat::GeplandNaDeadline => "Nog te publiceren algoritmen die na de deadline gepland staan (en na de laatste dag van het kwartaal; anders zijn ze achterstallig).".into(),
            Maat::NieuwGepubliceerd => "Gepubliceerde algoritmen met een publicatiedatum in dit kwartaal.".into(),
            Maat::Risicoselectie => "Algoritmen die helpen kiezen wie of wat extra gecontroleerd wordt (Risicoselectie = ja). Vervallen algoritmen tellen niet mee.".into(),
            Maat::UitzonderingGedeeltelijk => "Algoritmen waarvan een deel van de informatie niet openbaar wordt, bijvoorbeeld om opsporing te beschermen. Vervallen algoritmen tellen niet mee.".into(),
            Maat::UitzonderingVolledig => "Algoritmen die helemaal niet openbaar worden. Ze staan alleen in de eigen administratie van de organisatie. Ze tellen mee, maar hun naam staat in geen enkel bestand. Vervallen algoritmen tellen niet mee.".into(),
            Maat::Vervallen => "Algoritmen die niet meer gebruikt worden en nooit gepubliceerd zijn.".into(),
            Maat::EuGeregistreerd => format!("Hoog-risico-AI-systemen (categorie A) die in de EU-databank van de AI-verordening staan. {EU_TELT}"),
            Maat::EuNietGeregistreerd => format!("Hoog-risico-AI-systemen (categorie A) die nog niet in de EU-databank staan. {EU_TELT}"),
            Maat::EuNietVanToepassing => format!("Hoog-risico-AI-systemen (categorie A) die niet in de EU-databank hoeven, bijvoorbeeld omdat het geen systeem uit bijlage III is. {EU_TELT}"),
            Maat::EuOnbekend => format!("Hoog-risico-AI-systemen (categorie A) waarbij de kolom EU-databank leeg is of niet te lezen. {EU_TELT}"),
            Maat::GrondrechtentoetsGedaan => format!("Hoog-risico-AI-systemen (categorie A) waarvan de toets op grondrechten gedaan is (artikel 27 van de AI-verordening, meestal het IAMA). {EU_TELT}"),
            Maat::GrondrechtentoetsNietGedaan => format!("Hoog-risico-AI-systemen (categorie A) waarvan de toets op grondrechten nog niet gedaan is. {EU_TELT}"),
            Maat::GrondrechtentoetsNietVanToepassing => format!("Hoog-risico-AI-systemen (categorie A) waarvoor de toets op grondrechten niet nodig is. {EU_TELT}"),
            Maat::GrondrechtentoetsOnbekend => format!("Hoog-risico-AI-systemen (categorie A) waarbij de kolom Grondrechtentoets leeg is of niet te lezen. {EU_TELT}"),
        }
    }

    /// The maat's place in [`Maat::ALL`], for arrays of counts.
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Maat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Maat {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// A group of organisations a total is made for.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Groep {
    /// One ministry (`JenV`, `AenM`).
    Ministerie(String),
    /// All ministries together, without the supervisors.
    Totaal,
    /// The independent supervisors.
    Toezichthouders,
}

/// Known ministries: short code and full name. A group whose code is not
/// here (`GEM`, `PROV`, `WS`) is a group of organisations, not a ministry.
pub const MINISTRIES: &[(&str, &str)] = &[
    ("JenV", "Ministerie van Justitie en Veiligheid"),
    ("AenM", "Ministerie van Asiel en Migratie"),
    ("BZK", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
    ("BZ", "Ministerie van Buitenlandse Zaken"),
    ("Def", "Ministerie van Defensie"),
    ("EZ", "Ministerie van Economische Zaken"),
    ("Fin", "Ministerie van Financiën"),
    ("IenW", "Ministerie van Infrastructuur en Waterstaat"),
    ("KGG", "Ministerie van Klimaat en Groene Groei"),
    ("LVVN", "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur"),
    ("OCW", "Ministerie van Onderwijs, Cultuur en Wetenschap"),
    ("SZW", "Ministerie van Sociale Zaken en Werkgelegenheid"),
    ("VWS", "Ministerie van Volksgezondheid, Welzijn en Sport"),
    ("VRO", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening"),
    ("AZ", "Ministerie van Algemene Zaken"),
];

impl Groep {
    /// Is this group one ministry? `Totaal` and `Toezichthouders` are not,
    /// nor a group code that is no known ministry ([`MINISTRIES`]): "negen
    /// ministeries" counts only these.
    pub fn is_ministerie(&self) -> bool {
        match self {
            Groep::Ministerie(code) => MINISTRIES
                .iter()
                .any(|(c, _)| crate::text::key(c) == crate::text::key(code)),
            Groep::Totaal | Groep::Toezichthouders => false,
        }
    }

    /// The name in every output.
    pub fn name(&self) -> &str {
        match self {
            Groep::Ministerie(m) => m,
            Groep::Totaal => "Totaal",
            Groep::Toezichthouders => "Toezichthouders",
        }
    }
}

impl fmt::Display for Groep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Groep {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// The mandatory categories, apart and together: A, B, or A and B. What a
/// path to a deadline is made for (`prognose`). `Scope` is its sibling for
/// counts: A, B, C or all three.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Plicht {
    A,
    B,
    AB,
}

impl Plicht {
    pub const ALL: [Plicht; 3] = [Plicht::A, Plicht::B, Plicht::AB];

    /// `A`, `B` or `AB`, as in the JSON and the workbook.
    pub fn name(self) -> &'static str {
        match self {
            Plicht::A => "A",
            Plicht::B => "B",
            Plicht::AB => "AB",
        }
    }

    /// The categories it covers.
    pub fn categories(self) -> &'static [Category] {
        match self {
            Plicht::A => &[Category::A],
            Plicht::B => &[Category::B],
            Plicht::AB => &[Category::A, Category::B],
        }
    }

    /// Its deadline; for A and B together the later of the two.
    pub fn deadline(self, deadlines: Deadlines) -> NaiveDate {
        match self {
            Plicht::A => deadlines.a,
            Plicht::B => deadlines.b,
            Plicht::AB => deadlines.a.max(deadlines.b),
        }
    }
}

/// What a total covers: one category, or all three (`totaal`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    Category(Category),
    Alle,
}

impl Scope {
    /// A, B, C, then all three: the order of every table.
    pub const ALL: [Scope; 4] = [
        Scope::Category(Category::A),
        Scope::Category(Category::B),
        Scope::Category(Category::C),
        Scope::Alle,
    ];

    /// `A`, `B`, `C` or `totaal`.
    pub fn name(self) -> &'static str {
        match self {
            Scope::Category(c) => c.as_str(),
            Scope::Alle => "totaal",
        }
    }

    /// The place in [`Scope::ALL`], for arrays of counts.
    pub fn index(self) -> usize {
        match self {
            Scope::Category(c) => c as usize,
            Scope::Alle => 3,
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Scope {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// The publication deadline per mandatory category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Deadlines {
    #[serde(rename = "A")]
    pub a: NaiveDate,
    #[serde(rename = "B")]
    pub b: NaiveDate,
}

impl Default for Deadlines {
    fn default() -> Self {
        let end_2025 = NaiveDate::from_ymd_opt(2025, 12, 31).expect("valid date");
        Deadlines {
            a: end_2025,
            b: end_2025,
        }
    }
}

/// The deadlines in force: the Kamer's date per category (`--deadline-a/-b`)
/// and, where `doelen.csv` gives one, a ministry's own date. A ministry's
/// rows are judged against its own date; the supervisors, `Totaal` and
/// `Toezichthouders` keep the Kamer's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doelen {
    pub kamer: Deadlines,
    /// Per ministry code, its deadlines where one category or both have an own date.
    pub eigen: BTreeMap<String, Deadlines>,
}

impl Doelen {
    /// Only the Kamer's dates.
    pub fn kamer(kamer: Deadlines) -> Doelen {
        Doelen {
            kamer,
            eigen: BTreeMap::new(),
        }
    }

    /// A ministry's deadlines: its own where it has them, else the Kamer's.
    pub fn ministerie(&self, ministerie: &str) -> Deadlines {
        self.eigen.get(ministerie).copied().unwrap_or(self.kamer)
    }

    /// The deadlines a row or an organisation is judged against.
    pub fn of(&self, ministerie: &str, toezichthouder: bool) -> Deadlines {
        if toezichthouder {
            self.kamer
        } else {
            self.ministerie(ministerie)
        }
    }

    /// The deadlines of a group's own backlog figures: a ministry's own,
    /// the Kamer's for `Totaal` and `Toezichthouders`.
    pub fn groep(&self, groep: &Groep) -> Deadlines {
        match groep {
            Groep::Ministerie(m) => self.ministerie(m),
            Groep::Totaal | Groep::Toezichthouders => self.kamer,
        }
    }
}

impl Deadlines {
    /// The deadline of one category (C has none: the later of A and B).
    pub fn of(self, categorie: Category) -> NaiveDate {
        match categorie {
            Category::A => self.a,
            Category::B => self.b,
            Category::C => self.a.max(self.b),
        }
    }
}

/// The date from which a public authority registers a high-risk AI system
/// of Annex III in the EU database before use (AI Act, Art. 49(3) and 71):
/// 2 December 2027 after the Digital Omnibus (2 August 2026 in the original
/// text; systems already in use have until 2 August 2030, Art. 111(2)). A
/// setting (`--deadline-eu`): algoreg judges nothing legal, the text in
/// force decides.
pub fn deadline_eu_standaard() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 12, 2).expect("valid date")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_maat_has_its_own_name_label_and_meaning_in_list_order() {
        for (i, m) in Maat::ALL.iter().enumerate() {
            assert_eq!(m.index(), i);
            assert!(!m.meaning(Deadlines::default()).is_empty());
        }
        let mut names: Vec<_> = Maat::ALL.iter().map(|m| m.name()).collect();
        let mut labels: Vec<_> = Maat::ALL.iter().map(|m| m.label()).collect();
        names.sort();
        names.dedup();
        labels.sort();
        labels.dedup();
        assert_eq!((names.len(), labels.len()), (Maat::COUNT, Maat::COUNT));
    }

    #[test]
    fn scopes_and_groups_keep_their_output_names() {
        let names: Vec<_> = Scope::ALL.iter().map(|s| s.name()).collect();
        assert_eq!(names, ["A", "B", "C", "totaal"]);
        assert!(Scope::ALL.iter().enumerate().all(|(i, s)| s.index() == i));
        assert_eq!(Groep::Totaal.name(), "Totaal");
        assert_eq!(Groep::Toezichthouders.name(), "Toezichthouders");
        assert_eq!(Groep::Ministerie("JenV".into()).name(), "JenV");
        assert!(Groep::Ministerie("jenv".into()).is_ministerie());
        assert!(!Groep::Ministerie("GEM".into()).is_ministerie() && !Groep::Totaal.is_ministerie());
    }
}
