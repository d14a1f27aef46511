"""The four-hundred-and-twenty-ninth to -thirty-fifth drawn sets (sample_docs/drawn_toucan_fourhundredtwentyninth.py …
drawn_tody_fourhundredthirtyfifth.py), read cold at 95 / 102, and the 424th's two misses left at stop 80: a post after
'the designation of'; the post held at leaving told after it ('at that time … the position of'); 其间任 names the
post; a table's labels across its top row; a student's cohort before the major; a
major's piece opening on 与; an institute whose name holds 'Resources' is no office; 设计院 an organisation's word; a
major on a centred line of its own. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_the_designation_of_names_the_post():
    rows = [[(160, "Wuxi Silverlake Semiconductor Co., Ltd.")], [(160, "Date: 2026-10-09")],
            [(160, "Ms. LIN Qiao has worked here since 2019-03-04 and presently holds the designation of Senior Quality Engineer")],
            [(160, "at our Binhu plant.")], [(160, "Human Resources")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert out["position"].value == "Senior Quality Engineer"
    # a stay still running is counted to the letter's date (tests/resources/unseen_wording.yaml: experience-en)
    assert out["start_date"].value == "2019-03-04" and out["end_date"].value == "2026-10-09"


def test_the_post_at_leaving_told_after_it():
    rows = [[(160, "Harbin Northfield Dairy Co., Ltd.")], [(160, "3 October 2026")],
            [(160, "Ms. GAO Ying joined us on 1 May 2010 as a Clerk and was promoted to Supervisor in 2013. She resigned on")],
            [(160, "30 June 2018, being at that time in the position of Operations Manager.")], [(160, "Personnel Office")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "Operations Manager"


def test_the_post_held_meanwhile():
    rows = [[(700, "证明")], [(160, "兹证明赵一鸣自2010年3月至2015年8月在本公司从事财务工作，其间任成本会计主管。")],
            [(900, "无锡太湖纺织有限公司")], [(900, "2026年10月8日")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "成本会计主管"


def test_labels_across_a_tables_top():
    rows = [[(660, "无锡太湖纺织有限公司")], [(160, "姓名"), (460, "所任职务"), (860, "入职日期")],
            [(160, "钱雨桐"), (460, "质量检验员"), (860, "2016年5月9日")], [(160, "以上情况属实。")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "质量检验员"


def test_a_cohort_before_the_major():
    rows = [[(640, "毕业证书")], [(160, "学生李明阳，性别男，一九九九年五月生，系本校2017级软件工程专业学生，学制四年，本科，准予毕业。")],
            [(900, "江北理工学院")], [(900, "二〇二一年六月三十日")]]
    assert extract("graduation_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "软件工程"


def test_a_majors_piece_opening_on_a_joining_word_gives_way():
    rows = [[(560, "博士学位证书 DOCTOR'S DEGREE")], [(160, "韩思远，男，一九九〇年"), (860, "HAN Siyuan, born on 2 May 1990, having")],
            [(160, "五月二日生。在本校应用化学"), (860, "completed the doctoral study in Applied")],
            [(160, "与化工学科完成博士学位研究"), (860, "Chemistry and Chemical Engineering,")],
            [(160, "授予工学博士学位。"), (860, "is awarded the degree of Doctor of Engineering.")]]
    major = extract("degree_certificate", doc_of_rows(rows, source="ocr")).get("major")
    assert major is None or not str(major.value).startswith("与")


def test_an_institute_of_resources_signs_as_itself():
    rows = [[(300, "Yunnan Institute of Land and Water Resources")], [(160, "Date: 2 November 2026")],
            [(160, "The Yunnan Institute of Land and Water Resources (the \"Institute\") agrees to release Mr. ZHAO Kun to")],
            [(160, "work in Hong Kong.")], [(160, "Office of the Director")]]
    out = extract("consent_letter", doc_of_rows(rows, source="ocr"))
    assert out["organisation"].value == "Yunnan Institute of Land and Water Resources"


def test_a_design_institute_is_an_organisation():
    rows = [[(620, "单位同意证明")], [(160, "姓名"), (460, "邱文静")], [(160, "工作单位"), (460, "成都天府建筑设计院")],
            [(160, "单位意见"), (460, "同意其赴港工作。")], [(160, "2026年10月12日")]]
    assert extract("consent_letter", doc_of_rows(rows, source="ocr"))["organisation"].value == "成都天府建筑设计院"


def test_a_major_on_a_centred_line_of_its_own():
    rows = [[(600, "硕士学位证书")], [(790, "兹授予")], [(790, "李华明")], [(660, "（男，一九九六年三月二日生）")], [(740, "软件工程专业")],
            [(720, "工学硕士学位")], [(1000, "江北理工学院学位评定委员会")], [(1000, "二〇二一年六月二十日")]]
    assert extract("degree_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "软件工程"
