//! Every grammatical case of the generated sentences.
use chrono::NaiveDate;

use super::*;

fn org(naam: &str, zin: &str, aantal: u32) -> OrgCount {
    OrgCount {
        naam: naam.into(),
        naam_in_zin: zin.into(),
        aantal,
    }
}

fn cat(verplicht: u32, gepubliceerd: u32, gepland: u32) -> Verplicht {
    Verplicht {
        verplicht,
        gepubliceerd,
        resterend: verplicht - gepubliceerd,
        gepland_voor_deadline: gepland,
        achterstallig: 0,
        zonder_planning: verplicht - gepubliceerd - gepland,
    }
}

fn end_2025() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 12, 31).unwrap()
}

fn stand() -> Stand {
    Stand {
        ministeries: vec!["AenM".into(), "JenV".into()],
        gepubliceerd: 32,
        organisaties: vec![
            org(
                "Nederlands Forensisch Instituut",
                "het Nederlands Forensisch Instituut",
                4,
            ),
            org("Politie", "Politie", 6),
            org("Justis", "Justis", 1),
            org(
                "Centraal Justitieel Incassobureau",
                "het Centraal Justitieel Incassobureau",
                1,
            ),
            org(
                "Nationaal Cyber Security Centrum",
                "het Nationaal Cyber Security Centrum",
                3,
            ),
            org("Leeg", "de lege organisatie", 0),
        ],
        a: cat(10, 3, 7),
        b: cat(22, 11, 11),
        deadline_a: end_2025(),
        deadline_b: end_2025(),
        peildatum: NaiveDate::from_ymd_opt(2025, 6, 30).unwrap(),
        toezichthouders: None,
    }
}

#[test]
fn the_letter_to_parliament() {
    let p = alineas(&stand(), "Op dit moment");
    assert_eq!(
        p[0],
        "Op dit moment hebben beide ministeries en hun taakorganisaties 32 algoritmen en AI-systemen \
         gepubliceerd in het algoritmeregister. Het gaat om algoritmen en AI-systemen van Politie (6), het \
         Nederlands Forensisch Instituut (4), het Nationaal Cyber Security Centrum (3), het Centraal Justitieel \
         Incassobureau (1) en Justis (1)."
    );
    assert_eq!(
        p[1],
        "In totaal moeten 32 algoritmen en AI-systemen verplicht worden gepubliceerd: 22 impactvolle algoritmen \
         en 10 hoog-risico-AI-systemen. Hiervan zijn inmiddels 11 impactvolle algoritmen en 3 \
         hoog-risico-AI-systemen gepubliceerd. De overige 11 impactvolle algoritmen en 7 hoog-risico-AI-systemen \
         staan voor eind 2025 gepland voor publicatie."
    );
    assert_eq!(p.len(), 2);
}

#[test]
fn one_ministry_and_singulars() {
    let s = Stand {
        ministeries: vec!["AenM".into()],
        gepubliceerd: 1,
        organisaties: vec![org("Centraal Orgaan opvang asielzoekers", "het COA", 1)],
        a: cat(0, 0, 0),
        b: cat(2, 1, 1),
        ..stand()
    };
    let p = alineas(&s, "Op 30 juni 2025");
    assert_eq!(
        p[0],
        "Op 30 juni 2025 hebben het ministerie van Asiel en Migratie en zijn taakorganisaties 1 algoritme of \
         AI-systeem gepubliceerd in het algoritmeregister. Het gaat om een algoritme of AI-systeem van het COA."
    );
    assert_eq!(
        p[1],
        "In totaal moeten 2 impactvolle algoritmen verplicht worden gepubliceerd. Hiervan is inmiddels 1 \
         impactvol algoritme gepubliceerd. Het overige impactvolle algoritme staat voor eind 2025 gepland voor \
         publicatie."
    );
    let s = Stand {
        a: cat(1, 0, 1),
        b: cat(0, 0, 0),
        ..s
    };
    assert_eq!(
        alineas(&s, "Nu")[1],
        "In totaal moet 1 hoog-risico-AI-systeem verplicht worden gepubliceerd. Hiervan is nog geen enkel \
         algoritme of AI-systeem gepubliceerd. Het staat voor eind 2025 gepland voor publicatie."
    );
}

