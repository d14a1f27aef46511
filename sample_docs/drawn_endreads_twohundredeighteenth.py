"""A two-hundred-and-eighteenth drawn set, a test set of three business plans and three work experience letters, drawn
after this stop's last reader change and read cold at the stop's end, not mended. A plan as a one-page memo to the
board ('Equity subscribed and paid: HK$650,000', 'We budget first-year income of HK$2.3m', 'six Hong Kong-based roles');
a traditional Chinese plan of numbered paragraphs (公司已繳資本為港幣九十萬元…首年營業額預算為港幣三百二十萬元…於香港聘用全職員工四人);
a plan in a two-column table with the year's figures under 'Year ending 31/12/2027'; a letter that says its person 'was
on the staff of … between … and …, his final title being …'; a simplified Chinese letter (于2016年8月15日起在我单位任产品
经理，至2023年4月30日止); a letter whose dates stand in a line of their own under the person's name ('Service: 2 Nov 2012 -
19 Jul 2019'). Each is a case of its own (`scripts/bench_drawn_forms.py --set twohundredeighteenth`). Every name and
number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def board_memo_plan() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 140, 100, ["MEMO", "To: The Board, Quillstone Analytics Limited", "Re: Plan for our first year", "",
                             "Equity subscribed and paid: HK$650,000.", "We budget first-year income of HK$2.3m from retainer clients.",
                             "We will open six Hong Kong-based roles by the end of the year."], 24, "sans", 46)
    return scanned_png(s, "memo"), {"capital_hkd": 650000.0, "projected_turnover_hkd": 2300000.0, "local_jobs": 6}


def traditional_numbered_paragraphs() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "嘉禾智能家居有限公司", 40, "serif_cjk")
    s.text(680, 190, "營運計劃書", 38, "serif_cjk")
    text_lines(s, 140, 300, ["一、公司已繳資本為港幣九十萬元。", "二、首年營業額預算為港幣三百二十萬元。", "三、於香港聘用全職員工四人。"],
               30, "serif_cjk", 60)
    return scanned_png(s, "numbered"), {"capital_hkd": 900000.0, "projected_turnover_hkd": 3200000.0, "local_jobs": 4}


def year_ending_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Lumenfield Optics Limited - plan", 30, "serif_bold")
    _ruled(s, 140, 200, [["", "Year ending 31/12/2027"], ["Paid-up share capital", "HK$1,100,000"], ["Sales", "HK$4,200,000"],
                         ["Staff recruited in Hong Kong", "7"]], [560, 460], 64, 24)
    return scanned_png(s, "yearending"), {"capital_hkd": 1100000.0, "projected_turnover_hkd": 4200000.0, "local_jobs": 7}


def final_title_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Changsha Xiangjiang Auto Parts Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["11 November 2026", "", "To whom it may concern", "",
                             "Mr. PENG Yuhang was on the staff of Changsha Xiangjiang Auto Parts Co., Ltd. between 1 April 2013",
                             "and 31 December 2020, his final title being Production Planning Manager.", "", "", "HR Department"],
               22, "serif", 42)
    return scanned_png(s, "finaltitle"), {"employer": "Changsha Xiangjiang Auto Parts Co., Ltd.", "position": "Production Planning Manager",
                                    "start_date": "2013-04-01", "end_date": "2020-12-31"}


def simplified_from_to() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 140, "工作证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹证明邱子涵女士于2016年8月15日起在我单位任产品经理，至2023年4月30日止。特此证明。", 34, 28, 56)
    s.text(900, y + 140, "贵阳筑城软件有限公司", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月12日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "贵阳筑城软件有限公司")
    return scanned_png(s, "fromto"), {"employer": "贵阳筑城软件有限公司", "position": "产品经理", "start_date": "2016-08-15",
                                "end_date": "2023-04-30"}


def service_line_under_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Zhengzhou Central Plains Grain Machinery Co., Ltd.", 28, "sans_bold")
    s.text(140, 160, "Certificate of Service", 26, "sans_bold")
    text_lines(s, 140, 240, ["Mr. REN Jiaxu", "Service: 2 Nov 2012 - 19 Jul 2019", "Last post: Mechanical Design Engineer", "",
                             "Issued 10 November 2026"], 24, "sans", 50)
    return scanned_png(s, "serviceline"), {"employer": "Zhengzhou Central Plains Grain Machinery Co., Ltd.",
                                     "position": "Mechanical Design Engineer", "start_date": "2012-11-02", "end_date": "2019-07-19"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-memo.png", board_memo_plan, "business_plan", "board-memo"),
              ("plan-numbered.png", traditional_numbered_paragraphs, "business_plan", "traditional-numbered-paragraphs"),
              ("plan-year-ending.png", year_ending_table, "business_plan", "year-ending-table"),
              ("experience-final-title.png", final_title_letter, "work_experience_letter", "final-title"),
              ("experience-from-to.png", simplified_from_to, "work_experience_letter", "simplified-from-to"),
              ("experience-service-line.png", service_line_under_name, "work_experience_letter", "service-line-under-name")]
    return write_drawn(folder, papers)
