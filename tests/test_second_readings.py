"""Second readings: a Chinese name read again and chosen by the travel document's pinyin, and
the line under a chop read several ways and settled by vote. The readings come from real
tesseract on rendered scans; the choosing is checked on plain documents."""
import random
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from extractors import consent, declared, name_readings, travel_document, under_seal
from extractors.base import DocView
from extractors.name_readings import add_readings, names_like
from extractors.registry import extract
from extractors.under_seal import mend_place_opening, vote
from flows.case import analyse_file
from pipeline import ocr, seals
from pipeline.ingest import describe_file
from pipeline.model import Field, Page, Word
from pipeline.reference import mainland_place_openings
from sample_docs.generator import applicant_docs as A
from sample_docs.generator.identity import person
from sample_docs.generator.render import pil_font, to_image
from sample_docs.generator.scan import png_bytes, scanned
from tests.test_rules import doc
from validators.settle import settle_han_names

RESOURCES = Path(__file__).parent / "resources"


def test_runs_that_differ_by_one_character_are_the_name_again():
    assert names_like("能强思", "我单位职工熊强思同志，身份证号") == ["熊强思"]
    assert names_like("能强思", "我单位职工同志，身份证号") == []
    assert "马婷鹏" in names_like("马婷腑", "学生马婷鹏，性别女")


def test_a_second_reading_that_spells_the_pinyin_is_taken_and_the_page_reading_kept():
    travel = doc("travel_document", 1, surname="XIONG", given_names="QIANGSI")
    letter = doc("consent_letter", 2, applicant_name="能强思")
    letter.fields["applicant_name"].readings = ["熊强思"]
    settled = settle_han_names([travel, letter])
    name = settled[1].fields["applicant_name"]
    assert name.value == "熊强思" and name.readings == ["能强思"] and name.confidence <= 0.6
    assert letter.fields["applicant_name"].value == "能强思"  # the document read is left as it was


def test_a_different_person_is_not_settled_into_the_applicant():
    travel = doc("travel_document", 1, surname="XIONG", given_names="QIANGSI")
    cert = doc("degree_certificate", 2, holder_name="王伟明")
    cert.fields["holder_name"].readings = ["王玮明"]
    travel, cert = settle_han_names([travel, cert])
    assert cert.fields["holder_name"].value == "王伟明"


def test_a_name_the_pinyin_does_not_settle_is_settled_by_the_other_documents():
    """Someone else's certificates (the name check's own finding): the graduation certificate's
    second reading is the name the degree certificate read surely."""
    travel = doc("travel_document", 1, surname="LIU", given_names="MING")
    degree = doc("degree_certificate", 2, holder_name="马婷鹏")
    graduation = doc("graduation_certificate", 3, holder_name="马婷腑")
    graduation.fields["holder_name"].readings = ["马婷及", "马婷鹏"]
    travel, degree, graduation = settle_han_names([travel, degree, graduation])
    assert graduation.fields["holder_name"].value == "马婷鹏"
    assert graduation.fields["holder_name"].readings == ["马婷腑", "马婷及"]


def test_two_documents_reading_a_name_alike_settle_a_third():
    degree = doc("degree_certificate", 1, holder_name="马婷鹏")
    report = doc("qualification_report", 2, holder_name="马婷鹏")
    graduation = doc("graduation_certificate", 3, holder_name="马婷腑")
    for d, other in ((degree, "马巡鹏"), (report, "马婷膨"), (graduation, "马婷鹏")):
        d.fields["holder_name"].readings = [other]
    degree, report, graduation = settle_han_names([degree, report, graduation])
    assert [d.fields["holder_name"].value for d in (degree, report, graduation)] == ["马婷鹏"] * 3


def test_two_unsure_readings_of_a_name_do_not_settle_each_other():
    degree = doc("degree_certificate", 1, holder_name="沈舌思")
    degree.fields["holder_name"].readings = ["沈磊思"]
    graduation = doc("graduation_certificate", 2, holder_name="沈磊思")
    graduation.fields["holder_name"].readings = ["沈舌思"]
    degree, graduation = settle_han_names([degree, graduation])
    assert (degree.fields["holder_name"].value, graduation.fields["holder_name"].value) == ("沈舌思", "沈磊思")


