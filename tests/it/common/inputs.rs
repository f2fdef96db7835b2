//! Inputs folders for the binary: `organisaties.csv` and a folder of status
//! sheets per quarter, in a temporary directory ([`Inputs`]) or at a given
//! place ([`Folder`]).

use std::path::{Path, PathBuf};
use std::process::Output;

use algoreg_fixtures::grid::Grid;

use crate::common::files::json;
use crate::common::run::{Line, algoreg, parse_findings, stdout};

pub const QUARTER: &str = "2025-Q2";

/// `organisaties.csv` for the fixtures: two ministries and one supervisor.
pub const ORGS_CSV: &str = "code,naam,ministerie,toezichthouder,naam_in_zin\n\
    AAA,Dienst Alfa,JenV,nee,de Dienst Alfa\n\
    BBB,Bureau Beta,AenM,nee,het Bureau Beta\n\
    TTT,Toezicht Tau,JenV,ja,\n";

/// Writes a sheet as `.ods` when `path` says so, else as `.xlsx`.
pub fn write_grid(path: &Path, grid: &Grid) {
    let bytes = if path.extension().is_some_and(|e| e == "ods") {
        grid.to_ods()
    } else {
        grid.to_xlsx()
    };
    std::fs::write(path, bytes.expect("grid")).expect("write sheet");
}

/// An inputs folder at a given place.
pub struct Folder {
    pub path: PathBuf,
}

impl Folder {
    /// Makes the folder (and its parents).
    pub fn new(path: PathBuf) -> Folder {
        std::fs::create_dir_all(&path).expect("inputs folder");
        Folder { path }
    }

    /// Writes `organisaties.csv`.
    pub fn orgs(&self, csv: &str) -> &Self {
        std::fs::write(self.path.join("organisaties.csv"), csv).expect("write csv");
        self
    }

    /// The folder of `quarter`, made if it is not there yet.
    pub fn quarter(&self, quarter: &str) -> PathBuf {
        let dir = self.path.join(quarter);
        std::fs::create_dir_all(&dir).expect("quarter folder");
        dir
    }

    /// Adds a sheet to the folder of `quarter`.
    pub fn add_grid(&self, quarter: &str, name: &str, grid: &Grid) -> &Self {
        write_grid(&self.quarter(quarter).join(name), grid);
        self
    }
}

/// A temporary inputs folder with [`ORGS_CSV`] and a folder for [`QUARTER`].
pub struct Inputs {
    pub dir: tempfile::TempDir,
    folder: Folder,
}

impl Inputs {
    pub fn new() -> Inputs {
        let dir = tempfile::tempdir().expect("tempdir");
        let folder = Folder::new(dir.path().to_path_buf());
        folder.orgs(ORGS_CSV).quarter(QUARTER);
        Inputs { dir, folder }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn quarter_dir(&self) -> PathBuf {
        self.dir.path().join(QUARTER)
    }

    pub fn add(&self, name: &str, bytes: &[u8]) -> &Self {
        std::fs::write(self.quarter_dir().join(name), bytes).expect("write sheet");
        self
    }

    pub fn add_grid(&self, name: &str, grid: &Grid) -> &Self {
        self.folder.add_grid(QUARTER, name, grid);
        self
    }

    /// Runs `algoreg <command> --inputs <dir> <args>` in the inputs folder.
    pub fn run(&self, command: &str, args: &[&str]) -> Output {
        algoreg(
            self.path(),
            &[&[command, "--inputs", &self.path().to_string_lossy()], args].concat(),
        )
    }

    /// `algoreg check`, returning its findings as parsed lines.
    pub fn check(&self) -> Vec<Line> {
        parse_findings(&self.run("check", &[]))
    }

    /// `algoreg run --out rapporten --no-pdf <args>` (errors allowed), with
    /// the figures document it wrote.
    pub fn report(&self, args: &[&str]) -> (Output, serde_json::Value) {
        let out = self.run("run", &[&["--out", "rapporten", "--no-pdf"], args].concat());
        assert!(out.status.code().is_some_and(|c| c < 2), "{}", stdout(&out));
        let j = json(&self.path().join(format!("rapporten/{QUARTER}/cijfers-{QUARTER}.json")));
        (out, j)
    }
}

/// Adds a sheet to the `2025-Q1` folder, the quarter before [`QUARTER`].
pub fn add_q1(inputs: &Inputs, name: &str, grid: &Grid) {
    inputs.folder.add_grid("2025-Q1", name, grid);
}
