//! A large generated batch for the benchmark: N organisations with M rows
//! each, deterministic from a seed, with the same mess as the sample sheets
//! (the sample's `Style` and `status_sheet` make each sheet).
//!
//! Names, organisations, Algoritme-IDs and dates come from a table taken from
//! the public register (`bench/data/register-names.tsv`), passed in as text.

use std::path::Path;

use anyhow::{Context, Result, bail};
use chrono::{Days, NaiveDate};
use rayon::prelude::*;

use super::{Alg, Org, QUARTERS, write_sheet};
use crate::model::{Quarter, Status};
use crate::registry::MINISTRIES;

/// How big a batch to make, and from which seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    pub orgs: usize,
    pub rows: usize,
    pub seed: u64,
    /// Also write the quarter before, so that `check` and `run` compare
    /// two quarters (see [`earlier`]).
    pub previous: bool,
}

/// The quarter every generated sheet is for.
pub const QUARTER: Quarter = QUARTERS[1];

/// One line of the register table.
struct Entry<'a> {
    id: &'a str,
    registered: NaiveDate,
    organisation: &'a str,
    name: &'a str,
}

fn entries(table: &str) -> Result<Vec<Entry<'_>>> {
    let out: Vec<Entry> = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let [id, registered, _status, organisation, name] = f[..] else {
                bail!("registertabel: 5 velden verwacht in {l:?}");
            };
            let registered = NaiveDate::parse_from_str(registered, "%Y-%m-%d")
                .with_context(|| format!("registertabel: geen datum in {l:?}"))?;
            Ok(Entry {
                id,
                registered,
                organisation,
                name,
            })
        })
        .collect::<Result<_>>()?;
    if out.is_empty() {
        bail!("registertabel: geen regels");
    }
    Ok(out)
}

/// SplitMix64: small, fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// True with the given chance in percent.
    fn percent(&mut self, p: u64) -> bool {
        self.next() % 100 < p
    }
    fn date_between(&mut self, from: NaiveDate, to: NaiveDate) -> NaiveDate {
        let span = (to - from).num_days().max(0) as usize;
        from + Days::new(self.below(span + 1) as u64)
    }
}

/// An organisation of the batch, owned.
struct OrgRow {
    code: String,
    naam: String,
    ministerie: &'static str,
    toezichthouder: bool,
    register_naam: String,
    fase: &'static str,
}

/// One algorithm, owned; borrowed into the sample's `Alg` to be written.
struct AlgRow {
    id: String,
    naam: String,
    cat: &'static str,
    risico: &'static str,
    status: Status,
    published: Option<NaiveDate>,
    register_id: String,
    plan: Option<NaiveDate>,
    plan_text: String,
    uitzondering: &'static str,
}

fn initials(name: &str) -> String {
    let letters: String = name
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| w.chars().next())
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_uppercase())
        .take(4)
        .collect();
    if letters.is_empty() { "ORG".to_owned() } else { letters }
}

fn organisations(spec: &Spec, entries: &[Entry]) -> Vec<OrgRow> {
    let mut names: Vec<&str> = entries.iter().map(|e| e.organisation).collect();
    names.sort_unstable();
    names.dedup();
    let mut rng = Rng(spec.seed ^ 0x6f72_6773);
    let phases = ["agenderen", "inventariseren", "documenteren", "publiceren", "inbedden"];
    (0..spec.orgs)
        .map(|i| {
            let register_naam = names[(i + spec.seed as usize) % names.len()];
            let round = i / names.len();
            let naam = if round == 0 {
                register_naam.to_owned()
            } else {
                format!("{register_naam} (onderdeel {})", round + 1)
            };
            OrgRow {
                code: format!("{}{:04}", initials(register_naam), i + 1),
                naam,
                ministerie: MINISTRIES[rng.below(MINISTRIES.len())].0,
                toezichthouder: rng.percent(5),
                register_naam: register_naam.to_owned(),
                fase: phases[rng.below(phases.len())],
            }
        })
        .collect()
}

