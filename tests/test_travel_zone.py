"""Travel documents (#28): readings of a zone ranked by their check digits, a card with a zone
that reads like an HKID card, and sex from the visual zone. Zones are built here with their
check digits computed; every name and number is made up."""
from PIL import Image

from extractors import travel_document
from extractors.mrz_image import settled
from flows.case import _rescue_travel_document
from pipeline import mrz
from pipeline.classify import Segment
from pipeline.model import Page, Word
from pipeline.read import ReadPage
from tests.test_field_readings import view


def _td3(number: str, birth: str, expiry: str, sex: str = "F", state: str = "CZE") -> list[str]:
    number = number.ljust(9, "<")
    head = number + mrz.check_digit(number) + state + birth + mrz.check_digit(birth) + sex \
        + expiry + mrz.check_digit(expiry)
    personal = "<" * 14
    body = head + personal + "<"
    composite = mrz.check_digit(body[0:10] + body[13:20] + body[21:43])
    return [f"P<{state}NOVAKOVA<<JANA".ljust(44, "<"), body + composite]


def _td1(number: str, birth: str, expiry: str, sex: str = "M", state: str = "MAC") -> list[str]:
    number = number.ljust(9, "<")
    l1 = f"I<{state}{number}" + mrz.check_digit(number)
    l1 = l1.ljust(30, "<")
    l2 = birth + mrz.check_digit(birth) + sex + expiry + mrz.check_digit(expiry) + state
    l2 = l2.ljust(29, "<")
    l2 += mrz.check_digit(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    return [l1, l2, "WONG<<KA<MAN".ljust(30, "<")]


def test_right_check_digits_outrank_a_reading_without_problems():
    """A specimen printing 29 February of a year with none: its zone's digits all hold, and it
    must outrank a misread zone that happens to name a state and real dates."""
    specimen = mrz.parse(_td3("99001234", "110229", "300906"))
    assert specimen.digits_valid and specimen.problems and not specimen.valid
    misread = mrz.parse(_td3("99001234", "110228", "300906"))
    misread.checks[0].digit = "0" if misread.checks[0].digit != "0" else "1"  # one digit broken
    assert not misread.problems and not misread.digits_valid
    assert specimen.rank > misread.rank
    assert settled(specimen) and not settled(misread)


def test_a_card_whose_words_hold_a_zone_is_a_travel_document_not_an_hkid_card():
    lines = _td1("1228150A7", "610622", "321230")
    assert mrz.parse(lines).valid
    words = [Word(text=t, bbox=(10, 40 * i, 610, 40 * i + 30), conf=0.9) for i, t in enumerate(["澳門居民身份證", *lines])]
    page = Page(file="card.jpg", number=1, width=640, height=200, dpi=200, source="ocr", words=words)
    seg = Segment(type="hkid_copy", confidence=0.62, pages=[0])
    _rescue_travel_document(seg, [ReadPage(page, Image.new("RGB", (640, 200), "white"))])
    assert seg.type == "travel_document"
    # a card without a zone stays what it reads as
    plain = Page(file="card.jpg", number=1, width=640, height=200, dpi=200, source="ocr", words=words[:1])
    seg = Segment(type="hkid_copy", confidence=0.62, pages=[0])
    _rescue_travel_document(seg, [ReadPage(plain, Image.new("RGB", (640, 200), "white"))])
    assert seg.type == "hkid_copy"


def test_sex_from_the_visual_zone_fills_and_is_compared():
    out = travel_document.extract(view("通行证 EXIT-ENTRY PERMIT", "姓名 林小文", "性别/Sex 女/F", "出生日期 1990.03.02"))
    assert out["visual_sex"].value == "F" and out["sex"].value == "F"
    out = travel_document.extract(view("PASSPORT", "Surname DUPONT", "Sex", "M", *_td3("X1234567", "900302", "320101", sex="M")))
    assert out["sex"].value == "M" and out["visual_sex"].value == "M"


def test_a_number_read_with_look_alikes_that_keep_its_check_digit_is_mended_from_the_printed_one():
    """O, D for 0 and S for 5 add up to the same check digit (mod 10): the zone alone cannot
    tell; the number printed on the data page, unlabelled, can."""
    lines = _td3("ZE000509", "850101", "300114", state="CAN")
    read = [lines[0], lines[1].replace("ZE000509", "ZEODO0O9", 1)]
    assert mrz.check_digit("ZEODO0O9<") == mrz.check_digit("ZE000509<")
    out = travel_document.extract(view("PASSPORT PASSEPORT", "CAN ZE000509", *read))
    assert out["document_number"].value == "ZE000509"
    lines = _td3("XS1234567", "790220", "310320", state="JPN")
    read = [lines[0], lines[1].replace("XS1234567", "X5IZ34S67", 1)]
    out = travel_document.extract(view("PASSPORT", "P JPN XS1234567", *read))
    assert out["document_number"].value == "XS1234567"
    # with no printed twin, the zone's reading stands
    out = travel_document.extract(view("PASSPORT", *read))
    assert out["document_number"].value == "X5IZ34S67"


def _data_page():
    import random
    from datetime import date

    from sample_docs.generator import applicant_docs as A
    from sample_docs.generator.identity import person
    from sample_docs.generator.render import to_image
    from sample_docs.generator.scan import scanned
    rng = random.Random(7)
    td = A.passport(person(rng), "EK6170554", date(2022, 10, 13), date(2032, 10, 13), rng)
    return scanned(to_image(td.pages[0], 300), random.Random(7), 200, rotate=0, skew=0, blur=0.4, noise=0).convert("RGB")


def test_a_mirrored_scan_of_a_data_page_still_gives_its_zone():
    from PIL import ImageOps

    from extractors.mrz_image import read_mrz
    page = _data_page()
    m, box, _ = read_mrz(ImageOps.mirror(page))
    assert m is not None and m.valid and m.document_number == "EK6170554"
    assert box[0] < page.width / 2 < box[2] and box[1] > page.height / 2  # the zone's box, on the mirrored page


def test_the_zone_band_read_alone_tells_the_turn_a_page_is_upright_at():
    """A data page at each quarter turn: its zone's band, read as it lies, names the turn that
    sets it upright ('<' runs one way up, '>' the other); a copy with no zone names none."""
    from pipeline.mrz_bands import zone_turn
    page = _data_page()
    assert [zone_turn(page.rotate(t, expand=True)) for t in (0, 90, 180, 270)] == [0, 90, 180, 270]
    assert zone_turn(_scan_of("Travel Document Copy", "Holder: LUO Tianyu", "Document number: E70345128")) is None


def test_a_page_known_upright_is_searched_for_its_zone_at_its_own_turn_only(monkeypatch):
    """Every band at four turns read several ways cost a page with no zone about 65 readings."""
    import extractors.mrz_image as M
    readings = []
    real = M.ocr_band
    monkeypatch.setattr(M, "ocr_band", lambda crop, preparation: readings.append(preparation) or real(crop, preparation))
    M.read_mrz(_scan_of("Travel Document Copy", "Holder: LUO Tianyu", "Document number: E70345128"), upright=True)
    assert 0 < len(readings) <= 2 * 5
    m, _, turn = M.read_mrz(_data_page(), upright=True)
    assert m.valid and m.document_number == "EK6170554" and turn == 0


def test_the_chinese_name_is_the_han_print_the_mrz_name_spells_under_labels_in_any_order():
    """A passport page drawn here with its labels English first ('Surname 姓'), the surname and
    the given names each on a line of their own, as the generator never prints them."""
    from PIL import Image, ImageDraw

    from extractors.base import DocView
    from extractors.registry import extract
    from pipeline.mrz import check_digit
    from pipeline.pages import RawPage
    from pipeline.read import read_page
    from sample_docs.generator.render import pil_font
    number, dob, exp = "EK1234567", "940312", "330311"
    body = f"{number}{check_digit(number)}CHN{dob}{check_digit(dob)}F{exp}{check_digit(exp)}{'<' * 14}<"
    mrz = ["POCHNZHOU<<ZIHAN".ljust(44, "<"), body + check_digit(body[0:10] + body[13:20] + body[21:43])]
    img = Image.new("RGB", (1500, 1000), "white")
    d = ImageDraw.Draw(img)
    for x, y, text in ((60, 40, "PASSPORT 护照   PEOPLE'S REPUBLIC OF CHINA"), (500, 140, "Surname 姓"), (500, 185, "周 ZHOU"),
                       (500, 250, "Given names 名"), (500, 295, "子涵 ZIHAN"), (500, 430, "Date of birth 出生日期  12 MAR 1994")):
        d.text((x, y), text, font=pil_font("sans_cjk", 30), fill="black")
    for k, line in enumerate(mrz):
        d.text((60, 840 + 60 * k), line, font=pil_font("ocrb", 38), fill="black")
    read = read_page(RawPage(number=1, image=img, dpi=200, text_words=None), "passport.png")
    got = extract("travel_document", DocView(file="passport.png", pages=[read.page], images=[read.image]))
    assert (got["surname"].value, got["given_names"].value) == ("ZHOU", "ZIHAN")
    assert got["name_zh"].value == "周子涵"


def _scan_of(*lines: str):
    """A page of `lines` printed and scanned at 200 dpi, as a phone or copier upload."""
    import io
    import random

    from PIL import Image

    from sample_docs.generator.render import PageSpec, to_image
    from sample_docs.generator.scan import jpeg_bytes, scanned
    page, y = PageSpec(), 30.0
    for line in lines:
        y = page.para(22, y, line, 166, "sans" if line.isascii() else "sans_cjk", 11) + 3
    img = scanned(to_image(page, 300), random.Random(7), 200, rotate=0, skew=0.5, blur=0.3, noise=2)
    return Image.open(io.BytesIO(jpeg_bytes(img, 85, 200))).convert("RGB")


def _read_travel_document(image):
    from extractors.base import DocView
    from extractors.registry import extract
    from pipeline.pages import RawPage
    from pipeline.read import read_page
    from pipeline.script import in_script
    read = read_page(RawPage(number=1, image=image, dpi=200, text_words=None), "copy.jpg")
    page = in_script(read.page, "usually_simplified")
    return {k: f.value for k, f in extract("travel_document", DocView(file="copy.jpg", pages=[page], images=[read.image])).items()}


def test_a_copy_without_a_zone_gives_its_names_and_dates_from_labels_over_values():
    """Written here, not by the generator: labels over their values with a wide line spacing
    (OCR's boxes hug the ink, so each value is more than two of its heights under its label), a
    permit's Chinese name with its pinyin beside it and no comma, and a whole name after 'Holder'."""
    got = _read_travel_document(_scan_of(
        "PEOPLE'S REPUBLIC OF CHINA    PASSPORT", "Surname", "QIN", "Given names", "HAORAN",
        "Date of birth", "Aug 14, 1991", "Date of issue          Date of expiry", "Jan 05, 2023          Jan 04, 2033"))
    assert (got.get("surname"), got.get("given_names"), got.get("date_of_birth")) == ("QIN", "HAORAN", "1991-08-14")
    got = _read_travel_document(_scan_of(
        "中华人民共和国往来港澳通行证", "姓名 Name", "邵雨桐  SHAO YUTONG", "出生日期 Date of birth", "1994.11.23"))
    assert (got.get("name_zh"), got.get("surname"), got.get("given_names")) == ("邵雨桐", "SHAO", "YUTONG")
    got = _read_travel_document(_scan_of("Travel Document Copy", "Holder: LUO Tianyu", "Document number: E70345128"))
    assert (got.get("surname"), got.get("given_names")) == ("LUO", "TIANYU")


def test_han_print_read_as_a_zone_is_none_and_a_traditional_page_keeps_its_script():
    """A traditional table read in the MRZ's band gave 'SUESSEL1<ISILL…' whose four check digits
    held by luck over letters in its dates; it named the document's number and surname."""
    got = _read_travel_document(_scan_of(
        "中華人民共和國護照", "姓 Surname　　　　　　　　　　　　魏", "名 Given names　　　　　　　　　　思遠",
        "拼音 Romanised　　　　　　　　　　WEI SIYUAN", "性別 Sex　　　　　　　　　　　　　男 M",
        "出生日期 Date of birth　　　　　　1989年5月6日", "護照號碼 Passport No.　　　　　　 EK2093716",
        "有效期至 Date of expiry　　　　　 2034年2月1日"))
    assert "mrz" not in got
    assert (got.get("document_number"), got.get("surname"), got.get("name_zh")) == ("EK2093716", "WEI", "魏思遠")


def test_a_date_field_with_letters_is_no_zone_even_where_its_digits_hold():
    lines = ["SUESSEL1<ISILL4DECCLGSP<<<<<<<", "141E5M5E5E11CE5FSF2SAPBOSJA<T5", "ATEESHTBSINTQZTWWJAMSCILAYNASA"]
    found = mrz.parse(lines)
    assert found is None or not found.is_a_zone
    assert mrz.parse(_td1("1228150A7", "610622", "321230")).is_a_zone


def test_a_latin_name_is_cut_where_the_chinese_names_surname_ends():
    from pipeline.names import surname_and_given
    assert surname_and_given("邵雨桐", "Shao Yutong") == ("SHAO", "YUTONG")
    assert surname_and_given("欧阳菲", "OUYANG FEI") == ("OUYANG", "FEI")
    assert surname_and_given("魏思遠", "WEI SI YUAN") == ("WEI", "SIYUAN")
    assert surname_and_given("魏思遠", "WANG SIYUAN") is None


def test_a_one_letter_value_and_a_bilingual_column_heading_are_read_under_their_labels():
    """Copies written here (tests/resources/travel_copy_*): 'F' alone under 'Sex' came out as 'r'
    on one and not at all on another (a line's lone first letter): its place is read again as one
    character. '出生日期 Date of birth' heads a column whose value starts under 出, left of 'Date'."""
    from PIL import Image

    from tests.conftest import ROOT

    def read(name: str) -> dict:
        return _read_travel_document(Image.open(ROOT / "tests" / "resources" / f"travel_copy_{name}_200dpi.jpg").convert("RGB"))
    got = read("side_by_side")
    assert (got.get("sex"), got.get("date_of_birth"), got.get("surname")) == ("F", "1990-04-03", "FANG")
    got = read("small_labels")
    assert (got.get("sex"), got.get("surname"), got.get("given_names")) == ("F", "ZHAO", "YIXUAN")
    got = read("name_zh_above")
    assert (got.get("date_of_birth"), got.get("name_zh"), got.get("surname")) == ("1988-12-01", "杜明远", "DU")


def test_a_zone_read_at_a_turn_settles_the_turn_without_trials_and_a_bilingual_page_goes_to_pp_ocr(monkeypatch):
    """A passport's security print reads badly at every turn, so its turn used to be tried four
    ways in two languages; its zone reads as '<' runs the right way up and as reversed '>' runs
    upside down, and that settles it. The page's own print then says it is bilingual (a Chinese
    passport), and PP-OCR reads it with its Chinese. A real specimen (PassportEye's), upright,
    and with OSD made to turn it upside down."""
    from pipeline import ocr
    from pipeline import read as rd
    from pipeline.ingest import describe_file
    from pipeline.pages import load_pages
    from pipeline.text import is_han
    from tests.conftest import external
    path = external("mrz_images", "passporteye_testdata", "100_pass-chn.jpg")
    trials = []
    monkeypatch.setattr(rd, "_best_turn", lambda *a, **k: trials.append(a) or (0, 0.0))
    raw = load_pages(describe_file(path.parent, path))[0]
    page = rd.read_page(raw, path.name).page
    assert page.rotation == 0 and not trials
    assert any(w.text.count("<") >= 6 for w in page.words)
    assert sum(is_han(c) for w in page.words for c in w.text) >= 10  # read by PP-OCR, Chinese and all
    real = ocr.upright

    def osd_upside_down(image, detect=True):
        if not detect:
            return real(image, detect=False)
        turned, _, skew, script, _ = real(image.rotate(180, expand=True), detect=False)
        return turned, 180, skew, script, 2.0
    monkeypatch.setattr(rd.ocr, "upright", osd_upside_down)
    page = rd.read_page(raw, path.name).page
    assert page.rotation == 0 and not trials
    assert any(w.text.count("<") >= 6 for w in page.words)


def test_a_page_pp_ocr_reads_with_its_zone_upright_is_not_turned_to_try(monkeypatch):
    """OSD unsure of a page it calls Han sends it to PP-OCR with its turn unknown; a zone read
    upright there settles the turn, with no tesseract trials and no PP-OCR reading at other turns."""
    from pipeline import ocr, ppocr, upright
    from pipeline import read as rd
    from pipeline.ingest import describe_file
    from pipeline.pages import load_pages
    from tests.conftest import external
    path = external("mrz_images", "passporteye_testdata", "100_pass-chn.jpg")
    trials, readings = [], []
    monkeypatch.setattr(rd, "_best_turn", lambda *a, **k: trials.append(a) or (0, 0.0))
    real_upright, real_words = ocr.upright, ppocr.ppocr_words

    def osd_says_han_unsure(image, detect=True):  # upright, but unsure of it
        turned, _rotate, skew, _script, _conf = real_upright(image, detect=False)
        return turned, 0, skew, "Han", 1.0
    monkeypatch.setattr(rd.ocr, "upright", osd_says_han_unsure)
    monkeypatch.setattr(upright, "SURE_UPRIGHT", 0.99)  # its security print reads too unsurely to settle the turn
    monkeypatch.setattr(rd.ppocr, "ppocr_words", lambda im: readings.append(im.size) or real_words(im))
    raw = load_pages(describe_file(path.parent, path))[0]
    page = rd.read_page(raw, path.name).page
    assert page.rotation == 0 and not trials
    assert readings.count(readings[0]) == 1  # the page read once whole: not again at another turn
    assert any(w.text.count("<") >= 6 for w in page.words)
