"""A two-hundred-and-eightieth drawn set: a thirty-fifth whole clean application, for a purchasing manager (no Talent
List profession, a salary far under HK$2M: a record of local recruitment is given) with a bachelor's degree and its
graduation certificate and a letter from his last employer, joining a fruit trader that commenced seven months before the
case's date (a plan is given) and whose name is English and Chinese. Its papers in layouts no earlier set drew: the
passport open on a desk and the portrait on a page; a degree and a graduation certificate in simplified Chinese; the last
employer's letter naming the post held at leaving (离职时任…); that employer's statement of no objection, the holder having
left (对其赴港工作无异议); ID 990A typed with traditional Chinese labels only; ID 990B typed with crossed boxes; a contract in
simplified Chinese naming the employer by its Chinese name; management accounts of seven months; a plan in bullets; a
recruitment record in traditional Chinese. Scored on each paper's fields and on the checks on them (the case is clean).
Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
twohundredeightieth`). Every name and number is made up; 19499 is no real institution's code."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from . import drawn_travel_sixteenth as sixteenth
from .drawn_balances_hundredseventysixth import _rows
from .drawn_forms import Sheet, br_sheet, scanned_png, text_lines, write_case
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

CASE = "wei-jiahao"
SETTINGS = {"as_of": "2026-12-06", "dependants": 0}
HOLDER = sixteenth.Holder("韦", "嘉豪", "WEI", "JIAHAO", "M", date(1992, 9, 14), "广西/GUANGXI", "EH6620385",
                          date(2023, 11, 2), date(2033, 11, 1), "C47702916", date(2024, 4, 8), date(2034, 4, 7), (385, 495))
NAME = "韦嘉豪"
LATIN = "WEI Jiahao"
SCHOOL = "桂林商贸大学"
AWARDED = date(2014, 6, 28)
DEGREE_NO = "1949942014001907"
GRAD_NO = "194991201405001907"
LAST_EMPLOYER = "广州穗丰水果进口有限公司"
EMPLOYER, EMPLOYER_ZH, EMPLOYER_ZH_SIMPLE = "Island Fresh Fruit Trading Limited", "港島鮮果貿易有限公司", "港岛鲜果贸易有限公司"
BR_NO = "76813052"
ADDRESS = "ROOM 506, 5/F, CHEUNG SHA WAN PLAZA, 833 CHEUNG SHA WAN ROAD, KOWLOON"
NATURE = "FRUIT IMPORT AND WHOLESALE"
COMMENCED, EXPIRES = date(2026, 5, 4), date(2027, 5, 3)
POST, POST_ZH, START, SALARY = "Purchasing Manager", "采购经理", date(2027, 3, 15), 38000


def degree() -> Sheet:
    s = Sheet()
    s.text(540, 200, "学士学位证书", 64, "serif_cjk")
    text_lines(s, 200, 420, [f"　　{NAME}，男，1992年9月14日生，在本校国际经济与贸易", "专业完成了本科学业，成绩合格，依照《中华人民共和国",
                             "学位条例》的规定，授予经济学学士学位。"], 40, "serif_cjk", 80)
    text_lines(s, 860, 760, [SCHOOL, "2014年6月28日"], 32, "serif_cjk", 64)
    _chop(s, 1230, 740, SCHOOL)
    s.text(200, 2050, f"证书编号：{DEGREE_NO}", 26, "serif_cjk")
    return s


def graduation() -> Sheet:
    s = Sheet()
    s.text(560, 200, "毕 业 证 书", 64, "serif_cjk")
    text_lines(s, 200, 420, [f"　　学生{NAME}，性别男，一九九二年九月十四日生，于二〇一〇年九月", "至二〇一四年六月在本校国际经济与贸易专业四年制本科学习，",
                             "修完教学计划规定的全部课程，成绩合格，准予毕业。"], 40, "serif_cjk", 80)
    text_lines(s, 860, 760, [SCHOOL, "校长  黄志明", "二〇一四年六月二十八日"], 32, "serif_cjk", 64)
    _chop(s, 1230, 740, SCHOOL)
    s.text(200, 2050, f"证书编号：{GRAD_NO}", 26, "serif_cjk")
    return s


def last_employer_letter() -> Sheet:
    s = Sheet()
    s.text(660, 110, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, [f"　　兹证明{NAME}先生自2014年7月1日至2026年9月30日在我司工作，离职时任进口部经理。", "", "　　特此证明。"],
               28, "serif_cjk", 60)
    text_lines(s, 880, 520, [LAST_EMPLOYER, "2026年11月16日"], 28, "serif_cjk", 56)
    _chop(s, 1130, 520, LAST_EMPLOYER)
    return s


def no_objection() -> Sheet:
    s = Sheet()
    s.text(640, 110, "无异议函", 44, "serif_cjk")
    text_lines(s, 160, 240, [f"　　我司原员工{NAME}已于2026年9月30日离职，我司对其赴港工作无异议。", "", "　　特此函告。"], 28, "serif_cjk", 60)
    text_lines(s, 880, 520, [LAST_EMPLOYER, "2026年11月16日"], 28, "serif_cjk", 56)
    _chop(s, 1130, 520, LAST_EMPLOYER)
    return s


def applicant_chinese_labels() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    y = 170
    for label, value in [("姓（英文）", HOLDER.surname), ("名（英文）", HOLDER.given), ("中文姓名", NAME), ("性別", "男"), ("出生日期", "14/09/1992"),
                         ("旅行證件號碼", HOLDER.passport_no), ("是否持有香港學位", "否"), ("僱主名稱", EMPLOYER), ("職位", POST), ("每月薪金", f"港幣{SALARY:,}元")]:
        s.text(140, y, label, 26, "sans_cjk")
        s.text(640, y, value, 26, "sans" if value.isascii() else "sans_cjk")
        y += 66
    return s


def employer_crossed() -> Sheet:
    s = Sheet()
    s.text(1300, 60, "ID 990B", 28, "sans_bold")
    y = text_lines(s, 140, 170, [f"Employer:  {EMPLOYER} ({EMPLOYER_ZH})", f"BR No.:  {BR_NO}", f"Applicant:  {LATIN}", f"Post:  {POST}",
                                 f"Monthly salary:  HK${SALARY:,}", "Post on the Talent List:"], 24, "sans", 56)
    s.tick(520, y - 60, False)
    s.text(570, y - 56, "Yes", 24, "sans")
    s.tick(680, y - 60, True)
    s.text(730, y - 56, "No", 24, "sans")
    return s


def contract_chinese_name() -> Sheet:
    s = Sheet()
    s.text(680, 110, "聘用合同", 44, "serif_cjk")
    text_lines(s, 160, 230, [f"甲方：{EMPLOYER_ZH_SIMPLE}", f"乙方：{NAME}", "", f"一、乙方受聘担任{POST_ZH}职务，自2027年3月15日起，聘期两年。",
                             f"二、乙方月薪为港币{SALARY:,}元。", "三、工作地点：香港长沙湾。", "", "甲乙双方于2026年12月2日签订。"], 28, "serif_cjk", 58)
    return s


def management_accounts() -> Sheet:
    s = Sheet()
    s.text(500, 90, EMPLOYER.upper(), 28, "serif_bold")
    s.text(300, 150, "Management accounts for the seven months ended 30 November 2026", 24, "serif")
    _rows(s, 230, [("", "HK$"), ("Sales", "5,382,600"), ("Cost of sales", "(4,411,900)"), ("Operating expenses", "(566,300)"),
                   ("Profit for the period", "404,400"), ("", ""), ("Share capital", "2,000,000"), ("Retained profit", "404,400"),
                   ("Total equity", "2,404,400")])
    return s


def plan_bullets() -> Sheet:
    s = Sheet()
    s.text(140, 100, "Island Fresh Fruit Trading — business plan in brief", 30, "sans_bold")
    text_lines(s, 160, 190, ["-  Paid-up capital:  HK$2,000,000", "-  Sales in the first twelve months:  HK$9,600,000",
                             "-  Staff to be employed in Hong Kong:  8", "-  Warehouse:  Cheung Sha Wan"], 24, "sans", 50)
    return s


def recruitment_traditional() -> Sheet:
    s = Sheet()
    s.text(600, 110, "本地招聘記錄", 40, "sans_cjk")
    _ruled(s, 140, 200, [["刊登日期", "渠道", "應徵人數"], ["2026年9月1日", "網上招聘平台", "14"], ["2026年9月15日", "報章招聘版", "3"]], [360, 560, 300], 62, 24)
    text_lines(s, 140, 430, ["共收到17份申請，面試4人，均未具備內地水果進口採購經驗。"], 26, "sans_cjk", 44)
    return s


def profile() -> Sheet:
    s = Sheet()
    s.text(140, 110, "Company profile", 36, "sans_bold")
    s.text(140, 190, f"{EMPLOYER} imports fruit from the Mainland and South-east Asia for Hong Kong's markets and restaurants,", 22, "sans")
    s.text(140, 226, "from a warehouse in Cheung Sha Wan. It began trading in May 2026 and has six staff.", 22, "sans")
    return s


def _br() -> Sheet:
    return br_sheet([("Name of Business", EMPLOYER.upper()), ("", EMPLOYER_ZH), ("Address", "ROOM 506, 5/F, CHEUNG SHA WAN PLAZA,"),
                     ("", "833 CHEUNG SHA WAN ROAD, KOWLOON"), ("Nature of Business", NATURE), ("Status", "CORP"),
                     ("Date of Commencement", COMMENCED.strftime("%d/%m/%Y")), ("Date of Expiry", EXPIRES.strftime("%d/%m/%Y")),
                     ("Certificate No.", f"{BR_NO}-000-05-26-8")])


def write_all(folder: Path) -> list[dict]:
    papers = [
        *sixteenth.identity_papers(HOLDER, "passport-open-on-desk", "photo-on-page"),
        ("degree.png", scanned_png(degree(), "degree.png"), "degree_certificate",
         {"holder_name": NAME, "date_of_birth": HOLDER.born.isoformat(), "institution": SCHOOL, "degree": ("经济学学士", "经济学学士学位"),
          "major": "国际经济与贸易", "date_awarded": AWARDED.isoformat(), "certificate_number": DEGREE_NO}),
        ("graduation.png", scanned_png(graduation(), "graduation.png"), "graduation_certificate",
         {"holder_name": NAME, "institution": SCHOOL, "major": "国际经济与贸易", "level": ("本科", "undergraduate", "bachelor"),
          "graduation_date": AWARDED.isoformat(), "certificate_number": GRAD_NO}),
        ("experience.png", scanned_png(last_employer_letter(), "experience.png"), "work_experience_letter",
         {"employer": LAST_EMPLOYER, "position": "进口部经理", "start_date": "2014-07-01", "end_date": "2026-09-30"}),
        ("consent.png", scanned_png(no_objection(), "consent.png"), "consent_letter",
         {"organisation": LAST_EMPLOYER, "applicant_name": NAME, "date": "2026-11-16", "seal_present": True}),
        ("id990a.png", scanned_png(applicant_chinese_labels(), "id990a.png"), "applicant_form",
         {"surname": HOLDER.surname, "given_names": HOLDER.given, "name_zh": NAME, "sex": "M", "date_of_birth": HOLDER.born.isoformat(),
          "travel_document_number": HOLDER.passport_no, "employer_name": EMPLOYER, "position": POST,
          "monthly_salary_hkd": float(SALARY), "hk_local_degree": False}),
        ("id990b.png", scanned_png(employer_crossed(), "id990b.png"), "employer_form",
         {"employer_name": (EMPLOYER, f"{EMPLOYER} ({EMPLOYER_ZH})"), "br_number": BR_NO, "applicant_name": LATIN, "position": POST,
          "monthly_salary_hkd": float(SALARY), "talent_list": False}),
        ("contract.png", scanned_png(contract_chinese_name(), "contract.png"), "employment_contract",
         {"employer_name": EMPLOYER_ZH_SIMPLE, "employee_name": NAME, "position": POST_ZH, "start_date": START.isoformat(),
          "term_months": 24, "monthly_salary_hkd": float(SALARY)}),
        ("br.png", scanned_png(_br(), "br.png"), "br_certificate",
         {"business_name": (EMPLOYER.upper(), f"{EMPLOYER.upper()} {EMPLOYER_ZH}"), "br_number": BR_NO, "address": ADDRESS,
          "nature_of_business": NATURE, "commencement_date": COMMENCED.isoformat(), "expiry_date": EXPIRES.isoformat()}),
        ("accounts.png", scanned_png(management_accounts(), "accounts.png"), "financial_statement",
         {"company_name": EMPLOYER.upper(), "period_end": "2026-11-30", "revenue": 5382600.0, "profit": 404400.0, "total_equity": 2404400.0}),
        ("plan.png", scanned_png(plan_bullets(), "plan.png"), "business_plan",
         {"capital_hkd": 2000000.0, "projected_turnover_hkd": 9600000.0, "local_jobs": 8}),
        ("recruitment.png", scanned_png(recruitment_traditional(), "recruitment.png"), "recruitment_evidence", {"type": "recruitment_evidence"}),
        ("profile.png", scanned_png(profile(), "profile.png"), "company_profile", {"type": "company_profile"}),
    ]
    return write_case(folder, papers, "thirty-fifth-hand", CASE, SETTINGS)
