"""A four-hundred-and-sixty-fifth drawn set, of work letters, drawn after stop 82's second reader change, to be read cold,
in wording and layouts no earlier set drew: a Chinese letter of a post in a centre's line of work (在…研发中心软件开发岗位工作，
任…，工作时间为…至…); an English letter with dates in the American order ('April 11, 2016 through March 31, 2022') and
'Title of record'; a letterhead whose address stands to the right of the firm's name, of a person still employed who
'presently holds the position of'. Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredsixtyfifth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def working_time_was() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "工作证明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　兹证明管思哲同志在我公司研发中心软件开发岗位工作，任高级软件工程师，工作时间为2016年4月11日至"
                                "2022年3月31日。", 36, 30, 62)
    text_lines(s, 860, y + 100, ["南京秦淮数字科技有限公司", "2026年11月16日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "南京秦淮数字科技有限公司")
    return scanned_png(s, "worktime"), {"employer": "南京秦淮数字科技有限公司", "position": "高级软件工程师", "start_date": "2016-04-11",
                                        "end_date": "2022-03-31"}


def american_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Qingdao Yellow Sea Marine Data Co., Ltd.", 28, "sans_bold")
    text_lines(s, 160, 190, ["November 13, 2026", "", "RE: Employment Verification — Mr. LU Chengyu", "",
                             "Our records show that Mr. LU Chengyu was employed by Qingdao Yellow Sea Marine Data Co., Ltd. from",
                             "April 11, 2016 through March 31, 2022. Title of record: Data Engineer.", "",
                             "Sincerely,", "", "People Operations"], 24, "sans", 44)
    return scanned_png(s, "usdates"), {"employer": "Qingdao Yellow Sea Marine Data Co., Ltd.", "position": "Data Engineer",
                                       "start_date": "2016-04-11", "end_date": "2022-03-31"}


def address_beside_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Shanghai Bund Asset Management Co., Ltd.", 28, "serif_bold")
    text_lines(s, 1080, 80, ["Floor 21, 99 Middle Yanan Road", "Huangpu District, Shanghai", "Tel: +86 21 5555 0187"], 18, "serif", 28)
    text_lines(s, 160, 230, ["26 November 2026", "", "To whom it may concern", "",
                             "Mr. CAO Yifan has been employed by our company since 5 September 2019 and presently holds the",
                             "position of Portfolio Analyst in our Fixed Income team.", "",
                             "Yours faithfully,", "", "Head of Human Capital"], 24, "serif", 44)
    return scanned_png(s, "addressbeside"), {"employer": "Shanghai Bund Asset Management Co., Ltd.", "position": "Portfolio Analyst",
                                             "start_date": "2019-09-05", "end_date": "2026-11-26"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-working-time-was.png", working_time_was, "work_experience_letter", "working-time-was"),
              ("work-american-dates.png", american_dates, "work_experience_letter", "american-dates"),
              ("work-address-beside-name.png", address_beside_name, "work_experience_letter", "address-beside-name")]
    return write_drawn(folder, papers)
