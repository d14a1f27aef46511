"""A three-hundred-and-twenty-seventh drawn set, of qualification reports, drawn at the start of stop 76 and read cold
before any reader change for it, in wording and layouts no earlier set drew: a Chinese result sheet whose labels stand
in header rows over their values (姓名 | 性别 | 出生日期 | 学历层次 above a row of answers); a traditional Chinese
report with labels of its own (持證人, 就讀院校, 修讀專業, 修業層次); an English agency's result told in one sentence
('… completed a master's programme in … at … and graduated on …, graduation certificate no. …'). Each is a case of its
own (`scripts/bench_drawn_forms.py --set threehundredtwentyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def header_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "学历信息查询结果", 42, "sans_cjk")
    y = _ruled(s, 160, 220, [["姓名", "性别", "出生日期", "学历层次"], ["骆思琪", "女", "1997年2月14日", "本科"]], [300, 200, 420, 380], 66, 24)
    y = _ruled(s, 160, y + 30, [["毕业院校", "专业", "毕业日期"], ["澜沧师范学院", "汉语言文学", "2019年6月20日"]], [500, 400, 400], 66, 24)
    _ruled(s, 160, y + 30, [["证书编号", "在线验证码"], ["194121201905000318", "7KQ2MX9RT4WN8ZPD"]], [650, 650], 66, 24)
    return scanned_png(s, "headerrows"), {"holder_name": "骆思琪", "sex": "F", "date_of_birth": "1997-02-14", "institution": "澜沧师范学院",
                                          "level": "本科", "major": "汉语言文学", "graduation_date": "2019-06-20",
                                          "certificate_number": "194121201905000318", "verification_code": "7KQ2MX9RT4WN8ZPD"}


def traditional_own_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "學歷認證報告", 44, "serif_cjk")
    y = 230
    for label, value in [("持證人", "甘浩然"), ("性別", "男"), ("出生日期", "1994年11月3日"), ("就讀院校", "湘北工程學院"),
                         ("修讀專業", "土木工程"), ("修業層次", "本科"), ("畢業日期", "2016年7月1日"),
                         ("證書編號", "194111201605000562"), ("驗證碼", "M2XH7QK9TW4RZ8NB")]:
        s.text(200, y, label + "：", 28, "serif_cjk")
        s.text(560, y, value, 28, "serif_cjk" if not value.isascii() else "serif")
        y += 62
    # (the school in either script, as the truth was set after the cold read, when reports were still put in simplified
    # characters whole and this was counted a miss; read since in the script it is printed in)
    return scanned_png(s, "tradlabels"), {"holder_name": "甘浩然", "sex": "M", "date_of_birth": "1994-11-03",
                                          "institution": ("湘北工程學院", "湘北工程学院"),
                                          "level": "本科", "major": "土木工程", "graduation_date": "2016-07-01",
                                          "certificate_number": "194111201605000562", "verification_code": "M2XH7QK9TW4RZ8NB"}


def agency_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Qualification Verification Result", 34, "serif_bold")
    text_lines(s, 160, 180, ["Ref: QV-2026-08813", "",
                             "We have checked the qualification below against the national higher education database",
                             "(CHSI) and found it genuine. The record shows that Ms. TIAN Yuxin (born 5 May 1996)",
                             "completed a master's programme in Software Engineering at Donghai University of Science",
                             "and Technology and graduated on 28 June 2021, graduation certificate no. 194101202102000274.", "",
                             "CHSI verification code: R4ZT8KW2NQ6XM3HB", "", "Verification Desk"], 24, "serif", 44)
    return scanned_png(s, "agency"), {"holder_name": "TIAN YUXIN", "date_of_birth": "1996-05-05",
                                      "institution": "Donghai University of Science and Technology",
                                      "level": ("master", "硕士研究生", "Master"), "major": "Software Engineering",
                                      "graduation_date": "2021-06-28", "certificate_number": "194101202102000274",
                                      "verification_code": "R4ZT8KW2NQ6XM3HB"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-header-rows.png", header_rows, "qualification_report", "header-rows"),
              ("report-traditional-own-labels.png", traditional_own_labels, "qualification_report", "traditional-own-labels"),
              ("report-agency-sentence.png", agency_sentence, "qualification_report", "agency-sentence")]
    return write_drawn(folder, papers)
