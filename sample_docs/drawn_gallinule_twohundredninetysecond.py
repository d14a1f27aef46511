"""A two-hundred-and-ninety-second drawn set, of degrees and contracts, in wording and layouts no earlier set drew: a
translated degree whose committee 'hereby confers upon' its holder the degree 'in recognition of the completion of'
its programme; a bachelor's degree ruled as a table of six rows (姓名, 出生日期, 专业, 学位, 授予日期, 证书编号);
an offer of employment whose term is 'a two-year contract' and whose pay 'will be' stated after the post; a
simplified Chinese labour contract whose term runs 自…起至…止 and whose pay is 港币…元/月. Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredninetysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def confers_upon() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "Bachelor's Degree Certificate", 34, "serif_bold")
    s.text(600, 165, "(English translation)", 22, "serif")
    text_lines(s, 160, 260, ["The Academic Degree Evaluation Committee of Jinghai University of Commerce hereby confers upon",
                             "CHEN Lu, female, born on 9 April 1997, the degree of Bachelor of Management, in recognition of the",
                             "completion of the undergraduate programme in Human Resource Management."], 24, "serif", 46)
    text_lines(s, 160, 480, ["Conferred on 28 June 2019", "Certificate No.:  1947042019000375"], 22, "serif", 42)
    return scanned_png(s, "confers"), {"holder_name": "CHEN LU", "date_of_birth": "1997-04-09", "institution": "Jinghai University of Commerce",
                                       "degree": "Bachelor of Management", "major": "Human Resource Management", "date_awarded": "2019-06-28",
                                       "certificate_number": "1947042019000375"}


def six_ruled_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "学士学位证书", 48, "serif_cjk")
    _ruled(s, 240, 230, [["姓名", "欧阳静怡"], ["出生日期", "1998年12月3日"], ["专业", "汉语国际教育"], ["学位", "文学学士"],
                         ["授予日期", "2020年6月24日"], ["证书编号", "1947142020000458"]], [300, 600], 70, 28)
    text_lines(s, 900, 730, ["滇西师范学院", "学位评定委员会"], 30, "serif_cjk", 60)
    _chop(s, 1340, 720, "滇西师范学院")
    return scanned_png(s, "sixrows"), {"holder_name": "欧阳静怡", "date_of_birth": "1998-12-03", "institution": "滇西师范学院",
                                       "degree": ("文学学士", "文学学士学位"), "major": "汉语国际教育", "date_awarded": "2020-06-24",
                                       "certificate_number": "1947142020000458"}


def two_year_offer() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Kestrel Harbour Logistics Limited", 28, "sans_bold")
    text_lines(s, 140, 190, ["18 November 2026", "", "Mr. XU Zhenyu", "", "Dear Mr. XU,", "",
                             "We are pleased to offer you the position of Fleet Planning Manager. Your monthly salary will be",
                             "HK$45,000, and you will join us on 1 February 2027 on a two-year contract.", "",
                             "Please sign and return a copy of this letter to accept.", "", "Managing Director"], 24, "sans", 44)
    return scanned_png(s, "twoyear"), {"employer_name": "Kestrel Harbour Logistics Limited", "employee_name": "XU ZHENYU",
                                       "position": "Fleet Planning Manager", "start_date": "2027-02-01", "term_months": 24,
                                       "monthly_salary_hkd": 45000.0}


def labour_contract_span() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "劳动合同", 44, "serif_cjk")
    text_lines(s, 160, 220, ["甲方（用人单位）：香港澄海医疗器械有限公司", "乙方（劳动者）：蒋思远", "",
                             "一、乙方的工作岗位为注册事务专员。", "二、合同期限自2027年3月1日起至2029年2月28日止。",
                             "三、乙方月工资为港币38,000元/月，于每月最后一个工作日发放。"], 28, "serif_cjk", 62)
    return scanned_png(s, "span"), {"employer_name": "香港澄海医疗器械有限公司", "employee_name": "蒋思远", "position": "注册事务专员",
                                    "start_date": "2027-03-01", "term_months": 24, "monthly_salary_hkd": 38000.0}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-confers-upon.png", confers_upon, "degree_certificate", "confers-upon"),
              ("degree-six-rows.png", six_ruled_rows, "degree_certificate", "six-ruled-rows"),
              ("contract-two-year-offer.png", two_year_offer, "employment_contract", "two-year-offer"),
              ("contract-labour-span.png", labour_contract_span, "employment_contract", "labour-contract-span")]
    return write_drawn(folder, papers)
