"""A four-hundred-and-seventy-fourth drawn set, of a consent, a report and a work letter, drawn after stop 82's third reader
change, to be read cold, in wording and layouts no earlier set drew: a research institute's English consent ('The
Institute consents to Dr. … accepting an offer of employment in Hong Kong'), no company's suffix; a record of a
qualification in a ruled table of two pairs a row (姓名 | … | 性别 | …) with its check code; a Chinese letter whose
employer is named in its first sentence (…系我公司员工) and signed again under the chop. Each is a case of its own
(`scripts/bench_drawn_forms.py --set fourhundredseventyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def institute_consent() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Xibei Institute of Geological Sciences", 30, "serif_bold")
    text_lines(s, 160, 200, ["27 November 2026", "", "Letter of Consent", "",
                             "The Institute consents to Dr. MA Yunfei accepting an offer of employment in Hong Kong and will",
                             "release her from her present duties accordingly.", "",
                             "For and on behalf of the Institute", "", "Director, Personnel Office"], 24, "serif", 44)
    _chop(s, 1150, 640, "西北地质科学研究所")
    return scanned_png(s, "institute"), {"organisation": "Xibei Institute of Geological Sciences", "applicant_name": "MA Yunfei",
                                         "date": "2026-11-27", "seal_present": True}


def record_two_pairs() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 110, "高等学历证书信息记录", 40, "serif_cjk")
    y = _ruled(s, 140, 220, [["姓名", "覃雅琳", "性别", "女"], ["出生日期", "1998年4月7日", "层次", "本科"],
                             ["院校名称", "桂中民族大学", "专业", "旅游管理"], ["毕业日期", "2020年6月30日", "证书编号", "192971202006002214"]],
               [220, 420, 200, 520], 78, 26)
    text_lines(s, 140, y + 60, ["在线验证码：R8KD2MWQ6TXB4NZC", "说明：本记录仅供核对学历之用。"], 26, "serif_cjk", 52)
    return scanned_png(s, "record"), {"holder_name": "覃雅琳", "sex": "F", "date_of_birth": "1998-04-07", "institution": "桂中民族大学",
                                      "major": "旅游管理", "level": ("本科",), "graduation_date": "2020-06-30",
                                      "certificate_number": "192971202006002214", "verification_code": "R8KD2MWQ6TXB4NZC"}


def named_first_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "证 明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　兹有柯俊熙系扬州运河文化传媒有限公司员工，于2016年5月16日至2022年4月30日在我公司任视频制作主管。"
                                "特此证明。", 35, 30, 62)
    text_lines(s, 860, y + 100, ["扬州运河文化传媒有限公司", "2026年11月12日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 130, "扬州运河文化传媒有限公司")
    return scanned_png(s, "namedfirst"), {"employer": "扬州运河文化传媒有限公司", "position": "视频制作主管", "start_date": "2016-05-16",
                                          "end_date": "2022-04-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-institute.png", institute_consent, "consent_letter", "institute"),
              ("report-record-two-pairs.png", record_two_pairs, "qualification_report", "record-two-pairs"),
              ("work-named-first-sentence.png", named_first_sentence, "work_experience_letter", "named-first-sentence")]
    return write_drawn(folder, papers)
