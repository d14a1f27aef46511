"""Score the pipeline against generated ground truth: classification, fields, checklist,
case status, planted-defect recall, false alarms on clean cases, seconds per case."""
from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .families import status as family_status

# Fields scored per type: SPEC §5's names (raw MRZ lines are scored through the check), plus the
# fields the product reads from the types SPEC §5 leaves open. A field is scored where the
# document states it (where its truth holds it).
SCORED = {
    "travel_document": ["kind", "document_number", "surname", "given_names", "name_zh", "nationality", "date_of_birth", "sex", "date_of_expiry"],
    "degree_certificate": ["holder_name", "date_of_birth", "institution", "degree", "major", "date_awarded", "certificate_number"],
    "graduation_certificate": ["holder_name", "institution", "major", "level", "graduation_date", "certificate_number"],
    "employment_contract": ["employer_name", "employee_name", "position", "start_date", "term_months", "monthly_salary_hkd",
                            "housing_allowance_hkd", "guaranteed_bonus_hkd", "annual_package_hkd"],
    "br_certificate": ["business_name", "br_number", "address", "nature_of_business", "commencement_date", "expiry_date"],
    "financial_statement": ["company_name", "period_end", "currency", "revenue", "profit", "total_equity", "auditor",
                            "audit_opinion", "going_concern_doubt"],
    "consent_letter": ["organisation", "applicant_name", "date", "seal_present"],
    "hkid_copy": ["hkid_number"],
    "photo": ["width_px", "height_px", "face_detected"],
    "applicant_form": ["surname", "given_names", "name_zh", "sex", "date_of_birth", "travel_document_number", "hkid_number",
                       "hk_local_degree", "employer_name", "position", "monthly_salary_hkd"],
    "employer_form": ["employer_name", "br_number", "applicant_name", "position", "monthly_salary_hkd", "talent_list"],
    "qualification_report": ["holder_name", "date_of_birth", "institution", "level", "major", "graduation_date",
                             "certificate_number", "verification_code", "valid_until"],
    "work_experience_letter": ["employer", "position", "start_date", "end_date"],
    "business_plan": ["capital_hkd", "projected_turnover_hkd", "local_jobs"],
}


def family_of(truth_doc: dict) -> tuple[str, str]:
    """(family, cold | tuned): the status as families.yaml has it now, so a family a reader has
    since been changed for counts as tuned in every later evaluation."""
    family = truth_doc.get("family", "classic")
    return family, family_status(truth_doc["type"], family)


def norm(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (int, float)):
        return round(float(v), 2)
    s = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(v))).strip().upper()
    return s


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += bool(ok)

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else float("nan")


@dataclass
class Scores:
    classification: dict = field(default_factory=lambda: defaultdict(Tally))
    fields: dict = field(default_factory=lambda: defaultdict(Tally))  # (type, field)
    fields_by_form: dict = field(default_factory=lambda: defaultdict(Tally))  # born_pdf, scan_pdf, jpeg, phone...
    fields_by_dpi: dict = field(default_factory=lambda: defaultdict(Tally))  # scans (not phone photos) by resolution
    fields_scan_200: dict = field(default_factory=lambda: defaultdict(Tally))  # (type, field) on scans of 200 dpi or finer
    checklist: Tally = field(default_factory=Tally)
    case_status: Tally = field(default_factory=Tally)
    defects: dict = field(default_factory=lambda: defaultdict(Tally))
    false_alarms: list = field(default_factory=list)
    clean_checks: Tally = field(default_factory=Tally)
    seconds: list = field(default_factory=list)
    misses: list = field(default_factory=list)
    by_status: dict = field(default_factory=lambda: defaultdict(Tally))  # cold | tuned
    classified_by_status: dict = field(default_factory=lambda: defaultdict(Tally))
    by_family: dict = field(default_factory=lambda: defaultdict(Tally))  # (type, family, status)
    by_field_status: dict = field(default_factory=lambda: defaultdict(Tally))  # (type, field, status)


SCANS = ("scan_pdf", "png", "tiff", "jpeg")  # a photo of a paper is not a scan of it


def _match(truth_doc: dict, file: str, report_docs: list[dict]) -> dict | None:
    cands = [d for d in report_docs if d["file"] == file and set(d["pages"]) & set(truth_doc["pages"])]
    same = [d for d in cands if d["type"] == truth_doc["type"]]
    return (same or cands or [None])[0]


