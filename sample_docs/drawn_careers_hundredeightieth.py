"""A hundred-and-eightieth drawn set, a test set: five letters proving work experience, drawn after those letters'
readers were mended for the hundred-and-seventy-fourth. An 'experience certificate' whose dates are '01.08.2016 till
31.12.2020' and whose post has its department in brackets; a Chinese letter stating 入职 and 离职 dates in one sentence
with the post after 其间担任; a ruled form of two pairs of cells a row (入职时间 | … | 离职时间 | …); an English letter of
an appointment and a later re-designation in ISO dates; a Chinese letter of a post held now (现任) from a branch
(分公司). Each is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredeightieth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def experience_certificate_till() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Dongguan Everbright Packaging Co., Ltd.", 30, "serif_bold")
    s.text(540, 200, "EXPERIENCE CERTIFICATE", 34, "serif_bold")
    y = 300
    for line in ["This is to certify that Mr. PAN Haoyu served the company as Assistant Manager (Procurement)",
                 "from 01.08.2016 till 31.12.2020. During his service we found him sincere and hard-working.", "",
                 "Date: 18.11.2026", "", "", "Head of Human Resources"]:
        s.text(140, y, line, 24, "serif")
        y += 44
    return scanned_png(s, "till"), {"employer": "Dongguan Everbright Packaging Co., Ltd.", "position": "Assistant Manager (Procurement)",
                              "start_date": "2016-08-01", "end_date": "2020-12-31"}


def joined_and_left_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 140, "工作经历证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹证明韩雨桐女士自2014年3月3日入职我公司，至2019年2月28日离职，其间担任行政主管。特此证明。", 34, 28, 56)
    s.text(880, y + 140, "昆明滇池文旅发展有限公司", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月17日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "昆明滇池文旅发展有限公司")
    return scanned_png(s, "joinedleft"), {"employer": "昆明滇池文旅发展有限公司", "position": "行政主管", "start_date": "2014-03-03",
                                    "end_date": "2019-02-28"}


def two_pairs_a_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 130, "员工工作证明", 46, "serif_cjk")
    y = _ruled(s, 140, 240, [["姓名", "覃浩然", "学历", "本科"], ["入职时间", "2016年7月11日", "离职时间", "2022年5月20日"],
                             ["所在部门", "工程部", "职务", "结构工程师"]], [260, 430, 260, 430], 80, 26)
    s.text(140, y + 60, "以上情况属实，特此证明。", 28, "serif_cjk")
    s.text(880, y + 200, "南宁邕江建筑设计院有限公司", 28, "serif_cjk")
    s.text(980, y + 260, "2026年11月21日", 28, "serif_cjk")
    _chop(s, 1120, y + 230, "南宁邕江建筑设计院有限公司")
    return scanned_png(s, "twopairs"), {"employer": "南宁邕江建筑设计院有限公司", "position": "结构工程师", "start_date": "2016-07-11",
                                  "end_date": "2022-05-20"}


def redesignation_iso() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 90, "Suzhou Lakeshore Retail Analytics Co., Ltd.", 30, "serif_bold")
    y = 200
    for line in ["2026-11-19", "", "EMPLOYMENT REFERENCE", "",
                 "Ms LIN Xiaoyu was appointed Data Analyst on 2019-04-15 and was re-designated as Senior Data",
                 "Analyst on 2021-07-01. Her last working day with us was 2024-08-30.", "",
                 "We would gladly employ her again.", "", "", "HR Director"]:
        s.text(140, y, line, 24, "serif_bold" if line.isupper() else "serif")
        y += 44
    return scanned_png(s, "iso"), {"employer": "Suzhou Lakeshore Retail Analytics Co., Ltd.", "position": "Senior Data Analyst",
                             "start_date": "2019-04-15", "end_date": "2024-08-30"}


def branch_current_post() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 140, "在职证明", 48, "serif_cjk")
    y = _paragraph(s, 140, 300, "　　兹证明蓝志鹏先生自2017年11月6日起在我公司工作，现任我公司技术总监，工作表现良好。特此证明。", 34, 28, 56)
    s.text(820, y + 140, "青岛海湾物联科技有限公司深圳分公司", 28, "serif_cjk")
    s.text(980, y + 200, "2026年11月23日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "青岛海湾物联科技有限公司深圳分公司")
    return scanned_png(s, "branch"), {"employer": ("青岛海湾物联科技有限公司深圳分公司", "青岛海湾物联科技有限公司"), "position": "技术总监",
                                "start_date": "2017-11-06"}


def write_all(folder: Path) -> list[dict]:
    papers = [("experience-till.png", experience_certificate_till, "work_experience_letter", "certificate-till"),
              ("experience-joined-left.png", joined_and_left_sentence, "work_experience_letter", "joined-and-left"),
              ("experience-two-pairs.png", two_pairs_a_row, "work_experience_letter", "two-pairs-a-row"),
              ("experience-redesignation.png", redesignation_iso, "work_experience_letter", "redesignation-iso"),
              ("experience-branch.png", branch_current_post, "work_experience_letter", "branch-current-post")]
    return write_drawn(folder, papers)
