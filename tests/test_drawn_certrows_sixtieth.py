"""The sixtieth drawn set (sample_docs/drawn_certrows_sixtieth.py): certificates in three layouts no set drew. What
they needed: a school named in capitals at the line's start ('UNIVERSITY OF NORTHMERE', extractors/applicant_docs);
a degree read by role that runs on into the next line's own value (the subject under it, the small 'in' between
them lost) gives way to the type's own reading (extractors/registry._runs_into_another)."""
import re

from extractors.registry import _runs_into_another
from extractors.school_patterns import ENGLISH_SCHOOL
from pipeline.model import Field


def test_a_school_in_capitals_at_the_lines_start():
    assert re.match(ENGLISH_SCHOOL, "UNIVERSITY OF NORTHMERE").group(1) == "UNIVERSITY OF NORTHMERE"
    assert re.match(ENGLISH_SCHOOL, "Northmere University").group(1) == "Northmere University"
    assert re.match(ENGLISH_SCHOOL, "University Registrar") is None  # no school's name without its 'of'


def _field(value: str) -> Field:
    return Field(value=value, confidence=0.9, file="d.png", page=1, source="ocr")


def test_a_degree_that_runs_into_the_subject_under_it():
    own = {"degree": _field("MASTER OF SCIENCE"), "major": _field("FINANCIAL ANALYTICS")}
    assert _runs_into_another(own, "degree", _field("MASTER OF SCIENCE FINANCIAL ANALYTICS"))
    assert not _runs_into_another(own, "degree", _field("MASTER OF SCIENCE IN FINANCE"))
    assert not _runs_into_another({}, "degree", _field("MASTER OF SCIENCE"))