fn algorithms(org: &OrgRow, index: usize, spec: &Spec, entries: &[Entry]) -> Vec<AlgRow> {
    let mut rng = Rng(spec.seed.wrapping_mul(0x1000_0001).wrapping_add(index as u64));
    // The peildatum can be three days before the end of the quarter.
    let last_published = QUARTER.last_day() - Days::new(3);
    let first = NaiveDate::from_ymd_opt(2023, 1, 1).unwrap_or(last_published);
    let plan_until = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap_or(last_published);
    let own: Vec<&Entry> = entries.iter().filter(|e| e.organisation == org.register_naam).collect();
    (0..spec.rows)
        .map(|n| {
            let e = match own.get(n) {
                Some(e) => *e,
                None => &entries[rng.below(entries.len())],
            };
            let cat = match rng.below(100) {
                0..10 => "A",
                10..40 => "B",
                _ => "C",
            };
            let status = match rng.below(100) {
                0..35 => Status::Published,
                35..45 => Status::UnderReview,
                45..60 => Status::InDocumentation,
                60..95 => Status::Inventoried,
                _ => Status::Withdrawn,
            };
            let published = (status == Status::Published).then(|| {
                if e.registered <= last_published {
                    e.registered
                } else {
                    rng.date_between(first, last_published)
                }
            });
            let planned = status != Status::Published && status != Status::Withdrawn && cat != "C";
            let (plan, plan_text) = match planned {
                false => (None, String::new()),
                true if rng.percent(20) => {
                    let q = Quarter {
                        year: 2025 + rng.below(2) as i32,
                        q: 3 + rng.below(2) as u8,
                    };
                    (Some(q.last_day()), q.to_string())
                }
                true => (Some(rng.date_between(QUARTER.last_day(), plan_until)), String::new()),
            };
            let uitzondering = match rng.below(100) {
                0..3 if status != Status::Published => "volledig",
                0..10 => "gedeeltelijk",
                _ => "geen",
            };
            AlgRow {
                id: format!("{}-{:03}", org.code, n + 1),
                naam: e.name.to_owned(),
                cat,
                risico: if rng.percent(15) { "ja" } else { "nee" },
                status,
                published,
                register_id: if status == Status::Published {
                    e.id.to_owned()
                } else {
                    String::new()
                },
                plan,
                plan_text,
                uitzondering,
            }
        })
        .collect()
}

/// `organisaties.csv` for the batch.
fn organisations_csv(orgs: &[OrgRow]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "code",
        "naam",
        "ministerie",
        "toezichthouder",
        "naam_in_zin",
        "register_naam",
    ])?;
    for o in orgs {
        let toezicht = if o.toezichthouder { "ja" } else { "nee" };
        w.write_record([&o.code, &o.naam, o.ministerie, toezicht, &o.naam, &o.register_naam])?;
    }
    w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))
}

/// The same algorithm a quarter earlier: what was published after that
/// quarter's peildatum was then still being documented.
fn earlier<'a>(a: &Alg<'a>) -> Alg<'a> {
    let peildatum = PREVIOUS.last_day() - Days::new(3);
    match a.published {
        Some(d) if d > peildatum => Alg {
            status: Status::InDocumentation,
            published: None,
            register_id: "",
            ..*a
        },
        _ => *a,
    }
}

/// The quarter before [`QUARTER`], written with `Spec::previous`.
const PREVIOUS: Quarter = QUARTERS[0];

