"""The seventy-ninth drawn set (sample_docs/drawn_screensums_seventyninth.py), read cold at 15 / 19. What it needed:
a count of jobs in Chinese numerals before them ('三名本地員工'); a name in Hanzi with its pinyin in brackets ('周文涛
(ZHOU Wentao)'); a web page's control words beside the answers ('Edit', fields.yaml: interface_words) are no values,
and a question's answer may stand under such a control."""
from extractors.business_plan import extract as extract_plan
from extractors.consent import extract as extract_consent
from extractors.declared import read_declared
from extractors.questions import yes_no
from tests.synthetic import doc_of_rows


def test_jobs_counted_in_chinese_numerals_and_a_name_with_its_pinyin():
    plan = doc_of_rows([[(160, "三、本公司首年將僱用三名本地員工，包括兩名化驗員。")]], han=True)
    assert extract_plan(plan)["local_jobs"].value == 3
    consent = doc_of_rows([[(160, "This letter serves to confirm that our company consents to its engineer")],
                    [(160, "周文涛 (ZHOU Wentao) taking up employment in Hong Kong.")]])
    assert extract_consent(consent)["applicant_name"].value == "周文涛"


def test_a_review_pages_controls_are_no_answers():
    doc = doc_of_rows([[(60, "Review your submission - ID 990B")], [(60, "Name of employer"), (1120, "Edit")], [(60, "Jadeshore Biotech Limited")],
                [(60, "Post"), (1120, "Edit")], [(60, "Composite Materials Engineer")], [(60, "Is the post on the Talent List?")],
                [(1120, "Edit")], [(60, "No")]])
    assert read_declared("employer_form", doc)["position"].value == "Composite Materials Engineer"
    assert yes_no(doc, "talent_list").value is False
