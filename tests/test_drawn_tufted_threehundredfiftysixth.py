"""The three-hundred-and-fifty-fifth and -fifty-sixth drawn sets' reports and degrees (sample_docs/drawn_longtail_threehundredfiftyfifth.py,
drawn_tufted_threehundredfiftysixth.py), read cold at 25 / 26 and 18 / 20: a graduation stated to the month only
(毕业时间：2019年6月); a label that opens a sentence, its value in the sentence and not the line under it ('學生林家豪係…生，'
over '成績及格，'); a major after the sentence's verb (在…大学完成了…领域专业学位…). Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_a_graduation_stated_to_the_month():
    rows = [[(200, "学历查询结果")], [(200, "姓名：卢嘉慧")], [(200, "学校：晋北工业大学")], [(200, "专业：自动化")],
            [(200, "毕业时间："), (520, "2018年 7月")], [(200, "证书编号：193771201805001120")]]
    out = extract("qualification_report", doc_of_rows(rows, source="ocr"))  # (Han print in words as PP-OCR groups it)
    assert out["graduation_date"].value == "2018-07-31"


def test_a_label_that_opens_a_sentence_takes_no_value_from_the_line_under_it():
    rows = [[(600, "國立澎湖科技大學")], [(700, "學位證書")],
            [(200, "學生王俊傑係中華民國八十九年五月九日生，在本校觀光休閒學系修業期滿，")],
            [(200, "成績合格，准予畢業，依學位授予法授予管理學學士學位。")]]
    out = extract("degree_certificate", doc_of_rows(rows, han=True, source="ocr"))
    assert out["holder_name"].value == "王俊傑"


def test_a_major_after_the_sentences_verb():
    rows = [[(600, "硕士专业学位证书")], [(200, "姓名：祁思琪")],
            [(200, "于2023年6月在滇南大学修完了化学工程领域专业学位研究生全部课程，通过了论文答辩，授予工程硕士专业学位。")]]
    out = extract("degree_certificate", doc_of_rows(rows, han=True, source="ocr"))
    assert out["major"].value in ("化学工程", "化学工程领域")
