//! `reconcile`: the register's downloads. The afstemming, the three
//! downloads and their versions, how old the download is, and its counts
//! the same in every output.

mod afstemming;
mod downloads;
mod getallen;
mod ouderdom;
