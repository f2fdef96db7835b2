//! Writing outputs whole or not at all: every file of a run is written into a
//! staging folder beside the target, and the folder is moved into place only
//! when all files are complete.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use tempfile::TempDir;

use crate::ingest::Source;
use crate::manifest::{Entry, Manifest};

/// The lock on an output folder: while it is held, no other run writes
/// there. It is released when dropped (and by the system if the process dies).
///
/// The lock file is removed when the run ends, while the lock is still held.
/// That is safe because of how the lock is taken: after locking the file, a
/// run checks that the name `.algoreg.lock` still points to the file it
/// locked. A run that opened the file just before another run removed it
/// gets its lock on a removed file, sees that, and tries again with a new
/// file; so two runs never both think they hold the lock. (On systems other
/// than Unix the file stays: there a file that is open cannot be checked in
/// this way.)
pub struct Lock {
    file: std::fs::File,
    path: PathBuf,
}

pub const LOCK_FILE: &str = ".algoreg.lock";

/// How often a run tries again when the lock file was removed under it.
const LOCK_ATTEMPTS: usize = 20;

impl Lock {
    /// Takes the lock on `out`, then clears staging folders that an earlier,
    /// killed run left behind (no run can be busy with them now).
    pub fn acquire(out: &Path) -> Result<Lock> {
        std::fs::create_dir_all(out).with_context(|| format!("kan de map {} niet maken", out.display()))?;
        let path = out.join(LOCK_FILE);
        let lock = (0..LOCK_ATTEMPTS)
            .find_map(|_| Lock::try_once(&path).transpose())
            .unwrap_or_else(|| {
                Err(anyhow::anyhow!(
                    "kan het slot {} niet nemen: het wordt steeds weggehaald\nhint: kijk of er andere algoreg-opdrachten in {} bezig zijn",
                    path.display(),
                    out.display()
                ))
            })?;
        for entry in std::fs::read_dir(out)?.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') && (name.contains(".bezig-") || name.contains(".oud-")) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
        Ok(lock)
    }

    /// One attempt: the lock, an error, or `None` when the file we locked
    /// was removed in the meantime (try again).
    fn try_once(path: &Path) -> Result<Option<Lock>> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .with_context(|| format!("kan het slot {} niet openen", path.display()))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => anyhow::bail!(
                "een andere algoreg schrijft al in {}\nhint: wacht tot die klaar is; het slot is {}",
                path.parent().unwrap_or(path).display(),
                path.display()
            ),
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("kan het slot {} niet nemen", path.display()));
            }
        }
        Ok(is_named(&file, path).then(|| Lock {
            file,
            path: path.to_owned(),
        }))
    }
}

