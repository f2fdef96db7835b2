"""Peer: what a policy analyst would write with pandas + openpyxl (and odfpy
for .ods). Reads every status sheet and counts per organisation and category
how many algorithms are published and how many are mandatory (A and B, not
withdrawn). `python3 bench/peer_pandas.py MAP`
"""
import pandas as pd

from peer_common import CATEGORIES, COUNTED, columns, read_all, header_row, key, report


def read(path):
    engine = "odf" if path.suffix.lower() == ".ods" else "openpyxl"
    sheets = pd.read_excel(path, sheet_name=None, header=None, engine=engine, dtype=object)
    by_key = {key(name): df for name, df in sheets.items()}
    org = by_key["organisatie"]
    code = next(str(r[1]).strip() for r in org.itertuples(index=False) if key(r[0]) == "code")
    alg = by_key["algoritmen"]
    rows = alg.where(alg.notna(), None).values.tolist()
    h = header_row(rows)
    body = pd.DataFrame(rows[h + 1:])
    body = pd.DataFrame({f: body[c] if c is not None else None for f, c in zip(COUNTED, columns(rows, h))})
    body = body.dropna(how="all")
    body["categorie"] = body["categorie"].map(lambda v: CATEGORIES.get(key(v)))
    body["status"] = body["status"].map(key)
    body["uitzondering"] = body["uitzondering"].map(lambda v: "geen" if v is None else key(v))
    body["organisatie"] = code
    return body


def main():
    frames, failed = read_all(read)
    rows = pd.concat(frames, ignore_index=True)
    rows["gepubliceerd"] = rows["status"] == "gepubliceerd"
    rows["verplicht"] = (
        rows["categorie"].isin(["A", "B"]) & (rows["status"] != "vervallen")
        & (rows["uitzondering"] != "volledig")
    )
    counts = rows.groupby(["organisatie", "categorie"])[["gepubliceerd", "verplicht"]].sum()
    report({k: (int(r.gepubliceerd), int(r.verplicht)) for k, r in counts.iterrows()}, failed)


if __name__ == "__main__":
    main()
