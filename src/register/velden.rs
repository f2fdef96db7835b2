//! The text fields of a register description that the quality check reads
//! (`kwaliteit`): which columns (or rows, in the Excel download) of the
//! download hold them, and their values per version, as the register wrote them.
//!
//! Reading is this stage's job (one pass over the download); judging the
//! values against the publication standard is `kwaliteit`'s.

use serde::Serialize;

use crate::text::key;

/// A field of the publication standard that the quality check reads, by its
/// column name in the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Veld {
    Name,
    DescriptionShort,
    Organization,
    Category,
    Website,
    Status,
    Goal,
    Proportionality,
    HumanIntervention,
    Risks,
    LawfulBasis,
    StandardVersion,
    Url,
    ContactEmail,
    Lang,
    Publiccode,
    SourceData,
    MethodsAndModels,
    Provider,
    ProcessIndexUrl,
    Tags,
    SourceId,
    BeginDate,
    EndDate,
    Impacttoetsen,
    ImpacttoetsenGrouping,
    PublicationCategory,
}

impl Veld {
    pub const COUNT: usize = 27;
    pub const ALL: [Veld; Veld::COUNT] = [
        Self::Name,
        Self::DescriptionShort,
        Self::Organization,
        Self::Category,
        Self::Website,
        Self::Status,
        Self::Goal,
        Self::Proportionality,
        Self::HumanIntervention,
        Self::Risks,
        Self::LawfulBasis,
        Self::StandardVersion,
        Self::Url,
        Self::ContactEmail,
        Self::Lang,
        Self::Publiccode,
        Self::SourceData,
        Self::MethodsAndModels,
        Self::Provider,
        Self::ProcessIndexUrl,
        Self::Tags,
        Self::SourceId,
        Self::BeginDate,
        Self::EndDate,
        Self::Impacttoetsen,
        Self::ImpacttoetsenGrouping,
        Self::PublicationCategory,
    ];

    /// The column's name in the export.
    pub fn column(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::DescriptionShort => "description_short",
            Self::Organization => "organization",
            Self::Category => "category",
            Self::Website => "website",
            Self::Status => "status",
            Self::Goal => "goal",
            Self::Proportionality => "proportionality",
            Self::HumanIntervention => "human_intervention",
            Self::Risks => "risks",
            Self::LawfulBasis => "lawful_basis",
            Self::StandardVersion => "standard_version",
            Self::Url => "url",
            Self::ContactEmail => "contact_email",
            Self::Lang => "lang",
            Self::Publiccode => "publiccode",
            Self::SourceData => "source_data",
            Self::MethodsAndModels => "methods_and_models",
            Self::Provider => "provider",
            Self::ProcessIndexUrl => "process_index_url",
            Self::Tags => "tags",
            Self::SourceId => "source_id",
            Self::BeginDate => "begin_date",
            Self::EndDate => "end_date",
            Self::Impacttoetsen => "impacttoetsen",
            Self::ImpacttoetsenGrouping => "impacttoetsen_grouping",
            Self::PublicationCategory => "publication_category",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Where each field is in the download's header, for the fields it has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Kolommen([Option<usize>; Veld::COUNT]);

impl Kolommen {
    /// `headers` as keys (see [`key`]).
    pub fn of(headers: &[String]) -> Kolommen {
        let mut k = Kolommen::default();
        for v in Veld::ALL {
            k.0[v.index()] = headers.iter().position(|h| *h == key(v.column()));
        }
        k
    }

    /// The fields of one version, trimmed (an empty value is `None`), and
    /// which of them the download has; `get` gives the value at a position.
    pub fn read<'a>(&self, get: impl Fn(usize) -> Option<&'a str>) -> Velden {
        let mut out = Velden::default();
        for v in Veld::ALL {
            let Some(c) = self.0[v.index()] else {
                continue;
            };
            out.aanwezig |= 1 << v.index();
            out.waarden[v.index()] = get(c).map(str::trim).filter(|s| !s.is_empty()).map(Box::from);
        }
        out
    }
}

/// One version's values of the fields in [`Veld`], and which fields its
/// download has at all (a field it lacks is not "empty").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Velden {
    waarden: [Option<Box<str>>; Veld::COUNT],
    aanwezig: u32,
}

impl Velden {
    pub fn get(&self, v: Veld) -> Option<&str> {
        self.waarden[v.index()].as_deref()
    }

    /// The download has this field for this version (a column of the CSV,
    /// a row of the version's sheet in the Excel download).
    pub fn has(&self, v: Veld) -> bool {
        self.aanwezig & (1 << v.index()) != 0
    }

    /// Values by field, every field present, for tests and the benchmark's generator.
    pub fn from_pairs(pairs: &[(Veld, &str)]) -> Velden {
        let mut out = Velden {
            aanwezig: (1 << Veld::COUNT) - 1,
            ..Velden::default()
        };
        for (v, s) in pairs {
            let t = s.trim();
            out.waarden[v.index()] = (!t.is_empty()).then(|| Box::from(t));
        }
        out
    }
}
