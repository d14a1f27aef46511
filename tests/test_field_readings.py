"""Readings of single fields that OCR bends in known ways, checked on the extractors with
plain lines (the scanned-page paths are covered in test_document_layouts and test_seals)."""
from PIL import Image

from extractors.applicant_docs import extract_degree, extract_graduation
from extractors.base import DocView, parse_date
from extractors.consent import extract as extract_consent
from extractors.financial_statement import extract as extract_financial
from pipeline.model import Page, Word
from pipeline.reference import hk_institution_zh


def view(*lines: str) -> DocView:
    words = [Word(text=t, bbox=(10, 40 * i, 10 + 20 * len(t), 40 * i + 30), conf=0.9) for i, t in enumerate(lines)]
    page = Page(file="x.png", number=1, width=1000, height=40 * len(lines) + 40, dpi=200, source="ocr", words=words)
    return DocView(file="x.png", pages=[page], images=[Image.new("RGB", (1000, 40 * len(lines) + 40), "white")])


def test_degree_named_by_its_category_even_when_shi_is_misread():
    doc = view("学位证书", "薛文，男，1980年4月1日生。在中山大学会计学专业完成了学士学位的学习，成",
               "绩合格，根据《中华人民共和国学位条例》的规定，授予管理学学十学位。", "证书编号：1055842001569384")
    fields = extract_degree(doc)
    assert fields["degree"].value == "管理学学士学位"
    assert fields["degree_level"].value == "bachelor"


def test_a_certificate_number_after_a_colon_read_as_a_comma():
    doc = view("学位证书", "马婷鹏，女，1980年6月26日生。在武汉大学软件工程专业完成了学士学位的学习，",
               "2018年6月11日", "证书编号,1048642018093218")
    assert extract_degree(doc)["certificate_number"].value == "1048642018093218"


def test_a_qualification_report_whose_labels_the_photo_lost():
    """A phone photo of a CHSI report: the label column is gone, the values stand alone, and
    the only 姓名 left is the head of the institution's at the foot."""
    from extractors.qualification_report import extract as extract_report
    doc = view("教育部学历证书电子注册备案表", "更新日期：2026年10月14日", "薛文", "汉族", "1980年04月01日", "中山大学",
               "本科", "专业会计学", "证书编号 105581200105129782", "校（院）长姓名金力", "在线验证码：LQ0AGBEL9YGU0PDF")
    fields = extract_report(doc)
    assert "holder_name" not in fields  # not 金力
    assert fields["institution"].value == "中山大学"
    assert fields["level"].value == "本科"
    assert fields["major"].value == "会计学"
    # the name not read, the next row's label and value come up after 姓名 instead
    assert "holder_name" not in extract_report(view("姓名 性别男", "学校名称 中山大学"))


def test_a_letter_the_mrz_added_to_a_name_is_mended_by_the_visual_zone():
    """A phone photo of a generated passport: the MRZ read DONGXITU (its name has no check
    digit); the visual zone's 'Mo, DONGXIU' and the Chinese name 莫东秀 agree against it."""
    from extractors.travel_document import extract as extract_travel
    lines = ["中华人民共和国 PEOPLE'S REPUBLIC OF CHINA", "护照", "P CHN EC3186549", "姓名/Name", "莫东秀", "Mo, DONGXIU",
             "出生日期/Date of birth", "13 APR 1987", "POCHNMO<<DONGXITU<<<<<<<<<<<<<<<<<<<<<<<<<<<",
             "EC31865490CHN8704131F3201288<<<<<<<<<<<<<<<2"]
    fields = extract_travel(view(*lines))
    assert (fields["surname"].value, fields["given_names"].value) == ("MO", "DONGXIU")
    # a visual name the Chinese name does not spell changes nothing
    lines[5] = "Mo, DONGXIA"
    fields = extract_travel(view(*lines))
    assert fields["given_names"].value == "DONGXITU"


def test_a_hong_kong_university_keeps_its_own_chinese_name():
    assert hk_institution_zh("香港理工大学") == "香港理工大學"
    assert hk_institution_zh("香港理工大學") == "香港理工大學"
    assert hk_institution_zh("中山大学") is None


def test_hk_dollar_column_head_read_as_hks():
    doc = view("STATEMENT OF PROFIT OR LOSS", "FOR THE YEAR ENDED 31 DECEMBER 2025", "2025 2024", "HKS HKS",
               "Revenue 58,000,000 52,200,000", "Profit for the year 2,960,559 2,368,447")
    assert extract_financial(doc)["currency"].value == "HKD"


