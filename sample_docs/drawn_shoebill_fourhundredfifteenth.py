"""A four-hundred-and-fifteenth drawn set, of English work letters, in wording and layouts no earlier set drew: an
experience certificate whose subject line names the person, that he 'was associated with us from' one date 'to' another
with ordinal days, his 'designation at the time of leaving' a post; a letter in English and then in Chinese, the same
stay in both; an e-mail printed with its header lines, that a person 'was employed as' a post 'with' a firm 'between'
two dates written year first. Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredfifteenth`).
Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def associated_with_us() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Huaxia Steel Pipe (Tianjin) Co., Ltd.", 28, "serif_bold")
    text_lines(s, 160, 190, ["Date: 21.11.2026", "", "Subject: Experience Certificate – Mr. LUO Haoran", "",
                             "Mr. LUO Haoran was associated with us from 12th July 2010 to 30th November 2016. His designation at",
                             "the time of leaving was Assistant Procurement Manager.", "", "We wish him all the best.", "",
                             "Authorised Signatory"], 24, "serif", 44)
    return scanned_png(s, "associated"), {"employer": "Huaxia Steel Pipe (Tianjin) Co., Ltd.", "position": "Assistant Procurement Manager",
                                          "start_date": "2010-07-12", "end_date": "2016-11-30"}


def english_then_chinese() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Hangzhou Qiantang Creative Design Co., Ltd.", 28, "sans_bold")
    s.text(160, 130, "杭州钱塘创意设计有限公司", 24, "sans_cjk")
    text_lines(s, 160, 220, ["This is to certify that Ms. SU Mengyao has worked in our company since 1 June 2020 and currently",
                             "holds the post of Brand Designer."], 24, "sans", 44)
    text_lines(s, 160, 340, ["　　兹证明苏梦瑶自2020年6月1日起在我公司工作，现任品牌设计师。"], 26, "sans_cjk", 56)
    text_lines(s, 900, 460, ["杭州钱塘创意设计有限公司", "2026年11月29日"], 26, "sans_cjk", 56)
    _chop(s, 1420, 520, "杭州钱塘创意设计有限公司")
    return scanned_png(s, "enzh"), {"employer": ("Hangzhou Qiantang Creative Design Co., Ltd.", "杭州钱塘创意设计有限公司"),
                                    "position": ("Brand Designer", "品牌设计师"), "start_date": "2020-06-01"}


def printed_email() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 120, 90, ["From: People Team <people@brightwave-digital.example>", "To: visa-applications@harbourlane.example",
                            "Date: Tue, 24 Nov 2026 10:12", "Subject: Employment confirmation – ZHOU Lin"], 20, "mono", 34)
    s.d.line([120, 240, 1500, 240], fill=(120, 120, 120), width=1)
    text_lines(s, 120, 280, ["Hi,", "", "Confirming that ZHOU Lin was employed as Backend Developer with Brightwave Digital (Wuhan)",
                             "Co., Ltd. between 2017-03-06 and 2022-08-19.", "", "Best,", "Lena", "People Team, Brightwave Digital (Wuhan) Co., Ltd."],
               22, "sans", 40)
    return scanned_png(s, "email"), {"employer": "Brightwave Digital (Wuhan) Co., Ltd.", "position": "Backend Developer",
                                     "start_date": "2017-03-06", "end_date": "2022-08-19"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-associated-with-us.png", associated_with_us, "work_experience_letter", "associated-with-us"),
              ("work-english-then-chinese.png", english_then_chinese, "work_experience_letter", "english-then-chinese"),
              ("work-printed-email.png", printed_email, "work_experience_letter", "printed-email")]
    return write_drawn(folder, papers)
