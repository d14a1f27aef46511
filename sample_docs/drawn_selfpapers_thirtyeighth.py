"""A thirty-eighth drawn set, drawn after the thirty-seventh: the papers an employer writes about itself and
its search for staff, in the forms they come: a job advertisement as a recruitment site shows it (a
screenshot), a newspaper's classified column photographed with three advertisements, a summary of the
search for local candidates as a table, a job advertisement in Chinese; a website's page about the firm, an
organisation chart, a brochure's inside spread, an introduction in Chinese. The sites, firms and wording are
made up here. Each is scored on the type it is read as. Read once through the product before any reader
changes for it (`scripts/bench_drawn_forms.py --set thirtyeighth`). Every name and number is made up."""
from __future__ import annotations

import zlib
from pathlib import Path

from PIL import Image, ImageDraw

from .drawn_forms import H, Sheet, W, png_bytes
from .drawn_photos_ninth import jpeg_as_taken, photographed

FIRM = "Lantern Bay Engineering Limited"
BLUE = (30, 90, 170)


def _screen(width: int = 1280, height: int = 1500) -> Sheet:
    s = Sheet()
    s.img = Image.new("RGB", (width, height), "white")
    s.d = ImageDraw.Draw(s.img)
    s.d.rectangle([0, 0, width, 70], fill=(240, 242, 246))
    return s


def job_ad_web() -> Sheet:
    s = _screen()
    s.text(30, 18, "CareerHarbour.hk", 28, "sans_bold", BLUE)
    s.text(900, 22, "Sign in    Post a job", 22)
    s.text(60, 130, "Senior Structural Engineer", 40, "sans_bold")
    s.text(60, 190, FIRM, 26, ink=BLUE)
    s.text(60, 235, "Kwun Tong  ·  Full time  ·  HK$40,000 - 52,000 monthly  ·  Posted 12 days ago", 22)
    s.d.rounded_rectangle([60, 290, 300, 350], radius=10, fill=BLUE)
    s.text(100, 304, "Quick apply", 26, "sans_bold", (255, 255, 255))
    y = 410
    for head, items in (("Key duties", ["Lead the design of steel and concrete structures for public works",
                                        "Check contractors' submissions and site works",
                                        "Coach two assistant engineers"]),
                        ("We're looking for", ["Degree in civil or structural engineering", "Corporate member of HKIE",
                                               "8 years' experience, 3 of them in Hong Kong", "Fluent English and Cantonese"]),
                        ("Benefits", ["5-day week", "Medical and dental cover", "Study sponsorship"])):
        s.text(60, y, head, 30, "sans_bold")
        y += 56
        for item in items:
            s.text(80, y, "•  " + item, 24)
            y += 44
        y += 30
    s.text(60, y + 20, "Job ref. LB-SE-2026-07    Applications close 31 Jul 2026", 22)
    return s


def newspaper_column() -> Image.Image:
    s = Sheet()
    s.img = Image.new("RGB", (1100, 1500), (236, 232, 222))
    s.d = ImageDraw.Draw(s.img)
    ads = [("URGENTLY REQUIRED", ["Structural Engineer", "Degree holder, HKIE member, 8 years' experience.",
                                  "Attractive package to the right person.", "Send full resume with present and",
                                  "expected salary to hr@lanternbay.example", "Lantern Bay Engineering Ltd"]),
           ("CHEF WANTED", ["Western kitchen, Tsim Sha Tsui.", "2 years' experience. Call 2345 6789."]),
           ("ACCOUNTS CLERK", ["LCCI level 3, knowledge of MYOB.", "5-day week. Apply to PO Box 4417, GPO."])]
    y = 40
    for head, lines in ads:
        top = y
        y += 20
        s.text(40, y, head, 40, "sans_bold")
        y += 64
        for line in lines:
            s.text(40, y, line, 28, "serif")
            y += 42
        y += 20
        s.d.rectangle([20, top, 1080, y], outline=(40, 40, 40), width=3)
        y += 40
    return s.img


def search_summary() -> Sheet:
    s = Sheet()
    s.text(120, 120, FIRM, 30, "sans_bold")
    s.text(120, 200, "Summary of efforts to fill the post locally: Senior Structural Engineer", 28, "sans_bold")
    s.wrapped(120, 270, "Before offering the post to a candidate from the Mainland we advertised it in Hong Kong as set "
                        "out below. No local applicant met the requirements of the post.", 86, 24, leading=36)
    rows = [["Date", "Where advertised", "Responses", "Interviewed", "Outcome"],
            ["02/06/2026", "CareerHarbour.hk", "23", "4", "none suitable"],
            ["09/06/2026", "Daily newspaper", "6", "1", "declined offer"],
            ["15/06/2026", "University job board", "11", "2", "lacked experience"]]
    widths = [200, 420, 200, 200, 360]
    y = 420
    for row in rows:
        x = 120
        for cell, w in zip(row, widths):
            s.d.rectangle([x, y, x + w, y + 70], outline="black", width=2)
            s.text(x + 14, y + 20, cell, 24, "sans_bold" if row is rows[0] else "sans")
            x += w
        y += 70
    s.text(120, y + 80, "Human Resources Manager", 24)
    return s


