"""The five-hundred-and-sixty-second to -sixty-eighth drawn sets (sample_docs/drawn_jewelbabbler_fivehundredsixtysecond.py …
drawn_gerygone_fivehundredsixtyeighth.py), drawn after stop 84's last reader change and read cold at 69 / 75: a number after
'Certificate:' alone; 现任 a stay told in the present; an association signing its letter; labels with their value's form in
brackets; a number not run on into the next line's digits. Tested on other wording."""
from PIL import Image

from extractors.base import DocView
from extractors.registry import extract
from pipeline.model import Page, Word
from tests.synthetic import cells, doc_of_rows


def test_a_number_after_certificate_alone():
    rows = [[(520, "WESTERN HIGHLANDS UNIVERSITY")], [(200, "This is to certify that")], [(200, "LIN MEIQI")],
            [(200, "was awarded the degree of Master of Engineering")], [(200, "Certificate : WHU/ME/2021/0387")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert out["certificate_number"].value == "WHU/ME/2021/0387"


def test_a_present_post_counted_to_the_letters_date():
    rows = [[(680, "证明")], [(200, "兹有员工倪思远，自2015年3月入职我单位，先后任技术员、工程师，现任研发部副经理。")],
            [(860, "宁波甬港精密机械有限公司")], [(860, "2026年10月20日")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value) == ("2015-03-01", "2026-10-20")


def test_an_association_signs_its_letter():
    rows = [[(680, "工作證明")], [(200, "茲證明霍文軒先生於2018年4月2日至2022年3月31日在本會秘書處任職，職位為會員事務經理。")],
            [(860, "香港物流專業人員學會")], [(860, "2026年11月2日")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert out["employer"].value == "香港物流專業人員學會"


def test_dates_after_labels_with_their_form_in_brackets():
    rows = [[(500, "VERIFICATION OF EMPLOYMENT")], [(190, "Company: Guilin Lijiang Tourism Services Co., Ltd.")],
            [(190, "Staff member: Mr. QIN Haoyu")], [(190, "Post held: Tour Operations Supervisor")],
            [(190, "From (yyyy-mm-dd): 2016-03-14")], [(190, "To (yyyy-mm-dd): 2021-09-30")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value) == ("2016-03-14", "2021-09-30")


def test_a_number_ends_where_its_line_ends():
    body = "学生钟雨桐，女，1998年4月生，于2016年9月至2020年6月在本校药学专业四年制本科学习，修完规定的全部课程，准予毕业。"
    rows = [[(660, "毕业证书")], *([(160, body[k:k + 23])] for k in range(0, len(body), 23)), [(160, "校名：沅江药科学院")]]
    words = [w for n, row in enumerate(rows) for w in cells(240 + 60 * n, *row, han=True)]
    y = 240 + 60 * len(rows)
    # the number one word as OCR reads it, reaching the paragraph's margin; the date on the line below opens with digits
    words += cells(y, (160, "证书编号："), han=True) + [Word(text="192321202006000417", bbox=(372, y, 1124, y + 26), conf=0.95)]
    words += cells(y + 60, (160, "2020"), han=False) + cells(y + 60, (232, "年6月30日"), han=True)
    page = Page(file="p.png", number=1, width=1654, height=2339, dpi=200, source="ocr", words=words)
    doc = DocView(file="p.png", pages=[page], images=[Image.new("RGB", (1654, 2339), "white")])
    assert extract("graduation_certificate", doc)["certificate_number"].value == "192321202006000417"
