//! The one test harness: every test file runs the real binary and builds its
//! status sheets with these (sheets are written with `algoreg_fixtures::grid`).
//!
//! `run`: the binary and its findings; `inputs`: inputs folders; `sheets`:
//! status sheets and their rows; `files`: reading back what was written;
//! `xlsx`: notes, fills and typing into cells of a written workbook.
#![allow(dead_code)]

pub mod files;
pub mod inputs;
pub mod run;
pub mod sheets;
pub mod xlsx;

// Each test file is its own crate and uses only some of these.
#[allow(unused_imports)]
pub use {files::*, inputs::*, run::*, sheets::*, xlsx::*};
