"""The three-hundred-and-twenty-eighth and -ninth drawn sets (sample_docs/drawn_frigatebird_threehundredtwentyeighth.py,
drawn_noddy_threehundredtwentyninth.py), read cold at 17 / 18 and 26 / 27: a career of promotions told in one sentence
gave its first promotion's post, not the last; a check naming its graduate only in its title (关于…学历情况的核查结果) gave
no holder. What they needed: of several posts reached by promotion the last named is the one held; a report's title
that names a person before 学历, 学位 or 毕业 names its holder where nothing else does. Tested on other wording."""
from extractors import registry
from tests.synthetic import doc_of_rows


def test_the_last_of_several_promotions():
    doc = doc_of_rows([[(640, "在职证明")], [(160, "兹证明甄雅婷女士自2012年5月起在我行工作，先任柜员；2015年3月提拔为客户经理；2019年")],
                       [(160, "8月1日升任支行副行长，现仍在职。")], [(900, "宁波甬港商业银行股份有限公司")]])
    assert registry.extract("work_experience_letter", doc)["position"].value == "支行副行长"


def test_a_holder_named_in_a_reports_title():
    doc = doc_of_rows([[(400, "關於馮子軒同學畢業情況的查驗報告")], [(160, "院校："), (460, "閩西理工學院")], [(160, "專業："), (460, "電子商務")],
                       [(160, "層次："), (460, "本科")], [(160, "證書編號："), (460, "194021201905000377")]])
    assert registry.extract("qualification_report", doc)["holder_name"].value == "馮子軒"
