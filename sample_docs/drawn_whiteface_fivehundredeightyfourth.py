"""A five-hundred-and-eighty-fourth drawn set, of degrees in traditional Chinese, stop 85's third round, to be read cold before any
reader changes for it, in wording and layouts no earlier set drew: a Taiwan degree telling its holder's native place ('係 福建省 廈門市人'),
its words spaced apart, 'in the department of' (企業管理學系), '依學位授予法之規定 授予 商學士 學位', dated in the Republic's years, its
number the Taiwan way; a Hong Kong master's degree whose field stands in brackets after it ('社會科學碩士（公共政策）'), '頒授' on a line
of its own. Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredeightyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_figbird_fivehundredseventythird import set_centred
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def native_place() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "國立南嶼大學　學位證書", 44, "serif_cjk")
    s.text(1120, 200, "(109)南嶼大學字第012345號", 22, "sans_cjk")
    text_lines(s, 200, 300, ["學生　周子晴　係　福建省　廈門市人　中華民國八十六年十月三日生", "在本校　企業管理學系　修業期滿　成績及格",
                             "依學位授予法之規定　授予　商學士　學位", "", "校長", "", "中華民國一百零九年六月二十日"], 30, "serif_cjk", 70)
    return scanned_png(s, "nativeplace"), {"holder_name": "周子晴", "institution": "國立南嶼大學", "degree": ("商學士", "商學士學位"),
                                           "major": ("企業管理", "企業管理學系"), "date_awarded": "2020-06-20",
                                           "certificate_number": "(109)南嶼大學字第012345號"}


def field_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    lines = [("香港北嶺大學", 46), ("", 0), ("茲證明", 28), ("黃子謙", 40), ("修畢本大學所規定之課程，成績合格，", 28), ("經本大學教務會議通過，", 28),
             ("頒授", 28), ("社會科學碩士（公共政策）學位", 34), ("", 0), ("二〇二二年十二月一日", 26)]
    y = set_centred(s, lines, 110, 78)
    s.text(260, y + 100, "校長", 26, "serif_cjk")
    s.text(1060, y + 100, "證書編號：NL-MSSC-22-0415", 22, "sans_cjk")
    return scanned_png(s, "fieldbrackets"), {"holder_name": "黃子謙", "institution": "香港北嶺大學",
                                             "degree": ("社會科學碩士", "社會科學碩士學位", "社會科學碩士（公共政策）", "社會科學碩士（公共政策）學位"),
                                             "major": "公共政策", "date_awarded": "2022-12-01", "certificate_number": "NL-MSSC-22-0415"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-native-place.png", native_place, "degree_certificate", "native-place"),
              ("degree-field-in-brackets.png", field_in_brackets, "degree_certificate", "field-in-brackets")]
    return write_drawn(folder, papers)
