"""A three-hundred-and-thirty-fifth drawn set, of work experience letters, drawn at the end of stop 76 after its last
reader change and read cold, not mended, in wording and layouts no earlier set drew: an English letter whose stay
follows the post in brackets ('as Senior Translator (June 2012 – May 2019)'); a Chinese letter for a person still
employed, its date written with slashes (自2016/3/15入职至今，现任…); an English letter whose employer is named only where it
signs ('For and on behalf of …'), under a letterhead of initials; a traditional letter dated with noughts (於2015年08月01日至
2022年12月31日期間，在本行擔任…職務). Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredthirtyfifth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def stay_in_brackets() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Meridian Language Services (Shanghai) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["14 June 2019", "", "To whom it may concern", "",
                             "Ms. KANG Yilin worked in our Shanghai office as Senior Translator (June 2012 – May 2019), translating",
                             "technical and legal documents between Chinese, English and German.", "",
                             "Yours faithfully,", "", "Ruth ZHANG", "Office Manager"], 24, "serif", 44)
    return scanned_png(s, "brackets"), {"employer": "Meridian Language Services (Shanghai) Co., Ltd.", "position": "Senior Translator",
                                        "start_date": "2012-06-01", "end_date": "2019-05-31"}


def slashes_still_employed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 100, "在职证明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明段梓萌女士自2016/3/15入职我公司至今，现任市场总监，月薪人民币叁万伍仟元。",
                             "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["厦门鹭岛文旅发展有限公司", "2026年10月30日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 560, "厦门鹭岛文旅发展有限公司")
    return scanned_png(s, "slashes"), {"employer": "厦门鹭岛文旅发展有限公司", "position": "市场总监", "start_date": "2016-03-15"}


def employer_where_it_signs() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "N W T", 44, "sans_bold")
    text_lines(s, 160, 200, ["27 February 2023", "", "Dear Sir or Madam,", "",
                             "Mr. YAN Haochen was employed by us from 5 January 2015 to 10 February 2023. His last role was",
                             "Dyeing Process Supervisor.", "",
                             "For and on behalf of", "Northwind Textiles (Shaoxing) Co., Ltd.", "", "", "GU Lanfang, Human Resources"],
               24, "serif", 44)
    return scanned_png(s, "whereitsigns"), {"employer": "Northwind Textiles (Shaoxing) Co., Ltd.", "position": "Dyeing Process Supervisor",
                                            "start_date": "2015-01-05", "end_date": "2023-02-10"}


def noughts_in_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "工作證明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明鄺卓賢先生於2015年08月01日至2022年12月31日期間，在本行擔任高級客戶經理職務。",
                             "", "　　特此證明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["港灣信合銀行有限公司", "2023年01月09日"], 26, "serif_cjk", 56)
    _chop(s, 1440, 560, "港灣信合銀行有限公司")
    return scanned_png(s, "noughts"), {"employer": "港灣信合銀行有限公司", "position": "高級客戶經理", "start_date": "2015-08-01",
                                       "end_date": "2022-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-stay-in-brackets.png", stay_in_brackets, "work_experience_letter", "stay-in-brackets"),
              ("work-slashes-still-employed.png", slashes_still_employed, "work_experience_letter", "slashes-still-employed"),
              ("work-employer-where-it-signs.png", employer_where_it_signs, "work_experience_letter", "employer-where-it-signs"),
              ("work-noughts-in-dates.png", noughts_in_dates, "work_experience_letter", "noughts-in-dates")]
    return write_drawn(folder, papers)
