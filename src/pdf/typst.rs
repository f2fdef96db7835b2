//! Finding the typst CLI, checking its version, and running `typst compile`.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Result, bail};

/// The typst minor version the templates are written for.
pub const TYPST_SERIES: (u32, u32) = (0, 15);
/// The exact version the install hint names.
pub const TYPST_INSTALL_VERSION: &str = "0.15.1";
/// The environment variable that points to a typst binary.
pub const TYPST_ENV: &str = "ALGOREG_TYPST";
/// The project-local install, relative to the folder algoreg runs in.
pub const LOCAL_TYPST: &str = ".tools/typst/bin/typst";

/// A typst binary of the right version.
#[derive(Debug, Clone)]
pub struct Typst {
    pub path: PathBuf,
    /// As typst reports it, e.g. `0.15.1`.
    pub version: String,
}

/// What was found at one place searched.
enum Probe {
    Ok(Typst),
    Missing,
    Unusable(String),
}

fn probe(path: &Path) -> Probe {
    if !path.is_file() {
        return Probe::Missing;
    }
    let out = match Command::new(path).arg("--version").output() {
        Ok(o) if o.status.success() => o,
        Ok(o) => return Probe::Unusable(format!("`--version` faalt ({})", o.status)),
        Err(e) => return Probe::Unusable(format!("start niet: {e}")),
    };
    let text = String::from_utf8_lossy(&out.stdout);
    match parse_version(&text) {
        Some((major, minor, _)) if (major, minor) == TYPST_SERIES => Probe::Ok(Typst {
            path: path.to_owned(),
            version: text.split_whitespace().nth(1).unwrap_or_default().to_owned(),
        }),
        Some(v) if (v.0, v.1) < TYPST_SERIES => Probe::Unusable(format!("versie {}.{}.{} is te oud", v.0, v.1, v.2)),
        Some(v) => Probe::Unusable(format!(
            "versie {}.{}.{} is nieuwer dan de templates (gemaakt voor {}.{})",
            v.0, v.1, v.2, TYPST_SERIES.0, TYPST_SERIES.1
        )),
        None => Probe::Unusable(format!("onbekende versie {:?}", text.trim())),
    }
}

/// Reads `typst 0.15.1 (abc123)` as `(0, 15, 1)`.
pub fn parse_version(text: &str) -> Option<(u32, u32, u32)> {
    let mut words = text.split_whitespace();
    if words.next()? != "typst" {
        return None;
    }
    let version = words.next()?;
    let mut parts = version.split(['.', '-', '+']).map(|p| p.parse::<u32>().ok());
    Some((parts.next()??, parts.next()??, parts.next().flatten().unwrap_or(0)))
}

/// `typst`, or `typst.exe` on Windows.
fn typst_file() -> String {
    format!("typst{}", std::env::consts::EXE_SUFFIX)
}

/// typst in the folder of algoreg's own program: the Windows zip has them side by side.
fn next_to_algoreg() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    Some(exe.parent()?.join(typst_file()))
}

fn on_path() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(typst_file()))
        .find(|p| p.is_file())
}

fn cargo_bin() -> Option<PathBuf> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))?;
    Some(home.join("bin").join(typst_file()))
}

