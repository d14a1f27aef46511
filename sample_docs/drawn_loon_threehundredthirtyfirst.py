"""A three-hundred-and-thirty-first drawn set, of employment contracts and a photographed report, drawn in stop 76
after its second mends and read cold, in wording and layouts no earlier set drew: an English contract whose start is
written in words ('commencing on the first day of March 2027'), its term 'two (2) years' and its pay in words before
the figure ('Hong Kong Dollars Forty-Eight Thousand Only (HK$48,000)'); a simplified Chinese contract whose term is a
span of dates (合同期限：自…起至…止) and whose pay is in capital numerals before the figure (月薪港币肆万贰仟元整（HK$42,000）);
a report photographed by phone. Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredthirtyfirst`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_phones_ninetysecond import _phone


def words_for_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "CONTRACT OF EMPLOYMENT", 34, "serif_bold")
    text_lines(s, 160, 200, ["This contract is made between Northgate Marine Surveys Limited (the \"Company\") and",
                             "Mr. HUANG Zekai (the \"Employee\").", "",
                             "1.  The Company employs the Employee as Principal Hull Surveyor, commencing on the first day",
                             "     of March 2027, for a period of two (2) years.",
                             "2.  The Employee shall be paid a monthly salary of Hong Kong Dollars Forty-Eight Thousand Only",
                             "     (HK$48,000), payable in arrears on the last working day of each month.",
                             "3.  Either party may end this contract by giving the other one month's notice in writing.", "",
                             "Signed for the Company: LAM Ka Wai, Director             Signed by the Employee: HUANG Zekai"], 24, "serif", 44)
    return scanned_png(s, "wordsdates"), {"employer_name": "Northgate Marine Surveys Limited", "employee_name": "HUANG ZEKAI",
                                          "position": "Principal Hull Surveyor", "start_date": "2027-03-01", "term_months": 24,
                                          "monthly_salary_hkd": 48000.0}


def span_and_capitals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "聘用合同", 46, "serif_cjk")
    text_lines(s, 160, 220, ["甲方（用人单位）：香港澜桥数码科技有限公司", "乙方（受聘人）：车思彤", "",
                             "一、乙方受聘担任甲方之高级产品设计师。", "二、合同期限：自2027年1月1日起至2029年12月31日止。",
                             "三、月薪港币肆万贰仟元整（HK$42,000），于每月最后一个工作日发放。", "四、任何一方可提前一个月书面通知对方终止本合同。", "",
                             "甲方代表：苏志明　　　　　　　　乙方：车思彤", "2026年11月20日"], 26, "serif_cjk", 52)
    return scanned_png(s, "spancapitals"), {"employer_name": "香港澜桥数码科技有限公司", "employee_name": "车思彤",
                                            "position": "高级产品设计师", "start_date": "2027-01-01", "term_months": 36,
                                            "monthly_salary_hkd": 42000.0}


def report_photographed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 160, "教育部学历证书电子注册备案表", 44, "sans_cjk")
    y = 300
    for label, value in [("姓名", "欧阳靖雯"), ("性别", "女"), ("出生日期", "1997年7月23日"), ("学校名称", "滇西农业学院"),
                         ("专业", "动物医学"), ("层次", "本科"), ("毕业日期", "2020年6月28日"), ("证书编号", "194021202005000904"),
                         ("在线验证码", "B4NX8QW2ZK7RM5TD")]:
        s.text(220, y, label, 30, "sans_cjk")
        s.text(620, y, value, 30, "sans_cjk" if not value.isascii() else "sans")
        y += 78
    return _phone(s, "reportphoto"), {"holder_name": "欧阳靖雯", "sex": "F", "date_of_birth": "1997-07-23", "institution": "滇西农业学院",
                                      "major": "动物医学", "level": "本科", "graduation_date": "2020-06-28",
                                      "certificate_number": "194021202005000904", "verification_code": "B4NX8QW2ZK7RM5TD"}


def write_all(folder: Path) -> list[dict]:
    papers = [("contract-words-for-dates.png", words_for_dates, "employment_contract", "words-for-dates"),
              ("contract-span-and-capitals.png", span_and_capitals, "employment_contract", "span-and-capitals"),
              ("report-photographed.jpg", report_photographed, "qualification_report", "photographed")]
    return write_drawn(folder, papers)
