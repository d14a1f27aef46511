"""The three-hundred-and-twenty-fifth drawn set (sample_docs/drawn_guillemot_threehundredtwentyfifth.py), of reports,
read cold at 24 / 27: a graduation date under 毕业年月日, a certificate's number under 'Diploma number', and a school
after 系 ('is') in a report told in one sentence, read with the 系. What it needed: the two labels, and 系 after a comma
a cue before a school as 经 is. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_graduation_date_under_its_year_month_day_label():
    doc = doc_of_rows([[(500, "学历信息核对单")], [(160, "学生姓名"), (460, "韩子墨")], [(160, "院校"), (460, "赣东工程学院")],
                       [(160, "畢業年月日"), (460, "2017年7月1日")], [(160, "证书号"), (460, "194131201705001234")]])
    read = registry.extract("qualification_report", doc)
    assert read["graduation_date"].value == "2017-07-01"


def test_a_certificate_number_under_diploma_no():
    doc = doc_of_rows([[(500, "Record of Higher Education")], [(160, "Holder:"), (560, "LIN Haoran")],
                       [(160, "University:"), (560, "Qiandong Normal University")],
                       [(160, "Diploma No.:"), (560, "194131201706004321")]])
    read = registry.extract("qualification_report", doc)
    assert read["certificate_number"].value == "194131201706004321"


def test_a_school_after_its_copula_in_a_sentence():
    doc = doc_of_rows([[(600, "学历查询说明")],
                       [(160, "经查，韩子墨，男，1995年4月9日生，系赣东工程学院机械工程专业2017届专科毕业生。")]])
    read = registry.extract("qualification_report", doc)
    assert read["institution"].value == "赣东工程学院"