def test_business_plan_figures_in_other_wording():
    from extractors.registry import extract

    def extract_plan(doc):  # as the product reads a plan: its own reader and its declaration
        return extract("business_plan", doc)
    doc = view("商業計劃書", "一、公司概況：本公司註冊資本港幣3,000,000元，於2026年5月開業。",
               "二、財務預測：預計營業額第一年HK$6,500,000，第二年HK$11,000,000。",
               "三、人手：計劃首年聘請本地員工 8 名。")
    fields = extract_plan(doc)
    assert fields["capital_hkd"].value == 3_000_000
    assert fields["projected_turnover_hkd"].value == 6_500_000
    assert fields["local_jobs"].value == 8
    doc = view("BUSINESS PLAN", "We expect to hire 6 local staff in the first year; start-up capital of HK$2.5 million",
               "has been injected by the shareholders.")
    fields = extract_plan(doc)
    assert fields["local_jobs"].value == 6
    assert fields["capital_hkd"].value == 2_500_000


def test_a_year_read_through_a_chop():
    assert parse_date("日期 2926年 9月 9日<") == "2026-09-09"
    assert parse_date("日期 026年 9月 15日") == "2026-09-15"
    assert parse_date("2019年7月19日") == "2019-07-19"
    assert parse_date("1029年3月1日") is None


def test_a_day_month_year_joined_by_hyphens_or_written_out():
    assert parse_date("Year ended 31-Dec-2025") == "2025-12-31"
    assert parse_date("made the 3rd day of March, 2026") == "2026-03-03"


def test_consent_date_whose_year_lost_its_first_digit():
    doc = view("同意函", "香港特别行政区入境事务处：", "我单位职工赵红力同志，身份证号440307737351246591，现申请赴港就业。",
               "单位名称（盖章）：杭州西湖软件有限公司", "日期 026年 9月 15日")
    fields = extract_consent(doc)
    assert fields["date"].value == "2026-09-15"
    assert fields["organisation"].value == "杭州西湖软件有限公司"


def test_graduation_major_across_a_line_that_starts_with_junk():
    doc = view("毕业证书", "学生郭欣，性别女，1990年1月28日生，于2016年9月至2020年6月在本校土木",
               ",工程专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", "校名：清华大学")
    assert extract_graduation(doc)["major"].value == "土木工程"


def test_a_passport_number_read_with_f_for_its_e():
    from extractors.forms import extract_applicant
    doc = view("Surname (in English): YANG", "Given names (in English): WEI", "Travel document No.: FW0532607")
    assert extract_applicant(doc)["travel_document_number"].value == "EW0532607"
    doc = view("Surname (in English): YANG", "Given names (in English): WEI", "Travel document No.: C12345678")
    assert extract_applicant(doc)["travel_document_number"].value == "C12345678"


def test_applicant_form_labels_as_ocr_bends_them():
    from extractors.forms import extract_applicant
    doc = view("Surname (in English): ZHENG", "Given names (in English): PING", "erie in Chinese: 郑平",
               "Travel docurvent No. CL2258436")
    got = extract_applicant(doc)
    assert got["name_zh"].value == "郑平" and got["travel_document_number"].value == "CL2258436"
    doc = view("Surname (in English): HE", "Given names (in English): JUNJING", "Name in Chinese: 賀俊靜")
    assert extract_applicant(doc)["name_zh"].value == "贺俊静"


def test_a_thousands_comma_read_as_a_dot_before_yuan():
    from pipeline.amounts import parse_amount
    assert parse_amount("甲方每月另發房屋津貼港幣 12.000元。") == 12000.0
    assert parse_amount("HK$12.50 a day") == 12.5
    assert parse_amount("港幣 1.234.000元") == 1234000.0
    assert parse_amount("Salary per month HK$54.500") == 54500.0


def test_a_handwritten_dollar_sign_read_as_a_figure_is_the_sign():
    from pipeline.amounts import parse_amount
    assert parse_amount("HK854.500") == 54500.0 and parse_amount("HK983,500") == 83500.0
    assert parse_amount("HKS61000") == 61000.0
    assert parse_amount("HKD 83,500") == 83500.0 and parse_amount("HK$ 983,500") == 983500.0  # the sign is there


