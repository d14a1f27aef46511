"""The seventy-sixth drawn set (sample_docs/drawn_stamps_seventysixth.py), read cold at 31 / 33. What it needed: a
table of the parties ('Employer | Employee' over 'Name' and 'Address' rows) is no two columns of text, though two of
its rows hold text either side (pipeline/columns.MIN_TEXT_LINES). Left: a traditional graduation certificate's 溫
read as 温 by the engine, which Hong Kong's standard prints too, so the page's script does not mend it."""
from pipeline.columns import in_reading_order
from pipeline.model import Word


def _line(y: int, *cells: tuple[int, str]) -> list[Word]:
    out = []
    for x, text in cells:
        for word in text.split():
            out.append(Word(text=word, bbox=(x, y, x + 15 * len(word), y + 25), conf=0.95))
            x += 15 * len(word) + 9
    return out


def test_a_table_of_the_parties_is_no_two_columns():
    rows = [_line(100, (180, "EMPLOYMENT CONTRACT")), _line(220, (370, "Employer"), (1010, "Employee")),
            _line(290, (160, "Name"), (370, "Northgate Automation Limited"), (1010, "WEN Jiahao")),
            _line(360, (160, "Address"), (370, "Unit 3, 8/F, Kwun Tong"), (1010, "Guangzhou, PRC")),
            _line(520, (140, "1. The Employer shall employ the Employee as Controls Engineer.")),
            _line(610, (140, "3. The Employee is paid HK$47,300 per"), (1010, "month."))]
    assert in_reading_order(rows) == rows
