"""A five-hundred-and-thirteenth drawn set, of degrees, drawn after stop 83's last reader change, to be read cold and left unmended,
in wording and layouts no earlier set drew: an English degree naming its holder in Han characters with the pinyin in brackets; a
Mainland degree as labelled lines under new labels (学位获得者, 学位名称, 学科专业, 授予时间); a testamur ('Be it known that' / name /
'has been admitted to the degree of' / a professional degree / 'at a ceremony held on'), the university named last. Each is a case
of its own (`scripts/bench_drawn_forms.py --set fivehundredthirteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def han_name_pinyin_bracketed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "Lijiang University of Tourism", 36, "serif_bold")
    text_lines(s, 160, 240, ["This is to certify that 杜思琪 (DU Siqi), born on 21 August 1998, has completed the undergraduate programme",
                             "and is awarded the degree of Bachelor of Management in Tourism Management.", "", "Date of conferment: 25 June 2020", "",
                             "Certificate No.: 1927042020000681"], 23, "serif", 46)
    return scanned_png(s, "hanpinyin"), {"holder_name": ("杜思琪", "DU Siqi"), "institution": "Lijiang University of Tourism",
                                         "degree": ("Bachelor of Management",), "major": "Tourism Management", "date_awarded": "2020-06-25",
                                         "certificate_number": "1927042020000681"}


def labelled_lines_new_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "硕士学位证书", 44, "serif_cjk")
    text_lines(s, 220, 240, ["学位获得者：蒋一鸣", "学位类型：学术学位", "学位名称：经济学硕士", "学科专业：国际贸易学", "学位授予单位：江淮财经大学",
                             "授予时间：2022年6月26日", "证书编号：1926932022000519"], 28, "serif_cjk", 60)
    _chop(s, 1100, 560, "江淮财经大学")
    return scanned_png(s, "newlabelszh"), {"holder_name": "蒋一鸣", "institution": "江淮财经大学", "degree": ("经济学硕士", "经济学硕士学位"),
                                           "major": "国际贸易学", "date_awarded": "2022-06-26", "certificate_number": "1926932022000519"}


def testamur() -> tuple[bytes, dict]:
    s = Sheet()
    for y, text, size in [(110, "TESTAMUR", 38), (220, "Be it known that", 22), (300, "WANG Lei", 34),
                          (380, "having fulfilled the requirements has been admitted to the degree of", 22),
                          (460, "Master of Information Technology", 32), (540, "at a ceremony held on 14 December 2022", 22),
                          (640, "Southern Cross Harbour University", 30)]:
        s.text(827 - len(text) * size * 25 // 100, y, text, size, "serif_bold" if size >= 30 else "serif")
    text_lines(s, 200, 780, ["Chancellor                                                   Vice-Chancellor", "", "Testamur No. SCH-22-MIT-0734"],
               22, "serif", 40)
    return scanned_png(s, "testamur"), {"holder_name": "WANG Lei", "institution": "Southern Cross Harbour University",
                                        "degree": ("Master of Information Technology",), "major": "Information Technology",
                                        "date_awarded": "2022-12-14", "certificate_number": "SCH-22-MIT-0734"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-han-name-pinyin-bracketed.png", han_name_pinyin_bracketed, "degree_certificate", "han-name-pinyin-bracketed"),
              ("degree-labelled-lines-new-labels.png", labelled_lines_new_labels, "degree_certificate", "labelled-lines-new-labels"),
              ("degree-testamur.png", testamur, "degree_certificate", "testamur")]
    return write_drawn(folder, papers)
