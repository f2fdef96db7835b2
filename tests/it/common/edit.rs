//! Changing a written package (xlsx or ods): the one way tests edit a
//! workbook that algoreg or `grid` wrote. A person typing into cells
//! ([`Edit::type_into`]), or a part's XML or bytes rewritten into a broken
//! or hostile file ([`Edit::xml`], [`Edit::parts`]). The package is read
//! once and written once, every part in its place.

use std::io::{Cursor, Write};

use chrono::NaiveDate;

use crate::common::files::parts;
use crate::common::xlsx::{attr, escape, sheet_part_of};

/// A value typed into a cell.
#[derive(Debug, Clone, Copy)]
pub enum Typed<'a> {
    Text(&'a str),
    Number(f64),
    /// A date, stored as Excel stores it: its serial day number.
    Date(NaiveDate),
}

/// A written package being changed; [`Edit::done`] packs it again.
pub struct Edit {
    parts: Vec<(String, Vec<u8>)>,
}

impl Edit {
    /// Unpacks a written xlsx or ods.
    pub fn of(bytes: &[u8]) -> Edit {
        Edit { parts: parts(bytes) }
    }

    /// Lets `change` alter any part: its name and its bytes.
    pub fn parts(mut self, mut change: impl FnMut(&str, &mut Vec<u8>)) -> Edit {
        for (name, content) in &mut self.parts {
            change(name, content);
        }
        self
    }

    /// Rewrites the XML of one part (`xl/worksheets/sheet2.xml`,
    /// `content.xml`); the part must be there.
    pub fn xml(mut self, part: &str, change: impl FnOnce(String) -> String) -> Edit {
        let (_, content) = self
            .parts
            .iter_mut()
            .find(|(n, _)| n == part)
            .unwrap_or_else(|| panic!("no part {part}"));
        let xml = String::from_utf8(std::mem::take(content)).expect("xml");
        *content = change(xml).into_bytes();
        self
    }

    /// Types values into cells of the sheet named `sheet`, as a person in
    /// Excel would: a cell keeps its style and only its value changes; a
    /// cell that is not there yet is added in its row (in column order, the
    /// row in row order) with its column's style, and the sheet's used range
    /// grows to hold it.
    pub fn type_into(self, sheet: &str, cells: &[(impl AsRef<str>, Typed)]) -> Edit {
        let part = sheet_part_of(
            &self.text("xl/workbook.xml"),
            &self.text("xl/_rels/workbook.xml.rels"),
            sheet,
        );
        self.xml(&part, |mut xml| {
            for (cell, value) in cells {
                type_cell(&mut xml, cell.as_ref(), *value);
            }
            xml
        })
    }

    /// The package, packed again.
    pub fn done(self) -> Vec<u8> {
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, content) in self.parts {
            out.start_file(name, options).expect("start");
            out.write_all(&content).expect("write");
        }
        out.finish().expect("finish").into_inner()
    }

    fn text(&self, part: &str) -> String {
        let (_, content) = self
            .parts
            .iter()
            .find(|(n, _)| n == part)
            .unwrap_or_else(|| panic!("no part {part}"));
        String::from_utf8(content.clone()).expect("xml")
    }
}

/// A cell name's column (1 for `A`) and row: `AB12` -> (28, 12).
fn position(cell: &str) -> (u32, u32) {
    let split = cell.find(|c: char| c.is_ascii_digit()).expect("cell row");
    let col = cell[..split]
        .bytes()
        .fold(0, |n, b| n * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1));
    (col, cell[split..].parse().expect("cell row"))
}

fn cell_name(col: u32, row: u32) -> String {
    let mut letters = Vec::new();
    let mut n = col;
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{row}", String::from_utf8(letters).expect("ascii"))
}

/// Excel's serial day number of a date (1900 system).
fn serial(date: NaiveDate) -> i64 {
    (date - NaiveDate::from_ymd_opt(1899, 12, 30).expect("date")).num_days()
}

/// The element `<tag ...>...</tag>` or `<tag .../>` that starts at `start`:
/// where its opening tag ends and where the element ends.
fn element_at(xml: &str, start: usize, tag: &str) -> (usize, usize) {
    let open_end = start + xml[start..].find('>').expect("tag end");
    let end = if xml[..open_end].ends_with('/') {
        open_end + 1
    } else {
        open_end + xml[open_end..].find(&format!("</{tag}>")).expect("close") + tag.len() + 3
    };
    (open_end, end)
}

/// The style of a column in `<cols>`, if it has one.
fn column_style(xml: &str, col: u32) -> Option<String> {
    xml.split("<col ").skip(1).find_map(|c| {
        let tag = format!("<col {}", c.split('>').next()?);
        let min: u32 = attr(&tag, "min")?.parse().ok()?;
        let max: u32 = attr(&tag, "max")?.parse().ok()?;
        (min..=max).contains(&col).then(|| attr(&tag, "style")).flatten()
    })
}

