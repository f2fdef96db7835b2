//! The sample inputs shipped in `inputs/`, made by code so that they can be
//! made again: `cargo run --example voorbeeldinvoer`.
//!
//! Each organisation's sheet gets some of the mess real sheets have: title
//! rows above the header, columns in another order, headers and values typed
//! with other case, accents and spaces, dates typed as text, quarters as
//! plans, register links instead of IDs, blank rows, an unknown column, and a
//! mix of `.xlsx` and `.ods`. None of it is an error: the sample runs clean.

pub mod batch;
mod data;
pub mod register;

use std::path::Path;

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;

use crate::grid::{Grid, Value};
use crate::ingest::Field;
use crate::model::{Quarter, Status};
use crate::text::parse_date;

/// The quarters the sample covers. The tables in `data.rs` describe 2025-Q2
/// (the quarter whose figures went to Parliament); Q1 is derived backwards
/// from it, Q3 and Q4 forwards with the events.
pub const QUARTERS: [Quarter; 4] = [
    Quarter { year: 2025, q: 1 },
    Quarter { year: 2025, q: 2 },
    Quarter { year: 2025, q: 3 },
    Quarter { year: 2025, q: 4 },
];
const BASE: Quarter = QUARTERS[1];

struct Org<'a> {
    code: &'a str,
    naam: &'a str,
    ministerie: &'a str,
    fase: [&'a str; 4],
    quarters: Vec<Quarter>,
}

#[derive(Clone, Copy)]
struct Alg<'a> {
    org: &'a str,
    id: &'a str,
    naam: &'a str,
    cat: &'a str,
    risico: &'a str,
    status: Status,
    published: Option<NaiveDate>,
    register_id: &'a str,
    plan: Option<NaiveDate>,
    plan_text: &'a str,
    plan_before: Option<NaiveDate>,
    since: Quarter,
    uitzondering: &'a str,
}

fn fields(line: &str, n: usize) -> Result<Vec<&str>> {
    let f: Vec<&str> = line.split('|').map(str::trim).collect();
    if f.len() != n {
        bail!("voorbeelddata: {n} velden verwacht in {line:?}");
    }
    Ok(f)
}

fn date(s: &str) -> Result<Option<NaiveDate>> {
    if s.is_empty() {
        return Ok(None);
    }
    parse_date(s)
        .or_else(|| Quarter::parse(s).map(Quarter::last_day))
        .map(Some)
        .with_context(|| format!("geen datum: {s}"))
}

fn lines(table: &str) -> impl Iterator<Item = &str> {
    table.lines().map(str::trim).filter(|l| !l.is_empty())
}

fn organisations() -> Result<Vec<Org<'static>>> {
    lines(data::ORGANISATIONS)
        .map(|l| {
            let f = fields(l, 11)?;
            let quarters = f[10]
                .split_whitespace()
                .map(|q| Quarter::parse(&format!("2025-{q}")).context("kwartaal"))
                .collect::<Result<_>>()?;
            Ok(Org {
                code: f[0],
                naam: f[1],
                ministerie: f[2],
                fase: [f[6], f[7], f[8], f[9]],
                quarters,
            })
        })
        .collect()
}

/// `organisaties.csv`, from the same table.
pub fn organisations_csv() -> String {
    let mut csv = String::from("code,naam,ministerie,toezichthouder,naam_in_zin,register_naam\n");
    for l in lines(data::ORGANISATIONS) {
        let f: Vec<&str> = l.split('|').map(str::trim).collect();
        let quoted: Vec<String> = f[..6]
            .iter()
            .map(|v| {
                if v.contains(',') {
                    format!("\"{v}\"")
                } else {
                    (*v).to_owned()
                }
            })
            .collect();
        csv.push_str(&quoted.join(","));
        csv.push('\n');
    }
    csv
}

