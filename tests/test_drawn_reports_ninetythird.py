"""The ninety-third drawn set (sample_docs/drawn_reports_ninetythird.py), read cold at 15 / 16, its photograph's
transparent background taken for black (a check's false alarm). What it needed: an image's transparent parts as the
white a viewer shows; a column's total at the foot of the rows it sums (a row a month, 'Total (Year 1)')."""
import io

from PIL import Image

from extractors.declared import read_declared
from pipeline.ingest import InputFile
from pipeline.pages import load_pages
from tests.synthetic import doc_of_rows


def test_a_transparent_background_is_white(tmp_path):
    img = Image.new("RGBA", (300, 400), (0, 0, 0, 0))
    img.paste((30, 40, 90, 255), (100, 150, 200, 400))
    path = tmp_path / "photo.png"
    buf = io.BytesIO()
    img.save(buf, "PNG")
    path.write_bytes(buf.getvalue())
    page = next(iter(load_pages(InputFile(name="photo.png", path=path, size=path.stat().st_size, format="png"), path)))
    assert page.image.getpixel((5, 5)) == (255, 255, 255) and page.image.getpixel((150, 300)) == (30, 40, 90)


def test_a_columns_total_at_the_foot_of_its_months():
    rows = [[(160, "Quarter"), (600, "Revenue"), (900, "Expenses")]]
    rows += [[(160, q), (600, v), (900, "90,000")] for q, v in [("Q1", "210,000"), ("Q2", "260,000"), ("Q3", "300,000"), ("Q4", "330,000")]]
    rows += [[(160, "Total"), (600, "1,100,000"), (900, "360,000")]]
    assert read_declared("business_plan", doc_of_rows(rows, step=50))["projected_turnover_hkd"].value == 1100000
