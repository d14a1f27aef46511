"""A three-hundred-and-eleventh drawn set, of graduation certificates, in wording and layouts no earlier set drew: a
certificate whose particulars are a ruled form (姓名 | 性别 | 出生年月 over 专业 | 学制 | 层次, its study and number in rows under);
an English certificate that states the holder after 'awarded to'; a certificate of a bachelor's course after a diploma
(专科起点本科) dated with its month and day written with a nought (2019年07月01日); a certificate under its school's
letterhead whose holder is named '同学'. Each is a case of its own (`scripts/bench_drawn_forms.py --set
threehundredeleventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def ruled_form() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "毕业证书", 48, "serif_cjk")
    _ruled(s, 160, 220, [["姓名", "卓嘉豪", "性别", "男", "出生年月", "1997年8月"], ["专业", "国际经济与贸易", "学制", "四年", "层次", "本科"]],
           [160, 330, 140, 140, 200, 300], 70, 26)
    text_lines(s, 160, 420, ["在校时间：2015年9月至2019年6月", "准予毕业。", "", "证书编号：194431201906000587"], 28, "serif_cjk", 58)
    text_lines(s, 900, 700, ["闽西商贸学院", "2019年6月28日"], 28, "serif_cjk", 58)
    _chop(s, 1440, 690, "闽西商贸学院")
    return scanned_png(s, "ruledform"), {"holder_name": "卓嘉豪", "institution": "闽西商贸学院", "major": "国际经济与贸易", "level": "本科",
                                         "graduation_date": "2019-06-28", "certificate_number": "194431201906000587"}


def awarded_to() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(460, 110, "Certificate of Graduation", 36, "serif_bold")
    text_lines(s, 160, 220, ["Huaihai Institute of Technology", "", "This certificate is awarded to", "", "CAO YUXUAN",
                             "", "who, having studied Mechanical Design, Manufacturing and Automation in a four-year undergraduate",
                             "programme from September 2016 to June 2020, has met the requirements for graduation.", "",
                             "Date:  26 June 2020", "No.  194421202006000743"], 24, "serif", 46)
    return scanned_png(s, "awardedto"), {"holder_name": "CAO YUXUAN", "institution": "Huaihai Institute of Technology",
                                         "major": "Mechanical Design, Manufacturing and Automation", "level": ("undergraduate", "本科"),
                                         "graduation_date": "2020-06-26", "certificate_number": "194421202006000743"}


def diploma_to_bachelor() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "毕业证书", 48, "serif_cjk")
    text_lines(s, 180, 250, ["　　学生伍思彤，性别女，一九九七年十月五日生，于二〇一七年九月至二〇一九年七月在本校护理学专业",
                             "（专科起点本科）学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"], 28, "serif_cjk", 62)
    text_lines(s, 900, 480, ["桂东医学院", "2019年07月01日"], 28, "serif_cjk", 58)
    _chop(s, 1440, 470, "桂东医学院")
    s.text(180, 700, "证书编号：194411201905001212", 26, "serif_cjk")
    return scanned_png(s, "zsb"), {"holder_name": "伍思彤", "institution": "桂东医学院", "major": "护理学",
                                   "level": ("专科起点本科", "本科"), "graduation_date": "2019-07-01",
                                   "certificate_number": "194411201905001212"}


def letterhead_tongxue() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 90, "赣北工程职业学院", 36, "serif_cjk")
    s.d.line([160, 150, 1500, 150], fill=(150, 0, 0), width=3)
    s.text(640, 200, "毕业证书", 48, "serif_cjk")
    text_lines(s, 180, 330, ["　　汤浩然同学于2016年9月至2019年6月在我院建筑工程技术专业三年制专科学习，", "完成规定课程，成绩合格，准予毕业。"],
               28, "serif_cjk", 62)
    text_lines(s, 900, 560, ["院长：", "2019年6月25日"], 28, "serif_cjk", 58)
    _chop(s, 1440, 560, "赣北工程职业学院")
    s.text(180, 760, "证书编号：194401201906002031", 26, "serif_cjk")
    return scanned_png(s, "tongxue"), {"holder_name": "汤浩然", "institution": "赣北工程职业学院", "major": "建筑工程技术",
                                       "level": ("专科", "三年制专科"), "graduation_date": "2019-06-25",
                                       "certificate_number": "194401201906002031"}


def write_all(folder: Path) -> list[dict]:
    papers = [("graduation-ruled-form.png", ruled_form, "graduation_certificate", "ruled-form"),
              ("graduation-awarded-to.png", awarded_to, "graduation_certificate", "awarded-to"),
              ("graduation-diploma-to-bachelor.png", diploma_to_bachelor, "graduation_certificate", "diploma-to-bachelor"),
              ("graduation-letterhead-tongxue.png", letterhead_tongxue, "graduation_certificate", "letterhead-tongxue")]
    return write_drawn(folder, papers)
