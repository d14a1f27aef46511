"""The two-hundred-and-twenty-fifth drawn set (sample_docs/drawn_twentyfirsthand_twohundredtwentyfifth.py), a twenty-first
whole clean application, read cold at 64 / 65 with one false alarm: form ID 990A's '持有香港學位 … No' was read as yes, the
'有' of the question taken for a column's heading over its English caption, so the case was routed to IANG. A column's
heading stands in its cell alone. Tested on another form's wording."""
from flows.case import analyse_file
from pipeline.ingest import describe_file
from sample_docs.drawn_forms import Sheet, scanned_png


def test_a_character_of_the_question_is_no_columns_heading(tmp_path):
    s = Sheet()
    s.text(1300, 60, "ID 990A", 28, "sans_bold")
    y = 160
    for zh, en, value in [("姓", "Surname", "QIU"), ("名", "Given names", "MINGXUAN"), ("僱主名稱", "Name of employer", "Brightcove Labs Limited"),
                          ("擁有香港學位", "Holds a Hong Kong degree", "No")]:
        s.text(160, y, zh, 22, "sans_cjk")
        s.text(160, y + 30, en, 18, "sans", (90, 90, 90))
        s.text(760, y + 8, value, 24, "mono")
        y += 80
    (tmp_path / "form.png").write_bytes(scanned_png(s, "form"))
    doc = analyse_file(describe_file(tmp_path, tmp_path / "form.png"), 0).documents[0]
    assert doc.type == "applicant_form" and doc.fields["hk_local_degree"].value is False
