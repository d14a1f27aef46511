"""A four-hundred-and-eleventh drawn set, of a report, a degree and a graduation certificate, in wording and layouts no
earlier set drew: a report whose verification code stands in its header beside the title and whose rows leave room for
a photograph at their right; a doctor's degree 'in the discipline of' a subject (在…学科专业学习，已通过博士学位的课程考试和论文答辩);
a college's graduation certificate that a student 'enrolled in' a month and studied a major '(专科，学制三年)', its date in
numerals with 〇. Each is a case of its own (`scripts/bench_drawn_forms.py --set fourhundredeleventh`). Every name and
number is made up; 19336, 19335 and 19334 are no real institutions' codes."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def report_code_in_header() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "学历证书电子注册备案表", 36, "serif_cjk")
    s.text(1000, 100, "验证码：Q4TX7KWN2MZ8RP3H", 22, "sans_cjk")
    s.d.line([160, 150, 1500, 150], fill="black", width=2)
    y = 210
    for label, value in [("姓名", "韦思琪"), ("性别", "女"), ("出生日期", "1998年2月14日"), ("入学日期", "2016年9月5日"),
                         ("毕（结）业日期", "2020年6月24日"), ("学校名称", "桂北科技学院"), ("专业", "电子商务"), ("学制", "4年"),
                         ("层次", "本科"), ("证书编号", "193341202006000721")]:
        s.text(200, y, label, 26, "sans_cjk")
        s.text(520, y, value, 26, "sans_cjk" if not value.isascii() else "sans")
        y += 62
    s.d.rectangle([1180, 210, 1420, 530], outline=(120, 120, 120), width=2)
    s.text(1250, 350, "照片", 26, "sans_cjk")
    return scanned_png(s, "codehead"), {"holder_name": "韦思琪", "sex": "F", "date_of_birth": "1998-02-14", "institution": "桂北科技学院",
                                        "major": "电子商务", "level": ("本科",), "graduation_date": "2020-06-24",
                                        "certificate_number": "193341202006000721", "verification_code": "Q4TX7KWN2MZ8RP3H"}


def doctor_in_discipline() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 160, "博士学位证书", 56, "serif_cjk")
    text_lines(s, 200, 340, ["　　龙思远，男，一九八八年十月二日生，在光华理工大学化学工程与技术学科专业学习，已通过博士学位的",
                             "课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予工学博士学位。"], 30, "serif_cjk", 68)
    text_lines(s, 900, 560, ["光华理工大学", "学位评定委员会主席　乔立新", "二〇一九年十二月二十日"], 30, "serif_cjk", 60)
    _chop(s, 1450, 620, "光华理工大学")
    s.text(200, 840, "证书编号：1933622019000087", 24, "serif_cjk")
    return scanned_png(s, "discipline"), {"holder_name": "龙思远", "institution": "光华理工大学", "degree": ("工学博士", "工学博士学位"),
                                          "major": "化学工程与技术", "date_awarded": "2019-12-20", "certificate_number": "1933622019000087"}


def college_enrolled() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 140, "毕业证书", 52, "serif_cjk")
    text_lines(s, 200, 300, ["　　兹证明蒋文涛同学于2016年9月入学，在我院汽车检测与维修技术专业（专科，学制三年）学习，",
                             "修业期满，成绩合格，准予毕业。"], 28, "serif_cjk", 64)
    text_lines(s, 900, 500, ["柳江职业技术学院", "院长　覃建国", "二〇一九年六月二十八日"], 28, "serif_cjk", 58)
    _chop(s, 1450, 560, "柳江职业技术学院")
    s.text(200, 780, "证书编号：193351201906001437", 24, "serif_cjk")
    return scanned_png(s, "enrolled"), {"holder_name": "蒋文涛", "institution": "柳江职业技术学院", "major": "汽车检测与维修技术",
                                        "level": ("专科", "三年制专科"), "graduation_date": "2019-06-28", "certificate_number": "193351201906001437"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-code-in-header.png", report_code_in_header, "qualification_report", "code-in-header"),
              ("degree-doctor-in-discipline.png", doctor_in_discipline, "degree_certificate", "doctor-in-discipline"),
              ("graduation-college-enrolled.png", college_enrolled, "graduation_certificate", "college-enrolled")]
    return write_drawn(folder, papers)
