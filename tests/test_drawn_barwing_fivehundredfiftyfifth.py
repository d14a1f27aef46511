"""The five-hundred-and-fifty-fifth to -sixty-first drawn sets (sample_docs/drawn_barwing_fivehundredfiftyfifth.py …
drawn_whipbird_fivehundredsixtyfirst.py), stop 84's fifth round, read cold at 72 / 75: 仍在职 a stay told in the present; 专升本 a
level; a school's name read from a department's wrapped line. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_still_on_the_staff():
    rows = [[(680, "在职证明")], [(200, "姓名：莫雅婷")], [(200, "入职时间：2019年10月8日")], [(200, "职务：品牌策划经理")], [(200, "该同志现仍在职。")],
            [(860, "温州瓯江鞋业有限公司")], [(860, "2026年11月12日")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value) == ("2019-10-08", "2026-11-12")


def test_an_upgrade_course_level():
    rows = [[(660, "毕业证书")], [(160, "学生邬佳宁，男，1999年3月生，于2020年9月至2022年6月在本校物流管理专业（专升本）学习，准予毕业。")],
            [(160, "校名：甬江商学院")], [(160, "2022年6月28日")]]
    assert extract("graduation_certificate", doc_of_rows(rows, source="ocr"))["level"].value == "专升本"


def test_a_school_after_a_department_wrapped():
    rows = [[(560, "GRADUATION CERTIFICATE")],
            [(160, "Ms. LU Jiayi, born on 2 May 1998, studied in the School of Foreign Languages and the Department of Applied")],
            [(160, "Linguistics of Hanshui Normal University from September 2016 to June 2020 and graduated on 30 June 2020.")]]
    assert extract("graduation_certificate", doc_of_rows(rows, source="ocr"))["institution"].value == "Hanshui Normal University"
