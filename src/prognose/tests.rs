//! The path, the planning, the expectation and the backlog on small
//! hand-made quarters whose answers are worked out by hand in the comments.

use chrono::NaiveDate;

use super::*;
use crate::aggregate;
use crate::bevinding::{Code, StageOutput};
use crate::history;
use crate::maat::{Deadlines, Groep, Maat, Plicht, Scope};
use crate::model::{Category, Exception, Status};
use crate::organisaties::OrganisatieLijst;
use crate::validate::{Batch, Submission};

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
        eu_databank: None,
        grondrechtentoets: None,
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
        &Doelen::default(),
    )
}

/// A quarter counted and its outlook, with the Kamer's deadlines.
fn outlook(batch: &Batch, planning: Option<&Planning>) -> Vooruitzicht {
    outlook_with(batch, planning, &Doelen::default())
}

fn outlook_with(batch: &Batch, planning: Option<&Planning>, doelen: &Doelen) -> Vooruitzicht {
    let telling = aggregate::count(batch, &organisaties(), doelen).unwrap();
    build(
        &batch.rows,
        &telling,
        batch.quarter,
        batch.peildatum(),
        doelen,
        planning,
    )
}

fn prognose<'c>(c: &'c Vooruitzicht, groep: &Groep, deel: Plicht) -> &'c Prognose {
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
    let c = outlook(&q3, None);
    let a = prognose(&c, &Groep::Totaal, Plicht::A);
    assert_eq!(a.gepubliceerd, 1);
    // 31 October is the last day of October: in October's step, not November's.
    assert_eq!(
        pad(a),
        [("2025-09".into(), 1), ("2025-10".into(), 2), ("2025-11".into(), 3)]
    );
    assert_eq!((a.later, a.zonder_planning, a.gepland_voor_deadline), (0, 0, 2));
    assert_eq!((a.verwacht_voor_deadline, a.zonder_geschiedenis), (Some(3), true));
    assert_eq!(a.deadline, day(2025, 12, 31));
    let b = prognose(&c, &Groep::Totaal, Plicht::B);
    assert_eq!(pad(b), [("2025-09".into(), 0)]);
    assert_eq!((b.later, b.zonder_planning, b.gepland_voor_deadline), (1, 1, 0));
    let ab = prognose(&c, &Groep::Ministerie("JenV".into()), Plicht::AB);
    assert_eq!(ab.pad.last().map(|s| s.cumulatief), Some(3));
    assert_eq!((ab.gepubliceerd, ab.later, ab.zonder_planning), (1, 1, 1));
    assert_eq!(ab.verwacht_voor_deadline, Some(3));
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
    let c = outlook(&q3, None);
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
    let c = outlook(&q3, Some(&planning));
    // A: published G1; before the deadline TOA (30 Nov) and NEW (1 Dec): 1 + 2 x 0.5.
    let a = prognose(&c, &Groep::Totaal, Plicht::A);
    assert_eq!((a.gepubliceerd, a.gepland_voor_deadline), (1, 2));
    assert_eq!((a.verwacht_voor_deadline, a.zonder_geschiedenis), (Some(2), false));
    // B: published G2 and NOTDUE; MOVED is after the deadline, GONE has no date.
    let b = prognose(&c, &Groep::Totaal, Plicht::B);
    assert_eq!(
        (b.gepubliceerd, b.gepland_voor_deadline, b.verwacht_voor_deadline),
        (2, 0, Some(2))
    );
    assert_eq!((b.zonder_planning, b.later), (1, 0));
    // A and B: 3 published + floor(2 x 0.5).
    assert_eq!(prognose(&c, &Groep::Totaal, Plicht::AB).verwacht_voor_deadline, Some(4));
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

fn published_on(id: &str, categorie: Category, d: NaiveDate) -> CountedRow {
    CountedRow {
        publicatiedatum: Some(d),
        ..row(id, categorie, Status::Published, None, Exception::None)
    }
}

fn batch_2026(q: u8, rows: Vec<CountedRow>) -> Batch {
    Batch {
        quarter: Quarter::new(2026, q).unwrap(),
        ..batch(q, rows)
    }
}

