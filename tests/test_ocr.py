"""The tesseract wrapper on real images from ../shared/external and on rendered ones."""
import numpy as np
from PIL import Image, ImageDraw

from pipeline import ocr
from tests.conftest import external


def test_upside_down_page_is_turned_upright():
    img = Image.open(external("ocr_scans", "tesseract_test", "phototest-rotated-180.png")).convert("RGB")
    upright, rotate, _skew, _script, _conf = ocr.upright(img)
    assert rotate == 180
    words = " ".join(w.text for w in ocr.ocr_words(upright))
    assert "quick" in words and "brown" in words


def test_red_seal_is_lifted_before_ocr():
    img = Image.new("RGB", (600, 200), "white")
    d = ImageDraw.Draw(img)
    d.ellipse([100, 20, 260, 180], outline=(215, 25, 32), width=12)
    gray = ocr.without_red_ink(img)
    assert gray.getextrema()[0] > 200  # the red ring is gone from what tesseract sees


def test_second_ocr_of_the_same_image_comes_from_the_cache(monkeypatch):
    img = Image.open(external("ocr_scans", "tesseract_test", "phototest.tif")).convert("RGB")
    first = ocr.ocr_words(img)

    def boom(*a, **k):
        raise AssertionError("tesseract called again")

    monkeypatch.setattr(ocr.engine, "words", boom)
    assert ocr.ocr_words(img) == first


def test_the_command_and_the_in_process_engine_read_a_page_alike(monkeypatch):
    from rapidfuzz import fuzz
    img = Image.open(external("ocr_scans", "tesseract_test", "phototest.tif")).convert("RGB")
    texts = {}
    for name in ("tesserocr", "cli"):
        monkeypatch.setenv("INTAKE_OCR_ENGINE", name)
        assert ocr.tesseract_version().endswith(f"({name})")  # the manifest says which ran
        texts[name] = " ".join(w.text for w in ocr.ocr_words(img))
    assert "quick brown" in texts["tesserocr"]
    assert fuzz.ratio(texts["tesserocr"], texts["cli"]) > 90
    rotated = img.rotate(90, expand=True)
    monkeypatch.setenv("INTAKE_OCR_ENGINE", "tesserocr")
    in_process = ocr.engine.osd(rotated)
    monkeypatch.setenv("INTAKE_OCR_ENGINE", "cli")
    assert ocr.engine.osd(rotated)[:2] == in_process[:2] == [90, "Latin"]


def test_junk_read_again_as_chinese_does_not_read_the_next_line_twice():
    """A picture beside a certificate's text comes out as an unsure Latin word as tall as two
    lines; its crop, read again as Chinese, takes in the start of the next line, which the page
    had already read: that line keeps one word per character, not two."""
    from pipeline.han_rereads import reread_latin_junk
    from pipeline.model import Word
    from sample_docs.generator.render import pil_font
    font = pil_font("sans_cjk", 40)
    image = Image.new("RGB", (900, 160), "white")
    d = ImageDraw.Draw(image)
    d.text((150, 20), "学生薛文，性别男", font=font, fill="black")
    d.text((150, 90), "学专业四年制本科学习", font=font, fill="black")
    second = [w for w in ocr.ocr_words(image.crop((0, 80, 900, 160)), lang="chi_sim", psm=7)]
    second = [Word(text=w.text, conf=w.conf, bbox=(w.bbox[0], w.bbox[1] + 80, w.bbox[2], w.bbox[3] + 80)) for w in second]
    assert second
    junk = [Word(text="AP", bbox=(20, 10, 140, 150), conf=0.5), Word(text="SRE", bbox=(150, 18, 330, 64), conf=0.5)]
    out = reread_latin_junk(image, junk + second)
    assert "学生" in "".join(w.text for w in out)  # the junk became Chinese
    for w in second:
        centre = ((w.bbox[0] + w.bbox[2]) / 2, (w.bbox[1] + w.bbox[3]) / 2)
        assert sum(o.bbox[0] <= centre[0] <= o.bbox[2] and o.bbox[1] <= centre[1] <= o.bbox[3] for o in out) == 1


def test_unsure_last_character_of_a_line_is_read_again_within_the_line():
    """A certificate's sentence wraps after 土 (本校土 / 木工程专业); the page read that last
    character with ink of the next line under it as 寺. The words are the page's own reading
    (tests/resources/line_end_200dpi.png is that part of the 200-dpi scan)."""
    from pipeline.han_rereads import reread_line_ends
    from pipeline.model import Word
    image = Image.open("tests/resources/line_end_200dpi.png")
    page = [("12", (266, 20, 326, 99), 0.93), ("日", (344, 42, 371, 79), 0.92), ("生", (370, 20, 400, 99), 0.93),
            ("在", (943, 20, 978, 99), 0.97), ("本", (965, 42, 1086, 83), 0.93), ("校", (1022, 20, 1057, 99), 0.93),
            ("寺", (1056, 20, 1087, 99), 0.65),
            ("成", (735, 117, 780, 156), 0.92), ("绩", (785, 118, 830, 158), 0.93), ("毕", (1027, 94, 1057, 173), 0.93)]
    words = [Word(text=t, bbox=b, conf=c) for t, b, c in page]
    out = reread_line_ends(image, words)
    assert [w.text for w in out] == [w.text for w in words[:6]] + ["土"] + [w.text for w in words[7:]]
    assert reread_line_ends(image, out) == out  # a sure last character is left alone


