"""The three-hundred-and-sixty-first to -sixty-seventh drawn sets (sample_docs/drawn_coot_threehundredsixtyfirst.py …
drawn_eiderling_threehundredsixtyseventh.py), read cold at 99 / 113 (letters 27 / 39): three English letters typed none
(a verification's 'Original hire date' / 'Last day worked' / 'Most recent title'; an appointment 'w.e.f.' and a relief
from duties; 'has been a … since'); a table's bilingual headings over its one row; a Hong Kong holder before 已修畢; a
level given in both languages. Tested on other wording."""
from extractors.han_persons import han_person_at
from extractors.registry import extract
from extractors.value_types import PARSERS
from tests.synthetic import best_type, doc_of_rows


def test_a_verifications_entries():
    rows = [[(160, "Tidewater Logistics (Xiamen) Co., Ltd.")], [(160, "Re: verification of employment")],
            [(200, "Original date of hire:"), (620, "03/02/2015")], [(200, "Last date worked:"), (620, "08/31/2020")],
            [(200, "Most recent position:"), (620, "Fleet Coordinator")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value, out["position"].value) == ("2015-03-02", "2020-08-31", "Fleet Coordinator")


def test_an_appointment_and_a_relief():
    rows = [(160, "Kaveri Pumps (Changsha) Co., Ltd."),
            (160, "Ms. TAN Yue was appointed as Design Engineer on 01.07.2013 and was relieved from her duties on 15.01.2019.")]
    assert best_type(rows)[0] == "work_experience_letter"
    out = extract("work_experience_letter", doc_of_rows([[r] for r in rows], source="ocr"))
    assert out["end_date"].value == "2019-01-15"


def test_a_post_held_since():
    rows = [(160, "Northern Institute of Crop Science"),
            (160, "Mr. GAO Peng has been an Associate Researcher in our plant breeding group since March 2018.")]
    assert best_type(rows)[0] == "work_experience_letter"
    out = extract("work_experience_letter", doc_of_rows([[r] for r in rows], source="ocr"))
    assert out["position"].value == "Associate Researcher"


def test_bilingual_headings_over_a_row():
    rows = [[(160, "Harbourstone Cosmetics (Guangzhou) Co., Ltd.")],
            [(160, "Name 姓名"), (460, "Post 岗位"), (760, "Team 团队"), (1060, "Dates 起止日期")],
            [(160, "MA Lin 马琳"), (460, "Brand Planner"), (760, "Skincare"), (1060, "2015.04 - 2020.10")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert out["position"].value == "Brand Planner"


def test_a_name_before_a_word_that_never_ends_a_given_name():
    assert han_person_at("茲證明黃詠琪已修畢本校課程", 3) == "黃詠琪"


def test_a_level_in_both_languages():
    assert PARSERS["level"]("专科 Associate") == "专科"


def test_a_han_grid_of_pairs_heads_no_columns():
    """(Han headings count only beside Latin ones: a grid of pairs in Han alone is no row of headings.)"""
    rows = [[(600, "毕业证书")], [(160, "姓名"), (400, "邵若宁"), (700, "性别"), (900, "女")],
            [(160, "出生日期"), (400, "1995.03.12"), (700, "学制"), (900, "四年")],
            [(160, "专业"), (400, "应用化学"), (700, "层次"), (900, "本科")]]
    out = extract("graduation_certificate", doc_of_rows(rows, han=True, source="ocr"))
    assert out["holder_name"].value == "邵若宁"
