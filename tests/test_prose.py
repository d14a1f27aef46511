"""Running text read by role (extractors/prose.py, parties.py) on sentences written here by hand,
in wording the generator never prints, and on real CUAD contracts when ../shared/external is
present. Every name and number is made up."""
import json
import sys

import pytest

from extractors.letters import addressee, writer
from extractors.parties import parties
from extractors.prose import Prose, best, months_between
from extractors.prose_fields import read
from extractors.titles import majors, positions, subjects
from tests.conftest import ROOT, external


def _roles(text: str) -> dict[str, str]:
    return {p.role: p.name for p in parties(Prose(text)) if p.role}


def test_defined_terms_give_the_roles_not_the_order():
    # The employee is named first here: the role comes from the defined term.
    text = ("THIS AGREEMENT is made on 2 May 2026 between Ms ZHOU Wanting of Flat 3, 8 Tide Street "
            "(hereinafter called the \"Employee\") and Harbourline Freight Company Limited, whose "
            "registered office is in Kowloon (hereinafter called the \"Employer\").")
    assert _roles(text) == {"employee": "ZHOU Wanting", "employer": "Harbourline Freight Company Limited"}


def test_chinese_party_labels_and_defined_terms_in_either_script():
    assert _roles("甲方（用人單位）：九龍灣智造有限公司\n乙方（勞動者）：吴佳琪\n") == \
        {"employer": "九龍灣智造有限公司", "employee": "吴佳琪"}
    assert _roles("本合同由深圳前海数联科技有限公司（以下简称“公司”）与钱梓涵（以下简称“员工”）订立。") == \
        {"employer": "深圳前海数联科技有限公司", "employee": "钱梓涵"}


def test_a_document_title_is_not_a_party():
    text = ('This Supply Agreement (the "Agreement") is entered into as of March 3, 2025 (the "Effective Date") '
            'by and between Quarry Lane Foods, Inc., a Delaware corporation ("Buyer"), and Pinecrest '
            'Packaging LLC ("Seller").')
    assert [p.name for p in parties(Prose(text))] == ["Quarry Lane Foods, Inc.", "Pinecrest Packaging LLC"]


def test_dates_take_their_role_from_the_nearest_cue():
    text = ("Mr HE Zhiyuan, born on 9 September 1994, will take up the post on 15 March 2027. "
            "His engagement ends on 14 March 2029. Signed this 20th day of January, 2027.")
    dates = Prose(text).dates()
    assert best(dates, "birth").value == "1994-09-09"
    assert best(dates, "start").value == "2027-03-15"
    assert best(dates, "end").value == "2029-03-14"
    assert best(dates, "signed").value == "2027-01-20"
    cn = Prose("乙方出生于1995年4月3日。本合同于2027年2月1日起执行，双方于2027年1月5日签订。").dates()
    assert (best(cn, "start").value, best(cn, "signed").value, best(cn, "birth").value) == \
        ("2027-02-01", "2027-01-05", "1995-04-03")


def test_the_term_is_not_the_probation_or_the_notice():
    prose = Prose("A probationary period of three months applies. Either side may end it by one month's notice. "
                  "The appointment is for a period of eighteen (18) months.")
    assert best(prose.durations(), "term").value == 18
    assert best(Prose("試用期三個月，聘期為兩年。").durations(), "term").value == 24
    assert months_between("2027-03-01", "2029-02-28") == 24 and months_between("2027-03-15", "2028-03-14") == 12


def test_the_post_is_read_after_its_cue_and_ends_with_its_words():
    found = positions(Prose("We are pleased to appoint you to the post of Principal Mechanical Engineer with effect from 1 May."))
    assert [m.value for m in found] == ["Principal Mechanical Engineer"]
    assert [m.value for m in positions(Prose("現聘請閣下擔任財務分析主任一職，月薪另議。"))] == ["財務分析主任"]


def test_a_letter_addressee_in_full():
    assert addressee(Prose("12 June 2026 Mr TANG Haoran 5/F Ocean Tower Dear Mr Tang, Offer of employment")) == "TANG Haoran"