def test_nothing_is_settled_while_whose_travel_document_is_whose_is_open():
    a = doc("travel_document", 1, surname="XIONG", given_names="QIANGSI")
    b = doc("travel_document", 2, surname="NENG", given_names="QIANGSI")
    letter = doc("consent_letter", 3, applicant_name="能强思")
    letter.fields["applicant_name"].readings = ["熊强思"]
    a, b, letter = settle_han_names([a, b, letter])
    assert letter.fields["applicant_name"].value == "能强思"


def test_the_name_line_is_read_again_by_real_tesseract():
    """The page's reading is made wrong on purpose; the re-read of the same ink must give the
    printed name among its readings."""
    font = pil_font("sans_cjk", 46)
    image = Image.new("RGB", (1500, 120), "white")
    ImageDraw.Draw(image).text((40, 30), "我单位职工熊强思同志，身份证号", font=font, fill="black")
    image = scanned(image, random.Random(3), 200, rotate=0, skew=0, blur=0.4, noise=4)
    words = [Word(text="我单位职工能强思同志，身份证号", bbox=(20, 20, image.width - 20, image.height - 20), conf=0.5)]
    page = Page(file="x.png", number=1, width=image.width, height=image.height, dpi=200, source="ocr", words=words)
    name = Field(value="能强思", confidence=0.5, file="x.png", page=1, bbox=words[0].bbox, source="ocr")
    add_readings(DocView(file="x.png", pages=[page], images=[image]), name)
    assert "熊强思" in name.readings
    # read surely by the page, the name is taken as read (half the names on the evaluation cases)
    words[0].conf = 0.95
    sure = Field(value="能强思", confidence=0.95, file="x.png", page=1, bbox=words[0].bbox, source="ocr")
    add_readings(DocView(file="x.png", pages=[page], images=[image]), sure)
    assert sure.readings == []


def test_a_name_the_first_reads_dispute_is_read_at_other_sizes(monkeypatch):
    """A degree certificate's line from a 200-dpi scan of a generated case: the page read 磊 as
    舌, and neither the page nor the first four re-reads give 磊; the line at three quarters'
    size, read as traditional Chinese, does."""
    image = Image.open(RESOURCES / "degree_name_line.png")
    raw = [("沈", (60, 51, 205, 95), 0.929), ("舌", (125, 32, 169, 118), 0.688), ("思", (168, 32, 212, 118), 0.91),
           ("，", (240, 53, 261, 94), 0.918), ("男", (290, 85, 295, 95), 0.923), ("，1993", (308, 32, 414, 118), 0.918)]
    page = Page(file="x.png", number=1, width=image.width, height=image.height, dpi=300, source="ocr",
                words=[Word(text=t, bbox=b, conf=c) for t, b, c in raw])

    def readings():
        name = Field(value="沈舌思", confidence=0.69, file="x.png", page=1, source="ocr",
                     bbox=(60, 32, image.width - 60, image.height - 32))
        add_readings(DocView(file="x.png", pages=[page], images=[image]), name)
        return name.readings

    assert "沈磊思" in readings()
    monkeypatch.setattr(name_readings, "MORE_READS", ())
    assert "沈磊思" not in readings()


def test_the_commonest_character_at_each_place_wins():
    readings = ["杭州模湖软件有限公司", "杭导症湖软件有限公司", "术州西湖软件有限公司", "栓州西湖软件有限公司", "淹软件有限公司"]
    assert vote(readings) == "杭州西湖软件有限公司"
    assert vote(["深圳前海科技有限公司"]) == "深圳前海科技有限公司"
    assert vote([]) is None


def test_one_sure_reading_outvotes_two_weak_ones_that_agree():
    """Word confidences tesseract gave three copies of a 300-dpi grey letter's line: the
    lifted copy read 浦江 at 0.96, the two others 清 at 0.00 and 0.40."""
    readings = ["上海浦江金融", "上海清江金融", "上源清江金融"]
    sureness = [[0.93, 0.93, 0.96, 0.96, 0.95, 0.95], [0.91, 0.77, 0.0, 0.68, 0.91, 0.93], [0.93, 0.0, 0.4, 0.4, 0.9, 0.9]]
    assert vote(readings, sureness) == "上海浦江金融"
    assert vote(readings) == "上海清江金融"  # by count alone


