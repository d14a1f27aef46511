"""A four-hundred-and-sixty-sixth drawn set, of two work letters and a graduation certificate, drawn after stop 82's second
reader change, to be read cold, in wording and layouts no earlier set drew: a 离职证明 of a stay to the day (自…至…在我公司担任…，
因个人原因离职); a ruled table of a former employee's particulars, one label a row, to the month (所在部门, 担任职务, 入职时间,
离职时间); a graduation certificate's translation ('studied in the four-year undergraduate programme of … at our university
from September 2015 to July 2019 … and is permitted to graduate'). Each is a case of its own (`scripts/bench_drawn_forms.py
--set fourhundredsixtysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def leaving_certificate() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(720, 120, "离职证明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　兹证明郝静怡女士自2013年6月3日至2019年12月20日在我公司担任采购主管，因个人原因离职，"
                                "已办理完毕离职手续。", 32, 30, 62)
    text_lines(s, 860, y + 100, ["郑州中原粮油贸易有限公司", "2026年11月17日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 150, "郑州中原粮油贸易有限公司")
    return scanned_png(s, "leaving"), {"employer": "郑州中原粮油贸易有限公司", "position": "采购主管", "start_date": "2013-06-03",
                                       "end_date": "2019-12-20"}


def particulars_table_months() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(660, 120, "员工工作证明", 44, "serif_cjk")
    y = _ruled(s, 200, 230, [["姓名", "卜子涵"], ["身份证号", "略"], ["所在部门", "财务部"], ["担任职务", "会计主管"],
                             ["入职时间", "2015年3月"], ["离职时间", "2020年8月"]], [360, 700], 74, 26)
    text_lines(s, 200, y + 50, ["以上情况属实，特此证明。"], 28, "serif_cjk", 56)
    text_lines(s, 860, y + 160, ["昆明滇池文旅发展有限公司", "2026年11月18日"], 28, "serif_cjk", 56)
    _chop(s, 1080, y + 210, "昆明滇池文旅发展有限公司")
    return scanned_png(s, "partsmonths"), {"employer": "昆明滇池文旅发展有限公司", "position": "会计主管", "start_date": "2015-03-01",
                                           "end_date": "2020-08-31"}


def graduation_translation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "GRADUATION CERTIFICATE", 34, "serif_bold")
    s.text(700, 160, "(Translation)", 22, "serif")
    text_lines(s, 160, 260, ["Student LI Ming, male, born on 21 March 1997, studied in the four-year undergraduate programme of",
                             "Software Engineering at our university from September 2015 to July 2019, completed all the courses",
                             "required by the teaching plan with satisfactory results, and is permitted to graduate.", "", "",
                             "Zhongyuan University of Technology", "President: GAO Jianhua", "1 July 2019", "",
                             "Certificate No. 193061201906002207"], 24, "serif", 46)
    return scanned_png(s, "gradtrans"), {"holder_name": "LI Ming", "institution": "Zhongyuan University of Technology",
                                         "major": "Software Engineering", "level": ("本科", "undergraduate", "Bachelor"),
                                         "graduation_date": "2019-07-01", "certificate_number": "193061201906002207"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-leaving-certificate.png", leaving_certificate, "work_experience_letter", "leaving-certificate"),
              ("work-particulars-table-months.png", particulars_table_months, "work_experience_letter", "particulars-table-months"),
              ("graduation-translation.png", graduation_translation, "graduation_certificate", "translation")]
    return write_drawn(folder, papers)