def test_a_stray_mark_before_the_employer_is_dropped_where_the_signature_block_names_it_again():
    from extractors.registry import extract

    def extract_contract(doc):  # the parties are read by role and by label, then mended
        return extract("employment_contract", doc)
    lines = ["僱傭合約", "甲方(僱主) :人金灣貿易(香港)有限公司", "乙方(僱員) :嚴晨靜", "合約期限:為期 36個月"]
    assert extract_contract(view(*lines))["employer_name"].value == "人金灣貿易(香港)有限公司"  # nothing to go by
    signed = lines + ["甲方:金灣貿易(香港)有限公司(蓋章)乙方:嚴晨靜"]
    assert extract_contract(view(*signed))["employer_name"].value == "金灣貿易(香港)有限公司"


def test_a_photo_beside_a_wrapped_sentence_does_not_join_the_major():
    """The certificate's photo (its nose read 人) stands level with the second line of the
    sentence; the major runs 会计 / 学专业, not 会计人学. Boxes as a 300-dpi scan's page
    reading gave them: the 人 stands five characters clear of the line's first word."""
    first = ["学", "生", "薛", "文", "，", "性", "别", "男", "，", "于", "1997", "年", "在", "本", "校", "会", "计"]
    words = [Word(text=t, bbox=(404 + 60 * i, 145, 444 + 60 * i, 193), conf=0.93) for i, t in enumerate(first)]
    words.append(Word(text="人", bbox=(119, 224, 199, 252), conf=0.34))
    words += [Word(text=t, bbox=(403 + 60 * i, 229, 443 + 60 * i, 267), conf=0.95)
              for i, t in enumerate(["学", "专业", "四", "年", "制", "本", "科", "学", "习"])]
    page = Page(file="g.pdf", number=1, width=1920, height=320, dpi=300, source="ocr", words=words)
    out = extract_graduation(DocView("g.pdf", [page], [Image.new("RGB", (1920, 320), "white")]))
    assert out["major"].value == "会计学"


def test_verification_code_reads_its_o_and_i_as_digits_and_keeps_the_code_as_read():
    """A 0 or 1 beside letters comes out as O or I. Codes in use never hold O or I
    (pipeline/reference_data/thresholds.yaml), so a 16-character code is looked up with digits first
    and the code as read is kept for the operator."""
    from extractors.qualification_report import extract as extract_report
    out = extract_report(view("教育部学历证书电子注册备案表", "姓名 薛文", "在线验证码：LQOAGBEL9YGUOPDI"))
    assert out["verification_code"].value == "LQ0AGBEL9YGU0PD1"
    assert out["verification_code"].readings == ["LQOAGBEL9YGUOPDI"]
    assert extract_report(view("在线验证码：2HBYDJCWFMRRUT77"))["verification_code"].readings == []
    # a code of another shape is not settled: it keeps both of its O / 0 readings
    short = extract_report(view("在线验证码：AB0CDEFO12"))["verification_code"]
    assert (short.value, short.readings) == ("AB0CDEFO12", ["AB0CDEF012", "ABOCDEFO12"])


def test_a_contract_party_name_read_as_latin_junk_is_read_again_in_chinese():
    """A 200-dpi bilevel scan of a Hong Kong contract: the page read 乙方（僱員）：田文 with
    'AX' for the name (at 0.77, too sure to count as junk). tests/resources/
    contract_parties_200dpi.png is those lines; the words are the page's own, moved to it."""
    from extractors.registry import extract
    image = Image.open("tests/resources/contract_parties_200dpi.png").convert("RGB")
    read = [("甲", (45, 39, 92, 69)), ("方", (92, 34, 119, 82)), ("(僱主", (131, 39, 216, 69)), (":", (245, 54, 247, 65)),
            ("銀", (281, 39, 305, 69)), ("礦", (320, 38, 338, 69)), ("科技", (353, 38, 404, 69)), ("(香港", (430, 38, 516, 69)),
            (")", (521, 34, 536, 82)), ("有", (554, 38, 571, 69)), ("限", (584, 39, 604, 69)), ("公司", (617, 38, 666, 68)),
            ("乙方", (45, 105, 122, 153)), ("(僱員", (131, 105, 215, 153)), (")", (215, 116, 217, 135)), (":", (244, 126, 247, 137)),
            ("AX", (285, 110, 338, 141))]
    words = [Word(text=t, bbox=b, conf=0.9) for t, b in read]
    page = Page(file="c.tiff", number=1, width=image.width, height=image.height, dpi=200, source="ocr", words=words)
    fields = extract("employment_contract", DocView(file="c.tiff", pages=[page], images=[image]))
    assert fields["employee_name"].value == "田文"
    assert fields["employer_name"].value == "銀礦科技(香港)有限公司"


