//! Unit tests of the quality check: a hand-made export with every kind of
//! gap, and the real one-record export of May 2024.

use super::*;
use crate::bevinding::{Code, Ernst};
use crate::model::Category;
use crate::register::{Download, Veld, Wanted};

/// Reads a download with a peildatum after every date in these tests.
fn read(bytes: &[u8], shown: &str, wanted: &Wanted) -> Download {
    crate::register::read(
        bytes,
        shown,
        wanted,
        chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap(),
    )
    .unwrap()
}

/// Every column of the v1.0 export, in its order.
fn header() -> Vec<&'static str> {
    crate::register::tests::V1_HEADER.split(',').collect()
}

const GOED: &str = "Wij kijken of de auto op de goede plek staat. Zo niet, dan krijgt u een brief.";

/// A complete, easy description of category B; `change` sets other values.
fn record(name: &str, change: &[(&str, &str)]) -> Vec<String> {
    let header = header();
    let mut f: Vec<String> = header.iter().map(|_| String::new()).collect();
    let mut set = |c: &str, v: &str| f[header.iter().position(|h| *h == c).unwrap()] = v.to_owned();
    for (c, v) in [
        ("name", name),
        ("organization", "Dienst Alfa"),
        ("description_short", GOED),
        ("category", "Recht, Openbare orde en veiligheid"),
        ("status", "In gebruik"),
        ("goal", GOED),
        ("proportionality", GOED),
        ("human_intervention", GOED),
        ("standard_version", "1.0.0"),
        ("contact_email", "algoritmes@alfa.nl"),
        ("lang", "nld"),
        ("begin_date", "2023-01"),
        ("publication_category", "Impactvolle algoritmes"),
        (
            "impacttoetsen_grouping",
            "[{'title': 'Data Protection Impact Assessment (DPIA)', 'link': ''}]",
        ),
    ] {
        set(c, v);
    }
    for (c, v) in change {
        set(c, v);
    }
    f
}

fn download(records: &[Vec<String>]) -> Download {
    let mut w = csv::WriterBuilder::new().from_writer(vec![]);
    w.write_record(header()).unwrap();
    for r in records {
        w.write_record(r).unwrap();
    }
    let bytes = w.into_inner().unwrap();
    let wanted = Wanted {
        organisations: ["dienstalfa".to_owned()].into(),
        ids: Default::default(),
    };
    read(bytes.as_slice(), "register.csv", &wanted)
}

fn organisaties() -> crate::organisaties::OrganisatieLijst {
    crate::organisaties::OrganisatieLijst::parse(
        b"code,naam,ministerie,toezichthouder,naam_in_zin,register_naam\nALFA,Dienst Alfa,JenV,nee,Dienst Alfa,Dienst Alfa\nTZ,Toezicht,JenV,ja,de toezichthouder,Toezicht\n",
        "organisaties.csv",
    )
    .unwrap()
}

fn by_name<'a>(k: &'a Kwaliteit, name: &str) -> &'a AlgoritmeKwaliteit {
    k.algoritmen.iter().find(|a| a.naam == name).unwrap()
}