@pytest.mark.parametrize("seed", [2, 3])
def test_a_date_the_chop_took_from_the_page_is_read_again_under_it(tmp_path, monkeypatch, seed):
    """A consent letter scanned at 200 dpi (seed 3 grey, 2 in colour) whose chop lands on the
    date line: the page's reading loses the line, the rows under the chop give it back."""
    rng = random.Random(seed)
    letter = A.consent_letter(person(rng), "深圳前海数智科技有限公司", date(2026, 9, 14), rng, id_number="440305199001011234")
    image = scanned(to_image(letter.pages[0], 300), random.Random(seed), 200, rotate=0, skew=0.5, blur=0.4, noise=3)
    path = tmp_path / "consent.png"
    path.write_bytes(png_bytes(image.convert("L") if seed % 2 else image, 200))

    def read_date():
        got = analyse_file(describe_file(tmp_path, path), 0).documents[0]
        assert got.type == "consent_letter"
        return got.fields.get("date")

    monkeypatch.setenv("INTAKE_PAGE_ENGINE", "routed")
    assert read_date().value == "2026-09-14"  # PP-OCR reads the line through the chop
    monkeypatch.setenv("INTAKE_PAGE_ENGINE", "tesseract")  # tesseract loses it: the re-read's case
    found = read_date()
    assert found.value == "2026-09-14" and found.source == "ocr"
    monkeypatch.setattr(consent, "_date_under_seal", lambda *args: None)
    assert read_date() is None


def test_a_name_opening_with_no_place_is_mended_where_its_readings_disagree():
    """Readings of a consent letter's organisation under a chop on 200- and 300-dpi grey scans
    of generated cases: the ring broke the city and the district."""
    assert mend_place_opening("广硒尺河信息技术有限公司", ["广硒尺河信息技术有限公司", "广故为河信息技术有限公司"]) \
        == "广州天河信息技术有限公司"
    assert mend_place_opening("深牟训海数智科技有限公司", ["深牟训海数智科技有限公司", "深猴站海数智科技有限公司"]) \
        == "深圳训海数智科技有限公司"  # 前海 is no district: only the city is known
    # a name that opens with a city keeps what follows (浦江 is the company's own name here)
    assert mend_place_opening("上海浦江金融服务有限公司", ["上海清江金融服务有限公司", "上海浦江金融服务有限公司"]) \
        == "上海浦江金融服务有限公司"
    # one reading tells nothing about which characters are unsure
    assert mend_place_opening("广硒尺河信息技术有限公司", ["广硒尺河信息技术有限公司"]) == "广硒尺河信息技术有限公司"
    # where several places fit alike (华蓥, 华阴, ...), nothing is put in
    assert mend_place_opening("华为技术有限公司", ["华为技术有限公司", "华力技术有限公司"]) == "华为技术有限公司"


def test_a_place_is_put_in_where_the_characters_were_read_unsurely():
    """Four readings of 武汉洪山光华电子有限公司 under a grey chop (200 dpi, made-up letter)
    with tesseract's word confidences: all four agree the ring's 冰 is no character they are
    sure of, so they never disagree on it, but none read it surely. 武汉洪山 and 武汉青山 both
    fit the unsure places; the readings hold 洪 (0.00, 0.22, 0.44), never 青."""
    readings = ["武冰洪山光华", "武竣洪山光华", "武骤洪山光华", "武北涡山光华"]
    sureness = [[0.85, 0.0, 0.0, 0.93, 0.93, 0.93], [0.71, 0.0, 0.22, 0.93, 0.95, 0.95],
                [0.9, 0.0, 0.44, 0.14, 0.93, 0.93], [0.87, 0.0, 0.0, 0.76, 0.93, 0.93]]
    value = vote(readings, sureness)
    assert value == "武冰洪山光华"
    assert mend_place_opening(value, readings, sureness) == "武汉洪山光华"
    # generator case 12 (200 dpi): 强 and 海 unsure, six of 深圳's districts fit alike; the city is sure
    readings = ["深强前海数智", "深狐哺海数智", "深憩障海数智", "深牟训海数智", "深猴站海数智"]
    sureness = [[0.5] * 6, [0.88, 0.03, 0.14, 0.49, 0.93, 0.93], [0.91, 0.0, 0.0, 0.34, 0.93, 0.83],
                [0.91, 0.0, 0.28, 0.0, 0.93, 0.93], [0.8, 0.42, 0.32, 0.0, 0.93, 0.91]]
    assert mend_place_opening(vote(readings, sureness), readings, sureness) == "深圳前海数智"
    # a place is not put over characters read surely (浦 at 0.96: 上海, not the district 上海松江)
    readings = ["上区浦江金融", "上海清江金融"]
    sureness = [[0.9, 0.1, 0.96, 0.9, 0.9, 0.9], [0.9, 0.3, 0.3, 0.9, 0.9, 0.9]]
    assert mend_place_opening(vote(readings, sureness), readings, sureness) == "上海浦江金融"


