"""The two-hundred-and-fifty-sixth drawn set (sample_docs/drawn_heron_twohundredfiftysixth.py): reports, degrees, work
letters and a plan, read cold at 32 / 41. What it needed: an English degree that 'has been granted the Bachelor's
Degree in Engineering' told as a degree and its degree read; a letter's month of joining and of leaving on labelled lines
('入职时间：2014年3月') read as the month's first and last days. Tested on other wording."""
from extractors import registry
from tests.synthetic import best_type, doc_of_rows


def test_a_degree_granted():
    rows = [(400, "EASTCOAST MARITIME UNIVERSITY"), (180, "This is to certify that YAN Lu, female, majoring in Port Logistics, has been granted"),
            (180, "the Master's Degree in Management.")]
    assert best_type(rows)[0] == "degree_certificate"
    assert registry.extract("degree_certificate", doc_of_rows([[r] for r in rows]))["degree"].value == "Master's Degree in Management"


def test_months_of_joining_and_leaving_on_their_lines():
    # (as OCR gives a line: the label's characters, then the date a word)
    doc = doc_of_rows([[(600, "工作证明")], [(160, "姓名： 聂文")], [(160, "入职时间： 2011年9月")], [(160, "离职时间： 2016年2月")],
                       [(160, "职务： 质检员")]])
    fields = registry.extract("work_experience_letter", doc)
    assert (fields["start_date"].value, fields["end_date"].value) == ("2011-09-01", "2016-02-29")


def test_a_month_inside_a_paragraph_waits_for_its_day():
    # (the label inside a paragraph, its date wrapped: '入职时间：2015年3月' / '2日；…')
    doc = doc_of_rows([[(600, "离职证明")], [(160, "兹证明刘芳女士曾在我公司工作。入职时间： 2016年4月")], [(160, "18日；离职时间： 2022年9月30日；职务：出纳。")]])
    assert registry.extract("work_experience_letter", doc)["start_date"].value == "2016-04-18"
