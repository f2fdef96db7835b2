//! The quarterly workbook `voortgang-<kwartaal>.xlsx`: the exporter, the
//! cover, contents and notes sheets, the chart and the document properties.

use anyhow::Result;
use rust_xlsxwriter::{Chart, ChartType, DocProperties, Workbook, Worksheet};

use crate::export::Exporter;
use crate::maat::Maat;
use crate::model::{Category, Exception, Phase, Status};
use crate::pipeline::Loaded;
use crate::text::dutch_date_long;

use super::layout::{Column, Formats, Kind, Placed, TableSheet, Value, line_height, wrapped_lines, write_title};
use super::package::{LANGUAGE, creation_time, set_language};
use super::tables;
use super::words;

/// The width of the cover's value column, in characters.
const COVER_WIDTH: usize = 80;

/// Writes `voortgang-<kwartaal>.xlsx`.
pub struct ExcelExporter;

impl Exporter for ExcelExporter {
    fn file_name(&self, loaded: &Loaded) -> String {
        format!("voortgang-{}.xlsx", loaded.cijfers.kwartaal)
    }

    fn render(&self, loaded: &Loaded) -> Result<Vec<u8>> {
        workbook(loaded)
    }
}

/// The sheets in order, with what each holds (for Inhoud).
fn contents(data_sheets: &[TableSheet]) -> Vec<(String, String)> {
    let mut out = vec![
        (
            "Voorblad".to_owned(),
            "Over dit bestand: kwartaal, peildatum, bron en classificatie".to_owned(),
        ),
        ("Inhoud".to_owned(), "Deze lijst".to_owned()),
        (
            "Toelichting".to_owned(),
            "Wat elke maat, categorie, status, uitzondering en fase betekent".to_owned(),
        ),
    ];
    out.extend(data_sheets.iter().map(|s| (s.sheet.clone(), s.title.clone())));
    out
}

/// Builds the whole workbook in memory.
pub fn workbook(loaded: &Loaded) -> Result<Vec<u8>> {
    let f = Formats::default();
    let mut book = Workbook::new();
    let created = creation_time(loaded.cijfers.peildatum)?;
    book.set_properties(&properties(loaded, &created));

    let mut data_sheets = vec![
        tables::overview(loaded),
        tables::organisations(loaded),
        tables::chart_data(loaded),
        tables::algorithms(loaded),
        tables::findings(loaded),
        tables::excluded(loaded),
    ];
    data_sheets.extend(super::history::mutaties(loaded));
    data_sheets.extend(super::reconcile::afstemming(loaded));
    data_sheets.push(tables::data(loaded));
    cover(book.add_worksheet(), &f, loaded, created.date())?;
    table_of_contents(&contents(&data_sheets)).write(&mut book, &f)?;
    notes(loaded).write(&mut book, &f)?;
    // Each table's rows are dropped once written: the workbook holds its own copy.
    for sheet in data_sheets {
        let (ws, placed) = sheet.write(&mut book, &f)?;
        if sheet.table == "tbl_grafiek" {
            add_chart(ws, &sheet, placed, loaded)?;
        }
    }
    let bytes = book.save_to_buffer()?;
    set_language(&bytes, LANGUAGE)
}

fn properties(loaded: &Loaded, created: &chrono::NaiveDateTime) -> DocProperties {
    let f = &loaded.cijfers;
    DocProperties::new()
        .set_title(format!("Voortgang publicatie Algoritmeregister {}", f.kwartaal))
        .set_subject("Publicatie van algoritmen in het Algoritmeregister door JenV en AenM")
        .set_author("algoreg")
        .set_company("Ministerie van Justitie en Veiligheid")
        .set_category(f.classificatie)
        .set_keywords("Algoritmeregister, algoritmen, kwartaalcijfers")
        .set_comment(format!(
            "Gemaakt met algoreg {} uit de statusoverzichten van {}.",
            env!("CARGO_PKG_VERSION"),
            f.kwartaal
        ))
        .set_status(if f.voorlopig { "Voorlopig" } else { "Definitief" })
        .set_custom_property("Classificatie", f.classificatie)
        .set_creation_datetime(created)
}

