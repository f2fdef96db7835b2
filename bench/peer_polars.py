"""Peer: the same counts with polars + fastexcel (calamine underneath), as a
policy analyst would write them. `python3 bench/peer_polars.py MAP`
"""
import fastexcel
import polars as pl

from peer_common import CATEGORIES, COUNTED, columns, read_all, header_row, key, report


def read(path):
    book = fastexcel.read_excel(str(path))
    names = {key(n): n for n in book.sheet_names}
    org = book.load_sheet(names["organisatie"], header_row=None, dtypes="string").to_polars()
    code = next(str(r[1]).strip() for r in org.iter_rows() if r[0] is not None and key(r[0]) == "code")
    alg = book.load_sheet(names["algoritmen"], header_row=None, dtypes="string").to_polars()
    rows = alg.rows()
    h = header_row(rows)
    picked = [
        (pl.col(alg.columns[c]) if c is not None else pl.lit(None, dtype=pl.String)).alias(f)
        for f, c in zip(COUNTED, columns(rows, h))
    ]
    return (
        alg.slice(h + 1)
        .select(picked)
        .filter(pl.any_horizontal(pl.all().is_not_null()))
        .with_columns(
            pl.col("categorie").map_elements(lambda v: CATEGORIES.get(key(v)), return_dtype=pl.String),
            pl.col("status").map_elements(key, return_dtype=pl.String),
            pl.col("uitzondering").fill_null("geen").map_elements(key, return_dtype=pl.String),
            pl.lit(code).alias("organisatie"),
        )
    )


def main():
    frames, failed = read_all(read)
    counts = (
        pl.concat(frames)
        .lazy()
        .group_by("organisatie", "categorie")
        .agg(
            gepubliceerd=(pl.col("status") == "gepubliceerd").sum(),
            verplicht=(
                pl.col("categorie").is_in(["A", "B"])
                & (pl.col("status") != "vervallen")
                & (pl.col("uitzondering") != "volledig")
            ).sum(),
        )
        .collect()
    )
    report({(r[0], r[1]): (r[2], r[3]) for r in counts.iter_rows()}, failed)


if __name__ == "__main__":
    main()
