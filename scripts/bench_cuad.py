"""Real contracts nobody here wrote: the 20 CUAD contracts in ../shared/external (CC BY 4.0, via
vlad-ds/complyflow). Each contract's first pages go through the product's page reading and its
contract reader, as a cold read (no reader was written against them), and are scored against
CUAD's labels: are the two parties the reader names among CUAD's parties, and is its start date
CUAD's effective (or agreement) date. They are commercial contracts, not employment contracts:
the figure says how far the contract reader's wording carries past the generator's.

    .venv/bin/python scripts/bench_cuad.py [--pages 3]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CUAD = ROOT.parent / "shared" / "external" / "pdfs" / "cuad_contracts"

from dateutil import parser as dateparser  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from extractors.base import DocView  # noqa: E402
from extractors.registry import extract  # noqa: E402
from pipeline.ingest import describe_file  # noqa: E402
from pipeline.pages import load_pages  # noqa: E402
from pipeline.read import read_page  # noqa: E402


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", name.lower()).strip()


def party_found(value: str | None, parties: list[str]) -> bool:
    """A name the reader gave is one of CUAD's parties (or a defined name of one)."""
    if not value:
        return False
    return any(fuzz.token_set_ratio(_key(value), _key(p)) >= 90 for p in parties if len(_key(p)) > 2)


def contract_dates(meta: dict) -> set[str]:
    """CUAD's agreement and effective dates that name a day ('[•], 2020' and 'the date of the
    Closing' do not), parsed by dateutil rather than the product's own date reader."""
    out = set()
    for key in ("Effective Date", "Agreement Date"):
        for raw in meta.get(key, []):
            text = re.sub(r"(\d+)\s*(?:s\s*t|n\s*d|r\s*d|t\s*h)?\s+day\s+of\s+", r"\1 ", raw.strip(" ,.;"))
            if len(text) > 40 or not re.search(r"\d{1,2}\b.*\d{4}|[A-Z][a-z]+\s+\d", text):
                continue
            try:
                out.add(dateparser.parse(text.replace(" ,", ","), fuzzy=True).date().isoformat())
            except (ValueError, OverflowError):
                continue
    return out


def read_as(path: Path, doc_type: str, pages: int = 3) -> dict:
    """The values `doc_type`'s reader gives for a file's first pages, whatever the file is."""
    item = describe_file(path.parent, path)
    read = [read_page(r, item.name) for r in load_pages(item)[:pages]]
    view = DocView(file=item.name, pages=[r.page for r in read], images=[r.image for r in read])
    return {k: f.value for k, f in extract(doc_type, view).items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=3, help="pages read from each contract (the parties and dates open it)")
    a = ap.parse_args()
    if not CUAD.is_dir():
        print(f"{CUAD} not present: nothing to measure")
        return 0
    rows, parties_right, both_right, dates_right, dated, times = [], 0, 0, 0, 0, []
    for split in ("train", "test"):
        for meta in json.loads((CUAD / split / "metadata.json").read_text(encoding="utf-8")):
            t = time.time()
            got = read_as(CUAD / split / meta["file"], "employment_contract", a.pages)
            times.append(time.time() - t)
            parties = meta.get("Parties", [])
            first, second = party_found(got.get("employer_name"), parties), party_found(got.get("employee_name"), parties)
            want_dates = contract_dates(meta)
            date_ok = got.get("start_date") in want_dates
            parties_right += first or second
            both_right += first and second
            dated += bool(want_dates)
            dates_right += bool(want_dates) and date_ok
            rows.append(f"{split}/{meta['file']:<34} parties {int(first)}{int(second)}  date {'ok' if date_ok else '--'}  "
                        f"read: {got.get('employer_name')!r} / {got.get('employee_name')!r} / {got.get('start_date')!r}  "
                        f"CUAD dates {sorted(want_dates)}")
    print("\n".join(rows))
    n = len(rows)
    print(f"\nCUAD contracts, cold read ({n} contracts, first {a.pages} pages): a party named {parties_right}/{n}, "
          f"both parties {both_right}/{n}, start date = effective or agreement date {dates_right}/{dated} "
          f"(of those with a date label); median {sorted(times)[n // 2]:.2f} s a contract")
    return 0


if __name__ == "__main__":
    sys.exit(main())