/// Puts `value` in `cell` of a worksheet's XML (see [`Edit::type_into`]).
fn type_cell(xml: &mut String, cell: &str, value: Typed) {
    let (col, row) = position(cell);
    let existing = xml.find(&format!("<c r=\"{cell}\""));
    let style = match existing {
        Some(start) => attr(&xml[start..=element_at(xml, start, "c").0], "s"),
        None => column_style(xml, col),
    };
    let style = style.map(|s| format!(" s=\"{s}\"")).unwrap_or_default();
    let new = match value {
        Typed::Text(t) => format!(
            "<c r=\"{cell}\"{style} t=\"inlineStr\"><is><t>{}</t></is></c>",
            escape(t)
        ),
        Typed::Number(n) => format!("<c r=\"{cell}\"{style}><v>{n}</v></c>"),
        Typed::Date(d) => format!("<c r=\"{cell}\"{style}><v>{}</v></c>", serial(d)),
    };
    if let Some(start) = existing {
        let (_, end) = element_at(xml, start, "c");
        xml.replace_range(start..end, &new);
    } else if let Some(start) = xml.find(&format!("<row r=\"{row}\"")) {
        let (open_end, end) = element_at(xml, start, "row");
        if xml[..open_end].ends_with('/') {
            let open = xml[start..open_end - 1].trim_end().to_owned();
            xml.replace_range(start..end, &format!("{open}>{new}</row>"));
        } else {
            let body = &xml[open_end + 1..end - "</row>".len()];
            let at = body
                .match_indices("<c r=\"")
                .find(|(i, _)| {
                    let r = body[i + 6..].split('"').next().expect("cell name");
                    position(r).0 > col
                })
                .map_or(end - "</row>".len(), |(i, _)| open_end + 1 + i);
            xml.insert_str(at, &new);
        }
    } else if xml.contains("<sheetData/>") {
        *xml = xml.replace(
            "<sheetData/>",
            &format!("<sheetData><row r=\"{row}\">{new}</row></sheetData>"),
        );
    } else {
        let at = xml
            .match_indices("<row r=\"")
            .find(|(i, _)| xml[i + 8..].split('"').next().and_then(|n| n.parse::<u32>().ok()) > Some(row))
            .map_or_else(|| xml.find("</sheetData>").expect("sheetData"), |(i, _)| i);
        xml.insert_str(at, &format!("<row r=\"{row}\">{new}</row>"));
    }
    grow_dimension(xml, col, row);
}

/// Widens `<dimension ref="A1:C11"/>` to hold the cell at (`col`, `row`).
fn grow_dimension(xml: &mut String, col: u32, row: u32) {
    let Some(start) = xml.find("<dimension ref=\"") else {
        return;
    };
    let at = start + "<dimension ref=\"".len();
    let end = at + xml[at..].find('"').expect("dimension end");
    let range = xml[at..end].to_owned();
    let (first, last) = range.split_once(':').unwrap_or((&range, &range));
    let (c1, r1) = position(first);
    let (c2, r2) = position(last);
    if (c1..=c2).contains(&col) && (r1..=r2).contains(&row) {
        return;
    }
    let grown = format!(
        "{}:{}",
        cell_name(c1.min(col), r1.min(row)),
        cell_name(c2.max(col), r2.max(row))
    );
    xml.replace_range(at..end, &grown);
}

#[test]
fn typing_keeps_a_cells_style_and_puts_new_cells_and_rows_in_their_place() {
    use std::io::Cursor;

    use algoreg_fixtures::grid::{Grid, Value};
    use calamine::{Data, Reader};

    use crate::common::files::part;
    use crate::common::sheets::{day, text};

    let written = Grid::default()
        .sheet("Blad", vec![vec![text("a"), Value::Date(day(2025, 1, 1)), text("c")]])
        .sheet(
            "Ander",
            vec![vec![text("x")], vec![], vec![Value::Empty, Value::Empty, text("y")]],
        )
        .to_xlsx()
        .unwrap();
    let edited = Edit::of(&written)
        .type_into(
            "Ander",
            &[
                ("B1", Typed::Date(day(2025, 9, 30))),
                ("E3", Typed::Number(7.0)),
                ("A3", Typed::Text("links")),
                ("AA2", Typed::Text("ver & weg")),
                ("B5", Typed::Text("onder")),
            ],
        )
        .type_into(
            "Blad",
            &[("B1", Typed::Date(day(2025, 9, 30))), ("A1", Typed::Text("b"))],
        )
        .done();

    let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(edited.clone())).unwrap();
    let blad = book.worksheet_range("Blad").unwrap();
    assert_eq!(blad.get_value((0, 0)), Some(&Data::String("b".into())));
    match blad.get_value((0, 1)) {
        Some(Data::DateTime(d)) => assert_eq!(d.as_datetime().unwrap().date(), day(2025, 9, 30)),
        other => panic!("the date cell keeps its date style: {other:?}"),
    }
    assert_eq!(blad.get_value((0, 2)), Some(&Data::String("c".into())));
    let ander = book.worksheet_range("Ander").unwrap();
    assert_eq!(
        ander.get_value((0, 1)),
        Some(&Data::Float(45930.0)),
        "no style, a number"
    );
    assert_eq!(ander.get_value((2, 4)), Some(&Data::Float(7.0)));
    assert_eq!(ander.get_value((1, 26)), Some(&Data::String("ver & weg".into())));
    assert_eq!(ander.get_value((4, 1)), Some(&Data::String("onder".into())));
    assert_eq!(ander.get_value((2, 0)), Some(&Data::String("links".into())));
    assert_eq!(ander.get_value((2, 2)), Some(&Data::String("y".into())));

    // As Excel writes them: cells in column order, rows in row order, the used range around all.
    let xml = part(&edited, "xl/worksheets/sheet2.xml");
    let at = |s: &str| xml.find(s).unwrap_or_else(|| panic!("no {s} in {xml}"));
    assert!(at("<c r=\"A1\"") < at("<c r=\"B1\""));
    assert!(at("<row r=\"1\"") < at("<row r=\"2\"") && at("<row r=\"2\"") < at("<row r=\"3\""));
    assert!(at("<c r=\"A3\"") < at("<c r=\"C3\"") && at("<c r=\"C3\"") < at("<c r=\"E3\""));
    assert!(at("<row r=\"3\"") < at("<row r=\"5\""));
    assert!(xml.contains("<dimension ref=\"A1:AA5\"/>"), "{xml}");
}
