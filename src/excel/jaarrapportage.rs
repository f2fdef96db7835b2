//! The annual workbook, `jaarrapportage-<jaar>.xlsx`: a plain, public
//! workbook with a cover sheet and two Excel tables (totals per quarter, group
//! and category; figures per organisation). It keeps its own simple table
//! writer: the quarterly [`super::layout`] adds styles, titles and notes that
//! this workbook does not have.

use anyhow::Result;
use rust_xlsxwriter::{DocProperties, Format, Table, TableColumn, Workbook, Worksheet};

use crate::cijfers::Cijfers;
use crate::maat::{Maat, Scope};
use crate::model::{Category, Quarter};

/// The workbook of the quarters read (oldest first) and the quarters missing.
pub fn workbook(year: i32, quarters: &[(Quarter, Cijfers)], missing: &[Quarter]) -> Result<Vec<u8>> {
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

fn add_table(sheet: &mut Worksheet, head: &[&str], rows: usize, name: &str) -> Result<()> {
    let columns: Vec<TableColumn> = head.iter().map(|h| TableColumn::new().set_header(*h)).collect();
    let table = Table::new().set_name(name).set_columns(&columns);
    // A table needs at least one data row.
    let last_row = rows.max(1) as u32;
    sheet.add_table(0, 0, last_row, head.len() as u16 - 1, &table)?;
    sheet.autofit();
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}