def ad_zh() -> Sheet:
    s = Sheet()
    s.text(560, 150, "誠 聘", 72, "sans_cjk")
    s.text(470, 290, "結構工程師（全職）", 48, "sans_cjk")
    y = 420
    for line in ("職責：負責公共工程之結構設計及審核承建商圖則", "要求：土木或結構工程學位，香港工程師學會會員",
                 "　　　八年或以上相關經驗，其中三年在香港", "待遇：五天工作、醫療保險、進修資助",
                 "有意者請將履歷連同現時及期望薪金", "電郵至 hr@lanternbay.example", "燈籠灣工程有限公司"):
        s.text(200, y, line, 34, "sans_cjk")
        y += 70
    return s


def about_web() -> Sheet:
    s = _screen()
    s.text(30, 18, "LANTERN BAY ENGINEERING", 26, "sans_bold", BLUE)
    s.text(640, 22, "Home    Services    Projects    People    Contact", 22)
    s.text(60, 140, "Our history", 40, "sans_bold")
    s.wrapped(60, 220, "Since 2009 Lantern Bay Engineering has designed bridges, piers and public buildings across Hong Kong. "
                       "We are a team of 38 engineers and technicians working from our office in Kwun Tong, for the "
                       "Government's works departments and for private developers.", 80, 26, leading=40)
    s.text(60, 460, "What we do", 34, "sans_bold")
    for k, item in enumerate(["Structural design and checking", "Marine and foundation works", "Condition surveys of ageing structures"]):
        s.text(80, 530 + 46 * k, "•  " + item, 26)
    s.text(60, 720, "Memberships", 34, "sans_bold")
    s.text(80, 790, "Association of Consulting Engineers of Hong Kong  ·  Hong Kong Institution of Engineers", 24)
    return s


def org_chart() -> Sheet:
    s = Sheet()
    s.text(560, 140, "ORGANISATION CHART", 40, "sans_bold")
    s.text(600, 200, FIRM, 26)

    def box(cx: int, y: int, lines: list[str]) -> None:
        s.d.rectangle([cx - 230, y, cx + 230, y + 120], outline="black", width=3)
        for k, line in enumerate(lines):
            s.text(cx - 210, y + 18 + 44 * k, line, 26)
    box(827, 320, ["Managing Director", "(1)"])
    s.d.line([827, 440, 827, 520], fill="black", width=3)
    s.d.line([300, 520, 1354, 520], fill="black", width=3)
    for cx, lines in ((300, ["Structural Division", "18 engineers"]), (827, ["Marine Works", "12 engineers"]),
                      (1354, ["Finance and Admin", "8 staff"])):
        s.d.line([cx, 520, cx, 600], fill="black", width=3)
        box(cx, 600, lines)
    s.text(120, 900, "Total staff at 30 June 2026: 39 (38 in Hong Kong)", 26)
    return s


def brochure() -> Sheet:
    s = Sheet()
    s.img = Image.new("RGB", (H, W), "white")
    s.d = ImageDraw.Draw(s.img)
    panels = [("Building the harbour's future", ["Engineers to Hong Kong's", "public works since 2009."]),
              ("Services", ["Structural design", "Marine works", "Foundations", "Condition surveys"]),
              ("Clients include", ["Highways Department", "Civil Engineering Office", "Harbourfront developers", "",
                                   "Kwun Tong, Hong Kong", "www.lanternbay.example"])]
    for k, (head, lines) in enumerate(panels):
        x = 60 + k * 780
        s.text(x, 160, head, 36, "sans_bold", BLUE)
        for j, line in enumerate(lines):
            s.text(x, 260 + 56 * j, line, 30)
    return s


def intro_zh() -> Sheet:
    s = Sheet()
    s.text(620, 150, "關於本公司", 50, "sans_cjk")
    y = 300
    for line in ("燈籠灣工程有限公司於二〇〇九年在香港註冊成立，", "主要從事橋樑、碼頭及公共建築之結構設計與審核，",
                 "客戶包括政府工務部門及私人發展商。", "本公司現有全職員工三十九人，其中工程師三十人，", "辦事處位於觀塘。"):
        s.text(180, y, line, 36, "sans_cjk")
        y += 76
    return s


def write_all(folder: Path) -> list[dict]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []

    def add(file: str, data: bytes, kind: str, layout: str) -> None:
        (folder / file).write_bytes(data)
        out.append({"file": file, "type": kind, "layout": layout, "fields": {"type": kind}})

    scan = lambda sheet, file: png_bytes(sheet.scanned(zlib.crc32(file.encode())))  # noqa: E731
    add("job-ad-web.png", png_bytes(job_ad_web().img, None), "recruitment_evidence", "site-screenshot")
    add("newspaper-ads.jpg", jpeg_as_taken(photographed(newspaper_column(), zlib.crc32(b"news")), 1), "recruitment_evidence",
        "newspaper-column")
    add("search-summary.png", scan(search_summary(), "search-summary.png"), "recruitment_evidence", "search-table")
    add("ad-zh.png", scan(ad_zh(), "ad-zh.png"), "recruitment_evidence", "ad-zh")
    add("about-web.png", png_bytes(about_web().img, None), "company_profile", "site-screenshot")
    add("org-chart.png", scan(org_chart(), "org-chart.png"), "company_profile", "org-chart")
    add("brochure.png", scan(brochure(), "brochure.png"), "company_profile", "brochure-spread")
    add("intro-zh.png", scan(intro_zh(), "intro-zh.png"), "company_profile", "intro-zh")
    return out
