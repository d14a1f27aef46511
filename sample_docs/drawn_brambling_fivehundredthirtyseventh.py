"""A five-hundred-and-thirty-seventh drawn set, of work experience letters in Chinese, drawn for stop 84's second round, to be read cold
before any reader changes for it, in wording and layouts no earlier set drew: a leaving certificate whose post changed by a date within
the stay (于…进入我司，任…；…起任…，于…因个人原因离职); a Taiwan certificate of service dated in the Republic's years (自民國一百零五年
八月一日起任職本公司…迄今), signed with a Republic date. Each is a case of its own (`scripts/bench_drawn_forms.py --set
fivehundredthirtyseventh`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def leaving_post_changed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "离职证明", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　黎佳琪，身份证号：略，于2016年3月1日进入我司，任市场专员；2019年1月起任", "市场部经理，于2022年7月15日因个人原因离职。",
                                 "　　特此证明。"], 30, "serif_cjk", 62)
    text_lines(s, 860, y + 100, ["长沙岳麓文化传媒有限公司", "2026年11月23日"], 28, "serif_cjk", 56)
    _chop(s, 1330, y + 60, "长沙岳麓文化传媒有限公司")
    return scanned_png(s, "postchanged"), {"employer": "长沙岳麓文化传媒有限公司", "position": ("市场部经理",), "start_date": "2016-03-01",
                                           "end_date": "2022-07-15"}


def taiwan_service_roc() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(680, 120, "服務證明書", 44, "serif_cjk")
    y = text_lines(s, 160, 250, ["　　茲證明游承翰君自民國一百零五年八月一日起任職本公司，擔任資深韌體工程師，", "迄今服務良好。", "　　特此證明。"],
                   30, "serif_cjk", 62)
    text_lines(s, 820, y + 100, ["新竹科學園區晶創電子股份有限公司", "中華民國一百一十五年十一月二十日"], 28, "serif_cjk", 56)
    _chop(s, 1330, y + 40, "晶創電子股份有限公司")
    return scanned_png(s, "twservice"), {"employer": "新竹科學園區晶創電子股份有限公司", "position": "資深韌體工程師", "start_date": "2016-08-01",
                                         "end_date": "2026-11-20"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-leaving-post-changed.png", leaving_post_changed, "work_experience_letter", "leaving-post-changed"),
              ("work-taiwan-service-roc.png", taiwan_service_roc, "work_experience_letter", "taiwan-service-roc")]
    return write_drawn(folder, papers)