def test_places_a_company_name_may_open_with():
    places = mainland_place_openings()
    assert {"广州", "广州天河", "杭州西湖", "北京朝阳", "上海浦东", "浙江"} <= places
    assert not any(p.endswith("市辖") for p in places)


def test_organisation_under_a_chop_on_a_grey_copy(tmp_path):
    """A grey scan cannot lift the chop out by its colour; the organisation under it is read
    anyway, and its box is the line under the chop."""
    rng = random.Random(1)
    letter = A.consent_letter(person(rng), "杭州西湖软件有限公司", date(2026, 10, 18), rng, id_number="440305199001011234")
    path = tmp_path / "consent.png"
    path.write_bytes(png_bytes(scanned(to_image(letter.pages[0], 300), random.Random(1), 200, rotate=0, skew=1.0,
                                       blur=0.4, noise=0), 200))
    got = analyse_file(describe_file(tmp_path, path), 0).documents[0]
    assert got.type == "consent_letter"
    assert got.fields["organisation"].value == "杭州西湖软件有限公司"  # the page's own reading found none
    seal, org = got.fields["seal_present"].bbox, got.fields["organisation"].bbox
    assert seal[1] < org[3] and org[1] < seal[3]
    assert np.asarray(Image.open(path)).ndim == 2  # grey indeed


def test_organisation_under_a_grey_chop_is_read_with_the_stamp_lifted(tmp_path, monkeypatch):
    """Generated case 12's miss on a made-up letter: 200 dpi, grey, the chop's ring through the
    前 of 深圳前海. Every copy that keeps the ring or strips the print's grey edges reads 误 or
    训 there; the copy with the stamp's broad strokes lifted out reads it, and wins the vote."""
    rng = random.Random(2)
    org = "深圳前海数智科技有限公司"
    letter = A.consent_letter(person(rng), org, date(2026, 9, 14), rng, id_number="440305199001011234")
    image = scanned(to_image(letter.pages[0], 300), random.Random(2), 200, rotate=0, skew=0.5, blur=0.4, noise=3)
    path = tmp_path / "consent.png"
    path.write_bytes(png_bytes(image.convert("L"), 200))

    def organisation():
        return analyse_file(describe_file(tmp_path, path), 0).documents[0].fields["organisation"].value

    monkeypatch.setenv("INTAKE_PAGE_ENGINE", "routed")
    assert organisation() == org
    monkeypatch.setenv("INTAKE_PAGE_ENGINE", "tesseract")  # the lifted copy is what mends tesseract's line
    assert organisation() == org
    copies = seals.seal_free
    monkeypatch.setattr(under_seal, "seal_free", lambda crop, seal, *judged: copies(crop, seal, *judged)[1:])
    monkeypatch.setattr(seals, "seal_free", lambda crop, seal, *judged: copies(crop, seal, *judged)[1:])
    assert organisation() != org


@pytest.mark.parametrize("seed", [1, 3])
def test_a_passport_page_read_on_its_side_gets_its_chinese_name_from_beside_the_latin_one(seed):
    """A page left on its side (OSD failed on it) is read as Latin; its Latin surname is a tall,
    narrow word. The strip beside it is turned and read in Chinese, and the run whose pinyin is
    the MRZ's name is kept. The page words are made; the image and the re-read are real."""
    rng = random.Random(seed)
    p = person(rng)
    td = A.passport(p, "EK6170554", date(2022, 10, 13), date(2032, 10, 13), rng)
    upright = scanned(to_image(td.pages[0], 300), random.Random(seed), 200, rotate=0, skew=0, blur=0.4, noise=0).convert("RGB")
    latin = next(w for w in ocr.ocr_words(upright, lang="eng", psm=3) if w.text.rstrip(",") == p.surname)
    side = upright.rotate(90, expand=True)  # counter-clockwise: (x, y) -> (y, W - x)
    x0, y0, x1, y1 = latin.bbox
    word = Word(text=latin.text, bbox=(y0, upright.width - x1, y1, upright.width - x0), conf=0.9)
    page = Page(file="p.png", number=1, width=side.width, height=side.height, dpi=200, source="ocr", lang="eng", words=[word])
    out = travel_document.extract(DocView(file="p.png", pages=[page], images=[side]))
    assert out["surname"].value == p.surname  # from the MRZ, read by its own reader
    assert out["name_zh"].value == p.name_zh


