"""Layouts beyond the first templates, read through the real pipeline (PDF text layer or
tesseract on a rendered scan): CHSI report, trading account, profits tax return, work
experience letter, a salary written only in words, a dependant's permit."""
import random
from datetime import date

import pytest

from flows.case import analyse_file
from pipeline.amounts import parse_english_amount
from pipeline.ingest import describe_file
from sample_docs.generator import applicant_docs as A
from sample_docs.generator import employer_docs as E
from sample_docs.generator.identity import MAJORS, UNIVERSITIES, company, person
from sample_docs.generator.render import to_image, to_pdf
from sample_docs.generator.scan import png_bytes, scanned
from tests.test_rules import doc
from validators.holders import assign_holders


def _read(tmp_path, gen_doc, form="born_pdf", seed=1):
    path = tmp_path / ("doc.pdf" if form == "born_pdf" else "doc.png")
    if form == "born_pdf":
        path.write_bytes(to_pdf(gen_doc.pages))
    else:
        rng = random.Random(seed)
        path.write_bytes(png_bytes(scanned(to_image(gen_doc.pages[0], 300), rng, 200, rotate=0, skew=1.0, blur=0.4, noise=0), 200))
    analysis = analyse_file(describe_file(tmp_path, path), 0)
    assert len(analysis.documents) == 1
    return analysis.documents[0]


def _check(got, gen_doc, keys):
    assert got.type == gen_doc.type
    for k in keys:
        assert k in got.fields, f"{k} not read"
        want = gen_doc.fields[k]
        value = got.fields[k].value
        assert (value.upper() if isinstance(value, str) else value) == (want.upper() if isinstance(want, str) else want), k


@pytest.mark.parametrize("form", ["born_pdf", "scan"])
def test_chsi_report_keeps_its_verification_code(tmp_path, form):
    rng = random.Random(7)
    p = person(rng)
    report = A.qualification_report(p, UNIVERSITIES[0], MAJORS[0], 2012, "100031201205123456", date(2026, 10, 1), rng)
    got = _read(tmp_path, report, form)
    _check(got, report, ["holder_name", "date_of_birth", "institution", "certificate_number", "verification_code", "valid_until"])
    assert got.fields["verification_code"].bbox  # evidence down to the box


def test_trading_account_and_profits_tax_return(tmp_path):
    rng = random.Random(3)
    c = company(rng, date(2015, 3, 1))
    trading = E.trading_account(c, date(2026, 3, 31), 12_000_000, -850_000, rng)
    (tmp_path / "a").mkdir()
    _check(_read(tmp_path / "a", trading),
           trading, ["company_name", "period_end", "currency", "revenue", "profit"])
    bir51 = E.profits_tax_return(c, date(2025, 12, 31), 9_000_000, 1_234_567, rng)
    (tmp_path / "b").mkdir()
    _check(_read(tmp_path / "b", bir51, "scan"), bir51, ["company_name", "period_end", "currency", "revenue", "profit"])


def test_work_experience_letter(tmp_path):
    rng = random.Random(11)
    letter = A.work_experience_letter(person(rng), "广州天河信息技术有限公司", date(2015, 7, 1), date(2026, 9, 30), "高级分析师", rng)
    _check(_read(tmp_path, letter, "scan"), letter, ["position", "start_date", "end_date"])


@pytest.mark.parametrize("seed", [3, 4])
def test_graduation_certificate_keeps_the_first_characters_of_its_lines(tmp_path, seed):
    # Tesseract's column finder takes the long strokes of large Han characters for rule lines
    # and drops them with their characters at line starts (学生覃明丽 -> 丽), losing the name.
    rng = random.Random(seed)
    cert = A.graduation_certificate(person(rng), UNIVERSITIES[seed], MAJORS[seed], 2015, rng)
    _check(_read(tmp_path, cert, "scan", seed), cert, ["holder_name", "major", "level", "certificate_number", "institution"])


def test_fillable_applicant_form_is_read_from_its_form_fields(tmp_path):
    # Filled in on screen: the answers are AcroForm values, not page text.
    rng = random.Random(5)
    p = person(rng)
    form = A.applicant_form(p, "EA1234567", False, rng, fillable=True)
    got = _read(tmp_path, form)
    _check(got, form, ["surname", "given_names", "date_of_birth", "travel_document_number", "name_zh", "hk_local_degree"])
    assert got.fields["surname"].source == "form" and got.fields["travel_document_number"].source == "form"
    assert got.fields["surname"].bbox  # the field's own box, for the highlight


