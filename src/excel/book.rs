//! The quarterly workbook `voortgang-<kwartaal>.xlsx`: the exporter, the
//! cover, contents and notes sheets, the chart and the document properties.

use anyhow::Result;
use rust_xlsxwriter::{Chart, ChartType, DocProperties, Workbook, Worksheet};

use crate::export::Exporter;
use crate::pipeline::Report;
use crate::text::dutch_date_long;

use super::grenzen::Limited;
use super::layout::{Formats, Placed, TableSheet, Value, write_title};
use super::package::{LANGUAGE, creation_time, made_on, set_language};
use super::sheets::{Explain, cover_lines, explanation, first_sheets, table_of_contents};
use super::tables;
use super::words;

/// Writes `voortgang-<kwartaal>.xlsx`.
pub struct ExcelExporter;

impl Exporter for ExcelExporter {
    fn file_name(&self, report: &Report) -> String {
        format!("voortgang-{}.xlsx", report.cijfers.kwartaal)
    }

    fn render(&self, report: &Report) -> Result<Vec<u8>> {
        workbook(report).map_err(|e| super::grenzen::explain(&self.file_name(report), e))
    }
}

/// The sheets in order, with what each holds (for Inhoud).
fn contents(data_sheets: &[TableSheet]) -> Vec<(String, String)> {
    let mut out = first_sheets(
        "Over dit bestand: kwartaal, peildatum, bron en classificatie",
        "Wat elke maat, categorie, status, uitzondering en fase betekent",
    );
    out.extend(data_sheets.iter().map(|s| (s.sheet.clone(), s.title.clone())));
    out
}

/// Builds the whole workbook in memory.
pub fn workbook(report: &Report) -> Result<Vec<u8>> {
    let f = Formats::default();
    let mut book = Workbook::new();
    let created = creation_time(report.cijfers.peildatum)?;
    book.set_properties(&properties(report, &created));

    let mut data_sheets = vec![
        tables::overview(report),
        tables::organisations(report),
        tables::chart_data(report),
        tables::algorithms(report),
        tables::findings(report),
        tables::excluded(report),
    ];
    data_sheets.extend(super::history::mutaties(report));
    data_sheets.push(super::prognose::prognose(report));
    data_sheets.extend(super::prognose::achterstand(report));
    data_sheets.extend(super::prognose::planning(report));
    data_sheets.push(super::ai_verordening::ai_verordening(&report.cijfers));
    data_sheets.extend(super::kwaliteit::kwaliteit(report));
    data_sheets.extend(super::kwaliteit::per_organisatie(report));
    data_sheets.extend(super::reconcile::per_organisatie(report));
    data_sheets.extend(super::reconcile::afstemming(report));
    data_sheets.extend(super::reconcile::register(report));
    data_sheets.push(tables::data(report));
    cover(book.add_worksheet(), &f, report, made_on()?)?;
    table_of_contents(&contents(&data_sheets)).write(&mut book, &f)?;
    let mut terms = words::TERMS.to_vec();
    if report.cijfers.kwaliteit.is_some() {
        terms.extend_from_slice(super::kwaliteit::TERMS);
    }
    terms.extend_from_slice(super::ai_verordening::TERMS);
    // The deadlines in force: the Kamer's, each ministry's, and the EU database's.
    let mut deadlines = words::deadlines(&report.cijfers);
    deadlines.push(super::ai_verordening::deadline_term(&report.cijfers));
    terms.extend(deadlines.iter().map(|(t, m)| (t.as_str(), m.as_str())));
    explanation(
        report.cijfers.deadline,
        Explain::Everything,
        &terms,
        "Naam in Data",
        "Naam in Data is hoe de term in de kolommen Maat en Categorie van het blad Data en in het JSON-bestand staat.",
    )
    .write(&mut book, &f)?;
    // Each table's rows are dropped once written: the workbook holds its own copy.
    for sheet in data_sheets {
        let (ws, placed) = sheet.write(&mut book, &f)?;
        if sheet.table == "tbl_grafiek" {
            add_chart(ws, &sheet, placed, report)?;
        }
    }
    let bytes = book.save_to_buffer()?;
    set_language(&bytes, LANGUAGE)
}

fn properties(report: &Report, created: &chrono::NaiveDateTime) -> DocProperties {
    let f = &report.cijfers;
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
///
/// "Gemaakt op" is there only when `SOURCE_DATE_EPOCH` gives that date: the
/// clock never enters the file, so the same inputs give the same bytes.
/// The cover's sentence on provisional figures: "1 fout", "3 fouten".
pub fn voorlopig_tekst(fout: usize) -> String {
    let (verb, wat) = if fout == 1 {
        ("stond", "1 fout".to_owned())
    } else {
        ("stonden", format!("{fout} fouten"))
    };
    format!(
        "Deze cijfers zijn voorlopig: er {verb} nog {wat} in de statusoverzichten. Gebruik ze niet als definitieve cijfers."
    )
}

fn cover(ws: &mut Worksheet, f: &Formats, report: &Report, made: Option<chrono::NaiveDate>) -> Result<()> {
    let fig = &report.cijfers;
    ws.set_sheet_name("Voorblad")?;
    let title = format!("Voortgang publicatie in het Algoritmeregister, {}", fig.kwartaal);
    write_title(ws, f, &title, &[])?;
    let mut row = 1;
    if fig.voorlopig {
        ws.text(row, 0, "VOORLOPIG", &f.warning)?;
        ws.text(
            row,
            1,
            &voorlopig_tekst(fig.bevindingen_telling.fout),
            &f.warning.clone().set_text_wrap(),
        )?;
        ws.set_row_height(row, 36)?;
        row += 1;
    }
    row += 1;
    let submitted = fig.organisaties.iter().filter(|o| o.ingeleverd).count();
    let mut lines: Vec<(&str, Value)> = vec![
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
    if let Some(made) = made {
        lines.insert(4, ("Gemaakt op", Value::Date(made)));
    }
    cover_lines(ws, f, row, lines)?;
    ws.set_active(true);
    Ok(())
}

/// A bar chart of mandatory and published algorithms per organisation,
/// beside the table it reads.
fn add_chart(ws: &mut Worksheet, sheet: &TableSheet, placed: Placed, report: &Report) -> Result<()> {
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
        report.cijfers.kwartaal
    ));
    chart.x_axis().set_name("Aantal algoritmen (categorie A en B)");
    chart.y_axis().set_reverse();
    chart
        .legend()
        .set_position(rust_xlsxwriter::ChartLegendPosition::Bottom);
    chart.set_alt_text(super::grenzen::chart_alt_text(&format!(
        "Staafdiagram, {}: per organisatie het aantal algoritmen dat gepubliceerd moet worden (categorie A en B) en hoeveel daarvan gepubliceerd zijn. De getallen staan in de tabel links van de grafiek.",
        report.cijfers.kwartaal
    )));
    let bars = sheet.rows.len().max(1) as u32;
    chart.set_width(640).set_height((120 + 26 * bars).max(320));
    ws.insert_chart(placed.header_row, sheet.columns.len() as u16 + 1, &chart)?;
    Ok(())
}
