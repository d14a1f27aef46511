"""Forms ID 990A and ID 990B in layouts drawn by hand (sample_docs/drawn_forms.py), read
through the product: each form is uploaded as a case of its own and `intake process` runs over
them all, as a user would; what each case's report says is scored against the values drawn.

    python scripts/bench_drawn_forms.py [--set first|second|...] [--set ...] [--work DIR] [--cache DIR]

A set is a module sample_docs/drawn_<words>_<ordinal>.py (the first, drawn_forms.py): adding one adds the set.

Prints fields right per layout and per field, and every miss (want / got)."""
from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sample_docs.generator.evaluate import norm  # noqa: E402
from scripts.bench_pipeline import run_intake  # noqa: E402

# Ordinals as the sets' names spell them ('threehundredfortyninth'), their parts run together
_UNITS = dict(zip("one two three four five six seven eight nine".split(), range(1, 10)))
_ORDINAL = dict(zip(("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
                     "fifteenth sixteenth seventeenth eighteenth nineteenth").split(), range(1, 20)))
_TENS = dict(zip("twent thirt fort fift sixt sevent eight ninet".split(), range(20, 100, 10)))


def ordinal(word: str) -> int | None:
    """The number an ordinal written as one word names ('threehundredfortyninth' 349, 'hundredth' 100), else None."""
    n = 0
    if "hundred" in word:
        head, word = word.split("hundred", 1)
        if head and head not in _UNITS:
            return None
        n, word = 100 * _UNITS.get(head, 1), "" if word == "th" else word
    tens = next((t for t in _TENS if word.startswith(t + "y") or word == t + "ieth"), None)
    if tens:
        n, word = n + _TENS[tens], word.removeprefix(tens + "y") if word != tens + "ieth" else ""
    if word:
        if word not in _ORDINAL or (tens and _ORDINAL[word] > 9):
            return None
        n += _ORDINAL[word]
    return n or None


def drawn_sets() -> dict[str, str]:
    """Each drawn set by its name, the ordinal that ends its module's name (sample_docs/drawn_<words>_<ordinal>.py; the
    first is drawn_forms.py), in the order they were drawn: set name -> module."""
    found = {"first": "drawn_forms"} | {p.stem.rsplit("_", 1)[1]: p.stem for p in (ROOT / "sample_docs").glob("drawn_*_*.py")
                                        if ordinal(p.stem.rsplit("_", 1)[1])}
    return dict(sorted(found.items(), key=lambda kv: ordinal(kv[0]) or 0))


SETS = drawn_sets()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=Path("/tmp/drawn-forms"))
    ap.add_argument("--cache", type=Path, help="an OCR cache kept between runs (faster; the first run fills it)")
    ap.add_argument("--set", choices=tuple(SETS), action="append",
                    help=f"first (the default): the layouts the readers were mended on; second to {list(SETS)[-1]}: each drawn after the "
                         "one before was mended, read cold once before any change for it. Given again, the sets are read in one run (one "
                         "start-up: a re-read of many sets is much shorter), each scored on its own under '## set NAME'")
    a = ap.parse_args()
    names = a.set or ["first"]
    shutil.rmtree(a.work, ignore_errors=True)
    inbox = a.work / "inbox"
    uploaded = {name: upload(name, a.work / "drawn" / name, inbox, f"{name}--" if len(names) > 1 else "") for name in names}
    seconds = run_intake(inbox, a.work / "out", prefect=False, cache=a.cache)
    for name, (forms, files, case_of) in uploaded.items():
        if len(names) > 1:
            print(f"## set {name}")
        score(forms, files, case_of, a.work / "out", seconds / len(names), f"{name}--" if len(names) > 1 else "")
    return 0


def upload(name: str, drawn: Path, inbox: Path, prefix: str) -> tuple[list[dict], list[str], dict[str, str]]:
    """The set's papers drawn and put in the inbox as a user uploads them, its cases' names after `prefix`: (the papers, their
    files, each file's case)."""
    forms = importlib.import_module(f"sample_docs.{SETS[name]}").write_all(drawn)
    # a case a file, unless the set names its cases (a document over several files); a bundle's
    # documents share their file
    files = list(dict.fromkeys(form["file"] for form in forms))
    case_of = {form["file"]: prefix + (form.get("case") or f"form-{files.index(form['file']) + 1:02d}") for form in forms}
    for form in forms:
        for file in [form["file"], *form["fields"].get("continued_in", [])]:
            case_of.setdefault(file, case_of[form["file"]])
    for file in sorted(p.name for p in drawn.iterdir()):
        if file not in case_of:
            continue
        case = inbox / case_of[file]
        case.mkdir(parents=True, exist_ok=True)
        shutil.copy(drawn / file, case / file)
        settled = time.time() - 60  # an upload finished a minute ago: not one still being written
        os.utime(case / file, (settled, settled))
    for form in forms:
        if form.get("settings"):  # the case's own settings (case.yaml), where the set gives them
            settings = inbox / case_of[form["file"]] / "case.yaml"
            settings.write_text(json.dumps(form["settings"]), encoding="utf-8")
            os.utime(settings, (time.time() - 60, time.time() - 60))
    return forms, files, case_of


