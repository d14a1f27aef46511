"""The two-hundred-and-sixty-first drawn set (sample_docs/drawn_avocet_twohundredsixtyfirst.py): degrees, a report, a
letter and a plan, read cold at 35 / 37. What it needed: the graduate named alone over the text ('郑 可 欣 同学：'); the
school an independent college of a university, named on its own line where it signs ('…大学…学院'), not '在本学院'; and, its
name read with a character under the chop's ring unsure (汇 for 工 at 0.36), read again by PP-OCR. Tested on other
names."""
from pathlib import Path

from extractors import registry
from extractors.base import DocView
from flows.case import read_pages
from pipeline.ingest import describe_file
from pipeline.read import PageImages
from sample_docs.drawn_forms import Sheet, scanned_png, text_lines
from sample_docs.drawn_papers_eighth import _chop
from tests.synthetic import doc_of_rows


def test_the_graduate_named_alone():
    doc = doc_of_rows([[(600, "学士学位证书")], [(600, "陶 思 远"), (860, "同学：")],
                       [(180, "男，1995年3月2日生，在本校土木工程专业完成了本科学业，授予工学学士学位。")]])
    assert registry.extract("degree_certificate", doc)["holder_name"].value == "陶思远"


def test_a_universitys_college_that_signs():
    doc = doc_of_rows([[(600, "学士学位证书")], [(180, "罗佳，女，1996年5月1日生。在本学院会计学专业完成了本科学业，授予管理学学士学位。")],
                       [(860, "岭东科技大学城南学院")], [(860, "2018年6月30日")]])
    assert registry.extract("degree_certificate", doc)["institution"].value == "岭东科技大学城南学院"


def test_a_school_under_its_chop_read_again(tmp_path: Path):
    s = Sheet()
    s.text(620, 140, "学士学位证书", 50, "serif_cjk")
    text_lines(s, 180, 300, ["　　罗佳，女，1996年5月1日生。在本学院会计学专业完成了本科学业，成绩合格。", "依照《中华人民共和国学位条例》的规定，授予管理学学士学位。"],
               28, "serif_cjk", 58)
    text_lines(s, 860, 500, ["汉江理工大学东湖学院", "2019年6月30日"], 28, "serif_cjk", 56)
    _chop(s, 1100, 500, "汉江理工大学东湖学院")
    (tmp_path / "degree.png").write_bytes(scanned_png(s, "degree-college.png"))
    item = describe_file(tmp_path, tmp_path / "degree.png")
    read = read_pages(item, tmp_path / "degree.png", tmp_path, None)
    doc = DocView(file=item.name, pages=[r.page for r in read], images=PageImages(read))
    assert registry.extract("degree_certificate", doc)["institution"].value == "汉江理工大学东湖学院"
