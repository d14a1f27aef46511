"""A two-hundred-and-forty-sixth drawn set, of the papers read least well cold: three business plans, two degree
certificates, a graduation report and two work experience letters, in wording and layouts no earlier set drew: a plan's
financing section ('subscribed for … ordinary shares at HK$1 each', revenue 'budgeted at', Hong Kong permanent
residents to be taken on); a traditional Chinese plan stating its sums in Chinese numerals; a plan's key figures as
large numbers over their captions; a simplified Chinese degree whose particulars stand in a row of blanks before its
sentence; an English degree as a table ('Name of Graduand', 'Degree Conferred', 'Major Field'); a traditional Chinese
graduation record in a four-column ruled table; a letter on a person still employed ('remains in our employment');
a simplified Chinese letter listing the posts held, the last one current. Each is a case of its own
(`scripts/bench_drawn_forms.py --set twohundredfortysixth`). Every name, number and code is made up; 19789 is no
real institution's code."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_gradhands_fiftyseventh import _paragraph
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def financing_section() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Tidewater Analytics Limited - Business Plan", 30, "serif_bold")
    s.text(140, 180, "4. Financing", 26, "serif_bold")
    text_lines(s, 140, 230, ["Mr. Ho Ka Lun and Ms. Lam Wing Sze have subscribed for 800,000 ordinary shares at HK$1 each,",
                             "fully paid in cash on incorporation. No bank borrowing is planned for the first year."], 24, "serif", 42)
    s.text(140, 360, "5. Operations", 26, "serif_bold")
    text_lines(s, 140, 410, ["Revenue for the first twelve months is budgeted at HK$3,100,000, mainly from retainer contracts",
                             "with logistics operators. We will take on four Hong Kong permanent residents during the first",
                             "year: two analysts, an account executive and an office administrator."], 24, "serif", 42)
    return scanned_png(s, "financing"), {"capital_hkd": 800000.0, "projected_turnover_hkd": 3100000.0, "local_jobs": 4}


def chinese_numerals_plan() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 110, "晨曦環保科技有限公司營運計劃", 36, "serif_cjk")
    y = _paragraph(s, 160, 230, "　　本公司由兩名股東以現金出資，合共港幣貳佰萬元，已全數存入公司銀行戶口。預計開業首年之營業額約為港幣肆佰伍拾萬元，"
                                "主要來自工業廢水處理設備之銷售及保養服務。首年擬在本港聘用全職員工陸名。", 30, 28, 58)
    s.text(1000, y + 80, "董事會", 28, "serif_cjk")
    return scanned_png(s, "numerals"), {"capital_hkd": 2000000.0, "projected_turnover_hkd": 4500000.0, "local_jobs": 6}


def key_figures() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Brightwater Pet Nutrition Ltd", 32, "sans_bold")
    s.text(140, 160, "Plan on a page", 26, "sans")
    for x, big, caption in [(140, "HK$600,000", "founders' capital"), (640, "HK$1,800,000", "year-1 revenue"), (1180, "3", "HK hires in year 1")]:
        s.text(x, 300, big, 56, "sans_bold")
        s.text(x, 380, caption, 24, "sans")
    text_lines(s, 140, 520, ["Premium fresh pet food made in Kwun Tong, sold online and through 40 pet shops."], 24, "sans", 40)
    return scanned_png(s, "keyfigures"), {"capital_hkd": 600000.0, "projected_turnover_hkd": 1800000.0, "local_jobs": 3}


def particulars_before_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(620, 140, "学士学位证书", 50, "serif_cjk")
    text_lines(s, 180, 290, ["姓名  邹文博        性别  男        出生  1995年3月14日"], 30, "serif_cjk", 60)
    y = _paragraph(s, 180, 380, "　　该生于云岭理工大学环境工程专业完成了本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，"
                                "授予工学学士学位。", 30, 30, 60)
    text_lines(s, 900, y + 80, ["云岭理工大学", "校长  何明远", "2017年6月28日"], 28, "serif_cjk", 56)
    s.text(180, y + 300, "证书编号：1978942017003316", 24, "serif_cjk")
    _chop(s, 1100, y + 60, "云岭理工大学")
    return scanned_png(s, "particulars"), {"holder_name": "邹文博", "degree": ("工学学士", "工学学士学位"), "major": "环境工程", "institution": "云岭理工大学",
                                           "date_awarded": "2017-06-28", "date_of_birth": "1995-03-14", "certificate_number": "1978942017003316"}


def graduand_table() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(470, 110, "EASTLAKE UNIVERSITY OF FINANCE", 34, "serif_bold")
    s.text(560, 180, "Record of Degree Conferred", 28, "serif")
    _ruled(s, 180, 280, [["Name of Graduand", "QIAN Yutong"], ["Date of Birth", "9 November 1997"], ["Degree Conferred", "Bachelor of Economics"],
                         ["Major Field", "International Trade"], ["Date of Conferment", "30 June 2019"], ["Serial No.", "1978942019005127"]],
           [460, 760], 72, 26)
    text_lines(s, 900, 800, ["Academic Registrar"], 24, "serif", 40)
    return scanned_png(s, "graduand"), {"holder_name": "QIAN YUTONG", "degree": "Bachelor of Economics", "major": "International Trade",
                                        "institution": "EASTLAKE UNIVERSITY OF FINANCE", "date_awarded": "2019-06-30",
                                        "date_of_birth": "1997-11-09", "certificate_number": "1978942019005127"}


def four_column_record() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(420, 110, "教育部學歷證書電子註冊備案表", 40, "serif_cjk")
    _ruled(s, 140, 240, [["姓名", "馮雅琳", "性別", "女"], ["出生日期", "1996年05月21日", "入學日期", "2014年09月01日"],
                         ["畢（結）業日期", "2018年06月30日", "學制", "4年"], ["學校名稱", "南嶺師範大學", "專業", "漢語言文學"],
                         ["層次", "本科", "學歷類別", "普通高等教育"], ["證書編號", "197891201805002519", "校（院）長", "林志遠"]],
           [280, 420, 280, 420], 72, 26)
    text_lines(s, 140, 760, ["在線驗證碼：R7KQ2M9XWT4P8HZA", "更新日期：2026年11月18日"], 26, "serif_cjk", 56)
    return scanned_png(s, "fourcolumn"), {"holder_name": ("馮雅琳", "冯雅琳"), "date_of_birth": "1996-05-21", "institution": ("南嶺師範大學", "南岭师范大学"),
                                          "sex": "F", "level": "本科", "major": ("漢語言文學", "汉语言文学"), "graduation_date": "2018-06-30",
                                          "certificate_number": "197891201805002519", "verification_code": "R7KQ2M9XWT4P8HZA"}


def remains_employed() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(140, 100, "Jinsha River Hydropower Consulting Co., Ltd.", 28, "serif_bold")
    text_lines(s, 140, 200, ["Ref: HR/2026/318", "24 November 2026", "", "Dear Sir or Madam,", "",
                             "This letter confirms that Mr. GAO Yifan joined our Chengdu office on 3 March 2019 and remains in our",
                             "employment. He currently serves as Senior Hydrological Data Analyst in the Planning Department.", "",
                             "Yours faithfully,", "", "Personnel Section"], 24, "serif", 44)
    return scanned_png(s, "remains"), {"employer": "Jinsha River Hydropower Consulting Co., Ltd.", "position": "Senior Hydrological Data Analyst",
                                       "start_date": "2019-03-03"}


def posts_held() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "在职证明", 44, "serif_cjk")
    y = _paragraph(s, 160, 240, "　　钱思远，男，身份证号码已核。该同志于2015年7月6日入职我公司，先后担任研发工程师、研发部副经理，"
                                "2021年1月起任技术总监，在职至今。", 30, 28, 58)
    text_lines(s, 900, y + 100, ["合肥星衡电子科技有限公司", "2026年11月25日"], 28, "serif_cjk", 56)
    _chop(s, 1100, y + 80, "合肥星衡电子科技有限公司")
    return scanned_png(s, "postsheld"), {"employer": "合肥星衡电子科技有限公司", "position": "技术总监", "start_date": "2015-07-06"}


def write_all(folder: Path) -> list[dict]:
    papers = [("plan-financing.png", financing_section, "business_plan", "financing-section"),
              ("plan-numerals.png", chinese_numerals_plan, "business_plan", "chinese-numerals-plan"),
              ("plan-key-figures.png", key_figures, "business_plan", "key-figures"),
              ("degree-particulars.png", particulars_before_sentence, "degree_certificate", "particulars-before-sentence"),
              ("degree-graduand.png", graduand_table, "degree_certificate", "graduand-table"),
              ("report-four-column.png", four_column_record, "qualification_report", "four-column-record"),
              ("experience-remains.png", remains_employed, "work_experience_letter", "remains-employed"),
              ("experience-posts.png", posts_held, "work_experience_letter", "posts-held")]
    return write_drawn(folder, papers)
