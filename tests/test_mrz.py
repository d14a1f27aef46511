import json

import pytest

from pipeline import mrz, mrz_repair
from tests.conftest import external

ICAO = {
    "TD3": ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"],
    "TD2": ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"],
    "TD1": ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"],
}


@pytest.mark.parametrize("fmt", sorted(ICAO))
def test_icao_specimens_are_valid(fmt):
    m = mrz.parse(ICAO[fmt])
    assert m.format == fmt and m.valid, m.failures()
    assert (m.surname, m.given_names, m.document_number, m.date_of_birth) == \
        ("ERIKSSON", "ANNA MARIA", "L898902C3" if fmt == "TD3" else "D23145890", "740812")


def test_check_digit_worked_example():
    assert mrz.check_digit("L898902C3") == "6"


def test_eep_card_vector():
    m = mrz.parse(["CSC123456788<3001019<9001011<4"])
    assert m.format == "EEP" and m.valid
    assert (m.document_number, m.date_of_expiry, m.date_of_birth) == ("C12345678", "300101", "900101")


def test_broken_digit_is_named():
    lines = list(ICAO["TD3"])
    lines[1] = lines[1][:19] + "3" + lines[1][20:]
    m = mrz.parse(lines)
    assert not m.valid
    assert any(f.startswith("date_of_birth:") for f in m.failures())


def test_repair_fixes_ocr_confusions():
    noisy = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8989O2C36UT07408122F12O4159ZE184226B<<<<<1O"]
    m = mrz_repair.repair(noisy, "TD3")
    assert m.valid and m.document_number == "L898902C3" and m.nationality == "UTO"


def test_filler_read_as_k():
    assert mrz.clean_line("P<CHNZHANG<<WEIKKKK<") == "P<CHNZHANG<<WEI<<<<<"


def test_jmrtd_vectors_parse_fields():
    data = json.loads(external("mrz_vectors", "jmrtd_MRZInfoTest_samples.json").read_text())
    checked = 0
    for case in data["cases"]:
        exp = case.get("expected_fields_jmrtd")
        if not exp or not case.get("in_MRZ_SAMPLES_roundtrip_set"):
            continue
        m = mrz.parse(case["mrz_lines"])
        assert m is not None, case["name"]
        assert m.document_number == exp["documentNumber"], case["name"]
        assert m.date_of_birth == exp["dateOfBirth"] and m.date_of_expiry == exp["dateOfExpiry"], case["name"]
        assert m.issuing_state == exp["issuingState"].replace("<", ""), case["name"]
        checked += 1
    assert checked >= 5


def test_td1_with_filler_after_empty_check_digit_does_not_crash():
    # Regression: a TD1 line 1 whose check digit and the next position are both '<'.
    m = mrz.parse(["I<UTOD23145890<<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"])
    assert m is not None and not m.valid


def test_long_document_numbers_td1():
    # Portuguese and Belgian ID cards (cheminfo/mrz vectors): the number runs on into the
    # optional field and its check digit covers the number without the filler.
    for lines in (["I<PRT007777779<ZZ92<<<<<<<<<<<", "8303143M3405282PRT<<<<<<<<<<<2", "CACADOR<DE<ARAUJO<<ANDRE<ESTEV"],
                  ["IDBEL600001795<0152<<<<<<<<<<<", "1301014F2311207BEL130101987398", "SPECIMEN<<SPECIMEN<<<<<<<<<<<<"]):
        m = mrz.parse(lines)
        assert m.valid, m.failures()
    assert mrz.parse(["I<PRT007777779<ZZ92<<<<<<<<<<<", "8303143M3405282PRT<<<<<<<<<<<2",
                      "CACADOR<DE<ARAUJO<<ANDRE<ESTEV"]).document_number == "007777779ZZ9"


def test_printed_number_mends_a_swap_the_check_digit_cannot_see():
    from extractors.travel_document import _mend_number
    from pipeline.model import Field

    def f(v):
        return Field(value=v, confidence=0.9, file="p.pdf", page=1, bbox=None, source="mrz")

    assert mrz.check_digit("ENG069804") == mrz.check_digit("EN6069804")
    out = {"document_number": f("ENG069804"), "visual_document_number": f("EN6069804")}
    _mend_number(out)
    assert out["document_number"].value == "EN6069804"
    # a real disagreement (another digit) stays for the cross-check to flag
    out = {"document_number": f("EN6069804"), "visual_document_number": f("EN6069805")}
    _mend_number(out)
    assert out["document_number"].value == "EN6069804"


def test_garbage_that_passes_digits_by_luck_names_its_problems():
    # Read off an unrelated photo: 3 of 4 check digits hold, but no state and no sex.
    m = mrz.parse(["SSSASA11GHANG84FLUSRTSNC<<<<<<", "RN01485APE1<C15NML8STONE<<<<<<", "HR9NTSMSHYPGGYEMSSASAA<<<<<<<<"])
    assert m.score >= 0.6 and not m.valid
    assert any("issuing state 'SAS'" in p for p in m.problems) and any("sex" in p for p in m.problems)


def test_zone_with_a_broken_digit_beats_a_misaligned_reading_that_passes_more():
    # A held-out phone photo of a passport whose birth-date check digit was broken on
    # purpose: the page's words read the zone right (3 of 5 digits hold); the band reader
    # slipped a character in and one out, and 4 of 5 held by luck with nationality 'BCH'.
    name = "POCHNSHI<<QIANGBO<<<<<<<<<<<<<<<<<<<<<<<<<<<"
    as_printed = mrz.parse([name, "EF52526458CHN9410180M2712181<<<<<<<<<<<<<<<8"])
    slipped = mrz.parse([name, "EFS5252645BCHN910180M2712181<<<<<<<<<<<<<<<8"])
    assert slipped.score > as_printed.score and slipped.problems and not as_printed.problems
    assert as_printed.rank > slipped.rank
    assert any(f.startswith("date_of_birth:") for f in as_printed.failures())
