//! `algoreg template --alle`: a status sheet for every organisation of
//! `organisaties.csv`, in one folder, each with the rows of its sheet of the
//! previous quarter where it had one. The folder is written whole or not at all.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use super::EXIT_CLEAN;
use super::sjabloon::{default_name, quarter};
use crate::cli::TemplateArgs;
use crate::excel::sjabloon::{SjabloonSpec, sjabloon as build};
use crate::model::Quarter;
use crate::organisaties::OrganisatieLijst;
use crate::text::{counted, key, shown};

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
    let mut summary = Samenvatting::default();
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
        summary.regels.push(Regel {
            organisatie: format!("{} ({})", org.naam, org.code),
            bestand: name.display().to_string(),
            vorig: taken.map(|(file, rows)| (file, rows.len())),
        });
        summary.afgeschermd += spec.shielded_rows();
        files.push((name, bytes));
    }
    write_folder(&target, &files)?;
    print!("{}", summary.tekst(quarter, prev, &shown(&target)));
    Ok(EXIT_CLEAN)
}

/// What `template --alle` made, per organisation and counted: the lines and
/// the closing sentence come from the same list, so their numbers agree.
#[derive(Debug, Default)]
struct Samenvatting {
    regels: Vec<Regel>,
    /// Rows with exception `volledig` whose ID and name were left empty.
    afgeschermd: usize,
}

#[derive(Debug)]
struct Regel {
    /// "Dienst Alfa (AAA)".
    organisatie: String,
    /// The template's file name.
    bestand: String,
    /// The previous quarter's sheet and how many rows were taken from it.
    vorig: Option<(String, usize)>,
}

impl Samenvatting {
    fn met_rijen(&self) -> usize {
        self.regels
            .iter()
            .filter(|r| r.vorig.as_ref().is_some_and(|(_, n)| *n > 0))
            .count()
    }

    fn zonder_rijen(&self) -> usize {
        self.regels
            .iter()
            .filter(|r| r.vorig.as_ref().is_some_and(|(_, n)| *n == 0))
            .count()
    }

    fn tekst(&self, quarter: Quarter, prev: Quarter, target: &str) -> String {
        let mut t = String::new();
        for r in &self.regels {
            let what = match &r.vorig {
                Some((file, 0)) => format!("geen rijen overgenomen: {file} heeft geen algoritmen"),
                Some((file, n)) => format!("{} overgenomen uit {file}", counted(*n, "rij", "rijen")),
                None => format!("alleen de organisatie ingevuld (geen statusoverzicht in {prev})"),
            };
            t += &format!("{}: {}, {what}\n", r.organisatie, r.bestand);
        }
        let n = self.regels.len();
        let (met, zonder) = (self.met_rijen(), self.zonder_rijen());
        t += &format!(
            "\n{} voor {quarter} geschreven in {target}: {met} met rijen uit {prev}, ",
            counted(n, "sjabloon", "sjablonen")
        );
        if zonder > 0 {
            t += &format!("{zonder} met een statusoverzicht uit {prev} zonder rijen, ");
        }
        t += &format!("{} met alleen de organisatie ingevuld.\n", n - met - zonder);
        if self.afgeschermd > 0 {
            t += &format!(
                "Bij {} met uitzondering volledig zijn ID en Naam leeg gelaten: algoreg bewaart die niet. De organisatie vult ze opnieuw in.\n",
                counted(self.afgeschermd, "rij", "rijen")
            );
        }
        t
    }
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