def test_work_period_is_the_stated_one_not_the_letters_date(tmp_path):
    # A former employer's letter, written years after the person left: the period ends on the
    # date after 至, not on the letter's own date (the last date on the page).
    from sample_docs.generator.render import PageSpec
    page = PageSpec()
    page.text(105, 40, "工作证明", "sans_cjk", 20, align="center")
    page.para(30, 65, "兹证明李明，自2015年7月1日至2020年6月30日在我单位工作，担任软件工程师一职。特此证明。", 150, "sans_cjk", 12, 1.9)
    page.text(120, 120, "广州天河信息技术有限公司", "sans_cjk", 12)
    page.text(120, 132, "2026年9月30日", "sans_cjk", 12)
    letter = A.GenDoc("work_experience_letter", [page], {"position": "软件工程师", "start_date": "2015-07-01",
                                                         "end_date": "2020-06-30", "employer": "广州天河信息技术有限公司"})
    _check(_read(tmp_path, letter), letter, ["position", "start_date", "end_date", "employer"])


def test_salary_written_only_in_words():
    assert parse_english_amount("Hong Kong Dollars Forty-Five Thousand Five Hundred only") == 45500
    assert parse_english_amount("one hundred and twenty thousand") == 120000
    assert parse_english_amount("no amount here") is None


def test_salary_in_words_is_read_from_the_contract(tmp_path):
    rng = random.Random(5)
    c, p = company(rng, date(2012, 1, 1)), person(rng)
    for seed in range(40):  # the layout whose pay clause has no figure at all
        contract = E.employment_contract(c, p, "Data Scientist", date(2027, 1, 1), 24, 67500, 0, False, random.Random(seed))
        text = " ".join(op.s for pg in contract.pages for op in pg.ops if hasattr(op, "s"))
        if "salary shall be Hong Kong Dollars" in text:
            break
    else:
        pytest.fail("generator never wrote the words-only pay clause")
    got = _read(tmp_path, contract)
    assert got.fields["monthly_salary_hkd"].value == 67500


def test_a_second_permit_in_another_name_is_the_dependants():
    applicant = doc("travel_document", 1, surname="WANG", given_names="WEI", name_zh="王伟")
    spouse = doc("travel_document", 2, surname="LI", given_names="NA", name_zh="李娜")
    form = doc("applicant_form", 3, name_zh="王伟", surname="WANG", given_names="WEI")
    contract = doc("employment_contract", 4, employee_name="WANG WEI")
    docs = assign_holders([spouse, applicant, form, contract], dependants=1)
    assert [d.type for d in docs] == ["dependant_document", "travel_document", "applicant_form", "employment_contract"]
    assert any("someone other than the applicant" in e.message for e in docs[0].errors)
    assert spouse.type == "travel_document" and not spouse.errors  # the documents given are left as they were
    # With nothing to tell them apart, both stay travel documents for a person to sort out.
    a, b = doc("travel_document", 1, name_zh="王伟"), doc("travel_document", 2, name_zh="李娜")
    assert [d.type for d in assign_holders([a, b], 1)] == ["travel_document", "travel_document"]


@pytest.mark.parametrize("seed", [2, 4, 20])
def test_scanned_applicant_form_gives_the_chinese_name(tmp_path, seed):
    """OCR reads the English form in English, where the one Chinese answer comes out as Latin
    junk ('HA'): it is read again in Chinese, or found by its pinyin when the label is lost."""
    rng = random.Random(seed)
    p = person(rng)
    form = A.applicant_form(p, "EN6295714", False, rng)
    got = _read(tmp_path, form, "scan", seed=seed)
    _check(got, form, ["surname", "given_names", "name_zh", "travel_document_number"])
    got.model_dump_json()  # the evidence box of the re-read is plain numbers the report can write