/// The worked example: published 1 October and 10 November 2025
/// (before the deadline), 15 February, 20 May and 1 August 2026 (after);
/// four open. At 30 September 2026: 2 before, 3 caught up, 4 open; five
/// published in 2025-Q4 to 2026-Q3, so 5 / 4 = 1.25 a quarter; ceil(4 /
/// 1.25) = 4 quarters after 2026-Q3 is 2027-Q3.
#[test]
fn the_worked_example_after_the_deadline() {
    use Category::B;
    let q3 = batch_2026(
        3,
        vec![
            published_on("P1", B, day(2025, 10, 1)),
            published_on("P2", B, day(2025, 11, 10)),
            published_on("P3", B, day(2026, 2, 15)),
            published_on("P4", B, day(2026, 5, 20)),
            published_on("P5", B, day(2026, 8, 1)),
            open("O1", B, Some(day(2026, 6, 1))),
            open("O2", B, Some(day(2026, 11, 1))),
            open("O3", B, None),
            open("O4", B, Some(day(2025, 12, 1))),
            // Not mandatory: C, and a volledig row; neither counts.
            published_on("C1", Category::C, day(2026, 7, 1)),
            row("SHIELD", B, Status::Inventoried, None, Exception::Full),
        ],
    );
    assert_eq!(q3.peildatum(), day(2026, 9, 30));
    let v = outlook(&q3, None);
    for groep in [Groep::Totaal, Groep::Ministerie("JenV".into())] {
        for deel in [Plicht::B, Plicht::AB] {
            let a = &v
                .achterstand
                .iter()
                .find(|a| a.groep == groep && a.categorie == deel)
                .unwrap()
                .achterstand;
            assert_eq!(a.deadline, day(2025, 12, 31));
            assert_eq!((a.gepubliceerd_voor_deadline, a.ingehaald, a.open), (2, 3, 4));
            assert_eq!((a.tempo, a.klaar), (1.25, false));
            assert_eq!(a.verwacht_klaar, Quarter::new(2027, 3));
            assert_eq!(a.ingehaald_dit_jaar, 3);
        }
    }
    // A has nothing: past its deadline, with nothing open it is done.
    let a = &v
        .achterstand
        .iter()
        .find(|a| a.groep == Groep::Totaal && a.categorie == Plicht::A)
        .unwrap()
        .achterstand;
    assert_eq!((a.open, a.klaar, a.verwacht_klaar), (0, true, None));
    // The organisation: the same figures, and of the open ones the plans
    // that passed (1 June 2026 and 1 December 2025), the oldest first.
    let o = v
        .achterstand_per_organisatie
        .iter()
        .find(|o| &*o.organisatie == "AAA" && o.categorie == Plicht::B)
        .unwrap();
    assert_eq!((o.achterstand.open, o.achterstand.ingehaald), (4, 3));
    assert_eq!(o.achterstallig, 2);
    assert_eq!(o.oudste_geplande_datum, Some(day(2025, 12, 1)));
    // The JSON names every figure as the issue does.
    let json = serde_json::to_value(&v.achterstand[0]).unwrap();
    for key in [
        "groep",
        "categorie",
        "deadline",
        "gepubliceerd_voor_deadline",
        "ingehaald",
        "open",
        "tempo",
        "verwacht_klaar",
        "klaar",
    ] {
        assert!(json.get(key).is_some(), "{key} in {json}");
    }
    let b = v
        .achterstand
        .iter()
        .find(|a| a.groep == Groep::Totaal && a.categorie == Plicht::B)
        .unwrap();
    let json = serde_json::to_value(b).unwrap();
    assert_eq!(json["tempo"], 1.25);
    assert_eq!(json["verwacht_klaar"], "2027-Q3");
}

/// A past deadline gives no expectation for it, but the path forward stays.
#[test]
fn a_prognose_for_a_past_deadline_has_no_expectation_but_keeps_its_path() {
    let q3 = batch_2026(
        3,
        vec![
            published_on("P", Category::B, day(2026, 8, 1)),
            open("LATER", Category::B, Some(day(2026, 11, 15))),
        ],
    );
    let v = outlook(&q3, None);
    let b = prognose(&v, &Groep::Totaal, Plicht::B);
    assert_eq!(b.verwacht_voor_deadline, None);
    assert_eq!(
        pad(b),
        [("2026-09".into(), 1), ("2026-10".into(), 1), ("2026-11".into(), 2)]
    );
    let json = serde_json::to_value(b).unwrap();
    assert!(json.get("verwacht_voor_deadline").is_none(), "{json}");
    assert!(json.get("pad").is_some());
    // The pace 0: nothing published in the last four quarters but P; with
    // none at all it cannot be estimated.
    let none = batch_2026(3, vec![open("O", Category::A, None)]);
    let v = outlook(&none, None);
    let a = &v
        .achterstand
        .iter()
        .find(|a| a.categorie == Plicht::A)
        .unwrap()
        .achterstand;
    assert_eq!((a.open, a.tempo, a.verwacht_klaar, a.klaar), (1, 0.0, None, false));
}

