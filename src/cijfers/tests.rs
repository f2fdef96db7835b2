//! The path, the planning and the expectation on small hand-made quarters
//! whose answers are worked out by hand in the comments.

use chrono::NaiveDate;

use super::*;
use crate::bevinding::{Code, StageOutput};
use crate::history;
use crate::maat::Plicht;
use crate::model::{Category, Exception, Status};
use crate::validate::CountedRow;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn organisaties() -> OrganisatieLijst {
    let csv = "code,naam,ministerie,toezichthouder,naam_in_zin,register_naam\n\
               AAA,Dienst Alfa,JenV,nee,Dienst Alfa,Dienst Alfa\n";
    OrganisatieLijst::parse(csv.as_bytes(), "organisaties.csv").unwrap()
}

fn row(id: &str, categorie: Category, status: Status, plan: Option<NaiveDate>, uitz: Exception) -> CountedRow {
    CountedRow {
        organisatie: "AAA".into(),
        ministerie: "JenV".into(),
        toezichthouder: false,
        bestand: "alfa.xlsx".into(),
        blad: "Algoritmen".into(),
        rij: 2,
        id: Some(id.into()),
        naam: (uitz != Exception::Full).then(|| format!("Naam van {id}")),
        categorie,
        status,
        risicoselectie: false,
        uitzondering: uitz,
        geplande_publicatie: plan,
        publicatiedatum: (status == Status::Published).then(|| day(2025, 5, 1)),
        algoritme_id: None,
        toelichting: None,
        kolommen: Default::default(),
    }
}

fn open(id: &str, categorie: Category, plan: Option<NaiveDate>) -> CountedRow {
    row(id, categorie, Status::Inventoried, plan, Exception::None)
}

fn published(id: &str, categorie: Category) -> CountedRow {
    row(id, categorie, Status::Published, None, Exception::None)
}

fn batch(q: u8, rows: Vec<CountedRow>) -> Batch {
    Batch {
        quarter: Quarter::new(2025, q).unwrap(),
        rows_read: rows.len(),
        submissions: vec![Submission {
            organisatie: "AAA".into(),
            overgenomen_uit: None,
            bestand: "alfa.xlsx".into(),
            peildatum: None,
            fase: None,
        }],
        rows,
        excluded: vec![],
    }
}

/// The previous quarter's plans measured against this one, with the defaults.
fn measured(prev: &Batch, cur: &Batch) -> StageOutput<history::Planning> {
    history::planning(
        prev,
        cur,
        &history::koppel(prev, cur),
        &organisaties(),
        Deadlines::default(),
    )
}

/// The defaults for a quarter: the Kamer's deadlines, no errors accepted.
fn config(batch: &Batch) -> BatchConfig {
    BatchConfig::plain("inputs".into(), batch.quarter, "inputs/q".into())
}

fn prognose<'c>(c: &'c Cijfers, groep: &Groep, deel: Plicht) -> &'c Prognose {
    c.prognose
        .iter()
        .find(|p| p.groep == *groep && p.categorie == deel)
        .unwrap()
}

fn pad(p: &Prognose) -> Vec<(String, u32)> {
    p.pad.iter().map(|s| (s.maand.to_string(), s.cumulatief)).collect()
}

#[test]
fn without_history_the_path_counts_each_plan_by_the_end_of_its_month() {
    use Category::{A, B, C};
    let q3 = batch(
        3,
        vec![
            published("P", A),
            open("OCT31", A, Some(day(2025, 10, 31))),
            open("NOV1", A, Some(day(2025, 11, 1))),
            open("NODATE", B, None),
            // The peildatum is 30 September 2025: the horizon ends September 2027.
            open("LATER", B, Some(day(2027, 10, 1))),
            row(
                "SHIELD",
                A,
                Status::Inventoried,
                Some(day(2025, 10, 1)),
                Exception::Full,
            ),
            open("CEE", C, Some(day(2025, 10, 1))),
        ],
    );
    let c = Cijfers::build(&q3, &organisaties(), &config(&q3), vec![], Comparisons::default()).unwrap();
    assert!(c.planning.is_none());
    let a = prognose(&c, &Groep::Totaal, Plicht::A);
    assert_eq!(a.gepubliceerd, 1);
    // 31 October is the last day of October: in October's step, not November's.
    assert_eq!(
        pad(a),
        [("2025-09".into(), 1), ("2025-10".into(), 2), ("2025-11".into(), 3)]
    );
    assert_eq!((a.later, a.zonder_planning, a.gepland_voor_deadline), (0, 0, 2));
    assert_eq!((a.verwacht_voor_deadline, a.zonder_geschiedenis), (3, true));
    assert_eq!(a.deadline, day(2025, 12, 31));
    let b = prognose(&c, &Groep::Totaal, Plicht::B);
    assert_eq!(pad(b), [("2025-09".into(), 0)]);
    assert_eq!((b.later, b.zonder_planning, b.gepland_voor_deadline), (1, 1, 0));
    let ab = prognose(&c, &Groep::Ministerie("JenV".into()), Plicht::AB);
    assert_eq!(ab.pad.last().map(|s| s.cumulatief), Some(3));
    assert_eq!((ab.gepubliceerd, ab.later, ab.zonder_planning), (1, 1, 1));
    assert_eq!(ab.verwacht_voor_deadline, 3);
}

