"""Print the lines the pipeline reads from every document of one type in generated cases:
a debugging aid for extractor work. Usage: python scripts/dump_text.py CASES_DIR TYPE"""
import json
import sys
from pathlib import Path

from extractors.base import DocView
from pipeline.classify import load_rules, segment
from pipeline.ingest import describe_file
from pipeline.pages import load_pages
from pipeline.read import read_page
from pipeline.script import in_script

cases, doc_type = Path(sys.argv[1]), sys.argv[2]
for tp in sorted(cases.glob("*.truth.json")):
    truth = json.loads(tp.read_text())
    for f in truth["files"]:
        if not any(d["type"] == doc_type for d in f["documents"]):
            continue
        p = cases / truth["case_id"] / f["file"]
        read = [read_page(r, f["file"]) for r in load_pages(describe_file(p.parent, p))]
        for seg in segment(read):
            script = load_rules()["types"].get(seg.type, {}).get("script")
            view = DocView(f["file"], [in_script(read[i].page, script) for i in seg.pages], [read[i].image for i in seg.pages])
            print(f"=== {truth['case_id']} {f['file']} ({f['form']}) as {seg.type}")
            for line in view.lines():
                print("   ", line.text)
