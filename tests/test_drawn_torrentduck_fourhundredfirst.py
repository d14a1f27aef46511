"""The four-hundred-and-first to -seventh drawn sets (sample_docs/drawn_torrentduck_fourhundredfirst.py …
drawn_cackling_fourhundredseventh.py), read cold at 89 / 94: a department and a post on one row parted by a slash
(部门及职务：研发中心／硬件工程师); a letter's date over its title 离职证明, whose 离职 is no cue of that date; a title
任职情况说明. Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import best_type, doc_of_rows


def test_a_post_after_its_department_and_a_slash():
    rows = [[(700, "证明")], [(160, "姓名：葛文亮")], [(160, "所属部门及岗位：市场中心/品牌策划")], [(160, "入职日期：2020年6月8日")],
            [(900, "温州瓯江鞋业有限公司")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "品牌策划"


def test_a_date_over_a_title_takes_no_cue_from_it():
    rows = [[(1180, "2026年10月9日")], [(700, "离职证明")],
            [(160, "兹证明胡一帆于2017年6月1日入职，2023年2月28日办理离职，其间担任仓库主管。")], [(900, "嘉兴南湖仓储服务有限公司")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value) == ("2017-06-01", "2023-02-28")


def test_a_statement_of_a_post_held_is_a_work_letter():
    rows = [(660, "在职情况说明"), (200, "姓名：刘畅"), (200, "岗位：客服主管"), (200, "入司日期：2020年3月2日"), (900, "佛山禅城家居有限公司")]
    assert best_type(rows)[0] == "work_experience_letter"
