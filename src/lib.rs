//! algoreg: quarterly and annual figures on publication in the Dutch
//! Algorithm Register, from the status sheets organisations send in.
//!
//! The flow is one way: `ingest` (cells to typed rows) -> `validate` (rules to
//! findings) -> `aggregate` (polars, to plain structs) -> outputs
//! (`export`: JSON, Excel, PDF).

pub mod aggregate;
pub mod cli;
pub mod commands;
pub mod console;
pub mod excel;
pub mod export;
pub mod figures;
pub mod findings;
pub mod history;
pub mod ingest;
pub mod manifest;
pub mod model;
pub mod options;
pub mod output;
pub mod pdf;
pub mod reconcile;
pub mod registry;
pub mod text;
pub mod validate;