/// `Voorblad`: what this is, for when, from what, and how confidential.
fn cover(ws: &mut Worksheet, f: &Formats, loaded: &Loaded, made: chrono::NaiveDate) -> Result<()> {
    let fig = &loaded.cijfers;
    ws.set_name("Voorblad")?;
    let title = format!("Voortgang publicatie in het Algoritmeregister, {}", fig.kwartaal);
    write_title(ws, f, &title, &[])?;
    ws.set_column_width(0, 24)?;
    ws.set_column_width(1, COVER_WIDTH as f64)?;
    ws.set_print_fit_to_pages(1, 0);
    let mut row = 1;
    if fig.voorlopig {
        ws.write_string_with_format(row, 0, "VOORLOPIG", &f.warning)?;
        ws.write_string_with_format(
            row,
            1,
            format!(
                "Deze cijfers zijn voorlopig: er stonden nog {} fouten in de statusoverzichten. Gebruik ze niet als definitieve cijfers.",
                fig.bevindingen_telling.fout
            ),
            &f.warning.clone().set_text_wrap(),
        )?;
        ws.set_row_height(row, 36)?;
        row += 1;
    }
    row += 1;
    let submitted = fig.organisaties.iter().filter(|o| o.ingeleverd).count();
    let lines: Vec<(&str, Value)> = vec![
        (
            "Classificatie",
            Value::text(format!(
                "{}: alleen voor gebruik binnen de ministeries. Dit bestand bevat gegevens per algoritme.",
                fig.classificatie
            )),
        ),
        (
            "Kwartaal",
            Value::text(format!(
                "{} ({} tot en met {})",
                fig.kwartaal,
                dutch_date_long(fig.kwartaal.first_day()),
                dutch_date_long(fig.kwartaal.last_day())
            )),
        ),
        ("Peildatum", Value::Date(fig.peildatum)),
        (
            "Bron",
            Value::text(format!(
                "De statusoverzichten die de organisaties van de ministeries van Justitie en Veiligheid (JenV) en van Asiel en Migratie (AenM) elk kwartaal inleveren. Ingeleverd: {submitted} van de {} organisaties.",
                fig.organisaties.len()
            )),
        ),
        ("Gemaakt op", Value::Date(made)),
        (
            "Gemaakt met",
            Value::text(format!("algoreg {}", env!("CARGO_PKG_VERSION"))),
        ),
        (
            "Status",
            Value::text(if fig.voorlopig { "Voorlopig" } else { "Definitief" }),
        ),
        ("Rijen gelezen", Value::Count(fig.rijen.gelezen as u32)),
        ("Rijen geteld", Value::Count(fig.rijen.geteld as u32)),
        ("Rijen uitgesloten", Value::Count(fig.rijen.uitgesloten as u32)),
        ("Fouten", Value::Count(fig.bevindingen_telling.fout as u32)),
        (
            "Waarschuwingen",
            Value::Count(fig.bevindingen_telling.waarschuwing as u32),
        ),
        (
            "Inhoud",
            Value::text(
                "Op het blad Inhoud staan alle bladen, met een link. De betekenis van elke kolom staat op het blad Toelichting.",
            ),
        ),
    ];
    for (label, value) in lines {
        ws.write_string_with_format(row, 0, label, &f.bold)?;
        match value {
            Value::Date(d) => {
                ws.write_datetime_with_format(row, 1, d, &f.long_date)?;
            }
            Value::Count(n) => {
                ws.write_number_with_format(
                    row,
                    1,
                    f64::from(n),
                    &f.count.clone().set_align(rust_xlsxwriter::FormatAlign::Left),
                )?;
            }
            Value::Text(s) => {
                let lines = wrapped_lines(&s, COVER_WIDTH);
                ws.write_string_with_format(row, 1, s, &f.wrap)?;
                if lines > 1 {
                    ws.set_row_height(row, line_height(lines))?;
                }
            }
            Value::Empty | Value::SheetLink(_) => {}
        }
        row += 1;
    }
    ws.set_active(true);
    Ok(())
}

