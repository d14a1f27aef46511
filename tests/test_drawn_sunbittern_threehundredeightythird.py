"""The three-hundred-and-eighty-third to -eighty-eighth drawn sets (sample_docs/drawn_sunbittern_threehundredeightythird.py
… drawn_finfoot_threehundredeightyeighth.py), read cold at 72 / 82: letters typed none ('holds the position of', 'joined
the Institute'; 'employment particulars', 'Employment period'); a period's label over 'from … to present' read its start
as its end; a traditional name under a chop read again in simplified; 'Valid from' no commencement's label; a holder
before '(male, born …'; a school's name run on from the date line over it (…24日 / 皖南艺术学院). Tested on other wording."""
from pathlib import Path

from extractors import registry
from extractors.base import DocView
from flows.case import read_pages
from pipeline.ingest import describe_file
from pipeline.read import PageImages
from sample_docs.drawn_forms import Sheet, scanned_png, text_lines
from sample_docs.drawn_papers_eighth import _chop
from tests.synthetic import best_type, doc_of_rows


def test_a_post_held_now_types_a_letter():
    rows = [(160, "Qinghe Institute of Soil Science"), (160, "1 December 2026"),
            (160, "We confirm that Mr. KE Bin joined the Institute in 2015 and holds the post of Senior Agronomist.")]
    assert best_type(rows)[0] == "work_experience_letter"


def test_particulars_of_a_stay_type_a_letter():
    rows = [(160, "Employment details for Mr. MO Jun"), (160, "Employment period: 11 Jan 2019 to present"), (160, "Role: Buyer")]
    assert best_type(rows)[0] == "work_experience_letter"


def test_a_period_to_the_present_has_no_end():
    rows = [[(160, "Tidewell Packaging (Foshan) Co., Ltd.")], [(160, "Name: Mr. MO Jun")], [(160, "Title: Packaging Buyer")],
            [(160, "Employment period: 11 Jan 2019 to present")]]
    out = registry.extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert out["start_date"].value == "2019-01-11" and "end_date" not in out


def test_valid_from_is_the_commencement():
    rows = [[(200, "BUSINESS REGISTRATION CERTIFICATE")], [(160, "Business Name:"), (600, "GREYSTONE CARGO LIMITED")],
            [(160, "Valid from:"), (600, "09-JUN-2026")], [(160, "Valid to:"), (600, "08-JUN-2027")]]
    assert registry.extract("br_certificate", doc_of_rows(rows, source="ocr"))["commencement_date"].value == "2026-06-09"


def test_a_holder_before_the_sex_and_birth():
    rows = [[(200, "Qualification Verification")],
            [(160, "Our records show that LUO Yiming (female, born 1999-10-02) completed a programme in Nursing.")]]
    assert registry.extract("qualification_report", doc_of_rows(rows, source="ocr"))["holder_name"].value == "LUO YIMING"


def test_a_school_not_run_on_from_a_date():
    rows = [[(600, "毕业证书")], [(260, "学生姓名：程思远")], [(260, "毕业时间：2021年7月1日")], [(900, "赣北工程学院")]]
    assert registry.extract("graduation_certificate", doc_of_rows(rows, han=True, source="ocr"))["institution"].value == "赣北工程学院"


def test_a_traditional_name_under_its_chop_keeps_its_script(tmp_path: Path):
    s = Sheet()
    s.text(720, 120, "同意書", 46, "serif_cjk")
    text_lines(s, 180, 260, ["　　本公司同意僱員鄧嘉敏赴香港工作。", "", "　　此致", "香港入境事務處"], 28, "serif_cjk", 60)
    text_lines(s, 880, 560, ["佛山順德華興電器有限公司", "二〇二六年十月二十日"], 28, "serif_cjk", 58)
    _chop(s, 1400, 620, "佛山順德華興電器有限公司")
    (tmp_path / "consent.png").write_bytes(scanned_png(s, "consent-traditional-test.png"))
    item = describe_file(tmp_path, tmp_path / "consent.png")
    read = read_pages(item, tmp_path / "consent.png", tmp_path, None)
    doc = DocView(file=item.name, pages=[r.page for r in read], images=PageImages(read))
    assert registry.extract("consent_letter", doc)["organisation"].value == "佛山順德華興電器有限公司"


def test_a_reason_between_the_month_and_the_leaving():
    # (the 377th read this right only while its page was turned five degrees; read straight, the reason parted them)
    rows = [[(700, "离职证明")], [(160, "兹有员工蒙子健于2016年4月入职，2020年8月因家庭原因离职，离职前任仓储主管。")],
            [(900, "南宁邕江物流有限公司")]]
    assert registry.extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["end_date"].value == "2020-08-31"


def test_a_school_on_its_own_line_after_a_number():
    # (a part-way run lost every school named on a line after a number's: '…590029' / '南京大學')
    rows = [[(600, "毕业证书")], [(260, "学生姓名：程思远")], [(260, "证书编号：193401202106000123")], [(900, "赣北工程大学")]]
    assert registry.extract("graduation_certificate", doc_of_rows(rows, source="ocr"))["institution"].value == "赣北工程大学"


def test_a_validity_from_to_keeps_its_expiry():
    # (a part-way run lost the 58th set's expiry while 'validity from' was a commencement's label)
    rows = [[(200, "BUSINESS REGISTRATION CERTIFICATE")], [(160, "Business Name"), (700, "GREYSTONE CARGO LIMITED")],
            [(160, "Date of Commencement"), (700, "09/06/2016")], [(160, "Validity: from 09/06/2026 to 08/06/2027")]]
    out = registry.extract("br_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["commencement_date"].value, out["expiry_date"].value) == ("2016-06-09", "2027-06-08")


def test_a_holder_beside_its_translation_keeps_the_han_name():
    # (a part-way run took 'LUO Chengzhi, male, born' over the Han name printed first, the 167th set's degree)
    rows = [[(600, "博士学位证书")], [(180, "林浩然，男，1990年5月3日生，在材料学学科通过博士学位的课程考试和论文答辩，授予工学博士学位。")],
            [(180, "LIN Haoran, male, born on 3 May 1990, has passed the examinations and is awarded the degree of Doctor of Engineering.")],
            [(900, "冀中理工大学")]]
    assert registry.extract("degree_certificate", doc_of_rows(rows, source="ocr"))["holder_name"].value == "林浩然"