def test_boxed_form_is_read_with_its_rules_painted_out():
    """The top of a 200-dpi scan of the applicant form, each particular in a grey box on
    grainy paper (made-up data, tests/resources/boxed_form_200dpi.jpg, already upright).
    Read as it is, tesseract takes the rules for text lines: junk words among the values
    ('ee ae ais NEEL eae' on the real scan), boxed a pixel or two high, and loses values."""
    from pipeline.pages import RawPage
    from pipeline.read import _rules_read_as_text, read_page
    image = Image.open("tests/resources/boxed_form_200dpi.jpg").convert("RGB")
    as_printed = ocr.ocr_words(image)
    assert _rules_read_as_text(as_printed)  # the failure guarded against
    assert sum(w.conf for w in as_printed) / len(as_printed) < 0.75
    ruled_out = ocr.without_rules(image)
    assert ruled_out is not None and ruled_out.size == image.size
    words = read_page(RawPage(1, image, 200, None), "form.pdf").page.words
    assert sum(w.conf for w in words) / len(words) > 0.9
    text = " ".join(w.text for w in words)
    for value in ("Surname (in English): GONG", "Given names (in English): CHAO", "Sex: M",
                  "Date of birth: 19/11/1982", "Guangdong", "CS4587515"):
        assert value in text


