"""The hundred-and-seventh drawn set (sample_docs/drawn_fullwidth_hundredseventh.py), read cold at 19 / 27. What it
needed: a fax machine's line over a letterhead is no sentence wrapped onto it; years heading a statement's columns in
Chinese numerals, the older first ('二零二五年 | 二零二六年'); a name in one row whose label gives the order ('Name
(Surname, Given names)'), its comma read as a point; local hires listed one a line under a heading with no count."""
from extractors import registry
from tests.synthetic import cells, doc_of_rows


def test_a_fax_line_over_the_letterhead():
    doc = doc_of_rows([[(60, "DEC-03-2026 16:42 FROM: +86 731 8832 6010 TO: 852 2866 4018 P.001/001")],
                       [(140, "Hunan Yuelu Precision Castings Co., Ltd.")], [(140, "26 November 2026")],
                       [(140, "This is to confirm that Ms LUO Jia, our engineer since 2018, may take up employment with Kowloon")],
                       [(140, "Casting Limited in Hong Kong. The company has no objection to her employment in Hong Kong.")],
                       [(140, "Human Resources Department")]])
    assert registry.extract("consent_letter", doc)["organisation"].value == "Hunan Yuelu Precision Castings Co., Ltd."


def test_chinese_numeral_years_oldest_first():
    doc = doc_of_rows([[(500, "損益表（截至三月三十一日止年度）")], [(900, "二零二五年"), (1200, "二零二六年")]], han=True)
    doc.pages[0].words.extend(cells(400, (160, "營業額"), han=True) + cells(400, (900, "6,204,800"), (1200, "7,118,300")) +
                              cells(460, (160, "本年度溢利"), han=True) + cells(460, (900, "571,400"), (1200, "678,600")))
    found = registry.extract("financial_statement", doc)
    assert (found["revenue"].value, found["profit"].value, found["period_end"].value) == (7118300, 678600, "2026-03-31")


def test_a_name_in_one_row_in_the_order_its_label_gives():
    doc = doc_of_rows([[(140, "Name (Surname, Given names)"), (700, "LUO. JIA")], [(140, "Name in Chinese characters"), (700, "罗佳")]])
    found = registry.extract("applicant_form", doc)
    assert (found["surname"].value, found["given_names"].value) == ("LUO", "JIA")


def test_local_hires_listed_under_a_heading():
    doc = doc_of_rows([[(140, "Business plan")], [(140, "3. Local hires in the first year")], [(160, "(a) Sales manager")],
                       [(160, "(b) Warehouse supervisor")], [(160, "(c) Accounts clerk")], [(160, "(d) Driver")],
                       [(140, "The general manager will be the only non-local member of staff.")]])
    assert registry.extract("business_plan", doc)["local_jobs"].value == 4
