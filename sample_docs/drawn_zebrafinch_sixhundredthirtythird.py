"""A six-hundred-and-thirty-third drawn set, of a plan, a graduation certificate and a work letter, drawn after stop 86's last reader
change, to be read cold and left unmended, in wording and layouts no earlier set drew: a plan in traditional Chinese whose figures are
Han numerals in sentences (公司實繳資本港幣八十萬元, 預計首年營業額約為港幣三百萬元, 首年招聘本地全職員工四名); a 毕业证书 whose
holder's line and school are on separate lines (学生：… / 学校：…) and whose level is a 专科 (高职); a work letter from a research
institute whose post is a rank (职称为高级工程师) after the post held (任…主任). Each is a case of its own
(`scripts/bench_drawn_forms.py --set sixhundredthirtythird`). Every name and number is made up; 19181 is no real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_figbird_fivehundredseventythird import set_centred
from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def plan_han_numerals_hant() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 100, "業務計劃書", 46, "serif_cjk")
    s.text(520, 170, "灣仔匠心木作有限公司", 30, "serif_cjk")
    text_lines(s, 160, 280, ["公司背景", "本公司於二〇二六年八月成立，公司實繳資本港幣八十萬元，從事訂製傢俬設計及製作。", "", "營運預測",
                             "預計首年營業額約為港幣三百萬元，第二年約為港幣四百五十萬元。", "首年招聘本地全職員工四名，第三年增至八名。"],
               26, "serif_cjk", 56)
    return scanned_png(s, "hanthan"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 3000000.0, "local_jobs": 4}


def separate_lines_vocational() -> tuple[bytes, dict]:
    s = Sheet()
    set_centred(s, [("毕 业 证 书", 50)], 120, 60)
    y = text_lines(s, 220, 300, ["学生：龚子墨", "性别：男　　出生日期：2001年12月3日", "学校：湘北职业技术学院", "专业：汽车检测与维修技术",
                                 "学制：三年　　层次：专科（高职）", "", "　　该生于2019年9月入学，2022年6月修完规定的全部课程，成绩合格，准予毕业。"],
                   28, "serif_cjk", 60)
    text_lines(s, 980, y + 100, ["院长：彭国立", "2022年6月28日"], 28, "serif_cjk", 56)
    s.text(220, y + 320, "证书编号：191811202206003358", 24, "sans_cjk")
    _chop(s, 640, y + 140, "湘北职业技术学院")
    return scanned_png(s, "separatelines"), {"holder_name": "龚子墨", "institution": "湘北职业技术学院", "major": "汽车检测与维修技术",
                                             "level": ("专科", "专科（高职）", "高职"), "graduation_date": "2022-06-28",
                                             "certificate_number": "191811202206003358"}


def rank_after_post() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 110, "工作证明", 46, "serif_cjk")
    y = text_lines(s, 180, 250, ["　　兹证明管雨霏同志于2013年7月1日至2021年12月31日在我所工作，任结构实验室主任，职称为高级工程师。",
                                 "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 980, y + 100, ["西岭建筑科学研究所", "2026年11月12日"], 28, "serif_cjk", 56)
    _chop(s, 620, y + 190, "西岭建筑科学研究所")
    return scanned_png(s, "rankafter"), {"employer": "西岭建筑科学研究所", "position": ("结构实验室主任", "主任"), "start_date": "2013-07-01",
                                         "end_date": "2021-12-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-han-numerals-hant.png", plan_han_numerals_hant, "business_plan", "han-numerals-hant"),
              ("graduation-separate-lines.png", separate_lines_vocational, "graduation_certificate", "separate-lines"),
              ("work-rank-after-post.png", rank_after_post, "work_experience_letter", "rank-after-post")]
    return write_drawn(folder, papers)
