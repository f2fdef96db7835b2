//! The Dutch titles of the fields in the register's Excel download, per
//! version of the publication standard, mapped to the field keys of the CSV
//! (from the register's own standard: MinBZK/Algoritmeregister,
//! `backend/app/schemas/config/v1_0.json` and `v0_4.json`, each field's
//! `title`). One title can name different fields in different versions
//! (`Impacttoetsen`), so the map is per version.

use crate::text::key;

/// A version of the standard with a sheet of its own in the Excel download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Standaard {
    V1_0,
    V0_4,
}

/// Version 1.0: `(title, key)`. `lars` is the Algoritme-ID (`algorithm_id` in the CSV).
const V1_0: &[(&str, &str)] = &[
    ("Naam", "name"),
    ("Korte omschrijving", "description_short"),
    ("Organisatienaam", "organization"),
    ("Thema", "category"),
    ("Status", "status"),
    ("Begindatum", "begin_date"),
    ("Einddatum", "end_date"),
    ("Contactgegevens", "contact_email"),
    ("Link naar publiekspagina", "website"),
    ("Publicatiecategorie", "publication_category"),
    ("Link naar bronregistratie", "url"),
    ("Doel en impact", "goal"),
    ("Afwegingen", "proportionality"),
    ("Menselijke tussenkomst", "human_intervention"),
    ("Risicobeheer", "risks"),
    ("Wettelijke basis", "lawful_basis"),
    ("Verwijzingen wettelijke basis", "lawful_basis_grouping"),
    ("Link naar verwerkingsregister", "process_index_url"),
    ("Impacttoetsen", "impacttoetsen_grouping"),
    ("Toelichting op impacttoetsen", "impacttoetsen"),
    ("Gegevens", "source_data"),
    ("Verwijzingen gegevensbronnen", "source_data_grouping"),
    ("Technische werking", "methods_and_models"),
    ("Leverancier", "provider"),
    ("Link naar broncode", "publiccode"),
    ("Taal", "lang"),
    ("Versie publicatiestandaard", "standard_version"),
    ("Bron-ID", "source_id"),
    ("Zoektermen", "tags"),
    ("Algoritme-ID", "algorithm_id"),
    ("Publicatie datum", "publication_dt"),
];

/// Version 0.4.
const V0_4: &[(&str, &str)] = &[
    ("Naam", "name"),
    ("Organisatie", "organization"),
    ("Korte omschrijving", "description_short"),
    ("(Zelf)lerend", "type"),
    ("Beleidsterrein", "category"),
    ("Link naar publiekspagina", "website"),
    ("Status", "status"),
    ("Begindatum", "begin_date"),
    ("Einddatum", "end_date"),
    ("Doel en impact", "goal"),
    ("Afwegingen", "proportionality"),
    ("Leverancier", "provider"),
    ("Wettelijke basis", "lawful_basis"),
    ("Link naar wettelijke basis", "lawful_basis_link"),
    ("Impacttoetsen", "impacttoetsen"),
    ("Link naar impacttoetsen", "iama_description"),
    ("Link naar bronregistratie", "url"),
    ("Contactgegevens", "contact_email"),
    ("Taal", "lang"),
    ("Versie publicatiestandaard", "standard_version"),
    ("Landelijk-ID", "uuid"),
    ("Bron-ID", "source_id"),
    ("Zoektermen", "tags"),
    ("Gegevens", "source_data"),
    ("Link naar gegevensbronnen", "source_data_link"),
    ("Technische werking", "methods_and_models"),
    ("Link naar broncode", "publiccode"),
    ("Menselijke tussenkomst", "human_intervention"),
    ("Risicobeheer", "risks"),
    ("Algoritme-ID", "algorithm_id"),
    ("Publicatie datum", "publication_dt"),
];

impl Standaard {
    /// The versions algoreg knows, newest first, as the sheets are named.
    pub const ALL: [Standaard; 2] = [Standaard::V1_0, Standaard::V0_4];

    pub fn naam(self) -> &'static str {
        match self {
            Standaard::V1_0 => "1.0",
            Standaard::V0_4 => "0.4",
        }
    }

    /// The version a sheet holds, by its name (`1.0`, also `1.0.0`).
    pub fn of_sheet(name: &str) -> Option<Standaard> {
        let name = name.trim();
        Standaard::ALL
            .into_iter()
            .find(|s| name == s.naam() || name.strip_prefix(s.naam()).is_some_and(|rest| rest.starts_with('.')))
    }

    fn titels(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Standaard::V1_0 => V1_0,
            Standaard::V0_4 => V0_4,
        }
    }

    /// The field key of a row's title: its title in this version, or the
    /// key itself (the English download writes the keys).
    pub fn key_of(self, title: &str) -> Option<&'static str> {
        let k = key(title);
        self.titels()
            .iter()
            .find(|(t, f)| key(t) == k || key(f) == k || (*f == "algorithm_id" && k == "lars"))
            .map(|(_, f)| *f)
    }
}
