"""Label-value pairs found by layout (pipeline/pairs.py) and fields read from their declaration
(extractors/declared.py), on pages drawn here by hand (PIL) in wording and layouts the generator
does not use, read by the real OCR."""
from PIL import Image, ImageDraw

from extractors.base import DocView
from extractors.declarations import keeps_its_label
from extractors.declared import read_declared
from extractors.registry import with_declared
from pipeline.labels import find_labels
from pipeline.model import Field, Word
from pipeline.pages import RawPage
from pipeline.pairs import values_beside
from pipeline.read import LATIN, read_page
from sample_docs.generator.render import pil_font


def _doc(img: Image.Image) -> DocView:
    read = read_page(RawPage(number=1, image=img, dpi=200, text_words=None), "form.png")
    return DocView(file="form.png", pages=[read.page], images=[read.image])


def _page(rows: list[tuple]) -> Image.Image:
    """(x, y, text, font[, pixels]) drawn on a white A4-wide page."""
    img = Image.new("RGB", (1654, 1200), "white")
    d = ImageDraw.Draw(img)
    for x, y, text, font, *px in rows:
        d.text((x, y), text, font=pil_font(font, px[0] if px else 32), fill="black")
    return img


def test_values_right_of_below_and_a_cell_away_from_their_labels():
    img = _page([
        (100, 100, "Staff Sponsorship Return", "sans"),
        (100, 220, "Employer's name - Harbour Light Trading Limited", "sans"),  # right, after a dash
        (100, 320, "Post offered", "sans"), (100, 370, "Data Engineer", "sans"),  # below, same column
        (100, 480, "Monthly remuneration", "sans"), (1100, 480, "HK$41,250", "sans"),  # a cell away
        (100, 580, "Business Registration No.", "sans"), (1100, 580, "61234987", "sans"),
        (100, 680, "Is this post on the Talent List?  No", "sans"),  # 'post' inside a sentence
    ])
    got = read_declared("employer_form", _doc(img))
    assert got["employer_name"].value == "Harbour Light Trading Limited"
    assert got["position"].value == "Data Engineer"
    assert got["monthly_salary_hkd"].value == 41250
    assert got["br_number"].value == "61234987"
    box = got["monthly_salary_hkd"].bbox  # the evidence is the value's words, not the label's
    assert box is not None and box[0] >= 1090


def test_a_bilingual_label_is_one_label_and_its_value_follows_it():
    img = _page([(100, 150, "Employer", "sans"), (260, 150, "僱主", "sans_cjk"), (1000, 150, "Kai Tak Robotics Limited", "sans"),
                 (100, 260, "Job title", "sans"), (260, 260, "職位", "sans_cjk"), (1000, 260, "Quality Engineer", "sans")])
    got = read_declared("employer_form", _doc(img))
    assert got["employer_name"].value == "Kai Tak Robotics Limited"
    assert got["position"].value == "Quality Engineer"


def test_a_misread_label_still_matches_and_a_short_one_must_be_a_word():
    def words(*texts: str) -> list[Word]:
        return [Word(text=t, bbox=(100 + 200 * i, 100, 180 + 200 * i, 130)) for i, t in enumerate(texts)]
    lines = [words("Mont", "hly", "salarv:", "HK$30,000"), words("Postal", "address:", "Flat", "3A")]
    found = find_labels(lines, ["monthly salary"])
    assert [lb.line for lb in found] == [0]
    assert [c.text for c in values_beside(lines, found[0], [])][0] == "HK$30,000"
    assert find_labels(lines, ["post"]) == []  # 'post' is not 'Postal'
    # a card's small print: one letter in seven misread ('rn' as 'mn'), a photo's border read
    # as dashes before the label
    card = [[Word(text=t, bbox=b) for t, b in (("—_—_", (100, 100, 160, 130)), ("Sumname", (300, 100, 420, 130)),
                                               ("/", (430, 100, 440, 130)), ("姓", (450, 100, 480, 130)))],
            [Word(text="HUANG", bbox=(300, 145, 400, 175))]]
    found = find_labels(card, ["surname", "姓"])
    assert [(lb.line, lb.opens) for lb in found] == [(0, True)]
    assert [c.text for c in values_beside(card, found[0], [])] == ["HUANG"]