/// Finds typst: `--typst PATH`, then `ALGOREG_TYPST`, then next to algoreg's
/// own program, then `.tools/typst/bin/typst`, then `PATH`, then `~/.cargo/bin/typst`. A path the user named explicitly
/// must work; the other places are tried in turn.
pub fn find(explicit: Option<&Path>) -> Result<Typst> {
    let mut searched: Vec<String> = Vec::new();
    let named = explicit.map(|p| (p.to_owned(), "--typst".to_owned())).or_else(|| {
        std::env::var_os(TYPST_ENV)
            .filter(|v| !v.is_empty())
            .map(|v| (PathBuf::from(v), TYPST_ENV.to_owned()))
    });
    if let Some((path, source)) = named {
        match probe(&path) {
            Probe::Ok(t) => return Ok(t),
            Probe::Missing => bail!(
                "typst niet gevonden op {} (opgegeven met {source})\n{}",
                path.display(),
                install_hints(&[format!("{source}: {} bestaat niet", path.display())])
            ),
            Probe::Unusable(why) => bail!(
                "typst op {} (opgegeven met {source}) is niet bruikbaar: {why}\n{}",
                path.display(),
                install_hints(&[format!("{source}: {}: {why}", path.display())])
            ),
        }
    }
    searched.push(format!("--typst en {TYPST_ENV}: niet opgegeven"));
    let candidates = [
        (next_to_algoreg(), "naast algoreg"),
        (Some(PathBuf::from(LOCAL_TYPST)), "projectmap"),
        (on_path(), "PATH"),
        (cargo_bin(), "cargo"),
    ];
    for (path, label) in candidates {
        let Some(path) = path else {
            searched.push(format!("{label}: geen typst"));
            continue;
        };
        match probe(&path) {
            Probe::Ok(t) => return Ok(t),
            Probe::Missing => searched.push(format!("{label}: {} bestaat niet", path.display())),
            Probe::Unusable(why) => searched.push(format!("{label}: {}: {why}", path.display())),
        }
    }
    bail!(
        "typst {}.{} niet gevonden; typst is nodig voor de pdf-rapporten\n{}",
        TYPST_SERIES.0,
        TYPST_SERIES.1,
        install_hints(&searched)
    )
}

fn install_hints(searched: &[String]) -> String {
    let mut s = String::from("hint: gezocht op deze plaatsen:\n");
    for place in searched {
        s.push_str(&format!("hint:   {place}\n"));
    }
    s.push_str(&format!(
        "hint: installeer typst met: cargo install typst-cli --locked --version {TYPST_INSTALL_VERSION}\n"
    ));
    s.push_str(&format!(
        "hint: of wijs een typst {}.{} aan met --typst PAD of {TYPST_ENV}=PAD; sla de pdf over met --geen-pdf",
        TYPST_SERIES.0, TYPST_SERIES.1
    ));
    s
}

impl Typst {
    /// Compiles `main` inside `root` into `output` as tagged PDF/UA-1, with
    /// only the fonts in `root/fonts`. Returns typst's diagnostics on failure.
    pub fn compile(&self, root: &Path, main: &str, output: &Path, timestamp: i64) -> Result<()> {
        let out = Command::new(&self.path)
            .arg("--color")
            .arg("never")
            .arg("compile")
            .arg("--root")
            .arg(root)
            .arg("--font-path")
            .arg(root.join("fonts"))
            .arg("--ignore-system-fonts")
            .arg("--pdf-standard")
            .arg("ua-1")
            .arg("--creation-timestamp")
            .arg(timestamp.to_string())
            .arg("--package-path")
            .arg(root.join(".geen-pakketten"))
            .arg("--package-cache-path")
            .arg(root.join(".geen-pakketten"))
            .arg(root.join(main))
            .arg(output)
            .env("NO_COLOR", "1")
            .current_dir(root)
            .output();
        let out = match out {
            Ok(o) => o,
            Err(e) => bail!("kan typst ({}) niet starten: {e}", self.path.display()),
        };
        if !out.status.success() {
            let diagnostics = String::from_utf8_lossy(&out.stderr);
            let diagnostics = diagnostics.replace(&root.to_string_lossy().into_owned(), "<templates>");
            bail!(
                "typst {} kon {main} niet omzetten naar pdf ({})\n{}\nhint: de melding hierboven komt van typst en noemt de regel in de template",
                self.version,
                out.status,
                diagnostics.trim_end()
            );
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_typst_versions() {
        assert_eq!(parse_version("typst 0.15.1 (unknown commit)\n"), Some((0, 15, 1)));
        assert_eq!(parse_version("typst 0.13.0"), Some((0, 13, 0)));
        assert_eq!(parse_version("typst 0.16.0-rc1 (x)"), Some((0, 16, 0)));
        assert_eq!(parse_version("something else"), None);
        assert_eq!(parse_version(""), None);
    }

    #[test]
    fn hints_name_every_place_and_the_install_command() {
        let h = install_hints(&["PATH: geen typst".to_owned()]);
        assert!(h.contains("hint:   PATH: geen typst"));
        assert!(h.contains("cargo install typst-cli --locked --version 0.15.1"));
        assert!(h.lines().all(|l| l.starts_with("hint:")));
    }
}
