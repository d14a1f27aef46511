"""A six-hundred-and-sixteenth drawn set, of a form, a report and a translated degree, drawn in stop 86's fourth round to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: an ID 990B in traditional Chinese filled in by hand on
ruled lines (僱主名稱：____), the Talent List answered by a tick beside 是; a 教育部学历证书电子注册备案表 whose rows run two to a line
(姓名 | 性别, 入学日期 | 毕（结）业日期, 学制 | 层次); a degree's English translation in labelled lines ('Holder', 'Degree conferred',
'Discipline', 'Date of conferral'). Each is a case of its own (`scripts/bench_drawn_forms.py --set sixhundredsixteenth`). Every name
and number is made up; 19191 and 19190 are no real institutions' codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def employer_hant_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1300, 60, "ID 990B", 28, "sans_bold")
    s.text(520, 120, "僱主資料（由僱主填寫）", 36, "sans_cjk")
    y = 240
    for label, value in [("1. 僱主名稱：", "祥利環保科技有限公司"), ("2. 商業登記號碼：", "70944316"), ("3. 申請人姓名（英文）：", "LIN YUFEI"),
                         ("4. 職位名稱：", "環境工程師"), ("5. 每月薪金（港幣）：", "38,000")]:
        x = s.text(140, y, label, 28, "sans_cjk")
        s.d.line([x + 10, y + 38, 1400, y + 38], fill="black", width=2)
        s.text(x + 30, y - 6, value, 34, "hand" if value.isascii() else "sans_cjk", (20, 30, 120))
        y += 90
    s.text(140, y + 20, "6. 該職位是否屬於人才清單所列的職業？", 28, "sans_cjk")
    s.tick(200, y + 90, True)
    s.text(250, y + 92, "是", 28, "sans_cjk")
    s.tick(400, y + 90, False)
    s.text(450, y + 92, "否", 28, "sans_cjk")
    return scanned_png(s, "hantlines"), {"employer_name": "祥利環保科技有限公司", "br_number": "70944316", "applicant_name": "LIN YUFEI",
                                         "position": "環境工程師", "monthly_salary_hkd": 38000.0, "talent_list": True}


def registration_two_a_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "教育部学历证书电子注册备案表", 40, "sans_cjk")
    s.text(1040, 180, "更新日期：2026年11月20日", 22, "sans_cjk")
    _ruled(s, 140, 240, [["姓名", "汪梓航", "性别", "男"], ["出生日期", "1998年7月16日", "证件号码", "略"], ["入学日期", "2016年9月1日", "毕（结）业日期", "2020年6月30日"],
                         ["学校名称", "北川农林大学"], ["专业", "园艺"], ["学制", "4年", "层次", "本科"], ["学历类别", "普通高等教育", "学习形式", "普通全日制"],
                         ["证书编号", "191911202006002231"], ["在线验证码", "A7KD3QW9PL2M5X8C"]], [280, 420, 280, 420], 70, 26)
    s.text(140, 960, "报告说明：本报告在有效期内可通过在线验证码查验。验证有效期至：2027年5月20日", 22, "sans_cjk")
    return scanned_png(s, "tworow"), {"holder_name": "汪梓航", "sex": "M", "date_of_birth": "1998-07-16", "institution": "北川农林大学", "major": "园艺",
                                      "level": "本科", "graduation_date": "2020-06-30", "certificate_number": "191911202006002231",
                                      "verification_code": "A7KD3QW9PL2M5X8C", "valid_until": "2027-05-20"}


def degree_translation_labels() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "BACHELOR'S DEGREE CERTIFICATE", 34, "serif_bold")
    s.text(660, 150, "(Translation)", 24, "serif")
    text_lines(s, 200, 260, ["Holder: XU Wenjie", "Sex: Male", "Date of birth: 4 November 1997", "Degree conferred: Bachelor of Engineering",
                             "Discipline: Automation", "Awarding institution: Northriver University of Technology",
                             "Date of conferral: 30 June 2020", "Certificate No.: 1919042020003307", "",
                             "Chairman of the Academic Degree Evaluation Committee"], 26, "serif", 56)
    return scanned_png(s, "transllabels"), {"holder_name": ("XU Wenjie", "XU WENJIE"), "institution": "Northriver University of Technology",
                                            "degree": "Bachelor of Engineering", "major": "Automation", "date_awarded": "2020-06-30",
                                            "certificate_number": "1919042020003307"}


def write_all(folder: Path) -> list[dict]:
    papers = [("id990b-hant-lines.png", employer_hant_lines, "employer_form", "hant-lines"),
              ("report-two-a-row.png", registration_two_a_row, "qualification_report", "two-a-row"),
              ("degree-translation-labels.png", degree_translation_labels, "degree_certificate", "translation-labels")]
    return write_drawn(folder, papers)
