"""The two-hundred-and-fortieth drawn set (sample_docs/drawn_lamplit_twohundredfortieth.py): qualification reports, a
work letter and a plan, read cold at 22 / 32. What it needed: a degree's online verification report told from the
degree certificate it is worded like, by its own rows (获学位日期, 所授学位); its awarding body (学位授予单位) as the
institution; a report's 'Birth Date'; a plan headed 创业计划; shareholders counted in a plan (三位股东) no hires.
Tested on other wording."""
from extractors import registry
from extractors.plan_hires import local_hires
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_a_degree_report_is_no_degree_certificate():
    rows = [(140, "中国高等教育学位在线验证报告"), (140, "姓名：贺子萱"), (140, "获学位日期：2019年06月20日"),
            (140, "学位授予单位：东湖财经大学"), (140, "所授学位：管理学学士学位"), (140, "学位证书编号：1981942019002231")]
    best, score = best_type(rows)
    assert best == "qualification_report" and score >= load_rules()["min_score"]
    assert registry.extract("qualification_report", doc_of_rows([[r] for r in rows]))["institution"].value == "东湖财经大学"


def test_a_reports_birth_date():
    doc = doc_of_rows([[(140, "Online Verification Report of Higher Education Qualification Certificate")],
                       [(140, "Full Name"), (700, "HUO Jiale")], [(140, "Birth Date"), (700, "02 March 1997")]])
    assert registry.extract("qualification_report", doc)["date_of_birth"].value == "1997-03-02"


def test_a_plan_headed_as_a_start_up_plan():
    best, score = best_type([(140, "松涛户外用品有限公司"), (140, "创业计划"), (140, "一、公司简介"), (140, "本公司主营户外装备零售。")])
    assert best == "business_plan" and score >= load_rules()["min_score"]


def test_shareholders_counted_are_no_hires():
    assert local_hires("资金由两位股东出资港币50万元并于首年在香港招聘员工5名。")[0] == 5
