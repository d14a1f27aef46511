"""The three-hundred-and-seventy-fifth drawn set (sample_docs/drawn_prion_threehundredseventyfifth.py), read cold
at 4 / 11: a letter whose sentence ends on a line of its own that names a contract ('…解除劳动合同。') typed a contract;
a career in short lines whose long dash was read as 一 (2013年7月一2016年6月) read no stay and no post. Tested on
other wording."""
from PIL import Image

from extractors.base import DocView
from extractors.registry import extract
from pipeline.date_words import month_periods
from pipeline.model import Page
from tests.synthetic import best_type, cells


def test_a_letter_of_a_contract_ended_is_a_letter():
    rows = [(700, "证明"), (160, "兹有周文博同志于2012年5月2日进入本公司工作，担任仓库主管，于2019年10月8日与本公司"),
            (160, "解除劳动合同关系。"), (160, "特此证明。"), (900, "佛山南海顺达仓储有限公司")]
    assert best_type(rows)[0] == "work_experience_letter"


def test_a_dash_read_as_the_han_one():
    assert [p[:2] for p in month_periods("2010年3月一2014年12月 出纳")] == [("2010-03-01", "2014-12-31")]


def test_a_career_in_dated_lines():
    # (each line's dates one token, as OCR reads a run of digits; the Han a token a character)
    rows = [((160, "兹证明孔繁宇在我单位工作情况如下："), None), ((160, "2010年3月一2014年12月"), (900, "出纳")),
            ((160, "2015年1月一2022年9月"), (900, "财务经理")), ((900, "佛山南海顺达仓储有限公司"), None)]
    words = [w for n, (first, post) in enumerate(rows) for w in cells(240 + 60 * n, first, han=post is None)
             + (cells(240 + 60 * n, post, han=True) if post else [])]
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    out = extract("work_experience_letter", DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")]))
    assert (out["start_date"].value, out["end_date"].value, out["position"].value) == ("2010-03-01", "2022-09-30", "财务经理")