def _ruled_table(rows: list[tuple[str, str]]) -> Image.Image:
    """A landscape 300-dpi certificate whose particulars stand in a table ruled both ways."""
    from PIL import ImageFont
    image = Image.new("RGB", (3600, 2600), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", 70)
    draw.text((1100, 150), "EASTERN COAST UNIVERSITY", font=font, fill="black")
    for i, (label, value) in enumerate(rows):
        top = 500 + i * 154
        draw.rectangle((400, top, 1600, top + 154), outline="black", width=4)
        draw.rectangle((1600, top, 3200, top + 154), outline="black", width=4)
        draw.text((430, top + 38), label, font=font, fill="black")
        draw.text((1630, top + 38), value, font=font, fill="black")
    return image


def test_a_ruled_table_is_read_with_its_rules_painted_out():
    """Tesseract's layout analysis can take a table ruled both ways for a picture and drop
    cells whole: here the last row, the certificate's number (on generated landscape
    certificates photographed at 300 dpi, most of the table). A page with such a grid is read
    again without its rules and the better reading kept."""
    from pipeline.pages import RawPage
    from pipeline.read import read_page
    rows = [("Name of Graduate", "TANG WEIMIN"), ("Date of Birth", "22 April 1995"), ("Field of Study", "Chemical Engineering"),
            ("Degree Conferred", "Bachelor of Engineering"), ("Date of Conferment", "1 July 2017"),
            ("Certificate No.", "104561201705004321")]
    image = _ruled_table(rows)
    assert ocr.has_ruled_table(image)
    as_printed = " ".join(w.text for w in ocr.ocr_words(image))
    assert "104561201705004321" not in as_printed  # the failure guarded against
    words = read_page(RawPage(1, image, 300, None), "degree.jpg").page.words
    text = " ".join(w.text for w in words)
    for value in ("TANG WEIMIN", "22 April 1995", "Chemical Engineering", "104561201705004321"):
        assert value in text
    assert not ocr.has_ruled_table(Image.open("tests/resources/skewed_letter_200dpi.jpg").convert("RGB"))


def test_page_without_rules_is_left_alone():
    image = Image.open(external("ocr_scans", "tesseract_test", "phototest-rotated-180.png")).convert("RGB")
    assert ocr.without_rules(image) is None


def test_rules_read_as_text_are_told_from_flat_characters():
    """Words from a 150-dpi scan of the boxed applicant form, read at a good mean confidence
    while its 'Name in Chinese' row was lost: two of them are rules read as text."""
    from pipeline.model import Word
    from pipeline.read import _rules_read_as_text
    page = [("Sex:", (176, 722, 228, 743)), ("EE", (747, 714, 767, 754)), ("es", (1152, 698, 1270, 699)),
            (":", (1337, 698, 1354, 699)), ("2", (1457, 698, 1467, 699)), ("=", (605, 699, 651, 700)),
            ("下", (831, 760, 901, 761)), ("ea", (1008, 760, 1074, 761)), ("Given", (170, 542, 246, 604)),
            ("names", (256, 569, 338, 585)), ("(in", (348, 564, 376, 591)), ("XINGANG", (749, 562, 888, 585))]
    words = [Word(text=t, bbox=b, conf=0.9) for t, b in page]
    assert _rules_read_as_text(words)
    # a Chinese page's flat 一 and dashes are characters, not rules
    flat_characters = [Word(text=t, bbox=b, conf=0.9) for t, b in
                       [("一", (192, 752, 221, 756)), ("——", (300, 750, 420, 752)), ("、", (236, 752, 244, 759)),
                        ("月", (368, 741, 383, 771)), ("薪", (402, 741, 422, 771)), ("一", (500, 752, 530, 755))]]
    assert not _rules_read_as_text(flat_characters)


def test_a_row_the_page_reading_lost_is_read_from_its_ink():
    """The top of a 200-dpi scan of a CHSI report (made-up data, tests/resources/
    chsi_lost_row_200dpi.jpg). Read as a page, tesseract drops the table's first row, 姓名
    潘瑞然, entirely; the row is found from the ink no word covers and read on its own."""
    from extractors.base import DocView
    from extractors.qualification_report import extract
    from pipeline.pages import RawPage
    from pipeline.read import HAN, read_page
    image = Image.open("tests/resources/chsi_lost_row_200dpi.jpg").convert("RGB")
    assert "姓名" not in "".join(w.text for w in ocr.ocr_words(image, lang=HAN, psm=4))  # the failure guarded against
    read = read_page(RawPage(1, image, 200, None), "report.pdf")
    name = extract(DocView("report.pdf", [read.page], [read.image]))["holder_name"]
    assert name.value == "潘瑞然"
    assert 390 < name.bbox[1] < name.bbox[3] < 460  # the row's own box, for the operator's highlight


def test_lost_rows_are_rows_of_print_not_pictures_and_split_at_wide_gaps():
    from pipeline.lost_lines import _bands, _pieces
    profile = np.zeros(400, dtype=int)
    profile[10:38] = 50    # a line of 30-px print
    profile[60:61] = 400   # a rule's remains
    profile[100:250] = 80  # a photo
    assert _bands(profile, 30.0) == [(10, 38)]
    columns = np.zeros(600, dtype=int)
    columns[0:55] = 5      # 姓名
    columns[300:390] = 5   # 潘瑞然, far right of its label
    columns[395:420] = 5   # one character's gap further
    assert _pieces(columns, 30.0) == [(0, 55), (300, 420)]


def _light_ming_page() -> Image.Image:
    """Thin Ming strokes scanned light and soft at 150 dpi: shrunk, the print is grey, not black."""
    from PIL import ImageFilter

    from sample_docs.generator.render import pil_font
    font = pil_font("serif_cjk", 22)
    page = Image.new("L", (1240, 1750), 252)
    d = ImageDraw.Draw(page)
    for row in range(24):
        d.text((90, 120 + row * 56), "茲證明本校學生修完教學計劃規定的全部課程成績合格准予畢業特此證明", font=font, fill=150)
    return page.filter(ImageFilter.GaussianBlur(0.8)).convert("RGB")


def test_a_light_scan_is_deskewed():
    page = _light_ming_page()
    assert ocr.estimate_skew(page) == 0.0
    assert abs(ocr.estimate_skew(page.rotate(2.5, expand=True, fillcolor="white")) + 2.5) <= 0.4
    assert ocr.estimate_skew(Image.new("RGB", (800, 1000), (250, 250, 248))) == 0.0  # no print, no skew


def test_an_image_key_is_kept_on_its_image_and_not_passed_to_another():
    page = Image.new("RGB", (60, 40), "white")
    ImageDraw.Draw(page).rectangle((5, 5, 20, 20), fill="black")
    key = ocr.image_key(page)
    assert ocr.image_key(page) == key
    for other in (page.convert("L"), page.crop((0, 0, 30, 30)), page.rotate(90, expand=True)):
        assert ocr.image_key(other) != key
    assert ocr.image_key(page.copy()) == key  # the same pixels


def test_the_workspace_view_of_a_page_keeps_its_shape():
    import io

    from flows.case import THUMB_WIDTH, page_view_jpeg
    page = Image.open("tests/resources/skewed_letter_200dpi.jpg").convert("RGB")
    view = Image.open(io.BytesIO(page_view_jpeg(page)))
    assert view.format == "JPEG" and view.width == THUMB_WIDTH
    assert abs(view.width / view.height - page.width / page.height) < 0.002
    # the letter's print is still there, darker than the paper, where the page has it
    assert np.asarray(view.convert("L")).min() < 100
    small = page.resize((400, 560))
    assert Image.open(io.BytesIO(page_view_jpeg(small))).size == small.size  # never enlarged
