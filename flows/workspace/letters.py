"""The letter to the applicant: what is missing or must be corrected, item by item, in
English and traditional Chinese, with the source of each requirement. The operator edits the
draft; the issued text is kept as a PDF with the case."""
from __future__ import annotations

import hashlib
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from ..report import atomic_write
from .decisions import Outcome, settings

# AR PL UMing (Debian's fonts-arphic-uming, which setup installs) is embedded, so the letter's
# Chinese text can be searched and copied; reportlab's built-in CID font is the fallback.
UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
CID_FONT = "MSung-Light"
LETTERS_DIR = "requests"


def draft(case_id: str, result: Outcome, as_of: str) -> str:
    """A first draft from the items marked requested, the documents rejected, and the
    required items the checklist finds missing or unreadable."""
    conf = settings()
    reasons = conf["reject_reasons"]
    lines_en, lines_zh = [], []
    wanted: dict[str, list[tuple[str, str]]] = {}
    for item, e in result.applied.requested.items():
        wanted.setdefault(item, []).append((e.reason, e.reason))
    for doc_id, e in result.applied.rejected.items():
        code = e.after_value.get("code", "other")
        text = reasons.get(code, reasons["other"])
        item = next((i.item for i in result.checklist if doc_id in i.documents), None)
        note = f" {e.reason}" if e.reason else ""
        wanted.setdefault(item or "", []).append((f"{doc_id}: {text['en']}{note}", f"{doc_id}：{text['zh']}{note}"))
    for i in result.checklist:
        if i.required and i.status in ("missing", "unreadable") and i.item not in wanted:
            wanted[i.item] = [("Not received." if i.status == "missing" else "Received, but it cannot be read.",
                               "未有收到。" if i.status == "missing" else "已收到，但無法閱讀。")]
    for n, (item, why) in enumerate(sorted(wanted.items()), 1):
        spec = conf["items"].get(item, {"en": item or "Other documents", "zh": item or "其他文件", "source": "guidebook"})
        source = conf["sources"].get(spec["source"], spec["source"])
        lines_en.append(f"{n}. {spec['en']}")
        lines_zh.append(f"{n}. {spec['zh']}")
        for en, zh in why:
            lines_en.append(f"   - {en}")
            lines_zh.append(f"   - {zh}")
        lines_en.append(f"   Source: {source}")
        lines_zh.append(f"   資料來源：{source}")
    if not lines_en:
        lines_en, lines_zh = ["(Nothing is requested from the applicant.)"], ["（無需申請人補交文件。）"]
    return "\n".join([
        f"Application {case_id} - documents requested (as of {as_of})", "",
        "Dear applicant,", "",
        "To continue with your application under the Admission Scheme for Mainland Talents and Professionals, "
        "please provide the following:", "", *lines_en, "",
        f"申請編號 {case_id}：補交文件通知（截至 {as_of}）", "", "申請人您好：", "",
        "為繼續處理您根據「輸入內地人才計劃」提出的申請，請提交以下文件：", "", *lines_zh, ""])


def _wrap(c: canvas.Canvas, text: str, font: str, size: float, width: float) -> list[str]:
    out, line = [], ""
    for ch in text:
        if c.stringWidth(line + ch, font, size) > width:
            cut = line.rfind(" ") if " " in line and ch != " " and ord(ch) < 0x2E80 else -1
            out.append(line[:cut] if cut > 0 else line)
            line = (line[cut + 1:] if cut > 0 else "") + ch
        else:
            line += ch
    out.append(line)
    return out


def han_font() -> str:
    registered = pdfmetrics.getRegisteredFontNames()
    if "UMing" in registered or (UMING.is_file() and _register_uming()):
        return "UMing"
    if CID_FONT not in registered:
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    return CID_FONT


def _register_uming() -> bool:
    pdfmetrics.registerFont(TTFont("UMing", str(UMING), subfontIndex=0))
    return True


def render_pdf(text: str) -> bytes:
    han = han_font()
    buf = io.BytesIO()
    # invariant: the same text gives the same bytes (no creation date), so the recorded
    # sha256 can be checked again later.
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    width, height = A4
    y = height - 20 * mm
    for para in text.split("\n"):
        font = han if any(ord(ch) >= 0x2E80 for ch in para) else "Helvetica"
        for line in _wrap(c, para, font, 10.5, width - 40 * mm) if para else [""]:
            if y < 20 * mm:
                c.showPage()
                y = height - 20 * mm
            c.setFont(font, 10.5)
            c.drawString(20 * mm, y, line)
            y -= 6 * mm
    c.save()
    return buf.getvalue()


def keep(out_case: Path, text: str) -> tuple[str, str]:
    """The issued letter written with the case: (path relative to the case, sha256)."""
    data = render_pdf(text)
    digest = hashlib.sha256(data).hexdigest()
    rel = f"{LETTERS_DIR}/request-{digest[:16]}.pdf"
    atomic_write(out_case / rel, data)
    return rel, digest
