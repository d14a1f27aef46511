"""A three-hundred-and-eighteenth drawn set, of work experience letters and business plans, drawn at the start of stop
75 and read cold, in wording and layouts no earlier set drew: an English service certificate whose particulars stand in
a ruled table ('Designation', 'Date of joining', 'Last working day'); a Chinese letter of 兹有我单位职工 with its stay
'自…起至…止' and the post after 任 at the sentence's end; a Chinese plan's forecast ruled by year (第一年 / 第二年 /
第三年) with its registered capital in a sentence of 万元; an English plan that tells its funding, first year's sales and
hires in prose under run-in headings. Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredeighteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def service_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Xinhe Precision Machinery (Suzhou) Co., Ltd.", 30, "serif_bold")
    s.text(160, 135, "88 Tinglan Road, Suzhou Industrial Park, Jiangsu", 20, "serif")
    s.text(560, 230, "SERVICE CERTIFICATE", 34, "serif_bold")
    s.text(160, 310, "We certify the following particulars of our former employee:", 24, "serif")
    _ruled(s, 160, 370, [["Employee name", "ZHOU Haoran"], ["Designation", "Senior Process Engineer"], ["Department", "Manufacturing"],
                         ["Date of joining", "16 August 2016"], ["Last working day", "31 October 2022"]], [420, 760], 64, 24)
    text_lines(s, 160, 730, ["His conduct during his service was good.", "", "For and on behalf of",
                             "Xinhe Precision Machinery (Suzhou) Co., Ltd.", "", "LU Qianwen, HR Manager", "Date: 7 November 2022"], 24, "serif", 44)
    return scanned_png(s, "servicetable"), {"employer": "Xinhe Precision Machinery (Suzhou) Co., Ltd.", "position": "Senior Process Engineer",
                                            "start_date": "2016-08-16", "end_date": "2022-10-31"}


def zhiyou_zi_qi_zhi_zhi() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 110, "工作经历证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹有我单位职工冯子墨（身份证号码：330106199003154218），自2013年3月1日起至2020年",
                             "12月31日止在我单位研发部从事软件开发工作，任高级软件工程师。", "　　特此证明。"], 28, "serif_cjk", 60)
    text_lines(s, 900, 520, ["杭州云岭信息技术有限公司", "2021年1月8日"], 28, "serif_cjk", 58)
    _chop(s, 1460, 560, "杭州云岭信息技术有限公司")
    return scanned_png(s, "zhiyou"), {"employer": "杭州云岭信息技术有限公司", "position": "高级软件工程师", "start_date": "2013-03-01",
                                      "end_date": "2020-12-31"}


def chinese_years_ruled() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "香港业务发展计划书", 44, "serif_cjk")
    text_lines(s, 160, 200, ["申请公司：港澜供应链管理有限公司", "本公司注册资本为港币150万元，由股东以现金缴足。", "未来三年预测："], 26, "serif_cjk", 54)
    _ruled(s, 160, 380, [["项目", "第一年", "第二年", "第三年"], ["营业额（港元）", "3,200,000", "4,800,000", "6,500,000"],
                         ["本地雇员（人）", "4", "7", "10"], ["经营开支（港元）", "2,700,000", "3,900,000", "5,100,000"]],
           [360, 300, 300, 300], 66, 24)
    return scanned_png(s, "yearsruled"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 3200000.0, "local_jobs": 4}


def english_run_in_headings() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 100, "Harbourline Tea Studio Limited - Business Plan", 32, "serif_bold")
    text_lines(s, 160, 200, ["Funding. The two founders are investing HK$800,000 of their own savings in the company; no loans",
                             "are planned for the first two years.", "",
                             "Sales. In our first full year of trading we expect sales of about HK$2.6 million from the shop and",
                             "corporate gift orders, rising to HK$3.4 million in the second year.", "",
                             "People. We intend to take on four Hong Kong staff members during year one: two tea masters,",
                             "a shop supervisor and a marketing assistant, all based at our Sheung Wan shop."], 24, "serif", 44)
    return scanned_png(s, "runin"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 2600000.0, "local_jobs": 4}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-service-table.png", service_table, "work_experience_letter", "service-table"),
              ("work-zhiyou-zi-qi-zhi-zhi.png", zhiyou_zi_qi_zhi_zhi, "work_experience_letter", "zhiyou-zi-qi-zhi-zhi"),
              ("plan-chinese-years-ruled.png", chinese_years_ruled, "business_plan", "chinese-years-ruled"),
              ("plan-english-run-in-headings.png", english_run_in_headings, "business_plan", "english-run-in-headings")]
    return write_drawn(folder, papers)
