//! `publicaties-<van>-<tot>.xlsx`: the algorithms published in a period,
//! one Excel table in the house style of the quarterly workbook.

use anyhow::Result;
use chrono::NaiveDate;
use rust_xlsxwriter::{DocProperties, Workbook};

use crate::history::Publicatie;
use crate::organisaties::ministry_name;
use crate::text::dutch_date_long;

use super::layout::{Column, Formats, Kind, TableSheet, Value};
use super::package::{LANGUAGE, creation_time, set_language};

/// The workbook: one sheet, one table, ministries first and supervisors last.
pub fn workbook(publicaties: &[Publicatie], van: NaiveDate, tot: NaiveDate, voorlopig: bool) -> Result<Vec<u8>> {
    let f = Formats::default();
    let mut book = Workbook::new();
    let title = format!(
        "Gepubliceerde algoritmen, {} tot en met {}",
        dutch_date_long(van),
        dutch_date_long(tot)
    );
    book.set_properties(
        &DocProperties::new()
            .set_title(&title)
            .set_subject("Algoritmen van JenV en AenM die in een periode in het Algoritmeregister zijn gepubliceerd")
            .set_author("algoreg")
            .set_company("Ministerie van Justitie en Veiligheid")
            .set_category("Openbaar")
            .set_status(if voorlopig { "Voorlopig" } else { "Definitief" })
            .set_custom_property("Classificatie", "Openbaar")
            .set_creation_datetime(&creation_time(tot)?),
    );
    let rows = publicaties
        .iter()
        .map(|p| {
            vec![
                Value::text(if p.toezichthouder {
                    "Toezichthouders"
                } else {
                    ministry_name(&p.ministerie)
                }),
                Value::text(&p.organisatie),
                Value::text(&p.organisatie_naam),
                Value::yes_no(p.toezichthouder),
                Value::text(&p.naam),
                Value::text(p.categorie.as_str()),
                Value::Date(p.publicatiedatum),
                Value::opt_text(p.algoritme_id.as_deref()),
                Value::opt_text(p.link.as_deref()),
            ]
        })
        .collect();
    let mut notes = vec![
        "Elk algoritme staat er één keer in, zoals het nieuwste statusoverzicht van de periode het geeft. Algoritmen die helemaal niet openbaar mogen worden, staan er niet in.".to_owned(),
        "De onafhankelijke toezichthouders staan apart, onderaan (Ministerie: Toezichthouders).".to_owned(),
    ];
    if voorlopig {
        notes.insert(
            0,
            "VOORLOPIG: er zaten nog fouten in de statusoverzichten. Rijen met een fout staan niet in de lijst.".into(),
        );
    }
    let sheet = TableSheet {
        sheet: "Publicaties".into(),
        title,
        notes,
        table: "tbl_publicaties".into(),
        columns: vec![
            Column::new("Ministerie", Kind::Text),
            Column::new("Code", Kind::Text),
            Column::new("Organisatie", Kind::Text),
            Column::new("Toezichthouder", Kind::Text),
            Column::new("Algoritme", Kind::Wrap),
            Column::new("Categorie", Kind::Text),
            Column::new("Publicatiedatum", Kind::Date),
            Column::new("Algoritme-ID", Kind::Text),
            Column::new("Link", Kind::Text),
        ],
        rows,
    };
    let (ws, _) = sheet.write(&mut book, &f)?;
    ws.set_active(true);
    set_language(&book.save_to_buffer()?, LANGUAGE)
}
