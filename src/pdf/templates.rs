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
    ("publicaties.typ", include_bytes!("../../templates/publicaties.typ")),
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
                    "de map {} bevat geen {main}\nhint: --opmaak moet een map zijn zoals templates/ in de broncode, met stijl.typ, {main} en fonts/",
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

    /// The files below `dir`, as paths relative to it with `/`.
    fn files_below(dir: &Path, prefix: &str, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            if entry.file_type().unwrap().is_dir() {
                files_below(&entry.path(), &format!("{name}/"), out);
            } else {
                out.push(name);
            }
        }
    }

    #[test]
    fn every_file_of_the_templates_folder_is_embedded() {
        let mut on_disk = Vec::new();
        files_below(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"),
            "",
            &mut on_disk,
        );
        on_disk.sort();
        let mut embedded: Vec<String> = EMBEDDED.iter().map(|(name, _)| (*name).to_owned()).collect();
        embedded.sort();
        assert_eq!(
            on_disk, embedded,
            "templates/ (left) and EMBEDDED in src/pdf/templates.rs (right) must name the same files"
        );
    }

    #[test]
    fn an_override_without_the_report_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let scratch = tempfile::tempdir().unwrap();
        let err = lay_out(scratch.path(), Some(dir.path()), "voortgang.typ").unwrap_err();
        assert!(format!("{err:#}").contains("bevat geen voortgang.typ"));
    }
}
