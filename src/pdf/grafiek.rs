//! The chart of the path to the deadline, as geometry the templates draw:
//! the published count per quarter so far (points), the planned path ahead
//! (a step line), the deadline (a vertical line), the mandatory total (a
//! horizontal line) and the expectation (a marked point): before the
//! deadline what is published at it, after it the quarter in which
//! everything is expected to be published. Every place is a fraction of the
//! chart's width or height (0 to 1, from the bottom left).

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::Quarter;
use crate::prognose::Stap;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Punt {
    pub x: f64,
    pub y: f64,
    /// The number shown beside the point.
    pub waarde: u32,
}

/// One straight piece of the step line.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Lijnstuk {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
}

/// A label on the horizontal axis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    pub x: f64,
    pub tekst: String,
}

/// What one chart shows.
pub struct Reeks<'a> {
    /// Published at earlier peildatums and now, oldest first.
    pub gepubliceerd: Vec<(NaiveDate, u32)>,
    pub pad: &'a [Stap],
    pub verplicht: u32,
    pub deadline: NaiveDate,
    /// Before the deadline: expected to be published at it.
    pub verwacht: Option<u32>,
    /// After the deadline: the quarter everything is expected to be published in.
    pub klaar: Option<Quarter>,
    /// The shared end of the charts shown side by side ([`einde`]), so that
    /// they cover the same time; `None`: this chart's own end.
    pub tot: Option<NaiveDate>,
}

/// The last day a chart of this series needs: its last planned month, the
/// quarter it is expected to be done, the deadline. The latest over the
/// charts of one section is their shared end.
pub fn einde(pad: &[Stap], deadline: NaiveDate, klaar: Option<Quarter>) -> NaiveDate {
    let last_step = pad.last().map_or(deadline, |s| s.maand.last_day());
    let last_step = klaar.map_or(last_step, |q| last_step.max(q.last_day()));
    last_step.max(deadline)
}

/// Past the deadline: where the expected quarter stands (at the mandatory total).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Klaar {
    pub x: f64,
    pub y: f64,
    pub tekst: String,
}

/// `data.json`'s chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Grafiek {
    pub titel: String,
    pub alt: String,
    pub zin: String,
    pub gepubliceerd: Vec<Punt>,
    pub pad: Vec<Lijnstuk>,
    pub deadline: f64,
    pub verwacht: Option<Punt>,
    pub klaar: Option<Klaar>,
    pub verplicht: Punt,
    pub labels: Vec<Label>,
    /// The vertical axis: 0, half the top and the top, as fractions.
    pub schaal: Vec<Punt>,
}

/// The top of the vertical axis: a tenth above the largest value (room for
/// the labels), rounded up to a multiple of 5.
fn top(values: impl Iterator<Item = u32>) -> u32 {
    let max = values.max().unwrap_or(0).max(1);
    (max + max / 10 + 1).div_ceil(5) * 5
}

