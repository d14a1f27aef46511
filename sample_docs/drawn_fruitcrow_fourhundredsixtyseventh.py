"""A four-hundred-and-sixty-seventh drawn set, of a degree and two work letters, drawn after stop 82's second reader
change, to be read cold, in wording and layouts no earlier set drew: a degree whose holder is labelled (学位获得者：) above a
sentence that names the degree only (经本校学位评定委员会审议通过，授予管理学硕士学位), its major under a label below; a hospital's
English letter of a doctor 'in the Department of … of our hospital as an Attending Physician from July 2012 to August
2020', no company's suffix; a Chinese 在职证明 with a monthly income beside the post (现任…，月收入…) from a month on. Each is a
case of its own (`scripts/bench_drawn_forms.py --set fourhundredsixtyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def holder_labelled_above() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "硕士学位证书", 44, "serif_cjk")
    text_lines(s, 160, 240, ["学位获得者：付家明", "出生日期：1993年5月8日"], 28, "serif_cjk", 60)
    y = _paragraph(s, 160, 400, "　　根据《中华人民共和国学位条例》的规定，经本校学位评定委员会审议通过，授予管理学硕士学位。", 32, 30, 62)
    text_lines(s, 160, y + 30, ["专业：会计学"], 28, "serif_cjk", 60)
    text_lines(s, 860, y + 140, ["东吴财经大学", "二〇一九年六月二十日"], 28, "serif_cjk", 56)
    _chop(s, 1030, y + 190, "东吴财经大学")
    s.text(160, y + 330, "证书编号：1930532019000417", 24, "serif_cjk")
    return scanned_png(s, "holderabove"), {"holder_name": "付家明", "institution": "东吴财经大学", "degree": ("管理学硕士", "管理学硕士学位"),
                                           "major": "会计学", "date_awarded": "2019-06-20", "certificate_number": "1930532019000417"}


def hospital_physician() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Jinling Riverside Hospital", 30, "serif_bold")
    text_lines(s, 160, 190, ["10 November 2026", "", "Certificate of Employment", "",
                             "This is to certify that Dr. WU Jing worked in the Department of Cardiology of our hospital as an",
                             "Attending Physician from July 2012 to August 2020.", "",
                             "Medical Affairs Office"], 24, "serif", 44)
    return scanned_png(s, "hospital"), {"employer": "Jinling Riverside Hospital", "position": "Attending Physician",
                                        "start_date": "2012-07-01", "end_date": "2020-08-31"}


def income_beside_post() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "在职证明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　兹证明蒋慧敏（身份证号：略）自2018年3月起在我公司工作，现任销售总监，月收入人民币贰万伍仟元整。"
                                "特此证明。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["无锡锡山环保设备有限公司", "2026年11月24日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "无锡锡山环保设备有限公司")
    return scanned_png(s, "income"), {"employer": "无锡锡山环保设备有限公司", "position": "销售总监", "start_date": "2018-03-01",
                                      "end_date": "2026-11-24"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-holder-labelled-above.png", holder_labelled_above, "degree_certificate", "holder-labelled-above"),
              ("work-hospital-physician.png", hospital_physician, "work_experience_letter", "hospital-physician"),
              ("work-income-beside-post.png", income_beside_post, "work_experience_letter", "income-beside-post")]
    return write_drawn(folder, papers)
