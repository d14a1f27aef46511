"""The hundred-and-thirty-first drawn set (sample_docs/drawn_apps_hundredthirtyfirst.py), read cold at 20 / 22. What it
needed: an approval flow's rows name the organisation after 企业 and the person after 申请人, which the running text's
roles had read as a department (所在部门…研究院) and as '申请'."""
from extractors import registry
from tests.test_drawn_slips_hundrednineteenth import _han_doc


def test_an_approval_flows_rows():
    doc = _han_doc([(420, "审批详情"), (70, "赴港工作申请已同意"), (70, "审批编号：202611260017"), (70, "企业长沙麓谷智造科技有限公司"),
                    (70, "申请人彭雅琪"), (70, "所在部门智能装备研究院"), (70, "申请事由已获香港公司聘用，申请赴港工作"), (70, "审批结果同意"),
                    (120, "赵国强（总经理）"), (120, "已同意2026-11-26 16:48")])
    read = registry.extract("consent_letter", doc)
    assert (read["organisation"].value, read["applicant_name"].value) == ("长沙麓谷智造科技有限公司", "彭雅琪")
