"""A three-hundred-and-sixth drawn set, of graduation certificates, in wording and layouts no earlier set drew: a
traditional Chinese certificate whose dates are in Chinese numerals (一九九八年三月十二日生，於二〇一六年九月至二〇二〇年六月);
an English translation whose particulars are labelled 'Name of graduate', 'Specialty', 'Educational level', 'Date of
issue'; a certificate with a photograph's box at its left and its number at its top right ('No. …'); a master's
graduation certificate (研究生…修完硕士研究生培养计划…毕业论文答辩通过). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredsixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def chinese_numerals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "畢業證書", 48, "serif_cjk")
    text_lines(s, 180, 250, ["　　學生葉嘉穎，性別女，一九九八年三月十二日生，於二〇一六年九月至二〇二〇年六月在本校會計學專業",
                             "四年制本科學習，修完教學計劃規定的全部課程，成績合格，准予畢業。"], 28, "serif_cjk", 62)
    text_lines(s, 900, 480, ["閩東商學院", "二〇二〇年六月二十八日"], 28, "serif_cjk", 58)
    _chop(s, 1440, 470, "閩東商學院")
    s.text(180, 700, "證書編號：194541202006001736", 26, "serif_cjk")
    return scanned_png(s, "numerals"), {"holder_name": "葉嘉穎", "institution": "閩東商學院", "major": "會計學",
                                        "level": ("本科", "四年制本科"), "graduation_date": "2020-06-28",
                                        "certificate_number": "194541202006001736"}


def translation_other_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "CERTIFICATE OF GRADUATION", 32, "serif_bold")
    s.text(620, 150, "English translation", 22, "serif")
    text_lines(s, 160, 240, ["Name of graduate:  LU Haoyu", "Sex:  Male", "Date of birth:  7 October 1997",
                             "Specialty:  Logistics Management", "Educational level:  Bachelor, four-year full-time",
                             "Period of study:  September 2015 - June 2019", "Date of issue:  25 June 2019",
                             "Serial No.:  194531201906000862", "", "Issued by Beibu Gulf Maritime University"], 24, "serif", 48)
    return scanned_png(s, "otherlabels"), {"holder_name": "LU HAOYU", "institution": "Beibu Gulf Maritime University",
                                           "major": "Logistics Management", "level": ("undergraduate", "本科", "bachelor"),
                                           "graduation_date": "2019-06-25", "certificate_number": "194531201906000862"}


def photo_box_number_top() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1160, 70, "No. 194521202106000349", 24, "sans")
    s.text(620, 140, "毕业证书", 48, "serif_cjk")
    s.d.rectangle([170, 260, 410, 560], outline="black", width=2)
    s.text(250, 400, "照片", 26, "serif_cjk", ink=(120, 120, 120))
    text_lines(s, 470, 270, ["学生 苗一凡，男，1999年4月3日生，", "于2017年9月至2021年6月在本校", "电子信息工程专业四年制本科学习，",
                             "修完教学计划规定的全部课程，", "成绩合格，准予毕业。"], 28, "serif_cjk", 56)
    text_lines(s, 900, 640, ["江汉电子科技学院", "2021年6月30日"], 28, "serif_cjk", 56)
    _chop(s, 1440, 630, "江汉电子科技学院")
    return scanned_png(s, "photobox"), {"holder_name": "苗一凡", "institution": "江汉电子科技学院", "major": "电子信息工程",
                                        "level": ("本科", "四年制本科"), "graduation_date": "2021-06-30",
                                        "certificate_number": "194521202106000349"}


def masters_graduation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "研究生毕业证书", 46, "serif_cjk")
    text_lines(s, 180, 250, ["　　研究生温子墨，女，1994年12月9日生，于2018年9月至2021年6月在我校材料科学与工程专业学习，",
                             "学制三年，修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。"], 28, "serif_cjk", 62)
    text_lines(s, 900, 540, ["皖南工业大学", "校长：", "二〇二一年六月二十日"], 28, "serif_cjk", 58)
    _chop(s, 1440, 560, "皖南工业大学")
    s.text(180, 720, "证书编号：194511202106000127", 26, "serif_cjk")
    return scanned_png(s, "masters"), {"holder_name": "温子墨", "institution": "皖南工业大学", "major": "材料科学与工程",
                                       "level": ("硕士研究生", "研究生", "硕士"), "graduation_date": "2021-06-20",
                                       "certificate_number": "194511202106000127"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-chinese-numerals.png", chinese_numerals, "graduation_certificate", "chinese-numerals"),
              ("graduation-translation-other-labels.png", translation_other_labels, "graduation_certificate", "translation-other-labels"),
              ("graduation-photo-box-number-top.png", photo_box_number_top, "graduation_certificate", "photo-box-number-top"),
              ("graduation-masters.png", masters_graduation, "graduation_certificate", "masters")]
    return write_drawn(folder, papers)
