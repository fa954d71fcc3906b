#!/usr/bin/env python3
"""Checks planx's HTML table grids against pandas.read_html (lxml flavour), cell for cell.

    scripts/html-conformance.py PLANX_BINARY FIXTURE.html...

For every <table> of every fixture (nested tables included, in document order), the grid planx
builds (rowspan/colspan expanded) must equal the one pandas builds, after whitespace
normalisation (all white space removed, since pandas glues <p> paragraphs without a separator
while planx joins them with a line break). pandas is given th/thead demoted to td/tbody so that
it returns every row as data instead of inferring column headers; rows whose cells are all empty
are dropped on both sides (pandas' parser skips blank lines). Exit 0 when every table matches.
"""
import io, json, re, subprocess, sys, unicodedata

try:
    import pandas as pd
    import lxml  # noqa: F401  (pandas' lxml flavour needs it)
except ImportError as error:
    sys.exit(f"html-conformance: {error}; install with: python3 -m pip install pandas lxml")

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

def modern_tones(text):
    """planx writes tone marks in the placement official documents use (hoà → hòa, uỷ → ủy);
    move them the same way on pandas' side: in a syllable ending in oa/oe/uy (not after q)."""
    def fix(m):
        word = m.group(0)
        d = unicodedata.normalize("NFD", word)
        base = "".join(c for c in d if c not in TONES)
        tone = [c for c in d if c in TONES]
        low = unicodedata.normalize("NFC", base).lower()
        if len(tone) != 1 or low.startswith("qu") or not re.search(r"(oa|oe|uy)$", low):
            return word
        b = unicodedata.normalize("NFC", base)
        first = unicodedata.normalize("NFD", b[-2])  # o or u, possibly with a vowel mark
        return unicodedata.normalize("NFC", b[:-2] + first[0] + tone[0] + first[1:] + b[-1])
    return re.sub(r"\w+", fix, text)

def norm(text):
    text = modern_tones(unicodedata.normalize("NFC", "" if text is None else str(text)))
    return re.sub(r"[\s\u00a0\u200b\ufeff]+", "", text)

def demote(html):
    html = re.sub(r"<(/?)th\b", r"<\1td", html, flags=re.I)
    return re.sub(r"<(/?)thead\b", r"<\1tbody", html, flags=re.I)

def pandas_grids(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        charset = re.search(rb"charset=['\"]?([-\w]+)", raw[:4096])
        text = raw.decode(charset.group(1).decode() if charset else "cp1258", errors="replace")
    try:
        frames = pd.read_html(io.StringIO(demote(text)), flavor="lxml", header=None,
                              keep_default_na=False, thousands=None, displayed_only=False, decimal="\x00",
                              )
    except ValueError:  # "No tables found"
        return []
    grids = []
    for frame in frames:
        rows = [[norm(v) for v in row] for row in frame.astype(str).values.tolist()]
        grids.append(rows)
    return grids

def planx_grids(binary, path):
    out = subprocess.run([binary, "dump", "--html-grids", path], capture_output=True, check=True)
    return [[[norm(c) for c in row] for row in grid] for grid in json.loads(out.stdout)]

def clean(grid):
    rows = [row for row in grid if any(row)]
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]

def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, failures, tables = sys.argv[1], 0, 0
    for path in sys.argv[2:]:
        ours, theirs = planx_grids(binary, path), pandas_grids(path)
        if len(ours) != len(theirs):
            print(f"{path}: planx found {len(ours)} tables, pandas {len(theirs)}")
            failures += 1
            continue
        for i, (a, b) in enumerate(zip(ours, theirs)):
            tables += 1
            a, b = clean(a), clean(b)
            if a != b:
                failures += 1
                print(f"{path}: table {i + 1} differs")
                for r in range(max(len(a), len(b))):
                    ra = a[r] if r < len(a) else None
                    rb = b[r] if r < len(b) else None
                    if ra != rb:
                        print(f"  row {r + 1}:\n    planx:  {ra}\n    pandas: {rb}")
                        break
    print(f"html-conformance: {tables} tables compared, {failures} differences")
    sys.exit(1 if failures else 0)

main()
