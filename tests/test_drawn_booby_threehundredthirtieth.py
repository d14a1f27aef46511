"""The three-hundred-and-thirtieth and -thirty-first drawn sets (sample_docs/drawn_booby_threehundredthirtieth.py,
drawn_loon_threehundredthirtyfirst.py), read cold at 10 / 12 and 20 / 21: a post 'in the function of …' not read; a
Hong Kong company's 恒 written 恆 when the page was set in traditional characters (every OpenCC standard writes 恆,
Hong Kong prints 恒); a contract's post after 甲方之 read with its 之. What they needed: 'in the function of' a post's
cue; 恒 kept on a traditional page; 甲方之 no part of the post. Tested on other wording."""
from extractors import registry
from pipeline.text import simplified_only_as_traditional
from tests.synthetic import doc_of_rows


def test_a_post_in_the_function_of():
    doc = doc_of_rows([[(160, "Oakridge Tools (Dongguan) Co., Ltd.")], [(160, "Ms. PAN Xiaoyu worked with us from 02.05.2016 until 30.11.2022")],
                       [(160, "in the function of Export Sales Coordinator, based in our Dongguan office.")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Export Sales Coordinator"


def test_heng_kept_on_a_traditional_page():
    assert simplified_only_as_traditional("恒隆地產代理有限公司") == "恒隆地產代理有限公司"
    assert simplified_only_as_traditional("项目經理") == "項目經理"


def test_a_post_after_party_a_and_its_zhi():
    doc = doc_of_rows([[(600, "僱傭合約")], [(160, "甲方：港灣智能物流有限公司")], [(160, "乙方：尤嘉欣")],
                       [(160, "一、乙方同意出任甲方之物流系統分析師，合約期兩年。")]])
    assert registry.extract("employment_contract", doc)["position"].value == "物流系統分析師"


def test_a_code_in_a_sentence_read_again():
    """Stop 75's 304th set: a code inside a sentence, its 5 read S by tesseract; PP-OCR's reading of the line ran its
    words together with the code, so no code of the codes' shape came out of it. The code is a word of its own."""
    from extractors.qualification_report import codes_in
    pattern = "^[0-9A-HJ-NP-Z]{16}$"
    assert codes_in("You may look the award up online, code H3ZK7QW2RT9MX4PN, for six months.", pattern) == ["H3ZK7QW2RT9MX4PN"]
    assert codes_in("验证码 H3ZK 7QW2 RT9M X4PN", pattern) == ["H3ZK7QW2RT9MX4PN"]


def test_the_304th_code_in_a_sentence(tmp_path):
    from flows.case import analyse_file
    from pipeline.ingest import describe_file
    from sample_docs.drawn_bunting_threehundredfourth import one_paragraph

    png, truth = one_paragraph()
    (tmp_path / "paragraph.png").write_bytes(png)
    code = analyse_file(describe_file(tmp_path, tmp_path / "paragraph.png"), 0).documents[0].fields["verification_code"]
    assert code.value == truth["verification_code"]


def test_a_reports_school_the_rows_missed_read_as_a_degrees():
    """Once a report's birth date was read by its label ('Born', this stop), a report whose school's row the layout
    missed ('毕业院校 Graduated from岭北…', the English label run into the value) no longer had two fields missing, and the
    reading of the report as a degree, which found the school, was not tried: it is tried for any one missing."""
    doc = doc_of_rows([[(400, "学历核验单 Qualification Check")], [(160, "姓名 Name"), (600, "温雅琪 WEN Yaqi")],
                       [(160, "出生 Born"), (600, "1999.05.06")], [(160, "院校 Graduated from滇南财经学院")],
                       [(160, "专业 Major"), (600, "审计学")], [(160, "学历 Level"), (600, "本科")]])
    assert registry.extract("qualification_report", doc)["institution"].value == "滇南财经学院"
