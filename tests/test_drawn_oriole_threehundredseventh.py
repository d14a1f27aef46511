"""The three-hundred-and-seventh drawn set (sample_docs/drawn_oriole_threehundredseventh.py), of work experience letters,
read cold at 13 / 16: a letter's one ruled row under 'Employee | Department | Designation | From | To' gave the next
heading as the post and the start as the end; 'Promoted:  January 2019 to Senior Analyst' gave the post joined as.
What it needed: a row of short headings over a row whose cells start under them a table's headings (the value below);
no stay's end read by role that is no later than its start; a later post's cue with a colon after its first word.
Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_headings_over_one_row_of_a_table():
    doc = doc_of_rows([[(140, "Qingdao Harbour Cable Co., Ltd.")], [(140, "SERVICE RECORD")],
                       [(140, "Name"), (400, "Unit"), (660, "Job Title"), (960, "Start"), (1200, "End")],
                       [(140, "WU Fan"), (400, "Test Lab"), (660, "Quality Inspector"), (960, "03/05/2015"), (1200, "30/06/2021")]])
    read = registry.extract("work_experience_letter", doc)
    assert read["position"].value == "Quality Inspector"
    assert read["start_date"].value == "2015-05-03"
    assert read["end_date"].value == "2021-06-30"


def test_a_promotion_with_a_colon_gives_the_post_reached():
    doc = doc_of_rows([[(140, "Lanzhou Yellow River Pharma Co., Ltd.")], [(140, "Regarding Mr. MA Jun")],
                       [(140, "Started:  2 May 2017 as Lab Technician")], [(140, "Promoted:  July 2020 to Quality Supervisor")],
                       [(140, "Resigned:  15 March 2023")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "Quality Supervisor"


def test_a_grid_of_pairs_is_no_row_of_headings():
    # (the 60th set's graduation certificate and the 97th's approval form, which the headings' first reading took for one)
    doc = doc_of_rows([[(640, "毕业证书")], [(160, "姓名"), (360, "郑雨萱"), (700, "性别"), (900, "女")],
                       [(160, "出生日期"), (360, "1995.11.02"), (700, "学制"), (900, "四年")],
                       [(160, "专业"), (360, "应用化学"), (700, "层次"), (900, "本科")]])
    assert registry.extract("graduation_certificate", doc)["holder_name"].value == "郑雨萱"
