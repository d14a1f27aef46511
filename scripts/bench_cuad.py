"""Real contracts nobody here wrote: the 20 CUAD contracts in ../shared/external (CC BY 4.0, via
vlad-ds/complyflow). Each contract's first pages go through the product's page reading and the
running-text reader (extractors/prose.py, parties.py) and are scored against CUAD's labels:
are the first two parties it finds among CUAD's parties, and is the date it gives the signing
role CUAD's agreement (or effective) date. The split is CUAD's: the rules were written looking
at `train` contracts only; `test` is the cold read.

    .venv/bin/python scripts/bench_cuad.py [--pages 3] [--split test]
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
from extractors.parties import parties  # noqa: E402
from extractors.prose import Prose, best  # noqa: E402
from extractors.prose_fields import letter_date  # noqa: E402
from extractors.registry import extract  # noqa: E402
from extractors.running_text import RunningText  # noqa: E402
from pipeline.classify import load_rules  # noqa: E402
from pipeline.ingest import describe_file  # noqa: E402
from pipeline.pages import load_pages  # noqa: E402
from pipeline.read import read_page  # noqa: E402
from pipeline.script import in_script  # noqa: E402


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


def _pages(path: Path, pages: int):
    item = describe_file(path.parent, path)
    read = [read_page(r, item.name) for r in load_pages(item)[:pages]]
    return item, DocView(file=item.name, pages=[r.page for r in read], images=[r.image for r in read])


def read_as(path: Path, doc_type: str, pages: int = 3) -> dict:
    """The values `doc_type`'s reader gives for a file's first pages, whatever the file is, in the
    script the product writes them in (flows/case.py)."""
    _, view = _pages(path, pages)
    script = load_rules()["types"].get(doc_type, {}).get("script")
    view = DocView(file=view.file, pages=[in_script(p, script) for p in view.pages], images=view.images)
    return {k: f.value for k, f in extract(doc_type, view).items()}


def read_parties_and_date(path: Path, pages: int = 3) -> tuple[list[str], str | None]:
    """The parties the running text names, in order, and its signing date."""
    _, view = _pages(path, pages)
    rt = RunningText(view.lines())
    prose = Prose(rt.text, rt.breaks)
    dates = prose.dates()
    # The agreement's date: the one it is made or signed on, else the one it takes effect.
    signed = best(dates, "signed") or best(dates, "start") or letter_date(prose, dates)
    return [p.name for p in parties(prose)], signed.value if signed else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=3, help="pages read from each contract (the parties and dates open it)")
    ap.add_argument("--split", choices=("train", "test", "both"), default="both")
    a = ap.parse_args()
    if not CUAD.is_dir():
        print(f"{CUAD} not present: nothing to measure")
        return 0
    for split in ("train", "test") if a.split == "both" else (a.split,):
        rows, one, both, dated, dates_right, times = [], 0, 0, 0, 0, []
        for meta in json.loads((CUAD / split / "metadata.json").read_text(encoding="utf-8")):
            t = time.time()
            names, signed = read_parties_and_date(CUAD / split / meta["file"], a.pages)
            times.append(time.time() - t)
            hits = [party_found(n, meta.get("Parties", [])) for n in names[:2]]
            want_dates = contract_dates(meta)
            one += any(hits)
            both += len(hits) == 2 and all(hits)
            dated += bool(want_dates)
            dates_right += bool(want_dates) and signed in want_dates
            rows.append(f"{split}/{meta['file']:<34} parties {''.join(str(int(h)) for h in hits):<2}  "
                        f"date {'ok' if signed in want_dates else '--'}  read: {names[:2]} / {signed!r}  CUAD dates {sorted(want_dates)}")
        n = len(rows)
        print("\n".join(rows))
        print(f"\nCUAD {split} ({n} contracts, first {a.pages} pages): a party named {one}/{n}, both parties {both}/{n}, "
              f"signing date = agreement or effective date {dates_right}/{dated} (of those CUAD dates to the day); "
              f"median {sorted(times)[n // 2]:.2f} s a contract\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
