//! The repository itself, no stage: the layout of `src/`, and the
//! documentation.

mod architecture;
mod docs;
