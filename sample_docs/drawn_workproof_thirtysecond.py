"""A thirty-second drawn set, drawn after the thirty-first: proof of work experience in the wordings Mainland
employers use for it: a certificate of present employment (在职证明, 'has worked here since …, now …', no end),
a certificate of leaving (离职证明, from … to …, left for personal reasons), and an English employment
verification letter with a table whose period runs 'to present'. Read once through the product before any
reader changes for it (`scripts/bench_drawn_forms.py --set thirtysecond`). Every name and number is made up."""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .drawn_forms import Sheet, png_bytes
from .drawn_papers_eighth import _chop
from .drawn_redheader_thirtieth import _centred, _typeset


@dataclass(frozen=True)
class Staff:
    name: str
    id_no: str
    pinyin: str
    employer: str
    employer_en: str
    post: str
    post_en: str
    joined: date
    left: date | None
    signed: date


STAFF = [
    Staff("韩书瑶", "440305199207150048", "HAN Shuyao", "深圳云帆数据科技有限公司", "Shenzhen Yunfan Data Technology Co., Ltd.",
          "数据架构师", "Data Architect", date(2017, 3, 6), None, date(2026, 2, 27)),
    Staff("邓子墨", "510104198911230037", "DENG Zimo", "成都锦程智能装备有限公司", "Chengdu Jincheng Intelligent Equipment Co., Ltd.",
          "电气工程师", "Electrical Engineer", date(2014, 7, 14), date(2025, 12, 31), date(2026, 1, 8)),
]


def _letter(title: str, body: str, who: str, signed: date) -> Sheet:
    s = Sheet()
    _centred(s, 180, title, 56)
    y = 400
    for line in _typeset(body, 24):
        s.text(200, y, line, 36, "serif_cjk")
        y += 70
    s.text(200, y + 40, "特此证明。", 36, "serif_cjk")
    s.text(900, y + 260, who, 34, "serif_cjk")
    s.text(960, y + 330, f"{signed.year}年{signed.month}月{signed.day}日", 34, "serif_cjk")
    _chop(s, 1120, y + 300, who)
    return s


def present_employment(p: Staff) -> Sheet:
    return _letter("在 职 证 明", f"兹证明{p.name}（身份证号：{p.id_no}）自{p.joined.year}年{p.joined.month}月{p.joined.day}日起在我公司"
                                  f"工作，现任{p.post}一职，工作表现良好。", p.employer, p.signed)


def leaving(p: Staff) -> Sheet:
    left = p.left or p.signed  # drawn only for who has left
    return _letter("离 职 证 明", f"兹证明{p.name}（身份证号：{p.id_no}）于{p.joined.year}年{p.joined.month}月{p.joined.day}日至"
                                  f"{left.year}年{left.month}月{left.day}日在我公司担任{p.post}，因个人原因离职，"
                                  "已办妥离职手续，与我公司无任何劳动纠纷。", p.employer, p.signed)


def verification_en(p: Staff) -> Sheet:
    s = Sheet()
    s.text(160, 140, p.employer_en, 32, "sans_bold")
    s.text(160, 260, "EMPLOYMENT VERIFICATION LETTER", 34, "sans_bold")
    s.text(160, 330, "To whom it may concern,", 28, "serif")
    s.wrapped(160, 390, "We confirm the employment of the person below with our company.", 70, 28, "serif", 42)
    period = f"{p.joined:%d/%m/%Y} - " + (f"{p.left:%d/%m/%Y}" if p.left else "present")
    y = 500
    for label, value in (("Employee", p.pinyin), ("Position", p.post_en), ("Period of employment", period)):
        s.d.rectangle([160, y, 700, y + 80], outline="black", width=2)
        s.d.rectangle([700, y, 1500, y + 80], outline="black", width=2)
        s.text(180, y + 22, label, 28)
        s.text(720, y + 22, value, 28)
        y += 80
    s.text(160, y + 120, "Human Resources Department", 28, "serif")
    s.text(160, y + 170, f"{p.signed.day} {p.signed:%B %Y}", 28, "serif")
    return s


def truth(p: Staff, layout: str) -> dict:
    english = layout == "verification-en"
    out = {"type": "work_experience_letter", "employer": p.employer_en if english else p.employer,
           "position": p.post_en if english else p.post, "start_date": p.joined.isoformat()}
    if p.left:
        out["end_date"] = p.left.isoformat()
    return out


LAYOUTS = {"present": present_employment, "leaving": leaving, "verification-en": verification_en}


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, p in enumerate(STAFF, 1):
        for layout, draw in LAYOUTS.items():
            if layout in ("present", "leaving") and (layout == "present") == (p.left is not None):
                continue  # who has left has no certificate of present employment, who stays none of leaving
            file = f"work-{layout}-{i}.png"
            (folder / file).write_bytes(png_bytes(draw(p).scanned(zlib.crc32(file.encode()))))
            out.append({"file": file, "type": "work_experience_letter", "layout": layout, "fields": truth(p, layout)})
    return out