def test_a_chinese_name_on_an_english_page_is_read_in_chinese():
    """Read in English the name is junk; the page's junk is read again by PP-OCR (or, where the
    page's reading kept no such junk, the value's box is)."""
    img = _page([(100, 100, "Entry application: particulars of the applicant", "sans"),
                 (100, 220, "Family name", "sans"), (700, 220, "TANG", "sans"),
                 (100, 320, "Name in Chinese", "sans"), (700, 316, "唐思远", "sans_cjk"),
                 (100, 420, "Place of birth", "sans"), (700, 420, "Fujian", "sans")])
    doc = _doc(img)
    assert doc.pages[0].lang == LATIN
    got = read_declared("applicant_form", doc)
    assert got["name_zh"].value == "唐思远"


def test_a_value_read_with_its_label_gives_way_to_the_declared_one():
    assert keeps_its_label("work_experience_letter", "employer", "单位名称深圳前海数智科技有限公司")
    assert keeps_its_label("employer_form", "position", "OFFERED")  # a piece of 'position offered'
    assert not keeps_its_label("employer_form", "position", "DATA ENGINEER")
    img = _page([(100, 150, "Position offered", "sans"), (800, 150, "Senior Actuary", "sans")])
    doc = _doc(img)
    own = {"position": Field(value="OFFERED SENIOR ACTUARY", confidence=0.9, file="form.png", page=1, source="ocr")}
    assert with_declared("employer_form", doc, own)["position"].value == "Senior Actuary"


def test_a_name_value_must_look_like_a_name():
    from pipeline.names import is_pinyin, starts_with_surname
    assert is_pinyin("LIAO BOYING") and is_pinyin("Lv Ping") and is_pinyin("XIAOBO")
    assert not is_pinyin("IN HONG KONG") and not is_pinyin("Particulars")
    assert starts_with_surname("姜遠東") and starts_with_surname("歐陽娜") and not starts_with_surname("可獲保證")
    img = _page([(100, 150, "The employee shall work in Hong Kong.", "sans"),
                 (100, 260, "Name of employee", "sans"), (800, 260, "Guo Minghui", "sans")])
    got = read_declared("consent_letter", _doc(img))
    assert got["applicant_name"].value == "GUO MINGHUI"


def test_a_fillable_forms_own_fields_are_matched_to_the_labels_by_name(tmp_path):
    """An employer's form filled in on screen, its AcroForm fields named as another form
    designer would: the typed values are read, with the field's box as evidence."""
    from flows.case import analyse_file
    from pipeline.ingest import describe_file
    from sample_docs.generator.render import FormText, PageSpec, to_pdf
    page = PageSpec()
    page.text(20, 25, "ID 990B Employer's Particulars", "sans_bold", 14)
    page.text(20, 32, "Employment details of the nominated applicant; Business Registration No. below", "sans", 9)
    rows = [("Name of company", "txtCompanyName", "Tsing Yi Biotech Limited"), ("BR No.", "fldBR_No", "70112233"),
            ("Applicant", "Applicant_Full_Name", "ZHOU XINYI"), ("Post", "txtPostTitle", "Lab Manager"),
            ("Salary (monthly)", "MonthlySalaryHKD", "52,000")]
    for i, (label, name, value) in enumerate(rows):
        page.text(20, 50 + 12 * i, label, "sans", 11)
        page.ops.append(FormText(90, 50 + 12 * i, value, "sans", 11, name=name, w=90))
    path = tmp_path / "990b.pdf"
    path.write_bytes(to_pdf([page]))
    docs = analyse_file(describe_file(tmp_path, path), 0).documents
    got = next(d for d in docs if d.type == "employer_form").fields
    assert got["employer_name"].value == "Tsing Yi Biotech Limited" and got["employer_name"].source == "form"
    assert got["br_number"].value == "70112233" and got["position"].value == "Lab Manager"
    assert got["monthly_salary_hkd"].value == 52000 and got["monthly_salary_hkd"].bbox


def test_pinyin_syllables_are_lazy_pinyins_own_and_names_split_by_them():
    from pypinyin import Style, lazy_pinyin
    from pypinyin.pinyin_dict import pinyin_dict

    from extractors.pinyin_names import clean_name
    from pipeline.names import is_pinyin, pinyin_syllables
    asked = {p for cp in pinyin_dict if 0x4E00 <= cp <= 0x9FFF for p in lazy_pinyin(chr(cp), style=Style.NORMAL)}
    assert pinyin_syllables() == asked
    assert is_pinyin("LV XIAOBO") and is_pinyin("Zhang Wei") and not is_pinyin("PARTICULARS")
    assert clean_name("ZHANG ZIFANGK") == "ZHANG ZIFANG"


