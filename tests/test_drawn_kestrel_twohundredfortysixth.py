"""The two-hundred-and-forty-sixth drawn set (sample_docs/drawn_kestrel_twohundredfortysixth.py): plans, degrees, a
graduation record and work letters, read cold at 25 / 38. What it needed: a plan's key figures over captions whose label
follows a word that qualifies it ('year-1 revenue'); a plan on a page and a letter on a person still employed told as
such; a degree's school after 于 ('该生于…大学'); a table's label of two capitalised words ('Major Field') not taken for
its value; of the posts a letter lists, the one held from a date on or now. Tested on other wording."""
from PIL import Image

from extractors import registry
from extractors.base import DocView
from pipeline.model import Page, Word
from tests.synthetic import best_type, doc_of_rows


def _tiles(tiles: list[tuple[int, str, str]]) -> DocView:
    """Big figures (type 60 high) over small captions (24 high), side by side."""
    words = [Word(text="Sunbird Tea House Ltd", bbox=(140, 100, 500, 130), conf=0.95)]
    for x, figure, caption in tiles:
        words.append(Word(text=figure, bbox=(x, 300, x + 30 * len(figure), 360), conf=0.95))
        for token in caption.split():
            words.append(Word(text=token, bbox=(x, 390, x + 13 * len(token), 414), conf=0.95))
            x += 13 * len(token) + 8
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="text_layer", words=words)
    return DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])


def test_a_figure_over_a_qualified_caption():
    fields = registry.extract("business_plan", _tiles([(140, "HK$900,000", "founding capital"), (700, "HK$2,400,000", "year-one sales")]))
    assert (fields["capital_hkd"].value, fields["projected_turnover_hkd"].value) == (900000.0, 2400000.0)


def test_a_plan_on_a_page_and_a_letter_on_a_person_still_employed():
    assert best_type([(140, "Sunbird Tea House Ltd"), (140, "One-page plan"), (140, "HK$500,000 from the owners"),
                      (140, "HK$1,500,000 sales in year-1")])[0] == "business_plan"
    assert best_type([(140, "Ms. HE Lan remains in our employment today and serves as Lead Buyer in the sourcing team.")])[0] \
        == "work_experience_letter"


def test_a_degrees_school_after_yu():
    doc = doc_of_rows([[(520, "学士学位证书")], [(180, "姓名王小明")],
                       [(180, "该生于东川师范学院数学与应用数学专业完成了本科学习计划，业已毕业，授予理学学士学位。")]], han=True)
    assert registry.extract("degree_certificate", doc)["institution"].value == "东川师范学院"


def test_a_table_label_of_two_capitalised_words():
    doc = doc_of_rows([[(180, "Name of Graduate"), (640, "ZHOU Lanxin")], [(180, "Subject Area"), (640, "Applied Statistics")],
                       [(180, "Degree Conferred"), (640, "Master of Science")]])
    assert registry.extract("degree_certificate", doc)["major"].value == "Applied Statistics"


def test_the_post_held_now_or_from_a_date_on():
    now = doc_of_rows([[(520, "工作证明")], [(160, "兹证明李雨桐女士于2016年3月1日入职我公司，历任客服专员、客服主管，现任运营经理。")]], han=True)
    since = doc_of_rows([[(520, "工作证明")], [(160, "兹证明周凯先生于2014年9月1日入职我公司，曾任销售代表，2019年6月起任区域销售经理。")]], han=True)
    assert registry.extract("work_experience_letter", now)["position"].value == "运营经理"
    assert registry.extract("work_experience_letter", since)["position"].value == "区域销售经理"


def test_a_word_after_a_label_in_a_row_of_four_cells_is_its_value():
    doc = doc_of_rows([[(140, "Online Verification Report of Higher Education Qualification Certificate")],
                       [(140, "Level Undergraduate"), (760, "Length of Schooling"), (1200, "4 years")]])
    assert registry.extract("qualification_report", doc)["level"].value == "Undergraduate"
