"""A four-hundred-and-twenty-eighth drawn set, of a graduation certificate, a consent and a work letter, drawn after the
stop's last reader change, to be read cold and left unmended, in wording and layouts no earlier set drew: a graduation
certificate in English translation that a holder 'majored in' a subject 'in the four-year undergraduate program at our
university' and 'is permitted to graduate'; a traditional consent (同意書) whose firm 'agrees that its employee goes to
Hong Kong to work', dated in figures; a letter that states a yearly income after the post (…担任高级会计师，年收入约人民币25万元).
Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredtwentyeighth`). Every name and number is made
up; 19330 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def permitted_to_graduate() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 120, "Diploma (translation)", 34, "serif_bold")
    text_lines(s, 160, 230, ["This is to certify that LIANG Shuyi, female, born on 16 October 1998, majored in Accounting in the",
                             "four-year undergraduate program at our university from September 2016 to June 2020, completed all",
                             "the courses prescribed by the teaching plan, passed the examinations and is permitted to graduate.", "",
                             "Ganzhou Normal University", "President: LAI Zhenbang", "30 June 2020", "", "Diploma No.: 193301202006002046"],
               24, "serif", 46)
    return scanned_png(s, "permitted"), {"holder_name": "LIANG SHUYI", "institution": "Ganzhou Normal University", "major": "Accounting",
                                         "level": ("undergraduate", "本科"), "graduation_date": "2020-06-30",
                                         "certificate_number": "193301202006002046"}


def traditional_consent() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "同意書", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　本公司同意員工麥穎欣赴香港工作，特此證明。"], 28, "serif_cjk", 60)
    text_lines(s, 880, 400, ["珠海橫琴灣區貿易有限公司", "2026年11月22日"], 28, "serif_cjk", 58)
    _chop(s, 1420, 460, "珠海橫琴灣區貿易有限公司")
    return scanned_png(s, "tradconsent"), {"organisation": "珠海橫琴灣區貿易有限公司", "applicant_name": "麥穎欣", "date": "2026-11-22",
                                           "seal_present": True}


def income_after_post() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "工作证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明柴佳慧，女，自2016年3月7日起在我公司财务部工作，担任高级会计师，年收入约人民币25万元。", "",
                             "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["太原汾河能源科技有限公司", "2026年11月15日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "太原汾河能源科技有限公司")
    return scanned_png(s, "income"), {"employer": "太原汾河能源科技有限公司", "position": "高级会计师", "start_date": "2016-03-07"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-permitted-to-graduate.png", permitted_to_graduate, "graduation_certificate", "permitted-to-graduate"),
              ("consent-traditional.png", traditional_consent, "consent_letter", "traditional"),
              ("work-income-after-post.png", income_after_post, "work_experience_letter", "income-after-post")]
    return write_drawn(folder, papers)