def _ruled_page(rows: list[tuple[int, int, str, str]], boxes=()) -> Image.Image:
    img = _page(rows)
    d = ImageDraw.Draw(img)
    for box in boxes:
        d.rectangle(box, outline="black", width=3)
    return img


def test_a_br_certificates_nature_and_dates_are_read_by_layout_in_any_arrangement():
    from extractors.registry import extract
    below = _page([(100, 80, "BUSINESS REGISTRATION CERTIFICATE", "sans"),
                   (100, 200, "Nature of Business", "sans"), (100, 250, "Freight forwarding and warehousing", "sans"),
                   (100, 360, "Date of Commencement", "sans"), (100, 410, "02 APR 2019", "sans"),
                   (900, 360, "Date of Expiry", "sans"), (900, 410, "01 APR 2027", "sans")])  # two columns
    got = extract("br_certificate", _doc(below))
    assert got["nature_of_business"].value == "Freight forwarding and warehousing"
    assert (got["commencement_date"].value, got["expiry_date"].value) == ("2019-04-02", "2027-04-01")
    cells = _ruled_page([(100, 80, "商業登記證 BUSINESS REGISTRATION CERTIFICATE", "sans_cjk"),
                         (100, 220, "業務性質 Nature of Business", "sans_cjk"), (800, 220, "SOFTWARE DEVELOPMENT", "sans"),
                         (100, 320, "地址 Address", "sans_cjk"), (800, 320, "Flat B, 5/F, 23 Lockhart Road, Hong Kong", "sans"),
                         (100, 420, "有效期 Validity", "sans_cjk"), (800, 420, "15/08/2026 - 14/08/2027", "sans")],
                        [(80, y, 1570, y + 100) for y in (200, 300, 400)])
    got = extract("br_certificate", _doc(cells))
    assert got["nature_of_business"].value == "SOFTWARE DEVELOPMENT"  # not the next row's label
    assert got["expiry_date"].value == "2027-08-14"  # the end of the period


def test_abbreviated_labels_and_values_set_in_under_them():
    from extractors.registry import extract
    img = _page([(100, 80, "BUSINESS REGISTRATION", "sans"),
                 (100, 220, "Nature of Bus.", "sans"), (900, 220, "Comm. Date", "sans"),
                 (160, 270, "Import and export of textiles", "sans"), (940, 270, "3 SEP 2020", "sans"),  # set in
                 (100, 380, "Exp. Date", "sans"), (400, 380, "2 SEP 2027", "sans")])
    got = extract("br_certificate", _doc(img))
    assert got["nature_of_business"].value == "Import and export of textiles"
    assert (got["commencement_date"].value, got["expiry_date"].value) == ("2020-09-03", "2027-09-02")


def test_a_value_is_weighed_by_its_own_words_not_the_junk_of_a_translation_it_dropped():
    from PIL import Image

    from pipeline.model import Page

    def w(text, x, y, conf):
        return Word(text=text, bbox=(x, y, x + 18 * len(text), y + 30), conf=conf)
    words = [w("Nature", 10, 100, 0.95), w("of", 130, 100, 0.95), w("Business", 180, 100, 0.95),
             w("Asset", 600, 100, 0.93), w("management", 700, 100, 0.92), w("資產管理", 920, 100, 0.15),
             w("Status", 10, 150, 0.96), w("Active", 600, 150, 0.96)]  # the next row, under the label
    page = Page(file="br.png", number=1, width=1200, height=300, dpi=200, source="ocr", words=words)
    doc = DocView(file="br.png", pages=[page], images=[Image.new("RGB", (1200, 300), "white")])
    got = read_declared("br_certificate", doc)["nature_of_business"]
    assert got.value == "Asset management" and got.confidence > 0.6


