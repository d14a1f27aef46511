"""The sixty-sixth drawn set (sample_docs/drawn_officehands_sixtysixth.py): offers, contracts and a spreadsheet form
in four layouts no set drew, read cold at 17 / 26. What they needed: '录用通知书' is an offer of employment
(pipeline/data/doc_types.yaml); a title line ('Re: Appointment as Senior Actuarial Analyst') runs on into no
paragraph after a paragraph's space (extractors/running_text); a sum stated as nothing ('HKD 0.00'); a question
that opens with a label's word ('Post on Talent List? (Y/N)') holds no value (extractors/declared)."""
from extractors.base import Line
from extractors.employment_contract import _money_in
from extractors.prose import Prose
from extractors.running_text import RunningText
from extractors.titles import positions
from pipeline.classify import score_page
from pipeline.model import Page, Word
from tests.test_drawn_termhands_sixtysecond import _page


def test_an_offer_in_simplified_chinese_is_a_contract():
    lines = ["澜湾数码科技有限公司", "录用通知书", "尊敬的秦沐阳先生：", "经面试评估，本公司决定录用您，具体条件如下：",
             "一、岗位：云平台架构师", "二、入职日期：2027年3月15日", "三、合同期限：两年", "人力资源部"]
    offer = _page(*(" ".join(line) for line in lines))  # a Han line is read a character a word
    assert score_page(offer).best[0] == "employment_contract"


def test_a_title_line_runs_on_into_no_paragraph():
    page = Page(file="l.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=[])
    texts = [(440, "Dear Ms. Ge,"), (510, "Re: Appointment as Senior Actuarial Analyst"),
             (590, "We are pleased to confirm your appointment with Quillstone Reinsurance Services"),
             (631, "Limited on the following terms."), (700, "Your appointment will take effect on 1 April 2027 and is for"),
             (741, "a fixed term of 36 months.")]
    lines = [Line(t, [Word(text=t, bbox=(150, y, 150 + 14 * len(t), y + 28))], page) for y, t in texts]
    rt = RunningText(lines)
    found = positions(Prose(rt.text, rt.breaks, rt.type_changes))
    assert found and found[0].value == "Senior Actuarial Analyst"


def test_a_sum_stated_as_nothing():
    assert _money_in("HKD 0.00") == (0.0, "HKD 0.00")
    assert _money_in("HKD 52,000.00") == (52000.0, "HKD 52,000.00")


def test_a_question_opening_with_a_labels_word_holds_no_value():
    from PIL import Image

    from extractors.base import DocView
    from extractors.declared import read_declared

    def row(y, label, value, conf):
        return [Word(text=t, bbox=(150 + 60 * k, y, 200 + 60 * k, y + 26), conf=0.95) for k, t in enumerate(label.split())] + \
               [Word(text=t, bbox=(820 + 150 * k, y, 950 + 150 * k, y + 26), conf=conf) for k, t in enumerate(value.split())]
    # the post read less surely than the question's words
    words = row(100, "Post", "Membrane Process Engineer", 0.8) + row(160, "Post on Talent List? (Y/N)", "Y", 0.95)
    page = Page(file="s.png", number=1, width=1654, height=600, dpi=200, source="ocr", words=words)
    doc = DocView(file="s.png", pages=[page], images=[Image.new("RGB", (1654, 600), "white")])
    assert read_declared("employer_form", doc)["position"].value == "Membrane Process Engineer"
