//! Unit tests of reconciliation's date rule.

use super::*;

#[test]
fn months_apart() {
    use chrono::NaiveDate;
    let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
    assert!(!rows::more_than_a_month_apart(d(4, 1), d(5, 1)));
    assert!(rows::more_than_a_month_apart(d(4, 1), d(5, 2)));
    assert!(rows::more_than_a_month_apart(d(5, 2), d(4, 1)));
    assert!(!rows::more_than_a_month_apart(d(1, 31), d(2, 28)));
}
