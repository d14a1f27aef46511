"""A three-hundred-and-sixty-ninth drawn set, of Chinese work letters, drawn after the stop's
second round of reader changes and read cold before any change for it, in wording and layouts no earlier set drew: a ruled table of rows (工作部门, 担任职务, 入职时间,
离职时间) under a title; a letter that a person 加盟我司 in a month and 现担任…一职; a Hong Kong company's letter in
traditional print whose person 加入本公司 on a day, 至…離職, and whose post before leaving was one (離職前職位為).
Each is a case of its own (`scripts/bench_drawn_forms.py --set threehundredsixtyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def ruled_rows() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "工作证明", 46, "serif_cjk")
    y = _ruled(s, 220, 220, [["姓名", "谭雅琪"], ["工作部门", "供应链管理部"], ["担任职务", "采购经理"], ["入职时间", "2014年6月16日"],
                             ["离职时间", "2021年9月30日"]], [320, 880], 80)
    text_lines(s, 220, y + 60, ["以上信息真实有效，特此证明。"], 28, "sans_cjk", 60)
    text_lines(s, 900, y + 180, ["东莞华南精密模具有限公司", "2026年11月3日"], 26, "sans_cjk", 56)
    _chop(s, 1420, y + 240, "东莞华南精密模具有限公司")
    return scanned_png(s, "ruledrows"), {"employer": "东莞华南精密模具有限公司", "position": "采购经理", "start_date": "2014-06-16",
                                         "end_date": "2021-09-30"}


def joined_our_firm() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "在职证明", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明诸葛明辉先生自2018年11月加盟我司，现担任华东大区销售总监一职，月薪按公司规定发放。", "",
                             "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 460, ["上海浦江医疗器械股份有限公司", "2026年11月25日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 530, "上海浦江医疗器械股份有限公司")
    return scanned_png(s, "joinedfirm"), {"employer": "上海浦江医疗器械股份有限公司", "position": "华东大区销售总监", "start_date": "2018-11-01"}


def hong_kong_traditional() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 90, "深港通達物流有限公司", 40, "serif_cjk")
    s.text(480, 150, "SHENGANG TONGDA LOGISTICS LIMITED", 26, "serif_bold")
    s.text(720, 250, "工作證明", 40, "serif_cjk")
    text_lines(s, 160, 360, ["　　本公司前僱員麥凱琳女士於2014年3月3日加入本公司，至2020年9月30日離職，離職前職位為財務總監。", "",
                             "　　特此證明。"], 26, "serif_cjk", 60)
    text_lines(s, 960, 580, ["深港通達物流有限公司", "人力資源部", "2026年11月12日"], 26, "serif_cjk", 56)
    return scanned_png(s, "hktraditional"), {"employer": ("深港通達物流有限公司", "SHENGANG TONGDA LOGISTICS LIMITED"),
                                             "position": ("財務總監", "财务总监"), "start_date": "2014-03-03", "end_date": "2020-09-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-ruled-rows.png", ruled_rows, "work_experience_letter", "ruled-rows"),
              ("work-joined-our-firm.png", joined_our_firm, "work_experience_letter", "joined-our-firm"),
              ("work-hong-kong-traditional.png", hong_kong_traditional, "work_experience_letter", "hong-kong-traditional")]
    return write_drawn(folder, papers)
