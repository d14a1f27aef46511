"""The three-hundred-and-sixteenth drawn set (sample_docs/drawn_grebe_threehundredsixteenth.py), of qualification
reports, read cold at 16 / 36: a check sheet and an account of a check told in a sentence were typed graduation
certificates (their 毕业证书编号 counted as the certificate's title, 毕业 and 本科 its words); labels with a word before
them (学生姓名, 培养层次, 学历证书编号, 出生年月日) and the code labelled 查验码 read no value; '所学专业为…' gave the
major with its 为; a code's 5 read S. What it needed: a title followed by its number's label names no paper; titles of a qualification's
check (学历核查, 学历核验 …); those labels; a label's 为 or 是 no part of the value after it; a
code tesseract doubts read again by PP-OCR, its reading one character apart taken. Tested on other wording."""
from extractors import registry
from extractors.stated_type import fuller_type
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_a_report_citing_a_certificates_number_is_a_report():
    best, score = best_type([(600, "学位查验结果"), (140, "经查验，持证人方子涵，女，1996年2月11日生，于2018年6月28日毕业于赣南农业大学，"),
                             (140, "学历层次为本科，毕业证书编号为194271201805000913。"), (140, "在线验证码：T6XM2QK8RW4ZN9BP")])
    assert best == "qualification_report" and score >= load_rules()["min_score"]


def test_labels_with_a_word_before_them_state_a_reports_rows():
    rows = [[(220, "学生姓名"), (560, "尤嘉禾")], [(220, "性别"), (560, "男")], [(220, "出生年月日"), (560, "1995-03-09")],
            [(220, "院校名称"), (560, "赣南农业大学")], [(220, "培养层次"), (560, "本科")], [(220, "专业"), (560, "园艺")],
            [(220, "毕业日期"), (560, "2017-06-30")], [(220, "学历证书编号"), (560, "194261201705000208")], [(220, "查验码"), (560, "P4WQ8ZK2NT6XR3HM")]]
    doc = doc_of_rows(rows)
    assert fuller_type("graduation_certificate", doc) == "qualification_report"
    read = registry.extract("qualification_report", doc)
    assert (read["date_of_birth"].value, read["verification_code"].value) == ("1995-03-09", "P4WQ8ZK2NT6XR3HM")


def test_a_labels_copula_is_no_part_of_its_value():
    doc = doc_of_rows([[(600, "学历核查情况说明")], [(140, "持证人邝雨桐，女，所学专业为国际经济与贸易，学历层次为本科。")]], han=True)
    assert registry.extract("qualification_report", doc)["major"].value == "国际经济与贸易"


def test_a_doubted_code_is_read_again(tmp_path):
    """Its 5 read S by tesseract, unsurely: PP-OCR's reading of its line, one character apart, is taken; the code as
    first read stays among the field's readings."""
    from flows.case import analyse_file
    from pipeline.ingest import describe_file
    from sample_docs.drawn_grebe_threehundredsixteenth import english_summary

    png, truth = english_summary()
    (tmp_path / "summary.png").write_bytes(png)
    code = analyse_file(describe_file(tmp_path, tmp_path / "summary.png"), 0).documents[0].fields["verification_code"]
    assert code.value == truth["verification_code"]
