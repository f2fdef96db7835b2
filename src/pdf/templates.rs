//! The typst templates and fonts: built into the binary from `templates/`, or
//! read from a folder given with `--templates`, and laid out in a scratch folder.

use std::path::Path;

use anyhow::{Context, Result, bail};

/// Every file of `templates/`, built into the binary so that `algoreg` works
/// from any folder. `--templates DIR` replaces them with the files in DIR.
const EMBEDDED: &[(&str, &[u8])] = &[
    ("stijl.typ", include_bytes!("../../templates/stijl.typ")),
    ("voortgang.typ", include_bytes!("../../templates/voortgang.typ")),
    (
        "jaarrapportage.typ",
        include_bytes!("../../templates/jaarrapportage.typ"),
    ),
    (
        "fonts/Inter-Regular.otf",
        include_bytes!("../../templates/fonts/Inter-Regular.otf"),
    ),
    (
        "fonts/Inter-Italic.otf",
        include_bytes!("../../templates/fonts/Inter-Italic.otf"),
    ),
    (
        "fonts/Inter-SemiBold.otf",
        include_bytes!("../../templates/fonts/Inter-SemiBold.otf"),
    ),
    (
        "fonts/Inter-Bold.otf",
        include_bytes!("../../templates/fonts/Inter-Bold.otf"),
    ),
    ("fonts/OFL.txt", include_bytes!("../../templates/fonts/OFL.txt")),
];

/// Writes the templates into `scratch`: the built-in ones, or a copy of
/// `dir` (regular files only, at most two levels deep; links are skipped).
pub fn lay_out(scratch: &Path, dir: Option<&Path>, main: &str) -> Result<()> {
    std::fs::create_dir_all(scratch.join("fonts"))?;
    match dir {
        None => {
            for (name, bytes) in EMBEDDED {
                std::fs::write(scratch.join(name), bytes)?;
            }
        }
        Some(dir) => {
            if !dir.join(main).is_file() {
                bail!(
                    "de map {} bevat geen {main}\nhint: --templates moet een map zijn zoals templates/ in de broncode, met stijl.typ, {main} en fonts/",
                    dir.display()
                );
            }
            copy_dir(dir, scratch, 0)
                .with_context(|| format!("kan de templates in {} niet kopiëren", dir.display()))?;
        }
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path, depth: u32) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(from)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let kind = entry.file_type()?;
        let target = to.join(entry.file_name());
        if kind.is_file() {
            std::fs::copy(entry.path(), &target)?;
        } else if kind.is_dir() && depth < 1 {
            std::fs::create_dir_all(&target)?;
            copy_dir(&entry.path(), &target, depth + 1)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_templates_match_the_folder() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        for (name, bytes) in EMBEDDED {
            assert_eq!(std::fs::read(root.join(name)).unwrap(), *bytes, "{name}");
        }
    }

    #[test]
    fn an_override_without_the_report_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let scratch = tempfile::tempdir().unwrap();
        let err = lay_out(scratch.path(), Some(dir.path()), "voortgang.typ").unwrap_err();
        assert!(format!("{err:#}").contains("bevat geen voortgang.typ"));
    }
}
