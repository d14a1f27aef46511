"""The HTML report as an operator sees it, in a real browser (Debian's headless Chromium):
every page image shows, every highlight sits on its page, and a highlight covers the text of
its field, read back with tesseract from the region the browser drew."""
import json
import re
import time

from PIL import Image
from rapidfuzz import fuzz

from pipeline import ocr
from tests.conftest import CLEAN


def _open_report(browser, clean_case):
    _, out, _ = clean_case
    browser.get((out / CLEAN / "report.html").as_uri())
    # Page images load lazily, when an operator scrolls to them: bring each into view and
    # give it time to arrive.
    for k in range(browser.execute_script("return document.images.length")):
        browser.execute_script("document.images[arguments[0]].scrollIntoView()", k)
        deadline = time.time() + 10
        while time.time() < deadline and not browser.execute_script(
                "return document.images[arguments[0]].complete", k):
            time.sleep(0.05)
    return out / CLEAN


def test_every_page_image_shows_and_every_highlight_sits_on_its_page(browser, clean_case):
    _open_report(browser, clean_case)
    images = browser.execute_script(
        "return [...document.images].map(i => [i.alt, i.complete, i.naturalWidth])")
    assert images, "the report shows no page images"
    broken = [alt for alt, complete, width in images if not complete or width == 0]
    assert not broken, f"page images that do not show: {broken}"
    boxes = browser.execute_script("""
        return [...document.querySelectorAll('.page .box')].map(b => {
            const img = b.parentElement.querySelector('img').getBoundingClientRect();
            const r = b.getBoundingClientRect();
            return [b.textContent, r.left - img.left, r.top - img.top, img.right - r.right,
                    img.bottom - r.bottom, r.width, r.height];
        })""")
    assert len(boxes) >= 10
    outside = [b for b in boxes if min(b[1:5]) < -2 or b[5] < 2 or b[6] < 2]
    assert not outside, f"highlights off their page or empty: {outside}"
    assert browser.execute_script("return document.querySelector('h1 .status').textContent") == "complete"


def test_a_highlight_covers_the_text_of_its_field(browser, clean_case):
    case_out = _open_report(browser, clean_case)
    report = json.loads((case_out / "report.json").read_text())
    wanted = []
    for d in report["documents"]:
        for name, f in sorted(d["fields"].items()):
            value = str(f["value"])
            # Dates and amounts are normalised (2026-09-13 for 2026年9月13日); names, numbers
            # and titles are as printed.
            if f.get("bbox") and f["source"] in ("ocr", "text_layer") and 6 <= len(value) <= 40 \
                    and not value.startswith("[") and not re.fullmatch(r"[\d.,-]+", value):
                wanted.append((d["id"], name, value))
    assert len(wanted) >= 5
    read_back = []
    for doc_id, name, value in wanted[:12]:
        found = browser.execute_script("""
            const [id, name] = arguments;
            for (const b of document.querySelectorAll('#' + CSS.escape(id) + ' .page .box')) {
                if (b.querySelector('span').textContent !== name) continue;
                const img = b.parentElement.querySelector('img'), ir = img.getBoundingClientRect();
                const r = b.getBoundingClientRect();
                return [img.getAttribute('src'), (r.left - ir.left) / ir.width, (r.top - ir.top) / ir.height,
                        (r.right - ir.left) / ir.width, (r.bottom - ir.top) / ir.height];
            }
            return null;""", doc_id, name)
        assert found, f"{doc_id}.{name} has a box in report.json but none on the page"
        src, x0, y0, x1, y1 = found
        page = Image.open(case_out / src).convert("RGB")
        crop = page.crop((int(x0 * page.width) - 4, int(y0 * page.height) - 4,
                          int(x1 * page.width) + 4, int(y1 * page.height) + 4))
        crop = crop.resize((crop.width * 2, crop.height * 2), Image.LANCZOS)
        text = ocr.ocr_text(crop, lang="chi_sim+chi_tra+eng", psm=6)
        read_back.append((doc_id, name, value, fuzz.partial_ratio(value.replace(" ", ""), text.replace(" ", ""))))
    good = [r for r in read_back if r[3] >= 60]
    assert len(good) >= 0.75 * len(read_back), read_back
