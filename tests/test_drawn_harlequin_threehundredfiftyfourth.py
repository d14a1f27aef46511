"""The three-hundred-and-fifty-fourth to -sixtieth drawn sets' work letters (sample_docs/drawn_harlequin_threehundredfiftyfourth.py
… drawn_whistling_threehundredsixtieth.py), read cold at 31 / 47: the post held on leaving after posts held in turn
(离职时职务为); a referee's question and its answer under it ('In what capacity?'); a law firm's letterhead; a blank
filled by hand whose full stop the page lost before 特此证明; a memo's 'Start:' and 'End:' entries; a bilingual letter
that states its period twice (its reader failed comparing the two); 'on our rolls … in the grade of'. Tested on other wording."""
from extractors.registry import extract
from extractors.stated_type import type_by_contents
from tests.synthetic import best_type, doc_of_rows


def _letter(rows: list[str], han: bool = False) -> dict:
    return extract("work_experience_letter", doc_of_rows([[(160, r)] for r in rows], han=han, source="ocr"))


def test_the_post_held_on_leaving_after_posts_held_in_turn():
    out = _letter(["工作证明", "兹证明邱宇航于2013年4月入职我公司，历任技术员、车间主任，2021年8月离职，离职时职位为生产部副经理。",
                   "特此证明。", "湘潭恒力机电有限公司"], han=True)
    assert out["position"].value == "生产部副经理"


def test_a_post_whose_full_stop_was_lost_before_the_closing_words():
    out = _letter(["证明", "兹证明鲁文静同志于2016年3月至2022年9月在我单位工作，职务为采购专员", "特此证明。", "昆明云岭药业有限公司"], han=True)
    assert out["position"].value == "采购专员"


def test_the_answer_under_a_referees_question():
    rows = [[(160, "Referee company: Silvergate Textile Machinery (Wuxi) Co., Ltd.")],
            [(160, "a) Dates of employment:")], [(220, "March 2016 - October 2022")],
            [(160, "b) In what capacity did she serve?")], [(220, "Process Quality Engineer")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert out["position"].value == "Process Quality Engineer"


def test_a_firm_in_its_letterhead_and_practice_with_it():
    rows = ["Hu & Partners Architects", "12 March 2026",
            "Mr. DENG Kai practised with this firm as a Project Architect between 1 August 2015 and 30 April 2021."]
    assert best_type([(160, r) for r in rows])[0] == "work_experience_letter"
    assert _letter(rows)["employer"].value == "Hu & Partners Architects"


def test_a_memos_start_and_end_entries_type_it():
    rows = [[(160, "Riverstone Analytics (Hefei) Co., Ltd.")], [(160, "Note for file")],
            [(160, "Started:"), (500, "15 May 2017")], [(160, "Ended:"), (500, "31 December 2023")],
            [(160, "Position:"), (500, "Credit Risk Modeller")]]
    doc = doc_of_rows(rows, source="ocr")
    assert type_by_contents(doc, "2026-12-01") == "work_experience_letter"
    out = extract("work_experience_letter", doc)
    assert (out["start_date"].value, out["end_date"].value) == ("2017-05-15", "2023-12-31")


def test_a_period_stated_in_two_languages():
    out = _letter(["在职证明 Certificate of Employment", "兹证明杜明远于2017年2月6日至2023年5月19日在我公司任销售经理。",
                   "This certifies that Mr. DU Mingyuan was our Sales Manager from 6 February 2017 to 19 May 2023.",
                   "宁波甬江海运有限公司"])
    assert (out["start_date"].value, out["end_date"].value) == ("2017-02-06", "2023-05-19")


def test_on_the_rolls_in_a_grade():
    rows = ["Southgate Cement Works", "Ms. KONG Yue was on our rolls from 3 January 2011 to 30 June 2018 in the grade of",
            "Senior Chemist at our kiln plant."]
    assert best_type([(160, r) for r in rows])[0] == "work_experience_letter"
    assert _letter(rows)["position"].value == "Senior Chemist"
