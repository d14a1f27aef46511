"""The four-hundred-and-eighty-fifth to -ninety-eighth drawn sets (sample_docs/drawn_vanga_fourhundredeightyfifth.py …
drawn_minla_fourhundredninetyeighth.py), read cold at 197 / 211 after stop 82's last reader change: a degree named above its
holder ('… is awarded to' / name); a holder spaced before the degree where the scan lost the spaces (兹授予 name 管理学学士学位);
'a four-year undergraduate course in …'; the particulars in a subject line ('Re: Mr. … — post — period'); a post 'at his last
departure'; a stay from a month on to now (2019年5月入职至今); a surname read as its look-alike (沉 for 沈). Tested on other
wording."""
from extractors.registry import extract
from pipeline.classify import load_rules
from tests.synthetic import best_type, doc_of_rows


def test_a_degree_named_above_its_holder():
    rows = [(600, "Northgate University"), (560, "Master of Science in Data Analytics"), (700, "is awarded to"), (700, "LAM Hoi Ting"),
            (680, "on 18 July 2021"), (200, "Vice-Chancellor")]
    kind, score = best_type(rows)
    assert kind == "degree_certificate" and score >= load_rules()["min_score"]


def test_a_holder_before_the_degree_with_the_spaces_lost():
    rows = [[(640, "硕士学位证书")], [(160, "兹授予庞俊熙经济学硕士学位。")], [(160, "授予单位：南溪财经大学")]]
    out = extract("degree_certificate", doc_of_rows(rows, source="ocr"))
    assert (out["holder_name"].value, out["degree"].value) == ("庞俊熙", "经济学硕士学位")
    rows = [[(640, "学士学位证书")], [(160, "授予口腔医学学士学位。")], [(160, "授予单位：南溪医科大学")]]
    assert "holder_name" not in extract("degree_certificate", doc_of_rows(rows, source="ocr"))  # no name before a degree's own start


def test_a_major_after_an_undergraduate_course_in():
    rows = [[(520, "GRADUATION CERTIFICATE")],
            [(160, "Ms. QIN Lu, born on 2 May 1998, has completed a three-year postgraduate course in Marine Biology at Donghai Ocean")],
            [(160, "University and is granted this certificate on 1 July 2023.")]]
    assert extract("graduation_certificate", doc_of_rows(rows, source="ocr"))["major"].value == "Marine Biology"


def test_particulars_in_a_subject_line_and_a_post_at_departure():
    rows = [[(160, "Xiamen Harbour Logistics Co., Ltd.")], [(160, "3 December 2026")],
            [(160, "Subject: Ms TIAN Jing - Shipping Coordinator - 15/06/2016 to 30/09/2022")],
            [(160, "The employee named above worked with us in the post and for the period shown.")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["position"].value, out["start_date"].value, out["end_date"].value) == ("Shipping Coordinator", "2016-06-15", "2022-09-30")
    rows = [[(160, "Luzhou Cellar Brewing Co., Ltd.")], [(160, "2 December 2026")],
            [(160, "Ms. GAO Li worked for us from 1 May 2012 to 31 March 2020. On her departure she was Quality Supervisor.")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["position"].value == "Quality Supervisor"


def test_a_stay_joined_in_a_month_and_running_to_now():
    rows = [[(700, "在职证明")], [(160, "兹证明魏子墨同志系我单位员工，2016年9月入职至今，现任采购主管。")], [(900, "临沂蒙山食品有限公司")],
            [(900, "2026年12月2日")]]
    out = extract("work_experience_letter", doc_of_rows(rows, source="ocr"))
    assert (out["start_date"].value, out["end_date"].value) == ("2016-09-01", "2026-12-02")


def test_a_surname_read_as_its_look_alike():
    from pipeline.names import surname_mended  # (here, so the other tests run without it)

    assert surname_mended("沉佳怡") == "沈佳怡"
    assert surname_mended("候子健") == "侯子健"
    assert surname_mended("沈佳怡") is None and surname_mended("陈沉") is None
    rows = [[(700, "同意函")], [(160, "我公司同意沉梓涵赴香港工作。")], [(900, "2026年11月3日")]]
    assert extract("consent_letter", doc_of_rows(rows, source="ocr"))["applicant_name"].value == "沈梓涵"