def test_a_table_of_column_heads_gives_each_head_the_cell_under_it():
    from extractors.registry import extract
    img = _page([(100, 60, "EMPLOYMENT VERIFICATION", "sans"),
                 (100, 140, "We confirm the employment record of Mr. HU Zeyu as follows:", "sans"),
                 (100, 240, "Employer", "sans"), (700, 240, "Position", "sans"), (1030, 240, "Date joined", "sans"),
                 (1340, 240, "Date left", "sans"),
                 (100, 300, "Qingdao Harbour Shipping Co., Ltd.", "sans"), (700, 300, "Logistics Planner", "sans"),
                 (1030, 300, "2016-05-03", "sans"), (1340, 300, "2022-11-30", "sans"),
                 (100, 450, "Human Resources, Qingdao Harbour Shipping Co., Ltd.", "sans"), (100, 500, "8 December 2026", "sans")])
    got = extract("work_experience_letter", _doc(img))
    assert got["employer"].value == "Qingdao Harbour Shipping Co., Ltd."  # not the signature's line
    assert got["position"].value == "Logistics Planner"  # not the next head, nor the end of the cell to its left
    assert (got["start_date"].value, got["end_date"].value) == ("2016-05-03", "2022-11-30")


def test_a_label_that_matches_another_fields_label_loosely_yields_to_it():
    from PIL import Image

    from pipeline.model import Page

    def row(y, *texts, conf=0.95):
        x, out = 10, []
        for t in texts:
            out.append(Word(text=t, bbox=(x, y, x + 18 * len(t), y + 30), conf=conf))
            x += 18 * len(t) + 14
        return out
    # 'Name of Business' is loosely 'nature of bus' too: it is the business name's label
    words = (row(100, "Name", "of", "Business", "Kite", "Harbour", "Limited")
             + row(160, "Nature", "of", "Business", "Freight", "forwarding", conf=0.5)  # read unsurely
             + row(220, "Status", "CORP"))
    page = Page(file="br.png", number=1, width=1200, height=300, dpi=200, source="ocr", words=words)
    doc = DocView(file="br.png", pages=[page], images=[Image.new("RGB", (1200, 300), "white")])
    got = read_declared("br_certificate", doc)
    assert got["nature_of_business"].value == "Freight forwarding"
    assert got["business_name"].value == "Kite Harbour Limited"


def test_a_value_centred_beside_a_two_line_label_is_read_though_ocr_groups_it_with_the_line_above():
    from extractors.registry import extract
    img = _ruled_page([(300, 60, "BUSINESS REGISTRATION CERTIFICATE", "sans"),
                       (100, 215, "業務性質", "sans_cjk"), (100, 250, "Nature of Business", "sans"),
                       (700, 232, "WHOLESALE OF SEAFOOD", "sans"),
                       (100, 315, "屆滿日期", "sans_cjk"), (100, 350, "Date of Expiry", "sans"), (700, 332, "2027-02-28", "sans")],
                      [(80, y, 1570, y + 100) for y in (200, 300)] + [(680, 200, 1570, 400)])
    got = extract("br_certificate", _doc(img))
    assert got["nature_of_business"].value == "WHOLESALE OF SEAFOOD"
    assert got["expiry_date"].value == "2027-02-28"


def test_a_travel_documents_visual_zone_is_read_by_its_labels_where_no_mrz_is():
    from extractors.registry import extract
    keys = ("surname", "given_names", "sex", "date_of_birth", "document_number", "date_of_expiry")
    table = _ruled_page([(300, 60, "往來港澳通行證", "sans_cjk"),
                         (100, 215, "姓名 Name", "sans_cjk"), (600, 215, "陈佳怡 CHEN, JIAYI", "sans_cjk"),
                         (100, 315, "性別 Sex", "sans_cjk"), (600, 315, "女 F", "sans_cjk"),
                         (100, 415, "出生日期 Date of Birth", "sans_cjk"), (600, 415, "1992.05.14", "sans"),
                         (100, 515, "證件號碼 Permit No.", "sans_cjk"), (600, 515, "C61234578", "sans"),
                         (100, 615, "有效期限 Validity", "sans_cjk"), (600, 615, "2023.03.03-2033.03.02", "sans")],
                        [(80, y, 1570, y + 100) for y in (200, 300, 400, 500, 600)])
    got = extract("travel_document", _doc(table))
    assert [got[k].value for k in keys + ("name_zh",)] == ["CHEN", "JIAYI", "F", "1992-05-14", "C61234578", "2033-03-02", "陈佳怡"]
    # abbreviated labels; the heading read upside down as a zone passes a few digits by luck but names no state
    abbreviated = _page([(300, 60, "TRAVEL DOCUMENT - DATA PAGE", "sans"),
                         (80, 200, "Surname: CHEN", "sans"), (800, 200, "Given Names: JIAYI", "sans"),
                         (80, 280, "DOB: 14/05/1992", "sans"), (800, 280, "Sex: F", "sans"),
                         (80, 360, "Doc No.: E61234578", "sans"), (800, 360, "Exp.: 02/03/2033", "sans")])
    got = extract("travel_document", _doc(abbreviated))
    assert [got[k].value for k in keys] == ["CHEN", "JIAYI", "F", "1992-05-14", "E61234578", "2033-03-02"]


