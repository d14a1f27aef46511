"""Each pay term gets its own amount and period from the clause, whatever else is near."""
import pytest

from extractors.employment_contract import MONEY, _money_in
from extractors.pay_terms import pay_items


def items(clause):
    return [(i.term, _money_in(i.amount)[0] if i.amount else None, i.period, i.discretionary) for i in pay_items(clause, MONEY)]


@pytest.mark.parametrize("clause,want", [
    ("The Employee shall receive a monthly salary of HK$45,000 and a housing allowance of HK$8,000 per month.",
     [("SALARY", 45000, "month", False), ("HOUSING", 8000, "month", False)]),
    ("The Employer shall pay a basic salary of HKD 540,000 per annum, payable in twelve equal monthly instalments.",
     [("SALARY", 540000, "year", False)]),
    ("Remuneration: the monthly salary shall be Hong Kong Dollars Forty-Five Thousand only, paid monthly in arrears.",
     [("SALARY", None, "month", False), ("SALARY", 45000, "month", False)]),
    ("A discretionary bonus of up to HK$90,000 may be paid subject to performance.", []),
    ("一、薪酬：月薪港幣肆萬伍仟元整，於每月月底支付。", [("SALARY", None, "month", False), ("SALARY", 45000, "month", False)]),
    ("年薪人民币600,000元，另每月房屋津贴港币9,000元。", [("SALARY", 600000, "year", False), ("HOUSING", 9000, "month", False)]),
    # a label and its translation are one term, the amount the second's
    ("| Guaranteed Year-end Bonus 保證年終花紅 | HK$30,000 |", [("BONUS", 30000, "month", False)]),
    # the employer's discretion said after the term, in its sentence, and not in the next
    ("A year-end bonus of one month's salary may be paid at the Company's sole discretion. "
     "The Employee shall receive a housing allowance of HK$8,000 per month.",
     [("BONUS", None, "month", True), ("SALARY", None, "month", True), ("HOUSING", 8000, "month", False)]),
    ("年終獎金：視乎公司業績，酌情發放。", [("BONUS", None, "month", True)]),
])
def test_each_term_binds_its_own_amount(clause, want):
    assert items(clause) == want


def test_guaranteed_thirteenth_month_without_a_figure():
    assert items("A guaranteed 13th month payment equal to one month's basic salary is payable in December.")[0][:2] == ("BONUS", None)


def test_capital_amount_survives_a_stray_ocr_character():
    # 柒萬叁仟 read as 柒萬人參仟 on a scan: 73,000, not 3,000
    assert items("一、薪酬：月薪港幣柒萬人參仟元整，於每月月底支付。")[-1][:2] == ("SALARY", 73000)


def test_thousands_read_as_shi_is_still_thousands():
    # 貳仟 read as 貳什 on a fax-quality TIFF: 42,500, not 40,500
    assert items("一、薪酬：月薪港囊肆萬貳什伍佰元整，於每月月底支付。")[-1][:2] == ("SALARY", 42500)


def test_housing_allowance_whose_thousands_comma_was_read_as_a_dot():
    from extractors.employment_contract import _money_in
    assert _money_in("二、房屋津貼:甲方每月另發房屋津貼港幣 12.000元。")[0] == 12000.0
