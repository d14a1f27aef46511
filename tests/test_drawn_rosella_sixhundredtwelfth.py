"""The six-hundred-and-twelfth and -thirteenth drawn sets (sample_docs/drawn_rosella_sixhundredtwelfth.py,
drawn_corella_sixhundredthirteenth.py), stop 86's third round, read cold at 14 / 17 and 11 / 12: a school that speaks of itself
(本學院) taken for the school's name; the subject and level of a course named by its level (…副學士課程); a stay's end after 'until
her resignation became effective on'. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_a_school_speaking_of_itself_and_a_course_named_by_its_level():
    rows = [[(640, "東華專業進修學院")], [(700, "畢業證書")], [(220, "茲證明學員周子軒已於本學院修讀會計學副學士課程，成績合格，准予畢業。")],
            [(940, "院長　陳志強")], [(940, "二〇二四年七月二十日")]]
    out = extract("graduation_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["institution"].value, out["major"].value, out["level"].value) == ("東華專業進修學院", "會計學", "副學士")


def test_a_stay_ended_when_a_resignation_became_effective():
    rows = [[(140, "Dalian Bluewave Shipping Agency Co., Ltd.")], [(140, "15 November 2026")],
            [(140, "Mr. He Zirui worked with us as Chartering Executive from 1 March 2017 until his resignation")],
            [(140, "became effective on 31 July 2023.")], [(140, "Human Resources")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["end_date"].value == "2023-07-31"