/// Lays out the chart; `titel`, `alt` and `zin` are the words around it.
pub fn grafiek(r: &Reeks, titel: String, alt: String, zin: String) -> Grafiek {
    let first = r.gepubliceerd.first().map(|(d, _)| *d).unwrap_or(r.deadline);
    let last = einde(r.pad, r.deadline, r.klaar).max(r.tot.unwrap_or(r.deadline));
    let (start, end) = (
        first.min(r.deadline) - chrono::Days::new(20),
        last + chrono::Days::new(20),
    );
    let span = (end - start).num_days().max(1) as f64;
    let x = |d: NaiveDate| (d - start).num_days() as f64 / span;
    let max = top(r
        .gepubliceerd
        .iter()
        .map(|(_, n)| *n)
        .chain(r.pad.iter().map(|s| s.cumulatief))
        .chain([r.verplicht, r.verwacht.unwrap_or(0)]));
    let y = |n: u32| f64::from(n) / f64::from(max);
    let mut pad = Vec::new();
    if let Some(&(mut at, mut value)) = r.gepubliceerd.last() {
        for s in r.pad {
            let to = s.maand.last_day().max(at);
            pad.push(Lijnstuk {
                x1: x(at),
                y1: y(value),
                x2: x(to),
                y2: y(value),
            });
            if s.cumulatief != value {
                pad.push(Lijnstuk {
                    x1: x(to),
                    y1: y(value),
                    x2: x(to),
                    y2: y(s.cumulatief),
                });
            }
            (at, value) = (to, s.cumulatief);
        }
        if at < r.deadline {
            pad.push(Lijnstuk {
                x1: x(at),
                y1: y(value),
                x2: x(r.deadline),
                y2: y(value),
            });
        }
    }
    let mut labels = Vec::new();
    let mut q = Quarter::of(start);
    while q.last_day() <= end {
        if q.last_day() >= start {
            labels.push(Label {
                x: x(q.last_day()),
                tekst: format!("eind {q}"),
            });
        }
        q = q.next();
    }
    Grafiek {
        titel,
        alt,
        zin,
        gepubliceerd: r
            .gepubliceerd
            .iter()
            .map(|&(d, n)| Punt {
                x: x(d),
                y: y(n),
                waarde: n,
            })
            .collect(),
        pad,
        deadline: x(r.deadline),
        verwacht: r.verwacht.map(|v| Punt {
            x: x(r.deadline),
            y: y(v),
            waarde: v,
        }),
        klaar: r.klaar.map(|q| Klaar {
            x: x(q.last_day()),
            y: y(r.verplicht),
            tekst: format!("verwacht klaar: {q}"),
        }),
        verplicht: Punt {
            x: 1.0,
            y: y(r.verplicht),
            waarde: r.verplicht,
        },
        labels,
        schaal: [0, max / 2, max]
            .into_iter()
            .map(|n| Punt {
                x: 0.0,
                y: y(n),
                waarde: n,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prognose::Maand;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_step_line_rises_at_each_months_end_and_runs_on_to_the_deadline() {
        let pad = [
            Stap {
                maand: Maand { year: 2025, month: 9 },
                cumulatief: 5,
            },
            Stap {
                maand: Maand { year: 2025, month: 10 },
                cumulatief: 8,
            },
        ];
        let r = Reeks {
            gepubliceerd: vec![(day(2025, 6, 30), 3), (day(2025, 9, 30), 5)],
            pad: &pad,
            verplicht: 12,
            deadline: day(2025, 12, 31),
            verwacht: Some(7),
            tot: None,
            klaar: None,
        };
        let g = grafiek(&r, "t".into(), "a".into(), "z".into());
        // The top is 15: 12, a tenth more, rounded up to a multiple of 5.
        assert!((g.verplicht.y - 0.8).abs() < 1e-9);
        let v = g.verwacht.unwrap();
        assert!((v.y - 7.0 / 15.0).abs() < 1e-9 && v.x == g.deadline);
        // From now (30 Sep, 5) flat to 30 Sep, up to 8 at 31 Oct, flat to the deadline.
        let ys: Vec<(f64, f64)> = g.pad.iter().map(|l| (l.y1 * 15.0, l.y2 * 15.0)).collect();
        let round = |v: Vec<(f64, f64)>| {
            v.into_iter()
                .map(|(a, b)| (a.round() as u32, b.round() as u32))
                .collect::<Vec<_>>()
        };
        assert_eq!(round(ys), [(5, 5), (5, 5), (5, 8), (8, 8)]);
        assert!((g.pad.last().unwrap().x2 - g.deadline).abs() < 1e-9);
        assert!(g.gepubliceerd.iter().all(|p| (0.0..1.0).contains(&p.x)));
        assert_eq!(g.labels.first().map(|l| l.tekst.as_str()), Some("eind 2025-Q2"));
    }
}