/// Whether `path` is still the name of the open `file`.
#[cfg(unix)]
fn is_named(file: &std::fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn is_named(_: &std::fs::File, _: &Path) -> bool {
    true
}

impl Drop for Lock {
    /// Removes the lock file while still holding the lock (see [`Lock`]);
    /// the lock itself goes when the file is closed, right after.
    fn drop(&mut self) {
        if cfg!(unix) && is_named(&self.file, &self.path) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Subfolders of a quarter's reports that `algoreg terugmelding` writes; a
/// `run` that replaces the quarter's reports keeps them.
pub const KEPT: [&str; 1] = ["terugmelding"];

/// A folder being filled; dropped without [`Staging::commit`], it vanishes
/// and the previous outputs stay as they were.
pub struct Staging {
    dir: TempDir,
    target: PathBuf,
}

impl Staging {
    /// Starts a staging folder for `target` (e.g. `reports/2025-Q2`).
    pub fn new(target: &Path) -> Result<Staging> {
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).with_context(|| format!("kan de map {} niet maken", parent.display()))?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dir = tempfile::Builder::new()
            .prefix(&format!(".{name}.bezig-"))
            .tempdir_in(parent)
            .with_context(|| format!("kan geen tijdelijke map maken in {}", parent.display()))?;
        Ok(Staging {
            dir,
            target: target.to_owned(),
        })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes one file into the staging folder.
    pub fn write(&self, name: &str, bytes: &[u8]) -> Result<PathBuf> {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).with_context(|| format!("kan {} niet schrijven", path.display()))?;
        Ok(path)
    }

    /// Moves the finished folder into place, replacing the previous one.
    /// Subfolders that another command writes (see [`KEPT`]) move along
    /// into the new folder.
    pub fn commit(self) -> Result<PathBuf> {
        let staged = self.dir.keep();
        for sub in KEPT {
            let (from, to) = (self.target.join(sub), staged.join(sub));
            if from.is_dir() && !to.exists() {
                std::fs::rename(&from, &to).with_context(|| format!("kan {} niet meenemen", from.display()))?;
            }
        }
        let old = self.target.with_file_name(format!(
            ".{}.oud-{}",
            self.target
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            std::process::id()
        ));
        let had_previous = self.target.exists();
        if had_previous {
            std::fs::rename(&self.target, &old)
                .with_context(|| format!("kan {} niet vervangen", self.target.display()))?;
        }
        if let Err(e) = std::fs::rename(&staged, &self.target) {
            if had_previous {
                let _ = std::fs::rename(&old, &self.target);
            }
            let _ = std::fs::remove_dir_all(&staged);
            return Err(e).with_context(|| format!("kan {} niet op zijn plaats zetten", self.target.display()));
        }
        if had_previous {
            std::fs::remove_dir_all(&old)
                .with_context(|| format!("kan de oude map {} niet opruimen", old.display()))?;
        }
        Ok(self.target)
    }
}

/// Writes the outputs of one run whole or not at all: takes the lock on
/// `out_root`, renders each output in turn (a name and its bytes) into a
/// staging folder for `target`, adds `manifest.json` listing them, and moves
/// the folder into place. An output that fails leaves the previous folder as
/// it was.
pub fn write_all(
    out_root: &Path,
    target: &Path,
    outputs: impl IntoIterator<Item = Result<(String, Vec<u8>)>>,
    mut manifest: Manifest,
) -> Result<()> {
    let _lock = Lock::acquire(out_root)?;
    let staging = Staging::new(target)?;
    for output in outputs {
        let (name, bytes) = output?;
        manifest.uitvoer.push(Entry::new(&name, &Source::of(&bytes)));
        staging.write(&name, &bytes)?;
    }
    staging.write("manifest.json", &manifest.to_json()?)?;
    staging.commit()?;
    Ok(())
}

/// Writes one file whole or not at all, next to folders that stay (the
/// overview of a terugmelding beside its rounds): under the lock on
/// `out_root`, into a temporary file that is then moved over `path`.
pub fn write_file(out_root: &Path, path: &Path, bytes: &[u8]) -> Result<()> {
    let _lock = Lock::acquire(out_root)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("kan de map {} niet maken", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("kan geen tijdelijk bestand maken in {}", dir.display()))?;
    std::io::Write::write_all(&mut tmp, bytes).with_context(|| format!("kan {} niet schrijven", path.display()))?;
    tmp.persist(path)
        .with_context(|| format!("kan {} niet op zijn plaats zetten", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_is_refused_and_leftovers_are_cleared() {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir(root.path().join(".2025-Q2.bezig-abc")).unwrap();
        let first = Lock::acquire(root.path()).unwrap();
        assert!(!root.path().join(".2025-Q2.bezig-abc").exists());
        let second = Lock::acquire(root.path())
            .err()
            .expect("second lock refused")
            .to_string();
        assert!(
            second.contains("een andere algoreg schrijft al") && second.contains("hint:"),
            "{second}"
        );
        drop(first);
        assert!(Lock::acquire(root.path()).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn the_lock_file_goes_when_the_run_ends_and_a_late_opener_cannot_use_it() {
        let root = tempfile::tempdir().unwrap();
        let path = root.path().join(LOCK_FILE);
        let first = Lock::acquire(root.path()).unwrap();
        // Another run opens the file just before the first one ends ...
        let late = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
        drop(first);
        assert!(!path.exists(), "the lock file is removed");
        // ... and gets its lock, but on a file that no longer has the name.
        late.try_lock().unwrap();
        assert!(!is_named(&late, &path));
        // A third run makes a new lock file and holds it; the second is not in the way.
        let third = Lock::acquire(root.path()).unwrap();
        assert!(is_named(&third.file, &path));
        assert!(
            Lock::acquire(root.path()).is_err(),
            "while the third holds it, no one else"
        );
        drop(late);
        drop(third);
        assert!(!path.exists());
    }

    #[test]
    fn replaces_whole_or_leaves_previous() {
        let root = tempfile::tempdir().unwrap();
        let target = root.path().join("2025-Q2");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("oud.json"), "oud").unwrap();

        let abandoned = Staging::new(&target).unwrap();
        abandoned.write("nieuw.json", b"half").unwrap();
        drop(abandoned);
        assert!(target.join("oud.json").exists());
        assert_eq!(
            std::fs::read_dir(root.path()).unwrap().count(),
            1,
            "no staging folder left behind"
        );

        let s = Staging::new(&target).unwrap();
        s.write("nieuw.json", b"heel").unwrap();
        s.commit().unwrap();
        assert!(!target.join("oud.json").exists());
        assert_eq!(std::fs::read_to_string(target.join("nieuw.json")).unwrap(), "heel");
        assert_eq!(std::fs::read_dir(root.path()).unwrap().count(), 1);
    }
}