#[test]
fn a_single_one_among_several_takes_its_own_article() {
    let s = Stand {
        a: cat(3, 1, 2),
        b: cat(4, 3, 1),
        ..stand()
    };
    assert!(alineas(&s, "Nu")[1].ends_with(
        "Hiervan zijn inmiddels 3 impactvolle algoritmen en 1 hoog-risico-AI-systeem gepubliceerd. Het overige \
         impactvolle algoritme en de overige 2 hoog-risico-AI-systemen staan voor eind 2025 gepland voor publicatie."
    ));
}

#[test]
fn after_the_deadline_what_remains_is_late() {
    let mut s = Stand {
        a: cat(10, 9, 0),
        b: Verplicht {
            verplicht: 24,
            gepubliceerd: 21,
            resterend: 3,
            gepland_voor_deadline: 0,
            achterstallig: 0,
            zonder_planning: 1,
        },
        peildatum: end_2025(),
        ..stand()
    };
    s.a.zonder_planning = 0;
    assert!(alineas(&s, "Op 31 december 2025")[1].ends_with(
        "Hiervan zijn inmiddels 21 impactvolle algoritmen en 9 hoog-risico-AI-systemen gepubliceerd. De overige 3 \
         impactvolle algoritmen en het overige hoog-risico-AI-systeem zijn nog niet gepubliceerd, terwijl de \
         deadline (eind 2025) voorbij is. Voor 3 daarvan staat de publicatie gepland na de deadline. Voor 1 daarvan is \
         nog geen datum gepland."
    ));
}

#[test]
fn zero_counts() {
    let s = Stand {
        gepubliceerd: 0,
        organisaties: vec![org("Politie", "Politie", 0)],
        a: cat(0, 0, 0),
        b: cat(0, 0, 0),
        ..stand()
    };
    let p = alineas(&s, "Op dit moment");
    assert_eq!(
        p[0],
        "Op dit moment hebben beide ministeries en hun taakorganisaties nog geen algoritmen of AI-systemen \
         gepubliceerd in het algoritmeregister."
    );
    assert_eq!(
        p[1],
        "Er zijn geen impactvolle algoritmen of hoog-risico-AI-systemen die gepubliceerd moeten worden."
    );
    let all_done = Stand {
        a: cat(3, 3, 0),
        b: cat(0, 0, 0),
        ..stand()
    };
    assert!(alineas(&all_done, "Nu")[1].ends_with(
        "Hiervan zijn inmiddels 3 hoog-risico-AI-systemen gepubliceerd. Daarmee zijn alle verplichte algoritmen en \
         AI-systemen gepubliceerd."
    ));
}

#[test]
fn not_everything_planned_in_time() {
    let mut s = stand();
    s.b = Verplicht {
        verplicht: 22,
        gepubliceerd: 11,
        resterend: 11,
        gepland_voor_deadline: 6,
        achterstallig: 2,
        zonder_planning: 3,
    };
    s.a = Verplicht {
        verplicht: 10,
        gepubliceerd: 3,
        resterend: 7,
        gepland_voor_deadline: 7,
        achterstallig: 0,
        zonder_planning: 0,
    };
    assert!(alineas(&s, "Nu")[1].ends_with(
        "De overige 11 impactvolle algoritmen en 7 hoog-risico-AI-systemen moeten nog worden gepubliceerd. \
         Daarvan staan er 13 voor eind 2025 gepland voor publicatie. Voor 2 daarvan ligt de geplande datum na de \
         deadline. Voor 3 daarvan is nog geen datum gepland. Volgens de eigen planning hadden 2 algoritmen en \
         AI-systemen al gepubliceerd moeten zijn."
    ));
    s.deadline_a = NaiveDate::from_ymd_opt(2026, 8, 2).unwrap();
    assert!(alineas(&s, "Nu")[1].contains(
        "Daarvan staan er 13 voor hun deadline (eind 2025 voor impactvolle algoritmen, 2 augustus 2026 voor \
         hoog-risico-AI-systemen) gepland voor publicatie."
    ));
}

