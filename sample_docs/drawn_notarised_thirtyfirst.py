"""A thirty-first drawn set, drawn after the thirtieth: Mainland certificates as notarised copies (公证书), the way
many applicants send them. One PDF a certificate: the notarial certificate's cover with its number
('（2026）沪徐证字第1234号') and the notary office, the copy of the certificate, the notary's statement that the copy
matches the original with its own date and seal, and the statement's English translation. The certificate is
the eighth set's; the notary's number and date are none of its particulars. Read once through the product before
any reader changes for it (`scripts/bench_drawn_forms.py --set thirtyfirst`). Every name and number is made up."""
from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image

from . import drawn_papers_eighth as eighth
from .drawn_forms import Sheet
from .drawn_papers_eighth import _chop
from .drawn_redheader_thirtieth import _centred, _typeset


@dataclass(frozen=True)
class Notary:
    office: str
    office_en: str
    number: str
    number_en: str
    notary: str
    sealed: date


NOTARIES = [
    Notary("上海市徐汇公证处", "Xuhui Notary Public Office, Shanghai", "（2026）沪徐证字第1234号", "(2026) Hu Xu Zheng Zi No. 1234",
           "王立新", date(2026, 3, 10)),
    Notary("成都市蜀都公证处", "Shudu Notary Public Office, Chengdu", "（2026）川蜀证字第587号", "(2026) Chuan Shu Zheng Zi No. 587",
           "刘晓梅", date(2026, 2, 26)),
]

PAPER = {"degree_certificate": ("学士学位证书", eighth.degree_bilingual_table, "bilingual-table"),
         "graduation_certificate": ("毕业证书", eighth.graduation_table, "table")}


def cover(n: Notary) -> Sheet:
    s = Sheet()
    _centred(s, 700, "公  证  书", 96)
    _centred(s, 900, n.number, 36)
    _centred(s, 1900, f"中华人民共和国{n.office}", 36)
    return s


def statement(n: Notary, g: eighth.Graduate, title: str) -> Sheet:
    s = Sheet()
    _centred(s, 160, "公  证  书", 56)
    s.text(1000, 280, n.number, 30, "serif_cjk")
    text = f"兹证明前面的复印件与{g.name_zh}持有的《{title}》原件相符，原件属实。"
    y = 420
    for line in _typeset(text, 24):
        s.text(200, y, line, 36, "serif_cjk")
        y += 70
    s.text(900, y + 200, f"中华人民共和国{n.office}", 32, "serif_cjk")
    s.text(900, y + 270, f"公证员  {n.notary}", 32, "serif_cjk")
    s.text(1000, y + 340, f"{n.sealed.year}年{n.sealed.month}月{n.sealed.day}日", 32, "serif_cjk")
    _chop(s, 1150, y + 280, n.office)
    return s


def translation(n: Notary, g: eighth.Graduate, title_en: str) -> Sheet:
    s = Sheet()
    _centred(s, 160, "NOTARIAL CERTIFICATE", 48, "serif_bold")
    s.text(900, 260, n.number_en, 28, "serif")
    s.wrapped(200, 400, f"This is to certify that the photocopy attached hereto conforms to the original {title_en} held by "
                        f"{g.pinyin.title()}, and that the original is genuine.", 62, 32, "serif", 48)
    s.text(820, 800, n.office_en, 30, "serif")
    s.text(820, 850, f"Notary: {n.notary}", 30, "serif")
    s.text(820, 900, f"{n.sealed.day} {n.sealed:%B %Y}", 30, "serif")
    return s


def notarised_pdf(n: Notary, g: eighth.Graduate, kind: str) -> bytes:
    title, draw, _ = PAPER[kind]
    title_en = "Bachelor's Degree Certificate" if kind == "degree_certificate" else "Graduation Certificate"
    pages: list[Image.Image] = [sheet.scanned(zlib.crc32(f"{kind}-{k}".encode())).convert("RGB")
                                for k, sheet in enumerate([cover(n), draw(g), statement(n, g, title), translation(n, g, title_en)])]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return buf.getvalue()


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, (n, g) in enumerate(zip(NOTARIES, eighth.GRADUATES), 1):
        for kind in PAPER:
            file = f"notarised-{kind.split('_')[0]}-{i}.pdf"
            (folder / file).write_bytes(notarised_pdf(n, g, kind))
            out.append({"file": file, "pages": [1, 2, 3, 4], "type": kind, "layout": "notarised",
                        "fields": {"type": kind} | eighth.truth(g, kind, PAPER[kind][2])})
    return out
