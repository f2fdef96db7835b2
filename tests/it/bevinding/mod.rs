//! `bevinding`: the findings themselves. One test per finding code (its
//! severity and place), and their one order.

mod codes;
mod volgorde;
