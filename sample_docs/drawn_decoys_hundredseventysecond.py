"""A hundred-and-seventy-second drawn set: five papers that look like an application's but are none of its types, in
wording no set used. A Mainland payslip (工资条) naming the employee, the company and the month's pay; a training
certificate (结业证书) for a short course, with a certificate number; a letter of recommendation from a professor; a
quotation for office furniture to the employer; a company's annual return's cover page that names its directors. Each
should be read as `unknown`, and is a case of its own. Read once through the product before any reader changes for it
(`scripts/bench_drawn_forms.py --set hundredseventysecond`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop

UNKNOWN = {"type": "unknown"}


def payslip() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 120, "2026年10月工资条", 40, "serif_cjk")
    _ruled(s, 140, 240, [["姓名", "范一鸣", "部门", "研发中心"], ["基本工资", "18,500.00", "绩效工资", "4,200.00"], ["社保扣款", "(1,980.00)", "个税", "(1,106.50)"],
                         ["实发工资", "19,613.50", "发放日期", "2026年11月10日"]], [280, 380, 280, 420], 80, 26)
    s.text(140, 640, "上海浦申智能系统有限公司", 28, "serif_cjk")
    return scanned_png(s, "payslip"), UNKNOWN


def training_completion() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 160, "结业证书", 52, "serif_cjk")
    _paragraph(s, 180, 320, "　　学员罗子航于2025年7月10日至7月14日参加“工业机器人编程与应用”短期培训班，完成全部课程，考核合格，准予结业。", 30, 30, 66)
    s.text(900, 720, "华南智造职业培训中心", 30, "serif_cjk")
    s.text(960, 780, "2025年7月15日", 28, "serif_cjk")
    s.text(180, 900, "证书编号：JY20250715-0386", 24, "serif_cjk")
    _chop(s, 1100, 740, "华南智造职业培训中心")
    return scanned_png(s, "training"), UNKNOWN


def recommendation_letter() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "School of Materials Science, Eastlake University of Technology", 26, "serif_bold")
    y = 190
    for line in ["15 October 2026", "", "Letter of Recommendation", "",
                 "I have known Mr JIANG Haoyu for six years, first as a student in my polymer chemistry course and then as a",
                 "research assistant in my laboratory. He is careful, inventive and works well with others. I recommend him",
                 "without reservation for any research post in materials science.", "", "Professor ZHONG Lixin"]:
        s.text(140, y, line, 24, "serif_bold" if line == "Letter of Recommendation" else "serif")
        y += 44
    return scanned_png(s, "recommendation"), UNKNOWN


def furniture_quotation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Fortune Office Furniture Co.", 32, "serif_bold")
    s.text(140, 160, "QUOTATION  No. Q-26-1182", 26, "serif")
    s.text(140, 210, "To: Tidewater Marine Coatings Limited      Date: 20 November 2026", 24, "serif")
    _ruled(s, 140, 280, [["Item", "Qty", "Unit price (HK$)", "Amount (HK$)"], ["Workstation desk", "6", "3,200", "19,200"],
                         ["Task chair", "6", "1,450", "8,700"], ["Total", "", "", "27,900"]], [520, 160, 320, 320], 62, 24)
    s.text(140, 600, "Validity: 30 days. Delivery within 14 days of order.", 24, "serif")
    return scanned_png(s, "quotation"), UNKNOWN


def annual_return_cover() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Form NAR1", 28, "sans_bold")
    s.text(140, 150, "Annual Return", 34, "sans_bold")
    y = 240
    for label, value in [("Company name", "Pinecrest Biotech Limited"), ("Company number", "3104875"), ("Date of this return", "12 September 2026"),
                         ("Director (1)", "CHAN Tai Man"), ("Director (2)", "LIU Xiaoyan"), ("Company secretary", "Harbour Secretarial Services Limited")]:
        s.text(140, y, label, 24, "sans")
        s.text(700, y, value, 26, "mono")
        y += 70
    return scanned_png(s, "annualreturn"), UNKNOWN


def write_all(folder: Path) -> list[dict]:
    papers = [("upload-01.png", payslip, "unknown", "payslip"),
              ("upload-02.png", training_completion, "unknown", "training-completion"),
              ("upload-03.png", recommendation_letter, "unknown", "recommendation-letter"),
              ("upload-04.png", furniture_quotation, "unknown", "furniture-quotation"),
              ("upload-05.png", annual_return_cover, "unknown", "annual-return-cover")]
    return write_drawn(folder, papers)