#[test]
fn the_path_stops_at_the_horizon_and_counts_what_lies_beyond_as_later() {
    let q3 = batch(
        3,
        vec![
            open("EDGE", Category::A, Some(day(2027, 9, 30))),
            open("OVER", Category::A, Some(day(2027, 10, 1))),
        ],
    );
    let c = Cijfers::build(&q3, &organisaties(), &config(&q3), vec![], Comparisons::default()).unwrap();
    let a = prognose(&c, &Groep::Totaal, Plicht::A);
    assert_eq!(a.pad.len() as u32, HORIZON_MONTHS + 1);
    assert_eq!(
        a.pad.last().map(|s| (s.maand.to_string(), s.cumulatief)),
        Some(("2027-09".into(), 1))
    );
    assert_eq!(a.later, 1);
}

/// Q2 and Q3 of one organisation. Due by 30 September (the end of Q3) in
/// Q2's sheet: G1, G2, MOVED, GONE. Published in Q3: G1, G2 (gehaald 2);
/// MOVED now after the deadline (verschoven); GONE has no date now.
fn two_quarters() -> (Batch, Batch) {
    use Category::{A, B, C};
    let q2 = batch(
        2,
        vec![
            open("G1", A, Some(day(2025, 8, 31))),
            open("G2", B, Some(day(2025, 9, 1))),
            open("MOVED", B, Some(day(2025, 9, 30))),
            open("GONE", B, Some(day(2025, 7, 15))),
            open("NOTDUE", B, Some(day(2025, 10, 1))),
            open("TOA", C, Some(day(2025, 8, 1))),
            row("SHIELD", A, Status::Inventoried, Some(day(2025, 8, 1)), Exception::Full),
        ],
    );
    let q3 = batch(
        3,
        vec![
            published("G1", A),
            published("G2", B),
            open("MOVED", B, Some(day(2026, 3, 1))),
            open("GONE", B, None),
            published("NOTDUE", B),
            open("TOA", A, Some(day(2025, 11, 30))),
            row("SHIELD", A, Status::Inventoried, Some(day(2025, 8, 1)), Exception::Full),
            open("NEW", A, Some(day(2025, 12, 1))),
            row("NEWSHIELD", A, Status::Inventoried, None, Exception::Full),
        ],
    );
    (q2, q3)
}

#[test]
fn planning_counts_what_was_due_and_what_became_of_it() {
    let (q2, q3) = two_quarters();
    let planning = measured(&q2, &q3).part;
    assert_eq!(planning.vorig_kwartaal, Quarter::new(2025, 2).unwrap());
    let org = &planning.per_organisatie[0];
    assert_eq!(org.organisatie, "AAA");
    let t = org.telling;
    assert_eq!((t.gepland, t.gehaald, t.verschoven, t.zonder_datum), (4, 2, 1, 1));
    assert_eq!(t.betrouwbaarheid, Some(0.5));
    assert_eq!(planning.groep(&Groep::Totaal), t);
    assert_eq!(planning.groep(&Groep::Ministerie("JenV".into())), t);
    assert_eq!(planning.groep(&Groep::Toezichthouders).betrouwbaarheid, None);
}

#[test]
fn the_expectation_takes_the_share_of_plans_kept_rounded_down() {
    let (q2, q3) = two_quarters();
    let planning = measured(&q2, &q3).part;
    let c = Cijfers::build(
        &q3,
        &organisaties(),
        &config(&q3),
        vec![],
        Comparisons {
            planning: Some(planning),
            ..Comparisons::default()
        },
    )
    .unwrap();
    // A: published G1; before the deadline TOA (30 Nov) and NEW (1 Dec): 1 + 2 x 0.5.
    let a = prognose(&c, &Groep::Totaal, Plicht::A);
    assert_eq!((a.gepubliceerd, a.gepland_voor_deadline), (1, 2));
    assert_eq!((a.verwacht_voor_deadline, a.zonder_geschiedenis), (2, false));
    // B: published G2 and NOTDUE; MOVED is after the deadline, GONE has no date.
    let b = prognose(&c, &Groep::Totaal, Plicht::B);
    assert_eq!(
        (b.gepubliceerd, b.gepland_voor_deadline, b.verwacht_voor_deadline),
        (2, 0, 2)
    );
    assert_eq!((b.zonder_planning, b.later), (1, 0));
    // A and B: 3 published + floor(2 x 0.5).
    assert_eq!(prognose(&c, &Groep::Totaal, Plicht::AB).verwacht_voor_deadline, 4);
    let third = history::PlanningTelling {
        gepland: 3,
        gehaald: 1,
        ..Default::default()
    };
    assert_eq!(third.expected_of(2), Some(0), "2 x 1/3 rounds down to 0");
    assert_eq!(third.expected_of(7), Some(2));
}

#[test]
fn the_kamers_rules_warn_about_new_a_rows_and_plans_past_the_deadline_never_naming_volledig_rows() {
    let (q2, q3) = two_quarters();
    let StageOutput {
        part: planning,
        bevindingen: found,
    } = measured(&q2, &q3);
    let codes = |code: Code| found.iter().filter(|f| f.code == code).collect::<Vec<_>>();
    let new_a = codes(Code::HoogRisicoNietDirect);
    assert_eq!(new_a.len(), 2, "{found:#?}");
    assert!(
        new_a
            .iter()
            .any(|f| f.message.contains("TOA") && f.message.contains("(was C)"))
    );
    assert!(new_a.iter().any(|f| f.message.contains("NEW")));
    let late = codes(Code::NaDeadlineGepland);
    assert_eq!(late.len(), 1);
    assert!(late[0].message.contains("MOVED") && late[0].message.contains("31-12-2025"));
    assert_eq!(found.len(), 3);
    assert!(found.iter().all(|f| !f.message.contains("SHIELD")));
    assert!(found.iter().all(|f| f.organisatie.as_deref() == Some("AAA")));
    let org = &planning.per_organisatie[0];
    assert_eq!((org.hoog_risico_niet_direct, org.na_deadline_gepland), (2, 1));
}
