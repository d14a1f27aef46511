"""The two-hundred-and-twenty-fourth drawn set (sample_docs/drawn_nods_twohundredtwentyfourth.py), a test set of three
consents and three work letters, read cold at 20 / 24. What it needed: a bilingual row no field reads whose English
half is a field's label ('拟赴港单位 Employer in Hong Kong') gives the consenting organisation no value; a record of posts
in a table whose dates stand in cells side by side, the post at leaving the latest row's. Tested on other wording."""
import zlib

from PIL import Image

from extractors import registry
from extractors.base import DocView
from flows.case import analyse_file
from pipeline.ingest import describe_file
from pipeline.model import Page
from sample_docs.drawn_formhands_fiftyfourth import PEOPLE as FIFTYFOURTH
from sample_docs.drawn_formhands_fiftyfourth import applicant_corner_boxes
from sample_docs.drawn_forms import png_bytes
from sample_docs.drawn_forms_third import PEOPLE, applicant_headings
from tests.synthetic import cells, doc_of_rows


def _bilingual(rows: list[tuple[str, str, str]]) -> DocView:
    words = []
    for k, (zh, en, value) in enumerate(rows):
        y = 300 + 70 * k
        words += cells(y, (140, zh), han=True) + cells(y, (140 + 42 * len(zh), en)) + cells(y, (800, value), han=not value.isascii())
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    return DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])


def test_the_hong_kong_employers_row_gives_no_consenting_organisation():
    doc = _bilingual([("拟赴港单位", "Employer in Hong Kong", "Tidewell Analytics Limited"), ("单位名称", "Organisation", "郑州中原数据服务有限公司"),
                      ("员工姓名", "Staff name", "柯文博"), ("单位意见", "Opinion", "同意")])
    assert registry.extract("consent_letter", doc)["organisation"].value == "郑州中原数据服务有限公司"


def test_a_record_of_posts_in_a_tables_rows():
    doc = doc_of_rows([[(140, "Lanzhou Silkroad Pharmaceutical Co., Ltd.")], [(140, "Record of employment: Ms. SU Wanqing")],
                       [(140, "Post"), (760, "Start"), (1100, "End")],
                       [(140, "QC Analyst"), (760, "2013-03-04"), (1100, "2016-08-31")],
                       [(140, "QC Supervisor"), (760, "2016-09-01"), (1100, "2022-02-28")]])
    read = registry.extract("work_experience_letter", doc)
    assert (read["start_date"].value, read["end_date"].value, read["position"].value) == ("2013-03-04", "2022-02-28", "QC Supervisor")




def test_a_row_heading_two_fields_columns_keeps_both(tmp_path):
    # 'date of birth' is also a row no consent field reads: on a form it heads its own column, and the next heading
    # ('TRAVEL DOCUMENT NO.') is no twin of it (the third set's first form, as that set draws it)
    name = "applicant_form-headings-1.png"
    (tmp_path / name).write_bytes(png_bytes(applicant_headings(PEOPLE[0]).scanned(zlib.crc32(name.encode()))))
    doc = analyse_file(describe_file(tmp_path, tmp_path / name), 0).documents[0]
    assert (doc.fields["date_of_birth"].value, doc.fields["travel_document_number"].value) == ("1993-10-14", "EB5720916")


def test_a_row_of_bilingual_headings_keeps_each(tmp_path):
    # 'Sex 性别 Date of birth 出生日期': '性别' is no Chinese row that 'Date of birth' translates (the 54th set's form)
    name = "applicant_form-corner-boxes-1.png"
    (tmp_path / name).write_bytes(png_bytes(applicant_corner_boxes(FIFTYFOURTH[0]).scanned(zlib.crc32(name.encode()))))
    doc = analyse_file(describe_file(tmp_path, tmp_path / name), 0).documents[0]
    assert doc.fields["date_of_birth"].value == FIFTYFOURTH[0].date_of_birth.isoformat()