def test_an_abbreviations_point_is_no_clause_heading():
    from PIL import Image

    from pipeline.model import Page
    texts = ["Travel", "document", "No.", "E", "B", "0", "4", "1", "8", "7", "2", "7"]  # a number in letter boxes
    words = [Word(text=t, bbox=(100 + 70 * i, 100, 150 + 70 * i, 130), conf=0.9) for i, t in enumerate(texts)]
    page = Page(file="form.png", number=1, width=1200, height=300, dpi=200, source="ocr", words=words)
    doc = DocView(file="form.png", pages=[page], images=[Image.new("RGB", (1200, 300), "white")])
    assert read_declared("applicant_form", doc)["travel_document_number"].value == "EB0418727"


def test_a_label_inside_a_sentence_ends_no_value():
    from PIL import Image

    from pipeline.model import Page

    def row(y, *texts):
        return [Word(text=t, bbox=(10 + 90 * i, y, 90 + 90 * i, y + 30), conf=0.95) for i, t in enumerate(texts)]
    # a numbered clause whose sentence names a party after the label; the next clause below
    words = (row(100, "1.", "Position:", "The", "Employee", "is", "employed", "as", "Systems", "Analyst.")
             + row(150, "2.", "Commencement:", "Employment", "shall", "commence", "on", "25", "January", "2027."))
    page = Page(file="c.png", number=1, width=1200, height=300, dpi=200, source="ocr", words=words)
    doc = DocView(file="c.png", pages=[page], images=[Image.new("RGB", (1200, 300), "white")])
    assert read_declared("employment_contract", doc)["position"].value != "2. Commencement: Employment shall commence on 25"
    assert "Systems Analyst" in read_declared("employment_contract", doc)["position"].value


def test_a_caption_set_under_its_value_labels_the_value_over_it():
    from extractors.registry import extract
    img = _page([(300, 60, "BUSINESS REGISTRATION CERTIFICATE", "sans"),
                 (100, 200, "HARBOUR KITE TRADING LIMITED", "sans"), (100, 250, "Name of Business", "sans", 22),
                 (100, 340, "MARINE PAINT SUPPLY", "sans"), (100, 390, "Nature of Business", "sans", 22),
                 (100, 480, "03/05/2019", "sans"), (100, 530, "Date of Commencement", "sans", 22),
                 (800, 480, "02/05/2027", "sans"), (800, 530, "Date of Expiry", "sans", 22)])
    got = extract("br_certificate", _doc(img))
    assert got["business_name"].value == "HARBOUR KITE TRADING LIMITED"  # not the title over it
    assert got["nature_of_business"].value == "MARINE PAINT SUPPLY"
    assert (got["commencement_date"].value, got["expiry_date"].value) == ("2019-05-03", "2027-05-02")


def test_a_value_between_its_chinese_and_english_labels_is_read():
    from extractors.registry import extract
    img = _page([(300, 60, "商業登記證 BUSINESS REGISTRATION CERTIFICATE", "sans_cjk"),
                 (100, 200, "業務性質", "sans_cjk"), (420, 200, "MARINE PAINT SUPPLY", "sans"), (1150, 200, "Nature of Business", "sans"),
                 (100, 300, "開業日期", "sans_cjk"), (420, 300, "03/05/2019", "sans"), (1150, 300, "Date of Commencement", "sans"),
                 (100, 400, "屆滿日期", "sans_cjk"), (420, 400, "02/05/2027", "sans"), (1150, 400, "Date of Expiry", "sans")])
    got = extract("br_certificate", _doc(img))
    assert got["nature_of_business"].value == "MARINE PAINT SUPPLY"
    assert (got["commencement_date"].value, got["expiry_date"].value) == ("2019-05-03", "2027-05-02")


def test_a_value_ends_at_the_next_rows_label_and_a_yearly_amount_is_read_by_the_month():
    from extractors.declarations import Declared, parse
    person = Declared("applicant_name", "person", ("姓名",), None)
    assert parse(person, "鄧子軒職務：數據分析師") == "鄧子軒"  # two rows OCR read as one word
    salary = Declared("monthly_salary_hkd", "monthly_money", ("remuneration",), None)
    assert parse(salary, "HK$624,000 per annum, payable in twelve equal monthly instalments") == 52000
    assert parse(salary, "HK$52,000 per month") == 52000


