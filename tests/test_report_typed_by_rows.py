"""A qualification report whose title and code label no report had: its 毕业 and 本科 are a graduation certificate's
words, and its rows hold a graduation certificate's rows and more (a sex, a birth date, a level): typed by its rows
(extractors/stated_type.fuller_type). A graduation certificate stating its own rows stays one."""
from extractors.stated_type import fuller_type, type_by_stated_rows
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows

REPORT = [(300, "学籍学历信息摘录"), (140, "姓名：韦晓宁"), (140, "性别：女"), (140, "出生日期： 1997年 5月 12日"), (140, "院校：南屏师范学院"),
          (140, "层次：本科"), (140, "专业：英语"), (140, "毕业日期： 2019年 6月 30日"), (140, "证书编号：194331201905000217"),
          (140, "报告编号：A7KQ2M9XPZ4T8RWC")]
REPORT_EN = [(300, "Summary of Academic Record"), (140, "Name: WEI Xiaoning"), (140, "Gender: Female"), (140, "Date of birth: 12 May 1997"),
             (140, "Institution: Nanping Normal College"), (140, "Level: Undergraduate"), (140, "Major: English"),
             (140, "Date of graduation: 30 June 2019"), (140, "Certificate No.: 194331201905000217")]


def test_a_report_claimed_by_a_certificates_words_is_typed_by_its_rows():
    claimed, score = best_type(REPORT)
    assert claimed == "graduation_certificate" and score >= load_rules()["min_score"]  # what its words alone say
    assert fuller_type(claimed, doc_of_rows([[r] for r in REPORT])) == "qualification_report"


def test_a_report_no_words_claim_is_typed_by_its_rows():
    assert type_by_stated_rows(doc_of_rows([[r] for r in REPORT_EN])) == "qualification_report"


def test_a_graduation_certificate_stating_its_rows_stays_one():
    rows = [(640, "毕业证书"), (140, "姓名：韦晓宁"), (140, "专业：英语"), (140, "毕业日期： 2019年 6月 30日"),
            (140, "学生韦晓宁于 2015年 9月至 2019年 6月在本校英语专业四年制本科学习，成绩合格，准予毕业。"),
            (140, "证书编号：194331201905000217")]
    assert fuller_type("graduation_certificate", doc_of_rows([[r] for r in rows])) is None


def test_a_scanned_report_is_typed_by_its_rows(tmp_path):
    from flows.case import analyse_file
    from pipeline.ingest import describe_file
    from sample_docs.drawn_forms import Sheet, scanned_png, text_lines

    s = Sheet()
    s.text(420, 120, REPORT[0][1], 40, "sans_cjk")
    text_lines(s, 180, 260, [text for _, text in REPORT[1:]], 28, "sans_cjk", 58)
    (tmp_path / "record.png").write_bytes(scanned_png(s, "typedbyrows"))
    doc = analyse_file(describe_file(tmp_path, tmp_path / "record.png"), 0).documents[0]
    assert doc.type == "qualification_report"
    assert (doc.fields["holder_name"].value, doc.fields["level"].value) == ("韦晓宁", "本科")


def test_a_notarised_certificate_in_rows_keeps_its_title(tmp_path):
    """Its rows are a report's too (a sex, a birth date, a level), but its title heads the page under the notary's cover."""
    from sample_docs import drawn_notarised_thirtyfirst as thirtyfirst
    from tests.conftest import read_each_as_uploaded

    thirtyfirst.write_all(tmp_path / "drawn")
    docs = read_each_as_uploaded(tmp_path / "drawn", ["notarised-graduation-1.pdf"], tmp_path)
    assert docs["notarised-graduation-1.pdf"]["type"] == "graduation_certificate"