/// Before a deadline nothing of the backlog is made, and the expectation stays.
#[test]
fn before_the_deadline_there_is_no_backlog() {
    let q3 = batch(3, vec![open("O", Category::B, Some(day(2025, 11, 1)))]);
    let v = outlook(&q3, None);
    assert!(v.achterstand.is_empty() && v.achterstand_per_organisatie.is_empty());
    assert_eq!(prognose(&v, &Groep::Totaal, Plicht::B).verwacht_voor_deadline, Some(1));
}

/// JenV's own date for B (30 June 2026): its rows and its group are judged
/// against it; `Totaal` keeps the Kamer's date for its backlog, while its
/// maten stay the sums of the rows.
#[test]
fn a_ministrys_own_date_judges_its_rows_and_its_group() {
    let mut doelen = Doelen::kamer(Deadlines::default());
    doelen.eigen.insert(
        "JenV".into(),
        Deadlines {
            b: day(2026, 6, 30),
            ..Deadlines::default()
        },
    );
    let q1 = batch_2026(
        1,
        vec![
            published_on("P", Category::B, day(2026, 2, 1)),
            open("MAY", Category::B, Some(day(2026, 5, 1))),
            open("AUG", Category::B, Some(day(2026, 8, 1))),
        ],
    );
    let telling = aggregate::count(&q1, &organisaties(), &doelen).unwrap();
    let jenv = Groep::Ministerie("JenV".into());
    let b = Scope::Category(Category::B);
    // May is in time for JenV's own date; August after it.
    for g in [&jenv, &Groep::Totaal] {
        assert_eq!(telling.total(g, b, Maat::OpTijdGepland), 1);
        assert_eq!(telling.total(g, b, Maat::GeplandNaDeadline), 1);
        let parts: u32 = Maat::PARTS.iter().map(|m| telling.total(g, b, *m)).sum();
        assert_eq!(parts, telling.total(g, b, Maat::Verplicht));
    }
    let v = outlook_with(&q1, None, &doelen);
    // JenV is before its own date: a path with an expectation, no backlog.
    let p = prognose(&v, &jenv, Plicht::B);
    assert_eq!((p.deadline, p.verwacht_voor_deadline), (day(2026, 6, 30), Some(2)));
    assert!(
        v.achterstand
            .iter()
            .all(|a| !(a.groep == jenv && a.categorie == Plicht::B))
    );
    // Totaal keeps the Kamer's date: past it, P came late.
    let t = v
        .achterstand
        .iter()
        .find(|a| a.groep == Groep::Totaal && a.categorie == Plicht::B)
        .unwrap();
    assert_eq!(
        (t.achterstand.deadline, t.achterstand.ingehaald, t.achterstand.open),
        (day(2025, 12, 31), 1, 2)
    );
    assert_eq!(prognose(&v, &Groep::Totaal, Plicht::B).verwacht_voor_deadline, None);
    // The organisation is judged against its ministry's date: no backlog for B yet.
    assert!(v.achterstand_per_organisatie.iter().all(|o| o.categorie == Plicht::A));
}

/// The Kamer's rule "a plan does not slip past the deadline" is judged
/// against the row's own ministry's date: with JenV's 30 June 2026, a plan
/// moved from March to August 2026 slips past it; with the Kamer's date
/// (end 2025) it was past the deadline already and raises nothing.
#[test]
fn a_plan_slipping_past_a_ministrys_own_date_is_warned_about() {
    let prev = batch_2026(1, vec![open("S", Category::B, Some(day(2026, 3, 1)))]);
    let cur = batch_2026(2, vec![open("S", Category::B, Some(day(2026, 8, 1)))]);
    let k = history::koppel(&prev, &cur);
    let kamer = history::planning(&prev, &cur, &k, &organisaties(), &Doelen::default());
    assert!(kamer.bevindingen.iter().all(|b| b.code != Code::NaDeadlineGepland));
    let mut doelen = Doelen::kamer(Deadlines::default());
    doelen.eigen.insert(
        "JenV".into(),
        Deadlines {
            b: day(2026, 6, 30),
            ..Deadlines::default()
        },
    );
    let own = history::planning(&prev, &cur, &k, &organisaties(), &doelen);
    let late: Vec<_> = own
        .bevindingen
        .iter()
        .filter(|b| b.code == Code::NaDeadlineGepland)
        .collect();
    assert_eq!(late.len(), 1);
    assert!(late[0].message.contains("30-06-2026"), "{}", late[0].message);
}