/// `Inhoud`: every sheet, with a link to it.
fn table_of_contents(sheets: &[(String, String)]) -> TableSheet<'_> {
    TableSheet {
        sheet: "Inhoud".into(),
        title: "Inhoud".into(),
        notes: vec!["Klik op de naam van een blad om ernaartoe te gaan.".into()],
        table: "tbl_inhoud".into(),
        columns: vec![
            Column::new("Blad", Kind::Text),
            Column::new("Wat staat erop", Kind::Wrap),
        ],
        rows: sheets
            .iter()
            .map(|(name, what)| vec![Value::SheetLink(name.clone()), Value::text(what)])
            .collect(),
    }
}

/// `Toelichting`: every maat, category, status, exception, phase and term.
fn notes(loaded: &Loaded) -> TableSheet<'_> {
    let deadlines = loaded.cijfers.deadline;
    let mut rows = Vec::new();
    let mut add = |soort: &str, term: &str, data: &str, meaning: String| {
        rows.push(vec![
            Value::text(soort),
            Value::text(term),
            Value::text(data),
            Value::text(meaning),
        ]);
    };
    for m in Maat::ALL {
        add("Maat", m.label(), m.name(), m.meaning(deadlines));
    }
    for c in Category::ALL {
        add(
            "Categorie",
            c.as_str(),
            c.as_str(),
            format!("{}: {}", c.register_label(), words::category_meaning(*c)),
        );
    }
    for s in Status::ALL {
        add("Status", s.as_str(), s.as_str(), words::status_meaning(*s).to_owned());
    }
    for e in Exception::ALL {
        add(
            "Uitzondering",
            e.as_str(),
            e.as_str(),
            words::exception_meaning(*e).to_owned(),
        );
    }
    for p in Phase::ALL {
        add("Fase", p.as_str(), p.as_str(), words::phase_meaning(*p).to_owned());
    }
    for (term, meaning) in words::TERMS {
        add("Begrip", term, "", (*meaning).to_owned());
    }
    TableSheet {
        sheet: "Toelichting".into(),
        title: "Toelichting: wat de woorden en getallen betekenen".into(),
        notes: vec!["Naam in Data is hoe de term in de kolommen Maat en Categorie van het blad Data en in het JSON-bestand staat.".into()],
        table: "tbl_toelichting".into(),
        columns: vec![
            Column::new("Soort", Kind::Text),
            Column::new("Term", Kind::Text),
            Column::new("Naam in Data", Kind::Text),
            Column::new("Betekenis", Kind::Wrap),
        ],
        rows: rows.into(),
    }
}

/// A bar chart of mandatory and published algorithms per organisation,
/// beside the table it reads.
fn add_chart(ws: &mut Worksheet, sheet: &TableSheet, placed: Placed, loaded: &Loaded) -> Result<()> {
    let name = &sheet.sheet;
    let (first, last) = (placed.header_row + 1, placed.last_row);
    let mut chart = Chart::new(ChartType::Bar);
    for col in [1u16, 2] {
        chart
            .add_series()
            .set_name((name.as_str(), placed.header_row, col))
            .set_categories((name.as_str(), first, 0, last, 0))
            .set_values((name.as_str(), first, col, last, col));
    }
    chart.title().set_name(&format!(
        "Verplicht en gepubliceerd per organisatie, {}",
        loaded.cijfers.kwartaal
    ));
    chart.x_axis().set_name("Aantal algoritmen (categorie A en B)");
    chart.y_axis().set_reverse();
    chart
        .legend()
        .set_position(rust_xlsxwriter::ChartLegendPosition::Bottom);
    chart.set_alt_text(format!(
        "Staafdiagram, {}: per organisatie het aantal algoritmen dat gepubliceerd moet worden (categorie A en B) en hoeveel daarvan gepubliceerd zijn. De getallen staan in de tabel links van de grafiek.",
        loaded.cijfers.kwartaal
    ));
    let bars = sheet.rows.len().max(1) as u32;
    chart.set_width(640).set_height((120 + 26 * bars).max(320));
    ws.insert_chart(placed.header_row, sheet.columns.len() as u16 + 1, &chart)?;
    Ok(())
}