#[test]
fn ties_sorted_by_name_ignoring_case_and_accents() {
    let orgs = vec![
        org("raad", "de raad", 2),
        org("Ándere", "x", 2),
        org("Bureau", "y", 2),
        org("Top", "z", 5),
    ];
    let names: Vec<&str> = per_organisatie(&orgs).iter().map(|o| o.naam.as_str()).collect();
    assert_eq!(names, ["Top", "Ándere", "Bureau", "raad"]);
}

#[test]
fn subjects_and_supervisors() {
    assert_eq!(
        onderwerp(&["JenV".into()]),
        "het ministerie van Justitie en Veiligheid en zijn taakorganisaties"
    );
    assert_eq!(
        onderwerp(&["JenV".into(), "AenM".into(), "BZK".into()]),
        "de drie ministeries en hun taakorganisaties"
    );
    // Groups that are not ministries are never counted as ministries.
    assert_eq!(
        onderwerp(&["AenM".into(), "GEM".into(), "JenV".into(), "PROV".into(), "WS".into()]),
        "beide ministeries en hun taakorganisaties, en de organisaties van GEM, PROV en WS"
    );
    let mut s = stand();
    s.toezichthouders = Some(Some(1));
    assert_eq!(
        alineas(&s, "Nu")[2],
        "De onafhankelijke toezichthouders registreren zelf en tellen niet mee in deze cijfers. Zij hebben samen \
         1 algoritme of AI-systeem gepubliceerd."
    );
    s.toezichthouders = Some(None);
    assert!(alineas(&s, "Nu")[2].ends_with("tellen niet mee in deze cijfers."));
}

/// `n` organisations that published `n - i` each: "Org 00" the most.
fn many(n: usize) -> Stand {
    let mut s = stand();
    s.organisaties = (0..n)
        .map(|i| {
            let naam = format!("Org {i:02}");
            org(&naam, &naam, (n - i) as u32)
        })
        .collect();
    s
}

#[test]
fn a_long_list_of_organisations_is_shortened_to_the_ones_with_the_most() {
    let full = &alineas(&many(MAX_ORGANISATIONS_IN_SENTENCE), "Nu")[0];
    let last = format!("Org {:02}", MAX_ORGANISATIONS_IN_SENTENCE - 1);
    assert!(full.contains(&format!(" en {last} (1).")), "{full}");
    let short = &alineas(&many(MAX_ORGANISATIONS_IN_SENTENCE + 1), "Nu")[0];
    assert!(
        short.ends_with(&format!(
            "Het gaat om algoritmen en AI-systemen van {} organisaties, het meest van Org 00 ({}), Org 01 ({}), \
             Org 02 ({}), Org 03 ({}) en Org 04 ({}).",
            MAX_ORGANISATIONS_IN_SENTENCE + 1,
            MAX_ORGANISATIONS_IN_SENTENCE + 1,
            MAX_ORGANISATIONS_IN_SENTENCE,
            MAX_ORGANISATIONS_IN_SENTENCE - 1,
            MAX_ORGANISATIONS_IN_SENTENCE - 2,
            MAX_ORGANISATIONS_IN_SENTENCE - 3,
        )),
        "{short}"
    );
    assert!(!short.contains("Org 05"), "{short}");
}

