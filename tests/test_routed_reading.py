"""The default page reading (PP-OCR for Han pages, tesseract for Latin ones) where it differed
from tesseract's: a page left on its side, a grey stamp over a date, a reading that mixes the
chop's lettering into the line, a year with a speck in it. Real OCR on rendered scans where an
engine is involved; the choosing is checked on plain values."""
import random
from datetime import date

from extractors.base import parse_date
from extractors.under_seal import mend_place_opening, unsure_places, vote
from pipeline.pages import RawPage
from pipeline.read import _read_with_ppocr, page_engine, read_page
from sample_docs.generator import applicant_docs as A
from sample_docs.generator.identity import person
from sample_docs.generator.render import to_image
from sample_docs.generator.scan import scanned


def test_routed_is_the_default(monkeypatch):
    monkeypatch.delenv("INTAKE_PAGE_ENGINE", raising=False)
    assert page_engine() == "routed"
    monkeypatch.setenv("INTAKE_PAGE_ENGINE", "tesseract")
    assert page_engine() == "tesseract"


def test_a_passport_left_on_its_side_is_read_upright():
    """A page OSD left on its side (as it leaves some passport scans) reaches PP-OCR, which
    reads it a character a line; the quarter turn that reads best is kept."""
    rng = random.Random(5)
    p = person(rng)
    td = A.passport(p, "EK6170554", date(2022, 10, 13), date(2032, 10, 13), rng)
    upright = scanned(to_image(td.pages[0], 300), random.Random(5), 200, rotate=0, skew=0, blur=0.4, noise=0).convert("RGB")
    for turn in (90, 270):
        side = upright.rotate(turn, expand=True)
        raw = RawPage(number=1, image=side, dpi=200, text_words=None)
        page = _read_with_ppocr(raw, "p.png", side, side, 0, chops=False, turn_known=True).page
        text = page.text.replace(" ", "")
        assert p.name_zh in text and "EK6170554" in text, turn
        assert page.rotation == turn and (page.width, page.height) == upright.size
    page = read_page(RawPage(number=1, image=upright, dpi=200, text_words=None), "p.png").page
    assert page.rotation == 0


