"""A three-hundred-and-fifty-fifth drawn set, of qualification reports, in wording and layouts no earlier set drew: a
record form whose rows each hold two labels and their values side by side in a ruled grid, its code in a footer; an
English report whose labels are 'Full name', 'Awarding institution', 'Programme', 'Date of completion' with the level's
length in brackets; a report whose code and number stand in a box above the particulars. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredfiftyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def two_pairs_a_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 100, "教育部学历证书电子注册备案表", 40, "serif_cjk")
    s.text(1180, 170, "更新日期：2026年11月20日", 20, "sans_cjk")
    y = _ruled(s, 120, 230, [["姓名", "邵可欣", "性别", "女"], ["出生日期", "1999年12月03日", "民族", "汉族"],
                             ["入学日期", "2017年09月10日", "毕业日期", "2021年06月25日"],
                             ["学校名称", "闽西理工学院", "专业", "食品科学与工程"], ["学制", "4年", "层次", "本科"],
                             ["学历类别", "普通高等教育", "学习形式", "普通全日制"],
                             ["证书编号", "193881202105004417", "毕（结）业", "毕业"]], [230, 480, 230, 470], 84, size=28)
    s.text(120, y + 60, "在线验证码：H4KQ7NX2ZT9WRM3B", 26, "sans_cjk")
    s.text(120, y + 110, "本表仅供核对身份和学历信息使用，自更新之日起六个月内有效。", 20, "sans_cjk")
    return scanned_png(s, "twopairs"), {"holder_name": "邵可欣", "sex": "F", "date_of_birth": "1999-12-03", "institution": "闽西理工学院",
                                        "major": "食品科学与工程", "level": ("本科", "四年制本科"), "graduation_date": "2021-06-25",
                                        "certificate_number": "193881202105004417", "verification_code": "H4KQ7NX2ZT9WRM3B"}


def date_of_completion() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(300, 100, "Online Verification Report of Higher Education Qualification", 32, "serif_bold")
    y = 230
    for label, value in [("Full name", "TANG JUNHAO"), ("Gender", "Male"), ("Birth date", "8 April 1998"),
                         ("Awarding institution", "Xiangjiang Normal University"), ("Programme", "Applied Psychology"),
                         ("Level", "Undergraduate (4 years)"), ("Mode of study", "Full-time"),
                         ("Date of completion", "30 June 2020"), ("Certificate No.", "193871202005001963"),
                         ("Verification code", "W6PT3MZ8KQ2XRN7D")]:
        s.text(200, y, label, 26, "serif")
        s.text(700, y, value, 26, "serif")
        y += 64
    s.text(200, y + 40, "The report may be verified online within six months of its date.", 22, "serif")
    return scanned_png(s, "completion"), {"holder_name": "TANG JUNHAO", "sex": "M", "date_of_birth": "1998-04-08",
                                          "institution": "Xiangjiang Normal University", "major": "Applied Psychology",
                                          "level": ("undergraduate", "bachelor", "本科"), "graduation_date": "2020-06-30",
                                          "certificate_number": "193871202005001963", "verification_code": "W6PT3MZ8KQ2XRN7D"}


def code_boxed_above() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "学历证书查询结果", 44, "serif_cjk")
    s.d.rectangle([200, 190, 1450, 330], outline="black", width=3)
    text_lines(s, 230, 210, ["验证码  8NZ4TQ2KX7MW5RHP", "证书编号  193861201906002738"], 28, "sans_cjk", 56)
    text_lines(s, 200, 400, ["姓　　名：韦梓轩", "性　　别：男", "出生年月：1996年8月", "院校名称：桂北农林大学",
                             "所学专业：园林", "学历层次：本科", "毕业时间：2019年6月"], 28, "sans_cjk", 62)
    return scanned_png(s, "boxedcode"), {"holder_name": "韦梓轩", "sex": "M", "institution": "桂北农林大学", "major": "园林",
                                         "level": ("本科",), "graduation_date": ("2019-06-30", "2019-06-01"),
                                         "certificate_number": "193861201906002738", "verification_code": "8NZ4TQ2KX7MW5RHP"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-two-pairs-a-row.png", two_pairs_a_row, "qualification_report", "two-pairs-a-row"),
              ("report-date-of-completion.png", date_of_completion, "qualification_report", "date-of-completion"),
              ("report-code-boxed-above.png", code_boxed_above, "qualification_report", "code-boxed-above")]
    return write_drawn(folder, papers)
