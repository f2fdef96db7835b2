#!/usr/bin/env python3
"""Makes bench/data/register-names.tsv from a scrape of the Algoritmeregister.

The benchmark generator draws realistic names, organisations and dates from
it. Run once where the scrape is available:

    python3 bench/register-names.py ../shared/data/register/algoritmes-scrape-2026-08-08.json
"""
import json
import sys
from pathlib import Path


def clean(s):
    return " ".join(str(s).split())


def main():
    scrape = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    out = Path(__file__).parent / "data" / "register-names.tsv"
    rows = sorted(scrape["algoritmes"], key=lambda a: (a["organisatie"], a["id"]))
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(f"# Uit het Algoritmeregister ({scrape['source_url']}, {scrape['fetched_at']}).\n")
        f.write("# id\tgeregistreerd\tstatus\torganisatie\tnaam\n")
        for a in rows:
            fields = [a["id"], a["geregistreerd"], a["status"], a["organisatie"], a["title"]]
            f.write("\t".join(clean(x) for x in fields) + "\n")
    print(f"{len(rows)} regels in {out}")


if __name__ == "__main__":
    main()