fn algorithms() -> Result<Vec<Alg<'static>>> {
    lines(data::ALGORITHMS)
        .map(|l| {
            let f = fields(l, 12)?;
            Ok(Alg {
                org: f[0],
                id: f[1],
                naam: f[2],
                cat: f[3],
                risico: f[4],
                status: Status::parse(f[5]).with_context(|| format!("status {}", f[5]))?,
                published: date(f[6])?,
                register_id: f[7],
                plan: date(f[8])?,
                plan_text: f[8],
                plan_before: date(f[9])?,
                since: Quarter::parse(&format!("2025-{}", f[10])).context("sinds")?,
                uitzondering: f[11],
            })
        })
        .collect()
}

/// A row as it stood in one quarter.
struct State {
    status: Status,
    cat: String,
    plan: Option<NaiveDate>,
    plan_text: String,
    published: Option<NaiveDate>,
    register_id: String,
}

/// One change after the base quarter (`data::EVENTS`).
struct Event<'a> {
    org: &'a str,
    id: &'a str,
    quarter: Quarter,
    change: &'a str,
}

fn events() -> Result<Vec<Event<'static>>> {
    lines(data::EVENTS)
        .map(|l| {
            let f = fields(l, 4)?;
            let quarter = Quarter::parse(&format!("2025-{}", f[2])).context("kwartaal")?;
            Ok(Event {
                org: f[0],
                id: f[1],
                quarter,
                change: f[3],
            })
        })
        .collect()
}

impl State {
    fn apply(&mut self, change: &str) -> Result<()> {
        let (what, rest) = change.split_once(' ').unwrap_or((change, ""));
        match what {
            "gepubliceerd" => {
                let (d, id) = rest.split_once(' ').context("gepubliceerd <datum> <id>")?;
                (self.status, self.published, self.register_id) = (Status::Published, date(d)?, id.to_owned());
                (self.plan, self.plan_text) = (None, String::new());
            }
            "status" => self.status = Status::parse(rest).with_context(|| format!("status {rest}"))?,
            "gepland" => (self.plan, self.plan_text) = (date(rest)?, String::new()),
            "categorie" => self.cat = rest.to_owned(),
            "vervallen" => (self.status, self.plan) = (Status::Withdrawn, None),
            other => bail!("voorbeelddata: onbekende wijziging {other}"),
        }
        Ok(())
    }
}

/// The row as it stood in `quarter`: `None` when it was not yet known.
fn state(a: &Alg, quarter: Quarter, events: &[Event]) -> Result<Option<State>> {
    if a.since > quarter {
        return Ok(None);
    }
    let mut s = State {
        status: a.status,
        cat: a.cat.to_owned(),
        plan: a.plan,
        plan_text: a.plan_text.to_owned(),
        published: a.published,
        register_id: a.register_id.to_owned(),
    };
    if quarter >= BASE {
        for e in events
            .iter()
            .filter(|e| e.org == a.org && e.id == a.id && e.quarter <= quarter)
        {
            s.apply(e.change)?;
        }
        return Ok(Some(s));
    }
    // Before the base quarter: one step back along the way to publication.
    let published_by_then = a.published.filter(|d| *d <= quarter.last_day());
    s.status = match a.status {
        Status::Published if published_by_then.is_some() => Status::Published,
        Status::Published => Status::UnderReview,
        Status::UnderReview => Status::InDocumentation,
        Status::InDocumentation | Status::Withdrawn => Status::Inventoried,
        other => other,
    };
    s.plan = if s.status == Status::Published {
        None
    } else {
        a.plan_before.or(a.plan).or(a.published)
    };
    s.plan_text = String::new();
    s.published = published_by_then;
    Ok(Some(s))
}

/// How an organisation's sheet is messed up; chosen from its place in the list.
#[derive(Clone, Copy)]
struct Style {
    title_rows: bool,
    reordered: bool,
    sloppy_text: bool,
    text_dates: bool,
    blank_rows: bool,
    ods: bool,
}

