"""A hundred-and-thirty-ninth drawn set: four consents in layouts no set drew. A branch company's consent whose
letterhead sets the group's name on one line and the branch's under it (…集团有限公司 / 第三工程分公司); an English
consent dated in its signature block with an ordinal ('Date: 1st December 2026'); a consent that spaces a two-character
name as formal letters do (王　雪); a unit's opinion given by ticking one of two boxes (☑同意 □不同意). Each is a case of
its own. Read once through the product before any reader changes for it (`scripts/bench_drawn_forms.py --set
hundredthirtyninth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def consent_branch_letterhead() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(440, 100, "中铁华南建设投资集团有限公司", 40, "serif_cjk")
    s.text(600, 160, "第三工程分公司", 40, "serif_cjk")
    s.text(700, 270, "同意函", 44, "serif_cjk")
    y = _paragraph(s, 140, 380, "　　我分公司桥梁工程师邱子默，男，1990年10月生，自2013年7月起在我分公司工作。经研究，同意其赴香港工作。", 34, 28, 56)
    s.text(800, y + 140, "中铁华南建设投资集团有限公司第三工程分公司", 26, "serif_cjk")
    s.text(1000, y + 200, "2026年11月25日", 28, "serif_cjk")
    _chop(s, 1120, y + 170, "中铁华南建设投资集团有限公司第三工程分公司")
    return scanned_png(s, "branch"), {"organisation": ("中铁华南建设投资集团有限公司第三工程分公司", "中铁华南建设投资集团有限公司"),
                                "applicant_name": "邱子默", "date": "2026-11-25", "seal_present": True}


def consent_ordinal_date() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Fuzhou Minjiang Software Co., Ltd.", 32, "serif_bold")
    lines = ["To whom it may concern", "", "Ms CAI Yuhan has been a mobile developer in our company since 2020. We consent to",
             "her taking up employment in Hong Kong and will release her at the end of January 2027.", "", "Signed: LIN Jiawei",
             "Position: Human Resources Manager", "Date: 1st December 2026", "For and on behalf of Fuzhou Minjiang Software Co., Ltd."]
    y = 220
    for line in lines:
        s.text(140, y, line, 24, "serif")
        y += 44
    _chop(s, 640, y + 40, "福州闽江软件有限公司")
    return scanned_png(s, "ordinal"), {"organisation": ("Fuzhou Minjiang Software Co., Ltd.", "福州闽江软件有限公司"),
                                 "applicant_name": "CAI YUHAN", "date": "2026-12-01", "seal_present": True}


def consent_spaced_name() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(520, 110, "太原晋阳精密铸造有限公司", 42, "serif_cjk")
    s.text(720, 220, "证　明", 44, "serif_cjk")
    y = _paragraph(s, 140, 340, "　　我单位职工王　雪（女），身份证号码140105199601204521，现任质量工程师。经单位研究，同意其赴香港工作。",
                   34, 28, 56)
    s.text(900, y + 140, "太原晋阳精密铸造有限公司", 28, "serif_cjk")
    s.text(960, y + 200, "2026年11月23日", 28, "serif_cjk")
    _chop(s, 1100, y + 170, "太原晋阳精密铸造有限公司")
    return scanned_png(s, "spaced"), {"organisation": "太原晋阳精密铸造有限公司", "applicant_name": "王雪", "date": "2026-11-23",
                                "seal_present": True}


def consent_tick_opinion() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 110, "员工出境就业单位意见表", 42, "serif_cjk")
    y = _ruled(s, 140, 220, [["姓名", "郝思琪", "性别", "女"], ["工作单位", "石家庄冀中制药有限公司", "职务", "药物分析员"],
                             ["前往地", "香港", "事由", "受聘工作"]], [200, 520, 200, 400], 76, 26)
    s.text(160, y + 60, "单位意见：", 30, "serif_cjk")
    s.tick(400, y + 58, True)
    s.text(450, y + 60, "同意", 30, "serif_cjk")
    s.tick(600, y + 58, False)
    s.text(650, y + 60, "不同意", 30, "serif_cjk")
    s.text(900, y + 200, "石家庄冀中制药有限公司（盖章）", 28, "serif_cjk")
    s.text(1000, y + 260, "2026年11月26日", 28, "serif_cjk")
    _chop(s, 1140, y + 220, "石家庄冀中制药有限公司")
    return scanned_png(s, "tickopinion"), {"organisation": "石家庄冀中制药有限公司", "applicant_name": "郝思琪", "date": "2026-11-26",
                                     "seal_present": True}


def write_all(folder: Path) -> list[dict]:
    papers = [("consent-branch.png", consent_branch_letterhead, "consent_letter", "branch-letterhead"),
              ("consent-ordinal.png", consent_ordinal_date, "consent_letter", "ordinal-date"),
              ("consent-spaced-name.png", consent_spaced_name, "consent_letter", "spaced-name"),
              ("consent-tick-opinion.png", consent_tick_opinion, "consent_letter", "tick-opinion")]
    return write_drawn(folder, papers)
