"""A four-hundred-and-nineteenth drawn set, of Chinese work letters, in wording and layouts no earlier set drew: a letter
under a reference number whose person's ID number is masked with asterisks, who 'joined the firm on' a date, 'served until'
another and 'before leaving held' a post (入职我公司，任职至…，离职前任…); a letter naming its firm only in the body
(在…有限公司工作至今，现任…), signed by its HR department under the firm's chop; a traditional letter whose second sentence
states a monthly pay in renminbi (現月薪為人民幣18,000元). Each is a case of its own (`scripts/bench_drawn_forms.py --set
fourhundrednineteenth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_papers_eighth import _chop


def masked_id() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(1100, 90, "编号：HR-2026-0457", 22, "serif_cjk")
    s.text(700, 150, "离职证明", 44, "serif_cjk")
    text_lines(s, 160, 280, ["　　兹证明潘一诺，身份证号码440************123，于2016年11月14日入职我公司，任职至2023年5月31日，",
                             "离职前任人力资源主管。", "", "　　特此证明。"], 26, "serif_cjk", 60)
    text_lines(s, 900, 580, ["珠海横琴汇通商务服务有限公司", "2026年11月19日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 640, "珠海横琴汇通商务服务有限公司")
    return scanned_png(s, "masked"), {"employer": "珠海横琴汇通商务服务有限公司", "position": "人力资源主管", "start_date": "2016-11-14",
                                      "end_date": "2023-05-31"}


def firm_in_body() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "在职证明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　兹证明，邹佳琪女士自2014年8月起在深圳湾区联合物流有限公司工作至今，现任运营经理。", "", "　　特此证明。"],
               26, "serif_cjk", 60)
    text_lines(s, 960, 480, ["人力资源部", "2026年11月24日"], 26, "serif_cjk", 56)
    _chop(s, 1400, 520, "深圳湾区联合物流有限公司")
    return scanned_png(s, "inbody"), {"employer": "深圳湾区联合物流有限公司", "position": "运营经理", "start_date": "2014-08-01"}


def pay_after() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(700, 100, "在職證明", 44, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明蘇子軒先生自2017年5月8日起於本公司任職軟件工程師，現月薪為人民幣18,000元。", "", "　　特此證明。"],
               26, "serif_cjk", 60)
    text_lines(s, 900, 480, ["廣州天河雲數科技有限公司", "2026年11月26日"], 26, "serif_cjk", 56)
    _chop(s, 1420, 550, "廣州天河雲數科技有限公司")
    return scanned_png(s, "payafter"), {"employer": "廣州天河雲數科技有限公司", "position": "軟件工程師", "start_date": "2017-05-08"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-masked-id.png", masked_id, "work_experience_letter", "masked-id"),
              ("work-firm-in-body.png", firm_in_body, "work_experience_letter", "firm-in-body"),
              ("work-pay-after.png", pay_after, "work_experience_letter", "pay-after")]
    return write_drawn(folder, papers)
