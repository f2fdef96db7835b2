//! One version as a download holds it (a line of the CSV, a column of the
//! Excel download): the fields reconciliation reads, found by their key,
//! turned into a [`RegisterRecord`] when it is one of ours, with a finding
//! for every value that cannot be read.

use std::hash::{DefaultHasher, Hash, Hasher};

use super::download::{Plaats, RegisterRecord, RegisterStatus, Wanted, register_date};
use super::velden::Kolommen;
use super::vouwen::Vouwer;
use crate::bevinding::Code;
use crate::ingest::cells::{check_digit_ok, parse_algorithm_id};
use crate::model::Category;
use crate::text::{clean, key, quote};

/// Where each field read is among a version's values, by the field's key.
pub(crate) struct Cols {
    name: usize,
    organization: usize,
    id: Option<usize>,
    category: Option<usize>,
    status: Option<usize>,
    published: Option<usize>,
    end: Option<usize>,
    lang: Option<usize>,
    velden: Kolommen,
}

impl Cols {
    /// `keys` as keys (see [`key`]); `None` without a name and an organisation.
    pub fn of(keys: &[String]) -> Option<Cols> {
        let col = |name: &str| keys.iter().position(|h| *h == key(name));
        Some(Cols {
            name: col("name")?,
            organization: col("organization")?,
            id: col("algorithm_id").or_else(|| col("lars")),
            category: col("publication_category"),
            status: col("status"),
            published: col("publication_dt"),
            end: col("end_date"),
            lang: col("lang"),
            velden: Kolommen::of(keys),
        })
    }

    pub fn met_algoritme_id(&self) -> bool {
        self.id.is_some()
    }

    pub fn met_publicatiedatum(&self) -> bool {
        self.published.is_some()
    }
}

/// Reads one version: `get` gives the value at a position, `all` every value
/// (to tell two versions with the same date apart).
pub(crate) fn keep<'a>(
    get: impl Fn(usize) -> Option<&'a str> + Copy,
    all: impl Iterator<Item = &'a str>,
    plaats: Plaats,
    cols: &Cols,
    wanted: &Wanted,
    v: &mut Vouwer,
) {
    v.regels.gelezen += 1;
    let field = |c: Option<usize>| c.and_then(get).and_then(clean);
    let published = field(cols.published).and_then(register_date);
    v.nieuwste = v.nieuwste.max(published);
    let organisatie = field(Some(cols.organization)).unwrap_or_default();
    let raw_id = field(cols.id);
    let id = raw_id.and_then(parse_algorithm_id);
    let ours = wanted.organisations.contains(&key(organisatie)) || id.as_ref().is_some_and(|i| wanted.ids.contains(i));
    if !ours {
        v.regels.andere_organisaties += 1;
        return;
    }
    if field(cols.lang).is_some_and(|l| !matches!(key(l).as_str(), "nld" | "nl")) {
        v.regels.andere_taal += 1;
        return;
    }
    let loc = plaats.location(&v.shown);
    let Some(naam) = field(Some(cols.name)) else {
        v.regels.onleesbaar += 1;
        v.out.waarschuwing(
            Code::RegisterRegelOngeldig,
            loc,
            format!(
                "Bij {} staat in het register een algoritme zonder naam. Dit is niet vergeleken.",
                quote(organisatie)
            ),
        );
        return;
    };
    v.regels.eigen_organisaties += 1;
    let mut bad = |column: &str, value: &str, effect: &str| {
        v.out.waarschuwing(
            Code::RegisterRegelOngeldig,
            loc.clone(),
            format!(
                "Bij {} staat in het veld {column} \"{}\". Dat is niet te lezen; {effect}.",
                quote(naam),
                quote(value)
            ),
        );
    };
    if let (Some(raw), None) = (raw_id, &id) {
        bad("algorithm_id", raw, "er is alleen op naam vergeleken");
    }
    let categorie = field(cols.category).and_then(|s| {
        let c = Category::parse(s);
        if c.is_none() {
            bad("publication_category", s, "de categorie is niet vergeleken");
        }
        c
    });
    let status = field(cols.status).and_then(|s| {
        let st = RegisterStatus::parse(s);
        if st.is_none() {
            bad("status", s, "de status is niet vergeleken");
        }
        st
    });
    let mut date = |c: Option<usize>, column: &str| {
        field(c).and_then(|s| {
            let d = register_date(s);
            if d.is_none() {
                bad(column, s, "de datum is niet vergeleken");
            }
            d
        })
    };
    let publicatie = date(cols.published, "publication_dt");
    let einde = date(cols.end, "end_date");
    if let Some(i) = id.as_deref().filter(|i| !check_digit_ok(i)) {
        v.out.waarschuwing(
            Code::RegisterIdOngeldig,
            loc.clone(),
            format!(
                "Het Algoritme-ID {i} van {} klopt niet: het controlecijfer is fout. Het register maakt zulke ID's niet; \
                 is het bestand met de hand bewerkt?",
                quote(naam)
            ),
        );
    }
    let mut h = DefaultHasher::new();
    all.for_each(|s| s.trim().hash(&mut h));
    let record = RegisterRecord {
        plaats,
        algoritme_id: id,
        naam: naam.to_owned(),
        organisatie: organisatie.to_owned(),
        categorie,
        status,
        publicatie,
        einde,
        velden: cols.velden.read(get),
        eerste_publicatie: None,
        versies: vec![],
    };
    v.add(record, h.finish());
}
