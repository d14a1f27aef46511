"""A two-hundred-and-fifty-eighth drawn set: a twenty-ninth whole clean application, for a logistics solutions manager
with a master's degree joining a company with a Chinese and an English name (嘉滙環球物流有限公司, Jiawui Global Logistics
Limited), each paper naming it one way or the other: the BR certificate both, on two lines; the contract in traditional
Chinese its Chinese name; the forms and the accounts its English one. The company has traded for nine years (no plan);
the post is not on the Talent List (the record of local recruitment, in traditional Chinese, is asked for). Its other
papers in layouts no earlier set drew: the exit-entry permit alone on its side and the photograph as taken; a master's
degree and its postgraduate graduation certificate (研究生毕业证书); a consent from a personnel department in simplified
Chinese; ID 990A with the names in letter boxes. Scored on each paper's fields and on the checks on them (the case is
clean). Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
twohundredfiftyeighth`). Every name and number is made up; 19689 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop

CASE = "zhou-yiming"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("周", "一鸣", "ZHOU", "YIMING", "M", date(1990, 2, 14), "湖北/HUBEI", "EP7205136",
                          date(2025, 3, 3), date(2035, 3, 2), "C61849035", date(2024, 4, 10), date(2034, 4, 9), (366, 470))
NAME = "周一鸣"
LATIN = "ZHOU Yiming"
SCHOOL, MAJOR, DEGREE = "楚天交通大学", "物流工程", "工学硕士"
GRADUATED = date(2015, 6, 30)
DEGREE_NO = "1968932015000721"
GRADUATION_NO = "196891201502000721"
CONSENTER = "武汉长江供应链管理有限公司"
EMPLOYER, EMPLOYER_ZH = "Jiawui Global Logistics Limited", "嘉滙環球物流有限公司"
BR_NO = "64482917"
ADDRESS = "UNIT 2208, 22/F, GATEWAY CENTRE, 9 CHEUNG YEE STREET, CHEUNG SHA WAN"
NATURE = "FREIGHT FORWARDING AND LOGISTICS"
COMMENCED, EXPIRES = date(2017, 8, 21), date(2027, 8, 20)
POST, POST_ZH, START, SALARY = "Logistics Solutions Manager", "物流方案經理", date(2027, 2, 15), 48000


def master_degree() -> Sheet:
    s = Sheet()
    s.text(620, 140, "硕士学位证书", 50, "serif_cjk")
    y = _paragraph(s, 180, 300, f"　　{NAME}，男，1990年2月14日生。在{MAJOR}专业学位授予点上已通过硕士学位的课程考试和论文答辩，成绩合格。"
                                f"根据《中华人民共和国学位条例》的规定，授予{DEGREE}学位。", 30, 30, 60)
    text_lines(s, 900, y + 80, [f"{SCHOOL}学位评定委员会主席", "2015年6月30日"], 28, "serif_cjk", 56)
    s.text(180, y + 280, f"证书编号：{DEGREE_NO}", 24, "serif_cjk")
    _chop(s, 1120, y + 80, SCHOOL)
    return s


def postgraduate_graduation() -> Sheet:
    s = Sheet()
    s.text(560, 140, "研究生毕业证书", 50, "serif_cjk")
    y = _paragraph(s, 180, 300, f"　　研究生{NAME}，性别男，1990年2月14日生，于2012年9月至2015年6月在本校{MAJOR}专业学习，学制三年，"
                                "修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。", 30, 30, 60)
    text_lines(s, 180, y + 80, [f"校名：{SCHOOL}", "校长：郑国华", f"证书编号：{GRADUATION_NO}"], 28, "serif_cjk", 56)
    s.text(1000, y + 260, "2015年6月30日", 28, "serif_cjk")
    _chop(s, 1100, y + 200, SCHOOL)
    return s


def personnel_consent() -> Sheet:
    s = Sheet()
    s.text(600, 130, "同意函", 44, "serif_cjk")
    y = text_lines(s, 140, 260, [f"　　我公司员工{NAME}（物流规划部主管）拟赴香港特别行政区工作，", "经公司研究，同意其申请。", "", "　　特此函告。"],
                   30, "serif_cjk", 60)
    text_lines(s, 880, y + 100, [f"{CONSENTER}人力资源部", "2026年11月20日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 120, CONSENTER)
    return s


def applicant_letter_boxes() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    y = 150
    for label, chars, n in [("Surname", HOLDER.surname, 14), ("Given names", HOLDER.given, 14)]:
        s.text(140, y + 8, label, 24, "sans")
        s.boxes(500, y, chars, n)
        y += 80
    for label, value in [("Name in Chinese", NAME), ("Sex", "M"), ("Date of birth", "14/02/1990"), ("Travel document no.", HOLDER.permit_no),
                         ("Employer", EMPLOYER), ("Post", POST), ("Monthly salary", f"HK${SALARY:,}"), ("Holder of a Hong Kong degree", "No")]:
        s.text(140, y + 8, label, 24, "sans")
        s.text(500, y + 6, value, 26, "sans" if value.isascii() else "sans_cjk")
        y += 70
    return s


def employer_form() -> Sheet:
    s = Sheet()
    s.text(1280, 70, "ID 990B", 30, "serif_bold")
    y = 170
    for label, value in [("Name of employer", EMPLOYER), ("BR No.", BR_NO), ("Name of employee", LATIN), ("Post", POST),
                         ("Monthly salary", f"HK${SALARY:,}"), ("Talent List profession", "No")]:
        s.text(140, y, label, 24, "serif")
        s.text(620, y, value, 24, "serif")
        y += 64
    return s


def contract_traditional() -> Sheet:
    s = Sheet()
    s.text(660, 110, "僱傭合約", 44, "serif_cjk")
    y = text_lines(s, 160, 230, [f"　　甲方（僱主）：{EMPLOYER_ZH}", f"　　乙方（僱員）：{NAME}", "",
                                 f"　　一、甲方聘用乙方擔任{POST_ZH}（{POST}），", "合約期由2027年2月15日起計，為期兩年。",
                                 f"　　二、乙方月薪為港幣{SALARY:,}元，於每月最後一個工作日支付。"], 30, "serif_cjk", 64)
    text_lines(s, 160, y + 80, [f"甲方：{EMPLOYER_ZH}（蓋章）", "乙方簽署：", "日期：2026年11月27日"], 28, "serif_cjk", 56)
    return s


def accounts_english() -> Sheet:
    s = Sheet()
    s.text(440, 90, EMPLOYER.upper(), 28, "serif_bold")
    s.text(340, 150, "STATEMENT OF PROFIT OR LOSS FOR THE YEAR ENDED 31 MARCH 2026", 22, "serif_bold")
    y = _rows(s, 230, [("", "2026", "2025"), ("", "HK$", "HK$"), ("Revenue", "64,093,500", "58,711,200"), ("Cost of services", "(55,204,900)", "(50,660,300)"),
                       ("Profit before tax", "3,411,700", "2,985,100"), ("Income tax expense", "(562,900)", "(492,500)"),
                       ("Profit for the year", "2,848,800", "2,492,600")])
    s.text(440, y + 40, "STATEMENT OF FINANCIAL POSITION AT 31 MARCH 2026", 22, "serif_bold")
    _rows(s, y + 110, [("Total equity", "21,306,400", "18,457,600")])
    return s


def recruitment_traditional() -> Sheet:
    s = Sheet()
    s.text(560, 110, "本地招聘紀錄", 40, "serif_cjk")
    text_lines(s, 160, 220, [f"職位：{POST_ZH}（{POST}）", "刊登日期：2026年9月1日至9月30日", "刊登途徑：招聘網站兩個及報章招聘版",
                             "應徵人數：十三人；面試：四人", "結果：應徵者均欠缺跨境多式聯運方案設計經驗，未能聘用本地人士。"], 28, "serif_cjk", 60)
    return s


def profile_traditional() -> Sheet:
    s = Sheet()
    s.text(140, 110, "公司簡介", 44, "serif_cjk")
    text_lines(s, 140, 220, [f"　　{EMPLOYER_ZH}（{EMPLOYER}）於2017年在香港成立，", "為電子產品及時裝品牌提供空運、海運及跨境陸路物流方案，",
                             "現有員工四十六名。"], 28, "serif_cjk", 60)
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("", EMPLOYER_ZH), ("Address", "UNIT 2208, 22/F, GATEWAY CENTRE,"),
                     ("", "9 CHEUNG YEE STREET, CHEUNG SHA WAN"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-08-26-4")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "permit-alone-on-side", "photo-as-taken"),
        ("degree.png", scanned_png(master_degree(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": (DEGREE, f"{DEGREE}学位"),
          "major": MAJOR, "date_awarded": GRADUATED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scanned_png(postgraduate_graduation(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": MAJOR, "level": ("硕士研究生", "研究生", "硕士"), "graduation_date": GRADUATED.isoformat(),
          "certificate_number": GRADUATION_NO}),
        ("consent.png", scanned_png(personnel_consent(), "consent.png"), "consent_letter",
         {"organisation": (CONSENTER, f"{CONSENTER}人力资源部"), "applicant_name": NAME, "date": "2026-11-20", "seal_present": True}),
        ("id990a.png", scanned_png(applicant_letter_boxes(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.permit_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_form(), "id990b.png"), "employer_form",
         {"employer_name": EMPLOYER, "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("contract.png", scanned_png(contract_traditional(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER_ZH, "employee_name": NAME, "position": (POST_ZH, POST, f"{POST_ZH}（{POST}）"), "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": (EMPLOYER.upper(), f"{EMPLOYER.upper()} {EMPLOYER_ZH}"), "br_number": BR_NO, "address": ADDRESS,
          "nature_of_business": NATURE, "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(accounts_english(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-03-31", "revenue": 64093500.0, "profit": 2848800.0, "total_equity": 21306400.0}),
        ("profile.png", scanned_png(profile_traditional(), "profile.png"), "company_profile", {"type": "company_profile"}),
        ("recruitment.png", scanned_png(recruitment_traditional(), "recruitment.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
    ]
    return write_case(folder, papers, "twenty-ninth-hand", CASE, SETTINGS)