#[test]
fn a_hand_made_export_gets_every_flag_where_it_belongs() {
    let hard = "<p>Geautomatiseerde risicoclassificatie ondersteunt beleidsmedewerkers bij handhavingsprioritering \
                van gemeentelijke vergunningsaanvragen en bestemmingsplanwijzigingen.</p>";
    let e = download(&[
        record("Compleet", &[]),
        record(
            "Lege velden",
            &[
                ("contact_email", " - "),
                ("description_short", "<p>n.v.t.</p>"),
                ("status", ""),
            ],
        ),
        record(
            "Buiten",
            &[
                ("status", "Actief"),
                ("publication_category", "Categorie D"),
                ("begin_date", "2023"),
                ("end_date", "01-2024"),
                ("contact_email", "www.alfa.nl"),
                ("category", "Recht, Sport"),
                ("source_id", &"x".repeat(101)),
            ],
        ),
        record("Zonder toets", &[("impacttoetsen_grouping", "[]")]),
        record("A zonder IAMA", &[("publication_category", "Hoog-risico AI-systeem")]),
        record(
            "A met IAMA",
            &[
                ("publication_category", "Hoog-risico AI-systeem"),
                (
                    "impacttoetsen_grouping",
                    "[{'title': 'Impact Assessment Mensenrechten en Algoritmes (IAMA)'}]",
                ),
            ],
        ),
        record(
            "A zonder iets",
            &[
                ("publication_category", "Hoog-risico AI-systeem"),
                ("impacttoetsen_grouping", ""),
            ],
        ),
        record("Moeilijk", &[("goal", hard), ("proportionality", "&lt;b&gt; n.v.t.")]),
        // Standard 0.4: no category, no contact, no impact assessment: only its own fields count.
        record(
            "Oud",
            &[
                ("standard_version", "0.4.0"),
                ("publication_category", ""),
                ("contact_email", ""),
                ("impacttoetsen_grouping", ""),
                ("begin_date", "januari"),
            ],
        ),
        record("Versie", &[("standard_version", "twee")]),
        record("Van een ander", &[("organization", "Gemeente X")]),
    ]);
    let out = check(&e, &organisaties(), "register.csv");
    let k = &out.part;
    assert_eq!(k.algoritmen.len(), 10, "Gemeente X is not ours");

    let a = by_name(k, "Compleet");
    assert!(a.gebreken.is_empty() && a.volledig(), "{a:#?}");
    assert_eq!(a.leesbaarheid.len(), 4);
    assert_eq!(a.categorie, Some(Category::B));

    let a = by_name(k, "Lege velden");
    assert_eq!(
        a.lege_velden,
        [Veld::DescriptionShort, Veld::Status, Veld::ContactEmail]
    );
    assert_eq!(a.gebreken, [Gebrek::VeldLeeg]);
    assert_eq!(a.leesbaarheid.len(), 3, "the placeholder text gets no indication");

    let a = by_name(k, "Buiten");
    let velden: Vec<Veld> = a.afwijkingen.iter().map(|x| x.veld).collect();
    assert_eq!(
        velden,
        [
            Veld::Category,
            Veld::Status,
            Veld::ContactEmail,
            Veld::SourceId,
            Veld::BeginDate,
            Veld::EndDate,
            Veld::PublicationCategory
        ]
    );
    assert!(a.afwijkingen[0].reden.contains("\"Sport\""), "{:?}", a.afwijkingen[0]);
    assert_eq!(a.gebreken, [Gebrek::WaardeBuitenStandaard]);
    assert_eq!(a.categorie, None, "no category, so no impact assessment asked");

    let a = by_name(k, "Zonder toets");
    assert!(a.zonder_impacttoets && !a.zonder_iama);
    assert_eq!(a.gebreken, [Gebrek::GeenImpacttoets]);

    let a = by_name(k, "A zonder IAMA");
    assert!(!a.zonder_impacttoets && a.zonder_iama);
    assert_eq!(a.gebreken, [Gebrek::GeenIama]);
    assert!(by_name(k, "A met IAMA").gebreken.is_empty());
    let a = by_name(k, "A zonder iets");
    assert!(a.zonder_impacttoets && a.zonder_iama);
    assert_eq!(a.gebreken, [Gebrek::GeenImpacttoets], "one cause, one finding");

    let a = by_name(k, "Moeilijk");
    assert_eq!(a.gebreken, [Gebrek::TekstMoeilijk]);
    let m: Vec<Veld> = a.moeilijk().map(|t| t.veld).collect();
    assert_eq!(m, [Veld::Goal]);

    let a = by_name(k, "Oud");
    assert!(a.oudere_standaard && a.lege_velden.is_empty() && !a.volledig());
    assert_eq!(a.afwijkingen.len(), 1, "its begin date is checked: {:?}", a.afwijkingen);
    assert_eq!(a.afwijkingen[0].veld, Veld::BeginDate);

    let a = by_name(k, "Versie");
    assert!(!a.oudere_standaard && a.afwijkingen[0].veld == Veld::StandardVersion);

    // The counts of Dienst Alfa, and of the groups.
    let alfa = &k.organisaties.iter().find(|o| o.organisatie == "ALFA").unwrap().telling;
    assert_eq!(
        (
            alfa.gepubliceerd,
            alfa.oudere_standaard,
            alfa.volledig,
            alfa.met_waarde_buiten_standaard
        ),
        (10, 1, 8, 3)
    );
    assert_eq!(
        (
            alfa.categorie_a_b,
            alfa.met_impacttoets,
            alfa.categorie_a,
            alfa.met_iama
        ),
        (8, 6, 3, 1)
    );
    assert_eq!((alfa.teksten_moeilijk, alfa.algoritmen_met_moeilijke_tekst), (1, 1));
    let groepen: Vec<(&str, usize)> = k
        .groepen
        .iter()
        .map(|g| (g.groep.name(), g.telling.gepubliceerd))
        .collect();
    assert_eq!(groepen, [("JenV", 10), ("Totaal", 10), ("Toezichthouders", 0)]);

    // One finding per algorithm and kind, for the organisation, at its line.
    let codes = |name: &str| -> Vec<(Code, Ernst)> {
        out.bevindingen
            .iter()
            .filter(|f| f.message.contains(&format!(" {name} ")) || f.message.starts_with(&format!("{name} ")))
            .map(|f| (f.code, f.severity))
            .collect()
    };
    assert_eq!(codes("Lege velden"), [(Code::RegisterVeldLeeg, Ernst::Waarschuwing)]);
    assert_eq!(
        codes("A zonder IAMA"),
        [(Code::RegisterIamaOntbreekt, Ernst::Waarschuwing)]
    );
    assert_eq!(codes("Moeilijk"), [(Code::RegisterTekstMoeilijk, Ernst::Info)]);
    assert_eq!(out.bevindingen.len(), 8, "{:#?}", out.bevindingen);
    assert!(out.bevindingen.iter().all(|f| f.groep() == "ALFA"));
    let leeg = out
        .bevindingen
        .iter()
        .find(|f| f.code == Code::RegisterVeldLeeg)
        .unwrap();
    assert_eq!(leeg.location.cell.as_deref(), Some("regel 3"));
    assert!(
        leeg.message.contains("Korte omschrijving, Status, Contactgegevens"),
        "{}",
        leeg.message
    );

    // Most common first, ties in the order of kind and field: a begin date
    // (Buiten, Oud), no assessment (Zonder toets, A zonder iets), no IAMA
    // (A zonder IAMA, A zonder iets); then the gaps of one algorithm.
    let top: Vec<(Gebrek, Option<Veld>, usize)> = k
        .meest_voorkomend
        .iter()
        .map(|g| (g.gebrek, g.veld, g.algoritmen))
        .take(4)
        .collect();
    assert_eq!(
        top,
        [
            (Gebrek::WaardeBuitenStandaard, Some(Veld::BeginDate), 2),
            (Gebrek::GeenImpacttoets, None, 2),
            (Gebrek::GeenIama, None, 2),
            (Gebrek::VeldLeeg, Some(Veld::DescriptionShort), 1),
        ]
    );
    assert_eq!(
        k.meest_voorkomend[2].zin,
        "Bij 2 algoritmes van categorie A (hoog risico) staat geen IAMA bij de impacttoetsen."
    );
}

