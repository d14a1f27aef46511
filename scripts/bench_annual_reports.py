"""Financial-statement figures on real annual-report pages (../shared/external/pdfs/
orbit_bench_annual_report_pages): revenue, profit and total equity where a page states the
company's own annual figure, and no figure where it does not (a quarterly table, an
associate's or a subsidiary's summary, a note). Expected values were read off the pages by
hand. Usage: python scripts/bench_annual_reports.py"""
import sys
import time
from pathlib import Path

from extractors import financial_statement
from extractors.base import DocView
from flows.case import analyse_file
from pipeline.ingest import describe_file
from pipeline.pages import load_pages
from pipeline.read import read_page

DIR = Path(__file__).resolve().parent.parent.parent / "shared/external/pdfs/orbit_bench_annual_report_pages/pdfs"
FIGURES = ("revenue", "profit", "total_equity")
# Pages that state one of the company's own annual figures; every other page states none.
EXPECTED = {
    "f_0k7zJjVH7M5zjAH8tgbpU6_pg6": {"revenue": 129985600.0, "profit": 56454000.0},  # prose: 营业收入12,998.56万元 … 净利润5,645.40万元
    "f_6oIKHMEsHBnHEM4NbEsdqv_pg106": {"revenue": 4628501124.39, "total_equity": 447827332.18},  # 合并资产负债表 end + 合并利润表 start
    "f_8XyGLBEn6MRM9sZ7wZkyaS_pg88": {"total_equity": 1220167942.79},  # 所有者权益合计, not 归属于母公司…
}
NOTES = {
    "f_7cHaohEYVTeyEr2NoLJRBj_pg6": "quarterly table: no annual figure",
    "f_dRzpjWYEk7PgTyUbiCSDri_pg197": "an associate's summarised figures, not the company's",
    "f_44sJneEv_pg142": "a subsidiary's figures (non-controlling interests note), RMB'000",
    "f_esH6qKx23IYjvySTdcueLe_pg24": "subsidiaries' figures in prose (出资比例 …), 万元",
}


def main() -> int:
    if not DIR.is_dir():
        print(f"{DIR} not present")
        return 1
    right = stated = wrong = 0
    typed = 0
    started = time.time()
    for pdf in sorted(DIR.glob("*.pdf")):
        item = describe_file(pdf.parent, pdf)
        analysis = analyse_file(item, 0)
        kinds = sorted({d.type for d in analysis.documents})
        pages = [read_page(rp, pdf.name) for rp in load_pages(item)]
        got = financial_statement.extract(DocView(pdf.name, [r.page for r in pages], [r.image for r in pages]))
        want = EXPECTED.get(pdf.stem, {})
        marks = []
        for k in FIGURES:
            g = got[k].value if k in got else None
            w = want.get(k)
            if w is not None:
                stated += 1
                right += g is not None and abs(g - w) < 0.01
                marks.append(f"{k}={g} ({'ok' if g is not None and abs(g - w) < 0.01 else f'want {w}'})")
            elif g is not None:
                wrong += 1
                marks.append(f"{k}={g} (WRONG: page states no company figure)")
        typed += "financial_statement" in kinds
        print(f"{pdf.stem:40s} {','.join(kinds):28s} {'; '.join(marks) or '-'}"
              + (f"   [{NOTES[pdf.stem]}]" if pdf.stem in NOTES else ""))
    n = len(list(DIR.glob("*.pdf")))
    print(f"\nfigures right {right}/{stated}; figures read where the page states none: {wrong}; "
          f"pages classified financial_statement: {typed}/{n}; {time.time() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
