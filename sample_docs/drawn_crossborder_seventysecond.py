"""A seventy-second drawn set, drawn after the seventy-first was mended: papers in six layouts no set drew. A contract
in traditional Chinese on a fill-in template, its blanks filled by pen; statements as a text PDF over two pages, the
financial position first and the profit or loss second; form ID 990B whose post and salary are stated in both
languages ('高級數據工程師 Senior Data Engineer', 'HK$48,000（港幣肆萬捌仟元）'); a consent from a university's office
of human resources that 'approves' its lecturer's release; a business plan whose capital is stated in renminbi with
its Hong Kong dollars in brackets; a master's degree from Taiwan dated in the Republic's years ('中華民國一一三年').
Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set seventysecond`). Every name, number and institution is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from .drawn_forms import Sheet, png_bytes, write_papers
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop
from .drawn_thirdhand_fiftythird import _pdf

PEN = (20, 30, 120)


def contract_hant_filled() -> Sheet:
    s = Sheet()
    s.text(620, 120, "僱 傭 合 約", 56, "serif_cjk")
    rows = [("僱主名稱：", "澄峰數據科技有限公司"), ("僱員姓名：", "葉思穎"), ("職位：", "數據平台工程師"),
            ("受僱日期：", "2027年2月1日"), ("合約期：", "二十四個月"), ("每月工資：港幣", "49,500  元"), ("房屋津貼：", "不適用")]
    y = 300
    for label, value in rows:
        end = s.text(160, y, label, 32, "serif_cjk")
        s.d.line([end + 10, y + 40, 1200, y + 40], fill="black", width=2)
        s.text(end + 40, y - 6, value, 36, "hand_cjk", PEN)
        y += 110
    s.text(160, y + 40, "其他條款依照《僱傭條例》辦理。", 30, "serif_cjk")
    s.text(160, y + 240, "僱主簽署：________________        僱員簽署：________________", 28, "serif_cjk")
    return s


def statements_two_pages() -> bytes:
    one = [(150, 60, "WILLOWMERE FINE FOODS LIMITED", 14), (150, 80, "STATEMENT OF FINANCIAL POSITION", 12),
           (150, 98, "AS AT 31 MARCH 2026", 11), (400, 130, "2026", 10), (480, 130, "2025", 10),
           (400, 144, "HK$", 9), (480, 144, "HK$", 9)]
    rows = [("Property, plant and equipment", "3,406,220", "3,118,940"), ("Inventories", "2,881,400", "2,540,300"),
            ("Trade receivables", "4,102,760", "3,716,050"), ("Cash and bank balances", "5,213,870", "4,396,180"),
            ("Total assets", "15,604,250", "13,771,470"), ("Trade payables", "(3,512,090)", "(3,204,560)"),
            ("Bank loans", "(2,000,000)", "(2,500,000)"), ("NET ASSETS", "10,092,160", "8,066,910"),
            ("Share capital", "1,000,000", "1,000,000"), ("Retained earnings", "9,092,160", "7,066,910"),
            ("TOTAL EQUITY", "10,092,160", "8,066,910")]
    y = 170
    for label, this, last in rows:
        one += [(70, y, label, 10), (440 - 5 * len(this), y, this, 10), (520 - 5 * len(last), y, last, 10)]
        y += 18
    two = [(150, 60, "WILLOWMERE FINE FOODS LIMITED", 14), (150, 80, "STATEMENT OF PROFIT OR LOSS", 12),
           (150, 98, "FOR THE YEAR ENDED 31 MARCH 2026", 11), (400, 130, "2026", 10), (480, 130, "2025", 10),
           (400, 144, "HK$", 9), (480, 144, "HK$", 9)]
    rows = [("Revenue", "28,774,310", "25,902,640"), ("Cost of sales", "(19,610,200)", "(17,855,900)"),
            ("Gross profit", "9,164,110", "8,046,740"), ("Distribution costs", "(2,304,500)", "(2,118,300)"),
            ("Administrative expenses", "(3,969,380)", "(3,702,760)"), ("Finance costs", "(118,600)", "(140,200)"),
            ("Profit before tax", "2,771,630", "2,085,480"), ("Income tax expense", "(446,380)", "(337,600)"),
            ("Profit for the year", "2,325,250", "1,747,880")]
    y = 170
    for label, this, last in rows:
        two += [(70, y, label, 10), (440 - 5 * len(this), y, this, 10), (520 - 5 * len(last), y, last, 10)]
        y += 18
    return _pdf([one, two])


def employer_bilingual_values() -> Sheet:
    s = Sheet()
    s.text(1300, 80, "ID 990B", 32, "sans_bold")
    s.text(140, 150, "僱主資料  Particulars of Employer", 34, "sans_cjk")
    _ruled(s, 140, 260, [["僱主名稱 Name of employer", "澄峰數據科技有限公司 Chengfeng Data Technology Limited"],
                         ["商業登記號碼 BR No.", "69027145"],
                         ["受聘人姓名 Name of applicant", "葉思穎 YE Siying"],
                         ["職位 Post", "高級數據工程師 Senior Data Engineer"],
                         ["月薪 Monthly salary", "HK$48,000（港幣肆萬捌仟元）"]], [520, 860], 96, 26)
    s.text(140, 800, "職位是否屬人才清單所列專業？ Is the post on the Talent List?", 26, "sans_cjk")
    s.tick(160, 860, False)
    s.text(210, 860, "是 Yes", 28, "sans_cjk")
    s.tick(420, 860, True)
    s.text(470, 860, "否 No", 28, "sans_cjk")
    return s


def consent_university_release() -> Sheet:
    s = Sheet()
    s.text(160, 120, "EASTBROOK UNIVERSITY OF SCIENCE AND TECHNOLOGY", 34, "serif_bold")
    s.text(160, 175, "Office of Human Resources", 28, "serif")
    s.text(160, 300, "5 November 2026", 28, "serif")
    s.text(160, 400, "To whom it may concern", 28, "serif")
    s.wrapped(160, 480, "The University approves the release of Dr. HUANG Zeyu, Lecturer in the School of Materials, "
              "to take up the appointment offered to him in Hong Kong. His post will be kept for him for two years.",
              74, 28, "serif", leading=46)
    s.text(160, 760, "Director of Human Resources", 28, "serif")
    s.text(160, 810, "Eastbrook University of Science and Technology", 28, "serif")
    _chop(s, 1100, 760, "东溪科技大学人事处")
    return s


def plan_rmb_and_hkd() -> Sheet:
    s = Sheet()
    s.text(140, 120, "BUSINESS PLAN", 40, "sans_bold")
    s.text(140, 180, "Tideline Aquaculture Technology (HK) Limited", 30, "sans")
    s.wrapped(140, 280, "1. Funding. The parent company in Zhanjiang has injected capital of RMB 1,500,000 (about "
              "HK$1,620,000) into the Hong Kong company.", 80, 28, leading=44)
    s.wrapped(140, 420, "2. Sales. We forecast sales of HK$5,300,000 in the first year, from feed and sensor systems "
              "sold to fish farms in the New Territories.", 80, 28, leading=44)
    s.wrapped(140, 560, "3. People. Six local employees will be hired in the first year: two technicians, two sales "
              "staff, an accountant and an office manager.", 80, 28, leading=44)
    return s


def degree_roc_years() -> Sheet:
    s = Sheet()
    s.text(560, 220, "碩 士 學 位 證 書", 60, "serif_cjk")
    y = _paragraph(s, 200, 480, "研究生陳怡君，中華民國八十九年三月五日生，在本校化學工程學系碩士班修業期滿，成績及格，"
                                "經碩士學位考試通過，依學位授予法之規定，授予工學碩士學位。", 20, 42, 88)
    s.text(800, y + 180, "國立東澄大學", 44, "serif_cjk")
    s.text(800, y + 260, "校長  林文彬", 36, "serif_cjk")
    s.text(600, y + 400, "中 華 民 國 一 一 三 年 六 月 二 十 日", 36, "serif_cjk")
    s.text(200, 2080, "證書字號：（113）東大碩字第004127號", 28, "serif_cjk")
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    scan = lambda sheet, file: png_bytes(sheet.scanned(zlib.crc32(file.encode())))  # noqa: E731
    papers = [
        ("contract.png", scan(contract_hant_filled(), "contract.png"), "employment_contract", "hant-filled",
         {"employer_name": "澄峰數據科技有限公司", "employee_name": "葉思穎", "position": "數據平台工程師", "start_date": "2027-02-01",
          "term_months": 24, "monthly_salary_hkd": 49500.0, "housing_allowance_hkd": 0.0}),
        ("accounts.pdf", statements_two_pages(), "financial_statement", "two-pages",
         {"company_name": "WILLOWMERE FINE FOODS LIMITED", "period_end": "2026-03-31", "currency": "HKD", "revenue": 28774310.0,
          "profit": 2325250.0, "total_equity": 10092160.0}),
        ("id990b.png", scan(employer_bilingual_values(), "id990b.png"), "employer_form", "bilingual-values",
         {"employer_name": ("Chengfeng Data Technology Limited", "澄峰數據科技有限公司"), "br_number": "69027145",
          "applicant_name": ("YE SIYING", "葉思穎"), "position": ("Senior Data Engineer", "高級數據工程師"), "monthly_salary_hkd": 48000.0,
          "talent_list": False}),
        ("consent.png", scan(consent_university_release(), "consent.png"), "consent_letter", "university-release",
         {"organisation": ("Eastbrook University of Science and Technology", "东溪科技大学"), "applicant_name": "HUANG ZEYU",
          "date": "2026-11-05", "seal_present": True}),
        ("plan.png", scan(plan_rmb_and_hkd(), "plan.png"), "business_plan", "rmb-and-hkd",
         {"capital_hkd": 1620000.0, "projected_turnover_hkd": 5300000.0, "local_jobs": 6}),
        ("degree.png", scan(degree_roc_years(), "degree.png"), "degree_certificate", "roc-years",
         {"holder_name": "陳怡君", "date_of_birth": "2000-03-05", "institution": "國立東澄大學", "degree": ("工學碩士學位", "工學碩士"),
          "major": ("化學工程", "化學工程學系"), "date_awarded": "2024-06-20", "certificate_number": "（113）東大碩字第004127號"}),
    ]
    return write_papers(folder, papers)
