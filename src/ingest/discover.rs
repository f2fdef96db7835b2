//! Finding the status sheets of a quarter folder: which files are read, which
//! are skipped quietly, and which get a finding.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::bevinding::{Bevinding, Bevindingen, Code, Location};

/// The file endings read as status sheets.
pub const EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "ods"];

/// A spreadsheet found in a quarter folder: its path, and how it is shown.
pub type Found = (PathBuf, String);

/// Lists the spreadsheets in a quarter folder, sorted by name. Excel lock
/// files (`~$name.xlsx`) and hidden files are skipped quietly; any other file
/// gets an informational finding, so nothing is passed over unseen.
pub fn discover(folder: &Path, shown: &str, root: &Path) -> Result<(Vec<Found>, Vec<Bevinding>)> {
    let root = root
        .canonicalize()
        .with_context(|| format!("kan de map {} niet vinden", root.display()))?;
    let folder_inside = folder
        .canonicalize()
        .with_context(|| format!("kan de map {shown} niet vinden"))?
        .starts_with(&root);
    let mut entries: Vec<_> = std::fs::read_dir(folder)
        .and_then(|dir| dir.collect::<std::io::Result<_>>())
        .with_context(|| format!("kan de map {shown} niet lezen"))?;
    entries.sort_by_key(|e| e.file_name());
    let mut files = Vec::new();
    let mut findings = Bevindingen::default();
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("~$") || name.starts_with('.') {
            continue;
        }
        let shown_path = format!("{}/{name}", shown.trim_end_matches('/'));
        // A plain file is where its folder is; a link may point anywhere: only
        // follow it when it stays inside the inputs folder.
        let kind = entry
            .file_type()
            .with_context(|| format!("kan niet zien of {shown_path} een bestand of een map is"))?;
        if kind.is_dir() {
            continue;
        }
        if kind.is_symlink() || !folder_inside {
            match entry.path().canonicalize() {
                Ok(real) if !real.starts_with(&root) => {
                    findings.fout(
                        Code::BestandBuitenMap,
                        Location::file(shown_path),
                        "Dit is een koppeling naar een bestand buiten de map met invoer. Het is niet gelezen. Zet het bestand zelf in de kwartaalmap.",
                    );
                    continue;
                }
                Ok(real) if real.is_dir() => continue,
                Ok(_) => {}
                Err(e) => {
                    findings.fout(
                        Code::BestandOnleesbaar,
                        Location::file(shown_path),
                        format!("Het bestand kan niet worden geopend ({e})."),
                    );
                    continue;
                }
            }
        }
        let ext = Path::new(&name).extension().map(|e| e.to_string_lossy().to_lowercase());
        if ext.as_deref().is_some_and(|e| EXTENSIONS.contains(&e)) {
            files.push((entry.path(), shown_path));
        } else {
            findings.info(
                Code::BestandOvergeslagen,
                Location::file(shown_path),
                format!(
                    "Dit bestand is geen spreadsheet ({}) en is overgeslagen.",
                    EXTENSIONS.join(", ")
                ),
            );
        }
    }
    Ok((files, findings.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What discover says when it fails on `folder`, shown as `invoer/2025-Q2`.
    fn error(folder: &Path, inputs: &Path) -> String {
        format!("{:#}", discover(folder, "invoer/2025-Q2", inputs).unwrap_err())
    }

    #[test]
    fn a_quarter_folder_that_cannot_be_read_names_its_path() {
        let root = tempfile::tempdir().unwrap();
        let folder = root.path().join("2025-Q2");
        let said = error(&folder, root.path());
        assert!(said.starts_with("kan de map invoer/2025-Q2 niet vinden: "), "{said}");

        std::fs::write(&folder, "geen map").unwrap();
        let said = error(&folder, root.path());
        assert!(said.starts_with("kan de map invoer/2025-Q2 niet lezen: "), "{said}");

        let inputs = root.path().join("invoer");
        let said = error(&inputs.join("2025-Q2"), &inputs);
        let expected = format!("kan de map {} niet vinden: ", inputs.display());
        assert!(said.starts_with(&expected), "{said}");
    }
}
