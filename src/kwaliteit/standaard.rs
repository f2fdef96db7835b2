//! The facts of the register's publication standard, version 1.0, that the
//! quality check uses: per field its title, whether it is required, its
//! maximum length and its permitted values. Taken over from the register's
//! own field definitions (`MinBZK/Algoritmeregister`,
//! `backend/app/schemas/config/v1_0.json`), as facts, not code.

use crate::register::Veld;
use crate::text::key;

/// What the standard says about one field.
#[derive(Debug, Clone, Copy)]
pub struct Regel {
    /// The field's title on algoritmes.overheid.nl.
    pub titel: &'static str,
    pub verplicht: bool,
    /// In characters.
    pub max_lengte: Option<usize>,
    /// The standard asks for B1 language in this field: its readability is indicated.
    pub b1: bool,
}

const fn regel(titel: &'static str, verplicht: bool, max_lengte: Option<usize>, b1: bool) -> Regel {
    Regel {
        titel,
        verplicht,
        max_lengte,
        b1,
    }
}

/// The rule of a field.
pub fn regel_van(v: Veld) -> Regel {
    match v {
        Veld::Name => regel("Naam", true, Some(100), false),
        Veld::DescriptionShort => regel("Korte omschrijving", true, Some(350), true),
        Veld::Organization => regel("Organisatie", true, Some(100), false),
        Veld::Category => regel("Thema", false, None, false),
        Veld::Website => regel("Link naar publiekspagina", false, Some(500), false),
        Veld::Status => regel("Status", true, None, false),
        Veld::Goal => regel("Doel en impact", false, Some(2500), true),
        Veld::Proportionality => regel("Afwegingen", false, Some(2500), true),
        Veld::HumanIntervention => regel("Menselijke tussenkomst", false, Some(2500), true),
        Veld::Risks => regel("Risicobeheer", false, Some(2500), false),
        Veld::LawfulBasis => regel("Wettelijke basis", false, Some(2500), false),
        Veld::StandardVersion => regel("Versie publicatiestandaard", false, None, false),
        Veld::Url => regel("Link naar bronregistratie", false, Some(500), false),
        Veld::ContactEmail => regel("Contactgegevens", true, Some(500), false),
        Veld::Lang => regel("Taal", true, None, false),
        Veld::Publiccode => regel("Link naar broncode", false, Some(500), false),
        Veld::SourceData => regel("Gegevens", false, Some(2500), false),
        Veld::MethodsAndModels => regel("Technische werking", false, Some(5000), false),
        Veld::Provider => regel("Leverancier", false, Some(200), false),
        Veld::ProcessIndexUrl => regel("Link naar verwerkingsregister", false, Some(500), false),
        Veld::Tags => regel("Zoektermen", false, Some(2500), false),
        Veld::SourceId => regel("Bron-ID", false, Some(100), false),
        Veld::BeginDate => regel("Begindatum", false, Some(7), false),
        Veld::EndDate => regel("Einddatum", false, Some(7), false),
        Veld::Impacttoetsen => regel("Toelichting op impacttoetsen", false, Some(2500), false),
        Veld::ImpacttoetsenGrouping => regel("Impacttoetsen", false, None, false),
        Veld::PublicationCategory => regel("Publicatiecategorie", true, None, false),
    }
}

/// The permitted values of `status`.
pub const STATUSSEN: [&str; 3] = ["In ontwikkeling", "In gebruik", "Buiten gebruik"];

/// The permitted values of `publication_category`: categories A, B and C.
pub const PUBLICATIECATEGORIEEN: [&str; 3] = ["Hoog-risico AI-systeem", "Impactvolle algoritmes", "Overige algoritmes"];

/// The permitted values of `lang`.
pub const TALEN: [&str; 1] = ["nld"];

/// The permitted themes (`category`), at most [`MAX_THEMAS`] per algorithm.
pub const THEMAS: [&str; 16] = [
    "Organisatie en bedrijfsvoering",
    "Cultuur en recreatie",
    "Economie",
    "Overheidsfinanciën",
    "Wonen",
    "Internationaal",
    "Migratie en integratie",
    "Natuur en milieu",
    "Onderwijs en wetenschap",
    "Openbare orde en veiligheid",
    "Recht",
    "Ruimte en infrastructuur",
    "Sociale zekerheid",
    "Verkeer",
    "Werk",
    "Zorg en gezondheid",
];
pub const MAX_THEMAS: usize = 3;

/// Values that say nothing: in a required field they count as empty.
/// Compared without case, accents, spaces and the signs `. - _ : *`
/// (so `N.V.T.`, `n.v.t` and `nvt` are one), and any value of only
/// such signs (`-`, `...`) is empty too.
pub const OPVULWOORDEN: [&str; 17] = [
    "-",
    "n.v.t.",
    "nvt",
    "niet van toepassing",
    "onbekend",
    "nog onbekend",
    "niet bekend",
    "n.b.",
    "n/a",
    "na",
    "geen",
    "leeg",
    "volgt",
    "nog in te vullen",
    "tbd",
    "todo",
    "?",
];

/// Is this (plain) text empty or a word from [`OPVULWOORDEN`]?
pub fn leeg(tekst: &str) -> bool {
    let t = tekst.trim();
    // The longest placeholder has 19 letters: a longer text is only empty
    // when it has no letter or digit at all (the key of "-----" is empty).
    if t.len() > 40 {
        return !t.chars().any(char::is_alphanumeric);
    }
    static KEYS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(|| OPVULWOORDEN.iter().map(|w| key(w)).collect());
    let k = key(t);
    k.is_empty() || keys.contains(&k)
}

/// Is `value` one of `permitted`, without regard to case and spaces?
pub fn toegestaan(value: &str, permitted: &[&str]) -> bool {
    let k = key(value);
    permitted.iter().any(|p| key(p) == k)
}

/// The version of the standard a record names, read as (major, minor).
/// `None` for text that is no version.
pub fn versie(value: &str) -> Option<(u32, u32)> {
    let v = value.trim().trim_start_matches(['v', 'V']);
    let mut parts = v.split('.');
    let major = parts.next()?.trim().parse().ok()?;
    let minor = parts.next().map_or(Some(0), |m| m.trim().parse().ok())?;
    parts.all(|p| p.trim().parse::<u32>().is_ok()).then_some((major, minor))
}

/// A month as the standard writes it: `2023-01`.
pub fn is_maand(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[5..].iter().all(u8::is_ascii_digit)
        && matches!(value[5..].parse::<u8>(), Ok(1..=12))
}

/// An e-mail address or an `https://` link, as the standard asks of `contact_email`.
pub fn is_contact(value: &str) -> bool {
    let v = value.trim();
    if v.chars().any(char::is_whitespace) {
        return false;
    }
    if let Some(rest) = v.strip_prefix("https://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        return host.contains('.') && !host.starts_with('.') && !host.ends_with('.');
    }
    let v = v.strip_prefix("mailto:").unwrap_or(v);
    match v.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        }
        None => false,
    }
}
