"""The three-hundred-and-twenty-first drawn set (sample_docs/drawn_puffin_threehundredtwentyfirst.py), of work letters
and a graduation certificate, read cold at 15 / 18: a career table whose periods are told to the month with a dash and
no spaces ('2012.07-2016.12') gave no stay and its first row's post. What it needed: a month told year first may stand
after a range's dash, and before one. Tested on other wording."""
from extractors import registry
from pipeline.date_words import MONTH_PERIOD
from tests.synthetic import doc_of_rows


def test_months_either_side_of_a_dash():
    assert MONTH_PERIOD.search("2015.3-2018.10") and MONTH_PERIOD.search("2009/11-2013/02")
    assert not MONTH_PERIOD.search("2015-03-18")


def test_a_career_table_told_to_the_month():
    doc = doc_of_rows([[(640, "在职证明")], [(160, "兹证明蒋文涛先生在我公司工作，任职情况如下：")],
                       [(160, "任职年月"), (600, "部门"), (1000, "职务")],
                       [(160, "2010.03-2014.08"), (600, "技术部"), (1000, "工程师")],
                       [(160, "2014.09-2019.11"), (600, "研发中心"), (1000, "主任工程师")],
                       [(900, "常州恒瑞电机有限公司")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["start_date"].value, read["end_date"].value, read["position"].value) == ("2010-03-01", "2019-11-30", "主任工程师")