impl Style {
    fn for_index(i: usize) -> Style {
        Style {
            title_rows: i % 3 == 1,
            reordered: i % 4 == 2,
            sloppy_text: i % 3 == 2,
            text_dates: i % 2 == 1,
            blank_rows: i % 5 == 3,
            ods: i % 6 == 4,
        }
    }
}

fn sloppy_header(h: &str) -> String {
    match h {
        "Geplande publicatie" => "geplande  publicatie".into(),
        "Algoritme-ID" => "Algoritme ID".into(),
        "Categorie" => "CATEGORIE ".into(),
        other => other.to_lowercase(),
    }
}

fn date_value(d: Option<NaiveDate>, style: Style, text_as: &str) -> Value {
    match d {
        None => Value::Empty,
        Some(_) if !text_as.is_empty() && Quarter::parse(text_as).is_some() => Value::Text(text_as.to_owned()),
        Some(d) if style.text_dates => Value::Text(d.format("%d-%m-%Y").to_string()),
        Some(d) => Value::Date(d),
    }
}

fn row_values(a: &Alg, s: &State, style: Style) -> [Value; 10] {
    let status = match (style.sloppy_text, s.status) {
        (true, Status::Inventoried) => "Geinventariseerd ".to_owned(),
        (true, other) => format!("{} ", other.as_str().to_uppercase()),
        (false, other) => other.as_str().to_owned(),
    };
    let cat = match (style.sloppy_text, s.cat.as_str()) {
        (true, "A") => "Hoog-risico AI-systeem",
        (true, "B") => "Impactvolle algoritmes",
        (true, _) => "overig",
        (false, c) => c,
    };
    let register = match (s.status, style.text_dates) {
        (Status::Published, true) => format!("https://algoritmes.overheid.nl/nl/algoritme/{}", s.register_id),
        (Status::Published, false) => s.register_id.clone(),
        _ => String::new(),
    };
    let toelichting = if a.uitzondering == "volledig" {
        "Geheim: niet naar buiten brengen."
    } else {
        ""
    };
    [
        a.id.into(),
        a.naam.into(),
        cat.into(),
        a.risico.into(),
        status.into(),
        date_value(s.plan, style, &s.plan_text),
        date_value(s.published, style, ""),
        if register.is_empty() {
            Value::Empty
        } else {
            register.into()
        },
        a.uitzondering.into(),
        if toelichting.is_empty() {
            Value::Empty
        } else {
            toelichting.into()
        },
    ]
}

fn status_sheet(org: &Org, index: usize, quarter: Quarter, algs: &[&Alg], events: &[Event]) -> Result<Grid> {
    let style = Style::for_index(index);
    let q = QUARTERS
        .iter()
        .position(|x| *x == quarter)
        .context("kwartaal buiten het voorbeeld")?;
    let peildatum = if index % 7 == 3 {
        quarter.last_day() - chrono::Days::new(3)
    } else {
        quarter.last_day()
    };
    let quarter_text = if style.sloppy_text {
        format!("Q{} {}", quarter.q, quarter.year)
    } else {
        quarter.to_string()
    };
    let label = |l: &str| {
        if style.title_rows {
            format!("{l}:")
        } else {
            l.to_owned()
        }
    };
    let org_rows = vec![
        vec![label("Organisatie").into(), org.naam.into()],
        vec![label("Code").into(), org.code.into()],
        vec![label("Ministerie").into(), org.ministerie.into()],
        vec![label("Kwartaal").into(), quarter_text.into()],
        vec![label("Peildatum").into(), date_value(Some(peildatum), style, "")],
        vec![label("Fase").into(), org.fase[q].into()],
        vec![
            label("Contactpersoon").into(),
            data::CONTACTS[index % data::CONTACTS.len()].into(),
        ],
    ];
    // Column order: as in the template, or with the dates moved up front.
    let order: Vec<usize> = if style.reordered {
        vec![1, 0, 4, 2, 6, 5, 3, 7, 9, 8]
    } else {
        (0..10).collect()
    };
    let mut rows: Vec<Vec<Value>> = Vec::new();
    if style.title_rows {
        rows.push(vec![
            format!("Statusoverzicht algoritmeregister {} {}", org.naam, quarter).into(),
        ]);
        rows.push(vec![]);
    }
    let mut header: Vec<Value> = order
        .iter()
        .map(|&i| {
            if style.sloppy_text {
                sloppy_header(Field::headers()[i])
            } else {
                Field::headers()[i].to_owned()
            }
            .into()
        })
        .collect();
    if style.blank_rows {
        header.push("Eigenaar".into());
    }
    rows.push(header);
    for (n, a) in algs.iter().enumerate() {
        let Some(s) = state(a, quarter, events)? else { continue };
        let values = row_values(a, &s, style);
        let mut row: Vec<Value> = order.iter().map(|&i| values[i].clone()).collect();
        if style.blank_rows {
            row.push("Team Informatievoorziening".into());
            if n % 2 == 1 {
                rows.push(vec![]);
            }
        }
        rows.push(row);
    }
    let (org_name, alg_name) = if style.blank_rows {
        ("ORGANISATIE", "algoritmen")
    } else {
        ("Organisatie", "Algoritmen")
    };
    Ok(Grid::default().sheet(org_name, org_rows).sheet(alg_name, rows))
}

