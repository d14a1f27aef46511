"""The fifty-eighth drawn set (sample_docs/drawn_firmhands_fiftyeighth.py): an employer's registration and accounts in
four layouts no set drew, read cold at stop 59 and mended at stop 60. What they needed: in a grid of cells with each
label at its cell's top, a value that wraps inside its cell goes on (pipeline/pairs._wraps_below), and the next cell's
label beside a label ('Status', a row no field reads: data/fields.yaml) is no value; two dates a digit or two apart are two
readings, not one (extractors/registry._same_words); a firm named inside a sentence is its capitalised words
('… audited by Ho & Tam CPA Limited', extractors/financial_statement)."""
from extractors.declarations import other_labels
from extractors.financial_statement import _capitalised_end
from extractors.registry import _same_words
from pipeline.labels import find_labels
from pipeline.model import Word
from pipeline.pairs import values_beside


def _line(y: int, *cells: tuple[int, str], size: int = 26) -> list[Word]:
    out = []
    for x, text in cells:
        for word in text.split():
            out.append(Word(text=word, bbox=(x, y, x + 15 * len(word), y + size)))
            x += 15 * len(word) + 10
    return out


GRID = [_line(440, (116, "Nature of Business"), (868, "Status")),
        _line(500, (116, "DATA ANALYTICS SERVICES"), (868, "CORPORATION"), size=30),
        _line(610, (116, "Address")),
        _line(670, (116, "FLAT B, 15/F, KWAI FONG PLAZA, 6 KWAI"), size=30),
        _line(714, (116, "FONG CRESCENT, KWAI CHUNG"), size=30)]


def _best(lines, labels, stops=()):
    found = values_beside(lines, find_labels(lines, labels)[0], list(stops))
    return max(found, key=lambda c: c.score).text


def test_a_cells_value_under_its_label_not_the_next_cells_label():
    # 'Status' is a row no field reads (data/fields.yaml: other_labels): it ends the value beside the label
    stops = [lb for label in other_labels() for lb in find_labels(GRID, [label])]
    assert _best(GRID, ["nature of business"], stops) == "DATA ANALYTICS SERVICES"


def test_a_value_that_wraps_inside_its_cell():
    assert _best(GRID, ["address"]) == "FLAT B, 15/F, KWAI FONG PLAZA, 6 KWAI FONG CRESCENT, KWAI CHUNG"
    # a stacked form's next row, as far under its value as that value is under its label, is no wrap
    stacked = [_line(100, (116, "Address")), _line(150, (116, "FLAT B, 15/F, KWAI FONG PLAZA")),
               _line(200, (116, "Telephone")), _line(250, (116, "2345 6789"))]
    assert _best(stacked, ["address"]) == "FLAT B, 15/F, KWAI FONG PLAZA"


def test_two_dates_a_digit_apart_are_two_dates():
    assert not _same_words("2020-03-02", "2027-03-01")
    assert _same_words("SILVERMOSS ANALYTICS LIMITED", "SILVERMOSS ANALYTICS LIMTED")


def test_a_firm_named_inside_a_sentence():
    assert _capitalised_end("The financial statements were audited by Ho & Tam CPA Limited") == "Ho & Tam CPA Limited"
    assert _capitalised_end("Lee, Chan & Co. CPA Limited") == "Lee, Chan & Co. CPA Limited"
    assert _capitalised_end("audited by and CPA") == "CPA"
