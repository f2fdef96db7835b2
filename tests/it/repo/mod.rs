//! The repository itself, no stage: the layout of `src/` (`architecture`)
//! and of these tests (`layout`), and the documentation (`docs`).

mod architecture;
mod docs;
mod layout;
