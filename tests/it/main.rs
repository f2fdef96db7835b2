//! The integration tests: one test binary (`cargo test --test it`), so that
//! polars is linked once instead of once per file.
//!
//! The modules follow the stage order of `src/lib.rs`: the tests of a
//! behaviour live under the stage whose module decides it (the module you
//! would change when the test fails). `common` is the one harness every
//! module uses; `repo` checks the repository itself (the layout of `src/`
//! and of these tests, the documentation). See docs/ontwikkelaars.md.

mod common;
mod repo;

mod maat;
mod bevinding;
mod organisaties;
mod ingest;
mod validate;
mod history;
mod reconcile;
mod kwaliteit;
mod prognose;
mod pipeline;
mod terugmelding;
mod manifest;
mod output;
mod excel;
mod pdf;
mod cli;
