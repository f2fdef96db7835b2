//! History: follow each algorithm from one quarter to the next, matched by
//! organisation code + ID, and say what changed and what should not have.
//!
//! The quarter folders are the history: nothing else is stored, every
//! change is recomputed from two quarters' counted rows.

mod carry;
mod changes;
mod earlier;
mod koppeling;
mod mutaties;
mod planning;
mod publicaties;
mod verloop;

pub use carry::carry_forward;
pub use changes::compare;
pub use earlier::{Earlier, latest_sheets, sheets_of};
pub use koppeling::{Koppeling, koppel};
pub use mutaties::{MutatieTelling, Mutaties, OrgTelling, Soort, Wijziging};
pub use planning::{GroepPlanning, OrgPlanning, Planning, PlanningTelling, planning};
pub use publicaties::{Publicatie, REGISTER_LINK, publicaties};
pub use verloop::{Verloop, verloop};
