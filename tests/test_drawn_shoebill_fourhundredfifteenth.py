"""The four-hundred-and-fifteenth to -twenty-first drawn sets (sample_docs/drawn_shoebill_fourhundredfifteenth.py …
drawn_tigerheron_fourhundredtwentyfirst.py), read cold at 86 / 90 after round two's mends: a firm named only in the
body after a date (…年8月起在…有限公司工作); a letter wholly in capitals, whose sentence is no firm's name and whose post
ends at SINCE; a works (…厂) that signs. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_a_firm_named_in_the_body_after_a_date():
    rows = [[(700, "在职证明")], [(160, "兹证明，孔令辉先生自2016年4月起在昆明春城光电科技有限公司工作至今，现任测试工程师。")],
            [(960, "综合管理部")], [(960, "2026年11月2日")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["employer"].value == "昆明春城光电科技有限公司"


def test_a_letter_in_capitals():
    rows = [[(160, "QINGDAO BLUE HARBOUR MARINE CO., LTD.")], [(160, "2 DECEMBER 2026")], [(160, "TO WHOM IT MAY CONCERN")],
            [(160, "WE CONFIRM THAT MR. GUO YANG HAS BEEN EMPLOYED BY QINGDAO BLUE HARBOUR MARINE CO., LTD. AS A NAVAL")],
            [(160, "ARCHITECT SINCE 1 MARCH 2018.")], [(160, "PERSONNEL DEPARTMENT")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["employer"].value, out["position"].value) == ("QINGDAO BLUE HARBOUR MARINE CO., LTD.", "NAVAL ARCHITECT")


def test_a_works_signs_its_letter():
    rows = [[(700, "证明")], [(160, "兹证明宋志刚同志于2005年3月至2019年10月在我厂工作，离职前任车间主任。")], [(900, "洛阳北方轴承厂")],
            [(900, "2026年11月4日")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["employer"].value == "洛阳北方轴承厂"


def test_a_date_unit_opens_no_name_after_figures_only():
    from extractors.letters import date_lead
    assert date_lead("自2014年8月起在深圳湾区物流有限公司", 7) == 3  # 月起在
    assert date_lead("日照港口物流集团", 0) == 0 and date_lead("签发：日照港口物流集团", 3) == 0


def test_our_works_in_the_text_names_no_firm():
    rows = [[(700, "证明")], [(160, "兹证明宋志刚同志于2005年3月至2019年10月在我厂工作，离职前任车间主任。")], [(900, "2026年11月4日")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert "employer" not in out or not str(out["employer"].value).endswith("我厂")


def test_engaged_in_the_passive_after_its_date_is_a_start():
    # (the 426th, read cold after the stop's last reader change: 于…被我公司聘为)
    rows = [[(700, "证明")], [(160, "兹证明范思远于2017年9月被我单位录用为市场专员，现仍在职。")], [(900, "长春净月文化传媒有限公司")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["start_date"].value == "2017-09-01"


def test_majored_in_names_the_major():
    # (the 428th: 'majored in Accounting in the four-year undergraduate program')
    rows = [[(600, "Graduation Certificate (translation)")],
            [(160, "ZHU Minghao, male, born on 2 March 1997, majored in Applied Physics at Wanbei University from 2015 to 2019")],
            [(160, "and is permitted to graduate.")], [(160, "Certificate No.: 193271201906001122")]]
    assert extract("graduation_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "Applied Physics"
