"""A three-hundred-and-eighty-fourth drawn set, of Chinese work letters, read cold before any reader change for it, in
wording and layouts no earlier set drew: a letter of labelled lines with no table (姓名, 工作单位, 职务, 任职时间 … 至 …);
a hospital's letter of a doctor 自…参加工作起一直在我院…工作，现任 a post, to the month; a Hong Kong company's letter in
traditional characters that a person 於…至…受僱於本公司，職位為 a post. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredeightyfourth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def labelled_lines() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "工作证明", 44, "serif_cjk")
    text_lines(s, 220, 240, ["姓　　名：甘雨萱", "工作单位：深圳前海云图数据有限公司", "职　　务：数据分析师",
                             "任职时间：2017年8月1日至2023年6月30日", "", "　　以上情况属实，特此证明。"], 28, "serif_cjk", 64)
    text_lines(s, 900, 700, ["深圳前海云图数据有限公司", "2026年11月26日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 770, "深圳前海云图数据有限公司")
    return scanned_png(s, "labelledlines"), {"employer": "深圳前海云图数据有限公司", "position": "数据分析师", "start_date": "2017-08-01",
                                             "end_date": "2023-06-30"}


def hospital_since_first_job() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "泰州市第二人民医院", 42, "serif_cjk")
    s.text(720, 190, "证　明", 40, "serif_cjk")
    text_lines(s, 160, 300, ["　　兹证明龚振华同志自2011年7月参加工作起一直在我院心内科工作，现任主治医师。", "", "　　特此证明。"],
               26, "serif_cjk", 60)
    text_lines(s, 900, 520, ["泰州市第二人民医院", "2026年11月13日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 590, "泰州市第二人民医院")
    return scanned_png(s, "hospital"), {"employer": "泰州市第二人民医院", "position": "主治医师", "start_date": "2011-07-01"}


def hong_kong_employed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "僱傭證明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　本公司謹此證明吳志強先生於2015年6月1日至2020年5月31日受僱於本公司，職位為項目經理。", "",
                             "　　此致", "香港入境事務處"], 26, "serif_cjk", 60)
    text_lines(s, 900, 560, ["大灣區建築工程（香港）有限公司", "2026年11月6日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 630, "大灣區建築工程有限公司")
    return scanned_png(s, "hkemployed"), {"employer": ("大灣區建築工程（香港）有限公司", "大灣區建築工程(香港)有限公司"), "position": "項目經理",
                                          "start_date": "2015-06-01", "end_date": "2020-05-31"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-labelled-lines.png", labelled_lines, "work_experience_letter", "labelled-lines"),
              ("work-hospital-since-first-job.png", hospital_since_first_job, "work_experience_letter", "hospital-since-first-job"),
              ("work-hong-kong-employed.png", hong_kong_employed, "work_experience_letter", "hong-kong-employed")]
    return write_drawn(folder, papers)