def score(forms: list[dict], files: list[str], case_of: dict[str, str], out: Path, seconds: float, prefix: str) -> None:
    """What each case's report says against the values drawn: fields right per layout and per field, every miss, and the checks
    on the drawn papers that did not pass. Read with other sets (`prefix`), a page another set's case shares is no alarm."""
    by_layout: dict = defaultdict(lambda: [0, 0])
    by_field: dict = defaultdict(lambda: [0, 0])
    misses = []
    for form in forms:
        case = case_of[form["file"]]
        report = json.loads((out / case / "report.json").read_text(encoding="utf-8"))
        # in a bundle, the document that holds exactly the entry's pages
        here = [d for d in report["documents"] if d["file"] == form["file"] and d["pages"] == form.get("pages", d["pages"])]
        # a page may hold two documents (a passport and a card copied together): the one of the entry's type
        doc = next((d for d in here if d["type"] == form["type"]), here[0] if here else None)
        typed = doc is not None and doc["type"] == form["type"]
        for name, want in form["fields"].items():
            if name == "type":  # a set of papers that have no fields of their own scores the type each is read as
                got = doc["type"] if doc else None  # in a bundle, None where its pages were split otherwise
            elif name == "continued_in":  # the later files a document goes on in
                got = [part["file"] for part in doc.get("continued", [])] if doc else None
            elif name.startswith("check:"):  # a flaw drawn on purpose: the case's check of that id, its outcome
                got = next((c["outcome"] for c in report["checks"] if c["id"] == name.removeprefix("check:")), None)
            else:
                got = doc["fields"].get(name, {}).get("value") if typed else None
            # a value printed in two languages is right in either (a tuple of readings)
            ok = norm(got) in {norm(w) for w in want} if isinstance(want, tuple) else norm(got) == norm(want)
            for tally in (by_layout[(form["type"], form["layout"])], by_field[(form["type"], name)]):
                tally[0] += ok
                tally[1] += 1
            if not ok:
                misses.append(f"{form['file']}: {name} want {want!r} got {got!r}"
                              + ("" if typed else f" (read as {doc['type'] if doc else 'nothing'})"))
    # Checks on the drawn documents themselves (their evidence names one) that did not pass: every drawn
    # paper is a clean one, so each is a false alarm, but for a flaw a set draws on purpose (scored above).
    alarms, judged = [], 0
    drawn_flaws = {(case_of[form["file"]], name.removeprefix("check:")) for form in forms for name in form["fields"]
                   if name.startswith("check:")}
    for case in sorted(set(case_of.values())):
        report = json.loads((out / case / "report.json").read_text(encoding="utf-8"))
        for check in report["checks"]:
            if prefix and check["id"] == "integrity.duplicate_in_other_case" and prefix not in check["message"]:
                continue  # (a page of another set's: the sets were read together)
            if check["evidence"] and check["outcome"] != "not_applicable" and (case, check["id"]) not in drawn_flaws:
                judged += 1
                if check["outcome"] in ("fail", "review"):
                    alarms.append(f"{case.removeprefix(prefix)}: {check['id']} {check['outcome']}: {check['message'][:120]}")
    right, total = sum(v[0] for v in by_layout.values()), sum(v[1] for v in by_layout.values())
    print(f"fields right: {right} / {total} ({right / total:.1%}), {len(forms)} forms in {len(files)} files, {seconds:.0f} s")
    print("\n| form | layout | fields right |\n|---|---|---|")
    for (kind, layout), (r, t) in sorted(by_layout.items()):
        print(f"| {kind} | {layout} | {r} / {t} |")
    print("\n| form | field | right |\n|---|---|---|")
    for (kind, name), (r, t) in sorted(by_field.items()):
        print(f"| {kind} | {name} | {r} / {t} |")
    print(f"\nchecks on the drawn documents that did not pass: {len(alarms)} of {judged}")
    for alarm in alarms:
        print(" ", alarm)
    print("\nmisses:")
    for m in misses:
        print(" ", m)


if __name__ == "__main__":
    raise SystemExit(main())
