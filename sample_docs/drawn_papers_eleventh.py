"""An eleventh drawn set, drawn after the tenth was mended: the papers no set had yet, each in two
layouts drawn here by hand, apart from the generator and its readers. A copy of a Hong Kong
identity card on a page and the card scanned alone; a CHSI verification report as a grid of
particulars and in its English rendering; proof of work experience as an English confirmation and
as a Chinese table; a company's background as a brochure and as a traditional-script note; a
business plan with its forecasts in a table and in Chinese prose; proof of recruitment as a job
board's printout and as a record of the search; a dependant's marriage and birth certificates.
Each file is scored on the type it is read as, and on the fields SPEC or the product reads
from it. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set eleventh`). Every name, number and amount is made up."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from pipeline.hkid import hkid_check_char

from .drawn_forms import Sheet
from .drawn_papers_eighth import _chop
from .drawn_papers_seventh import write_scans
from .generator.render import pil_font

BLUE_GREY = (214, 224, 236)


@dataclass(frozen=True)
class Applicant:
    name_zh: str
    name_hant: str
    surname: str
    given: str
    born: date
    hkid_body: str
    school: str
    school_en: str
    major: str
    major_en: str
    graduated: date
    certificate_no: str
    former_employer: str
    former_employer_en: str
    post: str
    post_en: str
    joined: date
    left: date
    company_en: str
    company_hant: str
    founded: int
    capital: int
    turnover: tuple[int, int, int]
    local_jobs: tuple[int, int, int]
    spouse_zh: str
    married: date
    child_en: str

    @property
    def hkid(self) -> str:
        return f"{self.hkid_body}({hkid_check_char(self.hkid_body)})"

    @property
    def pinyin(self) -> str:
        return f"{self.surname} {self.given}"


APPLICANTS = [
    Applicant("骆思涵", "駱思涵", "LUO", "SIHAN", date(1992, 8, 21), "R518403", "西北航空工业大学",
              "Northwest University of Aeronautical Industry", "飞行器设计与工程", "Aircraft Design and Engineering",
              date(2014, 6, 28), "106991201405002217", "西安启航测控技术有限公司", "Xi'an Qihang Measurement and Control Technology Co., Ltd.",
              "结构工程师", "Structural Engineer", date(2016, 9, 5), date(2025, 11, 30),
              "Tidewater Avionics Limited", "潮汐航電有限公司", 2009, 4_500_000, (18_600_000, 21_300_000, 24_800_000),
              (3, 5, 8), "邵文博", date(2019, 5, 20), "SHAO YUXUAN"),
    Applicant("庞梓轩", "龐梓軒", "PANG", "ZIXUAN", date(1988, 2, 14), "WX720916", "东海海洋大学",
              "Donghai Ocean University", "海洋资源开发技术", "Marine Resources Development Technology",
              date(2010, 7, 2), "103311201005000983", "宁波港联物流科技有限公司", "Ningbo Ganglian Logistics Technology Co., Ltd.",
              "数据分析主管", "Data Analysis Supervisor", date(2013, 3, 18), date(2026, 1, 9),
              "Harbourline Freight Analytics Limited", "港線貨運分析有限公司", 2025, 2_800_000, (6_200_000, 9_750_000, 13_400_000),
              (4, 7, 11), "任嘉怡", date(2015, 10, 2), "PANG YIRAN"),
]


def _zh(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _en(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def _card(a: Applicant, scale: float = 1.0) -> Image.Image:
    """The front of an identity card, drawn (not the real card's design): a tinted card with the
    holder's names, birth date, a portrait's grey shape and the number at the foot."""
    w, h = int(860 * scale), int(540 * scale)
    card = Image.new("RGB", (w, h), BLUE_GREY)
    d = ImageDraw.Draw(card)
    d.rounded_rectangle([0, 0, w - 1, h - 1], radius=int(36 * scale), outline=(90, 100, 120), width=3)

    def t(x: float, y: float, s: str, size: int, font: str = "sans") -> None:
        d.text((int(x * scale), int(y * scale)), s, font=pil_font(font if s.isascii() else "sans_cjk", int(size * scale)),
               fill=(30, 30, 40))
    t(40, 30, "香港永久性居民身份證", 34)
    t(40, 78, "HONG KONG PERMANENT IDENTITY CARD", 26, "sans_bold")
    t(40, 150, a.name_hant, 38)
    t(40, 205, f"{a.surname}, {a.given.title()}", 30)
    t(40, 270, "出生日期 Date of Birth", 20)
    t(40, 298, a.born.strftime("%d-%m-%Y"), 30)
    t(40, 360, "***AZ", 26)
    t(250, 360, "(01-19)", 22)
    t(40, 450, a.hkid, 40, "sans_bold")
    d.rectangle([int(590 * scale), int(150 * scale), int(820 * scale), int(440 * scale)], fill=(170, 175, 185))
    d.ellipse([int(650 * scale), int(190 * scale), int(760 * scale), int(310 * scale)], fill=(120, 125, 135))
    return card


def hkid_photocopy(a: Applicant) -> Sheet:
    """The card copied on an A4 page, as a photocopier leaves it: the card near the top, a note under it."""
    s = Sheet()
    s.img.paste(_card(a), (160, 220))
    s.text(160, 840, "Certified true copy of the original sighted", 26, "serif")
    s.text(160, 880, f"Holder: {a.surname} {a.given.title()}", 26, "serif")
    return s


class CardScan(Sheet):
    """The card scanned alone, at the card's own size and the scanner's margin round it."""

    def __init__(self, a: Applicant) -> None:
        super().__init__()
        card = _card(a, 1.25)
        self.img = Image.new("RGB", (card.width + 80, card.height + 80), "white")
        self.img.paste(card, (40, 40))
        self.d = ImageDraw.Draw(self.img)


def report_grid(a: Applicant) -> Sheet:
    """A CHSI record as a grid: label, value, label, value on each row; the code at the foot."""
    s = Sheet()
    s.text(330, 110, "教育部学历证书电子注册备案表", 46, "sans_cjk")
    s.text(1180, 190, "更新日期：2026年03月02日", 22, "sans_cjk")
    rows = [("姓名", a.name_zh, "性别", "女" if a.surname == "LUO" else "男"),
            ("出生日期", _zh(a.born), "民族", "汉族"),
            ("入学日期", f"{a.graduated.year - 4}年09月01日", "毕（结）业日期", _zh(a.graduated)),
            ("学校名称", a.school, "专业", a.major),
            ("学历类别", "普通高等教育", "学制", "4 年"),
            ("层次", "本科", "学习形式", "普通全日制"),
            ("毕（结）业", "毕业", "证书编号", a.certificate_no)]
    y = 280
    for l1, v1, l2, v2 in rows:
        for x0, x1, text, font, size in ((120, 380, l1, "sans_cjk", 28), (380, 860, v1, "serif_cjk", 28),
                                         (860, 1110, l2, "sans_cjk", 28), (1110, 1540, v2, "serif_cjk", 26)):
            s.d.rectangle([x0, y, x1, y + 96], outline=(60, 60, 60), width=2)
            s.text(x0 + 16, y + 32, text, size if len(text) < 14 else 22, font)
        y += 96
    s.text(120, y + 80, "在线验证码：B7KQ2M4WXR9TZ5HD", 30, "sans_cjk")
    s.text(120, y + 130, "本表可登录学信网查询验证，有效期至2026年09月02日。", 26, "sans_cjk")
    return s


def report_english(a: Applicant) -> Sheet:
    """The record's English rendering: one particular a line, labels in a column."""
    s = Sheet()
    s.text(180, 120, "Online Verification Report of Higher Education", 40, "serif_bold")
    s.text(500, 175, "Qualification Certificate", 40, "serif_bold")
    s.text(180, 260, "Date of Update: 2 March 2026", 24, "serif")
    rows = [("Name", f"{a.surname.title()} {a.given.title()}"), ("Gender", "Female" if a.surname == "LUO" else "Male"),
            ("Date of Birth", _en(a.born)), ("Name of Institution", a.school_en), ("Major", a.major_en),
            ("Length of Schooling", "4 years"), ("Level", "Undergraduate"), ("Form of Study", "Full-time"),
            ("Date of Entrance", f"1 September {a.graduated.year - 4}"), ("Date of Graduation", _en(a.graduated)),
            ("Graduated / Completed", "Graduated"), ("Certificate No.", a.certificate_no)]
    y = 360
    for label, value in rows:
        s.text(180, y, label, 28, "serif")
        s.text(620, y, value, 28, "serif")
        y += 70
    s.text(180, y + 60, "Online Verification Code: B7KQ2M4WXR9TZ5HD", 28, "serif")
    s.text(180, y + 110, "This report may be verified online at www.chsi.com.cn until 2 September 2026.", 24, "serif")
    return s


def work_confirmation(a: Applicant) -> Sheet:
    """A former employer's English letter, on its letterhead, the post named in the prose."""
    s = Sheet()
    s.text(160, 110, a.former_employer_en, 30, "sans_bold")
    s.text(160, 155, "No. 88 Gaoxin 6th Road, Hi-tech Zone", 22, "sans")
    s.d.line([160, 200, 1500, 200], fill="black", width=2)
    s.text(160, 260, f"Date: {_en(date(2026, 2, 10))}", 26, "serif")
    s.text(600, 360, "CONFIRMATION OF EMPLOYMENT", 36, "serif_bold")
    title = "Ms." if a.surname == "LUO" else "Mr."
    body = (f"We confirm that {title} {a.surname} {a.given.title()}, holder of PRC Resident Identity Card ending 4417, "
            f"was a full-time member of our staff from {_en(a.joined)} to {_en(a.left)}. Throughout this period "
            f"the holder's title was {a.post_en}, in our engineering department. We are not aware of any "
            f"matter that would reflect adversely on the holder's conduct. Should you need more, please write to "
            f"our human resources office.")
    s.wrapped(160, 460, body, 72, 28, "serif", 46)
    s.text(160, 900, "For and on behalf of", 26, "serif")
    s.text(160, 940, a.former_employer_en, 26, "serif")
    s.text(160, 1060, "Human Resources Manager", 26, "serif")
    return s


def work_table(a: Applicant) -> Sheet:
    """The same proof in Chinese: a ruled table of the holder's record, the company's chop under it."""
    s = Sheet()
    s.text(560, 130, "员工工作经历证明", 50, "sans_cjk")
    rows = [("姓名", a.name_zh), ("身份证号码", "610103199208214417" if a.surname == "LUO" else "330203198802141238"),
            ("入职日期", _zh(a.joined)), ("离职日期", _zh(a.left)), ("所在部门", "技术部"), ("职务", a.post)]
    y = 300
    for label, value in rows:
        s.d.rectangle([160, y, 560, y + 88], outline="black", width=2)
        s.d.rectangle([560, y, 1500, y + 88], outline="black", width=2)
        s.text(190, y + 26, label, 30, "sans_cjk")
        s.text(590, y + 26, value, 30, "serif_cjk" if not value.isdigit() else "mono")
        y += 88
    s.text(160, y + 80, "上述情况属实，特此说明。", 30, "serif_cjk")
    s.text(900, y + 260, a.former_employer, 28, "serif_cjk")
    s.text(1000, y + 310, "2026年2月10日", 28, "serif_cjk")
    _chop(s, 1150, y + 270, a.former_employer[:8])
    return s


def profile_brochure(a: Applicant) -> Sheet:
    """A company's background as a brochure's inner page: headings over short paragraphs, two columns."""
    s = Sheet()
    s.text(160, 120, a.company_en.upper(), 44, "sans_bold")
    s.text(160, 185, "Who we are, what we do", 28, "serif")
    s.d.rectangle([160, 240, 1500, 250], fill=(30, 80, 140))
    left = [("Our story", f"Incorporated in Hong Kong in {a.founded}, the company grew from a team of four engineers "
                          "into a firm trusted across the region."),
            ("What we do", "We design, test and certify systems for clients in aviation, shipping and logistics, "
                           "from first drawings to delivery."),
            ("Where we work", "Offices in Kwun Tong and Shenzhen serve customers in Hong Kong, the Greater Bay "
                              "Area and South-East Asia.")]
    right = [("People", "Thirty-eight staff, most of them engineers and analysts, speak Cantonese, Putonghua "
                        "and English."),
             ("Memberships", "The company is a member of the Hong Kong General Chamber of Commerce and of the "
                             "Hong Kong Logistics Association."),
             ("Recognition", "Our quality system is certified to ISO 9001:2015.")]
    for x, column in ((160, left), (860, right)):
        y = 300
        for heading, text in column:
            s.text(x, y, heading, 32, "sans_bold")
            s.wrapped(x, y + 50, text, 36, 24, "serif", 36)
            y += 300
    return s


def profile_note_hant(a: Applicant) -> Sheet:
    """The background as a traditional-script note: numbered parts in prose."""
    return _note_hant("公司背景資料", a.company_hant, [("一、成立及股東", f"本公司於{a.founded}年在香港註冊成立，由兩名股東共同持有。"),
             ("二、業務範圍", "本公司提供航空及物流系統之設計、測試及認證服務，客戶遍及香港及大灣區。"),
             ("三、人員", "本公司現有全職員工三十八名，其中工程及分析人員佔七成。"),
             ("四、會員資格", "本公司為香港總商會會員。")], left=(620, 600))


def _note_hant(title: str, company: str, parts: list[tuple[str, str]], left: tuple[int, int] = (600, 580)) -> Sheet:
    """A traditional-script note: its title and the company (`left`: where each starts) over
    numbered parts in prose."""
    s = Sheet()
    s.text(left[0], 120, title, 50, "serif_cjk")
    s.text(left[1], 200, company, 32, "serif_cjk")
    y = 320
    for heading, text in parts:
        s.text(160, y, heading, 32, "serif_cjk")
        s.wrapped(220, y + 56, text, 38, 30, "serif_cjk", 46)
        y += 220
    return s


def _money(n: int) -> str:
    return f"{n:,}"


def plan_table(a: Applicant) -> Sheet:
    """A plan's pages in short: its capital stated in a sentence, forecasts and staff in one table."""
    s = Sheet()
    s.text(160, 120, a.company_en, 34, "sans_bold")
    s.text(160, 175, "Three-Year Business Plan", 44, "sans_bold")
    s.text(160, 270, "1. Funding", 32, "sans_bold")
    s.wrapped(160, 320, f"The shareholders have paid up HK${_money(a.capital)} in share capital, held in the company's "
                        "account with a licensed bank in Hong Kong.", 70, 26, "serif", 40)
    s.text(160, 460, "2. Forecasts", 32, "sans_bold")
    head = ["", "Year 1", "Year 2", "Year 3"]
    rows = [["Turnover (HK$)", *map(_money, a.turnover)],
            ["Net profit (HK$)", *map(_money, (t // 12 for t in a.turnover))],
            ["Local staff", *map(str, a.local_jobs)],
            ["Staff from outside Hong Kong", "1", "1", "2"]]
    xs = [160, 700, 970, 1240, 1510]
    y = 520
    for row in [head, *rows]:
        for k, cell in enumerate(row):
            s.d.rectangle([xs[k], y, xs[k + 1], y + 70], outline="black", width=2)
            s.text(xs[k] + 14, y + 20, cell, 24, "sans_bold" if row is head else "sans")
        y += 70
    s.text(160, y + 60, "3. Market", 32, "sans_bold")
    s.wrapped(160, y + 110, "Demand for freight data services in the region grows as ports automate.", 70, 26, "serif", 40)
    return s


def plan_prose_hant(a: Applicant) -> Sheet:
    """The plan in traditional-script prose, amounts in figures with their currency."""
    return _note_hant("業務發展計劃", a.company_hant, [("一、資金", f"股東已繳足股本港幣{_money(a.capital)}元，存放於香港持牌銀行。"),
             ("二、營業額預測", f"預計首年營業額為港幣{_money(a.turnover[0])}元，第二年為港幣{_money(a.turnover[1])}元。"),
             ("三、聘用計劃", f"首年將聘請本地僱員{a.local_jobs[0]}名，第三年增至{a.local_jobs[2]}名。"),
             ("四、市場", "大灣區港口自動化帶動貨運數據服務需求。")])


def job_posting(a: Applicant) -> Sheet:
    """A job board's page as printed from a browser: the post, its terms, the board's own words."""
    s = Sheet()
    s.text(120, 60, "https://www.hkcareerboard.example/jobs/4481207", 20, "sans")
    s.d.rectangle([120, 110, 1540, 200], fill=(40, 60, 110))
    s.text(150, 135, "HK Career Board", 36, "sans_bold", ink=(255, 255, 255))
    s.text(150, 260, a.post_en, 44, "sans_bold")
    s.text(150, 320, a.company_en, 30, "sans")
    s.text(150, 370, "Kwun Tong  |  Full time  |  HK$38,000 - 46,000 per month", 26, "sans")
    s.text(150, 420, "Listed 14 Jan 2026  ·  closes 14 Feb 2026", 24, "sans")
    s.text(150, 510, "About the role", 32, "sans_bold")
    s.wrapped(150, 560, "You will lead the analysis of freight and flight data for our clients and present what "
                        "it shows to their managers.", 70, 26, "sans", 40)
    s.text(150, 700, "What you bring", 32, "sans_bold")
    for k, item in enumerate(["A degree in engineering, statistics or a related subject",
                              "Five years of experience in data analysis", "Fluent English and Chinese"]):
        s.text(170, 760 + 50 * k, f"•  {item}", 26, "sans")
    s.d.rectangle([150, 960, 520, 1040], fill=(230, 120, 30))
    s.text(190, 980, "Send your CV", 30, "sans_bold", ink=(255, 255, 255))
    return s


def recruitment_record(a: Applicant) -> Sheet:
    """The employer's record of its search: where it advertised, and who answered."""
    s = Sheet()
    s.text(160, 120, a.company_en, 32, "sans_bold")
    s.text(160, 180, f"Record of the search for a {a.post_en}", 36, "sans_bold")
    head = ["Medium", "Dates", "Replies", "Met", "Outcome"]
    rows = [["HK Career Board", "14 Jan - 14 Feb 2026", "23", "4", "none suitable"],
            ["Labour Department portal", "16 Jan - 16 Feb 2026", "9", "1", "none suitable"],
            ["University job fair", "7 Feb 2026", "12", "2", "declined offer"]]
    xs = [160, 560, 900, 1060, 1200, 1530]
    y = 300
    for row in [head, *rows]:
        for k, cell in enumerate(row):
            s.d.rectangle([xs[k], y, xs[k + 1], y + 80], outline="black", width=2)
            s.text(xs[k] + 12, y + 24, cell, 24, "sans_bold" if row is head else "sans")
        y += 80
    s.wrapped(160, y + 80, "No local candidate met the post's requirements, so the company seeks to employ the "
                           "applicant from the Mainland.", 70, 26, "serif", 40)
    return s


def marriage_certificate(a: Applicant) -> Sheet:
    """A marriage certificate's page of particulars, the two parties side by side."""
    s = Sheet()
    s.text(640, 120, "结 婚 证", 60, "serif_cjk")
    s.text(160, 300, f"持证人  {a.name_zh}", 32, "sans_cjk")
    s.text(160, 380, f"登记日期  {_zh(a.married)}", 32, "sans_cjk")
    s.text(160, 460, f"结婚证字号  J440305-{a.married.year}-00{a.born.day}17", 32, "sans_cjk")
    y = 620
    for name, sex, born in ((a.name_zh, "女" if a.surname == "LUO" else "男", a.born),
                            (a.spouse_zh, "男" if a.surname == "LUO" else "女", date(a.born.year - 1, 11, 3))):
        s.text(160, y, f"姓名  {name}", 30, "sans_cjk")
        s.text(700, y, f"性别  {sex}", 30, "sans_cjk")
        s.text(160, y + 60, "国籍  中国", 30, "sans_cjk")
        s.text(700, y + 60, f"出生日期  {_zh(born)}", 30, "sans_cjk")
        y += 180
    s.text(160, y + 60, "登记机关：深圳市南山区民政局", 30, "sans_cjk")
    return s


def birth_certificate_en(a: Applicant) -> Sheet:
    """A child's birth record in English, as a notarised translation sets it out."""
    s = Sheet()
    s.text(520, 130, "CERTIFICATE OF BIRTH", 48, "serif_bold")
    s.text(560, 200, "(English translation)", 28, "serif")
    rows = [("Name of child", a.child_en), ("Sex", "Male"), ("Date of birth", _en(date(a.married.year + 2, 4, 9))),
            ("Place of birth", "Shenzhen, Guangdong"), ("Mother", a.pinyin if a.surname == "LUO" else "REN JIAYI"),
            ("Father", "SHAO WENBO" if a.surname == "LUO" else a.pinyin), ("Registered on", _en(date(a.married.year + 2, 5, 2)))]
    y = 320
    for label, value in rows:
        s.text(200, y, f"{label}:", 30, "serif")
        s.text(640, y, value, 30, "serif")
        y += 80
    s.text(200, y + 100, "I certify that this is a true translation of the original document.", 26, "serif")
    return s


def truth(a: Applicant, kind: str, layout: str) -> dict:
    fields: dict = {"type": kind}
    if kind == "hkid_copy":
        fields["hkid_number"] = a.hkid
    elif kind == "qualification_report":
        chinese = layout == "grid"
        fields |= {"holder_name": a.name_zh if chinese else a.pinyin, "institution": a.school if chinese else a.school_en,
                   "major": a.major if chinese else a.major_en, "level": "本科" if chinese else "Undergraduate",
                   "certificate_number": a.certificate_no,
                   "graduation_date": a.graduated.isoformat()}
    elif kind == "work_experience_letter":
        chinese = layout == "table"
        fields |= {"employer": a.former_employer if chinese else a.former_employer_en,
                   "position": a.post if chinese else a.post_en,
                   "start_date": a.joined.isoformat(), "end_date": a.left.isoformat()}
    elif kind == "business_plan":
        fields |= {"capital_hkd": a.capital, "projected_turnover_hkd": a.turnover[0], "local_jobs": a.local_jobs[0]}
    return fields


LAYOUTS = {"hkid_copy": {"photocopy": hkid_photocopy, "card-alone": CardScan},
           "qualification_report": {"grid": report_grid, "english": report_english},
           "work_experience_letter": {"confirmation": work_confirmation, "table": work_table},
           "company_profile": {"brochure": profile_brochure, "note-hant": profile_note_hant},
           "business_plan": {"table": plan_table, "prose-hant": plan_prose_hant},
           "recruitment_evidence": {"posting": job_posting, "record": recruitment_record},
           "dependant_document": {"marriage": marriage_certificate, "birth-en": birth_certificate_en}}


def write_all(folder: Path, only: set[str] | None = None) -> list[dict]:
    return write_scans(folder, APPLICANTS, LAYOUTS, truth, only)