def _table(title: str, rows: list[tuple[str, str]]) -> Image.Image:
    """A ruled two-column table: each row a label cell and a value cell."""
    img = Image.new("RGB", (1654, 1300), "white")
    d = ImageDraw.Draw(img)
    d.text((300, 60), title, font=pil_font("sans", 36), fill="black")
    for n, (label, value) in enumerate(rows):
        y = 180 + 80 * n
        d.rectangle((80, y, 1570, y + 80), outline="black", width=2)
        d.line((620, y, 620, y + 80), fill="black", width=2)
        for x, text in ((100, label), (640, value)):
            d.text((x, y + 22), text, font=pil_font("sans" if text.isascii() else "sans_cjk", 28), fill="black")
    return img


def test_a_degree_certificate_in_a_table_reads_each_row_not_the_rows_run_together():
    from extractors.registry import extract
    img = _table("DEGREE CERTIFICATE", [("Name", "ZHOU Yiming"), ("Degree Conferred", "Bachelor of Engineering"),
                                        ("Programme", "Software Engineering"), ("Awarding Institution", "Eastport University of Technology"),
                                        ("Date of Conferment", "28 June 2019")])
    got = {k: f.value for k, f in extract("degree_certificate", _doc(img)).items()}
    assert (got["holder_name"], got["degree"], got["major"]) == ("ZHOU YIMING", "Bachelor of Engineering", "Software Engineering")
    assert (got["institution"], got["date_awarded"]) == ("Eastport University of Technology", "2019-06-28")


def test_a_fields_english_label_under_its_chinese_one_is_no_value_of_it():
    from extractors.registry import extract
    img = _page([(300, 60, "商業登記證", "sans_cjk", 40),
                 (80, 180, "業務名稱", "sans_cjk", 22), (80, 210, "Name of Business", "sans", 20), (80, 245, "HARBOUR KITE LIMITED", "sans", 30),
                 (80, 320, "業務性質", "sans_cjk", 22), (80, 350, "Nature of Business", "sans", 20), (80, 385, "MARINE PAINT SUPPLY", "sans", 30),
                 (900, 460, "屆滿日期", "sans_cjk", 22), (900, 490, "Expiry Date", "sans", 20), (900, 525, "02/05/2027", "sans", 30)])
    got = extract("br_certificate", _doc(img))
    assert got["nature_of_business"].value == "MARINE PAINT SUPPLY"
    assert got["expiry_date"].value == "2027-05-02"


def test_a_value_that_wraps_in_its_column_is_read_whole_and_stops_at_the_next_row():
    img = _page([
        (100, 200, "Name of employer", "sans"), (800, 200, "Silver Pine Harbour Logistics", "sans"),
        (800, 245, "(Hong Kong) Company Limited", "sans"),  # wrapped under the value, nothing to its left
        (100, 330, "Post offered", "sans"), (800, 330, "Senior Cold Chain Planning", "sans"),
        (800, 375, "Analyst", "sans"),
        (100, 420, "Monthly salary", "sans"), (800, 420, "HK$47,800", "sans"),  # the next row, close under
    ])
    got = read_declared("employer_form", _doc(img))
    assert got["employer_name"].value == "Silver Pine Harbour Logistics (Hong Kong) Company Limited"
    assert got["position"].value == "Senior Cold Chain Planning Analyst"
    assert got["monthly_salary_hkd"].value == 47800.0


def test_a_handwritten_value_tesseract_misreads_is_read_again_by_ppocr():
    """'HK$47,250' in a hand: tesseract reads the dollar sign as a 4 ('HK447,250', which parses),
    unsurely; the second witness reads the value's box again."""
    img = Image.new("RGB", (1654, 500), "white")
    d = ImageDraw.Draw(img)
    d.text((100, 200), "Salary per month", font=pil_font("sans", 30), fill="black")
    d.text((700, 195), "HK$47,250", font=pil_font("hand", 36), fill=(20, 30, 120))
    assert read_declared("applicant_form", _doc(img))["monthly_salary_hkd"].value == 47250.0