def test_the_person_a_letter_is_about_not_its_signatory():
    prose = Prose("茲證明本公司職工梁子豪，男，自2019年7月起在本公司任軟件工程師。特此證明。人事部 何美玲")
    assert [m.value for m in subjects(prose)] == ["梁子豪"]
    en = Prose("We confirm that Ms PENG Yutong has been employed by us since 2021. Signed: Harriet Cole, HR Manager")
    assert [m.value for m in subjects(en)] == ["PENG Yutong"]


def test_a_field_of_study_after_its_cue_or_before_专业():
    assert [m.value for m in majors(Prose("該生於北嶺大學環境工程專業修讀四年，成績合格。"))] == ["環境工程"]
    assert [m.value for m in majors(Prose("专业：给排水科学与工程 学制：四年"))] == ["给排水科学与工程"]
    # A label without its colon: the value follows it, the name before it is the holder's.
    assert [m.value for m in majors(Prose("学号2019001 姓名张三专业化学工程"))] == ["化学工程"]
    assert [m.value for m in majors(Prose("who followed the programme in Marine Biology and passed"))] == ["Marine Biology"]


def test_the_writer_is_the_organisation_that_signs():
    text = "在職證明\n茲證明本公司員工梁子豪在本公司工作，曾借調至嶺南數據有限公司。\n廣州南粵軟件有限公司（蓋章）\n2026年5月6日"
    lines = text.split("\n")
    breaks = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    assert writer(Prose(" ".join(lines), breaks))[0] == "廣州南粵軟件有限公司"
    # the signature's last character lost under the chop over it
    lines[2] = "廣州南粵軟件有限公"
    breaks = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    assert writer(Prose(" ".join(lines), breaks))[0] == "廣州南粵軟件有限公司"


CUAD = "pdfs", "cuad_contracts"


@pytest.mark.parametrize("name", ["05_license_gopage.pdf", "09_outsourcing_photronics.pdf"])
def test_real_contract_parties_and_date(name):
    """Two real CUAD contracts (train split: the rules were written looking at these)."""
    meta = {m["file"]: m for m in json.loads(external(*CUAD, "train", "metadata.json").read_text())}[name]
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_cuad import contract_dates, party_found, read_parties_and_date

    names, signed = read_parties_and_date(external(*CUAD, "train", name), pages=1)
    assert all(party_found(n, meta["Parties"]) for n in names[:2]) and len(names) >= 2
    assert signed in contract_dates(meta)


