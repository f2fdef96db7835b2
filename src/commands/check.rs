//! `algoreg check`: read and validate a quarter, print the findings, write nothing.

use anyhow::Result;

use super::{EXIT_CLEAN, EXIT_FINDINGS, load};
use crate::cli::BatchArgs;
use crate::console;
use crate::options::BatchConfig;

pub fn check(args: &BatchArgs) -> Result<u8> {
    let config = BatchConfig {
        fingerprint: false,
        ..BatchConfig::from_args(args)?
    };
    let loaded = load(&config, false)?;
    for f in &loaded.figures.bevindingen {
        println!("{f}");
    }
    print!("{}", console::summary(&loaded));
    Ok(if loaded.figures.bevindingen_telling.fout > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}
