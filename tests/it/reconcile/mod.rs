//! `reconcile`: the register's downloads. The afstemming, the three
//! downloads and their versions, and how old the download is.

mod afstemming;
mod downloads;
mod ouderdom;
