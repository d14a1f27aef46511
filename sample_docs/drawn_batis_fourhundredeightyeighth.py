"""A four-hundred-and-eighty-eighth drawn set, of two consents and a work letter, drawn after stop 82's last reader
change, to be read cold, in wording and layouts no earlier set drew: an English consent that 'agrees to release' the
person 'to work for' a Hong Kong firm; a Chinese consent of the person's going (同意其赴港工作) dated in Han numerals; a letter of
a person on the staff now (系我公司在职员工，2019年5月入职至今，担任…职务). Each is a case of its own (`scripts/bench_drawn_forms.py
--set fourhundredeightyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def release_to_work() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Shaanxi Qinling Power Grid Engineering Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["Date: 24 November 2026", "", "CONSENT LETTER", "",
                             "This is to confirm that our company agrees to release Mr. LIU Chang to work for Tsing Yi Power",
                             "Systems Limited in Hong Kong.", "", "For and on behalf of the company", "", "Human Resources Director"], 24, "serif", 44)
    _chop(s, 1150, 640, "陕西秦岭电网工程有限公司")
    return scanned_png(s, "release"), {"organisation": "Shaanxi Qinling Power Grid Engineering Co., Ltd.", "applicant_name": "LIU Chang",
                                       "date": "2026-11-24", "seal_present": True}


def han_dated_consent() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "同意函", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　兹有我公司员工沈思琪（身份证号：略），经公司研究，同意其赴港工作。特此函告。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["常州龙城精密模具有限公司", "二〇二六年十一月二十日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "常州龙城精密模具有限公司")
    return scanned_png(s, "handated"), {"organisation": "常州龙城精密模具有限公司", "applicant_name": "沈思琪", "date": "2026-11-20",
                                        "seal_present": True}


def on_staff_now() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "在职证明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　兹证明苏浩宇同志系我公司在职员工，2019年5月入职至今，担任人力资源经理职务。特此证明。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["烟台芝罘海洋牧场有限公司", "2026年11月26日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "烟台芝罘海洋牧场有限公司")
    return scanned_png(s, "onstaff"), {"employer": "烟台芝罘海洋牧场有限公司", "position": "人力资源经理", "start_date": "2019-05-01",
                                       "end_date": "2026-11-26"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-release-to-work.png", release_to_work, "consent_letter", "release-to-work"),
              ("consent-han-dated.png", han_dated_consent, "consent_letter", "han-dated"),
              ("work-on-staff-now.png", on_staff_now, "work_experience_letter", "on-staff-now")]
    return write_drawn(folder, papers)
