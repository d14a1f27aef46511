"""The six-hundred-and-twenty-second and -twenty-third drawn sets (sample_docs/drawn_paradisekingfisher_sixhundredtwentysecond.py,
drawn_bronzecuckoo_sixhundredtwentythird.py), stop 86's sixth round, read cold at 16 / 18 and 13 / 14: the Hong Kong degree asked by
who awarded it (持有香港院校頒授的…學位); a stay's table of three columns (Position | From | To), its heading's value under it; an
address beside its label wrapped after a comma back to the line's margin. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_a_hong_kong_degree_asked_by_who_awarded_it():
    rows = [[(140, "申请人资料")], [(140, "姓（英文）"), (600, "QIU")], [(140, "你是否获香港大学颁发学士学位？"), (900, "否")]]
    assert extract("applicant_form", doc_of_rows(rows, source="ocr"))["hk_local_degree"].value is False


def test_a_three_column_stay_table():
    rows = [[(140, "Guangxi Beibu Gulf Feed Co., Ltd.")], [(140, "We confirm Mr. LONG Yichen was employed with us as below.")],
            [(150, "Job Title"), (700, "Start"), (1000, "End")], [(150, "Nutrition Formulation Specialist"), (700, "3 Sep 2018"), (1000, "30 Jun 2024")],
            [], [(140, "Human Resources")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "Nutrition Formulation Specialist"


def test_an_address_wrapped_back_to_the_margin_after_a_comma():
    rows = [[(160, "Business Registration Certificate")], [(160, "Business Name: CEDARWOOD TILE SUPPLY LIMITED")],
            [(160, "Business Address: SHOP 3, G/F, 18 HOI YUEN ROAD, KWUN TONG,")], [(160, "KOWLOON")], [(160, "Nature of Business: TILES")]]
    assert extract("br_certificate", doc_of_rows(rows, source="ocr"))["address"].value == "SHOP 3, G/F, 18 HOI YUEN ROAD, KWUN TONG, KOWLOON"
