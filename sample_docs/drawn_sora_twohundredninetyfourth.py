"""A two-hundred-and-ninety-fourth drawn set, of work experience letters, in wording and layouts no earlier set drew: an
e-mail printout whose body states the person, post and dates on one line parted by dashes, the firm in its signature;
a simplified Chinese letter of a person still in post, posts held in turn and the one held 'since' a month (…起任…至今);
a certificate with its post in quotation marks and dates written 02-Jan-2013; a letter whose post and dates stand in
a two-column ruled table under its first sentence, the firm named in the sentence; a traditional Chinese letter of a
person who 'served as' (出任) a post 'until' a day (直至…離職). Each is a case of its own (`scripts/bench_drawn_forms.py
--set twohundredninetyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def email_one_line() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 120, 100, ["From:  hr-services@redwoodfurniture.example", "To:  immigration-support@lexington-hr.example",
                             "Date:  26 November 2026", "Subject:  Employment verification – ZHAO Lei"], 22, "sans", 40)
    s.d.line([120, 280, 1530, 280], fill=(150, 150, 150), width=2)
    text_lines(s, 120, 320, ["Dear Sir or Madam,", "", "As requested, our records show:", "",
                             "ZHAO Lei  –  Senior Buyer  –  14/02/2017 to 30/06/2023", "", "Best regards,", "HR Services",
                             "Jiangsu Redwood Furniture Co., Ltd."], 22, "sans", 40)
    return scanned_png(s, "email"), {"employer": "Jiangsu Redwood Furniture Co., Ltd.", "position": "Senior Buyer",
                                     "start_date": "2017-02-14", "end_date": "2023-06-30"}


def in_post_since() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "在职证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明蒋文涛同志于2011年3月8日入职我公司，先后任技术员、工程师，", "2016年5月起任高级工程师至今。", "",
                             "　　特此证明。"], 28, "serif_cjk", 60)
    text_lines(s, 860, 540, ["洛阳伊河重型机械有限公司", "2026年11月23日"], 28, "serif_cjk", 56)
    _chop(s, 1440, 520, "洛阳伊河重型机械有限公司")
    return scanned_png(s, "since"), {"employer": "洛阳伊河重型机械有限公司", "position": "高级工程师", "start_date": "2011-03-08"}


def quoted_post() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Shandong Peninsula Textiles Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["Ref: HR/2026/1187", "", "TO WHOM IT MAY CONCERN", "",
                             "This is to certify that Ms. MA Lijun was employed with us as \"Senior Accountant\" from 02-Jan-2013 to",
                             "31-Dec-2018. During her tenure she was sincere and hardworking.", "", "Authorised Signatory"], 24, "serif", 44)
    return scanned_png(s, "quoted"), {"employer": "Shandong Peninsula Textiles Co., Ltd.", "position": "Senior Accountant",
                                      "start_date": "2013-01-02", "end_date": "2018-12-31"}


def table_under_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    text_lines(s, 140, 120, ["24 November 2026", "", "We confirm that Mr. PAN Yue was employed by Chongqing Mountain City Bridge Design",
                             "Institute Co., Ltd. as follows:"], 24, "sans", 44)
    _ruled(s, 160, 330, [["Position", "Bridge Design Engineer"], ["Employment period", "1 July 2012 – 31 May 2020"]], [360, 620], 60, 24)
    text_lines(s, 140, 500, ["Yours faithfully,", "", "Human Resources Department"], 24, "sans", 44)
    return scanned_png(s, "tableunder"), {"employer": "Chongqing Mountain City Bridge Design Institute Co., Ltd.",
                                          "position": "Bridge Design Engineer", "start_date": "2012-07-01", "end_date": "2020-05-31"}


def traditional_churen() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "服務證明書", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明羅志明先生於2015年4月1日加入本公司，出任項目經理，", "直至2021年9月30日離職。", "", "　　此致"],
               28, "serif_cjk", 60)
    text_lines(s, 860, 560, ["珠海橫琴建設工程有限公司", "2026年11月20日"], 28, "serif_cjk", 56)
    _chop(s, 1440, 540, "珠海橫琴建設工程有限公司")
    return scanned_png(s, "churen"), {"employer": "珠海橫琴建設工程有限公司", "position": "項目經理", "start_date": "2015-04-01",
                                      "end_date": "2021-09-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-email-one-line.png", email_one_line, "work_experience_letter", "email-one-line"),
              ("experience-in-post-since.png", in_post_since, "work_experience_letter", "in-post-since"),
              ("experience-quoted-post.png", quoted_post, "work_experience_letter", "quoted-post"),
              ("experience-table-under-sentence.png", table_under_sentence, "work_experience_letter", "table-under-sentence"),
              ("experience-traditional-churen.png", traditional_churen, "work_experience_letter", "traditional-churen")]
    return write_drawn(folder, papers)
