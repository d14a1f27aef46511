"""A three-hundred-and-sixteenth drawn set, of qualification reports, drawn at the start of stop 75 and read cold, in
wording and layouts no earlier set drew: a simplified Chinese record ruled four cells to a row under a title no report
had (学历信息档案), its code labelled 查验码; an English summary whose labels are 'Full name', 'Study level', 'Programme'
and 'Online check code'; a Chinese check sheet with its label column shaded (培养层次, 毕业证书编号, 核验码); a Chinese
account of a check told in one sentence (经核查, …). Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredsixteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def archive_four_cells() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "学历信息档案", 44, "sans_cjk")
    s.text(140, 190, "档案查询日期：2026年11月20日", 22, "sans_cjk")
    _ruled(s, 140, 250, [["姓名", "阮思琪", "性别", "女"], ["出生年月日", "1997年11月5日", "民族", "汉族"],
                         ["毕业院校", "闽中工程学院", "学历层次", "本科"], ["所学专业", "土木工程", "毕业时间", "2019年7月1日"],
                         ["学历证书编号", "194321201905000412", "", ""], ["查验码", "R8KT2WQ6MZ3XN9PD", "", ""]],
           [260, 440, 220, 440], 70, 26)
    return scanned_png(s, "archive"), {"holder_name": "阮思琪", "sex": "F", "date_of_birth": "1997-11-05", "institution": "闽中工程学院",
                                       "level": "本科", "major": "土木工程", "graduation_date": "2019-07-01",
                                       "certificate_number": "194321201905000412", "verification_code": "R8KT2WQ6MZ3XN9PD"}


def english_summary() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 100, "Academic Credential Summary", 36, "serif_bold")
    s.text(300, 160, "prepared for the holder on 18 November 2026", 22, "serif")
    rows = [("Full name", "QIN Haoyu"), ("Sex", "Male"), ("Date of birth", "27 February 1995"),
            ("Awarding institution", "Longxi University of Commerce"), ("Study level", "Undergraduate (four years)"),
            ("Programme", "International Trade"), ("Completion date", "28 June 2017"),
            ("Certificate serial no.", "194311201705000287"), ("Online check code", "W5HN8RK2QX7TM4ZB")]
    y = 260
    for label, value in rows:
        s.text(160, y, label, 24, "serif", ink=(70, 70, 70))
        s.text(620, y, value, 24, "serif")
        y += 58
    return scanned_png(s, "summary"), {"holder_name": "QIN HAOYU", "sex": "M", "date_of_birth": "1995-02-27",
                                       "institution": "Longxi University of Commerce", "level": ("undergraduate", "本科"),
                                       "major": "International Trade", "graduation_date": "2017-06-28",
                                       "certificate_number": "194311201705000287", "verification_code": "W5HN8RK2QX7TM4ZB"}


def shaded_check_sheet() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 100, "毕业生学历核验单", 42, "serif_cjk")
    _ruled(s, 220, 220, [["学生姓名", "戴雨彤"], ["性别", "女"], ["出生日期", "1996-08-19"], ["院校名称", "黔东南财经学院"],
                         ["培养层次", "专科"], ["专业", "会计"], ["毕业日期", "2017-06-30"], ["毕业证书编号", "194301201706000521"],
                         ["核验码", "K3PW9XN2TR6QZ8HM"]], [320, 720], 68, 26, shade_labels=True)
    return scanned_png(s, "shaded"), {"holder_name": "戴雨彤", "sex": "F", "date_of_birth": "1996-08-19", "institution": "黔东南财经学院",
                                      "level": "专科", "major": "会计", "graduation_date": "2017-06-30",
                                      "certificate_number": "194301201706000521", "verification_code": "K3PW9XN2TR6QZ8HM"}


def told_in_one_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(540, 110, "学历核查情况说明", 42, "serif_cjk")
    text_lines(s, 160, 240, ["　　经核查，学历证书持有人谭浩然，男，1994年9月18日生，于2016年6月30日毕业于湘南科技学院，",
                             "所学专业为机械设计制造及其自动化，学历层次为本科，毕业证书编号为194291201605000733。",
                             "", "在线验证码：M7QX4KT9WN2RB6ZH"], 26, "serif_cjk", 52)
    text_lines(s, 980, 520, ["核查日期：2026年11月24日"], 24, "serif_cjk", 48)
    return scanned_png(s, "sentence"), {"holder_name": "谭浩然", "sex": "M", "date_of_birth": "1994-09-18", "institution": "湘南科技学院",
                                        "level": "本科", "major": "机械设计制造及其自动化", "graduation_date": "2016-06-30",
                                        "certificate_number": "194291201605000733", "verification_code": "M7QX4KT9WN2RB6ZH"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-archive-four-cells.png", archive_four_cells, "qualification_report", "archive-four-cells"),
              ("report-english-summary.png", english_summary, "qualification_report", "english-summary"),
              ("report-shaded-check-sheet.png", shaded_check_sheet, "qualification_report", "shaded-check-sheet"),
              ("report-told-in-one-sentence.png", told_in_one_sentence, "qualification_report", "told-in-one-sentence")]
    return write_drawn(folder, papers)
