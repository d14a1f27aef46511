"""The two-hundred-and-ninety-fourth drawn set (sample_docs/drawn_sora_twohundredninetyfourth.py), five work experience
letters read cold at 14 / 19. What it needed: a row of values parted by dashes ('name – post – period'), its period the
stay with no word before it and its post the part that is neither the name nor the period; two dates joined as a
period the first its start whatever cue before it; a post ending before 至今; a post in quotation marks. Tested on
other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_a_row_of_values_parted_by_dashes():
    doc = doc_of_rows([[(140, "Our records show:")], [(140, "SHEN Yao  |  Logistics Coordinator  |  01/09/2016 to 31/08/2021")],
                       [(140, "Regards,")], [(140, "Anhui Yellow Mountain Tea Co., Ltd.")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["position"].value, read["start_date"].value, read["end_date"].value) == ("Logistics Coordinator", "2016-09-01", "2021-08-31")


def test_a_post_held_to_this_day():
    doc = doc_of_rows([[(140, "兹证明陆明远同志于 2012年 4月 1日入职我院， 2018年 7月起任主治医师至今。")], [(900, "江城第三人民医院")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "主治医师"


def test_a_post_in_quotation_marks():
    doc = doc_of_rows([[(140, "Hubei Lakeside Paper Co., Ltd.")],
                       [(140, "Mr. TIAN Bo worked with us as “Shift Supervisor” from 5 May 2015 to 30 April 2019.")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Shift Supervisor"
