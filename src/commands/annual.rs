//! `algoreg annual --year 2025`: reads every quarter of the year that is in
//! the inputs and writes the public annual outputs to `reports/<jaar>/`:
//! `jaarrapportage-<jaar>.pdf`, `cijfers-<jaar>.json` and `jaarrapportage-<jaar>.xlsx`.

use anyhow::{Result, bail};
use rust_xlsxwriter::{DocProperties, Format, Table, TableColumn, Workbook};
use serde::Serialize;

use super::{EXIT_CLEAN, EXIT_FINDINGS, batch_config};
use crate::aggregate::Cijfer;
use crate::cli::{AnnualArgs, BatchArgs};
use crate::config::quarter_folders;
use crate::figures::Figures;
use crate::ingest::Source;
use crate::maat::{Maat, Scope};
use crate::manifest::{Entry, Manifest};
use crate::model::{Category, Quarter};
use crate::output::{Lock, Staging};
use crate::pdf::{Maker, jaarrapportage};
use crate::pipeline::load;
use crate::text::shown;

/// `cijfers-<jaar>.json`: the `cijfers` records of every quarter read.
#[derive(Serialize)]
struct JaarCijfers<'a> {
    jaar: i32,
    classificatie: &'static str,
    voorlopig: bool,
    kwartalen: Vec<String>,
    ontbrekende_kwartalen: Vec<String>,
    cijfers: Vec<&'a Cijfer>,
    /// Per quarter, the changes since the quarter before it, per category
    /// (ministries only; counts, no algorithms).
    mutaties: Vec<MutatieTotaal<'a>>,
}

#[derive(Serialize)]
struct MutatieTotaal<'a> {
    kwartaal: Quarter,
    vorig_kwartaal: Quarter,
    per_categorie: &'a std::collections::BTreeMap<Category, crate::history::MutatieTelling>,
}

pub fn annual(args: &AnnualArgs) -> Result<u8> {
    let year = args.year;
    if args.batch.quarter != "latest" {
        bail!("annual leest alle kwartalen van een jaar\nhint: laat --quarter weg en kies het jaar met --year");
    }
    let inputs = &args.batch.inputs;
    if !inputs.is_dir() {
        bail!(
            "de map {} bestaat niet\nhint: geef de map met organisaties.csv en de kwartaalmappen op met --inputs",
            inputs.display()
        );
    }
    let present: Vec<Quarter> = quarter_folders(inputs)?
        .into_iter()
        .map(|(q, _)| q)
        .filter(|q| q.year == year)
        .collect();
    let missing: Vec<Quarter> = (1..=4)
        .filter_map(|n| Quarter::new(year, n))
        .filter(|q| !present.contains(q))
        .collect();
    if present.is_empty() {
        bail!(
            "geen kwartaalmap van {year} gevonden in {}\nhint: gezocht naar {}/{year}-Q1 tot en met {year}-Q4",
            inputs.display(),
            inputs.display()
        );
    }
    // Find typst before reading anything, so a missing typst fails fast.
    let maker = Maker::new(args.pdf.typst.as_deref(), args.pdf.templates.clone())?;
    let mut quarters: Vec<(Quarter, Figures)> = Vec::new();
    let mut manifest = Manifest::new(
        "annual",
        "Openbaar",
        serde_json::json!({
            "jaar": year,
            "inputs": shown(inputs),
            "deadline": {"A": args.batch.deadline_a, "B": args.batch.deadline_b},
            "max_file_mb": args.batch.max_file_mb,
            "max_cells": args.batch.max_cells,
            "accept_errors": args.output.accept_errors,
        }),
    );
    manifest.typst = Some(maker.typst.version.clone());
    let mut errors = 0;
    for q in &present {
        let config = batch_config(&BatchArgs {
            quarter: q.to_string(),
            ..args.batch.clone()
        })?;
        let loaded = load(&config, args.output.accept_errors, None)?;
        let t = loaded.figures.bevindingen_telling;
        println!(
            "{q}: {} bestanden gelezen, {} fout, {} waarschuwing, {} info",
            loaded.files, t.fout, t.waarschuwing, t.info
        );
        errors += t.fout;
        for (file, source) in &loaded.sources {
            if !manifest.invoer.iter().any(|e| e.bestand == *file) {
                manifest.invoer.push(Entry::new(file, source));
            }
        }
        quarters.push((*q, loaded.figures));
    }
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(Quarter::to_string).collect();
        println!("Geen map voor {}: die kwartalen tellen niet mee.", names.join(", "));
    }
    if errors > 0 && !args.output.accept_errors {
        println!("\nEr zijn {errors} fouten gevonden. Er is geen jaarrapportage gemaakt.");
        println!(
            "Bekijk de fouten per kwartaal met `algoreg check --quarter ...`, of maak een voorlopige versie met --accept-errors."
        );
        return Ok(EXIT_FINDINGS);
    }

    let (Some(data), Some((_, last))) = (jaarrapportage::data(year, &quarters, &missing), quarters.last()) else {
        bail!("interne fout: geen kwartaal van {year} gelezen");
    };
    let last_peildatum = last.peildatum;
    let target = args.output.out.join(year.to_string());
    let _lock = Lock::acquire(&args.output.out)?;
    let staging = Staging::new(&target)?;
    let outputs = [
        (
            format!("jaarrapportage-{year}.pdf"),
            maker.render("jaarrapportage.typ", &data, last_peildatum)?,
        ),
        (format!("cijfers-{year}.json"), json(year, &quarters, &missing)?),
        (
            format!("jaarrapportage-{year}.xlsx"),
            workbook(year, &quarters, &missing)?,
        ),
    ];
    for (name, bytes) in &outputs {
        manifest.uitvoer.push(Entry::new(name, &Source::of(bytes)));
        staging.write(name, bytes)?;
    }
    staging.write("manifest.json", &manifest.to_json()?)?;
    staging.commit()?;
    let label = if data.voorlopig {
        "voorlopige jaarrapportage"
    } else {
        "jaarrapportage"
    };
    println!("\nDe {label} staat in {}", shown(&target));
    Ok(if errors > 0 { EXIT_FINDINGS } else { EXIT_CLEAN })
}

