"""The two-hundred-and-thirty-first and -second drawn sets (sample_docs/drawn_tidewater_twohundredthirtyfirst.py,
drawn_quillpen_twohundredthirtysecond.py): plans, work letters and accounts, read cold at 18 / 20 and 24 / 26. What they
needed: a question answered on its own line after its cue ('Q3. … paid up?  A. HK$…'); a ruled table read again without
its rules kept where it reads better, its rules read as bars ('|') counting as no words. Tested on other wording."""
from extractors import registry
from pipeline.read import reads_better
from tests.synthetic import cells, doc_of_rows


def test_an_answer_on_the_questions_line():
    doc = doc_of_rows([[(140, "Part B - About the company")],
                       [(140, "4. What capital have the shareholders paid in?  Answer: HK$380,000")],
                       [(140, "5. What turnover do you forecast for year one?  Ans. HK$1,750,000")]])
    fields = registry.extract("business_plan", doc)
    assert (fields["capital_hkd"].value, fields["projected_turnover_hkd"].value) == (380000.0, 1750000.0)


def test_a_question_without_its_answer_on_the_line_keeps_its_value_below():
    doc = doc_of_rows([[(140, "Q2. What capital has been paid in?")], [(140, "A: HK$290,000")]])
    assert registry.extract("business_plan", doc)["capital_hkd"].value == 290000.0


def test_rules_read_as_bars_make_no_reading_better():
    clean = cells(300, (140, "Total equity"), (700, "3.15"), (960, "2.54")) + cells(360, (140, "Net profit"), (700, "0.61"), (960, "0.47"))
    # the same row read with its rules: each rule a confident bar, a figure misread beside them
    ruled = [w.model_copy(update={"text": "S45", "conf": 0.46}) if w.text == "3.15" else w for w in clean]
    ruled += [clean[0].model_copy(update={"text": "|", "conf": 0.87, "bbox": (x, 290, x + 6, 400)}) for x in (120, 660, 920, 1180, 1200, 1220)]
    assert reads_better(clean, ruled) and not reads_better(ruled, clean)
