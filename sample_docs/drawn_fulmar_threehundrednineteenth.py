"""A three-hundred-and-nineteenth drawn set, of qualification reports, drawn in stop 75 after its first mends and read
cold, in wording and layouts no earlier set drew: a Chinese report with a photo's frame at the right of its rows and its
code in the footer's sentence ('本报告在线验证码为…'); an English report whose labels in capitals stand over their values;
a report labelled in both languages on one line ('层次 Level：硕士研究生'). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundrednineteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn


def photo_right_code_in_footer() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(400, 100, "教育部学历证书电子注册备案表", 40, "sans_cjk")
    text_lines(s, 180, 230, ["姓　　名：钟子轩", "性　　别：男", "出生日期：1998年01月22日", "院校名称：汴梁理工大学", "层　　次：本科",
                             "专　　业：车辆工程", "毕业日期：2020年06月30日", "证书编号：194251202005000617"], 26, "sans_cjk", 56)
    s.d.rectangle([1180, 230, 1420, 540], outline=(120, 120, 120), width=2)
    s.text(1260, 370, "照片", 28, "sans_cjk", ink=(150, 150, 150))
    s.d.line([160, 760, 1500, 760], fill=(120, 120, 120), width=2)
    text_lines(s, 180, 790, ["本报告在线验证码为 Q2ZH7WK4TN9XM3RB，有效期至2027年06月01日，可登录学信网核验。"], 22, "sans_cjk", 44)
    return scanned_png(s, "footer"), {"holder_name": "钟子轩", "sex": "M", "date_of_birth": "1998-01-22", "institution": "汴梁理工大学",
                                      "level": "本科", "major": "车辆工程", "graduation_date": "2020-06-30",
                                      "certificate_number": "194251202005000617", "verification_code": "Q2ZH7WK4TN9XM3RB"}


def capitals_over_values() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(260, 100, "Online Verification Report of Higher Education Qualification", 28, "sans_bold")
    cells = [[("NAME", "LIU Yichen"), ("GENDER", "Female"), ("DATE OF BIRTH", "14 Oct 1996")],
             [("INSTITUTION", "Yuzhou Normal University"), ("LEVEL", "Master"), ("MAJOR", "Applied Psychology")],
             [("GRADUATION DATE", "30 Jun 2021"), ("CERTIFICATE NO.", "194243202102000049"), ("VERIFICATION CODE", "H8NW3KQ6ZT2XP7MD")]]
    y = 220
    for row in cells:
        for k, (label, value) in enumerate(row):
            x = 160 + 470 * k
            s.text(x, y, label, 18, "sans_bold", ink=(90, 90, 90))
            s.text(x, y + 34, value, 24, "sans")
        y += 120
    return scanned_png(s, "capsover"), {"holder_name": "LIU YICHEN", "sex": "F", "date_of_birth": "1996-10-14",
                                        "institution": "Yuzhou Normal University", "level": ("master", "硕士研究生", "Master"),
                                        "major": "Applied Psychology", "graduation_date": "2021-06-30",
                                        "certificate_number": "194243202102000049", "verification_code": "H8NW3KQ6ZT2XP7MD"}


def both_languages_one_line() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(330, 100, "中国高等教育学历认证报告", 40, "sans_cjk")
    s.text(330, 160, "China Higher Education Qualification Certification Report", 24, "sans")
    text_lines(s, 180, 260, ["姓名 Name：温若曦", "性别 Gender：女", "出生日期 Date of Birth：1995-07-03", "院校 Institution：澄江大学",
                             "层次 Level：硕士研究生", "专业 Major：环境科学", "毕业日期 Graduation Date：2020-06-24",
                             "证书编号 Certificate No.：194233202002000118", "在线验证码 Verification Code：N5RX8QW2KM7TZ4HB"], 26, "sans_cjk", 56)
    return scanned_png(s, "bilingual"), {"holder_name": "温若曦", "sex": "F", "date_of_birth": "1995-07-03", "institution": "澄江大学",
                                         "level": "硕士研究生", "major": "环境科学", "graduation_date": "2020-06-24",
                                         "certificate_number": "194233202002000118", "verification_code": "N5RX8QW2KM7TZ4HB"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-photo-right-code-in-footer.png", photo_right_code_in_footer, "qualification_report", "photo-right-code-in-footer"),
              ("report-capitals-over-values.png", capitals_over_values, "qualification_report", "capitals-over-values"),
              ("report-both-languages-one-line.png", both_languages_one_line, "qualification_report", "both-languages-one-line")]
    return write_drawn(folder, papers)
