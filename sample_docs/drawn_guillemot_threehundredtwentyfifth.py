"""A three-hundred-and-twenty-fifth drawn set, of qualification reports, drawn at the end of stop 75 after its last
reader change and read cold, in wording and layouts no earlier set drew: a Chinese confirmation form of a graduate's
particulars (高校毕业生信息确认表, 毕业生姓名, 毕业年月日, 证书号, 网上查询码); an English 'Graduate Record
Confirmation' ('Graduate', 'Born', 'Education level', 'Field of study', 'Graduated on', 'Diploma number'); a Chinese
account of a search's result in one sentence (根据学信网查询结果, …, 系…专业2019届本科毕业生). Each is a case of its own
(`scripts/bench_drawn_forms.py --set threehundredtwentyfifth`). Every name and number is made up."""
from __future__ import annotations

from pathlib import Path

from .drawn_forms import Sheet, scanned_png, text_lines, write_drawn
from .drawn_memos_seventieth import _ruled


def confirmation_form() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(480, 100, "高校毕业生信息确认表", 42, "sans_cjk")
    _ruled(s, 160, 220, [["毕业生姓名", "祁晨阳", "性别", "男"], ["出生日期", "1996年10月2日", "学历", "本科"],
                         ["毕业学校", "陇南科技学院", "专业名称", "电子信息工程"], ["毕业年月日", "2018年6月28日", "证书号", "194161201805000390"],
                         ["网上查询码", "F3QW8ZK2RT6XN9MP", "", ""]], [260, 440, 220, 440], 70, 26)
    return scanned_png(s, "confirm"), {"holder_name": "祁晨阳", "sex": "M", "date_of_birth": "1996-10-02", "institution": "陇南科技学院",
                                       "level": "本科", "major": "电子信息工程", "graduation_date": "2018-06-28",
                                       "certificate_number": "194161201805000390", "verification_code": "F3QW8ZK2RT6XN9MP"}


def graduate_record_confirmation() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(380, 100, "Graduate Record Confirmation", 36, "serif_bold")
    y = 220
    for label, value in [("Graduate:", "PENG Ziyi"), ("Gender:", "Female"), ("Born:", "8 December 1998"),
                         ("University:", "Xiangxi University of Technology"), ("Education level:", "Bachelor"),
                         ("Field of study:", "Industrial Design"), ("Graduated on:", "20 June 2020"),
                         ("Diploma number:", "194151202005000826"), ("Online verification code:", "K9RW2TX7QM4ZN8HB")]:
        s.text(200, y, label, 24, "serif")
        s.text(660, y, value, 24, "serif")
        y += 56
    return scanned_png(s, "graduaterecord"), {"holder_name": "PENG ZIYI", "sex": "F", "date_of_birth": "1998-12-08",
                                              "institution": "Xiangxi University of Technology", "level": ("bachelor", "本科", "Bachelor"),
                                              "major": "Industrial Design", "graduation_date": "2020-06-20",
                                              "certificate_number": "194151202005000826", "verification_code": "K9RW2TX7QM4ZN8HB"}


def search_result_sentence() -> tuple[bytes, dict]:
    s = Sheet()
    s.text(560, 110, "学历情况说明", 42, "serif_cjk")
    text_lines(s, 160, 240, ["　　根据学信网查询结果，邓佳音，女，1997年3月21日出生，系闽江师范学院小学教育专业2019届本科",
                             "毕业生，毕业时间为2019年6月30日，毕业证书编号为194141201905000157。", "",
                             "报告验证码：P8TN3XW6KQ2RZ7MD"], 26, "serif_cjk", 52)
    return scanned_png(s, "searchresult"), {"holder_name": "邓佳音", "sex": "F", "date_of_birth": "1997-03-21", "institution": "闽江师范学院",
                                            "level": "本科", "major": "小学教育", "graduation_date": "2019-06-30",
                                            "certificate_number": "194141201905000157", "verification_code": "P8TN3XW6KQ2RZ7MD"}


def write_all(folder: Path) -> list[dict]:
    papers = [("report-confirmation-form.png", confirmation_form, "qualification_report", "confirmation-form"),
              ("report-graduate-record-confirmation.png", graduate_record_confirmation, "qualification_report", "graduate-record-confirmation"),
              ("report-search-result-sentence.png", search_result_sentence, "qualification_report", "search-result-sentence")]
    return write_drawn(folder, papers)
