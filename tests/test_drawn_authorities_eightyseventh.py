"""The eighty-seventh drawn set (sample_docs/drawn_authorities_eightyseventh.py), read cold at 15 / 26. What it
needed: a form's page that states a value in its row over an earlier page's notes that name it in prose; the Talent
List question as a mark of form ID 990B; a consent from an authority's division, not its addressee; a field of study
as a 领域, and '专业学位' as no major; 'Net sales'; capital as a shareholders' table's total; Hong Kong permanent
residents counted as local staff."""
from PIL import Image

from extractors import registry
from extractors.base import DocView
from extractors.business_plan import extract as extract_plan
from extractors.declared import read_declared
from extractors.financial_statement import extract as extract_statements
from pipeline.classify import score_page
from pipeline.model import Page
from pipeline.read import ReadPage
from tests.synthetic import cells, doc_of_rows


def test_a_forms_row_over_its_notes_page():
    notes = cells(240, (140, "(b) In Part B give the applicant's name and the")) \
        + cells(300, (140, "post offered, the pay in Hong Kong dollars and any allowances."))
    form = cells(240, (140, "Post offered"), (640, "Sound Test Technician")) + cells(320, (140, "Monthly salary (HK$)"), (640, "29,800"))
    pages = [Page(file="b.pdf", number=n, width=1654, height=2339, dpi=200, source="text_layer", words=w) for n, w in ((1, notes), (2, form))]
    doc = DocView("b.pdf", pages, [Image.new("RGB", (1654, 2339), "white")] * 2)
    assert read_declared("employer_form", doc)["position"].value == "Sound Test Technician"
    asked = cells(240, (140, "Name of applicant"), (640, "HE MINGXUAN")) + cells(320, (140, "Is the post on the Talent List?"), (700, "No"))
    page = Page(file="c.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=form + asked)
    assert score_page(ReadPage(page, Image.new("RGB", (1654, 2339), "white"))).best[0] == "employer_form"


def test_a_consent_from_an_authoritys_division():
    doc = doc_of_rows([[(300, "关于同意周明远同志赴港工作的复函")], [(140, "北岸微波科技（香港）有限公司：")],
                       [(140, "周明远同志系我局下属单位工程师。经研究，同意其赴香港工作。")], [(900, "南川市工业和信息化局人事科")],
                       [(940, "2026年10月9日")]], han=True)
    assert registry.extract("consent_letter", doc)["organisation"].value == "南川市工业和信息化局人事科"


def test_a_field_of_study_as_a_domain():
    doc = doc_of_rows([[(140, "许文博，男，1990年2月3日生。在机械工程领域完成了工程硕士专业学位研究生的学习计划，")],
                       [(140, "经审核符合规定，授予工程硕士专业学位。")]], han=True)
    assert registry.extract("degree_certificate", doc)["major"].value == "机械工程"
    professional = doc_of_rows([[(140, "许文博，男，1990年2月3日生。经审核，授予工程硕士专业学位研究生学位。")]], han=True)
    assert "major" not in registry.extract("degree_certificate", professional)


def test_net_sales_a_capital_table_and_permanent_residents():
    statements = doc_of_rows([[(160, "Statements of income, years ended December 31, 2025 and 2024")], [(1000, "2025"), (1200, "2024")],
                              [(160, "Net sales"), (1000, "3,210,400"), (1200, "2,990,100")]])
    assert extract_statements(statements)["revenue"].value == 3210400
    plan = doc_of_rows([[(160, "Partner"), (700, "Capital contributed (HK$)")], [(160, "WU Ting"), (700, "300,000")], [(160, "LAM Ka Yan"), (700, "200,000")],
                        [(160, "Total"), (700, "500,000")], [(160, "We shall hire three Hong Kong permanent residents in year one.")]])
    read = extract_plan(plan)
    assert (read["capital_hkd"].value, read["local_jobs"].value) == (500000, 3)
