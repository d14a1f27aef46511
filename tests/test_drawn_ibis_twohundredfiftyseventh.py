"""The two-hundred-and-fifty-seventh drawn set (sample_docs/drawn_ibis_twohundredfiftyseventh.py): poor scans (150 dpi,
grey, JPEG) of letters, plans, a degree and a report, read cold at 26 / 28: two letters' starts lost, 'Employed:  1
September 2015 to present' (no label of a start) and '自2016年6月至今' (a month, until now). Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_employed_from_a_date_to_date():
    doc = doc_of_rows([[(140, "Huangshan Pinecrest Tea Co., Ltd.")], [(140, "Re: confirmation of employment")],
                       [(140, "Employed:"), (420, "3 May 2012 to date")], [(140, "Designation:"), (420, "Export Manager")]])
    fields = registry.extract("work_experience_letter", doc)
    assert fields["start_date"].value == "2012-05-03" and "end_date" not in fields


def test_from_a_month_until_now():
    doc = doc_of_rows([[(600, "在职证明")], [(160, "兹证明陆子昂同志自2014年11月至今在我公司工作，现任销售总监。特此证明。")]])
    assert registry.extract("work_experience_letter", doc)["start_date"].value == "2014-11-01"