/// Writes one organisation's sheet into `folder` as `.xlsx` or `.ods` (as its
/// style says), under one of two naming habits; returns the file name.
fn write_sheet(
    folder: &Path,
    org: &Org,
    index: usize,
    quarter: Quarter,
    algs: &[&Alg],
    events: &[Event],
) -> Result<String> {
    let grid = status_sheet(org, index, quarter, algs, events)?;
    let stem = if index.is_multiple_of(2) {
        format!("{}-statusoverzicht-{quarter}", org.code.to_lowercase())
    } else {
        format!("Statusoverzicht {} Q{} {}", org.code, quarter.q, quarter.year)
    };
    let (name, bytes) = if Style::for_index(index).ods {
        (format!("{stem}.ods"), grid.to_ods()?)
    } else {
        (format!("{stem}.xlsx"), grid.to_xlsx()?)
    };
    std::fs::write(folder.join(&name), bytes)?;
    Ok(name)
}

/// Writes `organisaties.csv` and every quarter folder into `inputs`.
pub fn write_inputs(inputs: &Path) -> Result<Vec<String>> {
    let orgs = organisations()?;
    let algs = algorithms()?;
    let events = events()?;
    if let Some(a) = algs.iter().find(|a| !orgs.iter().any(|o| o.code == a.org)) {
        bail!("voorbeelddata: onbekende organisatie {}", a.org);
    }
    if let Some(e) = events
        .iter()
        .find(|e| !algs.iter().any(|a| a.org == e.org && a.id == e.id))
    {
        bail!("voorbeelddata: wijziging voor onbekend algoritme {} {}", e.org, e.id);
    }
    std::fs::create_dir_all(inputs)?;
    std::fs::write(inputs.join("organisaties.csv"), organisations_csv())?;
    let mut written = vec!["organisaties.csv".to_owned()];
    for quarter in QUARTERS {
        let folder = inputs.join(quarter.to_string());
        if folder.exists() {
            std::fs::remove_dir_all(&folder)?;
        }
        std::fs::create_dir_all(&folder)?;
        for (i, org) in orgs.iter().enumerate().filter(|(_, o)| o.quarters.contains(&quarter)) {
            let own: Vec<&Alg> = algs.iter().filter(|a| a.org == org.code).collect();
            let name = write_sheet(&folder, org, i, quarter, &own, &events)?;
            written.push(format!("{quarter}/{name}"));
        }
    }
    let export = inputs.join(register::PATH);
    if let Some(dir) = export.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(export, register::export_csv()?)?;
    written.push(register::PATH.to_owned());
    Ok(written)
}
