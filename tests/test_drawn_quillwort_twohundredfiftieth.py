"""The two-hundred-and-fiftieth drawn set (sample_docs/drawn_quillwort_twohundredfiftieth.py): plans, a degree, a
graduation report and work letters, read cold at 27 / 33. What it needed: a letter whose person 'served as' a post over a
stay 'between' two months told as a work letter, the stay read to the month; a degree conferred on its holder by name
('授予陈嘉怡经济学硕士学位') without the name, and its school after '，经'. Tested on other wording."""
from extractors import registry
from pipeline.date_words import month_periods
from tests.synthetic import best_type, doc_of_rows


def test_a_post_served_between_two_months():
    text = "Ms. LUO Anqi served as Laboratory Technician at our plant in Foshan between June 2012 and August 2019."
    assert best_type([(140, "Foshan Clearwater Coatings Co., Ltd."), (140, text)])[0] == "work_experience_letter"
    assert [(s, e) for s, e, _, _ in month_periods(text)] == [("2012-06-01", "2019-08-31")]
    assert month_periods("Sales rose in June 2012 and August 2019 alike.") == []


def test_a_degree_conferred_on_its_holder_by_name():
    doc = doc_of_rows([[(560, "硕士学位证书")], [(180, "周雨桐，女，一九九四年五月二日生。依照《中华人民共和国学位条例》的规定，")],
                       [(180, "经南湖师范大学学位评定委员会审核，授予周雨桐教育学硕士学位。")]], han=True)
    fields = registry.extract("degree_certificate", doc)
    assert (fields["degree"].value, fields["institution"].value) == ("教育学硕士学位", "南湖师范大学")
