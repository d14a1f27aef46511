"""The five-hundred-and-sixth to -twelfth drawn sets (sample_docs/drawn_pytilia_fivehundredsixth.py …
drawn_serin_fivehundredtwelfth.py), read cold at 97 / 108 before stop 83's second mends: 工作岗位 a label, not a post; a leaving
told as 从我公司离职; 'Last held' a post's label; posts by month within a stay (…至…任…); a register's hyphenated number and a national
number over its label; a degree by its initials before its subject ('BSc (Hons) Computer Science': the subject apart); a firm's name wrapped in a narrow
letterhead; a graduation certificate issued again long after the study ended. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_a_post_label_and_a_leaving_from_the_firm():
    rows = [[(680, "劳动合同书")], [(160, "甲方：深圳南山云图科技有限公司")], [(160, "乙方：罗子健")], [(160, "工作岗位：数据工程师")],
            [(160, "合同期限：自2027年4月1日起至2030年3月31日止")]]
    assert extract("employment_contract", doc_of_rows(rows, source="ocr"))["position"].value == "数据工程师"
    rows = [[(680, "离职证明")], [(160, "兹证明陶欣悦于2021年4月15日从本公司离职，该员工自2017年6月1日入职以来一直担任行政专员。")],
            [(900, "佛山禅城家居用品有限公司")], [(900, "2026年11月28日")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value) == ("2017-06-01", "2021-04-15")


def test_last_held_and_posts_by_month():
    rows = [[(160, "Nanning Green City Landscaping Co., Ltd.")], [(160, "Employee: Ms. QIN Xue")],
            [(160, "Employment: 1 March 2014 - 31 July 2020")], [(160, "Last held: Landscape Designer")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "Landscape Designer"
    rows = [[(680, "工作证明")], [(160, "我公司员工骆文静自2012年3月起在我公司工作，2012年3月至2015年6月任出纳，2015年7月至2021年9月任主办会计。")],
            [(900, "南宁绿城商贸有限公司")], [(900, "2026年11月27日")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value, out["position"].value) == ("2012-03-01", "2021-09-30", "主办会计")


def test_numbers_a_register_and_over_a_label():
    rows = [[(600, "THE UNIVERSITY OF SOUTH BAY")], [(600, "was admitted to the degree of")], [(600, "BACHELOR OF ARTS")],
            [(200, "Registration No. 4471-0093")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["certificate_number"].value == "4471-0093"
    rows = [[(560, "Lakeview Institute of Finance")], [(260, "Master of Finance")], [(260, "Degree")], [(260, "1926132022000145")],
            [(260, "Certificate No.")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["certificate_number"].value == "1926132022000145"


def test_a_degree_by_its_initials_before_its_subject():
    rows = [[(600, "University of Westholm")], [(160, "This is to certify that TAN Yiwen has been awarded the degree of MSc Data Science by")],
            [(160, "the University of Westholm on 30 September 2022.")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["degree"].value, out["major"].value, out["degree_level"].value) == ("MSc", "Data Science", "master")


def test_a_firm_wrapped_in_a_narrow_letterhead():
    rows = [[(100, "Kunming Dianchi"), (480, "2 December 2026")], [(100, "Tea Trading Co., Ltd.")], [(480, "To whom it may concern")],
            [(480, "Ms. XIANG Yu worked for us as Tea Buyer from 1 May 2015 to 31 October 2021.")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["employer"].value == "Kunming Dianchi Tea Trading Co., Ltd."


def test_a_graduation_certificate_issued_again():
    rows = [[(640, "毕业证明书")], [(160, "学生包文轩，男，1995年3月生，于2013年9月至2017年6月在我校市场营销专业四年制本科学习，准予毕业。")],
            [(160, "原毕业证书编号：192751201706000412，因遗失特出具此证明。")], [(900, "江北商学院")], [(900, "2026年11月18日")]]
    assert extract("graduation_certificate", doc_of_rows(rows, source="ocr"))["graduation_date"].value == "2017-06-30"
    rows = [[(640, "毕业证书")], [(160, "学生包文轩，男，1995年3月生，于2013年9月至2017年6月在本校市场营销专业四年制本科学习，准予毕业。")],
            [(900, "江北商学院")], [(900, "2017年6月28日")]]
    assert extract("graduation_certificate", doc_of_rows(rows, source="ocr"))["graduation_date"].value == "2017-06-28"