def test_a_label_with_specks_of_a_photo_before_it_still_opens_its_row():
    from PIL import Image

    from pipeline.model import Page

    def row(y, *texts):
        return [Word(text=t, bbox=(10 + 90 * i, y, 90 + 90 * i, y + 30), conf=0.95) for i, t in enumerate(texts)]
    # a data page's labels beside the portrait: OCR reads a few marks off the photo's edge
    words = (row(100, "Surname") + row(150, "ZOU") + row(200, "a", "bp", "Given", "Names") + row(250, "x", "x", "MINGYUAN"))
    page = Page(file="t.png", number=1, width=1200, height=400, dpi=200, source="ocr", words=words)
    doc = DocView(file="t.png", pages=[page], images=[Image.new("RGB", (1200, 400), "white")])
    assert read_declared("travel_document", doc)["given_names"].value == "MINGYUAN"
    # words of a sentence before it are no specks
    prose = row(300, "of", "the", "Given", "Names")
    assert not find_labels([prose], ["given names"])[0].opens


def test_a_longer_labels_value_in_the_forms_value_column_is_read():
    """A row whose label is longer than the others' ('離職前所任職務', our label its last two
    characters) leaves a narrow gap before the value; the value starts where the other rows'
    values do, so it is the row's cell, not words of a sentence."""
    img = _page([(100, 100, "工作證明書", "sans_cjk", 48),
                 (100, 220, "僱員姓名", "sans_cjk"), (420, 220, "梁敏儀", "sans_cjk"),
                 (100, 300, "離職前所任職務", "sans_cjk"), (420, 300, "物流策劃主任", "sans_cjk"),
                 (100, 380, "入職日期", "sans_cjk"), (420, 380, "2016年4月11日", "sans_cjk"),
                 (100, 460, "離職日期", "sans_cjk"), (420, 460, "2022年8月31日", "sans_cjk")])
    got = read_declared("work_experience_letter", _doc(img))
    assert got["position"].value == "物流策劃主任"


def test_an_english_letters_chinese_letterhead_is_read_in_chinese():
    """OSD calls a page of English with a Chinese letterhead Latin; read in English the letterhead
    is junk, so the junk is read again with the Chinese models and the letter's writer is found."""
    from extractors.registry import extract
    body = ["We hereby confirm that we have no objection to our staff member, Mr. TANG Yiming,",
            "taking up employment with a company in Hong Kong under the admission scheme.",
            "His position with us will be kept open for the period of his employment there.",
            "Please contact our human resources office should you require further details."]
    img = _page([(560, 90, "云岭精密仪器有限公司", "sans_cjk", 44), (600, 200, "NO OBJECTION LETTER", "sans", 36)]
                + [(120, 320 + 60 * i, line, "sans", 28) for i, line in enumerate(body)]
                + [(900, 640, "Human Resources Department", "sans", 28)])
    doc = _doc(img)
    assert doc.pages[0].lang == LATIN
    assert extract("consent_letter", doc)["organisation"].value == "云岭精密仪器有限公司"


def test_a_chinese_business_names_label_is_cut_off_though_it_is_not_ours():
    """A BR certificate's Chinese name read with its label and the English label's bracket before
    it: a label that ends as ours do (…名稱) is cut off too, a name with no label stays whole."""
    from extractors.br_certificate import _without_label
    assert _without_label(")商號名稱嘉峰環球物流有限公司") == "嘉峰環球物流有限公司"
    assert _without_label("業務名稱 嘉峰環球物流有限公司") == "嘉峰環球物流有限公司"
    assert _without_label("嘉峰環球物流有限公司") == "嘉峰環球物流有限公司"


def test_an_english_name_has_no_han_in_it_and_a_labels_bracketed_qualifier_is_the_labels():
    from extractors.declarations import declarations, parse
    business_name = next(f for f in declarations()["br_certificate"] if f.key == "business_name")
    # the Chinese name's row read after a stray letter or two is no English name
    assert parse(business_name, "AB 金輝貿易有限公司") is None
    assert parse(business_name, "GOLDEN BAY TRADING LIMITED") == "GOLDEN BAY TRADING LIMITED"
    words = [Word(text=t, bbox=(100 + 120 * i, 100, 200 + 120 * i, 130)) for i, t in
             enumerate(["Name", "of", "applicant", "(in", "English)", "CHAN", "TAI", "MAN"])]
    label = find_labels([words], ["name of applicant"])[0]
    assert [c.text for c in values_beside([words], label, [])][0] == "CHAN TAI MAN"
