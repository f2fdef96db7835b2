"""Shared by the Python peers: the same reading rules as algoreg, kept small.

Headers and values are compared without case, accents, spaces or punctuation;
the header row is the first of the top 10 rows naming three known columns.
"""
import re
import sys
import unicodedata
from pathlib import Path

HEADERS = {
    "id": "id", "eigenid": "id", "kenmerk": "id",
    "categorie": "categorie", "publicatiecategorie": "categorie",
    "status": "status", "publicatiestatus": "status",
    "naam": "naam", "naamalgoritme": "naam", "titel": "naam",
    "uitzondering": "uitzondering", "uitzonderingpublicatie": "uitzondering",
}
# The columns counted; a missing Uitzondering means `geen`.
COUNTED = ["categorie", "status", "uitzondering"]
CATEGORIES = {
    "a": "A", "hoogrisicoaisysteem": "A",
    "b": "B", "impactvollealgoritmes": "B", "impactvolalgoritme": "B",
    "c": "C", "overigealgoritmes": "C", "overig": "C", "overigalgoritme": "C",
}


def key(value):
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]", "", text.lower())


def files(folder):
    exts = {".xlsx", ".xlsm", ".xls", ".ods"}
    return sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in exts and not p.name.startswith(("~$", ".")))


def header_row(rows):
    """Index of the header row in a list of rows (lists of cell values)."""
    for i, row in enumerate(rows[:10]):
        if sum(1 for v in row if v is not None and key(v) in HEADERS) >= 3:
            return i
    return None


def columns(rows, h):
    """Field name to column index for the counted fields, from header row h."""
    cols = {HEADERS[key(v)]: i for i, v in enumerate(rows[h]) if v is not None and key(v) in HEADERS}
    return [cols.get(f) for f in COUNTED]


def report(counts, failed):
    """Prints the totals the benchmark compares: published and mandatory rows."""
    published = sum(c[0] for c in counts.values())
    mandatory = sum(c[1] for c in counts.values())
    orgs = len({org for org, _ in counts})
    print(f"{orgs} organisaties, {failed} onleesbaar, gepubliceerd {published}, verplicht {mandatory}")


def read_all(read):
    """Reads every spreadsheet in the folder given on the command line, one by
    one; one bad file does not stop the others. Returns the frames and the
    number of files that could not be read."""
    frames, failed = [], 0
    for path in files(folder_arg()):
        try:
            frames.append(read(path))
        except Exception as e:
            print(f"{path}: {e}")
            failed += 1
    return frames, failed


def folder_arg():
    if len(sys.argv) != 2:
        sys.exit("gebruik: python3 %s MAP" % sys.argv[0])
    return sys.argv[1]
