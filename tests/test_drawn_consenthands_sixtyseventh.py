"""The sixty-seventh drawn set (sample_docs/drawn_consenthands_sixtyseventh.py): consents and forms in four layouts no
set drew, read cold at 29 / 30. What it needed: a check mark typed alone before the option chosen, no box round it
('Yes  ✔ No', read 'Yes v No', extractors/questions._typed_mark)."""
from extractors.questions import _typed_mark
from tests.test_drawn_rowhands_fiftyninth import _lines


def test_a_check_mark_alone_before_the_option_chosen():
    question = "Has the applicant obtained any degree in a full-time and locally-accredited programme in Hong Kong?"
    assert _typed_mark(_lines(question, "Yes v No"), 0, None) is False
    assert _typed_mark(_lines(question, "✔ Yes No"), 0, None) is True
    assert _typed_mark(_lines(question, "v Yes v No"), 0, None) is None  # both marked: no answer
    assert _typed_mark(_lines(question, "Yes No"), 0, None) is None