@pytest.mark.parametrize("form", ["born_pdf", "scan"])
def test_business_plan_capital_turnover_and_local_jobs(tmp_path, form):
    rng = random.Random(9)
    plan = E.business_plan(company(rng, date(2026, 6, 1)), rng)
    path = tmp_path / ("plan.pdf" if form == "born_pdf" else "plan.tiff")
    if form == "born_pdf":
        path.write_bytes(to_pdf(plan.pages))
    else:
        from sample_docs.generator.scan import tiff_bytes
        path.write_bytes(tiff_bytes([scanned(to_image(pg, 300), rng, 200, skew=0.8) for pg in plan.pages], 200))
    docs = analyse_file(describe_file(tmp_path, path), 0).documents
    assert [d.type for d in docs] == ["business_plan"]
    _check(docs[0], plan, ["capital_hkd", "projected_turnover_hkd", "local_jobs"])


def test_a_chinese_name_on_a_card_read_in_english_is_read_in_chinese(tmp_path):
    """A passport's data page photographed on its own (a small JPEG, enlarged to read), its
    labels in English and the Chinese name under 'Name in Chinese': tesseract reads the page as
    Latin and the name as junk. A card is read by PP-OCR too and the better reading kept; where
    tesseract's stands, the name's box is read again by PP-OCR, and only what stands level with
    the value is the value."""
    import subprocess

    from PIL import Image, ImageOps

    from extractors.base import DocView
    from extractors.registry import extract
    from pipeline.ingest import describe_file as describe
    from pipeline.read import read_page
    from tests.test_unseen_wording import _page
    lines = ["PASSPORT    PEOPLE'S REPUBLIC OF CHINA", "[PHOTO]", "~Type    Country code    Passport No.", "P    CHN    EG5510382",
             "~Surname", "HUANG", "~Given names", "ZIXUAN", "~Name in Chinese", "黄子轩", "~Sex    Nationality", "M    CHINESE",
             "~Date of birth", "02/05/1990", "~Date of expiry", "11/30/2032", "[/PHOTO]",
             "P<CHNHUANG<<ZIXUAN<<<<<<<<<<<<<<<<<<<<<<<<<<", "EG55103826CHN9002052M3211304<<<<<<<<<<<<<<08"]
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(to_pdf([_page(lines)]))
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    page = Image.open(tmp_path / "page.png").convert("RGB")
    box = ImageOps.invert(page.convert("L")).getbbox()
    card = tmp_path / "IMG_0001.jpg"
    page.crop((box[0] - 20, box[1] - 20, box[2] + 20, box[3] + 20)).save(card, "JPEG", quality=80)
    from pipeline.pages import load_pages
    read = [read_page(raw, card.name) for raw in load_pages(describe(tmp_path, card))]
    fields = extract("travel_document", DocView(card.name, [r.page for r in read], [r.image for r in read]))
    assert fields["name_zh"].value == "黄子轩"
    assert (fields["surname"].value, fields["given_names"].value) == ("HUANG", "ZIXUAN")


def test_a_small_card_photographed_upside_down_is_read_upright(tmp_path):
    """A permit card photographed small and upside down: read upright, its print sure. (The cold
    cards whose turn tesseract's trials misjudged, OSD naming them Greek, are settled by PP-OCR's
    own confidence at the other turns; this card guards the turn, it does not reproduce them.)"""
    import subprocess

    from PIL import Image, ImageOps

    from pipeline.ingest import describe_file as describe
    from pipeline.model import mean_conf
    from pipeline.pages import load_pages
    from pipeline.read import read_page
    from tests.test_unseen_wording import _page
    lines = ["往來港澳通行證", "[PHOTO]", "~姓名", "區詠琪", "~性別    出生日期", "女    1994.08.23", "~有效期限",
             "2023.04.12-2033.04.11", "~簽發地點", "廣東", "[/PHOTO]", "CSC712345673<3304112<9408230<0"]
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(to_pdf([_page(lines)]))
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    page = Image.open(tmp_path / "page.png").convert("RGB")
    box = ImageOps.invert(page.convert("L")).getbbox()
    card = page.crop((box[0] - 20, box[1] - 20, box[2] + 20, box[3] + 20)).rotate(180)
    photo = tmp_path / "IMG_0002.jpg"
    card.resize((card.width // 2, card.height // 2)).save(photo, "JPEG", quality=70)
    read = read_page(load_pages(describe(tmp_path, photo))[0], photo.name)
    assert read.page.rotation == 180 and mean_conf(read.page.words) > 0.85