def score_case(truth: dict, report: dict, s: Scores) -> None:
    docs = report["documents"]
    for f in truth["files"]:
        if f["error"]:
            got = [e["code"] for d in docs if d["file"] == f["file"] for e in d["errors"]]
            s.classification["(bad file)"].add(f["error"] in got)
            continue
        for td in f["documents"]:
            rd = _match(td, f["file"], docs)
            ok = rd is not None and rd["type"] == td["type"]
            family, status = family_of(td)
            s.classification[td["type"]].add(ok)
            s.classified_by_status[status].add(ok)
            if not ok:
                s.misses.append(f"{truth['case_id']} {f['file']} p{td['pages']}: {td['type']} read as {rd['type'] if rd else 'nothing'}")
            for name in SCORED.get(td["type"], []):
                if name not in td["fields"]:
                    continue
                want = norm(td["fields"][name])
                got = norm(rd["fields"][name]["value"]) if ok and name in rd["fields"] else None
                s.fields[(td["type"], name)].add(want == got)
                s.by_status[status].add(want == got)
                s.by_family[(td["type"], family, status)].add(want == got)
                s.by_field_status[(td["type"], name, status)].add(want == got)
                s.fields_by_form[f.get("form", "?")].add(want == got)
                if f.get("form") in SCANS and f.get("dpi"):
                    s.fields_by_dpi[f"{f['dpi']} dpi"].add(want == got)
                    if f["dpi"] >= 200:
                        s.fields_scan_200[(td["type"], name)].add(want == got)
                if want != got:
                    s.misses.append(f"{truth['case_id']} {td['type']}.{name} [{family}]: want {want!r} got {got!r}")
    exp = truth["expected"]
    got_items = {i["item"]: i["status"] for i in report["checklist"]}
    for item, status in exp["checklist"].items():
        s.checklist.add(got_items.get(item) == status)
    s.case_status.add(report["status"] == exp["status"])
    outcomes = {c["id"]: c["outcome"] for c in report["checks"]}
    for name, want in exp["defect_checks"].items():
        s.defects[name].add(outcomes.get(want["check"]) == want["outcome"])
    d = set(truth["defects"])
    if "missing_documents" in d:
        s.defects["missing_documents"].add(got_items.get("A5_consent_letter") == "missing" and got_items.get("E4_financial_standing") == "missing")
    if "dependants" in d:
        s.defects["dependants"].add(any(x["type"] == "dependant_document" for x in docs))
    if "irrelevant_document" in d:
        s.defects["irrelevant_document"].add(any(x["type"] == "unknown" and not x["errors"] for x in docs))
    for bad in ("corrupt_file", "empty_file"):
        if bad in d:
            s.defects[bad].add(any(e["code"] == bad for x in docs for e in x["errors"]))
    if not truth["defects"]:
        for cid, want in exp["checks"].items():
            alarm = outcomes.get(cid) in ("fail", "review") and want not in ("fail", "review")
            s.clean_checks.add(not alarm)
            if alarm:
                s.false_alarms.append(f"{truth['case_id']} {cid}: {outcomes.get(cid)}")


def _rates(title: str, heads: tuple[str, ...], tallies: dict, rate: str = ".0%") -> Table:
    t = Table(title=title)
    for c in (*heads, "right", "total", "accuracy"):
        t.add_column(c)
    for k in sorted(tallies):
        v = tallies[k]
        t.add_row(*(k if isinstance(k, tuple) else (k,)), str(v.right), str(v.total), f"{v.rate:{rate}}")
    return t


def _pct(t: Tally | None) -> str:
    return f"{t.rate:.0%} ({t.right}/{t.total})" if t and t.total else "-"


def side_by_side(title: str, heads: tuple[str, ...], tallies: dict) -> Table:
    """Rows keyed (*key, status): the cold-read and the tuned figure of each key in two columns."""
    t = Table(title=title)
    for c in (*heads, "cold read", "tuned"):
        t.add_column(c)
    for key in sorted({k[:-1] for k in tallies}):
        t.add_row(*key, _pct(tallies.get((*key, "cold"))), _pct(tallies.get((*key, "tuned"))))
    return t


def headline(s: Scores) -> str:
    cold, tuned = s.by_status.get("cold"), s.by_status.get("tuned")
    return (f"fields, cold read (families no reader was written against): {_pct(cold)} · "
            f"tuned families: {_pct(tuned)} · classification cold {_pct(s.classified_by_status.get('cold'))}, "
            f"tuned {_pct(s.classified_by_status.get('tuned'))}")