fn json(year: i32, quarters: &[(Quarter, Figures)], missing: &[Quarter]) -> Result<Vec<u8>> {
    let doc = JaarCijfers {
        jaar: year,
        classificatie: "Openbaar",
        voorlopig: quarters.iter().any(|(_, f)| f.voorlopig),
        kwartalen: quarters.iter().map(|(q, _)| q.to_string()).collect(),
        ontbrekende_kwartalen: missing.iter().map(Quarter::to_string).collect(),
        cijfers: quarters.iter().flat_map(|(_, f)| &f.cijfers).collect(),
        mutaties: quarters
            .iter()
            .filter_map(|(q, f)| {
                let m = f.mutaties.as_ref()?;
                Some(MutatieTotaal {
                    kwartaal: *q,
                    vorig_kwartaal: m.vorig_kwartaal,
                    per_categorie: &m.totaal,
                })
            })
            .collect(),
    };
    let mut v = serde_json::to_vec_pretty(&doc)?;
    v.push(b'\n');
    Ok(v)
}

/// A plain, public workbook: a cover sheet and one Excel table of the totals
/// per quarter, group and category, and one per organisation.
fn workbook(year: i32, quarters: &[(Quarter, Figures)], missing: &[Quarter]) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let peildatum = quarters.last().map(|(_, f)| f.peildatum).unwrap_or_default();
    let fixed = peildatum.and_hms_opt(0, 0, 0).unwrap_or_default();
    book.set_properties(
        &DocProperties::new()
            .set_title(format!("Jaarrapportage Algoritmeregister {year}"))
            .set_creation_datetime(&fixed),
    );
    let bold = Format::new().set_bold();
    let title = Format::new().set_bold().set_font_size(14);

    let cover = book.add_worksheet();
    cover.set_name("Voorblad")?;
    cover.set_column_width(0, 28)?;
    cover.set_column_width(1, 70)?;
    cover.write_string_with_format(0, 0, format!("Jaarrapportage Algoritmeregister {year}"), &title)?;
    let names = |qs: Vec<String>| {
        if qs.is_empty() {
            "geen".to_owned()
        } else {
            qs.join(", ")
        }
    };
    let lines = [
        ("Classificatie", "Openbaar".to_owned()),
        (
            "Ministeries",
            "Justitie en Veiligheid (JenV), Asiel en Migratie (AenM)".to_owned(),
        ),
        (
            "Kwartalen",
            names(quarters.iter().map(|(q, _)| q.to_string()).collect()),
        ),
        (
            "Ontbrekende kwartalen",
            names(missing.iter().map(Quarter::to_string).collect()),
        ),
        ("Laatste peildatum", crate::text::dutch_date(peildatum)),
        (
            "Inhoud",
            "Aantallen per ministerie, organisatie en categorie. Geen namen van algoritmen.".to_owned(),
        ),
        (
            "Groepen",
            "Totaal = alle ministeries samen, zonder de onafhankelijke toezichthouders.".to_owned(),
        ),
    ];
    for (i, (label, value)) in lines.iter().enumerate() {
        let row = i as u32 + 2;
        cover.write_string_with_format(row, 0, *label, &bold)?;
        cover.write_string(row, 1, value)?;
    }

    let mut head: Vec<&str> = vec!["Kwartaal", "Groep", "Categorie"];
    head.extend(Maat::ALL.map(Maat::name));
    let mut rows: Vec<(String, String, &str, Vec<u32>)> = Vec::new();
    for (q, f) in quarters {
        for g in f.groups() {
            for scope in Scope::ALL {
                let counts = Maat::ALL.iter().map(|m| f.total(g, scope, *m)).collect();
                rows.push((q.to_string(), g.to_string(), scope.name(), counts));
            }
        }
    }
    let sheet = book.add_worksheet();
    sheet.set_name("Per ministerie")?;
    for (r, (q, g, c, counts)) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        sheet.write_string(r, 0, q)?;
        sheet.write_string(r, 1, g)?;
        sheet.write_string(r, 2, *c)?;
        for (i, n) in counts.iter().enumerate() {
            sheet.write_number(r, 3 + i as u16, f64::from(*n))?;
        }
    }
    add_table(sheet, &head, rows.len(), "Cijfers_per_ministerie")?;

    let mut head: Vec<&str> = vec![
        "Kwartaal",
        "Ministerie",
        "Organisatie",
        "Code",
        "Toezichthouder",
        "Categorie",
    ];
    head.extend(Maat::ALL.map(Maat::name));
    let sheet = book.add_worksheet();
    sheet.set_name("Per organisatie")?;
    let mut r = 0u32;
    for (q, f) in quarters {
        let mut orgs: Vec<_> = f.organisaties.iter().filter(|o| o.ingeleverd).collect();
        orgs.sort_by(|a, b| {
            (a.toezichthouder, &a.ministerie, &a.code).cmp(&(b.toezichthouder, &b.ministerie, &b.code))
        });
        for o in orgs {
            for cat in Category::ALL {
                r += 1;
                sheet.write_string(r, 0, q.to_string())?;
                sheet.write_string(r, 1, &o.ministerie)?;
                sheet.write_string(r, 2, &o.naam)?;
                sheet.write_string(r, 3, &o.code)?;
                sheet.write_string(r, 4, if o.toezichthouder { "ja" } else { "nee" })?;
                sheet.write_string(r, 5, cat.as_str())?;
                for (i, m) in Maat::ALL.into_iter().enumerate() {
                    sheet.write_number(
                        r,
                        6 + i as u16,
                        f64::from(f.org_figure(&o.code, Scope::Category(*cat), m)),
                    )?;
                }
            }
        }
    }
    add_table(sheet, &head, r as usize, "Cijfers_per_organisatie")?;
    Ok(book.save_to_buffer()?)
}

fn add_table(sheet: &mut rust_xlsxwriter::Worksheet, head: &[&str], rows: usize, name: &str) -> Result<()> {
    let columns: Vec<TableColumn> = head.iter().map(|h| TableColumn::new().set_header(*h)).collect();
    let table = Table::new().set_name(name).set_columns(&columns);
    // A table needs at least one data row.
    let last_row = rows.max(1) as u32;
    sheet.add_table(0, 0, last_row, head.len() as u16 - 1, &table)?;
    sheet.autofit();
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}
