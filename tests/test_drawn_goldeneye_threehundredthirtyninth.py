"""The three-hundred-and-thirty-ninth and -fortieth drawn sets (sample_docs/drawn_goldeneye_threehundredthirtyninth.py,
drawn_merganser_threehundredfortieth.py), read cold at 10 / 15 and 10 / 19: of a career's rows in a table the first
post was read, not the last; an employer named only in the letterhead, with no company's suffix ('… Bank, Chengdu
Branch'), not read; a post the unit names before the person (我公司高级会计师…女士) not read; dates in the Republic of
China's years in a letter's sentence not read; a report titled as the answer to an enquiry typed none, and its
graduation date, told 'on … for completing the programme', not read. Tested on other wording."""
from extractors import registry
from extractors.prose import Prose
from tests.synthetic import best_type, doc_of_rows


def test_the_last_post_of_a_career_table():
    doc = doc_of_rows([[(600, "在职证明")], [(160, "兹证明韦梓涵在我单位工作，任职情况如下：")],
                       [(160, "任职时间"), (560, "部门"), (860, "职务")], [(160, "2012.03-2016.08"), (560, "研发部"), (860, "助理工程师")],
                       [(160, "2016.09-2020.12"), (560, "研发部"), (860, "工程师")], [(160, "2021.01-至今"), (560, "研发部"), (860, "高级工程师")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "高级工程师"


def test_an_employer_named_only_in_the_letterhead():
    doc = doc_of_rows([[(160, "Northgate Children's Hospital, Xiamen Campus")], [(160, "3 March 2024")],
                       [(160, "Dr. FAN Yue's employment with the hospital ran from 1 May 2016 to 29 February 2024, as an Attending Pharmacist.")]])
    assert registry.extract("work_experience_letter", doc)["employer"].value == "Northgate Children's Hospital, Xiamen Campus"


def test_a_post_named_before_the_person():
    doc = doc_of_rows([[(600, "证明")], [(160, "本所执业律师欧阳思远先生自2015年9月1日至2022年8月31日在本所工作。")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "执业律师"


def test_dates_in_the_republics_years_in_a_sentence():
    dates = [m.value for m in Prose("茲證明林育賢先生自民國九十八年二月一日起至民國一百零五年一月三十一日止在本公司任職。").dates()]
    assert dates[:2] == ["2009-02-01", "2016-01-31"]


def test_a_qualification_enquiry_is_a_report():
    rows = [(160, "Degree Enquiry Result"), (160, "The record shows that HE Jiaxin (male) graduated from Binhai University"),
            (160, "Certificate number 193961202305001234")]
    assert best_type(rows)[0] == "qualification_report"


def test_a_date_for_completing_a_programme():
    doc = doc_of_rows([[(160, "Qualification Enquiry Result")],
                       [(160, "Certificate 193961202305001234 was issued to SONG Ke (male, born 2 April 2001) by Binhai University on 28 June 2023, for completing the programme in Logistics.")]])
    assert registry.extract("qualification_report", doc)["graduation_date"].value == "2023-06-28"
