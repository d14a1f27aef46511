"""Two columns of running text read column by column (pipeline/columns.py), and a form's labels
and values left as rows; on pages drawn here by hand and read by the real OCR."""
import itertools
import textwrap

from PIL import Image, ImageDraw

from extractors.registry import extract
from pipeline.columns import in_reading_order
from pipeline.model import Word
from sample_docs.generator.render import pil_font
from tests.test_label_values import _doc


def _line(y: int, *cells: tuple[int, str]) -> list[Word]:
    out = []
    for x, text in cells:
        for word in text.split():
            out.append(Word(text=word, bbox=(x, y, x + 14 * len(word), y + 24)))
            x += 14 * len(word) + 10
    return out


def test_a_form_of_labels_and_values_stays_in_rows():
    rows = [_line(100 + 40 * i, (80, label), (700, value)) for i, (label, value) in enumerate([
        ("Name of Business", "Harbour Kite Limited"), ("Address", "Flat B, 5/F, 23 Lockhart Road"),
        ("Nature of Business", "Freight forwarding"), ("Date of Commencement", "02/04/2019"), ("Status", "CORP")])]
    assert in_reading_order(rows) == rows


def test_a_statements_items_and_their_figures_are_no_columns():
    """Items on the left, long enough to pass for text, and figures on the right: a table of
    amounts, read in rows, so a title over it that crosses the figures' column stays whole."""
    items = ["Revenue from contracts with customers", "Cost of services rendered", "Other income and gains, net",
             "Administrative and operating expenses", "Profit before income tax expense", "Income tax expense for the year"]
    rows = [_line(100, (80, "Statement of profit or loss for the year ended"), (820, "31 December"))]
    rows += [_line(150 + 40 * i, (80, item), (900, f"{1_204_500 + 37_000 * i:,}  {980_100 + 21_000 * i:,}")) for i, item in enumerate(items)]
    assert in_reading_order(rows) == rows


def test_wrapped_text_in_two_columns_is_read_left_column_first():
    left = textwrap.wrap("This Contract is made between Ridgeway Instruments Limited and Ms SU Wanqing, who is "
                         "employed as Calibration Engineer from the first day of March.", 36)
    right = textwrap.wrap("The Employee shall be paid a monthly salary and shall be entitled to fourteen days of "
                          "paid annual leave in each year of service.", 36)
    rows = [_line(100 + 40 * i, (80, a), (900, b)) for i, (a, b) in enumerate(itertools.zip_longest(left, right, fillvalue=""))]
    got = [" ".join(w.text for w in ws) for ws in in_reading_order(rows)]
    assert got == left + right


def test_a_bilingual_contract_in_two_columns_is_read_sentence_by_sentence():
    img = Image.new("RGB", (1654, 1400), "white")
    d = ImageDraw.Draw(img)
    d.text((500, 80), "EMPLOYMENT CONTRACT 僱傭合約", font=pil_font("sans_cjk", 36), fill="black")
    en = ["This Contract is made on 6 November 2026 between Ridgeway Instruments Limited (the \"Employer\") and "
          "Ms SU Wanqing (the \"Employee\").", "1. Position. The Employer employs the Employee as Calibration Engineer.",
          "2. Commencement. The employment starts on 1 March 2027 for a fixed term of 24 months."]
    zh = ["本合約於2026年11月6日由嶺峰儀器有限公司（「僱主」）與蘇婉晴女士（「僱員」）訂立。", "一、職位：僱主聘用僱員為校準工程師。",
          "二、生效日期：僱傭由2027年3月1日開始，為期二十四個月。"]
    y = 200
    for para in en:
        for line in textwrap.wrap(para, 44):
            d.text((80, y), line, font=pil_font("sans", 26), fill="black")
            y += 36
        y += 18
    y = 200
    for para in zh:
        for i in range(0, len(para), 24):
            d.text((880, y), para[i:i + 24], font=pil_font("sans_cjk", 26), fill="black")
            y += 36
        y += 18
    got = extract("employment_contract", _doc(img))
    assert got["position"].value == "Calibration Engineer"  # not the Chinese clause beside it
    assert got["employee_name"].value in ("SU WANQING", "蘇婉晴")  # either column names her
    assert (got["start_date"].value, got["term_months"].value) == ("2027-03-01", 24)


def test_a_skewed_scans_long_line_does_not_take_in_the_short_line_under_it():
    """A scan a little turned (a hand letter, made up, scanned at 200 dpi): its long line drops
    more than a line's height across the page, and the short line under it stays its own."""
    from pipeline.pages import RawPage
    from pipeline.read import read_page
    from tests.conftest import ROOT
    img = Image.open(ROOT / "tests" / "resources" / "skewed_letter_200dpi.jpg").convert("RGB")
    page = read_page(RawPage(number=1, image=img, dpi=200, text_words=None), "letter.jpg").page
    lines = ["".join(w.text for w in row) for row in page.lines()]
    assert "任職風險管理部高級分析師。" in lines, lines
    got = extract("work_experience_letter", _doc(img))
    assert (got["position"].value, got["start_date"].value) == ("風險管理部高級分析師", "2012-07-02")


def test_han_print_a_character_a_word_runs_across_a_gutter_uncut():
    """A sentence of Han print over a two-column table: OCR gives each character a word, so no
    word crosses the table's gutter, but nothing wider than a character's space stands there."""
    def han(y: int, x: int, text: str) -> list[Word]:
        return [Word(text=c, bbox=(x + 30 * i, y, x + 30 * i + 26, y + 24)) for i, c in enumerate(text)]
    sentence = han(60, 86, "本合約由嘉峰環球物流有限公司與溫俊熙訂立條款見附表")
    cells = [("生效日期 Commencement Date", "2027年2月1日 from then"), ("月薪 Monthly Salary", "港幣36,000元 HK$36,000"),
             ("保證花紅 Guaranteed Bonus", "港幣36,000元 HK$36,000"), ("年假 Annual Leave Days", "十四日 fourteen days")]
    rows = [sentence] + [_line(100 + 40 * i, (80, a), (480, b)) for i, (a, b) in enumerate(cells)]
    assert in_reading_order(rows)[0] == sentence
