"""A hundred-and-sixtieth drawn set: four letters proving work experience, in wording and layouts no set used. A Chinese
certificate in prose ('于2015年7月6日入职…于2021年3月31日离职，离职前任高级软件工程师'); an English letter that the holder
'served as Senior Buyer with us from 1 September 2017 until 28 February 2022'; a table whose period of employment is one
cell ('2016.09.01 – 2020.08.31'); a traditional-Chinese letter dated in Chinese numerals ('自二零一八年三月一日起至二零二三年
六月三十日止', '離職前職位為項目經理'). Each is a case of its own. Read once through the product before any reader changes
for it (`scripts/bench_drawn_forms.py --set hundredsixtieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def experience_chinese_prose() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 140, "工作证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹证明孔令杰同志（身份证号码：320106198902143015）于2015年7月6日入职我公司研发中心，于2021年3月31日离职，"
                   "离职前任高级软件工程师。工作期间表现良好。特此证明。", 34, 28, 56)
    s.text(900, y + 140, "南京钟山云软件技术有限公司", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月9日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "南京钟山云软件技术有限公司")
    return scanned_png(s, "zhprose"), {"employer": "南京钟山云软件技术有限公司", "position": "高级软件工程师", "start_date": "2015-07-06",
                                 "end_date": "2021-03-31"}


def experience_served_as() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Ningbo Eastport Home Furnishings Co., Ltd.", 30, "serif_bold")
    y = 200
    for line in ["12 November 2026", "", "REFERENCE", "",
                 "This is to certify that Ms SHI Wenjing served as Senior Buyer with us from 1 September 2017 until",
                 "28 February 2022, when she left of her own accord. She was responsible for sourcing upholstery fabrics.", "",
                 "Yours faithfully,", "Human Resources Department", "Ningbo Eastport Home Furnishings Co., Ltd."]:
        s.text(140, y, line, 24, "serif")
        y += 44
    return scanned_png(s, "servedas"), {"employer": "Ningbo Eastport Home Furnishings Co., Ltd.", "position": "Senior Buyer",
                                  "start_date": "2017-09-01", "end_date": "2022-02-28"}


def experience_period_in_one_cell() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 130, "在职经历证明", 48, "serif_cjk")
    _ruled(s, 140, 280, [["姓名", "管思源"], ["工作单位", "成都锦城精密机械有限公司"], ["任职期间", "2016.09.01 – 2020.08.31"],
                         ["担任职务", "工艺工程师"]], [400, 960], 90, 30)
    s.text(140, 760, "上述情况属实，特此证明。", 30, "serif_cjk")
    s.text(900, 900, "成都锦城精密机械有限公司", 28, "serif_cjk")
    s.text(980, 960, "2026年11月16日", 28, "serif_cjk")
    _chop(s, 1120, 920, "成都锦城精密机械有限公司")
    return scanned_png(s, "onecell"), {"employer": "成都锦城精密机械有限公司", "position": "工艺工程师", "start_date": "2016-09-01",
                                 "end_date": "2020-08-31"}


def experience_hant_numerals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 140, "服務證明書", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　茲證明葉子健先生自二零一八年三月一日起至二零二三年六月三十日止受僱於本公司，離職前職位為項目經理。"
                   "特此證明。", 34, 28, 56)
    s.text(900, y + 140, "澳門濠景工程顧問有限公司", 28, "serif_cjk")
    s.text(980, y + 200, "二零二六年十一月二十日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "澳門濠景工程顧問有限公司")
    return scanned_png(s, "hantnumerals"), {"employer": "澳門濠景工程顧問有限公司", "position": "項目經理", "start_date": "2018-03-01",
                                      "end_date": "2023-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-zh-prose.png", experience_chinese_prose, "work_experience_letter", "chinese-prose"),
              ("experience-served-as.png", experience_served_as, "work_experience_letter", "served-as"),
              ("experience-one-cell.png", experience_period_in_one_cell, "work_experience_letter", "period-in-one-cell"),
              ("experience-hant-numerals.png", experience_hant_numerals, "work_experience_letter", "hant-numerals")]
    return write_drawn(folder, papers)
