"""The forty-seventh drawn set (sample_docs/drawn_phonecase_fortyseventh.py): a whole clean application
photographed a page at a time with a phone. What it needed: a date's boxes read short are no date (a form's
'021994' was taken for a birth date and the birth-date check failed a clean case; extractors/forms._from_combs);
a figure whose last group OCR set apart ('35,600, 000') is read whole unless the line read again has as many
digits (extractors/financial_statement); a form's travel document number that lost two characters is settled by
the MRZ's (validators/settle.py)."""
from sample_docs import drawn_phonecase_fortyseventh as fortyseventh
from tests.conftest import read_as_one_case


def test_a_figure_whose_last_group_ocr_set_apart():
    from extractors.financial_statement import extract
    from tests.test_field_readings import view
    fields = extract(view("FINANCIAL HIGHLIGHTS", "Year ended 31.12.2025 - amounts in HK$", "Turnover 35,600, 000",
                          "Profit before tax 3,100,000"))
    assert fields["revenue"].value == 35600000


def test_a_form_photographed(tmp_path):
    entries = fortyseventh.write_all(tmp_path / "drawn", types=("applicant_form",))
    form = next(e["file"] for e in entries if e["type"] == "applicant_form")
    report = read_as_one_case(tmp_path / "drawn", [form], tmp_path)
    (doc,) = report["documents"]
    assert doc["fields"].get("date_of_birth", {}).get("value") in (None, "1994-02-18")
    assert {c["id"]: c["outcome"] for c in report["checks"]}["identity.date_of_birth_consistent"] != "fail"
