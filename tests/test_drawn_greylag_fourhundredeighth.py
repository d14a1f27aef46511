"""The four-hundred-and-eighth to -fourteenth drawn sets (sample_docs/drawn_greylag_fourhundredeighth.py …
drawn_whooper_fourhundredfourteenth.py), read cold at 88 / 94: a bank signs as an organisation (…商業銀行); a letter that
a person 'is still in post' (現仍在職) is a work letter under a bare title 證明書; 参加工作 a stay's start after its date.
Tested on other wording."""
from extractors.registry import extract
from tests.synthetic import best_type, doc_of_rows


def test_a_bank_signs_a_letter():
    rows = [[(700, "服務證明")], [(160, "茲證明鍾啟明女士於2015年3月2日至2021年8月31日受僱於本行，職位為客戶經理。")],
            [(900, "澳門南灣儲蓄銀行")], [(900, "2026年11月3日")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["employer"].value == "澳門南灣儲蓄銀行"


def test_still_in_post_makes_a_work_letter():
    rows = [(700, "證明書"), (160, "本公司謹此證明羅家豪先生於2018年6月出任本公司項目主任，現仍在職。"), (900, "九龍塘萬信工程有限公司")]
    kind, score = best_type(rows)
    assert kind == "work_experience_letter" and score >= 3.0  # (doc_types.yaml: min_score)


def test_began_work_after_its_date_is_a_start():
    rows = [[(700, "证明")], [(160, "兹证明邱雪同志系我院正式职工，2013年9月参加工作，现任内科护士长。")], [(900, "绵阳市中心医院")]]
    assert extract("work_experience_letter", doc_of_rows(rows, source="ocr"))["start_date"].value == "2013-09-01"
