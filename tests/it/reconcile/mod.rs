//! `reconcile`: the register's export. The afstemming, and how old the
//! export is.

mod afstemming;
mod ouderdom;
