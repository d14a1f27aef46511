"""The thirty-eighth drawn set (sample_docs/drawn_selfpapers_thirtyeighth.py): the papers an employer writes about
itself and its search for staff. What it needed: the words of job advertisements and of a firm's account of itself
(data/doc_types.yaml), an organisation chart's title, and 'resume' inside a sentence ('Send full resume with …')
no title of a CV (pipeline/classify._other_paper)."""
from sample_docs import drawn_selfpapers_thirtyeighth as thirtyeighth
from tests.conftest import read_each_as_uploaded


def test_an_advertisement_column_and_an_organisation_chart(tmp_path):
    thirtyeighth.write_all(tmp_path / "drawn")
    docs = read_each_as_uploaded(tmp_path / "drawn", ["newspaper-ads.jpg", "org-chart.png"], tmp_path)
    assert docs["newspaper-ads.jpg"]["type"] == "recruitment_evidence"
    assert docs["org-chart.png"]["type"] == "company_profile"