def test_a_permit_whose_chinese_name_was_read_as_latin_gets_it_from_before_its_latin_name(monkeypatch):
    """A 200-dpi photo of a generated exit-entry permit: the page read 沈磊思 as 'yee', and the
    permit's MRZ carries no name. The strip before 'SHEN, LEISI' is read again in Chinese; only
    traditional Chinese at half size gives 磊, and the pinyin tells that run is the name."""
    path = RESOURCES / "eep_card_200dpi.jpg"

    def name_zh():
        got = analyse_file(describe_file(path.parent, path), 0).documents[0]
        assert got.type == "travel_document" and got.fields["kind"].value == "eep"
        return got.fields.get("name_zh")

    monkeypatch.setenv("INTAKE_PAGE_ENGINE", "routed")
    assert name_zh().value == "沈磊思"  # PP-OCR reads the name on the page itself
    monkeypatch.setenv("INTAKE_PAGE_ENGINE", "tesseract")
    assert name_zh().value == "沈磊思"
    monkeypatch.setattr(travel_document, "STRIP_READS", ((1.0, "chi_sim"),))
    assert name_zh().value == "沈磊思"  # the value beside its label 姓名, read again by PP-OCR (extractors/declared.py)
    monkeypatch.setattr(declared, "declarations", lambda: {})
    assert name_zh() is None


def test_a_certificate_name_read_as_latin_is_read_again_with_the_words_after_it():
    """A graduation certificate's first line from a 200-dpi scan of a generated case: the page
    read 学生吕玉 as 'SEAR,'. The junk and 性别 after it are read again in Chinese six ways; the
    commonest name they give is the holder's, the others kept as readings."""
    image = Image.open(RESOURCES / "graduation_name_line.png").convert("RGB")
    raw = [("SEAR,", (110, 33, 284, 70), 0.69), ("性", (326, 32, 374, 70), 0.93), ("別", (382, 32, 420, 70), 0.93),
           ("女", (446, 62, 450, 70), 0.93), (",", (450, 26, 471, 88), 0.91), ("1984", (484, 32, 801, 70), 0.93)]
    page = Page(file="x.png", number=1, width=image.width, height=image.height, dpi=200, source="ocr",
                words=[Word(text=t, bbox=b, conf=c) for t, b, c in raw])
    out = extract("graduation_certificate", DocView(file="x.png", pages=[page], images=[image]))
    assert out["holder_name"].value == "吕玉"
    assert out["holder_name"].bbox[0] < 110 and out["holder_name"].bbox[2] > 374


def test_a_day_wrapped_onto_the_next_line_still_ends_the_period():
    from extractors.work_experience import extract
    from tests.test_field_readings import view
    doc = view("赵红力同志于2020年7月9日入职我单位，现任财务主管，在职至今（2026年9月2", "2日）。特此证明。")
    assert extract(doc)["end_date"].value == "2026-09-22"


def test_a_date_whose_month_the_page_lost_is_read_again_from_its_line():
    """The page's words are made to have lost the month; the line's image is real print."""
    from extractors.work_experience import extract
    sentence = "赵红力同志于2020年7月9日入职我单位，现任财务主管。"
    image = Image.new("RGB", (1500, 120), "white")
    ImageDraw.Draw(image).text((40, 30), sentence, font=pil_font("sans_cjk", 46), fill="black")
    image = scanned(image, random.Random(4), 200, rotate=0, skew=0, blur=0.4, noise=4)
    words = [Word(text=sentence.replace("7月", "月"), bbox=(30, 25, image.width - 30, image.height - 25), conf=0.6)]
    page = Page(file="x.png", number=1, width=image.width, height=image.height, dpi=200, source="ocr", words=words)
    assert extract(DocView(file="x.png", pages=[page], images=[image]))["start_date"].value == "2020-07-09"


def test_the_report_shows_the_page_reading_beside_the_chosen_one():
    from flows.report import manifest, render_html
    from pipeline.model import Report
    travel = doc("travel_document", 1, surname="XIONG", given_names="QIANGSI")
    letter = doc("consent_letter", 2, applicant_name="能强思")
    letter.fields["applicant_name"].readings = ["熊强思"]
    travel, letter = settle_han_names([travel, letter])
    report = Report(case_id="t", as_of="2026-11-01", scheme="ASMTP", status="needs_review", documents=[travel, letter],
                    checklist=[], checks=[], manifest=manifest([]))
    assert "熊强思 <small>(also read: 能强思)</small>" in render_html(report, {})
