"""A three-hundred-and-twenty-first drawn set, of work experience letters and a graduation certificate, drawn in stop
75 after its mends and read cold, in wording and layouts no earlier set drew: an English confirmation under a 'RE:' line
('… worked for … as a … between … and …'); a Chinese letter whose career stands in a ruled table of 起止时间, 部门 and
职务, dates told to the month ('2012.07-2016.12'); an American-dated letter ('March 3, 2014 through January 15, 2020')
with its post in a 'Title:' row; a Chinese certificate of a three-year 专科 that names the student before 同学 after
兹证明. Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredtwentyfirst`). Every name and number
is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def re_line_between() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Lakeshore Pharmaceutical (Chengdu) Co., Ltd.", 30, "serif_bold")
    s.text(160, 135, "No. 6 Wuke East Road, Wuhou District, Chengdu", 20, "serif")
    text_lines(s, 160, 230, ["20 October 2026", "", "RE: Confirmation of Employment - Ms. HE Ruoxi", "",
                             "This letter confirms that Ms. HE Ruoxi worked for Lakeshore Pharmaceutical (Chengdu) Co., Ltd.",
                             "as a Regulatory Affairs Specialist between 9 April 2015 and 28 February 2021. She prepared",
                             "registration files for our generic medicines and left the company of her own accord.", "",
                             "Yours faithfully,", "", "TAN Yiwen", "Human Resources Director"], 24, "serif", 44)
    return scanned_png(s, "reline"), {"employer": "Lakeshore Pharmaceutical (Chengdu) Co., Ltd.", "position": "Regulatory Affairs Specialist",
                                      "start_date": "2015-04-09", "end_date": "2021-02-28"}


def career_table_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "工作证明", 44, "serif_cjk")
    s.text(160, 200, "兹证明邱雅文女士在我公司工作，任职经历如下：", 26, "serif_cjk")
    y = _ruled(s, 160, 270, [["起止时间", "部门", "职务"], ["2012.07-2016.12", "销售部", "销售代表"], ["2017.01-2022.03", "大客户部", "大客户经理"]],
               [420, 400, 460], 70, 24)
    text_lines(s, 160, y + 40, ["特此证明。"], 26, "serif_cjk", 52)
    text_lines(s, 900, y + 140, ["青岛海岚啤酒销售有限公司", "2022年4月6日"], 26, "serif_cjk", 56)
    _chop(s, 1440, y + 200, "青岛海岚啤酒销售有限公司")
    return scanned_png(s, "careertable"), {"employer": "青岛海岚啤酒销售有限公司", "position": "大客户经理", "start_date": "2012-07-01",
                                           "end_date": "2022-03-31"}


def american_dates_title_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Ridgefield Auto Parts (Ningbo) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["November 2, 2026", "", "To Whom It May Concern:", "",
                             "Mr. KONG Lingfeng was employed full time by our company from March 3, 2014 through",
                             "January 15, 2020. His particulars are:", "",
                             "Title: Quality Assurance Lead", "Department: Quality", "",
                             "We found him careful and reliable and would employ him again.", "", "Sincerely,", "",
                             "Grace MA", "HR Manager, Ridgefield Auto Parts (Ningbo) Co., Ltd."], 24, "serif", 44)
    return scanned_png(s, "usdates"), {"employer": "Ridgefield Auto Parts (Ningbo) Co., Ltd.", "position": "Quality Assurance Lead",
                                       "start_date": "2014-03-03", "end_date": "2020-01-15"}


def zhuanke_tongxue() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "毕业证书", 48, "serif_cjk")
    text_lines(s, 180, 240, ["　　兹证明伍嘉琪同学，于2016年9月入学，在我校旅游管理专业三年制专科学习期满，", "成绩合格，准予毕业。"], 28, "serif_cjk", 60)
    text_lines(s, 900, 420, ["桂北旅游职业学院", "校长：柯文博", "2019年6月25日"], 28, "serif_cjk", 58)
    _chop(s, 1450, 560, "桂北旅游职业学院")
    s.text(180, 760, "证书编号：194211201906000745", 26, "serif_cjk")
    return scanned_png(s, "tongxue"), {"holder_name": "伍嘉琪", "institution": "桂北旅游职业学院", "major": "旅游管理",
                                       "level": ("专科", "三年制专科"), "graduation_date": "2019-06-25",
                                       "certificate_number": "194211201906000745"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-re-line-between.png", re_line_between, "work_experience_letter", "re-line-between"),
              ("work-career-table-months.png", career_table_months, "work_experience_letter", "career-table-months"),
              ("work-american-dates-title-row.png", american_dates_title_row, "work_experience_letter", "american-dates-title-row"),
              ("graduation-zhuanke-tongxue.png", zhuanke_tongxue, "graduation_certificate", "zhuanke-tongxue")]
    return write_drawn(folder, papers)
