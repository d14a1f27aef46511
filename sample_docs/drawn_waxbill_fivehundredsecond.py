"""A five-hundred-and-second drawn set, of work experience letters, drawn before stop 83's reader changes for it, in wording and
layouts no earlier set drew: a Hong Kong letter in traditional characters, 由…起至…止受僱於本公司，職位為…; a career told as years with
the firm, 'joined us … as …', 'left on …', 'having been … since …'; particulars of a stay as a ruled form (工作单位 | 工作时间 |
所任职务). Each is a case of its own (`scripts/bench_drawn_forms.py --set fivehundredsecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def employed_by_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 120, "證明書", 44, "serif_cjk")
    y = _paragraph(s, 160, 250, "　　茲證明陳志偉先生由2015年4月1日起至2020年3月31日止受僱於本公司，職位為高級會計師，工作表現良好。特此證明。",
                   33, 30, 62)
    text_lines(s, 860, y + 100, ["德信會計顧問有限公司", "2026年11月30日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "德信會計顧問有限公司")
    return scanned_png(s, "hktrad"), {"employer": "德信會計顧問有限公司", "position": "高級會計師", "start_date": "2015-04-01",
                                      "end_date": "2020-03-31"}


def years_with_the_firm() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Qingdao Laoshan Data Services Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["28 November 2026", "", "To whom it may concern", "",
                             "Mr. DING Hao was with our company for six years. He joined us on 1 July 2015 as a Data Analyst and",
                             "left on 30 June 2021, having been Senior Data Analyst since March 2018.", "",
                             "Yours faithfully,", "", "Personnel Manager"], 24, "serif", 44)
    return scanned_png(s, "yearswith"), {"employer": "Qingdao Laoshan Data Services Co., Ltd.", "position": "Senior Data Analyst",
                                         "start_date": "2015-07-01", "end_date": "2021-06-30"}


def ruled_particulars_form() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作经历证明", 40, "serif_cjk")
    y = _ruled(s, 160, 220, [["姓名", "吕思远", "性别", "男"], ["工作单位", "大连星海船舶设计有限公司", "", ""],
                             ["工作时间", "2012年9月1日至2019年8月31日", "", ""], ["所任职务", "结构设计师", "", ""]],
               [220, 560, 200, 300], 76, 26)
    text_lines(s, 160, y + 50, ["以上情况属实，特此证明。"], 28, "serif_cjk", 56)
    text_lines(s, 860, y + 160, ["大连星海船舶设计有限公司", "2026年11月19日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 210, "大连星海船舶设计有限公司")
    return scanned_png(s, "ruledpart"), {"employer": "大连星海船舶设计有限公司", "position": "结构设计师", "start_date": "2012-09-01",
                                         "end_date": "2019-08-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-employed-by-traditional.png", employed_by_traditional, "work_experience_letter", "employed-by-traditional"),
              ("work-years-with-the-firm.png", years_with_the_firm, "work_experience_letter", "years-with-the-firm"),
              ("work-ruled-particulars-form.png", ruled_particulars_form, "work_experience_letter", "ruled-particulars-form")]
    return write_drawn(folder, papers)