#[test]
fn pointers_to_the_workbook() {
    assert_eq!(organisaties(1), "1 organisatie");
    assert_eq!(organisaties(0), "0 organisaties");
    assert_eq!(
        in_werkmap("2025-Q2", "Organisaties"),
        "in de werkmap voortgang-2025-Q2.xlsx, blad Organisaties"
    );
    assert_eq!(
        balken_per_ministerie(5000, "2025-Q2"),
        "Dit rapport gaat over 5000 organisaties. Een staaf per organisatie is dan niet te lezen. Daarom staat \
         hier een staaf per ministerie. De cijfers van elke organisatie staan in de werkmap \
         voortgang-2025-Q2.xlsx, blad Organisaties."
    );
    assert!(cijfers_per_ministerie(1, "2025-Q3").starts_with("Dit rapport gaat over 1 organisatie. Daarom"));
    assert_eq!(
        achterstallig(0, 25),
        "Geen enkele organisatie heeft achterstallige publicaties."
    );
    assert_eq!(
        achterstallig(1, 25),
        "Eén organisatie heeft achterstallige publicaties."
    );
    assert_eq!(
        achterstallig(25, 25),
        "Er zijn 25 organisaties met achterstallige publicaties."
    );
    assert_eq!(
        achterstallig(26, 25),
        "Er zijn 26 organisaties met achterstallige publicaties. Hieronder staan de 25 met de meeste."
    );
    assert_eq!(
        eerste_van(25, 312, "verschillen", "in blad X"),
        "De tabel toont de eerste 25 van de 312 verschillen. Alle verschillen staan in blad X."
    );
    assert_eq!(
        eerste_van(1, 2, "wijzigingen", "in blad X"),
        "De tabel toont er 1 van de 2 wijzigingen. Alle wijzigingen staan in blad X."
    );
    assert_eq!(
        grootste_wijzigingen(1, 25, "in blad Mutaties"),
        "Bij 1 organisatie zijn de cijfers veranderd. De tabel toont de 25 met de grootste verandering. \
         De wijzigingen per algoritme staan in blad Mutaties."
    );
    assert!(grootste_wijzigingen(300, 25, "x").starts_with("Bij 300 organisaties zijn"));
    assert_eq!(
        eerste_namen(20, "in blad Organisaties"),
        "Hieronder staan de eerste 20, op volgorde van de lijst met organisaties. Wie wel en niet inleverde, \
         staat in blad Organisaties (kolom Ingeleverd)."
    );
}

/// A category's own date, not "eind 2025", in the tense of the peildatum:
/// before the deadline what is planned for it, after it what is late.
#[test]
fn the_deadlines_date_in_the_right_tense_before_and_after_it() {
    let juni = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
    let mut s = Stand {
        a: cat(10, 10, 0),
        b: cat(22, 11, 11),
        deadline_a: juni,
        deadline_b: juni,
        peildatum: NaiveDate::from_ymd_opt(2026, 3, 31).unwrap(),
        ..stand()
    };
    let before = alineas(&s, "Nu")[1].clone();
    assert!(
        before.ends_with("De overige 11 impactvolle algoritmen staan voor 30 juni 2026 gepland voor publicatie."),
        "{before}"
    );
    s.peildatum = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap();
    let after = alineas(&s, "Nu")[1].clone();
    assert!(
        after.ends_with(
            "De overige 11 impactvolle algoritmen zijn nog niet gepubliceerd, terwijl de deadline (30 juni 2026) \
             voorbij is."
        ),
        "{after}"
    );
    assert!(!after.contains("eind 2025") && !before.contains("eind 2025"));
}

/// B past its (Kamer's) deadline, A before a ministry's own later one: each
/// category in its own tense.
#[test]
fn one_category_past_its_deadline_and_the_other_not() {
    let s = Stand {
        a: cat(10, 3, 7),
        b: cat(22, 11, 11),
        deadline_a: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
        deadline_b: end_2025(),
        peildatum: NaiveDate::from_ymd_opt(2026, 3, 31).unwrap(),
        ..stand()
    };
    let p = alineas(&s, "Nu")[1].clone();
    assert!(
        p.ends_with(
            "Nog niet gepubliceerd zijn 11 impactvolle algoritmen, terwijl de deadline (eind 2025) voorbij is. \
             Voor 7 hoog-risico-AI-systemen is de deadline eind 2026: daarvan staan er 7 voor die datum gepland \
             voor publicatie."
        ),
        "{p}"
    );
}
