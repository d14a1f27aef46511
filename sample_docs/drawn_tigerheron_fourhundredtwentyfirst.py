"""A four-hundred-and-twenty-first drawn set, of a graduation certificate, a consent and a work letter, in wording and
layouts no earlier set drew: a graduation certificate whose photograph stands at the left and whose text, right of it,
leaves its particulars as spaced fill-ins (学生 … 性别 … ，…年…月生，于…至…在本校 … 专业…学习); a consent that a firm 'agrees that'
its employee 'resigns the present post' to work for a Hong Kong firm (同意…辞去现职，赴香港…任职); a letter titled with the
person's name (关于…同志工作情况的证明) whose posts were held in turn after he 'was assigned to the works'. Each is a case of its
own (`scripts/bench_drawn_forms.py --set fourhundredtwentyfirst`). Every name and number is made up; 19332 is no real
institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def photo_at_left() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "毕 业 证 书", 48, "serif_cjk")
    s.d.rectangle([160, 220, 400, 540], outline=(120, 120, 120), width=2)
    s.d.ellipse([220, 260, 340, 400], fill=(200, 200, 200))
    s.d.rectangle([200, 410, 360, 540], fill=(200, 200, 200))
    text_lines(s, 460, 240, ["学生　陈语桐　性别　女　，一九九七年三月生，", "于二〇一五年九月至二〇一九年六月在本校",
                             "国际经济与贸易　专业四年制本科学习，修完", "教学计划规定的全部课程，成绩合格，准予毕业。"], 28, "serif_cjk", 60)
    text_lines(s, 900, 560, ["校名：鄂东商贸学院", "校长：黎振华", "二〇一九年六月三十日"], 28, "serif_cjk", 58)
    _chop(s, 1450, 620, "鄂东商贸学院")
    s.text(160, 800, "证书编号：193321201906000845", 24, "serif_cjk")
    return scanned_png(s, "photoleft"), {"holder_name": "陈语桐", "institution": "鄂东商贸学院", "major": "国际经济与贸易", "level": ("本科",),
                                         "graduation_date": "2019-06-30", "certificate_number": "193321201906000845"}


def resigns_present_post() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "同意书", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　我公司同意员工邓子墨辞去现职，赴香港尖沙咀精工钟表有限公司任职。", "", "　　特此说明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["温州瓯海精工钟表制造有限公司", "2026年11月13日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "温州瓯海精工钟表制造有限公司")
    return scanned_png(s, "resigns"), {"organisation": "温州瓯海精工钟表制造有限公司", "applicant_name": "邓子墨", "date": "2026-11-13",
                                       "seal_present": True}


def titled_with_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "关于何建国同志工作情况的证明", 40, "serif_cjk")
    text_lines(s, 160, 240, ["　　何建国同志，男，1985年4月生。该同志于2008年7月大学毕业后分配至我厂工作，历任技术员、工程师，",
                             "现任总工程师。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 540, ["襄阳汉江机床厂", "2026年11月9日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 600, "襄阳汉江机床厂")
    return scanned_png(s, "titledname"), {"employer": "襄阳汉江机床厂", "position": "总工程师"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-photo-at-left.png", photo_at_left, "graduation_certificate", "photo-at-left"),
              ("consent-resigns-present-post.png", resigns_present_post, "consent_letter", "resigns-present-post"),
              ("work-titled-with-name.png", titled_with_name, "work_experience_letter", "titled-with-name")]
    return write_drawn(folder, papers)