def test_chop_lettering_read_into_the_line_is_left_out_of_the_vote():
    """The page's reading of a consent letter's organisation under a grey chop holds two of the
    stamp's characters; the re-reads under the chop have the right length but broken places."""
    readings = ["有杭限州西湖软件有限公司", "杭上硬凑软件有限公司", "杭类本湖软件有限公司"]
    sureness = [[1.0, 1.0, 0.8, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
                [0.71, 0.0, 0.0, 0.0, 0.88, 0.91, 0.93, 0.93, 0.93, 0.93],
                [0.84, 0.0, 0.23, 0.0, 0.95, 0.95, 0.93, 0.93, 0.8, 0.8]]
    assert vote(readings, sureness) == "杭州西湖软件有限公司"
    # without the long reading the broken places win
    assert vote(readings[1:], sureness[1:]) != "杭州西湖软件有限公司"


def test_a_place_read_surely_wrong_but_read_otherwise_too_is_unsure():
    """下 read at 0.80 under the chop, 圳 at 0.53 on the page: the place is in doubt, and 深圳
    is the only known place that fits."""
    readings = ["深圳前海数智科技有限公司", "深下前海数智科技有限公司"]
    sureness = [[1.0, 0.53] + [1.0] * 10, [0.92, 0.8, 0.35] + [0.93] * 9]
    assert 1 in unsure_places(readings, "深下前海数智科技有限公司", sureness)
    assert mend_place_opening("深下前海数智科技有限公司", readings, sureness) == "深圳前海数智科技有限公司"
    # a place nobody read otherwise stays sure
    assert 1 not in unsure_places(readings[1:], "深下前海数智科技有限公司", sureness[1:])


def test_a_speck_in_a_chinese_year_is_not_a_decimal_point():
    assert parse_date("201.5年6月24日") == "2015-06-24"
    assert parse_date("20.15年3月1日") == "2015-03-01"
    assert parse_date("工作1.5年") is None


def test_a_han_page_on_its_side_is_told_by_its_few_long_words_or_its_characters():
    """A Chinese letter has few words of three letters or more (a date's year, an ID number);
    on its side those few run down the page. PP-OCR boxes each Han character alone, in reading
    order: on its side, most follow the one before down the page."""
    from pipeline.model import Word
    from pipeline.upright import sideways as _sideways
    along = [Word(text="同", bbox=(40 * i, 100, 40 * i + 38, 140), conf=0.99) for i in range(30)]
    column = [Word(text="同", bbox=(100, 40 * i, 140, 40 * i + 38), conf=0.99) for i in range(30)]
    down = [Word(text=t, bbox=(300, 100, 340, 100 + 30 * len(t)), conf=0.99) for t in ("2026", "440305199001011234", "(盖章)")]
    across = [Word(text=t, bbox=(300, 100, 300 + 30 * len(t), 140), conf=0.99) for t in ("2026", "440305199001011234", "(盖章)")]
    assert _sideways(along + down) and not _sideways(along + across) and not _sideways(along)
    assert _sideways(column) and _sideways(column[:6]) and not _sideways(column[:5])


def test_an_unsure_turn_is_settled_by_a_sure_upright_reading_or_else_tried(tmp_path):
    """A short Chinese letter, upright, upside down and on its side: where OSD is unsure, PP-OCR's
    reading settles the turn when it reads surely (upside down it reads at 0.6-0.75), and the
    other turns are tried otherwise. Each way round it is read upright, in reading order."""
    from pipeline.ingest import describe_file
    from pipeline.pages import load_pages
    from sample_docs.generator.render import PageSpec
    from sample_docs.generator.scan import jpeg_bytes
    page, y = PageSpec(), 30.0
    for line in ["单位同意函", "兹同意我单位员工许晓彤赴香港工作。", "单位名称：宁波东港物流有限公司", "日期：2026年9月18日"]:
        y = page.para(22, y, line, 166, "sans_cjk", 12) + 4
    for turn in (0, 180, 90):
        scan = scanned(to_image(page, 300), random.Random(3), 200, rotate=turn, skew=0.5, blur=0.5, noise=4)
        (tmp_path / f"c{turn}.jpg").write_bytes(jpeg_bytes(scan, 70, 200))
        raw = load_pages(describe_file(tmp_path, tmp_path / f"c{turn}.jpg"))[0]
        text = "".join(w.text for w in read_page(raw, f"c{turn}.jpg").page.words)
        assert "许晓彤" in text and text.index("同意函") < text.index("日期"), (turn, text)


def test_a_short_chinese_letter_osd_calls_latin_is_turned_by_how_it_reads_in_chinese(tmp_path):
    """A few lines of traditional Chinese, scanned at 150 dpi on its side: OSD calls it Latin and
    in English it reads as junk at every turn; its turn is the one that reads best in Chinese."""
    from pipeline.ingest import describe_file
    from pipeline.pages import load_pages
    from sample_docs.generator.render import PageSpec
    from sample_docs.generator.scan import jpeg_bytes
    page, y = PageSpec(), 30.0
    for line in ["單位同意函", "員工姓名：　　蔡雅琪", "所在單位：　　杭州西溪雲計算有限公司", "本單位同意上述員工赴香港工作。",
                 "日期：二〇二六年十月八日"]:
        y = page.para(22, y, line, 166, "sans_cjk", 11) + 3
    scan = scanned(to_image(page, 300), random.Random(7), 150, rotate=90, skew=2.5, blur=0.8, noise=8)
    (tmp_path / "consent.jpg").write_bytes(jpeg_bytes(scan, 55, 150))
    raw = load_pages(describe_file(tmp_path, tmp_path / "consent.jpg"))[0]
    text = "".join(w.text for w in read_page(raw, "consent.jpg").page.words)
    assert "姓名：蔡雅琪" in text and text.index("單位同意函") < text.index("日期")  # upright, not read down its columns


def test_a_traditional_certificate_keeps_its_script_and_its_lines(tmp_path):
    """A Mainland type (usually simplified) printed in traditional Ming type, scanned light on
    its side and skewed: the page is deskewed, so the holder's line is not split across its
    neighbours, and it keeps the traditional script it prints, with a simplified character the
    OCR mixed in put right; a simplified page stays simplified."""
    from pipeline.ingest import describe_file
    from pipeline.pages import load_pages
    from pipeline.script import in_script
    from sample_docs.generator.render import PageSpec
    from sample_docs.generator.scan import jpeg_bytes
    page, y = PageSpec(), 30.0
    for line in ["畢業證書", "學生 溫志遠，性別 男，一九九八年十一月三日生，於二〇一六年九月至二〇二〇年六月在本校會計學專業四年制本科學習，"
                 "修完教學計劃規定的全部課程，成績合格，准予畢業。", "校名：東海財經大學", "二〇二〇年六月三十日"]:
        y = page.para(22, y, line, 166, "serif_cjk", 11) + 3
    scan = scanned(to_image(page, 300), random.Random(7), 150, rotate=90, skew=2.5, blur=0.8, noise=8)
    (tmp_path / "cert.jpg").write_bytes(jpeg_bytes(scan, 55, 150))
    raw = load_pages(describe_file(tmp_path, tmp_path / "cert.jpg"))[0]
    read = in_script(read_page(raw, "cert.jpg").page, "usually_simplified")
    lines = ["".join(w.text for w in line) for line in read.lines()]
    holder = next(line for line in lines if "志遠" in line)
    assert holder.index("志遠") < holder.index("性") < holder.index("本校"), holder
    assert "東海財經大學" in "".join(lines) and "会" not in "".join(lines)
    letter = _simplified_letter()
    assert in_script(letter, "usually_simplified").text.endswith("证 明 毕业")
    assert in_script(letter, "majority").text.endswith("证 明 毕业")


def _simplified_letter():
    from pipeline.model import Page, Word
    words = [Word(text=t, bbox=(100 + 40 * i, 100, 140 + 40 * i, 140)) for i, t in enumerate("兹证明张晓峰同志在我单位工作担任会计师特此证明")]
    words.append(Word(text="畢業", bbox=(100, 200, 180, 240)))  # a simplified word read in the other script
    return Page(file="l.png", number=1, width=2000, height=1000, dpi=200, source="ocr", lang="chi_sim+chi_tra+eng",
                words=words, image_sha256="x")


def test_only_characters_no_traditional_standard_prints_are_made_traditional():
    from pipeline.text import simplified_only_as_traditional as made_traditional
    assert made_traditional("珠海横琴建設有限公司") == "珠海橫琴建設有限公司"
    assert made_traditional("頭发") == "頭髮"  # in its phrase
    assert made_traditional("臨床研究山峰") == "臨床研究山峰"  # Taiwan prints 床 and 峰 (OpenCC's s2t: 牀, 峯)
    assert made_traditional("温志遠") == "温志遠"  # Hong Kong prints 温


def test_a_photo_is_not_turned_by_trials(monkeypatch):
    """A portrait holds no text to turn it by: PP-OCR finds no lines on it, and no orientation
    trial reads it four ways (real OCR on the generated applicant photo)."""
    from PIL import Image

    from pipeline import read
    trials = []
    monkeypatch.setattr(read, "_best_turn", lambda *a, **k: trials.append(a) or (0, 0.0))
    photo = Image.open("tests/resources/photo_flat_face.jpg").convert("RGB")
    page = read_page(RawPage(number=1, image=photo, dpi=0, text_words=None), "photo.jpg").page
    assert page.rotation == 0 and len(page.words) < 3 and trials == []
