"""A four-hundred-and-forty-fourth drawn set, of Chinese work letters, in wording and layouts no earlier set drew: a
letter whose dates are ISO figures inside the Chinese (于2015-09-01入职我公司，2020-06-30离职，在职期间担任); a traditional
letter from a Hong Kong firm, its year written with 零 (自二零一三年五月二日起受僱於本公司，職位為…，現仍在職); a letter of
posts held in turn and the one held now (历任…、…，现任…). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundredfortyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_papers_eighth import _chop


def iso_in_chinese() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "合肥庐阳智能家居有限公司", 36, "serif_cjk")
    s.text(700, 200, "工作证明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　兹证明何雨萱女士于2015-09-01入职我公司，2020-06-30离职，在职期间担任人事专员。特此证明。", 27, 30, 60)
    text_lines(s, 900, y + 100, ["合肥庐阳智能家居有限公司", "2026年11月24日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "合肥庐阳智能家居有限公司")
    return scanned_png(s, "isozh"), {"employer": "合肥庐阳智能家居有限公司", "position": "人事专员", "start_date": "2015-09-01",
                                     "end_date": "2020-06-30"}


def hong_kong_ling_year() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(580, 110, "永泰國際貿易有限公司", 36, "serif_cjk")
    s.text(700, 200, "僱用證明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　茲證明黃立新先生自二零一三年五月二日起受僱於本公司，職位為高級採購主任，現仍在職。", 30, 30, 60)
    text_lines(s, 900, y + 100, ["永泰國際貿易有限公司", "人力資源部", "二零二六年十一月十八日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 150, "永泰國際貿易有限公司")
    return scanned_png(s, "lingyear"), {"employer": "永泰國際貿易有限公司", "position": "高級採購主任", "start_date": "2013-05-02"}


def posts_in_turn_now() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "上海浦江医疗器械有限公司", 36, "serif_cjk")
    s.text(700, 200, "在职证明", 40, "serif_cjk")
    y = _paragraph(s, 140, 320, "　　兹证明周博文同志于2014年3月入职我公司，历任销售代表、销售主管，现任华东区销售经理。", 29, 30, 60)
    text_lines(s, 900, y + 100, ["上海浦江医疗器械有限公司", "2026年11月20日"], 28, "serif_cjk", 54)
    _chop(s, 1100, y + 140, "上海浦江医疗器械有限公司")
    return scanned_png(s, "inturn"), {"employer": "上海浦江医疗器械有限公司", "position": ("华东区销售经理", "销售经理"), "start_date": "2014-03-01"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-iso-in-chinese.png", iso_in_chinese, "work_experience_letter", "iso-in-chinese"),
              ("work-hong-kong-ling-year.png", hong_kong_ling_year, "work_experience_letter", "hong-kong-ling-year"),
              ("work-posts-in-turn-now.png", posts_in_turn_now, "work_experience_letter", "posts-in-turn-now")]
    return write_drawn(folder, papers)
