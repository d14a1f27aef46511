"""A six-hundred-and-twenty-sixth drawn set, of school papers, drawn in stop 86's seventh round to be read cold before any reader changes
for it, in wording and layouts no earlier set drew: a graduation certificate as a grid of rows two pairs a line (姓名 | … | 性别 | …,
专业 | … | 学制 | …, 入学时间 | … | 毕业时间 | …) with a QR code's square; a degree issued in two languages, the Chinese above and the
English under it on one page ('Bachelor of Laws' / 法学学士). Each is a case of its own (`scripts/bench_drawn_forms.py --set
sixhundredtwentysixth`). Every name and number is made up; 19183 and 19182 are no real institutions' codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_figbird_fivehundredseventythird import set_centred
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def grid_two_pairs() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("毕业证书", 50)], 110, 60)
    _ruled(s, 140, 240, [["姓名", "柏思远", "性别", "男"], ["出生年月", "1999年3月", "层次", "本科"], ["专业", "网络工程", "学制", "四年"],
                         ["入学时间", "2017年9月1日", "毕业时间", "2021年6月30日"], ["学校名称", "楚天信息工程学院"],
                         ["证书编号", "191831202106000947"]], [260, 430, 260, 430], 72, 26)
    s.d.rectangle([1280, 760, 1480, 960], outline="black", width=3)
    for k in range(6):  # a QR code's blocks
        s.d.rectangle([1300 + 28 * k, 780 + (k % 3) * 50, 1320 + 28 * k, 800 + (k % 3) * 50], fill="black")
    _chop(s, 560, 860, "楚天信息工程学院")
    return scanned_png(s, "gridtwo"), {"holder_name": "柏思远", "institution": "楚天信息工程学院", "major": "网络工程", "level": "本科",
                                       "graduation_date": "2021-06-30", "certificate_number": "191831202106000947"}


def stacked_two_languages() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("学士学位证书", 44)], 100, 60)
    y = text_lines(s, 200, 220, ["　　谭雨桐，女，1999年4月12日生。在澄江政法大学法学专业完成了本科学习计划，",
                                 "业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予法学学士学位。"], 26, "serif_cjk", 56)
    text_lines(s, 1000, y + 30, ["澄江政法大学", "2021年6月26日"], 26, "serif_cjk", 50)
    s.d.line([160, y + 170, 1494, y + 170], fill="black", width=1)
    y = set_centred(s, [("BACHELOR'S DEGREE CERTIFICATE", 32)], y + 210, 50)
    text_lines(s, 200, y + 20, ["TAN Yutong, female, born on 12 April 1999, has completed the undergraduate programme in Law at",
                                "Chengjiang University of Political Science and Law and is awarded the degree of Bachelor of Laws.",
                                "", "26 June 2021", "Certificate No. 1918242021002290"], 24, "serif", 46)
    _chop(s, 1390, 455, "澄江政法大学")
    return scanned_png(s, "stacked"), {"holder_name": ("谭雨桐", "TAN Yutong", "TAN YUTONG"),
                                       "institution": ("澄江政法大学", "Chengjiang University of Political Science and Law"),
                                       "degree": ("法学学士", "法学学士学位", "Bachelor of Laws"), "major": ("法学", "Law"), "date_awarded": "2021-06-26",
                                       "certificate_number": "1918242021002290"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-grid-two-pairs.png", grid_two_pairs, "graduation_certificate", "grid-two-pairs"),
              ("degree-stacked-languages.png", stacked_two_languages, "degree_certificate", "stacked-languages")]
    return write_drawn(folder, papers)
