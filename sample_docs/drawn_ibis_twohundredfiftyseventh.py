"""A two-hundred-and-fifty-seventh drawn set, of the papers read least well cold, scanned poorly: at 150 dpi, grey, saved
as JPEG at a low quality, as an office's old scanner or a fax leaves them. Two work experience letters (one still in
force, 'to present'; one from a month until now, 自2016年6月至今); two business plans (key assumptions with 'k' and 'm'
sums; a traditional Chinese plan in financial numerals, 壹佰伍拾萬); a bachelor's degree and a graduation report. Each is
a case of its own (`scripts/bench_drawn_forms.py --set twohundredfiftyseventh`). Every name, number and code is made
up; 19699 is no real institution's code."""
from __future__ import annotations

import io
import zlib
from pathlib import Path

from PIL import Image

from .drawn_forms import Sheet, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def _poor_scan(sheet: Sheet, name: str) -> bytes:
    """A flatbed's grey scan at 150 dpi, saved as a JPEG of low quality."""
    img = sheet.scanned(zlib.crc32(name.encode())).convert("L")
    img = img.resize((img.width * 3 // 4, img.height * 3 // 4), Image.Resampling.BILINEAR)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=55, dpi=(150, 150))
    return buf.getvalue()


def to_present() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Xiamen Greenbay Household Products Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["23 November 2026", "", "Re: Employment confirmation - Ms. HAN Meiling", "",
                             "Employed:  1 September 2015 to present", "Designation:  Head of Procurement", "Department:  Supply Chain", "",
                             "Human Resources"], 24, "serif", 46)
    return _poor_scan(s, "present"), {"employer": "Xiamen Greenbay Household Products Co., Ltd.", "position": "Head of Procurement",
                                      "start_date": "2015-09-01"}


def month_until_now() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "在职证明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　兹证明贺文涛同志自2016年6月至今在我单位工作，现任财务部经理。特此证明。", 28, 30, 60)
    text_lines(s, 900, y + 100, ["昆明滇池旅游开发有限公司", "2026年11月26日"], 28, "serif_cjk", 56)
    _chop(s, 1100, y + 100, "昆明滇池旅游开发有限公司")
    return _poor_scan(s, "untilnow"), {"employer": "昆明滇池旅游开发有限公司", "position": "财务部经理", "start_date": "2016-06-01"}


def key_assumptions() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Stonegate Bike Repairs Ltd", 30, "sans_bold")
    s.text(140, 170, "Key assumptions", 26, "sans_bold")
    text_lines(s, 160, 240, ["Share capital (paid):  HK$500k", "Year-one turnover:  HK$1.75m", "Local employees:  3 (full-time)",
                             "Premises:  ground-floor shop, Sham Shui Po"], 24, "sans", 50)
    return _poor_scan(s, "assumptions"), {"capital_hkd": 500000.0, "projected_turnover_hkd": 1750000.0, "local_jobs": 3}


def financial_numerals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "雅築室內設計有限公司", 36, "serif_cjk")
    s.text(640, 180, "營運計劃", 32, "serif_cjk")
    text_lines(s, 160, 280, ["資本額：港幣壹佰伍拾萬元（已繳足）", "首年預計收入：港幣參佰萬元", "本地聘用：五人", "服務範圍：住宅及商舖室內設計"],
               30, "serif_cjk", 64)
    return _poor_scan(s, "numerals"), {"capital_hkd": 1500000.0, "projected_turnover_hkd": 3000000.0, "local_jobs": 5}


def degree_poor() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 140, "学士学位证书", 50, "serif_cjk")
    y = _paragraph(s, 180, 300, "　　石嘉伟，男，1995年4月16日生。在本校电气工程及其自动化专业完成了本科学业，成绩合格，依照《中华人民共和国学位"
                                "条例》的规定，授予工学学士学位。", 30, 30, 60)
    text_lines(s, 900, y + 80, ["汾水理工大学", "校长  周立新", "2017年6月30日"], 28, "serif_cjk", 56)
    s.text(180, y + 330, "证书编号：1969942017003027", 24, "serif_cjk")
    _chop(s, 1100, y + 60, "汾水理工大学")
    return _poor_scan(s, "degree"), {"holder_name": "石嘉伟", "degree": ("工学学士", "工学学士学位"), "major": "电气工程及其自动化",
                                     "institution": "汾水理工大学", "date_awarded": "2017-06-30", "date_of_birth": "1995-04-16",
                                     "certificate_number": "1969942017003027"}


def report_poor() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 120, "教育部学历证书电子注册备案表", 42, "serif_cjk")
    text_lines(s, 170, 250, ["姓名：石嘉伟", "性别：男", "出生日期：1995年04月16日", "入学日期：2013年09月01日", "毕（结）业日期：2017年06月30日",
                             "学校名称：汾水理工大学", "专业：电气工程及其自动化", "层次：本科", "证书编号：196991201705003027", "",
                             "在线验证码：W2KX9QM7RT4PZ8HD"], 30, "serif_cjk", 64)
    return _poor_scan(s, "report"), {"holder_name": "石嘉伟", "date_of_birth": "1995-04-16", "institution": "汾水理工大学", "sex": "M",
                                     "level": "本科", "major": "电气工程及其自动化", "graduation_date": "2017-06-30",
                                     "certificate_number": "196991201705003027", "verification_code": "W2KX9QM7RT4PZ8HD"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-to-present.jpg", to_present, "work_experience_letter", "to-present"),
              ("experience-until-now.jpg", month_until_now, "work_experience_letter", "month-until-now"),
              ("plan-key-assumptions.jpg", key_assumptions, "business_plan", "key-assumptions"),
              ("plan-financial-numerals.jpg", financial_numerals, "business_plan", "financial-numerals"),
              ("degree-poor-scan.jpg", degree_poor, "degree_certificate", "degree-poor-scan"),
              ("report-poor-scan.jpg", report_poor, "qualification_report", "report-poor-scan")]
    return write_drawn(folder, papers)