@pytest.mark.parametrize("lines,want", [
    (["工作证明", "姓名：李晓燕", "工作单位：杭州数澜信息技术有限公司", "职务：产品经理", "工作时间：2019年7月1日至今", "开具日期：2026年6月1日"],
     {"organisation.writer": "杭州数澜信息技术有限公司", "position": "产品经理", "date.start": "2019-07-01", "date.end": None,
      "date.letter": "2026-06-01"}),
    (["茲證明陳大文先生於2016年9月1日入職本公司，2021年12月31日離職，任職期間擔任財務主任。", "深圳灣創新投資有限公司（蓋章）", "二〇二六年四月二日"],
     {"organisation.writer": "深圳灣創新投資有限公司", "position": "財務主任", "date.start": "2016-09-01", "date.end": "2021-12-31",
      "person.subject": "陳大文", "date.letter": "2026-04-02"}),
    (["CERTIFICATE OF EMPLOYMENT", "This is to certify that Mr WANG Lei was employed by Brightstar Technology Co., Ltd.",
      "from 1 March 2018 to 31 August 2022 as a Software Engineer.", "Brightstar Technology Co., Ltd.", "10 May 2026"],
     {"organisation.writer": "Brightstar Technology Co., Ltd.", "position": "Software Engineer", "date.start": "2018-03-01",
      "date.end": "2022-08-31", "person.subject": "WANG LEI"}),
    (["Employer: Redwood Harbour Logistics Limited", "Position Title Department", "Supply Chain Analyst Operations"],
     {"party.employer": "Redwood Harbour Logistics Limited", "position": None}),  # a table's headers are no label: value
    (["僱主名稱：紅木港物流有限公司 僱員姓名：魏蘭芳 職位名稱：供應鏈分析師 入職日期：2027年3月1日"],
     {"position": "供應鏈分析師", "date.start": "2027-03-01"}),
    (["NO OBJECTION LETTER", "To: Immigration Department, HKSAR", "Date: 5 October 2026",
      "We, Suzhou Lakeside Precision Machinery Co., Ltd., hereby confirm that our employee, Ms. ZHOU Min,",
      "has our consent to take up employment in Hong Kong.", "For and on behalf of Suzhou Lakeside Precision Machinery Co., Ltd."],
     {"person.subject": "ZHOU MIN", "organisation.writer": "Suzhou Lakeside Precision Machinery Co., Ltd.",
      "date.letter": "2026-10-05"}),  # 'To:' is a label of its own: the date below it is no end date
    (["同意書", "本單位同意陳嘉欣同志赴港就業，並無異議。", "單位名稱（蓋章）：廣州珠江數碼有限公司", "日期：二〇二六年十月十二日"],
     {"person.subject": "陳嘉欣", "organisation.writer": "廣州珠江數碼有限公司", "date.letter": "2026-10-12"}),
    # No defined terms: the employer is the company, the employee the person, whatever the order;
    # the surname is the word in capitals.
    (["Orchid Bay Semiconductor Limited hereby offers Ms. Xiaoli MA the position of Process Engineer."],
     {"party.employer": "Orchid Bay Semiconductor Limited", "party.employee": "MA XIAOLI", "position": "Process Engineer"}),
    (["Employer's Name: Orchid Bay Semiconductor Limited", "Employee's Name: MA Xiaoli"],
     {"party.employer": "Orchid Bay Semiconductor Limited", "party.employee": "MA XIAOLI"}),
])
def test_letters_and_labels_in_wording_of_our_own(lines, want):
    breaks = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    prose = Prose(" ".join(lines), breaks)
    got = {how: (read(prose, how) or (None,))[0] for how in want}
    assert got == want


def test_whom_the_text_employs_is_the_employee():
    assert _read_all(["甲方聘用乙方张三为软件工程师。"], ("party.employee", "position")) == ["张三", "软件工程师"]
    assert _read_all(["The Company agrees to employ CHEN Wei as Finance Manager."], ("party.employer", "party.employee", "position")) \
        == [None, "CHEN WEI", "Finance Manager"]  # 'the Company' is a role, not a name


def _read_all(lines, hows):
    breaks = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    prose = Prose(" ".join(lines), breaks)
    return [(read(prose, how) or (None,))[0] for how in hows]


def test_a_post_a_sentence_wraps_onto_the_next_line_is_read_whole_but_a_row_below_is_not():
    from extractors.titles import positions
    lines = ["The Company shall employ the Employee as Clinical", "Research Manager commencing on 1 April 2027.",
             "Position: Data Engineer", "Department: Finance"]
    text, breaks = "", []
    for line in lines:
        breaks.append(len(text))
        text += line + " "
    assert [m.value for m in positions(Prose(text, breaks))] == ["Clinical Research Manager", "Data Engineer"]


def test_a_chinese_name_is_known_by_what_follows_it():
    """No cue before the name: an honorific, the sex or an identity number after it says it is a
    person's; a word the name follows ('由', '與') is not its surname."""
    prose = Prose("蔣雨桐，女，一九九二年三月四日出生，現任我公司高級工程師。人事部")
    assert [m.value for m in subjects(prose)] == ["蔣雨桐"]
    assert read(Prose("本合同由深圳前海數智科技有限公司與由遠先生訂立。"), "party.employee")[0] == "由遠"
    assert read(Prose("聘用通知書\n溫俊熙先生：\n本公司現聘請閣下出任分析師一職。", [6, 13]), "party.employee")[0] == "溫俊熙"


def test_a_year_whose_ling_was_read_as_a_letter_o():
    from extractors.base import cn_numerals_in_dates, parse_date
    assert parse_date(cn_numerals_in_dates("二O一八年六月卅日")) == "2018-06-30"
    assert parse_date(cn_numerals_in_dates("二0二六年十月廿一日")) == "2026-10-21"
    assert [d.value for d in Prose("於二O一八年六月三十日畢業").dates()] == ["2018-06-30"]