def test_a_speck_read_as_a_comma_between_wrapped_lines_does_not_cut_the_sentence():
    """A phone photo of a work-experience letter: a speck under the line end was read as
    ',' on a line of its own between 担任软件工程 and 师一职 (the page's own boxes)."""
    from extractors.registry import extract
    read = [("在职证明", (788, 300, 1004, 356)), ("兹", (303, 503, 348, 534)), ("证明", (345, 505, 510, 540)),
            ("汤", (410, 499, 446, 550)), ("力", (445, 499, 481, 550)), ("辉", (480, 499, 510, 550)), (",", (509, 499, 523, 550)),
            ("自", (541, 509, 562, 541)), ("2015", (569, 512, 711, 544)), ("年", (646, 499, 679, 550)), ("7", (678, 499, 701, 550)),
            ("月", (700, 499, 723, 550)), ("22", (719, 519, 750, 540)), ("日", (758, 517, 778, 545)), ("至", (786, 517, 816, 546)),
            ("2026", (819, 519, 961, 551)), ("年", (896, 513, 928, 567)), ("9", (927, 513, 951, 567)), ("月", (950, 513, 975, 567)),
            ("14", (972, 526, 1000, 547)), ("日", (1008, 523, 1028, 551)), ("在", (1048, 522, 1066, 553)), ("我", (1082, 523, 1099, 554)),
            ("单位", (1116, 524, 1183, 556)), ("工作", (1187, 526, 1233, 558)), ("担任", (1278, 528, 1349, 561)),
            ("软件", (1349, 530, 1414, 562)), ("工程", (1418, 533, 1466, 563)), (",", (1241, 552, 1243, 559)),
            ("师", (302, 567, 351, 598)), ("一", (368, 569, 387, 599)), ("职", (386, 563, 416, 610)), ("。", (415, 580, 421, 589)),
            ("特", (441, 570, 465, 601)), ("此", (480, 571, 519, 601)), ("证明", (518, 563, 564, 610)), ("。", (579, 585, 587, 593))]
    words = [Word(text=t, bbox=b, conf=0.9) for t, b in read]
    page = Page(file="w.jpg", number=1, width=1600, height=1200, dpi=200, source="ocr", words=words)
    fields = extract("work_experience_letter", DocView(file="w.jpg", pages=[page], images=[Image.new("RGB", (1600, 1200), "white")]))
    assert fields["position"].value == "软件工程师"


def test_a_face_the_default_cascade_misses_is_found_by_the_second():
    """A generated applicant photo (a drawn face, flat-lit: tests/resources/photo_flat_face.jpg)
    that OpenCV's default frontal-face cascade does not find at any neighbour count."""
    import cv2
    import numpy as np

    from extractors.photo import FACE_CASCADES, _cascade, detect_face
    image = Image.open("tests/resources/photo_flat_face.jpg")
    gray = cv2.cvtColor(np.asarray(image.convert("RGB")), cv2.COLOR_RGB2GRAY)
    assert len(_cascade(FACE_CASCADES[0]).detectMultiScale(gray, 1.1, 4, minSize=(78, 78))) == 0
    x0, y0, x1, y1 = detect_face(image)
    assert 80 < x0 < 130 and 100 < y0 < 150 and x1 - x0 > 200  # round the drawn face
    assert detect_face(Image.new("RGB", (472, 591), (244, 244, 248))) is None


def test_a_qualification_report_photo_without_labels_keeps_its_row_order():
    """Phone photos of CHSI reports whose label column was lost (the page's own lines): the
    name stands above the sex (女 read 'A' on one, before the 18-digit ID number), the birth
    date right after the nationality."""
    from extractors.qualification_report import extract as extract_report
    head = ["教育部学历证书电子注册备案表", "更新日期：2026年10月14日"]
    for name, sex, dob in (("薛文", "A", "1980年 04月 01日"), ("谭丽辉", "女", "1995年 10月 09日")):
        fields = extract_report(view(*head, name, sex, "563771198004016329", "汉族", dob, "中山大学", "本科"))
        assert fields["holder_name"].value == name
        assert fields["date_of_birth"].value == parse_date(dob)
    # one character that is not followed by an ID number is no sex row
    assert "holder_name" not in extract_report(view(*head, "薛文", "A", "汉族", "中山大学"))