def print_scores(s: Scores, console: Console) -> None:
    console.print(_rates("Classification (per truth document)", ("type",), s.classification))
    console.print(side_by_side("Fields per type and field: cold read beside tuned", ("type", "field"), s.by_field_status))
    fam = Table(title="Fields per layout family (families.yaml)")
    for c in ("type", "family", "status", "right", "total", "accuracy"):
        fam.add_column(c)
    for (typ, family, status), v in sorted(s.by_family.items()):
        fam.add_row(typ, family, status, str(v.right), str(v.total), f"{v.rate:.0%}")
    console.print(fam)
    console.print(_rates("Fields by how the file was made", ("form",), s.fields_by_form, ".1%"))
    console.print(_rates("Fields on scans by resolution (phone photos apart)", ("resolution",), s.fields_by_dpi, ".1%"))
    short = {k: v for k, v in s.fields_scan_200.items() if v.right < v.total}
    console.print(_rates(f"Fields on scans of 200 dpi or finer under 100% ({len(s.fields_scan_200) - len(short)} of "
                         f"{len(s.fields_scan_200)} fields are 100%)", ("type", "field"), short))
    t = Table(title="Planted defects found")
    for c in ("defect", "found", "planted"):
        t.add_column(c)
    for k in sorted(s.defects):
        t.add_row(k, str(s.defects[k].right), str(s.defects[k].total))
    console.print(t)
    allf = Tally(sum(v.right for v in s.fields.values()), sum(v.total for v in s.fields.values()))
    allc = Tally(sum(v.right for v in s.classification.values()), sum(v.total for v in s.classification.values()))
    rec = Tally(sum(v.right for v in s.defects.values()), sum(v.total for v in s.defects.values()))
    med = sorted(s.seconds)[len(s.seconds) // 2] if s.seconds else float("nan")
    console.print(headline(s))
    console.print(f"all families: classification {allc.rate:.1%} ({allc.right}/{allc.total}) · fields {allf.rate:.1%} ({allf.right}/{allf.total}) · "
                  f"checklist {s.checklist.rate:.1%} · case status {s.case_status.rate:.1%} ({s.case_status.right}/{s.case_status.total}) · "
                  f"defect recall {rec.rate:.1%} ({rec.right}/{rec.total}) · false alarms on clean cases "
                  f"{len(s.false_alarms)}/{s.clean_checks.total} checks · median {med:.1f} s/case")


def run_eval(cases_dir: Path, out: Path | None = None, verbose: bool = True) -> int:
    """Seconds per case are honest only with a cold OCR cache: unless INTAKE_CACHE_DIR is set,
    the evaluation uses a fresh one."""
    import os
    import tempfile
    os.environ.setdefault("INTAKE_CACHE_DIR", tempfile.mkdtemp(prefix="intake-eval-cache-"))
    from flows.run import process_case
    console = Console()
    out = out or cases_dir.parent / (cases_dir.name + "-eval-out")
    s = Scores()
    truths = sorted(cases_dir.glob("*.truth.json"))
    if not truths:
        console.print(f"no *.truth.json in {cases_dir}: generate cases with `intake samples --out {cases_dir}`")
        return 2
    for n, tp in enumerate(truths, 1):
        truth = json.loads(tp.read_text(encoding="utf-8"))
        t0 = time.time()
        summary = process_case(cases_dir / truth["case_id"], out)
        s.seconds.append(time.time() - t0)
        if not (out / truth["case_id"] / "report.json").is_file():
            console.print(f"[{n}/{len(truths)}] {truth['case_id']}: not processed ({summary.status}); "
                          "a folder copied or changed in the last seconds waits as an upload would: run again")
            continue
        report = json.loads((out / truth["case_id"] / "report.json").read_text(encoding="utf-8"))
        score_case(truth, report, s)
        console.print(f"[{n}/{len(truths)}] {truth['case_id']}: {summary.status} (expected {truth['expected']['status']}) {s.seconds[-1]:.1f}s")
    print_scores(s, console)
    if verbose and s.misses:
        console.print("Misses:")
        for m in s.misses:
            console.print(escape("  " + m))
        for m in s.false_alarms:
            console.print(escape("  false alarm: " + m))
    from .external_eval import score_external
    score_external(console)
    return 0
