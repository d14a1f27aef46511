"""The hundred-and-twenty-eighth drawn set (sample_docs/drawn_tenthhand_hundredtwentyeighth.py), a tenth whole clean
application, read cold at 66 / 67 with 1 check of 19 not passed (the drawn portrait is no face). What it needed: on
an English page, unsure Latin words that run on from a Chinese letterhead's junk are read again as Han too (its
…有限公司 had come out 'IRE Al' at 0.52, and the organisation took them in)."""
from flows.case import analyse_file
from pipeline.han_rereads import _running_on_from_han
from pipeline.ingest import describe_file
from pipeline.model import Word
from sample_docs.drawn_forms import scanned_png
from sample_docs.drawn_tenthhand_hundredtwentyeighth import consent_american_date


def test_latin_running_on_from_junk_is_doubted():
    words = [Word(text="西", bbox=(100, 100, 130, 140), conf=1.0), Word(text="RAI", bbox=(140, 100, 200, 140), conf=0.0),
             Word(text="IRE", bbox=(210, 100, 280, 140), conf=0.52), Word(text="Al", bbox=(290, 100, 330, 140), conf=0.54),
             Word(text="Dear", bbox=(100, 200, 170, 240), conf=0.6), Word(text="Sir", bbox=(180, 200, 230, 240), conf=0.6)]
    assert _running_on_from_han(words, 0.5) == {2, 3}  # RAI is junk of its own


def test_a_chinese_letterhead_on_an_english_consent(tmp_path):
    (tmp_path / "consent.png").write_bytes(scanned_png(consent_american_date(), "consent.png"))
    doc = analyse_file(describe_file(tmp_path, tmp_path / "consent.png"), 0).documents[0]
    assert doc.fields["organisation"].value in ("Xi'an Qinling Cloud Data Co., Ltd.", "西安秦岭云数据有限公司")
