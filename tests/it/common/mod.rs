//! The one test harness: every test module runs the real binary and builds
//! its status sheets with these (sheets are written with
//! `algoreg_fixtures::grid`).
//!
//! `run`: the binary and its findings; `inputs`: inputs folders; `sheets`:
//! status sheets and their rows; `files`: reading back what was written;
//! `xlsx`: notes and fills of a written workbook; `edit`: the one way to
//! change a written workbook (typing into cells, or breaking it on purpose).

pub mod edit;
pub mod files;
pub mod inputs;
pub mod run;
pub mod sheets;
pub mod xlsx;

pub use {edit::*, files::*, inputs::*, run::*, sheets::*, xlsx::*};