/// Writes `organisaties.csv` and `<out>/2025-Q2/` with one sheet per
/// organisation (and with `previous`, `<out>/2025-Q1/` too). Files are
/// written in parallel; the same spec and table give the same files.
/// Returns the number of sheets written.
pub fn write_batch(spec: &Spec, table: &str, out: &Path) -> Result<usize> {
    let entries = entries(table)?;
    let orgs = organisations(spec, &entries);
    let folder = out.join(QUARTER.to_string());
    let previous = out.join(PREVIOUS.to_string());
    for f in [&folder, &previous] {
        if f.exists() {
            std::fs::remove_dir_all(f)?;
        }
    }
    std::fs::create_dir_all(&folder)?;
    if spec.previous {
        std::fs::create_dir_all(&previous)?;
    }
    std::fs::write(out.join("organisaties.csv"), organisations_csv(&orgs)?)?;
    orgs.par_iter().enumerate().try_for_each(|(i, o)| -> Result<()> {
        let rows = algorithms(o, i, spec, &entries);
        let org = Org {
            code: &o.code,
            naam: &o.naam,
            ministerie: o.ministerie,
            fase: [o.fase; 4],
            quarters: vec![QUARTER],
        };
        let algs: Vec<Alg> = rows
            .iter()
            .map(|r| Alg {
                org: &o.code,
                id: &r.id,
                naam: &r.naam,
                cat: r.cat,
                risico: r.risico,
                status: r.status,
                published: r.published,
                register_id: &r.register_id,
                plan: r.plan,
                plan_text: &r.plan_text,
                plan_before: None,
                since: QUARTERS[0],
                uitzondering: r.uitzondering,
            })
            .collect();
        let refs: Vec<&Alg> = algs.iter().collect();
        write_sheet(&folder, &org, i, QUARTER, &refs, &[])?;
        if spec.previous {
            let before: Vec<Alg> = algs.iter().map(earlier).collect();
            let refs: Vec<&Alg> = before.iter().collect();
            let org = Org {
                quarters: vec![PREVIOUS],
                ..org
            };
            write_sheet(&previous, &org, i, PREVIOUS, &refs, &[])?;
        }
        Ok(())
    })?;
    Ok(orgs.len() * if spec.previous { 2 } else { 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "# id\tgeregistreerd\tstatus\torganisatie\tnaam\n\
        11111111\t2024-03-01\tin_gebruik\tGemeente Aa\tParkeren\n\
        22222222\t2026-01-01\tin_gebruik\tGemeente Aa\tWOZ-waardering\n\
        33333333\t2024-05-05\tin_gebruik\tPolitie\tChatbot Wout\n";

    fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut out = vec![];
        for sub in [dir.to_path_buf(), dir.join(QUARTER.to_string())] {
            let mut names: Vec<_> = std::fs::read_dir(&sub).unwrap().map(|e| e.unwrap().path()).collect();
            names.sort();
            for p in names.into_iter().filter(|p| p.is_file()) {
                out.push((
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read(&p).unwrap(),
                ));
            }
        }
        out
    }

    #[test]
    fn same_seed_same_files_other_seed_other_files() {
        let spec = Spec {
            orgs: 7,
            rows: 12,
            seed: 42,
            previous: false,
        };
        let dirs: Vec<_> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
        write_batch(&spec, TABLE, dirs[0].path()).unwrap();
        write_batch(&spec, TABLE, dirs[1].path()).unwrap();
        write_batch(&Spec { seed: 43, ..spec }, TABLE, dirs[2].path()).unwrap();
        let (a, b, c) = (files(dirs[0].path()), files(dirs[1].path()), files(dirs[2].path()));
        assert_eq!(a.len(), 8, "organisaties.csv and 7 sheets");
        assert!(a.iter().any(|(n, _)| n.ends_with(".ods")) && a.iter().any(|(n, _)| n.ends_with(".xlsx")));
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn previous_writes_the_quarter_before_with_fewer_publications() {
        let dir = tempfile::tempdir().unwrap();
        let spec = Spec {
            orgs: 5,
            rows: 40,
            seed: 7,
            previous: true,
        };
        assert_eq!(write_batch(&spec, TABLE, dir.path()).unwrap(), 10);
        let registry = crate::registry::Registry::load(
            &dir.path().join("organisaties.csv"),
            "organisaties.csv",
            &mut crate::findings::Findings::default(),
        )
        .unwrap();
        let published = |q: Quarter| {
            let folder = dir.path().join(q.to_string());
            let reads = std::fs::read_dir(&folder)
                .unwrap()
                .map(|e| {
                    let path = e.unwrap().path();
                    crate::ingest::read_path(&path, "x", &crate::ingest::Limits::default(), false)
                })
                .collect();
            let batch = crate::validate::validate(reads, &registry, q, "x");
            assert_eq!(batch.submissions.len(), 5, "{q}: every sheet accepted");
            batch.rows.iter().filter(|r| r.status == Status::Published).count()
        };
        let (before, now) = (published(PREVIOUS), published(QUARTER));
        assert!(before < now, "published in {PREVIOUS}: {before}, in {QUARTER}: {now}");
    }
}
