"""The three-hundred-and-fiftieth drawn set (sample_docs/drawn_steamer_threehundredfiftieth.py), read cold after
stop 77's last reader change and left then: a testing centre's letter whose employer signs as a 中心 (no company's
form) and calls itself 我中心 before the post. Tested on other wording; with it, a Hong Kong romanised name before
'born', which stop 77 left taken in pinyin only."""
from extractors.registry import extract
from tests.synthetic import doc_of_rows


def test_a_centre_signs_its_letter_and_its_own_word_is_no_part_of_the_post():
    rows = [[(700, "证明")],
            [(160, "孙浩然同志自2015年7月1日起在本中心工作，现任本中心数据分析师。")],
            [(160, "特此证明。")],
            [(900, "广州南沙气象服务中心")],
            [(900, "2026年9月3日")]]
    out = extract("work_experience_letter", doc_of_rows(rows, han=True, source="ocr"))
    assert out["employer"].value == "广州南沙气象服务中心"
    assert out["position"].value == "数据分析师"


def test_a_hong_kong_romanised_name_before_born():
    rows = [[(160, "Harbourline Logistics Limited")],
            [(160, "Our Senior Buyer LEUNG Hoi Ching, born on 4 May 1996, has our consent to take up")],
            [(160, "employment in Hong Kong.")]]
    out = extract("consent_letter", doc_of_rows(rows, source="ocr"))
    assert out["applicant_name"].value.upper() == "LEUNG HOI CHING"


def test_a_letterheads_company_over_the_office_that_signs():
    """(A centre signs as an organisation only in Chinese and only alone: 'Human Resources Centre' under a letter whose
    letterhead names the company is an office of it; the 240th set's letter lost its employer when 'centre' was an
    organisation's word for a part-way run.)"""
    rows = [[(160, "Riverbend Paper Products (Jiaxing) Co., Ltd.")], [(160, "3 March 2026")],
            [(160, "Mr. TONG Wei served as Shift Supervisor with the Company from 4 April 2015 to 31 July 2021.")],
            [(160, "Employee Services Centre")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert out["employer"].value == "Riverbend Paper Products (Jiaxing) Co., Ltd."
