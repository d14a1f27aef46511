"""A three-hundred-and-twenty-sixth drawn set, of work experience letters, drawn at the start of stop 76 and read cold
before any reader change for it, in wording no earlier set drew (the 307th told dates in numerals to the day and stood
a table's headings over one row; here months alone, and a leaving certificate's row holds an identity number): an
English verification sheet whose particulars stand in a ruled table ('Last position held', 'Employment commenced',
'Employment ceased', dates written 2013/06/17); a traditional Chinese certificate of service whose months are told in
Chinese numerals (自二〇一三年七月起受聘於本公司，擔任…一職，至二〇二〇年五月離任); an English letter with ordinal dates ('joined … on the 1st of
August 2016', 'until his last working day, the 30th of September 2022'); a Chinese leaving certificate whose
particulars stand in a table with its labels in a header row over the values. Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredtwentysixth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled
from .drawn_papers_eighth import _chop


def verification_sheet() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Brightwater Logistics (Xiamen) Co., Ltd.", 30, "serif_bold")
    s.text(160, 135, "Unit 1203, Haicang Trade Tower, Xiamen", 20, "serif")
    s.text(160, 230, "EMPLOYMENT VERIFICATION", 32, "sans_bold")
    y = _ruled(s, 160, 300, [["Employee name", "Ms. LUO Shanshan"], ["Staff number", "BW-20417"],
                             ["Last position held", "Senior Customs Broker"], ["Employment commenced", "2013/06/17"],
                             ["Employment ceased", "2021/11/30"], ["Reason for leaving", "Resignation"]], [460, 820], 66, 24)
    text_lines(s, 160, y + 50, ["Issued at the request of the employee on 3 December 2021.", "", "For and on behalf of",
                                "Brightwater Logistics (Xiamen) Co., Ltd.", "", "CHEN Yuhang, HR Supervisor"], 24, "serif", 44)
    return scanned_png(s, "verifysheet"), {"employer": "Brightwater Logistics (Xiamen) Co., Ltd.", "position": "Senior Customs Broker",
                                           "start_date": "2013-06-17", "end_date": "2021-11-30"}


def service_certificate_numerals() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(600, 100, "服務證明書", 46, "serif_cjk")
    text_lines(s, 160, 240, ["　　茲證明葉家豪先生自二〇一三年七月起受聘於本公司，擔任高級會計師一職，",
                             "至二〇二〇年五月離任。任職期間工作認真負責，表現良好。", "", "　　特此證明。"], 28, "serif_cjk", 60)
    text_lines(s, 880, 560, ["鼎泰財務顧問（深圳）有限公司", "二〇二〇年六月八日"], 28, "serif_cjk", 60)
    _chop(s, 1420, 640, "鼎泰財務顧問（深圳）有限公司")
    return scanned_png(s, "servicecert"), {"employer": "鼎泰財務顧問（深圳）有限公司", "position": "高級會計師", "start_date": "2013-07-01",
                                           "end_date": "2020-05-31"}


def ordinal_dates() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(160, 90, "Harborline Semiconductor (Wuxi) Co., Ltd.", 30, "serif_bold")
    text_lines(s, 160, 200, ["12 October 2022", "", "To whom it may concern,", "",
                             "Mr. ZHOU Kaiwen joined Harborline Semiconductor (Wuxi) Co., Ltd. on the 1st of August 2016.",
                             "He held the position of Senior Process Engineer until his last working day, the 30th of",
                             "September 2022, and looked after our etching line throughout.", "",
                             "We wish him well in his next appointment.", "", "Kind regards,", "", "Helen XU",
                             "People and Culture Manager"], 24, "serif", 44)
    return scanned_png(s, "ordinals"), {"employer": "Harborline Semiconductor (Wuxi) Co., Ltd.", "position": "Senior Process Engineer",
                                        "start_date": "2016-08-01", "end_date": "2022-09-30"}


def leaving_header_row() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(640, 100, "离职证明", 46, "serif_cjk")
    s.text(160, 200, "兹证明以下人员曾在我单位工作，现已办理完离职手续，特此证明。", 26, "serif_cjk")
    y = _ruled(s, 160, 270, [["姓名", "身份证号", "入职时间", "离职时间", "岗位"],
                             ["付思源", "510104199203150000", "2015年4月1日", "2022年6月30日", "数据分析师"]],
               [180, 360, 240, 240, 260], 70, 22)
    text_lines(s, 900, y + 120, ["成都锦瑞数据科技有限公司", "2022年7月5日"], 26, "serif_cjk", 56)
    _chop(s, 1440, y + 180, "成都锦瑞数据科技有限公司")
    return scanned_png(s, "headerrow"), {"employer": "成都锦瑞数据科技有限公司", "position": "数据分析师", "start_date": "2015-04-01",
                                         "end_date": "2022-06-30"}


def write_all(folder: Path) -> list[dict]:
    papers = [("work-verification-sheet.png", verification_sheet, "work_experience_letter", "verification-sheet"),
              ("work-service-certificate-numerals.png", service_certificate_numerals, "work_experience_letter", "service-certificate-numerals"),
              ("work-ordinal-dates.png", ordinal_dates, "work_experience_letter", "ordinal-dates"),
              ("work-leaving-header-row.png", leaving_header_row, "work_experience_letter", "leaving-header-row")]
    return write_drawn(folder, papers)
