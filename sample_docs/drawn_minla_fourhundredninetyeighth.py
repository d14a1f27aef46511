"""A four-hundred-and-ninety-eighth drawn set, of work letters, drawn after stop 82's last reader change, to be read cold
and left unmended, in wording and layouts no earlier set drew: a Hong Kong firm's traditional letter of an employee 'from
… on engaged as … until …' (由…起受聘為本公司…，至…止); two stays with the firm, 'and again from … to …', the post at the
last departure; a letter signed by a centre, the firm named only in the footer. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredninetyeighth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def engaged_until_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "僱傭證明書", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　本公司僱員張家俊先生（香港身份證號碼：略）由2015年6月1日起受聘為本公司客戶服務主任，至2020年5月31日止。", 34, 30, 62)
    text_lines(s, 860, y + 100, ["觀塘德信物流有限公司", "2026年11月24日"], 28, "serif_cjk", 56)
    _chop(s, 1060, y + 150, "觀塘德信物流有限公司")
    return scanned_png(s, "engaged"), {"employer": "觀塘德信物流有限公司", "position": "客戶服務主任", "start_date": "2015-06-01",
                                       "end_date": "2020-05-31"}


def two_stays() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Tangshan Bohai Steel Structures Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["6 November 2026", "", "To whom it may concern", "",
                             "Mr. MENG Fanyu served with us from 1 July 2010 to 30 June 2015 and again from 1 March 2017 to",
                             "31 December 2021; at his last departure he was Chief Engineer.", "", "Yours faithfully,", "", "General Manager"],
               24, "serif", 44)
    return scanned_png(s, "twostays"), {"employer": "Tangshan Bohai Steel Structures Co., Ltd.", "position": "Chief Engineer",
                                        "start_date": "2010-07-01", "end_date": "2021-12-31"}


def footer_named_firm() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Research & Development Centre", 28, "sans_bold")
    text_lines(s, 160, 190, ["19 November 2026", "", "To whom it may concern", "",
                             "Ms. YAO Shiyu worked in our R&D Centre as Formulation Chemist from 12 May 2014 to 28 February 2019.", "",
                             "Centre Director"], 24, "sans", 44)
    s.d.line([160, 2150, 1500, 2150], fill=(0, 0, 0), width=1)
    s.text(160, 2170, "Zhuhai Pearl Cosmetics Co., Ltd.  ·  88 Binhai Road, Xiangzhou District, Zhuhai", 18, "sans")
    return scanned_png(s, "footer"), {"employer": "Zhuhai Pearl Cosmetics Co., Ltd.", "position": "Formulation Chemist",
                                      "start_date": "2014-05-12", "end_date": "2019-02-28"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-engaged-until-traditional.png", engaged_until_traditional, "work_experience_letter", "engaged-until-traditional"),
              ("work-two-stays.png", two_stays, "work_experience_letter", "two-stays"),
              ("work-footer-named-firm.png", footer_named_firm, "work_experience_letter", "footer-named-firm")]
    return write_drawn(folder, papers)
