"""The five-hundred-and-ninety-fifth to -ninety-eighth drawn sets (sample_docs/drawn_shrikethrush_fivehundredninetyfifth.py …
drawn_flyrobin_fivehundredninetyeighth.py), stop 85's fifth round, read cold at 41 / 44: a school named a 学校 (高等专科学校); a subject
whose name holds a comma after 'studied'; a row's value not wrapped into the letter's opening sentence under it. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_a_specialised_school():
    rows = [[(660, "毕业证书")], [(200, "学生黎思琪，女，2001年3月生，于2019年9月至2022年6月在本校药学专业三年制专科学习，准予毕业。")],
            [(200, "学校名称：闽西师范高等专科学校")], [(200, "2022年6月28日")]]
    assert extract("graduation_certificate", doc_of_rows(rows, source="ocr"))["institution"].value == "闽西师范高等专科学校"


def test_a_subject_with_a_comma_after_studied():
    rows = [[(520, "Certificate of Graduation")],
            [(180, "Graduate Qin Yue (male, born on 2 May 2000) studied Food Quality, Safety and Inspection (three-year) at our")],
            [(180, "college from September 2018 to June 2021 and is permitted to graduate.")], [(180, "Date: 30 June 2021")]]
    assert extract("graduation_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "Food Quality, Safety and Inspection"


def test_a_rows_value_not_wrapped_into_the_opening_sentence():
    rows = [[(680, "在职证明")], [(200, "员工姓名：韩雨泽")], [(200, "入职日期：2018年5月14日")], [(200, "岗位：高级测试工程师")],
            [(260, "兹有以上员工在我司任职，工作表现良好，特此证明。")], [(950, "苏州澄湖软件有限公司")], [(950, "2026年11月3日")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "高级测试工程师"
