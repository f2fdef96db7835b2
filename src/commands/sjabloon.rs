//! `algoreg template`: write the status sheet organisations fill in, empty
//! or prefilled for one organisation, optionally with last quarter's rows.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use super::EXIT_CLEAN;
use crate::cli::TemplateArgs;
use crate::config::quarter_folders;
use crate::excel::sjabloon::{SjabloonSpec, sjabloon as build};
use crate::ingest::AlgoRow;
use crate::model::Quarter;
use crate::organisaties::{Organisatie, OrganisatieLijst};
use crate::text::{key, shown};

pub fn sjabloon(args: &TemplateArgs) -> Result<u8> {
    let quarter = quarter(args)?;
    let org = match &args.org {
        Some(code) => Some(organisation(&args.inputs, code)?),
        None => None,
    };
    let previous = match (&org, args.from_previous) {
        (Some(org), true) => Some(previous_rows(&args.inputs, org, quarter)?),
        _ => None,
    };
    let spec = SjabloonSpec {
        quarter,
        org: org.clone(),
        previous: previous.as_ref().map(|(q, _, rows)| (*q, rows.clone())),
    };
    let out = args.out.clone().unwrap_or_else(|| default_name(org.as_ref(), quarter));
    let bytes = build(&spec).map_err(|e| crate::excel::grenzen::explain(&shown(&out), e))?;
    write_new(&out, &bytes)?;
    println!("Sjabloon voor {quarter} geschreven: {}", shown(&out));
    if let Some((_, file, rows)) = &previous {
        let n = rows.len();
        println!("{n} {} overgenomen uit {file}.", if n == 1 { "rij" } else { "rijen" });
        let shielded = spec.shielded_rows();
        if shielded > 0 {
            let rows = if shielded == 1 { "rij" } else { "rijen" };
            println!(
                "Bij {shielded} {rows} met uitzondering volledig zijn ID en Naam leeg gelaten: algoreg bewaart die niet. De organisatie vult ze opnieuw in."
            );
        }
    }
    Ok(EXIT_CLEAN)
}

/// `--quarter`, or the quarter after the newest folder in `--inputs`, or
/// (without folders) the current quarter.
pub(super) fn quarter(args: &TemplateArgs) -> Result<Quarter> {
    if let Some(q) = &args.quarter {
        return Quarter::parse(q)
            .with_context(|| format!("onbekend kwartaal {q:?}\nhint: schrijf het kwartaal als 2025-Q3"));
    }
    let newest = if args.inputs.is_dir() {
        quarter_folders(&args.inputs)?.last().map(|(q, _)| *q)
    } else {
        None
    };
    Ok(newest.map_or_else(|| Quarter::of(chrono::Local::now().date_naive()), Quarter::next))
}

fn organisation(inputs: &Path, code: &str) -> Result<Organisatie> {
    let path = inputs.join("organisaties.csv");
    let organisaties = OrganisatieLijst::load(&path, &shown(&path))?;
    organisaties.find(code).cloned().with_context(|| {
        let codes: Vec<&str> = organisaties.alle.iter().map(|o| o.code.as_str()).collect();
        format!(
            "de code {code} staat niet in {}\nhint: bekende codes: {}",
            shown(&path),
            if codes.is_empty() {
                "geen".to_owned()
            } else {
                codes.join(", ")
            }
        )
    })
}

/// The rows of the organisation's sheet of the quarter before `quarter`,
/// read with ingest (so `volledig` rows come without their text).
fn previous_rows(inputs: &Path, org: &Organisatie, quarter: Quarter) -> Result<(Quarter, String, Vec<AlgoRow>)> {
    let prev = quarter.previous();
    let Some(mut sheets) = crate::history::sheets_of(inputs, prev)? else {
        bail!(
            "geen map voor {prev} in {}\nhint: --vorig-kwartaal neemt de rijen over uit het statusoverzicht van het vorige kwartaal ({prev})",
            shown(inputs)
        );
    };
    let Some((file, rows)) = sheets.remove(&key(&org.code)) else {
        bail!(
            "in {} staat geen leesbaar statusoverzicht van {} ({})\nhint: controleer de map met algoreg controleer --kwartaal {prev}, of maak een leeg sjabloon zonder --vorig-kwartaal",
            shown(&inputs.join(prev.to_string())),
            org.naam,
            org.code
        )
    };
    Ok((prev, file, rows))
}

/// `statusoverzicht-<code>-<kwartaal>.xlsx`, with only safe characters from the code.
pub(super) fn default_name(org: Option<&Organisatie>, quarter: Quarter) -> PathBuf {
    let code: String = org
        .map(|o| {
            o.code
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect()
        })
        .unwrap_or_default();
    if code.is_empty() {
        PathBuf::from(format!("statusoverzicht-{quarter}.xlsx"))
    } else {
        PathBuf::from(format!("statusoverzicht-{}-{quarter}.xlsx", code.to_lowercase()))
    }
}

/// Writes the file whole, and never over an existing one: a template must
/// not replace a sheet someone has filled in.
fn write_new(out: &Path, bytes: &[u8]) -> Result<()> {
    let dir = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp =
        tempfile::NamedTempFile::new_in(dir).with_context(|| format!("kan niet schrijven in {}", shown(dir)))?;
    tmp.write_all(bytes)?;
    tmp.persist_noclobber(out).map_err(|e| {
        if out.exists() {
            anyhow::anyhow!(
                "het bestand {} bestaat al\nhint: kies een andere naam met --uitvoer, of verwijder het bestand eerst",
                shown(out)
            )
        } else {
            anyhow::anyhow!("kan {} niet schrijven: {}", shown(out), e.error)
        }
    })?;
    Ok(())
}
