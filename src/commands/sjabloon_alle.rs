//! `algoreg template --alle`: a status sheet for every organisation of
//! `organisaties.csv`, in one folder, each with the rows of its sheet of the
//! previous quarter where it had one. The folder is written whole or not at all.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use super::EXIT_CLEAN;
use super::sjabloon::{default_name, quarter};
use crate::cli::TemplateArgs;
use crate::excel::sjabloon::{SjabloonSpec, sjabloon as build};
use crate::organisaties::OrganisatieLijst;
use crate::text::{key, shown};

pub fn sjabloon_alle(args: &TemplateArgs) -> Result<u8> {
    let quarter = quarter(args)?;
    let path = args.inputs.join("organisaties.csv");
    let organisaties = OrganisatieLijst::load(&path, &shown(&path))?;
    if organisaties.alle.is_empty() {
        bail!(
            "in {} staat geen organisatie\nhint: vul organisaties.csv eerst",
            shown(&path)
        );
    }
    let prev = quarter.previous();
    let mut previous = crate::history::sheets_of(&args.inputs, prev)?.unwrap_or_default();
    let target = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("sjablonen-{quarter}")));
    if target.exists() {
        bail!(
            "de map {} bestaat al\nhint: kies een andere map met --uitvoer, of verwijder de map eerst; algoreg schrijft nooit over ingevulde statusoverzichten",
            shown(&target)
        );
    }

    // Every file is made in memory first: one that fails means no folder.
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    let mut lines = Vec::new();
    let (mut filled, mut shielded) = (0, 0);
    for org in &organisaties.alle {
        let name = default_name(Some(org), quarter);
        if files.iter().any(|(n, _)| *n == name) {
            bail!(
                "twee organisaties krijgen dezelfde bestandsnaam {}\nhint: maak de codes in {} verschillend in letters en cijfers",
                name.display(),
                shown(&path)
            );
        }
        let taken = previous.remove(&key(&org.code));
        let spec = SjabloonSpec {
            quarter,
            org: Some(org.clone()),
            previous: taken.as_ref().map(|(_, rows)| (prev, rows.clone())),
        };
        let bytes = build(&spec).map_err(|e| crate::excel::grenzen::explain(&name.to_string_lossy(), e))?;
        files.push((name.clone(), bytes));
        shielded += spec.shielded_rows();
        let what = match &taken {
            Some((file, rows)) => {
                filled += 1;
                let n = rows.len();
                format!("{n} {} overgenomen uit {file}", if n == 1 { "rij" } else { "rijen" })
            }
            None => format!("alleen de organisatie ingevuld (geen statusoverzicht in {prev})"),
        };
        lines.push(format!("{} ({}): {}, {what}", org.naam, org.code, name.display()));
    }
    write_folder(&target, &files)?;
    for line in &lines {
        println!("{line}");
    }
    let n = files.len();
    println!(
        "\n{n} {} voor {quarter} geschreven in {}: {filled} met rijen uit {prev}, {} met alleen de organisatie ingevuld.",
        if n == 1 { "sjabloon" } else { "sjablonen" },
        shown(&target),
        n - filled
    );
    if shielded > 0 {
        let rows = if shielded == 1 { "rij" } else { "rijen" };
        println!(
            "Bij {shielded} {rows} met uitzondering volledig zijn ID en Naam leeg gelaten: algoreg bewaart die niet. De organisatie vult ze opnieuw in."
        );
    }
    Ok(EXIT_CLEAN)
}

/// Writes the files into a new folder beside `target` and moves it into
/// place: the folder is there whole, or not at all.
fn write_folder(target: &Path, files: &[(PathBuf, Vec<u8>)]) -> Result<()> {
    let parent = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).with_context(|| format!("kan de map {} niet maken", shown(parent)))?;
    let staging = tempfile::Builder::new()
        .prefix(".sjablonen.bezig-")
        .tempdir_in(parent)
        .with_context(|| format!("kan niet schrijven in {}", shown(parent)))?;
    for (name, bytes) in files {
        let path = staging.path().join(name);
        std::fs::write(&path, bytes).with_context(|| format!("kan {} niet schrijven", shown(&path)))?;
    }
    if target.exists() {
        bail!(
            "de map {} bestaat al\nhint: kies een andere map met --uitvoer",
            shown(target)
        );
    }
    std::fs::rename(staging.path(), target)
        .with_context(|| format!("kan de map {} niet op zijn plaats zetten", shown(target)))?;
    // Renamed away: nothing is left for the staging guard to remove.
    let _ = staging.keep();
    Ok(())
}
