"""The fifty-sixth drawn set (sample_docs/drawn_certhands_fiftysixth.py): certificates in three layouts no set drew.
What they needed: a degree's subject after 'programme of study in' (extractors/applicant_docs.MAJOR_EN, now read on
degree certificates too)."""
import re

from extractors.school_patterns import MAJOR_EN


def test_a_subject_after_programme_of_study_in():
    text = "having completed the prescribed programme of study in Electrical Engineering and passed the thesis defence"
    assert re.search(MAJOR_EN, text).group(1) == "Electrical Engineering"
    assert not re.search(MAJOR_EN, "the programme of this University from September 2015")
