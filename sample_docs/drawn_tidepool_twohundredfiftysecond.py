"""A two-hundred-and-fifty-second drawn set, of the papers read least well cold, as users upload them: phone photographs
and typed PDFs. A bachelor's degree and a graduation report photographed with a phone; a business plan typed to a PDF of
two pages, its capital in the narrative of the first and its forecast in a table on the second; a certificate of
employment typed to a PDF ('Period of service', 'Last designation'); a traditional Chinese letter from a bank
photographed with a phone (在本行擔任…一職); a degree typed to a PDF in two scripts, line by line. Each is a case of its
own (`scripts/bench_drawn_forms.py --set twohundredfiftysecond`). Every name, number and code is made up; 19729 is no
real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop
from .drawn_phones_ninetysecond import _phone
from .drawn_thirdhand_fiftythird import _pdf


def degree_photographed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 150, "学士学位证书", 52, "serif_cjk")
    y = _paragraph(s, 170, 320, "　　张子墨，男，1996年7月9日生。在本校自动化专业完成了本科学业，成绩合格。依照《中华人民共和国学位条例》的规定，"
                                "授予工学学士学位。", 26, 34, 70)
    text_lines(s, 880, y + 90, ["青屿科技大学", "校长  刘建华", "2018年6月30日"], 30, "serif_cjk", 58)
    s.text(170, y + 360, "证书编号：1972942018004062", 26, "serif_cjk")
    _chop(s, 1080, y + 90, "青屿科技大学")
    return _phone(s, "degree-photo"), {"holder_name": "张子墨", "degree": ("工学学士", "工学学士学位"), "major": "自动化", "institution": "青屿科技大学",
                                       "date_awarded": "2018-06-30", "date_of_birth": "1996-07-09", "certificate_number": "1972942018004062"}


def report_photographed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 120, "教育部学历证书电子注册备案表", 42, "serif_cjk")
    text_lines(s, 170, 260, ["姓名：张子墨", "性别：男", "出生日期：1996年07月09日", "入学日期：2014年09月01日", "毕（结）业日期：2018年06月30日",
                             "学校名称：青屿科技大学", "专业：自动化", "层次：本科", "证书编号：197291201805004062", "", "在线验证码：P4XW7K2QM9TR3HZB"],
               30, "serif_cjk", 64)
    return _phone(s, "report-photo"), {"holder_name": "张子墨", "date_of_birth": "1996-07-09", "institution": "青屿科技大学", "sex": "M",
                                       "level": "本科", "major": "自动化", "graduation_date": "2018-06-30",
                                       "certificate_number": "197291201805004062", "verification_code": "P4XW7K2QM9TR3HZB"}


def plan_two_pages() -> tuple[bytes, dict]:
    first = [(60, 70, "Harbourlight Pilates Studio Limited", 16), (60, 100, "Business Plan 2027", 12),
             (60, 140, "1. The company", 11), (60, 160, "The studio opens in Tai Koo in March 2027. Its two founders have paid up", 10.5),
             (60, 175, "HK$600,000 of share capital between them and hold no loans.", 10.5),
             (60, 210, "2. The market", 11), (60, 230, "Reformer classes for office workers in Quarry Bay and Tai Koo.", 10.5)]
    second = [(60, 70, "3. Forecast", 11), (60, 100, "Year", 10.5), (260, 100, "2027", 10.5), (360, 100, "2028", 10.5),
              (60, 120, "Revenue (HK$)", 10.5), (260, 120, "2,150,000", 10.5), (360, 120, "3,040,000", 10.5),
              (60, 140, "Instructors and staff in Hong Kong", 10.5), (260, 140, "6", 10.5), (360, 140, "9", 10.5)]
    return _pdf([first, second]), {"capital_hkd": 600000.0, "projected_turnover_hkd": 2150000.0, "local_jobs": 6}


def certificate_pdf() -> tuple[bytes, dict]:
    page = [(60, 70, "Suzhou Lakeview Semiconductor Equipment Co., Ltd.", 15), (60, 110, "CERTIFICATE OF EMPLOYMENT", 13),
            (60, 150, "This certifies that Mr. QIU Zhenyu was a full-time employee of the company.", 10.5),
            (60, 180, "Period of service:", 10.5), (200, 180, "2 January 2018 to 30 September 2025", 10.5),
            (60, 200, "Last designation:", 10.5), (200, 200, "Process Integration Engineer", 10.5),
            (60, 220, "Reason for leaving:", 10.5), (200, 220, "Resigned", 10.5),
            (60, 270, "Human Resources Department, 21 November 2026", 10.5)]
    return _pdf([page]), {"employer": "Suzhou Lakeview Semiconductor Equipment Co., Ltd.", "position": "Process Integration Engineer",
                          "start_date": "2018-01-02", "end_date": "2025-09-30"}


def bank_letter_photographed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 150, "工作證明", 52, "serif_cjk")
    y = text_lines(s, 170, 320, ["　　茲證明黎嘉欣女士於2016年2月15日至", "2022年10月31日在本行擔任客戶經理一職，工作期", "間表現良好。特此證明。"], 34,
                   "serif_cjk", 70)
    text_lines(s, 820, y + 110, ["東南商業銀行股份有限公司廈門分行", "2026年11月26日"], 30, "serif_cjk", 58)
    _chop(s, 1080, y + 110, "東南商業銀行股份有限公司廈門分行")
    return _phone(s, "bank-photo"), {"employer": ("東南商業銀行股份有限公司廈門分行", "東南商業銀行股份有限公司"), "position": "客戶經理",
                                     "start_date": "2016-02-15", "end_date": "2022-10-31"}


def degree_two_scripts_pdf() -> tuple[bytes, dict]:
    page = [(220, 80, "硕士学位证书", 20), (200, 110, "Master's Degree Certificate", 14),
            (60, 160, "姓名 Name：郭静宜  GUO Jingyi", 11), (60, 182, "出生日期 Date of birth：1992年11月30日", 11),
            (60, 204, "学位 Degree：管理学硕士 Master of Management", 11), (60, 226, "专业 Major：会计学 Accounting", 11),
            (60, 248, "授予单位 Awarding institution：南溪大学 Nanxi University", 11), (60, 270, "授予日期 Date of award：2017年6月28日", 11),
            (60, 292, "证书编号 Certificate No.：1972932017000584", 11)]
    return _pdf([page]), {"holder_name": ("郭静宜", "GUO JINGYI"), "date_of_birth": "1992-11-30", "degree": ("管理学硕士", "Master of Management"),
                          "major": ("会计学", "Accounting"), "institution": ("南溪大学", "Nanxi University"), "date_awarded": "2017-06-28",
                          "certificate_number": "1972932017000584"}


def write_all(folder: Path) -> list[dict]:
    papers = [("degree-photo.jpg", degree_photographed, "degree_certificate", "degree-photographed"),
              ("report-photo.jpg", report_photographed, "qualification_report", "report-photographed"),
              ("plan-two-pages.pdf", plan_two_pages, "business_plan", "plan-two-pages"),
              ("experience-certificate.pdf", certificate_pdf, "work_experience_letter", "certificate-pdf"),
              ("experience-bank-photo.jpg", bank_letter_photographed, "work_experience_letter", "bank-letter-photographed"),
              ("degree-two-scripts.pdf", degree_two_scripts_pdf, "degree_certificate", "degree-two-scripts-pdf")]
    return write_drawn(folder, papers)