def test_a_hanzi_name_is_written_as_printed_whatever_script_the_ocr_read_it_in():
    from extractors.name_readings import as_printed
    from pipeline.model import Field
    from pipeline.text import prints_traditional
    from tests.test_label_values import _doc, _page
    assert prints_traditional("學生陳思穎在本校國際經濟與貿易專業學習") and not prints_traditional("学生李晓峰在本校学习")
    # a traditional page that prints one name in simplified characters and one in traditional
    doc = _doc(_page([(100, 100, "僱傭合約", "sans_cjk"), (100, 200, "僱主：東海貿易有限公司", "sans_cjk"),
                      (100, 300, "僱員：于艳玉", "sans_cjk"), (100, 400, "見證人：陳思穎", "sans_cjk"),
                      (100, 500, "本合約一式兩份，僱主及僱員各執一份為憑。", "sans_cjk")]))
    lines = doc.pages[0].lines()

    def field(value, n):
        box = (min(w.bbox[0] for w in lines[n]), min(w.bbox[1] for w in lines[n]),
               max(w.bbox[2] for w in lines[n]), max(w.bbox[3] for w in lines[n]))
        return Field(value=value, confidence=0.6, file="form.png", page=1, bbox=box, source="ocr")
    simplified_print, traditional_print = field("於豔玉", 2), field("陈思颖", 3)  # as a model of the other script read them
    as_printed(doc, simplified_print)
    as_printed(doc, traditional_print)
    assert (simplified_print.value, traditional_print.value) == ("于艳玉", "陳思穎")
    # on a page printed in simplified characters, a name is simplified
    doc = _doc(_page([(100, 100, "工作证明", "sans_cjk"), (100, 200, "兹证明贺俊静同志在我单位工作，担任会计师。", "sans_cjk")]))
    name = Field(value="賀俊靜", confidence=0.6, file="form.png", page=1, bbox=(100, 200, 800, 245), source="ocr")
    as_printed(doc, name)
    assert name.value == "贺俊静"


def test_a_certificate_date_whose_second_dot_the_scan_lost_is_its_award_date():
    from extractors.registry import extract
    lines = ["学士学位证书", "韩子墨，男，生于1997.04.16。该生在北江师范大学汉语言文学专业完成了本科学业，授予文学学士学位。",
             "北江师范大学", "2019.0625"]
    out = extract("degree_certificate", view(*lines))
    assert out["date_of_birth"].value == "1997-04-16"
    assert out["date_awarded"].value == "2019-06-25"


def test_a_statement_in_thousands_reads_its_small_figures():
    lines = ["Harbourline Trading Limited statement of profit or loss for the year ended 31 March 2026",
             "2026 2025", "HK$'000 HK$'000", "Revenue 18,420 16,905", "Profit before taxation 712 655",
             "Income tax expense (118) (96)", "Profit for the year 5 594 559"]
    out = extract_financial(view(*lines))
    assert out["revenue"].value == 18_420_000 and out["profit"].value == 594_000
    # a statement in dollars keeps to figures of four digits or more: a small number is a note's
    out = extract_financial(view("Profit for the year 5", "Revenue 1,234,567"))
    assert "profit" not in out


def test_a_chinese_name_misread_surely_is_read_again_until_it_spells_the_latin_name(tmp_path):
    """A permit's name read surely but wrongly (恩 for 思, as PP-OCR may read a look-alike at
    0.9): the page's words say 韦恩琪, which does not spell WEI SIQI; the name's line read again
    by both engines gives the run that does. The page is rendered and read for real; only the
    one character of its words is changed."""
    import subprocess

    from extractors.registry import extract
    from pipeline import ppocr
    from sample_docs.generator.render import to_pdf
    from tests.test_unseen_wording import _page
    lines = ["往来港澳通行证", "EXIT-ENTRY PERMIT FOR TRAVELLING TO AND FROM HONG KONG AND MACAO", "~姓名", "韦思琪",
             "~Name", "WEI, SIQI", "~性别 Sex    出生日期 Date of birth", "女/F    1994.08.23"]
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(to_pdf([_page(lines)]))
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf), str(tmp_path / "p")], check=True)
    image = Image.open(tmp_path / "p.png").convert("RGB")
    words = [w.model_copy(update={"text": w.text.replace("思", "恩")}) for w in ppocr.ppocr_words(image)]
    page = Page(file="p.png", number=1, width=image.width, height=image.height, dpi=200, source="ocr", words=words)
    out = extract("travel_document", DocView(file="p.png", pages=[page], images=[image]))
    assert out["name_zh"].value == "韦思琪" and "韦恩琪" in out["name_zh"].readings
