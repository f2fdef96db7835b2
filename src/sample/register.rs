//! The sample's register export for 2025-Q2 (`inputs/register/`), in the
//! register's v1.0 CSV layout: UTF-8 with BOM, every field quoted, newlines
//! inside some fields.
//!
//! It holds every algorithm the 2025-Q2 sheets call published, plus a few
//! records of other organisations, and agrees with the sheets except for the
//! deliberate disagreements in [`deliberate`] (one of each kind; the README
//! walks through them).

use anyhow::Result;

use super::{Alg, QUARTERS, algorithms, data, lines};
use crate::model::{Category, Exception, Status};

/// Where the export is written, inside `inputs/`.
pub const PATH: &str = "register/algoritmeregister-2025-07-01.csv";

/// The register's v1.0 columns, in order.
pub const COLUMNS: [&str; 31] = [
    "name",
    "organization",
    "description_short",
    "category",
    "website",
    "status",
    "goal",
    "proportionality",
    "lawful_basis",
    "standard_version",
    "url",
    "contact_email",
    "lang",
    "publiccode",
    "source_data",
    "methods_and_models",
    "human_intervention",
    "risks",
    "provider",
    "process_index_url",
    "tags",
    "source_id",
    "begin_date",
    "end_date",
    "impacttoetsen",
    "publication_category",
    "lawful_basis_grouping",
    "impacttoetsen_grouping",
    "source_data_grouping",
    "algorithm_id",
    "publication_dt",
];

/// One register record, with the columns reconciliation reads.
struct Record {
    name: String,
    organization: String,
    theme: &'static str,
    status: &'static str,
    category: &'static str,
    id: String,
    published: String,
    end_date: String,
}

/// Records of the register that no sample sheet has: `organisation | name |
/// Algoritme-ID | publication_dt | category`. The first is missing from
/// Politie's inventory (a deliberate disagreement); the second was
/// published on 1 July 2025, after the peildatum; the others belong to
/// organisations outside JenV and AenM (names and IDs from the register).
const EXTRA: &str = "
Politie | MONOcam | 21421626 | 2025-01-31 | Overige algoritmes
Immigratie- en Naturalisatiedienst | Risicosignalering verblijfsaanvragen | 58204716 | 2025-07-01 | Impactvolle algoritmes
Gemeente Delft | Advisering datalekmelding | 11234933 | 2024-02-06 | Overige algoritmes
Gemeente Gennep | Inzet geautomatiseerde gezichtsvergelijking | 11243654 | 2024-12-03 | Impactvolle algoritmes
";

/// The deliberate disagreements, by the sheet's own ID. `None`: not in the register.
fn deliberate(sheet_id: &str, mut r: Record) -> Option<Record> {
    match sheet_id {
        // Published in the sheet, not (yet) in the register.
        "NCSC-3" => return None,
        // In the register under the ministry's name instead of DJI's.
        "DJI-02" => r.organization = "Ministerie van Justitie en Veiligheid".into(),
        // The sheet says B, the register Overige algoritmes.
        "POL-003" => r.category = "Overige algoritmes",
        // Out of use since May according to the register; active in the sheet.
        "RVDK-1" => {
            r.status = "Buiten gebruik";
            r.end_date = "2025-05-01".into();
        }
        // Three months between the sheet's date and the register's.
        "NFI-02" => r.published = "2025-03-05".into(),
        // The sheet's Algoritme-ID is one digit off: found by name only.
        "CJIB-1" => r.id = "41914565".into(),
        _ => {}
    }
    Some(r)
}

fn register_name(org: &str) -> Result<String> {
    lines(data::ORGANISATIONS)
        .map(|l| l.split('|').map(str::trim).collect::<Vec<_>>())
        .find(|f| f[0] == org)
        .and_then(|f| f.get(5).map(|n| (*n).to_owned()))
        .ok_or_else(|| anyhow::anyhow!("voorbeelddata: onbekende organisatie {org}"))
}

fn theme(org: &str) -> &'static str {
    match org {
        "IND" | "COA" | "DTV" | "AENM" | "NIDOS" => "Migratie en integratie",
        _ => "Recht, Openbare orde en veiligheid",
    }
}

fn from_sheet(a: &Alg) -> Result<Option<Record>> {
    let published = a.published.map(|d| d.to_string()).unwrap_or_default();
    let category = Category::parse(a.cat).map_or("", Category::register_label);
    let r = Record {
        name: a.naam.to_owned(),
        organization: register_name(a.org)?,
        theme: theme(a.org),
        status: if a.org == "NCSC" {
            "In ontwikkeling"
        } else {
            "In gebruik"
        },
        category,
        id: a.register_id.to_owned(),
        published,
        end_date: String::new(),
    };
    Ok(deliberate(a.id, r))
}

fn extra() -> Vec<Record> {
    lines(EXTRA)
        .map(|l| {
            let f: Vec<&str> = l.split('|').map(str::trim).collect();
            Record {
                name: f[1].to_owned(),
                organization: f[0].to_owned(),
                theme: if f[0].starts_with("Gemeente") {
                    "Organisatie en bedrijfsvoering"
                } else {
                    theme("")
                },
                status: "In gebruik",
                category: if f[4].starts_with("Impactvol") {
                    "Impactvolle algoritmes"
                } else {
                    "Overige algoritmes"
                },
                id: f[2].to_owned(),
                published: f[3].to_owned(),
                end_date: String::new(),
            }
        })
        .collect()
}

fn fields(r: &Record) -> [String; 31] {
    let mut f: [String; 31] = Default::default();
    let mut set = |column: &str, value: String| {
        if let Some(i) = COLUMNS.iter().position(|c| *c == column) {
            f[i] = value;
        }
    };
    set("name", r.name.clone());
    set("organization", r.organization.clone());
    set(
        "description_short",
        format!("{} gebruikt dit algoritme: {}.", r.organization, r.name),
    );
    set("category", r.theme.to_owned());
    set("status", r.status.to_owned());
    // A field with line breaks inside the quotes, as real exports have.
    set(
        "goal",
        format!(
            "Doel van {}.\r\nMeer uitleg staat op de website van de organisatie.",
            r.name
        ),
    );
    set("standard_version", "1.0.0".into());
    set("lang", "nld".into());
    set("end_date", r.end_date.clone());
    set("publication_category", r.category.to_owned());
    set("algorithm_id", r.id.clone());
    set("publication_dt", r.published.clone());
    f
}

/// The export's bytes.
pub fn export_csv() -> Result<Vec<u8>> {
    let quarter = QUARTERS[1];
    let mut records: Vec<Record> = Vec::new();
    for a in algorithms()? {
        let published = a.status == Status::Published && a.since <= quarter;
        if published
            && Exception::parse(a.uitzondering) != Some(Exception::Full)
            && let Some(r) = from_sheet(&a)?
        {
            records.push(r);
        }
    }
    records.extend(extra());
    records.sort_by(|a, b| a.id.cmp(&b.id));
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .quote_style(csv::QuoteStyle::Always)
            .from_writer(&mut out);
        w.write_record(COLUMNS)?;
        for r in &records {
            w.write_record(fields(r))?;
        }
        w.flush()?;
    }
    Ok(out)
}
