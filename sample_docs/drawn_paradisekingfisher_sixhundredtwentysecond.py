"""A six-hundred-and-twenty-second drawn set, of an applicant's form, a work letter and a consent, drawn in stop 86's sixth round to be
read cold before any reader changes for it, in wording and layouts no earlier set drew: an ID 990A in traditional Chinese only
(姓（英文）, 名（英文）, 出生日期（日/月/年）, 旅行證件號碼) typed in a ruled table, the Hong Kong degree question answered 否 by a cross;
a letter whose stay is a table of its own (Position | From | To); a letter of release ('we agree to release Mr. …, Senior Process
Engineer of our company, to take up employment in Hong Kong'), dated 'this 2nd day of December 2026'. Each is a case of its own
(`scripts/bench_drawn_forms.py --set sixhundredtwentysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def applicant_hant_only() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    s.text(560, 120, "申請人資料", 40, "sans_cjk")
    y = _ruled(s, 140, 220, [["姓（英文）", "MO"], ["名（英文）", "JIAXIN"], ["中文姓名", "莫嘉欣"], ["性別", "女"], ["出生日期（日/月/年）", "23/08/1995"],
                             ["旅行證件號碼", "EF2093571"], ["僱主名稱", "Lumenreef Optics Limited"], ["職位", "Optical Design Engineer"],
                             ["每月薪金（港元）", "44,800"]], [460, 820], 72, 26)
    s.text(140, y + 50, "你是否持有香港院校頒授的學士或以上學位？", 26, "sans_cjk")
    s.tick(200, y + 110, False)
    s.text(250, y + 112, "是", 26, "sans_cjk")
    s.tick(380, y + 110, True)
    s.text(430, y + 112, "否", 26, "sans_cjk")
    return scanned_png(s, "hantonly"), {"surname": "MO", "given_names": "JIAXIN", "name_zh": "莫嘉欣", "sex": "F", "date_of_birth": "1995-08-23",
                                        "travel_document_number": "EF2093571", "employer_name": "Lumenreef Optics Limited",
                                        "position": "Optical Design Engineer", "monthly_salary_hkd": 44800.0, "hk_local_degree": False}


def stay_as_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Foshan Kilnworks Ceramics Co., Ltd.", 32, "serif_bold")
    y = text_lines(s, 140, 210, ["30 November 2026", "", "To Whom It May Concern", "",
                                 "This letter confirms the employment of Ms. PAN Siyu with our company as follows:"], 24, "serif", 46)
    y = _ruled(s, 140, y + 30, [["Position", "From", "To"], ["Glaze Research Chemist", "15 Jul 2016", "20 Mar 2023"]], [640, 320, 320], 70, 24)
    text_lines(s, 140, y + 60, ["Ms. Pan left us of her own accord.", "", "Personnel Office"], 24, "serif", 46)
    return scanned_png(s, "stayastable"), {"employer": "Foshan Kilnworks Ceramics Co., Ltd.", "position": "Glaze Research Chemist",
                                           "start_date": "2016-07-15", "end_date": "2023-03-20"}


def letter_of_release() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Wuxi Taihu Precision Chemicals Co., Ltd.", 32, "serif_bold")
    s.text(600, 200, "LETTER OF RELEASE", 32, "serif_bold")
    y = text_lines(s, 140, 300, ["This is to confirm that we agree to release Mr. DU Haoran, Senior Process Engineer of our company,",
                                 "to take up employment in Hong Kong with Redcliff Specialty Materials Limited.", "",
                                 "Dated this 2nd day of December 2026.", "", "For and on behalf of", "Wuxi Taihu Precision Chemicals Co., Ltd."],
                   24, "serif", 46)
    _chop(s, 560, y + 170, "无锡太湖精细化工有限公司")
    return scanned_png(s, "release"), {"organisation": ("Wuxi Taihu Precision Chemicals Co., Ltd.", "无锡太湖精细化工有限公司"),
                                       "applicant_name": ("DU Haoran", "DU HAORAN"), "date": "2026-12-02", "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990a-hant-only.png", applicant_hant_only, "applicant_form", "hant-only"),
              ("work-stay-as-table.png", stay_as_table, "work_experience_letter", "stay-as-table"),
              ("consent-release.png", letter_of_release, "consent_letter", "release")]
    return write_drawn(folder, papers)
