"""A two-hundred-and-twenty-ninth drawn set, a test set of papers whose readers have read cold sets whole of late, in
layouts and wording no set drew, drawn after the 228th's mends: a bachelor's degree in traditional Chinese prose (…修業期滿，
成績及格，經審查合格，依照學位授予條例授予工學學士學位); a graduation certificate whose particulars stand in two columns of
labels and values (姓名 | 专业 | 学制 …); a degree in English with its particulars in a ruled box; a BR certificate whose
labels are Chinese only (業務名稱, 地址, 業務性質, 法律地位, 生效日期, 屆滿日期, 登記證號碼); a consent letter in English from a
state-owned firm ('approves the resignation of … so that he may take up'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredtwentyninth`). Every name and number is made up; 19894 and 19892 are no
real institutions' codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def traditional_degree_prose() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 130, "學士學位證書", 50, "serif_cjk")
    y = _paragraph(s, 180, 300, "　　學生簡浩文，男，一九九四年二月十一日生，在本校機械工程專業完成了四年制本科學習計劃，修業期滿，成績及格，"
                   "經審查合格，依照學位授予條例，授予工學學士學位。", 28, 32, 64)
    text_lines(s, 900, y + 100, ["嶺東理工大學", "校長：邵承恩", "二〇一六年六月二十八日"], 30, "serif_cjk", 58)
    s.text(180, y + 300, "證書編號：1989442016001263", 26, "serif_cjk")
    _chop(s, 1150, y + 160, "嶺東理工大學")
    return scanned_png(s, "tradprose"), {"holder_name": "簡浩文", "date_of_birth": "1994-02-11", "institution": "嶺東理工大學",
                                         "degree": ("工學學士", "工學學士學位"), "major": "機械工程", "date_awarded": "2016-06-28",
                                         "certificate_number": "1989442016001263"}


def graduation_two_columns() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 120, "普通高等学校毕业证书", 46, "serif_cjk")
    rows = [("姓名", "穆晓彤", "性别", "女"), ("出生日期", "1997年7月3日", "学制", "四年"), ("专业", "环境工程", "层次", "本科"),
            ("学校名称", "滨江工业大学", "毕业日期", "2019年6月30日")]
    y = 280
    for a, av, b, bv in rows:
        s.text(160, y, a, 28, "serif_cjk")
        s.text(380, y, av, 28, "serif_cjk")
        s.text(860, y, b, 28, "serif_cjk")
        s.text(1060, y, bv, 28, "serif_cjk")
        y += 70
    s.text(160, y + 60, "证书编号：198921201906002518", 26, "serif_cjk")
    _chop(s, 1150, y + 200, "滨江工业大学")
    return scanned_png(s, "twocols"), {"holder_name": "穆晓彤", "institution": "滨江工业大学", "major": "环境工程",
                                       "graduation_date": "2019-06-30", "certificate_number": "198921201906002518"}


def english_boxed_particulars() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 120, "Eastbrook University of Science", 38, "serif_bold")
    s.text(620, 190, "Degree Certificate", 30, "serif")
    _ruled(s, 200, 280, [["Name", "LIANG Weiyi"], ["Degree", "Master of Science"], ["Major", "Applied Statistics"],
                         ["Date of conferment", "30 June 2018"], ["Certificate No.", "1989232018000714"]], [420, 760], 70, 26)
    return scanned_png(s, "boxed"), {"holder_name": ("LIANG WEIYI", "LIANG Weiyi"), "institution": "Eastbrook University of Science",
                                     "degree": "Master of Science", "major": "Applied Statistics", "date_awarded": "2018-06-30",
                                     "certificate_number": "1989232018000714"}


def br_chinese_labels() -> tuple[bytes, dict]:
    s = br_sheet([("業務名稱", "HALCYON PRINT WORKS LIMITED"), ("地址", "FLAT C, 9/F, KAI TAK FACTORY BUILDING,"), ("", "99 KING FUK STREET, SAN PO KONG"),
                  ("業務性質", "PRINTING"), ("法律地位", "CORP"), ("生效日期", "11/04/2026"), ("屆滿日期", "10/04/2027"),
                  ("登記證號碼", "74028153-000-04-26-6")], value_x=520)
    return scanned_png(s, "zhlabels"), {"business_name": "HALCYON PRINT WORKS LIMITED", "br_number": "74028153",
                                        "address": "FLAT C, 9/F, KAI TAK FACTORY BUILDING, 99 KING FUK STREET, SAN PO KONG",
                                        "nature_of_business": "PRINTING", "commencement_date": "2026-04-11", "expiry_date": "2027-04-10"}


def state_firm_approves_resignation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Hubei Changjiang Power Equipment Group Co., Ltd.", 30, "serif_bold")
    text_lines(s, 140, 200, ["Human Resources Department", "", "24 November 2026", "",
                             "The Company approves the resignation of Mr. CHEN Yiming, Senior Electrical Engineer, so that he may",
                             "take up employment with Harbourline Grid Services Limited in Hong Kong.", "",
                             "Hubei Changjiang Power Equipment Group Co., Ltd."], 24, "serif", 44)
    _chop(s, 1200, 640, "湖北长江电力设备集团有限公司")
    return scanned_png(s, "approves"), {"organisation": "Hubei Changjiang Power Equipment Group Co., Ltd.", "applicant_name": "CHEN YIMING",
                                        "date": "2026-11-24", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-traditional.png", traditional_degree_prose, "degree_certificate", "traditional-prose"),
              ("graduation-two-columns.png", graduation_two_columns, "graduation_certificate", "two-columns"),
              ("degree-boxed.png", english_boxed_particulars, "degree_certificate", "english-boxed"),
              ("br-chinese-labels.png", br_chinese_labels, "br_certificate", "chinese-labels"),
              ("consent-approves.png", state_firm_approves_resignation, "consent_letter", "approves-resignation")]
    return write_drawn(folder, papers)