#[test]
fn the_real_may_2024_export_is_read_and_checked_as_it_is() {
    let bytes = include_bytes!("../../tests/fixtures/register/export-v1.0-2024-05.csv");
    let wanted = Wanted {
        organisations: ["gemeenteamsterdam".to_owned()].into(),
        ids: Default::default(),
    };
    let e = read(bytes.as_slice(), "echt.csv", &wanted);
    let organisaties = crate::organisaties::OrganisatieLijst::parse(
        "code,naam,ministerie,toezichthouder,naam_in_zin,register_naam\nAMS,Amsterdam,BZK,nee,Amsterdam,Gemeente Amsterdam\n"
            .as_bytes(),
        "organisaties.csv",
    )
    .unwrap();
    let out = check(&e, &organisaties, "echt.csv");
    let a = &out.part.algoritmen[0];
    assert_eq!(a.naam, "Waarderen WOZ-objecten Amsterdam");
    assert_eq!(a.standaard.as_deref(), Some("1.0.0"));
    // Every required field is filled in; the contact is an e-mail address;
    // the themes "Economie, Wonen" are the standard's.
    assert!(a.volledig() && a.afwijkingen.is_empty(), "{a:#?}");
    // Impactvolle algoritmes (B), and both impact assessment columns are empty.
    assert_eq!(a.categorie, Some(Category::B));
    assert!(a.zonder_impacttoets);
    // description_short, goal, proportionality and human_intervention are filled in.
    let velden: Vec<Veld> = a.leesbaarheid.iter().map(|t| t.veld).collect();
    assert_eq!(
        velden,
        [
            Veld::DescriptionShort,
            Veld::Goal,
            Veld::Proportionality,
            Veld::HumanIntervention
        ]
    );
    // description_short: one sentence of 17 words ("WOZ-waarde" is one).
    assert_eq!(
        (
            a.leesbaarheid[0].leesbaarheid.woorden,
            a.leesbaarheid[0].leesbaarheid.zinnen
        ),
        (17, 1)
    );
    let codes: Vec<Code> = out.bevindingen.iter().map(|f| f.code).collect();
    assert!(codes.contains(&Code::RegisterImpacttoetsOntbreekt), "{codes:?}");
}
